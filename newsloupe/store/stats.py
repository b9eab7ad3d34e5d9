"""Per-outlet profiles: how each outlet sources, asserts and persuades.

Counts read the latest analysis of each article (the finding tables) and
count a near-duplicate group once per outlet: an outlet that printed the same
wire story twice gets it counted once, while the same story in two outlets
counts for each.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from newsloupe.lang import attribution_sql

TOP = 3
# Speakers worth ranking are named ones: "a senior official" is counted in anonymous_share.
NAMED = "'person_named', 'organization', 'media', 'document'"


# One article per (outlet, near-duplicate group): the first one stored.
PRIM = (
    "WITH prim AS (SELECT min(id) AS id, coalesce(outlet, '') AS outlet"
    " FROM articles GROUP BY coalesce(outlet, ''), coalesce(dup_group, id)) "
)


def _top(conn: sqlite3.Connection, sql: str, n: int = TOP) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for outlet, label, count in conn.execute(sql):
        lst = out.setdefault(outlet, [])
        if len(lst) < n:
            lst.append((label, count))
    return out


def _people(rows: list[tuple[str, str, str, int]]) -> dict[str, list[tuple[str, int]]]:
    """(outlet, speaker, source type, count) rows -> each outlet's speakers, most quoted first,
    one person counted under one name across the corpus (:func:`person_names`)."""
    from newsloupe.stories.keys import person_names

    persons: dict[str, int] = {}
    for _, speaker, st, n in rows:
        if st == "person_named":
            persons[speaker] = persons.get(speaker, 0) + n
    alias = person_names(persons)
    counts: dict[str, dict[str, int]] = {}
    for outlet, speaker, st, n in rows:
        name = alias.get(speaker, speaker) if st == "person_named" else speaker
        per = counts.setdefault(outlet, {})
        per[name] = per.get(name, 0) + n
    return {o: sorted(per.items(), key=lambda kv: (-kv[1], kv[0])) for o, per in counts.items()}


def outlet_profiles(conn: sqlite3.Connection, *, top: int = TOP) -> list[dict[str, Any]]:
    """One profile per outlet, most articles first.

    conn (sqlite3.Connection): a (read-only) connection of the store.
    top (int): how many techniques, frames and speakers to list.
    RETURNS (list[dict]): ``outlet``, ``articles`` (near-duplicate groups counted once),
        ``stored`` (all rows), ``analysed``, ``attribution_analysed`` (analysed in a language
        the attribution rules read: :data:`~newsloupe.lang.ATTRIBUTION_LANGUAGES`; the three
        sourcing figures count only these, None without any), ``anonymous_share`` (anonymous sources among
        attributions with a source), ``unsourced_per_article``, ``attributions_per_article``,
        ``top_techniques``, ``top_frames``, ``top_speakers``, ``genres``, ``fact_checked``
        (sentences matched to a fact-checked claim) and ``fact_checked_articles``.
    """
    base = {
        outlet: {"outlet": outlet or None, "articles": n, "stored": stored}
        for outlet, n, stored in conn.execute(
            "SELECT coalesce(a.outlet, ''), count(DISTINCT coalesce(a.dup_group, a.id)), count(*)"
            " FROM articles a GROUP BY 1"
        )
    }
    # sourcing figures count only the articles whose language the attribution rules read:
    # elsewhere they are unknown (None, shown "–"), not 0
    runs = attribution_sql("s.language")
    for outlet, analysed, ruled, attrs, sourced, anon, unsourced in conn.execute(
        PRIM + f"SELECT p.outlet, count(*), sum({runs}), sum(CASE WHEN {runs} THEN s.n_attributions END),"
        f" sum(CASE WHEN {runs} THEN s.n_sourced END), sum(CASE WHEN {runs} THEN s.n_anonymous END),"
        f" sum(CASE WHEN {runs} THEN s.n_unsourced END)"
        " FROM prim p JOIN summaries s ON s.article_id = p.id GROUP BY p.outlet"
    ):
        prof = base[outlet]
        prof["analysed"] = analysed
        prof["attribution_analysed"] = ruled or 0
        prof["anonymous_share"] = round(anon / sourced, 3) if sourced else None
        prof["unsourced_per_article"] = round((unsourced or 0) / ruled, 2) if ruled else None
        prof["attributions_per_article"] = round((attrs or 0) / ruled, 2) if ruled else None
    techniques = _top(
        conn,
        PRIM + "SELECT p.outlet, t.label, count(*) AS n FROM prim p JOIN techniques t ON t.article_id = p.id"
        " GROUP BY p.outlet, t.label ORDER BY p.outlet, n DESC, t.label",
        top,
    )
    frames = _top(
        conn,
        PRIM + "SELECT p.outlet, f.label, count(*) AS n FROM prim p JOIN frames f ON f.article_id = p.id"
        " GROUP BY p.outlet, f.label ORDER BY p.outlet, n DESC, f.label",
        top,
    )
    speakers = _people(
        conn.execute(
            PRIM + "SELECT p.outlet, t.speaker, t.source_type, count(*) AS n FROM prim p"
            " JOIN attributions t ON t.article_id = p.id"
            " WHERE t.speaker IS NOT NULL AND t.speaker != '' AND t.source_type IN (" + NAMED + ")"
            " GROUP BY p.outlet, t.speaker, t.source_type"
        ).fetchall()
    )
    genres = _top(
        conn,
        PRIM + "SELECT p.outlet, s.genre, count(*) AS n FROM prim p JOIN summaries s ON s.article_id = p.id"
        " WHERE s.genre IS NOT NULL GROUP BY p.outlet, s.genre ORDER BY p.outlet, n DESC, s.genre",
        top,
    )
    checked = {
        outlet: (n, arts)
        for outlet, n, arts in conn.execute(
            PRIM + "SELECT p.outlet, count(*), count(DISTINCT p.id) FROM prim p"
            " JOIN summaries s ON s.article_id = p.id"
            " JOIN analyses an ON an.article_id = s.article_id AND an.pipeline_version = s.pipeline_version,"
            " json_each(an.json, '$.fact_checks')"
            # a weak lead (its sentence alone is no match: its article made it one) is no claim already checked
            " WHERE NOT coalesce(json_extract(json_each.value, '$.through_article'), 0) GROUP BY p.outlet"
        )
    }
    for outlet, prof in base.items():
        prof["fact_checked"], prof["fact_checked_articles"] = checked.get(outlet, (0, 0))
        prof.setdefault("analysed", 0)
        prof.setdefault("attribution_analysed", 0)
        prof.setdefault("anonymous_share", None)
        prof.setdefault("unsourced_per_article", None)
        prof.setdefault("attributions_per_article", None)
        prof["top_techniques"] = [{"label": k, "count": n} for k, n in techniques.get(outlet, [])]
        prof["top_frames"] = [{"label": k, "count": n} for k, n in frames.get(outlet, [])]
        prof["top_speakers"] = [{"speaker": k, "count": n} for k, n in speakers.get(outlet, [])][:top]
        prof["genres"] = [{"label": k, "count": n} for k, n in genres.get(outlet, [])]
    return sorted(base.values(), key=lambda p: (-p["articles"], p["outlet"] or "~"))


def corpus_totals(conn: sqlite3.Connection) -> dict[str, Any]:
    """Store-wide counts: articles, near-duplicate groups, analysed, errors."""
    stored, groups, grouped = conn.execute(
        "SELECT count(*), count(DISTINCT coalesce(dup_group, id)), count(dup_group) FROM articles"
    ).fetchone()
    analysed = conn.execute("SELECT count(*) FROM summaries").fetchone()[0]
    version = latest_version(conn)
    failed = conn.execute(
        "SELECT count(*) FROM outcomes WHERE pipeline_version = ? AND status != 'ok'", (version,)
    ).fetchone()[0]
    ingest_errors = conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    return {
        "stored": stored,
        "articles": groups,
        "in_near_duplicate_groups": grouped,
        "analysed": analysed,
        "ingest_errors": ingest_errors,
        "pipeline_version": version,
        "run_errors": failed,
    }


def latest_version(conn: sqlite3.Connection) -> str | None:
    """The pipeline version of the latest run, or None before any run."""
    row = conn.execute("SELECT pipeline_version FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None
