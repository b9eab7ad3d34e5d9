"""Find attributions in a parsed article: cues, their sources and their content.

Rules work on the one spaCy parse of the article (``doc`` over the whole text)
and the language's :class:`~newsloupe.attribution.lexicon.Lexicon`:

1. quotations by punctuation (:mod:`.quotes`);
2. phrase cues ("selon X, Y", "Y, according to X", "à en croire X, Y", "pour X, Y")
   whose content is the rest of the clause;
3. cue verbs and adjectives by lemma ("a déclaré que X", "said X", "estime",
   "veut", "est déterminé à", "a fait part de"), whose content is, in the
   order their class lists: an adjacent quotation ("« … », a-t-il dit", "X said:
   “…”"), the complement clause, the infinitive complement, the object, or the
   clause they interrupt ("Y, a affirmé le ministre");
4. sources: the subject (or "-t-il", the postposed subject, the agent of a
   passive, the subject inherited from a governing cue or the previous one);
5. in French, quotations with no cue of their own take the speaker of the
   attribution just before them.

Every pass is linear in the number of tokens; nothing is re-parsed.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from newsloupe.attribution.doc import DASHES, AttributionDoc
from newsloupe.attribution.learned import V2_POS, cue_score, features_v2, lemma_vector, score, v2_bounds
from newsloupe.attribution.lexicon import Lexicon
from newsloupe.attribution.quotes import QUOTE_MARKS
from newsloupe.attribution.source_types import institution_name, is_media, recipient_cut, thing_like
from newsloupe.nlp.tokens import norm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsloupe.attribution.quotes import Quote

_CLAUSE_END = {",", ".", ";", ":", "!", "?", "(", ")", "\u2013", "\u2014"}
_INCISE_MARKS = (",", "\u2014", "\u2013")  # what opens and closes an incise
_QUOTE_MARKS = QUOTE_MARKS
_SENT_END = {".", "!", "?", "…"}
_T_HYPHENS = ("-t", "-t-", "\u2011t", "\u2011t\u2011")  # the "-t-" of "a-t-il", a non-breaking hyphen too
_INVERTED_PRONOUN = re.compile(r"^[-\u2010\u2011](?:t[-\u2010\u2011])?(il|elle|ils|elles|on)$", re.IGNORECASE)


@dataclass
class Found:
    """One attribution found in a doc (character offsets unless said otherwise)."""

    cue: tuple[int, int] | None
    content: list[tuple[int, int]]
    cue_kind: str  # verb, adj, phrase, noun, quote, colon, dash, of ("les « … » de X": _quote_of_person)
    head: int | None = None  # token index of the cue word
    cue_class: str = ""
    phrase_hedge: bool = False
    cue_hedge: bool = False  # a cue that keeps its content at a distance by its form ("est considéré comme")
    incise: bool = False  # "…, comme l'a rappelé X": reports a whole clause, whose own cues are new sources
    block: bool = False  # an unquoted block quotation announced by a colon (direct, as the guide reads it)
    last_resort: bool = False  # its content is the last resort of a cue whose class found none (_last_resort)
    source_tok: int | None = None  # token index of the source head
    source: tuple[int, int] | None = None
    content_root: int | None = None  # token heading the content clause, when one does
    quote_ids: tuple[int, ...] = ()
    continued: tuple[int, ...] = ()  # quotations an inverted report goes on in ('A, he said. “B.”'), not in quote_ids
    inherited_from: int | None = None  # index in the found list whose source this one shares
    follows: int | None = None  # orphan quote: index of the attribution it continues
    # the attributions those indices name, kept while the list is filtered, split and sorted
    inherits: Found | None = field(default=None, repr=False, compare=False)
    continues: Found | None = field(default=None, repr=False, compare=False)
    split_of: Found | None = field(default=None, repr=False, compare=False)
    kind: str = "indirect"
    via: int | None = None
    medium: tuple[int, int] | None = None  # "X told Reuters that …": the outlet told, the report's via (stop 49)
    # "d'après X, qui citait Y, Z": the attribution that relays this one (X over Z for Y's Z), and the
    # relayed or relaying attribution a phrase cue found beside itself
    relayed_by: Found | None = field(default=None, repr=False, compare=False)
    relay: Found | None = field(default=None, repr=False, compare=False)
    aside: tuple[int, int] | None = None  # tokens of a relative clause on a phrase's source ("selon X, qui …,")
    hedge_cues: list[tuple[int, int]] = field(default_factory=list)
    speaker: str | None = None
    source_type: str = "none"
    role: str | None = None
    roles: list[str] = field(default_factory=list)


_CUE_POS = frozenset({"VERB", "ADJ", "AUX", "NOUN"})  # the tags a cue can have
# a learned score this far from a cut is decided without the adjacent-quotation feature (sums in
# another order differ by far less)
_MARGIN = 1e-9


def _cue_class(d: AttributionDoc, t: Token) -> tuple[str | None, Token | None]:
    """The cue class of token ``t`` (verb or adjective lemma, or multiword cue) and its multiword child."""
    lex = d.lex
    lem = d.cue_lem[t.i]
    pos = d.pos[t.i]
    if pos not in _CUE_POS:
        return None, None
    for c in t.children if lem in lex.multiword_heads else ():
        # by written form and next to the verb: "fait part de", not "faire campagne dans des États"
        key = (lem, d.low[c.i])
        if key in lex.multiword and 0 < c.i - t.i <= 3:
            return lex.multiword[key], c
    if pos == "NOUN":
        return None, None
    cls = lex.verbs.get(lem)
    if cls is not None and lem in lex.reflexive_only and not _reflexive(d, t):
        cls = None  # "l'usine élève le prix" is no report; "les élus s'élèvent contre" is
    if cls is not None and lem in lex.not_reflexive and _reflexive(d, t):
        cls = None  # "a qualifié le projet de …" reports; "s'est qualifiée pour la finale" does not
    if cls is None and pos == "ADJ":
        cls = lex.adjectives.get(lem) or lex.adjectives.get(d.low[t.i]) or lex.verbs.get(d.low[t.i])
    if cls is None and pos == "VERB":
        cls = lex.adjectives.get(d.low[t.i])
    if cls is None and lex.learned and lex.learned.get("features") != "v2":
        cls = _learned_class(d, t)
    if cls is None:
        return None, None
    if pos == "AUX" and cls not in ("clause_only", "speech"):
        return None, None
    return cls, None


def _listed_cue(d: AttributionDoc, i: int) -> bool:
    """Token ``i``'s lemma or form is in the language's verb or adjective lists (not only the learned model's)."""
    lex = d.lex
    return any(w in lex.verbs or w in lex.adjectives for w in (d.cue_lem[i], d.low[i]))


def _reflexive(d: AttributionDoc, t: Token) -> bool:
    """Whether verb ``t`` has its reflexive clitic ("s'insurge", "se sont prononcés", "s'étant élevé")."""
    return any(d.pos[c] == "PRON" and c < t.i and d.has_morph(c, "Reflex", "Yes") for c in d.kids[t.i])


def cue_class(d: AttributionDoc, t: Token) -> tuple[str | None, Token | None]:
    """The cue class the rule lists give token ``t`` and its multiword child (:func:`_cue_class`; the lab's
    miss counts read it)."""
    return _cue_class(d, t)


def _learned_class(d: AttributionDoc, t: Token) -> str | None:
    """A cue class from the lexicon learned on annotated data, when the lemma is frequent enough there."""
    entry = d.lex.learned.get("lemmas", {}).get(d.lem[t.i])
    if not entry:
        return None
    if entry.get("cue_rate", 1.0) * entry.get("n", 0) < d.lex.learned_lemma_min_cues - 0.5:
        return None  # a verb seen as a cue too few times in training ("employment ticked down"): no cue class
    return entry.get("class")


def _cue_group(d: AttributionDoc, t: Token, extra: Token | None) -> list[int]:
    """Tokens of the cue as written: the word, its auxiliaries, "-t-il", a particle, the multiword part."""
    lex = d.lex
    i = t.i
    idx = [i]
    aux, particle = lex.dep("aux"), lex.dep("particle")
    dep, tok = d.dep, d.tok
    for c in d.kids[i]:
        if dep[c] in aux or dep[c] in particle or _INVERTED_PRONOUN.match(tok[c]):
            if abs(c - i) <= 4:
                idx.append(c)
                for cc in d.kids[c]:
                    if _INVERTED_PRONOUN.match(tok[cc]) or tok[cc] in _T_HYPHENS:
                        idx.append(cc)
        elif dep[c] in lex.dep("mark") and d.low[c] == "en" and c == i - 1:
            idx.append(c)  # gérondif: "en affirmant"
        elif d.pos[c] == "PRON" and c < i and i - c <= 3 and d.has_morph(c, "Reflex", "Yes"):
            idx.append(c)  # pronominal verb: "s'est réjoui", "se félicite"
    if extra is not None:
        idx.append(extra.i)
        # "faire part de": the preposition after the multiword part belongs to the cue
        j = extra.i + 1
        if j < d.n and d.dep[j] in ("case", "prep", "mark") and d.low[j] in ("de", "d'", "du", "des", "à", "for"):
            idx.append(j)
    # contiguous "-t" "-il" tokens right after the auxiliary
    lo, hi = min(idx), max(idx)
    for j in range(lo, min(hi + 3, d.n)):
        if d.tok[j] in _T_HYPHENS or _INVERTED_PRONOUN.match(d.tok[j]):
            idx.append(j)
    return sorted(set(idx))


def _past_relative_object(d: AttributionDoc, subjects: list[int], i: int) -> list[int]:
    """Subjects of the verb at ``i`` without one followed by ", <pronoun> <subject pronoun>" and that second
    subject next to the verb ("X, qu'il venait de qualifier de …": the parse hung the relative clause's object
    X on its verb as a subject; the speaker is "il")."""
    keep = list(subjects)
    for c2 in subjects:
        if not (c2 < i and d.pos[c2] == "PRON" and c2 >= 2 and d.pos[c2 - 1] == "PRON" and d.tok[c2 - 2] == ","):
            continue
        if any(d.tok[k] in (",", ";", ":") for k in range(c2 + 1, i)):
            continue  # "X, que nous avons vu, a dit": the relative clause closes before the verb
        keep = [c for c in keep if not c < c2 - 2]
    return keep


def _subject(d: AttributionDoc, t: Token, group: list[int]) -> tuple[int | None, str]:
    """The source head of cue ``t``: (token index, how it was found)."""
    lex = d.lex
    subj = lex.dep("subject")
    i, dep, tok, kids = t.i, d.dep, d.tok, d.kids[t.i]
    subjects = [c for c in kids if dep[c] in subj]
    named = _name_in_marks_before(d, group[0])
    if named is not None:
        return named, "subject"  # "le « Courrier de Valbrune » admet": the outlet the parse hung elsewhere
    if not subjects:
        # "Elle a, de son côté, précisé que …": a comma after the auxiliary, and the parse hangs the subject on it
        aux = lex.dep("aux")
        near = [j for j in kids if dep[j] in aux and 0 < i - j <= 6 and d.in_quote[j] == d.in_quote[i]]
        h = d.head[i]
        if not near and d.lem[h] in lex.auxiliaries and 0 < i - h <= 6 and d.has_morph(i, "VerbForm", "Part"):
            near = [h]  # or on the auxiliary taken for the main verb, the participle hung on it
        across = _aux_across_adverbial(d, i) if not near and d.has_morph(i, "VerbForm", "Part") else []
        near = near or across
        subjects = [c for j in near for c in d.kids[j] if dep[c] in subj and c < j and d.in_quote[c] == d.in_quote[i]]
        if across and not subjects:
            before = _phrase_before(d, across[0])  # the auxiliary hung elsewhere too: the noun phrase before it
            subjects = [before] if before is not None else []
    if (
        not subjects
        and lex.active_auxiliaries
        and not any(dep[c] in lex.dep("passive_aux") for c in kids)
        and any(dep[c] in lex.dep("aux") and d.lem[c] in lex.active_auxiliaries and c < i for c in kids)
    ):
        # "X nous avait prévenus" parsed as a passive: with a tense auxiliary "avoir" the subject is the verb's
        subjects = [c for c in kids if dep[c] in lex.dep("passive_subject") and c < i]
    if len(subjects) > 1:
        subjects = _past_relative_object(d, subjects, i)
    if len(subjects) > 1 and lex.source_span == "name":
        # "Le commandant …, Armand Vescal, a dit": an apposition parsed as a second subject
        named = [c for c in subjects if d.doc[c].ent_type_ in d.lex.ent("person")]
        if named:
            return named[-1], "subject"
    if len(subjects) > 1 and all(c > i for c in subjects):
        # "…, said study co-author Lina Varga": a role noun and the name right after it parsed as two subjects
        named = [c for c in subjects if d.doc[c].ent_type_ in lex.ent("person")]
        if len(named) == 1 and all(
            c == named[0] or d.doc[c].right_edge.i + 1 >= d.doc[named[0]].left_edge.i for c in subjects
        ):
            return named[0], "subject"
    if len(subjects) > 1 and lex.incise_subject_before and dep[i] in lex.dep("inversion_heads"):
        # "The plan, Mr. Clarke said, …": the reported clause's subject hung on the incise too
        before = [c for c in subjects if c < i]
        if len(before) > 1 and "," in tok[before[-2] + 1 : before[-1]]:
            subjects = [before[-1]] + [c for c in subjects if c != before[-1]]
    elif len(subjects) > 1:
        # "C'est ainsi que X appellent", "Ceci après que X a qualifié": a subject before a conjunction
        # belongs to another clause the parse flattened; the one after it comes first
        subjects.sort(key=lambda c: c < i and any(d.pos[k] == "SCONJ" for k in range(c + 1, i)))
    if lex.impersonal_il_no_source and any(_impersonal_il(d, t, c) for c in subjects):
        experiencer = _seeming_source(d, t)
        if experiencer is not None:
            return experiencer, "subject"  # "il lui semble que": the one it seems to, resolved as pronouns are
        subjects = [c for c in subjects if not _impersonal_il(d, t, c)]
    for c in subjects:
        if not any(ch.isalnum() for ch in tok[c]) and not any(dep[g] == "nummod" for g in d.kids[c]):
            continue  # a dash or a bracket taken for the subject ("», – estime X"; but "12 % des élus" is one)
        if c < i and (d.low[c] in lex.object_clitics or _disagrees(d, d.doc[c], t)):
            clitic = d.pos[c] in ("PRON", "DET") and d.low[c] in lex.object_clitics  # (a subject "l'": a misparse)
            before = _noun_before_clitic(d, c) if clitic else None
            if before is None and not clitic and d.pos[c] == "PRON" and lex.active_auxiliaries:
                # "X nous avait prévenus" parsed with X apart and "nous" the subject: the name just before
                named = _noun_before_clitic(d, c)
                someone = named is not None and (_is_someone(d, named) or d.doc[named].ent_type_ in lex.ent("person"))
                if named is not None and someone:
                    first = named
                    while first > d.sent_start[c] and d.head[first - 1] == named and d.pos[first - 1] in ("DET", "ADJ"):
                        first -= 1
                    d.bare_np[named] = (first, c)  # (the parse may make the name the sentence's root)
                    before = named
            if before is None and clitic and _present_participle(t):
                before = _last_subject_before(d, c)  # "… ! L'estimant usé.": the sentence before goes on
            if before is not None:
                return before, "subject"  # "X l'a accusée de …" parsed with the clitic as subject: X
            continue  # "lui a lancé X", "X nous explique", "nous assure-t-elle": an object, not the subject
        if d.in_quote[c] >= 0 > d.in_quote[i] and (
            ":" in tok[c:i] or any(_INVERTED_PRONOUN.match(tok[j]) for j in group) or _incise_after_quote(d, c, group)
        ):
            # "« … » : X prédit", "« Ce qui … », a-t-il déclaré": the quotation is what is said, not who says it
            continue
        if c > 0 and d.pos[c - 1] == "VERB" and d.has_morph(c - 1, "VerbForm", "Part"):
            # "Évoquant X, Y a affirmé": X is the participle's object the parse took for the subject
            conj = [k for k in d.kids[c] if dep[k] == "conj" and k < i and not any(dep[g] == "cc" for g in d.kids[k])]
            if conj:
                return conj[0], "subject"
        if any(
            dep[g] in lex.dep("case") and g < c and (d.kids[g] or norm(d.low[g]) not in lex.genitive) for g in d.kids[c]
        ):
            # "d'après le média X, le ministre Y a fait savoir": a prepositional phrase is no subject
            # (but "des journalistes refusent" is); the noun apposed to it is
            appos = [g for g in d.kids[c] if dep[g] in lex.dep("appos") and c < g < i]
            if appos:
                return appos[0], "subject"
            continue
        if c < i and lex.dateline_subjects:
            after = _after_dateline_subject(d, c, i)
            if after is not None:
                return after, "subject"
        if tok[c] in _T_HYPHENS:  # "a-t-il" split as "-t" "-il": the pronoun is the next token
            nxt = c + 1
            if nxt < d.n and _INVERTED_PRONOUN.match(tok[nxt]):
                return nxt, "inverted"
            continue
        if lex.speaking_conjunct and not _can_speak(d, c) and d.pos[c] != "PROPN":
            # "… que certains produits et des études récentes suggèrent": only the conjunct that can speak does
            speaking = [k for k in d.kids[c] if dep[k] == "conj" and c < k < i and _can_speak(d, k)]
            if len(speaking) == 1:
                return speaking[0], "subject"
        return c, "subject"
    # "Ce dernier lui a recommandé": the subject parsed as the verb's determiner and adjective
    for c in kids:
        if dep[c] == "amod" and c < i and d.lem[c] in lex.person_nouns and d.pos[c - 1] == "DET":
            return c, "subject"
    # "Il croyait que" parsed as an impersonal "il": a personal pronoun before a listed cue verb
    if lex.verbs.get(d.lem[i]):
        for c in kids:
            if dep[c] == "expl:subj" and c < i and d.low[c] in lex.pronouns:
                if lex.impersonal_il_no_source and _impersonal_il(d, t, c):
                    experiencer = _seeming_source(d, t)
                    if experiencer is not None:
                        return experiencer, "subject"
                    continue  # "Il semblerait que …": impersonal after all
                return c, "subject"
    # adjectives parsed as passive participles ("Paris est déterminé à …")
    if d.lem[i] in lex.adjectives or d.low[i] in lex.adjectives:
        for c in kids:
            if dep[c] in lex.dep("passive_subject"):
                if lex.impersonal_il_no_source and _impersonal_il(d, t, c):
                    d.impersonal.add(i)  # "il a été décidé de …": no one is (« décidé à » is a person's)
                    return None, "passive"
                return c, "subject"
    for j in group:
        if _INVERTED_PRONOUN.match(tok[j]):
            return j, "inverted"
    for c in kids:
        if _INVERTED_PRONOUN.match(tok[c]):
            return c, "inverted"
    # passive: the agent ("par X", "by X")
    for c in kids:
        if dep[c] in lex.dep("agent"):
            objs = [g for g in d.kids[c] if dep[g] == "pobj"]
            return (objs[0] if objs else c), "agent"
    if any(dep[c] in lex.dep("passive_subject") for c in kids):
        if lex.impersonal_il_no_source and any(_impersonal_il(d, t, c) for c in kids):
            d.impersonal.add(i)  # "Il a été décidé que …": no one named, nor one to look for
        return None, "passive"
    if d.pos[i] == "NOUN":  # "la réponse de la ministre", "ses propos", "l'annonce du gouvernement"
        for c in kids:
            if dep[c] == "det" and d.has_morph(c, "Poss", "Yes"):
                return c, "possessive"
            if dep[c] in lex.dep("noun_object") and c > i and _is_someone(d, c):
                return c, "noun_of"
    np = None if lex.incise_subject_before else _subject_before_comma(d, t, group)
    if np is not None:
        return np, "subject"
    return None, "none"


def _impersonal_il(d: AttributionDoc, t: Token, c: int) -> bool:
    """Whether subject ``c`` of cue ``t`` is the impersonal "il" of a verb of seeming (``impersonal_views``) that
    stays a report ("Il semblerait que …", "il semble que …" where ``_impersonal_view`` keeps it): it names no one,
    so the report has no source, neither a person the pronoun would be resolved to nor one inherited from a cue
    before. The pronouns are ``impersonal_il_no_source`` of lang/<code>/attribution.json ("il"). "il lui semble
    que" keeps its experiencer (:func:`_experiencer`), which is no subject."""
    lex = d.lex
    return (
        d.low[c] in lex.impersonal_il_no_source
        and c < t.i
        and d.in_quote[c] < 0
        and (d.lem[t.i] in lex.impersonal_views or d.lem[t.i] in lex.seeming_verbs or _agentless_il_passive(d, t, c))
    )


def _agentless_il_passive(d: AttributionDoc, t: Token, c: int) -> bool:
    """Whether subject ``c`` of cue ``t`` is the impersonal "il" of an agentless passive of ``impersonal_passives``
    ("Il a été décidé que …", "il est précisé que …"): it names no one. "Il a été arrêté", "il est convaincu que"
    (verbs not listed) and "il a été décidé par X" (an agent) keep their subject or agent."""
    lex = d.lex
    if d.lem[t.i] not in lex.impersonal_passives or d.dep[c] not in lex.dep("passive_subject") | lex.dep("expletive"):
        return False
    aux, kids = _kids_through_aux(d, t.i)
    if not any(d.dep[a] in lex.dep("passive_aux") for a in aux):
        return False
    if any(d.dep[k] in lex.dep("agent") for k in kids):
        return False
    # its clause opened by "que" or "de" ("il est décidé à …" is a person's resolve)
    clauses = [k for k in kids if k > t.i and d.dep[k] in lex.dep("clausal") | lex.dep("xcomp") | lex.dep("subject")]
    marks = lex.impersonal_passive_marks
    return any(d.dep[m] in lex.dep("mark") and norm(d.low[m]) in marks for k in clauses for m in d.kids[k])


def _seeming_source(d: AttributionDoc, t: Token) -> int | None:
    """The source of cue ``t`` whose subject is an impersonal "il" (:func:`_impersonal_il`): its experiencer
    (:func:`_experiencer`), else None, the cue then marked as naming no one (``d.impersonal``)."""
    experiencer = None if d.lem[t.i] in d.lex.impersonal_passives else _experiencer(d, t)
    if experiencer is None:  # ("il lui a été demandé de …": the one asked, not who asks)
        d.impersonal.add(t.i)
    return experiencer


def _experiencer(d: AttributionDoc, t: Token) -> int | None:
    """The object clitic (``object_clitics``) before an impersonal verb of seeming that names the one it seems to,
    not in the first or second person ("il lui semble que": "lui"; "il nous semble que" is the writer's hedge)."""
    _, kids = _kids_through_aux(d, t.i)
    for c in kids:
        clitic = c < t.i and d.pos[c] == "PRON" and d.low[c] in d.lex.object_clitics
        if clitic and not (d.has_morph(c, "Person", "1") or d.has_morph(c, "Person", "2")):
            return c
    return None


def _after_dateline_subject(d: AttributionDoc, c: int, i: int) -> int | None:
    """The noun phrase after a dateline the parse took for cue ``i``'s subject ``c`` ("PORT ELLIS (Wire) — The
    harbour master asked …", "NORTHCOTE, Vellamy -- The agency declared …"): the last noun of the words right
    after the dash; None when ``c`` is no such dateline (capitals from the sentence's start to a dash)."""
    start = d.sent_start[c]
    dash = next((k for k in range(c + 1, i) if d.tok[k] in DASHES), None)
    if dash is None or len(d.tok[c]) < 3:
        return None
    if not d.tok[c].isupper() and not _place_dateline(d, start, dash):
        return None
    if not all(d.tok[k].isupper() or not d.tok[k].isalpha() or d.pos[k] == "PROPN" for k in range(start, dash)):
        return None
    head = None
    for k in range(d.skip_space(dash + 1), i):
        if d.pos[k] in ("PROPN", "NOUN"):
            head = k
        elif d.pos[k] not in ("DET", "ADJ", "PART", "SPACE") and d.tok[k] not in ("'s", "’s"):
            break
    return head


def _place_dateline(d: AttributionDoc, start: int, dash: int) -> bool:
    """Whether the words from ``start`` to the dash opening a paragraph are places set apart by a comma ("Valbrune,
    Vellamie – Le maire a …"): a dateline written in lowercase letters."""
    if d.text[: d.idx[start]].rstrip(" \t")[-1:] not in ("\n", ""):
        return False  # (a line's start only)
    words = [k for k in range(start, dash) if not d.tok[k].isspace()]
    if not 3 <= len(words) <= 6 or "," not in (d.tok[k] for k in words):
        return False
    places = d.lex.ent("place")
    return all(d.tok[k] == "," or d.doc[k].ent_type_ in places for k in words)


def acronym_like(word: str) -> bool:
    """Whether ``word`` is written like an acronym or code name ("G7", "OCDE")."""
    return (
        sum(ch.isalpha() for ch in word) >= 1
        and word[:1].isupper()
        and (word.isupper() or any(ch.isdigit() for ch in word))
    )


def _subject_before_comma(d: AttributionDoc, t: Token, group: list[int]) -> int | None:
    """ "Le Mercosur, auquel se sont associés …, a condamné X" with the subject lost in the parse: the noun phrase
    opening the sentence, when no clause stands between it and the finite cue after a comma."""
    if not _finite_or_aux(d, t.i):
        return None
    j = _before_cue(d, group)
    if j < 1 or d.tok[j] != "," or d.in_quote[t.i] >= 0:
        return None
    start = d.sent_start[t.i]
    prev = d.skip_space(start - 1, -1)
    while prev > 0 and d.tok[prev] == "," and d.para[prev] == d.para[t.i]:
        start = d.sent_start[prev]  # "Paris, | qui a retiré …": a sentence the parse cut at a comma
        prev = d.skip_space(start - 1, -1)
    while start < j and (d.space[start] or d.doc[start].is_punct):
        start += 1
    if j - start < 2 or d.in_quote[start] >= 0 or _main_clause(d, start, j):
        return None
    if d.pos[start] not in ("DET", "NOUN", "PROPN", "NUM"):
        return None  # "Dans ce rapport, …", "Selon X, …": a phrase, not a subject
    k = start
    while k < j and d.pos[k] in ("DET", "NUM", "ADJ"):
        k += 1
    if k >= j or d.pos[k] not in ("NOUN", "PROPN"):
        return None
    if not (d.pos[k] == "PROPN" or _is_someone(d, k) or d.lem[k] in d.lex.document_nouns or acronym_like(d.tok[k])):
        return None
    if d.lex.dateline_subjects:
        after = _after_dateline_subject(d, k, j)
        if after is not None:
            return after  # "Valence, Espagne – Le maire, …, a dit": the noun after the dateline
    return k


def _disagrees(d: AttributionDoc, pron: Token, verb: Token) -> bool:
    """A personal pronoun whose person or number the finite verb (or its auxiliary) does not share."""
    p, v = pron.i, verb.i
    if d.pos[p] != "PRON" or (p > 0 and d.pos[p - 1] == "ADP"):
        return False  # "beaucoup d'entre nous pensent": the pronoun of a quantity
    if norm(d.low[p]) in d.lex.subject_only_pronouns:
        return False  # "on lira demain que": "lira" tagged a first person, "on" a subject all the same
    aux = d.lex.dep("aux")
    finite = [c for c in d.kids[v] if d.dep[c] in aux and d.has_morph(c, "VerbForm", "Fin")]
    finite = finite or ([v] if d.has_morph(v, "VerbForm", "Fin") else [])
    if not finite:
        return False
    # (the features' values joined by "|": equal, or absent, exactly when spaCy's lists are)
    mp = d.morph(p)
    for fin in finite:
        mf = d.morph(fin)
        if all(not (mp.get(feat) and mf.get(feat)) or mp.get(feat) == mf.get(feat) for feat in ("Person", "Number")):
            return False
    return True


def _is_someone(d: AttributionDoc, i: int) -> bool:
    """Whether token ``i`` heads a mention of a person, body or medium (who can say something)."""
    lex = d.lex
    if d.pos[i] == "PROPN":
        return d.doc[i].ent_type_ not in ("LOC", "GPE", "DATE", "MISC") or d.low[i] in lex.places_as_actors
    lem = d.lem[i]
    return any(lem in words for words in (lex.role_nouns, lex.anonymous_nouns, lex.organization_nouns, lex.media_nouns))


def _nonfinite(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` is an infinitive or a present participle ("affirmer", "accusant")."""
    return d.has_morph(i, "VerbForm", "Inf") or (d.has_morph(i, "VerbForm", "Part") and d.has_morph(i, "Tense", "Pres"))


def _postposed_subject(d: AttributionDoc, t: Token, group: list[int]) -> int | None:
    """The subject after the verb of an incise ("…, a prévenu le général Armand Vescal.")."""
    if _nonfinite(d, t.i) and not any(d.dep[c] in d.lex.dep("aux") for c in d.kids[t.i]):
        return None  # "…, accusant la majorité de …": a participle or infinitive has no subject after it
    j = _before_cue(d, group)
    if j < 0 or not (d.tok[j] in (",", "\u2013", "\u2014") or d.in_quote[j] >= 0):
        return None
    for c in t.children:
        if c.ent_type_ in ("DATE", "TIME") or d.low[c.i] in d.lex.temporal_words:
            continue  # "…, made clear earlier this week"
        if any(g.dep_ in d.lex.dep("case") and g.i < c.i for g in c.children):
            continue  # "…, a déclaré sur BFM X": a prepositional phrase is no subject
        if c.i > group[-1] and d.pos[c.i] in ("NOUN", "PROPN") and c.dep_ not in ("obl:mod", "obl", "nmod"):
            between = range(group[-1] + 1, c.left_edge.i)
            if all(d.pos[k] in ("ADV", "SPACE") or d.space[k] for k in between):
                return c.i
    return _scan_postposed(d, group[-1] + 1)


def _before_cue(d: AttributionDoc, group: list[int]) -> int:
    """The token before cue ``group``, past spaces and object clitics ("…, lui a lancé X"; a first- or
    second-person pronoun the verb disagrees with: "« … », nous confie X"); -1 at the start."""
    j = group[0] - 1
    while j >= 0 and (d.space[j] or d.low[j] in d.lex.object_clitics or _clitic_object(d, j, group)):
        j -= 1
    return j


def _clitic_object(d: AttributionDoc, j: int, group: list[int]) -> bool:
    """Whether token ``j``, just before cue ``group``, is a first- or second-person pronoun that the cue's
    finite verb does not agree with: its object ("nous confie X", "vous explique X"), not its subject."""
    if d.pos[j] != "PRON" or not (d.has_morph(j, "Person", "1") or d.has_morph(j, "Person", "2")):
        return False
    verbs = [g for g in group if d.pos[g] in ("VERB", "AUX") and g > j]
    return bool(verbs) and _disagrees(d, d.doc[j], d.doc[max(verbs, key=lambda g: d.pos[g] == "VERB")])


def _cleft_quote(d: AttributionDoc, t: Token, group: list[int], used: set[int]) -> tuple[int, int] | None:
    """ "« … » : c'est ce qu'écrivent les deux maires.": a finite cue verb right after the pronoun and relative
    word of ``cleft_report`` ("ce qu'"), after "c'est", "voilà" or "voici", whose quotation ends just before
    (a colon, comma or dash between) and stands alone (a sentence or paragraph opens with it): the quotation is
    what is reported, the noun phrase after the verb (its postposed subject, parsed as its object) who reports it.
    RETURNS (quotation index, subject token) or None."""
    lex = d.lex
    if not lex.cleft_pronouns or d.in_quote[t.i] >= 0 or d.pos[t.i] != "VERB" or not _finite_or_aux(d, t.i):
        return None
    k = _before_cue(d, group)
    if k < 2 or d.low[k] not in lex.cleft_relatives or d.low[k - 1] not in lex.cleft_pronouns:
        return None
    p = d.skip_space(k - 2, -1)
    if p < 0 or d.lem[p] not in lex.cleft_copulas:
        return None
    if d.lem[p] == "être":
        p = d.skip_space(p - 1, -1)  # "c'" or "ce" before "est"
        if p < 0 or d.pos[p] != "PRON":
            return None
    j = d.skip_space(p - 1, -1)
    if j >= 0 and d.tok[j] in (":", ",", "\u2013", "\u2014"):
        j = d.skip_space(j - 1, -1)
    if j < 0 or d.in_quote[j] < 0 or d.in_quote[j] in used:
        return None
    qi = d.in_quote[j]
    first = next(x for x in range(j + 1) if d.in_quote[x] == qi)
    before = d.skip_space(first - 1, -1)
    if before >= 0 and d.tok[before] not in _SENT_END and d.para[before] == d.para[first]:
        return None  # a quotation inside a clause ("il a dénoncé « … », c'est ce que …") has its own cue
    k = group[-1] + 1
    while k < d.n and (d.space[k] or d.pos[k] == "ADV"):
        k += 1
    if k < d.n and d.tok[k] == "(":  # "c'est ce qu'écrivent (ensemble) X": past the aside
        close = next((x for x in range(k, min(d.n, k + 8)) if d.tok[x] == ")"), None)
        if close is None:
            return None
        k = close + 1
    for c in t.children:
        if (
            c.i >= k
            and d.pos[c.i] in ("NOUN", "PROPN")
            and d.in_quote[c.i] < 0
            and not any(g.dep_ in lex.dep("case") and g.i < c.i for g in c.children)
        ):
            return qi, c.i
    subj = _scan_postposed(d, k)
    return (qi, subj) if subj is not None else None


def _object_incise(d: AttributionDoc, t: Token, group: list[int]) -> tuple[int, list[tuple[int, int]]] | None:
    """ "Y, a déclaré le ministère." parsed with the ministry as the verb's object: a finite cue after a comma
    whose only complement is someone's mention ending the sentence reports the clause before the comma.
    RETURNS (subject token, content) or None."""
    lex = d.lex
    finite = _finite_or_aux(d, t.i)
    if not finite or d.in_quote[t.i] >= 0 or d.pos[t.i] != "VERB":
        return None
    if lex.verbs.get(d.lem[t.i]) == "speech_obj" or d.lem[t.i] in lex.addressee_verbs:
        return None  # "…, a averti les habitants", "…, a salué les élus": the object is told or judged
    j = _before_cue(d, group)
    if j < 1 or d.tok[j] != ",":
        return None
    kids = [c for c in t.children if c.i > group[-1] and not c.is_punct and not d.space[c.i]]
    if len(kids) != 1 or kids[0].dep_ not in lex.dep("object") or not _is_someone(d, kids[0].i):
        return None
    obj = kids[0]
    end = d.skip_space(obj.right_edge.i + 1, 1)
    if end < d.n and d.tok[end] not in _SENT_END:
        return None
    start = d.sent_start[j]
    if j - start < 3 or d.in_quote[start] >= 0 or any(d.tok[k] in (";", ":") for k in range(start, j)):
        return None  # (a quotation opening the sentence has its own rules)
    if any(d.pos[k] == "VERB" and lex.verbs.get(d.lem[k]) for k in range(start, j)):
        return None  # "X a affirmé que … « … », assure Y": the clause is X's report, not Y's
    if not _main_clause(d, start, j) and not _verbless_quoted(d, start, j):
        return None  # "Le Mercosur, auquel se sont associés …, a condamné X": a subject, not a clause
    span = d.char_span(start, j)
    return (obj.i, [span]) if span else None


def _object_relative_cue(d: AttributionDoc, t: Token, group: list[int], content: list[tuple[int, int]]) -> bool:
    """Whether cue ``t`` opens a relative clause on a noun right after "que" with its subject after it ("la chose
    que souhaite le comité est …") and ``content`` is that subject, which the parse took for the object."""
    i = t.i
    j = _before_cue(d, group)
    if j < 1 or not content or norm(d.low[j]) not in d.lex.que_fallback:
        return False
    noun = d.skip_space(j - 1, -1)  # (the clause hung on the noun, or the noun on the verb as its subject)
    if d.pos[noun] not in ("NOUN", "PRON") or not (d.head[i] == noun or d.head[noun] == i):
        return False
    if any(d.dep[c] in d.lex.dep("subject") and c < i and c != noun for c in d.kids[i]):
        return False
    return all(a >= d.idx[group[-1]] for a, _b in content)


def _verbless_quoted(d: AttributionDoc, a: int, b: int) -> bool:
    """Whether tokens [a, b) are a verbless sentence whose last word closes a quotation ("Plus jamais de « grand
    soir », …"): a statement an incise reports, no subject."""
    last = d.skip_space(b - 1, -1)
    if last <= a or d.tok[last] not in _QUOTE_MARKS or d.in_quote[a] >= 0:
        return False
    return not any(d.pos[k] in ("VERB", "AUX") or d.dep[k] in d.lex.dep("relative") for k in range(a, b))


def _main_clause(d: AttributionDoc, a: int, b: int) -> bool:
    """Whether tokens [a, b) hold a finite verb outside a relative clause (a clause an incise can report),
    not only a noun phrase with its relative or participle clauses."""
    for k in range(a, b):
        # (a name or pronoun with a finite copula: "c'est X qui …", "le coupable, c'est lui")
        if d.pos[k] not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "PRON") or d.dep[k] in d.lex.dep("relative"):
            continue
        if d.dep[k] in d.lex.dep("aux") | d.lex.dep("cop"):
            continue  # counted with the verb it serves
        finite = d.finite_verb(k)
        finite = finite or any(
            d.dep[c] in d.lex.dep("aux") | d.lex.dep("cop") and d.has_morph(c, "VerbForm", "Fin") for c in d.kids[k]
        )
        if finite and not any(d.has_morph(c, "PronType", "Rel") for c in d.kids[k]):
            return True
        h = k
        for _ in range(3):  # "… and close 40 stores": a verb coordinated with a finite one before the stretch
            if d.dep[h] not in ("conj", "xcomp") or d.head[h] == h:
                break
            h = d.head[h]
            if d.pos[h] == "VERB" and d.has_morph(h, "VerbForm", "Fin") and d.dep[h] not in d.lex.dep("relative"):
                return not any(d.has_morph(c, "PronType", "Rel") for c in d.kids[h])
    return False


def _preposed_name(d: AttributionDoc, t: Token, group: list[int]) -> int | None:
    """The subject a finite cue lost to a misparse: the person named just before it in its clause
    ("X, ministre de l'Énergie, explique que", "X nous explique"), past appositions but no other verb."""
    lex = d.lex
    finite = _finite_or_aux(d, t.i)
    if not finite or d.in_quote[t.i] >= 0 or d.pos[t.i] not in ("VERB", "AUX"):
        return None
    start = d.sent_start[t.i]
    j = group[0] - 1
    adjacent = True
    while j >= start:
        w = d.tok[j]
        if d.space[j] or (adjacent and d.pos[j] == "PRON"):
            j -= 1  # "X nous explique", "X lui a dit"
            continue
        if w in _QUOTE_MARKS or w in (";", ":", "?", "!", "."):
            return None
        if d.pos[j] in ("VERB", "AUX") and "Fin" in d.doc[j].morph.get("VerbForm"):
            return None
        if d.pos[j] == "SCONJ" or (d.pos[j] == "PRON" and "Rel" in d.doc[j].morph.get("PronType")):
            return None
        person = d.doc[j].ent_type_ in d.lex.ent("person") or (
            adjacent and w[:1].isupper() and d.pos[j] in ("PROPN", "NUM", "X") and w.isalpha()
        )
        if person:
            a = j
            while a > start and d.doc[a - 1].ent_type_ == d.doc[j].ent_type_ and d.pos[a - 1] == "PROPN":
                a -= 1
            if a > 0 and (d.pos[a - 1] == "ADP" or d.low[a - 1] in lex.genitive):
                return None  # "selon X", "le conseiller de X"
            if lex.surface_subjects and d.has_morph(t.i, "Number", "Plur"):
                first = _names_listed_before(d, a, start)
                if first is not None:  # "les auteurs, A, B et C, estiment": all of them
                    d.bare_np[j] = (first, j + 1)
            return j
        adjacent = False
        j -= 1
    return None


def _noun_before_clitic(d: AttributionDoc, c: int) -> int | None:
    """The head of the noun phrase ending just before object clitic ``c`` ("l'agence Valtex l'a accusée":
    "agence"), climbing its complements ("le directeur de l'agence l'a …": "directeur"); None when no noun or
    name is there."""
    j = c - 1
    start = d.sent_start[c]
    if j < start or d.pos[j] not in ("NOUN", "PROPN"):
        return None
    while start <= d.head[j] < j and d.pos[d.head[j]] in ("NOUN", "PROPN"):
        if any(d.pos[k] == "PUNCT" for k in range(d.head[j], j)):
            break  # "un grand nombre de nageurs, Valtex l'a …": the comma ends the phrase
        j = d.head[j]
    return j


def _last_subject_before(d: AttributionDoc, c: int) -> int | None:
    """For a clitic ``c`` opening its sentence before a present participle ("L'estimant usé."), the last noun or
    name that is a subject in the sentence before, which the participle goes on from; else None."""
    start = d.sent_start[c]
    if c != d.skip_space(start, 1) or start == 0:
        return None
    prev = d.sent_start[start - 1]
    subj = d.lex.dep("subject")
    heads = [k for k in range(prev, start) if d.dep[k] in subj and d.pos[k] in ("NOUN", "PROPN")]
    return heads[-1] if heads else None


def _phrase_before(d: AttributionDoc, k: int) -> int | None:
    """The head of the noun phrase that ends just before token ``k`` (past one comma) in its sentence, when no
    preposition opens it ("Le maire de X, Y, a …": "maire"); else None."""
    j = k - 1
    if j >= 0 and d.tok[j] == ",":
        j -= 1
    start = d.sent_start[k]
    if j < start or d.pos[j] not in ("NOUN", "PROPN", "PRON"):
        return None
    while start <= d.head[j] < k and d.head[j] != j:
        j = d.head[j]
    if d.pos[j] not in ("NOUN", "PROPN", "PRON") or any(d.dep[c] in d.lex.dep("case") for c in d.kids[j]):
        return None
    return j


def _incise_after_quote(d: AttributionDoc, c: int, group: list[int]) -> bool:
    """ "« Quelle honte », a encore écrit un autre": the quotation holding ``c`` closes, then a comma and cue
    ``group`` open an incise whose subject comes after its verb; the quotation is what is said."""
    k = c
    while k < group[0] and d.in_quote[k] >= 0:
        k += 1
    between = [j for j in range(k, group[0]) if not d.space[j]]
    if not between or not all(d.pos[j] == "PUNCT" or _clitic_before(d, j, group) for j in between):
        return False
    if "," in [d.tok[j] for j in between]:
        return True
    # no comma ("« … » confie X"): a quoted sentence, not a quoted name, and someone named after the verb
    words = [j for j in range(k - 1, max(0, k - 400) - 1, -1) if d.in_quote[j] == d.in_quote[c]]
    closed = bool(words) and (d.tok[words[0]] in (".", "!", "?", "…") or len(words) > 6)
    verbs = [g for g in group if d.pos[g] == "VERB"]
    clausal = d.lex.dep("clausal")
    after = [g for v in verbs for g in d.kids[v] if g > v and d.in_quote[g] < 0 and d.dep[g] not in clausal]
    return closed and any(d.pos[g] in ("NOUN", "PROPN", "PRON") and _can_speak(d, g) for g in after)


def _incise_clitic(d: AttributionDoc, j: int, group: list[int]) -> bool:
    """Whether token ``j`` is an object pronoun just before cue ``group`` (:func:`_clitic_before`) after a comma
    or after a quotation that closes its sentence inside its marks ("« … . » nous confie X"; not "notre « Code »
    nous condamnait", a quoted name the subject)."""
    if j != _before_cue(d, group) + 1 or not _clitic_before(d, j, group):
        return False
    k = d.skip_space(j - 1, -1)
    if k < 0 or d.tok[k] == ",":
        return k >= 0
    if d.in_quote[k] < 0:
        return False
    inner = d.quotes[d.in_quote[k]]
    return d.text[inner.inner_start : inner.inner_end].rstrip()[-1:] in _SENT_END


def _clitic_before(d: AttributionDoc, j: int, group: list[int]) -> bool:
    """Whether token ``j`` before cue ``group`` is an object clitic ("me confie", "nous confie X")."""
    return d.low[j] in d.lex.object_clitics or _clitic_object(d, j, group)


def _aux_across_adverbial(d: AttributionDoc, i: int) -> list[int]:
    """ "X a de son côté assuré que …", "Y a pour sa part estimé …": participle ``i`` parted from its finite
    auxiliary by an adverbial phrase with no comma, which the parse took for the participle's head (the participle
    hung on the phrase's noun): [the auxiliary], whose subject is the participle's; else []."""
    lex = d.lex
    for k in range(i - 1, max(-1, i - 7), -1):
        if d.in_quote[k] != d.in_quote[i] or d.pos[k] == "PUNCT":
            return []
        if d.lem[k] in lex.auxiliaries and d.has_morph(k, "VerbForm", "Fin"):
            return [k] if k < d.head[i] < i else []
        if d.pos[k] in ("VERB", "AUX"):
            return []
    return []


def _finite_or_aux(d: AttributionDoc, i: int) -> bool:
    """Verb ``i`` is finite, or has an auxiliary (whose tense is then finite or passive)."""
    aux = d.lex.dep("aux")
    return d.has_morph(i, "VerbForm", "Fin") or any(d.dep[c] in aux for c in d.kids[i])


def _number(d: AttributionDoc, i: int) -> str:
    """Token ``i``'s grammatical number (its first value: "Sing", "Plur"), or ""."""
    return d.morph(i).get("Number", "").split("|")[0]


def _number_disagrees(d: AttributionDoc, verb: int, noun: int) -> bool:
    """Verb ``verb`` (or, without a number of its own, its first auxiliary that has one) and noun ``noun``
    both have a grammatical number, and not the same."""
    aux = d.lex.dep("aux")
    v = _number(d, verb) or next((n for c in d.kids[verb] if d.dep[c] in aux and (n := _number(d, c))), "")
    n = _number(d, noun)
    return bool(v and n and v != n)


def _bare_np_subject(d: AttributionDoc, t: Token, group: list[int]) -> int | None:
    """The head of the noun phrase standing alone right before a finite cue that has no subject: a subject
    the parse cut off as a root of its own or joined to an earlier clause ("Une étude de l'institut X recommande
    …", "X et Y exigent …", "… ont voté contre et une ancienne élue a estimé …"). The words from the
    sentence's edge (or from a conjunction after a finite verb) to the cue must be a noun phrase and nothing
    else: determiners, nouns, names, adjectives, numbers, its "de" complements and "et" between nouns; its
    head, the first noun, must be able to speak and agree in number with the verb."""
    lex = d.lex
    finite = _finite_or_aux(d, t.i)
    if not finite or d.in_quote[t.i] >= 0 or d.pos[t.i] not in ("VERB", "AUX"):
        return None
    end = group[0]
    j = end - 1
    while j >= 0 and d.space[j] and d.para[j] == d.para[t.i]:
        j -= 1
    start = j + 1
    verb_before = False
    while j >= 0 and d.para[j] == d.para[t.i] and d.tok[j] not in _CLAUSE_END - {","} and d.tok[j] not in _QUOTE_MARKS:
        if d.finite_verb(j):
            verb_before = True
            break
        j -= 1
    # the stretch after the sentence's edge, or after the last conjunction when a finite verb comes before it
    lo = j + 1
    if verb_before:
        cc = [k for k in range(lo, start) if d.pos[k] == "CCONJ"]
        if not cc:
            return None
        lo = cc[-1] + 1
    words = [k for k in range(lo, start) if not d.space[k]]
    if not words or d.pos[words[0]] not in ("DET", "NOUN", "PROPN", "NUM", "X"):
        return None
    head = next((k for k in words if d.pos[k] in ("NOUN", "PROPN", "X")), None)
    if head is None or any(d.pos[k] not in ("DET", "NUM", "ADJ") for k in words[: words.index(head)]):
        return None
    joined = False
    for k in words[words.index(head) + 1 :]:
        pos = d.pos[k]
        if pos == "ADP" and norm(d.low[k]) in lex.genitive:
            continue
        if pos == "CCONJ" or d.tok[k] == ",":
            joined = joined or pos == "CCONJ"
            continue
        if pos not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "X"):
            return None
    if not (d.tok[head][:1].isupper() or _can_speak(d, head)):
        return None
    if not joined and _number_disagrees(d, t.i, head):
        return None
    d.bare_np[head] = (words[0], words[-1] + 1)  # the whole phrase is the mention, however the parse cut it
    return head


def _joined_names(d: AttributionDoc, tok: Token, name: tuple[int, int]) -> tuple[int, int]:
    """The name tokens [a, b) of ``tok`` widened to the persons coordinated with it ("A et B", "A, B et
    C" apposed to a noun): names joined by "et" speak together."""
    a, b = name
    if not a <= tok.i < b:
        return name  # (a name apposed inside the mention, not the mention's own)
    person, conj = d.lex.ent("person"), d.lex.dep("conjunct")
    joined = [c for c in d.kids[tok.i] if d.dep[c] in conj and c > tok.i and d.doc[c].ent_type_ in person]
    if not joined and tok.i == a:
        first = _names_listed_before(d, a, d.sent_start[tok.i])
        if first is not None and _opens_clause(d, first):
            return first, b  # "A et B espèrent" with the names parsed apart: both speak
    if not joined and d.lex.person_joins_other:
        return _name_and_other(d, tok, name)
    if not joined or not any(d.pos[k] == "CCONJ" for k in range(b, joined[-1])):
        return name
    last = d.doc[joined[-1]]
    b = max(b, _flat_name(d, last)[1])
    if any(d.tok[k] in _CLAUSE_END - {","} or d.pos[k] in ("VERB", "AUX") for k in range(name[1], b)):
        return name
    first = _names_listed_before(d, a, d.sent_start[tok.i], comma=True)
    return (first if first is not None else a), b


def _opens_clause(d: AttributionDoc, k: int) -> bool:
    """Whether token ``k`` opens its sentence or follows a punctuation mark or a conjunction (not a verb, whose
    object it would be, nor a preposition: "selon A et B" is A's)."""
    j = k - 1
    while j >= d.sent_start[k] and d.space[j]:
        j -= 1
    return j < d.sent_start[k] or d.pos[j] in ("PUNCT", "CCONJ", "SCONJ")


def _name_and_other(d: AttributionDoc, tok: Token, name: tuple[int, int]) -> tuple[int, int]:
    """ "Lucien Varda et la ligue des ports réclament …": a name coordinated by "et" with a body, a country or a
    group speaks with it; the mention runs to the conjunct's end when only the conjunction and the conjunct's own
    words (no verb, no clause mark) lie between, else it is the name alone."""
    conj = [c for c in d.kids[tok.i] if d.dep[c] in d.lex.dep("conjunct") and c > tok.i]
    if len(conj) != 1 or d.pos[conj[0]] not in ("NOUN", "PROPN"):
        return name
    c = conj[0]
    a, b = name
    if not d.joined_by_conjunction(b, c):
        return name
    end = d.doc[c].right_edge.i + 1
    if any(d.tok[k] in _CLAUSE_END or d.pos[k] in ("VERB", "AUX") or d.in_quote[k] >= 0 for k in range(b, end)):
        return name
    return a, end


def _names_listed_before(d: AttributionDoc, a: int, start: int, comma: bool = False) -> int | None:
    """The first token of a list of person names ending with the name that starts at token ``a`` ("A, B et
    C"), when ``a`` follows "et" (or, with ``comma``, a comma) and one or more names before it, separated by
    commas; else None. With ``comma`` the list must open after a comma (names apposed to a noun: "les
    auteurs, A, B et C"), not after "selon" or a verb."""
    k = a - 1
    while k >= start and d.space[k]:
        k -= 1
    if k < start or (d.tok[k] != "," if comma else d.pos[k] != "CCONJ"):
        return None
    first = None
    while True:
        k -= 1
        while k >= start and d.space[k]:
            k -= 1
        if k < start or d.doc[k].ent_type_ not in d.lex.ent("person"):
            return first
        while k - 1 >= start and d.doc[k - 1].ent_type_ == d.doc[k].ent_type_ and d.doc[k].ent_iob_ == "I":
            k -= 1
        name_start = k
        k -= 1
        while k >= start and d.space[k]:
            k -= 1
        if comma and (k < start or d.tok[k] != ","):
            return first  # (the name opens the list only after a comma: "selon A, B et C" is A's report of B and C)
        first = name_start
        if k < start or d.tok[k] != ",":
            return first


def _comme_clause(d: AttributionDoc, t: Token, group: list[int]) -> tuple[int, list[tuple[int, int]]] | None:
    """ "Y, comme l'a rappelé X." / "Comme le souligne X, Y." / "Comme le dit X : Y." / "Comme avertissait X, Y.":
    the subject after the verb and the clause the "comme" incise qualifies (its "le" stands for that clause; with
    no "le" the incise must open its sentence). RETURNS (subject token, content) or None."""
    lex = d.lex
    k = d.skip_space(group[0] - 1, -1)
    clitic = k >= 1 and norm(d.low[k]) in lex.comme_clitics
    c = d.skip_space(k - 1, -1) if clitic else k
    if c < 0 or norm(d.low[c]) not in lex.comme_words or d.in_quote[t.i] >= 0:
        return None
    subj = _scan_postposed(d, group[-1] + 1)
    if subj is None:
        return None
    start, end = d.sent_start[c], d.sent_end[c]
    # the incise ends at the comma after its subject, or at the sentence end
    e = subj + 1
    while e < end and d.tok[e] not in (",", ";", ":") and d.tok[e] not in _SENT_END and d.in_quote[e] < 0:
        e += 1
    before = [x for x in range(start, c) if not d.space[x] and not d.doc[x].is_punct]
    clause_before = len(before) >= 3 and any(d.finite_verb(x) for x in before)
    quoted = _quote_after_incise(d, e, comma_quote=not clause_before)
    if quoted is not None:  # "Comme le disait X, vieux marin : « … »", "comme disent les marins « … »"
        return subj, [quoted]
    opens = c == d.skip_space(start, 1)  # "Comme avertissait X, Y": the incise opens its sentence
    if not clitic and not opens:
        return None  # ("comme" with no "le" inside a clause qualifies a noun or a manner, not a clause it reports)
    while e < end and d.tok[e] == ",":  # past a name or place apposed to it: "X, Foch, à Versailles, Y"
        f = e + 1
        while f < end and d.tok[f] not in (",", ";", ":") and d.tok[f] not in _SENT_END:
            f += 1
        verbless = not any(d.pos[x] in ("VERB", "AUX") for x in range(e + 1, f))
        if not (f < end and d.tok[f] == "," and f - e <= 5 and verbless):
            break
        e = f
    if clause_before:
        b = c
        while b > start and (d.space[b - 1] or d.doc[b - 1].is_punct):
            b -= 1
        span = d.char_span(start, b)
    elif e < end and (d.tok[e] == "," or (d.tok[e] == ":" and opens)):  # "Comme le dit X : Y"
        a = e + 1
        b = end
        while b > a and (d.space[b - 1] or d.tok[b - 1] in _SENT_END):
            b -= 1
        span = d.char_span(a, b) if b - a >= 3 else None
    else:
        span = None
    return (subj, [span]) if span else None


def _quote_after_incise(d: AttributionDoc, e: int, comma_quote: bool = False) -> tuple[int, int] | None:
    """The content of a quotation opening right after a "comme" incise that ends at token ``e``: past a colon,
    or past a comma, a short apposition with no verb (up to six words) and a colon; with ``comma_quote`` (no
    clause of its own before the incise) also right past the comma when the quotation closes on a punctuation
    mark (« Puisque, comme l'a dit X, « … », Y »: the quotation, not the sentence after the comma); else None."""
    k = d.skip_space(e, 1)
    if k < d.n and d.tok[k] == ",":
        f = d.skip_space(k + 1, 1)
        if comma_quote and (q := _closed_quote_at(d, f)) is not None:
            return q
        words = 0
        while f < d.n and d.tok[f] not in _CLAUSE_END and d.in_quote[f] < 0 and "\n" not in d.tok[f]:
            if d.pos[f] in ("VERB", "AUX") and d.dep[f] != "amod":
                return None  # (not "brave marin" read as a verb's form: a verb tagged as the noun's adjective)
            words += not d.space[f]
            f += 1
        if not (f < d.n and d.tok[f] == ":" and 0 < words <= 6):
            return None
        k = f
    if k < d.n and d.tok[k] == ":":
        k = d.skip_space(k + 1, 1)
    if k >= d.n or d.in_quote[k] < 0 or d.tok[k] not in _QUOTE_MARKS:
        return None
    q = d.in_quote[k]
    if d.quotes[q].start != d.idx[k]:
        return None
    return d.quote_content(q)


def _closed_quote_at(d: AttributionDoc, k: int) -> tuple[int, int] | None:
    """The content of the quotation opening at token ``k`` when a punctuation mark or the sentence's end follows
    its closing mark (it stands alone, not as the subject or object of a clause going on after it); else None."""
    if k >= d.n or d.in_quote[k] < 0 or d.tok[k] not in _QUOTE_MARKS:
        return None
    q = d.in_quote[k]
    if d.quotes[q].start != d.idx[k]:
        return None
    after = k
    while after < d.n and d.in_quote[after] == q:
        after += 1
    after = d.skip_space(after, 1)
    if after < d.n and d.tok[after] not in _CLAUSE_END and d.tok[after] not in _SENT_END:
        return None
    return d.quote_content(q)


def _as_clause(d: AttributionDoc, t: Token, subj: int | None) -> list[tuple[int, int]] | None:
    """ "As X reported early last year, Y." / "Y, as police have said.": a cue with no content of its own in a
    clause opened by ``lex.as_clause_words`` reports the clause around it: the words after the clause's comma
    (with those before the comma that opens it when they hold the subject: "The pier, as X said, is …"), else,
    for a clause closing its sentence, those before it. RETURNS (list of one or two content spans) or None."""
    lex = d.lex
    i = t.i
    if subj is None or d.in_quote[i] >= 0 or d.dep[i] not in lex.as_clause_deps:
        return None
    if not any(c < i and d.dep[c] in lex.dep("mark") and d.low[c] in lex.as_clause_words for c in d.kids[i]):
        return None
    if any(c > i and d.dep[c] in lex.dep("preposition") and d.low[c] in lex.as_clause_topics for c in d.kids[i]):
        return None  # "as X went on about “…”": while X spoke of a topic
    if any(d.dep[c] in lex.dep("xcomp") for c in d.kids[i]):
        return None  # "as X looks to shore up …": an aim, its infinitive the content
    a, b = _subtree_range(d, t)
    while b - 1 > i and (d.space[b - 1] or d.tok[b - 1] == ","):
        b -= 1  # (the clause's own closing comma)
    start, end = d.sent_start[i], d.sent_end[i]
    after = d.skip_space(b)
    before = d.skip_space(a - 1, -1)
    # the words before the clause's opening comma: the main clause's start when they hold its subject
    # ("The rest, as X reported, is …"), not a lone conjunction or adverb ("Yet, as X observed, …")
    lead = None
    if before > start and d.tok[before] == ",":
        lead = d.char_span(start, before)
        if not any(d.pos[x] in ("NOUN", "PROPN", "PRON") for x in range(start, before)):
            lead = None
    if after < end and d.tok[after] == ",":
        span = d.char_span(after + 1, end)
        if span and any(d.finite_verb(x) for x in range(after + 1, end)):
            return [lead, span] if lead else [span]
    tail_empty = all(d.space[x] or d.tok[x] in _SENT_END for x in range(b, end))
    if lead and tail_empty and any(d.finite_verb(x) for x in range(start, before)):
        return [lead]
    return None


def _scan_postposed(d: AttributionDoc, k: int) -> int | None:
    """The first noun phrase after an incise's verb that no preposition opens, up to the clause's end:
    "…, a répété à Munich le chef du gouvernement", "…, s'est réjoui devant la presse Victor X", "…, écrit Lo".
    RETURNS (int | None): its head token (a name, a noun after its determiner, or "l'un" of "l'un des …")."""
    in_pp = pp_noun = False
    while k < d.n:
        w, pos = d.tok[k], d.pos[k]
        if w in _CLAUSE_END or "\n" in w or w in _QUOTE_MARKS or d.in_quote[k] >= 0:
            return None
        ent = d.doc[k].ent_type_
        if ent and d.doc[k].ent_iob_ == "I" and in_pp and pp_noun:
            k += 1  # the rest of a name in a prepositional phrase ("sur BFM TV")
            continue
        if ent in ("PER", "PERSON", "ORG") and d.doc[k].ent_iob_ == "B" and not (in_pp and not pp_noun):
            # a name the tagger read as words ("…, précise Sans Détour", "…, précise Lo Kervran"): its last token
            e = k
            while e + 1 < d.n and d.doc[e + 1].ent_iob_ == "I":
                e += 1
            return e
        if pos == "DET" and k + 1 < d.n and d.pos[k + 1] == "ADV":
            k += 1  # "un peu plus tôt"
            continue
        if pos in ("ADV", "SPACE", "ADJ", "NUM") or d.space[k] or ent in ("DATE", "TIME"):
            k += 1
            continue
        if pos == "ADP":
            in_pp, pp_noun = True, False
            k += 1
            continue
        if pos == "DET" or (pos == "PRON" and d.lem[k] == "un"):
            if in_pp and not pp_noun:
                k += 1
                continue
            if pos == "PRON":
                return k
            j = k + 1
            while j < d.n and d.pos[j] in ("ADJ", "ADV", "NUM", "DET"):
                j += 1
            if j < d.n and d.low[j] in d.lex.temporal_words:
                k = j + 1  # "…, a tranché ce jeudi la directrice": a time, not the subject
                continue
            if j < d.n and d.pos[j] in ("NOUN", "PROPN") and d.tok[j] not in _CLAUSE_END:
                return j
            if j < d.n and d.pos[j] == "PRON" and d.lem[j] == "un":
                return j  # "l'un des auteurs"
            if j > k + 1 and d.pos[j - 1] == "ADJ" and (j >= d.n or d.tok[j] in _CLAUSE_END):
                return j - 1  # "…, a écrit un autre.": an adjective standing for its noun closes the clause
            return None
        if pos == "PROPN":
            if d.doc[k].ent_iob_ == "I" and k > 0 and d.pos[k - 1] == "PROPN":
                k += 1
                continue  # the rest of the name just read
            if in_pp and not pp_noun:
                pp_noun = True
                k += 1
                continue
            if any(c not in ("-", "\u2013", "\u2014") for c in w):
                return k
            k += 1
            continue
        if pos == "NOUN":
            nxt = k + 1
            if not in_pp and d.low[k] not in d.lex.temporal_words and (nxt >= d.n or d.tok[nxt] in _CLAUSE_END):
                return k  # "…, note aussi geoplus."
            pp_noun = pp_noun or in_pp
            k += 1  # a bare noun ("lundi") or the noun of a prepositional phrase
            continue
        if not in_pp and d.doc[k].is_alpha and k + 1 < d.n and d.tok[k + 1] in _SENT_END:
            return k  # one word closing the sentence, whatever its tag ("…, constate également geoplus.")
        return None
    return None


def _source_span(d: AttributionDoc, s: int, exclude: set[int]) -> tuple[int, int] | None:
    """Characters of the source mention headed by token ``s``."""
    doc = d.doc
    tok = doc[s]
    m = _INVERTED_PRONOUN.match(tok.text)
    if m:
        a = tok.idx + tok.text.lower().rfind(m.group(1).lower())
        return a, tok.idx + len(tok.text)
    if s in d.bare_np:  # (read off the surface by _bare_np_subject)
        return d.char_span(*d.bare_np[s])
    if d.lex.source_span == "name" and not _common_noun_joined(d, tok):
        name = _name_tokens(d, tok)
        if name is not None and d.lex.surface_subjects:
            name = _joined_names(d, tok, name)
        if name is not None:
            return d.char_span(name[0], name[1])
    a, b = tok.left_edge.i, tok.right_edge.i + 1
    last = d.word_end(s)
    if last != s:  # "The co-chair of the council": the head cut at its hyphen, the rest hung elsewhere
        b = max(b, d.doc[last].right_edge.i + 1)
    if tok.dep_ == "amod" and s > 0 and d.pos[s - 1] == "DET" and doc[s - 1].head.i == tok.head.i:
        a = s - 1  # "Ce dernier" parsed as the verb's determiner and adjective
    b = _ranked_tail(d, s, b, exclude)
    # drop relative clauses and anything that is cue or content
    for c in tok.children:
        if c.dep_ in d.lex.dep("relative") and d.lex.source_span == "name" and c.i > s:
            b = min(b, c.left_edge.i)
    keep_a, keep_b = s, s + 1
    while keep_a > a and keep_a - 1 not in exclude:
        keep_a -= 1
    while keep_b < b and keep_b not in exclude:
        keep_b += 1
    while keep_b - 1 > s and d.pos[keep_b - 1] == "PRON" and d.low[keep_b - 1] in d.lex.object_clitics:
        keep_b -= 1  # "La ministre l'a accusé": the object clitic after the subject is not part of it
    keep_a = d.after_dateline(keep_a, s)  # "NORTHCOTE - A coalition of …": the dateline is not the source
    # "par notre président", "sur BFM": the mention, not its preposition
    while keep_a < s and (d.space[keep_a] or (d.pos[keep_a] == "ADP" and d.dep[keep_a] in d.lex.dep("case"))):
        keep_a += 1
    if keep_a < s and d.pos[keep_a] == "ADV":  # "notamment par X": the adverb before the preposition too
        k = d.skip_space(keep_a + 1, 1)
        if 0 <= k < s and d.pos[k] == "ADP" and d.dep[k] in d.lex.dep("case"):
            keep_a = d.skip_space(k + 1, 1)
    first = tok.head.i
    if (
        d.lex.speaking_conjunct
        and tok.dep_ == "conj"
        and d.pos[keep_a] == "CCONJ"
        and doc[keep_a].head.i == s
        and not (_can_speak(d, first) or d.pos[first] == "PROPN")
    ):
        keep_a = d.skip_space(keep_a + 1, 1)  # "et des études récentes" taken alone (``_subject``): not its "et"
    if keep_a < s and all(d.space[k] or d.pos[k] == "ADV" for k in range(keep_a, s)):
        keep_a = s  # "…, écrit aussi Lo": only adverbs before a one-word mention are not part of it
    keep_a = _whole_word_start(d, keep_a)
    span = d.char_span(keep_a, keep_b)
    return None if span is None else d.bracket_closed(span)


def _ranked_tail(d: AttributionDoc, s: int, b: int, exclude: set[int]) -> int:
    """The end of a mention whose leader noun takes a numeral the parse split off ("le numéro un chinois":
    "un chinois" hung on the verb as a second subject): past the numeral and up to two lowercase modifiers."""
    if b != s + 1 or d.lem[s] not in d.lex.leader_nouns or b >= d.n or b in exclude:
        return b
    if not (d.doc[b].like_num or d.pos[b] == "NUM"):
        return b
    end = b + 1
    while (
        end < min(d.n, b + 3)
        and end not in exclude
        and d.pos[end] in ("ADJ", "NOUN")
        and d.tok[end].islower()
        and d.head[end] != end
    ):
        end += 1
    return end


def _common_noun_joined(d: AttributionDoc, tok: Token) -> bool:
    """Whether ``tok``, no person's name, is coordinated with a common noun ("Marins et dockers" at a headline's
    start, the first word tagged a name): the mention is the whole coordination, not a name in it."""
    if tok.ent_type_ in d.lex.ent("person"):
        return False
    conj = d.lex.dep("conjunct")
    return any(d.dep[c] in conj and c > tok.i and d.pos[c] == "NOUN" for c in d.kids[tok.i])


def _whole_word_start(d: AttributionDoc, a: int) -> int:
    """Token ``a``, or the first token of the word it ends when the tokenizer split a hyphenated word
    ("Quelques-uns", "celles-là" cut at the hyphen): a mention starts with its whole first word."""
    doc = d.doc
    while a >= 2 and d.tok[a - 1] == "-" and not doc[a - 2].whitespace_ and not doc[a - 1].whitespace_:
        if not d.tok[a - 2].isalpha() or d.in_quote[a - 2] != d.in_quote[a]:
            break
        a -= 2
    return a


def _name_tokens(d: AttributionDoc, tok: Token) -> tuple[int, int] | None:
    """The proper-name tokens [a, b) standing for the NP headed by ``tok`` (itself or an apposition).

    "le commandant des Hachd …, Qassem Mosleh" -> "Qassem Mosleh": the last
    person name in apposition anywhere in the NP (parsers often hang it on the
    nearest noun rather than on the head).
    """
    if d.pos[tok.i] == "PROPN" and tok.ent_type_ not in ("LOC", "GPE", "ORG"):
        return _flat_name(d, tok)
    best = None
    for i in range(tok.left_edge.i, tok.right_edge.i + 1):
        c = d.doc[i]
        if d.pos[i] == "PROPN" and c.ent_type_ in d.lex.ent("person") and c.dep_ in d.lex.dep("appos"):
            best = c
    if best is not None:
        return _flat_name(d, best)
    return None


def _flat_name(d: AttributionDoc, tok: Token) -> tuple[int, int]:
    a = b = tok.i
    for c in tok.children:
        if c.dep_ in d.lex.dep("name") or (c.dep_ == "compound" and d.pos[c.i] == "PROPN"):
            a = min(a, c.i)
            b = max(b, c.i)
    # a contiguous run of the same entity
    while a > 0 and d.doc[a - 1].ent_iob_ == "I" and a - 1 >= tok.left_edge.i and d.pos[a - 1] == "PROPN":
        a -= 1
    return a, b + 1


# -- content strategies ----------------------------------------------------------


def _clause_before_quote(d: AttributionDoc, qi: int) -> int | None:
    """The start (a character offset) of the words a quotation closes when it does not open its sentence
    ("Les nations devraient annoncer « un effort », assure X"): at least three words of the same sentence
    and paragraph before it, no colon, quotation or sentence mark among them; else None."""
    opening = _token_at(d, d.quotes[qi].start)
    if opening is None:
        return None
    start = d.sent_start[opening]
    p = d.skip_space(opening - 1, -1)
    if p >= start and d.tok[p] == "," and not any(d.finite_verb(k) for k in range(start, p)):
        # "À propos du riz, « il en reste », dit-il": a lead-in the writer set off (no finite verb), the quotation
        # alone; "Prices will rise again, “and sharply,” X said" keeps its clause (revfix47a)
        return None
    words = 0
    for k in range(opening - 1, start - 1, -1):
        if d.in_quote[k] >= 0 or d.tok[k] in (":", ";") or d.tok[k] in _SENT_END or (d.space[k] and "\n" in d.tok[k]):
            return None
        cls = d.lex.verbs.get(d.lem[k]) if d.pos[k] == "VERB" else None
        # "X a affirmé que … « … », assure Y": the clause is X's report, Y says the quotation
        # (an infinitive reports nothing yet: "devraient annoncer « … », assure Y"; a verb that
        # reports only a clause reports nothing without one: "des plans ont été lancés, mais …")
        if (
            cls
            and not d.has_morph(k, "VerbForm", "Inf")
            and (cls != "clause_only" or any(d.dep[c] in d.lex.dep("clausal") for c in d.kids[k]))
        ):
            return None
        if not d.space[k] and not d.doc[k].is_punct:
            words += 1
    while start < opening and (d.space[start] or d.doc[start].is_punct):
        start += 1
    return d.idx[start] if words >= 3 else None


def _joined_quotes_only(d: AttributionDoc, span: tuple[int, int], used: set[int]) -> tuple[int, ...]:
    """The quotations a content span is made of when it holds two or more and nothing else but the joiners
    between them ("« A » et « B »"); else ()."""
    a, b = span
    inside = [k for k, q in enumerate(d.quotes) if q.end > a and q.start < b]
    if len(inside) < 2 or any(k in used for k in inside):
        return ()
    first, last = d.quotes[inside[0]], d.quotes[inside[-1]]
    if d.text[a : first.inner_start].strip(' «»“”"') or d.text[last.inner_end : b].strip(' «»“”"'):
        return ()
    for k, m in itertools.pairwise(inside):
        between = d.text[d.quotes[k].end : d.quotes[m].start].split()
        if tuple(norm(w) for w in between) not in d.lex.quote_joiners:
            return ()
    return tuple(inside)


def _asked_clause(d: AttributionDoc, t: Token, c: Token) -> bool:
    """ "X demande au ministre si …": an adverbial clause after a question verb, opened by "si", is the question
    it asks (the parse reads a condition), not a circumstance."""
    lex = d.lex
    return (
        bool(lex.question_marks)
        and c.dep_ == "advcl"
        and c.i > t.i
        and d.cue_lem[t.i] in lex.question_verbs
        and any(g.dep_ in lex.dep("mark") and norm(g.lower_) in lex.question_marks and g.i < c.i for g in c.children)
    )


def _present_participle(tok: Token) -> bool:
    """A gerund or present participle ("adding", "ajoutant"): a cue that goes on, not an inverted one."""
    form = tok.morph.get("VerbForm")
    return tok.tag_ == "VBG" or "Ger" in form or ("Part" in form and "Pres" in tok.morph.get("Tense"))


def _named_in_marks(d: AttributionDoc, qi: int, j: int, cue: int) -> bool:
    """Whether quotation ``qi`` (closing at token ``j``, the cue at ``cue`` right after it with no comma between)
    is a name written in quotation marks after a definite determiner ("le « Courrier de Valbrune » admet"): one to
    four words, capitalised but for short links ("de"), the subject of the cue rather than what it reports."""
    q = d.quotes[qi]
    if any(d.tok[k] == "," for k in range(j + 1, cue)):
        return False
    words = d.text[q.inner_start : q.inner_end].split()
    if not 0 < len(words) <= 4 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if not all(w[:1].isupper() or len(w) <= 3 for w in words):  # (« Courrier de Valbrune »)
        return False
    opening = _token_at(d, q.start)
    if opening is None:
        return False
    k = opening - 1
    while k >= 0 and d.space[k]:
        k -= 1
    return k >= 0 and norm(d.low[k]) in d.lex.definite


def _name_in_marks_before(d: AttributionDoc, cue: int) -> int | None:
    """The head token of a name in quotation marks just before the cue ("le « Courrier de Valbrune » admet"), else
    None."""
    j = cue - 1
    while j >= 0 and d.space[j]:
        j -= 1
    if j < 0 or d.in_quote[j] < 0 or not _named_in_marks(d, d.in_quote[j], j, cue):
        return None
    qi = d.in_quote[j]
    first = j
    while first > 0 and d.in_quote[first - 1] == qi:  # back to the quotation's first token, not the article's
        first -= 1
    inside = [
        k
        for k in range(first, j + 1)
        if d.idx[k] >= d.quotes[qi].inner_start and not d.space[k] and not d.doc[k].is_punct
    ]
    heads = [k for k in inside if d.head[k] not in inside or d.head[k] == k]
    return min(heads) if heads else None


def _in_reported_clause(d: AttributionDoc, j: int, group: list[int]) -> bool:
    """Whether token ``j`` sits inside the reported clause of another speech verb before it in the sentence and
    outside any quotation ("le « Courrier de Valbrune » admet que le plan est « plutôt équilibré », il juge …")."""
    k, seen = j, 0
    start = d.sent_start[j]
    while d.head[k] != k and seen < 40:
        h = d.head[k]
        if (
            h not in group
            and start <= h < j
            and d.in_quote[h] < 0  # (a verb inside the quotation itself reports nothing of the cue's)
            and d.dep[k] in d.lex.dep("clausal")
            and d.pos[h] == "VERB"
            and d.lex.verbs.get(d.lem[h])
        ):
            return True
        k, seen = h, seen + 1
    return False


def _quote_after(
    d: AttributionDoc, group: list[int], subj: int | None, used: set[int], labels: bool = True
) -> int | None:
    """A quotation just before the cue group ("« … », a-t-il dit", "“…,” Figueroa said").

    labels: also a short label before a label verb ("« … », comme on l'appelait").
    """
    j = group[0] - 1
    subj_toks: set[int] = set()
    if subj is not None and subj < group[0]:
        st = d.doc[subj]
        subj_toks = set(range(st.left_edge.i, st.right_edge.i + 1))
    steps = 0
    skipped = 0  # subject tokens passed over uncounted (``lex.quote_gap_skips_subject``)
    label = labels and any(d.lem[k] in d.lex.label_verbs for k in group)
    while j >= 0 and steps <= d.lex.gap_max:
        if d.in_quote[j] >= 0:
            qi = d.in_quote[j]
            q = d.quotes[qi]
            if j in subj_toks and subj is not None and d.idx[subj] < q.start:
                return None  # "Le rapport, intitulé « … », détaille": a title inside the subject
            if steps + skipped > d.lex.gap_max and not _opens_quote_sentence(d, q, j, subj_toks):
                return None  # past a long subject, only '“…,” X, …, said'

            if _named_in_marks(d, qi, j, group[0]):
                return None  # "le « Courrier de Valbrune » admet": an outlet's name, the subject
            if subj is not None and subj < group[0] and _in_reported_clause(d, j, group):
                # "X reconnaît que c'est « … », il estime que": X's clause, not this cue's quotation; an inverted cue
                # after it ("…, assure le préfet") still takes the quotation before it
                return None
            if d.idx[j] + len(d.tok[j]) >= q.end - 1 and qi not in used:
                return qi
            return None
        tok = d.tok[j]
        if d.space[j] and tok.count("\n") >= 2:
            return None
        if j in subj_toks and d.lex.quote_gap_skips_subject and not (d.space[j] and "\n" in tok):
            j -= 1  # ('“…,” X, one of the board's oldest pilots, said': the subject's length is no gap)
            skipped += 1
            continue
        if (
            tok in (",", "\u2014", "\u2013", "-")
            or d.space[j]
            or j in subj_toks
            or d.pos[j] in ("ADV", "PART")
            or (label and norm(d.low[j]) in d.lex.label_gap)  # "« … », comme on l'appelait"
            or _incise_clitic(d, j, group)  # "« … », nous confie X", "« … . » nous confie X"
        ):
            j -= 1
            steps += 1
            continue
        return None
    return None


def _closed_sentence(d: AttributionDoc, q: Quote) -> bool:
    """Whether quotation ``q`` ends a sentence of its own: a full stop, "?" or "!" inside its marks and a
    capital after them ('“A.” She added', not '“A,” she added' nor '“A?” she asked')."""
    if d.text[q.inner_start : q.inner_end].rstrip()[-1:] not in _SENT_END:
        return False
    after = d.text[q.end : q.end + 40].lstrip(" \t\u00a0")
    return after[:1].isupper()


def _opens_quote_sentence(d: AttributionDoc, q: Quote, j: int, subj_toks: set[int]) -> bool:
    """Whether quotation ``q`` (its last token ``j``) is '“…,” X, a long apposition, said': outside the subject,
    closing on ",", "?" or "!" inside its marks and opening its sentence (a sentence end, a line break or another
    quotation before it: not a title inside an opening phrase, 'On the episode of “The Morning Show,” X said')."""
    if j in subj_toks or d.text[q.inner_start : q.inner_end].rstrip()[-1:] not in (",", "?", "!"):
        return False
    before = d.text[: q.start].rstrip(" \t\u00a0")
    return not before or before[-1] == "\n" or before[-1] in _SENT_END or before[-1] in _QUOTE_MARKS


def _quote_before(d: AttributionDoc, group: list[int], t: Token, used: set[int], labels: bool = True) -> int | None:
    """A quotation just after the cue ("X a déclaré : « … »", 'he told reporters: "…"').

    labels: also a short label after a label verb ("la qualifie de « provocation »").
    """
    j = group[-1] + 1
    steps = 0
    sub_lo, sub_hi = t.left_edge.i, t.right_edge.i
    saw_colon = False
    # tokens of the reported clause: a quotation inside it is part of indirect speech
    clause: set[int] = set()
    clausal, mark = d.lex.dep("clausal"), d.lex.dep("mark")
    for c in d.kids[t.i]:
        if c > group[-1] and (d.dep[c] in clausal or d.dep[c] in mark):
            ct = d.doc[c]
            if d.in_quote[ct.left_edge.i] < 0:
                clause.update(range(ct.left_edge.i, ct.right_edge.i + 1))
    while j < d.n and steps <= d.lex.gap_max + 4:
        if d.in_quote[j] >= 0:
            qi = d.in_quote[j]
            if d.quotes[qi].start >= d.idx[j] and qi not in used:
                prev = j - 1
                while prev > group[-1] and d.space[prev]:
                    prev -= 1
                gap = prev > group[-1]
                punct_before = d.tok[prev] in (":", ",") if gap else False
                q = d.quotes[qi]
                words = len(d.text[q.inner_start : q.inner_end].split())
                if labels and _label_quote(d, t, group[-1] + 1, j, qi):
                    return qi
                # 'told reporters: “…”' or 'said “…”'; not a scare quote inside an object ('the “cross-sell” scheme')
                speech = d.lex.verbs.get(d.lem[t.i]) == "speech"
                if not gap and not punct_before and speech and _quote_ends_sentence(d, q):
                    return qi  # "Le maire a déclaré « non ».": the whole utterance, however short
                if (gap and not punct_before) or (words < 4 and not punct_before):
                    return qi if gap and words >= 3 and _object_then_quote(d, t, group, prev) else None
                return qi
            return None
        tok = d.tok[j]
        if tok in _SENT_END:
            return None
        if d.space[j] and tok.count("\n") >= 2 and not saw_colon:
            return None
        if tok == ":":
            saw_colon = True
        elif tok == "," or d.space[j]:
            pass
        elif not (sub_lo <= j <= sub_hi) or _cue_like(d, j) or j in clause or d.dep[j] in mark:
            nxt = d.skip_space(j + 1, 1)
            if not (d.low[j] in d.lex.object_quote_preps and nxt < d.n and d.in_quote[nxt] >= 0):
                return None  # (but "ordonné aux gardes de « … »": the quoted infinitive's "de", checked above)
        j += 1
        steps += 1
    return None


def _quote_ends_sentence(d: AttributionDoc, q: Quote) -> bool:
    """Whether quotation ``q`` closes its sentence (a full stop, or the end of its paragraph, right after it)."""
    j = _token_at(d, q.end - 1)
    if j is None:
        return False
    k = j + 1
    while k < d.n and d.space[k] and "\n" not in d.tok[k]:
        k += 1
    return k >= d.n or d.tok[k] in _SENT_END or "\n" in d.tok[k]


def _object_then_quote(d: AttributionDoc, t: Token, group: list[int], prev: int) -> bool:
    """ "X a ordonné aux gardes de « … »": cue ``t`` is of a class of ``object_quote`` and the words between it
    and the quotation are its object (or indirect object) and a preposition of ``object_quote`` (token ``prev``)."""
    lex = d.lex
    if lex.verbs.get(d.lem[t.i]) not in lex.object_quote_classes or d.low[prev] not in lex.object_quote_preps:
        return False
    objects = lex.dep("object") | lex.dep("prep_object")
    return any(d.dep[c] in objects and group[-1] < c < prev for c in d.kids[t.i])


def _whole_quotes(d: AttributionDoc, content: list[tuple[int, int]], after: int) -> list[tuple[int, int]]:
    """Contents the parse cut inside a quotation opened after the cue, stretched to hold all of it
    ("a dénoncé un « nouveau crime … »" cut after "nouveau", "a affirmé que « A, B et C »" from "et C")."""
    out = []
    for a, b in content:
        for q in d.quotes:
            if q.start < after or q.start >= b:
                continue
            # the content opens inside the quotation or a word or two before it ("un « … »")
            near = a > q.inner_start or len(d.text[a : q.start].split()) <= 2
            cut = any(ch.isalnum() for ch in d.text[q.inner_start : a] + d.text[b : q.inner_end])
            if near and cut and a < q.inner_end and b > q.inner_start:
                a, b = min(a, q.inner_start), max(b, q.inner_end)
        for q in d.quotes:
            if not (a <= q.inner_start and q.start < b) or q.start < after:
                continue
            if re.search(r"\bqu(?:e|'|\u2019)\s*$", d.text[a : q.start]):
                a = q.inner_start  # "a écrit dans une tribune que « … »": what was written
            # "a écrit que « … », alléguant que …": the quotation, not the participle clause after it; "ceux qui
            # crient que « … », qui défilent …": nor a relative clause after a quoted clause (one with a verb)
            if abs(a - q.inner_start) <= 2 and q.end < b and re.match(r"[\s\u00bb\u201d\"]*,", d.text[q.inner_end : b]):
                k = _token_at(d, q.end)
                while k is not None and k < d.n and (d.space[k] or d.tok[k] in _QUOTE_MARKS or d.tok[k] == ","):
                    k += 1
                if (
                    k is not None
                    and k < d.n
                    and (
                        ("Part" in d.doc[k].morph.get("VerbForm") and d.pos[k] == "VERB")
                        or (_relative_pronoun(d, k) and _quoted_clause(d, q))
                    )
                ):
                    b = q.inner_end
        out.append((a, b))
    return out


def _quoted_clause(d: AttributionDoc, q: Quote) -> bool:
    """Whether quotation ``q`` holds a finite verb (a clause quoted whole, not a quoted noun a relative may qualify)."""
    k = _token_at(d, q.inner_start)
    while k is not None and k < d.n and d.idx[k] < q.inner_end:
        if d.finite_verb(k):
            return True
        k += 1
    return False


def _label_quote(d: AttributionDoc, t: Token, a: int, b: int, qi: int) -> bool:
    """Whether quotation ``qi``, at token ``b``, is the label cue ``t`` gives, with only gap words in [a, b)
    ("la qualifie de « provocation »", "se disent « progressistes »", "dénonce un « crime »"), and
    not a word inside a longer phrase ("les « provocations » de Londres": mixed)."""
    lex = d.lex
    q = d.quotes[qi]
    words = len(d.text[q.inner_start : q.inner_end].split())
    if d.lem[t.i] not in lex.label_verbs or not 0 < words <= lex.label_max_words:
        return False
    if not all(d.space[k] or norm(d.low[k]) in lex.label_gap for k in range(a, b)):
        return False
    k = b
    while k < d.n and (d.in_quote[k] == qi or d.space[k]):
        k += 1
    if k < d.n and d.pos[k] not in ("PUNCT", "CCONJ"):
        h = d.doc[k].head if d.pos[k] in ("ADP", "DET") else d.doc[k]
        if d.in_quote[h.i] == qi or d.in_quote[h.head.i] == qi:
            return False  # the phrase goes on after the quotation
    return True


def quote_adjacent(d: AttributionDoc, t: Token, group: list[int] | None = None, subj: int | None = None) -> bool:
    """Whether a quotation stands right before or after candidate cue ``t`` (the learned cue
    models' ``qadj`` feature).

    group: the cue's tokens (default: found as for a one-word cue, with its subject).
    subj: the token index of the cue's subject, when ``group`` is given.
    RETURNS (bool): True when an unused quotation is adjacent to the cue.
    """
    if group is None:
        group = _cue_group(d, t, None)
        subj, _ = _subject(d, t, group)
    # (the feature the cue models were trained on: quotations of any length, labels aside)
    return (
        _quote_after(d, group, subj, set(), labels=False) is not None
        or _quote_before(d, group, t, set(), labels=False) is not None
    )


def _cue_like(d: AttributionDoc, j: int) -> bool:
    return d.pos[j] == "VERB" and d.lem[j] in d.lex.verbs


def _subtree_range(d: AttributionDoc, c: Token) -> tuple[int, int]:
    return c.left_edge.i, c.right_edge.i + 1


def _content_from_child(d: AttributionDoc, c: Token, strip: bool = True) -> list[tuple[int, int]]:
    a, b = _subtree_range(d, c)
    if strip:
        a = d.strip_mark(a, b)
    span = d.char_span(a, b)
    return [span] if span else []


def _inversion(d: AttributionDoc, t: Token, group: list[int]) -> list[tuple[int, int]]:
    """Content of an incise: "Les troupes partiront, a affirmé le ministre." -> the clause before."""
    h = t.head
    if _present_participle(d.doc[min(group)]):
        # "…, jugeant « … » le choix", "…, citing X": a participle goes on, it does not report the clause before
        # (English too: PolNeAR train, 5 folds, content F1 0.680 -> 0.685)
        return []
    if h.i > t.i and d.lex.incise_subject_before and t.dep_ in d.lex.dep("inversion_heads"):
        return _mid_incise(d, t, group)
    # a ROOT verb after a comma takes the clause before it in the sentence
    if (h is t or h.i > t.i or t.dep_ not in d.lex.dep("inversion_heads")) and t.dep_ != "ROOT":
        return _surface_incise(d, t, group)
    g0 = group[0]
    subj = [c for c in t.children if c.dep_ in d.lex.dep("subject")]
    if subj and subj[0].i < g0:
        # "…, Mr. Clarke said, …" (English); French incises invert the subject ("a dit le ministre")
        if not d.lex.incise_subject_before:
            return []
        if any(c.dep_ in d.lex.dep("object") for c in t.children):
            return []
        g0 = min(g0, subj[0].left_edge.i)
    j = g0 - 1
    while j >= 0 and d.space[j]:
        j -= 1
    if j < 0 or d.tok[j] not in (",", "\u2014", "\u2013"):
        return []
    if subj and subj[0].i < j:
        return []
    start = d.sent_start[t.i]
    if h is not t and h.i < t.i:
        start = min(start, h.left_edge.i) if d.para[h.left_edge.i] == d.para[t.i] else start
    for k in range(j - 1, start, -1):
        if d.tok[k] == ":" and d.in_quote[k] < 0:
            if j - k > 3:
                start = k + 1  # "X se faisait menaçant : si …, « … », a-t-il prévenu": what follows the colon
            break
    if j - start < 3:
        return []
    if not _main_clause(d, start, j):
        return []  # "Le Mercosur, auquel se sont associés …, a condamné X": a subject the parse missed, no clause
    spans = []
    span = d.char_span(start, j)
    if span:
        spans.append(span)
    # the clause goes on after the incise: "X, he said, until Y."
    if h is not t and h.i < t.i and t.dep_ != "ROOT":
        a = t.right_edge.i + 1
        b = h.right_edge.i + 1
        if b - a >= 3 and d.tok[a] in (",", "\u2014", "\u2013"):
            rest = d.char_span(a, b)
            if rest:
                spans.append(rest)
    return spans


def _surface_incise(d: AttributionDoc, t: Token, group: list[int]) -> list[tuple[int, int]]:
    """Content of an incise closing its sentence whatever the parse hung it on: "…, assurent les peintres
    de l'atelier.", "…, reconnaît-il volontiers devant les élèves.", "…, a confirmé lundi l'adjointe X, dont …".
    French only (its incises invert the subject): a finite verb right after a comma, no subject before it,
    an inverted pronoun or a noun phrase after it, then only adverbials up to the next comma or the
    sentence's end; it reports the main clause before the comma, from the sentence's start (or a colon)."""
    lex = d.lex
    if lex.incise_subject_before or d.in_quote[t.i] >= 0 or d.pos[t.i] != "VERB":
        return []
    finite = d.has_morph(t.i, "VerbForm", "Fin") or any(
        d.pos[k] == "AUX" and d.has_morph(k, "VerbForm", "Fin") for k in group
    )
    if not finite:
        return []
    j = _before_cue(d, group)
    if j < 1 or d.tok[j] not in _INCISE_MARKS:
        return []
    if any(d.dep[c] in lex.dep("subject") and c < group[0] for c in d.kids[t.i]):
        return []
    if any(_INVERTED_PRONOUN.match(d.tok[k]) for k in group):
        k = group[-1] + 1
    else:
        s = _scan_postposed(d, group[-1] + 1)
        if s is None:
            return []
        k = s + 1
    end = d.sent_end[t.i]
    while k < end and d.tok[k] not in _INCISE_MARKS and d.tok[k] not in _SENT_END:
        if d.pos[k] in ("VERB", "AUX", "SCONJ") or d.in_quote[k] >= 0 or d.tok[k] in (":", ";"):
            return []
        k += 1
    start = d.sent_start[t.i]
    for m in range(j - 1, start, -1):
        if d.tok[m] == ":" and d.in_quote[m] < 0:
            start = m + 1
            break
    while start < j and (d.space[start] or d.doc[start].is_punct):
        start += 1
    if j - start < 3 or d.in_quote[start] >= 0 or any(d.para[m] != d.para[t.i] for m in (start, j)):
        return []
    if any(
        d.pos[m] == "VERB"
        and lex.verbs.get(d.lem[m])
        and d.in_quote[m] < 0
        and any(d.dep[c] in lex.dep("clausal") for c in d.kids[m])
        for m in range(start, j)
    ):
        return []  # "X a affirmé que …, assure Y": the clause is X's report
    if not _main_clause(d, start, j):
        return []
    span = d.char_span(start, j)
    return [span] if span else []


def _mid_incise(d: AttributionDoc, t: Token, group: list[int]) -> list[tuple[int, int]]:
    """Content of an incise inside the clause it reports, its subject before it: "The plan, Mr. Clarke said,
    will cost less." -> "The plan" and "will cost less"."""
    # the parse may hang the reported clause's subject on the incise too: its own subject is the last one
    subj = [c for c in t.children if c.dep_ in d.lex.dep("subject") and c.i < group[0]]
    if not subj or any(c.dep_ in d.lex.dep("object") for c in t.children):
        return []
    j = subj[-1].left_edge.i - 1
    a = max(t.right_edge.i, group[-1])
    if d.tok[a] not in _INCISE_MARKS:
        a += 1
    start = d.sent_start[t.i]
    if j <= start or a >= d.n or d.tok[j] not in _INCISE_MARKS or d.tok[a] not in _INCISE_MARKS:
        return []
    end = min(t.head.right_edge.i + 1, d.sent_end[t.i])
    while end > a + 1 and d.doc[end - 1].is_punct and d.in_quote[end - 1] < 0:
        end -= 1
    if end - a < 3 or any(d.para[k] != d.para[t.i] for k in (start, end - 1)):
        return []
    spans = [d.char_span(start, j), d.char_span(a + 1, end)]
    return [s for s in spans if s]


def _object_tail(d: AttributionDoc, t: Token, obj_end: int) -> int:
    """Where the content of an object cue ends: the rest of its clause after the object ("called X a liar",
    "blamed X for Y"), up to a comma, dash or coordinated verb outside quotations ("questioned X, urging Y",
    "touted X and said Y")."""
    end = min(t.right_edge.i + 1, d.sent_end[t.i])
    for k in range(obj_end, end):
        if d.in_quote[k] >= 0:
            continue
        if d.tok[k] in _CLAUSE_END or (d.head[k] == t.i and d.dep[k] in ("cc", "conj")):
            return k
    return end


def _clause_goes_on(d: AttributionDoc, t: Token, c: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reported clause of ``c`` with the rest the parse hung on the cue as another clause: "estime que X,
    peuplé de …, est Y" parsed as "que X" (or "que X, peuplé de …"), "peuplé de …" and "est Y" (the last
    without its own "que" or subject, the pieces joined by commas only)."""
    lex = d.lex
    if not (any(k.dep_ in lex.dep("subject") for k in c.children) or d.pos[c.i] in ("NOUN", "PROPN", "PRON")):
        return spans
    end = c.right_edge.i + 1
    last = end
    for g in sorted(t.children, key=lambda k: k.i):
        if g.i <= c.i or g.left_edge.i < end:
            continue
        between = [k for k in range(end, g.left_edge.i) if not d.space[k]]
        if len(between) > 1 or any(d.tok[k] != "," for k in between) or d.in_quote[g.i] >= 0:
            break
        if any(k.dep_ in lex.dep("mark") or k.dep_ in lex.dep("subject") for k in g.children):
            break
        if g.dep_ in lex.dep("clausal") or (g.dep_ == "advcl" and d.has_morph(g.i, "VerbForm", "Fin")):
            end = last = g.right_edge.i + 1  # "…, est Y": the verb of the reported clause
            continue
        if g.dep_ in ("advcl", "acl", "appos") and d.has_morph(g.i, "VerbForm", "Part"):
            end = g.right_edge.i + 1  # ", peuplé de …,": an apposition inside it, kept if the clause goes on
            continue
        break
    if last == c.right_edge.i + 1:
        return spans
    span = d.char_span(c.left_edge.i, last)
    return [(spans[0][0], span[1])] if span else spans


def _unelided(word: str) -> str:
    """ "d'" as "de", "qu'" as "que": an elided word and its full form compare equal."""
    w = norm(word)
    return w[:-1] + "e" if w.endswith("'") else w


def _only_links(d: AttributionDoc, a: int, b: int) -> bool:
    """Whether tokens [a, b) are only punctuation, conjunctions and bracketed asides."""
    depth = 0
    for k in range(a, b):
        if d.tok[k] == "(":
            depth += 1
        elif d.tok[k] == ")":
            depth = max(0, depth - 1)
        elif not (depth or d.space[k] or d.pos[k] in ("PUNCT", "CCONJ")):
            return False
    return True


def _before_finite_conj(d: AttributionDoc, c: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An infinitive content ``c`` ended before a finite verb the parse coordinated with it ("refusent
    d'entrer dans X et préfèrent partir": "entrer dans X"): a finite verb goes on the clause of the cue, not
    the infinitive's report."""
    if len(spans) != 1 or not d.lex.finite_conj_ends_infinitive or not d.has_morph(c.i, "VerbForm", "Inf"):
        return spans
    for g in d.kids[c.i]:
        if g > c.i and d.dep[g] == "conj" and d.finite_verb(g) and d.in_quote[g] < 0:
            b = d.doc[g].left_edge.i
            while b > c.i and (d.space[b - 1] or d.pos[b - 1] == "CCONJ" or d.tok[b - 1] in _CLAUSE_END):
                b -= 1
            end = d.idx[b - 1] + len(d.tok[b - 1])
            return [(spans[0][0], end)] if end > spans[0][0] else spans
    return spans


def _coordinated_clauses(d: AttributionDoc, t: Token, c: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "que" clause content ``c`` run on through the clauses with the same mark that the parse coordinated
    with the cue instead ("estime que X et qu'il faut Y": both are what is estimated)."""
    lex = d.lex
    if len(spans) != 1 or not lex.coordinated_que_clauses:
        return spans
    marks = {_unelided(d.low[g]) for g in d.kids[c.i] if d.dep[g] in lex.dep("mark") and g < c.i}
    if not marks:
        return spans
    end = max(c.right_edge.i, _token_at(d, spans[0][1] - 1) or c.right_edge.i)
    last = end
    for s in d.kids[t.i]:
        if s <= end or d.dep[s] != "conj" or d.in_quote[s] >= 0:
            continue
        own = {_unelided(d.low[g]) for g in d.kids[s] if d.dep[g] in lex.dep("mark") and g < s}
        if not own & marks or not _only_links(d, end + 1, d.doc[s].left_edge.i):
            break
        end = d.doc[s].right_edge.i
    if end == last:
        return spans
    while end > last and (d.space[end] or d.tok[end] in _CLAUSE_END):
        end -= 1
    return [(spans[0][0], d.idx[end] + len(d.tok[end]))]


def _coordinated_infinitives(
    d: AttributionDoc, t: Token, c: Token, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """An infinitive content ``c`` run on through the infinitives with the same mark that the parse hung on the
    cue beside it ("appelle à rejeter X et à soutenir Y", "propose d'augmenter X, de gonfler Y")."""
    lex = d.lex
    marks = {_unelided(d.low[g]) for g in d.kids[c.i] if d.dep[g] in lex.dep("mark") and g < c.i}
    bare = not marks and lex.bare_infinitives_coordinated  # "souhaite ramener X et mettre fin à Y"
    if len(spans) != 1 or not (marks or bare) or not d.has_morph(c.i, "VerbForm", "Inf"):
        return spans
    end = c.right_edge.i
    for s in d.kids[t.i]:
        if s <= end or d.dep[s] not in lex.dep("xcomp") | {"conj"} or not d.has_morph(s, "VerbForm", "Inf"):
            continue
        own = {_unelided(d.low[g]) for g in d.kids[s] if d.dep[g] in lex.dep("mark") and g < s}
        if (bare and own) or (not bare and not own & marks):
            break
        if not _only_links(d, end + 1, d.doc[s].left_edge.i):
            break
        end = d.doc[s].right_edge.i
    a = _token_at(d, spans[0][0])
    if end == c.right_edge.i or a is None:
        return spans
    span = d.char_span(a, end + 1)
    return [span] if span else spans


def _find_content(
    d: AttributionDoc, t: Token, cls: str, group: list[int], extra: Token | None, subj: int | None, used: set[int]
) -> tuple[list[tuple[int, int]], tuple[int, ...], int | None]:
    """(content spans, quotation indices used, content root token) for cue ``t``."""
    lex = d.lex
    strategies = lex.classes.get(cls, ())
    if lex.colon_block and "quote" in strategies:
        block = _colon_block(d, t)
        if block is not None:
            return [block], (), None
    if "quote" in strategies or cls in ("speech", "speech_obj", "belief", "clause_only"):
        qa = _quote_after(d, group, subj, used)
        qb = _quote_before(d, group, t, used)
        if (
            qa is not None
            and _present_participle(d.doc[min(group)])
            and any(d.dep[c] in lex.dep("clausal") and c > group[-1] and d.in_quote[c] < 0 for c in d.kids[t.i])
        ):
            qa = None  # "X a estimé « … », ajoutant que …": the participle reports its own clause, after it
        if (
            qa is not None
            and qb is not None
            and subj is not None
            and not lex.incise_subject_before
            and d.quotes[qa].end <= d.idx[subj] < d.idx[min(group)]
        ):
            qa = None  # "« A », X dénonce « B »": X says B; A was someone else's
        if qa is not None and qb is not None and lex.closed_quote_not_before and _closed_sentence(d, d.quotes[qa]):
            qa = None  # '“A.” She added, “B.”': she says B; A closed a sentence of its own before hers
        qs = tuple(q for q in (qa, qb) if q is not None)
        if qs:
            # "said “A” to drive up …": the reported clause goes on past the quotation
            for c in t.children:
                if c.dep_ in lex.dep("clausal") and qb is not None and qa is None:
                    q = d.quotes[qb]
                    a, b = _subtree_range(d, c)
                    tail = [k for k in range(a, b) if d.idx[k] >= q.end and not d.space[k] and not d.doc[k].is_punct]
                    if d.idx[a] <= q.start + 1 and len(tail) >= 3:
                        return _content_from_child(d, c), (), c.i
            if qa is not None and qb is None and not _present_participle(d.doc[min(group)]):
                # ("« … », adding that …" goes on: it reports what follows, not the clause before)
                lead = _clause_before_quote(d, qa)
                if lead is not None:  # "X devraient annoncer « … », assure Y": the whole clause, mixed
                    return [(lead, d.quotes[qa].end)], qs, None
            return [d.quote_content(q) for q in qs], qs, None
    for strat in strategies:
        if strat == "clausal":
            for c in t.children:
                if (c.dep_ in lex.dep("clausal") or _asked_clause(d, t, c)) and not (
                    extra is not None and c.i == extra.i
                ):
                    spans = _content_from_child(d, c)
                    if spans:
                        return _coordinated_clauses(d, t, c, _clause_goes_on(d, t, c, spans)), (), c.i
        elif strat == "xcomp":
            for c in t.children:
                if c.dep_ in lex.dep("xcomp") and c.i > t.i and d.pos[c.i] in ("VERB", "AUX", "ADJ", "NOUN"):
                    if c.dep_ == "advcl" and not any(g.dep_ in lex.dep("mark") for g in c.children):
                        continue
                    if t.i in d.relemmatized and not d.has_morph(c.i, "VerbForm", "Inf"):
                        continue  # ("assurent leur rang en installant …": a gerund, no content)
                    if d.lem[c.i] in lex.topic_participles and not d.has_morph(c.i, "VerbForm", "Inf"):
                        continue  # "se prononceront concernant X": what the vote is about, not what is said
                    spans = _content_from_child(d, c)
                    if spans:
                        return _coordinated_infinitives(d, t, c, _before_finite_conj(d, c, spans)), (), c.i
        elif strat == "object":
            # "…, affirment les auteurs du rapport": the subject after an incise's verb is not its object
            # (in French; an English verb's object after it is its object)
            post = _postposed_subject(d, t, group) if subj is None and not lex.incise_subject_before else None
            if extra is not None and extra.dep_ in ("prep",):
                # "called for X": the object of the multiword preposition
                for c in extra.children:
                    if c.dep_ in ("pobj", "pcomp"):
                        spans = _content_from_child(d, c)
                        if spans:
                            return spans, (), c.i
            for c in t.children:
                if c.dep_ in lex.dep("object") and not (extra is not None and c.i == extra.i) and c.i > t.i:
                    if c.i == post or _setting(d, c):
                        continue
                    if t.i in d.relemmatized and (
                        c.dep_ == "obj" or (d.cue_lem[t.i] in lex.question_verbs and _is_someone(d, c.i))
                    ):
                        # a form the lemmatizer took for a noun's: "le syndicat demande un délai" asks for
                        # a thing, "demande à X, …" names whom it asks; neither is what is said
                        continue
                    if c.dep_ == "obj" and d.lem[t.i] in lex.clause_not_object:
                        continue  # "assurer la protection de …": what is ensured, not said
                    if d.pos[c.i] == "PRON" and not any(g.dep_ in ("oprd", "xcomp") and g.i > c.i for g in t.children):
                        continue
                    a, b = _subtree_range(d, c)
                    if d.low[c.i] in lex.temporal_words:  # "a accusé lundi la préfecture de …": not the object
                        if b - c.i <= 1:
                            continue  # the next object child is the real one
                        a = c.i + 1  # the parse hung the real object under the time word
                    obj_end = b
                    # "called X a liar", "blamed X for Y", "painted X as Y": the object and the rest of the clause
                    if lex.object_to_clause_end:
                        b = max(b, _object_tail(d, t, obj_end))
                    markers = lex.object_markers.get(d.lem[t.i])
                    if markers is not None:
                        # "accuser X de Y" attributes; "accuser une baisse" does not
                        end = min(t.right_edge.i + 1, d.sent_end[t.i])
                        if not any(
                            d.low[k] in markers and (k >= obj_end or d.dep[k] == "mark") for k in range(c.i + 1, end)
                        ):
                            continue
                        b = max(b, end)
                    for g in t.children:
                        if g.dep_ in ("oprd", "xcomp", "ccomp") and g.i > c.i and g.left_edge.i <= b + 1:
                            b = max(b, g.right_edge.i + 1)
                    span = d.char_span(d.strip_mark(a, b), b)
                    if span:
                        return [span], (), c.i
        elif strat == "prep_object":
            got = _prep_object(d, t, extra)
            if got is not None:
                return [got[0]], (), got[1]
        elif strat == "object_infinitive":
            span = _object_infinitive(d, t)
            if span is not None:
                return [span], (), None
        elif strat == "inversion":
            spans = _inversion(d, t, group)
            if spans:
                return spans, (), None
        elif strat == "noun_clause":
            for c in t.children:
                if c.dep_ in lex.dep("noun_clause") and c.i > t.i:
                    spans = _content_from_child(d, c)
                    if spans:
                        return spans, (), c.i
        elif strat == "noun_object":
            for c in t.children:
                if c.dep_ in lex.dep("noun_object") and c.i > t.i and c.ent_type_ not in ("PER", "PERSON", "ORG"):
                    spans = _content_from_child(d, c)
                    if spans:
                        return spans, (), c.i
    # "X a déclaré :" closing a paragraph, the quotation in the next one
    last = group[-1]
    j = last + 1
    while j < d.n and ((d.space[j] and "\n" not in d.tok[j]) or d.tok[j] == ","):
        j += 1
    if j < d.n and d.tok[j] == ":" and ("quote" in strategies):
        k = j + 1
        while k < d.n and d.space[k]:
            k += 1
        if k < d.n and d.in_quote[k] >= 0 and d.in_quote[k] not in used:
            qi = d.in_quote[k]
            return [d.quote_content(qi)], (qi,), None
    if lex.colon_content and d.in_quote[t.i] < 0:
        span = _colon_content(d, group)
        if span is not None:
            return [span], (), None
    return [], (), None


def _passive_theme(d: AttributionDoc, t: Token, subj: int | None) -> tuple[int, int] | None:
    """The noun phrase a listed cue's past participle with an agent reports on: its passive subject ("la date est
    contestée par X"; a relative pronoun's noun: "une date qui est contestée par X") or the noun it qualifies ("la
    date, contestée par X", "une réforme voulue par X"), when ``subj`` is that agent; None otherwise, and for a
    negated participle ("non rejetées par X"), a pronoun ("il était interrogé par X") or a verb whose passive names
    no report (a label's "utilisé par", "assuré par", "interrogé par")."""
    lex, i = d.lex, t.i
    if subj is None or not d.has_morph(i, "VerbForm", "Part") or not d.has_morph(i, "Tense", "Past"):
        return None
    lem = d.cue_lem[i]
    if lem in lex.label_verbs or lem in lex.clause_not_object or lem in lex.question_verbs:
        return None
    agent = next((c for c in d.kids[i] if d.dep[c] in lex.dep("agent") and c > i), None)
    if agent is None or subj != agent or any(d.low[k] in lex.participle_negations for k in range(max(0, i - 2), i)):
        return None
    theme = next((c for c in d.kids[i] if d.dep[c] in lex.dep("passive_subject") and c < i), None)
    noun = None
    if theme is not None and d.pos[theme] != "PRON":
        a, b = _subtree_range(d, d.doc[theme])
        b = min(b, i)
    elif theme is not None and d.has_morph(theme, "PronType", "Rel") and d.dep[i] in lex.dep("relative"):
        noun, stop = d.head[i], theme  # "une position qui a été critiquée par X": the position
    elif theme is None and d.dep[i] == "acl":
        noun, stop = d.head[i], i
    else:
        return None
    if noun is not None:
        if not noun < stop or d.pos[noun] not in ("NOUN", "PROPN"):
            return None
        if not all(d.doc[noun].is_ancestor(d.doc[k]) for k in range(noun + 1, stop)) or any(
            noun < c < stop and d.dep[c] in lex.dep("conjunct") for c in d.kids[noun]
        ):
            return None  # (words between the noun and its participle hung elsewhere or joined to it: no one phrase)
        a = noun  # (its determiner and the words before it that hang on it: "la République populaire")
        while a > 0 and a - 1 < d.head[a - 1] <= noun and d.dep[a - 1] not in ("cc", "punct", "case", "mark", "conj"):
            a -= 1
        b = stop
    while b > a and (d.pos[b - 1] in ("PUNCT", "AUX", "ADV", "PRON") or d.space[b - 1]):
        b -= 1  # (the comma, bracket, adverb or auxiliary before the participle: "la date, souvent contestée par X")
    if b <= a:
        return None
    return d.char_span(d.strip_mark(a, b), b)


def _colon_block(d: AttributionDoc, t: Token) -> tuple[int, int] | None:
    """The unquoted paragraph a main-clause cue announces when its sentence ends its paragraph with a colon
    ("Judge X has observed the obvious in this regard:" and a block quotation on the next line)."""
    if d.dep[t.i] != "ROOT" or d.in_quote[t.i] >= 0:
        return None
    end = d.sent_end[t.i]
    j = end - 1
    while j > t.i and d.space[j]:
        j -= 1
    if d.tok[j] != ":" or any(d.para[k] != d.para[t.i] for k in range(t.i, j + 1)):
        return None
    k = j + 1
    while k < d.n and d.space[k]:
        k += 1
    if k >= d.n or d.para[k] == d.para[t.i] or d.in_quote[k] >= 0:
        return None
    stop = k
    while stop < d.n and d.para[stop] == d.para[k]:
        stop += 1
    if stop - k < 5 or d.in_quote[stop - 1] >= 0:
        return None
    return d.char_span(k, stop)


def _prep_object(d: AttributionDoc, t: Token, extra: Token | None) -> tuple[tuple[int, int], int] | None:
    """The content a cue's frame puts after a preposition (lexicon ``frames`` ``prep_objects``): "s'oppose à X",
    "est favorable à X", "table sur X", "s'insurgent contre X", "plaide en faveur de X", "met en garde contre X",
    "tire la sonnette d'alarme sur X" give X (without the preposition). The object is a dependent after the cue,
    of the cue word or of its locution's noun, whose preposition the frame of either lists; (span, its head)."""
    lex = d.lex
    preps = lex.prep_frames.get(d.cue_lem[t.i], frozenset()) | lex.prep_frames.get(d.low[t.i], frozenset())
    heads = [t]
    if extra is not None:
        preps = preps | lex.prep_frames.get(d.low[extra.i], frozenset())
        heads.append(extra)
    if not preps:
        return None
    last = max(t.i, extra.i if extra is not None else t.i)
    end = d.sent_end[t.i]
    forms = lex.prep_forms  # "du", "aux": the preposition a contracted article holds
    object_deps, noun_mods = lex.dep("prep_object"), lex.dep("noun_modifier")
    # "est fier de son stade", "ont été surpris par la tempête": an adjective's "de"/"par" object is its cause or
    # agent unless a verb of saying holds the adjective ("se dit fier de X", ``adjective_speaking_preps``)
    bare_adjective = (
        extra is None
        and d.cue_lem[t.i] not in lex.verbs
        and (d.pos[t.i] == "ADJ" or d.low[t.i] in lex.adjectives or d.cue_lem[t.i] in lex.adjectives)
        and d.lem[t.head.i] not in lex.adjective_speaking_verbs
    )
    for h in heads:
        for c in h.children:
            if c.i <= last or c.i >= end or c.dep_ not in object_deps or (h is t and c.dep_ in noun_mods):
                continue
            if extra is not None and c.i == extra.i:
                continue
            case = [g.i for g in c.children if g.dep_ in lex.dep("case") and g.i < c.i]
            if not case:
                continue
            word = " ".join(forms.get(d.low[g], d.low[g]) for g in case)
            if bare_adjective and word in lex.adjective_speaking_preps:
                continue
            target = c
            if word not in preps:
                # "en faveur de X": the preposition's noun heads X
                inner = next(
                    (
                        g
                        for g in c.children
                        if g.dep_ in noun_mods
                        and any(
                            k.dep_ in lex.dep("case") and forms.get(d.low[k.i], d.low[k.i]) == "de" for k in g.children
                        )
                    ),
                    None,
                )
                if inner is None or f"{word} {d.low[c.i]} de" not in preps:
                    continue
                target = inner
            if d.pos[target.i] == "PRON" or target.ent_type_ in lex.ent("person"):
                continue  # "s'en prend à lui": a person, no content
            a, b = _subtree_range(d, target)
            b = min(b, end)
            while a < b and (d.dep[a] in lex.dep("case") or d.space[a]) and a < target.i:
                a += 1  # the preposition is the frame's, not the content's
            span = d.char_span(a, b)
            if span:
                return span, target.i
    return None


def _object_infinitive(d: AttributionDoc, t: Token) -> tuple[int, int] | None:
    """ "a exhorté les communes riches en eau à partager leurs stocks": for a directive verb of
    ``object_infinitive``, its direct object (no pronoun) and the marked infinitive after it, as one content,
    wherever the parse hung the infinitive (the object's subtree, or the verb)."""
    lex = d.lex
    marks = lex.object_infinitive.get(d.lem[t.i])
    if not marks:
        return None
    obj = next((c for c in t.children if c.dep_ == "obj" and c.i > t.i and d.pos[c.i] != "PRON"), None)
    if obj is None:
        return None
    end = min(t.right_edge.i + 1, d.sent_end[t.i])
    for k in range(obj.i + 1, end - 1):
        if d.low[k] not in marks:
            continue
        inf = k + 2 if d.pos[k + 1] == "PRON" and k + 2 < end else k + 1  # ("à en filmer une partie")
        if d.has_morph(inf, "VerbForm", "Inf"):
            return d.char_span(obj.left_edge.i, max(d.doc[inf].right_edge.i, inf) + 1)
    return None


def _setting(d: AttributionDoc, c: Token) -> bool:
    """Whether complement ``c`` of a cue says where or before whom one spoke ("devant la mairie", "sur Twitter",
    "à la radio X"), not what was said."""
    lex = d.lex
    cases = {d.lem[g.i] for g in c.children if g.dep_ in lex.dep("case")}
    if cases & lex.setting_cases:
        return True
    if not cases & lex.setting_cases_named:
        return False
    return d.pos[c.i] == "PROPN" or bool(c.ent_type_) or d.lem[c.i] in lex.media_nouns


def _colon_content(d: AttributionDoc, group: list[int]) -> tuple[int, int] | None:
    """What a cue announces with a colon, unquoted ("X précise : …", "les experts ont prévenu : …",
    "X nie tout cela : …"): the rest of the sentence, or the next paragraph when the colon ends one.
    The colon must follow the cue within a few words of its clause."""
    j = group[-1] + 1
    words = 0
    while j < d.n and d.tok[j] != ":":
        if d.space[j] and "\n" in d.tok[j]:
            return None
        if d.tok[j] in _CLAUSE_END or d.tok[j] in _QUOTE_MARKS or d.pos[j] in ("VERB", "AUX"):
            return None
        words += not d.space[j]
        if words > 3:
            return None
        j += 1
    k = j + 1
    newline = False
    while k < d.n and d.space[k]:
        newline = newline or "\n" in d.tok[k]
        k += 1
    if k >= d.n or d.in_quote[k] >= 0:
        return None
    if newline:  # the announced text is the next paragraph
        end = k
        while end < d.n and d.para[end] == d.para[k]:
            end += 1
    else:
        end = d.sent_end[k]
        while end < d.n and d.para[end] == d.para[k] and d.tok[end - 1] not in _SENT_END:
            end = d.sent_end[end]  # the parse may end a sentence at the colon's list or a bracket
    if end - k < 3:
        return None
    return d.char_span(k, end)


# -- phrase cues ---------------------------------------------------------------------


def _match_phrase(d: AttributionDoc, i: int) -> tuple[object, int] | None:
    for p in d.lex.phrases_by_first.get(d.low[i], ()):
        k = len(p.tokens)
        if i + k <= d.n and tuple(d.low[i : i + k]) == p.tokens:
            return p, i + k
    return None


def _phrase_attributions(d: AttributionDoc) -> list[Found]:
    found: list[Found] = []
    first = d.lex.phrase_first
    # (only where a phrase's first word stands can one match: those tokens in one pass, in order)
    i = 0
    for k in [k for k, w in enumerate(d.low) if w in first]:
        if k < i:
            continue  # inside the phrase matched last
        i = k
        m = _match_phrase(d, i)
        if m is None:
            continue
        phrase, j = m  # type: ignore[misc]
        f = _one_phrase(d, i, j, phrase)
        if f is not None and d.lex.own_view_phrases and _own_view(d, f):
            i = j  # "selon moi", "« Pour nous, … »": the speaker's own view, no other source
            continue
        if f is not None:
            found.append(f)
            if f.relay is not None:
                found.append(f.relay)
            i = j
    return found


def _hearsay_adverbs(d: AttributionDoc) -> list[Found]:
    """ "The mayor reportedly met X": an adverb of hearsay (``hearsay_adverbs``) is a hedged cue with no source; its
    content is the clause of the verb it qualifies, the adverb left out (as PolNeAR reads "reportedly")."""
    out: list[Found] = []
    for k, w in enumerate(d.low):
        if w not in d.lex.hearsay_adverbs or d.pos[k] != "ADV" or d.head[k] == k:
            continue
        h = d.head[k]
        if d.pos[h] not in ("VERB", "AUX", "ADJ"):
            continue
        tok = d.doc[h]
        a, b = max(tok.left_edge.i, d.sent_start[k]), min(tok.right_edge.i + 1, d.sent_end[k])
        while a < k and d.dep[a] in d.lex.dep("mark"):
            a += 1  # "that the clerk allegedly took …": the clause without its conjunction
        content = [c for c in (d.char_span(a, k), d.char_span(k + 1, b)) if c]
        if not content or b - a < 3:
            continue
        cue = (d.idx[k], d.idx[k] + len(d.tok[k]))
        out.append(Found(cue=cue, content=content, cue_kind="phrase", head=k, cue_class="hearsay", phrase_hedge=True))
    return out


def _inside_content(f: Found, found: list[Found]) -> bool:
    """The cue of ``f`` lies inside another attribution's content."""
    a, b = f.cue or (0, 0)
    return any(g is not f and any(x <= a and b <= y for x, y in g.content) for g in found)


def _own_view(d: AttributionDoc, f: Found) -> bool:
    """Whether phrase cue ``f``'s source is a first or second person pronoun ("selon moi", "pour nous"): the
    view of whoever speaks (the writer, or the quoted speaker inside a quotation), not a report of another's."""
    i = f.source_tok
    if i is None or d.pos[i] != "PRON" or f.relay is not None:
        return False
    return d.has_morph(i, "Person", "1") or d.has_morph(i, "Person", "2") or d.low[i] in d.lex.own_view_phrases


def _clause_initial(d: AttributionDoc, i: int) -> bool:
    s = d.sent_start[i]
    k = i - 1
    while k >= s and (d.space[k] or d.low[k] in d.lex.clause_openers or d.tok[k] in (",",)):
        if d.space[k] and "\n" in d.tok[k]:
            return True  # a paragraph's first words (the parse may run a sentence across paragraphs)
        k -= 1
    if k < s:
        return True
    # after a closing quotation or a colon
    return d.tok[k] in (":", ";") or (d.in_quote[k] >= 0 and d.tok[k] in _QUOTE_MARKS)


def _owned_phrase(d: AttributionDoc, i: int, j: int, phrase) -> Found | None:
    """ "À son avis, Y." / "Y, à leurs yeux.": the phrase holds its source (a possessive); the content is
    the clause after its comma, or the clause before it."""
    src = i + phrase.owner
    if src >= j or not d.has_morph(src, "Poss", "Yes"):
        return None
    k = d.skip_space(j, 1)
    p = d.skip_space(i - 1, -1)
    content = []
    if _clause_initial(d, i) and k < d.n and d.tok[k] == ",":
        a = d.skip_space(k + 1, 1)
        if a < d.n and d.sent_end[a] - a >= 3:
            content.append(d.char_span(a, d.sent_end[a]))
    elif p >= 0 and (k >= d.n or d.tok[k] in _SENT_END) and d.in_quote[i] < 0:
        # "Y, à leurs yeux." and "Y à leurs yeux." (closing the sentence, with or without its comma)
        s = d.sent_start[i]
        end = p if d.tok[p] == "," else p + 1
        if end - s >= 3 and (d.tok[p] == "," or _main_clause(d, s, end)):
            content.append(d.char_span(s, end))
    content = [c for c in content if c]
    if not content:
        return None
    cue = (d.idx[i], d.idx[j - 1] + len(d.tok[j - 1]))
    f = Found(cue=cue, content=content, cue_kind="phrase", head=i, cue_class="phrase", phrase_hedge=phrase.hedge)
    f.source_tok = src
    f.source = d.char_span(src, src + 1)
    return f


def _spaced_dash(d: AttributionDoc, k: int) -> bool:
    """Whether token ``k`` is a dash set off by a space before it (an incise's, not a hyphen the tokenizer cut)."""
    if d.tok[k] not in ("-", "\u2013", "\u2014") or k == 0:
        return False
    return d.space[k - 1] or d.text[d.idx[k] - 1 : d.idx[k]].isspace()


def _relative_pronoun(d: AttributionDoc, k: int) -> bool:
    """Whether token ``k`` opens a relative clause: a relative pronoun by its morphology ("qui", "dont"), or
    one the English tagger marks only by its tag ("who", "that") heading a relative clause's verb."""
    if d.pos[k] != "PRON":
        return False
    if d.has_morph(k, "PronType", "Rel"):
        return True
    return d.doc[k].tag_ in ("WP", "WDT") and d.dep[d.head[k]] in d.lex.dep("relative")


def _one_phrase(d: AttributionDoc, i: int, j: int, phrase) -> Found | None:
    """An attribution for phrase cue tokens [i, j): source after it, content the clause around it."""
    if phrase.owner is not None:
        return _owned_phrase(d, i, j, phrase)
    # the source NP: up to a comma, sentence end, colon or quotation
    paren = _open_parenthesis(d, i)
    k = j
    limit = min(d.n, j + 16)
    while k < limit:
        tx = d.tok[k]
        if tx in (",", ":", ";") or tx in _SENT_END or (d.space[k] and "\n" in tx) or _spaced_dash(d, k):
            break
        if d.in_quote[k] >= 0 and (d.in_quote[k] != d.in_quote[i] or tx in _QUOTE_MARKS or not d.lex.nested_quote_cues):
            # (where cues inside quotations count, "« Selon différentes sources, X »" is the speaker's own report)
            break
        if tx == ")" and paren is not None:  # "(selon X)", "(… , selon X)": the source ends with the parenthesis
            break
        if (k > j + 1 or (k == j + 1 and d.pos[j] in ("NOUN", "PROPN"))) and _relative_pronoun(d, k):
            # "selon un rapport dont X publie des extraits": the source is the rapport; "according to officials
            # who spoke on condition of anonymity": the officials (not "selon ceux qui …", a pronoun alone)
            break
        k += 1
    if k == j or (k >= limit and k < d.n):
        return None
    if any(d.lem[x] in d.lex.not_sources for x in range(j, k)):
        return None  # "selon toute vraisemblance"
    p = d.skip_space(i - 1, -1)
    while p > 0 and d.pos[p] == "ADV":
        p = d.skip_space(p - 1, -1)
    if p >= 0 and d.pos[p] == "VERB" and d.lem[p] in d.lex.not_after:
        return None  # "les prix varient selon les pays": depending on, no one's word
    own = None
    if k + 1 < d.n and d.tok[k] == ",":
        m = k + 1
        while m < d.n and d.space[m]:
            m += 1
        e = m
        while e < d.n and d.pos[e] == "PROPN" and e - m < 5:
            e += 1
        if e > m and e < d.n and d.tok[e] == ",":
            k = e  # the apposed name belongs to the source
        elif _apposed_role(d, m):
            own = k  # the source is the name; the role apposed to it is not what it says
            e = m
            while e < d.n and e - m < 16 and d.tok[e] not in (",", ";", ":", "(") and d.tok[e] not in _SENT_END:
                if d.in_quote[e] >= 0 or (d.space[e] and "\n" in d.tok[e]):
                    break
                e += 1
            verb = any(d.finite_verb(x) for x in range(m, e))
            if e < d.n and (d.tok[e] == "," or d.tok[e] in _SENT_END) and not verb:
                k = e  # "selon X, chef de la cellule …, Z": what X says is past the role
    src_a, src_b = j, own if own is not None else k
    src_toks = [x for x in range(src_a, src_b) if not d.space[x]]
    if not src_toks:
        return None
    if any(d.pos[x] == "VERB" and "Part" not in d.doc[x].morph.get("VerbForm") for x in src_toks):
        return None  # a clause, not a source ("selon les chiffres publiés par X" is one)
    relayer = _relay_participle(d, src_a, src_b)
    if relayer is not None:  # "selon un élu cité par l'agence X": the élu, relayed by the agency
        cut = relayer[0]
        while cut > src_a and (d.space[cut - 1] or d.tok[cut - 1] == "," or d.pos[cut - 1] == "CCONJ"):
            cut -= 1  # (not "… et" before "rapportés par X")
        h = _np_head(d, src_a, cut)
        vehicle = d.pos[h] == "NOUN" and (d.lem[h] in d.lex.vehicle_nouns or d.low[h] in d.lex.vehicle_nouns)
        if vehicle and not any(d.low[y] in d.lex.agent_markers for y in range(h + 1, cut)):
            # "selon des propos rapportés par X": X is the source (the vehicle's owner); "les informations
            # communiquées par Y et rapportées par X" are Y's, relayed by X
            relayer = None
        else:
            src_b = cut
    if relayer is None and src_b == k and k < d.n and d.tok[k] == "," and d.lex.relay_verbs:
        m = d.skip_space(k + 1, 1)  # "selon Y, cité par X, Z": Y, relayed by X
        e = m
        while 0 <= e < min(d.n, m + 16) and d.tok[e] != "," and d.tok[e] not in _SENT_END:
            e += 1
        agent = _relay_at(d, m, e) if 0 <= m < e < d.n and d.tok[e] == "," else None
        if agent is not None:
            relayer, k = (m, agent), e
    src_b = recipient_cut(d, src_a, src_b)
    head = _np_head(d, src_a, src_b)
    owner = _vehicle_owner(d, head, src_b)
    if owner is not None:  # "selon les termes de X": X is the source
        head, src_a = owner
    if phrase.needs_source and not _looks_like_source(d, head, src_a, src_b):
        return None
    initial = _clause_initial(d, i)
    resume = k  # where what is reported resumes: past the comma ending the source
    rel = k
    if rel + 1 < d.n and d.tok[rel] == "," and relayer is None and d.lex.relay_verbs:
        rel = d.skip_space(rel + 1, 1)  # "selon X, qui cite Y, Z"
    relayed = aside = None
    if initial and 0 <= rel < d.n and _relative_pronoun(d, rel):
        # "d'après X qui citait Y, Z": past the relative clause on the source (only where the cue opens
        # the clause: in "Y, d'après X qui cite Z, et W" the comma closes the incise)
        e = rel + 1
        while e < min(d.n, rel + 25) and d.tok[e] not in _SENT_END and "\n" not in d.tok[e]:
            if d.tok[e] == ",":
                m = d.skip_space(e + 1, 1)
                # "selon X, qui a répété, mardi, que …, Z": a comma inside the relative clause (what
                # follows hangs on it, or is its verb's "que" clause) does not end it
                if not (0 <= m < d.n and (rel <= d.head[m] < e or d.pos[m] == "SCONJ")):
                    break
            e += 1
        if e < d.n and d.tok[e] == ",":
            resume = e
            relayed = _relative_relay(d, rel, e)
            aside = (rel, e)
    stop = d.tok[resume] if resume < d.n else "."
    if initial and stop != "," and not phrase.clause_initial and i > d.sent_start[i]:
        p = d.skip_space(i - 1, -1)
        if p >= 0 and d.tok[p] == ",":
            initial = False  # "« … » dans un texte, selon X.": the source ends the sentence, what it says is before
    content: list[tuple[int, int]] = []
    if phrase.clause_initial and not initial:
        return None
    q = i - 1
    while q >= 0 and (d.space[q] or d.tok[q] == ","):
        q -= 1
    after_quote = q >= 0 and d.in_quote[q] >= 0 and d.tok[q] in _QUOTE_MARKS and not phrase.clause_initial
    if after_quote:
        quote = d.quotes[d.in_quote[q]]
        opening = _token_at(d, quote.start)
        after_quote = (
            quote.end == d.idx[q] + len(d.tok[q])
            # "« … », selon X" and "« … » selon X", not "« … » Selon X, …" (a new sentence)
            and (any(d.tok[x] == "," for x in range(q + 1, i)) or d.tok[i][:1].islower())
            and opening is not None
            and all(d.space[x] or d.pos[x] == "PUNCT" for x in range(d.sent_start[q], opening))
        )
    if after_quote:
        content.append(d.quote_content(d.in_quote[q]))  # "« … », selon X." (the quotation opens the sentence)
    elif initial and stop == ",":
        # "Selon X, Y." -> Y (the rest of the sentence of the token after the comma)
        a = _past_participle_phrase(d, resume + 1, d.plural(head))
        if a >= d.n:
            return None
        b = d.sent_end[a]
        # a spaCy sentence that ends inside the clause: stretch to the next sentence end mark
        span = d.char_span(a, b)
        if span:
            content.append(span)
    elif not initial and not phrase.clause_initial:
        # "Y, selon X." / "Y, selon X, Z."
        p = i - 1
        while p >= 0 and d.space[p]:
            p -= 1
        if p < 0:
            return None
        s = d.sent_start[i]
        if k < d.n and _spaced_dash(d, k):
            # "Les abords - un périmètre de 4 km, selon X - ont …": the report is inside the dashes
            s = next((m + 1 for m in range(p - 1, s, -1) if _spaced_dash(d, m) and d.in_quote[m] < 0), s)
        if d.tok[p] in (",", "\u2014", "\u2013", "(") or d.in_quote[p] >= 0:
            if d.in_quote[p] >= 0 and d.tok[p] in _QUOTE_MARKS:
                content.append(d.quote_content(d.in_quote[p]))
            elif any(d.pos[x] in ("VERB", "AUX") for x in range(s, p)) or stop != ",":
                span = d.char_span(s, p)  # (not a connective alone: "En effet, selon X, Y" reports Y)
                if span:
                    content.append(span)
            if stop == "," and resume + 1 < d.n:
                span = d.char_span(_past_participle_phrase(d, resume + 1, d.plural(head)), d.sent_end[resume])
                if span:
                    content.append(span)
        elif not phrase.needs_source and (
            _looks_like_source(d, head, src_a, src_b) or d.lem[head] in d.lex.document_nouns
        ):
            # "Y selon X." with no comma ("selon les pays" is no source): the sentence before the cue
            span = d.char_span(s, i)
            if span is None or i - s < 3:
                return None
            content.append(span)
        else:
            return None
    elif phrase.postposed_only:
        return None
    else:
        return None
    if paren is not None and k < d.n and d.tok[k] == ")":
        # "(près de trente fois plus, selon X)", "(la taille du pays selon X)": what the phrase says is the
        # rest of its parenthesis, not the sentence around it
        p = d.skip_space(i - 1, -1)
        while p > paren and d.tok[p] == ",":
            p = d.skip_space(p - 1, -1)
        inside = d.char_span(paren + 1, p + 1) if p - paren >= 2 else None
        if inside:
            content = [inside]
    if not content:
        return None
    cue = (d.idx[i], d.idx[j - 1] + len(d.tok[j - 1]))
    f = Found(cue=cue, content=content, cue_kind="phrase", head=i, cue_class="phrase", phrase_hedge=phrase.hedge)
    f.source_tok = head
    f.source = d.char_span(src_a, src_b)
    f.aside = aside
    if relayer is not None:  # the agent says it too, over the whole report; the source says it through it
        part, agent = relayer
        f.relay = _relay_found(d, part, agent, content)
        f.relay.source = _agent_span(d, agent, k)
        f.relayed_by = f.relay
    elif relayed is not None:  # the cited one says it, through the source of the phrase
        verb, obj = relayed
        f.relay = _relay_found(d, verb, obj, content)
        f.relay.source = _agent_span(d, obj, resume)
        f.relay.relayed_by = f
    return f


def _open_parenthesis(d: AttributionDoc, i: int) -> int | None:
    """The "(" that opens, in token ``i``'s sentence and outside quotations, a parenthesis still open at ``i``."""
    for x in range(i - 1, d.sent_start[i] - 1, -1):
        if d.tok[x] == ")" or d.in_quote[x] != d.in_quote[i]:
            return None
        if d.tok[x] == "(":
            return x
    return None


def _relay_participle(d: AttributionDoc, a: int, b: int) -> tuple[int, int] | None:
    """(participle, agent) of a relay participle inside a source mention [a, b) that follows the mention's
    head noun: "un élu cité par l'agence X" (``relay_verbs`` with an agent; not "la reprise par X de …",
    where the noun is the participle's own form and nothing names who speaks)."""
    for x in range(a + 1, b):
        agent = _relay_at(d, x, b)
        if agent is None:
            continue
        if not any(d.pos[y] in ("NOUN", "PROPN") for y in range(a, x)) or _np_head(d, a, x) >= x:
            continue
        return x, agent
    return None


def _relay_at(d: AttributionDoc, x: int, b: int) -> int | None:
    """The agent (before token ``b``) of token ``x`` as a relay participle ("cité par l'agence X"), or None.
    A ``media_only_relays`` verb ("interrogé", "contacté") relays only for a medium."""
    lex = d.lex
    verb = d.pos[x] == "VERB" and d.lem[x] in lex.relay_verbs and "Part" in d.doc[x].morph.get("VerbForm")
    # (the tagger may take the participle for a noun: "cité par X" as the noun "cité")
    tagged_noun = d.pos[x] == "NOUN" and d.low[x] in lex.relay_participles
    if not (verb or (tagged_noun and x + 1 < b and d.low[x + 1] in lex.agent_markers)):
        return None
    agent = next((c for c in d.kids[x] if d.dep[c] in lex.dep("agent") and c > x), None)
    if agent is None and x + 1 < b and d.low[x + 1] in lex.agent_markers:
        agent = d.head[x + 1]  # (the parse often hangs "par X" on the noun the participle describes)
    if agent is None or not (x + 1 < agent < b and d.pos[agent] in ("NOUN", "PROPN") and _is_someone(d, agent)):
        return None  # (not "une source jointe par téléphone": the means, no one who relays)
    if (d.lem[x] in lex.media_only_relays or d.low[x] in lex.media_only_relays) and not _medium(d, agent, b):
        return None  # "un témoin contacté par la police": the witness's word, not the police's
    return agent


def _medium(d: AttributionDoc, agent: int, b: int) -> bool:
    """Whether the mention headed by ``agent`` (before token ``b``) names a medium ("la radio X")."""
    lo = d.doc[agent].left_edge.i
    return any(d.lem[y] in d.lex.media_nouns for y in range(lo, min(b, d.doc[agent].right_edge.i + 1)))


def _agent_span(d: AttributionDoc, agent: int, b: int) -> tuple[int, int] | None:
    """The mention headed by ``agent`` as a source span, ending before token ``b`` and at the first comma,
    quotation mark or finite verb after the agent ("le mensuel La Lanterne", not "…, le barrage")."""
    a = d.doc[agent].left_edge.i
    while a < agent and d.pos[a] in ("ADP", "SPACE"):
        a += 1
    e = agent + 1
    stop = d.doc[agent].right_edge.i + 1
    while stop < min(b, d.n) and (d.pos[stop] == "PROPN" or (d.tok[stop][:1].isupper() and d.pos[stop] != "PUNCT")):
        stop += 1  # "le mensuel La Lanterne": the name the parse hangs elsewhere
    stop = min(b, stop, d.n)
    while e < stop and d.tok[e] not in (",", ";", ":", "(") and d.tok[e] not in _SENT_END:
        if d.tok[e] in _QUOTE_MARKS or d.space[e]:
            break
        if d.finite_verb(e):
            break
        e += 1
    return d.char_span(a, e)


def _relative_relay(d: AttributionDoc, rel: int, end: int) -> tuple[int, int] | None:
    """(verb, object) of a relative clause [rel, end) on a phrase's source that passes on someone's words:
    "…, qui rapporte les propos d'un garde-pêche," (a ``relative_relay_verbs`` verb whose subject is the
    relative pronoun and whose object is someone; not "qui cite souvent Y", a habit)."""
    lex = d.lex
    verb = d.head[rel]
    if not rel < verb < end or d.lem[verb] not in lex.relative_relay_verbs or d.dep[rel] not in lex.dep("subject"):
        return None
    if any(d.low[c] in lex.habit_adverbs for c in d.kids[verb]):
        return None
    obj = next((c for c in d.kids[verb] if d.dep[c] in lex.dep("object") and c < end), None)
    if obj is None or d.pos[obj] not in ("NOUN", "PROPN"):
        return None
    owner = _vehicle_owner(d, obj, end)  # "qui rapporte les propos d'un garde-pêche": the garde-pêche
    if owner is not None:
        obj = owner[0]
    if not _is_someone(d, obj):
        return None  # "qui reprend un vieil argument", "qui a reproduit l'expérience"
    return verb, obj


def _trailing_relays(d: AttributionDoc, found: list[Found]) -> list[Found]:
    """ "« … », a assuré X, cité par la radio Y." / "X a dénoncé « … », dans des propos rapportés par Y": Y
    says it too (one attribution per relay, as the guide has them), and X says it through Y. The relay
    participle follows the cue in its sentence with no finite verb and no other cue between, and hangs on
    the cue's source or on a vehicle noun ("propos"; not "…, une thèse reprise par Y")."""
    lex = d.lex
    out: list[Found] = []
    cues = {g.head for g in found if g.head is not None}
    for f in found:
        if f.cue_kind != "verb" or f.head is None or f.source is None or not f.content or f.relayed_by is not None:
            continue
        end = d.sent_end[f.head]
        start = max([f.head, *(_token_at(d, b - 1) or f.head for _a, b in f.content)]) + 1
        src = f.source_tok
        src_toks = set() if src is None else {y.i for y in d.doc[src].subtree}
        for x in range(start, min(end, d.n)):
            inside = d.in_quote[x] >= 0 and d.tok[x] not in _QUOTE_MARKS
            relay = d.lem[x] in lex.relay_verbs and "Part" in d.doc[x].morph.get("VerbForm")
            if inside or d.finite_verb(x) or (x in cues and not relay):
                break
            m = x + 1
            while relay and m < min(end, x + 4) and d.low[m] not in lex.agent_markers and _time_word(d, m):
                m += 1  # "citée en 2019 par Y": a date between the participle and its agent
            if m >= d.n - 1 or d.low[m] not in lex.agent_markers or m + 1 > end:
                continue
            agent = _relay_at(d, x, end)
            if agent is None:
                continue
            h = d.head[x]
            on_vehicle = d.pos[h] == "NOUN" and (d.lem[h] in lex.vehicle_nouns or d.low[h] in lex.vehicle_nouns)
            after_source = (
                bool(src_toks) and x - 1 >= 0 and (x - 1 in src_toks or (d.tok[x - 1] == "," and x - 2 in src_toks))
            )
            if not (h in src_toks or on_vehicle or (after_source and h in (x, f.head))):
                break
            g = _relay_found(d, x, agent, f.content)
            g.source = _agent_span(d, agent, end)
            f.relayed_by = g
            out.append(g)
            for h in found:
                if h.head == x and h.cue_kind == "verb":
                    h.content = []  # the participle read as a cue of its own: the relay's one attribution
            break
    return out


def _citing_relays(d: AttributionDoc, found: list[Found]) -> None:
    """ "A, the agency said, citing the disease office": a present participle of ``citing_verbs`` hanging on
    another cue, its object a noun and no clause after it, reports that cue's content with its object as source,
    through the cue's source (its ``via``); its object is no content."""
    lex = d.lex
    by_head = {f.head: f for f in found if f.cue_kind == "verb" and f.head is not None}
    for g in found:
        h = g.head
        if g.cue_kind != "verb" or h is None or g.quote_ids or d.lem[h] not in lex.citing_verbs:
            continue
        if not (d.doc[h].tag_ == "VBG" or (d.has_morph(h, "VerbForm", "Part") and d.has_morph(h, "Tense", "Pres"))):
            continue
        f = by_head.get(d.head[h])
        obj = next((c for c in d.kids[h] if d.dep[c] in lex.dep("object") and c > h), None)
        if f is None or f is g or not f.content or obj is None or d.pos[obj] not in ("NOUN", "PROPN"):
            continue
        if not _is_someone(d, obj) or any(a <= d.idx[h] < b for a, b in f.content):
            continue
        g.source_tok = obj
        g.source = _source_span(d, obj, set())
        g.content, g.quote_ids, g.relayed_by = list(f.content), f.quote_ids, f
        g.inherited_from = g.follows = g.inherits = None  # (its own source now, not the cue's it hangs on)


def _time_word(d: AttributionDoc, k: int) -> bool:
    """Whether token ``k`` belongs to a date phrase ("en 2019", "in March"): a preposition, a number or a date."""
    return d.pos[k] in ("ADP", "NUM") or d.doc[k].ent_type_ in ("DATE", "TIME") or d.tok[k].isdigit()


def _aside_only(d: AttributionDoc, f: Found, g: Found) -> bool:
    """Whether verb cue ``f`` in the relative clause on phrase ``g``'s source only describes that source:
    no source of its own, or no quotation and a relay verb's object ("qui cite souvent Y") or a content
    running past the clause ("qui a reproduit l'expérience, Z")."""
    a, b = g.aside  # type: ignore[misc]
    if f is g.relay or f.cue_kind != "verb" or f.head is None or not a <= f.head < b:
        return False
    if f.source is None:
        return True
    end = d.idx[b]
    return not f.quote_ids and (d.lem[f.head] in d.lex.relay_verbs or any(y > end for _x, y in f.content))


def _relay_found(d: AttributionDoc, verb: int, who: int, content: list[tuple[int, int]]) -> Found:
    """The attribution of ``content`` to ``who`` (the token heading a source), cued by relay verb ``verb``."""
    cue = (d.idx[verb], d.idx[verb] + len(d.tok[verb]))
    g = Found(cue=cue, content=list(content), cue_kind="verb", head=verb, cue_class="speech")
    g.source_tok = who
    return g


def _past_participle_phrase(d: AttributionDoc, a: int, plural: bool = False) -> int:
    """Where what a phrase cue reports starts, from token ``a`` after its source's comma: past a participle
    phrase apposed to the source ("D'après une information de X, confirmée par Y, Z": Z), or, with a ``plural``
    source, an adjective phrase not singular ("Pour d'autres, bien plus nombreux, Z": Z; not "Selon le
    maire, seule, la ville …", revfix47a)."""
    a = d.skip_space(a, 1)
    if plural and a < d.n and d.pos[a] in ("ADV", "ADJ"):
        for e in range(a, min(d.n, a + 6)):
            if d.tok[e] == ",":
                adjectives = [x for x in range(a, e) if d.pos[x] == "ADJ"]
                if adjectives and not any(d.has_morph(x, "Number", "Sing") for x in adjectives):
                    return d.skip_space(e + 1, 1)
                break
            if d.pos[e] not in ("ADV", "ADJ") and not d.space[e] and d.tok[e] != "-":
                break
    if a >= d.n or d.pos[a] != "VERB" or not d.has_morph(a, "VerbForm", "Part") or not d.has_morph(a, "Tense", "Past"):
        return a
    for e in range(a + 1, min(d.n, a + 14)):
        if d.tok[e] in _SENT_END or d.in_quote[e] >= 0 or (d.space[e] and "\n" in d.tok[e]):
            return a
        if d.finite_verb(e):
            return a
        if d.tok[e] == ",":
            return d.skip_space(e + 1, 1)
    return a


def _vehicle_owner(d: AttributionDoc, head: int, end: int) -> tuple[int, int] | None:
    """ "les termes de X", "figures from X": when noun ``head`` names what someone said, its complement
    that names someone (before token ``end``). RETURNS (head, first token) of that complement, or None."""
    lex = d.lex
    if d.pos[head] != "NOUN" or (d.lem[head] not in lex.vehicle_nouns and d.low[head] not in lex.vehicle_nouns):
        return None
    for c in d.doc[head].children:
        x = c
        if c.dep_ == "prep":  # "figures from X": the preposition's object
            if norm(d.low[c.i]) not in lex.vehicle_cases:
                continue  # "estimates for X", "figures on X": X is what they are about
            x = next((g for g in c.children if g.dep_ == "pobj"), c)
        elif c.dep_ not in lex.dep("noun_object"):
            continue
        elif not any(
            norm(d.low[g]) in lex.vehicle_cases for g in d.kids[c.i] if g < c.i and d.dep[g] in lex.dep("case")
        ):
            continue  # "les informations sur X", "les propos contre X": X is what they are about
        if not head < x.i < end or (x is c and c.dep_ == "prep"):
            continue
        if not (_is_someone(d, x.i) or _looks_like_source(d, x.i, x.left_edge.i, end)):
            return None
        a = x.left_edge.i
        while a < x.i and d.pos[a] in ("ADP", "SPACE"):
            a += 1  # "de X": the mention, not its preposition
        return x.i, a
    # "les informations communiquées par X": the agent of a participle on the noun (or, as the parse
    # often has it, "par X" hung on the noun itself; for languages that list their agent words)
    for c in d.kids[head] if lex.agent_markers else ():
        x = None
        if d.pos[c] == "VERB" and "Part" in d.doc[c].morph.get("VerbForm") and d.lem[c] in lex.vehicle_participles:
            # (only a publication: "les informations démenties par X" are not X's)
            x = next((g for g in d.kids[c] if d.dep[g] in lex.dep("agent") and g > c), None)
            if x is None and c + 1 < end and d.low[c + 1] in lex.agent_markers and head < d.head[c + 1] < end:
                x = d.head[c + 1]
        if (
            x is not None
            and x < end
            and d.pos[x] in ("NOUN", "PROPN")
            and (_is_someone(d, x) or _looks_like_source(d, x, d.doc[x].left_edge.i, end) or institution_name(d, x))
        ):
            a = d.doc[x].left_edge.i
            while a < x and d.pos[a] in ("ADP", "SPACE"):
                a += 1
            return x, a
    return None


def _apposed_role(d: AttributionDoc, m: int) -> bool:
    """Token ``m`` opens a role apposed to a name ("chef de …", "la porte-parole de …")."""
    lex = d.lex
    if m < d.n and d.pos[m] == "DET":  # ("ce chef de …" too; "c'est" has no role noun after it)
        m += 1
    return (
        m < d.n
        and d.pos[m] == "NOUN"
        and d.tok[m].islower()
        and (d.lem[m] in lex.role_nouns or d.lem[m] in lex.anonymous_nouns or d.low[m] in lex.role_nouns)
    )


def _np_head(d: AttributionDoc, a: int, b: int) -> int:
    """The head token of the NP spanning [a, b): the token whose head lies outside it."""
    for x in range(a, b):
        h = d.doc[x].head.i
        if not (a <= h < b) and not d.space[x] and d.pos[x] not in ("ADP", "DET", "PUNCT"):
            return x
    for x in range(a, b):
        if d.pos[x] in ("NOUN", "PROPN", "PRON"):
            return x
    return a


def _looks_like_source(d: AttributionDoc, head: int, a: int, b: int) -> bool:
    """ "Pour X, …": X must be someone (a name, a pronoun, a role or an organisation)."""
    lex = d.lex
    low = d.low[head]
    lem = d.lem[head]
    if d.pos[head] == "PROPN":
        return d.doc[head].ent_type_ not in ("LOC", "GPE", "DATE") or d.tok[head] in lex.places_as_actors
    if d.doc[head].ent_type_ in ("PER", "PERSON", "ORG") and d.tok[head][:1].isupper():
        return True  # a name the tagger took for a noun ("Pour Marine Le Pen, …")
    if any(
        c.dep_ == "det" and "Ind" in c.morph.get("Definite") and "Sing" in c.morph.get("Number")
        for c in d.doc[head].children
    ):
        return False  # "pour un groupe de personnes, …": a beneficiary, not a source
    if low in lex.pronouns and low not in ("ce", "cela"):
        return True
    if lem in lex.role_nouns or lem in lex.anonymous_nouns or lem in lex.organization_nouns or lem in lex.media_nouns:
        return True
    if low in lex.demonyms and d.tok[head][:1].isupper():
        return True  # "Pour les Russes, …": a people (the tagger may take it for a place)
    # "pour de nombreux écologistes, …"; "pour certains, …", "pour d'autres, …" (the word itself: its lemma is
    # "certain", "autre")
    return lem in lex.collective_words or low in lex.collective_words or lem in lex.person_nouns


# -- orchestration --------------------------------------------------------------------


def _can_own(d: AttributionDoc, o: int) -> bool:
    """Whether the "de X" after a report noun names someone who can promise or fear: a person or organisation
    name, or a noun the lexicon knows for a person, a role, a body or a medium ("du maire", "des habitants",
    "du syndicat"); not "du loup", "du moteur"."""
    lex = d.lex
    ent = d.doc[o].ent_type_
    if ent in ("PER", "PERSON", "ORG"):
        return True
    if d.pos[o] == "PROPN":
        return ent not in ("LOC", "GPE", "DATE") or d.tok[o] in lex.places_as_actors
    lem = d.lem[o]
    return lem in lex.actor_nouns or lem in lex.media_person_nouns


def _report_noun_content(d: AttributionDoc, t: Token, clause: int) -> list[tuple[int, int]]:
    """The clause of report noun ``t`` (its infinitive or que-clause subtree), ending before the sentence's own
    verb when the parse hung that verb inside it: "Son refus de signer le contrat inquiète le personnel" ->
    "signer le contrat". A finite verb after the clause's head with no subordinator between ends it; so does,
    with the noun left as the root (the parse found no main verb), an adjective before a determiner or a verb
    neither infinitive nor describing a noun (verbs the tagger misread: "… inquiète le personnel", "… grandit")."""
    a, b = _subtree_range(d, d.doc[clause])
    head = t.head.i
    if head != t.i and clause < head < b:
        b = head
    rootless = t.dep_ == "ROOT"
    for k in range(clause + 1, b):
        if d.in_quote[k] >= 0:
            continue
        if d.pos[k] == "SCONJ" or d.dep[k] in d.lex.dep("mark") or d.has_morph(k, "PronType", "Rel"):
            break  # a clause of its own inside the content ("de dire que …", "qui …")
        if d.finite_verb(k) or (
            rootless
            and (
                (d.pos[k] == "ADJ" and k + 1 < b and d.pos[k + 1] == "DET")
                or (d.pos[k] == "VERB" and not d.has_morph(k, "VerbForm", "Inf") and d.dep[k] not in ("acl", "amod"))
            )
        ):
            b = k
            break
    a = d.strip_mark(a, b)
    span = d.char_span(a, b)
    return [span] if span else []


def _owned_report_noun(d: AttributionDoc, t: Token) -> tuple[int, int] | None:
    """(owner, clause head) of report noun ``t`` when it has an owner (a possessive, or "de X" right after it)
    and a clause after it ("de" + infinitive, "que" + finite verb), on the noun or, as the parse often hangs
    it, on the owner: "la promesse du maire de rouvrir la piscine", "sa demande que le vote soit reporté";
    not "l'annonce du maire" alone. None otherwise."""
    lex = d.lex
    kids = d.kids[t.i]
    owner = None
    of = ("de", "d'", "du", "des")
    for c in kids:
        possessive = d.dep[c] == "det" and d.has_morph(c, "Poss", "Yes")
        if possessive or (
            owner is None
            and d.dep[c] in lex.dep("noun_object")
            and c > t.i
            and d.pos[c] in ("NOUN", "PROPN")
            and any(d.dep[g] in lex.dep("case") and norm(d.low[g]) in of for g in d.kids[c])
        ):
            owner = c
    if owner is None or not (d.dep[owner] == "det" or _can_own(d, owner)):
        return None  # "la menace du loup de revenir": a wolf reports nothing
    clause = _report_clause(d, t, owner if owner > t.i else None)
    return None if clause is None else (owner, clause)


_OF = ("de", "d'", "du", "des")


def _under_aspect(d: AttributionDoc, t: Token) -> bool:
    """Whether cue ``t`` is an infinitive governed by one of ``lex.aspect_verbs`` ("continuent de réclamer",
    "est venu annoncer", "va demander"), not negated."""
    h = t.head
    return (
        h.i != t.i
        and d.has_morph(t.i, "VerbForm", "Inf")
        and d.dep[t.i] in ("xcomp", "ccomp", "advcl")
        and d.lem[h.i] in d.lex.aspect_verbs
        and not any(d.low[c] in d.lex.negation_particles for c in d.kids[h.i])
    )


def _report_clause(d: AttributionDoc, t: Token, owner: int | None) -> int | None:
    """The head of the clause report noun ``t`` takes ("de" + infinitive, "que" + finite verb), on the noun or,
    as the parse often hangs it, on its "de X" ``owner``; None when it takes none."""
    lex = d.lex
    for c in [*d.kids[t.i], *(d.kids[owner] if owner is not None else [])]:
        if (
            c > t.i
            and d.dep[c] in lex.dep("noun_clause")
            and d.pos[c] in ("VERB", "AUX")
            and d.in_quote[c] < 0
            and any(d.dep[g] in lex.dep("mark") and norm(d.low[g]) in ("de", "d'", "que", "qu'") for g in d.kids[c])
        ):
            return c
    return None


def _ownerless_report_noun(d: AttributionDoc, t: Token) -> tuple[list[tuple[int, int]], int] | None:
    """(content, its head) of report noun ``t`` when no one owns it (no possessive, no "de X" naming a person,
    body or medium): its own clause ("l'idée de rouvrir la piscine", "la crainte que le pont cède"), or, with
    no clause, the phrase of a "de X" that names no one, X being what is feared, promised or announced (an
    objective genitive: "les craintes d'une pénurie de farine"). Not with a clause after a "de X" that names no
    one ("la menace de la grêle de ruiner les vergers": the thing is the subject), nor a "de" place or date."""
    lex = d.lex
    kids = d.kids[t.i]
    if any(d.dep[c] == "det" and d.has_morph(c, "Poss", "Yes") for c in kids):
        return None
    of = next(
        (
            c
            for c in kids
            if c > t.i
            and d.dep[c] in lex.dep("noun_object")
            and d.pos[c] in ("NOUN", "PROPN")
            and any(d.dep[g] in lex.dep("case") and norm(d.low[g]) in _OF for g in d.kids[c])
        ),
        None,
    )
    if of is None:
        clause = _report_clause(d, t, None)
        return None if clause is None else (_report_noun_content(d, t, clause), clause)
    if _can_own(d, of) or d.doc[of].ent_type_ in ("LOC", "GPE", "DATE") or d.lem[of] in lex.temporal_words:
        return None
    if _report_clause(d, t, of) is not None:
        return None
    a, b = _subtree_range(d, d.doc[of])
    while a < of and (d.space[a] or (d.dep[a] in lex.dep("case") and norm(d.low[a]) in _OF)):
        a += 1
    span = d.char_span(a, b)
    return ([span], of) if span else None


_PERSONAL = ("il", "elle", "ils", "elles")


def _noun_verb_subject(d: AttributionDoc, t: Token) -> int | None:
    """Who acts on noun ``t`` as the verb it hangs on tells: the subject of the verb whose object it is, or whose
    oblique after it ("X a écarté la suggestion de …", "X a conclu sa visite par la demande de …"; not a preposed
    "Face aux craintes de …, X …"), the verb's own or, for an infinitive
    or a verb coordinated with no subject of its own, the verb's it hangs on ("X a tenté de défendre cette idée",
    "Ils écartent l'idée … et retiennent l'idée …"), a relative "qui" standing for its antecedent ("X, qui
    défendent cette idée"); or the agent of the passive whose subject the noun is ("la suggestion … a été faite
    par X"). None otherwise."""
    lex = d.lex
    h = t.head
    if h.i == t.i or d.pos[h.i] not in ("VERB", "AUX") or d.in_quote[h.i] >= 0:
        return None
    if d.dep[t.i] in lex.dep("passive_subject"):  # (an agent the parse may read as any oblique: "par X")
        return next(
            (
                c
                for c in d.kids[h.i]
                if c > h.i
                and (
                    d.dep[c] in lex.dep("agent")
                    or (
                        d.dep[c] in lex.dep("prep_object")
                        and any(d.dep[g] in lex.dep("case") and d.low[g] in lex.agent_markers for g in d.kids[c])
                    )
                )
            ),
            None,
        )
    if d.dep[t.i] != "obj" and not (d.dep[t.i] in lex.dep("prep_object") and t.i > h.i):
        return None  # (a preposed adjunct frames the sentence: "Face aux craintes de …, X a signé …")
    for _ in range(3):
        subj = next((c.i for c in h.children if c.dep_ in lex.dep("subject")), None)
        if subj is not None:
            if d.pos[subj] == "PRON" and d.low[subj] == "qui" and d.dep[h.i] in lex.dep("relative"):
                return h.head.i  # "les élus qui défendent cette idée"
            return subj
        if d.dep[h.i] not in ("xcomp", "conj") or h.head.i == h.i or d.pos[h.head.i] not in ("VERB", "AUX"):
            return None
        h = h.head
    return None


def _ownerless_source(d: AttributionDoc, t: Token, before: list[Found]) -> int | None:
    """Who reports through report noun ``t`` no one owns, as a reader finds them (``lex.report_noun_sources``,
    in order): "subject", the subject of the verb whose object the noun is, when it can own it ("le ministre a
    balayé l'idée de …"); "paragraph", the source of the last report of ``before`` in the noun's paragraph
    when it names a person or body (an earlier "a déclaré X" or "selon X"). None when neither does."""
    lex = d.lex

    def owner_like(k: int) -> bool:
        if d.in_quote[k] >= 0:
            return False
        if d.pos[k] == "PRON":
            return d.low[k] in _PERSONAL
        return _can_own(d, k)

    for how in lex.report_noun_sources:
        if how == "subject":
            subj = _noun_verb_subject(d, t)
            if subj is not None and owner_like(subj):
                return subj
        elif how == "paragraph":
            last = None
            for f in before:
                if f.cue is None or f.source_tok is None or f.cue[0] >= d.idx[t.i]:
                    continue
                k = f.head if f.head is not None else f.source_tok
                if d.para[k] != d.para[t.i] or not owner_like(f.source_tok):
                    continue
                if last is None or f.cue[0] > last.cue[0]:  # type: ignore[index]
                    last = f
            if last is not None:
                return last.source_tok
    return None


def _fallback_content(
    d: AttributionDoc, t: Token, cls: str, group: list[int]
) -> tuple[list[tuple[int, int]], int | None]:
    """The content of a cue the parse gave none: the clause after a "que" it left unattached ("a, de son côté,
    précisé que …", "a dit aux élus que …", "a expliqué ce que …"). ([], None) otherwise."""
    if d.in_quote[t.i] >= 0:
        return [], None
    lex = d.lex
    if lex.que_fallback and "clausal" in lex.classes.get(cls, ()):
        span = _que_clause_after(d, t, group)
        if span is not None:
            return [span], None
    if lex.last_resort_deps:
        span = _last_resort(d, t, cls, group)
        if span is not None:
            return [span[0]], span[1]
    return [], None


def _last_resort(d: AttributionDoc, t: Token, cls: str, group: list[int]) -> tuple[tuple[int, int], int] | None:
    """(content, its head) of a cue the model accepts but whose class found no content: the first argument of
    ``lex.last_resort_deps`` it has, in that order. An infinitive or predicate after it ("seemed to X", "is
    expected to X", "called X Y"), a noun object ("recalled X", not a pronoun nor a day), the object of one of
    ``lex.last_resort_preps`` ("talked about X", "criticised for X", "known as X"), a passive subject before it
    ("X was disclosed"). PolNeAR annotates these objects of the verbs it counts as contents."""
    lex = d.lex
    i, dep_of, kids = t.i, d.dep, d.kids
    objects, preps, passive = lex.dep("object"), lex.dep("preposition"), lex.dep("passive_subject")
    xcomp, pobj = lex.dep("xcomp"), lex.dep("preposition_object")
    for dep in lex.last_resort_deps:
        for c in kids[i]:
            if dep_of[c] != dep or (c < i) != (dep in passive):
                continue
            if dep in objects and cls in lex.last_resort_no_object:
                continue  # "said a word", "told the same story": the object of a verb of speaking is no report
            if (dep in objects or dep in preps or dep in passive) and d.pos[c] == "PRON":
                continue
            arg: int | None = c
            if dep in preps:
                if c < max(group) or d.low[c] not in lex.last_resort_preps:
                    continue
                arg = next((g for g in kids[c] if dep_of[g] in pobj), None)
                if arg is None:
                    continue
            if d.doc[arg].ent_type_ in lex.ent("time") or d.low[arg] in lex.temporal_words:
                continue  # "described Tuesday night …", "sought Wednesday": a time, no content
            if (
                dep in xcomp
                and d.lem[arg] in lex.last_resort_not_xcomp
                and any(dep_of[g] in lex.dep("passive_aux") for g in kids[arg])
            ):
                continue  # "asked not to be named": the writer's note on anonymity, no one's content
            if dep in xcomp and any(dep_of[g] in objects | lex.dep("dative") and g < arg for g in kids[i]):
                continue  # "tells patients to ring": an order given to someone, not what the cue's subject says
            a, b = _subtree_range(d, d.doc[arg])
            span = d.char_span(d.strip_mark(a, b), b)
            if span:
                return span, arg
    return None


def _que_clause_after(d: AttributionDoc, t: Token, group: list[int]) -> tuple[int, int] | None:
    """The rest of the sentence after a "que" right after the cue (past a short phrase: "aux élus", "ce"),
    when it holds a finite verb."""
    lex = d.lex
    if any(norm(d.low[c]) in lex.que_fallback_blockers for c in d.kids[t.i]):
        return None  # "ils n'engagent que ceux qui y croient": "ne … que", only
    end = d.sent_end[t.i]
    j = d.skip_space(max(group) + 1)
    start = None
    for _ in range(6):
        if j >= end or d.in_quote[j] >= 0:
            return None
        if norm(d.low[j]) in lex.que_fallback:
            prev = d.skip_space(j - 1, -1)
            if d.pos[j] == "PRON" and d.low[prev] != "ce":
                return None  # "les surnoms que nous donnons": a relative pronoun, no complementiser
            if prev == max(group) or d.tok[prev] == "," or d.pos[prev] in ("NOUN", "PROPN"):
                start = d.skip_space(j + 1)
            elif d.low[prev] == "ce" and d.skip_space(prev - 1, -1) == max(group):
                if norm(d.lem[t.i]) in lex.que_fallback_not_ce:
                    return None  # "je sais ce qu'une crue fait": what is known, not what is said
                start = prev  # "a expliqué ce que …": what was explained
            break
        if d.pos[j] in ("VERB", "AUX", "SCONJ", "CCONJ") or (d.pos[j] == "PUNCT" and d.tok[j] != ","):
            return None
        j = d.skip_space(j + 1)
    if start is None:
        return None
    stop = start
    while stop < end and d.tok[stop] not in (";", "?", "!") and not (d.tok[stop] == "." and stop == end - 1):
        stop += 1
    if not any(d.finite_verb(k) for k in range(start, stop)):
        return None
    return d.char_span(start, stop)


def _taking_object(d: AttributionDoc, t: Token) -> bool:
    """Cue ``t`` has for direct object a noun that makes it a taking, not a report (``taking_objects``: "claimed
    the body", "claimed twelve lives")."""
    nouns = d.lex.taking_objects.get(d.lem[t.i])
    if not nouns:
        return False
    return any(d.dep[c] in d.lex.dep("object") and d.lem[c] in nouns for c in d.kids[t.i])


def _thing_antecedent(d: AttributionDoc, t: Token, subj: int) -> bool:
    """The relative pronoun ``subj``, subject of cue ``t``, stands for a thing: the noun its clause qualifies is a
    common noun no source list holds, in no entity (as ``_thing_acts`` reads a subject)."""
    if d.dep[t.i] not in d.lex.dep("relative") or d.head[t.i] == t.i:
        return False
    ante = d.head[t.i]
    if d.pos[ante] != "NOUN" or d.doc[ante].ent_type_:
        return False
    lex = d.lex
    lem = d.lem[ante]
    if lem in lex.actor_nouns or lem in lex.document_nouns or lem in lex.country_nouns or lem in lex.group_nouns:
        return False
    if lem in lex.organization_nouns or lem in lex.media_nouns:
        return False
    return thing_like(d, ante)


def _imperative(d: AttributionDoc, t: Token) -> bool:
    """Whether cue ``t`` opens its sentence, outside quotations, as a first or second person finite verb with no
    subject: an imperative ("Souhaitons que …", "Notez que …")."""
    i = t.i
    if d.in_quote[i] >= 0 or not d.has_morph(i, "VerbForm", "Fin"):
        return False
    if not (d.has_morph(i, "Person", "1") or d.has_morph(i, "Person", "2")):
        return False
    if any(d.dep[c] in d.lex.dep("subject") or d.dep[c] in d.lex.dep("expletive") for c in d.kids[i]):
        return False
    first = d.sent_start[i]
    while first < i and (d.space[first] or d.doc[first].is_punct):
        first += 1
    return first == i


def _around_relative_cue(
    d: AttributionDoc, content: list[tuple[int, int]], group: list[int], subj: int | None
) -> list[tuple[int, int]]:
    """A cue in a relative clause whose reported clause holds the relative pronoun around the cue ("a strike that
    officials said could delay the regatta"): the content is the pronoun and the rest, on either side of the
    cue and its subject ("that" | "could delay the regatta"), as PolNeAR annotates it."""
    a = min(group) if subj is None or subj > min(group) else min(min(group), d.doc[subj].left_edge.i)
    b = max(group) + 1
    if b >= d.n:
        return content
    left_end, right_start = d.idx[a], d.idx[b]
    out: list[tuple[int, int]] = []
    for s, e in content:
        if not (s < left_end and right_start < e):
            out.append((s, e))
            continue
        for x, y in ((s, left_end), (right_start, e)):
            piece = d.text[x:y]
            x, y = x + len(piece) - len(piece.lstrip()), y - (len(piece) - len(piece.rstrip()))
            if y > x:
                out.append((x, y))
    return out


def _nonfinite_inside(d: AttributionDoc, f: Found, found: list[Found]) -> bool:
    """A verb or adjective cue whose word is no finite verb ("to discuss", "hoping", "was expected", "confident")
    inside the clause or object another attribution reports, unquoted ("X said he was eager to discuss Y"):
    part of what X said, not a report of its own. Languages whose lexicon sets ``nested_nonfinite_cues`` to
    false (English: PolNeAR annotates no attribution inside another; finite ones, "X said he expects …" or
    "… they have warned that …", are kept for the project's guide)."""
    if f.cue is None or f.head is None or f.cue_kind != "verb" or d.has_morph(f.head, "VerbForm", "Fin"):
        return False
    # a tense built on a finite auxiliary is finite ("have warned", "will argue"); a passive one is not
    if any(c.dep_ == "aux" and d.has_morph(c.i, "VerbForm", "Fin") for c in d.doc[f.head].children):
        return False
    return _inside_report(d, f, found)


def _inside_report(d: AttributionDoc, f: Found, found: list[Found]) -> bool:
    """Whether cue ``f`` stands in the clause or object another attribution of ``found`` reports, unquoted (not
    beside it: "…, adding that")."""
    if f.cue is None or f.head is None:
        return False
    at = f.cue[0]
    for g in found:
        if g is f or g.quote_ids or g.content_root is None or not any(a <= at < b for a, b in g.content):
            continue
        k = d.doc[f.head]
        while k.head.i != k.i and k.i not in (g.content_root, g.head):
            k = k.head
        if k.i == g.content_root:  # in the reported clause or object, not beside it ("…, adding that")
            return True
    return False


def find_attributions(doc: Doc, lex: Lexicon, text: str | None = None) -> tuple[list[Found], AttributionDoc]:
    """All attributions of ``doc`` (whose text is ``text`` when given) under the rules of ``lex``, in text order."""
    d = AttributionDoc(doc, lex, text)
    found = _phrase_attributions(d)
    if d.lex.hearsay_adverbs:
        found.extend(_hearsay_adverbs(d))
    if lex.relative_cue_preps:
        found.extend(_relative_cues(d))
    phrase_heads = {f.head for f in found}
    used_quotes: set[int] = set()
    verb_found: list[Found] = []
    cue_pos = _CUE_POS
    v2 = bool(lex.learned) and lex.learned.get("features") == "v2"
    for i, pos in enumerate(d.pos):
        if pos not in cue_pos or i in phrase_heads:  # (_cue_class is None for the other tags)
            continue
        t = doc[i]
        cls, extra = _cue_class(d, t)
        if cls is None and not v2 and not (pos == "VERB" and d.lem[i] in lex.label_verbs):
            continue
        if cls is None and d.cue_lem[i] in lex.not_reflexive and _reflexive(d, t):
            continue  # (nor a learned cue: "s'est qualifiée pour la finale")
        if not lex.nested_in_quotes and d.in_quote[t.i] >= 0:
            continue
        # a cue no list holds, taken by the learned model alone (its lemma lexicon, or its score below)
        model_only = cls is not None and extra is None and not _listed_cue(d, i)
        if v2 and extra is None and pos in V2_POS:
            model = lex.learned
            cut = model.get("threshold", 0.5) if cls is None else model.get("gate", 0.0)
            vec = lemma_vector(d, i)
            low, high = v2_bounds(model, d, t, vec)
            group = subj = None
            if high < cut - _MARGIN:
                p = high  # below the cut whether or not a quotation is adjacent
            elif low >= cut + _MARGIN:
                p = low
            else:
                group = _cue_group(d, t, extra)
                subj, _how = _subject(d, t, group)
                p = score(model, features_v2(d, t, quote_adjacent(d, t, group, subj)), vec)
            if cls is None:
                if p >= lex.learned.get("threshold", 0.5):
                    entry = lex.learned.get("lemmas", {}).get(f"{d.lem[i]}|{pos}")
                    cls = entry["class"] if entry else ("noun" if pos == "NOUN" else "learned")
                    model_only = True
                elif pos == "VERB" and d.lem[i] in lex.label_verbs:
                    cls = "label"  # a cue only with a quoted label after it
                elif (
                    pos == "NOUN"
                    and d.lem[i] in lex.report_nouns
                    and (
                        _owned_report_noun(d, t)
                        or (lex.report_noun_ownerless == "object" and _ownerless_report_noun(d, t))
                    )
                ):
                    cls = "report_noun"  # "la promesse du maire de rouvrir la piscine", "l'idée de rouvrir …"
                else:
                    continue
            elif p < lex.learned.get("gate", 0.0) and not (lex.aspect_verbs and _under_aspect(d, t)):
                continue
            if group is None:
                group = _cue_group(d, t, extra)
                subj, _how = _subject(d, t, group)
        elif cls is None:
            if pos != "VERB" or d.lem[i] not in lex.label_verbs:
                continue
            cls = "label"  # a cue only with a quoted label after it
            group = _cue_group(d, t, extra)
            subj, _how = _subject(d, t, group)
        else:
            group = _cue_group(d, t, extra)
            subj, _how = _subject(d, t, group)
            if lex.learned and not v2 and d.pos[t.i] in ("VERB", "ADJ") and extra is None:
                qadj = quote_adjacent(d, t, group, subj)
                if cue_score(lex.learned, d, t, qadj) < lex.learned.get("threshold", 0.5):
                    continue
        if cls in ("intent", "intent_clause", "belief") and any(
            d.dep[c] in lex.dep("mark") and d.low[c] in lex.hypothetical_marks for c in d.kids[i]
        ):
            continue  # "si l'on veut peser", "quand on croit en": a wish or belief supposed, no one's
        if subj is not None and d.pos[subj] == "PRON" and d.has_morph(subj, "PronType", "Int"):
            continue  # "Qui a demandé leur avis ?": a question about who, no one's words
        if d.lem[i] in lex.agentless_not_cues and _agentless_participle(d, t):
            continue  # "is known to infect", "known as the JCPOA", "was hailed a hero": no one's report
        if subj is None and lex.drop_imperative and _imperative(d, t):
            continue  # "Espérons que …": the writer's own exhortation
        last_resort = incise = False
        comme = _comme_clause(d, t, group)
        if comme is None:
            comme = _object_incise(d, t, group)  # "…, a déclaré le ministère." with the ministry parsed as the object
        cleft = _cleft_quote(d, t, group, used_quotes) if comme is None else None
        if cleft is not None:  # "« … » : c'est ce qu'écrit X"
            qs, subj = (cleft[0],), cleft[1]
            content, root = [d.quote_content(cleft[0])], None
        elif comme is not None:  # "…, comme l'a rappelé X": X's report is the clause around
            subj, content = comme
            qs, root = (), None
        elif cls == "report_noun":
            owned = _owned_report_noun(d, t)
            if owned is not None:
                subj, clause = owned
                content, qs, root = _report_noun_content(d, t, clause), (), clause
            else:  # no one owns it: whoever the sentence or the paragraph names, or no report
                content, root = _ownerless_report_noun(d, t)  # type: ignore[misc]
                qs = ()
                subj = _ownerless_source(d, t, [*found, *verb_found]) if lex.report_noun_sources else None
                if subj is None and lex.report_noun_sources and "keep" not in lex.report_noun_sources:
                    continue
        else:
            content, qs, root = _find_content(d, t, cls, group, extra, subj, used_quotes)
            if (
                not content
                and lex.passive_themes
                and not model_only
                and not any(f.source and f.source[0] <= d.idx[i] < f.source[1] for f in found)
            ):  # (not in a phrase cue's source: "selon les chiffres contestés par X, Y" is the figures' report)
                theme = _passive_theme(d, t, subj)
                if theme is not None:  # "la date, contestée par X", "la date est contestée par X": X contests it
                    content = [theme]
            if lex.clause_of_joined_quotes and not qs and len(content) == 1:
                joined = _joined_quotes_only(d, content[0], used_quotes)
                if joined:
                    qs, content = joined, [d.quote_content(q) for q in joined]
            around = (
                _as_clause(d, t, subj)
                if not content and lex.as_clause_words and cls not in lex.as_clause_not_classes
                else None
            )
            if around:  # "As X reported, Y.": X's report is the clause around
                content, incise = around, True
            elif not content and t.i not in d.relemmatized:
                content, root = _fallback_content(d, t, cls, group)
                last_resort = root is not None  # (the "que" clause after the cue has no root)
        if not qs and comme is None:
            content = _whole_quotes(d, content, d.idx[max(group)])
        idiom = lex.idiom_contents.get(d.lem[i], frozenset())
        if idiom and not qs and len(content) == 1 and norm(d.text[content[0][0] : content[0][1]].lower()) in idiom:
            continue  # "ce qu'il veut dire": what it means, no one's wish
        if not qs and _object_relative_cue(d, t, group, content):
            continue  # "la chose que souhaite X": X is the subject after the verb, the noun before what is wished
        cue_start = d.idx[min(group)]
        if lex.split_around_relative_cue and d.dep[i] in lex.dep("relative"):
            content = _around_relative_cue(d, content, group, subj)
        content = [c for c in content if not (c[0] <= cue_start < c[1])]
        if not content:
            continue
        if subj is None and qs and d.in_quote[t.head.i] in qs and d.quotes[d.in_quote[t.head.i]].start > d.idx[t.i]:
            # "X se sont dits « rassurés »" parsed with the quoted word as the verb: its subject
            subj = next((c.i for c in t.head.children if c.dep_ in lex.dep("subject") and d.in_quote[c.i] < 0), None)
        if subj is None and t.i not in d.impersonal:
            subj = _postposed_subject(d, t, group)
            if subj is not None and any(a <= d.idx[subj] < b for a, b in content):
                subj = None  # inside the content: the cue's object ("named 7 captains as …"), not who reports
        if subj is None and t.i not in d.impersonal:
            subj = _preposed_name(d, t, group)
        if subj is None and lex.surface_subjects and t.i not in d.impersonal:
            subj = _bare_np_subject(d, t, group)
        if (
            (model_only or lex.thing_subjects_listed)
            and lex.thing_subjects_report_nothing
            and not qs
            and _thing_acts(d, t, subj)
        ):
            continue  # "Ambient lighting offers thirty colors", "explosions rattled the harbor": no report
        if not qs and subj is not None and d.pos[subj] == "NOUN" and d.lem[subj] in lex.verdict_subjects:
            continue  # "The evidence plainly shows that …": the writer's own verdict, no source's
        if not qs and _taking_object(d, t):
            continue  # "the club claimed the trophy", "the storm claimed twelve lives": a taking, no report
        if subj is not None and d.low[subj] in lex.thing_relatives and _thing_antecedent(d, t, subj):
            continue  # "the stain, which implied a leak": a relative standing for a thing reports nothing
        if subj is None and lex.imperative_openers is not None and _base_imperative(d, t):
            continue  # "Imagine that …", "Recall that …": the writer addresses the reader, no one reports
        cue_toks = group
        a, b = min(cue_toks), max(cue_toks) + 1
        cue = (d.idx[a], d.idx[b - 1] + len(d.tok[b - 1]))
        f = Found(cue=cue, content=content, cue_kind="verb", head=t.i, cue_class=cls, quote_ids=qs, content_root=root)
        f.source_tok = subj
        f.incise = comme is not None or incise
        f.last_resort = last_resort
        f.block = lex.colon_block and not qs and root is None and content == [_colon_block(d, t)]
        # 'A, he said. “B.”': the inverted report goes on in the quotation after the cue, as a quoted one does
        inverted = bool(not qs and content and content[-1][1] <= cue[0] and d.in_quote[t.i] < 0)
        if lex.continue_quotes and (qs or inverted):
            more = _continuation(d, qs, group, subj, used_quotes, content[-1][1] if inverted else 0)
            if more and inverted and lex.split_quote_paragraphs:  # a quotation in a new paragraph is its own
                kept = _same_paragraph(d, more, cue[1])
                for run in _paragraph_runs(d, more[len(kept) :], t.i) if more[len(kept) :] else ():
                    g = Found(cue=cue, content=[d.quote_content(q) for q in run], cue_kind="verb", head=t.i)
                    g.cue_class, g.quote_ids, g.source_tok = cls, run, subj
                    verb_found.append(g)
                    used_quotes.update(run)
                more = kept
            if more and inverted:  # (a clause and a quotation: mixed; the quotation is taken all the same)
                used_quotes.update(more)
                f.continued = more
                content = f.content = content + [d.quote_content(q) for q in more]
            elif more:
                qs = qs + more
                content = content + [d.quote_content(q) for q in more]
                f.content, f.quote_ids = content, qs
        if lex.split_quotes and len(qs) > 1:
            for q, span in zip(qs, content, strict=False):
                g = Found(cue=cue, content=[span], cue_kind="verb", head=t.i, cue_class=cls, quote_ids=(q,))
                g.source_tok = subj
                verb_found.append(g)
        elif lex.split_quote_paragraphs and len(qs) > 1 and len(content) == len(qs):
            for run in _paragraph_runs(d, qs, t.i):
                g = Found(
                    cue=cue,
                    content=[content[qs.index(q)] for q in run],
                    cue_kind="verb",
                    head=t.i,
                    cue_class=cls,
                    quote_ids=run,
                )
                g.source_tok = subj
                verb_found.append(g)
        else:
            verb_found.append(f)
        used_quotes.update(qs)
    found.extend(verb_found)
    if lex.nested_quote_cues and d.nested_quotes:
        found.extend(_nested_quote_cues(d))
    labels = _headline_colon(d)
    found = _label_repeats(d, found, labels)
    found.extend(labels)
    found.extend(_dash_signed(d, used_quotes))
    found.extend(_dash_signed_lines(d, found))
    found.sort(key=lambda f: f.content[0][0] if f.content else 0)
    _sources(d, found)
    # a subject-less infinitive or participle with no source found is the outlet's own voice
    # ("il faut rappeler que", "to discuss"): not an attribution
    dropped = [f for f in found if _orphan_nonfinite(d, f)]
    found = [f for f in found if not _orphan_nonfinite(d, f)]
    if lex.mute_subjects or lex.generic_on_verbs or lex.signifying_verbs or lex.showing_verbs:
        found = [f for f in found if not _mute_source(d, f)]
    if lex.negation_words:
        found = [f for f in found if not _negated_cue(d, f)]
    if lex.pointer_nouns or lex.impersonal_views or lex.writer_subjects:
        found = [
            f for f in found if not (_pointer_content(d, f, found) or _impersonal_view(d, f) or _writer_voice(d, f))
        ]
    if lex.reader_subjects or lex.sourceless_questions:
        asked = [f for f in found if _reader_question(d, f) or _reader_address(d, f)]
        for f in asked:  # (their quotations are still someone's words: the orphan pass below)
            used_quotes.difference_update(f.quote_ids + f.continued)
        found = [f for f in found if not any(f is g for g in asked)]
    found = [f for f in found if not _object_relative_content(d, f)]
    # relays after a verb cue; then a cue with no source of its own in the relative clause on a phrase's
    # source ("selon X, qui a déclaré « … », Z") has that source (the relative pronoun)
    if lex.citing_verbs:
        _citing_relays(d, found)
    if lex.relay_verbs:
        found.extend(_trailing_relays(d, found))
        found = [f for f in found if f.content]  # (a relay participle read as a cue too is the relay's)
    asides = [g for g in found if g.aside is not None]
    for g in asides:
        a, b = g.aside  # type: ignore[misc]
        for f in found:
            if f.cue_kind == "verb" and f.source is None and f.head is not None and a <= f.head < b and f.quote_ids:
                # "selon X, qui a déclaré « … », Z": the relative pronoun is X, who says it too
                f.source, f.source_tok = g.source, g.source_tok
    found = [f for f in found if not any(_aside_only(d, f, g) for g in asides)]
    for f in dropped:  # their quotations are still someone's words (the orphan pass below)
        used_quotes.difference_update(f.quote_ids + f.continued)
    _trim_parallel(d, found)
    if lex.concessive_marks:
        for f in found:
            _cut_concession(d, f)
    if lex.orphan_quotes:
        found = _orphans(d, found, used_quotes)
    elif lex.colon_quotes:
        found = _colon_quotes(d, found, used_quotes)
    # after the quotations' own speakers: a post's quotations are still whoever it quotes ('"…", says X' in a tweet)
    found.extend(_embedded_posts(d))
    if lex.reading_verbs:
        for f in found:
            _read_in(d, f)
    if lex.demonstrative_subjects:
        for f in found:
            _no_demonstrative_source(d, f)
    _dedupe(d, found)
    if lex.split_contents:
        _drop_inner_repeats(found)
        for f in found:
            _drop_frame_part(f, found, d)
        found = [g for f in found if f.content for g in _split_contents(f)]
    else:
        found = [f for f in found if f.content]
    if not lex.nested_nonfinite_cues:
        found = [f for f in found if not _nonfinite_inside(d, f, found)]
    if not lex.nested_learned_cues:  # a verb only the cue model takes, inside a listed cue's report: an event told
        listed = [g for g in found if g.cue_class != "learned"]
        found = [
            f
            for f in found
            if not (
                f.cue_class == "learned"
                and not (f.head is not None and d.dep[f.head] in lex.dep("relative"))  # "…, qui réclame X": its own
                and _inside_report(d, f, listed)
            )
        ]
    if lex.noun_cues:
        found.extend(_noun_complement_cues(d, found))
    if lex.predicate_verbs:
        found.extend(_predicate_cues(d, found))
    if lex.conditional_auxiliaries:
        found.extend(_conditional_reports(d, found))
    # a last-resort content for a cue inside what another attribution reports ("asked whether he had said
    # sorry"): part of that report (PolNeAR nests none), whatever the cue's tense
    found = [f for f in found if not (f.last_resort and _inside_report(d, f, found))]
    if lex.hearsay_adverbs:  # "X allegedly did Y, she claimed": a hedge of her report, not a report of its own
        found = [f for f in found if not (f.cue_class == "hearsay" and _inside_content(f, found))]
    found.sort(key=lambda f: f.cue[0] if f.cue else f.content[0][0])
    _crossed_relays(d, found)
    _reindex(found)
    _kinds_and_via(d, found)
    if lex.medium_addressee_verbs:
        _told_media(d, found)
    return found, d


def _told_media(d: AttributionDoc, found: list[Found]) -> None:
    """ "A doctor told Ruptly that …": a listed outlet that a verb of ``medium_addressee_verbs`` has as its object
    or dative, before the content, is the report's ``medium`` (its via) when no other attribution relays it."""
    lex = d.lex
    for f in found:
        h = f.head
        if f.via is not None or f.cue_kind != "verb" or h is None or d.lem[h] not in lex.medium_addressee_verbs:
            continue
        nxt = d.skip_space(h + 1, 1)
        for c in d.kids[h]:
            told = d.dep[c] in lex.dep("object") | lex.dep("dative") and d.pos[c] == "PROPN"
            if c < h or not (told or (c == nxt and d.tok[c][:1].isupper())):
                continue  # (or the capitalised word right after the verb: "told Ruptly" tagged an adverb)
            tok = d.doc[c]
            a, b = tok.left_edge.i, tok.right_edge.i + 1
            if any(x <= d.idx[a] < y for x, y in f.content) or not is_media(d, a, b, c):
                continue
            f.medium = (d.idx[a], d.idx[b - 1] + len(d.tok[b - 1]))
            break


def _crossed_relays(d: AttributionDoc, found: list[Found]) -> None:
    """ "Selon l'AFP, « … », a-t-il dit": a phrase cue and an incise verb each holding the other in its content
    report one quotation, the speaker's through the phrase's source. Both contents become that quotation and the
    verb's attribution is relayed by the phrase's (its ``via``), not the other way round."""
    for v in found:
        if v.cue_kind != "verb" or v.cue is None or v.relayed_by is not None:
            continue
        for p in found:
            if p is v or p.cue_kind != "phrase" or p.cue is None:
                continue
            # (the verb's content may be the quotation alone, « Selon l'AFP, » a lead-in set off by its comma)
            alone = len(v.content) == 1 and any(
                q.depth == 0 and v.content[0] == (q.inner_start, q.inner_end) and p.cue[1] <= q.start for q in d.quotes
            )
            if not ((_holds(v.content, p.cue) or alone) and _holds(p.content, v.cue)):
                continue
            both = [
                q
                for q in d.quotes
                if q.depth == 0
                and _holds(v.content, (q.inner_start, q.inner_end))
                and _holds(p.content, (q.inner_start, q.inner_end))
            ]
            if len(both) != 1:
                continue
            q = both[0]
            inner = (q.inner_start, q.inner_end)
            if not (
                _only_marks_besides(d, v.content, [inner, p.cue, p.source])
                and _only_marks_besides(d, p.content, [inner, v.cue, v.source])
            ):
                continue  # "X has warned that A “B” C, according to Y": more than the quotation is reported
            v.content = p.content = [(q.inner_start, q.inner_end)]
            qid = d.quotes.index(q)
            v.quote_ids = p.quote_ids = (qid,)
            v.relayed_by = p
            break


def _only_marks_besides(d: AttributionDoc, spans: list[tuple[int, int]], parts: list[tuple[int, int] | None]) -> bool:
    """Whether the characters of ``spans`` outside ``parts`` (a quotation, a cue, a source) hold no letter or digit."""
    for a, b in spans:
        for k in range(a, b):
            if d.text[k].isalnum() and not any(x is not None and x[0] <= k < x[1] for x in parts):
                return False
    return True


def _holds(spans: list[tuple[int, int]], inner: tuple[int, int]) -> bool:
    """Whether one of the character ``spans`` holds ``inner``."""
    return any(a <= inner[0] and inner[1] <= b for a, b in spans)


def _parallel_start(d: AttributionDoc, f: Found, g: Found, a: int) -> int | None:
    """The token where ``g``'s report starts inside ``f``'s content (which starts at token ``a``), when it is
    a report of its own beside ``f``'s rather than one ``f`` reports: the same speaker going on ("X nie Y et
    accuse Z", "X accuse Y de Z, affirmant que …"), or another set against it ("X a déclaré que Y, tandis
    que Z a affirmé que …"). None when ``g`` is reported inside ``f``'s content ("X a dit que Z a affirmé …")."""
    lex = d.lex
    k = _token_at(d, g.cue[0]) if g.cue else None  # type: ignore[index]
    if k is None or g.head is None or d.in_quote[k] >= 0:
        return None
    end = f.content[0][1]
    inside = g.source_tok is not None and f.content[0][0] <= d.idx[g.source_tok] < end
    if inside:
        m = _before_cue(d, [k])
        incise = not lex.incise_subject_before and g.source_tok > k and d.finite_verb(g.head)
        if incise and m > a + 2 and d.tok[m] in _INCISE_MARKS:
            return m  # "X a affirmé Y, rapporte Z": an incise closing the content relays it, it is not part of it
        # another speaker's report inside: only after a contrast mark ("…, tandis que Z a affirmé")
        j = min(d.doc[g.source_tok].left_edge.i, k)
        for words in (2, 1):
            m = j - words
            if m > a and " ".join(d.low[m:j]) in lex.contrast_marks and d.tok[m - 1] in (",", ";"):
                return m - 1
        return None
    # the same speaker goes on (or no one): back from the cue past clitics, auxiliaries and adverbs to "," or "et"
    if g.source_tok is not None and g.source_tok != f.source_tok and (not g.speaker or g.speaker != f.speaker):
        return None
    j = k - 1
    while j > a and (d.space[j] or d.pos[j] in ("ADV", "AUX", "PRON") or d.dep[j] in lex.dep("aux")):
        j -= 1
    if j <= a + 2:
        return None
    # after a comma, a finite verb or a present participle ("…, affirmant que"), not an apposed past
    # participle ("que la réforme, annoncée en mars, passerait": still the one report)
    present_participle = d.has_morph(k, "VerbForm", "Part") and d.has_morph(k, "Tense", "Pres")
    if d.tok[j] in (",", ";") and not (d.has_morph(k, "VerbForm", "Fin") or present_participle):
        return None
    if d.tok[j] in (",", ";") or (d.pos[j] == "CCONJ" and d.head[j] == g.head):
        while j > a and (d.space[j - 1] or d.tok[j - 1] == ","):
            j -= 1
        return j
    return None


def _cut_concession(d: AttributionDoc, f: Found) -> None:
    """End an indirect content before a concession after a comma ("Certains diront que X, bien que Y": X): the
    writer's aside, which the parse hangs in the reported clause."""
    if f.quote_ids or f.cue_kind != "verb" or len(f.content) != 1:
        return
    s, e = f.content[0]
    a, b = _token_at(d, s), _token_at(d, e - 1)
    if a is None or b is None:
        return
    for j in range(a + 1, b):
        if d.tok[j] != "," or d.in_quote[j] >= 0:
            continue
        k = d.skip_space(j + 1, 1)
        if k + 1 <= b and (d.low[k] in d.lex.concessive_marks or " ".join(d.low[k : k + 2]) in d.lex.concessive_marks):
            for m in range(k, b):
                if d.tok[m] == "," and d.in_quote[m] < 0:
                    n = d.skip_space(m + 1, 1)
                    while n < b and d.pos[n] == "ADV":
                        n += 1
                    if n <= b and d.finite_verb(n):
                        return  # "que le pont, bien que fissuré, tiendra": an aside, the report goes on
            span = d.char_span(a, j)
            if span is not None:
                f.content = [span]
            return


def _trim_parallel(d: AttributionDoc, found: list[Found]) -> None:
    """End an indirect content where a report of its own begins inside it ("X nie Y et accuse Z": Y alone;
    "X a déclaré que Y, tandis que Z a affirmé que W": Y alone): the parse hangs such clauses in the first."""
    for f in found:
        if f.quote_ids or f.cue_kind != "verb" or len(f.content) != 1 or f.incise:
            continue
        s, e = f.content[0]
        a = _token_at(d, s)
        if a is None:
            continue
        cut = None
        for g in found:
            if g is f or not g.cue or not (s < g.cue[0] < e):
                continue
            phrase = g.cue_kind == "phrase" and d.lex.phrase_ends_report
            if phrase and any(x <= f.cue[0] < y for x, y in g.content):  # type: ignore[index]
                # "X a promis de Y, selon Z": the phrase reports X's whole clause, it is not part of Y
                k = _token_at(d, g.cue[0])
                m = _before_cue(d, [k]) if k is not None else -1
                k = m if m > a and d.tok[m] in _INCISE_MARKS else None
            else:
                k = _parallel_start(d, f, g, a)
            if k is not None and (cut is None or k < cut):
                cut = k
        if cut is not None:
            b = cut
            while b > a and (d.space[b - 1] or d.tok[b - 1] in _CLAUSE_END):
                b -= 1
            span = d.char_span(a, b)
            if span and span[1] > span[0]:
                f.content = [(s, span[1])]


def noun_complements(d: AttributionDoc, t: Token) -> list[tuple[str, int, int, int]]:
    """The complements of noun ``t`` that may be what it reports, after it: (kind, head, first token, end token) for a
    "that" clause ("the claim that …", kind "that"), an infinitive ("a pledge to …", "infinitive") and the object of a
    preposition ("questions about …": kind "about", the object without the preposition)."""
    out = []
    marks = d.lex.noun_complement_marks
    for c in t.children:
        if c.i < t.i:
            continue
        first = d.doc[c.left_edge.i]
        if c.dep_ in d.lex.dep("relative") or c.dep_ in d.lex.dep("clausal"):
            if first.lower_ in marks.get("that", ()) and first.dep_ in d.lex.dep("mark"):
                out.append(("that", c.i, first.i, c.right_edge.i + 1))
            elif first.lower_ in marks.get("infinitive", ()) and d.has_morph(c.i, "VerbForm", "Inf"):
                out.append(("infinitive", c.i, first.i, c.right_edge.i + 1))
        elif c.dep_ in d.lex.dep("preposition") and c.i + 1 <= c.right_edge.i:
            out.append((c.lower_, c.i, c.i + 1, c.right_edge.i + 1))
    return out


def _noun_complement_cues(d: AttributionDoc, found: list[Found]) -> list[Found]:
    """Nouns listed for a kind of complement (``noun_cues``) report it: "his claim that …", "her pledge to …",
    "X raised questions about …". The noun's possessive is the source, or the subject of the verb whose object
    it is ("X voiced concern that …"); a noun with neither is no attribution. Not a noun some attribution already
    has as its cue, nor a complement that overlaps another's content."""
    lex = d.lex
    heads = {f.head for f in found}
    taken = [c for f in found for c in f.content]
    out: list[Found] = []
    # (a noun no kind lists is passed over before its complements are read: each would be skipped below)
    listed = frozenset().union(*lex.noun_cues.values())
    for i, pos in enumerate(d.pos):
        if pos != "NOUN" or d.lem[i] not in listed or i in heads or (not lex.nested_in_quotes and d.in_quote[i] >= 0):
            continue
        t = d.doc[i]
        for kind, root, a, b in noun_complements(d, t):
            if d.lem[i] not in lex.noun_cues.get(kind, ()):
                continue
            span = d.char_span(a, b)
            if span is None or any(x < span[1] and span[0] < y for x, y in taken):
                continue
            f = Found(cue=(d.idx[i], d.idx[i] + len(d.tok[i])), content=[span], cue_kind="noun", head=i)
            f.cue_class, f.content_root, f.last_resort = "noun", root, True
            poss = [c.i for c in t.children if c.dep_ in lex.dep("possessive") or d.has_morph(c.i, "Poss", "Yes")]
            if poss:
                f.source_tok = poss[0]
            elif t.dep_ in lex.dep("object") and t.head.i != i:
                subj = next((c.i for c in t.head.children if c.dep_ in lex.dep("subject")), None)
                f.source_tok = subj if subj is not None and _can_speak(d, subj) else None  # (not "The plan drew …")
            if f.source_tok is None:
                continue  # "a bill to …", "talk of …": no one's report the guide would annotate
            f.source = _source_span(d, f.source_tok, set(range(a, b)))
            out.append(f)
            taken.append(span)
            break
    return out


def _impersonal_passive(d: AttributionDoc, i: int) -> bool:
    """Whether verb ``i`` is a finite passive of the third person ("il est considéré", "ils sont présentés"): the
    form that states a view as the common one. Not an infinitive ("peut être considéré"), a bare participle
    ("une voie considérée comme …") or a first or second person ("nous sommes considérés comme …": the speaker's
    own complaint)."""
    aux = [c for c in d.kids[i] if d.dep[c] in d.lex.dep("passive_aux")]
    return any(d.has_morph(c, "VerbForm", "Fin") and d.doc[c].morph.get("Person") in ([], ["3"]) for c in aux)


def _predicate_cues(d: AttributionDoc, found: list[Found]) -> list[Found]:
    """A verb of regarding or presenting (``predicate_verbs``) reports the predicate its mark introduces: "X
    considère le projet comme une menace", "le parti, présenté par X comme un danger", "des candidats perçus comme
    des intrus" (the words after "comme"). Its source is its subject; of a passive or a participle, the agent
    ("par X") or no one, never the thing regarded. A verb some attribution already has as its cue reports that
    predicate instead of what was found for it, unless that is a quotation. A word after "comme" with an infinitive
    of its own is an example ("des pays comme X augmenter …"), no predicate."""
    lex = d.lex
    by_head = {f.head: f for f in found if f.cue_kind == "verb"}
    out: list[Found] = []
    marks = lex.dep("case") | lex.dep("mark")
    for i, pos in enumerate(d.pos):
        if pos != "VERB" or d.lem[i] not in lex.predicate_verbs:
            continue
        if not lex.nested_in_quotes and d.in_quote[i] >= 0:
            continue
        t = d.doc[i]
        pred = None
        for c in d.kids[i]:
            if (
                c > i
                and d.pos[c] in ("NOUN", "PROPN", "ADJ", "VERB")
                and d.in_quote[c] == d.in_quote[i]
                and not d.finite_verb(c)  # "considère que …, comme le prouve X": a clause of its own
                # "ont vu des pays comme X augmenter …": an example with its own infinitive, no predicate
                and not any(d.pos[k] == "VERB" and d.has_morph(k, "VerbForm", "Inf") for k in d.kids[c] if k > c)
            ):
                m = [g for g in d.kids[c] if g < c and d.dep[g] in marks and d.low[g] in lex.predicate_marks]
                if m:
                    pred = (m[0] + 1, _subtree_range(d, d.doc[c])[1])
                    break
        if pred is None:
            continue
        span = d.char_span(*pred)
        if span is None:
            continue
        group = _cue_group(d, t, None)
        a, b = min(group), max(group) + 1
        g = by_head.get(i)
        if g is not None and g.content_root is not None and d.dep[g.content_root] in lex.dep("clausal"):
            continue  # "considère que …": the clause it reports
        if g is not None and g.quote_ids:
            continue  # "a présenté la réforme comme une chance : « … »": the quotation it reports stays
        if g is not None:
            g.content, g.quote_ids, g.content_root = [span], (), None
        else:
            g = Found(cue=(d.idx[a], d.idx[b - 1] + len(d.tok[b - 1])), content=[span], cue_kind="verb", head=i)
            g.cue_class = "predicate"
            out.append(g)
        participle = d.has_morph(i, "VerbForm", "Part") and d.dep[i] not in lex.dep("subject") | {"ROOT"}
        reflexive = any(d.pos[c] == "PRON" and d.has_morph(c, "Reflex", "Yes") for c in d.kids[i] if c < i)
        passive = any(d.dep[c] in lex.dep("passive_aux") for c in d.kids[i]) or (
            participle and not reflexive and not any(d.dep[c] in lex.dep("subject") for c in d.kids[i])
        )
        who: int | None = None
        if passive:
            who = next((c for c in d.kids[i] if d.dep[c] in lex.dep("agent")), None)
        elif participle and not any(d.dep[c] in lex.dep("subject") for c in d.kids[i]):
            # "des élus se présentant comme …": the noun the participle describes
            who = d.head[i] if d.head[i] != i and d.pos[d.head[i]] in ("NOUN", "PROPN") else None
        else:
            subjects = lex.dep("subject")
            who = next((c for c in d.kids[i] if d.dep[c] in subjects and d.low[c] not in lex.object_clitics), None)
        if passive and who is None and lex.agentless_predicate_hedge and _impersonal_passive(d, i):
            g.cue_hedge = True  # "il est considéré comme …": a view whose holder the passive hides
        regarded = (
            passive
            and g.source_tok is not None
            and any(
                d.dep[c] in lex.dep("passive_subject") and d.doc[c].left_edge.i <= g.source_tok <= d.doc[c].right_edge.i
                for c in d.kids[i]
            )
        )  # (the subject's head or a name in it: "le directeur, Paul Orlandin, est considéré comme …")
        if g in out or regarded:
            # (a cue found before keeps its source, unless it took the thing regarded for the one who regards it)
            g.source_tok = who
            g.source = _source_span(d, who, set(range(*pred))) if who is not None else None
    return out


def _conditional_reports(d: AttributionDoc, found: list[Found]) -> list[Found]:
    """The reported conditional: "Les rebelles auraient quitté la ville", "Le ministre serait arrivé hier" state
    what someone says without naming them. A main clause whose verb is a past participle after a third-person
    conditional auxiliary (``conditional_auxiliaries``) is a report with no source: its subject and verb up to the
    first comma, semicolon or colon (a clause coordinated after it goes on in its content). Not a clause with a
    condition ("si …"), a question, an impersonal "il", a quotation, a modal ("aurait pu": ``conditional_not_verbs``),
    a supposition ("on aurait dit": ``conditional_not_subjects``), nor one that overlaps what an attribution already
    reports or its cue."""
    lex = d.lex
    taken = [c for f in found for c in f.content] + [f.cue for f in found if f.cue]
    heads = {f.head for f in found}
    cue_toks = [c for f in found if f.cue and (c := _token_at(d, f.cue[0])) is not None]
    out: list[Found] = []
    for aux in range(d.n):
        if d.lem[aux] not in lex.conditional_auxiliaries or not d.has_morph(aux, "Mood", "Cnd"):
            continue
        if not d.has_morph(aux, "Person", "3") or d.in_quote[aux] >= 0:
            continue
        v = d.head[aux]
        if v <= aux or v in heads or not d.has_morph(v, "VerbForm", "Part") or d.in_quote[v] >= 0:
            continue
        if d.lem[v] in lex.conditional_not_verbs:
            continue
        if d.dep[v] != "ROOT":
            continue
        subj = [c for c in d.kids[v] if c < aux and (d.dep[c] in lex.dep("subject") | lex.dep("passive_subject"))]
        if not subj or d.low[subj[0]] in lex.object_clitics or d.low[subj[0]] in lex.conditional_not_subjects:
            continue  # (no subject of its own, or "il" impersonal: "il aurait fallu")
        if d.lem[subj[0]] in lex.conditional_impersonal and any(d.dep[c] in lex.dep("expletive") for c in d.kids[v]):
            continue
        if any(d.low[c] in lex.conditional_blockers for k in d.kids[v] for c in [k, *d.kids[k]]):
            continue  # "si …", "faute de …": a hypothesis, no one's report
        a, b = d.doc[subj[0]].left_edge.i, d.doc[v].right_edge.i + 1
        if any(d.pos[k] in ("VERB", "AUX") and d.doc[k].morph.get("Mood") for k in range(a, aux)):
            continue  # a verb of another clause before it: the parse joined two clauses
        for k in range(v + 1, b):
            if d.tok[k] in (",", ";", ":", "(", "–", "—") or d.in_quote[k] >= 0:
                b = k
                break
        start, end = d.sent_start[v], d.sent_end[v]
        if any(d.tok[k] == "?" for k in range(v, end)):
            continue
        last = d.skip_space(end - 1, -1)
        if last < 0 or not any(ch in d.tok[last] for ch in '.!…»"”'):
            continue  # a headline or a line with no end mark: it repeats a report the text makes below
        prev = d.skip_space(start - 1, -1)
        if prev >= 0 and d.para[prev] == d.para[v] and any(d.sent_start[prev] <= c < start for c in cue_toks):
            continue  # the sentence before reports: its report goes on (the source is that one's, not no one)
        span = d.char_span(a, b)
        if span is None or any(x < span[1] and span[0] < y for x, y in taken):
            continue
        group = sorted({aux, v, *(c for c in d.kids[v] if d.dep[c] in lex.dep("aux") and aux <= c < v)})
        f = Found(cue=(d.idx[group[0]], d.idx[group[-1]] + len(d.tok[group[-1]])), content=[span], cue_kind="verb")
        f.head, f.cue_class = v, "conditional"
        out.append(f)
        taken.append(span)
    return out


def _agrees(d: AttributionDoc, noun: int, pron: int) -> bool:
    """Whether ``noun`` can be the antecedent of relative pronoun ``pron`` by gender and number ("laquelle" is
    feminine singular: "la déclaration de l'ex-ministre, et maintenant le député X, selon laquelle …" skips
    "député"). A word whose morphology is not given agrees."""
    gender = {"m": "Masc", "f": "Fem"}.get(d.lex.relative_gender.get(d.low[pron], ""))
    genders = {gender} if gender else set(d.doc[pron].morph.get("Gender"))
    numbers = set(d.doc[pron].morph.get("Number"))
    ng, nn = set(d.doc[noun].morph.get("Gender")), set(d.doc[noun].morph.get("Number"))
    return not (genders and ng and not genders & ng) and not (numbers and nn and not numbers & nn)


def _relative_predicate(d: AttributionDoc, pron: int, a: int, b: int) -> int:
    """Where the main predicate starts after the relative clause ``a``..``b`` opened by ``pron``, when the parse
    hung it on the clause ("des informations selon lesquelles Y aurait envoyé … ont circulé", "ont circulé" parsed
    as an adverbial of "envoyé"): a finite verb group after the clause's verb with no subject, no mark and no
    conjunction of its own. ``b`` when there is none."""
    lex = d.lex
    rv = d.head[pron]
    for k in range(max(a, rv + 1), b):
        if not (d.head[k] == rv or d.head[k] < pron) or d.dep[k] not in ("advcl", "conj", "parataxis"):
            continue
        if d.pos[k] not in ("VERB", "AUX"):
            continue
        kids = d.kids[k]
        if any(d.dep[c] in lex.dep("subject") | lex.dep("mark") or d.dep[c] == "cc" for c in kids):
            continue
        group = [k] + [c for c in kids if d.dep[c] in lex.dep("aux") and c < k]
        if any(d.has_morph(g, "VerbForm", "Fin") for g in group) and all(
            d.pos[j] in ("ADV", "AUX") or d.dep[j] in lex.dep("aux") for j in range(min(group), k)
        ):
            return min(group)
    return b


def _relative_cues(d: AttributionDoc) -> list[Found]:
    """ "la déclaration de X selon laquelle Y", "les affirmations selon lesquelles Y": Y is what the noun
    before reports (its cue), said by its « de X » complement or its possessive, when it has one."""
    lex = d.lex
    out: list[Found] = []
    for i in range(d.n - 2):
        if d.low[i] not in lex.relative_cue_preps or d.low[i + 1] not in lex.relative_cue_pronouns:
            continue
        if d.in_quote[i] >= 0 and d.in_quote[i] != d.in_quote[min(i + 2, d.n - 1)]:
            continue
        # the antecedent: the noun just before (past its « de X » complement and an apposition)
        noun = None
        for j in range(i - 1, max(d.sent_start[i], i - 25) - 1, -1):
            if d.pos[j] == "NOUN" and d.doc[j].head.i not in range(j + 1, i) and _agrees(d, j, i + 1):
                cand = d.doc[j]
                while cand.dep_ in ("nmod", "appos") and cand.head.i < cand.i and d.pos[cand.head.i] == "NOUN":
                    cand = cand.head
                noun = cand.i
                break
        if noun is None:
            continue
        a = i + 2
        b = d.sent_end[i]
        h = d.doc[noun].head
        if h.i > i:  # "les affirmations selon lesquelles Y sont fausses": Y stops at the main predicate
            b = min([b, h.i] + [c.i for c in h.children if c.dep_ in lex.dep("aux") and c.i > a])
        elif lex.relative_cue_carriers:  # (a parse that hung the main predicate on the relative clause or before it)
            b = min(b, _relative_predicate(d, i + 1, a, b))
        span = d.char_span(a, b)
        if span is None or b - a < 3:
            continue
        dets = [c.i for c in d.doc[noun].children if c.dep_ == "det" and c.i < noun]
        lo = min(dets) if dets else noun
        cue = (d.idx[lo], d.idx[noun] + len(d.tok[noun]))
        f = Found(cue=cue, content=[span], cue_kind="noun", head=noun, cue_class="noun")
        for c in d.doc[noun].children:
            if c.dep_ == "det" and "Yes" in c.morph.get("Poss"):
                f.source_tok = c.i
            elif c.dep_ in lex.dep("noun_object") and noun < c.i < i and _is_someone(d, c.i):
                f.source_tok = c.i
                break
        if lex.relative_cue_carriers and f.source_tok is None and d.lem[noun] not in lex.report_nouns:
            # "des informations selon lesquelles Y": "selon des informations, Y" (the noun says it, "selon" hedges)
            f.cue = (d.idx[i], d.idx[i + 1] + len(d.tok[i + 1]))
            f.source_tok, f.cue_hedge = noun, True
        out.append(f)
    return out


def _nested_quote_cues(d: AttributionDoc) -> list[Found]:
    """Quotations inside a quotation with a cue of their own inside it
    (« J'ai dit : "…" », « Il demandait « … » et j'ai répondu »): each is its speaker's words."""
    view = copy.copy(d)  # the same parse, whose quotations are the nested ones
    view.quotes = d.nested_quotes
    view.in_quote = in_quote = [-1] * d.n
    for qi, q in enumerate(d.nested_quotes):
        a, b = _token_at(d, q.start), _token_at(d, q.end - 1)
        if a is not None and b is not None:
            in_quote[a : b + 1] = [qi] * (b + 1 - a)
    out: list[Found] = []
    used: set[int] = set()
    for i in range(d.n):
        if d.in_quote[i] < 0 or in_quote[i] >= 0 or d.pos[i] not in ("VERB", "AUX"):
            continue
        if d.dep[i] in d.lex.dep("relative"):
            continue  # "les réunions où quelqu'un dit « … »": a situation, not a report
        t = d.doc[i]
        cls, extra = _cue_class(d, t)
        if cls is None or "quote" not in d.lex.classes.get(cls, ()):
            continue
        group = _cue_group(d, t, extra)
        subj, _how = _subject(view, t, group)
        if subj is not None and d.in_quote[subj] != d.in_quote[i]:
            # the parse reached out of the quotation: its own subject, if any, speaks
            inside = [c.i for c in t.children if c.dep_ in d.lex.dep("subject") and d.in_quote[c.i] == d.in_quote[i]]
            subj = inside[0] if inside else None
        qs = [q for q in (_quote_after(view, group, subj, used), _quote_before(view, group, t, used)) if q is not None]
        qs = [q for q in qs if d.in_quote[_token_at(d, d.nested_quotes[q].start) or 0] == d.in_quote[i]]
        if not qs:
            continue
        a, b = min(group), max(group) + 1
        for q in qs:
            nq = d.nested_quotes[q]
            f = Found(
                cue=(d.idx[a], d.idx[b - 1] + len(d.tok[b - 1])),
                content=[(nq.inner_start, nq.inner_end)],
                cue_kind="verb",
                head=i,
                cue_class=cls,
                kind="direct",
            )
            f.source_tok = subj
            out.append(f)
            used.add(q)
    return out


def _reindex(found: list[Found]) -> None:
    """Point ``inherited_from`` and ``follows`` at the final positions of the attributions they name."""
    pos: dict[int, int] = {}
    for k, f in enumerate(found):
        pos.setdefault(id(f), k)
        if f.split_of is not None:
            pos.setdefault(id(f.split_of), k)
    for f in found:
        f.inherited_from = pos.get(id(f.inherits)) if f.inherits is not None else None
        f.follows = pos.get(id(f.continues)) if f.continues is not None else None


_BETWEEN_QUOTES = re.compile(r"[\s.,;:\u2014\u2013-]*")


def _paragraph_runs(d: AttributionDoc, qs: tuple[int, ...], cue: int) -> list[tuple[int, ...]]:
    """Quotations ``qs`` of the cue at token ``cue`` grouped into runs, a new run wherever a paragraph break
    comes before one; a run wholly in a paragraph before the cue's is not the cue's."""
    runs: list[list[int]] = [[qs[0]]]
    for prev, q in pairwise(qs):
        if "\n" in d.text[d.quotes[prev].end : d.quotes[q].start]:
            runs.append([q])
        else:
            runs[-1].append(q)
    cue_start = d.idx[cue]
    return [
        tuple(r)
        for r in runs
        if not (d.quotes[r[-1]].end <= cue_start and "\n" in d.text[d.quotes[r[-1]].end : cue_start])
    ]


def _same_paragraph(d: AttributionDoc, more: tuple[int, ...], pos: int) -> tuple[int, ...]:
    """The quotations of ``more`` (in order, after offset ``pos``) before the first paragraph break."""
    kept: list[int] = []
    for q in more:
        if "\n" in d.text[pos : d.quotes[q].start]:
            break
        kept.append(q)
        pos = d.quotes[q].end
    return tuple(kept)


def _joined_on(d: AttributionDoc, gap: str) -> bool:
    """Whether ``gap`` is one of ``lex.continuation_joiners`` between punctuation (', but ')."""
    words = re.sub(r"[.,;:\u2014\u2013-]", " ", gap).split()
    return len(words) == 1 and norm(words[0].lower()) in d.lex.continuation_joiners


def _tail_word(d: AttributionDoc, k: int, cue: int) -> bool:
    """Whether the token before the quotation opening at ``k`` is a word of the cue's tail (past the cue ``cue``;
    no punctuation, no ``lex.continuation_joiners`` word)."""
    j = d.skip_space(k - 1, -1)
    return j > cue and d.tok[j][:1].isalnum() and norm(d.tok[j].lower()) not in d.lex.continuation_joiners


def _continuation(
    d: AttributionDoc, qs: tuple[int, ...], group: list[int], subj: int | None, used: set[int], start: int = 0
) -> tuple[int, ...]:
    """Quotations that go on after the cue ('“A,” he said. “B.”'), with no cue of their own (with no
    quotation in ``qs``: after a content ending at ``start``, before the cue: 'A, he said. “B.”')."""
    doc = d.doc
    pos = max(d.quotes[max(qs)].end if qs else start, doc[group[-1]].idx + len(doc[group[-1]].text))
    # the cue's own modifiers ("he said in August.", "she said, adding that …": its whole subtree)
    head = doc[group[-1]]
    for k in range(group[-1] + 1, min(d.n, max(group[-1] + d.lex.gap_max, head.right_edge.i + 1))):
        if not qs and d.in_quote[k] >= 0 and head.left_edge.i <= k <= head.right_edge.i and _tail_word(d, k, group[-1]):
            # 'A, she said, adding that the gas “…”': a quotation right after a word of the cue's own tail is
            # that tail's (its object), not the report going on
            return ()
        if d.in_quote[k] >= 0 or d.tok[k] in _SENT_END:
            break
        if head.left_edge.i <= k <= head.right_edge.i or d.doc[k].head.i in group:
            pos = max(pos, d.idx[k] + len(d.tok[k]))
    if subj is not None and subj > group[-1]:
        st = doc[subj]
        pos = max(pos, d.idx[st.right_edge.i] + len(d.tok[st.right_edge.i]))
    more: list[int] = []
    k = max(qs) + 1 if qs else next((n for n, q in enumerate(d.quotes) if q.start >= pos), len(d.quotes))
    while k < len(d.quotes) and k not in used:
        q = d.quotes[k]
        if not _BETWEEN_QUOTES.fullmatch(d.text, pos, q.start) and not (
            not more and _joined_on(d, d.text[pos : q.start])
        ):
            break
        # its own cue right after it ("“B,” she added") ends the run
        t_end = _token_at(d, q.end - 1)
        if t_end is None:
            break
        j = t_end + 1
        own = False
        # (to its sentence's end: '“B,” the head of the region's fire service, X, said' is B's own cue)
        for x in range(j, min(d.n, max(j + d.lex.gap_max, d.sent_end[min(j, d.n - 1)]))):
            if d.tok[x] in _SENT_END or (d.space[x] and d.tok[x].count("\n") >= 1) or d.in_quote[x] >= 0:
                break
            if _cue_like(d, x):
                own = True
                break
        if own:
            break
        more.append(k)
        pos = q.end
        k += 1
    return tuple(more)


def _headline_colon(d: AttributionDoc) -> list[Found]:
    """ "Trump: We will win" — a paragraph opening with a person or organisation and a colon (a transcript's
    speaker label too, after a quotation mark: '"SMITH: We will win')."""
    out: list[Found] = []
    doc = d.doc
    i = 0
    while i < d.n:
        if i == 0 or (d.space[i - 1] and "\n" in d.tok[i - 1]):
            if d.tok[i] in _QUOTE_MARKS and i + 1 < d.n:
                i += 1
            j = i
            while (
                j < d.n
                and j - i < 5
                and (d.tok[j][:1].isupper() or d.tok[j] in (".", "-"))
                and d.pos[j] not in ("VERB", "AUX", "PRON")
            ):
                j += 1
            prefix_ok = j > i and not any(
                doc[x].ent_type_ in ("LOC", "GPE", "DATE", "FAC", "TIME") for x in range(i, j)
            )
            if prefix_ok and j < d.n - 2 and d.tok[j] == ":" and not _colon_label(d, i, j):
                end = j + 1
                while end < d.n and not (d.space[end] and "\n" in d.tok[end]):
                    end += 1
                span = d.char_span(j + 1, end)
                has_verb = any(d.pos[x] in ("VERB", "AUX") for x in range(j + 1, end))
                if span and has_verb and end - j > 4:
                    f = Found(cue=(d.idx[j], d.idx[j] + 1), content=[span], cue_kind="colon", cue_class="colon")
                    f.source_tok = j - 1
                    f.source = d.char_span(i, j)
                    first = _first_of_two_people(d, i, j)
                    if first is not None:  # "Jane Doe Backs John Roe: …": the headline's subject speaks
                        f.source_tok = first[1] - 1
                        f.source = d.char_span(*first)
                    out.append(f)
        i += 1
    return out


def _name_written_again(d: AttributionDoc, k: int, end: int, line: tuple[int, int]) -> bool:
    """Whether token ``k`` (before ``end``) opens a person's name: tagged so, or a run of two proper nouns or more
    the article writes again outside ``line`` ("Jane Marlow Ends …" and "candidate Jane Marlow ended …")."""
    if d.doc[k].ent_type_ in ("PER", "PERSON"):
        return True
    e = k
    while e < end and d.pos[e] == "PROPN" and d.tok[e][:1].isupper():
        e += 1
    if e - k < 2:
        return False
    for stop in range(e, k + 1, -1):
        span = d.char_span(k, stop)
        if span is None:
            continue
        name = re.escape(d.text[span[0] : span[1]])
        if any(not line[0] <= m.start() < line[1] for m in re.finditer(rf"(?<!\w){name}(?!\w)", d.text)):
            return True
    return False


def _first_of_two_people(d: AttributionDoc, i: int, j: int) -> tuple[int, int] | None:
    """Tokens of the first of two persons the article names in full (two words or more) both written in tokens
    [i, j) with a word between them ("Jane Doe Defends John Roe:", however the recogniser cut the headline), or
    None: the headline's subject is the first, the second is what its verb is about."""
    span = d.char_span(i, j)
    if span is None:
        return None
    prefix = d.text[span[0] : span[1]]
    names = {e.text for e in d.doc.ents if e.label_ in ("PER", "PERSON") and len(e) >= 2 and e.text != prefix}
    hits = sorted(
        (m.start(), m.end()) for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", prefix)
    )
    if len(hits) < 2 or hits[0][0] != 0 or not any(a > hits[0][1] for a, _ in hits[1:]):
        return None
    a = span[0] + hits[0][0]
    b = span[0] + hits[0][1]
    toks = [k for k in range(i, j) if a <= d.idx[k] < b]
    return (toks[0], toks[-1] + 1) if toks else None


def _label_repeats(d: AttributionDoc, found: list[Found], labels: list[Found]) -> list[Found]:
    """ "Smith explains how the plan works:" then "SMITH: “…”" on the next line: the verb's block after its colon
    is the label's line, whose quotation the label attributes already; the verb's report loses that line (and is
    dropped when nothing else is left), so the quotation counts once, under its label."""
    out: list[Found] = []
    for g in found:
        if g.cue_kind == "verb" and g.content:
            for f in labels:
                if f.source is None or not f.content:
                    continue
                label, quote = f.source[0], f.content[0][1]
                kept = [(a, b) for a, b in g.content if not (a <= label < b and quote <= b + 1)]
                if len(kept) < len(g.content):
                    g.content = kept
                    g.quote_ids = tuple(q for q in g.quote_ids if not label <= d.quotes[q].start < quote)
            if not g.content:
                continue
        out.append(g)
    return out


_CHAINED_LABEL = re.compile(r"[ \t]*[^\W\d_][^\n:\"“«‘]{0,60}?[ \t]*:[ \t]*[\"“«‘]")

_OPENING_LABEL = re.compile(r"(?m)^[ \t]*([^\W\d_][^\n:]{0,40}?)[ \t]*:")


def _transcript(d: AttributionDoc) -> bool:
    """Some label in capitals ("JANE MORROW:"), not a listed one ("FILE PHOTO:"), opens two paragraphs or more
    before their colon: the text is a transcript and its labels in capitals are speakers."""
    seen: set[str] = set()
    for m in _OPENING_LABEL.finditer(d.text):
        label = m.group(1)
        if not label.isupper() or len(label.split()) < 2 or norm(label) in d.lex.colon_labels:
            continue
        if label in seen:
            return True
        seen.add(label)
    return False


def _headline_label(d: AttributionDoc, i: int, j: int) -> bool:
    """Tokens [i, j) before a paragraph's colon are a headline's kicker, a dateline, a caption's tag or a work's
    title, not a speaker (stop 45): several words all in capitals ("NEW DELHI:") with no person recognised in them
    outside a transcript (a label in capitals opening two paragraphs: "JANE MORROW:" speaks there); a title in title
    case after the colon, no person recognised before it and its last word written nowhere else in the article
    ("Weekend Picks: Fresh Bargains Arrive"; "Mayor Holt: Budget Will Not Pass" keeps Holt when she is named
    again); or two words or more before the colon always followed by the same capitalised word, twice or more
    ("Moon Pilot Tales: Broken Compass")."""
    words = [k for k in range(i, j) if any(ch.isalpha() for ch in d.tok[k])]
    if len(words) >= 2 and all(d.tok[k].isupper() and len(d.tok[k]) > 1 for k in words):
        people = d.lex.ent("person")
        if not any(d.doc[k].ent_type_ in people for k in range(i, j)) and not _transcript(d):
            return True
    stop = d.text.find("\n", d.idx[j])
    stop = len(d.text) if stop < 0 else stop
    end = bisect.bisect_left(d.idx, stop, j + 1)  # the colon's line
    long = [k for k in range(j + 1, end) if len(d.tok[k]) > 3 and d.tok[k].isalpha()]
    capped = [k for k in long if d.tok[k][:1].isupper()]
    span = d.char_span(i, j)
    if span is None:
        return False
    if _CHAINED_LABEL.match(d.text, d.idx[j] + 1, stop):
        return True  # "Hidden Camera: Mayor's Aide: “…”": a kicker before the speaker's own label
    people = ("PER", "PERSON")
    person = any(d.doc[k].ent_type_ in people for k in range(i, j))
    line = d.text.rfind("\n", 0, d.idx[i]) + 1, stop
    last = re.escape(d.tok[j - 1])
    again = any(not (line[0] <= m.start() < line[1]) for m in re.finditer(rf"(?<!\w){last}(?!\w)", d.text))
    first = d.skip_space(j + 1)
    # "Bad Sport: Jane Doe Quits Race": a title whose own subject, another person, opens it after the kicker
    subject_after = first < end and d.tok[first] != d.tok[i] and _name_written_again(d, first, end, line)
    if (not person or subject_after) and not again and len(long) >= 3 and len(capped) >= 0.75 * len(long):
        return True  # a title-cased title after words the article writes nowhere else (no speaker named again)
    nxt = d.skip_space(j + 1)
    if j - i >= 2 and nxt < d.n and d.tok[nxt][:1].isupper() and d.tok[nxt].isalpha():
        after = re.findall(re.escape(d.text[span[0] : span[1]]) + r"\s*:\s*(\w+)", d.text)
        if len(after) >= 2 and all(w == d.tok[nxt] for w in after):
            return True  # "Moon Pilot Tales: Broken Compass" each time: a title ("HOLT: Well" and "HOLT: And" speak)
    return False


def _colon_label(d: AttributionDoc, i: int, j: int) -> bool:
    """Tokens [i, j) before a paragraph's colon label it ("Commentaire :", "Climat :"): a listed label,
    or one common noun no recogniser took for a person or a body and no list names as one."""
    lex = d.lex
    span = d.char_span(i, j)
    words = norm(d.text[span[0] : span[1]]) if span else ""
    if words in lex.colon_labels:
        return True
    if _headline_label(d, i, j):
        return True
    if j - i != 1 or d.pos[i] != "NOUN" or d.doc[i].ent_type_ in ("PER", "PERSON", "ORG", "NORP"):
        return False
    k = d.skip_space(j + 1)
    if k < d.n and (d.tok[k] in _QUOTE_MARKS or d.tok[k][:1] in ("\u2018", "'")):
        return False  # "Trump: ‘Let people see it’": a speaker before a quotation
    known = (lex.organization_names, lex.media_names, lex.places_as_actors)
    nouns = (lex.organization_nouns, lex.role_nouns, lex.anonymous_nouns, lex.person_nouns)
    if any(d.lem[i] in n or words in n for n in nouns):
        return False  # "Police: …", "Témoin : …": a body or a person speaks
    return not any(words in names for names in known) and not (len(d.tok[i]) > 1 and d.tok[i].isupper())


def _dash_signed(d: AttributionDoc, used: set[int]) -> list[Found]:
    """'“…” ― Jane Doe, 34, Ohio': a quotation signed after a dash."""
    out: list[Found] = []
    for qi, q in enumerate(d.quotes):
        if qi in used:
            continue
        t = _token_at(d, q.end - 1)
        if t is None:
            continue
        j = t + 1
        while j < d.n and d.space[j] and "\n" not in d.tok[j]:
            j += 1
        glued = len(d.tok[t]) > 1 and d.tok[t][-1] in DASHES  # '…”―' read as one token
        if glued:
            j = t
            dash = (d.idx[t] + len(d.tok[t]) - 1, d.idx[t] + len(d.tok[t]))
        elif j >= d.n - 1 or d.tok[j] not in DASHES:
            continue
        else:
            dash = (d.idx[j], d.idx[j] + len(d.tok[j]))
        k = j + 1
        while k < d.n and d.space[k]:
            k += 1
        if k >= d.n or d.pos[k] != "PROPN":
            continue
        end = k
        while end < d.n and d.pos[end] == "PROPN":
            end += 1
        f = Found(
            cue=dash,
            content=[d.quote_content(qi)],
            cue_kind="dash",
            cue_class="dash",
            quote_ids=(qi,),
        )
        f.source_tok = end - 1
        f.source = d.char_span(k, end)
        out.append(f)
        used.add(qi)
    return out


def _dash_signed_lines(d: AttributionDoc, found: list[Found]) -> list[Found]:
    """ "The harbor plan remains a mystery. –Valmer Post" ending its line: the line before the dash is the
    signed outlet's or person's (a name of one to four words after a full stop and a dash), not the writer's."""
    out: list[Found] = []
    for j in range(1, d.n - 1):
        if d.tok[j] not in DASHES or d.in_quote[j] >= 0 or d.tok[j - 1] not in (".", "!", "?"):
            continue
        k = j + 1
        end = k
        while end < d.n and d.tok[end][:1].isupper() and (d.pos[end] == "PROPN" or d.doc[end].ent_type_):
            end += 1  # ("Newsweek" may be tagged a common noun, but inside an entity)
        if end == k or end - k > 4 or (end < d.n and "\n" not in d.tok[end] and not d.space[end]):
            continue  # no name, or text goes on after it on the line
        if end < d.n and d.space[end] and "\n" not in d.tok[end]:
            continue
        a = j - 1
        while a > 0 and "\n" not in d.tok[a - 1]:
            a -= 1
        a = d.skip_space(a, 1)
        if a >= j - 1:
            continue
        span = d.char_span(a, j)
        if span is None or any(x < span[1] and span[0] < y for f in found for x, y in f.content):
            continue  # (what some report holds already)
        f = Found(cue=(d.idx[j], d.idx[j] + len(d.tok[j])), content=[span], cue_kind="dash", cue_class="dash")
        f.source_tok = end - 1
        f.source = d.char_span(k, end)
        out.append(f)
    return out


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_POST_MOST = 1500  # the most characters a post's block holds (a longer one is the article's text run on)


def _embedded_posts(d: AttributionDoc) -> list[Found]:
    """An embedded post as its embed code prints it: a block of text, then "— Jane Doe (@jdoe) July 3, 2022" on a
    line of its own (``Lexicon.post_signature``). The block, from the blank line before it, is the named author's
    words, direct: the dash is the cue, the name the source. A text with no blank line before the signature, or a
    block longer than a post, gives the line before the signature alone."""
    pat = d.lex.post_signature
    if pat is None:
        return []
    text = d.text
    out: list[Found] = []
    for m in pat.finditer(text):
        e = m.start()
        while e > 0 and text[e - 1].isspace():
            e -= 1
        if e == 0:
            continue
        a = max((m2.end() for m2 in _BLANK_LINE.finditer(text, 0, e)), default=-1)
        if a < 0 or e - a > _POST_MOST:
            a = text.rfind("\n", 0, e) + 1
        while a < e and text[a].isspace():
            a += 1
        name_a, name_b = m.span("name")
        dash = next(k for k in range(m.start(), name_a) if not text[k].isspace())  # (the pattern's dash)
        last = _token_at(d, name_b - 1)
        if a >= e or last is None:
            continue
        f = Found(cue=(dash, dash + 1), content=[(a, e)], cue_kind="dash", cue_class="dash")
        f.block = True  # (its words as written: direct, with or without quotation marks)
        f.source_tok = last  # (as a dash-signed quotation's: the name's last word)
        f.source = (name_a, name_b)
        out.append(f)
    return out


def _sources(d: AttributionDoc, found: list[Found]) -> None:
    """Fill ``source``; subject-less cues inherit from a governing or preceding cue."""
    lex = d.lex
    by_head = {f.head: n for n, f in enumerate(found) if f.head is not None}
    order = sorted(range(len(found)), key=lambda n: found[n].head or 0)
    relays = {id(g.relay) for g in found if g.relay is not None}  # (their source is bound already)
    for n in order:
        f = found[n]
        if f.cue_kind in ("phrase", "colon", "dash") or f.head is None or (id(f) in relays and f.source):
            continue
        exclude = _content_tokens(d, f)
        if f.source_tok is not None:
            f.source = _source_span(d, f.source_tok, exclude)
            continue
    for n in order:
        f = found[n]
        if f.cue_kind == "phrase" or f.head is None or f.source_tok is not None or f.head in d.impersonal:
            continue  # ("Il semblerait que …": no one to inherit from)
        t = d.doc[f.head]
        if any(c.dep_ in d.lex.dep("passive_subject") for c in t.children):
            continue
        noun = t.head
        told = _told_by_verb(d, noun.i)  # "…, a confié X à un journaliste de Y, ajoutant : …": X goes on
        if t.dep_ == "acl" and noun.i < t.i and not told and (_is_someone(d, noun.i) or _speaking_noun(d, noun.i)):
            # "le sénateur X, accusant la majorité de …": the participle qualifies who speaks
            participle = "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")
            # "The audit, based on …, named three firms": a finite verb the parse hung on its subject
            hung = (
                not participle
                and lex.root_noun_subjects
                and (d.has_morph(t.i, "VerbForm", "Fin") or noun.dep_ == "ROOT")
                and d.tok[_before_cue(d, [t.i])] == ","
            )
            if participle or hung:
                f.source_tok = noun.i
                f.source = _source_span(d, noun.i, _content_tokens(d, f))
                if hung and noun.dep_ == "ROOT":  # (its subtree is the whole sentence: the noun phrase alone)
                    f.source = d.char_span(*_noun_phrase(d, noun))
                continue
        prev = _narrative_infinitive(d, t, found)
        if prev is not None:  # "Et d'expliquer que …": whoever spoke last goes on
            f.inherited_from, f.inherits = prev, found[prev]
            f.source_tok, f.source = found[prev].source_tok, found[prev].source
            continue
        incise = None
        if _present_participle_cue(d, t):
            incise = _incise_before(d, t.i)
            if incise is None and lex.surface_subjects:
                incise = _participle_clause_subject(d, t)
        if incise is not None:
            f.source_tok = incise
            f.source = _source_span(d, incise, _content_tokens(d, f))
            continue
        shared = _coordinated_subject(d, t) if d.lex.surface_subjects else None
        if shared is not None:
            f.source_tok = shared
            f.source = _source_span(d, shared, _content_tokens(d, f))
            continue
        src = _inherit(d, t, found, by_head)
        own = _participle_subject(d, t)
        if (
            src is not None
            and own is not None
            and own != found[src].source_tok
            and not any(g.head is not None and g.source_tok is not None and own < g.head < t.i for g in found)
        ):
            # "Bien que X juge …, Y est resté ferme, affirmant que …": Y, the subject of the verb it hangs on,
            # not the nearest cue's (but "Y veut …, a déclaré X, réaffirmant": X goes on)
            f.source_tok = own
            f.source = _source_span(d, own, _content_tokens(d, f))
            continue
        if src is not None:
            f.inherited_from, f.inherits = src, found[src]
            f.source_tok = found[src].source_tok
            f.source = found[src].source
            continue
        if f.cue_kind != "verb":
            continue
        gov = _governor_subject(d, t)
        if gov is None and not any(
            g.cue_kind == "phrase" and g.cue and g.cue[0] <= d.idx[t.i] < g.cue[1] for g in found
        ):
            gov = _nonfinite_subject(d, t)  # (not the verb of a phrase cue: "à en croire X")
        if gov is None:
            prev = _before_reader_aside(d, t, found)
            if prev is not None:  # "X a lancé …, comme vous pouvez le voir, avant d'ajouter": X goes on
                f.inherited_from, f.inherits = prev, found[prev]
                f.source_tok, f.source = found[prev].source_tok, found[prev].source
                continue
        if gov is not None:
            f.source_tok = gov
            f.source = _source_span(d, gov, _content_tokens(d, f))


def _before_reader_aside(d: AttributionDoc, t: Token, found: list[Found]) -> int | None:
    """For an infinitive or participle cue the parse hung on the writer's aside to the reader (« …, a-t-elle
    lancé, comme vous pouvez le voir, avant d'ajouter : … », :func:`reader_aside`), the index in ``found`` of
    the last report with a source before it in its sentence: its speaker goes on. None otherwise."""
    if d.in_quote[t.i] >= 0 or not _nonfinite(d, t.i) or t.dep_ not in d.lex.dep("xcomp") or t.head is t:
        return None
    h = t.head.i
    if not any(d.dep[c] in d.lex.dep("subject") and reader_aside(d, h, c) for c in d.kids[h]):
        return None
    start = d.sent_start[t.i]
    before = [
        n
        for n, g in enumerate(found)
        if g.source_tok is not None and g.cue and g.head is not None and start <= g.head < t.i
    ]
    return max(before, key=lambda n: found[n].head) if before else None  # type: ignore[arg-type,return-value]


def _noun_phrase(d: AttributionDoc, noun: Token) -> tuple[int, int]:
    """Tokens of the noun phrase ``noun`` heads without its clauses and what a comma parts from it: its
    modifiers before it and its prepositional phrases right after it ("a report of the county")."""
    a, b = noun.i, noun.i + 1
    for c in noun.children:
        if c.i < noun.i and d.pos[c.i] != "PUNCT" and c.dep_ not in d.lex.dep("preposition"):
            a = min(a, c.left_edge.i)
        elif c.i == b and c.dep_ in d.lex.dep("preposition"):
            b = c.right_edge.i + 1
    return a, b


def _coordinated_subject(d: AttributionDoc, t: Token) -> int | None:
    """The subject of the predicate a subject-less finite cue is coordinated with on the surface ("X reste
    confiant et sait que …"): reading back from the "et" before the cue, the first predicate of a main
    or coordinated clause that has its subject before it, in the same sentence and past no comma; its
    subject when it can speak and agrees in number with the cue. The parse may hang the cue on a verb
    further back, whose subject or cue is not its own. None when the cue does not follow a conjunction."""
    lex = d.lex
    finite = _finite_or_aux(d, t.i)
    if not finite or d.in_quote[t.i] >= 0 or d.pos[t.i] not in ("VERB", "AUX"):
        return None
    j = min([t.i, *_aux_of(d, t)]) - 1
    while j >= 0 and (d.space[j] or d.pos[j] == "ADV" or d.low[j] in lex.object_clitics):
        j -= 1
    if j < 1 or d.pos[j] != "CCONJ":
        return None
    return _predicate_subject_before(d, t, j, relatives=True)


def _participle_clause_subject(d: AttributionDoc, t: Token) -> int | None:
    """For a present participle cue after a comma ("X reste prudent face aux rumeurs, rappelant …"), the subject
    of the main or coordinated predicate just before the comma (:func:`_predicate_subject_before`)."""
    j = t.i - 1
    while j >= 0 and (d.space[j] or d.pos[j] == "ADV" or (d.dep[j] in d.lex.dep("mark") and d.head[j] == t.i)):
        j -= 1
    if j < 1 or d.tok[j] != ",":
        return None
    return _predicate_subject_before(d, t, j, relatives=d.lex.participle_after_relative)


def _predicate_subject_before(d: AttributionDoc, t: Token, j: int, relatives: bool = False) -> int | None:
    """Reading back from token ``j`` (a conjunction or comma before cue ``t``), the first predicate of a main or
    coordinated clause that has its subject before it, in the same sentence and past no clause break or
    subordinating conjunction (past a coordinating one: "X reste prudent et serein, rappelant …"); its
    subject when it can speak and agrees in number with a finite cue, else None. With ``relatives``, a
    relative clause's predicate counts too and its relative pronoun stands for the noun the clause hangs on
    ("un conseil qui hésitait et pensait …": the cue is the relative clause's second verb)."""
    lex = d.lex
    start = d.sent_start[t.i]
    embedded = lex.dep("clausal") | lex.dep("xcomp") | lex.dep("relative")
    for k in range(j - 1, start - 1, -1):
        if d.tok[k] in _CLAUSE_END or d.tok[k] in _QUOTE_MARKS or d.pos[k] == "SCONJ":
            return None
        subjects = [c for c in d.kids[k] if d.dep[c] in lex.dep("subject") and c < k]
        # (with ``participle_after_relative``, a verb with its auxiliary the tagger took for a name, "qui avait tweeté")
        tagged_off = bool(subjects) and relatives and lex.participle_after_relative and _has_aux(d, k)
        if (not subjects or d.pos[k] not in ("VERB", "AUX", "ADJ", "NOUN")) and not tagged_off:
            continue
        c = subjects[0]
        relative = d.pos[c] == "PRON" and d.has_morph(c, "PronType", "Rel")
        if relatives and relative and d.dep[k] in lex.dep("relative") and d.head[k] < c:
            c = d.head[k]  # the relative pronoun's antecedent
            if d.lex.participle_after_relative and d.dep[c] in lex.dep("appos") and d.pos[d.head[c]] == "PROPN":
                c = d.head[c]  # "X, militant du parti, qui …": the name the antecedent is apposed to
            if d.pos[c] not in ("NOUN", "PROPN") and not _plural_nominal_adjective(d, c):
                return None
        elif d.dep[k] in embedded:
            continue
        elif d.pos[c] == "PRON" and (relative or d.low[c] in lex.nonfinite_blocking_subjects):
            return None
        if _number_disagrees(d, t.i, c):
            return None
        if _can_speak(d, c) or d.pos[c] == "PROPN" or _plural_nominal_adjective(d, c):
            return c
        # a name the tagger took for a common noun inside a person entity ("Macron assume et dit …")
        return c if d.doc[c].ent_type_ in lex.ent("person") else None
    return None


def _plural_nominal_adjective(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` is a plural adjective standing for people, a determiner before it and no noun it qualifies
    ("quelques obstinés qui …", "les plus prudents qui …")."""
    return (
        d.pos[i] == "ADJ"
        and d.has_morph(i, "Number", "Plur")
        and d.dep[i] not in ("amod", "acl")
        and any(d.pos[c] == "DET" and c < i for c in d.kids[i])
    )


def _has_aux(d: AttributionDoc, k: int) -> bool:
    """Token ``k`` has an auxiliary before it among its dependents: a verb, whatever its tag says."""
    return any(d.dep[c] in d.lex.dep("aux") and c < k for c in d.kids[k])


def _narrative_infinitive(d: AttributionDoc, t: Token, found: list[Found]) -> int | None:
    """For an infinitive cue opening its sentence after "Et de" ("Et d'ajouter que …", the narrative
    infinitive), the index in ``found`` of the last attribution before it with a source; else None."""
    lex = d.lex
    if not lex.narrative_infinitive or not d.has_morph(t.i, "VerbForm", "Inf") or d.in_quote[t.i] >= 0:
        return None
    words = [k for k in range(d.sent_start[t.i], t.i) if not d.space[k]]
    if len(words) != 2 or norm(d.low[words[0]]) not in lex.narrative_infinitive or _unelided(d.low[words[1]]) != "de":
        return None
    before = [n for n, g in enumerate(found) if g.source is not None and g.cue and g.cue[0] < d.idx[t.i]]
    return max(before, key=lambda n: found[n].cue[0]) if before else None  # type: ignore[index]


def _governor_subject(d: AttributionDoc, t: Token) -> int | None:
    """The subject a subject-less finite cue shares with the verb it is coordinated with
    ("X a rencontré Y et a assuré que …"), or the noun a misparse hangs it on
    ("L'expert X a déclaré que …" parsed with X as the root)."""
    lex = d.lex
    finite = _finite_or_aux(d, t.i)
    if not finite or d.in_quote[t.i] >= 0:
        return None
    h = t
    for _ in range(3):
        if h.dep_ != "conj" or h.head.i == h.i:
            break
        h = h.head
        if d.pos[h.i] not in ("VERB", "AUX") or d.in_quote[h.i] >= 0:
            return None
        for c in h.children:
            if c.dep_ in lex.dep("subject") and c.i < h.i and any(ch.isalpha() for ch in c.text):
                if d.pos[c.i] == "PRON" and d.low[c.i] in ("qui", "que", "ce", "c'", "cela", "ça", "il"):
                    return None if d.low[c.i] != "il" else c.i
                return c.i
    head = t.head
    aux = _aux_of(d, t)
    between = [k for k in range(head.i + 1, t.i) if k not in aux]
    if (
        t.dep_ in ("advcl", "punct", "dep", "acl")
        and head.i < t.i
        and head.dep_ == "ROOT"
        and d.pos[head.i] in ("NOUN", "PROPN")
        and not any(c.dep_ in lex.dep("subject") for c in t.children)
        and not any(d.pos[k] in ("VERB", "AUX") or d.tok[k] in _CLAUSE_END for k in between)
    ):
        return head.i
    return _relative_misparse(d, t)


def _relative_misparse(d: AttributionDoc, t: Token) -> int | None:
    """The subject of "X, qui …, veut …" parsed with the cue under the relative clause: X, the
    antecedent of the relative pronoun that is the subject of the clause the cue hangs on."""
    lex = d.lex
    h = t.head
    if h.i >= t.i or t.dep_ not in ("ccomp", "conj", "parataxis", "advcl"):
        return None
    aux = _aux_of(d, t)
    j = min([t.i, *aux]) - 1
    while j > h.i and (d.space[j] or d.pos[j] == "ADV"):
        j -= 1
    if d.tok[j] != ",":
        return None
    rel = [c for c in d.kids[h.i] if d.dep[c] in lex.dep("subject") and c < h.i and d.has_morph(c, "PronType", "Rel")]
    if not rel or rel[0] == 0 or d.tok[rel[0] - 1] != ",":
        return None
    # the antecedent: the noun the clause hangs on, or one the parse made a second subject of its head
    ante = [c for c in d.kids[h.i] if d.dep[c] in lex.dep("subject") and c < rel[0] and d.pos[c] in ("NOUN", "PROPN")]
    if not ante and d.dep[h.i] in lex.dep("relative") and h.head.i < rel[0] and d.pos[h.head.i] in ("NOUN", "PROPN"):
        ante = [h.head.i]
    return ante[-1] if ante else None


def _speaking_noun(d: AttributionDoc, i: int) -> bool:
    """Whether noun ``i`` names who or what can say something: a document ("un communiqué appelant à"),
    a kind of person ("d'élus affirmant que")."""
    lex = d.lex
    if d.pos[i] != "NOUN":
        return False
    if d.lem[i] in lex.person_nouns:
        return True
    # a document someone issues or that is only mentioned ("released a statement saying", "in a statement
    # saying") stands for its authors
    dep = d.dep[i]
    if lex.issued_document_speaks and d.lem[i] in lex.document_nouns and dep in lex.dep("object"):
        return True  # "a publié un communiqué appelant à …": the guide gives the document as the source
    return (
        d.lem[i] in lex.document_nouns
        and dep not in ("pobj", "dobj", "nmod")
        and dep not in lex.dep("object")
        and not dep.startswith("obl")
    )


def _nonfinite_subject(d: AttributionDoc, t: Token) -> int | None:
    """The subject of the verb a subject-less participle or infinitive cue depends on
    ("X continue sur son argumentation, affirmant que …", "X continue de réclamer …",
    "X a répondu en affirmant …"), up through adverbial, open-clause and coordinated verbs."""
    lex = d.lex
    if d.in_quote[t.i] >= 0 or not _nonfinite(d, t.i):
        return None
    h = t
    for _ in range(4):
        if h.dep_ == "pcomp" and d.pos[h.head.i] == "ADP" and h.head.head is not h.head:
            h = h.head  # "X followed up by asking": through the preposition to the verb
        elif h.dep_ not in ("advcl", "xcomp", "conj", "obl:mod") or h.head is h:
            return None
        via = h.dep_
        h = h.head
        if d.pos[h.i] not in ("VERB", "AUX", "ADJ") or d.in_quote[h.i] >= 0:
            return None
        # a "passive" subject with no passive auxiliary is the parse's slip ("X avaient manifesté, jugeant …");
        # a passive's subject controls its infinitive ("X est chargé d'annoncer", "X est allé jusqu'à annoncer",
        # the parse reading "est allé" as a passive)
        passive = any(c.dep_ in ("aux:pass", "auxpass") for c in h.children) and not (
            via == "xcomp" and d.lex.passive_controls_infinitive
        )
        named = [c for c in d.kids[h.i] if d.dep[c] in lex.dep("subject")]
        dropped = set(named) - set(_past_relative_object(d, named, h.i)) if len(named) > 1 else set()
        for c in h.children:
            if c.dep_ in lex.dep("passive_subject") and c.i < h.i and passive:
                return None
            subject = c.dep_ in lex.dep("subject") or c.dep_ in lex.dep("passive_subject")
            if subject and c.i < h.i and c.i not in dropped and any(ch.isalpha() for ch in c.text):
                if reader_aside(d, h.i, c.i):
                    return None  # "…, comme vous pouvez le voir, avant d'ajouter": the reader, not who speaks
                if d.pos[c.i] == "PRON" and d.low[c.i] in lex.nonfinite_blocking_subjects:
                    return None
                if d.tok[c.i].isupper() and len(d.tok[c.i]) > 3:
                    continue  # a dateline ("PORT ELLIS (Wire) —") parsed as a subject: the next one
                return c.i
    return None


def _told_by_verb(d: AttributionDoc, noun: int) -> bool:
    """Noun ``noun`` is whom a verb outside quotations told something, its complement after a recipient
    preposition (``recipient_prepositions``: « a confié X à un journaliste »), not a participant who speaks."""
    h = d.head[noun]
    return (
        h != noun
        and h < noun
        and d.pos[h] == "VERB"
        and d.in_quote[h] < 0
        and any(d.dep[c] in d.lex.dep("case") and d.low[c] in d.lex.recipient_prepositions for c in d.kids[noun])
    )


def reader_aside(d: AttributionDoc, verb: int, subj: int) -> bool:
    """Verb ``verb``, outside quotations, opens with a « comme » word (``comme_incise.words``) and has the
    second-person pronoun ``subj`` for its subject: the writer's aside to the reader (« comme vous pouvez le
    voir »), whose subject speaks for no one."""
    return (
        d.in_quote[verb] < 0
        and d.pos[subj] == "PRON"
        and d.has_morph(subj, "Person", "2")
        and any(d.dep[m] in d.lex.dep("mark") and norm(d.low[m]) in d.lex.comme_words for m in d.kids[verb])
    )


def _participle_subject(d: AttributionDoc, t: Token) -> int | None:
    """The subject written before the verb a present participle cue hangs on, in its sentence and outside
    quotations ("X est resté ferme, affirmant que …"; a copular or passive subject too), or None. Of a
    passive verb with an agent, the agent ("Le projet a été critiqué par l'opposition, estimant …": the
    opposition). The subject or agent must be able to speak (a pronoun, a person, body, outlet or document):
    "La décision a été saluée, rappelant …" is not the decision's."""
    lex = d.lex
    if not lex.participle_clause_subject or d.in_quote[t.i] >= 0:
        return None
    if not (d.has_morph(t.i, "VerbForm", "Part") and d.has_morph(t.i, "Tense", "Pres")):
        return None
    h = t
    for _ in range(4):
        if h.dep_ not in ("advcl", "conj") or h.head is h:
            return None
        h = h.head
        if d.pos[h.i] not in ("VERB", "AUX", "ADJ") or d.in_quote[h.i] >= 0 or d.sent_start[h.i] != d.sent_start[t.i]:
            return None
        for c in h.children:
            if c.i < h.i and (c.dep_ in lex.dep("subject") or c.dep_ in lex.dep("passive_subject")):
                if not any(ch.isalpha() for ch in c.text) or d.low[c.i] in lex.nonfinite_blocking_subjects:
                    return None
                who = c.i
                if c.dep_ in lex.dep("passive_subject"):  # (or "est restée ferme", parsed as a passive)
                    who = next((g.i for g in h.children if g.dep_ in lex.dep("agent")), c.i)
                    if d.in_quote[who] >= 0:
                        return None
                return who if _can_speak(d, who) else None
    return None


def _present_participle_cue(d: AttributionDoc, t: Token) -> bool:
    """Cue ``t`` is a present participle outside quotations, in a language whose participle clauses take a
    subject from the clause before (``participle_clause_subject``)."""
    return (
        d.lex.participle_clause_subject
        and d.in_quote[t.i] < 0
        and d.has_morph(t.i, "VerbForm", "Part")
        and d.has_morph(t.i, "Tense", "Pres")
    )


def _incise_before(d: AttributionDoc, i: int) -> int | None:
    """The inverted subject of an incise ending right before participle ``i`` after a comma ("« … », a-t-il
    ajouté, précisant que …"): the participle goes on with the incise's speaker, whatever verb the parse
    hangs it on (the incise is the clause just before it). None when no such incise stands there."""
    j = d.skip_space(i - 1, -1)
    if j < 2 or d.tok[j] != ",":
        return None
    v = d.skip_space(j - 1, -1)
    if d.pos[v] not in ("VERB", "AUX") or d.in_quote[v] >= 0:
        return None
    for k in range(max(d.sent_start[v], v - 4), v):
        if _INVERTED_PRONOUN.match(d.tok[k]) and v in (d.head[k], d.head[d.head[k]]):
            return k  # (on the verb, or on the "-t" the parse hangs it on)
    return None


def _can_speak(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` is a pronoun, or heads a mention of someone who or something that can say something."""
    return d.pos[i] == "PRON" or _is_someone(d, i) or d.lem[i] in d.lex.actor_nouns or _speaking_noun(d, i)


def _mute_source(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f`` reports no quotation and its source names no one: a neuter demonstrative ("cela
    montre que …"), a thing that shows or means ("la crue montre que …", "une formule qui signifie que …", and
    with no "que" clause after a verb of ``showing_verbs``, "la guerre a souligné l'importance de …") or a
    generic "on" knowing or noticing ("on sait que …"): the writer's reasoning."""
    i = f.source_tok
    if f.cue_kind != "verb" or f.quote_ids or i is None:
        return False
    lex = d.lex
    showing = f.head is not None and d.lem[f.head] in lex.showing_verbs and not f.incise and not _after_que(d, f)
    if f.head is not None and (d.lem[f.head] in lex.signifying_verbs or showing):
        if d.dep[i] in lex.dep("subject") and d.pos[i] == "PRON" and d.dep[d.head[i]] in lex.dep("relative"):
            i = d.head[d.head[i]]  # "une formule qui signifie que …": the relative's antecedent
        if d.pos[i] == "NOUN" and not d.doc[i].ent_type_ and not _can_speak(d, i) and d.lem[i] not in lex.group_nouns:
            # a verb of saying means showing only with a thing as subject: a plural noun the lists do not know
            # is as often a group of people ("les commerçants soulignent l'importance de …")
            return not showing or d.lem[f.head] in lex.signifying_verbs or not d.has_morph(i, "Number", "Plur")
    if d.pos[i] != "PRON":
        return False
    if lex.pronouns.get(d.low[i], {}).get("self") and f.head is not None:
        return d.lem[f.head] in lex.generic_on_verbs
    return d.low[i] in lex.mute_subjects


def _after_que(d: AttributionDoc, f: Found) -> bool:
    """Whether ``f``'s content opens right after "que" ("a souligné que …"): a clause someone says."""
    if not f.content:
        return False
    words = d.text[max(0, f.content[0][0] - 12) : f.content[0][0]].split()
    return bool(words) and norm(words[-1]) in d.lex.que_fallback


def _content_tokens_of(d: AttributionDoc, span: tuple[int, int]) -> list[int]:
    a, b = span
    lo, hi = bisect.bisect_left(d.idx, a), bisect.bisect_left(d.idx, b)
    return [i for i in range(lo, hi) if not d.space[i]]


def _object_relative_content(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f``'s content is only a relative clause on the cue's object, whose subject is the
    relative pronoun ("X a sollicité la préfecture, qui n'a pas répondu à nos questions"): what the object did,
    not what the cue's subject said (a no-comment line read as the outlet's statement at stop 41)."""
    if f.cue_kind != "verb" or f.quote_ids or len(f.content) != 1 or f.head is None:
        return False
    toks = _content_tokens_of(d, f.content[0])
    if not toks:
        return False
    first = toks[0]
    if d.dep[first] not in d.lex.dep("subject") or not (
        "Rel" in d.doc[first].morph.get("PronType") or d.doc[first].tag_ in ("WP", "WDT")
    ):
        return False
    verb = d.head[first]
    if d.head[verb] == f.head and verb != f.head:
        # (parsed as the cue's complement clause: a clause whose subject is a relative pronoun is none)
        return any(d.dep[c] in d.lex.dep("object") and c < first for c in d.kids[f.head])
    noun = d.head[verb]
    return (
        d.dep[verb] in d.lex.dep("relative")
        and noun != verb
        and d.head[noun] == f.head
        and d.dep[noun] in d.lex.dep("object")
        and noun < first
    )


def _pointer_content(d: AttributionDoc, f: Found, found: list[Found]) -> bool:
    """Whether verb cue ``f``'s whole content is a noun phrase, with no verb and no quotation, headed by a noun
    that names talk or its topic (``pointer_nouns``: "a commenté ces propos", "a évoqué le sujet de …", "n'affirme
    pas autre chose", "dévoile de nombreux détails"): it points at what was said without saying it. When a
    quotation follows in its clause, what was said is there, and the content becomes that (False). (A colon
    after it is left alone: the clause after it was as often the writer's, fixa36.)"""
    if f.cue_kind != "verb" or f.quote_ids or len(f.content) != 1:
        return False
    toks = _content_tokens_of(d, f.content[0])
    if not toks or any(d.pos[i] in ("VERB", "AUX") or d.in_quote[i] >= 0 for i in toks):
        return False
    inside = set(toks)
    roots = [i for i in toks if d.head[i] not in inside or d.head[i] == i]
    if len(roots) != 1 or d.lem[roots[0]] not in d.lex.pointer_nouns:
        return False
    said = _said_after(d, toks[-1])
    if said is None:
        return True
    span, q = said
    taken = [c for g in found if g is not f for c in g.content]
    if any(a < span[1] and span[0] < b for a, b in taken):
        return True  # those words are another attribution's already
    # "a commenté ces propos avec une formule, « … »"
    f.content, f.content_root, f.quote_ids = [span], None, (q,)
    return False


def _said_after(d: AttributionDoc, last: int) -> tuple[tuple[int, int], int] | None:
    """The first quotation after token ``last`` in its sentence with no finite verb between (its content and
    index: "… ces propos avec une formule, « X »"); None when there is none, or a one-word scare quote."""
    end = d.sent_end[last]
    for k in range(last + 1, end):
        if d.in_quote[k] >= 0:
            q = d.in_quote[k]
            a, b = d.quote_content(q)
            return ((a, b), q) if len(d.text[a:b].split()) > 1 else None
        if d.pos[k] in ("VERB", "AUX") and not d.has_morph(k, "VerbForm", "Part"):
            return None  # (a participle, "ces propos tenus en mai, « … »", is no clause of its own)
    return None


def _kids_through_aux(d: AttributionDoc, h: int) -> tuple[list[int], list[int]]:
    """The auxiliaries of verb ``h``, and its children with theirs (a subject the parse hangs on "a" of "a dit")."""
    aux = [c for c in d.kids[h] if d.dep[c] in d.lex.dep("aux")]
    return aux, list(d.kids[h]) + [k for c in aux for k in d.kids[c]]


def _impersonal_view(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f`` is an impersonal verb of seeming (``impersonal_views``) giving the writer's own
    hedge: "Il semble que …" with no one to whom it seems in the indicative, or "il nous semble que …", "il m'a
    paru …" (a first-person experiencer). "Il semblerait que" (the reported conditional), "il lui semble que"
    (the experiencer is the source) and "il paraît que" (hearsay, ``impersonal_hearsay``) stay reports."""
    h = f.head
    lex = d.lex
    if f.cue_kind != "verb" or h is None or d.in_quote[h] >= 0 or d.lem[h] not in lex.impersonal_views:
        return False
    aux, kids = _kids_through_aux(d, h)
    subjects = [c for c in kids if d.dep[c] in lex.dep("subject") or d.dep[c] in lex.dep("expletive")]
    if not subjects or any(d.pos[c] != "PRON" or not d.has_morph(c, "Person", "3") for c in subjects):
        return False  # a subject that is someone or something ("la situation semble …"), not "il"
    if any(d.has_morph(c, "Gender", "Fem") or d.has_morph(c, "Number", "Plur") for c in subjects):
        return False  # "elle semble …", "ils semblent …": a person seeming, no impersonal "il"
    others = [c for c in kids if d.pos[c] == "PRON" and c not in subjects and d.dep[c] not in lex.dep("mark")]
    if any(d.has_morph(c, "Person", "1") for c in others):
        return True  # "il nous semble que": the writer
    if others:
        return False  # "il lui semble que": the one it seems to
    if d.lem[h] in lex.impersonal_hearsay:
        return False
    return not any(d.has_morph(c, "Mood", "Cnd") for c in [h, *aux])


def _unquoted_with_subject(d: AttributionDoc, f: Found, words: frozenset[str]) -> bool:
    """Whether verb cue ``f`` stands outside quotations, with no quotation of its own, and has a subject among
    ``words``."""
    h = f.head
    if f.cue_kind != "verb" or h is None or f.quote_ids or d.in_quote[h] >= 0 or not words:
        return False
    _, kids = _kids_through_aux(d, h)
    return any(d.dep[c] in d.lex.dep("subject") and d.low[c] in words for c in kids)


def _quoted_content(d: AttributionDoc, f: Found) -> bool:
    """Whether a word of ``f``'s content stands inside a quotation."""
    return any(d.in_quote[i] >= 0 for span in f.content for i in _content_tokens_of(d, span))


def _writer_voice(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f``, outside quotations and with no quotation in its content, has a first-person singular
    subject (``writer_subjects``: "Je pense que …", "j'ai montré que …"): the writer's own voice."""
    # "j'avais écrit que « … »": quoted words, left to the quotation rules
    return _unquoted_with_subject(d, f, d.lex.writer_subjects) and not _quoted_content(d, f)


def _reader_question(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f``, outside quotations and with no quoted word in its content, stands in a sentence
    that ends with a question mark and has a subject of ``reader_subjects`` ("Do you think the plan works?",
    "Why are you still waiting for it?"): a question the writer puts to the reader, no one's report."""
    if f.cue_kind != "verb" or f.head is None or not d.question_sentence(f.head):
        return False
    start = d.idx[d.sent_start[f.head]]
    if f.quote_ids and all(b <= start for _a, b in f.content):
        # "« … » Pensez-vous vraiment que … ?": a quotation before the reader's question is no one's through it
        return _unquoted_with_subject(d, dataclasses.replace(f, quote_ids=()), d.lex.reader_subjects)
    asks = _unquoted_with_subject(d, f, d.lex.reader_subjects) or (
        d.lex.sourceless_questions and _unquoted_sourceless(d, f)
    )
    return asks and not _quoted_content(d, f)


def _reader_address(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f`` of ``reader_verbs`` (noticing, knowing, wanting), outside quotations and with no
    quoted word in its content, has a subject of ``reader_subjects`` ("Vous avez remarqué que …", "vous savez
    comment …"): the writer addressing the reader, no one's report, question or not."""
    if not d.lex.reader_verbs or f.head is None or d.cue_lem[f.head] not in d.lex.reader_verbs:
        return False
    return _unquoted_with_subject(d, f, d.lex.reader_subjects) and not _quoted_content(d, f)


def _unquoted_sourceless(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f`` stands outside quotations, with no quotation of its own and no source."""
    h = f.head
    return f.cue_kind == "verb" and h is not None and not f.quote_ids and d.in_quote[h] < 0 and f.source is None


def _negated_cue(d: AttributionDoc, f: Found) -> bool:
    """Whether verb cue ``f`` is negated ("n'a pas dit que …", "n'a jamais expliqué", "Nul ne sait si …",
    "Aucun élu ne pense que …"): said not to have been said, it attributes nothing (the annotation guide's
    convention). A negative subject negates any cue; ``ne`` with a negation word only a finite verb of a class
    of ``negation_classes`` (saying, knowing: "ne pense pas que" is still a belief, "ne veut pas que" a wish,
    "déclare ne pas penser que" a report), and not a verb whose negation reports ("n'a pas caché que") nor
    "n'a pas seulement dit", "n'affirme rien d'autre que …"."""
    lex, h = d.lex, f.head
    if f.cue_kind != "verb" or h is None or d.lem[h] in lex.negation_keeps:
        return False
    kids = d.kids[h]
    ruled = kids  # "personne ne peut affirmer que": an infinitive's governing verb with a negative subject
    infinitive = d.dep[h] in lex.dep("xcomp") and d.head[h] < h and d.has_morph(h, "VerbForm", "Inf")
    if infinitive and not any(d.dep[c] in lex.dep("subject") for c in kids):
        ruled = kids + d.kids[d.head[h]]
    if not any(d.low[c] in lex.negation_particles for c in ruled):
        return False
    for c in ruled:
        if d.dep[c] in lex.dep("subject") and (
            d.low[c] in lex.negation_subjects or any(d.low[k] in lex.negation_subjects for k in d.kids[c])
        ):
            return True
    if not any(d.low[c] in lex.negation_particles for c in kids):
        return False
    if f.cue_class not in lex.negation_classes or not (d.has_morph(h, "VerbForm", "Fin") or _aux_of(d, d.doc[h])):
        return False
    for c in kids:
        if d.low[c] in lex.negation_words:
            # "pas seulement" (not only), "pas autre chose", "rien d'autre" (the same): still a report
            # (the two words after it, none past the verb: "n'a pas dit que" is a denial)
            after = [k for k in range(c + 1, min(c + 3, len(d.low))) if not c < h <= k]
            return not any(d.low[k] in lex.negation_not_only for k in after)
    return False


def _aux_of(d: AttributionDoc, t: Token) -> set[int]:
    return {c.i for c in t.children if c.dep_ in d.lex.dep("aux")}


def _orphan_nonfinite(d: AttributionDoc, f: Found) -> bool:
    if not d.lex.drop_sourceless_nonfinite or f.cue_kind != "verb" or f.source is not None or f.head is None:
        return False
    t = d.doc[f.head]
    if any(c.dep_ in d.lex.dep("passive_subject") for c in t.children):
        return False
    form = t.morph.get("VerbForm")
    return "Inf" in form or ("Part" in form and "Pres" in t.morph.get("Tense")) or t.tag_ in ("VB", "VBG")


def _content_tokens(d: AttributionDoc, f: Found) -> set[int]:
    out: set[int] = set()
    if f.head is not None:
        out.add(f.head)
    return out


def _inherit(d: AttributionDoc, t: Token, found: list[Found], by_head: dict[int, int]) -> int | None:
    lex = d.lex
    h = t
    in_quote_head = False
    for _ in range(4):
        if h.dep_ not in lex.dep("inherit") or h.head is h:
            break
        h = h.head
        n = by_head.get(h.i)
        if n is not None and found[n].source_tok is not None:
            # "Y, a déclaré X, réaffirmant que …": an incise between the governing cue and the participle
            # (its subject after its verb) names who goes on
            for m, g in enumerate(found):
                if (
                    g.head is not None
                    and h.i < g.head < t.i
                    and g.source_tok is not None
                    and g.head < g.source_tok < t.i
                    and d.sent_start[g.head] == d.sent_start[t.i]
                    and _present_participle(t)
                ):
                    n = m
            return n
        if d.in_quote[h.i] >= 0 or any(c.dep_ in lex.dep("subject") for c in h.children):
            in_quote_head = d.in_quote[h.i] >= 0
            break
    # the nearest cue before it in the same paragraph ("…, a-t-il répété, en ajoutant que"),
    # for a gerund or participle only ("adding", "en affirmant"), never an infinitive
    if d.lex.drop_sourceless_nonfinite and "Inf" in t.morph.get("VerbForm"):
        return None
    best = None
    for n, f in enumerate(found):
        if f.head is None or f.head >= t.i or f.source_tok is None or f.cue_kind != "verb":
            continue
        if d.para[f.head] != d.para[t.i] or t.i - f.head > 40:
            continue
        if best is None or f.head > found[best].head:  # type: ignore[operator]
            best = n
    if best is not None and (in_quote_head or h is t or not any(c.dep_ in lex.dep("subject") for c in h.children)):
        return best
    return best if best is not None and t.dep_ in ("advcl", "conj") else None


def _quote_of_person(d: AttributionDoc, q: Quote) -> tuple[int, int] | None:
    """ "les « … » de X": the "de" right after quotation ``q`` and the person name that follows it, whose words
    the quotation are, when a determiner stands right before the quotation and no work is named ("les « Mémoires
    … » de X", "le livre les « … » de X": a title, ``work_nouns``); None otherwise."""
    lex = d.lex
    opening, mark = _token_at(d, q.start), _token_at(d, q.end - 1)
    if opening is None or mark is None:
        return None
    det = d.skip_space(opening - 1, -1)
    if det < 0 or d.pos[det] != "DET" or d.in_quote[det] >= 0:
        return None  # "relit « Titre » de X": a title, not words
    before = d.skip_space(det - 1, -1)
    first = d.skip_space(opening + 1, 1)
    while first < mark and d.tok[first] in _QUOTE_MARKS:
        first = d.skip_space(first + 1, 1)
    works = lex.work_nouns
    if any(0 <= k < d.n and (d.low[k] in works or d.lem[k] in works) for k in (before, first)):
        return None
    k = d.skip_space(mark + 1, 1)
    if not 0 <= k < d.n - 1 or norm(d.low[k]) not in lex.genitive or d.in_quote[k] >= 0:
        return None
    x = d.skip_space(k + 1, 1)
    if not 0 <= x < d.n or d.doc[x].ent_type_ not in lex.ent("person") or not d.tok[x][:1].isupper():
        return None
    return k, x


def _name_end(d: AttributionDoc, x: int) -> int:
    """The character offset where the named entity opening at token ``x`` ends."""
    e = x
    while e + 1 < d.n and d.doc[e + 1].ent_iob_ == "I":
        e += 1
    return d.idx[e] + len(d.tok[e])


def _orphans(d: AttributionDoc, found: list[Found], used: set[int]) -> list[Found]:
    """Quotations no cue claimed: someone's words all the same (scare quotes of one word aside).

    A quotation opened by a colon ("X : « … »", "Réponse de X : « … »") is X's; any other takes
    the speaker of the attribution just before it (same or previous paragraph), or of the cue
    that follows it in the next sentence ("« … » Ainsi s'exprimait X"), or stands with no source.
    """
    covered = [span for f in found for span in f.content]
    bare: dict[tuple[int, int], str] = {}  # (each content's words, for _quoted_again)
    for qi, q in enumerate(d.quotes):
        if qi in used:
            continue
        words = len(d.text[q.inner_start : q.inner_end].split())
        if words < 2 or any(a <= q.inner_start and q.inner_end <= b + 1 for a, b in covered):
            continue  # a quotation some content already holds (with or without its marks)
        tok_q = _token_at(d, q.start)
        if tok_q is None:
            continue
        colon = _colon_before(d, tok_q)
        if colon is None and words < 3 and _colon_after(d, q.end) is None:
            continue
        if colon is None and _title_quote(d, tok_q, q):
            continue
        if d.lex.title_run_joiners and _title_run(d, qi):
            continue
        incise = _incise_in_quote(d, qi)
        if incise is not None:
            group, subj, parts = incise
            cue = (d.idx[group[0]], d.idx[group[-1]] + len(d.tok[group[-1]]))
            for part in parts:
                h = Found(cue=cue, content=[part], cue_kind="verb", head=group[-1], quote_ids=(qi,), kind="direct")
                h.source_tok = subj
                h.source = _source_span(d, subj, set())
                found.append(h)
            covered.append((q.start, q.end))
            continue
        g = Found(cue=None, content=[d.quote_content(qi)], cue_kind="quote", quote_ids=(qi,))
        g.kind = "direct"
        if colon is not None:
            head = _colon_source(d, colon)
            if head is not None:
                g.cue = (d.idx[colon], d.idx[colon] + 1)
                g.cue_kind = "colon"
                g.source_tok = head
                g.source = _source_span(d, head, set())
        if g.source_tok is None:
            after = _colon_after(d, q.end)
            if after is not None:  # "« … » : l'expert X prédit …" (a headline)
                group, subj = after
                g.cue = (d.idx[group[0]], d.idx[group[-1]] + len(d.tok[group[-1]]))
                g.cue_kind = "verb"
                g.head = group[-1]
                g.source_tok = subj
                g.source = _source_span(d, subj, set())
        if g.source_tok is None:
            inv = _inverted_cue(d, _joined_quote_end(d, qi))
            if inv is not None:
                _take_inverted_cue(d, g, inv)
        if g.source_tok is None:  # "selon X, qui a déclaré « … », Z": X's words
            owner = next((f for f in found if f.aside is not None and f.aside[0] < tok_q < f.aside[1]), None)
            if owner is not None and owner.source_tok is not None:
                verb = d.head[owner.aside[0]]  # type: ignore[index]
                if d.pos[verb] == "VERB" and verb < tok_q:
                    g.cue = (d.idx[verb], d.idx[verb] + len(d.tok[verb]))
                    g.cue_kind, g.head = "verb", verb
                g.source_tok, g.source = owner.source_tok, owner.source
        if g.source_tok is None and d.lex.quote_of_person:
            of = _quote_of_person(d, q)
            inv = None if of is None else _inverted_cue(d, _name_end(d, of[1]))
            if inv is not None:  # "la « … » de X, dit Y": X is what the words are about, Y says them
                _take_inverted_cue(d, g, inv)
            elif of is not None:  # "les « … » de X": X's words
                g.cue = (d.idx[of[0]], d.idx[of[0]] + len(d.tok[of[0]]))
                g.cue_kind = "of"
                g.source_tok = of[1]
                g.source = _source_span(d, of[1], set())
        if g.source_tok is None:
            sig = _signature(d, q)
            if sig is not None:  # a pull quotation signed on a line of its own
                g.source_tok, g.content = sig[0], [sig[1]]
                g.source = _source_span(d, sig[0], set())
        if g.source_tok is None:
            credit = _paren_credit(d, q)
            if credit is not None:  # "« … » (Jeanne Valmont).": the name set in parentheses after the marks
                g.source_tok = credit
                g.source = _source_span(d, credit, set())
        if g.source_tok is None:
            again = _quoted_again(d, found, q, bare)
            if again is not None:  # a quotation set apart before the paragraph that quotes it with its cue
                g.follows, g.continues = again, found[again]
                g.source_tok = found[again].source_tok
        if g.source_tok is None:
            label = _name_label(d, tok_q)
            if label is not None:  # "X, ancien ministre, 2008 « … »": a list of quotations, each under its name
                g.source_tok = label
                g.source = _source_span(d, label, set())
        if g.source_tok is None and not (colon is not None and _topic_colon(d, colon)):
            # (not after "La réponse est :": the writer's own answer, not the last speaker's)
            n = _nearest_speaker(d, found, q.start, tok_q)
            if n is not None:
                g.follows, g.continues = n, found[n]
                g.source_tok = found[n].source_tok
        found.append(g)
        covered.append((q.start, q.end))
    found.sort(key=lambda f: f.content[0][0])
    return found


def _bare_words(text: str) -> str:
    """``text``'s words, lower-case, joined by single spaces (no punctuation or quotation marks)."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _quoted_again(
    d: AttributionDoc, found: list[Found], q: Quote, bare: dict[tuple[int, int], str], least: int = 6
) -> int | None:
    """The cued attribution after uncued quotation ``q`` whose content holds the same words (at least ``least``, on
    word bounds): a pull quotation or a headline repeated later with its cue ("« … »" alone, then "« … »,
    explique-t-il"); None when there is none. ``bare``: each content span's words, filled once per document."""
    words = _bare_words(d.text[q.inner_start : q.inner_end])
    if len(words.split()) < least:
        return None
    words = f" {words} "
    for n, f in enumerate(found):
        if f.source_tok is None or f.cue_kind != "verb" or not f.content or f.content[0][0] <= q.end:
            continue
        for a, b in f.content:
            if (a, b) not in bare:
                bare[a, b] = f" {_bare_words(d.text[a:b])} "
            if words in bare[a, b]:
                return n
    return None


def _name_label(d: AttributionDoc, tok_q: int, most: int = 12) -> int | None:
    """The name heading the paragraph of an uncued quotation at token ``tok_q`` as its label: the paragraph opens
    with a person's name and a comma, and up to ``most`` words with no finite verb, colon or quotation (a role, a
    date, a place) lead to the quotation ("X, ancien ministre, mai 2008 « … »"). RETURNS the name's root or None."""
    k = tok_q - 1
    words = 0
    while k >= 0 and not (d.space[k] and "\n" in d.tok[k]):
        if d.finite_verb(k) or d.tok[k] in (":", ";", ".") or d.in_quote[k] >= 0:
            return None
        words += not d.space[k]
        k -= 1
    a = d.skip_space(k + 1, 1)
    if words > most or a >= tok_q or d.doc[a].ent_type_ not in d.lex.ent("person") or d.pos[a] != "PROPN":
        return None
    e = a
    while e + 1 < tok_q and d.doc[e + 1].ent_iob_ == "I" and d.doc[e + 1].ent_type_ == d.doc[a].ent_type_:
        e += 1
    if d.skip_space(e + 1, 1) >= tok_q or d.tok[d.skip_space(e + 1, 1)] != ",":
        return None
    return next((x for x in range(a, e + 1) if not a <= d.head[x] <= e), a)


def _joined_as_titles(d: AttributionDoc, gap: str) -> bool:
    """Whether the text between two quotations joins them as a list: nothing, a comma, or a word of
    ``lex.title_run_joiners`` (« ou encore »)."""
    words = " ".join(norm(w) for w in re.findall(r"[^\W\d_]+", gap))
    rest = re.sub(r"[^\W\d_]+|[\s,]", "", gap)
    return not rest and (not words or words in d.lex.title_run_joiners)


def _title_run(d: AttributionDoc, qi: int) -> bool:
    """Whether quotation ``qi`` is one of a run of two or more after a label's colon (no finite verb before it
    in its sentence), joined as a list (:func:`_joined_as_titles`), with no finite verb in any but a question:
    « Au programme : « A » « Qui … ? » ou encore « C » » lists titles, no one's words."""
    first = last = qi
    while first > 0 and _joined_as_titles(d, d.text[d.quotes[first - 1].end : d.quotes[first].start]):
        first -= 1
    while last + 1 < len(d.quotes) and _joined_as_titles(d, d.text[d.quotes[last].end : d.quotes[last + 1].start]):
        last += 1
    if last == first:
        return False
    tok = _token_at(d, d.quotes[first].start)
    colon = None if tok is None else _colon_before(d, tok)
    if colon is None or any(d.finite_verb(j) for j in range(d.sent_start[colon], colon)):
        return False  # "X a prévenu : « A » et « B »": a speaker's words, not a label's list
    for k in range(first, last + 1):
        inner = d.text[d.quotes[k].inner_start : d.quotes[k].inner_end]
        ks = range(bisect.bisect_left(d.idx, d.quotes[k].inner_start), bisect.bisect_left(d.idx, d.quotes[k].inner_end))
        if not inner.rstrip().endswith("?") and any(d.finite_verb(j) for j in ks):
            return False  # a statement (a question is a session's title)
    return True


def _signature(d: AttributionDoc, q: Quote) -> tuple[int, tuple[int, int]] | None:
    """A quotation standing as its own paragraph and signed on its last line, inside or right after the
    marks ("« … »" then "Jeanne Valmont, maire de X", no verb): the name's head token and the content
    without the signature. A layout, not words: the line must open on a person's name and hold no finite verb.
    A byline ("Léa Morvan, envoyée spéciale", "(avec AFP)") signs nothing, nor a line after the marks that
    ends in a full stop (a sentence about someone; inside the marks the layout alone is a signature)."""
    text, lex = d.text, d.lex
    para_start = text.rfind("\n", 0, q.start) + 1
    if text[para_start : q.start].strip():
        return None  # the quotation does not open its paragraph
    content = (q.inner_start, q.inner_end)
    cut = text.rfind("\n", q.inner_start, q.inner_end)
    if cut >= 0 and text[cut : q.inner_end].strip():
        a, b = cut, q.inner_end
        content = (q.inner_start, len(text[:cut].rstrip()))
    else:
        a = q.end
        if text[a : text.find("\n", a) if "\n" in text[a:] else len(text)].strip():
            return None  # words after the marks on the same line: not a signature layout
        a = a + len(text[a:]) - len(text[a:].lstrip())
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        if text[a:b].rstrip().endswith("."):
            return None  # "Marc Olier, le voisin, en colère depuis des mois.": a sentence about someone
    lo, hi = bisect.bisect_left(d.idx, a), bisect.bisect_left(d.idx, b)
    words = [k for k in range(lo, hi) if not d.space[k] and not d.doc[k].is_punct]
    if not words or len(words) > 15 or content[1] - content[0] < 10:
        return None
    first = words[0]
    if d.pos[first] != "PROPN" or d.doc[first].ent_type_ not in lex.ent("person"):
        return None
    if any(d.low[k] in lex.byline_words for k in words):
        return None  # the article's byline, not the quotation's signature
    if any(d.finite_verb(k) for k in words):
        return None
    e = first
    while e + 1 < hi and d.doc[e + 1].ent_iob_ == "I":
        e += 1
    head = next((x for x in range(first, e + 1) if not first <= d.doc[x].head.i <= e), first)
    return head, content


_PAREN_CREDIT = re.compile(r"[ \u00a0]*\(([^()\n]{2,80})\)[ \u00a0]*(?:[.…]|\n|$)")


def _paren_credit(d: AttributionDoc, q: Quote, most: int = 8) -> int | None:
    """The name credited in parentheses right after an uncued quotation that ends its sentence: "« … » (Jeanne
    Valmont)." or a work's title "« … » (Le Grand Voyage)". The quotation must hold a finite verb (a statement, not a
    term glossed in parentheses: "« Russkiy mir » (Monde russe)", nor a programme's acronym); the parenthesis holds
    up to ``most`` words opening on a capitalised proper name, no finite verb, no byline word ("(avec AFP)") and no
    outlet (a credit line). RETURNS the name's head token, or None."""
    m = _PAREN_CREDIT.match(d.text, q.end)
    if m is None or not m.group(1)[:1].isupper():
        return None
    lo, hi = bisect.bisect_left(d.idx, q.inner_start), bisect.bisect_left(d.idx, q.inner_end)
    if not any(d.finite_verb(k) for k in range(lo, hi)):
        return None
    a, b = bisect.bisect_left(d.idx, m.start(1)), bisect.bisect_left(d.idx, m.end(1))
    words = [k for k in range(a, b) if not d.space[k] and not d.doc[k].is_punct]
    if not words or len(words) > most or d.pos[words[0]] not in ("PROPN", "DET", "NOUN"):
        return None
    if any(d.finite_verb(k) for k in words):
        return None
    if any(d.low[k] in d.lex.byline_words for k in words) or any(d.tok[k].isdigit() for k in words):
        return None
    # a name, or a title's capitalised noun ("(Le Petit Voyageur)", parsed as common words)
    first = next((k for k in words if d.pos[k] in ("PROPN", "NOUN") and d.tok[k][:1].isupper()), None)
    if first is None:
        return None
    head = next((k for k in words if not a <= d.head[k] < b), first)
    if is_media(d, a, b, head):
        return None
    return head


def _joined_quote_end(d: AttributionDoc, qi: int) -> int:
    """Where the quotations joined to quotation ``qi`` by "et" end ("« A » et « B », dit-elle": the
    inverted cue after B is A's too), or ``qi``'s own end. Only a quotation with a finite verb is joined:
    "sont « Le Temps des cerises » et « La Mer », confie X" names titles, no speech of X's."""
    q = d.quotes[qi]
    end = q.end
    lo, hi = bisect.bisect_left(d.idx, q.inner_start), bisect.bisect_left(d.idx, q.inner_end)
    if not any(d.finite_verb(k) for k in range(lo, hi)):
        return end
    for r in d.quotes[qi + 1 :]:
        if r.depth != q.depth:
            continue
        between = d.text[end : r.start].split()
        if tuple(norm(w) for w in between) not in d.lex.quote_joiners:
            break
        end = r.end
    return end


def _read_in(d: AttributionDoc, f: Found) -> None:
    """ "« … », peut-on lire dans le communiqué", "on apprend dans X que …": with the self pronoun
    "on" as source and a reading verb, the text or outlet it is read in is the source: a document or media
    noun, or an outlet's name ("lire dans son regard", "apprendre aux enfants dans les écoles": no source)."""
    s, lex = f.source_tok, d.lex
    if s is None or f.head is None or not lex.pronouns.get(re.sub(r"^-(?:t-)?", "", d.low[s]), {}).get("self"):
        return
    verbs = [v for v in (f.head, *d.kids[f.head]) if d.lem[v] in lex.reading_verbs and d.pos[v] == "VERB"]
    for v in verbs:
        taught = lex.reading_taught.get(d.lem[v], frozenset())
        if any(d.lem[g] in taught for c in d.kids[v] for g in d.kids[c] if d.dep[g] in lex.dep("case")):
            continue  # "apprend-on aux enfants": a lesson, not a reading
        for c in d.kids[v]:
            if d.pos[c] not in ("NOUN", "PROPN") or d.in_quote[c] >= 0:
                continue
            if d.doc[c].ent_type_ in lex.ent("place"):
                continue  # "on lit en Bretagne": where, not what
            named = d.pos[c] == "PROPN" and d.doc[c].ent_type_ not in lex.ent("person")
            if not (
                d.lem[c] in lex.document_nouns
                or d.lem[c] in lex.media_nouns
                or named
                or d.doc[c].ent_type_ in lex.ent("outlet")
            ):
                continue  # "dans son regard": nothing written
            if any(d.dep[g] in lex.dep("case") and d.low[g] in lex.reading_places for g in d.kids[c]):
                f.source_tok = c
                f.source = _source_span(d, c, set())
                return


def _topic_colon(d: AttributionDoc, colon: int) -> bool:
    """Whether the clause before ``colon`` has for subject a noun of ``colon_topic_nouns`` ("La réponse est :")."""
    subj = d.lex.dep("subject")
    return any(
        d.dep[k] in subj and d.pos[k] == "NOUN" and d.lem[k] in d.lex.colon_topic_nouns
        for k in range(d.sent_start[colon], colon)
    )


def _words_within(text: str, a: int, b: int) -> tuple[int, int]:
    """Characters [a, b) without the spaces, stops and ellipses at either end ("… We cannot…" -> "We cannot")."""
    while a < b and text[a] in " .…\n":
        a += 1
    while b > a and text[b - 1] in " .…\n":
        b -= 1
    return a, b


def _colon_opening(d: AttributionDoc, tok_q: int) -> int | None:
    """The colon just before token ``tok_q``, line breaks between allowed ('Stated X:' and the quotation on the
    next line), or None."""
    j = tok_q - 1
    while j >= 0 and d.space[j]:
        j -= 1
    return j if j >= 0 and d.tok[j] == ":" else None


def _colon_quotes(d: AttributionDoc, found: list[Found], used: set[int]) -> list[Found]:
    """Quotations of ``lex.colon_quote_words`` words or more that a colon opens and no cue claimed: the words of
    the clause before the colon ('X wrote: “…”', 'More from the report: “…”'), its subject or first name the
    source (:func:`_colon_source`), or no one when it has none."""
    covered = [span for f in found for span in f.content]
    for qi, q in enumerate(d.quotes):
        if qi in used or len(d.text[q.inner_start : q.inner_end].split()) < d.lex.colon_quote_words:
            continue
        lo, hi = _words_within(d.text, q.inner_start, q.inner_end)
        if any(a <= lo and hi <= b + 1 for a, b in covered):
            continue  # (a content that holds its words, an ellipsis or a stop at either end left out)
        tok_q = _token_at(d, q.start)
        colon = _colon_opening(d, tok_q) if tok_q is not None else None
        if colon is None or d.in_quote[colon] >= 0 or not _says_something(d, q):
            continue
        g = Found(
            cue=(d.idx[colon], d.idx[colon] + 1), content=[d.quote_content(qi)], cue_kind="colon", quote_ids=(qi,)
        )
        g.kind = "direct"
        head = _colon_source(d, colon)
        if head is not None:
            g.source_tok = head
            g.source = _source_span(d, head, set(range(colon, d.n)))  # the words before the colon only
        found.append(g)
        used.add(qi)
        covered.append((q.start, q.end))
    if d.lex.quote_then_verb:
        for qi, q in enumerate(d.quotes):
            if qi in used or any(a <= q.inner_start and q.inner_end <= b + 1 for a, b in covered):
                continue
            after = _trailing_cue(d, qi)
            if after is None:
                continue
            group, subj = after
            cue = (d.idx[group[0]], d.idx[group[-1]] + len(d.tok[group[-1]]))
            g = Found(cue=cue, content=[d.quote_content(qi)], cue_kind="verb", head=group[-1], quote_ids=(qi,))
            g.kind, g.cue_class = "direct", "speech"
            g.source_tok = subj
            g.source = _source_span(d, subj, set())
            found.append(g)
            used.add(qi)
            covered.append((q.start, q.end))
    if d.lex.paragraph_quotes:
        found.sort(key=lambda f: f.content[0][0])
        for qi, q in enumerate(d.quotes):
            if qi in used or len(d.text[q.inner_start : q.inner_end].split()) < d.lex.colon_quote_words:
                continue
            if any(a <= q.inner_start and q.inner_end <= b + 1 for a, b in covered) or not _says_something(d, q):
                continue
            if any(c in _QUOTE_MARKS for c in d.text[q.inner_start : q.inner_end]):
                continue  # marks paired across a cue ('“A," X said. "B”'): not one quotation
            n = _paragraph_quote_speaker(d, found, q)
            if n is None:
                continue
            g = Found(cue=None, content=[d.quote_content(qi)], cue_kind="quote", quote_ids=(qi,))
            g.kind = "direct"
            g.follows, g.continues = n, found[n]
            g.source_tok, g.source = found[n].source_tok, found[n].source
            found.append(g)
            used.add(qi)
            covered.append((q.start, q.end))
    found.sort(key=lambda f: f.content[0][0])
    return found


def _paragraph_quote_speaker(d: AttributionDoc, found: list[Found], q: Quote) -> int | None:
    """The attribution whose speaker a quotation standing as a whole paragraph takes: the last one (by content
    end) of the paragraph right before, when it has a source; else None."""
    text = d.text
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : q.start].strip() or text[q.end : line_end].strip():
        return None  # not a paragraph of its own
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if prev_end <= 0:
        return None
    prev = [n for n, f in enumerate(found) if f.content and prev_start <= f.content[-1][1] <= prev_end]
    if not prev:
        return None
    n = max(prev, key=lambda k: found[k].content[-1][1])
    return n if found[n].source_tok is not None else None


def _says_something(d: AttributionDoc, q: Quote) -> bool:
    """A quotation with a finite verb, or an imperative not written as a title (most words capitalised): a
    statement, not a title, a list or a label ('a favourite film: “The Long Night of the Gulls”')."""
    ks = range(bisect.bisect_left(d.idx, q.inner_start), bisect.bisect_left(d.idx, q.inner_end))
    ks = [k for k in ks if d.doc[k].is_alpha]
    if any(d.finite_verb(k) for k in ks):
        return True
    capitalised = sum(d.tok[k][:1].isupper() for k in ks)
    return any(d.doc[k].tag_ == "VB" for k in ks) and capitalised * 2 <= len(ks)


def _trailing_cue(d: AttributionDoc, qi: int) -> tuple[list[int], int] | None:
    """'“…,” Trump barked', '“…!” beamed X': a verb right after a quotation that opens its sentence and closes on
    a comma, "?" or "!", its subject between the quotation and it or right after it (whatever the verb: that
    punctuation inside the marks is how English hands a quotation to its speaker): its group and subject, or None."""
    q = d.quotes[qi]
    if d.text[q.inner_start : q.inner_end].rstrip()[-1:] not in (",", "?", "!"):
        return None
    before = d.text[: q.start].rstrip(" \t\u00a0")
    if before and before[-1] != "\n" and before[-1] not in _SENT_END and before[-1] not in _QUOTE_MARKS:
        return None  # inside its sentence ('the classic “Harbour Lights,” can …'): a title or a label, not a speech
    j = bisect.bisect_left(d.idx, q.end)
    while j < d.n and d.space[j] and "\n" not in d.tok[j]:
        j += 1
    if (
        j < d.n
        and d.text[q.inner_start : q.inner_end].rstrip()[-1:] in ("?", "!")
        and d.tok[j][:1].isupper()
        and d.pos[j] not in ("PROPN", "PRON")
    ):
        return None  # '“Why?” The question hung …': a capital after "?" or "!" opens the next sentence
    for k in range(j, min(d.n, j + 6)):
        if d.tok[k] in _CLAUSE_END or "\n" in d.tok[k] or d.in_quote[k] >= 0 or d.tok[k] in _QUOTE_MARKS:
            return None
        if d.pos[k] != "VERB":
            continue
        if d.sent_start[k] > d.sent_start[j] or d.dep[k] in d.lex.dep("relative") | {"relcl", "acl", "acl:relcl"}:
            continue  # another sentence's verb, or a relative clause's ('“…,” the song that made her famous')
        t = d.doc[k]
        group = _cue_group(d, t, None)
        subj, _how = _subject(d, t, group)
        if subj is None:
            subj = _postposed_subject(d, t, group)
        if subj is None or subj < j:
            return None
        if d.cue_lem[k] not in d.lex.verbs and not _speaking_subject(d, subj):
            return None  # '“Never again!” the town built …': a verb no lexicon lists needs someone who speaks
        return group, subj
    return None


def _speaking_subject(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` is a person entity, a personal pronoun, or a person or role noun of the lexicon."""
    lex = d.lex
    if d.doc[i].ent_type_ in lex.ent("person"):
        return True
    if d.pos[i] == "PRON":
        return d.low[i] in lex.pronouns
    if d.pos[i] == "PROPN":
        return d.doc[i].ent_type_ not in ("LOC", "GPE", "DATE", "MISC", "ORG", "FAC", "WORK_OF_ART")
    lem = d.lem[i]
    return any(lem in words for words in (lex.person_nouns, lex.role_nouns, lex.anonymous_nouns))


def _title_quote(d: AttributionDoc, tok_q: int, q: Quote) -> bool:
    """A quotation right after a noun, with a capital and no finite verb, names what the noun is: a title,
    a theme ("l'enquête « Trajectoires et origines »", "sur le thème « Affronter … »")."""
    p = d.skip_space(tok_q - 1, -1)
    if p >= 0 and d.pos[p] in ("ADP", "DET") and d.in_quote[p] < 0 and d.lex.titles_after_articles:
        # "à la veille de « La Marche des fiertés »", "invitée dans « Le Grand Oral »": after a preposition or
        # an article inside a sentence, a quotation opening on a capital with no finite verb is a name
        end = _token_at(d, q.end - 1)
        inner = [k for k in range(tok_q + 1, end if end is not None else tok_q + 1) if d.doc[k].is_alpha]
        return bool(inner) and d.tok[inner[0]][:1].isupper() and not any(d.finite_verb(k) for k in inner)
    if p < 0 or d.pos[p] not in ("NOUN", "ADJ") or not d.tok[p].islower() or d.in_quote[p] >= 0:
        return False
    if d.low[p] in d.lex.temporal_words:
        return False  # "confirmer mercredi « … »": the verb's object
    h = d.doc[p].head
    if h.i != p and d.lex.verbs.get(d.lem[h.i]):
        return False  # "a lancé aux ministres « Honte à vous »": the reporting verb's words
    end = _token_at(d, q.end - 1)
    inner = range(tok_q + 1, end if end is not None else tok_q + 1)
    if not any(d.tok[k][:1].isupper() for k in inner):
        return False  # "l'échantillon « tout sauf représentatif »": a quoted qualifier, no name
    return not any(d.finite_verb(k) for k in inner)


def _colon_after(d: AttributionDoc, q_end: int) -> tuple[list[int], int] | None:
    """ "« … » : X prédit …": the cue verb and its subject in the clause a colon after a quotation opens."""
    j = bisect.bisect_left(d.idx, q_end)  # the first token at or after the quotation's end
    while j is not None and j < d.n and ((d.space[j] and "\n" not in d.tok[j]) or d.tok[j] in _QUOTE_MARKS):
        j += 1
    if j is None or j >= d.n or d.tok[j] != ":":
        return None
    for k in range(j + 1, min(d.n, j + 12)):
        if d.tok[k] in _SENT_END or "\n" in d.tok[k] or d.in_quote[k] >= 0:
            return None
        if d.pos[k] not in ("VERB", "AUX"):
            continue
        t = d.doc[k]
        named = any(d.pos[x] == "PROPN" for x in range(j + 1, k))
        if _cue_class(d, t)[0] is None and not (named and d.pos[k] == "VERB"):
            return None  # ("« … » : Mélenchon réagit": any verb of a named subject)
        group = _cue_group(d, t, None)
        subj, _how = _subject(d, t, group)
        if subj is None:
            subj = _preposed_name(d, t, group)
        return (group, subj) if subj is not None and subj > j else None
    return None


def _take_inverted_cue(d: AttributionDoc, g: Found, inv: tuple[list[int], int]) -> None:
    """Give ``g`` the inverted cue ``inv`` (its verb group and subject: "« … », dit X") as its cue and source."""
    group, subj = inv
    g.cue = (d.idx[group[0]], d.idx[group[-1]] + len(d.tok[group[-1]]))
    g.cue_kind = "verb"
    g.head = max(k for k in group if d.pos[k] in ("VERB", "AUX", "ADJ"))
    g.source_tok = subj
    g.source = _source_span(d, subj, set())


def _inverted_cue(d: AttributionDoc, q_end: int) -> tuple[list[int], int] | None:
    """An inverted cue right after a quotation ("« … », dit-elle", "« … », s'est réjoui le ministre"):
    its token group and the token of its postposed or inverted subject, whatever the verb. Before the verb,
    a bracketed aside ("» (ou X), a-t-il dit") and a verbless aside between commas ("», en mai, a déclaré X")
    are skipped; past the latter, only a speech verb (no copula) is taken. A clitic "-on" parsed as the plain
    subject ("peut-on lire") counts as inverted."""
    j = _token_at(d, q_end)
    if j is None:
        j = bisect.bisect_left(d.idx, q_end)
        if j >= d.n or d.tok[j] != "(":
            return None
    while j < d.n and ((d.space[j] and "\n" not in d.tok[j]) or d.tok[j] in _QUOTE_MARKS):
        j += 1
    if j < d.n and d.tok[j] == "(":  # "« … » (ou X), a-t-il dit": a bracketed aside after the quotation
        close = next((k for k in range(j + 1, min(d.n, j + 10)) if d.tok[k] == ")"), None)
        if close is not None and d.tok[close + 1 : close + 2] == [","]:
            j = close + 1
    aside = None
    if j < d.n and d.tok[j] == ",":
        j += 1
        aside = _aside_end(d, j)
        if aside is not None:  # "« … », tout en travaillant à Z, a déclaré X": past a verbless aside
            j = aside + 1
    while j < d.n and d.space[j] and "\n" not in d.tok[j]:
        j += 1
    k = j
    while k < d.n and k - j < 4 and (d.pos[k] in ("PRON", "AUX", "ADV") and not _INVERTED_PRONOUN.match(d.tok[k])):
        k += 1
    if k >= d.n or d.pos[k] not in ("VERB", "AUX") or d.in_quote[k] >= 0:
        return None
    t = d.doc[k]
    if aside is not None and (d.lem[k] in d.lex.copulas or _cue_class(d, t)[0] is None):
        return None  # "« … », depuis lundi, est devenu le slogan de X": past an aside, a speech verb only
    group = _cue_group(d, t, None)
    subj, how = _subject(d, t, group)
    if subj is not None and (how == "inverted" or (subj in group and subj > k)):
        return group, subj  # ("peut-on lire": the clitic parsed as the plain subject)
    if subj is not None and d.idx[subj] < q_end and d.doc[subj].right_edge.i >= _token_at(d, q_end - 1):
        return None  # "Le rapport, intitulé « … », détaille X": a title inside the verb's own subject
    post = _postposed_subject(d, t, group)
    return (group, post) if post is not None else None


def _aside_end(d: AttributionDoc, j: int) -> int | None:
    """The comma closing a short aside that opens at token ``j`` after a quotation's comma, with no finite
    verb, quotation or sentence end in it and opening on a preposition, an adverb or a gerund ("tout en
    travaillant à Z", "en mai dernier"), or None."""
    while j < d.n and d.space[j] and "\n" not in d.tok[j]:
        j += 1
    if j >= d.n or d.pos[j] not in ("ADP", "ADV", "SCONJ"):
        return None
    for k in range(j + 1, min(d.n, j + 10)):
        if d.tok[k] in _SENT_END or "\n" in d.tok[k] or d.in_quote[k] >= 0 or d.tok[k] in _QUOTE_MARKS:
            return None
        if d.finite_verb(k):
            return None
        if d.tok[k] == ",":
            return k
    return None


def _incise_in_quote(d: AttributionDoc, qi: int) -> tuple[list[int], int, list[tuple[int, int]]] | None:
    """A cue interrupting a quotation ("« A, a-t-il ajouté, B »"): its group, its subject and the two parts."""
    q = d.quotes[qi]
    a, b = _token_at(d, q.inner_start), _token_at(d, q.inner_end - 1)
    if a is None or b is None:
        return None
    for k in range(a + 1, b):
        if d.tok[k] != "," or d.in_quote[k] != qi:
            continue
        j = k + 1
        while j < b and d.space[j]:
            j += 1
        m = j
        while m < b and m - j < 4 and d.pos[m] in ("AUX", "PRON"):
            m += 1
        if m >= b or d.pos[m] not in ("VERB", "AUX"):
            continue
        t = d.doc[m]
        group = _cue_group(d, t, None)
        subj, how = _subject(d, t, group)
        if subj is None or how != "inverted":
            continue
        end = max(group)
        while end + 1 < b and (d.space[end + 1] or _INVERTED_PRONOUN.match(d.tok[end + 1])):
            end += 1
        if end + 1 >= b or d.tok[end + 1] != ",":
            continue
        first, second = d.char_span(a, k), d.char_span(end + 2, b + 1)
        if first is None or second is None:
            continue
        second = (second[0], min(second[1], q.inner_end))
        return group, subj, [first, second]
    return None


def _colon_before(d: AttributionDoc, tok_q: int) -> int | None:
    """The colon just before token ``tok_q`` (spaces between, or one paragraph break: "Selon X :" ending its
    paragraph, the quotation opening the next, when the colon's sentence quotes nothing itself), or None."""
    j = tok_q - 1
    breaks = 0
    while j >= 0 and d.space[j]:
        breaks += "\n" in d.tok[j]
        j -= 1
    if j < 0 or d.tok[j] != ":" or breaks > 1:
        return None
    if breaks and any(d.in_quote[k] >= 0 for k in range(d.sent_start[j], j)):
        return None  # "Pour eux, X « … », tout comme :": a sentence quoting words already goes on with their speaker
    return j


def _no_demonstrative_source(d: AttributionDoc, f: Found) -> None:
    """ "C'est qu'alors la presse était hostile au projet" parsed with « C' » as the subject of the cue: a
    demonstrative (``demonstrative_subjects``) stands for no one, the attribution keeps no speaker."""
    k = f.source_tok
    if k is None or _relative_pronoun(d, k) or d.doc[k].tag_ in ("WDT", "WP"):
        return  # "the statement that said": a relative pronoun stands for its antecedent
    if d.pos[k] == "PRON" and d.low[k] in d.lex.demonstrative_subjects:
        f.source_tok = None
        f.source = None


def _thing_acts(d: AttributionDoc, t: Token, subj: int | None) -> bool:
    """Verb ``t`` has a thing for subject and no clause for complement ("Ambient lighting offers thirty colors",
    "pops and explosions rattled the harbor"): a common noun that no source list holds, in no entity, with no
    name before it, no agent suffix (nearer the language's thing nouns than its person nouns where there are word
    vectors). A person, a body, an outlet or a
    document may report; a thing acting on an object reports nothing."""
    if subj is not None and d.pos[subj] == "PROPN" and _model_name(d, subj):
        clausal = d.lex.dep("clausal") | d.lex.dep("xcomp")
        return not any(d.dep[c] in clausal for c in d.kids[t.i])  # "the VARNEL X200 4Motion offers 300 hp"
    if subj is None or d.pos[subj] != "NOUN" or d.doc[subj].ent_type_:
        return False
    lex = d.lex
    lem = d.lem[subj]
    if lem in lex.actor_nouns or lem in lex.document_nouns or lem in lex.country_nouns or lem in lex.group_nouns:
        return False
    if any(d.pos[c] == "PROPN" or d.doc[c].ent_type_ for c in d.kids[subj]):
        return False  # "the Varnel engineers", "Brenlow's team"
    clausal = lex.dep("clausal") | lex.dep("xcomp")
    if any(d.dep[c] in clausal for c in d.kids[t.i]):
        return False  # "the data shows that …": what a thing shows may be a report
    return thing_like(d, subj)


def _base_imperative(d: AttributionDoc, t: Token) -> bool:
    """Cue ``t`` is an imperative: its sentence's first word (after ``imperative_openers``, "Don't", "Please",
    quotation marks), in its base form, with no subject ("Imagine that …", "Don't forget that …")."""
    if d.doc[t.i].tag_ != "VB" or any(d.dep[c] in d.lex.dep("subject") for c in d.kids[t.i]):
        return False
    openers = d.lex.imperative_openers or frozenset()
    k = d.sent_start[t.i]
    while k < t.i and (d.pos[k] == "PUNCT" or d.low[k] in openers):
        k += 1
    return k == t.i


def _agentless_participle(d: AttributionDoc, t: Token) -> bool:
    """Whether cue ``t`` is a past participle with no agent ("is known to infect humans", "known as X", "was hailed
    a hero"): read with ``agentless_not_cues``, verbs whose agentless passive tells what is common or praised, not
    what anyone said."""
    if not d.has_morph(t.i, "VerbForm", "Part") or d.has_morph(t.i, "Tense", "Pres"):
        return False
    _, kids = _kids_through_aux(d, t.i)
    if any(d.dep[c] in d.lex.dep("agent") for c in kids):
        return False  # "was hailed by the council": the council's
    active = d.lex.dep("subject") - d.lex.dep("passive_subject")
    return not any(d.dep[c] in active for c in kids)  # ("he has known that …" is active)


def _model_name(d: AttributionDoc, i: int) -> bool:
    """Whether the name headed by token ``i`` holds a word mixing letters and digits ("X200", "4Motion"): a
    product's model, which no person's or body's name does."""
    a, b = _flat_name(d, d.doc[i])
    words = [d.tok[k] for k in range(a, b)]
    return any(any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w) for w in words)


def _colon_source(d: AttributionDoc, colon: int) -> int | None:
    """Who speaks after a colon: the subject of the clause before it, else its first named person or body."""
    s = d.sent_start[colon]
    if d.in_quote[colon] >= 0:  # a colon inside a quotation: its own clause only
        s = max(s, _token_at(d, d.quotes[d.in_quote[colon]].start) or s)
    for k in range(colon - 1, s - 1, -1):
        if d.space[k] and "\n" in d.tok[k]:
            break
        if d.tok[k] == ":" and d.in_quote[k] < 0:
            s = k + 1  # "Hidden Camera: Mayor's Aide: “…”": the label right before the quotation, not the kicker
            break
    subj = d.lex.dep("subject")
    subordinate = d.lex.dep("clausal") | d.lex.dep("relative") | d.lex.dep("xcomp")
    for k in range(s, colon):
        if d.dep[k] not in subj or d.doc[k].head.i >= colon:
            continue
        if d.lex.colon_subject_outside_quotes and d.in_quote[k] >= 0 and d.in_quote[k] != d.in_quote[colon]:
            continue  # "« X continue de … », a salué Y, fustigeant Z : « … »": a quotation's subject says nothing
        if d.low[k] in d.lex.demonstrative_subjects:
            continue  # « C'est aussi pour X l'occasion de rappeler : « … » »: the demonstrative is no one
        if d.pos[k] == "NOUN" and d.lem[k] in d.lex.colon_topic_nouns:
            return None  # "La réponse est : « … »": what the colon introduces, no one who speaks
        h, main = d.doc[k].head.i, True
        for _ in range(d.n):  # up to the root: the subject of the main clause, not of "… affirmant que l'UE …"
            if d.dep[h] in subordinate:
                main = False
                break
            up = d.doc[h].head.i
            if up == h:
                break
            h = up
        if main:
            return k
    for k in range(s, colon):
        if d.doc[k].ent_type_ in ("PER", "PERSON", "ORG") and d.pos[k] == "PROPN":
            e = k
            while e + 1 < colon and d.doc[e + 1].ent_iob_ == "I":
                e += 1
            root = next((x for x in range(k, e + 1) if not k <= d.doc[x].head.i <= e), k)  # the name's root
            if any(d.dep[c] == "case" and norm(d.low[c]) in d.lex.venue_prepositions for c in d.kids[root]):
                continue  # "17 mai sur Radio Valbrune : « … »": where it was said, not who said it
            return root
    # "Selon le gouverneur X :" with no subject nor tagged name: the noun a one-word source phrase opens
    ones = {ph.tokens[0] for ph in d.lex.phrases if len(ph.tokens) == 1}
    for k in range(s, colon):
        if (
            d.dep[k] == "case"
            and norm(d.low[k]) in ones
            and s <= d.head[k] < colon
            and d.pos[d.head[k]] in ("NOUN", "PROPN")
        ):
            return d.head[k]
    return None


def _nearest_speaker(d: AttributionDoc, found: list[Found], start: int, tok_q: int) -> int | None:
    """The attribution whose speaker an uncued quotation takes: the one just before it, in the same
    or the previous paragraph, else a cue with a source in the sentence right after it."""
    prev = [n for n, f in enumerate(found) if f.content and f.content[0][0] < start and f.source_tok is not None]
    if prev:
        n = max(prev, key=lambda k: found[k].content[-1][1])
        tok_p = _token_at(d, found[n].content[-1][1] - 1)
        if tok_p is not None and d.para[tok_q] - d.para[tok_p] <= 1:
            return n
    nxt = [
        n
        for n, f in enumerate(found)
        if f.cue is not None and f.cue[0] > start and f.source_tok is not None and f.cue_kind == "verb"
    ]
    if nxt:
        n = min(nxt, key=lambda k: found[k].cue[0])  # type: ignore[index]
        tok_c = _token_at(d, found[n].cue[0])  # type: ignore[index]
        if tok_c is not None and d.para[tok_c] == d.para[tok_q]:
            return n
    return None


def _drop_inner_repeats(found: list[Found]) -> None:
    """ "veut évoquer X": "évoquer" sits in the content of "veut" with no subject of its own and its
    content inside that content; it repeats the attribution rather than nesting a new source."""
    for f in found:
        if not f.content or f.cue is None or f.cue_kind != "verb":
            continue
        for g in found:
            if g is f or not g.content or g.cue is None or g.incise:
                continue
            inside = any(a <= f.cue[0] and f.cue[1] <= b for a, b in g.content)
            contained = all(any(a <= x and y <= b for a, b in g.content) for x, y in f.content)
            if inside and contained and (f.source_tok is None or f.source_tok == g.source_tok):
                f.content = []
                break


def _drop_frame_part(f: Found, found: list[Found], d: AttributionDoc | None = None) -> None:
    """ "X a déclaré que, selon Y, Z", "X envisage, selon Y, de Z": the part of a phrase cue's content before it
    that holds a verb cue reporting the part after it is that cue's frame; Y's report is Z alone."""
    if f.cue_kind != "phrase" or len(f.content) != 2 or f.quote_ids:
        return
    (a, b), (c, e) = f.content
    for g in found:
        if g is f or g.cue_kind != "verb" or not g.cue or not (a <= g.cue[0] < b):
            continue
        if any(x < e and c < y for x, y in g.content) and not any(x < b and a < y for x, y in g.content):
            f.content = [(c, e)]
            return
    if d is None:
        return
    # no cue found in the part before, but the part after is its verb's complement ("Athènes envisage, selon X,
    # d'ajouter …"): the verb frames what X reports
    k0 = _token_at(d, c)
    if k0 is None:
        return
    inside = range(k0, d.n)
    roots = [k for k in inside if d.idx[k] < e and not d.space[k] and not (c <= d.idx[d.head[k]] < e)]
    roots = [k for k in roots if d.pos[k] not in ("PUNCT", "ADP", "SCONJ")] or roots
    if len(roots) != 1:
        return
    k = roots[0]
    h = d.head[k]
    core = d.lex.dep("xcomp") | d.lex.dep("clausal") | d.lex.dep("object")
    if d.dep[k] == "advcl" and not d.has_morph(k, "VerbForm", "Inf"):
        return  # "Cela durera, selon lui, tant que …": an adverbial clause, not the verb's complement
    if d.dep[k] in core and h != k and a <= d.idx[h] < b and d.pos[h] == "VERB":
        f.content = [(c, e)]


def _split_contents(f: Found) -> list[Found]:
    """One attribution per contiguous content: "Y, selon X, Z" and "« A », dit-il, « B »" are two."""
    if len(f.content) < 2:
        return [f]
    out = []
    for n, span in enumerate(f.content):
        g = dataclasses.replace(f, content=[span], quote_ids=f.quote_ids[n : n + 1] if f.quote_ids else (), split_of=f)
        out.append(g)
    return out


def _token_at(d: AttributionDoc, char: int) -> int | None:
    """The token whose characters hold offset ``char``; None in a token's trailing space or past the text (as
    ``doc.char_span(char, char + 1, alignment_mode="expand")``, by a search in the token table's offsets)."""
    i = bisect.bisect_right(d.idx, char) - 1
    return i if i >= 0 and char < d.idx[i] + len(d.tok[i]) else None


def _dedupe(d: AttributionDoc, found: list[Found]) -> None:
    """Drop an attribution whose content repeats another's with a weaker cue."""
    seen: dict[tuple[int, int], Found] = {}
    for f in found:
        if not f.content:
            continue
        key = f.content[0]
        other = seen.get(key)
        if other is None:
            seen[key] = f
            continue
        # keep phrase+verb pairs that are really two (a chain), drop exact repeats of the same cue
        relay = (
            f.relayed_by is other
            or other.relayed_by is f
            or (  # "il a ajouté, cité par X : « … »"
                other.cue != f.cue
                and other.source_tok is not None
                and f.source_tok is not None
                and other.source_tok != f.source_tok
                and any(
                    g.head is not None and any(c.dep_ in d.lex.dep("agent") for c in d.doc[g.head].children)
                    for g in (f, other)
                )
            )
        )
        cues_meet = other.cue is not None and f.cue is not None and other.cue[0] < f.cue[1] and f.cue[0] < other.cue[1]
        if relay and cues_meet:
            relay = False  # one report read twice ("s'est montré préoccupé par X" and "préoccupé par X")
        if not relay and (other.cue == f.cue or (other.cue_kind == f.cue_kind == "verb")):
            keep, drop = (other, f) if (other.quote_ids or not f.quote_ids) else (f, other)
            drop.content = []
            seen[key] = keep


def _kinds_and_via(d: AttributionDoc, found: list[Found]) -> None:
    quotes = d.quotes
    for f in found:
        inq = 0
        total = 0
        for a, b in f.content:
            total += b - a
            for q in quotes:
                lo, hi = max(a, q.start), min(b, q.end)
                if hi > lo:
                    inq += hi - lo
        if f.quote_ids or f.block or (total and inq >= 0.9 * total):
            f.kind = "direct"
        elif inq > 0:
            f.kind = "mixed"
        else:
            f.kind = "indirect"
    # chains: an attribution whose cue lies inside another's content is relayed by it
    for n, f in enumerate(found):
        if f.cue is None:
            continue
        best = None
        best_len = None
        for m, g in enumerate(found):
            if m == n or not g.content or g.source is None:
                continue
            for a, b in g.content:
                if a <= f.cue[0] and f.cue[1] <= b and (best_len is None or b - a < best_len):
                    best, best_len = m, b - a
        f.via = best
    pos = {id(f): n for n, f in enumerate(found)}
    for f in found:  # a relay found beside a phrase cue ("selon Y, cité par X"): Y's words through X
        if f.relayed_by is not None and id(f.relayed_by) in pos:
            f.via = pos[id(f.relayed_by)]
