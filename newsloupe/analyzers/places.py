"""Places: every place mention, resolved offline to a country, a region and coordinates.

Mentions come from three finders, never overlapping (earlier wins):

1. patterns: US party-state labels ("(D-MN)") and "Washington, DC";
2. the entities: LOC, and ORG/MISC/PER entities the gazetteer knows as a
   country or large place ("Washington" tagged PER in "les attaques de
   Washington"), minus designators ("province d'al-Anbar" -> "al-Anbar"),
   demonyms ("Américains") and adjectival abbreviations ("militaires US");
3. a gazetteer scan of capitalised words that NER missed ("Al-Anbar" in a
   title), accepted only for countries, large cities and places of a country
   the article already names.

A piece of a hyphenated name is no place ("Eau" of "Eau-Vive"); a hyphenated
LOC the gazetteer lacks ("Lac-Berthiaume") is a place by its shape, put in the
country the article names most, without coordinates.

Each mention is resolved in two passes: homonyms are ranked by their prior
(population, kind), a designator ("province de", "ville de"), then by the
countries the article names (places and demonyms), the continent it names
(or most of its countries lie in) and by proximity to its other places. A
capitalised common noun that is a region or town of a country the article
never names ("le centre du Plateau" in an Ivorian story) is dropped. Places
standing for a government ("Washington a annoncé", "les attaques de Tel-Aviv")
are flagged ``metonymic``.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.analyzers.entities import operation_names
from newsloupe.geo.gazetteer import Gazetteer, Place, get_gazetteer, norm_key
from newsloupe.ingest.text import is_form_line
from newsloupe.lang import SPACY_LANGUAGES, load_common, load_data

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsloupe.model import Analysis, Entity
    from newsloupe.nlp import Parsed

ORG_NAME_MIN = 2  # NER's ORG tags of one name, none LOC, that make it an organisation's name (stop 44)
_INCLUSIVE_AFTER = re.compile(r"[·•][a-zà-ÿ]")  # « Suisse·sse·s »: inclusive writing's middle dot after the name
_UPPER = "A-ZÀ-ÖØ-ÞĄĆČĎĘĚŁŃŇŐŒŘŚŞŠŤŮŰŹŻŽİА-ЯЁ"
_WORD = rf"[{_UPPER}][\w’'.]*(?:-[\w’']+)*"
# A name with Arabic particles, never split: "Aïn al-Assad", "Deir ez-Zor" (not "Aïn", a French department).
_PART = rf"{_WORD}(?:\s+(?:al|el|ad|ar|as|an|az|ash|at|ed|es|ez)-{_WORD})*"
# A run of capitalised words, possibly joined by "de", "of"...: "Provence-Alpes-Côte d'Azur", "Isle of Man".
_RUN = re.compile(rf"{_PART}(?:(?:\s+(?:de la|de l['’]|du|des|de|d['’]|of the|of)\s*|\s+){_PART})*")
_PART_RE = re.compile(_PART)
_AXIS = re.compile(rf"[{_UPPER}][\w’']{{2,}}(?:-[{_UPPER}][\w’']{{2,}})+")  # "Berlin-Paris"
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+$")  # the word right before a position, then spaces


@cache
def _after_given() -> re.Pattern[str]:
    """A capitalised word and the next one, with name particles (``name_particles`` of lang/en/places.json, read in
    every language: "von", "van") or initials between: a given name and a surname (not "di", "de": "San Paolo di
    Milano")."""
    particles = "|".join(re.escape(w) for w in load_data("en", "places").get("name_particles", []))
    between = rf"(?:{particles}|[A-Z]\.)" if particles else r"[A-Z]\."
    return re.compile(rf"(?<![\w’'])(?=([{_UPPER}][\w’']+)(?:[ \u00a0]+{between})*[ \u00a0]+([{_UPPER}][\w’']+))")


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-ZÀ-Þ]|(?:and|or|et|ou|und|oder|e|o|i|lub|и|или)\s)")
_APPOSED = r"\s*(?:,|\()\s*(?:(?:{links})\s+)?({word}(?:[ \-]{word})*)"  # ", Estonia", " (Mali)", ", in Spain"
_LEAD_WORD = re.compile(r"(\w+['’]?)\s*(?=[A-ZÀ-Þ])")
_INITIALS_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_POSSESSIVE = re.compile(r"\w['’]s$")
_SENTENCE_CUT = re.compile(r"\.\s+(?=[A-Z])|\n")
# one to three lowercase words right after a name, each ending a candidate longer name ("Amérique| latine")
_LOWER_RUN = re.compile(r"(?:[ \u00a0](?:d[eu][ \u00a0]|de[ \u00a0]l['’]|des[ \u00a0])?[a-zà-ÿ][\w’'-]*)")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|az|ash|at|ed|es)[-\s]+(?=\w{3})", re.IGNORECASE)
# (a dialogue dash at a line's start opens a sentence too: "— Еда …", an interview's answer)
_SENTENCE_START = re.compile(r"(?:^|[.!?«»\"“”:\n]\s*|^\s*|\n[ \t]*[—–][ \t]*)$")
# A lowercase article right before a mention: "l'Empire", "la Cour" are common nouns, not small towns.
_ARTICLE_BEFORE = re.compile(r"(?:\bl['’]|\b(?:la|le|les|du|des|au|aux|the)\s)$", re.IGNORECASE)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "UVs", "ONGs"
_CAMEL = re.compile(r"[a-z][A-Z]")  # "SoFi", "PlayStation": a brand's inner capital
_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-Z]")  # a capitalised word right after a position
_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ", "AUX", "VERB", "NUM", "PART"})
# Priorities: a pattern beats an entity, which beats a scan hit.
_PRIORITY = {"pattern": 0, "ner": 1, "gazetteer": 2}
# A city of this many inhabitants, a capital or a seat may speak for a government ("Washington said"); a smaller
# town subject of "said" is a person.
METONYMY_POPULATION = 300_000
SHORT_NAME = 5  # letters: a word this short taken for another spelling of a capital is often a common word
# a name the gazetteer lacks that the text places ("Xilingol in …"): words of letters (the NER span's, most of them
# capitalised; "al-Hasakah" too), no digits
_LOCATED_NAME = re.compile(r"[^\W\d_][^\W\d_’'-]*(?:[\s-][^\W\d_][^\W\d_’'-]*)*")
_WORD_RUN = re.compile(r"[\w-]+")  # a word as `_lowercase_word` reads it (hyphens inside)


_CLOSED_CLASS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "PUNCT"})
_TAGGING_PIPES = frozenset({"tok2vec", "morphologizer", "tagger", "attribute_ruler"})


# another capitalised word or two, then the next word (a venue's head word is looked up in the language's list)
_VENUE_AFTER = re.compile(r"[ \u00a0]+[A-Z][\w’'-]*(?:[ \u00a0]+([A-Z][\w’'-]*))?[ \u00a0]+([\w-]+)")


@dataclass(frozen=True)
class _Rules:
    """The place data of one language, compiled."""

    articles: tuple[str, ...]
    designator_before: dict[str, re.Pattern[str]]
    designator_inside: dict[str, re.Pattern[str]]
    designator_after: dict[str, re.Pattern[str]]
    designator_words: frozenset[str]  # the designators after a name, lower case ("county": "Taos County")
    demonyms: dict[str, str]
    adjectival: frozenset[str]
    metonymy_heads: frozenset[str]
    verbs_excluded: frozenset[str]
    not_places: frozenset[str]
    scan_stop: frozenset[str]
    # prepositions that make a scan_stop word a place after all: "in Essen", "w Premier"... (not "Essen und Trinken")
    stop_lifted: frozenset[str]
    locative: frozenset[str]
    inside: frozenset[str]  # "in", « à »: a word before a name that puts something in that place
    city_prep: frozenset[str]
    home_countries: frozenset[str]
    determiners: frozenset[str]
    country_names: frozenset[str]
    person_titles: frozenset[str]
    quarter_before: re.Pattern[str]
    quarter_after: re.Pattern[str]
    apposed: re.Pattern[str]
    name_shape: re.Pattern[str]
    # (ending, replacement) pairs that undo a case ending when the form as written names nothing
    # ("w Warszawie" -> "Warszawa", "в Берлине" -> "Берлин"), tried in order
    inflections: tuple[tuple[str, str], ...]
    # German capitalises every noun: a word the scan finds is a town only by its main name or exonym, and large
    noun_capitals: bool
    untagged: bool  # no spaCy pipeline: no entities, no parts of speech
    stop_words: frozenset[str]  # the language's function words (spaCy's list): "Dabei", "Chi", "Jej" are no towns
    # given names of the language beyond lang/common/first_names.json ("Rafał", "Сергей"), folded
    given_names: frozenset[str]
    # last words of outlet names ("Times", "Post"): a place right before one names a newspaper ("Los Angeles
    # Times"), with English ones (lang/en) in every language
    outlet_heads: frozenset[str] = frozenset()
    venue_after: frozenset[str] = frozenset()
    # possessives and adverbs after which a capitalised word is a common noun ("leur Versailles", "très Versailles")
    noun_before: frozenset[str] = frozenset()
    # endings of adjectives that undoing a case ending would turn into a place ("Polskie" -> "Polska")
    adjective_endings: tuple[str, ...] = ()
    # what joins two names of one list (a comma, "et", "and"), then the article or preposition of the second one
    list_join: re.Pattern[str] | None = None
    list_det_before: re.Pattern[str] | None = None  # the article or preposition right before a name
    list_prepositions: frozenset[str] = frozenset()
    # names this language also gives another country (or town) than the gazetteer's reading ("Congo": the DRC in
    # English; « Monaco »: Munich in Italian, "city:DE:Munich")
    also_names: tuple[tuple[str, str], ...] = ()
    # words that say the next (or, after, the previous) name is a group of islands (« les îles », "Islands"): a
    # town of that name is a homonym
    island_before: frozenset[str] = frozenset()
    island_after: frozenset[str] = frozenset()
    # the language's own script ("Краснодар" in Russian): the gazetteer's main names are Latin transliterations,
    # so a name written in it is the town's own name in this language, as good as its main one
    own_script: re.Pattern[str] | None = None
    # German: a preposition or a town noun right before a home country's town of ``town_before_population`` people
    # or more, named by its main name ("in Passau", "die Stadt Passau"), unless the name is a common noun too
    town_before: frozenset[str] = frozenset()
    town_before_population: int = 0
    # a city this small and no locative word before it may be a common word's other name (``_common_word``)
    common_word_population: int = 0
    well_known_region: float = float("inf")  # a region this well ranked is that region, whatever a lexicon says
    noun_towns: frozenset[str] = frozenset()
    # common words that name a town or a country too ("Green", "Orange", "Chili"): a place only after a locative
    word_names: frozenset[str] = frozenset()
    # compass words that name a region alone ("Eastern", a Zambian province) and begin longer names ("Eastern
    # Michigan"): no place when a capitalised word follows
    compass_words: frozenset[str] = frozenset()
    # last words of a street's name ("Street", "Avenue"): a place NER found that the gazetteer lacks and that ends
    # with one ("Toulouse Street") is a street, and its other words name no town
    street_words: frozenset[str] = frozenset()
    # words between a name the gazetteer lacks and a place that puts it there ("Xilingol in Inner Mongolia")
    located_in: re.Pattern[str] | None = None
    # names of towns that are also other things a sentence's words tell (Jupiter the planet, Brent the oil grade):
    # (folded names, the words' pattern) pairs; the town is refused when its sentence holds one of the words
    homonym_contexts: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = ()
    # words for a district of a city ("dystrykt", "район"): the name after one is no province or state
    district_before: frozenset[str] = frozenset()


def inflect_demonym(word: str) -> list[str]:
    """French demonym forms from the masculine singular (English ones are listed whole)."""
    if word.endswith(("s", "x")):
        return [word, word + "e", word + "es"]
    if word.endswith("e"):
        return [word, word + "s"]
    if word.endswith(("ien", "éen", "en")):
        return [word, word + "ne", word + "s", word + "nes"]
    return [word, word + "e", word + "s", word + "es"]


def _list_rules(data: dict[str, Any]) -> dict[str, Any]:
    """The list patterns of a language's ``list_joins``, ``list_articles`` and ``list_prepositions``."""
    joins = [w for w in data.get("list_joins", []) if w != ","]
    dets = data.get("list_articles", []) + data.get("list_prepositions", [])
    if not dets and not joins:
        return {}
    det = "|".join(
        re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s") for w in sorted(dets, key=len, reverse=True)
    )
    words = "|".join(re.escape(w) for w in joins)
    return {
        "list_join": re.compile(
            rf"\s*(?:,|\b(?:{words})\b)\s*(?P<det>(?:{det})\s*)?" if words else rf"\s*,\s*(?P<det>(?:{det})\s*)?",
            re.IGNORECASE,
        ),
        "list_det_before": re.compile(rf"(?:^|\W)(?P<det>{det})\s*$", re.IGNORECASE) if dets else None,
        "list_prepositions": frozenset(w.lower() for w in data.get("list_prepositions", [])),
    }


def _role_phrase(name: str, titles: frozenset[str]) -> bool:
    """Whether a person's canonical name opens with a title, a role NER tagged a person (« Président de la
    Moldavie »), not a name."""
    return name.split()[0].lower().rstrip(".") in titles


@cache
def _rules(lang: str) -> _Rules:
    data = load_data(lang, "places") or load_data("en", "places")
    links = "|".join(re.escape(x) for x in data.get("designator_links", []))
    before: dict[str, re.Pattern[str]] = {}
    inside: dict[str, re.Pattern[str]] = {}
    for kind, words in data.get("designators", {}).items():
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        before[kind] = re.compile(rf"(?:^|\W)(?:{alt})\s+(?:{links})?\s*$")
        inside[kind] = re.compile(rf"^(?:{alt})\s+(?:{links})\s*")
    after = {
        kind: re.compile(r"^\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b")
        for kind, words in data.get("designators_after", {}).items()
    }
    demonyms: dict[str, str] = {}
    for cc, words in data.get("demonyms", {}).items():
        for w in words:
            for form in inflect_demonym(w) if lang == "fr" else [w]:
                demonyms.setdefault(form.lower(), cc)
    met = data.get("metonymy", {})
    return _Rules(
        articles=tuple(data.get("articles", [])),
        designator_before=before,
        designator_inside=inside,
        designator_after=after,
        designator_words=frozenset(w.lower() for ws in data.get("designators_after", {}).values() for w in ws),
        demonyms=demonyms,
        adjectival=frozenset(data.get("adjectival", [])),
        metonymy_heads=frozenset(met.get("heads", [])),
        verbs_excluded=frozenset(met.get("verbs_excluded", [])),
        not_places=frozenset(norm_key(x) for x in data.get("not_places", [])),
        scan_stop=frozenset(norm_key(x) for x in data.get("scan_stop", [])),
        stop_lifted=frozenset(w.lower() for w in data.get("scan_stop_lifted_after", [])),
        locative=frozenset(w.lower() for w in data.get("locative_before", [])),
        inside=frozenset(w.lower() for w in data.get("inside_before", [])),
        city_prep=frozenset(data.get("city_preposition", [])),
        home_countries=frozenset(data.get("home_countries", [])),
        determiners=frozenset(data.get("determiners", [])),
        country_names=frozenset(data.get("demonym_countries", [])),
        person_titles=frozenset(
            t.lower().rstrip(".") for t in (load_data(lang, "entities") or {}).get("person_titles", [])
        ),
        quarter_before=re.compile(rf"(?:^|\W)(?:{_alt(data.get('quarter_before', []))})\s*$", re.IGNORECASE),
        quarter_after=re.compile(rf"^\s+(?:{_alt(data.get('quarter_after', []))})\b"),
        apposed=re.compile(_APPOSED.format(links=_alt(data.get("apposition_links", [])), word=_WORD)),
        **_list_rules(data),
        also_names=tuple((norm_key(k), v) for k, v in data.get("also_names", {}).items()),
        # "Lac-Berthiaume", "Cormeilles-sur-Loire": capitalised parts joined by hyphens (and connectors)
        name_shape=re.compile(
            rf"[{_UPPER}][\w’']{{2,}}(?:-(?:(?:{_alt(data.get('hyphen_connectors', []))})-)?[{_UPPER}][\w’']{{2,}})+"
        ),
        inflections=tuple((a, b) for a, b in data.get("inflections", [])),
        noun_capitals=bool(data.get("noun_capitals")),
        untagged=lang not in SPACY_LANGUAGES,
        stop_words=_stop_words(lang) if lang not in SPACY_LANGUAGES else frozenset(),
        given_names=_first_names() | frozenset(norm_key(n) for n in data.get("given_names", [])),
        outlet_heads=frozenset(data.get("outlet_heads", []))
        | frozenset(load_data("en", "places").get("outlet_heads", [])),
        noun_before=frozenset(w.lower() for w in data.get("noun_before", [])),
        adjective_endings=tuple(data.get("adjective_endings", [])),
        island_before=frozenset(w.lower() for w in data.get("island_before", [])),
        island_after=frozenset(w.lower() for w in data.get("island_after", [])),
        venue_after=frozenset(w.lower() for w in data.get("venue_after", [])),
        own_script=re.compile(data["own_script"]) if data.get("own_script") else None,
        town_before=frozenset(w.lower() for w in data.get("town_before", [])),
        town_before_population=int(data.get("town_before_population", 0)),
        common_word_population=int(data.get("common_word_population", 0)),
        well_known_region=float(data.get("well_known_region_rank", "inf")),
        noun_towns=frozenset(norm_key(x) for x in data.get("noun_towns", [])),
        word_names=frozenset(norm_key(x) for x in data.get("word_names", [])),
        compass_words=frozenset(norm_key(x) for x in data.get("compass_words", [])),
        street_words=frozenset(norm_key(x) for x in data.get("street_words", [])),
        located_in=re.compile(data["located_in"]) if data.get("located_in") else None,
        homonym_contexts=tuple(
            (
                frozenset(norm_key(n) for n in h["names"]),
                re.compile(rf"(?<!\w)(?:{_alt(h['words'])})(?!\w)", re.IGNORECASE),
            )
            for h in data.get("homonym_contexts", [])
        ),
        district_before=frozenset(w.lower() for w in data.get("district_before", [])),
    )


def _stop_words(lang: str) -> frozenset[str]:
    """The stop words spaCy ships for a language (its blank pipeline's defaults; none when it has no such language)."""
    try:
        from spacy.util import get_lang_class

        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except (ImportError, KeyError, AttributeError):
        return frozenset()


@cache
def _first_names() -> frozenset[str]:
    """Given names (``lang/common/first_names.json``), folded: "Joseph Staline", "Jan Kowalski" name people."""
    given = load_common("first_names") or {}
    return frozenset(norm_key(n) for g in ("f", "m") for n in given.get(g, []))


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first; never matches when ``words`` is empty."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@dataclass
class _Mention:
    start: int
    end: int
    source: str
    lang: str
    cands: list[tuple[Place, float]] = field(default_factory=list)
    kind_hint: str | None = None
    constraint: str | None = None  # an ISO 3166-2 code the place must lie in
    strict: bool = False  # scan hits and non-LOC entities: accept only well-known places
    famous: bool = False  # a PER/ORG/MISC entity taken for a place: countries, capitals, big cities only
    kicker: bool = False  # "Thiers : le conseil municipal…" at the head of a paragraph
    dateline: bool = False  # "KIEV, 22 mars (AFP) -"
    apposed: bool = False  # "Tapa, Estonia", "Tombouctou (Mali)": the country is given beside the name
    quarter: bool = False  # "le quartier de X", "the X district": a part of a city the article names
    shape: bool = False  # "Lac-Berthiaume": unknown to the gazetteer, but a place name by its shape
    host_at: int | None = None  # "Xilingol in Inner Mongolia": where the place that holds an unknown name starts
    main: bool = True  # whether the chosen place bears the name as a main name (not a local or old spelling)
    sentence_start: bool = False
    inside: bool = False  # a piece of a longer non-place entity ("Russkiy" of the MISC "Russkiy mir")
    base: str | None = None  # the name without its case ending ("Warszawie": "Warszawa"), when it had one
    best: Place | None = None
    score: float = 0.0
    confidence: float = 0.0


def _para_lang(analysis: Analysis, pos: int) -> str:
    paras = analysis.paragraphs
    # Paragraphs are in text order and do not overlap: the one holding pos, if any, is the
    # last one starting at or before it (by bisection: a text can have thousands of lines).
    i = bisect.bisect_right(paras, pos, key=lambda p: p.start) - 1
    if i >= 0 and paras[i].start <= pos < paras[i].end:
        return paras[i].attrs.language or analysis.language or "fr"
    return analysis.language or "fr"


def _variants(name: str) -> list[tuple[str, float]]:
    """Spellings to look up, each with a penalty: as written, without an Arabic article, with "al-"."""
    out = [(name, 0.0)]
    stripped = _ARABIC_ARTICLE.sub("", name)
    if stripped != name:
        out.append((stripped, 0.3))
    elif " " not in name and "-" not in name:
        out.append(("al " + name, 0.5))
    return out


def _candidates(gaz: Gazetteer, name: str, *, acronym: bool = True) -> list[tuple[Place, float]]:
    """The places a name may be, each with its prior; a name in capitals ("SUV") only those bearing that form
    as an abbreviation or a main name (``acronym``; a dateline's "KIEV" is a city whatever its spelling)."""
    seen: dict[int, tuple[Place, float]] = {}
    for variant, penalty in _variants(name):
        for place, main in gaz.lookup(variant, acronym=acronym):
            base = place.rank + (1.0 if main else 0.0) - penalty
            if place.id not in seen or seen[place.id][1] < base:
                seen[place.id] = (place, base)
        if seen and penalty == 0.0:
            break
    return list(seen.values())


@cache
def _ap_label() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The Associated Press's party-state label ("R-N.C.") as one pattern over the states' abbreviations (longest
    first), with the abbreviations' state codes; None when ``places_aliases`` gives none (built once a process)."""
    common = load_common("places_aliases")
    ap_states: dict[str, str] = common.get("ap_states", {})
    ap_pattern = common.get("party_state_ap")
    if not ap_pattern or not ap_states:
        return None
    alts = "|".join(re.escape(a) for a in sorted(ap_states, key=len, reverse=True))
    return re.compile(ap_pattern.replace("{ap}", alts)), ap_states


class _Finder:
    """Finds and resolves the place mentions of one article."""

    def __init__(self, parsed: Parsed, analysis: Analysis) -> None:
        self.parsed = parsed
        self.analysis = analysis
        self.text = analysis.text
        self.gaz = get_gazetteer()
        self.common = load_common("places_aliases")
        self.mentions: list[_Mention] = []
        self.taken = bytearray(len(self.text))
        self.words = [w.lower() for w in re.findall(r"\w+(?:-\w+)*", self.text)]
        self._demonym_ccs: list[str] | None = None  # the country of each demonym among ``words``
        self.on_continent: frozenset[str] = frozenset()  # the countries of the continents the article names
        self._surnames: frozenset[str] | None = None  # words the article writes after a given name (folded)
        self._lower_words: frozenset[str] | None = None  # words the article writes in lower case (review 46a)
        # « l'opération Triton »: an operation's names are no places anywhere in the article
        self.operations = operation_names(self.text, analysis.language or "en")
        self.org_names: frozenset[str] = frozenset()  # names NER tags ORG at least twice and never LOC (folded)

    # --- finding --------------------------------------------------------

    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def _add(self, m: _Mention) -> None:
        if m.end > m.start and self._free(m.start, m.end):
            self.mentions.append(m)
            self.taken[m.start : m.end] = b"\x01" * (m.end - m.start)

    def find_patterns(self) -> None:
        pattern = self.common.get("party_state")
        if pattern:
            for match in re.finditer(pattern, self.text):
                region = self.gaz.by_code(f"US-{match.group('state')}")
                if region is not None:
                    s, e = match.span("state")
                    self._add(_Mention(s, e, "pattern", _para_lang(self.analysis, s), cands=[(region, 9.0)]))
        ap = _ap_label()
        if ap is not None:  # "Rep. Mark Doe, R-N.C., said": the Associated Press's party-state label
            ap_pattern, ap_states = ap
            for match in ap_pattern.finditer(self.text):
                region = self.gaz.by_code(f"US-{ap_states[match.group('state')]}")
                if region is not None:
                    s, e = match.span("state")
                    self._add(_Mention(s, e, "pattern", _para_lang(self.analysis, s), cands=[(region, 9.0)]))
        dateline = self.common.get("dateline")
        if dateline:  # "KIEV, 22 mars (Agence) -", "TOMBOUCTOU (Mali), 17 avril": the reporter's city, any size
            for match in re.finditer(dateline, self.text, re.MULTILINE):
                m = self._mention(*match.span("place"), "pattern", strict=False)
                if m is not None:
                    m.dateline = True
                    self._add(m)

    def _country_named(self, name: str) -> str | None:
        """The country ``name`` is a name of ("Estonia", "Mali"), else None."""
        for place, main in self.gaz.lookup(name):
            if place.kind == "country" and main:
                return place.country
        return None

    def _world_region(self, name: str) -> bool:
        """Whether ``name`` is a continent or an ocean ("Asia", "Pacific"): "Asia-Pacific" is no town's name."""
        return any(place.kind == "other" and place.country is None and main for place, main in self.gaz.lookup(name))

    @staticmethod
    def _listed_country(m: _Mention, cc: str) -> bool:
        """Whether ``m`` names a country far better than its namesake in ``cc`` ("US" before ", France": the
        country, not the commune "Us" in France)."""
        country = max((p.rank for p, _ in m.cands if p.kind == "country"), default=None)
        there = max((p.rank for p, _ in m.cands if p.country == cc and p.kind != "country"), default=None)
        return country is not None and there is not None and country >= there + 1.0

    def _apposition(self, m: _Mention, rules: _Rules) -> None:
        """ "Tapa, Estonia", "Tombouctou (Mali)": a country right after the name picks the homonym there;
        "Lima, Ohio": so does a region (a first-level subdivision) that one of the homonyms lies in."""
        match = rules.apposed.match(self.text[m.end : m.end + 40])
        if not match:
            return
        cc = self._country_named(match.group(1))
        if cc and self._listed_country(m, cc):
            return  # "the US, France and Germany": a country listed before another, not the commune "Us" in France
        if cc and any(p.country == cc and p.kind != "country" for p, _ in m.cands):
            m.constraint = m.constraint or cc
            m.apposed = True
            return
        if cc is None and m.constraint is None:
            regions = {p.admin1_code for p, main in self.gaz.lookup(match.group(1)) if p.kind == "region" and main}
            inside = [p.admin1_code for p, _ in m.cands if p.admin1_code in regions and p.kind != "region"]
            if inside:
                m.constraint, m.apposed = inside[0], True
            elif (
                all(p.kind == "city" and p.rank < 3.0 for p, _ in m.cands)
                and not _LIST_GOES_ON.match(self.text, m.end + match.end())
                and any(p.kind == "region" and p.rank >= 3.0 for p, main in self.gaz.lookup(match.group(1)) if main)
            ):
                # "Alexandra, Virginia": a small town with no namesake in the state said beside it, so none abroad
                # either; not a list ("Texas, Oklahoma and Kansas", "Chicago, Texas and Ohio": the list goes on)
                m.cands = []

    def _trim(self, start: int, end: int, rules: _Rules) -> tuple[int, int, str | None]:
        """Strip designators, a leading preposition ("en Irak"), a possessive ("Aleppo's") and trailing
        punctuation from a mention; RETURNS (start, end, kind hint)."""
        text = self.text
        hint = None
        lead = _LEAD_WORD.match(text[start:end])
        if lead and lead.group(1).lower() in rules.locative and lead.end() < end - start:
            start += lead.end()  # NER took the preposition in: "en Irak"
        for kind, pattern in rules.designator_inside.items():
            m = pattern.match(text[start:end])
            if m and m.end() < end - start:
                hint = kind
                start += m.end()
                break
        while end > start and text[end - 1] in ".,;:!?»)\"' \u00a0" and not _INITIALS_END.search(text[start:end]):
            end -= 1
        possessive = _POSSESSIVE.search(text[start:end])
        if possessive and end - start > 4:
            end -= 2
        return start, end, hint

    def _context_hint(self, start: int, end: int, rules: _Rules) -> str | None:
        before = self.text[max(0, start - 40) : start]
        for kind, pattern in rules.designator_before.items():
            if pattern.search(before):
                return kind
        after = self.text[end : end + 20]
        for kind, pattern in rules.designator_after.items():
            if pattern.search(after):
                return kind
        return None

    def _is_adjectival(self, start: int, end: int, rules: _Rules) -> bool:
        """ "militaires US", "US Capitol": a country abbreviation used as an adjective is not a place."""
        if self.text[start:end] not in rules.adjectival:
            return False
        prev = self._word_before(start)
        if prev and prev.islower() and prev not in rules.locative | rules.determiners:
            return True  # postposed, after a noun: "les militaires US"
        tok = self._token(start, end)
        if tok is not None and tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
            return True
        nxt = re.match(r"[ \u00a0]+([A-Z]\w*)", self.text[end : end + 30])
        return nxt is not None and norm_key(nxt.group(1)) not in rules.scan_stop | {"and", "et"}

    def _extend(self, m: _Mention) -> None:
        """ "Washington, DC", "Paris, TX": take the state into the mention and into the resolution."""
        suffix = self.common.get("city_state_suffix")
        if not suffix:
            return
        match = re.match(suffix, self.text[m.end : m.end + 12])
        if not match:
            return
        state = match.group("state").replace(".", "").replace(" ", "")
        code = f"US-{state}"
        if any(p.admin1_code == code for p, _ in m.cands):
            m.constraint = code
            m.end += match.end()

    def _mention(self, start: int, end: int, source: str, *, strict: bool, hint: str | None = None) -> _Mention | None:
        lang = _para_lang(self.analysis, start)
        rules = _rules(lang)
        start, end, inner_hint = self._trim(start, end, rules)
        name = self.text[start:end]
        key = norm_key(name)
        if not key or key in rules.not_places or self._is_adjectival(start, end, rules):
            return None
        if key in rules.word_names and (self._word_before(start) or "").lower() not in rules.inside:
            return None  # "Green vegetables", "Chili sauce"; but "in Orange"
        if (self.text[end : end + 1] == "-" or self.text[start - 1 : start] == "-") and self._fragment(start, end):
            return None
        if name.startswith("-") or name.endswith("-"):
            return None  # "-Bas" of « la France d'En-Bas »: a piece cut out of a hyphenated word
        cands = _candidates(self.gaz, name, acronym=source != "pattern")
        for key, code in rules.also_names:  # "Congo" in English: the DRC too, the article's context decides
            extra = self._also(code) if key == norm_key(name) and cands else None
            if extra is not None and all(p.id != extra.id for p, _ in cands):
                cands.append((extra, extra.rank + 1.0))
        if name.lower() in rules.demonyms and name not in rules.country_names:
            return None  # "Américains"; but "Argentine" is a country as well as a demonym
        if not cands:  # "L'Irak", "la Syrie": an article the name does not start with ("La Rochelle" does)
            art = next((a for a in rules.articles if name.lower().startswith(a) and len(name) > len(a) + 1), None)
            if art is not None:
                start += len(art)
                name = self.text[start:end]
                cands = _candidates(self.gaz, name)
        base = None
        if not cands and " " not in name:  # "w Warszawie", "в Берлине": the name under a case ending
            base, cands = self._uninflected(name, rules)
            if base is not None and norm_key(base) in rules.not_places:
                return None  # "при Брежневе": a person's name under a case ending, an old name of a town
        quarter = self._is_quarter(start, end, rules)
        # a quarter NER found, or a place name by its shape ("Lac-Berthiaume") the gazetteer lacks
        shape = (
            not cands
            and source == "ner"
            and not strict
            and rules.name_shape.fullmatch(name) is not None
            # "Autriche-Hongrie", "Asia-Pacific": parts naming a country or a continent
            and not any(self._country_named(part) or self._world_region(part) for part in re.split(r"[-\s]+", name))
        )
        # a place NER found that the gazetteer lacks, followed by where it lies ("Xilingol in Inner Mongolia")
        host = (
            rules.located_in.match(self.text, end)
            if not cands and not shape and source == "ner" and not strict and rules.located_in is not None
            else None
        )
        if host is not None and (
            not _LOCATED_NAME.fullmatch(name) or self._country_named(name) or self._world_region(name)
        ):
            host = None  # ("Interstate 94 in Detroit": a road; a name with digits is no town)
        shape = shape or host is not None
        if not cands and not shape and not (quarter and source == "ner" and not strict):
            return None
        m = _Mention(
            start,
            end,
            source,
            lang,
            cands=cands,
            strict=strict,
            quarter=quarter,
            shape=shape and not quarter,
            host_at=host.end() if host is not None and not quarter else None,
            kind_hint=hint or inner_hint or self._context_hint(start, end, rules),
            base=base,
        )
        before = self.text[max(0, start - 3) : start]
        if any(before.endswith(p + " ") for p in rules.city_prep):
            m.kind_hint = m.kind_hint or "city_soft"
        m.sentence_start = bool(_SENTENCE_START.search(self.text[max(0, start - 3) : start]))
        self._extend(m)
        if m.constraint is None and m.cands:
            self._apposition(m, rules)
        return m

    def _also(self, code: str) -> Place | None:
        """The place an ``also_names`` entry gives: a code ("CD", "DE-BY") or a town as "city:CC:Main name"
        (« Monaco »: Munich in Italian, the article's context decides)."""
        if not code.startswith("city:"):
            return self.gaz.by_code(code)
        _, cc, main = code.split(":", 2)
        return next(
            (p for p, is_main in self.gaz.lookup(main) if is_main and p.kind == "city" and p.country == cc), None
        )

    def _uninflected(self, name: str, rules: _Rules) -> tuple[str | None, list[tuple[Place, float]]]:
        """The first base form of ``name`` that names a place, by the language's case endings, and its candidates
        (a little below a form as written); (None, []) when none does."""
        if name.lower().endswith(rules.adjective_endings):
            return None, []  # "Polskie" ("Polish"): an adjective, not "Polska" under a case ending
        for ending, repl in rules.inflections:
            if name.endswith(ending) and len(name) - len(ending) >= 3:
                base = name[: len(name) - len(ending)] + repl
                cands = _candidates(self.gaz, base)
                if cands:
                    country = {p.id for p, is_main in self.gaz.lookup(base) if is_main and p.kind == "country"}
                    if country:  # "Бразилии" -> "Бразилия": Brazil's own name, not an old spelling of Brasília
                        cands = [(p, b) for p, b in cands if p.id in country]  # ("Самару": the city still)
                    return base, [(p, b - 0.3) for p, b in cands]
        return None, []

    def _fragment(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a piece of a hyphenated name: "Eau" of « Coalition Eau-Vive »
        (but "Montreal-based", "anti-Kiev" name the place, and "the Kenya-Uganda border" two places)."""
        text = self.text
        if end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper():
            other = re.match(r"[\w’']+", text[end + 1 : end + 40])
        elif start > 1 and text[start - 1] == "-" and text[start - 2].isupper():
            other = re.search(r"[\w’']+$", text[max(0, start - 40) : start - 1])
        else:
            return False
        return other is None or not self.gaz.lookup(other.group(0))

    def _is_quarter(self, start: int, end: int, rules: _Rules) -> bool:
        """ "le quartier de Salaheddine", "the Midan district": a part of a city, not a homonym elsewhere."""
        return bool(
            rules.quarter_before.search(self.text[max(0, start - 30) : start])
            or rules.quarter_after.match(self.text[end : end + 20])
        )

    def find_entities(self, entities: list[Entity]) -> None:
        # "Toyota says", "Toyota's new SUV": a name tagged an organisation again and again, never a place, is a
        # company or a body, not the town of that name
        orgs = Counter(norm_key(e.text) for e in entities if e.label == "ORG")
        locs = {norm_key(e.text) for e in entities if e.label == "LOC"}
        names = {norm_key(e.text): e.text for e in entities if e.label == "ORG"}
        inside = _alt(sorted(_rules(self.analysis.language or "en").inside))
        self.org_names = frozenset(
            k
            for k, n in orgs.items()
            if n >= ORG_NAME_MIN
            and k not in locs
            # "parishes in Osorno", "into Malmö": somewhere the text puts something in it, a place after all
            and not re.search(rf"(?i:\b(?:{inside}))\s+(?:the\s+)?{re.escape(names[k])}\b", self.text)
        )
        # "Obama", "Clinton" tagged LOC are the people the article names in full elsewhere.
        canon = {id(e): _canonical(e) for e in entities}
        surnames = {canon[id(e)].split()[-1] for e in entities if e.label == "PER" and " " in canon[id(e)]}
        titles = _rules(self.analysis.language or "en").person_titles
        # the words of persons' names; not of a role NER tagged a person (« Président de la Moldavie »: the country
        # is no word of a name there)
        person_words = {
            w
            for e in entities
            if e.label == "PER" and " " in canon[id(e)] and not _role_phrase(canon[id(e)], titles)
            for w in canon[id(e)].split()
        }
        # the other words of a name that opens with a given name ("Joseph Staline"): that person's name
        given = _first_names()
        named = {
            w
            for e in entities
            if e.label == "PER" and " " in canon[id(e)] and norm_key(canon[id(e)].split()[0]) in given
            for w in canon[id(e)].split()[1:]
        }
        for ent in sorted(entities, key=lambda e: (e.start, -e.end)):
            if not self._free(ent.start, ent.end) or (ent.label == "LOC" and ent.text in surnames):
                continue
            start, end = ent.start, ent.end
            cut = _SENTENCE_CUT.search(self.text[start:end])
            if cut:  # "Saint-Rémy-sur-Durolle. Photo Le Courrier": NER ran over the end of a sentence
                end = start + cut.start()
            end = self._longer_name(start, end)
            strict = ent.label != "LOC"
            famous = False
            if ent.label == "PER":
                rules = _rules(_para_lang(self.analysis, start))
                if self.text[start:end] in named:
                    continue  # "de Staline" after "Joseph Staline": a word of a person's full name is that person
                prev = re.search(r"(\w+)\W*$", self.text[max(0, start - 20) : start])
                if " " in ent.text or not prev or prev.group(1).lower() not in rules.locative:
                    # "urged Kiev to", "Mali's army": a one-word "person" that is a well-known place
                    if not self._maybe_place(ent, start, end, person_words, rules):
                        continue
                    famous = True
            if axis := self._axis(start, end):  # "l'axe Berlin-Paris": two towns, each its own place
                for s, e in axis:
                    if (part := self._mention(s, e, "ner", strict=strict)) is not None:
                        self._add(part)
                continue
            m = self._mention(start, end, "ner", strict=strict)
            if m is not None:
                m.famous = famous
                m.kicker = famous and self._is_kicker(m)
                self._add(m)
            elif ent.label in ("LOC", "MISC") or cut:  # "Aleppo's Salaheddine" (MISC), "base d'Aïn al-Assad"
                self._scan(start, end, source="ner", inside=ent.label != "LOC")

    def _axis(self, start: int, end: int) -> list[tuple[int, int]]:
        """ "Berlin-Paris", "Bruxelles-Strasbourg": hyphen-joined names the gazetteer lacks whole, each part a
        town's or country's main name (a route, an axis, a pair): the parts' spans ([] when it is no such pair)."""
        name = self.text[start:end]
        if not _AXIS.fullmatch(name) or _candidates(self.gaz, name):
            return []
        spans, at = [], start
        for part in name.split("-"):
            if not any(main and p.kind in ("city", "country") for p, main in self.gaz.lookup(part)):
                return []
            spans.append((at, at + len(part)))
            at += len(part) + 1
        return spans

    def _longer_name(self, start: int, end: int) -> int:
        """ "Amérique" tagged alone in « Amérique latine », "Asie" in « Asie centrale »: the end of the longest
        name the gazetteer knows as a main name that runs on from the entity over one to three lowercase words
        (the entity's own end when none does)."""
        # only a country or a world region runs on into a longer name (« Amérique latine », « Europe de l'Est »):
        # a town's name is not looked up again with the words after it
        if not any(p.kind in ("country", "other") for p, _main in self.gaz.lookup(self.text[start:end])):
            return end
        best = stop = end
        for _ in range(3):
            m = _LOWER_RUN.match(self.text, stop)
            if m is None:
                break
            stop = m.end()
            if any(main for _p, main in self.gaz.lookup(self.text[start:stop])):
                best = stop
        return best

    def _maybe_place(self, ent: Entity, start: int, end: int, person_words: set[str], rules: _Rules) -> bool:
        """Whether a PER entity may be a place NER mistook: one word, no other person's name, no title before."""
        name = self.text[start:end]
        canon = _canonical(ent)
        if " " in canon and _role_phrase(canon, rules.person_titles):
            canon = name  # « Moldavie » read as the short name of « Président de la Moldavie »: a role, not a name
        if " " in name or " " in canon or name in person_words or norm_key(name) in rules.scan_stop:
            return False
        prev = re.search(r"(\w+)\.?\s*$", self.text[max(0, start - 25) : start])
        return not (prev and prev.group(1).lower() in rules.person_titles)

    def _is_kicker(self, m: _Mention) -> bool:
        """ "Thiers : le conseil municipal vote…": a name heading a paragraph, then a colon."""
        line_start = m.start == 0 or self.text[m.start - 1] == "\n"
        return line_start and re.match(r"[ \u00a0]*:\s", self.text[m.end : m.end + 4]) is not None

    def _scan(self, start: int, end: int, *, source: str = "gazetteer", inside: bool = False) -> None:
        """Look capitalised word runs of ``text[start:end]`` up, whole first, then split at connectors.

        inside: the region is a non-place entity ("Russkiy mir", "Aleppo's Salaheddine"): what is found in it
            is a piece of that name, kept only when it is a well-known place or a region.
        """
        region = self.text[start:end]
        for run in _RUN.finditer(region):
            s, e = start + run.start(), start + run.end()
            if not self._free(s, e):
                continue
            if axis := self._axis(s, e):  # "Berlin-Paris" found by the scan (no parser in de/it/pl/ru)
                for ps, pe in axis:
                    if (part := self._mention(ps, pe, source, strict=True)) is not None:
                        part.inside = inside
                        self._add(part)
                continue
            m = self._mention(s, e, source, strict=True)
            if m is not None and (m.end - m.start) >= (e - s) - 3:
                m.inside = inside
                self._add(m)
                continue
            parts = list(_PART_RE.finditer(run.group(0)))
            if len(parts) < 2:
                continue
            rules = _rules(_para_lang(self.analysis, s))
            # a place LOC name the gazetteer lacks ("San Francisco Bay Area"): the longest run of its words it
            # knows first ("San Francisco"); then its other words are pieces of that name, kept only when
            # well-known places ("Bay" is no Indian village)
            if source == "ner" and norm_key(parts[-1].group(0)) in rules.street_words:
                continue  # "Toulouse Street": a street (of some town the text may not name), not the city
            found_window = source == "ner" and not inside and 2 < len(parts) <= 6 and self._window(s, parts, source)
            for k, part in enumerate(parts):
                ps, pe = s + part.start(), s + part.end()
                if k and norm_key(parts[k - 1].group(0)) in rules.given_names:
                    continue  # "Joseph Staline", "Ekspert Jan Kowalski": what follows a given name names a person
                if (
                    rules.untagged
                    and not self._place_then_full_name(run.group(0), parts, k, rules)
                    and (
                        self._name_pair(run.group(0), s, rules, part, parts[k + 1] if k + 1 < len(parts) else None)
                        or self._name_pair(run.group(0), s, rules, parts[k - 1] if k else None, part)
                    )
                ):
                    continue  # "Wladimir Putin", "Piero Amara" without NER: a person's given name and surname
                if self._free(ps, pe):
                    pms = [self._mention(a, b, source, strict=True) for a, b in self._axis(ps, pe) or [(ps, pe)]]
                    for pm in filter(None, pms):
                        # a word of a place name the gazetteer lacks ("Post Malone", tagged a place): a piece of that
                        # name, kept only when well known
                        pm.inside = inside or found_window or source == "ner" or self._title_run(s, parts, k, rules)
                        self._add(pm)

    def _title_run(self, s: int, parts: list[re.Match[str]], k: int, rules: _Rules) -> bool:
        """Whether ``parts[k]`` of a capitalised run the gazetteer does not know whole (starting at ``s``) stands
        beside a capitalised content word ("Net Worth", "Buy Gold"): in a tagged language, a piece of a title or a
        name, kept only when well known."""
        if rules.untagged:
            return False
        for j in (k - 1, k + 1):
            if 0 <= j < len(parts):
                if j > k and parts[j].group(0).lower() in rules.designator_words:
                    continue  # "Taos County": a designator says it is a place
                tok = self._token(s + parts[j].start(), s + parts[j].end())
                if tok is not None and tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
                    return True
        return False

    def _window(self, s: int, parts: list[re.Match[str]], source: str) -> bool:
        """Add the longest run of two or more consecutive ``parts`` (of a run starting at ``s``, shorter than
        the whole) that makes a mention; whether one did."""
        for size in range(len(parts) - 1, 1, -1):
            for k in range(len(parts) - size + 1):
                ws, we = s + parts[k].start(), s + parts[k + size - 1].end()
                if not self._free(ws, we):
                    continue
                m = self._mention(ws, we, source, strict=True)
                if m is not None and (m.end - m.start) >= (we - ws) - 3:
                    self._add(m)
                    return True
        return False

    def _name_pair(
        self, run: str, at: int, rules: _Rules, first: re.Match[str] | None, second: re.Match[str] | None
    ) -> bool:
        """Whether two capitalised words in a row, within one clause (``run`` starts at ``at``), make a name that is
        no place; each word is looked up as written and without its case ending ("Warszawy", "Москвы").

        A given name (``rules.given_names``) and a surname, when one of the two is no place ("Wladimir Putin",
        "Piero Amara"). Outside German, where common nouns take no capital: a place then a word that is neither a
        place nor a given name ("Nord Stream", "Paola Turci"), and a word that is no place then a place ("Beppe
        Sala"), unless that word opens the sentence or is a title or designator of ``scan_stop`` ("Prezydent
        Warszawy", "Мэр Москвы", "la Regione Lombardia"). In German every noun has a capital: "Polizei Hamburg",
        "Russlands Präsident" are places."""
        if first is None or second is None or not first.group(0)[-1].isalpha():
            return False
        if run[first.end() : second.start()].strip() or first.group(0).lower() in rules.stop_words | rules.locative:
            return False  # "In Berlin", "W Warszawie": a preposition opening the sentence
        a, b = first.group(0), second.group(0)
        if self._given(a, rules):
            return True
        if rules.noun_capitals:
            return False
        if self._names_place(a, rules):
            return not self._names_place(b, rules) and not self._given(b, rules)
        start = at + first.start()
        opens = _SENTENCE_START.search(self.text[max(0, start - 3) : start]) is not None
        return not opens and norm_key(a) not in rules.scan_stop and self._names_place(b, rules)

    def _place_then_full_name(self, run: str, parts: list[re.Match[str]], k: int, rules: _Rules) -> bool:
        """Whether ``parts[k]`` names a place and the two words after it, neither a place, a person's full name
        ("президента Франции Эммануэля Макрона", "canclerz Niemiec Olaf Scholz"): the place is no given name's pair."""
        if k + 2 >= len(parts) or any(
            run[a.end() : b.start()] not in (" ", "\u00a0") or not a.group(0)[-1].isalpha()
            for a, b in zip(parts[k : k + 2], parts[k + 1 : k + 3], strict=True)
        ):
            return False  # (one space between the words, none ending a sentence: "Союза.\n\nКовалев" is no name)
        after = (parts[k + 1].group(0), parts[k + 2].group(0))
        return self._names_place(parts[k].group(0), rules) and not any(self._names_place(w, rules) for w in after)

    def _given(self, word: str, rules: _Rules) -> bool:
        """Whether ``word`` is a given name, as written or under a case ending ("Rafała", "Владимира")."""
        if norm_key(word) in rules.given_names:
            return True
        return any(
            norm_key(word[: len(word) - len(ending)] + repl) in rules.given_names
            for ending, repl in rules.inflections
            if word.endswith(ending) and len(word) - len(ending) >= 3
        )

    def _names_place(self, word: str, rules: _Rules) -> bool:
        """Whether ``word`` names a place as written or without a case ending ("Warszawy", "Москвы")."""
        return bool(self.gaz.lookup(word)) or (" " not in word and self._uninflected(word, rules)[0] is not None)

    def find_scan(self) -> None:
        for ent in self.analysis.spans.entities:  # never inside a person or an organisation
            self.taken[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
        for p in self.analysis.paragraphs:  # nor in a web form's lines (a poll's options are names, no places)
            if p.label == "boilerplate" and is_form_line(self.text[p.start : p.end]):
                self.taken[p.start : p.end] = b"\x01" * (p.end - p.start)
        self._scan(0, len(self.text))

    # --- resolving ------------------------------------------------------

    def _context(self, chosen: bool) -> tuple[Counter[str], Counter[str]]:
        countries: Counter[str] = Counter()
        admin1: Counter[str] = Counter()
        for m in self.mentions:
            if chosen:
                if (
                    m.best is not None
                    and m.confidence >= 0.6
                    and m.best.country
                    and _credible(m, m.best)
                    and not _county(m.best)
                ):
                    countries[m.best.country] += 1
                    if m.best.admin1_code:
                        admin1[m.best.admin1_code] += 1
                continue
            if not m.cands:
                continue
            ranked = sorted(m.cands, key=lambda c: -c[1])
            top = ranked[0]
            rivals = [c for c in ranked[1:] if c[1] > top[1] - 1.0 and c[0].country != top[0].country]
            if top[0].country and not rivals and _credible(m, top[0]) and not _county(top[0]):
                countries[top[0].country] += 1
        lang_rules = _rules(self.analysis.language or "fr")
        if self._demonym_ccs is None:  # the same for every call: computed once
            self._demonym_ccs = [cc for token in self.words if (cc := lang_rules.demonyms.get(token))]
        for cc in self._demonym_ccs:
            countries[cc] += 0.5
        for cc in lang_rules.home_countries:  # French news names French places more than any others
            countries[cc] += 0.5
        return countries, admin1

    def _score(
        self,
        m: _Mention,
        place: Place,
        base: float,
        countries: Counter[str],
        admin1: Counter[str],
        points: _Points | None,
        famous: Place | None = None,
    ) -> float:
        s = base
        hint = m.kind_hint
        if hint == "region":
            s += 2.0 if place.kind in ("region", "other") else (-1.5 if place.kind == "city" else 0.0)
        elif hint == "city":
            s += 2.0 if place.kind == "city" else -1.0
        elif hint == "city_soft" and place.kind == "city":
            s += 0.4
        elif hint == "country" and place.kind == "country":
            s += 3.0  # listed beside a plain country: more than the other reading's country context can give
        if m.constraint and m.constraint not in (place.admin1_code, place.country):
            s -= 5.0
        if (
            famous is not None
            and place.country != famous.country
            and place.country not in _rules(m.lang).home_countries
        ):
            return s  # a small namesake abroad of a famous city needs its state or country said beside it
        if place.country and countries:
            s += 1.5 * min(1.0, countries.get(place.country, 0) / 2)
            if famous is not None and place.id == famous.id and countries.get(place.country, 0) >= 1:
                s += 1.0  # "Valence" with "notre correspondante à Madrid": the famous city of a country named
        if self.on_continent and place.country in self.on_continent:
            s += 0.6  # "Valencia … the loudest city in Europe": the homonym on the continent the article names
        if place.admin1_code and admin1.get(place.admin1_code):
            s += 0.6
        near = points and place.lat is not None and place.kind in ("city", "region")
        if near and points.near_other(m, place.lat, place.lon):  # type: ignore[union-attr, arg-type]
            s += 0.5
        return s

    def _listed_countries(self) -> None:
        """ "l'Ukraine, la Géorgie", « en Arménie, en Géorgie, au Chili »: a name listed beside a name that is plainly
        a country (its best candidate a country, every other one far below) is read as a country when it can be one
        (the US state yields); beside a plain capital, a name that can be a capital is read as one ("Washington,
        London und Brüssel"). The items of one list share their article or preposition (« Aux États-Unis, la
        Géorgie … » is no list); the words are the language's (``list_joins``, ``list_articles``,
        ``list_prepositions``)."""
        ordered = sorted((m for m in self.mentions if m.cands and m.kind_hint is None), key=lambda m: m.start)
        for a, b in itertools.pairwise(ordered):
            rules = _rules(a.lang)
            if rules.list_join is None or a.lang != b.lang:
                continue
            join = rules.list_join.fullmatch(self.text[a.end : b.start])
            before = (
                rules.list_det_before.search(self.text[max(0, a.start - 6) : a.start])
                if rules.list_det_before
                else None
            )
            if not join or self._det_class(join.group("det"), rules) != self._det_class(
                before.group("det") if before else None, rules
            ):
                continue
            for m, other in ((a, b), (b, a)):
                ranked = sorted(other.cands, key=lambda c: -c[1])
                plain = ranked[0][0].kind == "country" and all(b_ < ranked[0][1] - 1.0 for _p, b_ in ranked[1:])
                mine = {p.kind for p, _ in m.cands}
                if plain and "country" in mine and len(mine) > 1:
                    m.kind_hint = "country"
                # "Washington, London und Brüssel": a name listed beside a plain capital is its capital reading
                capital = ranked[0][0].is_capital and all(b_ < ranked[0][1] - 1.0 for _p, b_ in ranked[1:])
                caps = [c for c in m.cands if c[0].is_capital]
                if capital and caps and len(caps) < len(m.cands) and m.kind_hint is None:
                    m.cands = caps
        # one sense per article: the same name written elsewhere with no hint of its own is the same country, unless
        # its own sentence names a place of its other reading's country (« le gouverneur de Géorgie … à Atlanta »)
        listed = {norm_key(self.text[m.start : m.end]) for m in ordered if m.kind_hint == "country"}
        for m in ordered:
            if m.kind_hint is None and norm_key(self.text[m.start : m.end]) in listed and not self._rival_near(m):
                m.kind_hint = "country"

    @staticmethod
    def _det_class(det: str | None, rules: _Rules) -> str:
        """ "art" for an article, "prep" for a preposition, "" for none."""
        if not det:
            return ""
        return "prep" if det.strip().lower() in rules.list_prepositions else "art"

    def _sentence_around(self, m: _Mention, reach: int | None = None) -> tuple[int, int]:
        """The bounds of the sentence holding ``m`` (from after the last « . ! ? » or line break before it to the
        first one after it), within ``reach`` characters of it on either side when given."""
        lo = max(self.text.rfind(c, 0, m.start) for c in ".!?\n") + 1
        hi = min((k for k in (self.text.find(c, m.end) for c in ".!?\n") if k >= 0), default=len(self.text))
        if reach is not None:
            lo, hi = max(lo, m.start - reach), min(hi, m.end + reach)
        return lo, hi

    def _rival_near(self, m: _Mention) -> bool:
        """Whether the sentence of ``m`` names a town or region (by its best candidate) in the country of one of
        its readings that is no country ("Atlanta" for the US state)."""
        rivals = {p.country for p, _ in m.cands if p.kind != "country" and p.country}
        lo, hi = self._sentence_around(m)
        for x in self.mentions:
            if x is m or not x.cands or not (lo <= x.start < hi):
                continue
            top = max(x.cands, key=lambda c: c[1])[0]
            if top.kind != "country" and top.country in rivals:  # Atlanta, not the United States' own name
                return True
        return False

    def resolve(self) -> None:
        self._listed_countries()
        countries, admin1 = self._context(chosen=False)
        # the continents the article names, and the one most of the countries it names lie in ("Belgium": Europe)
        continent_of = self.gaz.continents()
        weights: dict[str, float] = {}
        for cc, w in countries.items():
            if w >= 1 and cc in continent_of:
                weights[continent_of[cc]] = weights.get(continent_of[cc], 0.0) + w
        main = [c for c, w in weights.items() if w > sum(weights.values()) / 2]
        continents = set(main)
        # each mention's twelve best candidates and famous namesake, the same in both rounds
        tops: dict[int, tuple[list[tuple[Place, float]], Place | None]] = {}
        for m in self.mentions:
            if m.cands:
                top = sorted(m.cands, key=lambda c: -c[1])[:12]
                tops[id(m)] = top, _famous(top)
                if len(top) == 1 and top[0][0].flags.startswith("continent "):
                    continents.add(top[0][0].flags.removeprefix("continent "))
        if continents:
            self.on_continent = self.gaz.countries_on(frozenset(continents))
        for rnd in range(2):
            points: _Points | None = None
            if rnd:
                countries, admin1 = self._context(chosen=True)
                points = _Points(
                    (id(m), m.best.lat, m.best.lon)
                    for m in self.mentions
                    if m.best is not None
                    and m.best.lat is not None
                    and m.best.kind in ("city", "region")
                    and m.confidence >= 0.6
                )
            for m in self.mentions:
                if not m.cands:
                    continue
                top, famous = tops[id(m)]
                scored = sorted(
                    ((self._score(m, p, b, countries, admin1, points, famous), p) for p, b in top), key=lambda x: -x[0]
                )
                best_score, best = scored[0]
                rival = next((sc for sc, p in scored[1:] if p.country != best.country), None)
                margin = 3.0 if rival is None else best_score - rival
                conf = 0.5 + 0.5 * math.tanh(margin / 1.5)
                if m.source == "gazetteer":
                    conf *= 0.9
                if best.rank < 2.0:
                    conf *= 0.85
                m.best, m.score, m.confidence = best, best_score, round(min(conf, 0.99), 2)
                if not rnd:
                    continue  # (whether the name is the place's main one is read after the last round only)
                written = m.base or self.text[m.start : m.end]
                m.main = any(gp.id == best.id and main for gp, main in self.gaz.lookup(written))
                if not m.main and m.base is None and _rules(m.lang).inflections and " " not in written:
                    # "Gdańska" is a geonames spelling of Gdańsk, and its genitive: the main name under an ending
                    base, _ = self._uninflected(written, _rules(m.lang))
                    m.main = base is not None and any(gp.id == best.id and main for gp, main in self.gaz.lookup(base))
                own = _rules(m.lang).own_script
                if not m.main and own is not None and own.fullmatch(written):
                    m.main = True  # "Краснодар": the town's name in the article's own script, not an old spelling

    def attach_shapes(self, todo: list[_Mention], accepted: set[int]) -> None:
        """Place names the gazetteer lacks but shaped like a place ("Lac-Berthiaume") in the country the
        ``accepted`` mentions name most (the home country of the language if they name none), without
        coordinates."""
        countries: Counter[str] = Counter(
            m.best.country
            for m in self.mentions
            if id(m) in accepted and m.best is not None and m.best.country and m.confidence >= 0.6
        )
        named = countries.most_common(1)
        for m in todo:
            cc = named[0][0] if named else next(iter(sorted(_rules(m.lang).home_countries)), None)
            admin1 = admin1_code = None
            if m.host_at is not None:  # "Xilingol in Inner Mongolia": in the place the text names after it, or none
                host = next(
                    (
                        x
                        for x in self.mentions
                        if x.start == m.host_at and id(x) in accepted and x.best is not None and x.best.country
                    ),
                    None,
                )
                if host is None or host.best is None:
                    continue
                cc = host.best.country
                if host.best.kind == "region":
                    admin1, admin1_code = host.best.name, host.best.admin1_code
            if cc is None:
                continue
            name = self.text[m.start : m.end]
            m.best = Place(-1, name, cc, admin1, admin1_code, None, None, "other", 0, 0.0, "shape")
            m.confidence = 0.5

    def attach_quarters(self) -> None:
        """Place "le quartier de X" / "the X district" in the city the article is about.

        A quarter resolved to nothing, or to a homonym in another country than that city
        ("Salaheddine", a district of Aleppo, is also an Iraqi province), becomes a part of it.
        """
        cities: Counter[int] = Counter()
        where: dict[int, tuple[Place, list[int]]] = {}
        for m in self.mentions:
            if not m.quarter and m.best is not None and m.best.kind == "city" and m.confidence >= 0.6:
                cities[m.best.id] += 1
                where.setdefault(m.best.id, (m.best, []))[1].append(m.start)
        if not cities:
            return
        for m in self.mentions:
            if not m.quarter or (m.best is not None and m.best.kind == "city" and m.best.id in cities):
                continue
            # the most named city; between equals, the one named nearest
            host = max(cities, key=lambda pid: (cities[pid], -min(abs(s - m.start) for s in where[pid][1])))
            city = where[host][0]
            if m.best is not None and m.best.country == city.country:
                continue
            if (
                m.best is not None
                and m.best.kind == "region"
                and any(
                    x.best is not None and x.best.kind == "country" and x.best.country == m.best.country
                    for x in self.mentions
                )
            ):
                continue  # "the Kween district of eastern Uganda": a district of a country the article names
            m.best = Place(
                -1,
                self.text[m.start : m.end],
                city.country,
                city.admin1,
                city.admin1_code,
                city.lat,
                city.lon,
                "other",
                0,
                0.0,
                f"quarter of {city.name}",
            )
            m.confidence = 0.6

    def _accept(self, m: _Mention, countries: Counter[str]) -> bool:
        """Whether a resolved mention is kept.

        Small towns need their country named elsewhere (or to be in a home country
        of the language); strict mentions (scan hits, ORG/MISC/PER entities) must be
        countries, large places or places of a named country.
        """
        p = m.best
        if p is None:
            return False
        rules = _rules(m.lang)
        name = self.text[m.start : m.end]
        own = 1 if p.country and m.confidence >= 0.6 and not _county(p) else 0
        named = countries.get(p.country or "", 0) - own
        known = named >= 1 or p.country in rules.home_countries
        if m.famous and not (
            p.kind == "country"
            or p.is_capital
            or (p.kind == "other" and p.rank >= 5.5)
            or (p.kind == "city" and p.population >= 100_000)
            or (m.kicker and known and p.kind == "city" and p.population >= 5_000)
        ):
            return False  # a "person" is taken for a place only when the place is well known
        if p.kind == "city" and p.population < 100_000 and any("seat" in c.flags for c, _ in m.cands):
            return False  # « la Maison Blanche »: the seat (refused as a body, or lost to the country named), no hamlet
        if _county(p) and not known:
            return False  # "Clare County", "Kent County" in an article that never names the United States
        if _INCLUSIVE_AFTER.match(self.text, m.end):
            return False  # « les Suisse·sse·s »: people in inclusive writing, not the country
        if name in self.operations:
            return False  # « l'opération Triton », then « Triton »: an operation, whatever NER or the gazetteer say
        if m.dateline or m.apposed or p.flags.startswith("quarter of") or (p.id == -1 and p.flags == "shape"):
            return True  # "TOMBOUCTOU (Mali), 17 avril", "Tapa, Estonia": the text says it is a place
        if norm_key(name) in self.org_names and p.kind in ("city", "region") and not p.is_capital:
            return False  # "Toyota says …", "according to Toyota": the carmaker, not the Japanese town
        if self._person_word(m, p, name, rules) or self._outlet_name(m, rules):
            return False  # a person ("Giorgio Ferrara", then "Ferrara") or a newspaper ("Los Angeles Times")
        if not p.is_capital and p.kind != "country" and self._venue_name(m, rules) and not self._country_else(m, rules):
            return False  # "the Mandalay Bay hotel" in Las Vegas: a venue's name, not the town of Myanmar
        if self._speaking_subject(m, p, name):
            return False  # "Conway is saying…" (a person)
        if self._other_thing(m, name, rules):
            return False  # "Jupiter and its moons" (the planet), "a barrel of Brent" (the oil grade)
        if p.kind == "region" and (self._word_before(m.start) or "").lower() in rules.district_before:
            return False  # "w dystrykcie Jiangxia": a city's district, not the province of a like name
        if self._given_in_brackets(m, name) or self._island_homonym(m, p, rules):
            return False  # "(Vladimir) Kostrov" (a person's given name), « les îles X » (not the town X)
        if m.inside and not (p.kind in ("country", "region", "other") or p.is_capital or p.population >= 100_000):
            return False  # "Russkiy" of « Russkiy mir » (an idea): a piece of a name is a place only when well known
        if rules.untagged and m.source == "gazetteer" and " " not in name and not self._untagged_place(m, p, name):
            return False
        if (
            rules.untagged
            and p.kind == "city"
            and not m.main
            and len(name) <= SHORT_NAME
            and p.country not in rules.home_countries
            and not any(
                x.best is not None and x.best.kind == "country" and x.best.country == p.country for x in self.mentions
            )
        ):
            # a short word taken for another spelling of a capital ("Tani", "Małe", "Ama": common words of the
            # language) in an article that never names its country
            return False
        if m.main and name.count("-") >= 2 and " " not in name and p.country in rules.home_countries:
            return True  # "Saint-Rémy-sur-Durolle": the shape of a town's name, whatever NER calls it
        if len(name) > 3 and name.isupper() and not (p.kind == "country" or p.is_capital or p.population >= 200_000):
            return False  # "MAINTENANT": shouted words are not villages
        before = self.text[max(0, m.start - 4) : m.start]
        if p.kind == "city" and p.population < 50_000 and _ARTICLE_BEFORE.search(before):
            return False
        prev = self._word_before(m.start)
        if p.kind == "city" and p.population < 100_000 and prev and prev.lower() in rules.noun_before:
            return False  # "leur Versailles", "très Versailles": a possessive or an adverb makes a common noun
        if (norm_key(name) in rules.scan_stop and not self._stop_lifted(m, rules)) or _ACRONYM_PLURAL.fullmatch(name):
            return False
        if self._common_word(m, p, name, prev, rules):
            return False
        if named <= 0 and p.kind in ("region", "city") and self._foreign_noun(m, p, name, countries):
            return False
        if " " not in name and p.kind != "country":
            tok = self._token(m.start, m.end)
            # "Soyons", "Des": verbs and determiners (NER's own places only lose verbs: spaCy calls "Kiev" PRON)
            if tok is not None and tok.pos_ in (_FUNCTION_POS if m.strict else ("VERB", "AUX")):
                return False
            small = p.kind == "city" and p.population < 15_000
            # a language without a tagger (de, it, pl, ru) has no parts of speech: a capitalised word opening
            # a sentence is a place there only when a capital or a large city
            large = rules.untagged and (p.is_capital or (p.kind == "city" and p.population >= 200_000))
            if (m.strict or small) and m.sentence_start and (tok is None or tok.pos_ != "PROPN") and not large:
                return False
            designated = m.kind_hint in ("region", "city") and m.kind_hint == p.kind and not m.sentence_start
            if (
                m.source == "gazetteer"
                and not rules.untagged
                and tok is not None
                and tok.pos_ not in ("PROPN", "X")
                and not designated  # "the Kween district": a designator says it is a place, whatever the tagger
            ):
                return False  # the scan takes proper nouns only ("Police", "More" are not towns)
        # « Vire parano » (the verb « virer »): asked only of a mention every check above keeps, as it tags the
        # sentence again (~2 ms a call); each of them only refuses, so the answer is the same as asked first
        if self._verb_opening(m, p, name):
            return False
        if (
            not m.strict
            and not m.main
            and not known
            and m.confidence < 0.6
            and p.kind == "city"
            and p.population < 100_000
        ):
            return False  # an unsure homonym in a country the article never names ("Ber" is no Greek town)
        if not m.strict:  # a village abroad needs its country named twice ("Gifford" may be a surname)
            return not (
                p.kind == "city" and p.population < 15_000 and not (named >= 2 or p.country in rules.home_countries)
            )
        if p.kind == "country" or p.is_capital:
            return True
        if p.kind == "other":
            return p.rank >= 3.0 and "seat" not in p.flags
        if p.kind == "region":
            # "the Kween district" of a country another mention names: the district was not counted (a scan hit
            # lends no country), so its country's own count is the others'
            designated = m.kind_hint == "region" and not _credible(m, p) and countries.get(p.country or "", 0) >= 1
            return known or designated or p.rank >= 3.3
        return p.population >= 200_000 or (known and p.population >= 5_000)

    def _other_thing(self, m: _Mention, name: str, rules: _Rules) -> bool:
        """Whether the sentence around a name of ``rules.homonym_contexts`` holds a word that makes it the other
        thing of that name (asked only of those few names: a regular expression over the sentence's text)."""
        key = norm_key(name)
        pats = [pat for names, pat in rules.homonym_contexts if key in names]
        if not pats:
            return False
        lo, hi = self._sentence_around(m, reach=300)
        left, right = self.text[lo : m.start], self.text[m.end : hi]
        return any(pat.search(left) or pat.search(right) for pat in pats)

    def _given_in_brackets(self, m: _Mention, name: str) -> bool:
        """Whether a mention is a given name in brackets right before a capitalised word: "(Vladimir) Kostrov",
        a person's name with its given name bracketed, not the town of Vladimir."""
        text = self.text
        if text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")" or " " in name:
            return False
        surname = re.match(r"\)\s+[A-ZÀ-Ý][\w’'-]+", text[m.end : m.end + 40])
        return surname is not None and norm_key(name) in _first_names()

    def _island_homonym(self, m: _Mention, p: Place, rules: _Rules) -> bool:
        """Whether a town is read where the text names a group of islands (« les îles Matsu », "the Matsu
        Islands"): the gazetteer's town of that name is a homonym (an island group itself is no city)."""
        if p.kind != "city" or m.dateline or m.apposed:
            return False
        prev = self._word_before(m.start)
        if prev is not None and prev.lower() in rules.island_before:
            return True
        after = re.match(r"\s+([\w’'-]+)", self.text[m.end : m.end + 30])
        return after is not None and after.group(1).lower() in rules.island_after

    def _common_word(self, m: _Mention, p: Place, name: str, prev: str | None, rules: _Rules) -> bool:
        """A name that is something else (stop 45): a small town's other name unless a locative word puts it on
        the map ("Cloud City", "Chance"), a brand written in camel case ("SoFi" for Sofia) and a compass word that
        begins a longer name ("Eastern Michigan", a university: not the Zambian province)."""
        # (a state written after the town, "Westerville, OH", puts it on the map as a locative word does)
        located = (prev is not None and prev.lower() in rules.locative) or m.constraint is not None
        if p.kind == "city" and not m.main and p.population < rules.common_word_population and not located:
            return True
        if m.sentence_start and p.kind != "country" and not located and " " not in name:
            # "Еда …" opening a sentence (« еда », food) where the text also writes the word in lower case; or, in a
            # language without a tagger, a town under a case ending opening a sentence with no preposition
            # ("Манты люблю", Manta, Ecuador), unless a capital or a large city of the language's home country:
            # Russian and Polish put objects first ("Самару накрыл снегопад", review 46a)
            if self._lowercase_word(name):
                return True
            if (
                rules.untagged
                and m.base is not None
                and p.kind == "city"
                and not p.is_capital
                and not (p.population >= 200_000 and p.country in rules.home_countries)
            ):
                return True
        if _CAMEL.search(name) and not m.main:
            return True
        return norm_key(name) in rules.compass_words and _CAPITAL_NEXT.match(self.text, m.end) is not None

    def _lowercase_word(self, name: str) -> bool:
        """Whether the text writes ``name`` in lower case as a word of its own somewhere ("вкусная еда")."""
        low = name.lower()
        if low == name:
            return False
        if _WORD_RUN.fullmatch(low) is None:  # a name with an apostrophe or a dot: the rare slow path
            return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self.text) is not None
        if self._lower_words is None:  # built once: a search per mention was quadratic (review 46a)
            self._lower_words = frozenset(w for w in _WORD_RUN.findall(self.text) if w == w.lower())
        return low in self._lower_words

    def _word_before(self, start: int) -> str | None:
        """The word right before ``start`` (spaces between, no punctuation), as written; None when there is none."""
        prev = _WORD_BEFORE.search(self.text[max(0, start - 30) : start])
        return prev.group(1) if prev is not None else None

    def surnames(self) -> frozenset[str]:
        """Words the article writes as a person's name, folded, each also without its case ending: a given name
        and the word after it ("Giorgio Ferrara", "Tomasza Kalisza", "Greta van Dorn"; the given name as
        written or under a case ending) and the last word of a person NER names in full. Elsewhere in the
        article the same word alone is that person, not a town ("ieri Ferrara ha parlato", "projekt Kalisza", "do
        Jarosława" after "Jarosław Kaczyński")."""
        if self._surnames is None:
            out: set[str] = set()
            for match in _after_given().finditer(self.text):
                first, second = match.group(1), match.group(2)
                rules = _rules(_para_lang(self.analysis, match.start()))
                if self._given(first, rules) and not self._given(second, rules):
                    out.update((norm_key(first), norm_key(second)))  # "Jarosław Kaczyński": then "do Jarosława"
                    out.update(
                        norm_key(second[: len(second) - len(ending)] + repl)
                        for ending, repl in rules.inflections
                        if second.endswith(ending) and len(second) - len(ending) >= 3
                    )
            for e in self.analysis.spans.entities:
                words = _canonical(e).split()
                if e.label == "PER" and len(words) >= 2:
                    out.add(norm_key(words[-1]))
            self._surnames = frozenset(out)
        return self._surnames

    def _person_word(self, m: _Mention, p: Place, name: str, rules: _Rules) -> bool:
        """Whether a mention is a person's name rather than a town: a word the article uses as a surname
        (:meth:`surnames`), or, in a language without a tagger, a given name alone ("Dominika wyjaśnia",
        "z Markiem", "grazie Paola"), unless after a locative preposition ("a Paola", "w Orlando"). A country or a
        capital by its main name stays a place ("Sofia")."""
        if m.dateline or m.apposed or m.source == "pattern" or " " in name:
            return False
        if (p.kind == "country" or p.is_capital) and m.main:
            return False
        if norm_key(name) in self.surnames() or (m.base is not None and norm_key(m.base) in self.surnames()):
            return p.kind != "country"
        if not rules.untagged or not self._given(name, rules):
            return False
        prev = self._word_before(m.start)
        return not (prev is not None and prev.lower() in rules.locative)

    def _town_alone(self, m: _Mention, p: Place, name: str) -> bool:
        """Whether a mention is one word naming a town that stands for nothing else: not a country, a capital,
        a seat or a city large enough to speak for a government (:meth:`_metonymic`), and nothing in the text
        says it is a place (a dateline, an apposition, a pattern)."""
        if m.dateline or m.apposed or m.source == "pattern" or " " in name or "-" in name:
            return False
        return p.kind == "city" and not p.is_capital and "seat" not in p.flags and p.population < METONYMY_POPULATION

    def _speaking_subject(self, m: _Mention, p: Place, name: str) -> bool:
        """ "Conway is saying the talks will fail" (invented): a town's name that NER did not read as a place and
        that is the subject of a reporting verb (the ``speech`` verbs of lang/<lang>/attribution.json) is a
        person. A country, a capital or a large city stays a place there: it speaks for its government
        ("Washington said", :meth:`_metonymic`), as the gold annotates it; so does a town NER reads as a place
        (« Bercy rappelle que… », the ministry: a place in the gold)."""
        if not m.strict or not self._town_alone(m, p, name):
            return False
        tok = self._token(m.start, m.end)
        if tok is None or not tok.dep_.startswith("nsubj") or tok.head.pos_ != "VERB":
            return False
        return tok.head.lemma_ in _speech_verbs(m.lang)

    def _verb_opening(self, m: _Mention, p: Place, name: str) -> bool:
        """« … dort mal. Vire parano, il … » (invented; the verb « virer »): a town's name opening a sentence, followed
        by a lowercase word that is no verb of it (a place opening a sentence is followed by its verb, a
        preposition, a conjunction or a comma: « Vire accueille », « Vire et Caen »), whose lowercase form the
        tagger reads as a verb in the same sentence, is that verb."""
        if not m.sentence_start or not self._town_alone(m, p, name):
            return False
        tok = self._token(m.start, m.end)
        if tok is None or tok.i + 1 >= len(tok.doc):
            return False
        nxt = tok.doc[tok.i + 1]
        if not (nxt.is_alpha and nxt.text[0].islower() and nxt.pos_ in ("ADJ", "NOUN", "PROPN", "ADV")):
            return False
        # a closed-class word (« Les », « Une », « On » that the scan met as a town) is no verb in lower case
        # either: the sentence is not tagged again (most of the rule's cost, stop 41's merge)
        if tok.pos_ in _CLOSED_CLASS:
            return False
        from newsloupe.nlp import loaded_nlp

        nlp = loaded_nlp(m.lang)
        if nlp is None:
            return False
        sent = tok.sent
        rest = sent.text[tok.idx - sent.start_char :]
        # the tags only (the parser, lemmatizer and NER left out: the same tags at a third of the cost)
        skip = [name for name in nlp.pipe_names if name not in _TAGGING_PIPES]
        lowered = nlp(rest[0].lower() + rest[1:], disable=skip)
        return len(lowered) > 0 and lowered[0].pos_ in ("VERB", "AUX")

    def _outlet_name(self, m: _Mention, rules: _Rules) -> bool:
        """Whether the mention is part of an outlet's name: "Los Angeles Times", "Washington Post" (a place
        before a head word, or the head word after a capitalised word)."""
        nxt = re.match(r"[ \u00a0]+([\w-]+)", self.text[m.end : m.end + 30])
        if nxt is not None and nxt.group(1) in rules.outlet_heads:
            return True
        prev = self._word_before(m.start)
        return self.text[m.start : m.end] in rules.outlet_heads and prev is not None and prev[0].isupper()

    def _venue_name(self, m: _Mention, rules: _Rules) -> bool:
        """Whether the mention opens a venue's name: another capitalised word, then a word of
        ``rules.venue_after`` ("Mandalay Bay hotel", "Mandalay Bay Resort and Casino" reads "Resort")."""
        if not rules.venue_after:
            return False
        after = _VENUE_AFTER.match(self.text, m.end, min(len(self.text), m.end + 60))
        return after is not None and any((w or "").lower() in rules.venue_after for w in after.groups())

    def _country_else(self, m: _Mention, rules: _Rules) -> bool:
        """Whether the article puts a venue's town elsewhere: another mention, itself no venue's name, lies in the
        country of ``m``'s place (then the town stands), or no mention lies in another country ("the Glasgow Royal
        Arena" alone: the arena is in Glasgow); a venue named among places of another country only is refused."""
        country = m.best.country if m.best is not None else None
        others = {  # (places the article surely names: countries, large towns; not "Saturday")
            x.best.country
            for x in self.mentions
            if x is not m
            and x.best is not None
            and x.best.country
            and (x.best.kind == "country" or (x.best.kind == "city" and x.best.population >= 100_000))
        }
        if country is None or not others - {country}:
            return True
        return any(
            x is not m and x.best is not None and x.best.country == country and not self._venue_name(x, rules)
            for x in self.mentions
        )

    def _stop_lifted(self, m: _Mention, rules: _Rules) -> bool:
        """Whether a preposition right before a ``scan_stop`` word makes it a place after all ("in Essen", "in
        Halle"; not "Essen und Trinken", nor an abbreviation: "в РАН", the academy, is no Iran)."""
        name = self.text[m.start : m.end]
        prev = self._word_before(m.start)
        return prev is not None and prev.lower() in rules.stop_lifted and not name.isupper()

    def _untagged_place(self, m: _Mention, p: Place, name: str) -> bool:
        """Whether a one-word scan hit of a language without a tagger may be a place: never a function word
        ("Dabei", "Chi", "Jej"); a town by another spelling than its main name ("Stalin" for Donetsk) only when a
        capital or a city of a million; in German, where every noun is capitalised ("Lage", "Rede", "Sinn"), a
        town only by its main name or exonym and with 100,000 people or more."""
        rules = _rules(m.lang)
        if name.lower() in rules.stop_words or (m.base or "").lower() in rules.stop_words:
            return False
        if p.kind != "city":
            return True
        if not m.main and not (p.is_capital or p.population >= 1_000_000):
            return False
        if not rules.noun_capitals or (m.main and (p.is_capital or p.population >= 100_000)):
            return True
        prev = self._word_before(m.start)
        return (
            m.main
            and prev is not None
            and prev.lower() in rules.town_before
            and p.country in rules.home_countries
            and 0 < rules.town_before_population <= p.population
            and (key := norm_key(name)) not in rules.noun_towns
            and key not in rules.scan_stop
        )  # "in Passau", "die Stadt Deggendorf": a smaller town the words before say is one

    def _foreign_noun(self, m: _Mention, p: Place, name: str, countries: Counter[str]) -> bool:
        """ "du Plateau" (a Nigerian state) in an Ivorian story, "Metro lines" (an Indonesian town): a
        capitalised common noun that is also a region or town of a country the article never names, while
        its other places (or the language's home country) point elsewhere, is not that place."""
        if p.is_capital or (p.kind == "city" and p.population >= 200_000):
            return False
        if p.kind == "region" and p.rank >= _rules(m.lang).well_known_region and not m.strict:
            return False  # "deported from Texas" in a story from India: a state everyone knows, whatever the lexicon
        if " " in name or "-" in name or p.country in _rules(m.lang).home_countries:
            return False
        if name.lower() not in _common_nouns(m.lang):
            return False
        return any(cc != p.country and w >= 0.5 for cc, w in countries.items())

    # --- metonymy -------------------------------------------------------

    def _token(self, start: int, end: int) -> Token | None:
        for i, doc in self.parsed.segments.items():
            para = self.analysis.paragraphs[i]
            if para.start <= start < para.end:
                span = doc.char_span(start - para.start, end - para.start, alignment_mode="expand")
                return span.root if span is not None else None
        doc = self.parsed.doc
        if doc is None:
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None else None

    def _metonymic(self, m: _Mention) -> bool:
        p = m.best
        if p is None or not (
            p.kind == "country"
            or p.is_capital
            or "seat" in p.flags
            or (p.kind == "city" and p.population >= METONYMY_POPULATION)
        ):
            return False
        tok = self._token(m.start, m.end)
        if tok is None:
            return False
        rules = _rules(m.lang)
        if tok.dep_ == "conj":  # "les menaces de Paris et de Berlin": the first conjunct's relation
            if tok.head.lower_ in rules.metonymy_heads or tok.head.lemma_ in rules.metonymy_heads:
                return True  # parsed as a conjunct of the head noun itself
            tok = tok.head
        if (
            tok.dep_.startswith("nsubj")
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.lemma_ not in rules.verbs_excluded
        ):
            return True
        return tok.head.lower_ in rules.metonymy_heads or tok.head.lemma_ in rules.metonymy_heads

    # --- output ---------------------------------------------------------

    def results(self) -> list[dict[str, Any]]:
        countries, _ = self._context(chosen=True)
        accepted = {id(m) for m in self.mentions if self._accept(m, countries)}
        shapes = [m for m in self.mentions if m.shape and m.best is None]
        if shapes:
            self.attach_shapes(shapes, accepted)
            accepted |= {id(m) for m in shapes if self._accept(m, countries)}
        out = []
        for m in sorted(self.mentions, key=lambda m: m.start):
            if id(m) not in accepted:
                continue
            p = m.best
            assert p is not None
            out.append(
                {
                    "start": m.start,
                    "end": m.end,
                    "text": self.text[m.start : m.end],
                    "name": p.name,
                    "country": p.country,
                    "admin1": p.admin1 if p.kind != "region" or p.admin1 != p.name else None,
                    "admin1_code": p.admin1_code,
                    "lat": p.lat,
                    "lon": p.lon,
                    "kind": p.kind,
                    "confidence": m.confidence,
                    "source": m.source,
                    "metonymic": self._metonymic(m),
                }
            )
        return out


@cache
def _speech_verbs(lang: str) -> frozenset[str]:
    """The reporting verbs of a language (lemmas of class ``speech`` in lang/<lang>/attribution.json; none in a
    language without attribution rules)."""
    verbs = load_data(lang, "attribution").get("verbs", {})
    return frozenset(v for v, kind in verbs.items() if kind == "speech")


def _common_nouns(lang: str) -> frozenset[str]:
    """The common nouns of a language: the noun index of its spaCy lemmatizer, once its pipeline is loaded
    (empty without one)."""
    from newsloupe.nlp import loaded_nlp

    nlp = loaded_nlp(lang)
    return frozenset() if nlp is None else _noun_index(nlp)


@cache
def _noun_index(nlp: Any) -> frozenset[str]:
    """The noun index of a pipeline's lemmatizer (read once per pipeline)."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").get("noun", []))
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def _canonical(e: Entity) -> str:
    return e.attrs.canonical if e.attrs is not None else e.text


def _famous(cands: list[tuple[Place, float]]) -> Place | None:
    """The big city ("Geneva", 200,000 people) that dwarfs its namesakes abroad (towns of Illinois, Ohio):
    a reader takes the name for it, whatever else the article names, unless told otherwise."""
    cities = [p for p, _ in cands if p.kind == "city"]
    if not cities:
        return None
    big = max(cities, key=lambda p: p.population)
    if big.population < 150_000 or any(p.kind != "city" and p.country != big.country for p, _ in cands):
        return None
    if all(p.population * 8 <= big.population for p in cities if p.country != big.country):
        return big
    return None


def _county(place: Place) -> bool:
    """A US county ("Bay County"): it lends the United States to no other mention, as "Clare County" or "Kent
    County" may be Irish or English."""
    return "county" in place.flags.split()


def _credible(m: _Mention, place: Place) -> bool:
    """Whether a mention may lend its country to the others: a scan hit or a non-LOC entity ("Minister",
    "P. Lane") only when it is a well-known place, since it may be no place at all."""
    return (
        not m.strict
        or place.kind == "country"
        or place.is_capital
        or place.population >= 200_000
        or (place.kind == "other" and place.rank >= 5.5)
    )


class _Points:
    """The chosen places of an article's mentions, for "is another mention's place within
    300 km of this one?"; linear in mentions (a long article names the same places
    thousands of times), with the answer per coordinate cached."""

    def __init__(self, points: Iterable[tuple[int, float, float]]) -> None:
        self.counts: Counter[tuple[float, float]] = Counter()
        self.own: dict[int, tuple[float, float]] = {}
        for mid, la, lo in points:
            self.counts[(la, lo)] += 1
            self.own[mid] = (la, lo)
        self._near: dict[tuple[float, float], int] = {}

    def __bool__(self) -> bool:
        return bool(self.counts)

    @staticmethod
    def _close(lat: float, lon: float, la: float, lo: float) -> bool:
        # 3 degrees of latitude apart is over 333 km whatever the longitudes: no need for the distance
        return abs(la - lat) < 3.0 and _km(lat, lon, la, lo) < 300

    def near_other(self, m: object, lat: float, lon: float) -> bool:
        """True when the place of a mention other than ``m`` lies within 300 km of (lat, lon)."""
        key = (lat, lon)
        total = self._near.get(key)
        if total is None:
            total = sum(n for (la, lo), n in self.counts.items() if self._close(lat, lon, la, lo))
            self._near[key] = total
        mine = self.own.get(id(m))
        if mine is not None and self._close(lat, lon, *mine):
            total -= 1
        return total > 0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def find_places(parsed: Parsed, analysis: Analysis) -> list[dict[str, Any]]:
    """Find and resolve the place mentions of an analysed article.

    parsed (Parsed): the parse (for metonymy, which reads the dependency tree).
    analysis (Analysis): the article with its ``entities``.
    RETURNS (list[dict]): one dict per mention, in text order (see the module doc).
    """
    _common_nouns(analysis.language or "fr")  # read once per process (in a worker's warm-up), not mid-corpus
    finder = _Finder(parsed, analysis)
    finder.find_patterns()
    finder.find_entities(list(analysis.spans.entities))
    finder.find_scan()
    finder.resolve()
    finder.attach_quarters()
    return finder.results()


@analyzer("places", "22", requires=("entities",), assigns=("places",))
def places(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Place mentions with country, region, coordinates, kind and confidence."""
    from newsloupe.model import PlaceAttrs, make_span

    text = parsed.article.text
    found = []
    for p in find_places(parsed, analysis):
        attrs = PlaceAttrs.model_validate({k: v for k, v in p.items() if k not in ("start", "end", "text")})
        found.append(make_span(text, p["start"], p["end"], "place", attrs=attrs))
    return {"places": found}
