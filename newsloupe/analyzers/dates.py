"""Dates: absolute and relative time expressions, normalised to ISO values.

Expressions are found with per-language patterns (``lang/<code>/dates.json``)
in each paragraph's own language, so the English caption of a French article
reads "March 08, 2019" with English month names. Values:

- absolute dates as written: "21 juin 2017" -> ``2017-06-21`` (resolution day);
  "janvier 2019" -> ``2019-01`` (month); "en 2017" -> ``2017`` (year);
- dates without a year ("vendredi 25 janvier") take it from the publication
  date, or, when there is none, from their weekday (Friday 25 January is a
  Friday in 2019, the candidate year nearest the article's other years), else
  from the latest date written with its day, month or season (never a bare
  year: :func:`_context_year`), else the year stays unknown; a date after a
  since cue ("depuis", "since") is never after publication;
- seasons with a year: "printemps 2027" -> ``2027-21`` (EDTF season codes);
- relative expressions ("il y a trois jours", "last Tuesday", "la semaine
  dernière") are counted from the publication date (``relative_to``).

Where the article has no publication date, the latest date of its title and body
(never a caption: photos are often older) written with a weekday that fits its year,
the year written or fixed by the weekday ("lundi 3 mars"), is taken as a best guess;
a date the text merely mentions ("la loi votée le 16 mars 1989") or a year guessed
from other years never dates it, and relative dates then stay unresolved:
``published`` is set and ``published_inferred`` is true, and every value that
depends on the guess says so (``inferred``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from re import _parser  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.lang import load_common, load_data
from newsloupe.model import DateAttrs, make_span

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed

_NOT_BODY = ("caption", "boilerplate", "source", "meta")
# English weekday names for the notes (the word list lives in lang/en/dates.json)
_WEEKDAY_NAMES = tuple(sorted(load_data("en", "dates")["weekdays"], key=load_data("en", "dates")["weekdays"].get))
_DAY = r"(?:1er|1re|[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d\d"
# a year after a day and month ("le 16 mars 1889") may be older: the month name says it is a date (a bare
# "en 1750" or "de 1500" stays a number)
_YEAR_AFTER_MONTH = r"(?:1[5-9]|20)\d\d"


@dataclass(frozen=True)
class _Rules:
    patterns: tuple[tuple[re.Pattern[str], dict[str, Any]], ...]
    # per pattern, strings one of which every match holds (lower-cased if ``ignorecase``); () when none known
    needs: tuple[tuple[str, ...], ...]
    ignorecase: bool
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, int]
    order: str
    future: re.Pattern[str]
    # a future cue only right before the date ("by March 3": ``future_cues_before_date``), read at its end
    future_before: re.Pattern[str] | None = None
    # languages with no dependency parse (de/it/pl/ru): a future or conditional form in a bare weekday's clause
    # (``weekday_future_forms``: "sarà", "ma … odwiedzić", "посетит", "könnte") makes it the next one
    weekday_future: re.Pattern[str] | None = None
    # the characters of every needed string, sorted (what :func:`_probe` checks a paragraph's against)
    need_chars: str = ""
    # days with a name of their own ("Black Friday", « Mardi gras »): no weekday to resolve (``named_days``)
    named_days: re.Pattern[str] | None = None


def _after(word: str) -> str:
    """A lookbehind for a word right before (an elided one, "l'", touches the next word)."""
    return rf"(?<=\b{re.escape(word)})" if word[-1] in "'’" else rf"(?<=\b{re.escape(word)}\s)"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _rules(lang: str) -> _Rules:
    data = load_data(lang, "dates") or load_data("en", "dates")
    flags = 0 if data.get("case_sensitive") else re.IGNORECASE
    fold = (lambda s: s) if data.get("case_sensitive") else str.lower
    seasons = [w for w in data.get("seasons", {}) if w not in data.get("seasons_after_in_only", [])]
    subs = {
        "{MONTH}": f"(?:{_alt(list(data['months']))})",
        "{WEEKDAY}": f"(?:{_alt(list(data['weekdays']))})",
        "{NUM}": rf"(?:\d+|{_alt(list(data['numbers']))})",
        "{UNIT}": f"(?:{_alt(list(data['units']))})",
        "{SEASON}": f"(?:{_alt(seasons)})",
        # right after one of season_after (« l'été 2023 », « cet été 2023 », never the participle « a été 2023 »)
        "{SEASON_AFTER}": "(?:" + ("|".join(_after(w) for w in data.get("season_after", [])) or "(?!)") + ")",
        "{DAY}": _DAY,
        "{YEAR}": _YEAR,
    }
    patterns = []
    for entry in data["patterns"]:
        regex = entry["regex"]
        if entry["type"] == "date":
            regex = regex.replace("{YEAR}", _YEAR_AFTER_MONTH)
        for key, value in subs.items():
            regex = regex.replace(key, value)
        patterns.append((re.compile(regex, flags), entry))
    needs = tuple(required_strings(p) for p, _ in patterns)
    if flags:
        needs = tuple(tuple(n.lower() for n in alts) for alts in needs)
    return _Rules(
        patterns=tuple(patterns),
        needs=needs,
        need_chars="".join(sorted({c for alts in needs for s in alts for c in s})),
        ignorecase=bool(flags),
        months={fold(k): v for k, v in data["months"].items()},
        weekdays={fold(k): v for k, v in data["weekdays"].items()},
        numbers={fold(k): v for k, v in data["numbers"].items()},
        units={fold(k): v for k, v in data["units"].items()},
        seasons={fold(k): v for k, v in data.get("seasons", {}).items()},
        order=data.get("numeric_order", "dmy"),
        future=re.compile(r"\b(?:" + (_alt(data.get("future_cues", [])) or "(?!)") + r")\b", flags),
        future_before=re.compile(r"\b(?:" + _alt(data["future_cues_before_date"]) + r")\s+(?:the\s+)?$", flags)
        if data.get("future_cues_before_date")
        else None,
        weekday_future=re.compile(
            r"\b(?:" + "|".join([*data["weekday_future_forms"], _alt(data.get("future_cues", [])) or "(?!)"]) + r")\b",
            flags,
        )
        if data.get("weekday_future_forms")
        else None,
        named_days=re.compile(r"(?<!\w)(?:" + _alt(data["named_days"]) + r")(?!\w)")
        if data.get("named_days")
        else None,
    )


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` holds (the month names of a date): () when none is known."""
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
    except Exception:  # an unexpected parse: no shortcut (never a wrong one)
        return ()
    return _sequence_needs(items) or ()


def _rank(alts: tuple[str, ...]) -> tuple[int, int]:
    """How selective a set of needed strings is: its shortest string's length, then fewer strings."""
    return min(map(len, alts)), -len(alts)


def _sequence_needs(items: Any) -> tuple[str, ...] | None:
    """Of a sequence of parsed regex items, the best set of strings one of which every match holds: a run of
    literal characters, or what a group, an alternation or a repeat of at least once requires (the set whose
    shortest string is longest, then the smallest). None when no item requires anything."""
    best: tuple[str, ...] | None = None
    run = ""

    def better(alts: tuple[str, ...] | None) -> None:
        nonlocal best
        if alts and all(alts) and (best is None or _rank(alts) > _rank(best)):
            best = alts

    for op, av in items:
        if op is _parser.LITERAL:
            run += chr(av)
            better((run,))
            continue
        run = ""
        if op is _parser.SUBPATTERN and not av[1] and not av[2]:  # (a group without its own flags)
            better(_sequence_needs(av[3].data))
        elif op is _parser.BRANCH:
            branches = [_sequence_needs(b.data) for b in av[1]]
            if all(branches):
                better(tuple(dict.fromkeys(s for b in branches for s in b)))  # type: ignore[union-attr]
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] >= 1:
            better(_sequence_needs(av[2].data))
    return best


_SIMPLE_FOLD: dict[tuple[str, int], set[str]] = {}  # (literal characters, flags) -> characters checked safe


def _probe(chunk: str, rules: _Rules) -> str | None:
    """The text to look ``rules.needs`` up in: ``chunk``, or its lower case for case-insensitive patterns when
    the regex engine folds each of its characters as ``str.lower`` does; None when no shortcut is exact."""
    if not rules.ignorecase:
        return chunk
    chars = rules.need_chars
    safe = _SIMPLE_FOLD.setdefault((chars, re.IGNORECASE), set())
    for ch in set(chunk) - safe:
        low = ch.lower()
        if len(low) != 1 or any(
            bool(re.fullmatch(re.escape(c), ch, re.IGNORECASE)) != (low == c.lower()) for c in chars
        ):
            return None
        safe.add(ch)
    return chunk.lower()


@dataclass
class _Found:
    start: int
    end: int
    lang: str
    kind: str
    entry: dict[str, Any]
    groups: dict[str, str | None]
    body: bool
    value: str | None = None
    resolution: str | None = None
    relative_to: str | None = None
    day: date | None = None  # the resolved day, for day-resolution dates
    extra: dict[str, Any] = field(default_factory=dict)


def _month(rules: _Rules, word: str) -> int:
    return rules.months.get(word, rules.months.get(word.lower(), 0))


def _weekday(rules: _Rules, word: str | None) -> int | None:
    if not word:
        return None
    return rules.weekdays.get(word, rules.weekdays.get(word.lower()))


def _day_of(word: str) -> int:
    return int(re.sub(r"\D", "", word) or 0)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _find(analysis: Analysis) -> list[_Found]:
    text = analysis.text
    spans = [
        (p.start, p.end, p.attrs.language or analysis.language or "fr", p.label not in _NOT_BODY)
        for p in analysis.paragraphs
    ] or [(0, len(text), analysis.language or "fr", True)]
    found: list[_Found] = []
    for start, end, lang, body in spans:
        rules = _rules(lang)
        chunk = text[start:end]
        taken = bytearray(len(chunk))
        # "Black Friday" is no Friday to date: a bare weekday inside a named day is dropped (an explicit date
        # beside it stays: "Good Friday, April 10")
        named = bytearray(len(chunk))
        if rules.named_days is not None:
            for m in rules.named_days.finditer(chunk):
                named[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        probe = _probe(chunk, rules)
        held: dict[tuple[str, ...], bool] = {}  # (patterns share needs: the month names, looked up once)
        for (pattern, entry), need in zip(rules.patterns, rules.needs, strict=True):
            if need and probe is not None:
                hit = held.get(need)
                if hit is None:
                    hit = False
                    for n in need:  # (a loop, not any() over a generator: ~50 look-ups a paragraph)
                        if n in probe:
                            hit = True
                            break
                    held[need] = hit
                if not hit:
                    continue  # a string every match holds is missing: no match
            for m in pattern.finditer(chunk):
                s, e = m.span()
                if any(taken[s:e]) or (entry["type"] == "weekday" and any(named[s:e])):
                    continue
                taken[s:e] = b"\x01" * (e - s)
                found.append(_Found(start + s, start + e, lang, entry["type"], entry, m.groupdict(), body))
    return sorted(found, key=lambda f: f.start)


def _explicit(f: _Found, rules: _Rules) -> None:
    """Resolve what the text itself fixes (a year is written)."""
    g = f.groups
    if f.kind == "iso" or (f.kind == "date" and g.get("year")):
        y, d = int(g["year"] or 0), _day_of(g["day"] or "")
        m = _month(rules, g["month"] or "") if f.kind == "date" else int(g["month"] or 0)
        f.day = _safe_date(y, m, d)
        if f.day:
            f.value, f.resolution = f.day.isoformat(), "day"
            wd = _weekday(rules, g.get("weekday"))
            if wd is not None and wd != f.day.weekday():
                f.extra["note"] = f"the weekday written does not match {f.value} (a {_WEEKDAY_NAMES[f.day.weekday()]})"
    elif f.kind == "numeric":
        a, b, c = int(g["a"] or 0), int(g["b"] or 0), int(g["c"] or 0)
        y = c if c > 99 else 2000 + c if c < 70 else 1900 + c
        d, m = (a, b) if rules.order == "dmy" else (b, a)
        f.day = _safe_date(y, m, d)
        if f.day:
            f.value, f.resolution = f.day.isoformat(), "day"
    elif f.kind == "month" and g.get("year"):
        f.value, f.resolution = f"{int(g['year'] or 0):04d}-{_month(rules, g['month'] or ''):02d}", "month"
    elif f.kind == "year":
        f.value, f.resolution = str(int(g["year"] or 0)), "year"
    elif f.kind == "season":  # EDTF's season codes: "printemps 2027" -> 2027-21
        word = g["season"] or ""
        code = rules.seasons.get(word, rules.seasons.get(word.lower(), 0))
        if code:
            f.value, f.resolution = f"{int(g['year'] or 0):04d}-{code:02d}", "season"


def _weekday_fits_year(year: int, month: int, day: int, weekday: int) -> bool:
    d = _safe_date(year, month, day)
    return d is not None and d.weekday() == weekday


def _year_less(
    f: _Found,
    rules: _Rules,
    anchor: date | None,
    ref_year: int | None,
    *,
    past: bool = False,
    weekday_only: bool = False,
    latest: date | None = None,
    written: dict[tuple[int, int], set[int]] | None = None,
    after: bool = False,
    next_year: bool = False,
) -> None:
    """Dates written without a year: from the publication date, else from the weekday, else the article's years,
    else the year stays unknown (``--MM-DD``, ``--MM``: ISO 8601's forms without a year).

    past: the date's sentence reports a past event: a date after the publication month or day is the year before.
    weekday_only: resolve only the dates whose weekday fixes the year (the first pass, before publication is inferred).
    latest: with ``ref_year`` (no publication date), the latest date the article writes with its year: a past event
        after it may be of that year or the one before (the article's own date is unknown): the year stays unknown.
    written: the years the text writes each (month, day) with: a weekday date whose guessed year is not one of them
        takes the written year its weekday fits ("Sunday June 23" beside "June 23, 2013"), else an unknown year.
    after: no publication date and the sentence puts the date after publication ("se prononceront le 15 mai"): the
        article's written years are of earlier events and its own date is unknown, so the year stays unknown.
    next_year: a month written more than six months before the publication month in a clause that puts it ahead:
        the year after publication's.
    """
    g = f.groups
    if f.kind not in ("date", "month") or g.get("year") or f.value is not None:
        return
    month = _month(rules, g["month"] or "")
    wd = _weekday(rules, g.get("weekday")) if f.kind == "date" else None
    if weekday_only and (anchor is not None or wd is None):
        return
    if anchor is None and after and ref_year is not None and not weekday_only:
        value = f"--{month:02d}" if f.kind == "month" else f"--{month:02d}-{_day_of(g['day'] or ''):02d}"
        f.value, f.resolution = value, f.kind if f.kind == "month" else "day"
        f.extra["year_from"] = "unknown"
        f.extra["note"] = _FUTURE_NO_PUBLICATION
        return
    if f.kind == "month":
        if anchor is None and ref_year is None:
            f.value, f.resolution = f"--{month:02d}", "month"
            f.extra["year_from"] = "unknown"
            f.extra["note"] = _UNKNOWN_YEAR
            return
        if anchor is None and past and latest is not None and latest.year == ref_year and month > latest.month:
            _past_after_latest(f, f"--{month:02d}", "month", latest)
            return
        year = anchor.year if anchor else ref_year or 0
        if anchor and next_year:
            year += 1
            f.extra["note"] = _NEXT_NOTE
        elif anchor and (month - anchor.month > 6 or (past and month > anchor.month)):
            year -= 1
            if month - anchor.month <= 6:
                f.extra["note"] = _PAST_NOTE
        f.value, f.resolution = f"{year:04d}-{month:02d}", "month"
        f.extra["year_from"] = "publication" if anchor else "context"
        return
    day = _day_of(g["day"] or "")
    if anchor is not None:
        options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
        if not options:
            return
        f.day = min(options, key=lambda d: abs((d - anchor).days))
        if past and f.day > anchor and (wd is None or wd != f.day.weekday()):  # (a weekday that fits fixes it)
            earlier = _safe_date(f.day.year - 1, month, day)
            if earlier and (wd is None or wd == earlier.weekday()):
                f.day = earlier
                f.extra["note"] = _PAST_NOTE
        f.extra["year_from"] = "publication"
    elif wd is not None and ref_year is None:
        # the article writes no year at all: a weekday fits one year in six or so ("dimanche 14 avril": 2024,
        # 2019, 2013…), too weak to date anything (issue 15: unknown is better than wrong)
        this_year = date.today().year
        fits = [y for y in range(this_year, this_year - 30, -1) if _weekday_fits_year(y, month, day, wd)]
        f.value, f.resolution = f"--{month:02d}-{day:02d}", "day"
        f.extra["year_from"] = "unknown"
        f.extra["note"] = f"{_NO_YEAR_WEEKDAY} ({', '.join(map(str, fits[:3]))}…)" if len(fits) > 1 else _UNKNOWN_YEAR
        return
    elif wd is not None:
        this_year = date.today().year
        years = (ref_year, ref_year + 1)  # (the year after: a story that situates itself by last year's events)
        year = next((y for y in years if y <= this_year and _weekday_fits_year(y, month, day, wd)), None)
        same_day = (written or {}).get((month, day), set())
        if year is not None and same_day and year not in same_day:
            # the text itself writes this day with another year ("Sunday June 23" beside "June 23, 2013"): that
            # year if the weekday fits it, else none (issue 15: unknown is better than wrong)
            fit = [y for y in sorted(same_day) if _weekday_fits_year(y, month, day, wd)]
            if not fit:
                f.value, f.resolution = f"--{month:02d}-{day:02d}", "day"
                f.extra["year_from"] = "unknown"
                f.extra["note"] = (
                    f"year unknown: the text writes this day with {', '.join(map(str, sorted(same_day)))}, which "
                    "the weekday does not fit"
                )
                return
            f.day = _safe_date(fit[-1], month, day)
            f.value, f.resolution = f.day.isoformat() if f.day else None, "day"
            f.extra["year_from"] = "context"
            f.extra["note"] = f"year from the text, which writes this day with its year {fit[-1]} (the weekday fits)"
            return
        if year is None:
            if weekday_only:
                return  # (the second pass may date it from a publication date inferred from other dates)
            # only strong evidence dates (issue 15): a weekday that fits the article's latest year or the next. A
            # fit years away from every year the article writes says those years are background ("février 2014"
            # in a 2022 story: "jeudi 4 août" fits 2016), not the story's: the year stays unknown.
            fits = [y for y in range(this_year, this_year - 30, -1) if _weekday_fits_year(y, month, day, wd)]
            f.value, f.resolution = f"--{month:02d}-{day:02d}", "day"
            f.extra["year_from"] = "unknown"
            f.extra["note"] = (
                f"year unknown: the weekday fits {', '.join(map(str, fits[:3]))}…, none of them {ref_year}, the "
                f"article's latest year, or the next"
            )
            return
        f.day = _safe_date(year, month, day)
        if f.day:
            f.extra["year_from"] = "weekday"
            f.extra["note"] = (
                f"year inferred from the weekday: {f.day.isoformat()} is a {_WEEKDAY_NAMES[wd]}, and {year} is "
                + (
                    "the article's latest year"
                    if year == ref_year
                    else f"the year after {ref_year}, the article's latest year"
                )
            )
    elif ref_year is not None:
        f.day = _safe_date(ref_year, month, day)
        if past and latest is not None and f.day is not None and f.day > latest:
            f.day = None
            _past_after_latest(f, f"--{month:02d}-{day:02d}", "day", latest)
            return
        f.extra["year_from"] = "context"
    elif _safe_date(2000, month, day):  # (a leap year: 29 February is a day)
        f.value, f.resolution = f"--{month:02d}-{day:02d}", "day"
        f.extra["year_from"] = "unknown"
        f.extra["note"] = _UNKNOWN_YEAR
        return
    if f.day:
        f.value, f.resolution = f.day.isoformat(), "day"


def _past_after_latest(f: _Found, value: str, resolution: str, latest: date) -> None:
    f.value, f.resolution = value, resolution
    f.extra["year_from"] = "unknown"
    f.extra["note"] = (
        f"{_PAST_AFTER_LATEST} {latest.isoformat()}, the latest date the article writes, and it gives no "
        "publication date: that year or the one before"
    )


_PAST_AFTER_LATEST = "year unknown: the sentence reports a past event after"
_FUTURE_NO_PUBLICATION = (
    "year unknown: the sentence puts the date after publication, and the article gives no publication date (the "
    "years it writes are of earlier events)"
)
_AFTER_WRITING = "year unknown: the weekday's year falls after the date the article was written"


_UNKNOWN_YEAR = (
    "year unknown: the article gives no publication date and no date written with its day, month or season and year"
)
_NO_YEAR_WEEKDAY = "year unknown: the article writes no year, and the weekday fits several"


def _no_story_year(written: list[str]) -> str:
    """Why no year dates the story of an article that writes years (and no publication date)."""
    return (
        f"no publication date, and the years written ({', '.join(written)}) are bare years or dates of planned, "
        "possible or earlier events, none the story's"
    )


_NEXT_NOTE = "the year after publication: the sentence puts the month ahead of the publication date"
_PAST_NOTE = "the year before publication: the sentence reports a past event after the publication date's month"


def _after_publication(parsed: Parsed, analysis: Analysis, f: _Found) -> bool:
    """Whether a date reads as after publication: future tense or a cue ("prévue le 12 avril") in its sentence,
    or a cue right before it ("by March 3")."""
    text = analysis.text
    s = max(text.rfind(".", 0, f.start), text.rfind("\n", 0, f.start)) + 1
    e = min(x for x in (text.find(".", f.end), text.find("\n", f.end), len(text)) if x >= 0)
    rules = _rules(f.lang)
    if rules.future_before is not None and rules.future_before.search(text[s : f.start]):
        return True
    return bool(rules.future.search(text[s:e])) or _future(parsed, f)


def _future(parsed: Parsed, f: _Found) -> bool:
    """Whether the sentence around a bare weekday is in the future tense ("aura lieu jeudi")."""
    doc = parsed.doc
    if doc is None:
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    tenses = [t.morph.get("Tense") for t in span.sent if t.pos_ in ("VERB", "AUX")]
    return any("Fut" in t for t in tenses) and not any("Past" in t or "Imp" in t for t in tenses)


@cache
def _habit(lang: str) -> re.Pattern[str]:
    """The pattern of lang/<code>/dates.json ``habit_words`` ("every", "usually"): a present tense of habit."""
    words = sorted(_date_words(lang, "habit_words"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)" if words else r"(?!)", re.I)


def _weekday_direction(parsed: Parsed, f: _Found) -> int:
    """Whether a bare weekday ("jeudi") is the next one (1) or the last one (-1): the tense of the verb that governs
    it decides ("seraient attendues jeudi", "se réunira jeudi", "aura signé jeudi": next; "a signé jeudi", "aurait
    attaqué jeudi", "votait jeudi": last), or an expectation verb of lang/<code>/dates.json with no past tense on
    it ("sont attendues jeudi"); without a governing verb, the tenses of the sentence (:func:`_future`)."""
    doc = parsed.doc
    # (no dependency parse: de/it/pl/ru docs, see :func:`_past`)
    head = _governing_verb(doc, f) if doc is not None and doc.has_annotation("DEP") else None
    rules = _rules(f.lang)
    if head is None and rules.weekday_future is not None:
        # no parse: a future or conditional form, or a future cue, in the weekday's clause ("Meloni sarà a Bologna
        # venerdì, ha annunciato…", "ma w piątek odwiedzić", "в пятницу посетит", "wird am Freitag reisen")
        return 1 if rules.weekday_future.search(_clause(parsed.article.text, f.start, f.end)) else -1
    if head is not None and head.pos_ == "ADJ" and head.lemma_.lower() in _date_words(f.lang, "expectation_verbs"):
        return 1  # ("sont attendues jeudi", the participle read as an adjective)
    if head is not None and head.pos_ in ("VERB", "AUX"):
        children = list(head.children)
        tense_aux = [c for c in children if c.dep_ in _TENSE_DEPS]
        if "Part" in head.morph.get("VerbForm") and tense_aux:  # a compound tense: past unless its auxiliary is future
            return 1 if any("Fut" in t.morph.get("Tense") for t in tense_aux) else -1
        verbs = [head, *(c for c in children if c.dep_ in _AUX_DEPS)]
        if any(
            "Fut" in t.morph.get("Tense")
            or "Cnd" in t.morph.get("Mood")
            or t.tag_ == "MD"
            or _conditional_form(t, f.lang)
            for t in verbs
        ):
            return 1
        if any(
            ("Past" in t.morph.get("Tense") or "Imp" in t.morph.get("Tense")) and "Part" not in t.morph.get("VerbForm")
            for t in verbs
        ):
            return -1
        if head.lemma_.lower() in _date_words(f.lang, "expectation_verbs"):
            return 1
        if (
            head.lemma_.lower() in _date_words(f.lang, "present_ahead")
            and not tense_aux
            and all("Pres" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm") for t in verbs)
            and not _habit(f.lang).search(head.sent.text)
        ):
            return 1  # "the museum opens its doors on Friday": a scheduling verb's present is a timetable
    return 1 if _future(parsed, f) else -1


def _ahead(parsed: Parsed, analysis: Analysis, f: _Found) -> bool:
    """Whether the date's own verb or clause puts it after the time of writing: the verb that governs it is a
    future or an expectation (:func:`_weekday_direction`: « Le 15 mai, les électeurs se prononceront »), or a future
    cue stands in its clause (« prévue le 12 avril »); another clause of the sentence says nothing of it."""
    if _rules(f.lang).future.search(_clause(analysis.text, f.start, f.end)):
        return True
    return _weekday_direction(parsed, f) == 1


def date_ahead(parsed: Parsed, analysis: Analysis, start: int, end: int) -> bool:
    """Whether the date at ``analysis.text[start:end]`` stands in a future clause (« le scrutin aura lieu vendredi
    25 janvier », « prévue le 12 avril »): its governing verb is a future or an expectation, or a future cue stands
    in its clause (see :func:`_ahead`)."""
    lang = next(
        (p.attrs.language for p in analysis.paragraphs if p.start <= start < p.end and p.attrs.language),
        analysis.language or "fr",
    )
    return _ahead(parsed, analysis, _Found(start, end, lang, "date", {}, {}, True))


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the last sentence end, comma, semicolon or colon before it to the
    first one after it."""
    stops = ".!?;:,\n"
    s = max(text.rfind(c, 0, start) for c in stops) + 1
    e = min((i for c in stops if (i := text.find(c, end)) >= 0), default=len(text))
    return text[s:e]


def _conditional_form(t: Any, lang: str) -> bool:
    """Whether verb token ``t`` is a conditional by its form, which the tagger may read as an imperfect
    ("commencerait" tagged Tense=Imp): its lemma (less a final "e": "prendre", "prendrait") followed by one of
    lang/<code>/dates.json ``conditional_endings`` ("commencer" + "ait"; not the imperfect "commençait")."""
    endings = _date_words(lang, "conditional_endings")
    lemma = t.lemma_.lower()
    word = t.lower_
    if not endings or not lemma or not word.startswith(lemma[:-1]):
        return False
    stems = {lemma, lemma[:-1]} if lemma.endswith("re") else {lemma}
    return any(word == stem + e for stem in stems for e in endings)


def _governing_verb(doc: Any, f: _Found) -> Any:
    """The token that governs date ``f``: its head, walked up through prepositions and the date's own words to a
    verb or an auxiliary (or the sentence root); None when the date has no span in ``doc`` or a noun outside it
    comes first (a date that qualifies a noun: "the strike on 18 March")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN", "PRON") and not (span.start <= head.i < span.end):
            return None
    return head


def _object_verb(doc: Any, f: _Found) -> Any:
    """The verb whose direct object the date qualifies ("we boarded the ferry on May 15": "boarded"), when that verb
    is in a finite past tense and not a reporting or scheduling one (lang/<code>/dates.json ``prospective_verbs``,
    ``expectation_verbs``: "announced the strike on 18 March" says nothing of the strike's time); else None."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root.head
    while noun.pos_ not in ("NOUN", "PROPN", "PRON") and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    skip = set(_date_words(f.lang, "prospective_verbs")) | set(_date_words(f.lang, "expectation_verbs"))
    if (
        noun.dep_ in ("dobj", "obj")
        and verb.pos_ == "VERB"
        and "Past" in verb.morph.get("Tense")
        and "Fin" in verb.morph.get("VerbForm")
        and verb.lemma_.lower() not in skip
    ):
        return verb
    return None


def _past(parsed: Parsed, analysis: Analysis, f: _Found) -> bool:
    """Whether the date is the time of a past event: the verb that governs it (its head, through prepositions and
    the date's own words) is in a past tense ("was declared", "a été levé", "votait"), with no future, conditional
    or modal on it and no cue in the sentence that puts the date after publication. A reporting verb elsewhere in
    the sentence says nothing of the date ("a indiqué que le sommet commence le 12 mars"), nor does a date that
    qualifies a noun ("the strike on 18 March was announced")."""
    doc = parsed.doc
    # (no dependency parse, no governing verb: de/it/pl/ru docs are joined blank pieces whose children spaCy cannot
    # walk safely, a segmentation fault seen on Italian articles with a publication date)
    if doc is None or not doc.has_annotation("DEP") or _after_publication(parsed, analysis, f):
        return False
    head = _governing_verb(doc, f) or _object_verb(doc, f)
    if head is None:
        return False
    if (
        "Inf" in head.morph.get("VerbForm")
        and head.dep_ == "xcomp"
        and head.head.lemma_.lower() in _date_words(f.lang, "attempt_verbs")
    ):
        head = head.head  # "tried to cross on May 16": the time of the attempt, a past one when "tried" is
    # the date's preposition, one of the two words before it ("for December 2", « pour le 2 décembre »)
    before = {w.lower() for w in analysis.text[max(0, f.start - 25) : f.start].split()[-2:]}
    reduced = _reduced_relative(head, f.lang, bool(before & _date_words(f.lang, "ahead_prepositions")))
    if reduced is not None:
        head = reduced  # "the hearing held on December 2 had been postponed": the tense of the hearing's clause
    cop = [c for c in head.children if c.dep_ == "cop"]
    if head.pos_ not in ("VERB", "AUX") and not cop:
        return False
    if reduced is None and head.lemma_.lower() in _date_words(f.lang, "prospective_verbs"):
        return False  # ("a appelé à la grève le 18 mars")
    verbs = [head, *cop, *(c for c in head.children if c.dep_ in _AUX_DEPS)]
    if any(
        "Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood") or t.tag_ == "MD" or t.lower_ == "to"
        for t in verbs
    ):
        return False
    finite_past = any(
        ("Past" in t.morph.get("Tense") or "Imp" in t.morph.get("Tense")) and "Part" not in t.morph.get("VerbForm")
        for t in verbs
    )
    perfect_aux = _date_words(f.lang, "perfect_auxiliaries")
    perfect = "Part" in head.morph.get("VerbForm") and any(
        t.dep_ in _AUX_DEPS and t.lemma_.lower() in perfect_aux and "Pres" in t.morph.get("Tense") for t in verbs
    )
    return finite_past or perfect


_AUX_DEPS = ("aux", "aux:tense", "aux:pass", "auxpass")
_CLAUSE_ROLES = ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj")


def _reduced_relative(head: Any, lang: str, ahead: bool = False) -> Any:
    """The verb of the clause a date's participle qualifies the subject or object of ("the hearing held on December 2
    had been postponed": "postponed", whose tense is the held hearing's time), when the participle has no auxiliary
    of its own and is no scheduling or expectation verb ("the vote planned for May 3" may lie ahead), and the date's
    preposition (``ahead``: one of ``ahead_prepositions``) does not look ahead ("the flight booked for December 2
    was cancelled", review 46a); else None."""
    if ahead or head.dep_ != "acl" or "Part" not in head.morph.get("VerbForm") or "Past" not in head.morph.get("Tense"):
        return None
    if any(c.dep_ in _AUX_DEPS for c in head.children):
        return None
    skip = set(_date_words(lang, "prospective_verbs")) | set(_date_words(lang, "expectation_verbs"))
    if head.lemma_.lower() in skip or head.head.dep_ not in _CLAUSE_ROLES:
        return None
    clause = head.head.head
    return clause if clause.pos_ in ("VERB", "AUX") else None


_TENSE_DEPS = ("aux", "aux:tense")  # an auxiliary of tense, not of the passive


def _past_cue(analysis: Analysis, f: _Found) -> bool:
    """Whether the date, one of the two words before it or the word after it is a past cue of lang/<code>/dates.json
    ("en novembre dernier", "since September"), whatever the verbs; or is a ``past_auxiliaries`` word ("hat", "ha",
    also "to have") with a past participle after it in its clause (:func:`_participle_follows`)."""
    cues = _date_words(f.lang, "past_cues")
    auxiliaries = _date_words(f.lang, "past_auxiliaries")
    text = analysis.text
    before = text[max(0, f.start - 40) : f.start].split()[-2:]  # ("depuis le 12 mars")
    after = text[f.end : f.end + 40].split()[:1]
    words = [_bare(w) for w in [*before, *text[f.start : f.end].split(), *after]]
    if any(w in cues for w in words):
        return True
    if not auxiliaries:
        return False
    # the clause after the auxiliary, the date left out ("hat am 3. Mai … getagt", "am 3. Mai hat … getagt")
    for k, word in enumerate(before):
        if _bare(word) in auxiliaries:  # ("ha detto a dicembre", "hat am 3. Mai getagt")
            between = " ".join(before[k + 1 :])
            return _participle_follows(f.lang, between + " " + text[f.end : f.end + CLAUSE_CHARS])
    if after and _bare(after[0]) in auxiliaries:
        rest = text[f.end : f.end + CLAUSE_CHARS]
        return _participle_follows(f.lang, rest[rest.index(after[0]) + len(after[0]) :])
    return False


CLAUSE_CHARS = 160  # how far a participle may follow its auxiliary ("hat der Rat von Ostrel gestern … getagt")


def _bare(word: str) -> str:
    return word.strip(".,;:!?()«»\"'’„“").lower()


def _stem(word: str) -> str:
    """A word without its elided tail ("jusqu'au" -> "jusqu")."""
    return re.split(r"['’]", _bare(word))[0]


@cache
def _participle(lang: str) -> re.Pattern[str] | None:
    """lang/<code>/dates.json ``participle_pattern``: the shape of a regular past participle ("ge…t", "-ato")."""
    pattern = (load_data(lang, "dates") or {}).get("participle_pattern")
    return re.compile(pattern) if pattern else None


def _participle_follows(lang: str, rest: str) -> bool:
    """Whether a past participle comes in ``rest`` before the end of its clause (a comma, a semicolon, a full stop):
    a word as written of the shape ``participle_pattern`` or in ``past_participles`` of lang/<code>/dates.json, among
    its first ``participle_within`` words and before any ``participle_blockers`` word ("ha il partito": an article
    opens a noun phrase, "ha" is "to have")."""
    data = load_data(lang, "dates") or {}
    clause = re.split(r"[,;:!?]|\.(?:\s|$)", rest, maxsplit=1)[0]
    shape, irregular = _participle(lang), _date_words(lang, "past_participles")
    blockers = _date_words(lang, "participle_blockers")
    for word in clause.split()[: int(data.get("participle_within", 10))]:
        word = word.strip(".,;:!?()«»\"'’„“")
        if word.lower() in blockers:
            return False
        if word in irregular or (shape is not None and shape.fullmatch(word)):
            return True
    return False


@cache
def _date_words(lang: str, key: str) -> frozenset[str]:
    """A word list of lang/<code>/dates.json: perfect_auxiliaries (whose present tense with a past participle tells
    a past event), prospective_verbs (whose date may be the later event they call, set or move), expectation_verbs
    (whose bare weekday is the next one: "attendues jeudi"), past_cues (a date
    beside one is in the past), past_auxiliaries (a past cue only with a past participle after them in the clause),
    past_participles (irregular participles), duration_before (superlatives: "wettest … in 40 years"),
    ahead_prepositions (a date after one looks ahead: "booked for December 2")."""
    return frozenset((load_data(lang, "dates") or {}).get(key, []))


_RELATIVE_KINDS = ("ago", "in", "offset", "period", "weekday")
_QUOTED_NOTE = (
    "inside a quotation: relative to when it was said, which the article may not give, not to the publication date"
)
MIN_QUOTE_WORDS = 3  # a quotation this long is someone's words ("« hier »" alone is a word in quotes)


def _quoted(text: str, relative: list[_Found]) -> set[int]:
    """The ``id`` of the relative dates ("hier", "last week") inside a quotation: someone said them, maybe long
    before the article was published; they are not counted from its publication date."""
    if not relative:
        return set()
    from newsloupe.attribution.quotes import find_quotes

    spans = [
        (q.inner_start, q.inner_end)
        for q in find_quotes(text)
        if q.closed and len(text[q.inner_start : q.inner_end].split()) >= MIN_QUOTE_WORDS
    ]
    return {id(f) for f in relative if any(a <= f.start and f.end <= b for a, b in spans)}


MAX_NOUN_WORDS = 3  # words of the noun phrase before "in": "its coldest winter night in 70 years"


def _duration(parsed: Parsed, analysis: Analysis, f: _Found) -> bool:
    """Whether "in N years" is a span of time, not a date: right before "in", a noun after a superlative, a word of
    lang/<code>/dates.json ``duration_before`` or a JJS/RBS tag, with at most :data:`MAX_NOUN_WORDS` adjectives and
    nouns from the superlative to "in" ("the wettest spring in 40 years", "its coldest winter night in 70 years",
    "for the first time in ten years"; the word right after a superlative is its noun whatever the tagger says).
    Never "in two years" alone, never days, weeks or months ("the last ferry will leave in ten days")."""
    if _rules(f.lang).units.get((f.groups.get("unit") or "").lower()) != "year":
        return False
    doc = parsed.doc
    span = doc.char_span(f.start, f.end, alignment_mode="expand") if doc is not None else None
    if span is None or span.start - 2 < span.sent.start:
        return False
    words = _date_words(f.lang, "duration_before")

    def superlative(t: Any) -> bool:
        return t.lower_ in words or t.tag_ in ("JJS", "RBS")

    noun = doc[span.start - 1]
    if not noun.is_alpha or superlative(noun):
        return False
    if superlative(doc[span.start - 2]):
        return True
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for k in range(span.start - 2, max(span.sent.start, span.start - 1 - MAX_NOUN_WORDS) - 1, -1):
        if superlative(doc[k]):
            return True
        if doc[k].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


def _relative(f: _Found, rules: _Rules, anchor: date, parsed: Parsed) -> None:
    """Expressions counted from the publication date."""
    g, e = f.groups, f.entry
    if f.kind in ("ago", "in"):
        word = g["num"] or ""
        n = int(word) if word.isdigit() else rules.numbers.get(word.lower(), 0)
        unit = rules.units.get((g["unit"] or "").lower(), "day")
        _shift(f, anchor, unit, n if f.kind == "in" else -n, exact=True)
    elif f.kind == "offset":
        _shift(f, anchor, e["unit"], e["n"], exact=True)
    elif f.kind == "period":
        _shift(f, anchor, e["unit"], e["n"], exact=False)
    elif f.kind == "weekday":
        wd = _weekday(rules, g["weekday"])
        if wd is None:
            return
        direction = e.get("direction", 0) or _weekday_direction(parsed, f)
        if direction < 0:
            back = (anchor.weekday() - wd) % 7
            if e.get("direction") and back == 0:
                back = 7
            f.day = anchor - timedelta(days=back)
        else:
            fwd = (wd - anchor.weekday()) % 7 or 7
            f.day = anchor + timedelta(days=fwd)
        f.value, f.resolution = f.day.isoformat(), "day"
    else:
        return
    f.relative_to = anchor.isoformat()


def _shift(f: _Found, anchor: date, unit: str, n: int, *, exact: bool) -> None:
    if unit == "day":
        f.day = anchor + timedelta(days=n)
        f.value, f.resolution = f.day.isoformat(), "day"
    elif unit == "week":
        d = anchor + timedelta(weeks=n)
        iso = d.isocalendar()
        f.value, f.resolution = f"{iso[0]}-W{iso[1]:02d}", "week"
        if exact:
            f.day = d
            f.value, f.resolution = d.isoformat(), "day"
            f.extra["approximate"] = True
    elif unit == "month":
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + n, 12)
        f.value, f.resolution = f"{y:04d}-{m + 1:02d}", "month"
    elif unit == "year":
        f.value, f.resolution = f"{anchor.year + n:04d}", "year"


def _reference_year(found: list[_Found]) -> int | None:
    """The year a date without one most likely belongs to: the latest written full date's, else the most
    frequent written year (latest on ties), else None (the article writes no year)."""
    days = [f.day for f in found if f.day and f.resolution == "day"]
    if days:
        return max(days).year
    years = [int(f.value[:4]) for f in found if f.value]
    if years:
        counts = {y: years.count(y) for y in years}
        return max(counts, key=lambda y: (counts[y], y))
    return None


def _context_year(parsed: Parsed, analysis: Analysis, found: list[_Found]) -> int | None:
    """The year a date without one takes when the article gives no publication date: the latest year of the
    dates written with their day, month or season and their year ("le 3 mars 2021", "janvier 2024",
    "printemps 2027"; a caption's too: the article is no older than its photos), leaving out those the
    sentence puts after publication ("prévue à l'automne 2031") or in the conditional ("pourrait rouvrir au
    printemps 2026": a possible event) and those of an event before the story's past (a pluperfect:
    :func:`_pluperfect`); None (the year stays
    unknown) when there is none. A bare year ("en 2011", "in 2004") is no evidence: news writing situates
    background with a bare year (an accident, a treaty, a record), while the running story's dates, the ones
    written without a year because they are the current year's, are written with their day or month."""
    years = [int(f.value[:4]) for f in _context_dates(parsed, analysis, found)]
    return max(years) if years else None


def _context_dates(parsed: Parsed, analysis: Analysis, found: list[_Found]) -> list[_Found]:
    """The dates :func:`_context_year` reads."""
    return [
        f
        for f in found
        if f.value
        and f.resolution in ("day", "month", "season")
        and f.extra.get("year_from") is None
        and not _after_publication(parsed, analysis, f)
        and not _conditional(parsed, f)
        and not _pluperfect(parsed, f)
    ]


def _context_latest(parsed: Parsed, analysis: Analysis, found: list[_Found], year: int) -> date | None:
    """The last day of the latest date of ``year`` that :func:`_context_year` reads (a month's last day; None
    when a season of that year is the latest: its days are not known)."""
    ends: list[date] = []
    seasons: list[date] = []
    for f in _context_dates(parsed, analysis, found):
        if int(f.value[:4]) != year:
            continue
        if f.resolution == "day" and f.day:
            ends.append(f.day)
        elif f.resolution == "month":
            month = int(f.value[5:7])
            ends.append(date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
        else:
            seasons.append(_start_of(f))
    if not ends or any(s > max(ends) for s in seasons):
        return None
    return max(ends)


def _conditional(parsed: Parsed, f: _Found) -> bool:
    """Whether a verb of the date's sentence is in the conditional mood ("pourrait"), or is one of
    lang/<code>/dates.json ``conditional_words`` (English has no such mood in its tags: "would", "could")."""
    doc = parsed.doc
    span = doc.char_span(f.start, f.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    words = _date_words(f.lang, "conditional_words")
    return any("Cnd" in t.morph.get("Mood") or t.lower_ in words for t in span.sent)


def _pluperfect(parsed: Parsed, f: _Found) -> bool:
    """Whether the verb governing the date is a pluperfect ("avait promis le 3 mars 2024", "had said on
    May 3"): lang/<code>/dates.json ``pluperfect_auxiliaries`` in the ``pluperfect_tense`` with a past participle.
    Such a date tells an event before the story's own past: it never dates the article."""
    tense = (load_data(f.lang, "dates") or {}).get("pluperfect_tense")
    doc = parsed.doc
    if not tense or doc is None or not doc.has_annotation("DEP"):
        return False
    head = _governing_verb(doc, f)
    if head is None:
        return False
    if "Part" not in head.morph.get("VerbForm"):
        return False
    auxiliaries = _date_words(f.lang, "pluperfect_auxiliaries")
    # (a tense auxiliary only: « était interpellé le 3 mars » is an imperfect passive, no pluperfect)
    return any(
        c.dep_ in _TENSE_DEPS and c.lemma_.lower() in auxiliaries and tense in c.morph.get("Tense")
        for c in head.children
    )


def _since(analysis: Analysis, f: _Found) -> bool:
    """Whether a since cue of lang/<code>/dates.json (``since_cues``) is in the date or among the ``since_window``
    words before it in its sentence ("depuis le mois de septembre 2024", "since October"): the date is the start
    of a state still true at publication, so never after it."""
    cues = _date_words(f.lang, "since_cues")
    if not cues:
        return False
    window = int((load_data(f.lang, "dates") or {}).get("since_window", 1))
    text = analysis.text
    before = re.split(r"[.;:!?\n]", text[max(0, f.start - 80) : f.start])[-1].split()[-window:]
    words = [*before, *text[f.start : f.end].split()]
    cue = max((i for i, w in enumerate(words) if _bare(w) in cues or _stem(w) in cues), default=None)
    if cue is None:
        return False
    # a span's end or a future cue between the cue and the date, or a span's end right after the date, makes it
    # no since ("depuis lundi et jusqu'au 15 mars", "since Monday and until March 15", "od 3 marca do 5 kwietnia")
    ends = _date_words(f.lang, "since_ends")  # a span's end ("until", « jusqu'au »)
    breaks = ends | _date_words(f.lang, "since_breaks")  # ... or a conjunction before one
    between = words[cue + 1 : len(before)]
    after = text[f.end : f.end + 40].split()[:1]
    if any(_stem(w) in breaks for w in between) or any(_stem(w) in ends for w in after):
        return False
    return _rules(f.lang).future.search(" ".join(between)) is None


def _start_of(f: _Found) -> date:
    """The first day a resolved date covers (day, month, season, year)."""
    if f.day is not None:
        return f.day
    value = f.value or ""
    year = int(value[:4])
    if f.resolution == "month":
        return date(year, int(value[5:7]), 1)
    if f.resolution == "season":
        if int(value[5:7]) == 24:  # winter 2024 may be the one from December 2023: its earliest possible day
            return date(year - 1, 12, 1)
        return date(year, (int(value[5:7]) - 21) * 3 + 3, 1)  # (spring from March: the season's earliest month)
    return date(year, 1, 1)


def _weekday_fits(f: _Found) -> bool:
    """Whether a resolved day is written with its weekday, and the weekday is that day's."""
    wd = _weekday(_rules(f.lang), f.groups.get("weekday"))
    return wd is not None and f.day is not None and wd == f.day.weekday()


def _this_day(analysis: Analysis, f: _Found) -> bool:
    """Whether the date is written as the day of writing: right after a ``this_day_cues`` word of
    lang/<code>/dates.json (« ce 25 juin 2022 »)."""
    before = analysis.text[max(0, f.start - 12) : f.start].split()[-1:]
    return bool(before) and _bare(before[0]) in _date_words(f.lang, "this_day_cues")


# (possessive pieces: a long run of letters or underscores before a date must not backtrack, stop 44)
_WORDS = r"(?:[^\W\d][\w'’.-]*+[ \t,]*+){0,4}+"
_PLACE = r"(?:[^\W\d][\w'’.-]*+[ \t]*+){1,4}+,[ \t]*+"
_DASH = r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—―]"
_DATELINE_MAX_BEFORE = 80  # characters before the date on its line: more is a sentence, never a dateline


@cache
def _published_line() -> re.Pattern[str]:
    """A publication line (``published`` in ``lang/common/layout.json``: « Publié le … », « Le lundi 3 mars 2025 »)."""
    layout = load_common("layout")
    return re.compile(layout["published"].replace("{time}", layout["published_time"]), re.IGNORECASE)


@cache
def _time_after() -> re.Pattern[str]:
    """What may follow a dateline's date: a time (``published_time`` in ``lang/common/layout.json``), a full stop."""
    return re.compile(load_common("layout")["published_time"] + r"\s*+\.?\s*+")


def _line_of(text: str, f: _Found) -> tuple[str, str]:
    """The text before and after a date on its line."""
    s = text.rfind("\n", 0, f.start) + 1
    e = text.find("\n", f.end)
    e = len(text) if e < 0 else e
    return text[s : f.start], text[f.end : e]


def _opens_dash_line(analysis: Analysis, f: _Found) -> bool:
    """Whether the date opens its line (alone or after « PLACE, ») and a dash follows it: a dateline's shape,
    or a timeline's entry when two or more lines have it (« 12 juin 2019 – La mairie vote … »)."""
    if f.kind not in ("date", "iso"):
        return False
    before, after = _line_of(analysis.text, f)
    if len(before) > _DATELINE_MAX_BEFORE:
        return False
    return (not before.strip() or re.fullmatch(_PLACE, before) is not None) and re.match(_DASH, after) is not None


def _dateline(analysis: Analysis, f: _Found, timeline: bool = False) -> bool:
    """Whether the date is a dateline, the strong evidence of when an article was written (issue 15): a line
    that is the date alone, or after a place and a comma, or a publication line or words then one (« Publié le
    lundi 3 mars 2025 à 10h32 », « Mis en ligne le 3 mars 2025 », "Dorvane, August 22, 2018"), a time may
    follow; or a line that opens with a place, a comma and the date, an agency in parentheses after it, then a
    dash ("OSLOVIK, March 3, 2025 (Wire) — …"). A date in a sentence (« a annoncé mardi 3 mai 2022 », « Le 16
    mars 1989, le conseil a voté »), a heading (« Séance du 12 juin 2019 ») or a timeline's entry (``timeline``:
    two or more lines open with a date and a dash) is none.
    """
    if f.kind not in ("date", "iso"):  # ("05/09/2018" reads as 5 September or 9 May)
        return False
    before, after = _line_of(analysis.text, f)
    if len(before) > _DATELINE_MAX_BEFORE:
        return False
    if re.fullmatch(_WORDS, before) and _time_after().fullmatch(after):
        words = before.split()
        line = analysis.text[f.start : f.end] + after
        lines = (" ".join([*words, line]), " ".join([*words[-1:], line]))  # (« Mis en ligne le 3 mars 2025 »)
        if not words or re.fullmatch(_PLACE, before) or any(_published_line().match(x.strip()) for x in lines):
            return True
    return not timeline and re.fullmatch(_PLACE, before) is not None and re.match(_DASH, after) is not None


def _parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_dates(parsed: Parsed, analysis: Analysis) -> tuple[list[dict[str, Any]], str | None, bool]:
    """Find and normalise the date expressions of an article.

    RETURNS (tuple): (dates, published ISO date or None, whether published was inferred here).
    """
    found = _find(analysis)
    for f in found:
        _explicit(f, _rules(f.lang))
    anchor = _parse_published(analysis.published)
    inferred = False
    ref_year = _reference_year(found)
    # the years the text writes each day with ("June 23, 2013"): a weekday never gives that day another year
    written_days: dict[tuple[int, int], set[int]] = {}
    for f in found:
        if f.day and f.resolution == "day" and f.extra.get("year_from") is None:
            written_days.setdefault((f.day.month, f.day.day), set()).add(f.day.year)
    # when the article was written, where it says so (a dateline, « ce 25 juin 2022 »)
    # (a date opening two or more lines before a dash is a timeline's entry: no dateline)
    timeline = len({analysis.text.rfind("\n", 0, f.start) for f in found if _opens_dash_line(analysis, f)}) > 1
    writing = [
        f.day for f in found if f.day and f.body and (_dateline(analysis, f, timeline) or _this_day(analysis, f))
    ]
    if anchor is None:
        for f in found:  # the dates whose weekday fixes their year first: they may date the article
            _year_less(f, _rules(f.lang), None, ref_year, weekday_only=True, written=written_days)
            if (
                writing
                and f.extra.get("year_from") == "weekday"
                and f.day
                and f.day > max(writing)
                and not _after_publication(parsed, analysis, f)
            ):
                f.value, f.day = f"--{f.day.month:02d}-{f.day.day:02d}", None
                f.extra["year_from"] = "unknown"
                f.extra["note"] = f"{_AFTER_WRITING} ({max(writing).isoformat()})"
        # publication is not in the future, nor before a date the article reports in the past tense
        # Only strong evidence dates an article (issue 15): a day and month with a weekday that fits its
        # year, written ("lundi 3 mars 2025") or fixed by the weekday ("lundi 3 mars"), as news writes the
        # days of its week, a dateline ("Dorvane, August 22, 2018"), or one written as the day of writing ("ce 25
        # juin 2022"); a date the text
        # merely mentions ("la loi votée le 16 mars 1989", "le 1er juillet 2001") or a year guessed from
        # any year it mentions ("than in 2012") never does — unknown is better than wrong.
        # (the quotations found once for all the weekday dates: a quoted speaker's date dates no article)
        quoted_days = _quoted(analysis.text, [f for f in found if f.body and f.day and _weekday_fits(f)])
        body = [
            f
            for f in found
            if f.body
            and f.day
            and f.resolution == "day"
            and f.day <= date.today()
            and f.extra.get("year_from") in (None, "weekday")
            and (
                (_weekday_fits(f) and id(f) not in quoted_days)
                or _dateline(analysis, f, timeline)
                or _this_day(analysis, f)
            )
        ]
        # (nor from a pluperfect's date: "avait promis le 3 mars 2024" is before the story's past)
        body = [f for f in body if not _pluperfect(parsed, f)]
        past = [f.day for f in body if f.day and not _after_publication(parsed, analysis, f)]
        days = past or [f.day for f in body if f.day]
        # A date the text treats as past ("depuis septembre 2024", "since March 2011") is before publication:
        # a guess earlier than it is wrong, and the article stays undated.
        floor = max(
            (_start_of(f) for f in found if f.value and f.extra.get("year_from") is None and _since(analysis, f)),
            default=None,
        )
        if days and (floor is None or max(days) >= floor):
            anchor, inferred = max(days), True
    year_less = any(f.kind in ("date", "month") and not f.groups.get("year") and f.value is None for f in found)
    context_year = _context_year(parsed, analysis, found) if anchor is None and year_less else None
    latest = _context_latest(parsed, analysis, found, context_year) if context_year is not None else None
    for f in found:
        if f.kind in ("date", "month") and not f.groups.get("year") and f.value is None:
            # (only after a publication date the article gives: an inferred one is the latest date it reports,
            # and a past event after it says that date is early, not that the year is the one before)
            # (a past cue never outweighs a future one in the sentence: "the toll should rise again after 3 June")
            # (a since cue is the exception: "since October" is never after publication, given or inferred)
            is_past = anchor is not None and (
                _since(analysis, f)
                or (
                    not inferred
                    and (
                        (_past_cue(analysis, f) and not _after_publication(parsed, analysis, f))
                        or _past(parsed, analysis, f)
                    )
                )
            )
            if latest is not None:  # (no publication date: a past event after the latest date written)
                is_past = (_past_cue(analysis, f) and not _after_publication(parsed, analysis, f)) or _past(
                    parsed, analysis, f
                )
            after = anchor is None and context_year is not None and _ahead(parsed, analysis, f)
            # a month more than six months before a given publication month, in a clause that puts it ahead ("goes
            # on sale in late February", published in November): the next one, not the one ten months before
            next_year = (
                anchor is not None
                and not inferred
                and not is_past
                and f.kind == "month"
                and anchor.month - _month(_rules(f.lang), f.groups.get("month") or "") > 6
                and _ahead(parsed, analysis, f)
            )
            _year_less(
                f,
                _rules(f.lang),
                anchor,
                context_year,
                past=is_past,
                latest=latest,
                written=written_days,
                after=after,
                next_year=next_year,
            )
    written = sorted({f.value[:4] for f in found if f.value and f.extra.get("year_from") is None and f.value[0] != "-"})
    if written:  # (the notes that say no year is written would misstate why the year is unknown)
        for f in found:
            note = f.extra.get("note") or ""
            if note == _UNKNOWN_YEAR:
                f.extra["note"] = f"year unknown: {_no_story_year(written)}"
            elif note.startswith(_NO_YEAR_WEEKDAY):
                f.extra["note"] = (
                    f"year unknown: {_no_story_year(written)}; the weekday fits several"
                    + note.removeprefix(_NO_YEAR_WEEKDAY)
                )
    relative = [f for f in found if f.value is None and f.kind in _RELATIVE_KINDS]
    quoted = _quoted(analysis.text, relative)
    for f in found:
        if f.value is None and f.kind == "in" and _duration(parsed, analysis, f):
            f.extra["drop"] = True  # "the wettest spring in 40 years": a span of time, not a date
            continue
        if id(f) in quoted:
            f.extra["note"] = _QUOTED_NOTE
            continue
        if f.value is None and anchor is not None:
            _relative(f, _rules(f.lang), anchor, parsed)
            if f.value and inferred:
                f.extra["inferred"] = True
                f.extra.setdefault("note", f"counted from the inferred publication date {anchor.isoformat()}")
        if f.extra.get("year_from") in ("weekday", "context") or (
            f.extra.get("year_from") == "publication" and inferred
        ):
            f.extra["inferred"] = True
    out = []
    for f in found:
        if f.extra.pop("drop", False):
            continue
        if f.value is None:
            if f.kind not in _RELATIVE_KINDS:
                continue
            f.extra.setdefault("note", "relative to a publication date the article does not give")
        item: dict[str, Any] = {
            "start": f.start,
            "end": f.end,
            "text": analysis.text[f.start : f.end],
            "value": f.value,
            "resolution": f.resolution,
            "relative_to": f.relative_to,
        }
        item.update(f.extra)
        out.append(item)
    if analysis.published:
        return out, analysis.published, analysis.published_inferred
    return out, anchor.isoformat() if anchor else None, inferred


@analyzer("dates", "21", assigns=("dates", "published", "published_inferred", "notes"))
def dates(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Date expressions with ISO values; the publication date, inferred when the article has none."""
    values, published, inferred = find_dates(parsed, analysis)
    text = parsed.article.text
    notes = []
    unknown = [v for v in values if v.get("year_from") == "unknown"]
    past_after = sum(1 for v in unknown if (v.get("note") or "").startswith(_PAST_AFTER_LATEST))
    if past_after:
        notes.append(
            f"dates: no publication date: {past_after} past event(s) after the latest date the article writes keep "
            "an unknown year (that year or the one before: --MM-DD)"
        )
    if len(unknown) > past_after:
        written = sorted(
            {v["value"][:4] for v in values if v.get("value") and v.get("year_from") is None and v["value"][0] != "-"}
        )
        why = _no_story_year(written) if written else "no publication date and no year written"
        notes.append(f"dates: {why}: the year of {len(unknown) - past_after} date(s) is left unknown (--MM-DD)")
    weekday = sum(1 for v in values if v.get("year_from") == "weekday")
    if weekday:
        notes.append(
            f"dates: {weekday} date(s) without a year take the year their weekday fits nearest the article's latest "
            "year (marked inferred)"
        )
    guessed = sum(1 for v in values if v.get("year_from") == "context")
    if guessed:
        notes.append(
            f"dates: no publication date: {guessed} date(s) without a year take the latest year of a date the "
            "article writes with its day, month or season (marked inferred)"
        )
    found = [
        make_span(
            text,
            v["start"],
            v["end"],
            "date",
            attrs=DateAttrs.model_validate({k: x for k, x in v.items() if k not in ("start", "end", "text")}),
        )
        for v in values
    ]
    return {"dates": found, "published": published, "published_inferred": inferred, "notes": notes}
