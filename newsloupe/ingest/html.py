"""Read a news page (HTML) into an :class:`Article`: title, captions, body, source line.

The body comes from trafilatura (main-content extraction tuned for precision,
with a recall retry and a plain-paragraph fallback); captions, which
trafilatura drops, are read with lxml from the article's figures; metadata
comes from JSON-LD, OpenGraph / meta tags and the visible page. Everything is
laid out with :func:`newsloupe.ingest.layout.build_article`, so ``article.text``
has the same shape as a plain-text article.

Hostile pages are expected: scripts, styles, iframes and event handlers never
reach the text; broken markup and undecodable bytes are read as well as they
can be; only a page with no article text at all raises :class:`BadInput`.
"""

from __future__ import annotations

import codecs
import copy
import html as html_lib
import json
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from newsloupe.errors import E_BINARY, E_EMPTY, E_NO_TEXT, BadInput
from newsloupe.ingest.captions import find_credit, is_furniture, split_credit, strip_slideshow
from newsloupe.ingest.dates import normalise_iso, parse_date_text
from newsloupe.ingest.layout import Part, build_article, clean_block
from newsloupe.ingest.text import is_closing_line, is_form_line, site_name, wire_credit
from newsloupe.lang import load_common, load_data
from newsloupe.model import Article

NO_TEXT_MESSAGE = "no article text found in the HTML"
METADATA_LANGUAGES = ("fr", "en", "de", "it", "pl", "ru")
MAX_CAPTION_CHARS = 600
MAX_CAPTIONS = 40
MAX_CAPTIONS_UNSCOPED = 10  # no <article>/<main>: only the first captions after the headline
SHORT_BODY_CHARS = 500
CHUNK_DEPTH = 4
VISIBLE_DATE_CHARS = 3000
HTMLDATE_MAX_CHARS = 500_000
CHUNK_MIN_CHARS = 300

# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_CHARSET = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# As browsers do (WHATWG encoding standard): these labels mean windows-1252.
_CP1252_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "iso-8859-15", "cp819"}
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)  # (claimreview.py reads it too)


def _codec(label: bytes | str) -> str | None:
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = name.strip().lower()
    if name in _CP1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: str | bytes) -> str:
    """Decode a page: BOM, then the declared charset, then UTF-8, then a guess.

    Never raises: bytes no codec reads cleanly are decoded as UTF-8 with
    replacement characters. Control characters (NUL…) are removed.

    data (str | bytes): the page.
    RETURNS (str): the page as text.
    """
    text = data if isinstance(data, str) else _decode_bytes(bytes(data))
    return _CONTROL_CHARS.sub("", text)


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess, preferring windows-1252 on ties (fr/en/de/it pages)."""
    from charset_normalizer import from_bytes

    try:
        matches = list(from_bytes(data[:200_000]))
    except Exception:  # a guess that fails is no reason to fail the page
        return None
    if not matches:
        return None
    best = matches[0]
    for m in matches:
        if (
            m.encoding in ("cp1252", "latin_1", "iso8859_15")
            and m.chaos <= best.chaos + 0.01
            and m.coherence >= best.coherence - 0.05
        ):
            return "cp1252"
    return best.encoding


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without BOM shows NULs in every other byte (for ASCII-range markup)."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")
_CONTROL_BYTES = bytes(i for i in range(32) if i not in (9, 10, 12, 13)) + b"\x7f"


def looks_binary(data: str | bytes) -> bool:
    """Is this a binary file (image, PDF, archive, random bytes) rather than a page?"""
    if isinstance(data, str):
        sample_text = data[:65536]
        bad = sum(1 for c in sample_text if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\f\r"))
        return bool(sample_text) and bad > 0.05 * len(sample_text)
    head = data[:65536]
    if any(head.startswith(bom) for bom, _name in _BOMS) or _utf16_without_bom(head):
        return False
    if head.lstrip().startswith(_BINARY_MAGIC):
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and control > 0.05 * len(head)


@cache
def _single_byte(codec: str) -> bool:
    """Whether ``codec`` reads every byte as one character (cp1252, the ISO-8859 family, KOI8-R), not a
    multibyte one (Shift JIS, GB2312)."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(codec, errors="replace")) == 0x80
    except LookupError:
        return False


def _decode_bytes(data: bytes) -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace")
    head = data[:4096]
    declared = None
    m = _META_CHARSET.search(head) or _XML_CHARSET.search(head)
    if m:
        declared = _codec(m.group(1))
    if declared and declared.startswith("utf-16") and b"\x00" not in head:
        declared = None  # a UTF-16 label on an ASCII-compatible page is a lie
    if declared and declared != "utf-8" and _single_byte(declared) and any(b >= 0x80 for b in data):
        # a page declaring a single-byte charset whose bytes are valid UTF-8 (with multibyte runs, which such a
        # charset almost never makes) is UTF-8: cp1252 decodes almost any bytes, so the label would always win
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    tried: list[str] = []
    for name in (declared, "utf-8"):
        if not name or name in tried:
            continue
        tried.append(name)
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    guess = _guess_encoding(data)
    if guess:
        return data.decode(guess, errors="replace")
    return data.decode("cp1252" if declared == "cp1252" else "utf-8", errors="replace")


# --------------------------------------------------------------------------- tree helpers

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "canvas",
)
_INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "wbr", "ins", "del",
}  # fmt: skip
_BLOCKISH_CLASS = re.compile(r"credit|copyright|caption|source|author|photographer", re.IGNORECASE)
# Class / id words of site furniture, matched as the first or last word of a class token
# ("related-posts", "article__share", "c-sidebar"), so "has-share-buttons" on a body is not one.
_BOILER_WORDS = frozenset(load_common("html")["boilerplate_class_words"])
_LOGO_HINT = re.compile(r"logo|icon|avatar|sprite|pixel|tracking|badge|spacer|emoji|blank\.gif", re.IGNORECASE)


def _parse_tree(text: str) -> Any | None:
    text = XML_DECL.sub("", text, count=1)
    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, no_network=True)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None
    return tree


def _attr_text(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _text(el: Any, br: str = " ") -> str:
    """Visible text of an element: blocks and ``<br>`` become spaces, whitespace collapsed.

    br (str): what a ``<br>`` becomes ("\\n" keeps line breaks, other whitespace is still collapsed).
    """
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if event == "end" and node is not el and node.tail:
                parts.append(node.tail)
            continue
        tag = tag.lower()
        spaced = tag not in _INLINE_TAGS or bool(_BLOCKISH_CLASS.search(_attr_text(node)))
        if event == "start":
            if spaced:
                parts.append(" ")
            if node.text:
                parts.append(node.text)
        else:
            if tag == "br":
                parts.append("\x00")
            elif spaced:
                parts.append(" ")
            if node is not el and node.tail:
                parts.append(node.tail)
    text = " ".join("".join(parts).split())
    return re.sub(r"\s*\x00[\s\x00]*", br, text).strip()


def _drop_keep_tail(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()  # lxml.html keeps the tail text


def _has_letters(s: str) -> bool:
    return any(c.isalpha() for c in s)


def _norm(s: str) -> str:
    """Comparison key: lowercase word characters only."""
    return " ".join(re.findall(r"\w+", s.lower()))


def _boiler_attrs(el: Any) -> bool:
    for token in f"{el.get('class') or ''} {el.get('id') or ''}".lower().split():
        words = [w for w in re.split(r"[-_]+", token) if w]
        if not words:
            continue
        if words[0] in _BOILER_WORDS or words[-1] in _BOILER_WORDS:
            return True
        if len(words) > 2 and len(words[0]) <= 2 and words[1] in _BOILER_WORDS:  # BEM-ish "c-related-list"
            return True
    return False


def _in_boilerplate(el: Any, stop: Any | None = None, body_chars: int = 0) -> bool:
    """Is ``el`` inside an aside/nav/footer/site header or a related/share/ad container (below ``stop``)?

    body_chars (int): the paragraph text length of the article (0: not checked). A container whose class only
    looks like furniture but holds at least half of it is the article's layout ("l-sidebar-fixed" around a
    body beside a fixed sidebar), not furniture.
    """
    node = el
    while node is not None and node is not stop:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("body", "html"):
            return False  # the page itself: a body's class ("nav-no-loaded") is the site's state, no furniture
        if tag in ("aside", "nav", "footer"):
            return True
        if tag == "header" and stop is None and node.find(".//h1") is None:
            return True
        if _boiler_attrs(node) and not (body_chars >= 200 and 2 * _p_text_length(node) >= body_chars):
            return True
        node = node.getparent()
    return False


# --------------------------------------------------------------------------- metadata

_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle|blogposting", re.IGNORECASE)


def _jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    """All JSON-LD objects of the page, ``@graph`` and lists flattened."""
    out: list[dict[str, Any]] = []
    for script in tree.xpath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"):
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", raw)
        raw = re.sub(r"(?:-->|//\s*\]\]>|\]\]>)\s*$", "", raw).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(out) < 500:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[0:0] = item[:200]
            elif isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph[:200])
                elif isinstance(graph, dict):
                    stack.append(graph)
    return out


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


_SCRIPT_IN_TEXT = re.compile(r"<(script|style|noscript|template|iframe)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)


def _strip_markup(value: str) -> str:
    """Metadata text without entities, tags or script/style content (``<script>…</script>`` in an attribute)."""
    value = html_lib.unescape(value)
    value = _SCRIPT_IN_TEXT.sub(" ", value)
    value = re.sub(r"<[^>]*>", " ", value)
    return clean_block(_CONTROL_CHARS.sub("", value))


def _ld_text(value: Any) -> str | None:
    """A JSON-LD value as clean text (entities decoded, tags dropped)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str):
        return None
    return _strip_markup(value) or None


def _ld_url(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    return value if isinstance(value, str) else None


class _Meta:
    """Metadata sources of one page: meta tags and the JSON-LD article object."""

    def __init__(self, tree: Any) -> None:
        self.tags: dict[str, str] = {}
        for meta in tree.iter("meta"):
            content = meta.get("content")
            if content is None:
                continue
            content = _strip_markup(content)
            if not content:
                continue
            for key_attr in ("property", "name", "itemprop", "http-equiv"):
                key = (meta.get(key_attr) or "").strip().lower()
                if key and key not in self.tags:
                    self.tags[key] = content
        objects = _jsonld_objects(tree)
        self.by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
        articles = [o for o in objects if any(_ARTICLE_TYPES.search(t) for t in _types(o))]
        pages = [o for o in objects if any(t.lower().endswith("page") for t in _types(o))]
        self.ld: dict[str, Any] = articles[0] if articles else {}
        self.ld_page: dict[str, Any] = pages[0] if pages else {}

    def tag(self, *names: str) -> str | None:
        for name in names:
            value = self.tags.get(name)
            if value:
                return value
        return None

    def ld_get(self, key: str) -> Any:
        value = self.ld.get(key)
        if value is None:
            value = self.ld_page.get(key)
        return self.resolve(value)

    def resolve(self, value: Any) -> Any:
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in self.by_id:
            return self.by_id[value["@id"]]
        if isinstance(value, list):
            return [self.resolve(v) for v in value[:50]]
        return value


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|:)\s+")


def _host_of(url: str | None) -> str:
    """A page's host without its www-like prefix, folded to ASCII letters and digits ("" without one)."""
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = re.sub(r"^(?:www|m|amp|mobile|edition)\d*\.", "", host.lower())
    return unicodedata.normalize("NFKD", host).encode("ascii", "ignore").decode()


_SITE_DATA = load_common("html")
_SITE_GENERIC = frozenset(_SITE_DATA["site_name_generic_words"])
_SITE_TRANSLIT = str.maketrans(_SITE_DATA["site_name_transliteration"])


def _name_foldings(name: str) -> list[list[str]]:
    """The ASCII words of a site name, folded plainly and transliterated (Cyrillic; ü as ue): distinct lists."""
    out: list[list[str]] = []
    for text in (name.lower(), name.lower().translate(_SITE_TRANSLIT)):
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        words = re.findall(r"[a-z0-9]+", folded)
        if words and words not in out:
            out.append(words)
    return out


def names_site(name: str, url: str | None) -> bool:
    """Whether a site name belongs to the page's host: a word of it of three letters or more, not a generic one
    (lang/common/html.json ``site_name_generic_words``), is in the host ("NBC News" on nbcnews.com), the whole name
    is ("The Times" on thetimes.co.uk), its initials start the host ("Associated Press" on apnews.com), or the host's
    first label starts it or equals it ("RT" on rt.com); names are compared plainly folded and transliterated
    ("Коммерсантъ" on kommersant.ru, "Süddeutsche Zeitung" on sueddeutsche.de). True without a host (nothing to
    compare). A section label ("U.S." on reuters.com, "World News" on nbcnews.com) names no site."""
    host = _host_of(url)
    if not host:
        return True
    label = host.split(".")[0]
    for words in _name_foldings(name):
        if any(len(w) >= 3 and w not in _SITE_GENERIC and w in host for w in words):
            return True
        compact = "".join(words)
        initials = "".join(w[0] for w in words if w)
        if (len(compact) >= 3 and compact in host.replace(".", "")) or (
            len(initials) >= 2 and host.startswith(initials)
        ):
            return True
        if len(label) >= 2 and (compact == label or (len(compact) > len(label) and compact.startswith(label))):
            return True
    return False


def site_outlet(name: str | None, publisher: str | None, url: str | None) -> str | None:
    """The outlet of a page from its ``og:site_name`` (``name``), its JSON-LD publisher and its URL: of a nav string
    ("Autoracing | F1 | Indy"), the part that names the site; a name that does not belong to the host (a section
    label, "U.S.") gives way to the publisher, else to the URL's site (:func:`site_name`); so does a lower-case
    name that is only the host's ("detroitnews" on detroitnews.com: the well-known name or the domain)."""
    if name and re.search(r"\s[|•]\s", name):
        parts = [p.strip() for p in re.split(r"\s+[|•]\s+", name) if p.strip()]
        name = next((p for p in parts if names_site(p, url)), parts[0] if parts else None)
    host = _host_of(url)
    if name and host and name == name.lower() and re.sub(r"\W", "", name) == host.split(".")[0]:
        return site_name(url) or name
    if name and not names_site(name, url):
        if publisher and names_site(publisher, url):
            return publisher
        if not _name_foldings(name):  # no letter to compare (a script not transliterated): the page's own name
            return name
        return site_name(url) or name
    return name


def _site_keys(outlet: str | None, url: str | None) -> set[str]:
    keys: set[str] = set()
    if outlet:
        keys.add(_norm(outlet).replace(" ", ""))
    if url:
        host = urlsplit(url).hostname or ""
        host = re.sub(r"^(?:www|m|amp|mobile)\d*\.", "", host)
        if host:
            keys.add(host.split(".")[0])
            keys.add(host.replace(".", ""))
    return {k for k in keys if k}


def _clean_title(title: str | None, outlet: str | None, url: str | None, h1: str | None = None) -> str | None:
    """Drop " | Site" / " - Site" suffixes (or a "Site | " prefix) from a page title.

    When the visible headline (``h1``) is the title less such affixes, it is used as is.
    """
    if not title:
        return None
    title = clean_block(title)
    if h1:
        h1 = clean_block(h1)
        for sep in _TITLE_SEPARATORS.findall(title):
            if title.startswith(h1 + sep) or title.endswith(sep + h1):
                return h1
    keys = _site_keys(outlet, url)

    def is_site(piece: str, sep: str, *, strict: bool = False) -> bool:
        key = _norm(piece).replace(" ", "")
        if not key or (sep.strip() == "»" and "«" in title):  # a French closing quote, not a separator
            return False
        if any(k and (key == k or key.startswith(k) or k.startswith(key)) for k in keys):
            return True
        return not strict and sep.strip() in ("|", "::", "»", "•", "·") and len(key) <= 30 and len(piece.split()) <= 4

    for _ in range(8):
        pieces = _TITLE_SEPARATORS.split(title)
        if len(pieces) < 2:
            break
        seps = _TITLE_SEPARATORS.findall(title)
        if is_site(pieces[-1], seps[-1]) and len(pieces[-1]) < len(title) / 2 + 10:
            title = title[: title.rfind(seps[-1])].strip()
        elif seps[0].strip() != ":" and is_site(pieces[0], seps[0], strict=True):
            title = title[title.find(seps[0]) + len(seps[0]) :].strip()
        else:
            break
    return title or None


_AUTHOR_PREFIX = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:par|by|por|przez|от)\s+|^(?:von(?!\s+(?:der|dem|den)\b)|автор:?)\s+",
    re.IGNORECASE,
)
_HTML_WORDS = load_common("html")
_AUTHOR_ROLE = re.compile(r"\b(?:" + "|".join(_HTML_WORDS["author_roles"]) + r")\b", re.IGNORECASE)
_WEEKDAYS = [w.lower() for lang in ("en", "fr") for w in load_data(lang, "dates")["weekdays"]]
_AUTHOR_CUT = re.compile(
    r"\s*(?:[|•·—–]|\bpubli|\bmis à jour|\bmis en ligne|\bupdated|\bposted|\bmodifié|\ble\s+\d|\bon\s+\w+\.?\s+\d|"
    r"\d|\bhttps?:|@|\bfollow\b|\bsuivre\b|\b(?:" + "|".join([*_WEEKDAYS, *_HTML_WORDS["weekdays_more"]]) + r")\b)",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|/|&|\bet\b|\band\b|\bund\b|\bи\b)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"^(?:" + "|".join(_HTML_WORDS["not_a_name"]) + r")$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _agency_suffix() -> re.Pattern[str]:
    agencies = sorted(load_common("captions").get("agencies", []), key=len, reverse=True)
    alt = "|".join(re.escape(a) for a in agencies) or "(?!)"
    return re.compile(rf"[\s,]+(?:{alt})$", re.IGNORECASE)


def clean_author_names(raw: str | None, *, outlet: str | None = None) -> list[str]:
    """Split a byline into names: "Par Jean Dupont et Marie Curie, le 3 mars" -> two names.

    Roles ("CNN Editor-at-large", "envoyé spécial") and pieces naming the outlet are dropped.
    """
    if not raw:
        return []
    outlet_key = _norm(outlet or "")
    text = _strip_markup(raw)
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    text = _AUTHOR_PREFIX.sub("", text.strip(" :-–—|"))
    m = _AUTHOR_CUT.search(text)
    if m:
        text = text[: m.start()]
    names: list[str] = []
    for piece in _AUTHOR_SPLIT.split(text):
        name = _AUTHOR_PREFIX.sub("", piece.strip(" .:-–—|'\"")).strip(" .:-–—|'\"")
        if not name or not _has_letters(name) or len(name) < 2 or len(name) > 60:
            continue
        if len(name.split()) > 6 or _NOT_A_NAME.match(name) or _AUTHOR_ROLE.search(name):
            continue
        if outlet_key and f" {outlet_key} " in f" {_norm(name)} ":
            continue
        m = _agency_suffix().search(name)
        if m and len(name[: m.start()].split()) >= 2:
            name = name[: m.start()].strip(" ,.-–—")
        names.append(name)
    return names


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = _norm(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")


def _authors(meta: _Meta, tree: Any, scope: Any, outlet: str | None = None) -> list[str]:
    names: list[str] = []
    ld_author = meta.resolve(meta.ld.get("author") or meta.ld.get("creator"))
    for item in ld_author if isinstance(ld_author, list) else [ld_author]:
        item = meta.resolve(item)
        if isinstance(item, dict):
            value = item.get("name")
            if isinstance(value, list):
                value = " and ".join(v for v in value if isinstance(v, str))
            names += clean_author_names(value if isinstance(value, str) else None, outlet=outlet)
        elif isinstance(item, str) and not item.startswith(("http://", "https://")):
            names += clean_author_names(item, outlet=outlet)
    if names:
        return _dedupe(names)
    for key in _AUTHOR_META:
        value = meta.tags.get(key)
        if value and not value.lower().startswith(("http://", "https://")):
            names += clean_author_names(value, outlet=outlet)
    if names:
        return _dedupe(names)
    root = scope if scope is not None else tree
    for xpath in (
        ".//*[@itemprop='author']//*[@itemprop='name'] | .//a[@rel='author'] | .//*[@rel='author']",
        ".//*[@itemprop='author']",
        ".//*[contains(translate(@class, 'BYLINE', 'byline'), 'byline')"
        " or contains(translate(@class, 'AUTHOR', 'author'), 'author-name')"
        " or contains(translate(@class, 'AUTHOR', 'author'), 'author__name')"
        " or contains(translate(@class, 'AUTEUR', 'auteur'), 'auteur')"
        " or contains(translate(@class, 'SIGNATURE', 'signature'), 'signature')]",
    ):
        for el in root.xpath(xpath)[:6]:
            text = _text(el)
            if len(text) <= 200:
                names += clean_author_names(text, outlet=outlet)
        if names:
            return _dedupe(names)
    return []


_BYLINE_LINE = re.compile(r"^(?:par|by)\s+\S", re.IGNORECASE)
_PUBLISHED_PHRASE = re.compile(
    r"(?:publié|publie|mis en ligne|published|posted|first published|publicado|pubblicato|veröffentlicht)"
    r"\s*(?:le|on|:|am|il|el)?\s*(.{0,80})",
    re.IGNORECASE,
)
_DATE_CLASS = (
    ".//*[contains(translate(@class, 'DATE', 'date'), 'date')"
    " or contains(translate(@class, 'TIME', 'time'), 'time')"
    " or contains(translate(@class, 'PUBLI', 'publi'), 'publi') or contains(@class, 'dateline')"
    " or contains(translate(@class, 'BYLINE', 'byline'), 'byline')]"
)


_MODIFIED = re.compile(r"modif|updat|mis-?a-?jour|maj\b|datemodified", re.IGNORECASE)


_FIGURE_OPEN = re.compile(r"<(figcaption|figure)\b", re.IGNORECASE)


def drop_figures(page: str) -> str:
    """``page`` without its ``<figure>…</figure>`` and ``<figcaption>…</figcaption>`` elements (one pass: an
    element left open keeps the rest of the page)."""
    out, pos = [], 0
    while (m := _FIGURE_OPEN.search(page, pos)) is not None:
        # (searched in ``page`` itself: ``page.lower()`` may be longer, "İ" lowering to two characters)
        closing = re.compile(rf"</{m.group(1)}\b[^>]*>?", re.IGNORECASE).search(page, m.end())
        if closing is None:
            break
        out.append(page[pos : m.start()])
        out.append(" ")
        pos = closing.end() if closing.group().endswith(">") else len(page)
    out.append(page[pos:])
    return "".join(out)


def _without_figures(tree: Any) -> Any:
    """``tree`` without its ``figure`` and ``figcaption`` elements."""
    for el in list(tree.iter("figure", "figcaption")):
        parent = el.getparent()
        if parent is None:
            continue
        if hasattr(el, "drop_tree"):
            el.drop_tree()
        else:
            parent.remove(el)
    return tree


def _published(meta: _Meta, tree: Any, scope: Any, url: str | None, page: str) -> tuple[str | None, bool]:
    """Publication date (``YYYY-MM-DD``) and whether it was only inferred (htmldate heuristics)."""
    for value in (meta.ld.get("datePublished"), meta.ld.get("dateCreated"), meta.ld_page.get("datePublished")):
        iso = normalise_iso(value) if isinstance(value, str) else None
        if iso:
            return iso, False
    value = meta.tag(
        "article:published_time", "og:article:published_time", "article.published", "published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
        "originalpublicationdate", "article.created", "og:pubdate",
    )  # fmt: skip
    iso = normalise_iso(value)
    if iso:
        return iso, False
    root = scope if scope is not None else tree
    times = [t for t in root.iter("time") if not _in_boilerplate(t, stop=scope)]
    if not times:
        times = [t for t in tree.iter("time") if not _in_boilerplate(t)]
    preferred = [
        t
        for t in times
        if t.get("pubdate") is not None
        or (t.get("itemprop") or "").lower() == "datepublished"
        or re.search(r"publi", _attr_text(t), re.IGNORECASE)
    ]
    others = [t for t in times if not _MODIFIED.search(f"{_attr_text(t)} {t.get('itemprop') or ''}")]
    for t in preferred + others:
        iso = normalise_iso(t.get("datetime")) or parse_date_text(_text(t))
        if iso:
            return iso, False
    for el in root.xpath(".//*[@itemprop='datePublished']"):
        iso = normalise_iso(el.get("content") or el.get("datetime")) or parse_date_text(_text(el))
        if iso:
            return iso, False
    # Visible dates near the top: "Publié le 3 mars 2024 à 10h32", then date-like elements.
    visible = _text(root)[:VISIBLE_DATE_CHARS]
    for m in _PUBLISHED_PHRASE.finditer(visible):
        iso = parse_date_text(m.group(1))
        if iso:
            return iso, False
    for el in root.xpath(_DATE_CLASS)[:30]:
        if _MODIFIED.search(_attr_text(el)) or _in_boilerplate(el, stop=scope):
            continue
        text = _text(el)
        if len(text) <= 200:
            iso = parse_date_text(text)
            if iso:
                return iso, False
    from htmldate import find_date

    try:
        # the raw page (its scripts hold dates too) unless it is so big that scanning it would be slow;
        # as bytes: htmldate downloads a str that starts with "http" and has no space, with its own client
        # (no private-address refusal, no deadline), and it decodes UTF-8 bytes to the same text
        # without its photo captions: a photo's date is no publication date (photos are often older)
        source = (
            drop_figures(page).encode("utf-8", "replace")
            if len(page) <= HTMLDATE_MAX_CHARS
            else _without_figures(copy.deepcopy(tree))
        )
        found = find_date(source, url=url, original_date=True, extensive_search=True)
    except Exception:  # htmldate is a best-effort fallback
        found = None
    iso = normalise_iso(found) if found else None
    return (iso, True) if iso else (None, False)


def _safe_url(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        joined = urljoin(base, value) if base else value
        parts = urlsplit(joined)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return joined


def _language(tree: Any, meta: _Meta) -> str | None:
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        tree.get("xml:lang"),
        meta.tag("content-language", "og:locale", "language", "dc.language"),
        _ld_text(meta.ld_get("inLanguage")),
    ]
    for value in candidates:
        if not value:
            continue
        code = re.split(r"[-_\s,;]", value.strip().lower(), maxsplit=1)[0]
        if code:
            return code if code in METADATA_LANGUAGES else None
    return None


# --------------------------------------------------------------------------- article scope


def _p_text_length(el: Any) -> int:
    return sum(len(clean_block(p.text_content())) for p in el.iter("p"))


def _article_scope(tree: Any) -> Any | None:
    """The element holding the article (``<article>``, ``<main>``, articleBody), or None."""
    articles = [a for a in tree.iter("article") if not _in_boilerplate(a)]
    if articles:
        best = max(articles, key=_p_text_length)
        if _p_text_length(best) >= 200:
            return best
    for xpath in ("//main", "//*[@role='main']", "//*[@itemprop='articleBody']"):
        found = tree.xpath(xpath)
        if found:
            best = max(found, key=_p_text_length)
            if _p_text_length(best) >= 200:
                return best
    return None


def _widen_to_title(scope: Any, tree: Any) -> Any:
    """If the page's <h1> sits outside the scope (lead figure above the body), widen to their common ancestor."""
    h1 = next(iter(tree.xpath("//h1")), None)
    if h1 is None or h1 is scope or any(a is scope for a in h1.iterancestors()):
        return scope
    scope_ancestors = [scope, *scope.iterancestors()]  # kept alive: lxml proxies compare by identity
    for anc in h1.iterancestors():
        if any(anc is a for a in scope_ancestors):
            return scope if anc.tag in ("body", "html") or _in_boilerplate(h1, stop=anc) else anc
    return scope


# --------------------------------------------------------------------------- captions

_CAPTION_XPATH = (
    "//figcaption"
    " | //*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
    " | //*[contains(translate(@class, 'LEGND', 'legnd'), 'legende') or contains(@class, 'légende')"
    " or contains(@class, 'Légende')]"
)
_CREDIT_XPATH = (
    ".//*[contains(translate(@class, 'CREDIT', 'credit'), 'credit')"
    " or contains(translate(@class, 'COPYRIGHT', 'copyright'), 'copyright')"
    " or contains(translate(@class, 'PHOTOGRAPHER', 'photographer'), 'photographer')] | .//small"
)
_CREDIT_PREFIX = re.compile(
    r"^(?:©|\(c\)|crédits?|credits?|photographs?|photography|photos?|images?|illustration|source|copyright)"
    r"\s*(?:photos?)?\s*[:/]?\s*",
    re.IGNORECASE,
)
_CAPTION_UI = re.compile(
    r"^(?:(?:(?:hide|show|toggle|close|open)\s+)?caption|close|expand|enlarge(?: this image)?|fermer|agrandir|zoom|"
    r"voir la légende|masquer la légende)\b\W*|\W*\b(?:(?:(?:hide|show|toggle|close|open)\s+)?caption|close|expand|"
    r"enlarge(?: this image)?|fermer|agrandir|zoom)$",
    re.IGNORECASE,
)
_NON_CAPTION_TAGS = {"img", "video", "audio", "source", "track", "picture", "html", "body", "main", "article"}


def _clean_credit(text: str) -> str | None:
    text = clean_block(text).strip(" ()[]")
    for _ in range(3):
        text = _CREDIT_PREFIX.sub("", text).strip(" ()[]·|-–—/")
        text = re.sub(r"^(?:by|par|von)\s+", "", text, flags=re.IGNORECASE)
    return text if text and _has_letters(text) and len(text) <= 120 else None


def _figure_credit(caption: Any) -> str | None:
    """The credit of a caption's photo written beside the caption: a ``<cite>`` in the caption, or a credit
    element / ``<cite>`` of the enclosing ``<figure>`` outside the caption
    (``<figure><img><figcaption>…</figcaption><cite>Agency</cite></figure>``)."""
    for c in caption.iter("cite"):
        credit = _clean_credit(_text(c))
        if credit:
            return credit
    figure = next((a for a in caption.iterancestors() if a.tag == "figure"), None)
    if figure is None:
        return None
    for c in [*figure.xpath(_CREDIT_XPATH), *figure.iter("cite")]:
        if c is caption or any(a is caption for a in c.iterancestors()):
            continue
        credit = _clean_credit(_text(c))
        if credit:
            return credit
    return None


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$", re.IGNORECASE)


def _teaser_image(img: Any) -> bool:
    """Whether a picture is a link to another page (a related article's or video's thumbnail, whose alt text is
    that page's title), not the article's own photo (a link to the full-size image file is)."""
    for a in img.iterancestors("a"):
        href = (a.get("href") or "").strip()
        return bool(href) and not href.startswith("#") and not _IMAGE_FILE.search(href)
    return False


def _before(a: Any, b: Any, order: dict[Any, int]) -> bool:
    return order.get(a, 0) < order.get(b, 0)


def _find_captions(tree: Any, scope: Any | None, title: str | None) -> list[tuple[Any, str, str | None]]:
    """(element, text, credit) of the article's photo captions, in page order."""
    root = scope if scope is not None else tree
    order = {el: i for i, el in enumerate(tree.iter())}
    h1 = None if scope is not None else next(iter(tree.xpath("//h1")), None)
    title_key = _norm(title or "")
    body_chars = _p_text_length(root)

    def usable(el: Any) -> bool:
        if scope is not None and el is not scope and not any(a is scope for a in el.iterancestors()):
            return False
        if h1 is not None and not _before(h1, el, order):
            return False
        return not _in_boilerplate(el, stop=scope, body_chars=body_chars)

    candidates: list[tuple[Any, str]] = []
    for el in tree.xpath(_CAPTION_XPATH):
        if not isinstance(el.tag, str) or el.tag.lower() in _NON_CAPTION_TAGS or el is root:
            continue
        text = strip_slideshow(_text(el))
        for _ in range(4):
            text = _CAPTION_UI.sub("", text).strip()
        if not text or not _has_letters(text) or len(text) > MAX_CAPTION_CHARS or is_boilerplate_line(text):
            continue
        if not usable(el):
            continue
        candidates.append((el, text))
    chosen_set = {el for el, _ in candidates}
    out: list[tuple[Any, str, str | None]] = []
    seen: set[str] = set()
    for el, text in candidates:
        if any(a in chosen_set for a in el.iterancestors()):
            continue  # an enclosing caption element was taken
        key = _norm(text)
        if not key or key == title_key or any(key.startswith(k) or k.startswith(key) for k in seen):
            continue
        seen.add(key)
        credit = None
        for c in el.xpath(_CREDIT_XPATH):
            credit = _clean_credit(_text(c))
            if credit:
                break
        if not credit:
            credit = _figure_credit(el)
        if not credit:
            text, found = split_credit(text)  # "….Credit...Name/Outlet": the caption and its credit apart
            credit = _clean_credit(found) if found else None
        if is_furniture(text, credit):
            continue  # "Nintendo" credited "Nintendo", a magazine's subscription call, an ad
        out.append((el, text, credit))
        if len(out) >= (MAX_CAPTIONS if scope is not None else MAX_CAPTIONS_UNSCOPED):
            break
    if out:
        return out
    # Fallback: descriptive alt texts of the article's pictures.
    for img in root.iter("img"):
        alt = clean_block(img.get("alt") or "")
        if len(alt.split()) < 3 or len(alt) > 300 or not _has_letters(alt):
            continue
        if _LOGO_HINT.search(f"{_attr_text(img)} {img.get('src') or ''} {alt}"):
            continue
        if any((img.get(d) or "").isdigit() and int(img.get(d)) < 100 for d in ("width", "height")):
            continue
        if not usable(img) or _teaser_image(img) or is_furniture(alt, find_credit(alt)):
            continue
        key = _norm(alt)
        if key in seen or key == title_key:
            continue
        seen.add(key)
        out.append((img, alt, find_credit(alt)))
        if len(out) >= 5:
            break
    return out


# --------------------------------------------------------------------------- body

_TEASER = (
    r"à lire aussi|a lire aussi|lire aussi|à lire également|lire également|lisez aussi|voir aussi|à voir aussi|"
    r"a voir aussi|à lire|à découvrir|sur le même sujet|read more|read also|also read|see also|related|"
    r"related articles?|related stories|recommended|more from|more on this|more stories|you may also like|"
    r"you might also like|lesen sie auch|mehr zum thema|leggi anche|czytaj także|czytaj też|zobacz też|"
    r"читайте также|leia também|veja também|lee también|você pode gostar|te puede interesar"
)
_BOILERPLATE_LINE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # teaser links to other articles: "Lire aussi : …", "Read more »", "Related: …"
        rf"^(?:[»>▶►→•·-]\s*)?(?:{_TEASER})(?:\s*[:：»>|\-–—].{{0,200}}|(?:\s+\S+){{0,10}}[^\w\s]*(?<!\w\.))$",
        # a related story's headline after the site's name ("Also on example.com Ministers meet again")
        r"^(?:also on|see also on|more on|read more on)\s+[\w-]+(?:\.[\w-]+)+\s.{0,240}$",
        # share / follow / print lines
        r"^(?:like|liked|enjoyed) this (?:story|article|post)\?\s*(?:share|tell|send).{0,60}$",
        r"^(?:share|partager|partagez|tweet|e-?mail|print|imprimer|copy link|copier le lien|follow us|suivez-nous|"
        r"abonnez-vous|subscribe|s'abonner|sign up|inscrivez-vous)(?:\s+(?:this|on|sur|l'article|cet article|"
        r"article|story|now|à|to|for|our|notre|la|the|us|nous).{0,60})?\W*$",
        r"^(?:(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|messenger|pinterest|reddit|telegram|copy|"
        r"print|imprimer|partager|share)[\s,|/·•]*){2,}$",
        # ads
        r"^(?:advertisement|publicité|publicite|annonce|sponsored|contenu sponsorisé|anzeige|pubblicità|reklama|"
        r"реклама|scroll to continue|continue reading|lire la suite|la suite après cette publicité)\W*$",
        # comment counters
        r"^(?:\d+\s+)?(?:comments?|commentaires?|kommentare?|commenti|komentarze?|комментари\w*|reactions?|réactions?)"
        r"(?:\s*\(\d+\))?\W*$",
        r"^(?:leave a (?:comment|reply)|laisser un commentaire|post a comment|add a comment|"
        r"ajouter un commentaire)\W*$",
    )
]
_NEWSLETTER = re.compile(r"newsletter|infolettre|lettre d'information", re.IGNORECASE)
_NEWSLETTER_ACTION = re.compile(
    r"subscri|sign up|sign-up|inscri|abonn|recevez|receive|get our|delivered|inbox|boîte mail|e-?mail", re.IGNORECASE
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_ACTION = re.compile(r"accept|consent|use|utilis|polic|politique|privacy|confidentialit|paramètr|settings", re.I)
_SOURCE_LINE = re.compile(r"^\s*sources?\s*[:：]\s*\S", re.IGNORECASE)


def is_boilerplate_line(line: str) -> bool:
    """Is this body line site furniture (teaser, share bar, newsletter, cookie or ad notice)?"""
    s = line.strip()
    if not s:
        return True
    if any(p.search(s) for p in _BOILERPLATE_LINE) or is_form_line(s) or is_closing_line(s):
        return True
    words = len(s.split())
    if words <= 40 and _NEWSLETTER.search(s) and _NEWSLETTER_ACTION.search(s):
        return True
    return words <= 60 and bool(_COOKIE.search(s)) and bool(_COOKIE_ACTION.search(s))


def _body_lines(body: Any) -> list[str]:
    """Paragraph lines from trafilatura's result body (``<p>``, ``<head>``, list items, table rows)."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            for piece in "".join(buf).split("\n"):
                piece = clean_block(piece)
                if piece:
                    lines.append(piece)
            buf.clear()

    for event, node in etree.iterwalk(body, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in ("p", "head", "quote", "code", "item", "row", "list", "table", "div", "body")
        if event == "start":
            if block:
                flush()
            elif tag == "lb":
                buf.append("\n")
            elif tag == "cell":
                buf.append(" ")
            if node.text and tag not in ("graphic",):
                buf.append(node.text)
        else:
            if block:
                flush()
            elif tag == "cell":
                buf.append(" ")
            if node is not body and node.tail:
                buf.append(node.tail)
    flush()
    return lines


def trafilatura_lines(tree: Any, url: str | None, *, recall: bool) -> list[str]:
    """The body lines trafilatura extracts from parsed page ``tree`` ([] when it extracts nothing)."""
    from trafilatura import bare_extraction  # a broken install is an error, not a silent fallback

    try:
        doc = bare_extraction(
            copy.deepcopy(tree),
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            favor_precision=not recall,
            favor_recall=recall,
            deduplicate=False,  # trafilatura's dedup cache is process-wide: it would cut re-read pages
            with_metadata=False,
        )
    except Exception:  # extraction failure falls back to plain paragraphs
        return []
    body = getattr(doc, "body", None)
    if body is None:
        return []
    return _body_lines(body)


def _signature(el: Any) -> str:
    cls = " ".join(sorted((el.get("class") or "").split()))
    return f"{el.tag}.{cls}"


def _link_density(el: Any, text: str) -> float:
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked / max(1, len(text))


def _add_sibling_chunks(tree: Any, lines: list[str]) -> list[str]:
    """Add paragraphs from sibling containers of the extracted ones (bodies split in chunks).

    Some sites cut the body into several identical containers (``div.body-chunk``
    × n, with ads between them); the extractor may keep only the first. A ``<p>``
    the extractor left out is added back when it sits in a container with the
    same tag/class path as an extracted paragraph, under a shared ancestor at
    most :data:`CHUNK_DEPTH` levels up, outside boilerplate containers.
    """
    if not lines:
        return lines
    keys = {_norm(line) for line in lines}
    prefixes = {k[:60] for k in keys if len(k) >= 30}
    paragraphs = list(tree.iter("p"))
    position = {p: i for i, p in enumerate(paragraphs)}
    matched: list[Any] = []
    unmatched: list[tuple[Any, str]] = []
    for p in paragraphs:
        text = _text(p)
        key = _norm(text)
        if not key:
            continue
        # the extractor splits paragraphs at <br>: match any piece
        pieces = [_norm(x) for x in _text(p, br="\n").split("\n")] if p.find(".//br") is not None else [key]
        if any(k and (k in keys or (len(k) >= 30 and k[:60] in prefixes)) for k in pieces):
            matched.append(p)
        elif len(key) >= 40 and _has_letters(text):
            unmatched.append((p, text))
    if not matched or not unmatched:
        return lines
    # Signature paths (p's ancestors up to CHUNK_DEPTH) of extracted paragraphs, with the shared ancestor.
    chains: dict[tuple[str, ...], set[Any]] = {}
    for p in matched:
        ancestors = [p, *list(p.iterancestors())[:CHUNK_DEPTH]]
        for depth in range(2, len(ancestors)):
            sig = tuple(_signature(a) for a in ancestors[:depth])
            chains.setdefault(sig, set()).add(ancestors[depth])
    by_chunk: dict[Any, list[tuple[Any, str]]] = {}
    for p, text in unmatched:
        if _link_density(p, text) > 0.5:
            continue  # teaser links, not prose
        ancestors = [p, *list(p.iterancestors())[:CHUNK_DEPTH]]
        for depth in range(2, len(ancestors)):
            sig = tuple(_signature(a) for a in ancestors[:depth])
            # a class somewhere on the path, so bare <div><div><p> chains do not match everything
            if ancestors[depth] in chains.get(sig, ()) and any("." in x and not x.endswith(".") for x in sig[1:]):
                if ancestors[depth].tag not in ("body", "html") and not _in_boilerplate(p, stop=ancestors[depth]):
                    by_chunk.setdefault(ancestors[depth - 1], []).append((p, text))
                break
    # A chunk is body text, not a teaser card: several paragraphs or a long one.
    added = [
        item
        for chunk in by_chunk.values()
        if len(chunk) >= 2 or sum(len(t) for _p, t in chunk) >= CHUNK_MIN_CHARS
        for item in chunk
    ]
    if not added:
        return lines
    # Merge in page order: extracted lines take the position of their paragraph (or follow the previous line).
    by_key = {}
    for p in matched:
        by_key.setdefault(_norm(_text(p)), position[p])
    placed: list[tuple[float, int, str]] = []
    last = -1.0
    for i, line in enumerate(lines):
        key = _norm(line)
        pos = by_key.get(key)
        if pos is None:
            pos = next((v for k, v in by_key.items() if key and k.startswith(key[:60]) and len(key) >= 30), None)
        last = float(pos) if pos is not None and pos >= last else last + 1e-6
        placed.append((last, i, line))
    placed += [(float(position[p]), len(lines) + j, text) for j, (p, text) in enumerate(added)]
    placed.sort()
    return [line for _pos, _i, line in placed]


def _fallback_lines(tree: Any, scope: Any | None) -> list[str]:
    """Paragraph text straight from the page when trafilatura finds nothing."""
    root = scope if scope is not None else tree
    lines: list[str] = []
    for el in root.iter("p", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "dd"):
        if _in_boilerplate(el, stop=scope):
            continue
        if any(a.tag in ("p", "li", "blockquote", "td", "dd") for a in el.iterancestors()):
            continue
        text = _text(el)
        if text and _has_letters(text):
            lines.append(text)
    if lines:
        return lines
    body = root if scope is not None else next(iter(tree.xpath("//body")), tree)
    text = _text(body)
    return [text] if text and _has_letters(text) else []


_CLOSING_HEADING = re.compile(load_common("layout")["closing_heading"], re.IGNORECASE)
_RELATED_HEADING = re.compile(
    r"^(?:you may also like|you might also like|related (?:articles|stories|posts|content|news|coverage)|"
    r"more stories|more from [\w ]{1,30}|recommended(?: for you)?|trending now|most read|most popular|"
    r"vous aimerez aussi|vous pourriez aussi aimer|sur le même sujet|dans la même rubrique|les plus lus|"
    r"à lire aussi|a lire aussi|das könnte sie auch interessieren|mehr zum thema|potrebbe interessarti|"
    r"articoli correlati|você pode gostar|veja também|leia também|te puede interesar|noticias relacionadas|"
    r"czytaj także|zobacz też|polecamy|читайте также|похожие статьи)\W*$",
    re.IGNORECASE,
)
_META_START = re.compile(
    r"^(?:publié|publie|publiée|mis à jour|mis en ligne|modifié|updated|last updated|published|first published|"
    r"posted|publicado|publicada|pubblicato|aggiornato|veröffentlicht|aktualisiert|opublikowano|опубликовано|"
    r"обновлено|date)\b",
    re.IGNORECASE,
)


def _is_meta_line(line: str, byline_names: list[str]) -> bool:
    """Is this a byline / dateline ("Par X", "Publié le 3 mars 2024 à 10h32", "Updated at 1:23 p.m.")?"""
    words = len(line.split())
    if words > 25 or (line.endswith(".") and not re.search(r"\b(?:a|p)\.m\.$", line) and words > 8):
        return False
    if _BYLINE_LINE.match(line):
        names = {_norm(n) for n in clean_author_names(line)}
        if names and (names & {_norm(n) for n in byline_names} or (not byline_names and words <= 10)):
            return True
    if _META_START.match(line) and (words <= 8 or parse_date_text(line)):
        return True
    return words <= 14 and bool(parse_date_text(line[:30])) and not line.endswith(".") and _starts_with_date(line)


def _starts_with_date(line: str) -> bool:
    head = line.split()[:4]
    return bool(head) and (any(c.isdigit() for c in head[0]) or bool(parse_date_text(" ".join(head))))


def _clean_body(
    lines: list[str], title: str | None, h1: str | None, captions: list[str], byline_names: list[str]
) -> list[str]:
    skip = {_norm(t) for t in (title, h1) if t}
    skip |= {_norm(c) for c in captions}
    skip.discard("")
    out: list[str] = []
    for i, line in enumerate(lines):
        key = _norm(line)
        if not key or key in skip:
            continue
        if _RELATED_HEADING.match(line) and sum(map(len, out)) >= min(300, sum(map(len, lines)) / 2):
            break  # "You may also like" and the teasers that follow it
        if is_boilerplate_line(line):
            continue
        if _CLOSING_HEADING.match(line) and sum(map(len, out)) >= sum(map(len, lines)) / 2:
            break  # a newsletter's sign-up box closing the page
        if (i < 5 or i >= len(lines) - 3) and _is_meta_line(line, byline_names):
            continue
        if i >= len(lines) - 3 and wire_credit(line):
            continue  # "(Reporting by A; Editing by B)": see _wire_reporters
        out.append(line)
    return out


_WIRE_ROLE = re.compile(
    r"[;,]?\s*\b(?:(?:additional|with)\s+)?(reporting|writing|written|compiled|editing|edited)\s+by\s+", re.IGNORECASE
)


def _wire_reporters(lines: list[str]) -> list[str]:
    """The reporters and writers a wire's closing credit line names ("(Reporting by A and B; Editing by C)": A, B)."""
    for line in reversed(lines[-3:]):
        if not wire_credit(line):
            continue
        text = line.strip().strip("().")
        names: list[str] = []
        cuts = list(_WIRE_ROLE.finditer(text))
        for k, m in enumerate(cuts):
            if m.group(1).lower().startswith("edit"):
                continue
            piece = text[m.end() : cuts[k + 1].start() if k + 1 < len(cuts) else len(text)]
            piece = re.split(r"\s+in\s+[A-Z]|;", piece)[0]  # "Reporting by A in Paris"
            names += clean_author_names(piece)
        return _dedupe(names)
    return []


def _agency_only(authors: list[str]) -> bool:
    agencies = {_norm(a) for a in load_common("captions").get("agencies", [])}
    return bool(authors) and all(_norm(a) in agencies for a in authors)


# --------------------------------------------------------------------------- main entry


def parse_html(html: str | bytes, *, article_id: str, source: str, url: str | None = None) -> Article:
    """Read a news page into an :class:`Article` (title, captions, body, source line, metadata).

    html (str | bytes): the page; bytes are decoded from BOM / meta charset / content.
    article_id (str): the article id.
    source (str): where the page was read from (path or URL), stored as ``input``.
    url (str | None): the page URL when known (relative links, fallback ``url``).
    RETURNS (Article): the laid-out article, ``format="html"``.
    RAISES (BadInput): when the page holds no article text at all.
    """
    if not isinstance(html, str | bytes | bytearray | memoryview):
        raise BadInput(NO_TEXT_MESSAGE, input=source, code=E_EMPTY)
    if not isinstance(html, str):
        html = bytes(html)
    if looks_binary(html):
        raise BadInput(NO_TEXT_MESSAGE, input=source, code=E_BINARY)
    text = decode_html(html)
    if not text.strip():
        raise BadInput(NO_TEXT_MESSAGE, input=source, code=E_EMPTY)
    tree = _parse_tree(text)
    if tree is None:
        raise BadInput(NO_TEXT_MESSAGE, input=source, code=E_NO_TEXT)

    meta = _Meta(tree)  # reads JSON-LD before scripts are removed
    etree.strip_elements(tree, *_DROP_TAGS, with_tail=False)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)

    page_url = _safe_url(
        next(iter(tree.xpath("//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href")), None), url
    )
    page_url = page_url or _safe_url(meta.tag("og:url"), url) or _safe_url(_ld_url(meta.ld_get("url")), url)
    page_url = page_url or _safe_url(url, None)
    publisher = _ld_text(meta.resolve(meta.ld_get("publisher")))
    outlet = meta.tag("og:site_name") or publisher or meta.tag("application-name", "apple-mobile-web-app-title")
    if outlet and outlet.startswith("@"):
        outlet = publisher or outlet.lstrip("@") or None
    if outlet and re.match(r"(?i)(?:https?://|www\.)", outlet.strip()):  # a URL as the site's name
        outlet = site_name(outlet.strip())
    # a section label, a nav string or the bare host as the site's name: the name that belongs to the host (fixb45)
    outlet = site_outlet(outlet, publisher, page_url)
    outlet = outlet or site_name(page_url)
    h1_el = next(iter(tree.xpath("//h1")), None)
    h1 = _text(h1_el) if h1_el is not None else None
    title_el = next(iter(tree.xpath("//title")), None)
    raw_title = (
        meta.tag("og:title", "twitter:title")
        or _ld_text(meta.ld.get("headline"))
        or h1
        or (_text(title_el) if title_el is not None else None)
    )
    title = _clean_title(raw_title, outlet, page_url, h1)

    scope = _article_scope(tree)
    if scope is not None:
        scope = _widen_to_title(scope, tree)
    captions = _find_captions(tree, scope, title)
    authors = _authors(meta, tree, scope, outlet)
    published, inferred = _published(meta, tree, scope, page_url, text)

    # Body: trafilatura on a copy without the captions we took, then a recall retry, then plain paragraphs.
    for el in tree.xpath("//*[@data-nl-caption]"):
        del el.attrib["data-nl-caption"]  # the page's own attribute must not steer us
    marks = [el for el, _t, _c in captions if el.tag != "img"]
    for el in marks:
        el.set("data-nl-caption", "1")
    body_tree = copy.deepcopy(tree)
    for el in marks:
        del el.attrib["data-nl-caption"]
    for el in body_tree.xpath("//*[@data-nl-caption]"):
        _drop_keep_tail(el)
    caption_texts = [c[1] for c in captions]
    lines = trafilatura_lines(body_tree, page_url, recall=False)
    if sum(len(line) for line in lines) < SHORT_BODY_CHARS:
        # Precision mode sometimes keeps only a notice box: retry for recall, keep it when it finds much more.
        wider = trafilatura_lines(body_tree, page_url, recall=True)
        if sum(len(line) for line in wider) > 2 * sum(len(line) for line in lines):
            lines = wider
    lines = _add_sibling_chunks(body_tree, lines)
    if not authors or _agency_only(authors):  # a wire's story reprinted: its reporters, not "Reuters"
        authors = _wire_reporters([line for line in lines if not is_boilerplate_line(line)]) or authors
    body = _clean_body(lines, title, h1, caption_texts, authors)
    if not body:
        body = _clean_body(trafilatura_lines(body_tree, page_url, recall=True), title, h1, caption_texts, authors)
    if not body:
        body = _clean_body(_fallback_lines(body_tree, scope), title, h1, caption_texts, authors)
    if not body:
        raise BadInput(NO_TEXT_MESSAGE, input=source, code=E_NO_TEXT)

    source_line = None
    if len(body) > 1 and _SOURCE_LINE.match(body[-1]) and len(body[-1]) <= 300:
        source_line = body.pop()

    parts = [Part("title", title)] if title else []
    parts += [Part("caption", text_, credit=credit) for _el, text_, credit in captions]
    parts += [Part("body", line) for line in body]
    if source_line:
        parts.append(Part("source", source_line))
    language = _language(tree, meta)
    image = meta.tag("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
    lead_image = _safe_url(image, page_url) or _safe_url(_ld_url(meta.ld_get("image")), page_url)
    return build_article(
        article_id,
        parts,
        title=title,
        outlet=clean_block(outlet) if outlet else None,
        published=published,
        published_inferred=inferred,
        authors=authors,
        url=page_url,
        lead_image=lead_image,
        language=language,
        language_source="metadata" if language else None,
        input=source,
        format="html",
    )
