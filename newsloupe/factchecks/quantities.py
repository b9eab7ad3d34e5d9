"""Figures of a sentence as comparable values, however they are written.

"90 %", "neuf chars sur dix" and "nine in ten" all give 0.9; "12 000", "12,000" and
"douze mille" give 12000; "deux milliards" and "2bn" give 2e9; "trebled" and "trois
fois" give 3. The fact-check matcher compares the figures of a sentence with those of a
reviewed claim: a claim about 31 % is not a sentence about 412 votes. Word lists live in
``lang/<code>/quantities.json``. Years (1900-2100 written as four digits) are left out:
they date a claim, they are not its figure.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from newsloupe.lang import load_data

__all__ = ["Figures", "agree", "agree_figures", "comparable", "figures", "quantities", "years_ago", "years_agree"]

_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+")
_PLAIN = ("#", "#g")  # digits without a currency sign (grouped by thousands or not)
_DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)"
    r"(\s*(?:%|pour\s*cents?|per\s*cent|percent))?"
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class _Words:
    numbers: dict[str, float]
    scales: dict[str, float]
    fractions: dict[str, float]
    denominators: dict[str, float]
    per: tuple[str, ...]
    multipliers: dict[str, float]
    times: tuple[str, ...]
    percent: tuple[str, ...]
    compound: frozenset[str]  # multiply the number word before them ("deux cent", "quatre-vingt")
    approximate: frozenset[str]  # "dizaines", "hundreds": a figure of their own, never part of a longer one
    connectors: frozenset[str]  # between the words of one number ("vingt et un", "one hundred and twelve")
    one: frozenset[str]  # articles that are the number one after a connector or before "sur" ("un sur cinq")
    rough: frozenset[str]  # words that make the count beside them approximate or a bound ("près de", "over")
    divided: frozenset[str] = frozenset()  # "divisée par deux", "divided by three": a share of the whole
    a_fraction: frozenset[str] = frozenset()  # articles that are one before a denominator ("a fifth")
    # words that can be part of a number written in several words (derived)
    pieces: frozenset[str] = frozenset()
    # words the figure reader looks at when no digit or number word is near: "un" (derived)
    marked: frozenset[str] = frozenset()
    # of the rough words, the phrases that bound the count from below ("plus de", "over": "least") or above
    # ("moins de": "most"), longest first
    bounds: tuple[tuple[str, str], ...] = ()
    a_fraction_of: frozenset[str] = frozenset()  # after "a fifth", the words that make it a share ("of")
    a_fraction_change: frozenset[str] = frozenset()  # before "a fifth", the words of a change ("by")
    per_every: frozenset[str] = frozenset()  # between "in" and the denominator ("23 in every 100")
    one_of: frozenset[str] = frozenset()  # after "un"/"une": the word one ("l'une des traces")
    _parts: dict[str, tuple[str, ...] | None] = field(default_factory=dict, compare=False, hash=False)

    def bound(self, before: str) -> str | None:
        """ "least" or "most" when the words before a count bound it ("plus de", "au moins", "pas
        plus de", "fewer than"): the longest listed phrase they end with or hold decides."""
        words = f" {before} "
        return next((side for phrase, side in self.bounds if f" {phrase} " in words), None)

    def parts(self, tok: str) -> tuple[str, ...] | None:
        """The number words of a word token ("quatre-vingt-dix": three), or None (memoised)."""
        got = self._parts.get(tok, False)
        if got is False:
            pieces = tuple(tok.split("-"))
            got = self._parts[tok] = pieces if all(p in self.pieces for p in pieces) else None
        return got  # type: ignore[return-value]


@cache
def _words(lang: str) -> _Words:
    d = load_data(lang, "quantities") or {}
    numbers = {k.lower(): float(v) for k, v in d.get("numbers", {}).items()}
    scales = {k.lower(): float(v) for k, v in d.get("scales", {}).items()}
    fractions = {k.lower(): float(v) for k, v in d.get("fractions", {}).items()}
    multipliers = {k.lower(): float(v) for k, v in d.get("multipliers", {}).items()}
    approximate = frozenset(w.lower() for w in d.get("approximate", []))
    one = frozenset(w.lower() for w in d.get("one", []))
    bounds = [(w.lower(), side) for side in ("least", "most") for w in d.get(f"at_{side}", [])]
    return _Words(
        numbers,
        scales,
        fractions,
        {k.lower(): float(v) for k, v in d.get("denominators", {}).items()},
        tuple(d.get("per", [])),
        multipliers,
        tuple(d.get("times", [])),
        tuple(w.split()[0].lower() for w in d.get("percent", []) if w != "%"),
        frozenset(w.lower() for w in d.get("compound", [])),
        approximate,
        frozenset(w.lower() for w in d.get("connectors", [])),
        one,
        frozenset(w.lower() for w in d.get("rough", [])),
        frozenset(w.lower() for w in d.get("divided", [])),
        frozenset(w.lower() for w in d.get("a_fraction", [])),
        frozenset(w for w in numbers if w not in approximate) | frozenset(scales),
        one | frozenset(fractions) | frozenset(multipliers) | frozenset(w.lower() for w in d.get("a_fraction", [])),
        tuple(sorted(bounds, key=lambda b: len(b[0]), reverse=True)),
        a_fraction_of=frozenset(w.lower() for w in d.get("a_fraction_of", [])),
        a_fraction_change=frozenset(w.lower() for w in d.get("a_fraction_change", [])),
        per_every=frozenset(w.lower() for w in d.get("per_every", [])),
        one_of=frozenset(w.lower() for w in d.get("one_of", [])),
    )


@dataclass(frozen=True)
class _Units:
    """The unit words of all languages at once (a figure's unit is read whatever the language pass)."""

    phrases: dict[tuple[str, ...], tuple[str, float]]  # words after a number -> (quantity, factor to its base unit)
    longest: int
    symbols: dict[str, str]  # currency signs -> quantity
    multiplied_by: frozenset[tuple[str, ...]]  # words before a number that make it a multiplier
    times: frozenset[str]  # words after a number that make it a multiplier ("trois fois")
    multipliers: frozenset[str]  # words that are a multiplier ("tripled")
    skip: frozenset[str]  # words between a scale and its unit ("millions d'euros", "million of")
    scales: frozenset[str]  # with the approximate words ("une dizaine de tonnes"): a unit may follow "de"
    per_time: frozenset[str] = frozenset()  # between "three times" and a time unit: a rate ("a week", "par an")
    after_one: frozenset[tuple[str, ...]] = frozenset()  # unit phrases read only after the number 1 ("1 an")
    bases: dict[str, tuple[str, float]] = field(default_factory=dict)  # unit -> (base unit, factor to it)
    rate_bases: frozenset[str] = frozenset()  # the base units of time: "trois fois par semaine" is a rate


@cache
def _units(langs: tuple[str, ...]) -> _Units:
    phrases: dict[tuple[str, ...], tuple[str, float]] = {}
    symbols: dict[str, str] = {}
    by: set[tuple[str, ...]] = set()
    per_time: set[str] = set()
    after_one: set[tuple[str, ...]] = set()
    bases: dict[str, tuple[str, float]] = {}
    rate_bases: set[str] = set()
    for lang in langs:
        d = load_data(lang, "quantities") or {}
        for k, (quantity, factor) in d.get("units", {}).items():
            phrases[tuple(_WORD.findall(k.lower()))] = (str(quantity), float(factor))
        symbols.update(d.get("unit_symbols", {}))
        by.update(tuple(_WORD.findall(k.lower())) for k in d.get("multiplied_by", []))
        per_time.update(w.lower() for w in d.get("per_time", []))
        after_one.update(tuple(_WORD.findall(k.lower())) for k in d.get("units_after_one", []))
        bases.update({k: (str(b), float(f)) for k, (b, f) in d.get("unit_bases", {}).items()})
        rate_bases.update(d.get("rate_bases", []))
    ws = [_words(lang) for lang in langs]
    return _Units(
        phrases,
        max((len(k) for k in phrases), default=0),
        symbols,
        frozenset(by),
        frozenset(t for w in ws for t in w.times),
        frozenset(t for w in ws for t in w.multipliers),
        frozenset({"de", "d", "of"}),
        frozenset(t for w in ws for t in (*w.scales, *w.approximate)),
        frozenset(per_time),
        frozenset(after_one),
        bases,
        frozenset(rate_bases),
    )


def _longest_first(word: str) -> tuple[int, str]:
    """Sort key of a regex alternation's words: the longest first (a longer word wins where a shorter one
    starts it), then alphabetical, so the pattern is the same in every process whatever the set order."""
    return -len(word), word


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` in :func:`_longest_first` order; the space of a phrase ("et demie")
    matches any run of white space."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=_longest_first))


@cache
def _listed(langs: tuple[str, ...], key: str) -> frozenset[str]:
    """The words listed under ``key`` in the languages' ``quantities.json``, lower-cased."""
    return frozenset(w.lower() for lang in langs for w in (load_data(lang, "quantities") or {}).get(key, []))


_NUMBER_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"  # a number written in one word ("soixante", "vingt-cinq")


@cache
def _cents_pattern(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "un euro soixante", "2 euros 50", "two euros fifty": a number (or the article "un"/"a") and a
    money word whose quantity is listed in ``cents_after``, then its cents (one word or two digits)
    with no punctuation between them. Groups: amount, money word, cents."""
    money: set[str] = set()
    for lang in langs:
        d = load_data(lang, "quantities") or {}
        after = set(d.get("cents_after", []))
        units = d.get("units", {}).items()
        money.update(k.lower() for k, (quantity, factor) in units if quantity in after and factor == 1)
    words = [w for w in money if " " not in w]
    if not words:
        return None
    alt = _alternation(words)
    unit = _alternation(_listed(langs, "cents_units"))
    number = _NUMBER_WORD
    tail = rf"(?:\s+(?:{unit})(?![\w-]))?" if unit else ""
    return re.compile(rf"(?<![\w.,])(\d+|{number})\s+({alt})\s+(\d{{1,2}}|{number})(?![\w-]|[.,]\d){tail}")


@cache
def _half_pattern(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "deux heures et demie", "a mile and a half", "deux millions et demi": a number (or "un"/"a") and a
    one-word unit or scale, then a half (``and_a_half``); or the half before them ("two and a half
    million", "two and a half hours"). Groups: amount, unit or scale word (the first two or the last two)."""
    units, halves, _ = _half_words(langs)
    if not units or not halves:
        return None
    words = set(units) | {k for lang in langs for k in _words(lang).scales if k.isalpha() and len(k) > 1}
    alt, half, number = _alternation(words), _alternation(halves), _NUMBER_WORD
    return re.compile(
        rf"(?<![\w.,])(\d+|{number})\s+({alt})\s+(?:{half})(?![\w-])"
        rf"|(?<![\w.,])(\d+|{number})\s+(?:{half})\s+({alt})(?![\w-])"
    )


@cache
def _half_words(langs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The one-word units, the words that add a half after them (``and_a_half``) and those that make
    half of a unit or a scale before it (``half_a``: "half a mile", "une demi-heure")."""
    units = {
        k.lower()
        for lang in langs
        for k in (load_data(lang, "quantities") or {}).get("units", {})
        if re.fullmatch(r"[^\W\d_]+", k)
    }
    return frozenset(units), _listed(langs, "and_a_half"), _listed(langs, "half_a")


@cache
def _half_a_pattern(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "half a mile", "une demi-heure", "half a million": half of the unit or scale after it. Group: the unit."""
    units, _, half_a = _half_words(langs)
    words = set(units) | {k for lang in langs for k in _words(lang).scales if k.isalpha()}
    if not half_a or not words:
        return None
    alt, half = _alternation(words), _alternation(half_a)
    return re.compile(rf"(?<![\w-])(?:{half})[\s-]+({alt})(?![\w-])")


def _word_number(tok: str, langs: tuple[str, ...], *, article: bool = False) -> float | None:
    """The value of one number token ("soixante", "vingt-cinq", "60"); with ``article``, "un"/"a" is 1."""
    if tok.isdigit():
        return float(tok)
    for lang in langs:
        w = _words(lang)
        if article and (tok in w.one or tok in w.a_fraction):
            return 1.0
        if tok in w.numbers and tok not in w.approximate:
            return w.numbers[tok]
        if w.parts(tok) is not None:
            got = _number_words([(tok, None), ("", None)], w)[0]
            if got[0] == "#w":
                return got[1]
    return None


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+|%)")


@cache
def _after_number(langs: tuple[str, ...]) -> frozenset[str]:
    """The words that make a number before them a figure of its own: scales, "fois"/"times", percent
    words, the first words of units and number words ("10 euros 20 fois" is no 10.20 euros)."""
    out: set[str] = {"%"}
    for lang in langs:
        w = _words(lang)
        out.update(w.scales, w.times, w.percent, w.numbers, w.denominators, w.per)
    out.update(k[0] for k in _units(langs).phrases if k)
    return frozenset(out)


def _with_cents(low: str, langs: tuple[str, ...]) -> str:
    """``low`` with each amount written with its cents after the money word ("un euro soixante")
    or with a half after its unit ("deux heures et demie") rewritten in digits ("1.60 euro",
    "2.5 heures"), so that it is read as one amount."""
    pattern = _cents_pattern(langs)
    if pattern is None:
        return low

    def sub(m: re.Match[str]) -> str:
        amount = _word_number(m.group(1), langs, article=True)
        cents = _word_number(m.group(3), langs)
        if amount is None or cents is None or not 0 < cents < 100 or not float(cents).is_integer():
            return m.group()
        nxt = _NEXT_WORD.match(low, m.end())
        if nxt and nxt.group(1) in _after_number(langs):  # "10 euros 20 fois", "2 euros 30 %": another figure
            return m.group()
        named = m.end(3) < m.end()  # "3 euros 20 centimes": the cents named, whatever follows
        if nxt and not named and nxt.group(1) not in _listed(langs, "after_cents"):  # "10 euros 50 personnes": a count
            return m.group()
        return f"{amount:g}.{int(cents):02d} {m.group(2)}"

    low = pattern.sub(sub, low)
    if (half_a := _half_a_pattern(langs)) is not None:
        low = half_a.sub(lambda m: f"0.5 {m.group(1)}", low)
    halves = _half_pattern(langs)
    if halves is None:
        return low

    def half(m: re.Match[str]) -> str:
        first = m.group(1) is not None
        amount = _word_number(m.group(1) if first else m.group(3), langs, article=True)
        return m.group() if amount is None else f"{amount + 0.5:g} {m.group(2) if first else m.group(4)}"

    return halves.sub(half, low)


def _phrases(words: Iterable[str]) -> str:
    """A regex alternation of phrases in :func:`_longest_first` order; a phrase's space matches any run of
    white space, its apostrophe either apostrophe ("d'" and "d’")."""
    alt = _alternation(words)
    return alt.replace("'", "['’]")


@cache
def _spelled_patterns(
    langs: tuple[str, ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of :func:`_spelled_out`: a fraction of a unit or a scale, a count of approximate numbers,
    a scale after an article and one unit after a bound word (None where ``langs`` list none of their words)."""
    ws = [_words(lang) for lang in langs]
    units, halves, _ = _half_words(langs)
    scales = {k for w in ws for k in w.scales if k.isalpha() and len(k) > 2} - _listed(langs, "final_scales")
    number, fillers = _NUMBER_WORD, _phrases(_listed(langs, "fraction_fillers"))
    filler = rf"(?:(?:{fillers})\s+)?" if fillers else ""
    lead = rf"(?<![\w.,-])(\d+|{number})\s+{filler}"

    def of(key: str) -> str:
        # "of a", "de": then white space; "d'": none needed
        got = _listed(langs, key)
        spaced, elided = [w for w in got if not w.endswith("'")], [w for w in got if w.endswith("'")]
        parts = [rf"(?:{_phrases(spaced)})\s+"] if spaced else []
        parts += [rf"(?:{_phrases(elided)})\s*"] if elided else []
        return "(?:" + "|".join(parts) + ")" if parts else ""

    denominators = {k for w in ws for k in w.denominators}
    fraction = None
    if denominators and (link := of("fraction_of")):
        whole = _alternation(units | scales)
        fraction = re.compile(rf"{lead}({_alternation(denominators)})\s+{link}({whole})(?![\w-])")
    approximate = {k for w in ws for k in w.approximate}
    counted = None
    if approximate:
        link = of("counted_of")
        more = rf"(?:\s+{link}({_alternation(approximate | scales)}))?" if link else "()"
        half = rf"(?:\s+({_alternation(halves)}))?" if halves else "()"
        counted = re.compile(rf"{lead}({_alternation(approximate)}){half}{more}(?![\w-])")
    article = None
    listed = _listed(langs, "scale_articles")
    if listed and scales:
        numbers = {k for w in ws for k in w.numbers}
        bare = scales - numbers  # "a thousand" is read already
        if bare:
            article = re.compile(rf"(?<![\w-])(?:{_phrases(listed)})\s+({_alternation(bare)})(?![\w-])")
    one = None
    rough = {t for w in ws for t in w.rough}
    before_one = _listed(langs, "before_one")
    if rough and (articles := {t for w in ws for t in (*w.a_fraction, *w.one)}):  # (no rough word: no bound)
        link = rf"(?:\s+(?:{_phrases(before_one)}))?" if before_one else ""
        one = re.compile(
            rf"(?<![\w-])((?:{_alternation(rough)}){link})(\s+|['’]\s*)(?:{_alternation(articles)})\s+"
            rf"({_alternation(units)})(?![\w-])"
        )
    return fraction, counted, article, one


@cache
def _spelled_gates(langs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The denominators and the approximate number words, anywhere: a text without them has no fraction of a
    unit and no count of approximate numbers (:func:`_spelled_out`)."""
    ws = [_words(lang) for lang in langs]
    denominators = {k for w in ws for k in w.denominators} or {"\x00"}
    approximate = {k for w in ws for k in w.approximate} or {"\x00"}
    return re.compile(_alternation(denominators)), re.compile(_alternation(approximate))


@cache
def _synonyms(langs: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The phrases of ``spelled_as`` ("a couple of": "two") and of ``spelled_as_before_figure`` ("close to":
    "nearly", read so only before a figure: not "close to the 300 homes") and what they read as."""
    data = [load_data(lang, "quantities") or {} for lang in langs]
    table = {k.lower(): v for d in data for k, v in (d.get("spelled_as") or {}).items()}
    before = {k.lower(): v for d in data for k, v in (d.get("spelled_as_before_figure") or {}).items()}
    if not table and not before:
        return None
    # a figure right after: digits (after a currency sign or so) or a number word, maybe after an article
    articles = {t for w in map(_words, langs) for t in (*w.a_fraction, *w.one)}
    article = rf"(?:(?:{_alternation(articles)})\s+)?" if articles else ""
    figure = rf"\s+(?:\W{{0,2}}\d|{article}(?:{_alternation(_number_vocabulary(langs))})(?![\w-]))"
    alternatives = [rf"{_phrases(table)}"] if table else []
    alternatives += [rf"(?:{_phrases(before)})(?={figure})"] if before else []
    pattern = re.compile(rf"(?<![\w-])({'|'.join(alternatives)})(?![\w-])")
    return pattern, table | before


def _spelled_out(low: str, langs: tuple[str, ...]) -> tuple[str, frozenset[float]]:
    """``low`` with the ways of spelling a figure in words that the reader misses rewritten in digits (or in
    words it reads): phrases read as others (``spelled_as``: "a couple of" is "two", "close to" "nearly"); a
    fraction of a unit or a scale ("three quarters of an hour", « trois quarts d'heure »: "0.75 hour"; "a
    quarter of a million": "0.25 million"; ``fraction_of``, ``fraction_fillers``: "a whole quarter of a
    year"); a count of approximate numbers (« trois centaines de »: 300, « une quarantaine de milliers »:
    40 000, « un millier et demi »: 1 500; ``counted_of``; one approximate number alone, « une centaine », is
    left as it is, approximate); a scale after an article (``scale_articles``: "a million pounds": "1
    million"); one unit after a bound word (``before_one``: "less than a month": "less than 1 month"). With
    it, the values of the counts of approximate numbers, approximate as the words are (« une quarantaine de
    milliers » agrees with 37 000 as « une quarantaine » with 37)."""
    rough: set[float] = set()
    if (synonyms := _synonyms(langs)) is not None:
        pattern, table = synonyms
        low = pattern.sub(lambda m: table.get(re.sub(r"\s+", " ", m.group(1).replace("’", "'")), m.group(1)), low)
    fraction, counted, article, one = _spelled_patterns(langs)

    def value(m: re.Match[str], group: int) -> float | None:
        return _word_number(m.group(group), langs, article=True)

    def frac(m: re.Match[str]) -> str:
        n = value(m, 1)
        den = next((w.denominators[m.group(2)] for w in map(_words, langs) if m.group(2) in w.denominators), None)
        if n is None or not den or n >= den:
            return m.group()
        return f"{n / den:g} {m.group(3)}"

    def count(m: re.Match[str]) -> str:
        n = value(m, 1)
        plain = _word_number(m.group(1), langs)  # a number, not an article
        if n is None or not (m.group(3) or m.group(4) or (plain is not None and plain >= 2)):
            return m.group()  # "une centaine": approximate, read as it is
        ws = list(map(_words, langs))
        each = next((w.numbers[m.group(2)] for w in ws if m.group(2) in w.numbers), None)
        if each is None:  # an approximate word without its value in ``numbers``: left as it is
            return m.group()
        v = (n + 0.5 if m.group(3) else n) * each  # « deux milliers et demi »: 2 500
        if m.group(4):  # « une quarantaine de milliers »
            of = m.group(4)
            scale = next((w.numbers.get(of) or w.scales.get(of) for w in ws if of in w.scales or of in w.numbers), None)
            if not scale:
                return m.group()
            v *= scale
        if not float(v).is_integer():
            return m.group()
        rough.add(_round(v))  # a count of approximate numbers stays approximate: « une quarantaine de milliers »
        return f"{int(v):,}".replace(",", " ")

    gates = _spelled_gates(langs)  # (the two patterns try every word: first, is their own word there at all?)
    if fraction is not None and gates[0].search(low):
        low = fraction.sub(frac, low)
    if counted is not None and gates[1].search(low):
        low = counted.sub(count, low)
    if article is not None:
        low = article.sub(lambda m: f"1 {m.group(1)}", low)
    if one is not None:  # "less than a month", « moins d'un mois »: one month, bounded
        low = one.sub(lambda m: f"{m.group(1)}{m.group(2)}1 {m.group(3)}", low)
    return low, frozenset(rough)


@cache
def _final_scale_pattern(langs: tuple[str, ...]) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The scales read only at a clause end or before a listed word (``final_scales``, ``after_final_scale``:
    "five grand a year", not "two grand pianos"), and those words."""
    finals = _listed(langs, "final_scales")
    if not finals:
        return None
    return re.compile(rf"(?<![\w-])(?:{_alternation(finals)})(?![\w-])"), _listed(langs, "after_final_scale")


def _no_scale_before_nouns(low: str, langs: tuple[str, ...]) -> str:
    """``low`` with each scale of ``final_scales`` followed by another word than those listed written in
    upper case, so that no list reads it (all are lower case): "one grand slam title" is no 1,000 titles."""
    got = _final_scale_pattern(langs)
    if got is None:
        return low
    pattern, after = got

    def sub(m: re.Match[str]) -> str:
        nxt = _NEXT_WORD.match(low, m.end())
        return m.group().upper() if nxt and nxt.group(1) not in after else m.group()

    return pattern.sub(sub, low)


MULTIPLIER = "×"  # the unit of a multiplier ("tripled", "three times"): it agrees only with another


def _unit_at(tokens: list[tuple[str, float | None]], i: int, langs: tuple[str, ...]) -> tuple[str, float]:
    """The unit of the count at token ``i`` and the factor to its base unit: ("", 1) for a bare
    count, (:data:`MULTIPLIER`, 1) for a multiplier, ("year", 1000) for "dix millénaires"."""
    u = _units(langs)
    tok = tokens[i][0]
    if tok.startswith("#¤"):  # digits with a currency sign
        return tok[2:], 1.0
    if tok in u.multipliers:
        return MULTIPLIER, 1.0
    if any(len(p) <= i and tuple(t for t, _ in tokens[i - len(p) : i]) == p for p in u.multiplied_by):
        return MULTIPLIER, 1.0
    j = i + 1
    if j < len(tokens) and tokens[j][0] in u.times:  # "trois fois", but "trois fois par semaine" is a rate
        return _rate(tokens, j + 1, u) or MULTIPLIER, 1.0
    if tokens[i][0] in u.scales and j < len(tokens) and tokens[j][0] in u.skip:  # "une dizaine de tonnes"
        j += 1
    elif j < len(tokens) and tokens[j][0] in u.scales:  # "2 millions d'euros"
        j += 1
        if j < len(tokens) and tokens[j][0] in u.skip:
            j += 1
    got = _phrase(tokens, j, u, one=tokens[i][1] == 1.0)
    if got is None and (rate := _rate(tokens, j, u)):  # "paid 12 an hour": a rate
        return rate, 1.0
    return got or ("", 1.0)


def _phrase(tokens: list[tuple[str, float | None]], j: int, u: _Units, *, one: bool = True) -> tuple[str, float] | None:
    """The unit written from token ``j`` on (its longest phrase), or None; ``one``: after the number 1
    (French "an" is a year only in "1 an": "12 an hour" is English)."""
    for n in range(min(u.longest, len(tokens) - j), 0, -1):
        key = tuple(t for t, _ in tokens[j : j + n])
        got = u.phrases.get(key)
        if got is not None and (one or key not in u.after_one):
            return got
    return None


def _rate(tokens: list[tuple[str, float | None]], k: int, u: _Units) -> str | None:
    """The rate "/week" when the words from ``k`` are "a week", "par semaine"...: "three times a week" is a
    rate, no multiplier. RETURNS (str | None): the rate's unit, or None."""
    if k >= len(tokens) or tokens[k][0] not in u.per_time:
        return None
    got = _phrase(tokens, k + 1, u)
    if got is None or u.bases.get(got[0], ("", 1.0))[0] not in u.rate_bases:
        return None
    return "/" + got[0]


@cache
def _number_vocabulary(langs: tuple[str, ...]) -> frozenset[str]:
    """Every word that can make a figure without a digit (number words, scales, fractions,
    multipliers) in ``langs``: a text with none of them and no digit has no figure."""
    out: set[str] = set()
    for lang in langs:
        w = _words(lang)
        out.update(w.numbers, w.scales, w.fractions, w.multipliers)
        if w.a_fraction:  # "a fifth": a denominator after an article is a figure
            out.update(w.denominators)
    return frozenset(out)


def _number_words(tokens: list[tuple[str, float | None]], w: _Words) -> list[tuple[str, float | None]]:
    """Tokens with each number written in several words made one ("#w", value):
    "deux cent trente mille" is 230000, "quatre-vingt-dix" 90, "one hundred and twelve" 112."""

    def parts(tok: str, v: float | None) -> tuple[str, ...] | None:
        """The number words of a word token ("quatre-vingt-dix": three), or None."""
        return w.parts(tok) if v is None else None

    if not any(v is None and w.parts(t) is not None for t, v in tokens):
        return tokens
    out: list[tuple[str, float | None]] = []
    i = 0
    while i < len(tokens):
        tok, v = tokens[i]
        if parts(tok, v) is None:
            out.append((tok, v))
            i += 1
            continue
        words: list[str] = []
        j = i
        while j < len(tokens):
            t, tv = tokens[j]
            ps = parts(t, tv)
            if ps is not None:
                words += ps
                j += 1
            elif tv is None and t in w.connectors and j + 1 < len(tokens) and words and words[-1] not in w.scales:
                if tokens[j + 1][0] in w.one:
                    words.append("#1")
                    j += 2
                elif parts(*tokens[j + 1]) is not None:
                    j += 1
                else:
                    break
            else:
                break
        if len(words) == 1:
            out.append((tok, None))
            i += 1
            continue
        total = cur = last = 0.0
        for word in words:
            val = 1.0 if word == "#1" else w.numbers.get(word, 0.0)
            if word in w.scales and (word not in w.numbers or cur or total):
                total += (cur or 1.0) * w.scales[word]
                cur = last = 0.0
            elif word in w.compound and last and last < val:
                cur += last * val - last
                last *= val
            else:
                cur += val
                last = val
        out.append(("#w", total + cur))
        i = j
    return out


@cache
def _whole_words(langs: tuple[str, ...]) -> frozenset[str]:
    """The words of the number lists of ``langs``, hyphenated ones included ("dix-millième")."""
    return _number_vocabulary(langs).union(*(_words(lang).denominators for lang in langs))


def _unhyphen(token: tuple[str, float | None], langs: tuple[str, ...]) -> list[tuple[str, float | None]]:
    """A hyphenated word that starts with a number word and is no number word as a whole
    ("ten-hour"), cut in its parts; any other token as it is."""
    tok, v = token
    if v is not None or "-" not in tok or tok in _whole_words(langs):
        return [token]
    parts = tok.split("-")
    vocabulary = _number_vocabulary(langs)
    if parts[0] not in vocabulary or all(p in vocabulary for p in parts):
        return [token]
    return [(p, None) for p in parts if p]


def _number(raw: str) -> float | None:
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", s):
        return float(re.sub(r"[ ,.]", "", s))
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def _round(v: float) -> float:
    if v == 0:
        return 0.0
    return float(f"{v:.3g}")


@dataclass(frozen=True)
class Figures:
    """The figures of a text: counts and amounts, and shares of a whole."""

    counts: frozenset[float]
    shares: frozenset[float]
    rough: frozenset[float] = frozenset()  # the counts written as approximations or bounds ("près d'un millier")
    at_least: frozenset[float] = frozenset()  # of those, the lower bounds ("plus de 900")
    at_most: frozenset[float] = frozenset()  # and the upper bounds ("moins de 900")
    # the shares written in words ("a third", "trois sur cinq") or as approximations ("nearly 30 %")
    rough_shares: frozenset[float] = frozenset()
    shares_least: frozenset[float] = frozenset()  # the shares after a lower bound ("more than 34 %")
    shares_most: frozenset[float] = frozenset()  # and after an upper bound ("moins d'un tiers")
    # each count with its unit ("" when bare, :data:`MULTIPLIER`, "hour", "km/h"...; values in the base unit)
    kinds: frozenset[tuple[float, str]] = frozenset()
    converted: frozenset[float] = frozenset()  # the counts converted by a factor that rounds ("20 mph": 32.2 km/h)
    # its count 1 is only "one of" ("l'une des cabanes", "one of the huts"): it agrees with another 1,
    # contradicts nothing
    loose_one: bool = False
    # its count 1 is only the word "one" ("one account said"): it contradicts only small bare counts
    # (:data:`ONE_WORD_AGAINST`: "one person died" is no "three people died", "one account" no 48 million)
    word_one: bool = False

    def __bool__(self) -> bool:
        return bool(self.counts or self.shares)


def quantities(text: str, langs: tuple[str, ...] = ("fr", "en")) -> frozenset[float]:
    """Values of the figures in ``text`` (shares of 1 for percentages and 'X in Y').

    text (str): a sentence.
    langs (tuple[str, ...]): languages whose number words are read.
    RETURNS (frozenset[float]): values rounded to 3 significant digits.
    """
    f = figures(text, langs)
    return f.counts | f.shares


_NONE = Figures(frozenset(), frozenset())


@lru_cache(maxsize=8192)
def figures(text: str, langs: tuple[str, ...] = ("fr", "en")) -> Figures:
    """The counts and the shares written in ``text`` (see :func:`quantities`)."""
    out: set[float] = set()
    shares: set[float] = set()
    rough: set[float] = set()
    rough_shares: set[float] = set()  # shares in words or approximate: "presque trois sur cinq" for 62 %
    bounds: dict[float, str] = {}  # count -> "least" or "most"
    share_bounds: dict[float, str] = {}  # share -> "least" or "most"
    kinds: set[tuple[float, str]] = set()  # count -> its unit
    converted: set[float] = set()
    one_of = one_word = one_digit = False  # the count 1 written as "one of" / the word "one" / otherwise
    # the second numbers of "X sur Y", "one in Y" that the pass reading them as such counts nowhere else: no
    # count in any language's pass ("un champ sur deux" has none; "en cinq hivers, trois sur cinq" has 5)
    denominators: set[float] = set()
    symbols = _units(langs).symbols

    def bounded(share: float, before: list[str], w: _Words) -> None:
        """Record a share after a bound ("plus de 30 %", "less than a third") as the bound's side."""
        if side := w.bound(" ".join(before)):
            share_bounds[_round(share)] = side

    tokens: list[tuple[str, float | None]] = []  # words and digit numbers, in order
    pos = 0
    low, spelled_rough = _spelled_out(_with_cents(text.lower(), langs), langs)
    low = _no_scale_before_nouns(low, langs)
    for m in _DIGITS.finditer(low):
        tokens.extend(_words_between(low, pos, m.start()))
        v = _number(m.group(1))
        pos = m.end()
        if v is None:
            continue
        if m.group(2):
            shares.add(_round(v / 100))
            tokens.append(("%", v / 100))
            before_words = [t for t, _ in tokens[-3:-1]]
            if any(t in _words(lang).rough for lang in langs for t in before_words):
                rough_shares.add(_round(v / 100))
                for lang in langs:
                    bounded(v / 100, [t for t, _ in tokens[-4:-1]], _words(lang))
            continue
        # "£48 million", "20 €": the count's unit is the currency
        sign = low[max(0, m.start() - 2) : m.start()].strip()[-1:]
        if sign not in symbols:  # "20€", "4,50 € le repas": the sign after the number
            sign = low[m.end() : m.end() + 2].strip()[:1]
        # digits grouped by thousands ("2,000", "2 000") are never a year: "#g"
        plain = "#g" if _GROUPED.fullmatch(m.group(1)) else "#"
        tokens.append(("#¤" + symbols[sign] if sign in symbols else plain, v))
    tokens.extend(_words_between(low, pos, len(low)))
    if "-" in low:  # "ten-hour", "cinq-places": the number before the hyphen is a figure of its own
        tokens = [p for t in tokens for p in _unhyphen(t, langs)]
    if pos == 0:  # no digit: no figure unless a number word is there (whole or in a hyphenated word)
        vocabulary = _number_vocabulary(langs)
        if not any(t in vocabulary or ("-" in t and not vocabulary.isdisjoint(t.split("-"))) for t, _ in tokens):
            ones = [(w.one, w.one_of) for w in map(_words, langs) if w.one_of]
            pairs = itertools.pairwise(tokens)
            if not any(a in one and b in of for (a, _), (b, _) in pairs for one, of in ones):  # "l'une des"
                return _NONE
    raw = tokens
    for lang in langs:
        w = _words(lang)
        tokens = _number_words(raw, w)
        vals = [v if v is not None else w.numbers.get(tok) for tok, v in tokens]
        skip: set[int] = set()
        dens: set[float] = set()  # this pass's denominators
        mine: set[float] = set()  # this pass's counts
        # only numbers and the words that make a figure of their own are looked at
        for i in [i for i, (tok, v) in enumerate(tokens) if vals[i] is not None or tok in w.marked]:
            if i in skip:
                continue
            tok, v = tokens[i]
            nv = vals[i]
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            before3 = [t for t, _ in tokens[max(0, i - 3) : i]]
            if nv is None and tok in w.a_fraction and nxt in w.denominators:  # "a fifth": a share in words
                after = tokens[i + 2][0] if i + 2 < len(tokens) else ""
                # ... of something ("a fifth of the nets") or a change ("by a fifth"); else an ordinal ("a fifth term")
                if after in w.a_fraction_of or (i and tokens[i - 1][0] in w.a_fraction_change):
                    shares.add(_round(1 / w.denominators[nxt]))
                    rough_shares.add(_round(1 / w.denominators[nxt]))
                    bounded(1 / w.denominators[nxt], before3, w)
            if nv is None and tok in w.one and nxt in w.one_of:  # "l'une des traces": the word one, loosely
                out.add(1.0)
                kinds.add((1.0, ""))
                one_of = True
            if nv is None and tok in w.one:  # "un patient sur cinq": "un" is one only before "sur"
                for j in range(i + 1, min(i + 5, len(tokens))):
                    k = _denominator(tokens, j, w)  # "one in every five"
                    if tokens[j][0] in w.per and k < len(tokens) and (vals[k] or 0) > 1:
                        shares.add(_round(1 / (vals[k] or 1)))
                        rough_shares.add(_round(1 / (vals[k] or 1)))
                        skip.add(k)  # "un champ sur deux": the denominator is no count
                        dens.add(_round(vals[k] or 1))
                        break
            divided = i >= 2 and tokens[i - 2][0] in w.divided and tokens[i - 1][0] in ("par", "by")
            if nv is not None and tok != "%" and nv > 1 and divided:
                shares.add(_round(1 / nv))  # "divisée par deux": a half
                rough_shares.add(_round(1 / nv))
                continue
            if nv is not None and tok != "%":
                if nxt in w.percent and (v is None or tok == "#w"):  # "soixante pour cent": "cent" is no second number
                    shares.add(_round(nv / 100))
                    if any(t in w.rough for t, _ in tokens[max(0, i - 2) : i]):
                        rough_shares.add(_round(nv / 100))
                        bounded(nv / 100, before3, w)
                    skip.update((i + 1, i + 2))
                    continue
                if nxt in w.scales:
                    nv *= w.scales[nxt]
                elif nxt in w.denominators:
                    shares.add(_round(nv / w.denominators[nxt]))
                    rough_shares.add(_round(nv / w.denominators[nxt]))
                    bounded(nv / w.denominators[nxt], before3, w)
                unit, factor = _unit_at(tokens, i, langs)
                is_year = _year(tok, nv) and nxt not in w.scales
                if not is_year or nxt in w.times:
                    if v is None and nv == 1 and not unit and nxt in w.one_of:  # "one of the huts"
                        one_of = True
                    elif v is None and nv == 1 and not unit:  # the word "one" alone: contradicts small counts only
                        one_word = True
                    elif nv == 1:
                        one_digit = True
                    nv *= factor  # "dix millénaires": 10,000 years
                    out.add(_round(nv))
                    mine.add(_round(nv))
                    kinds.add((_round(nv), unit))
                    if _inexact(factor):  # "20 mph" is 32.2 km/h, about "32 km/h"
                        converted.add(_round(nv))
                if not is_year:
                    before = [t for t, _ in tokens[max(0, i - 2) : i]]
                    if tok in w.approximate or nxt in w.rough or any(t in w.rough for t in before):
                        rough.add(_round(nv))
                        if bound := w.bound(" ".join(t for t, _ in tokens[max(0, i - 3) : i])):
                            bounds[_round(nv)] = bound
                # "neuf chars sur dix", "nine in ten": the second number within seven words
                for j in range(i + 1, min(i + 9, len(tokens))):
                    k = _denominator(tokens, j, w)  # "23 in every 100"
                    if tokens[j][0] in w.per and k < len(tokens) and vals[k]:
                        den = vals[k]
                        if den and den > nv and not _year(tokens[k][0], den):  # "1,200 sheep in 2025"
                            skip.add(k)  # "one field in two", "neuf sur dix": the denominator is no count
                            dens.add(_round(den))
                            shares.add(_round(nv / den))
                            if not (tok in _PLAIN and tokens[k][0] in _PLAIN):  # "12 ruches sur 50" is exact
                                rough_shares.add(_round(nv / den))
                        break
            if tok in w.fractions and not (i and vals[i - 1]):  # "les deux tiers" is read above
                shares.add(_round(w.fractions[tok]))
                rough_shares.add(_round(w.fractions[tok]))
                bounded(w.fractions[tok], before3, w)
            if tok in w.multipliers:  # "tripled"; "twice a week" is a rate
                out.add(_round(w.multipliers[tok]))
                kinds.add((_round(w.multipliers[tok]), _rate(tokens, i + 1, _units(langs)) or MULTIPLIER))
        denominators.update(dens - mine)
    out -= denominators
    kinds = {kv for kv in kinds if kv[0] not in denominators}
    least = frozenset(v for v, k in bounds.items() if k == "least")
    most = frozenset(v for v, k in bounds.items() if k == "most")
    return Figures(
        frozenset(out),
        frozenset(shares),
        frozenset(rough | spelled_rough) & frozenset(out),
        least,
        most,
        frozenset(rough_shares),
        frozenset(v for v, k in share_bounds.items() if k == "least"),
        frozenset(v for v, k in share_bounds.items() if k == "most"),
        frozenset(kinds),
        frozenset(converted),
        one_of and not (one_word or one_digit),
        one_word and not one_digit,
    )


_YEAR = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(?!\w|[.,]\d)")


@cache
def _year_cued(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    """A year right after a word of ``years_since_cues`` ("since 1886", « ouverte en 1886 »)."""
    cues = _listed(langs, "years_since_cues")
    if not cues:
        return None
    return re.compile(rf"(?<![\w-])(?:{_phrases(cues)})\s+{_YEAR.pattern}", re.IGNORECASE)


def years_ago(
    text: str, year: int | None, *, any_year: bool = False, langs: tuple[str, ...] = ("fr", "en")
) -> Figures | None:
    """The spans of years from each year ``text`` names after a cue (``years_since_cues``) to ``year`` (the
    article's), as counts of years: "open since 1886" in 2026 is 140 years, "since 2024" 2 (None when it
    names no such earlier year). With ``any_year`` (a claim that gives a count of years), every year it names:
    « la station, ouverte en 1886 » as « fermée après 140 ans ». Without, "some 2000 people" or "the 2016
    referendum" are no span. The fact-check matcher tries them only when the sentence's own figures agree
    with no figure of the claim."""
    if not year:
        return None
    pattern = _YEAR if any_year else _year_cued(langs)
    if pattern is None:
        return None
    spans = {float(year - int(m.group(1))) for m in pattern.finditer(text) if int(m.group(1)) < year}
    if not spans:
        return None
    f = figures(text, langs)
    return replace(f, counts=f.counts | spans, kinds=f.kinds | {(v, "year") for v in spans})


def _words_between(low: str, start: int, end: int) -> list[tuple[str, float | None]]:
    """The word tokens of ``low[start:end]``; a letter followed by a dot and a letter is part of an
    abbreviation ("p.m.", "a.m.") and keeps its dot, so that it is no unit ("7 p.m." is no 7 pence)."""
    out: list[tuple[str, float | None]] = []
    for w in _WORD.finditer(low, start, end):
        tok, e = w.group(), w.end()
        if len(tok) == 1 and low[e : e + 1] == "." and low[e + 1 : e + 2].isalpha():
            tok += "."
        out.append((tok, None))
    return out


def _inexact(factor: float) -> bool:
    """Whether a unit conversion rounds (miles to km: 1.609) rather than shifts the decimal point (pence)."""
    return factor % 1 != 0 and round(1 / factor, 6) % 1 != 0


def _denominator(tokens: list[tuple[str, float | None]], j: int, w: _Words) -> int:
    """The index of the denominator after the "per" word at ``j`` ("sur", "in"), past "every"/"chaque"."""
    k = j + 1
    return k + 1 if k < len(tokens) and tokens[k][0] in w.per_every else k


def _year(tok: str, v: float) -> bool:
    """Whether a number token is a year (1900-2100 written in digits)."""
    return tok == "#" and 1900 <= v <= 2100 and float(v).is_integer()


def agree(a: frozenset[float], b: frozenset[float]) -> bool:
    """Whether two sets of values share one (see :func:`_near`)."""
    return any(_near(x, y) for x in a for y in b)


ROUGH = 0.15  # a count written as an approximation or a bound agrees with counts this close
# a share written in words or as an approximation agrees with shares this close (5 points: « près des trois quarts »
# for 70 %, fc43; 4 until stop 42)
ROUGH_SHARE = 0.05


def agree_figures(a: Figures, b: Figures, *, small: bool = True) -> bool:
    """Whether two texts' figures share one: as :func:`agree`, and a count written as an
    approximation or a bound in either ("près d'un millier", "more than 900") agrees with
    counts within :data:`ROUGH` of it. small (bool): whether whole numbers up to 10 count."""
    pairs = (
        (a.counts, b.counts, True),
        (a.shares, b.shares, False),
        (a.counts, b.shares, False),
        (a.shares, b.counts, False),
    )
    for xs, ys, counts in pairs:
        for x in xs:
            if not small and x.is_integer() and 0 <= x <= 10:
                continue
            for y in ys:
                if counts and not comparable(x, a, y, b):  # "20p" is no "20 mph", "deux arbres" no "doubled"
                    continue
                if _near(x, y) or (counts and _rough(x, a, y, b)) or _rough_share(x, a, y, b):
                    return True
                if counts and (_converted(x, a, y, b) or _based(x, a, y, b)):
                    return True
    return False


def _units_of(f: Figures, x: float) -> set[str]:
    return {u for v, u in f.kinds if v == x} or {""}


def comparable(x: float, fx: Figures, y: float, fy: Figures) -> bool:
    """Whether count ``x`` of ``fx`` and count ``y`` of ``fy`` measure the same kind of thing: the same
    unit ("20 heures", "20 hours"), or a bare count against a unit its own text gives no other count
    in ("une vingtaine" of volunteers is no "20 heures" beside "de 8 heures à 19 heures"); a multiplier
    ("a triplé", "three times") only against a multiplier."""
    ux, uy = _units_of(fx, x), _units_of(fy, y)
    for a in ux:
        for b in uy:
            if a == b or _same_base(a, b):
                return True
            if MULTIPLIER in (a, b) or (a and b):
                continue
            unit, bare = (b, fx) if not a else (a, fy)
            if not any(u == unit for _, u in bare.kinds):
                return True
    return False


def _same_base(a: str, b: str) -> bool:
    """Whether units ``a`` and ``b`` differ but measure the same thing ("hour" and "minute", "km" and "metre")."""
    bases = _units(("fr", "en")).bases
    return a != b and a in bases and b in bases and bases[a][0] == bases[b][0]


LOOSE = 0.1  # counts in two units of ``loose_units`` (weeks and months) agree this close: four weeks are a month


def _based(x: float, fx: Figures, y: float, fy: Figures) -> bool:
    """Whether count ``x`` of ``fx`` and ``y`` of ``fy``, in two units of one base (``unit_bases``), are the
    same figure: "two hours" and "120 minutes", "1.5 km" and "1 500 mètres" (within :data:`CONVERTED`
    when a factor rounds: a month is 30.44 days; within :data:`LOOSE` between two units that speech
    equates loosely, ``loose_units``: "six weeks" and "a month and a half")."""
    bases = _units(("fr", "en")).bases
    for a in _units_of(fx, x):
        for b in _units_of(fy, y):
            if _same_base(a, b):
                fa, fb = bases[a][1], bases[b][1]
                vx, vy = x * fa, y * fb
                within = CONVERTED if _inexact(fa) or _inexact(fb) else 0.005  # (as :func:`_near` for counts)
                if a != b and {a, b} <= _listed(("fr", "en"), "loose_units"):  # "six weeks", "a month and a half"
                    within = LOOSE
                if x in fx.rough or y in fy.rough:  # "une vingtaine de jours" for "three weeks"
                    within = ROUGH
                    if not _on_bound_side(x, vx, fx, vy) or not _on_bound_side(y, vy, fy, vx):
                        continue  # "plus de deux mois" is no "55 jours"
                if abs(vx - vy) <= within * max(abs(vx), abs(vy)):
                    return True
    return False


def _on_bound_side(x: float, vx: float, fx: Figures, vy: float) -> bool:
    """Whether ``vy`` lies on the side the bound of count ``x`` of ``fx`` allows (both in one unit:
    ``vx`` is ``x`` in it): "plus de 1 000" is no 880, "moins de 900" no 1 030; True when unbounded."""
    return not ((x in fx.at_least and vy < vx * 0.98) or (x in fx.at_most and vy > vx * 1.02))


# the smallest round figure a bound on which says a count up to twice it (1000 until stop 50: fc50 found "well over a
# century" for 129 years, « moins d'une dizaine » for 8, "more than a thousand" for 1,200 refused as other figures)
ROUND_BOUND_FROM = 10


def _round_bound(x: float, fx: Figures, y: float) -> bool:
    """Whether ``x`` of ``fx`` is a bound on a round figure, a power of ten from :data:`ROUND_BOUND_FROM` ("over
    a million", « moins d'une dizaine », "well over a century"), and ``y`` lies between it and twice it (half it) on
    the bound's side: "over a million" says 1.2 million, "over 900" does not say 1,200."""
    if x < ROUND_BOUND_FROM or abs(math.log10(x) - round(math.log10(x))) > 1e-9:
        return False
    if x in fx.at_least:
        return x * 0.98 <= y < 2 * x
    return x in fx.at_most and x / 2 < y <= x * 1.02


def _rough(x: float, fx: Figures, y: float, fy: Figures) -> bool:
    """Whether count ``x`` of ``fx`` and ``y`` of ``fy`` agree, one of them approximate or a bound:
    within :data:`ROUGH`, and on the side a bound allows ("plus de 1 000" is no "880"); or a bound on a
    round figure and a count up to twice it (:func:`_round_bound`)."""
    # (in one unit: "less than ten minutes" is no "6 hours")
    if (_round_bound(x, fx, y) or _round_bound(y, fy, x)) and not _units_of(fx, x).isdisjoint(_units_of(fy, y)):
        return True
    if not (x in fx.rough or y in fy.rough) or abs(x - y) > ROUGH * max(abs(x), abs(y)):
        return False
    return _on_bound_side(x, x, fx, y) and _on_bound_side(y, y, fy, x)


def years_agree(a: Figures | None, b: Figures | None) -> bool:
    """Whether a count of years of ``a`` agrees with one of ``b``, exactly or, one of them approximate, within
    :data:`ROUGH` ("about 170 years old" for a year 172 years back, "for nearly two hundred years" for 186)."""
    if a is None or b is None:
        return False
    ys = [v for v, k in b.kinds if k == "year"]
    return any(_near(x, y) or _rough(x, a, y, b) for x, k in a.kinds if k == "year" for y in ys)


CONVERTED = 0.02  # a count converted by a rounding factor (miles to km) agrees with counts this close


def _converted(x: float, fx: Figures, y: float, fy: Figures) -> bool:
    """Whether counts ``x`` and ``y`` agree, one of them converted by a factor that rounds ("20 mph" and
    "32 km/h"; not "30 km/h")."""
    return (x in fx.converted or y in fy.converted) and abs(x - y) <= CONVERTED * max(abs(x), abs(y))


def _rough_share(x: float, fx: Figures, y: float, fy: Figures) -> bool:
    """Whether shares ``x`` of ``fx`` and ``y`` of ``fy`` agree, one of them written in words or as an
    approximation ("nearly a third" for 30 %, "three in five" for 62 %): within :data:`ROUGH_SHARE`, and
    on the side a bound allows ("moins de 33 %" is no 36 %, "more than a third" no 30 %)."""
    if not (x in fx.rough_shares or y in fy.rough_shares) or x > 1 or y > 1 or abs(x - y) > ROUGH_SHARE + 1e-9:
        return False
    ok_x = not ((x in fx.shares_least and y < x - 0.005) or (x in fx.shares_most and y > x + 0.005))
    return ok_x and not ((y in fy.shares_least and x < y - 0.005) or (y in fy.shares_most and x > y + 0.005))


def _near(x: float, y: float) -> bool:
    """The same figure: shares within one point, other values within 0.5 % (rounded
    figures such as "plus de 12 000" keep their digits; 67 and 70 are two ages)."""
    if x < 1 and y < 1:
        return abs(x - y) <= 0.011
    return abs(x - y) <= 0.005 * max(abs(x), abs(y))


ONE_WORD_AGAINST = 10  # the word "one" alone contradicts counts up to this ("one person" vs "three people")


def _loose(x: float, fx: Figures, y: float, fy: Figures) -> bool:
    """Whether count ``x`` of ``fx`` contradicts no count ``y`` of ``fy``: "one of" never; the word "one"
    alone only a bare count up to :data:`ONE_WORD_AGAINST` ("three people died", not a claim's 48 million
    nor its "deux semaines" beside "one mother told us")."""
    if x != 1:
        return False
    return fx.loose_one or (fx.word_one and (y > ONE_WORD_AGAINST or "" not in _units_of(fy, y)))


def compare(claim: Figures, text: Figures) -> tuple[float, bool]:
    """How the figures of a text bear on those of a claim.

    RETURNS (tuple): the share of the claim's figures the text repeats (same kind,
        same value), and whether they contradict each other: both give counts, or
        both give shares, and none of them agree (counts: none of those of the same unit, :func:`comparable`).
    """
    total = len(claim.counts) + len(claim.shares)
    if not total:
        return 0.0, False

    def near(x: float, y: float) -> bool:
        return comparable(x, claim, y, text) and (
            _near(x, y) or _rough(x, claim, y, text) or _converted(x, claim, y, text) or _based(x, claim, y, text)
        )

    found = sum(any(near(x, y) for y in text.counts) for x in claim.counts)

    def near_share(x: float, y: float) -> bool:
        return _near(x, y) or _rough_share(x, claim, y, text)

    found += sum(any(near_share(x, y) for y in text.shares) for x in claim.shares)
    # counts contradict when some measure the same kind of thing and none of those agree
    pairs = [
        (x, y)
        for x in claim.counts
        for y in text.counts
        if comparable(x, claim, y, text) and not _loose(x, claim, y, text) and not _loose(y, text, x, claim)
    ]
    contradict = bool(pairs) and not any(near(x, y) for x, y in pairs)
    contradict |= bool(
        claim.shares and text.shares and not any(near_share(x, y) for x in claim.shares for y in text.shares)
    )
    return found / total, contradict
