"""Publication dates: ISO strings from metadata and month-name dates from page text.

``normalise_iso`` reads machine dates (``2024-03-08T10:32:00+01:00``,
``20240308``, RFC 2822 ``Fri, 08 Mar 2024 10:00:00 GMT``) and
``parse_date_text`` reads dates as people write them ("1er février 2024",
"publié le 3 mars 2024 à 10h32", "March 8, 2024", "8 March 2024",
"03/03/2024"). Both return a calendar-checked ``YYYY-MM-DD`` or None.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from email.utils import parsedate

from newsloupe.lang import load_common, load_data

MIN_YEAR = 1900
MAX_YEAR = 2100


def _fold(word: str) -> str:
    """Lowercase, accents stripped, trailing dot dropped: "févr." -> "fevr"."""
    decomposed = unicodedata.normalize("NFD", word.lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_names() -> dict[str, int]:
    """Month names and abbreviations, folded: French and English from ``lang/fr|en/dates.json``,
    other languages from ``lang/common/html.json``."""
    months: dict[str, int] = {}
    for lang in ("fr", "en"):
        for name, num in load_data(lang, "dates")["months"].items():
            months.setdefault(_fold(name), int(num))
    common = load_common("html")
    for num, names in enumerate(common["months_more"], start=1):
        for name in names.split():  # as written there (already lowercase, accents as matched)
            months.setdefault(name, num)
    for word in common["months_not_words"]:
        months.pop(word, None)
    return months


_MONTHS = _month_names()
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

_DAY = r"(?P<day>[0-3]?\d)(?:\s?er|st|nd|rd|th|eme|e|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH = rf"(?P<month>{_MONTH_ALT})\.?"

# "1er février 2024", "8 March 2024", "8. März 2024", "3 mars, 2024"
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s*(?:de\s+)?{_MONTH}\s*,?\s*(?:de\s+)?{_YEAR}\b", re.IGNORECASE)
# "March 8, 2024", "Mar. 8th 2024", "Sept. 3, 2024"
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s*{_DAY}\s*,?\s*{_YEAR}\b", re.IGNORECASE)
# "2024-03-08", "2024/03/08", "2024.03.08"
_YMD = re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)\b")
# "08/03/2024", "8.3.2024", "08-03-2024"
_DMY = re.compile(r"\b(?P<a>[0-3]?\d)[-/.](?P<b>[01]?\d)[-/.](?P<year>(?:19|20)\d\d)\b")

_ISO = re.compile(
    r"^\s*(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})(?:$|[T\s_]|[+-]\d{2}:?\d{2}$|Z$)",
)
_ISO_LOOSE = re.compile(r"^\s*(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})\b")


def _fold(s: str) -> str:
    """Lowercase and strip accents ("Février" -> "fevrier")."""
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def make_date(year: int | str, month: int | str, day: int | str) -> str | None:
    """Return ``YYYY-MM-DD`` when the parts form a real calendar date in range, else None."""
    try:
        y, m, d = int(year), int(month), int(day)
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        return date(y, m, d).isoformat()
    except (TypeError, ValueError):
        return None


def normalise_iso(s: str | None) -> str | None:
    """Normalise a machine-written date or datetime to ``YYYY-MM-DD``.

    Accepts ISO 8601 dates and datetimes (with or without separators, time
    zone or fraction), ``YYYY/MM/DD`` and RFC 2822 dates; falls back to
    :func:`parse_date_text` for month-name dates found in metadata.

    s (str | None): the date as written in the metadata.
    RETURNS (str | None): the calendar date, or None when none can be read.
    """
    if not s or not isinstance(s, str):
        return None
    s = s.strip()
    if not s:
        return None
    for pattern in (_ISO, _ISO_LOOSE):
        m = pattern.match(s)
        if m:
            return make_date(m["year"], m["month"], m["day"])
    try:
        parsed = parsedate(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed:
        return make_date(parsed[0], parsed[1], parsed[2])
    return parse_date_text(s)


def parse_date_text(s: str | None, *, dayfirst: bool = True) -> str | None:
    """Find the first human-written date in ``s`` and return it as ``YYYY-MM-DD``.

    Reads French, English, German and Italian month names and abbreviations
    ("1er février 2024", "publié le 3 mars 2024 à 10h32", "March 8, 2024",
    "Sept. 3, 2024", "8. März 2024"), ISO-like ``2024-03-08`` and numeric
    ``08/03/2024`` (day first unless ``dayfirst=False`` or the day is > 12).

    s (str | None): any text (a byline, a date line, a sentence).
    dayfirst (bool): how to read an ambiguous numeric date like 03/04/2024.
    RETURNS (str | None): the first valid date, or None.
    """
    if not s:
        return None
    text = _fold(s)
    found: list[tuple[int, str]] = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        iso = make_date(m["year"], _MONTHS[m["month"]], m["day"])
        if iso:
            found.append((m.start(), iso))
            break
    for m in _MONTH_DAY_YEAR.finditer(text):
        iso = make_date(m["year"], _MONTHS[m["month"]], m["day"])
        if iso:
            found.append((m.start(), iso))
            break
    for m in _YMD.finditer(text):
        iso = make_date(m["year"], m["month"], m["day"])
        if iso:
            found.append((m.start(), iso))
            break
    for m in _DMY.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 or b > 12:
            day, month = (a, b) if a > 12 else (b, a)
        else:
            day, month = (a, b) if dayfirst else (b, a)
        iso = make_date(m["year"], month, day)
        if iso:
            found.append((m.start(), iso))
            break
    if not found:
        return None
    return min(found)[1]
