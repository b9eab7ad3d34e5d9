"""Read schema.org ``ClaimReview`` objects from every form fact-checkers publish them in.

Sources: fact-check web pages (the JSON-LD of their ``<script type="application/ld+json">``
elements, from a saved HTML file or a URL fetched under :mod:`newsloupe.ingest.url`'s
private-address rules), JSON files (one object, an array, an ``@graph``), JSONL files (one
object a line), a schema.org ``DataFeed`` (``dataFeedElement[].item``) and the JSON of
fact-check search APIs (``claims[].claimReview[]``).

Each item becomes a :class:`Review` or a :class:`Failure` naming its source, the item
(``line 5``, ``item 3``, ``script 2``, ``claims[4].claimReview[0]``), an NL-E code and the
reason; one bad item never stops the others. ``claimReviewed`` is kept exactly as the
checker wrote it (markup included) and is only ever displayed as escaped text.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsloupe import errors
from newsloupe.errors import NewsloupeError
from newsloupe.lang import load_data

SCALE = ("false", "misleading", "mixed", "true", "unverifiable")
SUFFIXES = (".html", ".htm", ".json", ".jsonl", ".ndjson")
# A date may be a day or two ahead of ours because of time zones; beyond that it is wrong.
FUTURE_SLACK = timedelta(days=2)


@dataclass(frozen=True)
class Review:
    """One fact-check, normalised.

    url (str): the review's URL (its identity in the memory).
    claim_reviewed (str): the claim as the checker phrases it, as text (markup stripped, entities
        decoded: :func:`plain_text`); displays escape it.
    rating (str | None): the common scale: false, misleading, mixed, true, unverifiable.
    rating_text (str | None): the checker's own wording.
    claim_date, review_date (str | None): ISO dates (YYYY-MM-DD).
    language (str | None): ``inLanguage`` / ``languageCode``, else identified from the claim.
    appearances (tuple[str, ...]): http(s) URLs where the claim appeared.
    source (str): where the review was read: path or URL and the item locator.
    """

    url: str
    claim_reviewed: str
    reviewer: str | None = None
    reviewer_url: str | None = None
    rating: str | None = None
    rating_text: str | None = None
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    claim_author: str | None = None
    claim_date: str | None = None
    review_date: str | None = None
    language: str | None = None
    appearances: tuple[str, ...] = field(default_factory=tuple)
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The review as a JSON-ready dict."""
        return {k: (list(v) if k == "appearances" else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Failure:
    """An item (or a whole source, ``item`` None) that could not be read."""

    source: str
    item: str | None
    code: str
    reason: str
    not_review: bool = False  # the item is no ClaimReview at all (another @type, or none)

    def __str__(self) -> str:
        where = f"{self.source} ({self.item})" if self.item else self.source
        return f"{where}: {self.reason} [{self.code}]"


@dataclass(frozen=True)
class Ignored:
    """Not an item and not an error (a blank line)."""

    source: str
    item: str


Outcome = Review | Failure | Ignored


class ItemError(Exception):
    """Why one item is refused (caught per item and turned into a :class:`Failure`)."""

    def __init__(self, reason: str, code: str = errors.E_RECORD, *, not_review: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.not_review = not_review


# -- ratings -------------------------------------------------------------------


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a rating wording."""
    text = unicodedata.normalize("NFKD", text.replace("…", " ").replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\s\-_]+", " ", text)
    return text.strip(" .!?:;,'\"«»").strip()


@cache
def _ratings() -> tuple[dict[str, str], tuple[tuple[float, str], ...]]:
    data = load_data("common", "ratings")
    table: dict[str, str] = {}
    for label, words in data["wordings"].items():
        for w in words:
            key = fold(w)
            if table.get(key, label) != label:
                raise ValueError(f"ratings.json: {w!r} is both {table[key]} and {label}")
            table[key] = label
    return table, tuple((float(b), str(lab)) for b, lab in data["numeric"])


def common_rating(
    wording: str | None, value: float | None = None, best: float | None = None, worst: float | None = None
) -> str | None:
    """The common-scale rating of a checker's verdict.

    wording (str | None): the checker's wording; it decides whenever it is given.
    value, best, worst (float | None): the numeric rating, used only without a wording
        (schema.org's default scale is 1 to 5).
    RETURNS (str | None): one of :data:`SCALE`, or None when unknown.
    """
    table, numeric = _ratings()
    if wording and wording.strip():
        return table.get(fold(wording))
    if value is None:
        return None
    hi = 5.0 if best is None else best
    lo = 1.0 if worst is None else worst
    if hi <= lo or not lo <= value <= hi:
        return None
    pos = (value - lo) / (hi - lo)
    return next((lab for bound, lab in numeric if pos <= bound), None)


# -- field readers ----------------------------------------------------------------


def _types(node: dict[str, Any]) -> list[str]:
    t = node.get("@type")
    items = t if isinstance(t, list) else [t]
    return [str(x).rsplit("/", 1)[-1] for x in items if isinstance(x, str)]


def _is_review(node: Any) -> bool:
    return isinstance(node, dict) and "ClaimReview" in _types(node)


def _resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
        return index.get(value["@id"], value)
    return value


def _http_url(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    if not isinstance(value, str):
        return None
    value = value.strip()
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.hostname else None


# Markup a feed leaves in a text field: elements whose content is not text (script, style,
# comments) go whole; other tags go, their text stays; entities are decoded.
_NOT_TEXT = re.compile(r"<!--.*?(?:-->|$)|<(script|style|template)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![^<>]*>")


def plain_text(value: str) -> str:
    """A text field as text: tags stripped, entities decoded, spaces collapsed.

    Entities are decoded twice at most (a feed that escaped its markup once more), the tags
    they reveal are stripped too. ``a < b`` stays (a tag starts with a letter after ``<``).
    """
    for _ in range(2):
        before = value
        value = _TAG.sub(" ", _NOT_TEXT.sub(" ", value))
        if "&" in value:
            value = html.unescape(value)
        if value == before:
            break
    value = _TAG.sub(" ", _NOT_TEXT.sub(" ", value))
    return " ".join(value.split())


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        value = plain_text(value)
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _name(value: Any, index: dict[str, dict[str, Any]]) -> str | None:
    value = _resolve(value, index)
    if isinstance(value, dict):
        return _text(value.get("name")) or _text(value.get("alternateName"))
    return _text(value)


def _number(value: Any, name: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ItemError(f"{name} is not a number ({value!r})")
    try:
        out = float(str(value).strip().replace(",", "."))
    except (ValueError, OverflowError):
        raise ItemError(f"{name} is not a number ({value!r})") from None
    if out != out or out in (float("inf"), float("-inf")):
        raise ItemError(f"{name} is not a number ({value!r})")
    return out


def _date(value: Any, name: str, today: date) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ItemError(f"invalid {name} {value!r}: not a date string")
    s = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            d = date.fromisoformat(s)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].+", s):
            d = datetime.fromisoformat(s).date()
        else:
            raise ValueError("expected an ISO 8601 date")
    except ValueError as err:
        raise ItemError(f"invalid {name} {value!r}: {err}") from None
    if d > today + FUTURE_SLACK:
        raise ItemError(f"invalid {name} {value!r}: the date lies in the future")
    return d.isoformat()


def _language(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def identify_language(text: str) -> str | None:
    """The language of a claim without ``inLanguage`` (newsloupe's language identifier)."""
    from newsloupe.ingest.language import classify

    try:
        return classify(text)[0]
    except Exception:  # identification is a convenience; the review is kept without it
        return None


def to_review(
    node: Any, source: str, *, index: dict[str, dict[str, Any]] | None = None, today: date | None = None
) -> Review:
    """Validate one ClaimReview object and normalise it.

    node (Any): the parsed JSON of the item.
    source (str): where it was read (path or URL and locator), kept in the review.
    index (dict | None): ``@id`` → node of the JSON-LD document, for references.
    RETURNS (Review): the normalised review.
    RAISES (ItemError): the item is not a usable ClaimReview (the reason says why).
    """
    index = index or {}
    today = today or datetime.now(UTC).date()
    if not isinstance(node, dict):
        kind = {list: "an array", str: "a string", type(None): "null", bool: "a boolean"}.get(type(node), "a number")
        raise ItemError(f"the item is {kind}, not a JSON object")
    if not _is_review(node):
        found = ", ".join(_types(node))
        raise ItemError(
            f"@type is {found}, not ClaimReview" if found else "no @type (not a ClaimReview)", not_review=True
        )
    url = node.get("url")
    if url is None or (isinstance(url, str) and not url.strip()):
        raise ItemError("missing url")
    if not isinstance(url, str):
        raise ItemError(f"url is not a string ({type(url).__name__})")
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme:
        raise ItemError(f"url {url!r} is not absolute", errors.E_URL)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ItemError(f"url {url[:60]!r} is not an http(s) URL", errors.E_URL)
    claim = node.get("claimReviewed")
    if claim is None:
        raise ItemError("missing claimReviewed")
    if not isinstance(claim, str):
        raise ItemError(f"claimReviewed is not a string ({type(claim).__name__})")
    if not claim.strip():
        raise ItemError("claimReviewed is empty")
    claim = plain_text(claim)
    if not claim:
        raise ItemError("claimReviewed has only markup, no text")
    rating = _resolve(node.get("reviewRating"), index)
    if rating is None:
        raise ItemError("missing reviewRating")
    if not isinstance(rating, dict):
        raise ItemError("reviewRating is not an object")
    wording = _text(rating.get("alternateName")) or _text(rating.get("name"))
    value = _number(rating.get("ratingValue"), "ratingValue")
    if wording is None and value is None:
        raise ItemError("reviewRating has neither ratingValue nor alternateName")
    best = _number(rating.get("bestRating"), "bestRating")
    worst = _number(rating.get("worstRating"), "worstRating")
    author = _resolve(node.get("author"), index) or _resolve(node.get("publisher"), index)
    item = _resolve(node.get("itemReviewed"), index)
    item = item if isinstance(item, dict) else {}
    appearances: list[str] = []
    for key in ("appearance", "firstAppearance"):
        found = item.get(key)
        for a in found if isinstance(found, list) else [found]:
            u = _http_url(_resolve(a, index))
            if u and u not in appearances:
                appearances.append(u)
    claim_text = claim.strip()
    language = _language(node.get("inLanguage")) or identify_language(claim_text)
    review = Review(
        url=url,
        claim_reviewed=claim_text,
        reviewer=_name(author, index),
        reviewer_url=_http_url(author) if isinstance(author, dict) else None,
        rating=common_rating(wording, value, best, worst),
        rating_text=wording,
        rating_value=value,
        best_rating=best,
        worst_rating=worst,
        claim_author=_name(item.get("author"), index),
        claim_date=_date(item.get("datePublished") or item.get("dateCreated"), "itemReviewed.datePublished", today),
        review_date=_date(node.get("datePublished"), "datePublished", today),
        language=language,
        appearances=tuple(appearances),
        source=source,
    )
    return _scrubbed(review)


def _scrub(text: str) -> str:
    """Lone surrogates (valid JSON escapes, not encodable text) become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def _scrubbed(r: Review) -> Review:
    texts = [v for v in r.__dict__.values() if isinstance(v, str)]
    try:
        "".join(texts + list(r.appearances)).encode("utf-8")
        return r
    except UnicodeEncodeError:
        pass
    fixed = {k: _scrub(v) for k, v in r.__dict__.items() if isinstance(v, str) and _scrub(v) is not v}
    if any(_scrub(a) is not a for a in r.appearances):
        fixed["appearances"] = tuple(_scrub(a) for a in r.appearances)
    return replace(r, **fixed) if fixed else r


# -- documents -------------------------------------------------------------------


def _collect(value: Any, found: list[dict[str, Any]], index: dict[str, dict[str, Any]]) -> None:
    """Every ClaimReview of a JSON-LD document (in ``@graph``, arrays or nested), and its ``@id`` nodes."""
    if isinstance(value, list):
        for v in value:
            _collect(v, found, index)
    elif isinstance(value, dict):
        if isinstance(value.get("@id"), str) and len(value) > 1:
            index.setdefault(value["@id"], value)
        if _is_review(value):
            found.append(value)
        for k, v in value.items():
            if k != "@context":
                _collect(v, found, index)


def _reviews_of_document(doc: Any, source: str, locator: str, today: date) -> Iterator[Outcome]:
    found: list[dict[str, Any]] = []
    index: dict[str, dict[str, Any]] = {}
    try:
        _collect(doc, found, index)
    except RecursionError:
        yield Failure(source, locator, errors.E_FORMAT, "the JSON-LD is nested too deeply")
        return
    for k, node in enumerate(found, start=1):
        loc = locator if len(found) == 1 else f"{locator}, review {k}"
        yield _checked(node, source, loc, index, today)


def _checked(node: Any, source: str, locator: str, index: dict[str, dict[str, Any]], today: date) -> Outcome:
    try:
        return to_review(node, f"{source} ({locator})", index=index, today=today)
    except ItemError as err:
        return Failure(source, locator, err.code, err.reason, err.not_review)
    except RecursionError:
        return Failure(source, locator, errors.E_FORMAT, "the item is nested too deeply")
    except Exception as err:  # a bug met on one item: that item's failure, the others go on
        wrapped = errors.internal(err, input=source, stage="ClaimReview parsing")
        return Failure(source, locator, wrapped.code, wrapped.message)


def _search_api_item(claim: Any, review: Any) -> Any:
    """A search-API answer's claim + review as a ClaimReview object (one validation path)."""
    if not isinstance(review, dict):
        return review
    claim = claim if isinstance(claim, dict) else {}
    publisher = review.get("publisher") if isinstance(review.get("publisher"), dict) else {}
    site = publisher.get("site")
    site_url = f"https://{site.strip()}/" if isinstance(site, str) and re.fullmatch(r"[\w.-]+", site.strip()) else None
    node: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": review.get("url"),
        "claimReviewed": claim.get("text"),
        "author": {"name": publisher.get("name") or site, "url": site_url},
        "itemReviewed": {"author": claim.get("claimant"), "datePublished": claim.get("claimDate")},
        "datePublished": review.get("reviewDate"),
        "inLanguage": review.get("languageCode"),
    }
    if review.get("textualRating") is not None:
        node["reviewRating"] = {"alternateName": review.get("textualRating")}
    return node


def parse_json_document(doc: Any, source: str, *, today: date | None = None) -> Iterator[Outcome]:
    """The reviews of one parsed JSON file: a search-API answer, a DataFeed, an array, an ``@graph`` or one object."""
    today = today or datetime.now(UTC).date()
    if isinstance(doc, dict) and isinstance(doc.get("claims"), list):
        for i, claim in enumerate(doc["claims"]):
            reviews = claim.get("claimReview") if isinstance(claim, dict) else None
            if not isinstance(reviews, list) or not reviews:
                yield Failure(source, f"claims[{i}]", errors.E_RECORD, "claim without claimReview")
                continue
            for j, rev in enumerate(reviews):
                yield _checked(_search_api_item(claim, rev), source, f"claims[{i}].claimReview[{j}]", {}, today)
    elif isinstance(doc, dict) and ("DataFeed" in _types(doc) or "dataFeedElement" in doc):
        elements = doc.get("dataFeedElement")
        for i, el in enumerate(elements if isinstance(elements, list) else [elements]):
            item = el.get("item") if isinstance(el, dict) and "item" in el else el
            items = item if isinstance(item, list) else [item]
            for j, node in enumerate(items):
                loc = f"dataFeedElement[{i}]" if len(items) == 1 else f"dataFeedElement[{i}].item[{j}]"
                yield _checked(node, source, loc, {}, today)
    elif isinstance(doc, list):
        for i, node in enumerate(doc, start=1):
            yield _checked(node, source, f"item {i}", {}, today)
    elif isinstance(doc, dict) and "@graph" in doc:
        found = list(_reviews_of_document(doc, source, "@graph", today))
        yield from found or [Failure(source, None, errors.E_RECORD, "no ClaimReview in the @graph")]
    else:
        yield _checked(doc, source, "item 1", {}, today)


def holds_claim_reviews(record: dict[str, Any]) -> bool:
    """A ClaimReview, or a container of them: a schema.org DataFeed (``dataFeedElement[].item``), a fact-check
    search API's answer (``claims[].claimReview[]``) or an ``@graph``: the shapes :func:`parse_json_document` reads
    (``newsloupe analyze`` points such a file to ``factchecks import``)."""
    kind = record.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "ClaimReview" in kinds or "claimReviewed" in record:
        return True
    inner: list[Any] = []
    if "DataFeed" in kinds or "dataFeedElement" in record:
        for el in record.get("dataFeedElement") or []:
            inner.append(el.get("item") if isinstance(el, dict) and "item" in el else el)
    claims = record.get("claims")
    if isinstance(claims, list):
        for claim in claims:
            if isinstance(claim, dict) and isinstance(claim.get("claimReview"), list):
                return True
    graph = record.get("@graph")
    if isinstance(graph, list):
        inner.extend(graph)
    flat = [x for item in inner for x in (item if isinstance(item, list) else [item])]
    return any(isinstance(x, dict) and holds_claim_reviews(x) for x in flat)


def parse_jsonl(lines: Iterable[bytes], source: str, *, today: date | None = None) -> Iterator[Outcome]:
    """One ClaimReview a line; blank lines are ignored, a bad line is one failure."""
    today = today or datetime.now(UTC).date()
    loads = json.loads
    for n, raw in enumerate(lines, start=1):
        loc = f"line {n}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Failure(source, loc, errors.E_DECODE, f"the line is not UTF-8 ({err.reason})")
            continue
        if not line.strip():
            yield Ignored(source, loc)
            continue
        try:
            node = loads(line)
        except json.JSONDecodeError as err:
            yield Failure(source, loc, errors.E_FORMAT, f"invalid JSON ({err})")
            continue
        except RecursionError:
            yield Failure(source, loc, errors.E_FORMAT, "invalid JSON (nested too deeply)")
            continue
        yield _checked(node, source, loc, {}, today)


def parse_html(content: bytes | str, source: str, *, today: date | None = None) -> Iterator[Outcome]:
    """The ClaimReviews of a page's ``<script type="application/ld+json">`` elements.

    Other scripts and other JSON-LD nodes (BreadcrumbList, NewsArticle...) are skipped; a
    script that is not valid JSON is one failure; a page with no ClaimReview is one failure.
    """
    import lxml.html
    from lxml.etree import ParserError

    from newsloupe.ingest.html import XML_DECL, decode_html  # (one pattern: lxml refuses a str declaring one)

    today = today or datetime.now(UTC).date()
    # The article ingest's decoding (BOM, declared charset, UTF-8, then a guess): lxml alone
    # reads bytes without a <meta charset> as Latin-1, which turns UTF-8 pages into mojibake.
    text = decode_html(content)
    text = XML_DECL.sub("", text, count=1)  # lxml refuses a str that declares an encoding
    try:
        tree = lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as err:
        yield Failure(source, None, errors.E_FORMAT, f"cannot parse the page as HTML ({err})")
        return
    found = 0
    scripts = [s for s in tree.iter("script") if (s.get("type") or "").strip().lower() == "application/ld+json"]
    for n, script in enumerate(scripts, start=1):
        loc = f"script {n}"
        text = (script.text or "").strip()
        if text.startswith("<!--"):
            text = text.removeprefix("<!--").removesuffix("-->").strip()
        try:
            doc = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as err:
            found += 1
            yield Failure(source, loc, errors.E_FORMAT, f"invalid JSON-LD ({err})")
            continue
        for out in _reviews_of_document(doc, source, loc, today):
            found += 1
            yield out
    if not found:
        yield Failure(source, None, errors.E_RECORD, "no ClaimReview JSON-LD in the page")


def _looks_like_html(content: bytes) -> bool:
    head = content[:2048].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<script", b"<meta", b"<!--", b"<body"))


def parse_bytes(
    content: bytes, source: str, *, kind: str | None = None, today: date | None = None
) -> Iterator[Outcome]:
    """The reviews of one source's content.

    kind (str | None): ``html``, ``json`` or ``jsonl``; guessed from the content when None.
    RAISES (NewsloupeError): the whole source is unreadable (a JSON file that is not JSON).
    """
    if kind is None:
        kind = "html" if _looks_like_html(content) else "json"
    if kind == "html":
        yield from parse_html(content, source, today=today)
        return
    if kind == "jsonl":
        yield from parse_jsonl(content.splitlines(), source, today=today)
        return
    try:
        doc = json.loads(content)
    except UnicodeDecodeError as err:
        raise NewsloupeError(f"the file is not UTF-8 ({err.reason})", input=source, code=errors.E_DECODE) from None
    except RecursionError:
        raise NewsloupeError("invalid JSON (nested too deeply)", input=source, code=errors.E_FORMAT) from None
    except json.JSONDecodeError as err:
        lines = content.splitlines()
        if len(lines) > 1 and _is_json_object(lines[0]):
            # JSON values one a line is JSONL, whatever the file is called.
            yield from parse_jsonl(lines, source, today=today)
            return
        raise NewsloupeError(
            f"invalid JSON ({err.msg} at line {err.lineno}, column {err.colno})", input=source, code=errors.E_FORMAT
        ) from None
    yield from parse_json_document(doc, source, today=today)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def kind_of(name: str, content_type: str = "") -> str | None:
    """``html``, ``json`` or ``jsonl`` from a file name or a Content-Type; None when unknown."""
    lower = urlsplit(name).path.lower() if "://" in name else name.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".json") or "json" in content_type.lower():
        return "json"
    if lower.endswith((".html", ".htm")) or "html" in content_type.lower():
        return "html"
    return None


def expand(sources: Iterable[str]) -> Iterator[str]:
    """Sources with folders replaced by their html/json/jsonl files (sorted, recursively)."""
    for s in sources:
        p = Path(s)
        if "://" not in s and p.is_dir():
            yield from (str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield s


def read_source(source: str, *, allow_private: bool = False, today: date | None = None) -> Iterator[Outcome]:
    """Every outcome of one source: a file path or an http(s) URL.

    RAISES (NewsloupeError): the source cannot be read at all (missing file, refused or
        failed fetch, invalid JSON file); raised before any outcome is yielded.
    """
    if source.startswith(("http://", "https://")):
        from newsloupe.ingest.url import fetch

        page = fetch(source, allow_private=allow_private)
        content, kind = page.content, kind_of(source, page.content_type)
    else:
        path = Path(source)
        if not path.is_file():
            raise NewsloupeError("no such file", input=source, code=errors.E_NOT_FOUND)
        kind = kind_of(source)
        if kind == "jsonl":
            return _jsonl_file(path, source, today)
        try:
            content = path.read_bytes()
        except OSError as err:
            raise NewsloupeError(
                f"cannot read the file ({err.strerror})", input=source, code=errors.E_NOT_FOUND
            ) from None
    if kind == "json" or (kind is None and not _looks_like_html(content)):
        return iter(list(parse_bytes(content, source, kind=kind, today=today)))
    return parse_bytes(content, source, kind=kind, today=today)


def _jsonl_file(path: Path, source: str, today: date | None) -> Iterator[Outcome]:
    with path.open("rb") as f:
        yield from parse_jsonl(f, source, today=today)
