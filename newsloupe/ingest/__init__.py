"""Ingestion: turn inputs (files, folders, corpora, stdin, URLs) into Articles.

Every input item ends with exactly one outcome, an :class:`Item` holding
either an article or the error that stopped it, so that in a batch one bad
item is recorded and the rest go on.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsloupe import errors
from newsloupe.errors import BadInput, NewsloupeError, NotFound
from newsloupe.ingest.text import decode_bytes, parse_text, unescape_entities
from newsloupe.model import Article

DEFAULT_MAX_BYTES = 20_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
CORPUS_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES
RECORD_FIELDS = ("id", "url", "outlet", "published", "title", "text", "html", "language", "authors")


@dataclass
class Item:
    """One input item's outcome: an article, or the error that stopped it."""

    source: str
    article: Article | None = None
    error: NewsloupeError | None = None

    def __post_init__(self) -> None:
        errors.release(self.error)  # an outcome kept in a batch report holds no frames (nor their data)

    @property
    def ok(self) -> bool:
        """True when the item yielded an article."""
        return self.article is not None


def content_id(data: str | bytes, prefix: str = "doc") -> str:
    """A stable id from content (or a URL): ``prefix-<12 hex>``."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return f"{prefix}-{hashlib.sha1(raw).hexdigest()[:12]}"


def looks_like_html(text: str) -> bool:
    """Sniff HTML: the content starts with a tag or doctype."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype", "<html", "<?xml")) or ("<body" in head or "<p>" in head or "<div" in head)


def article_from_bytes(
    data: bytes, *, article_id: str, source: str, kind: str | None = None, url: str | None = None
) -> Article:
    """Make an Article from raw bytes of a text or HTML document.

    kind (str | None): "text" or "html"; None sniffs the content.
    """
    if data[:2] == b"\x1f\x8b":  # gzip (a saved "page.html.gz"): the document inside it
        data = gunzip(data, source=source)
    refuse_other_types(data, source=source)
    if kind == "html" or (kind is None and looks_like_html(data[:4000].decode("utf-8", "replace"))):
        from newsloupe.ingest.html import parse_html

        return parse_html(data, article_id=article_id, source=source, url=url)
    return parse_text(unescape_entities(decode_bytes(data, source=source)), article_id=article_id, source=source)


def gunzip(data: bytes, *, source: str) -> bytes:
    """The document inside gzip-compressed bytes, at most the input size cap (``NEWSLOUPE_MAX_BYTES``).

    RAISES (BadInput): not readable as gzip, or larger than the cap once decompressed.
    """
    import gzip
    import zlib

    cap = max_bytes_setting()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(cap + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise BadInput(f"a gzip file that cannot be decompressed ({err})", input=source, code=errors.E_FORMAT) from None
    if len(out) > cap:
        raise BadInput(
            f"the decompressed file is over the {cap:,}-byte limit (set NEWSLOUPE_MAX_BYTES to raise it)",
            input=source,
            code=errors.E_TOO_LARGE,
        )
    return out


def refuse_other_types(data: bytes, *, source: str) -> None:
    """Refuse a PDF, a WARC archive or an RSS/Atom feed given where an article is read (sniffed by content)."""
    from newsloupe.ingest.feeds import looks_like_feed

    head = data[:16].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        why = "a PDF document, not text or HTML: extract its text first (e.g. pdftotext)"
    elif head.upper().startswith(b"WARC/"):
        why = "a WARC archive, not an article: `newsloupe ingest` reads WARC files"
    elif looks_like_feed(data):
        why = "an RSS/Atom feed, not an article: `newsloupe ingest` reads feeds (--fetch-links downloads the articles)"
    else:
        return
    raise BadInput(why, input=source, code=errors.E_FORMAT)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise NotFound(f"cannot read the file ({err.strerror})", input=str(path)) from None
    if size > max_bytes:
        raise BadInput(
            f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit (set NEWSLOUPE_MAX_BYTES to raise it)",
            input=str(path),
            code=errors.E_TOO_LARGE,
        )
    try:
        return path.read_bytes()
    except OSError as err:
        raise NotFound(f"cannot read the file ({err.strerror})", input=str(path)) from None


def record_to_article(record: dict[str, Any], *, source: str, index: int) -> Article:
    """Make an Article from a corpus record (columns in :data:`RECORD_FIELDS`).

    A record needs ``text`` or ``html``; ``title`` is put on the first line of
    a text record so that it is part of the analysed text.
    """
    where = f"{source}#{index}"
    if not isinstance(record, dict):
        raise BadInput("a record must be a JSON object", input=where, code=errors.E_RECORD)
    for key in ("text", "html", "title", "url", "outlet", "language"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise BadInput(
                f"the record's {key!r} must be a string, not {_json_type(value)}", input=where, code=errors.E_RECORD
            )
    rid_value = record.get("id")
    if rid_value is not None and (isinstance(rid_value, bool) or not isinstance(rid_value, str | int)):
        shown = "a number with a fraction" if isinstance(rid_value, float) else _json_type(rid_value)
        raise BadInput(
            f"the record's 'id' must be a string or a whole number, not {shown}",
            input=where,
            code=errors.E_RECORD,
        )
    authors = record.get("authors")
    if authors is not None and not (
        isinstance(authors, str) or (isinstance(authors, list) and all(isinstance(a, str) for a in authors))
    ):
        raise BadInput(
            "the record's 'authors' must be a string or a list of strings", input=where, code=errors.E_RECORD
        )
    record = {k: scrub_surrogates(v) if isinstance(v, str) else v for k, v in record.items()}
    authors = record.get("authors")
    if isinstance(authors, list):
        authors = [scrub_surrogates(a) for a in authors]
    rid_value = record.get("id")  # after the surrogates were scrubbed
    rid = str(rid_value).strip() if rid_value is not None else ""
    rid = rid or None
    url = record.get("url") or None
    html, text = record.get("html"), record.get("text")
    title = " ".join((record.get("title") or "").split()) or None
    aid = rid or content_id(url or html or text or "", "rec")
    if html and html.strip():
        from newsloupe.ingest.html import parse_html

        art = parse_html(html, article_id=aid, source=where, url=url)
    elif text and text.strip():
        full = text if (not title or text.lstrip().startswith(title)) else f"{title}\n\n{text}"
        art = parse_text(full, article_id=aid, source=where)
    elif isinstance(html, str) or isinstance(text, str):  # there, but empty or blank
        key = "html" if isinstance(html, str) and not isinstance(text, str) else "text"
        raise BadInput(f"the record's {key!r} is empty", input=where, code=errors.E_EMPTY)
    else:
        raise BadInput("the record has neither 'text' nor 'html'", input=where, code=errors.E_RECORD)
    meta: dict[str, Any] = {"format": "record" if not html else "html", "input": where}
    if title:
        meta["title"] = title
    if record.get("outlet"):
        meta["outlet"] = record["outlet"]
    published = record.get("published")
    if published not in (None, ""):
        from newsloupe.ingest.dates import normalise_iso

        iso = normalise_iso(published) if isinstance(published, str) else None
        if iso:
            meta["published"] = iso
            clock = _CLOCK.search(published)
            if clock and (int(clock[1]) > 23 or int(clock[2]) > 59 or int(clock[3] or 0) > 60):
                meta["notes"] = [
                    *art.notes,
                    f"the record's 'published' {published[:60]!r} has an impossible time; its date was kept",
                ]
        else:
            # A bad date costs the date, not the article.
            shown = published if isinstance(published, str) else _json_type(published)
            meta["published"] = art.published  # the page's own date, if it gives one
            why = "gives no day" if _PARTIAL.fullmatch(str(shown).strip()) else "is not a date"
            meta["notes"] = [*art.notes, f"the record's 'published' {str(shown).strip()[:60]!r} {why}; it was dropped"]
    if url:
        meta["url"] = url
    if authors:
        meta["authors"] = (
            list(authors) if isinstance(authors, list) else [s.strip() for s in authors.split(",") if s.strip()]
        )
    if record.get("language"):
        code = _LANG_CODE.fullmatch(record["language"].strip())
        if code:  # "fr", "FR", "fr-BE", "pt_BR"
            from newsloupe.ingest.language import check_forced_language

            # a language newsloupe cannot analyse ("xx", "zz") is this record's failure (NL-E006), as ``--lang xx``
            # is, not a language silently replaced by the detected one; the batch goes on
            meta["language"] = check_forced_language(code.group(1), where)
            meta["language_source"] = "metadata"
        else:
            shown = record["language"][:40]
            meta["notes"] = [
                *meta.get("notes", art.notes),
                f"the record's 'language' {shown!r} is not a language code (fr, en…); the language is detected",
            ]
    return art.model_copy(update=meta)


_CLOCK = re.compile(r"\d[T ](\d{2}):(\d{2})(?::(\d{2}))?")
_PARTIAL = re.compile(r"\d{4}(?:-\d{2})?")  # a year or a month alone: "2099", "2099-03"
_PARTIAL_NOTE = re.compile(r"the record's 'published' '(\d{4}(?:-\d{2})?)' gives no day; it was dropped")


def dropped_partial_date(notes: list[str]) -> str | None:
    """The year or month alone ("2099-03") a record gave as its publication date and ingest dropped (no day), read
    from the article's ``notes``; None when none was."""
    for note in notes:
        m = _PARTIAL_NOTE.fullmatch(note)
        if m:
            return m[1]
    return None


_LANG_CODE = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(value: str) -> str:
    """Replace lone surrogates (JSON can hold ``"\\ud800"``; no UTF-8 file or database can)
    by U+FFFD, one character for one, so that offsets stay the same."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def _json_type(value: Any) -> str:
    """The JSON name of a value's type, for error messages."""
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _records(path: Path, data: bytes) -> Iterator[tuple[int, Any]]:
    text = decode_bytes(data, source=str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _csv_rows(path, text)
    elif suffix == ".json" and text.lstrip()[:1] in "[{":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            where = f"line {err.lineno}, column {err.colno}"
            raise BadInput(f"invalid JSON ({err.msg}: {where})", input=str(path), code=errors.E_FORMAT) from None
        except RecursionError:
            raise BadInput("invalid JSON (nested too deeply)", input=str(path), code=errors.E_FORMAT) from None
        records = value if isinstance(value, list) else [value]
        if _claim_reviews(records):
            raise BadInput(
                "ClaimReview fact-checks, not articles: `newsloupe factchecks import` reads them into the fact-check "
                "memory",
                input=str(path),
                code=errors.E_FORMAT,
            )
        yield from enumerate(records, start=1)
    else:
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as err:
                    yield (
                        n,
                        BadInput(
                            f"invalid JSON line ({err.msg}: column {err.colno})",
                            input=f"{path}#{n}",
                            code=errors.E_RECORD,
                        ),
                    )
                except RecursionError:
                    yield (
                        n,
                        BadInput("invalid JSON line (nested too deeply)", input=f"{path}#{n}", code=errors.E_RECORD),
                    )


def _claim_reviews(records: list[Any]) -> bool:
    """Whether JSON records are schema.org ClaimReviews (a fact-check site's markup) and no article: each an object
    with neither 'text' nor 'html', at least one typed ClaimReview or holding a 'claimReviewed'."""
    if not records or not all(isinstance(r, dict) and "text" not in r and "html" not in r for r in records):
        return False
    from newsloupe.factchecks.claimreview import holds_claim_reviews

    return any(holds_claim_reviews(r) for r in records)


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, Any]]:
    """The rows of a CSV file as dicts; a row that cannot be read (a quote left open, a NUL byte)
    is one error naming the file, the row and its line, and reading goes on at the next line.

    Read strictly (``strict=True``): a quote left open at the end of the file is an error, not a last
    field that swallows the rows after it, and so is a quoted field followed by more text
    (``1,"La Gazette" du soir``), which a lenient reader would join silently. An unreadable header
    row is one error and nothing is read."""
    csv.field_size_limit(sys.maxsize)
    lines = list(io.StringIO(text, newline=""))  # newline="": CR-only and CRLF rows too
    start, n, fields = 0, 0, None
    while start < len(lines):
        reader = csv.DictReader(iter(lines[start:]), fieldnames=fields, strict=True)
        done = 0  # lines of this pass read by complete rows
        try:
            if fields is None:
                fields = reader.fieldnames
                done = reader.reader.line_num
            for row in reader:
                n += 1
                done = reader.line_num
                yield n, row
            return
        except csv.Error as err:  # the row from line start + done + 1 is unreadable; the next line starts again
            n += 1
            line = start + done + 1
            while line < len(lines) and not lines[line - 1].strip("\r\n"):  # blank lines the reader skipped
                line += 1
            if fields is None:  # without the column names no row can be read
                message = f"unreadable CSV header at line {line} ({err}); no row is read: fix the header row"
                yield n, BadInput(message, input=str(path), code=errors.E_FORMAT)
                return
            yield (
                n,
                BadInput(
                    f"unreadable CSV row starting at line {line} ({err}); the rows after it are read from line "
                    f"{line + 1}",
                    input=f"{path}#{n}",
                    code=errors.E_FORMAT,
                ),
            )
            start = line


def guarded(source: str, items: Iterable[Item]) -> Iterator[Item]:
    """Yield ``items``; an unexpected exception while reading them becomes one error Item
    for ``source`` (code ``NL-E014``) instead of stopping the caller's batch."""
    try:
        yield from items
    except Exception as err:  # a bug in a reader costs this source, not the batch
        yield Item(source, error=errors.internal(err, input=source, stage="ingestion"))


def _iter_corpus(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        data = _read_file(path, max_bytes * 10)
        rows = list(_records(path, data))
    except Exception as err:
        yield Item(str(path), error=errors.internal(err, input=str(path), stage="ingestion"))
        return
    if not rows:
        yield Item(str(path), error=BadInput("the corpus file holds no record", input=str(path), code=errors.E_EMPTY))
    for n, rec in rows:
        where = f"{path}#{n}"
        if isinstance(rec, NewsloupeError):
            yield Item(where, error=rec)
            continue
        try:
            article = record_to_article(rec, source=str(path), index=n)
        except Exception as err:
            yield Item(where, error=errors.internal(err, input=where, stage="ingestion"))
            continue
        yield Item(where, article=article)


def _iter_path(path: Path, max_bytes: int) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in CORPUS_SUFFIXES:
        yield from _iter_corpus(path, max_bytes)
        return
    try:
        data = _read_file(path, max_bytes)
        kind = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
        article = article_from_bytes(data, article_id=path.stem, source=str(path), kind=kind)
    except Exception as err:
        yield Item(str(path), error=errors.internal(err, input=str(path), stage="ingestion"))
        return
    yield Item(str(path), article=article)


def iter_items(
    inputs: Iterable[str],
    *,
    allow_private: bool = False,
    max_bytes: int | None = None,
    stdin: io.BufferedIOBase | None = None,
    seen: set[Path] | None = None,
) -> Iterator[Item]:
    """Read every input and yield one :class:`Item` per article or failure.

    inputs: paths (files or folders, walked recursively), ``-`` for stdin, or http(s) URLs.
    allow_private (bool): let URLs target private/loopback addresses.
    max_bytes (int | None): size cap of one file (default 20 MB or ``NEWSLOUPE_MAX_BYTES``).
    """
    cap = max_bytes or max_bytes_setting()
    seen = set() if seen is None else seen  # a file named twice (alone and in its folder) is read once

    def fresh(p: Path) -> bool:
        key = p.resolve()
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in inputs:
        yield from guarded(raw, _iter_input(raw, cap, allow_private=allow_private, stdin=stdin, fresh=fresh))


# a URL of another scheme (file:, ftp:, data:…), refused as a URL rather than "no such file"
OTHER_URL = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|(?:file|ftp|data|javascript|mailto|gopher):)")


def max_bytes_setting() -> int:
    """The size cap of one input: ``NEWSLOUPE_MAX_BYTES`` (a whole number of bytes) or 20 MB."""
    raw = os.environ.get("NEWSLOUPE_MAX_BYTES")
    if raw is None:
        return DEFAULT_MAX_BYTES
    value = raw.strip().replace("_", "")
    if not value.isdigit() or int(value) <= 0:
        raise BadInput(
            f"NEWSLOUPE_MAX_BYTES={raw!r} is not a whole number of bytes above 0 (e.g. 50000000)",
            input="NEWSLOUPE_MAX_BYTES",
            code=errors.E_FORMAT,
        )
    return int(value)


def _iter_input(
    raw: str, cap: int, *, allow_private: bool, stdin: io.BufferedIOBase | None, fresh: Callable[[Path], bool]
) -> Iterator[Item]:
    if raw == "-":
        stream = stdin or sys.stdin.buffer
        data = stream.read(cap + 1)
        try:
            if len(data) > cap:
                raise BadInput(f"standard input is over the {cap:,}-byte limit", input="-", code=errors.E_TOO_LARGE)
            article = article_from_bytes(data, article_id=content_id(data, "stdin"), source="-")
        except Exception as err:
            yield Item("-", error=errors.internal(err, input="-", stage="ingestion"))
            return
        yield Item("-", article=article)
    elif raw[:8].lower().startswith(("http://", "https://")):
        yield _fetch_item(raw, allow_private=allow_private)
    elif OTHER_URL.match(raw) and not os.path.lexists(raw):
        yield Item(raw, error=BadInput("only http(s) URLs can be fetched", input=raw, code=errors.E_URL))
    else:
        path = Path(raw)
        try:
            path.stat()
        except OSError as err:
            if "\n" in raw or err.errno == errno.ENAMETOOLONG:
                label = raw[:60].split("\n")[0] + "…"
                why = "this is text, not a path or URL: give it with text= or on standard input"
                yield Item(label, error=BadInput(why, input=label))
                return
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                yield Item(
                    raw, error=BadInput("the folder holds no .txt, .html, .json, .jsonl or .csv file", input=raw)
                )
            for f in files:
                if fresh(f):
                    yield from guarded(str(f), _iter_path(f, cap))
        elif path.exists():
            if fresh(path):
                yield from _iter_path(path, cap)
        else:
            yield Item(raw, error=NotFound("no such file, folder or URL", input=raw))


def _fetch_item(url: str, *, allow_private: bool) -> Item:
    from newsloupe.ingest.url import fetch

    try:
        page = fetch(url, allow_private=allow_private)
        kind = "html" if "html" in page.content_type else "text" if "text/plain" in page.content_type else None
        art = article_from_bytes(
            page.content, article_id=content_id(page.url, "url"), source=url, kind=kind, url=page.url
        )
        if not art.url:
            art = art.model_copy(update={"url": page.url})
        return Item(url, article=art)
    except Exception as err:
        return Item(url, error=errors.internal(err, input=url, stage="ingestion"))
