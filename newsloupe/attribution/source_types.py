"""What kind of source a mention is: a named person, an anonymous one, an organisation…

The decision reads the mention's head word and its proper-name tokens against
the language's lists (media names and markers, organisation, document and
anonymity nouns, capitals standing for their government, vague collectives).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsloupe.attribution.lexicon import norm
from newsloupe.labels import SOURCE_TYPES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.lexicon import Lexicon

__all__ = ["SOURCE_TYPES", "classify", "is_media", "listed_media", "reporter"]

_PER = ("PER", "PERSON")
_ORG = ("ORG", "NORP")
_LOC = ("LOC", "GPE", "FAC")


_MEDIA_CACHE: dict[str, frozenset[str]] = {}


def listed_media(lex: Lexicon) -> frozenset[str]:
    """The language's listed outlet names, normalised ("france info", "le monde")."""
    names = _MEDIA_CACHE.get(lex.lang)
    if names is None:
        names = frozenset(" ".join(n.replace("-", " ").split()) for n in lex.media_names)
        _MEDIA_CACHE[lex.lang] = names
    return names


_FIRST_WORDS: dict[str, frozenset[str]] = {}


def _holds_listed(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` (normalised) hold a listed outlet's name of one to four words: the runs of one
    to four words are looked up only where a listed name's first word stands."""
    names = listed_media(lex)
    firsts = _FIRST_WORDS.get(lex.lang)
    if firsts is None:
        firsts = _FIRST_WORDS[lex.lang] = frozenset(n.split(" ", 1)[0] for n in names)
    m = len(words)
    for k, w in enumerate(words):
        if w in firsts:
            for n in (1, 2, 3, 4):
                if k + n <= m and " ".join(words[k : k + n]) in names:
                    return True
    return False


def _words(text: str) -> list[str]:
    """The normalised words of ``text``, hyphenated names split ("France-Soir": "france", "soir"), but not a
    lower-case compound ("politico-militaire" names no outlet "Politico")."""
    out: list[str] = []
    for w in text.split():
        if "-" in w[1:] and w[:1].islower():
            out.append(norm(w))
        else:
            out.extend(norm(w).replace("-", " ").split())
    return out


def _listed(words: list[str], lex: Lexicon) -> bool:
    """``words`` hold a listed outlet's name, or open with one glued after an elided article (« l'AFP »: the
    mention is the outlet; an outlet named further in, « un projet consulté par l'AFP », is not the mention's)."""
    if _holds_listed(words, lex):
        return True
    art = next((a for a in lex.elided_articles if words and words[0].startswith(a)), None)
    if art is None or len(words[0]) <= len(art) + 1:
        return False
    return _holds_listed([words[0][len(art) :], *words[1:]], lex)


def names_media(text: str, lex) -> bool:
    """True when ``text`` holds a listed outlet's name ("le New York Times")."""
    return _listed(_words(text), lex)


def media_name(d: AttributionDoc, a: int, b: int) -> bool:
    """True when tokens [a, b) hold a listed outlet's name ("Reuters") or a news site's ("exemple.com")."""
    text = d.text[d.idx[a] : d.idx[b - 1] + len(d.tok[b - 1])] if b > a else ""
    hit = d.media_memo.get(text)  # (a mention is asked about several times: speakers, then its type)
    if hit is None:
        lex = d.lex
        words = _words(text)
        hit = d.media_memo[text] = _listed(words, lex) or any(
            len(w) > 4 and w.endswith(lex.media_domains) and w[0].isalpha() for w in words
        )
    return hit


def reporter(d: AttributionDoc, head: int) -> bool:
    """The mention headed by ``head`` is a journalist ("le journaliste de TF1"): a person, not the outlet."""
    return d.pos[head] == "NOUN" and d.lem[head] in d.lex.media_person_nouns


def people_core(d: AttributionDoc, head: int, a: int, b: int) -> int:
    """The end of mention [a, b) before a participle or relative clause on its head when the head is a common
    noun of people: "Residents interviewed by the Associated Press" are residents, not the outlet that
    interviewed them (a new user's fault at stop 41); a document or an outlet noun keeps its clause."""
    lex = d.lex
    if d.pos[head] != "NOUN" or head < a or head >= b:
        return b
    lem = d.lem[head]
    if lem in lex.document_nouns or lem in lex.media_nouns or lem in lex.organization_nouns:
        return b
    for c in d.kids[head]:
        if c > head and c < b and (d.dep[c] in lex.dep("relative") or d.dep[c] == "acl"):
            if lem in lex.anonymous_nouns or lem in lex.collective_words or person_like(d, head):
                return max(head + 1, min(b, d.doc[c].left_edge.i))
            return b
    return b


def is_media(d: AttributionDoc, a: int, b: int, head: int) -> bool:
    """True when tokens [a, b) name a news outlet or agency ("Al-Sumaria News", "Reuters", "le quotidien")."""
    lex = d.lex
    if reporter(d, head):
        return False
    b = people_core(d, head, a, b)
    if media_name(d, a, b):
        return True
    outlet = lex.media_nouns_body_qualified.get(d.lem[head])
    if outlet is not None and (_qualified_body(d, head, b, outlet) or _body_named_before(d, head, b, outlet)):
        return False  # « l'Agence européenne du médicament », « l'agence spatiale »: a body
    propn = [i for i in range(a, b) if d.pos[i] == "PROPN" or (d.tok[i][:1].isupper() and i != a)]
    if propn and any(d.tok[i] in lex.media_name_markers for i in propn):
        return True
    if d.lem[head] in lex.media_nouns_qualified:  # "the news agency" is an outlet, "the agency" a body
        return any(d.lem[i] in lex.media_nouns_qualified[d.lem[head]] for i in range(a, b) if i != head)
    return d.lem[head] in lex.media_nouns and d.lem[head] not in lex.media_person_nouns


def _qualified_body(d: AttributionDoc, head: int, b: int, outlet: frozenset[str]) -> bool:
    """Whether a word other than ``outlet``'s (an adjective or a noun in lower case) qualifies ``head`` before ``b``."""
    return any(
        d.pos[i] in ("ADJ", "NOUN") and d.tok[i].islower() and not {norm(d.low[i]), norm(d.lem[i])} & outlet
        for i in range(head + 1, b)
    )


def _body_named_before(d: AttributionDoc, head: int, b: int, outlet: frozenset[str]) -> bool:
    """ "l'agence régionale de santé … L'agence indique": a bare outlet noun after the same noun qualified as a body,
    the nearest such noun in the three paragraphs before."""
    if any(d.pos[i] in ("ADJ", "NOUN", "PROPN") for i in range(head + 1, b)):
        return False
    for i in range(head - 1, -1, -1):
        if d.para[head] - d.para[i] > 3:
            return False
        if d.lem[i] == d.lem[head] and d.pos[i] in ("NOUN", "PROPN"):
            return _qualified_body(d, i, d.doc[i].right_edge.i + 1, outlet)
    return False


def complement(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` starts a genitive complement ("l'avocat de X", "X's lawyer"), not an apposition."""
    gen = d.lex.genitive
    j = i - 1
    while j >= 0 and d.pos[j] == "PROPN" and d.doc[j].ent_type_ == d.doc[i].ent_type_:
        j -= 1
    k = i + 1
    while k < d.n and d.pos[k] == "PROPN":
        k += 1
    return (j >= 0 and d.low[j] in gen) or (k < d.n and d.low[k] in gen and d.low[k].startswith("'"))


def _plural_complements(d: AttributionDoc, head: int, b: int, pos: tuple[str, ...]) -> Iterator[int]:
    """The plural tokens of part of speech ``pos`` hanging on noun ``head`` before token ``b``."""
    return (i for i in range(head + 1, b) if d.doc[i].head.i == head and d.pos[i] in pos and d.plural(i))


def _of_people(d: AttributionDoc, head: int, b: int) -> bool:
    """Noun ``head`` has a plural complement naming people ("un groupe de chercheurs"), not bodies or countries."""
    lex = d.lex
    for i in _plural_complements(d, head, b, ("NOUN",)):
        lem = d.lem[i]
        if lem in lex.country_nouns or lem in lex.organization_nouns or lem in lex.document_nouns:
            return False
        return person_like(d, i) or lem in lex.collective_words or lem in lex.anonymous_nouns
    return False


def _of_many(d: AttributionDoc, head: int, b: int) -> bool:
    """Noun ``head`` has a plural noun complement ("la plupart des pays"; not "la majorité" alone)."""
    return next(_plural_complements(d, head, b, ("NOUN", "PROPN")), None) is not None


def _body(d: AttributionDoc, i: int, ents: dict[int, str] | None) -> bool:
    """Token ``i`` names an organisation, a country or a government."""
    lex = d.lex
    label = (ents or {}).get(i) or d.doc[i].ent_type_
    if d.pos[i] == "PROPN" and label in ("ORG", "LOC", "GPE", "NORP"):
        return True
    lem = d.lem[i]
    if d.tok[i][:1].isupper() and (d.tok[i] in lex.places_as_actors or norm(d.tok[i]) in lex.places_as_actors):
        return True  # a capital or a country the tagger did not take for a name ("les responsables de Kiev")
    return lem in lex.organization_nouns or lem in lex.country_nouns or norm(d.tok[i]) in lex.organization_names


def institution_name(d: AttributionDoc, i: int) -> bool:
    """Common noun ``i`` written with a capital inside its sentence, right after a definite article and
    outside quotations: an institution's name ("la Défense", "le Trésor", "l'Intérieur"; a person's name
    the tagger took for a noun takes no article)."""
    if d.pos[i] != "NOUN" or not d.tok[i][:1].isupper() or i <= d.sent_start[i] or d.in_quote[i] >= 0:
        return False
    j = i - 1
    return d.pos[j] == "DET" and d.has_morph(j, "Definite", "Def") and d.head[j] == i


def classify(d: AttributionDoc, head: int, a: int, b: int, ents: dict[int, str] | None = None) -> str:
    """Source type of the mention tokens [a, b) headed by ``head`` (no person resolution here).

    ents (dict[int, str] | None): token -> entity label (PER, ORG, LOC, MISC) from the entities analyzer.
    """
    lex = d.lex
    if is_media(d, a, b, head):
        return "media"
    tok = d.doc[head]
    lem = d.lem[head]
    low = d.low[head]
    ent = tok.ent_type_
    if lem in lex.document_nouns or low in lex.document_nouns:
        return "document"
    span_text = d.text[d.doc[a].idx : d.doc[b - 1].idx + len(d.doc[b - 1].text)] if b > a else tok.text
    # a singular person noun heads the mention: names inside it only qualify the person
    # ("un diplomate en poste à Beyrouth", "un responsable du Pentagone")
    person_noun = lem in lex.anonymous_nouns or lem in lex.role_nouns or lem in lex.media_person_nouns
    if person_noun and d.pos[head] != "PROPN" and not d.plural(head) and low not in lex.pronouns:
        if any(d.doc[i].ent_type_ in _PER and not complement(d, i) for i in range(a, b)):
            return "person_named"
        return "person_anonymous"
    if (lem in lex.quantity_words or low in lex.quantity_words) and d.pos[head] != "PROPN" and _of_many(d, head, b):
        return "unnamed_collective"  # "la plupart des pays, notamment X": part of a vague group, whoever it names
    names = {norm(span_text)} | {norm(d.doc[i].text) for i in range(a, b) if d.pos[i] == "PROPN"}
    if names & lex.organization_names:
        return "organization"
    if names & lex.places_as_actors:
        return "organization"  # a capital or country standing for its government ("Moscou affirme que …")
    label = (ents or {}).get(head)
    if label in ("ORG", "LOC") and d.tok[head][:1].isupper():
        return "organization"  # an organisation, or a country or capital standing for its government
    if label == "PER" and d.pos[head] == "PROPN":
        return "person_named"
    if any(d.doc[i].text in lex.organization_name_markers for i in range(a, b) if d.pos[i] == "PROPN"):
        return "organization"
    if ent in _ORG and d.pos[head] == "PROPN":
        return "organization"
    # a capital or country standing for its government ("Washington affirme que …")
    if names & lex.places_as_actors or (ent in _LOC and d.pos[head] == "PROPN"):
        return "organization"
    if lem in lex.organization_nouns or low in lex.organization_nouns:
        if (lem in lex.group_nouns or low in lex.group_nouns) and _of_people(d, head, b):
            return "unnamed_collective"  # "un groupe de chercheurs": people, not a body
        if d.plural(head) and any(d.low[i] in lex.vague_quantifiers for i in range(a, head)):
            return "unnamed_collective"  # "de nombreuses associations": a vague group of bodies, not one
        return "organization"
    if institution_name(d, head) and not d.plural(head):
        return "organization"  # a common noun written as a name inside its sentence: "la Défense", "le Trésor"
    if low in lex.pronouns:
        info = lex.pronouns[low]
        if info.get("collective") or info.get("number") == "plur":
            return "unnamed_collective"
        return "person_anonymous"
    if d.plural(head) and d.pos[head] != "PROPN":
        # "les dirigeants du G7", "les responsables de Kiev", "les sept puissances": the body they make up
        if lem in lex.country_nouns:
            return "organization"
        if lem in lex.leader_nouns:
            for i in range(head + 1, b):
                if d.doc[i].head.i == head and d.dep[i] in ("nmod", "prep", "pobj") and _body(d, i, ents):
                    return "organization"
        if (lem in lex.party_member_nouns or low in lex.party_member_nouns) and _definite(d, head, a):
            return "organization"  # "les démocrates": the party, not a vague group of its voters
    # "73 % des sondés", "la plupart des pays": part of a vague group
    if (lem in lex.quantity_words or low in lex.quantity_words) and d.pos[head] != "PROPN":
        return "unnamed_collective"
    if d.plural(head):
        if lem in lex.anonymous_plural_types:
            return lex.anonymous_plural_types[lem]
        if lem in lex.collective_plural_only or lem in lex.collective_words:
            return "unnamed_collective"
    if lem in lex.collective_words and lem not in lex.collective_plural_only:
        return "unnamed_collective"
    if low in lex.collective_words and low not in lex.collective_plural_only:
        return "unnamed_collective"
    if acronym(d, head) and ent not in _PER:
        return "organization"  # an acronym ("I4CE", "OCDE")
    if ent in _PER or (d.pos[head] == "PROPN" and ent == ""):
        return "person_named"
    if lem in lex.anonymous_nouns or lem in lex.role_nouns or lem in lex.media_person_nouns:
        # "des journalistes", "les médecins": people as a vague group; one of them is anonymous
        return "unnamed_collective" if d.plural(head) and d.pos[head] != "PROPN" else "person_anonymous"
    if d.pos[head] == "PROPN":
        return "organization"
    if d.plural(head):
        return "unnamed_collective"
    if d.pos[head] == "NOUN" and not person_like(d, head):
        return "unnamed_collective"  # "la théorie", "la science du climat": an unnamed body of opinion
    return "person_anonymous"


def _definite(d: AttributionDoc, head: int, a: int) -> bool:
    """Whether the mention [a, …) headed by ``head`` opens with a definite determiner and nothing else before the head
    but adjectives ("les démocrates", "les républicains américains"; not "des démocrates", "les élus démocrates")."""
    if not (a < head and d.low[a] in d.lex.definite):
        return False
    return all(d.pos[i] == "ADJ" for i in range(a + 1, head))


def acronym(d: AttributionDoc, i: int) -> bool:
    """Whether token ``i`` is an acronym ("OCDE", "I4CE", even when the parse tags it a noun or a verb),
    not a word of a headline in capitals."""
    word = d.tok[i]
    letters, digits = sum(ch.isalpha() for ch in word), any(ch.isdigit() for ch in word)
    if letters < (1 if digits else 2) or not word.isupper() or d.pos[i] in ("PRON", "DET", "ADP", "PUNCT", "NUM"):
        return False
    if d.pos[i] == "PROPN":
        return True

    def caps(k: int) -> bool:
        return 0 <= k < d.n and sum(ch.isalpha() for ch in d.tok[k]) > 1 and d.tok[k].isupper()

    return not caps(i - 1) and not caps(i + 1)


_CENTROIDS: dict[str, tuple] = {}


def _centroids(d: AttributionDoc) -> tuple:
    """Mean word vectors of the language's person nouns and of its thing nouns (bodies, texts, outlets)."""
    import numpy as np

    lex = d.lex
    got = _CENTROIDS.get(lex.lang)
    if got is None:
        vocab = d.doc.vocab

        def mean(words) -> object:
            vecs = [vocab[w].vector for w in words if " " not in w and vocab.has_vector(w)]
            return np.mean(vecs, axis=0) if vecs else None

        persons = mean(lex.anonymous_nouns | lex.role_nouns | lex.person_nouns | lex.media_person_nouns)
        things = mean(lex.organization_nouns | lex.document_nouns | (lex.media_nouns - lex.media_person_nouns))
        got = (persons, things)
        _CENTROIDS[lex.lang] = got
    return got


def thing_like(d: AttributionDoc, i: int) -> bool:
    """Whether the noun at token ``i`` names a thing, as far as the language's data tell: no agent suffix and,
    where there are word vectors, nearer its thing nouns than its person nouns (without vectors the source lists
    the caller read decide: English's small pipeline has none)."""
    lem = d.lem[i]
    if d.lex.person_suffixes and lem.endswith(d.lex.person_suffixes):
        return False
    if not d.doc.vocab.has_vector(lem):
        return True
    return not person_like(d, i)


def person_like(d: AttributionDoc, i: int) -> bool:
    """Whether the noun at token ``i`` is nearer the language's person nouns than its thing nouns (word vectors);
    True when there are no vectors."""
    import numpy as np

    lem = d.lem[i]
    if d.lex.person_suffixes and lem.endswith(d.lex.person_suffixes):
        return True  # "législateur", "analyste": an agent noun
    persons, things = _centroids(d)
    vocab = d.doc.vocab
    if persons is None or things is None or not vocab.has_vector(lem):
        return True
    v = vocab[lem].vector

    def cos(a, b) -> float:
        n = float(np.linalg.norm(a) * np.linalg.norm(b))
        return float(np.dot(a, b)) / n if n else 0.0

    return cos(v, persons) >= cos(v, things)


def recipient_cut(d: AttributionDoc, a: int, b: int) -> int:
    """The end of a phrase cue's source [a, b) before an outlet it closes with, after one of
    ``lex.recipient_prepositions`` ("selon la mairie au Courrier du Lac": the mairie spoke, the paper heard it);
    ``b`` when there is none, or when nothing would be left before it."""
    for k in range(a + 1, b):
        if d.low[k] not in d.lex.recipient_prepositions or d.pos[k] != "ADP":
            continue
        c = d.skip_space(k + 1, 1)
        if c < b and d.pos[c] == "DET":
            c = d.skip_space(c + 1, 1)
        if c >= b or not (media_name(d, c, b) or is_media(d, c, b, c)):
            continue
        e = k
        while e > a and d.space[e - 1]:
            e -= 1
        if e > a:
            return e
    return b
