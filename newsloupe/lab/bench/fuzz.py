"""``newsloupe bench fuzz``: hostile inputs of every kind, through every path, nothing lost.

Generates ``n`` hostile inputs (seeded) — text and HTML files (random bytes, cut UTF-8,
NUL bytes, byte-order marks, control characters, one-line articles longer than the
parser's limit (1 MB, and 5 MB from 7,500 inputs on), tokens without spaces, 50,000
nested ``<div>``), corpus files (JSON, JSONL, CSV records of the wrong types, cut or
nested too deep), WARC files (cut, damaged, odd records), RSS/Atom feeds (cut, teasers,
entities, bad dates) and URLs answered by a local server on 127.0.0.1 (hostile bodies,
headers, encodings and redirects) — and runs them through the three ways in:

- ``analyze``: the library path :func:`newsloupe.analyze_many` (what ``newsloupe analyze`` runs);
- ``ingest`` + ``run``: a temporary store, :func:`newsloupe.store.ingest.ingest` then
  :func:`newsloupe.batch.run` (in-process worker);
- ``api``: ``POST /api/analyze`` on the in-process web app (httpx over ASGI).

It counts, per path: inputs, analyses, errors by code, inputs with no outcome
(*unaccounted*, must be 0), internal errors (``NL-E014``, a failed analyzer, a 500: must
be 0), tracebacks (exceptions escaping a path, or printed or logged: must be 0), and
prints the peak RSS and the slowest input. Most inputs are small; a few are big.
The loopback server is the only private address reached (``allow_private`` for it).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gzip
import io
import json
import logging
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsloupe.errors import E_INTERNAL
from newsloupe.lab import REPO

PATHS = ("analyze", "ingest", "api")
# One real-text line over spaCy's 1,000,000-character limit per this many inputs, of these
# sizes in turn (the second one, a 5 MB line, from 7,500 inputs on).
BIG_EVERY = 5000
BIG_CHARS = (1_050_000, 5_000_000)

# Our own fictional sentences, used when the sample articles are not beside the code.
_FALLBACK = [
    "Le conseil municipal de Valmer a voté mardi un budget de 12 millions d'euros pour la rénovation du port.",
    "« Nous ne laisserons pas tomber les pêcheurs », a déclaré la maire, Léa Dorsaz, devant la presse.",
    "Selon un rapport de la préfecture, les travaux devraient durer au moins deux ans.",
    "L'opposition dénonce un projet trop coûteux et réclame un référendum local.",
    "The Eastbrook council approved on Tuesday a plan to rebuild the harbour wall, officials said.",
    '"We will not abandon the fishermen," mayor Delia Quarrie told reporters on Monday.',
    "According to a report seen by the Courier, the works could last until 2027.",
]


# -- inputs --------------------------------------------------------------------


@dataclass
class Case:
    """One generated input: a file or a URL, and the body sent to ``POST /api/analyze``."""

    id: int
    kind: str
    name: str
    path: Path | None = None
    url: str | None = None
    api: dict[str, Any] | bytes | None = None
    size: int = 0

    @property
    def input(self) -> str:
        """The input as given to ``analyze`` and ``ingest`` (a path or a URL)."""
        return self.url or str(self.path)

    @property
    def label(self) -> str:
        """``kind/name #id``, for reports."""
        return f"{self.kind}/{self.name} #{self.id}"


@dataclass
class Corpus:
    """Real-looking paragraphs and titles to build articles from."""

    paras: list[str]
    titles: list[str]

    @classmethod
    def load(cls, samples: Path | None = None) -> Corpus:
        """Paragraphs of the sample articles (our own, fictional), or built-in sentences."""
        root = samples or REPO / "samples" / "articles" / "txt"
        paras: list[str] = []
        titles: list[str] = []
        for f in sorted(root.glob("*.txt")) if root.is_dir() else []:
            try:
                text = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            blocks = [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n\n")]
            blocks = [b for b in blocks if b]
            if blocks:
                titles.append(blocks[0][:200])
            paras += [b for b in blocks[1:] if len(b.split()) >= 12]
        if len(paras) < 10:
            paras = [" ".join(_FALLBACK[i : i + 3]) for i in range(len(_FALLBACK))]
            titles = ["Le port de Valmer sera rénové", "Eastbrook votes to rebuild its harbour wall"]
        return cls(paras, titles)

    def article(self, rng: random.Random, k: int | None = None) -> tuple[str, list[str]]:
        """A title and ``k`` (default: 1 or 2) paragraphs."""
        k = k or rng.choice([1, 1, 2])
        return rng.choice(self.titles), [rng.choice(self.paras) for _ in range(k)]

    def text(self, rng: random.Random, k: int | None = None) -> str:
        """A plain-text article."""
        title, paras = self.article(rng, k)
        return title + "\n\n" + "\n\n".join(paras) + "\n"

    def long_line(self, rng: random.Random, chars: int) -> str:
        """One line of real-looking sentences, ``chars`` long or a little more."""
        out: list[str] = []
        n = 0
        while n < chars:
            p = rng.choice(self.paras)
            out.append(p)
            n += len(p) + 1
        return " ".join(out)


def _html(title: str, paras: list[str], rng: random.Random) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    junk = rng.choice(
        [
            "",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<iframe src='javascript:alert(1)'></iframe>",
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
            "<style>p{color:red}</style><!-- comment",
            "<svg><script>alert(1)</script></svg>",
        ]
    )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"></head><body>{junk}'
        f"<article><h1>{title}</h1>\n{body}</article></body></html>"
    )


_ODD_VALUES: list[Any] = [
    12,
    1.5,
    True,
    None,
    [],
    ["x"],
    {},
    {"a": 1},
    "",
    "   ",
    "\ud800 lone surrogate",
    "not a date",
    "2024-13-45",
    "9999-99-99T99:99",
    -1,
    "x" * 3000,
]


_MUTATION_WEIGHTS = [1, 3, 2, 3, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1, 1, 2, 2, 2, 1, 1, 0.5, 0.5]


def _mutate_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One hostile change to a document's bytes; RETURNS (what, new bytes)."""
    text = data.decode("utf-8", "replace")
    # Changes that leave an analysable article weigh less than those that break it early.
    choice = rng.choices(range(22), _MUTATION_WEIGHTS)[0]
    if choice == 0:
        return "as-is", data
    if choice == 1:
        return "random-bytes", rng.randbytes(rng.randint(1, 4000))
    if choice == 2:
        return "cut-utf8", data[: rng.randint(1, max(1, len(data) - 1))]
    if choice == 3:
        pos = rng.randrange(len(data) + 1)
        return "nul-bytes", data[:pos] + b"\x00" * rng.randint(1, 20) + data[pos:]
    if choice == 4:
        return "utf16-bom", codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if choice == 5:
        return "utf16be-bom", codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    if choice == 6:
        return "utf32-bom", codecs.BOM_UTF32_LE + text.encode("utf-32-le")
    if choice == 7:
        return "utf16-no-bom", text.encode("utf-16-le")
    if choice == 8:
        return "cp1252", text.encode("cp1252", "replace")
    if choice == 9:
        return "utf8-bom-garbage", codecs.BOM_UTF8 + data + rng.randbytes(rng.randint(1, 50))
    if choice == 10:
        return "bom-wrong", codecs.BOM_UTF16_LE + data[: 1 + (len(data) // 2) * 2 - 1]
    if choice == 11:
        ctrl = "".join(chr(rng.choice([1, 2, 7, 8, 11, 12, 27, 127, 0x85, 0x2028, 0x202E])) for _ in range(50))
        pos = rng.randrange(len(text) + 1)
        return "control-chars", (text[:pos] + ctrl + text[pos:]).encode("utf-8")
    if choice == 12:
        return "crlf", text.replace("\n", "\r\n").encode("utf-8")
    if choice == 13:
        return "cr-only", text.replace("\n", "\r").encode("utf-8")
    if choice == 14:
        return "one-line", " ".join(text.split()).encode("utf-8")
    if choice == 15:
        return "empty", b""
    if choice == 16:
        return "whitespace", b" \n\t\r\n " * rng.randint(1, 50)
    if choice == 17:
        out = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            if out:
                out[rng.randrange(len(out))] = rng.randrange(256)
        return "flipped", bytes(out)
    if choice == 18:
        weird = "".join(
            chr(rng.choice([0x301, 0x200B, 0xFEFF, 0x202E, 0x1F600, 0xFFFD, 0x0627, 0x4E2D, 0x10FFFF, 0xE000]))
            for _ in range(rng.randint(10, 2000))
        )
        return "odd-unicode", (text + weird).encode("utf-8")
    if choice == 19:
        return "quotes", (text + "« " * 500 + '"' * 300 + "»" * 200).encode("utf-8")
    if choice == 20:
        return "many-lines", ("\n".join(rng.choice(["a", "Titre", "« x »", "©AFP", ""]) for _ in range(1500))).encode()
    return "repeated", (text * rng.randint(2, 4)).encode("utf-8")


def _text_case(corpus: Corpus, rng: random.Random) -> tuple[str, bytes]:
    r = rng.random()
    if r < 0.04:
        # One line longer than a parse piece (cut inside at sentence ends).
        return "long-line", (
            rng.choice(corpus.titles) + "\n\n" + corpus.long_line(rng, rng.randint(25_000, 60_000))
        ).encode()
    if r < 0.06:
        return "no-spaces", ("x" * rng.randint(30_000, 300_000)).encode()
    if r < 0.07:
        return "long-random-unicode", "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(100_000)).encode(
            "utf-8", "replace"
        )
    return _mutate_bytes(corpus.text(rng).encode("utf-8"), rng)


def _html_case(corpus: Corpus, rng: random.Random) -> tuple[str, bytes]:
    title, paras = corpus.article(rng)
    r = rng.random()
    if r < 0.02:
        depth = 50_000
        return "nested-divs", (
            "<html><body>" + "<div>" * depth + paras[0] + "</div>" * depth + "</body></html>"
        ).encode()
    if r < 0.04:
        return "long-paragraph", _html(title, [corpus.long_line(rng, rng.randint(25_000, 60_000))], rng).encode()
    if r < 0.08:
        return "unclosed", ("<html><body><p>" + "<p><b><i>".join(paras) + "<table><tr><td>" * 200).encode()
    if r < 0.11:
        return "charset-lie", _html(title, paras, rng).replace('charset="utf-8"', 'charset="klingon"').encode(
            "cp1252", "replace"
        )
    if r < 0.14:
        return "entities", (_html(title, paras, rng) + "&#0;&#xD800;&#x110000;&bogus;&amp" * 100).encode()
    name, data = _mutate_bytes(_html(title, paras, rng).encode("utf-8"), rng)
    return name, data


def _records(corpus: Corpus, rng: random.Random, n: int) -> tuple[str, list[Any]]:
    recs: list[Any] = []
    bad = "good"
    for i in range(n):
        title, paras = corpus.article(rng)
        rec: dict[str, Any] = {
            "id": f"r{rng.randrange(10**6)}-{i}",
            "url": f"https://fictional.example/{rng.randrange(10**9)}",
            "outlet": "La Gazette de Valmer",
            "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "title": title,
        }
        if rng.random() < 0.3:
            rec["html"] = _html(title, paras, rng)
        else:
            rec["text"] = "\n\n".join(paras)
        if rng.random() < 0.5:
            key = rng.choice(["text", "html", "title", "published", "url", "outlet", "language", "authors", "id"])
            rec[key] = rng.choice(_ODD_VALUES)
            bad = f"wrong-{key}"
        if rng.random() < 0.05:
            recs.append(rng.choice([12, "a string", None, [1, 2], True]))
            bad = "not-an-object"
        recs.append(rec)
    return bad, recs


def _json_case(corpus: Corpus, rng: random.Random, kind: str) -> tuple[str, bytes]:
    name, recs = _records(corpus, rng, rng.randint(1, 3))
    r = rng.random()
    if kind == "jsonl":
        lines = [json.dumps(r_) for r_ in recs]
        if r < 0.1:
            lines.insert(rng.randrange(len(lines) + 1), '{"text": "cut')
            name = "bad-line"
        elif r < 0.13:
            lines.append("[" * 100_000)
            name = "deep-nesting"
        data = ("\n".join(lines) + "\n").encode()
    else:
        value: Any = recs if len(recs) > 1 or rng.random() < 0.5 else recs[0]
        data = json.dumps(value).encode()
        if r < 0.1:
            data = data[: rng.randint(1, max(1, len(data) - 1))]
            name = "cut-json"
        elif r < 0.13:
            data = b"[" * 100_000 + b"]" * 100_000
            name = "deep-nesting"
        elif r < 0.16:
            data = b"NaN"
            name = "nan"
    if rng.random() < 0.15:
        m, data = _mutate_bytes(data, rng)
        name = f"{name}+{m}"
    return name, data


def _csv_case(corpus: Corpus, rng: random.Random) -> tuple[str, bytes]:
    name, recs = _records(corpus, rng, rng.randint(1, 3))
    buf = io.StringIO()
    w = csv.writer(buf)
    cols = ["id", "url", "outlet", "published", "title", "text", "html"]
    w.writerow(cols)
    for rec in recs:
        if isinstance(rec, dict):
            w.writerow([rec.get(c) if isinstance(rec.get(c), str) else json.dumps(rec.get(c)) for c in cols])
        else:
            w.writerow([json.dumps(rec)])
    data = buf.getvalue()
    r = rng.random()
    if r < 0.1:
        data = data.replace('"', "", 1) + '"unbalanced'
        name = "unbalanced-quote"
    elif r < 0.15:
        data = data[: len(data) // 2] + "\x00" + data[len(data) // 2 :]
        name = "nul-in-csv"
    elif r < 0.2:
        data = "\n".join(data.splitlines()[1:])
        name = "no-header"
    elif r < 0.23:
        data = ",".join(cols) + "\n"
        name = "header-only"
    elif r < 0.26:
        data = data.replace(",", ";")
        name = "wrong-delimiter"
    raw = data.encode("utf-8", "surrogatepass")  # a lone surrogate makes bytes no decoder reads
    if rng.random() < 0.15:
        m, raw = _mutate_bytes(raw, rng)
        name = f"{name}+{m}"
    return name, raw


def _warc_case(corpus: Corpus, rng: random.Random) -> tuple[str, bytes]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    gz = rng.random() < 0.5
    writer = WARCWriter(buf, gzip=gz)
    for i in range(rng.randint(1, 3)):
        title, paras = corpus.article(rng)
        status = rng.choice(["200 OK", "200 OK", "200 OK", "404 Not Found", "301 Moved"])
        ctype = rng.choice(["text/html; charset=utf-8", "text/html", "image/png", "text/html; charset=utf-16"])
        body = _html(title, paras, rng).encode("utf-8")
        if rng.random() < 0.2:
            _, body = _mutate_bytes(body, rng)
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        uri = f"https://fictional.example/w/{rng.randrange(10**9)}-{i}"
        rec_type = rng.choice(["response", "response", "resource", "request"])
        if rec_type == "response":
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
        elif rec_type == "request":
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "fictional.example")], is_http_request=True)
            record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=request)
        else:
            record = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(body), warc_content_type="text/html")
        writer.write_record(record)
    data = buf.getvalue()
    name = "warc.gz" if gz else "warc"
    r = rng.random()
    if r < 0.25:
        data = data[: rng.randint(1, max(1, len(data) - 1))]
        name += "-cut"
    elif r < 0.35:
        out = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        data = bytes(out)
        name += "-flipped"
    elif r < 0.4:
        data = rng.randbytes(rng.randint(0, 3000))
        name += "-random"
    elif r < 0.45:
        data += b"garbage after the last record\r\n" * 3
        name += "-trailing"
    return name, data


_RSS = """<?xml version="1.0" encoding="utf-8"?>{dtd}
<rss version="2.0"><channel><title>{outlet}</title><link>https://fictional.example/</link>{items}</channel></rss>"""
_ATOM = """<?xml version="1.0" encoding="utf-8"?>{dtd}
<feed xmlns="http://www.w3.org/2005/Atom"><title>{outlet}</title>{items}</feed>"""


def _feed_case(corpus: Corpus, rng: random.Random, kind: str) -> tuple[str, bytes]:
    items = []
    name = kind
    for i in range(rng.randint(1, 3)):
        title, paras = corpus.article(rng, rng.randint(1, 4))
        content = "".join(f"<p>{p}</p>" for p in paras)
        if rng.random() < 0.3:
            content = content[:80]  # a teaser
        date = rng.choice(["Tue, 03 Dec 2024 10:00:00 GMT", "2024-12-03T10:00:00Z", "yesterday", "", "2024-99-99"])
        link = f"https://fictional.example/f/{rng.randrange(10**9)}-{i}"
        if kind == "rss":
            items.append(
                f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                f"<description><![CDATA[{content}]]></description></item>"
            )
        else:
            items.append(
                f"<entry><title>{title}</title><link href='{link}'/><updated>{date}</updated>"
                f"<content type='html'><![CDATA[{content}]]></content></entry>"
            )
    dtd = ""
    if rng.random() < 0.08:
        dtd = (
            '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        )
        items.append("<item><title>&c;</title></item>" if kind == "rss" else "<entry><title>&c;</title></entry>")
        name += "-entities"
    data = (_RSS if kind == "rss" else _ATOM).format(dtd=dtd, outlet="Le Vigilant", items="".join(items)).encode()
    r = rng.random()
    if r < 0.2:
        data = data[: rng.randint(1, max(1, len(data) - 1))]
        name += "-cut"
    elif r < 0.3:
        m, data = _mutate_bytes(data, rng)
        name += f"+{m}"
    return name, data


# -- the loopback server ---------------------------------------------------------


@dataclass
class Reply:
    """What the test server answers on one path."""

    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    delay: float = 0.0


class FuzzServer:
    """A threaded HTTP server on 127.0.0.1 answering ``/c/<id>`` with hostile replies."""

    def __init__(self) -> None:
        self.replies: dict[str, Reply] = {}
        replies = self.replies

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                reply = replies.get(self.path.split("?")[0])
                if reply is None:
                    reply = Reply(404, [("Content-Type", "text/plain")], b"no such case")
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response_only(reply.status)
                    for k, v in reply.headers:
                        self.send_header(k, v)
                    if not any(k.lower() == "content-length" for k, _ in reply.headers):
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FuzzServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


_GZIP_BOMB: bytes | None = None
_TOO_LARGE: bytes | None = None


def _too_large() -> bytes:
    """A body over the 10 MB download cap (one object shared by every case that serves it)."""
    global _TOO_LARGE
    if _TOO_LARGE is None:
        _TOO_LARGE = b"<p>" + b"a" * 10_500_000
    return _TOO_LARGE


def _gzip_bomb() -> bytes:
    global _GZIP_BOMB
    if _GZIP_BOMB is None:
        _GZIP_BOMB = gzip.compress(b"<p>" + b"a" * 30_000_000, compresslevel=9)
    return _GZIP_BOMB


def _url_case(corpus: Corpus, rng: random.Random, server: FuzzServer, cid: int) -> tuple[str, str]:
    """Register a hostile reply (or a chain of redirects) on the server; RETURNS (name, url)."""
    path = f"/c/{cid}"
    title, paras = corpus.article(rng)
    page = _html(title, paras, rng).encode("utf-8")
    html = [("Content-Type", "text/html; charset=utf-8")]
    choice = rng.randrange(20)
    name = "ok-html"
    reply = Reply(200, html, page)
    if choice == 1:
        name, reply = (
            "text-plain-utf16",
            Reply(
                200,
                [("Content-Type", "text/plain; charset=utf-16")],
                codecs.BOM_UTF16_LE + corpus.text(rng).encode("utf-16-le"),
            ),
        )
    elif choice == 2:
        name, reply = "wrong-content-type", Reply(200, [("Content-Type", "image/png")], page)
    elif choice == 3:
        status = rng.choice([400, 403, 404, 410, 418, 500, 502, 503])
        name, reply = f"http-{status}", Reply(status, html, page)
    elif choice == 4:
        hops = rng.randint(1, 8)
        for h in range(hops):
            self_path = path if h == 0 else f"{path}/r{h}"
            self_next = f"{path}/r{h + 1}"
            server.replies[self_path] = Reply(rng.choice([301, 302, 303, 307, 308]), [("Location", self_next)])
        path_final = f"{path}/r{hops}"
        server.replies[path_final] = Reply(200, html, page)
        return f"redirects-{hops}", server.base + path
    elif choice == 5:
        name, reply = "redirect-loop", Reply(302, [("Location", path)])
    elif choice == 6:
        name, reply = "redirect-no-location", Reply(302, [])
    elif choice == 7:
        target = rng.choice(["http://127.0.0.1:1/closed", "ftp://fictional.example/x", "javascript:alert(1)", "//"])
        name, reply = "redirect-odd", Reply(301, [("Location", target)])
    elif choice == 8:
        name, reply = "too-large", Reply(200, html, _too_large())
    elif choice == 9:
        name, reply = "gzip-bomb", Reply(200, [*html, ("Content-Encoding", "gzip")], _gzip_bomb())
    elif choice == 10:
        name, reply = "bad-gzip", Reply(200, [*html, ("Content-Encoding", "gzip")], rng.randbytes(200))
    elif choice == 11:
        name, reply = "length-lie", Reply(200, [*html, ("Content-Length", str(len(page) + 500))], page)
    elif choice == 12:
        name, reply = "charset-lie", Reply(200, [("Content-Type", "text/html; charset=klingon")], page)
    elif choice == 13:
        _, feed = _feed_case(corpus, rng, rng.choice(["rss", "atom"]))
        name, reply = "feed", Reply(200, [("Content-Type", "application/rss+xml")], feed)
    elif choice == 14:
        name, reply = "empty-body", Reply(200, html, b"")
    elif choice == 15:
        name, reply = (
            "odd-headers",
            Reply(
                200, [("Content-Type", "text/html; charset=utf-8; boundary=" + "x" * 4000), ("X-Odd", "é\x7f")], page
            ),
        )
    elif choice == 16:
        name, reply = "slow", Reply(200, html, page, delay=0.3)
    elif choice == 17:
        m, body = _mutate_bytes(page, rng)
        name, reply = f"body-{m}", Reply(200, html, body)
    elif choice == 18:
        m, body = _mutate_bytes(corpus.text(rng).encode(), rng)
        name, reply = f"text-{m}", Reply(200, [("Content-Type", "text/plain")], body)
    server.replies[path] = reply
    return name, server.base + path


def _api_body(case: Case, data: bytes, rng: random.Random) -> dict[str, Any] | bytes:
    """The body of ``POST /api/analyze`` for a case (sometimes a malformed one)."""
    r = rng.random()
    if r < 0.04:
        return rng.choice(
            [
                {"text": 12},
                {"text": "x", "url": "http://127.0.0.1:1/"},
                {},
                {"html": ["x"]},
                {"text": "Un article.", "lang": "xx"},
                {"text": "Un article court.", "published": "not a date"},
                {"url": "file:///etc/passwd"},
                {"url": "http://127.0.0.1:1/closed"},
            ]
        )
    if r < 0.06:
        return rng.choice([b"", b"not json", b'{"text": "cut', b"[" * 50_000, data[:2000]])
    # JSON cannot carry bytes: undecodable ones become lone surrogates ("\udc80"), which JSON escapes.
    content = data.decode("utf-8", "surrogateescape")
    extra: dict[str, Any] = {}
    if rng.random() < 0.1:
        extra = {"title": rng.choice(["T", "\ud800", "x" * 1000]), "outlet": "Le Vigilant", "lang": "fr"}
    if case.kind == "html" and rng.random() < 0.7:
        return {"html": content, **extra}
    return {"text": content, **extra}


def generate(n: int, seed: int, folder: Path, server: FuzzServer, corpus: Corpus | None = None) -> list[Case]:
    """Write ``n`` hostile inputs under ``folder`` (URL ones on ``server``); RETURNS the cases."""
    rng = random.Random(seed)
    corpus = corpus or Corpus.load()
    kinds = ["txt", "html", "json", "jsonl", "csv", "warc", "rss", "atom", "url"]
    weights = [26, 20, 8, 8, 8, 7, 5, 5, 13]
    cases: list[Case] = []
    big = {x: BIG_CHARS[k % len(BIG_CHARS)] for k, x in enumerate(range(BIG_EVERY // 2, n, BIG_EVERY))}
    for i in range(n):
        kind = rng.choices(kinds, weights)[0]
        case = Case(i, kind, "")
        data = b""
        if i in big:
            case.kind, case.name = "txt", "big-one-line"
            data = (rng.choice(corpus.titles) + "\n\n" + corpus.long_line(rng, big[i])).encode("utf-8")
        elif kind == "url":
            case.name, case.url = _url_case(corpus, rng, server, i)
            case.api = {"url": case.url}
            cases.append(case)
            continue
        elif kind == "txt":
            case.name, data = _text_case(corpus, rng)
        elif kind == "html":
            case.name, data = _html_case(corpus, rng)
        elif kind in ("json", "jsonl"):
            case.name, data = _json_case(corpus, rng, kind)
        elif kind == "csv":
            case.name, data = _csv_case(corpus, rng)
        elif kind == "warc":
            case.name, data = _warc_case(corpus, rng)
        else:
            case.name, data = _feed_case(corpus, rng, kind)
        suffix = {"warc": ".warc.gz" if case.name.startswith("warc.gz") else ".warc", "atom": ".atom"}.get(
            case.kind, f".{case.kind}"
        )
        case.path = folder / f"{i:05d}-{case.name.replace('+', '_').replace('/', '_')[:40]}{suffix}"
        case.path.write_bytes(data)
        case.size = len(data)
        case.api = _api_body(case, data, rng)
        cases.append(case)
    return cases


# -- running the paths -----------------------------------------------------------


@dataclass
class PathStats:
    """Counts of one path."""

    name: str
    inputs: int = 0
    outcomes: int = 0
    analyses: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    unaccounted: list[str] = field(default_factory=list)
    internal: list[str] = field(default_factory=list)
    unnamed: int = 0  # errors that name no input
    tracebacks: list[str] = field(default_factory=list)
    seconds: float = 0.0
    slowest: tuple[float, str] = (0.0, "")
    by_name: Counter[str] = field(default_factory=Counter)  # seconds per kind/name of input
    peak_rss_mb: float = 0.0
    high_rss_mb: float = 0.0  # the highest resident size seen after an input so far
    rises: list[tuple[float, float, str]] = field(default_factory=list)  # (MB added to the high mark, new mark, input)

    def time(self, seconds: float, label: str, name: str | None = None, *, rss: bool = True) -> None:
        """Record one input's time (and, with ``rss``, the resident size just after it)."""
        if seconds > self.slowest[0]:
            self.slowest = (seconds, label)
        if name:
            self.by_name[name] += seconds
        if rss:
            self.mark_rss(label)

    def mark_rss(self, label: str) -> None:
        """Note whether the process's resident size passed its high mark after the input ``label``."""
        rss = rss_mb()
        if rss > self.high_rss_mb:
            if self.high_rss_mb:
                self.rises.append((rss - self.high_rss_mb, rss, label))
                self.rises = sorted(self.rises, reverse=True)[:5]
            self.high_rss_mb = rss


class _Tracebacks(logging.Handler):
    """Collects log records that carry a traceback or are errors."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or "Traceback (most recent call last)" in record.getMessage():
            self.found.append(f"{record.name}: {record.getMessage()[:200]}")


@contextlib.contextmanager
def _watch(stats: PathStats) -> Iterator[None]:
    """Count tracebacks printed on stderr or logged while a path runs."""
    handler = _Tracebacks()
    root = logging.getLogger()
    root.addHandler(handler)
    buf = io.StringIO()
    t0 = time.perf_counter()
    try:
        with contextlib.redirect_stderr(buf):
            yield
    except Exception as err:  # escaped the path: every input after it is lost
        import traceback

        stats.tracebacks.append("".join(traceback.format_exception(err))[-2000:])
    finally:
        stats.seconds = time.perf_counter() - t0
        root.removeHandler(handler)
        stats.tracebacks += handler.found
        printed = buf.getvalue()
        stats.tracebacks += ["printed: " + p[:300] for p in printed.split("Traceback (most recent call last)")[1:]]


def _progress(name: str, done: int, total: int, t0: float) -> None:
    """A progress line on standard output every tenth of the inputs (a long run shows where it is)."""
    step = max(1, total // 10)
    if done % step == 0 or done == total:
        print(f"  {name}: {done}/{total} inputs, {time.perf_counter() - t0:.0f} s", flush=True)


def _owner(source: str, inputs: dict[str, Case]) -> Case | None:
    case = inputs.get(source)
    if case is None:
        case = inputs.get(source.partition("#")[0])
    return case


def _analysis_failures(failures: list[Any]) -> list[str]:
    """One line per typed analyzer failure of an analysis (model objects or their JSON dicts)."""
    out = []
    for f in failures:
        d = f if isinstance(f, dict) else f.model_dump()
        out.append(f"analyzer {d['analyzer']!r} failed ({d['code']}): {d['message']}")
    return out


def run_analyze(cases: list[Case]) -> PathStats:
    """All inputs in one :func:`analyze_many` stream."""
    from newsloupe.pipeline import analyze_many

    stats = PathStats("analyze", inputs=len(cases))
    inputs = {c.input: c for c in cases}
    seen: Counter[int] = Counter()
    with _watch(stats):
        t = t_start = time.perf_counter()
        for out in analyze_many([c.input for c in cases], allow_private=True):
            now = time.perf_counter()
            case = _owner(out.source, inputs)
            label = case.label if case else out.source
            stats.time(now - t, label, f"{case.kind}/{case.name}" if case else None)
            t = now
            stats.outcomes += 1
            if case is not None:
                seen[case.id] += 1
                if seen[case.id] == 1:
                    _progress("analyze", len(seen), len(cases), t_start)
            if out.analysis is not None:
                stats.analyses += 1
                stats.internal += [f"{label}: {n}" for n in _analysis_failures(out.analysis.failures)]
            else:
                err = out.error
                code = err.code if err is not None else "none"
                stats.errors[code] += 1
                if err is None or not (err.input or out.source):
                    stats.unnamed += 1
                if code == E_INTERNAL:
                    stats.internal.append(f"{label}: {err}")
    stats.unaccounted = [c.label for c in cases if not seen[c.id]]
    return stats


def run_ingest(cases: list[Case], db: Path) -> PathStats:
    """``ingest`` every input into a new store, then ``run`` (in-process worker)."""
    from newsloupe.batch import run
    from newsloupe.batch.worker import pipeline_version
    from newsloupe.store import Store
    from newsloupe.store.ingest import ingest

    stats = PathStats("ingest", inputs=len(cases))
    inputs = {c.input: c for c in cases}
    seen: Counter[int] = Counter()
    run_times: list[tuple[float, int]] = []
    with _watch(stats), Store(db, create=True) as store:
        clock = [time.perf_counter()]
        t_start = clock[0]

        def on_item(item: Any, status: str) -> None:
            now = time.perf_counter()
            case = _owner(item.source, inputs)
            stats.time(
                now - clock[0],
                f"{case.label if case else item.source} (ingest)",
                f"{case.kind}/{case.name}" if case else None,
            )
            clock[0] = now
            if case is not None:
                seen[case.id] += 1
                if seen[case.id] == 1:
                    _progress("ingest", len(seen), len(cases), t_start)
            if item.error is not None:
                stats.outcomes += 1
                stats.errors[item.error.code] += 1
                if not (item.error.input or item.source):
                    stats.unnamed += 1
                if item.error.code == E_INTERNAL:
                    stats.internal.append(f"{item.source}: {item.error}")

        ingest(store, [c.input for c in cases], allow_private=True, on_item=on_item)

        def on_result(result: dict[str, Any]) -> None:
            run_times.append((float(result.get("seconds") or 0.0), int(result["article_id"])))
            stats.mark_rss(f"stored article {result['article_id']} (run)")
            _progress("run", len(run_times), todo[0], t_start)

        todo = [0]

        report = run(store, workers=0, on_plan=lambda k: todo.__setitem__(0, k), on_result=on_result)
        version = pipeline_version()
        conn = store.conn
        rows = conn.execute(
            "SELECT a.id, a.input, o.status, o.code, o.reason FROM articles a "
            "LEFT JOIN outcomes o ON o.article_id = a.id AND o.pipeline_version = ?",
            (version,),
        ).fetchall()
        where = {aid: inp for aid, inp, *_ in rows}
        for aid, inp, status, code, reason in rows:
            stats.outcomes += 1
            if status is None:
                stats.unaccounted.append(f"stored article {aid} ({inp}) has no outcome")
            elif status in ("ok", "analyzer-error"):
                stats.analyses += 1
                if status == "analyzer-error":
                    failed = conn.execute(
                        "SELECT analyzer, code, message FROM analyzer_failures"
                        " WHERE article_id = ? AND pipeline_version = ?",
                        (aid, version),
                    ).fetchall()
                    stats.internal += [
                        f"{inp}: {line}"
                        for line in _analysis_failures(
                            [dict(zip(("analyzer", "code", "message"), r, strict=True)) for r in failed]
                        )
                    ] or [f"{inp}: {reason}"]
            else:
                stats.errors[code or status] += 1
                if code == E_INTERNAL or status in ("worker-crash", "internal-error"):
                    stats.internal.append(f"{inp}: {status}: {reason}")
        for seconds, aid in run_times:
            case = _owner(where.get(aid) or "", inputs)
            label = f"{case.label if case else where.get(aid)} (run)"
            stats.time(seconds, label, f"{case.kind}/{case.name}" if case else None, rss=False)
            stats.rises = [(d, m, label if x == f"stored article {aid} (run)" else x) for d, m, x in stats.rises]
        if report.done != report.todo:
            stats.unaccounted.append(f"the run committed {report.done} outcomes for {report.todo} articles")
    stats.unaccounted += [c.label for c in cases if not seen[c.id]]
    return stats


def run_api(cases: list[Case], db: Path) -> PathStats:
    """``POST /api/analyze`` each case's body on the in-process web app."""
    import httpx
    from anyio.from_thread import start_blocking_portal

    from newsloupe.web import Settings, create_app

    stats = PathStats("api", inputs=len(cases))
    settings = Settings.load(environ={}, db=str(db), workers=0, allow_private=True)
    app = create_app(settings)
    with _watch(stats), start_blocking_portal() as portal:
        life = portal.wrap_async_context_manager(app.router.lifespan_context(app))
        with life:
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            client = httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=600)
            try:
                t_start = time.perf_counter()
                for k, case in enumerate(cases, start=1):
                    _progress("api", k, len(cases), t_start)
                    body = case.api if case.api is not None else {}
                    kw: dict[str, Any] = (
                        {"content": body, "headers": {"content-type": "application/json"}}
                        if isinstance(body, bytes)
                        else {"content": json.dumps(body).encode(), "headers": {"content-type": "application/json"}}
                    )
                    t = time.perf_counter()
                    resp = portal.call(lambda kw=kw: client.post("/api/analyze", **kw))
                    stats.time(time.perf_counter() - t, f"{case.label} (api)", f"{case.kind}/{case.name}")
                    _classify(resp, case, stats)
            finally:
                portal.call(client.aclose)
    return stats


def _classify(resp: Any, case: Case, stats: PathStats) -> None:
    stats.outcomes += 1
    try:
        doc = resp.json()
    except ValueError:
        doc = None
    if not isinstance(doc, dict):
        stats.unaccounted.append(f"{case.label}: HTTP {resp.status_code} without a JSON body")
        return
    if resp.status_code in (200, 201) and doc.get("ok") and isinstance(doc.get("analysis"), dict):
        stats.analyses += 1
        stats.internal += [f"{case.label}: {n}" for n in _analysis_failures(doc["analysis"].get("failures") or [])]
        return
    errs = doc.get("errors")
    if (
        doc.get("ok") is False
        and isinstance(errs, list)
        and errs
        and all(isinstance(e, dict) and e.get("code") for e in errs)
    ):
        code = errs[0]["code"]
        stats.errors[code] += 1
        if code == E_INTERNAL or (resp.status_code >= 500 and "internal error" in str(doc.get("error"))):
            stats.internal.append(f"{case.label}: HTTP {resp.status_code}: {doc.get('error')}")
        return
    stats.unaccounted.append(f"{case.label}: HTTP {resp.status_code} with neither an analysis nor an error")


# -- report ----------------------------------------------------------------------


def rss_mb() -> float:
    """Resident set size of this process now, in MB (0 where /proc is absent)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * resource.getpagesize() / 2**20


def peak_rss_mb() -> float:
    """Peak resident set size of this process (and of any children), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def run_path(path: str, cases: list[Case], db: Path) -> PathStats:
    """Run one path over the cases (in this process); RETURNS its counts, with this process's peak RSS."""
    from newsloupe.batch.worker import warm_up

    for f in db.parent.glob(f"{db.name}*"):
        f.unlink()
    warm_up()  # models loaded before the clock runs: the first input's time is its own
    if path == "analyze":
        stats = run_analyze(cases)
    elif path == "ingest":
        stats = run_ingest(cases, db)
    elif path == "api":
        stats = run_api(cases, db)
    else:
        raise ValueError(f"unknown path {path!r}; paths: {', '.join(PATHS)}")
    stats.peak_rss_mb = peak_rss_mb()
    return stats


def fuzz(
    n: int = 10_000,
    seed: int = 13,
    *,
    paths: tuple[str, ...] = PATHS,
    keep: Path | None = None,
    jobs: int = 1,
    out: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Generate ``n`` hostile inputs and run them through ``paths``.

    n (int): inputs to generate.
    seed (int): the generator's seed (the same seed makes the same inputs).
    paths (tuple[str, ...]): some of ``analyze``, ``ingest``, ``api``.
    keep (Path | None): write the inputs and stores here and keep them (default: a temporary folder).
    jobs (int): paths run at once, each in its own process (1: one after the other, in this process).
    out: where the report lines go.
    RETURNS (dict): per-path counts, totals, ``peak_rss_mb`` (of the largest process), ``slowest``.
    """
    unknown = [p for p in paths if p not in PATHS]
    if unknown:
        raise ValueError(f"unknown path(s) {unknown}; paths: {', '.join(PATHS)}")
    folder = Path(tempfile.mkdtemp(prefix="newsloupe-fuzz-")) if keep is None else keep
    folder.mkdir(parents=True, exist_ok=True)
    inputs_dir = folder / "inputs"
    if inputs_dir.exists():
        shutil.rmtree(inputs_dir)
    inputs_dir.mkdir()
    results: dict[str, PathStats] = {}
    t0 = time.perf_counter()
    try:
        with FuzzServer() as server:
            cases = generate(n, seed, inputs_dir, server)
            kinds = Counter(c.kind for c in cases)
            out(
                f"{len(cases)} hostile inputs (seed {seed}): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            )
            out(f"generated in {time.perf_counter() - t0:.1f} s; loopback server {server.base}")
            if jobs <= 1 or len(paths) == 1:
                for p in paths:
                    results[p] = run_path(p, cases, folder / f"{p}.db")
                    out(_line(results[p]))
            else:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor, as_completed

                ctx = multiprocessing.get_context("spawn")
                with ProcessPoolExecutor(max_workers=min(jobs, len(paths)), mp_context=ctx) as pool:
                    futures = {pool.submit(run_path, p, cases, folder / f"{p}.db"): p for p in paths}
                    for f in as_completed(futures):
                        p = futures[f]
                        try:
                            results[p] = f.result()
                        except Exception as err:  # the path's process died: count it, never hide it
                            results[p] = PathStats(p, inputs=len(cases), tracebacks=[f"{type(err).__name__}: {err}"])
                            results[p].unaccounted = [c.label for c in cases]
                        out(_line(results[p]))
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return _summary({p: results[p] for p in paths if p in results}, time.perf_counter() - t0, out)


def _line(s: PathStats) -> str:
    codes = ", ".join(f"{c} {k}" for c, k in sorted(s.errors.items()))
    return (
        f"{s.name:8s} {s.inputs} inputs -> {s.outcomes} outcomes: {s.analyses} analyses, "
        f"{sum(s.errors.values())} errors ({codes}); unaccounted {len(s.unaccounted)}, internal {len(s.internal)}, "
        f"unnamed {s.unnamed}, tracebacks {len(s.tracebacks)}; {s.seconds:.0f} s, peak RSS {s.peak_rss_mb:.0f} MB, "
        f"slowest {s.slowest[0]:.1f} s ({s.slowest[1]})"
    )


def _summary(results: dict[str, PathStats], seconds: float, out: Callable[[str], None]) -> dict[str, Any]:
    slowest = max((s.slowest for s in results.values()), default=(0.0, ""))
    totals = {
        "inputs": sum(s.inputs for s in results.values()),
        "outcomes": sum(s.outcomes for s in results.values()),
        "analyses": sum(s.analyses for s in results.values()),
        "errors": dict(sum((s.errors for s in results.values()), Counter())),
        "unaccounted": sum(len(s.unaccounted) for s in results.values()),
        "internal": sum(len(s.internal) for s in results.values()),
        "unnamed": sum(s.unnamed for s in results.values()),
        "tracebacks": sum(len(s.tracebacks) for s in results.values()),
    }
    summary = {
        "paths": {
            k: {
                "inputs": s.inputs,
                "outcomes": s.outcomes,
                "analyses": s.analyses,
                "errors": dict(s.errors),
                "unaccounted": s.unaccounted,
                "internal": s.internal,
                "unnamed": s.unnamed,
                "tracebacks": s.tracebacks,
                "seconds": round(s.seconds, 1),
                "slowest": [round(s.slowest[0], 2), s.slowest[1]],
            }
            for k, s in results.items()
        },
        **totals,
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(max([peak_rss_mb(), *(s.peak_rss_mb for s in results.values())])),
        "slowest": [round(slowest[0], 2), slowest[1]],
    }
    for s in results.values():
        top = ", ".join(f"{k} {v:.0f} s" for k, v in s.by_name.most_common(6))
        out(f"  {s.name} time by input kind: {top}")
        if s.rises:
            rises = "; ".join(f"+{d:.0f} MB to {m:.0f} MB after {label}" for d, m, label in s.rises)
            out(f"  {s.name} largest rises of the resident size: {rises}")
        for what, items in (("unaccounted", s.unaccounted), ("internal", s.internal), ("traceback", s.tracebacks)):
            for x in items[:10]:
                out(f"  {s.name} {what}: {x}")
    out(
        f"total: {totals['inputs']} inputs through {len(results)} path(s), {totals['analyses']} analyses, "
        f"{sum(totals['errors'].values())} errors; unaccounted {totals['unaccounted']}, internal errors "
        f"{totals['internal']}, tracebacks {totals['tracebacks']}, errors naming no input {totals['unnamed']}"
    )
    out(f"peak RSS {summary['peak_rss_mb']} MB; slowest input {slowest[0]:.1f} s ({slowest[1]}); wall {seconds:.0f} s")
    return summary


def main(
    n: int = 10_000, seed: int = 13, paths: tuple[str, ...] = PATHS, keep: Path | None = None, jobs: int = 3
) -> int:
    """Run the fuzz and print the report; RETURNS 0 when nothing was lost, no internal error, no traceback."""
    summary = fuzz(n, seed, paths=paths, keep=keep, jobs=jobs, out=lambda s: print(s, flush=True))
    bad = summary["unaccounted"] + summary["internal"] + summary["tracebacks"] + summary["unnamed"]
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
