"""The speaker of a direct quotation in a language without attribution rules (de, it, pl, ru), read from the words
next to its marks, with no parse (stop 42, branch multi42; a new user's A3).

Four forms, all inside the quotation's sentence, from ``lang/<code>/quote_speakers.json``:

- after the closing mark: ``„Q“, sagte [Rolle] Name`` and ``«Q», – [ruolo] Nome ha detto``;
- before the opening mark, with a colon: ``Name sagte: „Q“`` and ``Dann sagte [Rolle] Name: „Q“``;
- inside the marks, between two dashes or a dash and the closing mark (stop 45): ``«A – ha aggiunto Nome – B»``,
  ``«A – spiega Nome -, B»``; the quotation's content is then its two parts, the cue left out.

Who is spoken to is no speaker (stop 45): an addressee phrase before the verb, ``addressees`` words and a
capitalised run (``Nome ad Ansa dice:``, ``X в разговоре с корреспондентом газеты Y отметил``), is passed over.

A speaker is a run of one to three capitalised words (a name's particles such as *von* or *di* between them); a role
noun before it is its role (*Oberbürgermeister*, *il sindaco*, *prezydent miasta*, *мэр города*). Precision over
recall: a role alone, a pronoun, a run of four capitalised words or a determiner before a capitalised noun with no
role (German *das Auswärtige Amt*) give no speaker. The type is ``organization`` for a listed name, else
``person_named``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from newsloupe.lang import load_data

if TYPE_CHECKING:
    from newsloupe.attribution.quotes import Quote

__all__ = [
    "Phrase",
    "QuoteSpeaker",
    "SpeakerCues",
    "Tok",
    "addressee_start",
    "incise_verb_at",
    "inflected",
    "name_phrase",
    "quote_parts",
    "quote_speaker",
    "speaker_cues",
    "speaker_of",
    "tokens",
    "verb_at",
]

# an elided article (l'), a word with inner hyphens (пресс-секретарь, Grünen-Chefin), or one mark
_TOKEN = re.compile(r"\w+['’](?=\w)|\w+(?:-\w+)*|[^\w\s]")
SEPARATORS = frozenset({",", "–", "—", "-", "―"})  # a comma or a dash between a report's parts
_DASHES = frozenset({"–", "—", "-", "―"})
_SENTENCE_END = re.compile(r"[.!?;\n]")
_WINDOW = 200  # characters read on either side of a quotation


class QuoteSpeaker(NamedTuple):
    """Who speaks a quotation: the name, its type and role, the source (role and name) and cue offsets."""

    speaker: str
    source_type: str
    role: str | None
    source: tuple[int, int]
    cue: tuple[int, int]


@dataclass(frozen=True)
class SpeakerCues:
    verbs: tuple[tuple[str, ...], ...]
    roles: frozenset[str]
    role_suffixes: bool
    links: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    organisations: frozenset[str]
    media: frozenset[str]
    prepositions: frozenset[str]
    after_only: frozenset[tuple[str, ...]]
    addressees: frozenset[str] = frozenset()
    # with these (de: Interview, Zeitung …), phrases are passed over one after another ("im Interview mit der
    # Zeitung X", "mit Sitz in Bonn": German capitalises nouns); one of articles alone with capitalised words and
    # none of these nouns is a genitive, not passed over ("der Grünen Anna Beispiel")
    addressee_nouns: frozenset[str] = frozenset()
    addressee_articles: frozenset[str] = frozenset()  # (de) alone with capitalised words: a genitive, not an addressee
    # endings of a verb not listed, read only in an incise beside a quotation's dash ("– zakończył Owsiak", stop 48)
    incise_endings: tuple[str, ...] = ()
    media_openers: frozenset[str] = frozenset()  # a name's first word making it an outlet ("The …", stop 48)
    # given names (the places data's ``given_names``), in a language whose roles take a complement in the genitive
    # (``role_genitive``: ru, pl): after a role, a capitalised word before a given name and a surname is the role's
    # complement ("глава Евросоюза Жозеп Боррель", "prezydent Rosji Władimir Putin"; stop 50)
    given_names: frozenset[str] = frozenset()

    def is_role(self, low: str) -> bool:
        if low in self.roles:
            return True
        if "-" in low and low.rsplit("-", 1)[1] in self.roles and low.rsplit("-", 1)[0] not in self.roles:
            return True  # экс-глава, ex-premier: a prefix before a role (stop 48)
        return self.role_suffixes and any(low.endswith(r) and len(low) > len(r) + 2 for r in self.roles)


def inflected(verbs: list[str], lang: str) -> dict[str, str]:
    """``verbs`` (lowercase, several words allowed) with the other persons, numbers and genders their first word
    takes (stop 47), each form mapped to its tag ("": as listed; "f", "m" or "pl": made from it), from
    ``verb_inflections`` of ``lang/<lang>/quote_speakers.json`` (``[ending, other ending, tag]``: the first listed
    ending a word ends with gives its forms: pl ``powiedział`` → ``powiedziała``, ``powiedzieli``; ru ``заявил`` →
    ``заявила``, ``заявили``; de ``warnte`` → ``warnten``; it ``ha detto`` → ``hanno detto``), and, for a verb of
    two words opening with an ``auxiliaries`` word, one ``aux_adverbs`` word between or after them (``ha poi
    detto``, ``ha detto ancora``)."""
    data = load_data(lang, "quote_speakers") if lang else {}
    pairs = [(a, b, t) for a, b, t in (data or {}).get("verb_inflections", [])]
    auxiliaries = set((data or {}).get("auxiliaries", []))
    adverbs = list((data or {}).get("aux_adverbs", []))
    out: dict[str, str] = {}
    for verb in verbs:
        words = verb.lower().split()
        forms = [(words, "")]
        first = words[0]
        ending = next((a for a, _, _ in pairs if first == a), None)  # the whole word (it: ha → hanno)
        if ending is None:
            ending = next((a for a, _, _ in pairs if first.endswith(a) and len(first) > len(a)), None)
        if ending is not None:
            stem = first[: len(first) - len(ending)]
            forms += [([stem + b, *words[1:]], t) for a, b, t in pairs if a == ending]
        for ws, tag in list(forms):
            if len(ws) == 2 and words[0] in auxiliaries:
                forms += [([ws[0], adv, ws[1]], tag) for adv in adverbs] + [([*ws, adv], tag) for adv in adverbs]
        for ws, tag in forms:
            out.setdefault(" ".join(ws), tag)
    return out


@cache
def speaker_cues(lang: str) -> SpeakerCues | None:
    data = load_data(lang, "quote_speakers") if lang else {}
    if not data:
        return None
    verbs = sorted({tuple(v.split()) for v in inflected(data.get("verbs", []), lang)}, key=len, reverse=True)
    return SpeakerCues(
        verbs=tuple(verbs),
        roles=frozenset(w.lower() for w in data.get("roles", [])),
        role_suffixes=bool(data.get("role_suffixes")),
        links=frozenset(w.lower() for w in data.get("links", [])),
        particles=frozenset(w.lower() for w in data.get("particles", [])),
        not_names=frozenset(w.lower() for w in data.get("not_names", [])),
        organisations=frozenset(w.lower() for w in data.get("organisations", [])),
        media=frozenset(w.lower() for w in data.get("media", [])),
        prepositions=frozenset(w.lower() for w in data.get("prepositions", [])),
        after_only=frozenset(tuple(v.lower().split()) for v in data.get("after_only", [])),
        addressees=frozenset(w.lower() for w in data.get("addressees", [])),
        addressee_nouns=frozenset(w.lower() for w in data.get("addressee_nouns", [])),
        addressee_articles=frozenset(w.lower() for w in data.get("addressee_articles", [])),
        incise_endings=tuple(data.get("incise_endings", [])),
        media_openers=frozenset(w.lower() for w in data.get("media_openers", [])),
        given_names=frozenset(w.lower() for w in (load_data(lang, "places") or {}).get("given_names", []))
        if data.get("role_genitive")
        else frozenset(),
    )


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str, base: int) -> list[Tok]:
    return [Tok(base + m.start(), base + m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)]


class Phrase(NamedTuple):
    start: int  # token index of the phrase's first word (role or name)
    name_start: int
    end: int  # token index after the name
    role: bool
    linked: bool  # a link word (article, complement) and no role before the name


_VERB_INDEX: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, dict[int, frozenset[tuple[str, ...]]]]]] = {}


def length_index(verbs: tuple[tuple[str, ...], ...]) -> dict[str, dict[int, frozenset[tuple[str, ...]]]]:
    """Word sequences (verbs, cues) by their first word, then by their length, longest first (stop 48: a look-up
    per length, not a scan of every listed form: the Italian perfect's forms with an adverb inside run to
    thousands), kept per tuple (reports_multi's indexes use it too)."""
    entry = _VERB_INDEX.get(id(verbs))
    if entry is None or entry[0] is not verbs:
        index: dict[str, dict[int, set[tuple[str, ...]]]] = {}
        for verb in verbs:
            index.setdefault(verb[0], {}).setdefault(len(verb), set()).add(verb)
        frozen = {w: {n: frozenset(v) for n, v in sorted(by.items(), reverse=True)} for w, by in index.items()}
        entry = _VERB_INDEX[id(verbs)] = (verbs, frozen)
    return entry[1]


def verb_at(toks: list[Tok], i: int, cues: SpeakerCues, before: bool = False) -> int:
    """The token index after a reporting verb starting at ``i``, or -1 (``before``: a verb before a quotation,
    not one only said after it, as German *so* or Italian *secondo*); the longest listed verb first."""
    if i >= len(toks):
        return -1
    for n, forms in length_index(cues.verbs).get(toks[i].low, {}).items():
        if i + n > len(toks):
            continue
        verb = tuple(t.low for t in toks[i : i + n])
        if verb in forms and not (before and verb in cues.after_only):
            return i + n
    return -1


def incise_verb_at(toks: list[Tok], i: int, cues: SpeakerCues) -> int:
    """The token index after a reporting verb at ``i`` in an incise beside a dash: a listed verb, else one
    lowercase word with an ``incise_endings`` ending (pl ``zakończył``, ru ``продолжил``: a past tense's), no role
    nor link word, of five letters at least (stop 48); else -1."""
    if (v := verb_at(toks, i, cues)) > 0:
        return v
    if i >= len(toks) or not cues.incise_endings:
        return -1
    t = toks[i]
    if t.cap or not t.text.isalpha() or len(t.text) < 5 or cues.is_role(t.low) or t.low in cues.links:
        return -1
    return i + 1 if t.low.endswith(cues.incise_endings) else -1


def addressee_start(toks: list[Tok], i: int, cues: SpeakerCues) -> int:
    """The token index where an addressee phrase ending before token ``i`` starts (lowercase ``addressees`` words,
    then up to four capitalised words or quotation marks: "ad Ansa", "газете ВЗГЛЯД"), else ``i``. With
    ``addressee_nouns`` several such phrases in a row are passed over, each with a listed noun or a preposition."""
    from newsloupe.attribution.quotes import QUOTE_MARKS

    nouns = cues.addressee_nouns
    while True:
        k = i
        while k > 0 and i - k < 4 and (toks[k - 1].cap or toks[k - 1].text in QUOTE_MARKS):
            k -= 1
        m = k
        while m > 0 and not toks[m - 1].cap and toks[m - 1].low in cues.addressees:
            m -= 1
        start = m if m < k and (k < i or toks[m].low in cues.addressees) else i
        if not nouns:
            return start
        if start == i or not any(
            t.low in nouns or t.low.endswith(tuple(nouns)) or (not t.cap and t.low not in cues.addressee_articles)
            for t in toks[start:i]
        ):
            return i
        i = start


def name_phrase(toks: list[Tok], j: int, cues: SpeakerCues) -> Phrase | None:
    """A role phrase and name starting at token ``j`` (the name is a run of capitalised words)."""
    start, k, role, linked, name_start, names = j, j, False, False, -1, 0
    while k < len(toks):
        t = toks[k]
        if cues.is_role(t.low):  # a role after a capitalised run ("Russlands Präsident Putin") restarts the name
            start = k if names else start
            role, linked, name_start, names = True, False, -1, 0
        elif name_start < 0 and t.cap and t.low in cues.particles and _particle_name(toks, k, cues):
            name_start = k  # "Di Maio", "De Luca": a capitalised particle opens a surname inside a sentence (stop 48)
        elif name_start < 0 and (t.low in cues.links or (role and len(t.text) > 1 and t.text.isupper())):
            linked = linked or not role  # an acronym after a role is its complement (lider PO, канцлер ФРГ)
        elif t.cap and len(t.text) > 1 and t.low not in cues.not_names and (t.text.isalpha() or "-" in t.text):
            if name_start < 0:
                name_start = k
            names += 1
        elif name_start >= 0 and t.low in cues.particles and k + 1 < len(toks) and toks[k + 1].cap:
            pass
        elif name_start >= 0 and _initial(toks, k, cues):
            k += 1  # "Franklin D. Roosevelt": an initial and its period inside the name (stop 50)
        else:
            break
        k += 1
    if name_start < 0 or names > 3:
        return None
    if role and toks[name_start - 1].low in cues.prepositions:  # il ministro della Difesa: the role's complement
        return None
    given = cues.given_names
    if role and names == 3 and toks[name_start + 1].low in given and toks[name_start].low not in given:
        name_start += 1  # "президент Беларуси Александр Лукашенко": the role's complement, then the person's name
    return Phrase(start, name_start, k, role, linked)


def _initial(toks: list[Tok], k: int, cues: SpeakerCues) -> bool:
    """Whether token ``k`` is a capital letter alone, its period after it and a name word after that."""
    t = toks[k]
    return (
        len(t.text) == 1
        and t.text.isupper()
        and k + 1 < len(toks)
        and toks[k + 1].text == "."
        and (_name_word(toks, k + 2, cues))
    )


def _particle_name(toks: list[Tok], k: int, cues: SpeakerCues) -> bool:
    """Whether the capitalised particle at token ``k`` opens a surname: a name word after it, and not opening its
    sentence (there an article: "Der Inhaftierte berichtet")."""
    return k > 0 and toks[k - 1].text not in '.!?:;"„“”«»' and _name_word(toks, k + 1, cues)


def _name_word(toks: list[Tok], k: int, cues: SpeakerCues) -> bool:
    """Whether token ``k`` is a capitalised word that may be part of a name."""
    if k >= len(toks):
        return False
    t = toks[k]
    return t.cap and len(t.text) > 1 and t.text.isalpha() and t.low not in cues.not_names and t.low not in cues.links


def speaker_of(toks: list[Tok], p: Phrase, cue: tuple[int, int], text: str, cues: SpeakerCues) -> QuoteSpeaker | None:
    name = text[toks[p.name_start].start : toks[p.end - 1].end]
    org, media = name.lower() in cues.organisations, name.lower() in cues.media
    media = media or (len(name.split()) > 1 and name.split()[0].lower() in cues.media_openers)
    full = text[toks[p.start].start : toks[p.end - 1].end]
    if p.linked and not (org or media) and full.lower() in cues.media:
        name, media = full, True  # "scrive Il Giornale": an outlet's name opening with its article (stop 48)
    if p.linked and not (org or media):  # "das Auswärtige Amt", "il Consiglio": a noun phrase, not a name
        return None
    run = toks[p.name_start : p.end]
    if len(run) > 1 and any(t.text.isupper() and len(t.text) > 1 for t in run) and not (org or media):
        return None  # "РИА Новости Крючков": an acronym inside a longer run, an outlet and a name
    if p.role and p.end - p.name_start >= 3 and _named_before(toks[p.name_start], text, cues):
        p = p._replace(name_start=p.name_start + 1)  # "Rzecznik Lemke Urlich Schulte": Lemke's spokesman
        name = text[toks[p.name_start].start : toks[p.end - 1].end]
    # an acronym alone names an organisation or an outlet, not a person (ANF, FP)
    org = org or (len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1)
    role = text[toks[p.start].start : toks[p.name_start - 1].end] if p.role and p.name_start > p.start else None
    return QuoteSpeaker(
        name,
        "media" if media else "organization" if org else "person_named",
        role,
        (toks[p.start].start, toks[p.end - 1].end),
        cue,
    )


def _named_before(tok: Tok, text: str, cues: SpeakerCues) -> bool:
    """Whether the article writes ``tok`` after another capitalised word that is no role, elsewhere (a person's
    surname: "Steffi Lemke"), so that "Rzecznik Lemke Urlich Schulte" is the spokesman of Lemke."""
    for m in re.finditer(r"(\w+)\s+" + re.escape(tok.text) + r"\b", text):
        if m.end() != tok.end and m.group(1)[:1].isupper() and not cues.is_role(m.group(1).lower()):
            return True
    return False


def _after(text: str, q: Quote, cues: SpeakerCues) -> QuoteSpeaker | None:
    tail = text[q.end : q.end + _WINDOW]
    if (m := _SENTENCE_END.search(tail)) is not None:
        tail = tail[: m.start()]
    toks = tokens(tail, q.end)
    i = 0
    while i < len(toks) and i < 3 and toks[i].text in SEPARATORS:
        i += 1
    if not toks[i:] or (toks[i].cap and i == 0):  # nothing after, or a new sentence („Q.“ Sie …)
        return None
    if (v := verb_at(toks, i, cues)) > 0 and not toks[i].cap:  # „Q“, sagte [Rolle] Name
        p = name_phrase(toks, v, cues)
        if p is not None:
            return speaker_of(toks, p, (toks[i].start, toks[v - 1].end), text, cues)
        return None
    if i and toks[i - 1].text in _DASHES and (v := incise_verb_at(toks, i, cues)) > 0:
        # "Q" – zakończył Owsiak. : an unlisted verb in a dash incise closing the sentence (stop 48)
        p = name_phrase(toks, v, cues)
        if p is not None and p.start == v and (p.end == len(toks) or toks[p.end].text in SEPARATORS):
            return speaker_of(toks, p, (toks[i].start, toks[v - 1].end), text, cues)
        return None
    p = name_phrase(toks, i, cues) if i else None  # «Q», [ruolo] Nome ha detto (after a comma or dash)
    if p is not None and (v := verb_at(toks, p.end, cues)) > 0:
        return speaker_of(toks, p, (toks[p.end].start, toks[v - 1].end), text, cues)
    return None


def _before(text: str, q: Quote, cues: SpeakerCues) -> QuoteSpeaker | None:
    lo = max(0, q.start - _WINDOW)
    head = text[lo : q.start].rstrip()  # "X scrive:\n\n«Q»": the colon may end the paragraph before the quotation
    ends = list(_SENTENCE_END.finditer(head))
    if ends:
        lo, head = lo + ends[-1].end(), head[ends[-1].end() :]
    toks = tokens(head, lo)
    if len(toks) < 3 or toks[-1].text != ":":
        return None
    colon = len(toks) - 1
    for i in range(colon):
        v = verb_at(toks, i, cues, before=True)
        if v < 0:
            continue
        if v == colon:  # Name sagte: „Q“ (the smallest start whose phrase ends at the verb or its addressee)
            end = addressee_start(toks, i, cues)
            for j in range(max(0, end - 6), end):
                p = name_phrase(toks, j, cues)
                if p is not None and p.end == end:
                    return speaker_of(toks, p, (toks[i].start, toks[v - 1].end), text, cues)
            return None
        p = name_phrase(toks, v, cues)  # Dann sagte [Rolle] Name: „Q“
        if p is not None and p.end == colon:
            return speaker_of(toks, p, (toks[i].start, toks[v - 1].end), text, cues)
        return None
    # no verb: "[Rolle] Name: „Q“" opening its sentence or after a comma (a headline's or a summary's form), with a
    # role or a last name the article writes again (not "Apropos Russenpeitsche: „Q“")
    for j in range(max(0, colon - 6), colon):
        if j and toks[j - 1].text != ",":
            continue
        p = name_phrase(toks, j, cues)
        if p is None or p.end != colon or p.start != j:
            continue
        if p.role or len(re.findall(r"(?<!\w)" + re.escape(toks[p.end - 1].text) + r"(?!\w)", text)) >= 2:
            return speaker_of(toks, p, (toks[colon].start, toks[colon].end), text, cues)  # a role, or named again
    return None


def _interior(text: str, q: Quote, cues: SpeakerCues) -> QuoteSpeaker | None:
    """«A – ha aggiunto [ruolo] Nome – B», «A – Nome spiega –, B», «A – ha detto Nome»: a dash inside the marks, a
    reporting verb and a name, then a dash, a comma or the quotation's end."""
    toks = tokens(text[q.inner_start : q.inner_end], q.inner_start)
    for d, t in enumerate(toks[:-2]):
        if t.text not in _DASHES or d == 0:
            continue
        i = d + 1
        if (v := incise_verb_at(toks, i, cues)) > 0 and not toks[i].cap:
            p = name_phrase(toks, v, cues)
            cue = (toks[i].start, toks[v - 1].end) if p is not None else None
            end = p.end if p is not None else -1
        elif (p := name_phrase(toks, i, cues)) is not None and p.start == i and (v := verb_at(toks, p.end, cues)) > 0:
            cue, end = (toks[p.end].start, toks[v - 1].end), v
        else:
            continue
        if p is None or cue is None:
            continue
        rest = toks[end:]
        if rest and rest[0].text == "." and len(rest) > 1 and rest[1].text in _DASHES:
            rest = rest[1:]  # «A – ha detto Nome. – B» (stop 47)
        if rest and not (rest[0].text in SEPARATORS or all(r.text in ".!?…" for r in rest)):
            continue  # the name goes on, or a clause follows: not an interjection
        return speaker_of(toks, p, cue, text, cues)
    return None


def quote_parts(text: str, q: Quote, who: QuoteSpeaker | None) -> list[tuple[int, int]]:
    """The content of ``q`` without a cue read inside it (its two parts around the dashes), else the whole."""
    a, b = q.inner_start, q.inner_end
    if who is None:
        return [(a, b)]
    lo, hi = min(who.source[0], who.cue[0]), max(who.source[1], who.cue[1])
    if not (a < lo and hi <= b):
        return [(a, b)]
    head_end = lo
    while head_end > a and (text[head_end - 1].isspace() or text[head_end - 1] in SEPARATORS):
        head_end -= 1  # "A, — заявили X. — B": the comma and the dash are the incise's
    tail = hi
    while tail < b and (text[tail].isspace() or text[tail] in SEPARATORS or text[tail] == "."):
        tail += 1
    parts = [(a, head_end)] + ([(tail, b)] if tail < b and any(c.isalnum() for c in text[tail:b]) else [])
    return [p for p in parts if p[1] > p[0]] or [(a, b)]


def quote_speaker(text: str, q: Quote, lang: str) -> QuoteSpeaker | None:
    """The speaker of the direct quotation ``q`` of ``text`` in ``lang``, when a reporting verb and a name stand
    next to it (``lang/<lang>/quote_speakers.json``); None otherwise (or for a quotation inside another)."""
    cues = speaker_cues(lang)
    if cues is None or q.depth:
        return None
    if not q.closed:  # left open to its paragraph's end: only a cue inside it ("“A - conclude X - B")
        return _interior(text, q, cues)
    return _after(text, q, cues) or _before(text, q, cues) or _interior(text, q, cues)
