"""Full-text search over titles, bodies, quotes and speakers (SQLite FTS5).

The query uses FTS5 syntax (``grain AND port``, ``"wheat exports"``,
``speakers: Dovhanenko``, ``odes*``); text that is not valid FTS5 syntax is
searched as plain words. Filters narrow by outlet, language, date range,
source type (the article quotes a source of that type) and technique.
Near duplicates come back as one hit with the ids of the other members.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsloupe import errors
from newsloupe.errors import BadInput, BadValue

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Filters:
    """Search and export filters; None means no filter."""

    outlet: str | None = None
    language: str | None = None
    since: str | None = None
    until: str | None = None
    source_type: str | None = None
    technique: str | None = None

    def __post_init__(self) -> None:
        """Refuse values no article can have (``BadValue``, naming the filter, the value and the allowed ones)."""
        from newsloupe.labels import SOURCE_TYPES, TECHNIQUES
        from newsloupe.lang import ENCODER_ONLY_LANGUAGES, FORCIBLE_LANGUAGES, SUPPORTED_LANGUAGES

        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not valid_date_prefix(value):
                raise bad_value(name, value, "a date: YYYY, YYYY-MM or YYYY-MM-DD", key="bad_filter_date")
        if self.source_type and self.source_type not in SOURCE_TYPES:
            raise bad_value("source_type", self.source_type, "one of " + ", ".join(SOURCE_TYPES), choices=SOURCE_TYPES)
        if self.technique and self.technique.lower() not in {t.lower() for t in TECHNIQUES}:
            raise bad_value("technique", self.technique, "one of " + ", ".join(TECHNIQUES), choices=TECHNIQUES)
        langs = dict.fromkeys([*SUPPORTED_LANGUAGES, *FORCIBLE_LANGUAGES, *ENCODER_ONLY_LANGUAGES])
        if self.language and self.language.lower() not in langs:
            raise bad_value("lang", self.language, "one of " + ", ".join(langs), choices=list(langs))

    def sql(self, alias: str = "a") -> tuple[str, list[Any]]:
        """A SQL condition over ``articles`` (as ``alias``) and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if self.outlet:
            conds.append(f"{alias}.outlet = ? COLLATE NOCASE")
            params.append(self.outlet)
        if self.language:
            conds.append(f"{alias}.language = ?")
            params.append(self.language.lower())
        if self.since:
            conds.append(f"substr({alias}.published, 1, {len(self.since)}) >= ?")
            params.append(self.since)
        if self.until:
            conds.append(f"substr({alias}.published, 1, {len(self.until)}) <= ?")
            params.append(self.until)
        if self.source_type:
            conds.append(f"EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = {alias}.id AND t.source_type = ?)")
            params.append(self.source_type)
        if self.technique:
            conds.append(
                f"EXISTS (SELECT 1 FROM techniques t WHERE t.article_id = {alias}.id AND t.label = ? COLLATE NOCASE)"
            )
            params.append(self.technique)
        return (" AND ".join(conds) or "1"), params


_DATE = re.compile(r"\d{4}(?:-(\d{2})(?:-(\d{2}))?)?")


def valid_date_prefix(value: str) -> bool:
    """Whether ``value`` is YYYY, YYYY-MM or YYYY-MM-DD with a real month and day."""
    import datetime as dt

    m = _DATE.fullmatch(value)
    if m is None:
        return False
    month, day = m.group(1), m.group(2)
    if month and not 1 <= int(month) <= 12:
        return False
    if day:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True


def bad_value(
    name: str, value: str, allowed: str, *, key: str | None = None, choices: Iterable[str] | None = None
) -> BadValue:
    """The error of a filter or parameter whose value is not allowed. ``key`` words it on a page in the UI's
    language (``err_<key>`` of newsloupe/web/i18n; ``bad_filter_value`` when ``choices`` are given), with the
    parameters ``field``, ``value`` and ``choices``."""
    params = {"field": name, "value": value}
    if choices is not None:
        key = key or "bad_filter_value"
        params["choices"] = ", ".join(choices)
    return BadValue(
        f"{value!r} is not allowed: give {allowed}", input=name, code=errors.E_FORMAT, key=key, params=params
    )


@dataclass
class Hit:
    """One search result: an article (and the near duplicates folded into it)."""

    id: int
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    url: str | None
    snippet: str
    rank: float
    duplicates: list[int] = field(default_factory=list)
    doc_id: str | None = None  # the id the other commands print (a corpus record's id), when the store has one
    duplicate_doc_ids: list[str | None] = field(default_factory=list)  # the duplicates' doc_id, in their order

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready hit."""
        return dict(self.__dict__)


def plain_query(text: str) -> str:
    """Every word of ``text`` as a quoted FTS5 term (all must match); operators are dropped."""
    return " ".join(f'"{w}"' for w in _TOKEN.findall(text) if w not in ("AND", "OR", "NOT", "NEAR"))


STEM_FROM = 4  # words of this many letters or more match as a stem ("vaccin" finds "vaccins", "vaccination")
PLURAL_FROM = 5  # a final plural s/x is dropped only when this many letters remain
_PLAIN_WORDS = re.compile(r"[\w\s'’-]+")
_OPERATORS = ("AND", "OR", "NOT", "NEAR")


def stem_query(text: str) -> str:
    """Plain words as FTS5 terms that must all appear, a word of :data:`STEM_FROM` letters or more as the start
    of one with a final plural "s"/"x" dropped when five letters remain ("harki" finds "harkis", "réfugiés" finds
    "réfugié"), a shorter one whole ("war" does not find "warming"); operators are dropped."""
    terms = []
    for w in _TOKEN.findall(text):
        if w in _OPERATORS:
            continue
        if len(w) > PLURAL_FROM and w[-1] in "sxSX" and w[-2:].lower() != "ss":
            w = w[:-1]  # ("harkis" → "harki"; not "press", "Paris", "index": too short a stem left)
        terms.append(f'"{w}"*' if len(w) >= STEM_FROM else f'"{w}"')
    return " ".join(terms)


def name_variants(conn: sqlite3.Connection, query: str) -> dict[str, list[str]]:
    """Other spellings the store holds of each capitalised word of a plain-words query: the words of its persons'
    names and speakers whose spelling across languages and scripts is the word's (``stories.keys.spelling``:
    "Putin" -> "Poutine", "Путин"); {} for an FTS5 query or no capitalised word."""
    if not _PLAIN_WORDS.fullmatch(query) or any(w in _OPERATORS for w in query.split()):
        return {}
    words = [w for w in _TOKEN.findall(query) if w[:1].isupper() and len(w) >= STEM_FROM]
    if not words:
        return {}
    from newsloupe.stories.keys import spelling

    keys = {spelling(w, surname=True): w for w in words}
    found: dict[str, set[str]] = {w: set() for w in words}
    rows = conn.execute(
        "SELECT canonical FROM entities WHERE label = 'PER' UNION SELECT speaker FROM attributions"
        " WHERE speaker IS NOT NULL"
    )
    seen: set[str] = set()
    for (name,) in rows:
        for x in _TOKEN.findall(name or ""):
            if x in seen or not x[:1].isupper():
                continue
            seen.add(x)
            w = keys.get(spelling(x, surname=True))
            # (one written as the start of the other is another name more often than a spelling: "Mann" is no "Man",
            # "Marine" no "Marin"; "Poutine", « Путин » are Putin's)
            if w is not None and not (x.casefold().startswith(w.casefold()) or w.casefold().startswith(x.casefold())):
                found[w].add(x)
    return {w: sorted(v) for w, v in found.items() if v}


def _with_variants(query: str, variants: dict[str, list[str]]) -> str:
    """:func:`stem_query` of plain words, each word with other spellings as alternatives (``("Putin"* OR
    "Путин"*)``)."""
    terms = []
    for w in _TOKEN.findall(query):
        if w in _OPERATORS:
            continue
        term = stem_query(w)
        if alts := variants.get(w):
            term = "(" + " OR ".join([term, *(stem_query(a) for a in alts)]) + ")"
        terms.append(term)
    return " ".join(terms)


def search(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    variants: dict[str, list[str]] | None = None,
) -> list[Hit]:
    """Search the store.

    conn (sqlite3.Connection): a read connection of the store.
    query (str): FTS5 query, or plain words matched as stems (:func:`stem_query`), a capitalised word also in the
        other spellings of a person's name the store holds (:func:`name_variants`).
    filters (Filters | None): outlet, language, dates, source type, technique.
    limit (int): number of hits (near-duplicate groups count once).
    variants (dict | None): :func:`name_variants` of the query when the caller has read them (read here otherwise).
    RETURNS (list[Hit]): best first.
    RAISES (BadInput): the query has no word.
    """
    if not query.strip():
        raise BadInput("the search query is empty")
    cond, params = (filters or Filters()).sql("a")
    sql = (
        "SELECT a.id, a.title, a.outlet, a.published, a.language, a.url, coalesce(a.dup_group, a.id), a.doc_id,"
        " snippet(fts, 1, char(2), char(3), '…', 16), snippet(fts, -1, char(2), char(3), '…', 16),"
        " bm25(fts, 4.0, 1.0, 2.0, 2.0) AS rank"
        " FROM fts JOIN articles a ON a.id = fts.rowid"
        f" WHERE fts MATCH ? AND {cond} ORDER BY rank LIMIT ?"
    )
    if _PLAIN_WORDS.fullmatch(query) and not any(w in _OPERATORS for w in query.split()):
        # (plain words: singular and plural alike, a person's name in its other spellings; FTS5 syntax is taken as
        # written)
        query = _with_variants(query, name_variants(conn, query) if variants is None else variants)
    # Fetch extra rows: members of one near-duplicate group fold into one hit.
    args = [*params, limit * 5]
    try:
        rows = conn.execute(sql, [query, *args]).fetchall()
    except sqlite3.OperationalError:
        # Not FTS5 syntax ("unterminated string", "syntax error near…"): search the words.
        plain = plain_query(query)
        if not plain:
            raise BadInput(f"the search query {query!r} has no word") from None
        rows = conn.execute(sql, [plain, *args]).fetchall()
    hits: dict[int, Hit] = {}
    for aid, title, outlet, published, lang, url, group, doc_id, body_snip, any_snip, rank in rows:
        # the body's own words when the body holds a hit: the quotes and speakers columns are the analysis's pieces
        # joined end to end, whose snippet runs one quote into the next and drops the words between
        # (the hits are marked with control characters, which no text holds, then shown as [ ]: a literal "[" in the
        # body, "[Updated]", is no hit)
        snip = body_snip if "\x02" in body_snip else any_snip
        snip = snip.replace("\x02", "[").replace("\x03", "]")
        if group in hits:
            hits[group].duplicates.append(aid)
            hits[group].duplicate_doc_ids.append(doc_id)
            continue
        if len(hits) >= limit:
            continue
        hits[group] = Hit(aid, title, outlet, published, lang, url, " ".join(snip.split()), rank, doc_id=doc_id)
    return list(hits.values())
