"""Reported speech beyond direct quotations in a language without attribution rules (de, it, pl, ru), read with no
parse (stop 43, branch multi43; issue 12).

Four forms, inside one sentence, each needing a speaker named as :mod:`.quote_speakers` reads one (a run of
capitalised words, a role before it, a listed organisation or outlet, or an outlet's name in quotation marks):

- a phrase cue before its source, ``laut X``, ``secondo X``, ``według X``, ``по словам X`` (the source in the
  genitive in Polish and Russian: the name's case ending is undone by the language's ``name_cases`` pairs, a
  role's genitive is listed), or after it (``X zufolge``): the rest of the sentence is the content, hedged (a
  distance cue, as French *selon*);
- a reporting verb with a complement clause, ``X sagte, dass …``, ``X ha detto che …``, ``X powiedział, że …``,
  ``X заявил, что …`` (the subject before the verb or right after it, ``sagte Johnson, …``), and in German a comma
  clause in the Konjunktiv I or an infinitive with *zu* (``X sagt, Y sei …``);
- a reporting verb after the content, past a dash or comma, ``…, sagte X.``, ``… – pisze X.``, ``…, уверен X, …``
  (a paragraph opened by a dash is a direct quotation: ``- … - powiedziała X.``);
- an incise, ``wie X erklärte``, ``jak podaje X``, ``как сообщает X``.

Hedges: the phrase cues, hedge words in the content or the cue (*angeblich*, *якобы*, *rzekomo*, *presunto*),
hedged complementisers (*будто*), a hearsay modal (German *soll … haben*, Polish *miał* + infinitive) and the
Italian conditional after a present-tense verb (after a past verb it is the future in the past).
The German Konjunktiv I of plain reported speech is no hedge (the mood reported speech takes, as the French
conditional of concordance is none). Words are data: ``lang/<code>/reports.json``.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from newsloupe.attribution.quote_speakers import (
    SEPARATORS,
    Phrase,
    QuoteSpeaker,
    SpeakerCues,
    Tok,
    addressee_start,
    incise_verb_at,
    inflected,
    length_index,
    name_phrase,
    quote_parts,
    speaker_cues,
    speaker_of,
    tokens,
)
from newsloupe.attribution.quotes import OPENING_MARKS, QUOTE_MARKS, Quote
from newsloupe.lang import load_data

__all__ = ["Report", "reported_speech"]

_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_DASHES = SEPARATORS - {","}
_SENTENCE_END = frozenset(".!?…;")
_STOP = re.compile(r"(?<=[.!?…])[\"“”»']*\s+")


class Report(NamedTuple):
    """An attribution read in one sentence: speaker, its type and role, source, cue and content spans, kind,
    hedge spans."""

    speaker: str
    source_type: str
    role: str | None
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    kind: str
    hedges: list[tuple[int, int]]


@dataclasses.dataclass(frozen=True)
class _Rules:
    cues: SpeakerCues  # the speakers' words, roles in the genitive added (after a phrase cue)
    plain: SpeakerCues  # the speakers' words as they are
    verbs: _Index
    after_verbs: _Index
    firsts: frozenset[str]
    window: int
    comma_first: bool
    present: frozenset[tuple[str, ...]]
    complementisers: frozenset[str]
    hedged_complementisers: frozenset[str]
    mood_words: frozenset[str]
    infinitive_marks: frozenset[str]
    phrase_before: _Index
    phrase_after: _Index
    as_words: frozenset[str]
    hedge_words: _Index
    hearsay_modals: frozenset[str]
    hearsay_after: frozenset[str]
    infinitive_endings: tuple[str, ...]
    conditional_endings: tuple[str, ...]
    name_cases: tuple[tuple[str, str], ...]
    name_exceptions: dict[str, str]
    abbreviations: frozenset[str]
    media_nouns: frozenset[str]
    pronouns: frozenset[str]
    not_alone: frozenset[str]
    subject_after: frozenset[str] | None
    prepositions: frozenset[str]
    not_after: frozenset[str]
    impersonal: frozenset[str]
    not_subject_endings: tuple[str, ...]
    complement_endings: tuple[str, ...]
    not_before_complementiser: frozenset[str]
    hearsay_not_after: frozenset[str]
    not_subject_after: frozenset[str]
    documents: frozenset[str]
    document_determiners: frozenset[str]
    need_evidence: bool
    organisation_nouns: frozenset[str] = frozenset()
    last_window: int = 0
    zero_subject: bool = False
    collectives: frozenset[str] = frozenset()
    document_verbs: _Index = dataclasses.field(default_factory=dict)
    document_prepositions: frozenset[str] = frozenset()
    document_places: frozenset[str] = frozenset()
    document_compound_stem: int = 0
    plural_verbs: frozenset[tuple[str, ...]] = frozenset()
    group_adjective_endings: tuple[str, ...] = ()
    not_group_adjectives: frozenset[str] = frozenset()
    gerunds: frozenset[str] = frozenset()
    colon_titles: bool = False
    given_names: dict[str, str] = dataclasses.field(default_factory=dict)  # the language's: lowercase -> "f" / "m"
    common_names: dict[str, str] = dataclasses.field(default_factory=dict)  # lang/common/first_names.json's
    surname_gender: tuple[tuple[str, str], ...] = ()  # (ending, gender) of a surname, longest first
    pronoun_gender: dict[str, str] = dataclasses.field(default_factory=dict)
    verb_gender: tuple[tuple[str, str], ...] = ()  # (ending, gender) of a past verb's form, longest first
    colon_intros: bool = False
    organisation_groups: frozenset[str] = frozenset()
    subject_adverbs: frozenset[str] = frozenset()
    group_prepositions: frozenset[str] = frozenset()
    impersonal_verbs: _Index = dataclasses.field(default_factory=dict)
    body_prepositions: frozenset[str] = frozenset()
    body_nouns: tuple[str, ...] = ()
    body_cases: tuple[tuple[str, str], ...] = ()  # (ending, replacement): a body's head noun out of the locative
    body_exceptions: dict[str, str] = dataclasses.field(default_factory=dict)
    not_clause_openers: frozenset[str] = frozenset()
    object_verbs: _Index = dataclasses.field(default_factory=dict)
    clause_conjunctions: frozenset[str] = frozenset()
    pronoun_cues: _Index = dataclasses.field(default_factory=dict)
    this_before: _Index = dataclasses.field(default_factory=dict)
    this_after: _Index = dataclasses.field(default_factory=dict)
    pronoun_cue_subjects: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)
    pronoun_cue_words: frozenset[str] = frozenset()
    plural_endings: tuple[str, ...] = ()
    infinitive_complementisers: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    hearsay_verbs: frozenset[str] = frozenset()  # participles and infinitives after a hearsay modal (stop 50)
    clause_infinitives: tuple[str, ...] = ()  # endings of an infinitive opening such a clause
    clause_infinitive_words: frozenset[str] = frozenset()
    # "pisze FP", "пишет FP": verbs after which a one-word name or acronym typed organisation is an outlet
    writing_verbs: frozenset[str] = frozenset()


_Index = dict[str, tuple[tuple[str, ...], ...]]


def _words(data: dict, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(v.lower().split()) for v in data.get(key, [])}, key=len, reverse=True))


def _index(words: tuple[tuple[str, ...], ...]) -> _Index:
    """Word sequences by their first word, longest first (one look-up per token)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for w in words:
        out.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _rules(lang: str) -> _Rules | None:
    data = load_data(lang, "reports") if lang else {}
    plain = speaker_cues(lang) if lang else None
    if not data or plain is None:
        return None
    low = lambda key: frozenset(w.lower() for w in data.get(key, []))  # noqa: E731
    forms = inflected(data.get("verbs", []), lang)
    after_forms = inflected(data.get("after_verbs", []), lang)
    verbs = _words({"verbs": list(forms)}, "verbs")
    after = tuple(sorted({*verbs, *_words({"verbs": list(after_forms)}, "verbs")}, key=len, reverse=True))
    made_plural = [f for f, tag in {**forms, **after_forms}.items() if tag == "pl"]
    cue_keys = ("phrase_cues", "phrase_cues_after", "document_verbs", "impersonal_verbs")
    objects = _words({"verbs": list(inflected(data.get("object_verbs", []), lang))}, "verbs")
    pronoun_cues = {tuple(k.lower().split()): v for k, v in data.get("pronoun_cues", {}).items()}
    cue_words = [w for key in cue_keys for w in _words(data, key)] + list(objects) + list(pronoun_cues)
    return _Rules(
        cues=dataclasses.replace(plain, roles=plain.roles | low("roles_genitive")),
        plain=dataclasses.replace(plain, verbs=after, after_only=frozenset()),
        verbs=_index(verbs),
        after_verbs=_index(after),
        firsts=frozenset(max(w, key=len) for w in [*after, *cue_words])
        | low("gerunds")
        | low("participles")
        | (low("hearsay_modals") if data.get("hearsay_verbs") or data.get("participles") else frozenset()),
        window=int(data.get("complementiser_window", 12)),
        comma_first=bool(data.get("comma_before_complementiser")),
        present=frozenset(_words(data, "present_verbs")),
        complementisers=low("complementisers"),
        hedged_complementisers=low("hedged_complementisers"),
        mood_words=low("reported_mood"),
        infinitive_marks=low("infinitive_marks"),
        phrase_before=_index(_words(data, "phrase_cues")),
        phrase_after=_index(_words(data, "phrase_cues_after")),
        as_words=low("as_words"),
        hedge_words=_index(_words(data, "hedge_words")),
        hearsay_modals=low("hearsay_modals"),
        hearsay_after=low("hearsay_after"),
        infinitive_endings=tuple(data.get("infinitive_endings", [])),
        conditional_endings=tuple(data.get("conditional_endings", [])),
        name_cases=tuple((a, b) for a, b in data.get("name_cases", [])),
        name_exceptions={k.lower(): v for k, v in data.get("name_exceptions", {}).items()},
        abbreviations=low("abbreviations"),
        media_nouns=low("media_nouns"),
        pronouns=low("pronouns"),
        not_alone=low("pronouns") | low("media_nouns"),
        subject_after=low("subject_after") if "subject_after" in data else None,
        need_evidence=bool(data.get("names_need_evidence")),
        prepositions=low("prepositions") | plain.prepositions,
        not_after=low("phrase_cue_not_after"),
        impersonal=low("impersonal"),
        not_subject_endings=tuple(data.get("not_subject_endings", [])),
        complement_endings=tuple(data.get("complement_endings", [])),
        not_before_complementiser=low("not_before_complementiser"),
        hearsay_not_after=low("hearsay_not_after"),
        not_subject_after=low("not_subject_after"),
        documents=low("documents"),
        document_determiners=low("document_determiners"),
        organisation_nouns=low("organisation_nouns"),
        last_window=int(data.get("last_source_window", 0)),
        zero_subject=bool(data.get("zero_subject")),
        collectives=low("collective_nouns"),
        document_verbs=_index(_words(data, "document_verbs")),
        document_prepositions=low("document_prepositions"),
        document_places=low("document_places"),
        document_compound_stem=int(data.get("document_compound_stem", 0)),
        plural_verbs=frozenset(_words({"v": data.get("plural_verbs", []) + made_plural}, "v")),
        group_adjective_endings=tuple(data.get("group_adjective_endings", [])),
        not_group_adjectives=low("not_group_adjectives"),
        gerunds=low("gerunds"),
        colon_titles=bool(data.get("colon_titles")),
        given_names=_given_names(data.get("given_names", {})),
        common_names=_given_names(load_data("common", "first_names") or {}),
        writing_verbs=low("writing_verbs"),
        pronoun_gender={w.lower(): g for g, ws in data.get("pronoun_gender", {}).items() for w in ws},
        verb_gender=tuple(
            sorted(((e, g) for g, es in data.get("verb_gender", {}).items() for e in es), key=lambda x: -len(x[0]))
        ),
        colon_intros=bool(data.get("colon_intros")),
        surname_gender=tuple(
            sorted(((e, g) for g, es in data.get("surname_gender", {}).items() for e in es), key=lambda x: -len(x[0]))
        ),
        organisation_groups=low("organisation_groups"),
        subject_adverbs=low("subject_adverbs"),
        group_prepositions=low("group_prepositions"),
        impersonal_verbs=_index(_words(data, "impersonal_verbs")),
        body_prepositions=low("body_prepositions"),
        body_nouns=tuple(w.lower() for w in data.get("body_nouns", [])),
        body_cases=tuple((e, r) for e, r in data.get("body_cases", [])),
        body_exceptions={k.lower(): v for k, v in data.get("body_exceptions", {}).items()},
        not_clause_openers=low("not_clause_openers"),
        object_verbs=_index(objects),
        clause_conjunctions=low("clause_conjunctions"),
        pronoun_cues=_index(tuple(pronoun_cues)),
        this_before=_index(_words(data, "this_before")),
        this_after=_index(_words(data, "this_after")),
        pronoun_cue_subjects=pronoun_cues,
        pronoun_cue_words=low("pronoun_cue_words"),
        plural_endings=tuple(data.get("plural_endings", [])),
        infinitive_complementisers=low("infinitive_complementisers"),
        coordinators=low("coordinators") | low("clause_conjunctions"),
        perfect_auxiliaries=low("perfect_auxiliaries"),
        question_words=low("question_words"),
        relative_pronouns=low("relative_pronouns"),
        participles=low("participles"),
        hearsay_verbs=low("participles") | low("hearsay_verbs"),
        clause_infinitives=tuple(data.get("clause_infinitive_endings", [])),
        clause_infinitive_words=low("clause_infinitive_words"),
    )


def _given_names(names: dict) -> dict[str, str]:
    """Given names (lowercase) to their gender, from ``{"f": [...], "m": [...]}``."""
    return {name.lower(): g for g in ("f", "m") for name in names.get(g, [])}


def _sentences(text: str, rules: _Rules) -> list[tuple[int, int, int]]:
    """(start, end, paragraph start) of each sentence: a paragraph cut after . ! ? … and spaces before a capital,
    a quotation mark or a dash (not after a number or a listed abbreviation: "7. Juli", "ok. 10 tys.")."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        ps, pe = para.start(), para.end()
        start = ps
        for m in _STOP.finditer(text, ps, pe):
            nxt = text[m.end() : m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt in QUOTE_MARKS or nxt in _DASHES):
                continue
            quoted = nxt in _DASHES and any(c in QUOTE_MARKS for c in m.group())
            if quoted and text[m.end() + 1 : m.end() + 4].lstrip()[:1].islower():
                continue  # "„Q?” – napisał X.": the quotation's verb after its dash, no new sentence (stop 50)
            word = _LAST_WORD.search(text, max(start, m.start() - 40), m.start())
            if word and (word.group(1).isdigit() or word.group(1).lower() in rules.abbreviations):
                continue
            if word and len(word.group(1)) == 1 and word.group(1).isupper() and word.end(1) == m.start() - 1:
                continue  # "Franklin D. Roosevelt": an initial ends no sentence (stop 50)
            out.append((start, m.start(), ps))
            start = m.end()
        if start < pe:
            out.append((start, pe, ps))
    return out


def _match(toks: list[Tok], i: int, words: _Index) -> int:
    """The token index after a listed word sequence starting at ``i`` (the longest), or -1."""
    seqs = words.get(toks[i].low, ()) if i < len(toks) else ()
    if len(seqs) <= 4:
        for w in seqs:
            if i + len(w) <= len(toks) and all(toks[i + k].low == x for k, x in enumerate(w)):
                return i + len(w)
        return -1
    for n, forms in length_index(seqs).get(toks[i].low, {}).items():
        if i + n <= len(toks) and tuple(t.low for t in toks[i : i + n]) in forms:
            return i + n
    return -1


def _undo_case(name: str, rules: _Rules) -> str:
    """The name of a source read in the genitive (Polish, Russian), each word's case ending undone."""

    def one(word: str) -> str:
        if "-" in word:
            return "-".join(one(w) for w in word.split("-"))
        low = word.lower()
        if low in rules.name_exceptions:
            return rules.name_exceptions[low]
        if word.isupper() or len(word) < 4:
            return word
        for end, new in rules.name_cases:
            if low.endswith(end):
                return word[: len(word) - len(end)] + new
        return word

    return " ".join(one(w) for w in name.split())


def _source(
    toks: list[Tok],
    j: int,
    cue: tuple[int, int],
    text: str,
    rules: _Rules,
    known: frozenset[str],
    genitive: bool = False,
) -> tuple[QuoteSpeaker, int] | None:
    """The speaker named from token ``j`` on, and the token index after it: a role phrase and name, or an outlet's
    name in quotation marks (after a media noun or alone: typed media)."""
    cues = rules.cues if genitive else rules.plain
    if rules.collectives and not genitive and (group := _collective(toks, j, cue, text, rules)) is not None:
        return group
    k = j + 1 if j < len(toks) and toks[j].low in rules.media_nouns else j
    if k < len(toks) and toks[k].text in OPENING_MARKS:
        n = k + 1
        while n < len(toks) and n - k <= 4 and toks[n].text not in QUOTE_MARKS and toks[n].cap:
            n += 1
        if n > k + 1 and n < len(toks) and toks[n].text in QUOTE_MARKS:
            name = text[toks[k + 1].start : toks[n - 1].end]
            return QuoteSpeaker(name, "media", None, (toks[j].start, toks[n].end), cue), n + 1
        return None
    if k > j:  # "Газета Daily Courier написала": an outlet's noun and its name
        p = name_phrase(toks, k, cues) if k < len(toks) else None
        if p is None or p.role or p.name_start != k:
            return _pending(toks, j, cue, cues, rules)
        whole = text[toks[j].start : toks[p.end - 1].end]  # "Gazeta Wyborcza": the noun is the name's
        name = whole if whole.lower() in cues.media else text[toks[k].start : toks[p.end - 1].end]
        return QuoteSpeaker(name, "media", None, (toks[j].start, toks[p.end - 1].end), cue), p.end
    if j >= len(toks) or (toks[j].low in rules.prepositions and not _article_subject(toks, j, rules)):
        return None  # "На Западе считают": a preposition's object
    d = j + 1 if toks[j].low in rules.document_determiners else j
    if d < len(toks) and _document(toks[d].low, rules) and (d > j or not toks[d].cap or j == 0):
        end = d + 1  # "secondo lo studio", "Lo studio afferma che": a document, named by its noun
        return QuoteSpeaker(text[toks[j].start : toks[d].end], "document", None, (toks[j].start, toks[d].end), cue), end
    p = name_phrase(toks, j, cues)
    if p is not None and rules.need_evidence and not p.role and p.end - p.name_start > 2:
        p = _noun_before_given(toks, p, rules)
    if p is not None and _document(toks[p.end - 1].low, rules):
        return None  # "Begleiter dem ANF-Bericht": a document named after a noun, read from its determiner
    if p is not None and p.role and toks[p.name_start].low.endswith(rules.complement_endings or ("\0",)):
        if p.end - p.name_start == 1:  # "Prezydent Brazylii zaznaczył": a role and its complement
            return _pending(toks, j, cue, cues, rules)
        p = p._replace(name_start=p.name_start + 1)  # "Президент Бразилии Жаир Болсонару"
    common_first = toks[0].text not in known and toks[0].low in known  # written lowercase elsewhere: a common word
    if p is not None and not p.role and p.name_start == 0 and p.end > 1 and not rules.need_evidence and common_first:
        p = p._replace(start=1, name_start=1)  # "Pozostali Konfederaci", "Zaś Parlament Europejski"
    if p is None or (p.end - p.name_start == 1 and toks[p.name_start].low in rules.not_alone):
        return _pending(toks, j, cue, cues, rules)  # "он", "gazeta", "белорусский президент": resolved later
    who = speaker_of(toks, p, cue, text, cues)
    if who is None:
        return None
    first = toks[p.name_start].low
    if (
        who.source_type == "person_named"
        and p.end - p.name_start > 1
        and first.startswith(rules.body_nouns or ("\0",))
        and not rules.plain.is_role(first)
        and not any(_given(w, rules) for w in who.speaker.split())
    ):
        who = who._replace(source_type="organization")  # "Посольство России", "Ministerstwo Zdrowia" (stop 49)
    single = p.end - p.name_start == 1
    # "Dlatego stwierdzili": a capitalised first word the article writes nowhere else with a capital; not a listed
    # body or outlet ("Kreml przekonuje, że", stop 48)
    first = single and p.name_start == 0 and toks[0].text not in known and not p.role
    if not rules.need_evidence and first and who.source_type == "person_named":
        return None
    if rules.need_evidence and who.source_type == "person_named" and not p.role:
        if p.end - p.name_start == 1 and toks[p.name_start].text not in known:
            return None  # "Krieg", "Experten": a German noun, not a name the article gave in full
        before = toks[p.start - 1].low if p.start > 0 else ""
        after_verb = before in rules.after_verbs or before in rules.hearsay_modals  # sagte Jörg Wendler, soll X
        if p.end - p.name_start > 1 and not _clause_start_at(toks, p.start, rules) and not after_verb:
            return None  # "hatte Anfang Juni mitgeteilt"
    if toks[p.name_start].low in rules.organisation_nouns:  # "Zdaniem Federacji na rzecz Kobiet, …"
        return _organisation(toks, p.start, p.name_start, cue, text, rules)
    if genitive and rules.name_cases and who.source_type == "person_named":
        who = who._replace(speaker=_undo_case(who.speaker, rules))
    return who, p.end


def _article_subject(toks: list[Tok], j: int, rules: _Rules) -> bool:
    """A German article also read as a preposition's (``der``, ``des``) opening a subject: at a clause's start or
    right after a reporting verb or a hearsay modal, before a role noun within two words (``Der Minister sagte``,
    ``sagte der Minister``; stop 50)."""
    if not rules.need_evidence or toks[j].low not in rules.document_determiners:
        return False
    before = toks[j - 1].low if j else ""
    if not (_clause_start_at(toks, j, rules) or before in rules.after_verbs or before in rules.hearsay_modals):
        return False
    return any(t.cap and rules.plain.is_role(t.low) for t in toks[j + 1 : j + 3])


def _noun_before_given(toks: list[Tok], p: Phrase, rules: _Rules) -> Phrase:
    """A German capitalised noun before a listed given name and a surname is an unlisted role (``die Ökonomin
    Petra Lange``, ``der Landwirt Hans Kurz``, stop 49): the name starts at the given name, the words before are
    its role."""
    g = p.name_start + 1
    if toks[p.name_start].low in rules.given_names or toks[p.name_start].low in rules.common_names:
        return p
    if g + 1 < p.end and (toks[g].low in rules.given_names or toks[g].low in rules.common_names):
        return p._replace(name_start=g, role=True, linked=False)
    return p


def _collective(
    toks: list[Tok], j: int, cue: tuple[int, int], text: str, rules: _Rules
) -> tuple[QuoteSpeaker, int] | None:
    """An unnamed group as the subject (``Эксперты заявили``, ``— добавили организаторы``, ``Председатели двух
    комитетов X заявили``): a listed plural noun after at most two adjectives, with the lowercase genitive words
    and the capitalised names after it up to the next verb, separator or preposition (five words at most; the
    speaker's text ends on the noun or a capitalised word, a short word before the adjectives is left out), typed
    unnamed_collective (organization when a listed organisation noun's form follows the group noun); None when it
    follows a preposition or when the noun phrase is longer."""
    n = len(toks)
    k = j
    while k < n and k - j < 2 and toks[k].low not in rules.collectives and toks[k].text.isalpha():
        k += 1
    if k >= n or toks[k].low not in rules.collectives or (j and toks[j - 1].low in rules.prepositions):
        return None
    if k > j and any(t.cap for t in toks[j:k]) and j:
        return None  # a capitalised word before the noun inside a sentence ends another name ("Kraków eksperci")
    end = k + 1
    while end < n and end - k <= 5:
        t = toks[end]
        if t.low in rules.group_prepositions and end + 1 < n and toks[end + 1].cap and end == k + 1:
            body = _body_name(toks, end + 1)  # "Analysten von X & Co.": the body's people (stop 47)
            if body > end + 1:
                end = body
                break
        if not (t.text.isalpha() or "-" in t.text) or t.low in rules.prepositions or t.low in rules.complementisers:
            break
        if t.low in rules.perfect_auxiliaries:
            break  # "Experten haben … gewarnt" (stop 49)
        if any(_match(toks, end, verbs) > 0 for verbs in (rules.after_verbs, rules.verbs, rules.object_verbs)):
            break
        end += 1
    if end - k > 8:
        return None
    first, last = j, end
    while first < k and (
        len(toks[first].text) <= 3
        or not toks[first].low.endswith(rules.group_adjective_endings or ("",))
        or toks[first].low in rules.not_group_adjectives
    ):
        # "mówią nam eksperci", "i inni aktywiści": a short word is no adjective of the group, nor a word without a
        # plural adjective's ending or a listed adverb ("Wczoraj eksperci", "Также власти", review 46a)
        first += 1
    while last - 1 > k and not toks[last - 1].cap:
        last -= 1  # "власти вечером", "Experten heute": the group ends on its noun or a name
    a, b = toks[first].start, toks[last - 1].end
    bodies = [t.low for t in toks[k + 1 : last] if any(t.low.startswith(o) for o in rules.organisation_nouns)]
    # "Председатели комитетов X", "władze Kosowa", "Analysten von X": a body's people, or the authorities (stop 47)
    named = toks[k].low in rules.organisation_groups or any(t.cap for t in toks[k + 1 : last])
    kind = "organization" if bodies or named else "unnamed_collective"
    return QuoteSpeaker(text[a:b], kind, None, (a, b), cue), end


def _body_name(toks: list[Tok], j: int) -> int:
    """The token index after a body's name starting at ``j``: up to four capitalised words, ``&`` between two of them
    and the period of a short abbreviation (``X Chase & Co.``); ``j`` when none."""
    k = j
    while k < len(toks) and k - j < 6:
        t = toks[k]
        word = t.cap and (t.text.isalpha() or "-" in t.text)
        amp = t.text == "&" and k > j and k + 1 < len(toks) and toks[k + 1].cap
        short = t.text == "." and k > j and len(toks[k - 1].text) <= 3 and toks[k - 1].cap  # "Co.", "Inc."
        if not (word or amp or (short and k + 1 < len(toks))):
            break
        k += 1
    return k


def _document(low: str, rules: _Rules) -> bool:
    """A listed document noun, or a compound ending with one after a hyphen (ANF-Bericht)."""
    return low in rules.documents or ("-" in low and low.rsplit("-", 1)[1] in rules.documents)


def _document_place(low: str, rules: _Rules) -> bool:
    """A listed document noun's form after a document preposition, as a whole word or after a hyphen
    ("заявлении", "ANF-Bericht"), or closing a closed compound whose first part has ``document_compound_stem``
    letters or more ("Pressemitteilung"; not "Kontext", whose "text" follows three: review 46a)."""
    if low in rules.document_places or ("-" in low and low.rsplit("-", 1)[1] in rules.document_places):
        return True
    least = rules.document_compound_stem
    return bool(least) and any(low.endswith(d) and len(low) - len(d) >= least for d in rules.document_places)


def _organisation(
    toks: list[Tok], start: int, k: int, cue: tuple[int, int], text: str, rules: _Rules
) -> tuple[QuoteSpeaker, int] | None:
    """An organisation named from its noun at ``k`` on to the next comma (lowercase links and capitalised words,
    at most eight), typed organization and kept in its case; None when the name does not end at a comma or the
    sentence's end."""
    end = k + 1
    while end < len(toks) and end - k < 8 and toks[end].text not in SEPARATORS and toks[end].text.isalpha():
        end += 1
    if end < len(toks) and toks[end].text not in SEPARATORS:
        return None
    while end - 1 > k and not toks[end - 1].cap:  # the name ends on a capitalised word
        end -= 1
    name = text[toks[k].start : toks[end - 1].end]
    return QuoteSpeaker(name, "organization", None, (toks[start].start, toks[end - 1].end), cue), end


PRONOUN, ROLE, OUTLET = "pending:pronoun", "pending:role", "pending:outlet"


def _pending(
    toks: list[Tok], j: int, cue: tuple[int, int], cues: SpeakerCues, rules: _Rules
) -> tuple[QuoteSpeaker, int] | None:
    """A subject naming no one by itself, to resolve from the article's earlier speakers: a pronoun, an outlet's
    noun alone (gazeta, dziennik) or a role alone with its words (белорусский президент, der Premier); the
    speaker's text is the role or noun."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.low in rules.pronouns:
        return QuoteSpeaker(t.low, PRONOUN, None, (t.start, t.end), cue), j + 1
    if t.low in rules.media_nouns:
        return QuoteSpeaker(t.low, OUTLET, None, (t.start, t.end), cue), j + 1
    k, role = j, None
    # German capitalises its role nouns: "Der Minister sagte", "sagte die Ministerin" (stop 50)
    german = rules.need_evidence
    while k < len(toks) and (
        (k - j < 4 and (not toks[k].cap or (german and role is None and cues.is_role(toks[k].low)))) or k == j
    ):
        if cues.is_role(toks[k].low):
            role = k
        elif toks[k].low not in cues.links and not (k == j and toks[k].cap):
            break
        k += 1
    if role is None or k == j:
        return None
    # "— сказал экс-глава городского совета.": after its verb, up to three words closing the sentence are the
    # role's complement
    m = k
    while toks[j].start >= cue[1] and m < len(toks) and m - k < 3 and toks[m].text.replace("-", "").isalpha():
        if toks[m].cap and toks[m].low not in cues.links and not toks[m].text.isupper():
            break  # a name: the role's holder, read elsewhere ("minister transportu Jan X")
        m += 1
    if m > k and (m == len(toks) or toks[m].text in _SENTENCE_END):
        k = m
    word = toks[role].low
    if "-" in word and word not in cues.roles and not cues.is_role(word.rsplit("-", 1)[0]):
        word = word.rsplit("-", 1)[1]  # экс-глава: the role held (stop 48)
    if rules.name_cases and word not in cues.roles:
        word = _undo_case(word, rules)
    return QuoteSpeaker(word.lower(), ROLE, None, (toks[j].start, toks[k - 1].end), cue), k


def _clause_start_at(toks: list[Tok], j: int, rules: _Rules) -> bool:
    """Whether token ``j`` starts a clause: the sentence's start, after a separator or a listed word."""
    return j == 0 or toks[j - 1].text in SEPARATORS or toks[j - 1].low in (rules.subject_after or ())


_PAIR = re.compile(r"(?<=[^.!?\s]) +([^\W\d_][\w-]+)(?= +([^\W\d_][\w-]+))")


def _known_names(text: str, rules: _Rules) -> frozenset[str]:
    """Words the article writes after another capitalised word, not at a sentence's start (Radek Sikorski): the
    one-word names a German speaker may be."""
    out = set()
    links, stop = rules.plain.links, rules.plain.not_names
    for m in _PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        low = a.lower()
        capitalised = a[:1].isupper() and b[:1].isupper()
        if capitalised and low not in links and low not in stop and not rules.plain.is_role(low):
            out.add(b)
    return frozenset(out)


_INSIDE = re.compile(r"(?<=[^\W\d_,;:]) +([^\W\d_][\w-]*)")


def _capitalised_inside(text: str) -> frozenset[str]:
    """Capitalised words the article writes inside a sentence (after a word), and the lowercase words inside it: a
    first word of a sentence written with a capital nowhere else is no name ("Dlatego", "Otóż"), one also
    written lowercase is a common word ("pozostali")."""
    return frozenset(w for w in _INSIDE.findall(text) if w[:1].isupper() or w[:1].islower())


def _span(toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
    """Offsets of tokens ``a``..``b`` (exclusive) less separators and sentence ends at either side."""
    while a < b and (toks[a].text in SEPARATORS or toks[a].text in _SENTENCE_END or toks[a].text == ":"):
        a += 1
    while b > a and (toks[b - 1].text in SEPARATORS or toks[b - 1].text in _SENTENCE_END):
        b -= 1
    return (toks[a].start, toks[b - 1].end) if b - a >= 2 else None


def _tail_ok(toks: list[Tok], k: int, rules: _Rules | None = None) -> bool:
    """Only a few lowercase words (a time, a place) stand between the source and the sentence's end (in German,
    a capitalised noun after a preposition too: "am Montag")."""
    rest = [m for m in range(k, len(toks)) if toks[m].text not in _SENTENCE_END]

    def capital(m: int) -> bool:
        noun = rules is not None and rules.need_evidence and m > k and toks[m - 1].low in rules.prepositions
        return toks[m].cap and not noun

    return len(rest) <= 4 and not any(
        capital(m) or toks[m].text in SEPARATORS or toks[m].text in QUOTE_MARKS for m in rest
    )


def _phrase_cues(toks: list[Tok], text: str, rules: _Rules, known: frozenset[str]) -> list[Report]:
    out = []
    n = len(toks)
    for i in range(n):
        low = toks[i].low
        cued = low in rules.phrase_before or low in rules.phrase_after or low in rules.pronoun_cues
        if not cued or (i and toks[i - 1].low in rules.not_after):
            continue
        v = _match(toks, i, rules.phrase_before)
        if v > 0 and (found := _source(toks, v, (toks[i].start, toks[v - 1].end), text, rules, known, genitive=True)):
            who, end = found
            cut_a, cut_b = i, end
        elif (v := _match(toks, i, rules.pronoun_cues)) > 0:  # "по его словам", "jego zdaniem" (stop 48)
            cue = (toks[i].start, toks[v - 1].end)
            pronoun = rules.pronoun_cue_subjects[tuple(t.low for t in toks[i:v])]
            # the source is the pronoun or possessive inside the cue ("его"), else the whole cue
            own = next(((t.start, t.end) for t in toks[i:v] if t.low in rules.pronoun_cue_words), cue)
            who, cut_a, cut_b = QuoteSpeaker(pronoun, PRONOUN, None, own, cue), i, v
        elif (v := _match(toks, i, rules.phrase_after)) > 0:  # X zufolge
            found = None
            for j in range(max(0, i - 6), i):
                f = _source(toks, j, (toks[i].start, toks[v - 1].end), text, rules, known, genitive=True)
                if f is not None and f[1] == i:
                    found = f
                    break
            if found is None:
                continue
            who, end = found
            cut_a, cut_b = j, v
        else:
            continue
        content = [s for s in (_span(toks, 0, cut_a), _span(toks, cut_b, n)) if s is not None]
        if content:
            out.append(Report(*who, content=content, kind="indirect", hedges=[who.cue]))
    return out


def _subject_before(
    toks: list[Tok], i: int, cue: tuple[int, int], text: str, rules: _Rules, known: frozenset[str]
) -> QuoteSpeaker | None:
    end = addressee_start(toks, i, rules.plain)  # "Nome ad Ansa dice", "X газете Y сказал": the addressee passed over
    if rules.need_evidence and end > 1 and toks[0].low in rules.document_determiners:
        # "Der BND erklärte", "Die Behörden haben …": a body or group opening the sentence with its article (stop 49)
        found = _body_subject(toks, 0, cue, text, rules)
        if found is not None and found[1] == end:
            return found[0]
    who = _subject_ending(toks, end, cue, text, rules, known)
    if who is not None or not rules.body_nouns:
        return who
    # "Посольство России в Италии призвало", "Ambasada Polski w Kijowie zaapelowała": a body with its seat (stop 49)
    # "Иван Петров в Москве заявил", "X w rozmowie z Y powiedział": a person, then a place or an addressee
    q = end
    for q in range(end - 2, max(0, end - 6), -1):
        if toks[q].low not in rules.prepositions or any(
            t.text in SEPARATORS or t.text in QUOTE_MARKS or t.low in rules.coordinators for t in toks[q:end]
        ):
            continue
        if any(_given(t.text, rules) for t in toks[q + 1 : end]):
            return None  # "представителя X в ООН Дмитрий Полянский считает": the name after the phrase
        who = _subject_ending(toks, q, cue, text, rules, known)
        if who is not None and who.source_type == "person_named":
            return who if who.role or any(_given(w, rules) for w in who.speaker.split()[:-1]) else None
        if who is not None:
            break
    if who is None or who.source_type != "organization" or who.source is None or end - q > 3:
        return None
    if not all(t.cap for t in toks[q + 1 : end]):
        return None
    a, b = who.source[0], toks[end - 1].end
    return who._replace(speaker=text[a:b] if text[a:b].startswith(who.speaker) else who.speaker, source=(a, b))


def _subject_ending(
    toks: list[Tok], end: int, cue: tuple[int, int], text: str, rules: _Rules, known: frozenset[str]
) -> QuoteSpeaker | None:
    """The source whose words end right before token ``end`` and open a clause, or None."""
    for j in range(max(0, end - (8 if rules.group_prepositions else 6)), end):  # "Analysten von X & Co." (stop 47)
        found = _source(toks, j, cue, text, rules, known)
        if found is not None and found[1] == end:
            if (j and _governed(toks, j, rules)) or found[0].speaker.lower().endswith(
                rules.not_subject_endings or ("\0",)
            ):
                return None  # "В офисе Зеленского утверждают": a genitive
            if rules.subject_after is not None and not _clause_start_at(toks, j, rules):
                return None
            return found[0]
    return None


def _relative_subject(
    toks: list[Tok], i: int, cue: tuple[int, int], text: str, rules: _Rules, known: frozenset[str]
) -> QuoteSpeaker | None:
    """The antecedent of a relative pronoun right before the verb at ``i`` (stop 49): ``X, che ha accusato …``,
    ``врачи, которые опасаются …``: the source ending at the comma before the pronoun, or None."""
    if i < 3 or toks[i - 1].low not in rules.relative_pronouns or toks[i - 2].text != ",":
        return None
    return _subject_ending(toks, i - 2, cue, text, rules, known)


def _subject_apposed(
    toks: list[Tok], i: int, cue: tuple[int, int], text: str, rules: _Rules, known: frozenset[str]
) -> QuoteSpeaker | None:
    """A subject set apart from its verb at ``i`` by a comma-bracketed phrase (stop 49): ``X, presidente della
    Regione, ha fatto sapere``, ``Москва, в частности, потребовала`` (the subject before the first comma), ``Il
    presidente della provincia, Luca Verdi, ha ribadito`` (a name in the brackets, a person's); None when a dash, a
    quotation mark, a sentence's end or a reporting verb stands inside, or past twelve words."""
    if i < 3 or toks[i - 1].text != ",":
        return None
    c = next((m for m in range(i - 2, max(0, i - 14), -1) if toks[m].text == ","), None)
    if c is None or c < 1:
        return None
    if any(
        t.text in _DASHES or t.text in QUOTE_MARKS or t.text in _SENTENCE_END or t.low in rules.verbs
        for t in toks[c + 1 : i - 1]
    ):
        return None
    who = _subject_before(toks, c, cue, text, rules, known)
    if who is not None and who.source is not None:
        j = next((m for m, t in enumerate(toks) if t.start == who.source[0]), 0)
        if j and not (toks[j - 1].text in SEPARATORS or toks[j - 1].cap or toks[j - 1].low in rules.coordinators):
            return None  # "сравнил … с Польшей, Литвой и Латвией, заявив": no subject opening a clause
        return who
    found = _source(toks, c + 1, cue, text, rules, known)
    if found is not None and found[1] == i - 1 and found[0].source_type == "person_named":
        return found[0]
    return None


def _governed(toks: list[Tok], j: int, rules: _Rules) -> bool:
    """The capitalised run at ``j`` ends a longer name or a preposition's object ("газете Welt am Sonntag",
    "in Berlin"): no subject."""
    before = toks[j - 1]
    if before.low in rules.not_subject_after or toks[j].low in rules.prepositions:
        return True
    if before.low in rules.prepositions or (before.cap and before.low not in rules.plain.not_names):
        return True
    if before.low in rules.plain.links and j >= 2 and toks[j - 2].low in rules.prepositions:
        return True
    return not before.cap and len(before.text) <= 3 and j >= 2 and toks[j - 2].cap and before.text.isalpha()


def _clause_start(toks: list[Tok], k: int, rules: _Rules, lang_mood: bool) -> int:
    """The token index where the complement clause starts when a complementiser (or, in German, a comma before a
    clause in the reported mood or an infinitive with zu) stands at ``k``; else -1."""
    if toks[k].low in rules.question_words and toks[k - 1].text == "," and k + 2 < len(toks):
        end = next((m for m in range(k + 1, len(toks)) if toks[m].text in SEPARATORS), len(toks))
        if toks[k].low in rules.as_words and any(_match(toks, m, rules.after_verbs) > 0 for m in range(k + 1, end)):
            return -1  # "…, wie X berichtete": an incise, no question
        return k  # "объяснил, какое влияние …", "spiegò perché …": an indirect question, the content (stop 49)
    if toks[k].low in rules.complementisers and (not rules.comma_first or toks[k - 1].text == ","):
        if toks[k - 1].low in rules.not_before_complementiser:
            return -1  # "ha scritto quello che": a relative
        return k + 1
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    # ", um … zu …", ", ohne … zu …": a purpose or a manner, no content (stop 48)
    if toks[k].text == "," and lang_mood and nxt and nxt not in rules.complementisers | rules.not_clause_openers:
        end = next((m for m in range(k + 1, len(toks)) if toks[m].text in {",", "."}), len(toks))
        words = {t.low for t in toks[k + 1 : end]}
        if words & rules.mood_words or (words & rules.infinitive_marks and end - k > 3):
            return k + 1
    return -1


def _infinitive_start(toks: list[Tok], k: int, rules: _Rules) -> int:
    """The token index where an infinitive clause starts when an infinitive complementiser stands at ``k`` with an
    infinitive (or a listed word opening one: a negation, an auxiliary) right after it (``ha dichiarato di non voler
    …``, ``ha fatto sapere di essere …``, stop 49); else -1."""
    if toks[k].low not in rules.infinitive_complementisers or k + 1 >= len(toks):
        return -1
    nxt = toks[k + 1].low
    if nxt in rules.clause_infinitive_words or (len(nxt) > 4 and nxt.endswith(rules.clause_infinitives or ("\0",))):
        return k + 1
    return -1


def _verb_reports(toks: list[Tok], text: str, rules: _Rules, known: frozenset[str]) -> list[Report]:
    out = []
    n = len(toks)
    for i in range(n):
        if toks[i].low not in rules.verbs:
            continue
        v = _match(toks, i, rules.verbs)
        if v < 0 or (toks[i].cap and i > 0) or (v < n and toks[v].low in rules.impersonal):
            continue
        if i and _match(toks, i - 1, rules.impersonal_verbs) > i:
            continue  # "si dice che": an impersonal form (:func:`_impersonal`)
        if i and (toks[i - 1].low in rules.document_determiners or toks[i - 1].text[-1:] in "’'"):
            continue  # "l’accusa è di …", "die Forderung": a noun after its article (stop 49)
        cue = (toks[i].start, toks[v - 1].end)
        who = None
        k = v
        before = _subject_before(toks, i, cue, text, rules, known)  # a subject before the verb comes first
        a = i
        while before is None and a > 1 and toks[a - 1].low in rules.subject_adverbs and i - a < 2:
            a -= 1  # "НАТО всегда заявляет, что": an adverb between the subject and its verb (stop 47)
            before = _subject_before(toks, a, cue, text, rules, known)
        if before is None and i > 2 and f"{toks[i - 2].low} {toks[i - 1].low}" in rules.subject_adverbs:
            a = i - 2  # "Россия не раз подчеркивала": a two-word adverb (stop 49)
            before = _subject_before(toks, a, cue, text, rules, known)
        relative = False
        if before is None:
            before = _subject_apposed(toks, a, cue, text, rules, known)
        if before is None:
            before = _relative_subject(toks, a, cue, text, rules, known)
            relative = before is not None
        found = _source(toks, v, cue, text, rules, known)  # sagte Johnson, …
        if found is None and rules.need_evidence and i > 0:
            found = _body_subject(toks, v, cue, text, rules)  # "erklärte der BND, …" (stop 49)
        if found is not None and before is not None:
            k = found[1]  # "Иванов сообщил Петрову, что": the name after the verb is its object
        elif found is not None and not found[0].speaker.lower().endswith(rules.not_subject_endings or ("\0",)):
            who, k = found
        # the complementiser within a few words of the verb (or of the subject after it), no other verb between
        clause = -1
        for m in range(k, min(n, k + rules.window)):
            if (
                (toks[m].text in _SENTENCE_END and (toks[m].text != "." or m == n - 1))
                or toks[m].text in QUOTE_MARKS
                or (toks[m].low in rules.verbs and _match(toks, m, rules.verbs) > 0)
            ):
                break
            if (clause := _clause_start(toks, m, rules, bool(rules.mood_words))) > 0:
                break
            if m - k <= 2 and (clause := _infinitive_start(toks, m, rules)) > 0:
                break  # "ha dichiarato di non voler …": the infinitive clause (stop 49)
            opener = m + 1 < n and toks[m + 1].low in rules.complementisers | rules.question_words
            if toks[m].text == "," and m + 1 < n and not opener:
                break  # the clause after the verb's first comma is not its complement
        if clause < 0:
            continue
        if who is None:
            who = before
        if who is None and found is None:
            who = _body_before(toks, i, v, text, rules)
        bare = tuple(t.low for t in toks[i:v])
        if who is None and i == 0 and rules.zero_subject and found is None and bare not in rules.plural_verbs:
            # "Dodał, że …": no subject, resolved to the last person; not a plural one ("Mówią, że …": they say)
            who = QuoteSpeaker("", PRONOUN, None, cue, cue)
        if who is None and out and any(t.low in rules.coordinators for t in toks[max(0, i - 3) : i]):
            # "X ha annunciato … ma ha dichiarato di …": a second verb coordinated with a report's, its subject
            # (stop 49)
            prev = out[-1]
            who = QuoteSpeaker(prev.speaker, prev.source_type, prev.role, prev.source, cue)
            x = next(m for m in range(max(0, i - 3), i) if toks[m].low in rules.coordinators)
            y = x - 1 if x and toks[x - 1].text == "," else x
            a, b = prev.content[-1]
            if y > 0 and a < toks[y - 1].end < b and toks[x].start < b:  # the first report ends before the second
                out[-1] = prev._replace(content=[*prev.content[:-1], (a, toks[y - 1].end)])
        if who is None:
            continue
        comp = toks[clause - 1].low if toks[clause].low not in rules.question_words else ""
        stop = n
        if toks[clause - 1].low in rules.infinitive_complementisers:  # the infinitive clause ends before "ma"
            stop = next((m for m in range(clause + 1, n) if toks[m].low in rules.clause_conjunctions), n)
        if relative and who is before:  # "X, который заявил, что …, ушёл": the relative clause ends at a comma
            stop = next((m for m in range(clause + 1, stop) if toks[m].text in SEPARATORS), stop)
        span = _span(toks, clause, stop)
        if span is None:
            continue
        hedges = [(toks[clause - 1].start, toks[clause - 1].end)] if comp in rules.hedged_complementisers else []
        if rules.conditional_endings and toks[i:v] and tuple(t.low for t in toks[i:v]) in rules.present:
            hedges += _conditionals(toks, clause, n, rules)
        out.append(Report(*who, content=[span], kind="indirect", hedges=hedges))
    return out


def _conditionals(toks: list[Tok], a: int, b: int, rules: _Rules) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in toks[a:b] if t.low.endswith(rules.conditional_endings) and len(t.low) > 6]


def _after_separators(toks: list[Tok], stop: int) -> Iterator[tuple[int, int]]:
    """Each separator ``d`` among ``toks[1:stop]`` (a comma, a dash, a closing mark …: ``SEPARATORS``) with the index
    of the first token after it and the dashes that follow it."""
    for d in range(1, stop):
        if toks[d].text in SEPARATORS:
            i = d + 1
            while i < len(toks) and toks[i].text in _DASHES:
                i += 1
            yield d, i


def _after_content(
    toks: list[Tok],
    text: str,
    rules: _Rules,
    known: frozenset[str],
    para_start: int,
    quotes: list[Quote],
    persons: list[Person] | None = None,
) -> list[Report]:
    """``… – verb X.``, ``…, sagte X.``, ``…, уверен X, …``: the verb right after a separator (after a closing
    mark: the quotation's speaker, a direct report; a content inside a quotation is none)."""
    out: list[Report] = []
    n = len(toks)
    if toks[-1].text == ":" and rules.colon_intros:
        return out  # "Auf die Frage, ob …, sagte sie:": the verb introduces what follows (:func:`_colon_intros`)
    for d, i in _after_separators(toks, n - 1):
        v = _match(toks, i, rules.after_verbs)
        w = _match(toks, i, rules.document_verbs)
        doc = _document_source(toks, w, (toks[i].start, toks[w - 1].end), text, rules) if w > 0 else None
        if doc is not None:  # "…», — говорится в заявлении.": a document
            found, v = doc, w
        elif v < 0 or toks[i].cap:
            continue
        else:
            found = _source(toks, v, (toks[i].start, toks[v - 1].end), text, rules, known)
            if found is None or not (_tail_ok(toks, found[1], rules) or _incise_at(toks, found[1])):
                found = _source_last(toks, v, (toks[i].start, toks[v - 1].end), text, rules, known) or found
        if found is None and v > 0 and persons:
            found = _surname_last(toks, v, (toks[i].start, toks[v - 1].end), rules, persons)
        if found is None and v > 0:
            found = _body_after(toks, i, v, text, rules)
        if found is None and v > 0 and _tail_ok(toks, v, rules) and all(t.text in _SENTENCE_END for t in toks[v:]):
            found = (
                QuoteSpeaker("", PRONOUN, None, (toks[i].start, toks[v - 1].end), (toks[i].start, toks[v - 1].end)),
                v,
            )
        elif (
            found is None
            and v > 0
            and rules.zero_subject
            and (toks[d - 1].text in QUOTE_MARKS or toks[0].text in _DASHES or text[para_start] in _DASHES)
            and _bare_tail(toks, v, rules)
        ):
            # "«Q», ha detto ai microfoni di X.", "– Q – dodał w rozmowie z portalem.": after a quotation or a
            # sentence or paragraph opened by a dash, no subject, a phrase after the verb closing the sentence (stop 50)
            found = (
                QuoteSpeaker("", PRONOUN, None, (toks[i].start, toks[v - 1].end), (toks[i].start, toks[v - 1].end)),
                n,
            )
        if found is None:
            continue
        who, end = found
        if end < n and toks[end].text == "," and end + 2 < n:  # an incise: the content goes on after it
            tail = _span(toks, end + 1, n)
        elif _tail_ok(toks, end, rules):
            tail = None
        else:
            continue
        head = _span(toks, 0, d)
        if head is None:
            continue
        if toks[d - 1].text in QUOTE_MARKS:  # „Q“ – pisze „SZ“: the quotation's speaker
            q = next((q for q in quotes if q.end == toks[d - 1].end), None)
            if q is not None:  # „Q“ - pisze „SZ“, dodając, że …: the quotation alone (the rest is read apart)
                out.append(Report(*who, content=[(q.inner_start, q.inner_end)], kind="direct", hedges=[]))
            break
        if _inside(head[0], quotes) or _inside(head[1] - 1, quotes):
            break
        kind = "indirect"
        start = head[0]
        if text[para_start : para_start + 1] in _DASHES and tail is None:  # - … - powiedziała X: a dialogue dash
            start = para_start + 1
            while start < head[1] and text[start] in " \u00a0":
                start += 1
            kind = "direct"
        content = [(start, head[1])] + ([tail] if tail else [])
        out.append(Report(*who, content=content, kind=kind, hedges=[]))
        break
    return out


def _hearsay_after(
    toks: list[Tok], text: str, rules: _Rules, known: frozenset[str], quotes: list[Quote]
) -> list[Report]:
    """``„Q“, soll X gesagt haben.``, ``„Q” – miał powiedzieć X.``: a hearsay modal right after the content's
    separator, then its subject and a reporting participle (German, the auxiliary after it) or infinitive (Polish,
    the subject before or after it) closing the sentence: the content is X's, at a distance (the modal its hedge;
    stop 50). A quotation before the separator is a direct report."""
    n = len(toks)
    for d, i in _after_separators(toks, n - 2):
        if i >= n or toks[i].low not in rules.hearsay_modals:
            continue
        p = next((m for m in range(i + 1, min(n, i + 10)) if toks[m].low in rules.hearsay_verbs), -1)
        if p < 0:
            return []
        cue = (toks[i].start if p == i + 1 else toks[p].start, toks[p].end)  # "miał powiedzieć", "gesagt"
        found = _source(toks, i + 1, cue, text, rules, known) if p > i + 1 else None
        if found is None and p > i + 2:  # "soll der US-Präsident X": after its article
            found = _source(toks, i + 2, cue, text, rules, known)
        end = p + 1
        if found is not None and not (found[1] <= p <= found[1] + 2 and all(not t.cap for t in toks[found[1] : p])):
            return []  # "soll X einmal gesagt haben": the subject, up to two lowercase words, the participle
        if found is None and p == i + 1:  # "miał powiedzieć prezydent"
            found = _source(toks, p + 1, cue, text, rules, known)
            end = found[1] if found is not None else end
        if found is None:
            return []
        while end < n and toks[end].low in rules.hearsay_after:
            end += 1  # "gesagt haben"
        if not _tail_ok(toks, end, rules):
            return []
        hedge = [(toks[i].start, toks[i].end)]
        if toks[d - 1].text in QUOTE_MARKS:
            q = next((q for q in quotes if q.end == toks[d - 1].end), None)
            if q is None:
                return []
            return [Report(*found[0], content=[(q.inner_start, q.inner_end)], kind="direct", hedges=hedge)]
        head = _span(toks, 0, d)
        if head is None or _inside(head[0], quotes) or _inside(head[1] - 1, quotes):
            return []
        return [Report(*found[0], content=[head], kind="indirect", hedges=hedge)]
    return []


def _bare_tail(toks: list[Tok], v: int, rules: _Rules) -> bool:
    """A preposition's phrase right after the verb at ``v`` closing the sentence (eight words at most), with no
    separator, quotation mark or given name in it (the subject then: ``w rozmowie z portalem Jan X``)."""
    rest = [t for t in toks[v:] if t.text not in _SENTENCE_END]
    return (
        v < len(toks)
        and toks[v].low in rules.prepositions
        and 1 < len(rest) <= 8
        and not any(t.text in SEPARATORS or t.text in QUOTE_MARKS or _given(t.text, rules) for t in rest)
    )


def _surname_last(
    toks: list[Tok], v: int, cue: tuple[int, int], rules: _Rules, persons: list[Person]
) -> tuple[QuoteSpeaker, int] | None:
    """A surname ending the sentence within ``last_source_window`` words of the verb, past a preposition's
    capitalised object (``… – napisał na Twitterze Wymyślony.``, which :func:`_source_last` reads as one name),
    when the article names a person in full with it before (stop 47): that person; else None."""
    end = len(toks)
    while end > v and toks[end - 1].text in _SENTENCE_END:
        end -= 1
    if end <= v + 1 or end - v > rules.last_window or not toks[end - 1].cap:
        return None
    if any(t.text in SEPARATORS or t.text in QUOTE_MARKS for t in toks[v:end]):
        return None
    last = toks[end - 1]
    forms = _name_forms(last.text, rules)
    named = [p for p in persons if p[0] < last.start and forms & _name_forms(p[1].split()[-1], rules)]
    if not named or not (toks[end - 2].cap and end - 3 >= v and toks[end - 3].low in rules.prepositions):
        return None  # only past a preposition's capitalised object (the rest _source_last reads)
    name = named[-1][1]
    return QuoteSpeaker(name, "person_named", None, (last.start, last.end), cue), end


def _document_source(
    toks: list[Tok], w: int, cue: tuple[int, int], text: str, rules: _Rules
) -> tuple[QuoteSpeaker, int] | None:
    """The document an impersonal verb after the content names with a preposition (``…, heißt es in einer
    Erklärung der X``, ``…, — говорится в заявлении``): the noun phrase up to the next separator or the sentence's
    end (at most six words after the noun), typed document; None without a listed document noun within four words."""
    n = len(toks)
    if w >= n or toks[w].low not in rules.document_prepositions:
        return None
    k = w + 1
    while k < n and k - w <= 4 and toks[k].text not in SEPARATORS and not _document_place(toks[k].low, rules):
        k += 1
    if k >= n or k - w > 4 or not _document_place(toks[k].low, rules):
        return None
    end = k + 1
    while (
        end < n
        and end - k <= 6
        and not (toks[end].text in SEPARATORS or toks[end].text in _SENTENCE_END or toks[end].text in QUOTE_MARKS)
    ):
        end += 1
    a, b = toks[w + 1].start, toks[end - 1].end
    return QuoteSpeaker(text[a:b], "document", None, (a, b), cue), end


def _plural(toks: list[Tok], i: int, v: int, rules: _Rules) -> bool:
    """A verb with no subject of its own that names a body's people: a plural form (``подчеркнули``, ``fanno
    sapere``) or an impersonal one (``podkreślono``)."""
    return bool(rules.plural_endings) and any(t.low.endswith(rules.plural_endings) for t in toks[i:v])


def _body_phrase(
    toks: list[Tok], a: int, b: int, text: str, cue: tuple[int, int], rules: _Rules
) -> QuoteSpeaker | None:
    """The object of a body preposition, tokens ``a`` to ``b``: one to four words, no separator, quotation mark or
    number among them, one a name (capitalised) or a body noun's form (``body_nouns``: stems), typed organization
    (not a time: ``в понедельник``)."""
    if not any(t.cap or t.low.startswith(rules.body_nouns or ("\0",)) for t in toks[a:b]):
        return None
    if not 0 < b - a <= 4 or any(
        t.text in SEPARATORS or t.text in QUOTE_MARKS or not t.text[0].isalpha() for t in toks[a:b]
    ):
        return None
    return QuoteSpeaker(
        _body_nominative(toks, a, b, text, rules), "organization", None, (toks[a].start, toks[b - 1].end), cue
    )


def _body_nominative(toks: list[Tok], a: int, b: int, text: str, rules: _Rules) -> str:
    """A body preposition's object, tokens ``a`` to ``b``, with its head noun (the first body noun's form or
    capitalised word) out of the locative by ``body_cases`` and ``body_exceptions`` (``в посольстве России``:
    ``посольство России``, ``w Kremlu``: ``Kreml``; stop 48); as written where the language lists none."""
    written = text[toks[a].start : toks[b - 1].end]
    if not rules.body_cases:
        return written
    head = next((t for t in toks[a:b] if t.cap or t.low.startswith(rules.body_nouns or ("\0",))), None)
    if head is None or head.text.isupper():
        return written
    base = rules.body_exceptions.get(head.low)
    if base is None:
        end, new = next(
            ((e, r) for e, r in rules.body_cases if head.low.endswith(e) and len(head.low) > len(e) + 2), ("", "")
        )
        base = head.text[: len(head.text) - len(end)] + new
    base = (base[:1].upper() if head.cap else base[:1].lower()) + base[1:]
    at = head.start - toks[a].start
    return written[:at] + base + written[at + len(head.text) :]


def _body_after(toks: list[Tok], i: int, v: int, text: str, rules: _Rules) -> tuple[QuoteSpeaker, int] | None:
    """``…, — подчеркнули в посольстве.``, ``…, fanno sapere dal ministero.``: a plural or impersonal verb after the
    content, with no subject, then a body preposition and its object to the sentence's end (stop 48): the body,
    typed organization (a noun alone is the body named before with its stem, :func:`_same_group`)."""
    if v >= len(toks) or toks[v].low not in rules.body_prepositions or not _plural(toks, i, v, rules):
        return None
    end = next((m for m in range(v + 1, len(toks)) if toks[m].text in _SENTENCE_END or toks[m].text == ","), len(toks))
    who = _body_phrase(toks, v + 1, end, text, (toks[i].start, toks[v - 1].end), rules)
    return None if who is None else (who, end)


def _body_before(
    toks: list[Tok], i: int, v: int, text: str, rules: _Rules, impersonal: bool = False
) -> QuoteSpeaker | None:
    """``В ведомстве также напомнили, что …``: a sentence opening with a body preposition and its object before a
    plural or impersonal verb with no subject (listed adverbs between; ``impersonal``: a listed impersonal form,
    ``В министерстве отмечается``): the body, typed organization (stop 48)."""
    if not toks or toks[0].low not in rules.body_prepositions or not (impersonal or _plural(toks, i, v, rules)):
        return None
    end = i
    while end > 1 and toks[end - 1].low in rules.subject_adverbs:
        end -= 1
    # the last body preposition before the verb: "В понедельник в министерстве заявили" is the ministry's
    start = next(m for m in range(end - 1, -1, -1) if toks[m].low in rules.body_prepositions)
    return _body_phrase(toks, start + 1, end, text, (toks[i].start, toks[v - 1].end), rules)


def _incise_at(toks: list[Tok], end: int) -> bool:
    return end < len(toks) and toks[end].text == "," and end + 2 < len(toks)


def _source_last(
    toks: list[Tok], v: int, cue: tuple[int, int], text: str, rules: _Rules, known: frozenset[str]
) -> tuple[QuoteSpeaker, int] | None:
    """A source ending the sentence a few words after a reporting verb that follows its content, past a time, a
    place or an addressee (``… – powiedział we wtorek w rozmowie z X minister Y Z.``, ``…, сообщил X
    директор Y Z.``): the first source from which the sentence's end is reached. Not a preposition's object or
    its complement; after a role word only a name of two words or more; a role alone (with one capitalised
    complement) is resolved later. None past a separator, a quotation mark, a pronoun, a complementiser, a person
    named short of the sentence's end (the subject, then an object) or ``last_source_window`` words."""
    n = len(toks)
    role_seen, last_role = False, None
    for j in range(v, min(n, v + rules.last_window)):
        t, before = toks[j], toks[j - 1]
        if t.text in SEPARATORS or t.text in QUOTE_MARKS or t.text in _SENTENCE_END:
            return None
        nxt = toks[j + 1] if j + 1 < n else t
        if t.low in rules.complementisers or (
            t.low in rules.pronouns
            and t.low not in rules.plain.links
            and not nxt.cap
            and not rules.plain.is_role(nxt.low)
        ):
            return None  # "sagte sie dem Blatt": the subject is the pronoun ("pani ambasador X" goes on)
        if t.low in rules.prepositions:
            continue
        article = before.low in rules.plain.links and (not t.cap or rules.plain.is_role(t.low))  # der Minister
        governed = before.low in rules.prepositions and not article
        if governed or before.low in rules.not_subject_after or (before.cap and t.cap):
            continue  # a preposition's object ("z Radiem"), a word inside a longer name
        if j >= 2 and toks[j - 2].low in rules.prepositions and toks[j - 2].low not in rules.plain.links and t.cap:
            continue  # the object's complement or an article after a preposition ("na antenie Radia Fikcja")
        if t.cap and not before.cap and len(before.text) <= 2 and before.low not in rules.plain.links:
            continue  # a short word unlisted as a preposition ("na Litwe")
        f = _source(toks, j, cue, text, rules, known)
        if f is None and rules.plain.is_role(t.low):
            f = _pending(toks, j, cue, rules.plain, rules)  # "директор Фонда": a role and its complement
        if f is not None and f[0].source_type == ROLE:
            role_seen, last_role = True, f
            if f[1] + 1 < n and toks[f[1]].cap and toks[f[1] + 1].text in _SENTENCE_END:
                f = (f[0], f[1] + 1)  # "председатель ЦИК", "szef MF": the role and its complement
            if all(x.text in _SENTENCE_END for x in toks[f[1] :]):
                return f
            continue
        if f is None or f[0].source_type.startswith("pending:"):
            role_seen = role_seen or rules.plain.is_role(t.low)
            continue
        who = f[0]
        if not all(x.text in _SENTENCE_END for x in toks[f[1] :]):
            if who.source_type == "person_named":
                return None  # "депутат Иван Петров министру Петру Иванову": the subject, then an object
            continue  # "сообщил РИА Новости директор …": an outlet addressed
        if who.role is None and who.source_type == "person_named":  # "директор фонда Иван Петров"
            roles = [k for k in range(max(v, j - 6), j) if rules.plain.is_role(toks[k].low)]
            place = who.speaker if not rules.name_cases else _undo_case(who.speaker, rules)
            if roles and f[1] - j == 1 and (_large_place(who.speaker) or _large_place(place)):
                # "глава правительства Австралии": a country, the role's complement; the role alone (stop 48)
                return None if last_role is None else (last_role[0], f[1])
            if roles and not any(x.cap or x.text in SEPARATORS for x in toks[roles[0] : j]):
                who = who._replace(
                    role=text[toks[roles[0]].start : toks[j - 1].end], source=(toks[roles[0]].start, who.source[1])
                )
        single = f[1] - j == 1 or len(who.speaker.split()) == 1
        role_words = {w.lower() for w in (who.role or "").split()}
        prev = toks[f[1] - 2]
        if single and (
            (role_seen and who.role is None)
            or role_words & rules.prepositions
            or (toks[f[1] - 1].text.isupper() and not prev.cap and prev.low not in rules.plain.links)
        ):
            return None  # "il presidente della regione Toscana", "wiceszef MF", "источник агентства": a complement
        return who, f[1]
    return None


def _incises(toks: list[Tok], text: str, rules: _Rules, known: frozenset[str]) -> list[Report]:
    """``wie X erklärte``, ``jak podaje X``, ``как сообщает X``: the rest of the sentence is the content."""
    out = []
    n = len(toks)
    for i in range(n - 2):
        if toks[i].low not in rules.as_words or (i and toks[i - 1].text not in SEPARATORS):
            continue
        v = _match(toks, i + 1, rules.after_verbs)
        who, end = None, -1
        if v > 0:
            found = _source(toks, v, (toks[i].start, toks[v - 1].end), text, rules, known)
            if found is not None:
                who, end = found
            elif (
                rules.zero_subject
                and v < n
                and toks[v].text == ","
                and tuple(t.low for t in toks[i + 1 : v]) not in rules.plural_verbs
            ):  # "…, jak tłumaczył, …": no subject (not "jak mówią": as they say)
                cue = (toks[i].start, toks[v - 1].end)
                who, end = QuoteSpeaker("", PRONOUN, None, cue, cue), v
        else:
            for j in range(i + 2, min(n, i + 8)):
                if (v := _match(toks, j, rules.after_verbs)) > 0:
                    f = _source(toks, i + 1, (toks[j].start, toks[v - 1].end), text, rules, known)
                    if f is not None and f[1] == j:
                        who, end = f[0], v
                    break
        if who is None or end < 0:
            continue
        stop = next((m for m in range(end, n) if toks[m].text == ","), n)
        if stop != end and not _tail_ok(toks[:stop], end, rules):
            continue
        content = [s for s in (_span(toks, 0, i), _span(toks, stop, n)) if s is not None]
        if content:
            out.append(Report(*who, content=content, kind="indirect", hedges=[]))
    return out


def _object_reports(toks: list[Tok], text: str, rules: _Rules, known: frozenset[str]) -> list[Report]:
    """A reporting verb whose content is its object, not a clause (stop 48): ``X осудил это решение``, ``Il governo
    respinge le accuse``, ``meldete die UNO neue Fälle``, with its subject named before it (or, in German, after it,
    as ``_verb_reports`` reads one); the object, from the verb (or the subject after it) to the next separator or
    contrastive conjunction, is the content (the guide's reading of a report with no clause). The verbs are
    ``object_verbs``: condemning, demanding, warning, announcing, denying and the like."""
    n = len(toks)
    for i in range(n):
        if toks[i].low not in rules.object_verbs or (v := _match(toks, i, rules.object_verbs)) < 0 or toks[i].cap:
            continue
        if i and toks[i - 1].low in rules.document_determiners:
            continue  # "das verkündete Embargo": a participle as an adjective
        cue = (toks[i].start, toks[v - 1].end)
        who = _subject_before(toks, i, cue, text, rules, known)
        a = i
        while who is None and a > 1 and toks[a - 1].low in rules.subject_adverbs and i - a < 2:
            a -= 1
            who = _subject_before(toks, a, cue, text, rules, known)
        if who is None and i > 2 and f"{toks[i - 2].low} {toks[i - 1].low}" in rules.subject_adverbs:
            a = i - 2
            who = _subject_before(toks, a, cue, text, rules, known)
        if who is None:
            who = _subject_apposed(toks, a, cue, text, rules, known)
        if who is None:
            who = _relative_subject(toks, a, cue, text, rules, known)
        end = v
        if who is None and i > 0 and rules.need_evidence:  # German "…, meldete die UNO …": the subject after the verb
            # (elsewhere a name after such a verb is its object: "призвал Запад", "hanno accusato X")
            found = _source(toks, v, cue, text, rules, known) or _body_subject(toks, v, cue, text, rules)
            if found is None or found[0].source_type.startswith("pending:"):
                continue
            who, end = found
        if who is None:
            continue
        stop = next(
            (
                m
                for m in range(end, n)
                if toks[m].text in SEPARATORS
                or toks[m].text in _SENTENCE_END
                or (m > end and toks[m].low in rules.clause_conjunctions)
            ),
            n,
        )  # "X ha annunciato … ma ha dichiarato …": the next clause is another report
        if stop - end < 2 or any(t.text in QUOTE_MARKS for t in toks[end:stop]):
            continue  # a verb with no object, or a quotation (read as one)
        span = _span(toks, end, stop)  # the object: what the verb reports (the guide's content)
        if span is not None:
            return [Report(*who, content=[span], kind="indirect", hedges=[])]
    return []


def _perfect_reports(toks: list[Tok], text: str, rules: _Rules, known: frozenset[str]) -> list[Report]:
    """A German perfect whose participle closes the clause (stop 49): ``Der Verband hat jede Beteiligung
    bestritten``, ``Experten haben vor einem Anstieg gewarnt, wie X berichtete``, ``Gestern hat der BND erklärt,
    er habe …``: the subject before the auxiliary (or right after it), the participle (``participles``) before a
    separator, ``und`` or the sentence's end; the content is the clause after the participle when one opens
    there, else what stands between the subject and the participle (the object, as ``_object_reports`` reads it)."""
    n = len(toks)
    out: list[Report] = []
    for a in range(1, n - 2):
        if toks[a].low not in rules.perfect_auxiliaries:
            continue
        p = (
            next(
                (
                    m
                    for m in range(a + 1, min(n, a + 16))
                    if toks[m].text in SEPARATORS or toks[m].text in _SENTENCE_END or toks[m].low in rules.coordinators
                ),
                n,
            )
            - 1
        )
        if p <= a + 1 or toks[p].low not in rules.participles or toks[p].cap:
            continue
        cue = (toks[p].start, toks[p].end)
        who = _subject_before(toks, a, cue, text, rules, known) or _subject_apposed(toks, a, cue, text, rules, known)
        start = a + 1
        if who is None and toks[a - 1].text == ",":
            continue  # "X, role, hatte CNN … mitgeteilt": the subject stands before (unread), not after
        if who is None:
            found = _source(toks, a + 1, cue, text, rules, known) or _body_subject(toks, a + 1, cue, text, rules)
            if found is None or found[0].source_type.startswith("pending:"):
                continue
            who, start = found
        if p + 1 < n and toks[p + 1].text == ",":
            clause = _clause_start(toks, p + 1, rules, bool(rules.mood_words))
            if clause < 0 and p + 2 < n:
                clause = _clause_start(toks, p + 2, rules, bool(rules.mood_words))
            if clause > 0 and (span := _span(toks, clause, n)) is not None:
                out.append(Report(*who, content=[span], kind="indirect", hedges=[]))
                continue
        if p - start < 2 or any(t.text in QUOTE_MARKS for t in toks[start:p]):
            continue  # no object, or a quotation (read as one)
        if (span := _span(toks, start, p)) is not None:
            out.append(Report(*who, content=[span], kind="indirect", hedges=[]))
    return out


def _body_subject(
    toks: list[Tok], j: int, cue: tuple[int, int], text: str, rules: _Rules
) -> tuple[QuoteSpeaker, int] | None:
    """A body or a group after a verb, with a determiner and up to two lowercase words before its noun (``meldete die
    UNO``, ``warnen die eigenen Sicherheitsbehörden``): a listed organisation (organization) or a word ending with a
    listed group noun (``…behörden``: organization for ``organisation_groups``, else unnamed_collective)."""
    n = len(toks)
    k = j + 1 if j < n and toks[j].low in rules.document_determiners else j
    for m in range(k, min(n, k + 3)) if k > j else ():
        # "der BND", "die UNO", "der russische Geheimdienst FSB": a body's acronym after its article (stop 49)
        if toks[m].text.isupper() and 2 <= len(toks[m].text) <= 6 and toks[m].text.isalpha():
            a, b = toks[j].start, toks[m].end
            return QuoteSpeaker(text[toks[k].start : b], "organization", None, (a, b), cue), m + 1
        if not toks[m].text.isalpha() or toks[m].low in rules.document_determiners or rules.plain.is_role(toks[m].low):
            break  # "der Minister der SPD": a role and its party, no body
    for m in range(k, min(n, k + 3)):
        low = toks[m].low
        group = next((g for g in rules.collectives if low.endswith(g)), None)
        if low in rules.plain.organisations or group is not None:
            kind = (
                "unnamed_collective" if group is not None and group not in rules.organisation_groups else "organization"
            )
            a, b = toks[j].start, toks[m].end
            return QuoteSpeaker(text[a:b], kind, None, (a, b), cue), m + 1
        if (toks[m].cap and m > k) or toks[m].text in SEPARATORS:
            return None
    return None


def _document_before(toks: list[Tok], i: int, cue: tuple[int, int], text: str, rules: _Rules) -> QuoteSpeaker | None:
    """``В докладе ООН отмечается``, ``Nel rapporto si legge``: a document preposition within four words before the
    verb at ``i`` and a listed document noun's form after it; the noun and the names after it, typed document."""
    for w in range(max(0, i - 4), i):
        if toks[w].low not in rules.document_prepositions:
            continue
        k = next((m for m in range(w + 1, i) if _document_place(toks[m].low, rules)), None)
        if k is None:
            continue
        end = k + 1
        while end < i and toks[end].cap:
            end += 1
        a, b = toks[w + 1].start, toks[end - 1].end
        return QuoteSpeaker(text[a:b], "document", None, (a, b), cue)
    return None


def _anaphoric(
    toks: list[Tok],
    text: str,
    rules: _Rules,
    known: frozenset[str],
    before: tuple[int, int] | None,
    quotes: list[Quote],
) -> list[Report]:
    """``Об этом сообщает X.``, ``Lo riferisce X.``, ``Das berichtet X.``, ``Poinformował o tym X.`` (stop 48): a
    sentence opening with a word for "this" (``this_before``) and a reporting verb, or with the verb and such words
    after it (``this_after``), then its source: the sentence before it is the content."""
    if before is None:
        return []
    w = _match(toks, 0, rules.this_before)
    i = w if w > 0 else 0
    v = _match(toks, i, rules.after_verbs)
    if v < 0 and w > 0:  # "Об этом 5 мая сообщает X", "Об этом в среду, 5 мая, сообщает X": a time first (stop 49)
        i = next((m for m in range(w + 1, min(len(toks), w + 7)) if _match(toks, m, rules.after_verbs) > 0), -1)
        if i < 0 or any(t.text in QUOTE_MARKS or t.text in _SENTENCE_END or t.cap for t in toks[w:i]):
            return []
        v = _match(toks, i, rules.after_verbs)
    if v < 0:
        return []
    end = _match(toks, v, rules.this_after) if w < 0 else v
    if end < 0:
        return []
    cue = (toks[i].start, toks[v - 1].end)
    found = _source(toks, end, cue, text, rules, known)
    if found is None and end + 1 < len(toks) and toks[end].low in rules.document_determiners:
        found = _source(toks, end + 1, cue, text, rules, known)  # "Das berichtet der Spiegel"
    for j in range(end + 1, min(len(toks), end + 8)) if found is None else ():
        # "Об этом сообщает в пятницу, 5 мая, газета X": a time between the verb and its source (stop 49)
        if toks[j].text in QUOTE_MARKS or toks[j].text in _SENTENCE_END:
            break
        if toks[j - 1].low in rules.prepositions or (toks[j - 1].cap and toks[j].cap):
            continue
        f = _source(toks, j, cue, text, rules, known)
        if f is not None and not f[0].source_type.startswith("pending:"):
            if f[1] >= len(toks) or toks[f[1]].text in _SENTENCE_END or toks[f[1]].text == ",":
                found = f
            break
    if found is None or found[0].source_type.startswith("pending:"):  # (a relay may follow: "со ссылкой на X")
        return []
    a, b = before
    while a < b and text[a] in ' \n\u00a0"“”«»„-–—':
        a += 1
    while b > a and text[b - 1] in " \n\u00a0.":
        b -= 1
    if b - a < 20 or _inside(a, quotes):
        return []
    return [Report(*found[0], content=[(a, b)], kind="indirect", hedges=[])]


def _impersonal(toks: list[Tok], text: str, rules: _Rules) -> list[Report]:
    """A report with no source (stop 48): an impersonal or passive reporting form opening a complement clause
    (``Сообщается, что …``, ``Podano, że …``, ``Mówi się, że …``, ``Si dice che …``, ``Es heißt, dass …``), the
    clause its content, no speaker, typed none; a document when the form follows a preposition and a listed
    document noun (``В докладе отмечается, что …``, ``Nel rapporto si legge che …``): typed document."""
    out = []
    n = len(toks)
    reach = 3 if rules.comma_first else 1  # "Отмечается также, что"; "si dice che" (not "si dice convinto che")
    for i in range(n):
        if toks[i].low not in rules.impersonal_verbs or (v := _match(toks, i, rules.impersonal_verbs)) < 0:
            continue
        mood = bool(rules.mood_words)
        clause = next((c for m in range(v, min(n, v + reach)) if (c := _clause_start(toks, m, rules, mood)) > 0), -1)
        span = _span(toks, clause, n) if clause > 0 else None
        if span is None:
            continue
        cue = (toks[i].start, toks[v - 1].end)
        doc = _document_before(toks, i, cue, text, rules)
        if doc is not None:
            out.append(Report(*doc, content=[span], kind="indirect", hedges=[]))
        elif (body := _body_before(toks, i, v, text, rules, impersonal=True)) is not None:
            out.append(Report(*body, content=[span], kind="indirect", hedges=[]))  # "W ministerstwie podkreślono"
        else:
            out.append(Report("", "none", None, None, cue, [span], "indirect", []))
        break
    return out


def _gerund_cues(toks: list[Tok], rules: _Rules) -> list[tuple[int, int]]:
    """(gerund, complementiser) token indices of each listed reporting gerund after a comma or a dash with a
    complementiser right after it (``…, dodając, że …``, ``…, aggiungendo che …``, ``…, заявив, что …``)."""
    out = []
    for g in range(1, len(toks) - 2):
        if toks[g].low not in rules.gerunds or toks[g - 1].text not in SEPARATORS:
            continue
        c = g + 2 if toks[g + 1].text == "," else g + 1
        if c < len(toks) - 1 and toks[c].low in rules.complementisers:
            out.append((g, c))
    return out


def _gerund_reports(
    toks: list[Tok],
    rules: _Rules,
    cues: list[tuple[int, int]],
    reports: list[Report],
    quotes: list[Quote],
    said: dict[Quote, QuoteSpeaker | None],
    start: int,
    subject: Report | None = None,
) -> tuple[list[Report], list[Report]]:
    """The reports a gerund continues in one sentence (``X powiedział, że A, dodając, że B``, ``„A“ – napisał X,
    dodając, że B``): each gerund's clause is an indirect report of the speaker of the sentence's last report or
    quotation before it, its content the clause up to the next gerund or the sentence's end; the earlier report's
    content is cut before the gerund; with neither, ``subject``, the person naming the sentence's subject
    (``Jan Wymyślony skrytykował ustawę, dodając, że …``); ``cues``: the sentence's :func:`_gerund_cues`. Returns
    the sentence's reports (cut) and the new ones."""
    new: list[Report] = []
    for m, (g, c) in enumerate(cues):
        at = toks[g].start
        if _inside(at, quotes):
            continue
        stop = cues[m + 1][0] - 1 if m + 1 < len(cues) else len(toks)
        content = _span(toks, c + 1, stop)
        if content is None:
            continue
        before = [r for r in [*reports, *new] if r.cue[1] <= at]
        lead: Report | None = max(before, key=lambda r: r.cue[1]) if before else None
        heard = [(q, w) for q, w in said.items() if w is not None and start <= q.end <= at and not q.depth]
        q_last = max(heard, key=lambda x: x[0].end) if heard else None
        if q_last is not None and (lead is None or q_last[0].end > lead.cue[1]):
            who = q_last[1]
            lead = Report(who.speaker, who.source_type, who.role, who.source, who.cue, [], "direct", [])
        if lead is None and subject is not None and subject.cue[0] < at:
            lead = subject
        if lead is None:
            continue
        cut = toks[g - 2].end if g >= 2 else at
        reports = [
            r._replace(content=[(a, min(b, cut)) if a < at < b else (a, b) for a, b in r.content]) for r in reports
        ]
        new = [r._replace(content=[(a, min(b, cut)) if a < at < b else (a, b) for a, b in r.content]) for r in new]
        cue = (toks[g].start, toks[g].end)
        new.append(Report(lead.speaker, lead.source_type, lead.role, lead.source, cue, [content], "indirect", []))
    return reports, new


def _hedge_spans(
    toks: list[Tok], rules: _Rules, spans: list[tuple[int, int]], cands: list[int]
) -> list[tuple[int, int]]:
    """Hedge words and hearsay modals (with an infinitive after them) inside ``spans``; ``cands``: the indices of the
    sentence's tokens that are a hedge word's first word or a hearsay modal (found once a sentence)."""
    out = []
    for k in (k for k in cands if any(a <= toks[k].start and toks[k].end <= b for a, b in spans)):
        if toks[k].low in rules.hedge_words and (e := _match(toks, k, rules.hedge_words)) > 0:
            out.append((toks[k].start, toks[e - 1].end))
        elif toks[k].low in rules.hearsay_modals and not (k and toks[k - 1].low in rules.hearsay_not_after):
            later = toks[k + 1 : k + 12]
            if any(t.low in rules.hearsay_after for t in later) or any(
                t.low.endswith(rules.infinitive_endings) for t in later[:3] if rules.infinitive_endings
            ):
                out.append((toks[k].start, toks[k].end))
    return out


def _inside(pos: int, quotes: list[Quote]) -> bool:
    return any(q.start < pos < q.end for q in quotes)


PRONOUN_WINDOW = 800  # characters back to the person a pronoun or a bare verb names
GENDER_WINDOW = 1500  # the same when it marks a gender (only a person of that gender is taken)
ROLE_WINDOW = 500  # characters back to the person a role alone names when no speaker before holds that role
Person = tuple[int, str, str | None, str | None, int]  # position, name, gender, role word, spoken about (below)
OBLIQUE, INSIDE_REPORT = 1, 2  # a person named in a case form; named inside a report's content (stop 48)


def _given(word: str, rules: _Rules) -> tuple[str, bool] | None:
    """The gender of a given name and whether its case ending was undone: the language's list as written, then
    with its case undone (``Иосифа``, ``Roberta``: Robert's), then the common list as written."""
    low = word.lower()
    if low in rules.given_names:
        return rules.given_names[low], False
    if rules.name_cases and (undone := _undo_case(word, rules).lower()) in rules.given_names:
        return rules.given_names[undone], True
    return (rules.common_names[low], False) if low in rules.common_names else None


def _text_words(text: str) -> set[str]:
    """The words of ``text``, as a set."""
    return {m.group() for m in _WORD.finditer(text)}


def _written(word: str, text: str, words: set[str]) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (``words``: the text's, read once; a hyphenated word is
    searched for)."""
    if "-" in word:
        return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None
    return word in words


def _persons(text: str, rules: _Rules, quotes: list[Quote]) -> list[Person]:
    """The people the article names outside quotations with a listed given name and one or two capitalised words
    after it (``Marina X``, ``Иосифа Y`` read as ``Иосиф Y``: the case ending undone), with the given name's
    gender and a role word just before them (``il presidente Mario X``); pronouns, bare verbs and roles alone
    with no speaker before them are resolved to them (stop 47)."""
    if not rules.given_names:
        return []
    out: list[Person] = []
    toks = tokens(text, 0)
    words: set[str] | None = None  # the text's words, read once when a name may be a genitive
    named_to = -1  # the end of the last name read: a second given name inside it starts no other person
    for i, t in enumerate(toks[:-1]):
        if t.start < named_to:
            continue
        if not t.cap or not t.text.isalpha() or (given := _given(t.text, rules)) is None or _inside(t.start, quotes):
            continue
        gender, undo = given
        k = i + 1
        while k < len(toks) and k - i <= 2 and toks[k].cap and toks[k].text.replace("-", "").isalpha():
            if "\n" in text[toks[k - 1].end : toks[k].start] or toks[k].low in rules.plain.not_names:
                break
            middle_given = _given(toks[i + 1].text, rules) is not None
            if k == i + 2 and not middle_given and _other_name(toks[k].text, t.text, text, rules):
                # "Mateusz X Macron vorgeworfen", "Joe Biden Russland": an object after the name (stop 48); not
                # after a second given name ("Anna Maria X": X is the surname)
                break
            k += 1
        if k > i + 1:
            name, named_to = text[t.start : toks[k - 1].end], toks[k - 1].end
            last = toks[k - 1].text
            if last.endswith("s") and _written(last[:-1], text, words := words or _text_words(text)):
                name = name[:-1]  # "Emmanuel Macrons" (a German genitive) where the article writes "Macron"
            role = None  # a role word right before the name, in its sentence (not "… – szef X.⏎⏎Jan Y")
            for m in range(i - 1, max(-1, i - 4), -1):
                if not toks[m].text[:1].isalnum() or "\n" in text[toks[m].end : toks[m + 1].start]:
                    break
                if rules.plain.is_role(toks[m].low):
                    role = toks[m].low
                    break
            out.append((t.start, _undo_case(name, rules) if undo else name, gender, role, int(undo)))
    return out


def _other_name(word: str, given: str, text: str, rules: _Rules) -> bool:
    """Whether ``word``, the third capitalised word after the given name ``given``, starts another noun: a
    country or a large town, or a surname the article writes after another given name (``Emmanuel Macron``;
    stop 48)."""
    if _large_place(word):
        return True
    stem = word[:-1] if word.endswith("s") else word
    before = _words_before(text)
    firsts = set().union(*(before.get(w, ()) for w in {word, word + "s", stem, stem + "s"}))
    return any(f != given and f[:1].isupper() and _given(f, rules) is not None for f in firsts)


@lru_cache(maxsize=8)
def _words_before(text: str) -> dict[str, frozenset[str]]:
    """Each word of ``text`` with the words written right before it (a space between), read in one pass."""
    out: dict[str, set[str]] = {}
    for m in _WORD_PAIR.finditer(text):
        out.setdefault(m.group(2), set()).add(m.group(1))
    return {w: frozenset(v) for w, v in out.items()}


_WORD_PAIR = re.compile(r"(\w+)(?=\s+(\w+))")


def _outside(persons: list[Person], reports: list[Report]) -> list[Person]:
    """The ``persons``, those named inside a report's content marked as spoken about, as one named in a case form
    ("X утверждает, что лидер Y угрожал ему": Y is no role's holder by recency; stop 48)."""
    spans = [c for r in reports for c in r.content]
    if not spans:
        return persons
    return [(*p[:4], INSIDE_REPORT) if any(a <= p[0] < b for a, b in spans) else p for p in persons]


def _gender(name: str, rules: _Rules, persons: list[Person]) -> str | None:
    """A speaker's gender: its given name's, else that of a person named with the same last word."""
    words = name.split()
    if not words:
        return None
    given = _given(words[0], rules) if len(words) > 1 else None
    if given is not None:
        return given[0]
    last = words[-1].lower()
    g = next((p[2] for p in reversed(persons) if p[1].split()[-1].lower() == last), None)
    return g or next((g for end, g in rules.surname_gender if last.endswith(end) and len(last) > len(end) + 1), None)


def _pending_gender(r: Report, text: str, rules: _Rules) -> str | None:
    """The gender a pending pronoun marks (``она``, ``sie`` with a singular verb), or a bare verb's ending
    (``powiedziała``, ``сказала``); None when unmarked (or plural)."""
    verb = text[r.cue[0] : r.cue[1]].lower().split()
    if r.source_type != PRONOUN or tuple(verb) in rules.plural_verbs:
        return None
    if r.speaker:
        return rules.pronoun_gender.get(r.speaker.lower())
    return next((g for e, g in rules.verb_gender if verb and verb[-1].endswith(e)), None)


def _pos(item: tuple) -> int:
    """The position an entry of the memory or of the persons (or a candidate) stands at."""
    return item[0]


def _resolve(
    r: Report,
    memory: list[tuple[int, str, str, str | None]],
    persons: list[Person] | None = None,
    gender: str | None = None,
    rules: _Rules | None = None,
    fallback: bool = False,
) -> Report | None:
    """A pending speaker resolved from the speakers met before its cue: a pronoun (or no subject) to the last
    named person within 800 characters (with a ``gender`` marked, the last one of that gender among the
    speakers and the ``persons`` named, stop 47), an outlet's noun to the last outlet, a role to the last speaker
    holding that role; None when there is none."""
    kind = r.source_type
    at = min(r.cue[0], r.content[0][0]) if r.content else r.cue[0]  # a quotation's speaker is named before it
    persons = persons or []
    # memory and persons are in text order: the people before ``at`` (and within a window) are a slice of them
    end, p_end = bisect.bisect_left(memory, at, key=_pos), bisect.bisect_left(persons, at, key=_pos)
    if kind == PRONOUN and rules is not None:
        # the last speaker; a zero subject or a gendered pronoun, else the last person named (stop 47); with a
        # gender, a speaker or a person of that gender first, then a speaker of no known gender
        window = GENDER_WINDOW if gender else PRONOUN_WINDOW
        start = bisect.bisect_left(memory, at - window, key=_pos)
        p_start = bisect.bisect_left(persons, at - window, key=_pos)
        near = [(pos, name, role) for pos, name, stype, role in memory[start:end] if stype == "person_named"]
        near_named = [(pos, name, role) for pos, name, _, role, _ in persons[p_start:p_end]]
        if not gender:
            passes = [near] + ([near_named] if not r.speaker else [])
        else:
            known = {name: _gender(name, rules, persons) for _, name, _ in [*near, *near_named]}
            passes = [[p for p in people if known[p[1]] in (gender, None)] for people in (near, near_named)]
        for people in passes:
            if people:
                pos, name, role = max(people, key=_pos)
                source = r.source if r.speaker else None
                return r._replace(speaker=name, source_type="person_named", role=role, source=source)
        return None
    speakers = [(pos, name, role) for pos, name, stype, role in memory[:end] if stype == "person_named"]
    named = [(pos, name, role) for pos, name, _, role, _ in persons[:p_end]]
    # a role's words, and its hyphenated words whole ("пресс-секретарь" is held as such, not as "секретарь")
    words = lambda role: [*(role or "").lower().replace("-", " ").split(), *(role or "").lower().split()]  # noqa: E731
    held = any(r.speaker in words(role) for _, _, role in speakers)
    if kind == ROLE and rules is not None and not held and fallback:
        # "Dziennikarz napisał:" after "… Jan X": a person named with that role, else the one just named
        same = [(pos, name) for pos, name, role in named if role and r.speaker in words(role) and at - pos <= 3000]
        # else the last speaker or person named outside a report's content; none when that person is named in a
        # case form and has not spoken ("pisał o wpisie Jana X … – stwierdził szef Y" is not X's, stop 48)
        subjects = [(pos, name, about) for pos, name, _, _, about in persons[:p_end] if about != INSIDE_REPORT]
        said = {name for _, name, _ in speakers}
        last = max(same or [(pos, name, 0) for pos, name, _ in speakers] + subjects, default=None, key=_pos)
        if last is not None and not same and last[2] == OBLIQUE and last[1] not in said:
            return None  # the last one named is spoken about, in a case form: no speaker rather than a wrong one
        if last is not None and (same or at - last[0] <= ROLE_WINDOW):
            return r._replace(speaker=last[1], source_type="person_named", role=None)
        return None
    for pos, name, stype, role in reversed(memory):
        if pos >= r.cue[0]:
            continue
        if kind == PRONOUN and stype == "person_named":
            if r.cue[0] - pos > 800:
                return None
        elif not (kind == OUTLET and stype == "media") and not (
            kind == ROLE and stype == "person_named" and role and r.speaker in words(role)
        ):
            continue
        source = r.source if r.speaker else None
        return r._replace(speaker=name, source_type=stype, role=role, source=source)
    if kind == OUTLET and rules is not None:  # "— резюмирует издание" with no outlet named before: the outlet
        return r._replace(source_type="media")
    return None


def _same_group(r: Report, memory: list[tuple[int, str, str, str | None]]) -> Report:
    """A group named by its noun alone (``заявили врачи``) is the group named before in full with that noun's
    stem, its last two letters off, four at least (``Председатели комитетов врачей Москвы``: "врач"), within 3,000
    characters; else it stays as it is."""
    words = r.speaker.split()
    if len(words) != 1 or len(words[0]) < 5:
        return r
    stem = words[0].lower()[: max(4, len(words[0]) - 2)]
    for pos, name, stype, role in reversed(memory):
        if pos >= r.cue[0] or r.cue[0] - pos > 3000:
            continue
        group = stype in ("unnamed_collective", "organization")
        if group and name != r.speaker and any(w.lower().startswith(stem) for w in name.split()):
            return r._replace(speaker=name, source_type=stype, role=role)
    return r


def reported_speech(
    text: str, lang: str, quotes: list[Quote], said: dict[Quote, QuoteSpeaker | None] | None = None
) -> list[Report]:
    """The reports of ``text`` in ``lang`` beyond direct quotations (phrase cues, reporting verbs with a complement
    clause or after the content, incises), each with a speaker named there or, for a pronoun, a role alone or an
    outlet's noun, earlier (``said``: the speakers of the direct quotations, read by :mod:`.quote_speakers`);
    none for a language without ``lang/<lang>/reports.json``. A cue inside a quotation is the quoted speaker's,
    not read."""
    rules = _rules(lang)
    if rules is None:
        return []
    outer = [q for q in quotes if not q.depth]
    known = _known_names(text, rules) if rules.need_evidence else _capitalised_inside(text)
    firsts = rules.firsts
    low = text.lower()
    if len(low) == len(text):  # one search over the lowercased text (its offsets are the text's)
        cued = [m.start() for m in _WORD.finditer(low) if m.group() in firsts]
    else:
        cued = [m.start() for m in _WORD.finditer(text) if m.group().lower() in firsts]
    memory = sorted((q.start, w.speaker, w.source_type, w.role) for q, w in (said or {}).items() if w is not None)
    persons = _persons(text, rules, outer)
    out: list[Report] = []
    prev: tuple[int, int] | None = None
    for s, e, ps in _sentences(text, rules):
        before, prev = prev, (s, e)
        k = bisect.bisect_left(cued, s)
        if k == len(cued) or cued[k] >= e:  # no cue's first word in the sentence: not tokenised
            continue
        toks = tokens(text[s:e], s)
        if len(toks) < 4 or toks[-1].text == "?":  # a question reports nothing
            continue
        phrased = _phrase_cues(toks, text, rules, known)
        found = phrased or _anaphoric(toks, text, rules, known, before, outer)
        found = found or _verb_reports(toks, text, rules, known)
        found = found or _after_content(toks, text, rules, known, ps, outer, persons)
        if rules.hearsay_verbs:
            found = found or _hearsay_after(toks, text, rules, known, outer)
        found = found or _incises(toks, text, rules, known)
        found = found or _object_reports(toks, text, rules, known)
        if rules.perfect_auxiliaries:
            found = found or _perfect_reports(toks, text, rules, known)
        found = found or _impersonal(toks, text, rules)
        cands = [k for k, t in enumerate(toks) if t.low in rules.hedge_words or t.low in rules.hearsay_modals]
        for r in found:
            if _inside(r.cue[0], outer):
                continue
            if r.source_type.startswith("pending:"):
                free = _outside(persons, out)
                resolved = _resolve(r, memory, free, _pending_gender(r, text, rules), rules, not phrased)
                if resolved is None:
                    continue
                r = resolved
            if r.source_type == "unnamed_collective" or (r.source_type == "organization" and r.speaker.islower()):
                r = _same_group(r, memory)  # "напомнили в ведомстве": the body named before (stop 48)
            r = _written_by_outlet(r, text, rules)
            hedges = sorted(set(r.hedges) | set(_hedge_spans(toks, rules, [*r.content, r.cue], cands)))
            kind = r.kind
            if kind == "indirect" and any(q.start >= c[0] - 1 and q.end <= c[1] + 1 for q in outer for c in r.content):
                kind = "mixed"
            out.append(r._replace(kind=kind, hedges=hedges))
            memory.append((r.cue[0], r.speaker, r.source_type, r.role))
            memory.sort()
        if rules.gerunds and (cues := _gerund_cues(toks, rules)):  # (read once for the subject and the reports)
            subject = _subject_first(toks, text, rules, known, memory)
            before = len(out)
            out = _continue_reports(out, toks, rules, cues, outer, said or {}, s, cands, subject)
            memory.extend((r.cue[0], r.speaker, r.source_type, r.role) for r in out[before:] if r.cue[0] >= s)
            memory.sort()
    if rules.colon_intros:
        out = _colon_intros(text, rules, outer, said or {}, out, known, memory, persons)
    out = _bare_incises(text, lang, rules, outer, said or {}, out, memory, persons, known)
    if persons:
        out = [_full_name(r, persons, rules) for r in out]
    out = [_state(r, rules) for r in out]
    if rules.colon_titles and (title := _colon_title(text, rules, outer, said or {}, out, memory)) is not None:
        out.insert(0, title)
    return out


def _written_by_outlet(r: Report, text: str, rules: _Rules) -> Report:
    """A one-word name or acronym typed organization that "writes" (``pisze FP``, ``пишет FP``: ``writing_verbs``)
    is an outlet: typed media (stop 49)."""
    if r.source_type != "organization" or len(r.speaker.split()) != 1 or not r.speaker[:1].isupper():
        return r
    cue = text[r.cue[0] : r.cue[1]].lower()
    return r._replace(source_type="media") if cue in rules.writing_verbs else r


def _state(r: Report, rules: _Rules) -> Report:
    """A speaker named by a country or a large town alone (``Mosca avvertiva che``, ``Россия заявила``) is its
    government: typed organization (stop 47; the gazetteer's :func:`_large_place`); not a listed given name
    (``Dominika``, stop 48)."""
    given = (w := r.speaker.lower()) in rules.given_names or w in rules.common_names
    if (
        r.source_type == "person_named"
        and r.role is None
        and len(r.speaker.split()) <= 2
        and not given
        and _large_place(r.speaker)
    ):
        return r._replace(source_type="organization")
    return r


def _full_name(r: Report, persons: list[Person], rules: _Rules) -> Report:
    """A speaker named by one word in a case form (``Zdaniem Hołowni``, ``по словам Дискина`` undone to
    ``Дискин``) written as the person the article names in full with that surname (``Szymon Hołownia``): the
    same first four letters and a likeness of 0.75 or more (stop 47): the likest surname, then a person of the
    gender its ending marks (``Kowalskiej``: Anna Kowalska, not Jan Kowalski), then the one named nearest before
    it (revfix47a); else as it is."""
    if r.source_type != "person_named" or len(r.speaker.split()) != 1 or len(r.speaker) < 4:
        return r
    word = r.speaker.lower()  # (a phrase cue's source has had its case undone: not undone again)
    marked = lambda w: next(  # noqa: E731
        (g for end, g in rules.surname_gender if w.endswith(end) and len(w) > len(end) + 1), None
    )
    gender = marked(word)
    best: tuple[float, bool, bool, int] | None = None
    found = r
    for pos, name, given, _, _ in persons:
        last = name.split()[-1].lower()
        if last[:4] != word[:4]:
            continue
        ratio = difflib.SequenceMatcher(None, last, word).ratio()
        if ratio < 0.75:
            continue
        before = pos < r.cue[0]
        key = (ratio, gender is not None and (given or marked(last)) == gender, before, pos if before else -pos)
        if best is None or key > best:
            best, found = key, r._replace(speaker=name)
    return found


def _colon_intros(
    text: str,
    rules: _Rules,
    outer: list[Quote],
    said: dict[Quote, QuoteSpeaker | None],
    reports: list[Report],
    known: frozenset[str],
    memory: list[tuple[int, str, str, str | None]],
    persons: list[Person],
) -> list[Report]:
    """``reports`` with the quotations that follow a sentence ending with a colon and holding a reporting verb
    (``Dann sagte sie:⏎„Q“``, ``Dziennikarz napisał:⏎"Q"``, ``X skomentował wpis następująco: "Q"``) given that
    verb's subject as their speaker (stop 47): named, a pronoun, a role alone, a group or an outlet's noun before
    the verb, else after it up to the colon, else no subject after a comma or opening the sentence (pl, it, or a
    verb marking its gender), resolved as the other reports'; a direct report of the quotation. Not for a
    quotation with a speaker or inside a report, nor with a plural verb and no subject."""
    covered = [c for r in reports for c in r.content]
    out = list(reports)
    for q in outer:
        if said.get(q) is not None or any(a <= q.inner_start and q.inner_end <= b for a, b in covered):
            continue
        j = q.start - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        alone = j >= 1 and text[j] == "." and _paragraph_quote(text, q) and not _incised(text, q, rules)
        if j < 1 or (text[j] != ":" and not alone):
            continue
        stops = [m.end() for m in _STOP.finditer(text, max(0, j - 400), j)]
        lo = max(text.rfind("\n", 0, j) + 1, max(stops, default=0))
        toks = tokens(text[lo:j], lo)
        verbs = [(i, v) for i in range(len(toks)) if (v := _match(toks, i, rules.after_verbs)) > 0]
        verbs = [(i, v) for i, v in verbs if not toks[i].cap or i == 0]
        if not toks or toks[-1].text in QUOTE_MARKS:
            continue
        if alone:
            # "X ocenił go negatywnie.⏎"Q"": a quotation making its paragraph after a paragraph whose last sentence
            # is a report by a person named: that person's (stop 50)
            if not verbs:
                continue
            i, v = verbs[-1]
            cue = (toks[i].start, toks[v - 1].end)
            found = _source(toks, v, cue, text, rules, known) if v < len(toks) else None
            who = found[0] if found is not None and _tail_ok(toks, found[1], rules) else None  # "…, afferma X."
            if who is None and i:
                who = _subject_before(toks, i, cue, text, rules, known)
            if who is None or who.source_type != "person_named":
                continue
            r = Report(*who, content=[(q.inner_start, q.inner_end)], kind="direct", hedges=[])
            out.append(r)
            memory.append((r.cue[0], r.speaker, r.source_type, r.role))
            memory.sort()
            continue
        if not verbs:  # "Il virologo X detta le regole: «Q»": a person named opening it, then its verb (stop 49)
            found = _source(toks, 0, (toks[0].start, toks[0].end), text, rules, known) if len(toks) <= 20 else None
            if found is None or found[0].source_type != "person_named" or found[1] >= len(toks):
                continue
            name = found[0].speaker
            full_before = re.search(r"\b[^\W\d_]\w+\s+" + re.escape(name) + r"\b", text[:lo]) is not None
            single = len(name.split()) == 1 and full_before and name[:1].isupper()  # "Fedriga", named in full before
            if not (found[0].role or any(_given(w, rules) for w in name.split()[:-1]) or single) or any(
                _given(t.text, rules) for t in toks[found[1] :]
            ):
                continue  # a person named with a given name or a role, and no other named after it
            verb = toks[found[1]]
            if verb.cap or not verb.text.isalpha() or verb.low in rules.prepositions:
                continue
            who = found[0]._replace(cue=(verb.start, verb.end))
            r = Report(*who, content=[(q.inner_start, q.inner_end)], kind="direct", hedges=[])
            out.append(r)
            memory.append((r.cue[0], r.speaker, r.source_type, r.role))
            memory.sort()
            continue
        i, v = verbs[-1]
        cue = (toks[i].start, toks[v - 1].end)
        who = _subject_before(toks, i, cue, text, rules, known) if i else None
        if who is None and i:
            who = _subject_apposed(toks, i, cue, text, rules, known)  # "X, a capo del team, ha spiegato:" (stop 50)
        if who is None:
            found = _source(toks, v, cue, text, rules, known) if v < len(toks) else None
            if found is not None and (found[1] == len(toks) or _tail_ok(toks, found[1], rules)):
                who = found[0]
        plural = tuple(t.low for t in toks[i:v]) in rules.plural_verbs
        if who is None and not plural and (i == 0 or toks[i - 1].text == ","):
            gendered = any(toks[v - 1].low.endswith(e) for e, _ in rules.verb_gender)
            if rules.zero_subject or gendered:
                who = QuoteSpeaker("", PRONOUN, None, cue, cue)
        if who is None:
            continue
        r = Report(*who, content=[(q.inner_start, q.inner_end)], kind="direct", hedges=[])
        if r.source_type == PRONOUN and plural:
            continue
        if r.source_type.startswith("pending:"):
            resolved = _resolve(r, memory, _outside(persons, out), _pending_gender(r, text, rules), rules, True)
            if resolved is None:
                continue
            r = resolved
        if r.source_type == "unnamed_collective":
            r = _same_group(r, memory)
        out.append(r)
        memory.append((r.cue[0], r.speaker, r.source_type, r.role))
        memory.sort()
    return out


def _paragraph_quote(text: str, q: Quote) -> bool:
    """Whether the quotation ``q`` makes its paragraph: only spaces before it on its line and at most a
    sentence's end after it."""
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    return not text[start : q.start].strip() and not text[q.end : end].strip(" \t\u00a0.!?…")


def _incised(text: str, q: Quote, rules: _Rules) -> bool:
    """Whether a dash inside the quotation ``q`` opens a reporting verb's incise (``«A – ha aggiunto – B»``: the
    incise names or resolves its speaker, :func:`_bare_incises`)."""
    toks = tokens(text[q.inner_start : q.inner_end], q.inner_start)
    return any(t.text in _DASHES and _match(toks, m + 1, rules.after_verbs) > 0 for m, t in enumerate(toks))


def _bare_incises(
    text: str,
    lang: str,
    rules: _Rules,
    outer: list[Quote],
    said: dict[Quote, QuoteSpeaker | None],
    reports: list[Report],
    memory: list[tuple[int, str, str, str | None]],
    persons: list[Person],
    known: frozenset[str] = frozenset(),
) -> list[Report]:
    """``reports`` with the quotations holding a reporting verb alone between two dashes, or a dash and the
    quotation's end (``«A – ha aggiunto – B»``, ``"A – dodał. – B"``), given the verb's zero subject resolved as a
    bare verb's (the last speaker, else the person named, within 800 characters; a gendered ending to one of that
    gender; stop 48): a direct report, the incise cut out of its content. Not for a quotation with a speaker or
    inside a report, nor a plural verb."""
    cues = speaker_cues(lang)
    if cues is None:
        return reports
    covered = [c for r in reports for c in r.content]
    out = list(reports)
    for q in outer:
        if said.get(q) is not None or any(a <= q.inner_end and q.inner_start <= b for a, b in covered):
            continue
        toks = tokens(text[q.inner_start : q.inner_end], q.inner_start)
        for d in range(1, len(toks) - 1):
            if toks[d].text not in _DASHES or (v := incise_verb_at(toks, d + 1, cues)) < 0 or toks[d + 1].cap:
                continue
            cue = (toks[d + 1].start, toks[v - 1].end)
            who = QuoteSpeaker("", PRONOUN, None, cue, cue)
            rest = toks[v:]
            if rest and not (rest[0].text in _DASHES or all(t.text in ".!?…" for t in rest)):
                # «A - ha affermato il governatore della regione - B», «A, — заявили епископы. — B»: a role alone,
                # a group or a name after the verb, then a dash or the end (stop 49)
                found = _source(toks, v, cue, text, rules, known)
                if found is None or found[0].source_type == "person_named":
                    continue  # a name after the verb: quote_speakers's (its speaker read there)
                who, rest = found[0], toks[found[1] :]
            if rest and rest[0].text == "." and len(rest) > 1:
                rest = rest[1:]
            if rest and not (rest[0].text in _DASHES or all(t.text in ".!?…" for t in rest)):
                continue  # a name or a clause follows the verb: not a bare incise
            if who.source_type == PRONOUN and tuple(t.low for t in toks[d + 1 : v]) in rules.plural_verbs:
                break
            r = Report(*who, content=quote_parts(text, q, who), kind="direct", hedges=[])
            if not r.content:
                break
            if r.source_type == "unnamed_collective":
                out.append(_same_group(r, memory))
                memory.append((r.cue[0], out[-1].speaker, out[-1].source_type, out[-1].role))
                memory.sort()
                break
            if not r.source_type.startswith("pending:") and r.source_type != PRONOUN:
                out.append(r)
                memory.append((r.cue[0], r.speaker, r.source_type, r.role))
                memory.sort()
                break
            resolved = _resolve(r, memory, _outside(persons, out), _pending_gender(r, text, rules), rules, True)
            if resolved is not None:
                out.append(resolved)
                memory.append((resolved.cue[0], resolved.speaker, resolved.source_type, resolved.role))
                memory.sort()
            break
    return out


def _colon_title(
    text: str,
    rules: _Rules,
    outer: list[Quote],
    said: dict[Quote, QuoteSpeaker | None],
    reports: list[Report],
    memory: list[tuple[int, str, str, str | None]],
) -> Report | None:
    """A title line ``Name: claim`` (one to four capitalised words, not all capitals, a colon, three words or more)
    whose name's last word is the last word of a person the article's reports or quotations name as a speaker
    (``Wymyślony: …`` and ``…, powiedział Jan Wymyślony``: the same word, or the same once a case ending of
    ``name_cases`` is undone; ``Nowak`` is not ``Nowakowski``) and no place the gazetteer knows as a country, a
    region or a large town (``Berlin: …``): the claim reported by that speaker (the longest name), direct when it
    is one quotation (a final stop after it allowed, or opening the claim and ending a sentence: the title's own
    words after it are not the speaker's), indirect else (mixed with a quotation inside); None when the title line
    already has a speaker. Words are counted without punctuation and quotation marks."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    toks = tokens(text[:end], 0)
    c = next((i for i, t in enumerate(toks[:5]) if t.text == ":"), -1)
    if c < 1 or sum(any(ch.isalnum() for ch in t.text) for t in toks[c + 1 :]) < 3 or toks[c - 1].text.isupper():
        return None
    if not all(t.cap and t.text.replace("-", "").isalpha() for t in toks[:c]):
        return None
    if any(r.cue[0] < end for r in reports) or any(w is not None and q.start < end for q, w in said.items()):
        return None
    forms = _name_forms(toks[c - 1].text, rules)
    names = [(name, role) for pos, name, stype, role in memory if pos > end and stype == "person_named"]
    names = [(n, r) for n, r in names if forms & _name_forms(n.split()[-1], rules)]
    if not names or _large_place(" ".join(t.text for t in toks[:c])):
        return None
    name, role = max(names, key=lambda x: len(x[0]))
    a = toks[c + 1].start
    b = toks[-1].end
    q = next(
        (q for q in outer if q.start == a and (text[q.end : b] in _FINAL_STOPS or text[q.end : q.end + 2] == ". ")),
        None,
    )
    inner = any(a <= x.start and x.end <= b for x in outer)
    kind = "direct" if q is not None else "mixed" if inner else "indirect"
    content = (q.inner_start, q.inner_end) if q is not None else (a, b)
    return Report(
        name, "person_named", role, (toks[0].start, toks[c - 1].end), (toks[c].start, toks[c].end), [content], kind, []
    )


_FINAL_STOPS = ("", ".", "!", "?", "…")
TITLE_PLACE_POPULATION = 100_000  # a town this large named alone before a title's colon is the place, no person


def _name_forms(word: str, rules: _Rules) -> set[str]:
    """A name's word lowercased as written and with its case ending undone (``name_cases``)."""
    return {word.lower(), _undo_case(word, rules).lower()}


def _large_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country, a region or a town of
    :data:`TITLE_PLACE_POPULATION` people or more under one of its main names (``Berlin``, ``Warszawa``; not
    ``Merkel``, a small town's name)."""
    from newsloupe.geo.gazetteer import get_gazetteer

    return any(
        main and (p.kind in ("country", "region") or p.population >= TITLE_PLACE_POPULATION)
        for p, main in get_gazetteer().lookup(name)
    )


def _subject_first(
    toks: list[Tok], text: str, rules: _Rules, known: frozenset[str], memory: list[tuple[int, str, str, str | None]]
) -> Report | None:
    """The person or body opening the sentence as its subject, a lowercase word (its verb) right after it
    (``Jan Wymyślony skrytykował …``, ``Он раскритиковал …``: a pronoun or a role alone resolved as the other
    reports'); None when the sentence opens otherwise (read only in a sentence with a gerund cue)."""
    found = _source(toks, 0, (toks[0].start, toks[0].end), text, rules, known)
    if found is None or found[1] >= len(toks) or toks[found[1]].cap or not toks[found[1]].text.isalpha():
        return None
    who = found[0]
    r = Report(who.speaker, who.source_type, who.role, who.source, who.cue, [], "indirect", [])
    return _resolve(r, memory) if r.source_type.startswith("pending:") else r


def _continue_reports(
    out: list[Report],
    toks: list[Tok],
    rules: _Rules,
    cues: list[tuple[int, int]],
    outer: list[Quote],
    said: dict[Quote, QuoteSpeaker | None],
    start: int,
    cands: list[int],
    subject: Report | None = None,
) -> list[Report]:
    """``out`` with the sentence's reports cut before a gerund continuing them and the gerunds' reports added
    (:func:`_gerund_reports`; ``cues``: the sentence's :func:`_gerund_cues`), their kind (mixed with a quotation
    inside) and hedges read as the others'."""
    k = len(out)
    while k and out[k - 1].cue[0] >= start:
        k -= 1
    mine, new = _gerund_reports(toks, rules, cues, out[k:], outer, said, start, subject)
    if not new:
        return out
    done = []
    for m, r in enumerate([*mine, *new]):
        inner = any(q.start >= c[0] - 1 and q.end <= c[1] + 1 for q in outer for c in r.content)
        kind = "mixed" if r.kind in ("indirect", "mixed") and inner else "indirect" if r.kind == "mixed" else r.kind
        if m < len(mine):  # a hedge in the part cut off (the gerund's clause) is no longer this report's
            gone = [(b2, b) for (_, b), (_, b2) in zip(out[k + m].content, r.content, strict=True) if b2 < b]
            old = [h for h in r.hedges if not any(x <= h[0] and h[1] <= y for x, y in gone)]
        else:
            old = r.hedges
        hedges = sorted(set(old) | set(_hedge_spans(toks, rules, [*r.content, r.cue], cands)))
        done.append(r._replace(kind=kind, hedges=hedges))
    return [*out[:k], *done]
