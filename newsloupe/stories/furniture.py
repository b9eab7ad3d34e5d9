"""Page furniture: lines an outlet repeats verbatim across its articles (a self-promotion paragraph, a
subscription teaser, a newsletter invitation) are no statements of a recurring claim.

A line (a paragraph of the text) is furniture when at least :data:`MIN_OTHERS` other articles of the same known
outlet hold the same line, whole, while each shares little else with this one: at most :data:`MAX_SHARED` of this
article's lines. Two articles that share most of their lines are copies of one report (a reprint, a lightly edited
wire story), whose shared lines are the claims that recur; a line found in one other article only may be a key
sentence both repeat. An article of no known outlet has no furniture (articles of unknown sources are not pooled).
No word list: the rule reads only repetition. Only the :data:`NEIGHBOURS` articles of the outlet nearest by store
id are read, half before and half after it, through the index on (outlet, id) (an outlet's furniture is in
nearly all its articles, and those ingested together are neighbours).
"""

from __future__ import annotations

import sqlite3
from collections import Counter

__all__ = ["MAX_SHARED", "MIN_CHARS", "MIN_OTHERS", "NEIGHBOURS", "furniture_lines", "line_spans"]

MIN_CHARS = 20  # shorter lines ("Share", a byline) hold no statement worth the check
MAX_SHARED = 0.5  # above this share of common lines, the other article is a copy: its common lines are claims
NEIGHBOURS = 200  # the outlet's articles read, nearest by store id (half before, half after)
MIN_OTHERS = 2  # other articles of the outlet (no copies) that must hold the line


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """The text's lines of at least :data:`MIN_CHARS` characters: (start, end, stripped line)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if len(line) >= MIN_CHARS:
            out.append((pos, pos + len(raw), line))
        pos += len(raw) + 1
    return out


def furniture_lines(conn: sqlite3.Connection, aid: int) -> list[tuple[int, int]]:
    """The spans (start, end) of the lines of article ``aid`` that are its outlet's furniture (module doc)."""
    row = conn.execute("SELECT text, outlet, dup_group FROM articles WHERE id = ?", (aid,)).fetchone()
    if row is None or not row[0]:
        return []
    text, outlet, dup = row
    if not outlet:
        return []
    lines = line_spans(text)
    if len(lines) < 2:
        return []
    own = {line for _, _, line in lines}
    others: list[tuple[str | None]] = []
    for op, order in (("<", "DESC"), (">", "ASC")):  # two range reads of the (outlet, id) index, no sort
        others += conn.execute(
            f"SELECT text FROM articles WHERE outlet = ? AND id {op} ?"
            " AND (? IS NULL OR dup_group IS NULL OR dup_group != ?)"
            f" ORDER BY id {order} LIMIT ?",
            (outlet, aid, dup, dup, NEIGHBOURS // 2),
        ).fetchall()
    seen: Counter[str] = Counter()
    for (other,) in others:
        if not other:
            continue
        common = own & {line.strip() for line in other.split("\n")}
        if common and len(common) <= MAX_SHARED * len(own):
            seen.update(common)
    return [(a, b) for a, b, line in lines if seen[line] >= MIN_OTHERS]
