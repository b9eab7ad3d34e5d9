"""Named entities: spaCy's NER, corrected, with mentions of one entity merged.

spaCy's raw output on news has systematic errors this analyzer corrects with
per-language data (``lang/<code>/entities.json``): Arabic names split at
"Al-", armed groups and parties tagged as places, nationality nouns tagged as
places, outlets missed, generic heads ("province de") inside place names,
share buttons taken for entities. Paragraphs in another language (an English
caption) take their entities from their own parse.

Mentions are merged under one ``canonical`` name: surname-only mentions of a
person take the full name, "Al-Anbar" and "province d'al-Anbar" share one key.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.lang import load_data
from newsloupe.model import Entity, EntityAttrs, EntityLabel

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed

ENTITY_ROLES = ("title", "caption", "body")
LABEL_MAP: dict[str, EntityLabel | None] = {
    "PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "MISC": "MISC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip
_EDGE_PUNCT = " \t\n\r\u00a0.,;:!?()[]{}«»\"“”‘’'-–—/|*"
_LINE = re.compile(r"[^\n]+")
_INITIAL_END = re.compile(r"\b[A-Z]\.$")
_LEAD = re.compile(r"([\w]+[’']?)\s*")
_TITLED_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]+\.?\s+){1,3}[A-ZÀ-Ý][\w’'-]+")
_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]+\s+){1,3}[A-ZÀ-Ý][\w’'-]+")
_PARTICLE_BEFORE = re.compile(r"(?<![\w])([\w]+)[-\s]$")
_HYPHENATED = re.compile(r"-[\w’']+")
_WORD_SPLIT = re.compile(r"[\s-]")


@dataclass
class _Mention:
    start: int
    end: int
    label: EntityLabel
    priority: int  # lexicon/media rules (2) win over NER (1)


@dataclass(frozen=True)
class _Rules:
    lexicon: tuple[tuple[str, re.Pattern[str], EntityLabel], ...]  # name, its pattern, its label
    designators: tuple[str, ...]
    particles: frozenset[str]
    demonym_re: re.Pattern[str]
    demonyms: frozenset[str]
    media: tuple[re.Pattern[str], ...]
    stop: frozenset[str]
    leading: frozenset[str]
    articles: frozenset[str]
    role_before: re.Pattern[str]
    titles: tuple[str, ...]
    title_heads: tuple[str, ...]  # each title with its following space
    roles: frozenset[str]  # person_roles, lower case: « ministre de l'Intérieur » is a role, no name
    inclusive: re.Pattern[str]  # « Suisse·sse·s »: a group of people in inclusive writing
    operation: re.Pattern[str]  # « l'opération Mare Nostrum », « une opération de X, Triton, »: operations' names


def _alternation(words: list[str]) -> str:
    """A regex alternation of words, longest first (never matches when empty)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@cache
def _rules(lang: str) -> _Rules:
    data: dict[str, Any] = load_data(lang, "entities") or load_data("en", "entities")
    roles = _alternation(data.get("person_roles", []))
    titles = tuple(sorted(data.get("person_titles", []), key=len, reverse=True))
    lexicon = []
    for label, names in data.get("lexicon", {}).items():
        for name in sorted(names, key=len, reverse=True):
            lexicon.append((name, _name_re(name), label))
    return _Rules(
        lexicon=tuple(lexicon),
        designators=tuple(sorted(data.get("designators", []), key=len, reverse=True)),
        particles=frozenset(data.get("name_particles", [])),
        demonym_re=re.compile(data.get("demonym_pattern", "^$")),
        demonyms=frozenset(data.get("demonyms", [])),
        media=tuple(re.compile(p) for p in data.get("media_patterns", [])),
        stop=frozenset(s.lower() for s in data.get("stop_entities", [])),
        leading=frozenset(data.get("leading_words", [])),
        articles=frozenset(data.get("articles", [])),
        role_before=re.compile(rf"\b(?:{roles})\b(?:\s+|[^.;:!?«»\"]{{0,60}}?,\s*)$", re.I),
        titles=titles,
        title_heads=tuple(t + " " for t in titles),
        roles=frozenset(r.lower() for r in data.get("person_roles", [])),
        inclusive=re.compile(data.get("inclusive_pattern", "(?!)")),
        operation=re.compile(
            "|".join(
                f"(?:{p})".replace("{NOUN}", _alternation(data.get("operation_nouns", [])))
                .replace("{NAME}", _OPERATION_NAME)
                .replace("(?P<name>", f"(?P<name{i}>")
                for i, p in enumerate(data.get("operation_patterns", []))
            )
            or "(?!)"
        ),
    )


_OPERATION_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,3}"


def operation_names(text: str, lang: str) -> frozenset[str]:
    """Names the text gives to operations (« l'opération Mare Nostrum », "Operation Triton"): no person, place or
    organisation wherever they stand in the article (``operation_nouns`` of ``lang/<lang>/entities.json``).

    text (str): the article's text.
    lang (str): its language.
    RETURNS (frozenset[str]): the names as written.
    """
    return frozenset(v for m in _rules(lang).operation.finditer(text) for v in m.groupdict().values() if v)


def _doc_mentions(doc: Doc, offset: int) -> list[_Mention]:
    """Mentions of spaCy's entities, their offsets shifted by ``offset``."""
    out = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label:
            out.append(_Mention(ent.start_char + offset, ent.end_char + offset, label, 1))
    return out


def _lexicon_mentions(text: str, rules: _Rules) -> list[_Mention]:
    """Lexicon names over the whole text, once (a name never holds a line break)."""
    out = []
    for name, pattern, label in rules.lexicon:
        if name in text:  # a plain substring test first: most names are absent
            out.extend(_Mention(m.start(), m.end(), label, 3) for m in pattern.finditer(text))
    return out


def _media_mentions(text: str, lo: int, hi: int, rules: _Rules) -> list[_Mention]:
    chunk = text[lo:hi]
    out = []
    for pattern in rules.media:
        for m in pattern.finditer(chunk):
            s, e = (m.start("name"), m.end("name")) if "name" in pattern.groupindex else (m.start(), m.end())
            out.append(_Mention(lo + s, lo + e, "ORG", 2))
    return out


class _Within:
    """``[m for m in mentions if m.start >= lo and m.end <= hi]`` for many (lo, hi), each by
    bisection (a text of thousands of lines must not scan every mention for each line)."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.mentions = mentions
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.order = order
        self.starts = [mentions[i].start for i in order]

    def __call__(self, lo: int, hi: int) -> list[_Mention]:
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        picked = sorted(i for i in self.order[a:b] if self.mentions[i].end <= hi)
        return [self.mentions[i] for i in picked]


def _within(mentions: list[_Mention], lo: int, hi: int) -> list[_Mention]:
    return [m for m in mentions if m.start >= lo and m.end <= hi]


def _fix_span(text: str, m: _Mention, rules: _Rules) -> _Mention | None:
    """Trim punctuation and generic heads; re-attach split name particles."""
    s, e = m.start, m.end
    # Never cross a line: keep the longest line of the mention.
    if "\n" in text[s:e]:
        pieces = [(s + a.start(), s + a.end()) for a in _LINE.finditer(text[s:e])]
        s, e = max(pieces, key=lambda p: p[1] - p[0])
    while s < e and text[s] in _EDGE_PUNCT:
        s += 1
    while e > s and text[e - 1] in _EDGE_PUNCT and not (text[e - 1] == "." and _INITIAL_END.search(text[s:e])):
        e -= 1
    # Sentence-initial function words taken into the mention ("Selon Al-Sumaria News").
    while True:
        lead = _LEAD.match(text[s:e])
        if not lead or lead.end() >= e - s:
            break
        word = lead.group(1)
        is_article = word.lower() in rules.articles and (word.islower() or m.label != "ORG")
        if word not in rules.leading and not is_article:
            break
        s += lead.end()
    label = m.label
    # A title before a name inside an ORG/MISC mention ("House Nancy Pelosi"): the name is a person.
    if label in ("ORG", "MISC", "LOC") and text.startswith(rules.title_heads, s, e):
        surface = text[s:e]
        for t in rules.titles:
            if surface.startswith(t + " "):
                rest = surface[len(t) + 1 :]
                if _TITLED_NAME.fullmatch(rest):
                    s, label = e - len(rest), "PER"
                break
    if label in ("LOC", "ORG"):
        low = text[s:e].lower()
        for d in rules.designators if low.startswith(rules.designators) else ():
            if low.startswith(d) and e - s > len(d) + 1:
                s += len(d)
                break
    # "Al-" split off by the tokenizer: pull a preceding particle back in ("Al-" + "Anbar").
    before = _PARTICLE_BEFORE.search(text[max(0, s - 8) : s])
    if before and before.group(1).lower() in rules.particles and text[s - 1] == "-":
        s -= len(before.group(0))
    # A mention ending in a bare particle ("… Al") takes the hyphenated word after it.
    after = _HYPHENATED.match(text[e : e + 40])
    last = _WORD_SPLIT.split(text[s:e])[-1].lower()
    if after and (last in rules.particles or text[e - 1].isupper()):
        e += after.end()
    if e - s < 2 or text[s:e].lower() in rules.stop or not any(c.isupper() for c in text[s:e]):
        return None
    surface = text[s:e]
    if label == "LOC" and (surface in rules.demonyms or rules.demonym_re.match(surface)):
        label = "MISC"
    if rules.inclusive.search(surface):
        label = "MISC"  # « Suisse·sse·s », « citoyen·ne·s »: people, in inclusive writing, no organisation or place
    first = surface.split()[0]
    if first.islower() and first.lower() in rules.roles and label != "PER":
        return None  # « ministre de l'Intérieur »: a role, no organisation's name
    # "le gouverneur d'Alep, Fayez Mardini": a two-to-four-word name right after a person's role is a person.
    if (
        label != "PER"
        and m.priority == 1
        and _NAME.fullmatch(surface)
        and rules.role_before.search(text[max(0, s - 80) : s])
    ):
        label = "PER"
    return _Mention(s, e, label, m.priority)


def _resolve_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    """Keep the highest-priority, then longest, mention of overlapping ones."""
    chosen: list[_Mention] = []
    # The chosen mentions never overlap, so sorted by start they are sorted by end too: a
    # new one overlaps one of them only if it overlaps the last one starting before its end.
    starts: list[int] = []
    ends: list[int] = []
    for m in sorted(mentions, key=lambda m: (-m.priority, -(m.end - m.start), m.start)):
        i = bisect.bisect_left(starts, m.end)
        if i and ends[i - 1] > m.start:
            continue
        chosen.append(m)
        starts.insert(i, m.start)
        ends.insert(i, m.end)
    return sorted(chosen, key=lambda m: m.start)


@lru_cache(maxsize=16384)
def fold(name: str) -> str:
    """A matching key: no accents, no case, no leading article/particle, hyphens as spaces (cached)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’'`]", "'", s)
    s = re.sub(r"^(?:the|le|la|les|l')\s*", "", s)
    s = re.sub(r"^(?:al|el)[-\s]", "", s)
    return " ".join(re.split(r"[\s\-]+", s)).strip(" .")


def _canonicals(text: str, mentions: list[_Mention]) -> list[str]:
    """One canonical name per mention: the fullest, best-capitalised surface of its entity."""
    surfaces = [" ".join(text[m.start : m.end].split()) for m in mentions]
    keys = [fold(s) for s in surfaces]
    groups: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault((m.label, keys[i]), []).append(i)
    # Surname-only or partial mentions join a longer name of the same label
    # whose words they end (PER) or begin (ORG) with.
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    ordered = sorted(groups, key=lambda g: -len(g[1]))
    for g in ordered:
        label, key = g
        words = key.split()
        for other in ordered:
            olabel, okey = other
            if other == g or olabel != label or len(okey) <= len(key):
                continue
            owords = okey.split()
            if (label == "PER" and owords[-len(words) :] == words) or (
                label in ("ORG", "LOC", "MISC") and owords[: len(words)] == words and len(words) >= 1
            ):
                parent[g] = parent.get(other, other)
                break
    best: dict[tuple[str, str], str] = {}
    for g, idxs in groups.items():
        root = parent.get(g, g)
        cands = [surfaces[i] for i in idxs]
        cands += [surfaces[i] for h, hidx in groups.items() if parent.get(h, h) == root for i in hidx]
        counts = Counter(cands)
        pick = max(cands, key=lambda s: (s[:1].isupper() and not s.isupper(), len(fold(s)), counts[s]))
        prev = best.get(root)
        if prev is None or (len(fold(pick)), pick[:1].isupper()) > (len(fold(prev)), prev[:1].isupper()):
            best[root] = pick
    return [best[parent.get((m.label, keys[i]), (m.label, keys[i]))] for i, m in enumerate(mentions)]


def _propagate(text: str, found: list[_Mention], article: Any) -> list[_Mention]:
    """Tag other occurrences of names found elsewhere in the article (NER misses repeats, titles)."""
    out: list[_Mention] = []
    names: dict[str, EntityLabel] = {}
    for m in found:
        surface = text[m.start : m.end]
        if len(surface) >= 4 and "\n" not in surface:
            names.setdefault(surface, m.label)
    # Spellings absent from the text are never searched.
    searches: list[tuple[EntityLabel, list[str]]] = []
    for name, label in names.items():
        variants = [v for v in {name, name[:1].upper() + name[1:]} if v in text]
        if variants:
            searches.append((label, variants))
    for para in article.paragraphs:
        if para.label not in ENTITY_ROLES:
            continue
        chunk = text[para.start : para.end]
        for label, variants in searches:
            for v in variants:
                # _name_re(v).finditer(chunk), jumping from one occurrence of the name to the next
                # (no pattern to compile for every new name)
                pos = 0
                while (at := chunk.find(v, pos)) >= 0:
                    end = at + len(v)
                    if not _whole_word(chunk, at, end):
                        pos = at + 1
                        continue
                    out.append(_Mention(para.start + at, para.start + end, label, 0))
                    pos = max(end, at + 1)
    return out


def _whole_word(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` stands as a whole word, as :func:`_name_re` matches it."""
    before = s[start - 1] if start > 0 else ""
    after = s[end] if end < len(s) else ""
    return not (_word_char(before) or _word_char(after))


def _word_char(c: str) -> bool:
    return bool(c) and (c.isalnum() or c in "_-")


@lru_cache(maxsize=4096)
def _name_re(name: str) -> re.Pattern[str]:
    """A name as a whole word (not inside a longer word or hyphenated name)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _relabel_surnames(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A lone surname of a person named in full elsewhere is that person, whatever NER said."""
    surnames = set()
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.label == "PER" and len(words) >= 2:
            surnames.add(words[-1])
    for m in mentions:
        if m.label != "PER" and text[m.start : m.end] in surnames:
            m.label = "PER"
    return mentions


def find_entities(parsed: Parsed) -> list[Entity]:
    """Entities of the article's title, captions and body, corrected and merged.

    parsed (Parsed): the parsed article.
    RETURNS (list[Entity]): non-overlapping mentions in text order.
    """
    article = parsed.article
    text = article.text
    if parsed.doc is None or not parsed.has_model:
        return []
    raw: list[_Mention] = []
    doc_mentions = _Within(_doc_mentions(parsed.doc, 0))
    lexicon: dict[str, _Within] = {}  # language -> lexicon mentions over the text
    for i, para in enumerate(article.paragraphs):
        if para.label not in ENTITY_ROLES:
            continue
        seg = parsed.segments.get(i)
        plang = (para.attrs.language if seg is not None else article.language) or "en"
        rules = _rules(plang)
        if seg is not None:
            mentions = _within(_doc_mentions(seg, para.start), para.start, para.end)
        else:
            mentions = doc_mentions(para.start, para.end)
        if plang not in lexicon:
            lexicon[plang] = _Within(_lexicon_mentions(text, rules))
        mentions += lexicon[plang](para.start, para.end)
        mentions += _media_mentions(text, para.start, para.end, rules)
        for m in mentions:
            fixed = _fix_span(text, m, rules)
            if fixed and para.start <= fixed.start and fixed.end <= para.end:
                raw.append(fixed)
    kept = _relabel_surnames(text, _resolve_overlaps(raw + _propagate(text, raw, article)))
    operations = operation_names(text, article.language or "en")
    for m in kept:
        if text[m.start : m.end] in operations:
            m.label = "MISC"  # "Triton" of « l'opération Triton »: an operation everywhere in the article
    canon = _canonicals(text, kept)
    return [
        Entity(start=m.start, end=m.end, text=text[m.start : m.end], label=m.label, attrs=EntityAttrs(canonical=c))
        for m, c in zip(kept, canon, strict=True)
    ]


@analyzer("entities", "4", assigns=("entities",))
def entities(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Analyzer: named entities with canonical names."""
    return {"entities": find_entities(parsed)}
