"""Page furniture: lines an outlet repeats verbatim across its articles (a self-promotion paragraph, a
subscription teaser, a newsletter invitation) are no statements of a recurring claim.

A line (a paragraph of the text) is furniture when another article of the same outlet (two articles of no
known outlet count as one outlet) holds the same line, whole, while the two share little else: at most
:data:`MAX_SHARED` of this article's lines. Two articles that share most of their lines are copies of one
report (a reprint, a lightly edited wire story), whose shared lines are the claims that recur. No word list:
the rule reads only repetition. Only the :data:`NEIGHBOURS` articles of the outlet nearest by store id are
read (an outlet's furniture is in nearly all its articles, and those ingested together are neighbours).
"""

from __future__ import annotations

import sqlite3

__all__ = ["MAX_SHARED", "MIN_CHARS", "NEIGHBOURS", "furniture_lines", "line_spans"]

MIN_CHARS = 20  # shorter lines ("Share", a byline) hold no statement worth the check
MAX_SHARED = 0.5  # above this share of common lines, the other article is a copy: its common lines are claims
NEIGHBOURS = 200  # the outlet's articles read, nearest by store id


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
    lines = line_spans(text)
    if len(lines) < 2:
        return []
    own = {line for _, _, line in lines}
    others = conn.execute(
        "SELECT text FROM articles WHERE outlet IS ? AND id != ? AND (? IS NULL OR dup_group IS NULL OR dup_group != ?)"
        " ORDER BY abs(id - ?) LIMIT ?",
        (outlet, aid, dup, dup, aid, NEIGHBOURS),
    ).fetchall()
    repeated: set[str] = set()
    for (other,) in others:
        if not other:
            continue
        common = own & {line.strip() for line in other.split("\n")}
        if common and len(common) <= MAX_SHARED * len(own):
            repeated |= common
    return [(a, b) for a, b, line in lines if line in repeated]
