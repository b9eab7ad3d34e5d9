"""Read-only queries the web pages need beyond :mod:`newsloupe.store.search` and ``.stats``.

Plain SQL over the store's tables (see :mod:`newsloupe.store.schema`): the
article list, one article's latest analysis, places for the map, time series
per outlet × month (from the roll-up tables), top speakers and source types.
Every function takes a read connection and never writes.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from newsloupe.lang import attribution_runs, attribution_sql
from newsloupe.store.findings import ANONYMOUS_TYPES

NAMED_TYPES = ("person_named", "organization", "media", "document")
ARTICLE_SORTS = {
    "id": "a.id",
    "title": "a.title COLLATE NOCASE",
    "outlet": "a.outlet COLLATE NOCASE",
    "published": "a.published",
    "attributions": "s.n_attributions",
    # (null, sorted last, in a language the attribution rules do not read: those counts are unknown, not 0)
    "anonymous": f"CASE WHEN {attribution_sql('a.language')} THEN s.n_anonymous END",
    "unsourced": f"CASE WHEN {attribution_sql('a.language')} THEN s.n_unsourced END",
    "techniques": "s.n_techniques",
}
METRICS = ("anonymous_share", "techniques_per_article", "unsourced_per_article", "articles")
SOURCING_METRICS = frozenset({"anonymous_share", "unsourced_per_article"})
MAX_MONTHS = 600  # a wider span (a stray date decades off) keeps only the months with data


def month_range(months: list[str]) -> list[str]:
    """Every ``YYYY-MM`` from the first of the sorted ``months`` to the last, gaps included."""
    if len(months) < 2:
        return months
    try:
        (y0, m0), (y1, m1) = (map(int, months[0].split("-")[:2]), map(int, months[-1].split("-")[:2]))
    except ValueError:
        return months
    first, last = y0 * 12 + m0 - 1, y1 * 12 + m1 - 1
    if last - first >= MAX_MONTHS:
        return months
    return [f"{k // 12:04d}-{k % 12 + 1:02d}" for k in range(first, last + 1)]


_ARTICLE_COLS = (
    "id",
    "doc_id",
    "title",
    "outlet",
    "published",
    "language",
    "url",
    "ingested_at",
    "genre",
    "attributions",
    "anonymous",
    "unsourced",
    "techniques",
    "status",
)


def _where(outlet: str | None, language: str | None, unknown: bool = False) -> tuple[str, list[Any]]:
    conds, params = [], []
    if unknown:  # the articles of no known outlet (the corpus's "unknown" row); an empty outlet is no filter
        conds.append("coalesce(a.outlet, '') = ''")
    elif outlet:
        conds.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if language:
        conds.append("a.language = ?")
        params.append(language.lower())
    return (" AND ".join(conds) or "1"), params


def list_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    language: str | None = None,
    unknown: bool = False,
    sort: str = "id",
    desc: bool = True,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """A page of stored articles with their summary counts.

    sort (str): a key of :data:`ARTICLE_SORTS` (unknown keys sort by id).
    unknown (bool): only the articles of no known outlet (``outlet`` is then ignored; an empty one filters nothing).
    RETURNS (tuple): the rows (dicts; ``anonymous`` and ``unsourced`` None in a language the attribution rules do
        not read: not analysed) and the total number of matching articles.
    """
    cond, params = _where(outlet, language, unknown)
    order = ARTICLE_SORTS.get(sort, "a.id")
    direction = "DESC" if desc else "ASC"
    rows = conn.execute(
        "SELECT a.id, a.doc_id, a.title, a.outlet, a.published, a.language, a.url, a.ingested_at, s.genre,"
        " s.n_attributions, s.n_anonymous, s.n_unsourced, s.n_techniques,"
        " (SELECT o.status FROM outcomes o WHERE o.article_id = a.id ORDER BY o.at DESC LIMIT 1)"
        f" FROM articles a LEFT JOIN summaries s ON s.article_id = a.id WHERE {cond}"
        f" ORDER BY {order} {direction} NULLS LAST, a.id {direction} LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    ).fetchall()
    total = conn.execute(f"SELECT count(*) FROM articles a WHERE {cond}", params).fetchone()[0]
    out = [dict(zip(_ARTICLE_COLS, r, strict=True)) for r in rows]
    for row in out:
        # no attribution rules for the language (de, it, pl, ru…): sources and unsourced assertions were not
        # analysed, so their counts are unknown (None, "–" on the page), not 0 (the stop-46 user's fault 12)
        if not attribution_runs(row["language"]):
            row["anonymous"] = row["unsourced"] = None
    return out, int(total)


def article_id(conn: sqlite3.Connection, ref: str) -> int | None:
    """The store's number of the article ``ref`` names: a whole number is the store's own (as before), any other
    text the id the commands print (``doc_id``); None when no article has it.

    RAISES (BadValue): a number out of SQLite's range (422); BadInput: a doc id that several stored articles share
    (the message lists their store numbers)."""
    from newsloupe.errors import BadInput, BadValue

    if re.fullmatch(r"[+-]?\d+", ref):
        n = int(ref)
        if not -(2**63) <= n < 2**63:
            raise BadValue(f"article id {ref} is out of range", input="aid")
        return n
    rows = [r[0] for r in conn.execute("SELECT id FROM articles WHERE doc_id = ? ORDER BY id", (ref,))]
    if len(rows) > 1:
        numbers = ", ".join(str(r) for r in rows)
        raise BadInput(f"article id {ref!r} names {len(rows)} stored articles: use the store's number ({numbers})")
    return rows[0] if rows else None


def article_record(conn: sqlite3.Connection, aid: int) -> dict[str, Any] | None:
    """One stored article: its row, latest outcome and latest analysis document (or None).

    RETURNS (dict | None): ``id``, ``doc_id``, ``title``, ``outlet``, ``published``,
        ``language``, ``url``, ``ingested_at``, ``dup_group``, ``outcome`` (dict or None),
        ``analysis`` (the analysis document or None), ``text`` and ``meta``; None when absent.
    """
    row = conn.execute(
        "SELECT id, doc_id, title, outlet, published, language, url, ingested_at, dup_group, text, meta"
        " FROM articles WHERE id = ?",
        (aid,),
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "doc_id", "title", "outlet", "published", "language", "url", "ingested_at", "dup_group", "text")
    rec: dict[str, Any] = dict(zip(keys, row[:10], strict=True))
    rec["meta"] = json.loads(row[10])
    out = conn.execute(
        "SELECT pipeline_version, status, code, reason, seconds, at FROM outcomes WHERE article_id = ?"
        " ORDER BY at DESC LIMIT 1",
        (aid,),
    ).fetchone()
    rec["outcome"] = (
        dict(zip(("pipeline_version", "status", "code", "reason", "seconds", "at"), out, strict=True)) if out else None
    )
    an = conn.execute(
        "SELECT json, pipeline_version, analysed_at FROM analyses WHERE article_id = ?"
        " ORDER BY analysed_at DESC, id DESC LIMIT 1",
        (aid,),
    ).fetchone()
    rec["analysis"] = json.loads(an[0]) if an else None
    rec["pipeline_version"] = an[1] if an else None
    rec["analysed_at"] = an[2] if an else None
    return rec


def analysed_ok(conn: sqlite3.Connection, aid: int, version: str) -> bool:
    """True when article ``aid`` has an ``ok`` outcome and an analysis for pipeline ``version``."""
    row = conn.execute(
        "SELECT 1 FROM outcomes o JOIN analyses n ON n.article_id = o.article_id"
        " AND n.pipeline_version = o.pipeline_version"
        " WHERE o.article_id = ? AND o.pipeline_version = ? AND o.status = 'ok'",
        (aid, version),
    ).fetchone()
    return row is not None


def duplicates_of(conn: sqlite3.Connection, aid: int, group: int | None) -> list[dict[str, Any]]:
    """Other members of an article's near-duplicate group."""
    if group is None:
        return []
    rows = conn.execute(
        "SELECT id, title, outlet, published FROM articles WHERE coalesce(dup_group, id) = ? AND id != ? ORDER BY id",
        (group, aid),
    ).fetchall()
    return [dict(zip(("id", "title", "outlet", "published"), r, strict=True)) for r in rows]


MAP_PLACES = 400  # markers of the corpus map and the map page: the same places on both (stop 49)


def places(
    conn: sqlite3.Connection, *, outlet: str | None = None, article: int | None = None, limit: int = MAP_PLACES
) -> list[dict[str, Any]]:
    """Places with coordinates, most mentioned first.

    RETURNS (list[dict]): ``name``, ``country``, ``lat``, ``lon``, ``mentions``, ``articles``
        (how many), ``article_ids`` (up to 20).
    """
    conds, params = ["p.lat IS NOT NULL", "p.lon IS NOT NULL"], []
    if outlet:
        conds.append("p.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if article is not None:
        conds.append("p.article_id = ?")
        params.append(article)
    rows = conn.execute(
        "SELECT p.name, p.country, p.lat, p.lon, count(*), group_concat(DISTINCT p.article_id)"
        f" FROM places p WHERE {' AND '.join(conds)} GROUP BY p.name, p.country, p.lat, p.lon"
        " ORDER BY 5 DESC, p.name LIMIT ?",
        [*params, 4 * int(limit)],
    ).fetchall()
    # One place whatever the language of its name: gazetteer entries of one country whose
    # coordinates fall in one 0.1° cell (Tombouctou, Timbuktu) are one marker, named after
    # the most mentioned.
    cells: dict[tuple[Any, ...], dict[str, Any]] = {}
    for name, country, lat, lon, mentions, ids in rows:
        id_set = {int(x) for x in (ids or "").split(",") if x}
        key = place_cell(country, lat, lon)
        cell = cells.get(key)
        if cell is None:
            cells[key] = {"name": name, "country": country, "lat": lat, "lon": lon, "mentions": mentions, "ids": id_set}
        else:
            cell["mentions"] += mentions
            cell["ids"] |= id_set
    out = []
    for cell in sorted(cells.values(), key=lambda c: (-c["mentions"], c["name"]))[: int(limit)]:
        ids = cell.pop("ids")
        out.append({**cell, "articles": len(ids), "article_ids": sorted(ids)[:20]})
    return out


def place_cell(country: str | None, lat: float | None, lon: float | None) -> tuple[Any, ...]:
    """The identity of a resolved place: its country and 0.1° cell."""
    return (country or "", round(float(lat or 0.0), 1), round(float(lon or 0.0), 1))


def place_articles(conn: sqlite3.Connection, name: str, country: str | None, limit: int = 50) -> list[dict[str, Any]]:
    """Articles that name a place (by resolved name, and country when given)."""
    cond, params = "p.name = ?", [name]
    if country:
        cond += " AND p.country = ?"
        params.append(country)
    # Every name of the same place (see :func:`places`).
    spots = conn.execute(f"SELECT DISTINCT p.country, p.lat, p.lon FROM places p WHERE {cond}", params).fetchall()
    cells = {place_cell(*r) for r in spots if r[1] is not None and r[2] is not None}
    if cells:
        ors = []
        for c, la, lo in sorted(cells):
            ors.append("(coalesce(p.country, '') = ? AND round(p.lat, 1) = ? AND round(p.lon, 1) = ?)")
            params.extend([c, la, lo])
        cond = f"({cond}) OR " + " OR ".join(ors)
    rows = conn.execute(
        "SELECT a.id, a.title, a.outlet, a.published, count(*) FROM places p JOIN articles a ON a.id = p.article_id"
        f" WHERE {cond} GROUP BY a.id ORDER BY 5 DESC, a.id DESC LIMIT ?",
        [*params, int(limit)],
    ).fetchall()
    return [dict(zip(("id", "title", "outlet", "published", "mentions"), r, strict=True)) for r in rows]


def outlets(conn: sqlite3.Connection) -> list[str]:
    """Outlet names, most articles first."""
    rows = conn.execute(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL AND outlet != '' GROUP BY outlet ORDER BY count(*) DESC"
    )
    return [r[0] for r in rows]


def technique_labels(conn: sqlite3.Connection) -> list[str]:
    """Technique labels present in the store, most frequent first."""
    rows = conn.execute("SELECT label FROM technique_counts WHERE n > 0 GROUP BY label ORDER BY sum(n) DESC")
    return [r[0] for r in rows]


def source_type_totals(conn: sqlite3.Connection) -> dict[str, int]:
    """Attributions per source type over the corpus."""
    rows = conn.execute("SELECT source_type, sum(n) FROM source_type_counts GROUP BY source_type HAVING sum(n) > 0")
    return {st: int(n) for st, n in rows}


# the articles of no known outlet among a speaker's (``count(DISTINCT outlet)`` leaves them out)
_NO_OUTLET = "count(DISTINCT CASE WHEN outlet IS NULL OR outlet = '' THEN article_id END)"


def top_speakers(conn: sqlite3.Connection, *, limit: int = 15, anonymous: bool = False) -> list[dict[str, Any]]:
    """Most quoted sources over the corpus.

    anonymous (bool): rank anonymous and collective sources ("a security source") instead of named ones.
    A person is one row however the articles name them (:func:`newsloupe.stories.keys.person_names`); a named body
    one row whatever its leading article.
    RETURNS (list[dict]): ``speaker``, ``source_type`` (the most frequent), ``attributions``,
        ``articles``, ``outlets`` (known ones) and ``no_outlet`` (articles with no outlet: "0 outlets" read as
        quoted nowhere).
    """
    from newsloupe.stories.keys import names_no_one, outlet_key, person_names

    types = (*ANONYMOUS_TYPES, "unnamed_collective") if anonymous else NAMED_TYPES
    marks = ", ".join("?" * len(types))
    where = f"speaker IS NOT NULL AND speaker != '' AND source_type IN ({marks})"
    rows = conn.execute(
        "SELECT speaker, source_type, count(*) AS n, count(DISTINCT article_id), count(DISTINCT outlet),"
        f" {_NO_OUTLET} FROM attributions WHERE {where} GROUP BY speaker COLLATE NOCASE ORDER BY n DESC, speaker",
        types,
    ).fetchall()
    # one person, one row: "Morawiecki" and "Mateusz Morawiecki" are counted together
    if anonymous:  # "on", "-vous", "they": a pronoun left unresolved is no source a reader can look up
        rows = [r for r in rows if not names_no_one(r[0])]
    alias = person_names({r[0]: r[2] for r in rows if r[1] == "person_named"})
    if not anonymous:  # a body is one row whatever its leading article ("The Daily Ledger", "Daily Ledger")
        bodies: dict[str, list[tuple[Any, ...]]] = {}
        for r in rows:
            if r[1] != "person_named":
                bodies.setdefault(outlet_key(r[0]) or r[0], []).append(r)
        alias.update({r[0]: max(g, key=lambda x: (x[2], x[0]))[0] for g in bodies.values() for r in g})
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for r in rows:
        groups.setdefault(alias.get(r[0], r[0]), []).append(r)
    ranked = sorted(groups.items(), key=lambda g: (-sum(r[2] for r in g[1]), g[0]))[: int(limit)]
    out = []
    for name, members in ranked:
        articles, outlets, no_outlet = members[0][3], members[0][4], members[0][5]
        if len(members) > 1:  # the same article may name the person both ways: count it once
            names = [r[0] for r in members]
            articles, outlets, no_outlet = conn.execute(
                f"SELECT count(DISTINCT article_id), count(DISTINCT outlet), {_NO_OUTLET} FROM attributions"
                f" WHERE {where} AND speaker COLLATE NOCASE IN ({', '.join('?' * len(names))})",
                [*types, *names],
            ).fetchone()
        top = max(members, key=lambda r: r[2])
        out.append(
            {
                "speaker": name,
                "source_type": top[1],
                "attributions": sum(r[2] for r in members),
                "articles": articles,
                "outlets": outlets,
                "no_outlet": no_outlet,
            }
        )
    return out


MIN_POINT_ARTICLES = 3
"""A point of a chart over time resting on fewer articles than this is drawn hollow and said to be thin: one or two
articles make no outlet's monthly profile (user47)."""


def time_series(
    conn: sqlite3.Connection,
    metric: str,
    *,
    outlets: list[str] | None = None,
    technique: str | None = None,
    top: int = 5,
) -> dict[str, Any]:
    """A metric per outlet × month.

    metric (str): one of :data:`METRICS`: ``anonymous_share`` (anonymous sources among
        attributions with a source), ``techniques_per_article`` (optionally one ``technique``),
        ``unsourced_per_article``, ``articles`` (analysed articles).
    outlets (list[str] | None): the outlets to show (default: the ``top`` with most articles).
    RETURNS (dict): ``metric``, ``months`` (sorted ``YYYY-MM``), ``series``
        (outlet → {month: value}), ``counts`` (outlet → {month: articles}; for the sourcing metrics, articles in
        :data:`~newsloupe.lang.ATTRIBUTION_LANGUAGES` only), ``undated`` (outlet → its analysed
        articles with no month, in no point) and ``min_articles`` (:data:`MIN_POINT_ARTICLES`). ``months`` runs
        without a gap from the first month with a value to the last (a month without one is
        a gap in the lines); ``anonymous_share`` and ``unsourced_per_article`` count only
        articles in :data:`~newsloupe.lang.ATTRIBUTION_LANGUAGES` and, without ``outlets``,
        show the outlets that have some.
    """
    if metric not in METRICS:
        metric = METRICS[0]
    # sourcing metrics rest on the attribution rules: only articles in their languages count,
    # and the default outlets are those that have such articles
    runs = attribution_sql()
    sourcing = metric in SOURCING_METRICS
    # dated articles of no known outlet make a series of their own, keyed '' (as in the roll-up tables)
    chosen = outlets or [
        r[0]
        for r in conn.execute(
            "SELECT coalesce(outlet, '') AS o FROM summaries WHERE published_month IS NOT NULL"
            + (f" AND {runs}" if sourcing else "")
            + " GROUP BY o ORDER BY count(*) DESC, o LIMIT ?",
            (top,),
        )
    ]
    series: dict[str, dict[str, float]] = {o: {} for o in chosen}
    counts: dict[str, dict[str, int]] = {o: {} for o in chosen}
    if not chosen:
        return {
            "metric": metric,
            "technique": technique,
            "months": [],
            "series": {},
            "counts": {},
            "undated": {},
            "min_articles": MIN_POINT_ARTICLES,
        }
    marks = ", ".join("?" * len(chosen))
    unknown = " OR outlet IS NULL" if "" in chosen else ""
    for outlet, month, n, ruled, unsourced in conn.execute(
        f"SELECT coalesce(outlet, ''), published_month, count(*), sum({runs}),"
        f" sum(CASE WHEN {runs} THEN n_unsourced END) FROM summaries"
        f" WHERE (outlet IN ({marks}){unknown}) AND published_month IS NOT NULL"
        " GROUP BY coalesce(outlet, ''), published_month",
        chosen,
    ):
        # a sourcing metric's point rests on the articles its rules read: its count (thin points, the legend's
        # dated articles) is theirs, on the same base as its value and the undated count (revfix47b)
        if sourcing:
            if ruled:
                counts[outlet][month] = int(ruled)
        else:
            counts[outlet][month] = n
        if metric == "articles":
            series[outlet][month] = float(n)
        elif metric == "unsourced_per_article" and ruled:
            series[outlet][month] = round((unsourced or 0) / ruled, 3)
    if metric == "techniques_per_article":
        sql = (
            "SELECT outlet, published_month, sum(n) FROM technique_counts"
            f" WHERE outlet IN ({marks}) AND published_month != ''"
        )
        params: list[Any] = list(chosen)
        if technique:
            sql += " AND label = ?"
            params.append(technique)
        totals = {(o, m): n for o, m, n in conn.execute(sql + " GROUP BY outlet, published_month", params)}
        for outlet, months in counts.items():
            for month, n in months.items():
                series[outlet][month] = round((totals.get((outlet, month)) or 0) / n, 3)
    elif metric == "anonymous_share":
        anon = ", ".join(f"'{t}'" for t in sorted(ANONYMOUS_TYPES))
        for outlet, month, sourced, n_anon in conn.execute(
            "SELECT outlet, published_month, sum(CASE WHEN source_type != 'none' THEN n ELSE 0 END),"
            f" sum(CASE WHEN source_type IN ({anon}) THEN n ELSE 0 END) FROM source_type_counts"
            f" WHERE outlet IN ({marks}) AND published_month != '' GROUP BY outlet, published_month",
            chosen,
        ):
            if sourced:
                series[outlet][month] = round(n_anon / sourced, 3)
    # the outlets' analysed articles with no month: left out of every point, and said so
    undated: dict[str, int] = dict.fromkeys(chosen, 0)
    for outlet, n in conn.execute(
        f"SELECT coalesce(outlet, ''), count(*) FROM summaries WHERE (outlet IN ({marks}){unknown})"
        " AND published_month IS NULL" + (f" AND {runs}" if sourcing else "") + " GROUP BY coalesce(outlet, '')",
        chosen,
    ):
        undated[outlet] = int(n)
    months = month_range(sorted({m for s in series.values() for m in s}))
    return {
        "metric": metric,
        "technique": technique,
        "months": months,
        "series": series,
        "counts": counts,
        "undated": undated,
        "min_articles": MIN_POINT_ARTICLES,
    }
