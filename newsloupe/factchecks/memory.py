"""The fact-check memory in the corpus store: import ClaimReviews, list and look them up.

An import is one transaction: reviews are inserted in batches, each review once by URL
(the first one read is kept, in this import or an earlier one), and every refused item
is recorded in ``fact_check_failures`` with its source, item, NL-E code and reason (the
failures of a source are replaced when the source is imported again).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsloupe import errors
from newsloupe.errors import NewsloupeError
from newsloupe.factchecks.claimreview import Failure, Ignored, Outcome, Review, expand, plain_text, read_source
from newsloupe.store.search import stem_query
from newsloupe.store.store import now

BATCH = 1000
COLUMNS = (
    "url",
    "claim_reviewed",
    "reviewer",
    "reviewer_url",
    "rating",
    "rating_text",
    "rating_value",
    "best_rating",
    "worst_rating",
    "claim_author",
    "claim_date",
    "review_date",
    "language",
    "appearances",
    "source",
)
_INSERT = f"INSERT INTO fact_checks({', '.join(COLUMNS)}, imported_at) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})"


@dataclass(frozen=True)
class Duplicate:
    """An item whose review URL is already in the memory (the first review is kept)."""

    source: str
    item: str
    url: str


@dataclass
class ImportReport:
    """What an import did.

    read (int): items read (reviews, duplicates and failed items; blank lines aside).
    sources (int): sources that could be read; 0 means nothing could be read.
    not_reviews (list[tuple[str, int]]): files read whole with no ClaimReview in them (every item of
        another ``@type`` or of none: a folder's articles or gold file), with their item count: skipped,
        neither read nor failed.
    """

    read: int = 0
    imported: int = 0
    duplicates: int = 0
    updated: int = 0
    failed: int = 0
    ignored: int = 0
    sources: int = 0
    failures: list[Failure] = field(default_factory=list)
    duplicate_items: list[Duplicate] = field(default_factory=list)
    not_reviews: list[tuple[str, int]] = field(default_factory=list)

    def codes(self) -> dict[str, int]:
        """Failures per NL-E code."""
        out: dict[str, int] = {}
        for f in self.failures:
            out[f.code] = out.get(f.code, 0) + 1
        return dict(sorted(out.items()))

    def summary(self) -> str:
        """One line: imported, duplicates, failed (with codes), ignored."""
        codes = ", ".join(f"{c} x{n}" for c, n in self.codes().items())
        failed = f"{self.failed} failed" + (f" ({codes})" if codes else "")
        other = f"; {len(self.not_reviews)} file(s) with no ClaimReview skipped" if self.not_reviews else ""
        if self.updated:
            other += f"; {self.updated} known review(s) had their claim text renormalised"
        return (
            f"{self.imported} imported, {self.duplicates} duplicate(s), {failed}, {self.ignored} ignored"
            f" ({self.read} item(s) read from {self.sources} source(s){other})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return {
            "read": self.read,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "updated": self.updated,
            "failed": self.failed,
            "ignored": self.ignored,
            "sources": self.sources,
            "not_reviews": [{"source": s, "items": n} for s, n in self.not_reviews],
            "failures": [f.__dict__ for f in self.failures],
        }


def _row(r: Review, at: str) -> tuple[Any, ...]:
    return (
        r.url,
        r.claim_reviewed,
        r.reviewer,
        r.reviewer_url,
        r.rating,
        r.rating_text,
        r.rating_value,
        r.best_rating,
        r.worst_rating,
        r.claim_author,
        r.claim_date,
        r.review_date,
        r.language,
        json.dumps(list(r.appearances), ensure_ascii=False),
        r.source,
        at,
    )


def _open(source: str, allow_private: bool) -> Iterator[Outcome] | Failure:
    try:
        return read_source(source, allow_private=allow_private)
    except NewsloupeError as err:
        return Failure(source, None, err.code, err.message)
    except Exception as err:  # a bug: this source's failure, the others go on
        wrapped = errors.internal(err, input=source, stage="fact-check import")
        return Failure(source, None, wrapped.code, wrapped.message)


def import_sources(conn: sqlite3.Connection, sources: Iterable[str], *, allow_private: bool = False) -> ImportReport:
    """Import the ClaimReviews of files, folders and URLs into the memory, in one transaction.

    conn (sqlite3.Connection): the store's writer connection (autocommit mode).
    sources (Iterable[str]): paths (.html .json .jsonl, folders of them) or http(s) URLs.
    allow_private (bool): let URLs target private or loopback addresses.
    RETURNS (ImportReport): the counts and every failure (source, item, code, reason).
    """
    report = ImportReport()
    # URLs are fetched (and files opened) before the write transaction starts.
    opened = [(s, _open(s, allow_private)) for s in expand(sources)]
    at = now()
    seen: dict[str, str] = {}
    conn.execute("BEGIN IMMEDIATE")
    try:
        for source, outcomes in opened:
            conn.execute("DELETE FROM fact_check_failures WHERE source = ?", (source,))
            start = len(report.failures)
            if isinstance(outcomes, Failure):
                _fail(report, outcomes)
            else:
                _import_one(conn, source, outcomes, report, seen, at)
            rows = [(f.source, f.item, f.code, f.reason, at) for f in report.failures[start:]]
            conn.executemany(
                "INSERT INTO fact_check_failures(source, item, code, reason, at) VALUES (?, ?, ?, ?, ?)", rows
            )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return report


def _fail(report: ImportReport, failure: Failure) -> None:
    report.failures.append(failure)
    report.failed += 1


def _import_one(
    conn: sqlite3.Connection,
    source: str,
    outcomes: Iterator[Outcome],
    report: ImportReport,
    seen: dict[str, str],
    at: str,
) -> None:
    buffer: list[Review] = []
    start, read, reviews_read = len(report.failures), report.read, False
    try:
        for out in outcomes:
            if isinstance(out, Ignored):
                report.ignored += 1
                continue
            report.read += 1
            reviews_read = reviews_read or not isinstance(out, Failure)
            if isinstance(out, Failure):
                _fail(report, out)
            elif out.url in seen:
                report.duplicates += 1
                report.duplicate_items.append(Duplicate(source, _item_of(out), out.url))
            else:
                seen[out.url] = out.source
                buffer.append(out)
                if len(buffer) >= BATCH:
                    _flush(conn, source, buffer, report, at)
                    buffer = []
    except NewsloupeError as err:  # the rest of the source turned out unreadable
        _fail(report, Failure(source, None, err.code, err.message))
    except OSError as err:
        _fail(report, Failure(source, None, errors.E_NOT_FOUND, f"cannot read the file ({err.strerror or err})"))
    except Exception as err:  # a bug: this source's failure; what was read is kept
        wrapped = errors.internal(err, input=source, stage="fact-check import")
        _fail(report, Failure(source, None, wrapped.code, wrapped.message))
    else:
        mine = report.failures[start:]
        if not reviews_read and mine and all(f.not_review for f in mine):
            # a file of other JSON (a folder's articles.jsonl or gold.json): not a fact-check file, said once
            # rather than each of its items counted as a failed review
            del report.failures[start:]
            report.failed -= len(mine)
            report.read = read
            report.not_reviews.append((source, len(mine)))
            return
        report.sources += 1
    _flush(conn, source, buffer, report, at)


def _item_of(r: Review) -> str:
    return r.source.rsplit(" (", 1)[-1].rstrip(")") if r.source.endswith(")") else r.source


def _renormalised(stored: str, fresh: str) -> bool:
    """Is ``fresh`` the claim ``stored`` becomes with today's import (same review, older reading)?

    An older import kept markup in the claim and read a UTF-8 page without a declared charset as
    Latin-1: the stored text, with its markup stripped and that misreading undone, is ``fresh``.
    """
    if stored == fresh:
        return False
    readings = [stored]
    for codec in ("cp1252", "latin-1"):
        try:
            readings.append(stored.encode(codec).decode("utf-8"))
        except UnicodeError:
            continue
    return any(plain_text(t) == fresh for t in readings)


def _flush(conn: sqlite3.Connection, source: str, buffer: list[Review], report: ImportReport, at: str) -> None:
    if not buffer:
        return
    known: dict[str, str] = {}
    urls = [r.url for r in buffer]
    for i in range(0, len(urls), 500):
        chunk = urls[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        known.update(conn.execute(f"SELECT url, claim_reviewed FROM fact_checks WHERE url IN ({marks})", chunk))
    fresh = []
    renormalised = []
    for r in buffer:
        if r.url in known:
            report.duplicates += 1
            report.duplicate_items.append(Duplicate(source, _item_of(r), r.url))
            if _renormalised(known[r.url], r.claim_reviewed):
                renormalised.append(r)
        else:
            fresh.append(_row(r, at))
    conn.executemany(_INSERT, fresh)
    report.imported += len(fresh)
    if renormalised:
        # A review stored by an older import (markup kept in its claim, stop 38): its claim
        # becomes today's text, its vector is made again and stored analyses are matched again.
        sets = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
        conn.executemany(
            f"UPDATE fact_checks SET {sets} WHERE url = ?", [(*_row(r, at)[1:-1], r.url) for r in renormalised]
        )
        conn.executemany(
            "DELETE FROM fact_check_vectors WHERE review_id = (SELECT id FROM fact_checks WHERE url = ?)",
            [(r.url,) for r in renormalised],
        )
        conn.execute("DELETE FROM fact_check_state WHERE key = 'matched'")
        # the memory's state changes though no review is added: a process holding the old claims and vectors
        # (``match.memory_key``) loads them again
        conn.execute(
            "INSERT INTO fact_check_state(key, value) VALUES ('updates', '1')"
            " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )
        report.updated += len(renormalised)


# -- queries ---------------------------------------------------------------------

_FIELDS = ("id", *COLUMNS, "imported_at")


def _dict(row: tuple[Any, ...]) -> dict[str, Any]:
    doc = dict(zip(_FIELDS, row, strict=True))
    doc["appearances"] = json.loads(doc["appearances"] or "[]")
    return doc


def claim_query(q: str) -> str:
    """The FTS5 query of ``--query`` / ``q``: the words as the article search reads them (:func:`stem_query`)."""
    return stem_query(q)


def _where(reviewer: str | None, rating: str | None, language: str | None, q: str | None) -> tuple[str, list[Any]]:
    conds, args = [], []
    if reviewer:
        conds.append("reviewer = ? COLLATE NOCASE")
        args.append(reviewer)
    if rating:
        conds.append("rating = ?")
        args.append(rating.lower())
    if language:
        conds.append("language = ?")
        args.append(language.lower())
    if q and q.split():
        terms = claim_query(q)
        if terms:
            conds.append("id IN (SELECT rowid FROM fact_checks_fts WHERE fact_checks_fts MATCH ?)")
            args.append(terms)
        else:  # punctuation only: no review matches
            conds.append("0")
    return (" WHERE " + " AND ".join(conds)) if conds else "", args


def reviews(
    conn: sqlite3.Connection,
    *,
    reviewer: str | None = None,
    rating: str | None = None,
    language: str | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Reviews of the memory, newest review first, with optional filters.

    reviewer (str | None): the fact-checker's name (case-insensitive).
    rating (str | None): a common-scale rating (false, misleading, mixed, true, unverifiable).
    language (str | None): the review's language code.
    q (str | None): words that must all appear in the claim (accent-insensitive; from four letters, as a
        word's start: :func:`claim_query`).
    RETURNS (list[dict]): one dict per review (the ``fact_checks`` columns).
    """
    where, args = _where(reviewer, rating, language, q)
    sql = (
        f"SELECT {', '.join(_FIELDS)} FROM fact_checks{where}"
        " ORDER BY review_date IS NULL, review_date DESC, id DESC LIMIT ? OFFSET ?"
    )
    return [_dict(r) for r in conn.execute(sql, [*args, int(limit), int(offset)])]


def count(
    conn: sqlite3.Connection,
    *,
    reviewer: str | None = None,
    rating: str | None = None,
    language: str | None = None,
    q: str | None = None,
) -> int:
    """The number of reviews in the memory (with the same filters as :func:`reviews`)."""
    where, args = _where(reviewer, rating, language, q)
    return int(conn.execute(f"SELECT count(*) FROM fact_checks{where}", args).fetchone()[0])


def review_by_url(conn: sqlite3.Connection, url: str) -> dict[str, Any] | None:
    """The review of that URL, or None."""
    row = conn.execute(f"SELECT {', '.join(_FIELDS)} FROM fact_checks WHERE url = ?", (url,)).fetchone()
    return _dict(row) if row else None


def failures(conn: sqlite3.Connection, *, limit: int = 1000) -> list[dict[str, Any]]:
    """The failures recorded by the latest import of each source."""
    rows = conn.execute(
        "SELECT source, item, code, reason, at FROM fact_check_failures ORDER BY id LIMIT ?", (int(limit),)
    )
    return [dict(zip(("source", "item", "code", "reason", "at"), r, strict=True)) for r in rows]
