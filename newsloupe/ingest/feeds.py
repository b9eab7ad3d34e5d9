"""Corpus sources beyond single files: web archives (WARC), RSS/Atom feeds, and a
dispatcher over every kind of source ``newsloupe ingest`` takes.

- WARC (``.warc``, ``.warc.gz``; warcio): each ``response`` (or ``resource``)
  record with an HTML payload and a 2xx status is one article, its URL the
  record's target URI.
- RSS/Atom (feedparser): each entry with enough text in ``content`` (or a
  long ``summary``) is one article; an entry with only a teaser is downloaded
  from its link when ``fetch_links`` is on (and the network allows), and is
  otherwise recorded as an error saying so. Feed *files* are always read; feed
  *URLs* need the network.

Like :func:`newsloupe.ingest.iter_items`, every source item ends as one
:class:`~newsloupe.ingest.Item`: an article or the error that stopped it.
"""

from __future__ import annotations

import os
import re
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsloupe import errors
from newsloupe.errors import BadInput, NewsloupeError, NotFound
from newsloupe.ingest import (
    KNOWN_SUFFIXES,
    OTHER_URL,
    Item,
    article_from_bytes,
    content_id,
    guarded,
    iter_items,
    record_to_article,
)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = {".rss", ".atom", ".rdf", ".feed"}
# A feed entry with fewer words than this is a teaser, not the article.
MIN_FEED_WORDS = 60
_BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figcaption", "tr")


def is_warc(path: Path) -> bool:
    """True for a ``.warc``/``.warc.gz`` (or ``.arc``) file name."""
    return path.name.lower().endswith(WARC_SUFFIXES)


# The root element of an RSS, RDF or Atom document, after an XML declaration, processing instructions,
# comments and a doctype; a prefix is allowed ("<rdf:RDF", "<atom:feed").
_FEED_ROOT = re.compile(
    rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!doctype[^>\[]*(?:\[.*?\])?\s*>)*<(?:[\w.-]+:)?(?:rss|feed|rdf)[\s/>]",
    re.IGNORECASE | re.DOTALL,
)
FEED_SNIFF_BYTES = 4000


def looks_like_feed(data: bytes) -> bool:
    """Sniff an RSS, RDF or Atom document by its root element (not a page or a text that names one)."""
    return _FEED_ROOT.match(data[:FEED_SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf")) is not None


# -- WARC ---------------------------------------------------------------------


def iter_warc(path: Path) -> Iterator[Item]:
    """One Item per HTML response record of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        stream = path.open("rb")
    except OSError as err:
        yield Item(str(path), error=NotFound(f"cannot read the file ({err.strerror})", input=str(path)))
        return
    with stream:
        n = yielded = 0
        try:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}#{url or n}"
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode() or ""
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    if not status.startswith("2"):
                        continue  # redirects and errors are no articles
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue  # images, scripts, robots.txt…
                yielded += 1
                try:
                    data = record.content_stream().read()
                except (OSError, EOFError, ValueError, zlib.error) as err:
                    detail = f"{type(err).__name__}: {err}"[:200]
                    yield Item(where, error=BadInput(f"the WARC record is cut or damaged ({detail})", input=where))
                    continue
                try:
                    art = article_from_bytes(
                        data, article_id=content_id(url or where, "warc"), source=where, kind="html", url=url or None
                    )
                    if url and not art.url:
                        art = art.model_copy(update={"url": url})
                except Exception as err:
                    yield Item(where, error=errors.internal(err, input=where, stage="ingestion"))
                    continue
                yield Item(where, article=art.model_copy(update={"input": where}))
            if not yielded:
                yield Item(
                    str(path),
                    error=BadInput(
                        f"the WARC file holds no HTML page with a 2xx status ({n} response or resource record(s))",
                        input=str(path),
                        code=errors.E_NO_TEXT,
                    ),
                )
        except Exception as err:  # ArchiveLoadFailed, a cut gzip member, a header warcio cannot read…
            detail = f"{type(err).__name__}: {err}"[:200]
            if n:
                detail += f"; {n} record(s) read before"
            yield Item(str(path), error=BadInput(f"not a readable WARC file ({detail})", input=str(path)))


# -- RSS / Atom -------------------------------------------------------------


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (feed content), one paragraph per block, blank-line separated."""
    import lxml.html
    from lxml import etree

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    paras: list[str] = []
    blocks = [el for el in root.iter(*_BLOCKS) if not any(c.tag in _BLOCKS for c in el.iterchildren())]
    for el in blocks or [root]:
        text = " ".join(el.text_content().split())
        if text:
            paras.append(text)
    return "\n\n".join(paras)


def _iso(entry: Any, *keys: str) -> str | None:
    for key in keys:
        t = dict.get(entry, key)  # not FeedParserDict.get, which maps a missing key to another (and warns)
        if t:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", t)
    return None


def iter_feed(data: bytes, *, source: str, fetch_links: bool = False, allow_private: bool = False) -> Iterator[Item]:
    """One Item per entry of an RSS/Atom feed given as bytes."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as err:
        yield Item(source, error=errors.internal(err, input=source, stage="feed parsing"))
        return
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield Item(source, error=BadInput(f"the feed has no entries{reason}", input=source))
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        where = f"{source}#{link or n}"
        content = ""
        for c in entry.get("content") or []:
            content = max(content, html_fragment_text(c.get("value") or ""), key=len)
        summary = html_fragment_text(entry.get("summary") or "")
        text = max(content, summary, key=len)
        record = {
            "url": link,
            "title": entry.get("title"),
            "outlet": outlet,
            "published": _iso(entry, "published_parsed", "updated_parsed"),
            "authors": [a.get("name") for a in entry.get("authors") or [] if a.get("name")],
        }
        try:
            if len(text.split()) >= MIN_FEED_WORDS:
                art = record_to_article({**record, "text": text}, source=source, index=n)
                yield Item(where, article=art.model_copy(update={"input": where}))
            elif fetch_links and link:
                yield _fetch_entry(link, record, where, allow_private=allow_private)
            else:
                hint = "pass --fetch-links to download it" if link else "and no link to download"
                raise BadInput(
                    f"the feed entry holds only a teaser ({len(text.split())} words); {hint}",
                    input=where,
                    code=errors.E_NO_TEXT,
                )
        except Exception as err:
            yield Item(where, error=errors.internal(err, input=where, stage="ingestion"))


def _fetch_entry(link: str, record: dict[str, Any], where: str, *, allow_private: bool) -> Item:
    from newsloupe.ingest.url import fetch

    page = fetch(link, allow_private=allow_private)
    art = article_from_bytes(page.content, article_id=content_id(page.url, "url"), source=link, url=page.url)
    update: dict[str, Any] = {"input": where, "url": art.url or page.url}
    for key in ("title", "outlet", "published"):
        if record.get(key) and not getattr(art, key):
            update[key] = record[key] if key != "published" else record[key][:10]
    return Item(where, article=art.model_copy(update=update))


# -- every kind of source ---------------------------------------------------


def _iter_file(path: Path, *, fetch_links: bool, allow_private: bool) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if is_warc(path):
        yield from iter_warc(path)
    elif suffix in FEED_SUFFIXES or suffix == ".xml":
        try:
            data = path.read_bytes()
        except OSError as err:
            yield Item(str(path), error=NotFound(f"cannot read the file ({err.strerror})", input=str(path)))
            return
        if suffix == ".xml" and not looks_like_feed(data):
            yield Item(str(path), error=BadInput("an .xml file that is no RSS or Atom feed", input=str(path)))
            return
        yield from iter_feed(data, source=str(path), fetch_links=fetch_links, allow_private=allow_private)
    else:
        yield from iter_items([str(path)], allow_private=allow_private)


def _iter_url(url: str, *, fetch_links: bool, allow_private: bool) -> Iterator[Item]:
    from newsloupe.ingest.url import fetch

    try:
        page = fetch(url, allow_private=allow_private)
    except NewsloupeError as err:
        yield Item(url, error=err)
        return
    ctype = page.content_type.lower()
    if any(k in ctype for k in ("rss", "atom", "xml")) and looks_like_feed(page.content):
        yield from iter_feed(page.content, source=url, fetch_links=fetch_links, allow_private=allow_private)
        return
    try:
        kind = "html" if "html" in ctype else "text" if "text/plain" in ctype else None
        art = article_from_bytes(
            page.content, article_id=content_id(page.url, "url"), source=url, kind=kind, url=page.url
        )
    except Exception as err:
        yield Item(url, error=errors.internal(err, input=url, stage="ingestion"))
        return
    yield Item(url, article=art if art.url else art.model_copy(update={"url": page.url}))


def iter_sources(inputs: Iterable[str], *, fetch_links: bool = False, allow_private: bool = False) -> Iterator[Item]:
    """Every article (or error) of the given sources, in order.

    inputs: folders (walked recursively), ``.txt``/``.html``/``.json``/``.jsonl``/``.csv``
        files, WARC files, RSS/Atom files, ``-``, or http(s) URLs of articles or feeds.
    fetch_links (bool): download feed entries that hold only a teaser.
    """
    seen: set[Path] = set()
    for raw in inputs:
        if raw[:8].lower().startswith(("http://", "https://")):
            yield from guarded(raw, _iter_url(raw, fetch_links=fetch_links, allow_private=allow_private))
            continue
        if OTHER_URL.match(raw) and not os.path.lexists(raw):
            yield Item(raw, error=BadInput("only http(s) URLs can be fetched", input=raw, code=errors.E_URL))
            continue
        if raw == "-":
            yield from iter_items(["-"])
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and (p.suffix.lower() in KNOWN_SUFFIXES | FEED_SUFFIXES | {".xml"} or is_warc(p))
            )
            if not files:
                yield Item(raw, error=BadInput("the folder holds no article, corpus, WARC or feed file", input=raw))
        elif path.exists():
            files = [path]
        else:
            yield Item(raw, error=NotFound("no such file, folder or URL", input=raw))
            continue
        for f in files:
            key = f.resolve()
            if key in seen:
                continue
            seen.add(key)
            yield from guarded(str(f), _iter_file(f, fetch_links=fetch_links, allow_private=allow_private))
