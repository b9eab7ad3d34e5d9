"""Read queries over stories, claims and citations (CLI, REST API, web pages, export).

Outlets are merged by their identity key (:func:`newsloupe.stories.keys.outlet_key`):
spellings of one outlet count once, shown under the first spelling stored.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any
from xml.sax.saxutils import quoteattr

from newsloupe.stories.keys import fold, identity_words, names_no_one, outlet_key, person_names

RECURRING = 2
"""A recurring claim is one found in at least this many articles: ``newsloupe claims``, ``/api/claims`` and the
article page's list use it alike (two statements of one article in one claim are not a claim that recurs)."""

CLOSE_WORDING = 0.7
"""Two occurrences of a claim in two articles whose sentence vectors are this alike or more say it in close wording
(a sentence or a quotation printed again, one statement reported twice): the only links of a claim that a reader of
real news can take as the same claim. The linker joins statements from about 0.33 (a paraphrase, a translation), and on
real news most of what it joins there is unrelated statements on one subject; at this level the judged real pairs
(claimsreal39, doc/choices.md) are the same claim (one outlet's boilerplate line aside: two articles of one outlet
are not counted), while the invented sets'
paraphrases and translations mostly fall below it. The level marks occurrences (``close``) and orders the article
page's list; it hides nothing."""


CLOSE_WORDS = 0.35
"""Two occurrences in one language are in close wording only when they also share this share of their words (Dice
over folded words of four letters or more): two sentences on one subject written apart reach :data:`CLOSE_WORDING`
in the encoder ("The audit would close X's harbour inquiry" / "X took over the harbour file last spring": the
stop-49 user's false "close wording"); a sentence printed again shares most of its words. Across languages the
vectors alone decide (a translation shares no word)."""


def close_statements(conn: sqlite3.Connection, cid: int) -> set[int]:
    """The statements of claim ``cid`` that have, in an article of another outlet, an occurrence of the claim in
    close wording (:data:`CLOSE_WORDING`); an outlet's own line repeated in its articles (boilerplate: a reader
    prompt, a masthead) is none, and an article of no known outlet counts as another outlet."""
    rows = conn.execute(
        "SELECT s.id, s.article_id, s.vec, a.outlet, s.text, a.language FROM statements s"
        " JOIN articles a ON a.id = s.article_id WHERE s.claim_id = ?",
        (cid,),
    ).fetchall()
    return _close(rows)


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", fold(text or ""))}


def _close(rows: list[tuple[int, int, bytes, str | None, str | None, str | None]]) -> set[int]:
    """:func:`close_statements` of a claim's (statement id, article id, vector, outlet, text, language) rows."""
    if len({r[1] for r in rows}) < 2:
        return set()
    import numpy as np  # here, not at import: a command that analyses sets its thread defaults before numpy loads

    from newsloupe.stories.assign import dequantize_rows

    m = dequantize_rows([r[2] for r in rows])
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
    keys = [outlet_key(r[3]) for r in rows]
    codes = {k: n for n, k in enumerate(dict.fromkeys(k for k in keys if k))}
    # an article of no known outlet is its own outlet (another than any other article's)
    outlets = np.array([codes[k] if k else -1 - r[1] for k, r in zip(keys, rows, strict=True)])
    close = (m @ m.T >= CLOSE_WORDING) & (outlets[:, None] != outlets[None, :])
    words = [_words(r[4]) for r in rows]
    out: set[int] = set()
    for i, j in zip(*np.nonzero(np.triu(close, 1)), strict=True):
        a, b = words[i], words[j]
        same_language = rows[i][5] is not None and rows[i][5] == rows[j][5]
        if same_language and a and b and 2 * len(a & b) / (len(a) + len(b)) < CLOSE_WORDS:
            continue  # one subject written apart, not one statement said again
        out |= {rows[i][0], rows[j][0]}
    return out


def _outlets(names: list[str | None]) -> list[str]:
    seen: dict[str, str] = {}
    for n in names:
        k = outlet_key(n)
        if k and k not in seen:
            seen[k] = str(n)
    return sorted(seen.values(), key=str.casefold)


def _langs(values: list[str | None]) -> list[str]:
    return sorted({v for v in values if v})


def story_ids(conn: sqlite3.Connection, *, min_articles: int = 1) -> list[int]:
    """Story ids with at least ``min_articles`` articles, first seen first."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM stories WHERE n_articles >= ? ORDER BY coalesce(first_seen, '9999'), id", (min_articles,)
        )
    ]


def story(conn: sqlite3.Connection, sid: int, *, details: bool = False) -> dict[str, Any] | None:
    """One story: ``story``, ``articles`` (ids of the store, a corpus record's id when given),
    ``title``, ``first_seen``, ``outlets``, ``languages``; with ``details`` also each article's
    row and the recurring claims it carries (found in :data:`RECURRING` articles or more, as everywhere)."""
    head = conn.execute("SELECT id, title, first_seen FROM stories WHERE id = ?", (sid,)).fetchone()
    if head is None:
        return None
    rows = conn.execute(
        "SELECT a.id, a.doc_id, a.outlet, a.language, a.published, a.title FROM story_articles x"
        " JOIN articles a ON a.id = x.article_id WHERE x.story_id = ? ORDER BY coalesce(a.published, '9999'), a.id",
        (sid,),
    ).fetchall()
    out: dict[str, Any] = {
        "story": sid,
        "articles": [r[1] or str(r[0]) for r in rows],
        "title": story_title(conn, head[1], rows),
        "first_seen": head[2],
        "outlets": _outlets([r[2] for r in rows]),
        "languages": _langs([r[3] for r in rows]),
    }
    if details:
        out["items"] = [
            {"id": r[0], "doc_id": r[1], "outlet": r[2], "language": r[3], "published": r[4], "title": r[5]}
            for r in rows
        ]
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids)) or "NULL"
        # A claim's own text may be a sentence of another story in another language: the page shows the
        # claim's first occurrence in this story's articles, and ranks claims by how many of them carry it.
        out["claims"] = [
            {"claim": cid, "text": text, "claim_text": claim_text, "occurrences": n, "story_articles": n_articles}
            for cid, text, claim_text, n, n_articles in conn.execute(
                f"SELECT c.id, (SELECT o.text FROM statements o WHERE o.claim_id = c.id AND o.article_id IN ({marks})"
                " ORDER BY o.article_id, o.start LIMIT 1), c.text, count(*), count(DISTINCT s.article_id)"
                f" FROM statements s JOIN claims c ON c.id = s.claim_id WHERE s.article_id IN ({marks}) GROUP BY c.id"
                " HAVING (SELECT count(DISTINCT t.article_id) FROM statements t WHERE t.claim_id = c.id) >= ?"
                " ORDER BY count(DISTINCT s.article_id) DESC, count(*) DESC, c.id",
                [*ids, *ids, RECURRING],
            )
        ]
        out["graph"] = graph(conn, story=sid)
    return out


TITLE_CHARS = 80


def story_title(conn: sqlite3.Connection, title: str | None, rows: list[Any]) -> str | None:
    """A story's title; when its first article had none (a record with an empty title), the title of another of
    its articles, else the first words of the first article's text, so no story shows a blank title."""
    if title and title.strip():
        return title
    other = next((r[5].strip() for r in rows if r[5] and r[5].strip()), None)
    if other or not rows:
        return other
    row = conn.execute("SELECT substr(text, 1, 400) FROM articles WHERE id = ?", (rows[0][0],)).fetchone()
    words = " ".join((row[0] if row else "").split())
    if len(words) > TITLE_CHARS:
        words = words[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return words or None


def stories(conn: sqlite3.Connection, *, min_articles: int = 1) -> list[dict[str, Any]]:
    """Every story (see :func:`story`)."""
    return [s for sid in story_ids(conn, min_articles=min_articles) if (s := story(conn, sid))]


def claim_ids(conn: sqlite3.Connection, *, min_articles: int = RECURRING) -> list[int]:
    """Claims whose occurrences are in at least ``min_articles`` articles, most frequent first."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT c.id FROM claims c JOIN statements s ON s.claim_id = c.id GROUP BY c.id"
            " HAVING count(DISTINCT s.article_id) >= ? ORDER BY count(*) DESC, c.id",
            (min_articles,),
        )
    ]


def _fact_checks(conn: sqlite3.Connection, occ: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fact-check reviews matched to sentences that carry the occurrences (each review
    once, with the occurrences it covers); each occurrence gets its ``fact_checks`` urls."""
    by_url: dict[str, dict[str, Any]] = {}
    for o in occ:
        o["fact_checks"] = []
        row = conn.execute(
            "SELECT an.json FROM summaries s JOIN analyses an"
            " ON an.article_id = s.article_id AND an.pipeline_version = s.pipeline_version WHERE s.article_id = ?",
            (o["article_id"],),
        ).fetchone()
        if row is None:
            continue
        for m in json.loads(row[0]).get("fact_checks") or []:
            if m["start"] < o["end"] and m["end"] > o["start"]:
                o["fact_checks"].append(m["url"])
                entry = by_url.setdefault(
                    m["url"],
                    {k: m.get(k) for k in ("url", "reviewer", "rating", "rating_text", "claim_reviewed", "review_date")}
                    | {"occurrences": 0},
                )
                entry["occurrences"] += 1
                # a lead (every sentence matched it only through its article) is shown without the verdict
                entry["through_article"] = entry.get("through_article", True) and bool(m.get("through_article"))
    return sorted(by_url.values(), key=lambda e: -e["occurrences"])


def claim(conn: sqlite3.Connection, cid: int) -> dict[str, Any] | None:
    """One claim: ``claim``, ``text``, ``occurrences`` (article, start, end, text, kind,
    source_type, source, hedged, techniques, outlet, language, published, fact_checks),
    ``fact_checks`` (the reviews matched to sentences carrying it), ``outlets``,
    ``languages``, ``first_seen``, ``stories``; each occurrence's ``close`` says another article's occurrence has
    close wording (:data:`CLOSE_WORDING`), ``close_articles`` counts the articles of such occurrences."""
    head = conn.execute("SELECT id, text, first_seen FROM claims WHERE id = ?", (cid,)).fetchone()
    if head is None:
        return None
    rows = conn.execute(
        'SELECT s.article_id, a.doc_id, s.start, s."end", s.text, s.kind, s.source_type, s.source, s.hedged,'
        " s.techniques, a.outlet, a.language, a.published, x.story_id, s.id, s.vec FROM statements s"
        " JOIN articles a ON a.id = s.article_id LEFT JOIN story_articles x ON x.article_id = s.article_id"
        " WHERE s.claim_id = ? ORDER BY coalesce(a.published, '9999'), s.article_id, s.start",
        (cid,),
    ).fetchall()
    close = _close([(r[14], r[0], r[15], r[10], r[4], r[11]) for r in rows])  # the statements read once
    occ = []
    for r in rows:
        occ.append(
            {
                "article": r[1] or str(r[0]),
                "article_id": r[0],
                "start": r[2],
                "end": r[3],
                "text": r[4],
                "kind": r[5],
                "source_type": r[6],
                "source": r[7],
                "hedged": bool(r[8]),
                "techniques": json.loads(r[9] or "[]"),
                "outlet": r[10],
                "language": r[11],
                "published": r[12],
                "story": r[13],
                "close": r[14] in close,
            }
        )
    checks = _fact_checks(conn, occ)
    return {
        "claim": cid,
        "text": head[1],
        "occurrences": occ,
        "fact_checks": checks,
        "outlets": _outlets([o["outlet"] for o in occ]),
        "languages": _langs([o["language"] for o in occ]),
        "first_seen": head[2],
        "stories": sorted({o["story"] for o in occ if o["story"] is not None}),
        "close_articles": len({o["article_id"] for o in occ if o["close"]}),
    }


def claims(conn: sqlite3.Connection, *, min_articles: int = RECURRING) -> list[dict[str, Any]]:
    """Every claim seen in at least ``min_articles`` articles (see :func:`claim`)."""
    return [c for cid in claim_ids(conn, min_articles=min_articles) if (c := claim(conn, cid))]


def article_links(conn: sqlite3.Connection, aid: int) -> dict[str, Any]:
    """The story and recurring claims of one article (for the article page): the claims of its statements
    found in at least :data:`RECURRING` articles, as ``newsloupe claims`` lists them; first those where one of the
    article's statements has close wording in another article (``close``, :data:`CLOSE_WORDING`), the others after."""
    row = conn.execute(
        "SELECT x.story_id, s.n_articles, s.title FROM story_articles x JOIN stories s ON s.id = x.story_id"
        " WHERE x.article_id = ?",
        (aid,),
    ).fetchone()
    cl = conn.execute(
        "SELECT c.id, c.text FROM claims c WHERE c.id IN (SELECT claim_id FROM statements WHERE article_id = ?)"
        " AND (SELECT count(DISTINCT s.article_id) FROM statements s WHERE s.claim_id = c.id) >= ? ORDER BY c.id",
        (aid, RECURRING),
    ).fetchall()
    # this article's own sentence of each claim (its first), not the claim's first occurrence, which is
    # another article's sentence (stop 42: the panel showed other articles' sentences); the claim's text stays
    # as ``claim_text`` for the link's title
    own: dict[int, tuple[str, int]] = {}
    for cid, text, start in conn.execute(
        "SELECT claim_id, text, start FROM statements WHERE article_id = ? AND claim_id IS NOT NULL ORDER BY start",
        (aid,),
    ):
        own.setdefault(cid, (text, start))
    mine = {r[0] for r in conn.execute("SELECT id FROM statements WHERE article_id = ?", (aid,))}
    listed = [
        {
            "id": c[0],
            "text": own[c[0]][0] if c[0] in own else c[1],
            "start": own[c[0]][1] if c[0] in own else None,
            "claim_text": c[1],
            "close": bool(close_statements(conn, c[0]) & mine),
        }
        for c in cl
    ]
    return {
        "story": {"id": row[0], "n_articles": row[1], "title": row[2]} if row else None,
        "claims": sorted(listed, key=lambda c: not c["close"]),
    }


def outlet_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(articles, articles with no outlet): those are one "(no outlet)" node of the graph."""
    row = conn.execute(
        "SELECT count(*), coalesce(sum(outlet IS NULL OR trim(outlet) = ''), 0) FROM articles"
    ).fetchone()
    return int(row[0]), int(row[1])


UNKNOWN_OUTLET = "(no outlet)"
"""The label of the one graph node that holds the articles stored without an outlet."""

_ANONYMOUS = ("person_anonymous", "anonymous", "unnamed_collective")
_BODIES = ("media", "organization", "organisation", "document")


def _persons(name: str, others: frozenset[str] = frozenset()) -> list[str]:
    """The persons of a named speaker: "X and Y" (a ``name_conjunctions`` word or a comma between names) is X and Y.

    others (frozenset[str]): the folded names of the graph's other named speakers.
    The name stays whole unless every part starts with a capital and has two words or more or is another
    speaker of the graph ("Customs and Border Protection", "Johnson & Johnson", "Biden, Joe" stay whole; "X and
    others" stays as written). A ``name_suffixes`` word after a comma is part of the name before it ("Martin
    Luther King, Jr."); a part named twice is one person (revfix47b).
    """
    conj = {fold(w) for w in identity_words("name_conjunctions")}
    suffixes = {fold(w) for w in identity_words("name_suffixes")}
    out: list[str] = []
    cur: list[str] = []
    for word in re.split(r"(\s+|,)", name):
        w = word.strip()
        if w == "," or fold(w) in conj:
            if cur:
                out.append(" ".join(cur))
            cur = []
        elif w:
            if not cur and out and fold(w) in suffixes:  # "King, Jr.": the suffix ends the name before
                cur = [out.pop() + ",", w]
            else:
                cur.append(w)
    if cur:
        out.append(" ".join(cur))
    parts = list(dict.fromkeys(out))
    if len(parts) > 1 and all(p[:1].isupper() and (len(p.split()) > 1 or fold(p) in others) for p in parts):
        return parts
    return [name]


def _body_key(name: str) -> str:
    """The key of a body's name: an outlet's (:func:`outlet_key`: "The Daily Ledger" = "Daily Ledger", "l’Office" =
    "l'Office")."""
    return outlet_key(name) or fold(name)


def graph(conn: sqlite3.Connection, *, story: int | None = None) -> dict[str, Any]:
    """Who cites whom: outlet → source edges with counts, for one story or the whole store.

    A pronoun ("they", "il") is no source here: an attribution the analysis could not resolve to a
    name has no node. A named person is one node under the corpus identity of people
    (:func:`newsloupe.stories.keys.person_names`): "Trump" joins "Donald Trump" when no other full
    name of the graph has that surname; a speaker naming two persons ("X and Y") cites each of them.
    An unnamed source is its outlet's own (one node per outlet: "officials" of two outlets are no
    source they share). A body (media, organisation, document) is one node whatever type one
    article gave it, under its most cited type, and whatever its leading article ("The Daily Ledger", "Daily
    Ledger"; its most cited spelling shown); a one-word name typed a person in some articles and a body as
    often or more in others ("Facebook") is that body. The articles without an outlet share one outlet node
    labelled :data:`UNKNOWN_OUTLET`.

    RETURNS (dict): ``nodes`` (``id``, ``kind`` outlet|source, ``label``, ``source_type``, and ``outlet``
        for an unnamed source) and ``edges`` (``source``, ``target``, ``count``).
    """
    sql = "SELECT a.outlet, c.source_type, c.source, sum(c.n) FROM citations c JOIN articles a ON a.id = c.article_id"
    args: tuple[Any, ...] = ()
    if story is not None:
        sql += " JOIN story_articles x ON x.article_id = c.article_id WHERE x.story_id = ?"
        args = (story,)
    sql += " GROUP BY a.outlet, c.source_type, c.source"
    rows: list[tuple[Any, str, Any, int]] = []
    found = [r for r in conn.execute(sql, args) if not (r[2] and names_no_one(r[2]))]
    speakers = frozenset(fold(r[2]) for r in found if r[1] == "person_named" and r[2])
    for outlet, st, source, n in found:
        if st == "person_named" and source:
            rows += [(outlet, st, p, int(n)) for p in _persons(source, speakers - {fold(source)})]
        else:
            rows.append((outlet, st, source, int(n)))
    counts: dict[str, int] = {}
    body_types: dict[str, dict[str, int]] = {}
    body_names: dict[str, dict[str, int]] = {}  # a body's key -> its names as written, with their counts
    for _outlet, st, source, n in rows:
        if st == "person_named" and source:
            counts[source] = counts.get(source, 0) + n
        elif st in _BODIES and source:
            by = body_types.setdefault(_body_key(source), {})
            by[st] = by.get(st, 0) + n
            names = body_names.setdefault(_body_key(source), {})
            names[source] = names.get(source, 0) + n
    # a name one article types a person and others a body ("Facebook") is the body when cited so more often
    bodies = {
        name
        for name, n in counts.items()
        if len(name.split()) == 1
        and sum(body_types.get(_body_key(name), {}).values()) >= n
        and not any(other.endswith(" " + name) for other in counts)  # ("Macron" of "Emmanuel Macron")
    }
    for _outlet, st, source, n in rows:
        if st == "person_named" and source in bodies:
            names = body_names[_body_key(source)]
            names[source] = names.get(source, 0) + n
    counts = {k: v for k, v in counts.items() if k not in bodies}
    body_type = {k: max(v, key=lambda t: (v[t], t)) for k, v in body_types.items()}
    body_label = {k: max(v, key=lambda s: (v[s], s)) for k, v in body_names.items()}
    person = person_names(counts)
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], int] = {}
    for outlet, st, source, n in rows:
        ok = outlet_key(outlet) or "unknown"
        o_id = f"outlet:{ok}"
        o_label = outlet or UNKNOWN_OUTLET
        nodes.setdefault(o_id, {"id": o_id, "kind": "outlet", "label": o_label, "source_type": None})
        label = "anonymous" if st == "person_anonymous" else (source or st)
        node: dict[str, Any] = {"kind": "source", "label": label, "source_type": st}
        if st in _ANONYMOUS:
            s_id = f"source:{st}:{label.casefold()}@{ok}"
            node["outlet"] = nodes[o_id]["label"]
        elif (st in _BODIES or source in bodies) and source:
            key = _body_key(source)
            node["source_type"] = body_type[key]
            node["label"] = label = body_label[key]
            s_id = f"source:{node['source_type']}:{label.casefold()}"
        else:
            if st == "person_named" and source:
                node["label"] = label = person.get(source, source)
            s_id = f"source:{st}:{label.casefold()}"
        nodes.setdefault(s_id, {"id": s_id, **node})
        edges[(o_id, s_id)] = edges.get((o_id, s_id), 0) + n
    return {
        "story": story,
        "nodes": sorted(nodes.values(), key=lambda d: d["id"]),
        "edges": [
            {"source": a, "target": b, "count": n}
            for (a, b), n in sorted(edges.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    }


def graphml(conn: sqlite3.Connection) -> str:
    """The whole store's who-cites-whom graph as GraphML (with one edge set per story as attributes)."""
    g = graph(conn)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
        '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
        '  <key id="source_type" for="node" attr.name="source_type" attr.type="string"/>',
        '  <key id="outlet" for="node" attr.name="outlet" attr.type="string"/>',
        '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
        '  <key id="stories" for="edge" attr.name="stories" attr.type="string"/>',
        '  <graph id="citations" edgedefault="directed">',
    ]
    per_story: dict[tuple[str, str], list[str]] = {}
    for (sid,) in conn.execute("SELECT id FROM stories ORDER BY id"):
        for e in graph(conn, story=sid)["edges"]:
            per_story.setdefault((e["source"], e["target"]), []).append(f"{sid}:{e['count']}")
    for n in g["nodes"]:
        lines.append(f"    <node id={quoteattr(n['id'])}>")
        lines.append(f'      <data key="kind">{n["kind"]}</data>')
        lines.append(f'      <data key="label">{_esc(n["label"])}</data>')
        if n["source_type"]:
            lines.append(f'      <data key="source_type">{_esc(n["source_type"])}</data>')
        if n.get("outlet"):  # (an unnamed source is its outlet's own)
            lines.append(f'      <data key="outlet">{_esc(n["outlet"])}</data>')
        lines.append("    </node>")
    for i, e in enumerate(g["edges"]):
        lines.append(f'    <edge id="e{i}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}>')
        lines.append(f'      <data key="count">{e["count"]}</data>')
        lines.append(f'      <data key="stories">{" ".join(per_story.get((e["source"], e["target"]), []))}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
