"""Read what stories and claims need from a stored analysis document.

The one place that knows the analysis's shapes (``attributions[].content`` spans,
``assertions``, ``entities``, ``places``, ``techniques``, ``paragraphs``): when the
span model changes, only this module changes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any

from newsloupe.geo.gazetteer import get_gazetteer
from newsloupe.ingest.text import is_form_line
from newsloupe.lang import SUPPORTED_LANGUAGES, attribution_runs, load_common, load_data
from newsloupe.nlp import clip_text
from newsloupe.stories.keys import fold, person_key, place_key


@dataclass
class Statement:
    """A candidate claim occurrence: an attributed content or a sentence in the outlet's voice.

    ``start`` and ``end`` are offsets in the article's text: the first part's start and the last part's end.
    ``parts`` are the article spans the statement is made of, in order; ``text`` is their texts joined by one
    space. Most statements have one part, and then ``text`` is ``article[start:end]``; a content split by an
    incise that reports it ("the dam, officials said, would close") has two, and its ``text`` leaves the
    incise out: shorter than ``end - start`` (the statements table stores start, end and this text).
    An empty ``parts`` means the one part ``(start, end)``.
    """

    start: int
    end: int
    text: str
    kind: str  # attributed | unsourced | unknown (a language the attribution rules do not read)
    source: str | None = None
    source_type: str | None = None
    hedged: bool = False
    techniques: list[str] = field(default_factory=list)
    parts: list[tuple[int, int]] = field(default_factory=list)
    # the content relays another report whose content, a claim's length, is a statement inside this one
    # ("officials said residents claim that X"): read by claims, not by the story match (``assign.Linker``)
    relays: bool = False


@dataclass
class Features:
    """What stories and claims read from one analysed article."""

    language: str | None
    published: str | None
    day: int | None  # days since 1970-01-01, None when undated
    title: str
    lead: str  # title and first body paragraph
    keys: dict[str, float]  # identity keys (place:, per:, org:) -> weight (mentions)
    statements: list[Statement]
    sources: list[tuple[str, str]]  # (source type, source name) of every attribution
    names: dict[str, float] = field(default_factory=dict)  # capitalised words of the body -> mentions
    # keys that retrieve candidates but are no evidence of a story, and capitalised words that retrieve but
    # anchor no story across languages: ``name:`` + a word that alone names a country or a continent in the
    # gazetteer (:func:`is_country_word`), or a word of a country or a country-less place the article names
    weak: set[str] = field(default_factory=set)
    # the words of the article's places and entities as its spans give them (their text, their canonical
    # name), folded as :func:`names` folds a word: what :func:`masked_lead` blanks
    particulars: set[str] = field(default_factory=set)
    # the event's own facts, read against a candidate's (``assign.Params.fact_date_penalty``, ``fact_figure_penalty``):
    # the days its dates name (the dates analyzer's, resolved to a day), and its figures (counts and amounts of
    # ``fact_figure_min`` or more, dates left out: "six skiers hurt", « 600 bottes de paille »)
    event_days: frozenset[int] = frozenset()
    figures: frozenset[float] = frozenset()


@cache
def _identity() -> dict[str, Any]:
    return load_common("identity")


@cache
def _hedges(lang: str | None, conditional: bool = False) -> re.Pattern[str]:
    """Hedge words of a language (``hedge_words`` of ``lang/<code>/attribution.json``).

    conditional: also the forms that report a claim as unverified in the outlet's own voice
        (``hedge_words`` of ``lang/<code>/stories.json``: the French conditional, « l'usine aurait été
        sabotée »), except ``hedge_exceptions`` (« il aurait fallu », a counterfactual). Not for
        attributed contents: there the conditional is often the future in the past (« il a annoncé que
        la piscine serait fermée »), and the attribution's own ``hedged`` decides.
    """
    from newsloupe.lang import load_data

    words = load_data(lang, "attribution").get("hedge_words", []) if lang else []
    stories = load_data(lang, "stories") if lang else {}
    if conditional:
        words = [*words, *stories.get("hedge_words", [])]
    if not words:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    exceptions = stories.get("hedge_exceptions", []) if conditional else []
    not_these = rf"(?!(?<!\w)(?:{_alternation(exceptions)})(?!\w))" if exceptions else ""
    return re.compile(rf"(?<!\w){not_these}(?:{alt})(?!\w)", re.IGNORECASE)


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, a space in one matching any run of spaces."""
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Event classes of a title: the words of the title read one at a time (a phrase before its words).
MAX_TITLE_CHARS = 500  # a title longer than this is read up to here (a title is a line, not a text)

_EVENT_WORD = re.compile(r"[^\W_]+")  # a word: letters and digits; apostrophes, hyphens and spaces all separate words
_OPENS = re.compile(r"[:;.!?|«»\"“”‘(\[–—]")  # after one of these, a capital opens a sentence, not a name

Forms = dict[str, list[tuple[str, str | None]]]  # folded word or prefix -> (form, class) of the forms folding to it


def _same(word: str, form: str) -> bool:
    """``word`` (as written in a title) is ``form`` (lower case): case ignored, and a capital may lack
    its accent (« Evacués », "EVACUES": French capitals are often written without)."""
    if len(word) != len(form):
        return False
    low = word.lower()
    if low == form:
        return True
    return all(a == b or (c.isupper() and fold(a) == fold(b)) for c, a, b in zip(word, low, form, strict=True))


def _find(forms: Forms, word: str, key: str) -> tuple[bool, str | None]:
    """Whether ``word`` (folded: ``key``) is one of ``forms``, and its class."""
    for form, cls in forms.get(key, ()):
        if _same(word, form):
            return True, cls
    return False, None


def _find_prefix(forms: Forms, lengths: tuple[int, ...], word: str, key: str) -> tuple[bool, str | None]:
    """Whether ``word`` (folded: ``key``) starts with one of the prefixes ``forms`` (of ``lengths``,
    longest first), and the class of the longest."""
    for k in lengths:
        if k <= len(key):
            for form, cls in forms.get(key[:k], ()):
                if _same(word[:k], form):
                    return True, cls
    return False, None


@dataclass(frozen=True)
class _Events:
    """The event words of a language, indexed by folded word for :func:`event_classes`."""

    whole: Forms  # the single-word forms
    prefixes: Forms
    lengths: tuple[int, ...]  # the prefixes' lengths, longest first
    phrases: dict[str, list[tuple[tuple[str, ...], str | None]]]  # first word -> (words, class), longest first
    excluded: Forms  # event_exclusions: whole words
    excluded_prefixes: Forms
    excluded_lengths: tuple[int, ...]
    # folded words that, joined to an event word by a hyphen after it ("flood-hit") or before it ("post-flood"),
    # make it a modifier: a circumstance of what the title is about, not its event (:func:`_modifiers`)
    modifier_suffixes: frozenset[str] = frozenset()
    modifier_prefixes: frozenset[str] = frozenset()


def _index(forms: list[tuple[str, str | None]]) -> tuple[Forms, Forms, tuple[int, ...]]:
    """Single-word forms (a ``*`` at the end: a prefix) indexed by folded word: (whole words, prefixes,
    the prefixes' lengths longest first)."""
    whole: Forms = defaultdict(list)
    prefixes: Forms = defaultdict(list)
    for f, cls in forms:
        word = f.rstrip("*").lower()
        (prefixes if f.endswith("*") else whole)[fold(word)].append((word, cls))
    return dict(whole), dict(prefixes), tuple(sorted({len(k) for k in prefixes}, reverse=True))


@cache
def _events(lang: str | None) -> _Events | None:
    """The event words of a language (``event_words``, ``event_phrases`` and ``event_exclusions`` of
    ``lang/<code>/stories.json``), follow-ups (``followups`` of ``lang/common/events.json``) left out;
    None when the language has none."""
    from newsloupe.lang import load_data

    data = load_data(lang, "stories") if lang else {}
    followups = set(load_common("events").get("followups", []))
    words = [(f, cls) for cls, forms in (data.get("event_words") or {}).items() if cls not in followups for f in forms]
    if not words:
        return None
    phrases: dict[str, list[tuple[tuple[str, ...], str | None]]] = defaultdict(list)
    single = []
    # event_phrases first: of two phrases as long, the one of event_phrases is read
    for f, cls in [*(data.get("event_phrases") or {}).items(), *words]:
        parts = tuple(w.lower() for w in _EVENT_WORD.findall(f))
        if len(parts) > 1:
            phrases[fold(parts[0])].append((parts, cls if cls not in followups else None))
        else:
            single.append((f, cls))
    for alts in phrases.values():
        alts.sort(key=lambda a: -len(a[0]))
    whole, prefixes, lengths = _index(single)
    excluded, excluded_prefixes, excluded_lengths = _index([(f, None) for f in data.get("event_exclusions") or []])
    modifiers = data.get("event_modifiers") or {}
    return _Events(
        whole,
        prefixes,
        lengths,
        dict(phrases),
        excluded,
        excluded_prefixes,
        excluded_lengths,
        frozenset(fold(w) for w in modifiers.get("suffixes") or []),
        frozenset(fold(w) for w in modifiers.get("prefixes") or []),
    )


def has_event_words(lang: str | None) -> bool:
    """The language has event words (``event_words`` of ``lang/<code>/stories.json``)."""
    return _events(lang) is not None


def _names(words: list[re.Match[str]], title: str) -> list[bool]:
    """Which words of a title are names: capitalised, not opening the title or a sentence of it (after a
    colon, a dash, a quote), not all capitals (a shouted headline), in a title not in headline case (where
    at most one in five words of four letters or more is in lower case, a capital tells nothing)."""
    opens = [n == 0 or bool(_OPENS.search(title, words[n - 1].end(), m.start())) for n, m in enumerate(words)]
    caps = [m.group()[0].isupper() and not (len(m.group()) > 1 and m.group().isupper()) for m in words]
    long = [n for n, m in enumerate(words) if not opens[n] and len(m.group()) >= 4 and m.group().isalpha()]
    if len(long) >= 3 and sum(words[n].group().islower() for n in long) <= 0.2 * len(long):
        return [False] * len(words)
    return [c and not o for c, o in zip(caps, opens, strict=True)]


def event_classes(title: str, lang: str | None) -> frozenset[str]:
    """The event classes a title names (a death, a blockade, a seizure: ``event_words``), the same class
    names in every language, but those that follow an event of any class (an inquiry, an arrest, a trial:
    ``followups`` of ``lang/common/events.json``); empty when the title names none or the language has no
    list. Read on the title's first :data:`MAX_TITLE_CHARS` characters.

    Word by word: a phrase of ``event_phrases`` (« feu vert » a decision, « plan d'eau » no event) or a
    form of several words ("walk out") is read before its words; a form ending in ``*`` is a prefix, the
    others whole words, case ignored, a hyphen, an apostrophe (straight or curly) or a space between two
    words alike, a capital without its accent as with it; a word of ``event_exclusions`` (a word a prefix
    would take: "demonstrates") is none, and neither is a name (a capitalised word that does not open the
    title or a sentence of it: « Réunion » the island, "March" the month), unless the title is in
    headline case or the word titles the name right after it, a space between them ("Storm Léocadie": a storm,
    named; "Storm-Léocadie" is a name).
    """
    return _event_classes(title[:MAX_TITLE_CHARS], lang)


@cache
def _related() -> frozenset[frozenset[str]]:
    """Pairs of event classes one story runs through (``related`` of ``lang/common/events.json``)."""
    return frozenset(frozenset(p) for p in load_common("events").get("related", []))


def different_events(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Two titles' event classes (:func:`event_classes`) name different events: both name one, they share
    no class, and no class of one is paired with a class of the other in ``related`` of
    ``lang/common/events.json`` (a death after an outbreak is the outbreak's story)."""
    if not mine or not theirs or mine & theirs:
        return False
    related = _related()
    return not any(frozenset((a, b)) in related for a in mine for b in theirs)


_TITLING_GAPS = (" ", "\u00a0")  # what may stand between an event word and the name it titles: a space


_HYPHENS = ("-", "\u2010", "\u2011")  # a hyphen between two words of a compound


def _modifiers(words: list[re.Match[str]], title: str, ev: _Events) -> list[bool]:
    """Which words of a title are event words made modifiers by a compound: joined by a hyphen to one of
    ``modifier_suffixes`` after them ("a flood-hit factory": the factory, hit by the flood, is what the title is
    about) or to one of ``modifier_prefixes`` before them ("post-flood", « l'après-crue »)."""
    out = [False] * len(words)
    for n in range(len(words) - 1):
        if title[words[n].end() : words[n + 1].start()] in _HYPHENS:
            if fold(words[n + 1].group()) in ev.modifier_suffixes:
                out[n] = True
            if fold(words[n].group()) in ev.modifier_prefixes:
                out[n + 1] = True
    return out


@lru_cache(maxsize=4096)
def _event_classes(title: str, lang: str | None) -> frozenset[str]:
    ev = _events(lang)
    if ev is None or not title:
        return frozenset()
    words = list(_EVENT_WORD.finditer(title))
    names = _names(words, title)
    aside = _modifiers(words, title, ev)
    found: set[str | None] = set()
    context: set[str | None] = set()  # the classes of the event words made modifiers
    n = 0
    while n < len(words):
        word = words[n].group()
        n += 1
        # a name's word is no event ("Réunion" the island), but one that titles the name after it, a space
        # between them, is ("Storm Léocadie", « Tempête Ciaran »: the storm named; not "Storm-Léocadie")
        if names[n - 1] and not (
            n < len(words) and names[n] and title[words[n - 1].end() : words[n].start()] in _TITLING_GAPS
        ):
            continue
        key = fold(word)
        for phrase, cls in ev.phrases.get(key, ()):
            end = n - 1 + len(phrase)
            if end <= len(words) and all(_same(words[n - 1 + k].group(), w) for k, w in enumerate(phrase)):
                (context if aside[n - 1] else found).add(cls)
                n = end
                break
        else:
            if (
                _find(ev.excluded, word, key)[0]
                or _find_prefix(ev.excluded_prefixes, ev.excluded_lengths, word, key)[0]
            ):
                continue
            hit, cls = _find(ev.whole, word, key)
            cls = cls if hit else _find_prefix(ev.prefixes, ev.lengths, word, key)[1]
            (context if aside[n - 1] else found).add(cls)
    # the title's events are its head's; a title whose only event words are modifiers ("flood-hit town counts
    # the cost") names theirs
    head = frozenset(c for c in found if c)
    return head or frozenset(c for c in context if c)


@cache
def _claim_cue(lang: str | None) -> re.Pattern[str] | None:
    """A claim reported through a noun, up to where its content starts (``lang/<code>/stories.json``)."""
    from newsloupe.lang import load_data

    data = load_data(lang, "stories") if lang else {}
    nouns, connectors = data.get("claim_nouns") or [], data.get("claim_connectors") or []
    if not nouns or not connectors:
        return None
    n, k = _alternation(nouns), _alternation(connectors)
    return re.compile(rf"(?<!\w)(?:{n})(?!\w)[^.;:!?]{{0,80}}?(?<!\w)(?:{k})(?:(?<=')|(?!\w))\s*", re.IGNORECASE)


@cache
def _no_comment(lang: str | None, key: str = "no_comment_phrases") -> re.Pattern[str] | None:
    """A refusal to comment ("declined to comment", « n'a pas souhaité réagir »): a line that reports no claim
    (``no_comment_phrases`` of ``lang/<code>/stories.json``; user47: such lines chained unrelated claims);
    with ``key="no_comment_final"``, the phrases that are one only where they end the statement ("no comment")."""
    from newsloupe.lang import load_data

    phrases = (load_data(lang, "stories") or {}).get(key) if lang else None
    return re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", re.IGNORECASE) if phrases else None


def no_comment_line(text: str, lang: str | None) -> bool:
    """Whether a statement is a refusal to comment that ends its sentence: at most
    :data:`NO_COMMENT_TAIL` words after the phrase ("X declined to comment on the inquiry"), none after a
    ``no_comment_final`` phrase ("Asked about the fees, the mayor said no comment." but not "The law leaves
    no comment period for residents")."""
    pattern = _no_comment(lang)
    m = pattern.search(text) if pattern is not None else None
    if m is not None and len(text[m.end() :].split()) <= NO_COMMENT_TAIL:
        return True
    final = _no_comment(lang, "no_comment_final")
    return final is not None and any(not re.search(r"\w", text[f.end() :]) for f in final.finditer(text))


NO_COMMENT_TAIL = 6


@cache
def _comment(lang: str | None) -> re.Pattern[str] | None:
    """A comma opening a comment on the claim just reported ("X, a theory the prefecture dismissed";
    « X, ce que la régie conteste »), from ``lang/<code>/stories.json``."""
    from newsloupe.lang import load_data

    data = load_data(lang, "stories") if lang else {}
    nouns = [*(data.get("claim_nouns") or []), *(data.get("comment_nouns") or [])]
    dets, phrases = data.get("comment_determiners") or [], data.get("comment_phrases") or []
    alts = []
    if dets and nouns:
        alts.append(rf"(?:{_alternation(dets)})(?:(?<=['’])|\s+)(?:[\w-]+\s+)?(?:{_alternation(nouns)})(?!\w)")
    if phrases:
        alts.append(_alternation(phrases))
    if not alts:
        return None
    return re.compile(rf",\s+(?:{'|'.join(alts)})", re.IGNORECASE)


def _without_comment(st: Statement, pattern: re.Pattern[str] | None) -> Statement:
    """``st`` up to a comment on it (at least 4 words kept), the same statement when there is none.
    The cut in ``text`` is mapped back to the article through ``parts`` (a statement joined through an
    incise is shorter than its span): ``end`` is where the cut falls in the article, the parts after it go."""
    m = pattern.search(st.text) if pattern is not None else None
    if m is None or len(st.text[: m.start()].split()) < 4:
        return st
    cut, offset, kept = m.start(), 0, []
    for a, b in st.parts or [(st.start, st.end)]:
        if cut <= offset + (b - a):
            kept.append((a, a + cut - offset))
            break
        kept.append((a, b))
        offset += b - a + 1  # the space that joins two parts
    st.end = kept[-1][1]
    st.parts = kept if len(kept) > 1 else []
    st.text = st.text[:cut]
    return st


def _words_pattern(words: list[str]) -> str:
    """An alternation of ``words`` at a word's start, longest first: a space matches any run of spaces, a
    straight apostrophe also the typographic one, and a word not ending in an apostrophe ends there."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        body = re.escape(w).replace("\\ ", r"\s+").replace("'", "['’]")
        alts.append(body if w.endswith("'") else body + r"(?!\w)")
    return "|".join(alts)


@cache
def _continuations(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The head of the rest of a sentence that carries a content on (``statement_continuations``) and a
    relative word at a part's head (``relative_words``), from ``lang/<code>/stories.json`` (None when the
    list is missing). No coordinator ("and", « et ») carries a content on: the clause after it is as often
    the outlet's own narration ("the trust said the pier was unsafe, and the council closed it")."""
    data = load_data(lang, "stories") if lang else {}

    def head(key: str, lead: str) -> re.Pattern[str] | None:
        words = data.get(key) or []
        return re.compile(rf"{lead}(?:{_words_pattern(words)})", re.IGNORECASE) if words else None

    return (
        head("statement_continuations", r"[\s,;]*"),
        head("relative_words", ""),
    )


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= pos < b), None)


def _through_incises(
    text: str,
    parts: list[tuple[int, int, str]],
    in_body: list[tuple[int, int]],
    frame: list[tuple[int, int, str]],
    lang: str | None,
) -> list[tuple[int, int, str, list[tuple[int, int]]]]:
    """The content parts of one report, two parts of one sentence split by an incise that reports them
    (the report's own source or cue between them: "the dam, officials said on Monday, would close") joined
    into one: its span from the first's start to the second's end, its text the two parts without the incise
    (the first without its trailing comma), and the article spans of those two texts (:class:`Statement`'s
    ``parts``). Not when the first part is a single word (a relative pronoun the parser took in), when
    either starts with a relative word (a clause about the source), or when more than 120 characters lie
    between. Each item is (start, end, text, parts)."""
    if len(parts) < 2:
        return [(s, e, t, [(s, e)]) for s, e, t in parts]
    relative = _continuations(lang)[1]
    first = min(parts)
    out = [(*first, [first[:2]])]
    for s, e, t in sorted(parts)[1:]:
        ps, pe, pt, pspans = out[-1]
        sentence = _sentence_of(in_body, ps)
        if (
            sentence is not None
            and e <= sentence[1]
            and s - pe <= 120
            and any(pe <= fs and fe <= s for fs, fe, _ in frame)
            and len(pt.split()) >= 2
            and not (relative is not None and (relative.match(t) or relative.match(pt)))
        ):
            head = pt.rstrip(" ,")
            a, b = pspans[-1]
            out[-1] = (ps, e, head + " " + t, [*pspans[:-1], (a, b - (len(pt) - len(head))), (s, e)])
        else:
            out.append((s, e, t, [(s, e)]))
    return out


def _carried_on(
    text: str,
    end: int,
    in_body: list[tuple[int, int]],
    frame: list[tuple[int, int, str]],
    lang: str | None,
) -> int:
    """Where a content that ends at ``end`` stops once carried on through the rest of its sentence: when that
    rest opens with a continuation ("…, because X", « …, puisque X »), up to the sentence's end or to this
    report's own source or cue after it ("…, she said"), trailing punctuation off; ``end`` itself otherwise
    (or when fewer than two words would be added)."""
    sentence = _sentence_of(in_body, max(end - 1, 0))
    if sentence is None or end >= sentence[1] - 3:
        return end
    subordinate = _continuations(lang)[0]
    stop = min([sentence[1]] + [fs for fs, _, _ in frame if fs >= end])
    if subordinate is None or not subordinate.match(text, end, stop):
        return end
    while stop > end and text[stop - 1] in ' ,;:.!?…"»”\n':
        stop -= 1
    return stop if len(text[end:stop].split()) >= 2 else end


@cache
def _common_knowledge(lang: str | None) -> re.Pattern[str] | None:
    """A common-knowledge lead at the head of a sentence in the outlet's voice (« On sait que X »: the
    statement is X, as an attributed content would be), from ``statement_leads`` in ``lang/<code>/stories.json``."""
    from newsloupe.lang import load_data

    leads = (load_data(lang, "stories") if lang else {}).get("statement_leads") or []
    return re.compile(rf"(?:{_alternation(leads)})\s*", re.IGNORECASE) if leads else None


@cache
def _source_frame(lang: str | None) -> re.Pattern[str] | None:
    """A source frame at the head of a sentence left in the outlet's voice ("According to the guards who
    spoke to us, X": the attribution analyzer read no report in it), up to the comma that closes the
    source (group ``source``), from ``statement_source_frames`` in ``lang/<code>/stories.json``."""
    from newsloupe.lang import load_data

    frames = (load_data(lang, "stories") if lang else {}).get("statement_source_frames") or []
    if not frames:
        return None
    return re.compile(
        rf"(?:{_alternation(frames)})(?!\w)\s*(?P<source>[^,.;:!?«»\"“”\n]{{1,150}}?)\s*,\s*", re.IGNORECASE
    )


@cache
def _frame_words(lang: str) -> tuple[frozenset[str], frozenset[str], Any]:
    """The words a framed source may not hold (``statement_source_frame_persons``: first and second person),
    the nouns of someone who can be a source (the attribution lexicon's person, role, organisation, group,
    medium and document nouns) and its hedge phrases."""
    from newsloupe.attribution.lexicon import get_lexicon
    from newsloupe.nlp.tokens import norm

    data = load_data(lang, "stories")
    persons = frozenset(norm(w) for w in data.get("statement_source_frame_persons") or [])
    extra = frozenset(norm(w) for w in data.get("statement_source_nouns") or [])
    lex = get_lexicon(lang)
    if lex is None:
        return persons, extra, None
    lists = (
        lex.actor_nouns,
        lex.person_nouns,
        lex.role_nouns,
        lex.anonymous_nouns,
        lex.organization_nouns,
        lex.collective_words,
        lex.media_nouns,
        lex.media_person_nouns,
        lex.document_nouns,
        lex.group_nouns,
    )
    return persons, extra.union(*lists), lex.hedge_words


def _frame_source_speaks(lang: str | None, frame: str, source: str) -> bool:
    """Whether the source of a statement frame ("According to X, Y") is someone whose word Y is: no first or
    second person (« selon moi »), no hedge phrase of the attribution lexicon (« selon toute vraisemblance »),
    and a name (a capitalised word) or a noun of someone who can speak among its first words, as the
    attribution lexicon knows them (not « selon la saison », "depending on the season")."""
    from newsloupe.nlp.tokens import norm

    if not lang:
        return True
    persons, speakers, hedges = _frame_words(lang)
    words = re.findall(r"[^\W\d_][\w'’-]*", source)
    if any(w.islower() and norm(w) in persons for w in words):  # ("According to US officials": a name)
        return False
    if hedges is not None and hedges.search(norm(frame)):
        return False
    for w in words[:5]:
        if w[:1].isupper():
            return True
        low = norm(w)
        low = low.split("'")[-1].split("’")[-1]
        if low in speakers or (low[-1:] in ("s", "x") and low[:-1] in speakers):
            return True
    return False


@cache
def _dateline() -> re.Pattern[str] | None:
    """An agency dateline at the head of a sentence (``statement_dateline`` in ``lang/common/identity.json``)."""
    pattern = _identity().get("statement_dateline")
    return re.compile(pattern) if pattern else None


def _span(value: Any) -> tuple[int, int, str] | None:
    if isinstance(value, dict) and isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
        return value["start"], value["end"], str(value.get("text") or "")
    return None


def _spans(value: Any) -> list[tuple[int, int, str]]:
    items = value if isinstance(value, list) else [value]
    return [s for s in (_span(v) for v in items) if s]


def day_number(published: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO date, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal() - 719163
    except ValueError:
        return None


@cache
def _no_cut_after() -> frozenset[str]:
    """The abbreviations after which no sentence starts (``no_start_after`` of every ``lang/<code>/sentences.json``:
    "Aug.", "Sept.", "Gen.", « Mgr. »), read by :func:`sentences` whatever the article's language."""
    return frozenset(w for code in SUPPORTED_LANGUAGES for w in load_data(code, "sentences").get("no_start_after", []))


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph): cut at ``sentence_split`` of
    ``lang/common/identity.json``, never after an abbreviation of :func:`_no_cut_after` ("an Aug. 25 visit")."""
    pattern = re.compile(_identity()["sentence_split"])
    keep = _no_cut_after()
    out, pos = [], start
    chunk = text[start:end]
    for m in pattern.finditer(chunk):
        word = m.start()  # the last word before the cut, walked back to its whitespace
        while word > 0 and not chunk[word - 1].isspace():
            word -= 1
        if chunk[word : m.start()] in keep:
            continue
        cut = start + m.start()
        out.append((pos, cut))
        pos = start + m.end()
    out.append((pos, end))
    # trim whitespace
    spans = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def _flat(span: Any) -> dict[str, Any]:
    """A schema-2.0 span as the flat record this module reads (offsets, text, label, attributes)."""
    out = {k: span.get(k) for k in ("start", "end", "text", "label", "score")}
    out.update(span.get("attrs") or {})
    return out


def _legacy_view(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 (span groups, attributions pointing at spans) seen in the flat shapes read below."""
    spans = doc.get("spans") or {}
    group = {name: [s for s in spans.get(name) or [] if isinstance(s, dict)] for name in spans}

    def at(name: str, i: Any) -> dict[str, Any] | None:
        items = group.get(name, [])
        return items[i] if isinstance(i, int) and 0 <= i < len(items) else None

    attributions = []
    for a in doc.get("attributions") or []:
        if not isinstance(a, dict):
            continue
        attributions.append(
            {
                "source": at("sources", a.get("source")),
                "cue": at("cues", a.get("cue")),
                "speaker": a.get("speaker"),
                "source_type": a.get("source_type"),
                "hedged": a.get("hedged"),
                "content": [c for c in (at("contents", i) for i in a.get("content") or []) if c],
                "id": a.get("id"),
                "via": a.get("via"),
            }
        )
    return {
        **doc,
        "places": [_flat(s) for s in group.get("places", [])],
        "dates": [_flat(s) for s in group.get("dates", [])],
        "entities": [_flat(s) for s in group.get("entities", [])],
        "techniques": [_flat(s) for s in group.get("techniques", [])],
        "assertions": [_flat(s) for s in group.get("assertions", [])],
        "attributions": attributions,
        "paragraphs": [{**_flat(s), "role": s.get("label")} for s in group["paragraphs"]]
        if "paragraphs" in group
        else doc.get("paragraphs"),
    }


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ELIDED = re.compile(r"(?:d|l|qu)['’](?=[^\W\d_])")  # « d'Orbessan », « l’Yvrande »: the name after the elision
_OPENERS = " \t«“\"'(‘"


def names(text: str, spans: list[tuple[int, int]], outlet: str | None = None) -> dict[str, float]:
    """Capitalised words inside ``spans`` of ``text`` that do not open a sentence, folded, by mentions.

    Names spelt alike in every language ("Lac-Berthiaume", "Norlith") whatever the entity and
    place analyzers made of them (no entity, a wrong country): they retrieve story candidates.
    A French elision is cut off (« d'Orbessan »: "orbessan"). The outlet's own name is left out.
    RETURNS (dict[str, float]): folded word -> mentions.
    """
    own = set(fold(outlet or "").replace("’", "'").split())
    out: dict[str, float] = {}
    for a, b in spans:
        for m in _WORD.finditer(text, a, b):
            w = _unelided(m.group(0))
            if not w[0].isupper():
                continue
            j = m.start() - 1
            while j >= a and text[j] in _OPENERS:
                j -= 1
            if j < a or text[j] in ".!?:…\n":
                continue  # a sentence's first word (or a dateline's next) is capitalised whatever it is
            f = _name_key(w)
            if len(f) >= 4 and f not in own:
                out[f] = out.get(f, 0) + 1
    return out


def masked_lead(feats: Features) -> str:
    """The article's lead (title and first paragraph) with its particulars blanked: every capitalised word
    that is a word of one of the article's places or entities as their spans give them
    (:attr:`Features.particulars`), and, in a language that writes only names capitalised inside a sentence
    (``capitalised_names`` of ``lang/<code>/stories.json``: not German, whose nouns are all capitalised), one
    of the body's capitalised words (:attr:`Features.names`). A word written in lower case stays ("Bus fire
    at depot" keeps "fire" when the body names the Quillbury Fire Service); an elision before a blanked word
    stays (« d' »). What is left says what happened ("resigns", "bus fire"), not where or to whom."""
    mask = set(feats.particulars)
    for k in feats.keys:  # an identity key's words too (a place resolved to its gazetteer name)
        mask.update(_name_key(w) for w in re.findall(r"[^\W\d_][\w'-]*", k.partition(":")[2]))
    if _lang_flag(feats.language, "capitalised_names"):
        mask.update(feats.names)
    out, last = [], 0
    text = feats.lead or feats.title
    for m in _WORD.finditer(text):
        w = m.group(0)
        bare = _unelided(w)
        if bare[:1].isupper() and _name_key(bare) in mask:
            out.append(text[last : m.start()] + w[: len(w) - len(bare)])
            last = m.end()
    out.append(text[last:])
    return " ".join("".join(out).split())


def content_words(text: str, lang: str | None) -> int:
    """How many words of ``text`` carry content: three letters or more, an elision cut off, and none of the
    language's ``stopwords`` (``lang/<code>/factchecks.json``). A blanked lead with too few of them (a
    title made of a name alone) says no happening: :class:`~newsloupe.stories.assign.Linker` stores no
    vector for it."""
    stop = _stopwords(lang)
    return sum(len(w) >= 3 and w not in stop for w in (fold(_unelided(m.group(0))) for m in _WORD.finditer(text)))


@cache
def _lang_flag(lang: str | None, key: str) -> bool:
    return bool(lang and load_data(lang, "stories").get(key))


@cache
def _stopwords(lang: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in load_data(lang, "factchecks").get("stopwords") or []) if lang else frozenset()


def title_words(title: str) -> frozenset[str]:
    """The words of a title folded as :func:`names` folds a name (elision cut, "'s" dropped), whatever
    their case: which of the body's names the title repeats."""
    return frozenset(_name_key(_unelided(m.group(0))) for m in _WORD.finditer(title))


def _unelided(word: str) -> str:
    """``word`` without a French elision before it (« d'Orbessan »: "Orbessan")."""
    e = _ELIDED.match(word)
    return word[e.end() :] if e else word


@lru_cache(maxsize=65_536)  # (a pure function of a word; the stories stage asks it for most words)
def _name_key(word: str) -> str:
    """``word`` folded as a name: "'s" dropped, apostrophes and hyphens at its ends stripped."""
    return re.sub(r"['’]s$", "", fold(word)).strip("'-")


_LANGS = ("en", "fr")  # the languages whose ``places.json`` and ``entities.json`` list nationalities


@cache
def nationality_words() -> frozenset[str]:
    """Folded nationality words of every language, singular and plural: ``places.json`` ``demonyms``
    (French ones inflected from the masculine singular: "britanniques"; English ones with an "s":
    "americans", "germans"), French ``entities.json`` ``demonyms`` ("Occidentaux", "Chiites") and
    English ``stories.json`` ``nationality_words`` (only those ``places.json`` lacks: "Irish",
    "European", "Basque"). A French article writes the nouns capitalised ("les Français"), an English
    one the adjectives too ("the French crew"). A town's people ("les Quillburiens") are no nationality:
    ``entities.json`` ``demonym_pattern`` is not read."""
    from newsloupe.analyzers.places import inflect_demonym
    from newsloupe.lang import load_data

    words: set[str] = set()
    for lang in _LANGS:
        listed = [w for ws in (load_data(lang, "places").get("demonyms") or {}).values() for w in ws]
        listed += load_data(lang, "stories").get("nationality_words") or []
        for w in listed:
            if lang == "fr":
                words.update(inflect_demonym(w))
            else:
                words.update((w, w if w.endswith(("s", "sh", "ese")) else w + "s"))
        words.update(load_data(lang, "entities").get("demonyms") or [])
    return frozenset(f for w in words for f in [fold(w)] if " " not in f)


@cache
def calendar_words(lang: str | None) -> frozenset[str]:
    """Folded month and weekday names of ``lang`` (``dates.json``) that it writes capitalised ("Thursday",
    "March"; none in French, which writes "jeudi", "mars": a capitalised "Mars" there is a name). A
    language without ``dates.json`` (de, es) has none: its "Montag" is a name."""
    from newsloupe.lang import load_data

    if not lang:
        return frozenset()
    dates = load_data(lang, "dates")
    words = [*(dates.get("months") or {}), *(dates.get("weekdays") or {})]
    return frozenset(fold(w).strip(".") for w in words if w[:1].isupper())


@cache
def _first_names() -> frozenset[str]:
    """Given names (``lang/common/first_names.json``, as the attribution rules read them), folded."""
    from newsloupe.attribution.lexicon import first_names

    return frozenset(fold(n) for n in first_names())


def named_calendar_words(text: str, spans: list[tuple[int, int]], calendar: frozenset[str]) -> set[str]:
    """The calendar words of ``text`` (inside ``spans``) written every time as part of a name: after a
    given name ("Theresa May") or before another capitalised word that is no calendar word ("April
    Ryan"); "on Thursday March 5" is a date."""
    seen: dict[str, bool] = {}
    for a, b in spans:
        ws = list(_WORD.finditer(text, a, b))
        for i, m in enumerate(ws):
            if not m.group(0)[:1].isupper():  # (asked first: most words are not capitalised)
                continue
            f = fold(m.group(0))
            if f not in calendar:
                continue
            prev = ws[i - 1] if i else None
            nxt = ws[i + 1] if i + 1 < len(ws) else None
            after_name = (
                prev is not None
                and not text[prev.end() : m.start()].strip()
                and (fold(prev.group(0)) in _first_names())
            )
            before_name = (
                nxt is not None
                and not text[m.end() : nxt.start()].strip()
                and nxt.group(0)[:1].isupper()
                and fold(nxt.group(0)).strip(".") not in calendar
            )
            seen[f] = seen.get(f, True) and (after_name or before_name)
    return {f for f, named in seen.items() if named}


@lru_cache(maxsize=65_536)
def is_country_word(word: str) -> bool:
    """Whether the folded word ``word`` is, alone, the name of a country or of a continent in the
    gazetteer, in any language it holds names in ("france", "perou", "deutschland", "afrique"), whatever
    an article made of it ("Air France" is no place). A person or a town spelt like a country ("Chad",
    "Jordan", "Peru" in Indiana) counts as the country."""
    for place, main in get_gazetteer().lookup(word):
        if (place.kind == "country" and main) or place.flags.startswith("continent "):
            return True
    return False


@cache
def _case_rules(lang: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """``lang``'s case endings of place names (``places.json`` ``inflections``: ending, base ending) and its
    adjective endings (``adjective_endings``: such a word is no case form of a name), folded."""
    from newsloupe.lang import load_data

    data = load_data(lang, "places") or {}
    rules = tuple((fold(a), fold(b)) for a, b in data.get("inflections") or [] if fold(a))
    return rules, tuple(fold(e) for e in data.get("adjective_endings") or [])


@lru_cache(maxsize=65_536)
def is_country_form(word: str, lang: str | None) -> bool:
    """Whether the folded word ``word`` is a country's or a continent's name (:func:`is_country_word`) or, in
    ``lang``, one of its case forms: a case ending the places analyzer undoes ("rosji", "ukrainy", "russlands",
    "украины") giving a country's name. An inflected country is as common a word of a war's every report as
    its nominative, and weak as it is (doc/choices.md, "Recurring claims and stories on real news, stop 50")."""
    if is_country_word(word):
        return True
    if not lang:
        return False
    rules, adjectives = _case_rules(lang)
    if adjectives and word.endswith(adjectives):
        return False
    return any(
        word.endswith(ending) and len(word) - len(ending) >= 3 and is_country_word(word[: -len(ending)] + base)
        for ending, base in rules
    )


_FIGURE = re.compile(r"\d[\d.,]*\d|\d")
PARTICULAR_PREFIX = 5  # a name's first letters stand for it in a statement's particulars ("putina", "putin")


def statement_particulars(text: str, lang: str | None) -> frozenset[str]:
    """The particulars of one statement: its figures ("#2016") and, in a language that writes only names
    capitalised (not ``capitalised_nouns`` in ``lang/<code>/stories.json``: German writes every noun so), its
    capitalised words that open no sentence, folded and cut to ``PARTICULAR_PREFIX`` letters (a case ending
    aside), less countries in any case form, nationalities and calendar words (a war's every sentence names
    them). Two statements of one proposition name its actors, places and figures; two sentences of one
    subject each name their own (``assign.Params.claim_particulars_penalty``)."""
    out = {"#" + re.sub(r"[.,]", "", m.group(0)) for m in _FIGURE.finditer(text)}
    if not _lang_flag(lang, "capitalised_nouns"):
        common = nationality_words() | calendar_words(lang)
        for w, n in names(text, [(0, len(text))]).items():
            del n
            if not is_country_form(w, lang) and w not in common:
                out.add(w[:PARTICULAR_PREFIX])
    return frozenset(out)


@lru_cache(maxsize=4_096)
def is_capital(name: str, country: str | None) -> bool:
    """Whether the gazetteer's place ``name`` of ``country`` (a resolved place's English name) is a national
    capital ("Moscow", "Kyiv"): the seat of a state, named in every report of its government's acts."""
    return any(place.is_capital and place.country == country for place, _ in get_gazetteer().lookup(name))


# The lead is embedded whole: a one-line article of a million characters is one "paragraph",
# and embedding it took 3.7 GB and 27 s. A news lead is far shorter than this.
LEAD_CHARS = 2_000


# A title is a statement when it says something as a sentence does: it asks it (a question: « X était-il
# connu ? », "Did X know?") or shouts it (a tabloid headline in capitals, at least ``_SHOUTED_LETTERS`` letters,
# ``_SHOUTED_SHARE`` of them capitals). A title that names its story ("Bridge shut after barge hits pier") is left
# out: as a statement it joined the story's theme claims (doc/choices.md, "Claims recall, stop 39", and stop 41).
_SHOUTED_SHARE = 0.8
_SHOUTED_LETTERS = 12


def _title_statement(text: str, start: int, end: int, lang: str | None, min_words: int) -> Statement | None:
    """The title ``text[start:end]`` as a statement when it asks or shouts what it says (None otherwise).

    RETURNS (Statement | None): unsourced (the outlet's voice), hedged when a question (it asks whether
    it is so), read by claims only (``relays``: a title is out of the story match, as a relaying content
    is), its text in sentence case when shouted (the encoder reads capitals as other words).
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    said = text[start:end]
    if len(said.split()) < min_words:
        return None
    letters = [ch for ch in said if ch.isalpha()]
    asked = said.rstrip("»”\"' ").endswith("?")
    shouted = len(letters) >= _SHOUTED_LETTERS and sum(ch.isupper() for ch in letters) >= _SHOUTED_SHARE * len(letters)
    if not (asked or shouted):
        return None
    hedged = asked or bool(_hedges(lang).search(said))
    if shouted:
        said = said[:1] + said[1:].lower()
    kind = "unsourced" if attribution_runs(lang) else "unknown"
    return Statement(start, end, said, kind, None, None, hedged, relays=True)


def features(
    doc: dict[str, Any],
    *,
    published: str | None = None,
    outlet: str | None = None,
    facts: bool = False,
    case_forms: bool = False,
    capitals: bool = False,
    nouns: bool = False,
) -> Features:
    """The features of one analysis document (schema 2.0, or 1.0 as older stores hold).

    doc (dict): the analysis (``Analysis.to_dict()``).
    published (str | None): the stored article's date (the analysis's when None).
    outlet (str | None): the stored article's outlet (its name is no name of the story).
    facts (bool): read the event's facts too (:func:`event_facts`; empty when not read).
    case_forms (bool): a country's name in a case form of the article's language is weak as the name is
        (:func:`is_country_form`; ``assign.Params.country_case_forms``).
    capitals (bool): a national capital's place key and the words it is written in are weak as a country's are
        (:func:`is_capital`; ``assign.Params.capitals_weak``).
    nouns (bool): in a language that writes every noun capitalised (``capitalised_nouns``), a capitalised word
        that is no word of the article's places and entities is a weak name (``assign.Params.noun_names_weak``).
    RETURNS (Features): keys, statements and sources.
    """
    if "spans" in doc:
        doc = _legacy_view(doc)
    text = str(doc.get("text") or "")
    published = published or doc.get("published")
    paragraphs = [p for p in doc.get("paragraphs") or [] if isinstance(p, dict)]
    body = [p for p in paragraphs if p.get("role") in ("body", "title")]
    title = str(doc.get("title") or "")
    first_body = next((p for p in body if p.get("role") == "body"), None)
    lead = title
    if first_body:
        lead = clip_text(f"{title}\n{text[first_body['start'] : first_body['end']]}", LEAD_CHARS)
    keys: dict[str, float] = {}
    # Weak keys: a country or a continent (a story happens in a place, not in all of France), a
    # MISC entity (nationality adjectives: "French"), the outlet's own name (its dateline).
    weak: set[str] = set()
    weak_names: set[str] = set()  # the words of a country's or a continent's name as written ("name:new")
    for p in doc.get("places") or []:
        if isinstance(p, dict) and (k := place_key(p)):
            keys["place:" + k] = keys.get("place:" + k, 0) + 1
            if (
                p.get("kind") == "country"
                or not p.get("country")
                or (capitals and p.get("kind") == "city" and is_capital(str(p.get("name") or ""), p.get("country")))
            ):
                weak.add("place:" + k)
                weak_names.update("name:" + w for w in re.findall(r"[\w'-]+", fold(str(p.get("text") or ""))))
    strong: set[str] = set()
    for e in doc.get("entities") or []:
        if not isinstance(e, dict):
            continue
        label, name = e.get("label"), str(e.get("canonical") or e.get("text") or "")
        if label == "PER" and (k := person_key(name)):
            keys["per:" + k] = keys.get("per:" + k, 0) + 1
        elif label in ("ORG", "MISC") and len(name) > 2:
            k = "org:" + fold(name)
            keys[k] = keys.get(k, 0) + 1
            (weak if label == "MISC" else strong).add(k)
    weak = ((weak - strong) | ({"org:" + fold(outlet)} if outlet else set())) & set(keys)
    particulars = {
        _name_key(_unelided(m.group(0)))
        for span in [*(doc.get("places") or []), *(doc.get("entities") or [])]
        if isinstance(span, dict)
        for written in (span.get("text"), span.get("canonical"))
        for m in _WORD.finditer(str(written or ""))
    }
    # Techniques by paragraph span.
    techniques = [
        (t["start"], t["end"], str(t["label"]))
        for t in doc.get("techniques") or []
        if isinstance(t, dict) and isinstance(t.get("start"), int) and isinstance(t.get("end"), int) and t.get("label")
    ]

    def paragraph_of(pos: int) -> tuple[int, int]:
        for p in paragraphs:
            if p["start"] <= pos < p["end"]:
                return p["start"], p["end"]
        return pos, pos + 1

    def techniques_at(pos: int) -> list[str]:
        a, b = paragraph_of(pos)
        return sorted({lab for s, e, lab in techniques if s < b and e > a})

    statements: list[Statement] = []
    sources: list[tuple[str, str]] = []
    covered: list[tuple[int, int]] = []
    attributions = [a for a in doc.get("attributions") or [] if isinstance(a, dict)]
    # A report relayed by another ("selon la préfecture, des internautes affirment que X") is one
    # claim, X: the relaying attribution's content, which holds the relayed one, is its frame.
    # (Only a relayed content long enough to be a claim: a remark on the claim, « jugé
    # "contre-productif" », is no relayed claim.) But the analyzer also relays through a verb inside a
    # content that it reads as a cue ("the firm stored drums in a shed it had promised to empty", « un hangar
    # qu'elle avait omis de déclarer »): a relayed content under ``relay_frame_share`` of the relaying one is
    # such a tail, and the relaying content stays a statement (``Statement.relays``) beside it (stop 37).
    min_words = int(_identity()["min_claim_words"])
    frame_share = float(_identity()["relay_frame_share"])
    relayed = defaultdict(list)
    for a in attributions:
        if a.get("via") is not None:
            relayed[a["via"]].extend(sp for sp in _spans(a.get("content")) if len(sp[2].split()) >= min_words)
    lang = doc.get("language")
    in_body = [se for p in body if p.get("role") == "body" for se in sentences(text, p["start"], p["end"])]
    # a report read in page furniture (a photo caption, its credit, a boilerplate line: the paragraphs the
    # captions analyzer and the extractor label so) states no claim: "Above: a view of the port. Image Credit: X"
    # is no one's claim (user47)
    furniture = [(p["start"], p["end"]) for p in paragraphs if p.get("role") not in ("body", "title", None)]
    for a in attributions:
        src = _span(a.get("source"))
        speaker = str(a.get("speaker") or (src[2] if src else "") or "")
        st = a.get("source_type")
        if st and st != "none":
            sources.append((str(st), speaker))
        frame = [x for x in (src, _span(a.get("cue"))) if x]  # this report's own source and cue
        for s, e, t, parts in _through_incises(text, _spans(a.get("content")), in_body, frame, lang):
            if len(t.split()) < min_words:
                continue  # too short to be a claim ("pure fantasy"): its sentence is the statement
            if any(fs <= (s + e) // 2 < fe for fs, fe in furniture):
                continue
            covered.append((s, e))
            inner = [
                re_ - rs for rs, re_, _ in relayed.get(a.get("id"), []) if s <= rs and re_ <= e and (rs, re_) != (s, e)
            ]
            if any(n >= frame_share * (e - s) for n in inner):
                continue  # the frame of a relayed claim
            relays = bool(inner)  # a relayed tail: this content is the claim, the tail a statement too
            if (stop := _carried_on(text, e, in_body, frame, lang)) > e:
                t, e, parts = t + text[e:stop], stop, [*parts[:-1], (parts[-1][0], stop)]
            hedged = bool(a.get("hedged")) or bool(_hedges(doc.get("language")).search(t))
            statements.append(
                Statement(
                    s,
                    e,
                    t,
                    "attributed",
                    speaker or None,
                    st,
                    hedged,
                    parts=parts if len(parts) > 1 else [],
                    relays=relays,
                )
            )
    asserted = []
    for a in doc.get("assertions") or []:
        if isinstance(a, dict) and (sp := _span(a)):
            asserted.append((sp, bool(a.get("hedged"))))
    max_chars = int(_identity()["max_claim_chars"])
    cue = _claim_cue(doc.get("language"))
    dateline = _dateline()
    known = _common_knowledge(doc.get("language"))
    framed_by = _source_frame(doc.get("language"))
    for s, e in in_body:  # the body's sentences, in order
        inside = [(cs, ce) for cs, ce in covered if cs < e and ce > s]
        if sum(min(e, ce) - max(s, cs) for cs, ce in inside) >= 0.3 * (e - s):
            # The sentence carries attributed contents, already statements; a claim it reports
            # through a noun outside them ("…, the inquiry said, dismissing rumours that X") is one more.
            m = cue.search(text, s, e) if cue is not None else None
            if m is not None and not any(cs <= m.end() < ce or cs < m.start() < ce for cs, ce in inside):
                stop = min([cs for cs, _ in inside if cs >= m.end()] + [e])
                while stop > m.end() and text[stop - 1] in " ,;:\n":
                    stop -= 1
                if len(text[m.end() : stop].split()) >= 4:
                    claim = text[m.end() : stop]
                    statements.append(Statement(m.end(), stop, claim, "attributed", None, None, True))
            continue
        if is_form_line(text[s:e]):
            continue  # a web form's line glued to a body paragraph ("Completing this poll grants you …"): furniture
        if dateline is not None and (d := dateline.match(text, s, e)):
            s = d.end()  # "GENOA, Aug 4 (Agency) - X": the statement is X
        if known is not None and (d := known.match(text, s, e)):
            # X as an attributed content of « On sait que X. » would be: without its closing full
            # stop (a story at its threshold turned on that stop; doc/choices.md, "Stories, stop 31")
            s = d.end()
            while e > s and text[e - 1] in " \t\n.…":
                e -= 1
        source = None
        d = framed_by.match(text, s, e) if framed_by is not None and not inside else None
        if d is not None and not _frame_source_speaks(doc.get("language"), d.group(0), d.group("source")):
            d = None  # « Selon moi, … », « Selon toute vraisemblance, … », « Selon la saison, … »: no one's word
        if d is not None and len(text[d.end() : e].split()) >= min_words:
            # "According to X, Y" that no attribution reads: Y, on X's word (stop 39)
            s, source = d.end(), d.group("source")
        sent = text[s:e]
        if len(sent.split()) < min_words:
            continue
        hedged = any(sp[0] < e and sp[1] > s and h for sp, h in asserted) or bool(
            _hedges(doc.get("language"), conditional=not inside).search(sent)
        )
        # in a language the attribution rules do not read, a sentence outside the quotations is in
        # no known voice: not the outlet's own ("unsourced"), "unknown"
        kind = "attributed" if inside or source else "unsourced" if attribution_runs(doc.get("language")) else "unknown"
        m = cue.search(sent) if cue is not None and not inside else None
        if m is not None and len(sent[m.end() :].split()) >= 4:
            # "false claims, spread online, that X": X is the claim, on someone's word.
            s, kind, hedged = s + m.end(), "attributed", True
        statements.append(
            Statement(s, min(e, s + max_chars), text[s : min(e, s + max_chars)], kind, source, None, hedged)
        )
    head = next((p for p in paragraphs if p.get("role") == "title"), None)
    if head is not None and (said := _title_statement(text, int(head["start"]), int(head["end"]), lang, min_words)):
        statements.append(said)
    comment = _comment(doc.get("language"))
    statements = [_without_comment(st, comment) for st in statements]
    seen: set[tuple[int, int]] = set()
    unique = []
    for st in statements:  # two attributions may report one content: one statement
        if no_comment_line(st.text, lang):
            continue
        if len(st.text.split()) >= 3 and (st.start, st.end) not in seen:
            seen.add((st.start, st.end))
            unique.append(st)
    statements = unique
    for st in statements:
        st.techniques = techniques_at(st.start)
    statements.sort(key=lambda st: (st.start, st.end))
    spans = [(p["start"], p["end"]) for p in body if p.get("role") == "body"]
    words = names(text, spans, outlet)
    # A country's or a continent's name as a word is weak: by the gazetteer whatever this article's places
    # ("name:france" in "Air France" too), and the words of the countries this article resolved ("New
    # Zealand": "name:new", "name:zealand", which the gazetteer does not hold one by one).
    # A month, a weekday or a nationality ("Thursday", "French") is no particular of a story either: weak,
    # as a country's name (doc/choices.md, "Stories, stop 30").
    # A calendar word written as part of a name every time ("Theresa May") stays a name.
    calendar = calendar_words(doc.get("language"))
    common = (calendar - named_calendar_words(text, spans, calendar)) | nationality_words()
    weak |= {"name:" + w for w in words if is_country_form(w, lang if case_forms else None) or w in common} | weak_names
    if nouns and _lang_flag(lang, "capitalised_nouns"):  # ("Sanktionen", "Druck": nouns, not names)
        weak |= {"name:" + w for w in words if w not in particulars}
    days, figures = event_facts(doc, text) if facts else (frozenset(), frozenset())
    return Features(
        language=doc.get("language"),
        published=published,
        day=day_number(published),
        title=title,
        lead=lead,
        keys=keys,
        statements=statements,
        sources=sources,
        names=words,
        weak=weak,
        particulars=particulars,
        event_days=days,
        figures=figures,
    )


def event_facts(doc: dict[str, Any], text: str) -> tuple[frozenset[int], frozenset[float]]:
    """An article's event facts: the days its dates name (resolved to a day, not inferred: days since
    1970-01-01) and its figures of ``fact_figure_min`` or more (``lang/common/identity.json``; the text's dates
    blanked, the number words of its language read: :func:`~newsloupe.factchecks.quantities.quantities`)."""
    from newsloupe.factchecks.quantities import quantities

    days: set[int] = set()
    blanked = list(text)
    for d in doc.get("dates") or []:
        if not isinstance(d, dict):
            continue
        s, e = d.get("start"), d.get("end")
        if isinstance(s, int) and isinstance(e, int):
            blanked[s:e] = " " * (e - s)
        if d.get("resolution") == "day" and not d.get("inferred") and (n := day_number(str(d.get("value") or ""))):
            days.add(n)
    lang = doc.get("language")
    least = float(_identity()["fact_figure_min"])
    figures = quantities("".join(blanked), (str(lang),) if lang else ())
    return frozenset(days), frozenset(v for v in figures if v >= least)
