"""Plain-text articles: decode bytes exactly, then find the layout.

The text is kept as decoded (CRLF, non-breaking spaces and all), so every
offset refers to the input. Layout is inferred line by line: a short leading
logo/outlet line, the title, photo-caption lines (with their credit), byline
and date lines, share buttons, a trailing "SOURCE: …" line; everything else
is body. The patterns live in ``lang/common/layout.json``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from newsloupe import errors
from newsloupe.errors import BadInput
from newsloupe.ingest.captions import find_credit, looks_like_caption
from newsloupe.lang import load_common
from newsloupe.model import Article, ParagraphRole, Span, SpanGroups, make_caption, make_paragraph

MAX_TITLE_CHARS = 250
KICKER_MAX_WORDS = 4  # a long headline ending with a full stop is one only after a kicker this short and a colon
MAX_CAPTION_CHARS = 400


# UTF-16/32 byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode an article file: by its byte-order mark, else UTF-8, else the best legacy guess.

    French files in cp1252/latin-1 are common; charset-normalizer picks the
    encoding when UTF-8 fails. Binary data and undecodable bytes raise
    :class:`BadInput` naming the input.

    data (bytes): the raw file content.
    source (str): the input's name, for error messages.
    RETURNS (str): the decoded text (a byte-order mark, UTF-8, UTF-16 or UTF-32, is dropped).
    """
    if not data.strip():
        raise BadInput("the input is empty", input=source, code=errors.E_EMPTY)
    text: str | None = None
    data = data.removeprefix(b"\xef\xbb\xbf")
    marks = [(mark, encoding) for mark, encoding in _BOMS if data.startswith(mark)]
    for mark, encoding in marks:
        try:
            text = data[len(mark) :].decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if marks and text is None:
        raise BadInput(
            f"the input starts with a {marks[-1][1].upper()} byte-order mark but its bytes are not in that encoding",
            input=source,
            code=errors.E_DECODE,
        )
    if text is None and b"\x00" in data[:8192]:
        text = _utf16_without_mark(data)
    if text is None and b"\x00" in data[:8192]:
        raise BadInput("the input looks binary (NUL bytes), not text", input=source, code=errors.E_BINARY, key="binary")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data, source)
    refuse_binary_text(text, source=source)
    if not text.strip():
        raise BadInput("the input is empty", input=source, code=errors.E_EMPTY)
    return text


def refuse_binary_text(text: str, *, source: str) -> None:
    """Raise BadInput when decoded text is binary data (NUL bytes or many control characters): the file reader
    and ``analyze(text=...)`` refuse the same inputs."""
    if "\x00" in text[:8192]:
        raise BadInput("the input looks binary (NUL bytes), not text", input=source, code=errors.E_BINARY, key="binary")
    if _control_ratio(text) > 0.05:
        raise BadInput(
            "the input looks binary (control characters), not text", input=source, code=errors.E_BINARY, key="binary"
        )


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 text with no byte-order mark (a common Windows export), told by where its NUL bytes fall: in
    little-endian text the high byte of every ASCII character (Latin letters, or the spaces and digits of
    Cyrillic text) is NUL, every odd byte, in big-endian every even one; binary data has NUL bytes at both.
    None when the data is no such text."""
    head = data[: 8192 - (len(data[:8192]) % 2)]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.1 * len(zeros) and others.count(0) <= 0.01 * len(others):
            try:
                text = data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if _control_ratio(text) <= 0.05 else None
    return None


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def unescape_entities(text: str) -> str:
    """A plain text's HTML character references decoded (« d&rsquo;après » -> « d’après »): a text file saved from
    a web page keeps them, and a reader never wants them shown. A name no entity has stays as written. Only an
    article's plain text goes through it (``ingest.article_from_bytes``), not a JSON, JSON Lines or CSV file, whose
    own syntax an unescaped « &quot; » would break."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _decode_legacy(data: bytes, source: str) -> str:
    # Western European text (French first) in cp1252/latin-1 is the common case and
    # statistical detectors often mistake it for a Baltic or DOS code page, so cp1252
    # is tried first and kept when the result reads as Latin text; other legacy
    # encodings (cp1251 Russian, cp1250 Polish) go to charset-normalizer.
    try:
        text = data.decode("cp1252")
        if _plausible_latin(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    readable: list[str] = []
    for match in from_bytes(data[:500_000]):
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_ratio(text) <= 0.05:
            if not _foreign_letters(text):
                return text
            readable.append(text)
    if readable:  # no guess reads as a language of ours: the detector's first
        return readable[0]
    raise BadInput("the bytes are not text in any known encoding", input=source, code=errors.E_DECODE)


def _foreign_letters(text: str) -> int:
    """How many letters of ``text`` (a sample) are neither ASCII, Cyrillic nor ``legacy_letters`` of
    lang/common/layout.json: a legacy decoding that gives them read the bytes in another language's code page."""
    known = set(load_common("layout").get("legacy_letters", ""))
    return sum(
        1 for c in text[:50_000] if ord(c) > 127 and c.isalpha() and c not in known and not "\u0400" <= c <= "\u04ff"
    )


_TYPOGRAPHY = set("«»‘’“”–—…°€£§\u00a0·•")


def _plausible_latin(text: str) -> bool:
    """Does this decoding read as a Latin-script language (few, letter-only non-ASCII characters)?"""
    sample = text[:50_000]
    non_ascii = [c for c in sample if ord(c) > 127]
    if not non_ascii:
        return True
    odd = sum(1 for c in non_ascii if not c.isalpha() and c not in _TYPOGRAPHY)
    letters = sum(1 for c in sample if c.isalpha()) or 1
    accented = sum(1 for c in non_ascii if c.isalpha())
    return odd <= max(1, len(non_ascii) // 100) and accented / letters < 0.3


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in "\n\r\t\f\v")
    return bad / len(sample)


@dataclass
class _Line:
    start: int
    end: int
    line: int
    text: str


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with their offsets (surrounding whitespace and CR excluded)."""
    out = []
    pos = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            out.append(_Line(start, start + len(stripped), number, stripped))
        pos += len(raw) + 1
    return out


@lru_cache(maxsize=1)
def _layout_patterns() -> dict[str, object]:
    data = load_common("layout")
    flags = re.IGNORECASE
    return {
        "boilerplate": [re.compile(p, flags) for p in data["boilerplate"]],
        "form": [re.compile(p, flags) for p in data["form"]],
        "closing": [re.compile(p, flags) for p in data.get("closing", [])],
        "wire_credit": re.compile(data["wire_credit"], flags),
        "source": re.compile(data["source"], flags),
        "byline": re.compile(data["byline"]),
        "published": re.compile(data["published"].replace("{time}", data["published_time"]), flags),
        "credit": re.compile(data["credit"], flags),
        "tagline": re.compile(data["tagline"]),
        "dateline_agency": re.compile(data["dateline_agency"]),
        "tagline_min_capitals": int(data.get("tagline_min_capitals", 2)),
        "sep": re.compile(data["author_separators"]),
    }


def _is_boilerplate(s: str) -> bool:
    pats = _layout_patterns()["boilerplate"]
    assert isinstance(pats, list)
    return any(p.match(s) for p in pats) or is_form_line(s) or is_closing_line(s)


def is_closing_line(s: str) -> bool:
    """Is this line the site's closing furniture ("Follow X on Facebook", a letters-to-the-editor invitation)?

    The patterns are ``lang/common/layout.json``'s ``closing``.
    """
    pats = _layout_patterns()["closing"]
    assert isinstance(pats, list)
    return any(p.match(s.strip()) for p in pats)


def wire_credit(s: str) -> bool:
    """Is this line a wire's credit ("(Reporting by A; Editing by B)"), ``layout.json``'s ``wire_credit``?"""
    pat = _layout_patterns()["wire_credit"]
    assert isinstance(pat, re.Pattern)
    return len(s) <= 500 and bool(pat.match(s.strip()))


def is_form_line(s: str) -> bool:
    """Is this line a web form's furniture (a poll's invitation, question and options, a field, a consent line)?

    The patterns are ``lang/common/layout.json``'s ``form``: such a line is page furniture, not the article's
    voice (no assertion, claim or story evidence).
    """
    pats = _layout_patterns()["form"]
    assert isinstance(pats, list)
    return any(p.match(s.strip()) for p in pats)


def _is_meta_line(s: str) -> bool:
    """A leading line: logo text, outlet name, section ("TV", "HORIZON LIBRE", "THE X | OPINION")."""
    words = s.split()
    if s.isupper() and len(s) <= 80:
        # (a headline in capitals is no logo: "THE X | OPINION" counts its first part)
        first = re.split(r"\s+[|—–-]\s+|\s*[|•]\s*", s.strip())[0]
        return len(first.split()) <= int(load_common("layout").get("logo_max_words", 5))
    # (a comma makes a clause: "Reform yes, but open" is a headline, no outlet's name)
    return len(words) <= 4 and len(s) <= 40 and not s.endswith((".", "!", "?", ":", "»", '"')) and "," not in s


def _standfirst(s: str) -> bool:
    """Whether a line reads as a sentence (a standfirst under a headline), no title: it ends with one full stop."""
    return s.endswith(".") and not s.endswith("..") and len(s.split()) >= 3


def site_name(url: str | None) -> str | None:
    """An outlet's name from a URL: a well-known site's (``site_names`` in lang/common/html.json:
    "https://www.nytimes.com/…" -> "The New York Times"), else the bare domain ("newsnation.in"); None without
    a host or when the URL cannot be read."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # ("https://[bad": an unclosed IPv6 bracket)
        return None
    host = re.sub(r"^(?:www\d?|m|amp|edition)\.", "", host.lower())
    if "." not in host:
        return None
    names = load_common("html").get("site_names", {})
    parts = host.split(".")
    for k in range(len(parts) - 1):  # ("edition.cnn.com", "eu.usatoday.com": the site's own domain)
        if (name := names.get(".".join(parts[k:]))) is not None:
            return str(name)
    return host


def outlet_name(value: str) -> str | None:
    """An outlet name from a logo or source line: its first part, all-caps turned to title case."""
    if re.match(r"(?i)\s*(?:https?://|www\.)\S+\s*$", value):  # a URL: its site's name or domain
        return site_name(value.strip())
    value = re.split(r"\s+[|—–-]\s+|\s*[|•]\s*", value.strip(" .:-"))[0].strip()
    if len(value) < 4:
        return None
    if value.isupper():
        data = load_common("layout")
        acronyms, small = set(data["outlet_acronyms"]), set(data["outlet_small_words"])

        def word(i: int, w: str) -> str:
            if w in acronyms or not re.search(r"[AEIOUYÀ-ÖØ-ÝАЕЁИОУЫЭЮЯ]", w):
                return w
            if i > 0 and w.lower() in small:
                return w.lower()
            return re.sub(r"(^|['’])(\w)(\w*)", lambda m: m.group(1) + m.group(2).upper() + m.group(3).lower(), w)

        value = " ".join(word(i, w) for i, w in enumerate(value.split()))
    return value


def _looks_like_title(s: str) -> bool:
    """A headline's length, and no long sentence ended by a full stop unless it reads "Topic: the headline." (a
    headline with a kicker before a colon and one sentence after it)."""
    if not 3 <= len(s) <= MAX_TITLE_CHARS:
        return False
    kicker = s.split(": ", 1)[0] if ": " in s else None  # "Between story and spin: …" (a lead's "said: …" is none)
    return not (s.endswith(".") and len(s) > 80) or (
        kicker is not None and len(kicker.split()) <= KICKER_MAX_WORDS and not _two_sentences(s)
    )


_SENTENCE_BREAK = re.compile(r"(\w{2,})[.!?…]\s+(\w)")


def _reads_as_paragraph(s: str) -> bool:
    """Whether a line longer than a headline reads as a paragraph: a lower-case word ends a sentence and a capital
    opens the next ("… pracopodobne. Radio w tle …"). The line after a logo is a title, never that."""
    return len(s) > 160 and _two_sentences(s)


def _two_sentences(s: str) -> bool:
    """Whether a line holds two sentences: a lower-case word ends one and a capital opens the next ("A ban or the
    end. The choice is yours")."""
    return any(m.group(1).islower() and m.group(2).isupper() for m in _SENTENCE_BREAK.finditer(s))


def _tagline(s: str, nxt: str) -> bool:
    """Whether a first line is a site's tagline (``tagline`` in lang/common/layout.json: "Dorvane's Harbour
    Voice."): at least ``tagline_min_capitals`` capitalised words, and the next line looks like a title."""
    if not _layout_patterns()["tagline"].match(s):  # type: ignore[union-attr]
        return False
    capitals = sum(w[:1].isupper() for w in s.split())
    return capitals >= _layout_patterns()["tagline_min_capitals"] and _looks_like_title(nxt)  # type: ignore[operator]


def parse_text(text: str, *, article_id: str, source: str | None = None) -> Article:
    """Find the layout of a plain-text article; ``text`` is kept as it is.

    text (str): the decoded article.
    article_id (str): the article id (the file stem for files).
    source (str | None): where it was read from.
    RETURNS (Article): the article with paragraphs, title, captions, source line.
    """
    pats = _layout_patterns()
    lines = _lines(text)
    if not lines:
        raise BadInput("the input has no text", input=source or article_id, code=errors.E_EMPTY)
    roles: list[ParagraphRole] = ["body"] * len(lines)
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = []
    published: str | None = None

    # Trailing zone: share buttons, source line, copyright.
    i = len(lines) - 1
    while i > 0:
        s = lines[i].text
        src = pats["source"].match(s)  # type: ignore[union-attr]
        if src:
            roles[i] = "source"
            outlet = outlet or outlet_name(src.group("outlet"))
        elif _is_boilerplate(s):
            roles[i] = "boilerplate"
        elif wire_credit(s):
            roles[i] = "meta"  # "(Reporting by A; Editing by B)": who wrote and edited, no sentence of the article
        else:
            break
        i -= 1
    last_body = i

    # Leading zone: logo/outlet lines, title, captions, bylines, date lines.
    j = 0
    logo: str | None = None
    while j < last_body and _is_meta_line(lines[j].text) and len(lines) > 2:
        nxt = lines[j + 1].text
        if not _looks_like_title(nxt) or looks_like_caption(lines[j].text):
            break
        if _reads_as_paragraph(nxt) and not pats["byline"].match(lines[j].text):  # type: ignore[union-attr]
            break  # a headline over the article's first paragraph: no logo ("Studium …" is no outlet's name)
        if _standfirst(nxt) and not pats["byline"].match(lines[j].text):  # type: ignore[union-attr]
            break  # a headline over its standfirst ("PUTIN MEETS TWO ENVOYS" / "A quiet week in Moscow."): no logo
        if lines[j].text.isupper() and len(lines[j].text.split()) >= 4 and _two_sentences(nxt):
            break  # a kicker in capitals over a standfirst of two sentences ("TIME FOR NEW SOUPS" / "…. …"): no logo
        roles[j] = "meta"
        if m := pats["byline"].match(lines[j].text):  # type: ignore[union-attr]
            authors = _split_authors(m.group("authors"))
        elif logo is None:
            logo = lines[j].text
        j += 1
    if j == 0 and j < last_body and _tagline(lines[j].text, lines[j + 1].text):
        roles[j] = "meta"  # a site's tagline ("Europe's Harbour Voice."), no headline
        j += 1
    is_title = j <= last_body and _looks_like_title(lines[j].text) and not looks_like_caption(lines[j].text)
    # (a file of one line is a title only when it reads as none of the body's sentences: no full stop)
    if is_title and (j < last_body or (len(lines) == 1 and not _standfirst(lines[j].text))):
        roles[j] = "title"
        title = lines[j].text
        j += 1
    while j <= last_body:
        s = lines[j].text
        if looks_like_caption(s) and len(s) <= MAX_CAPTION_CHARS:
            roles[j] = "caption"
        elif (m := pats["byline"].match(s)) and len(s) <= 160:  # type: ignore[union-attr]
            roles[j] = "meta"
            authors = _split_authors(m.group("authors"))
            if d := _date_of(s):  # "By X, Outlet, September 26, 2018": the byline's date is the article's
                published = published or d
                authors = [a for a in authors if not any(c.isdigit() for c in a)]
        elif pats["published"].match(s) and (d := _date_of(s)):  # type: ignore[union-attr]
            roles[j] = "meta"
            published = published or d
        elif m := pats["credit"].match(s):  # type: ignore[union-attr]
            roles[j] = "meta"  # "Originally published in the X.": a repost's credit, naming the first outlet
            outlet = outlet or outlet_name(m.group("outlet") or m.group("outlet_fr") or "")
        elif _is_boilerplate(s):
            roles[j] = "boilerplate"
        else:
            break
        j += 1

    if outlet is None and logo is not None:
        outlet = outlet_name(logo)
    # "MOSCOW, 20 June — Agency Name. …": the agency's own dateline, on the body's first line or under a standfirst
    dateline = (pats["dateline_agency"].match(x.text) for x in lines[j : j + 2])  # type: ignore[union-attr]
    if outlet is None and (m := next(filter(None, dateline), None)):
        outlet = outlet_name(m.group("outlet"))
    if published is None:
        # a dated byline further down (a repost: "By X, Outlet, September 26, 2018:" after the reposter's
        # own lines) dates the article it signs; the line stays in the body
        for k in range(j, last_body + 1):
            s = lines[k].text
            if len(s) <= 160 and pats["byline"].match(s) and (d := _date_of(s)):  # type: ignore[union-attr]
                published = d
                break

    # Captions and share lines elsewhere in the body: only unmistakable ones.
    for k in range(j, last_body + 1):
        s = lines[k].text
        if len(s) <= MAX_CAPTION_CHARS and _is_photo_caption(s):
            roles[k] = "caption"
        elif _is_boilerplate(s):
            roles[k] = "boilerplate"

    paragraphs = [make_paragraph(text, ln.start, ln.end, ln.line, r) for ln, r in zip(lines, roles, strict=True)]
    captions = [
        make_caption(text, ln.start, ln.end, find_credit(ln.text))
        for ln, r in zip(lines, roles, strict=True)
        if r == "caption"
    ]
    source_line = next(
        (Span(start=ln.start, end=ln.end, text=ln.text) for ln, r in zip(lines, roles, strict=True) if r == "source"),
        None,
    )
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        authors=authors,
        spans=SpanGroups(paragraphs=paragraphs, captions=captions),
        source_line=source_line,
        input=source,
        format="text",
    )


def _is_photo_caption(s: str) -> bool:
    """A caption in mid-body must carry an explicit photo credit ("©", "(AFP photo)", "Photo : …")."""
    credit = find_credit(s)
    if credit is None:
        return False
    return bool(re.search(r"©|\b(?:photos?|crédits?|credits?)\b", s, re.IGNORECASE)) and not s.endswith(("»", '"'))


def _split_authors(value: str) -> list[str]:
    sep = _layout_patterns()["sep"]
    value = re.split(r"\s+(?:à|in|le|on|,\s*(?:le|on|à|in))\s+", value)[0]
    return [a.strip() for a in sep.split(value) if a.strip()]  # type: ignore[union-attr]


def _date_of(s: str) -> str | None:
    from newsloupe.ingest.dates import parse_date_text

    return parse_date_text(s)
