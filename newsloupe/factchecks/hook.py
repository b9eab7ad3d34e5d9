"""Fact-check matches in the store: each stored analysis carries its ``fact_checks``.

``newsloupe run`` matches each article as its analysis is committed (:class:`FactChecksHook`);
when the memory has changed since the stored analyses were matched (an import), every
stored analysis is matched again (:func:`rematch`), so a new review reaches old
articles too; so does a new matcher (code version, verifier or word lists:
:func:`matcher_version`). The memory's state at the last full match is kept in
``fact_check_state``. Without a memory nothing is loaded and nothing is matched.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from newsloupe.factchecks.match import Memory, load_memory, match_analysis, matcher_version, memory_key

__all__ = ["FactChecksHook", "attach", "matched_key", "matched_result", "rematch", "stale"]


def matched_key(conn: sqlite3.Connection) -> str | None:
    """The memory state the stored analyses were last matched against."""
    try:
        row = conn.execute("SELECT value FROM fact_check_state WHERE key = 'matched'").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def _key_text(conn: sqlite3.Connection) -> str:
    # the memory's state and the matcher's version: either changing re-matches stored analyses
    return json.dumps([*memory_key(conn), matcher_version()])


def _record_state(conn: sqlite3.Connection) -> None:
    """Record that the stored analyses are matched against the memory as it is now."""
    with conn:
        conn.execute("INSERT OR REPLACE INTO fact_check_state(key, value) VALUES ('matched', ?)", (_key_text(conn),))


def stale(conn: sqlite3.Connection) -> bool:
    """Whether stored analyses were matched against another state of the memory."""
    key = _key_text(conn)
    prev = matched_key(conn)
    return prev != key and not (prev is None and memory_key(conn)[0] == 0)


def attach(doc: dict[str, Any], memory: Memory | None) -> dict[str, Any]:
    """Set ``doc["fact_checks"]`` from the memory (an empty list without one); RETURNS doc."""
    doc["fact_checks"] = match_analysis(doc, memory) if memory is not None else []
    return doc


def matched_result(result: dict[str, Any], memory: Memory | None) -> dict[str, Any]:
    """A worker's result with its analysis (a JSON string) matched against the memory
    (the result itself without a memory or an analysis)."""
    if memory is None or not result.get("analysis"):
        return result
    doc = attach(json.loads(result["analysis"]), memory)
    return {**result, "analysis": json.dumps(doc, ensure_ascii=False)}


def rematch(
    conn: sqlite3.Connection,
    *,
    db_path: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    skip: set[tuple[Any, str]] | None = None,
) -> int:
    """Match every stored analysis against the current memory and record its state.

    skip (set | None): ``(article_id, pipeline_version)`` of analyses already matched against
        this memory (those a run has just written).
    RETURNS (int): analyses whose ``fact_checks`` changed.
    """
    memory = load_memory(conn, path=db_path)
    rows = conn.execute("SELECT article_id, pipeline_version, json FROM analyses").fetchall()
    if skip:
        rows = [r for r in rows if (r[0], r[1]) not in skip]
    changed = 0
    for n, (aid, version, text) in enumerate(rows, 1):
        doc = json.loads(text)
        before = doc.get("fact_checks") or []
        attach(doc, memory)
        if doc["fact_checks"] != before:
            with conn:
                conn.execute(
                    "UPDATE analyses SET json = ? WHERE article_id = ? AND pipeline_version = ?",
                    (json.dumps(doc, ensure_ascii=False), aid, version),
                )
            changed += 1
        if on_progress:
            on_progress(n, len(rows))
    _record_state(conn)
    return changed


class FactChecksHook:
    """Adds ``fact_checks`` to each analysis a run commits (nothing without a memory).

    conn (sqlite3.Connection): the store's writer connection.
    db_path (str | None): the store's path (the memory is cached per path).
    """

    def __init__(self, conn: sqlite3.Connection, db_path: str | None = None) -> None:
        self.conn = conn
        self.db_path = db_path
        self.memory = load_memory(conn, path=db_path)
        self.was_stale = self.memory is not None and stale(conn)
        self.matched: set[tuple[Any, str]] = set()  # analyses this run matched against the memory

    def before_save(self, result: dict[str, Any]) -> dict[str, Any]:
        """Match the result's analysis (a JSON string) before it is written."""
        if self.memory is not None and result.get("analysis"):
            self.matched.add((result["article_id"], result["pipeline_version"]))
        return matched_result(result, self.memory)

    def finish(self) -> int:
        """After the run: match the older analyses again if the memory changed since (not those
        this run has just matched)."""
        if self.was_stale or (self.memory is None and stale(self.conn)):
            return rematch(self.conn, db_path=self.db_path, skip=self.matched)
        if self.memory is not None:
            _record_state(self.conn)
        return 0


def stored_matches(
    conn: sqlite3.Connection, *, outlet: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Every fact-check match of the stored analyses (the latest analysis of each article),
    with its article's store id, id, outlet, date and language; ``outlet`` filters."""
    sql = (
        "SELECT a.id, coalesce(a.doc_id, CAST(a.id AS TEXT)), a.outlet, a.published, a.language, m.key, m.value"
        " FROM summaries s JOIN analyses an"
        " ON an.article_id = s.article_id AND an.pipeline_version = s.pipeline_version JOIN articles a"
        " ON a.id = s.article_id, json_each(an.json, '$.fact_checks') m"
    )
    args: list[Any] = []
    if outlet is not None:
        sql += " WHERE coalesce(a.outlet, '') = ?"
        args.append(outlet)
    sql += " ORDER BY coalesce(a.published, '9999'), a.id"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    out = []
    for sid, aid, outlet_, published, lang, key, value in conn.execute(sql, args):
        head = {"article": aid, "article_id": sid, "outlet": outlet_, "published": published, "language": lang}
        out.append(head | {"index": int(key) + 1} | json.loads(value))
    return out
