"""Contestable claims the outlet makes in its own voice ("unsourced assertions").

A sentence is in the outlet's own voice when no attribution covers most of it
(content, cue or source) and it is not inside a quotation. Such a sentence is
an assertion when it carries triggers of a contestable claim, listed per
language in ``lang/<lang>/assertions.json``: accusations (a support/finance/
arm verb with a loaded object, "lie", "orchestrate"), intentions ascribed to
others ("dont l'objectif est", "seek to", purpose clauses), evaluative or
loaded wording, name-calling, sweeping generalisations (including a generic
plural group as subject: "Les Américains …"), unsupported causal links, stated
certainty, "the truth is" reveals, false dilemmas, sarcasm, the editorial "we"
("nos paysans"), rhetorical questions and scare quotes in the outlet's voice.
Phrases listed as ``neutral`` ("notre correspondant", "régime fiscal") cancel
the triggers they overlap. A line matching ``skip_line_patterns`` (an embedded
post: its link, its "— Name (@handle) date" signature) is not the outlet's voice.

Each trigger has a category weight; the sentence score is their noisy-or
(1 − Π(1 − w)), and a sentence is flagged at the file's threshold. Neutral
factual sentences have no trigger and score 0.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from newsloupe.attribution.lexicon import PhraseScanner, norm, word_regex
from newsloupe.ingest.text import is_form_line
from newsloupe.lang import load_data
from newsloupe.model import Attribution, SpanGroups
from newsloupe.nlp.tokens import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsloupe.model import Article

COVERED = 0.5  # share of a sentence under attributions that makes it someone else's voice
MIN_WORDS = 5


@dataclass(frozen=True)
class AssertionRules:
    """Compiled assertion triggers of one language."""

    threshold: float
    weights: dict[str, float]
    patterns: dict[str, re.Pattern[str]]
    folded: PhraseScanner  # the same for a lower-cased text
    accusation_verbs: frozenset[str]
    accusation_objects: frozenset[str]
    accusation_always: frozenset[str]
    generic_subjects: frozenset[str]
    purpose_marks: frozenset[str]
    skip_roles: frozenset[str]
    judgement_words: frozenset[str] = frozenset()  # single evaluative words that judge as a copula's predicate
    own_voice_cues: frozenset[str] = frozenset()  # intent cues ("seeks", "wants"): the outlet ascribes the aim
    imagined_cue: re.Pattern[str] | None = None  # before a cue, speech still to come ("will call it"): imagined
    skip_lines: re.Pattern[str] | None = None  # a line matching it is someone else's post (an embedded tweet)
    # a title matching it heads a product review, a deals list or a buying guide: its evaluations are the genre's,
    # no unsourced news claim (stop 45)
    service_title: re.Pattern[str] | None = None
    # ... only with a second sign of the genre in the text (a price with cents, a score, a product-test line)
    service_sign: re.Pattern[str] | None = None
    neutral: re.Pattern[str] | None = None
    neutral_folded: re.Pattern[str] | None = None


@cache
def get_rules(lang: str) -> AssertionRules | None:
    """The assertion rules of ``lang`` (None without a data file)."""
    data = load_data(lang, "assertions")
    if not data:
        return None
    patterns = {}
    for cat, words in data.get("phrases", {}).items():
        pat = word_regex(words)
        if pat is not None:
            patterns[cat] = pat
    folded = PhraseScanner(data.get("phrases", {}))
    return AssertionRules(
        threshold=float(data.get("threshold", 0.5)),
        weights={k: float(v) for k, v in data.get("weights", {}).items()},
        patterns=patterns,
        folded=folded,
        accusation_verbs=frozenset(norm(w) for w in data.get("accusation_verbs", [])),
        accusation_objects=frozenset(norm(w) for w in data.get("accusation_objects", [])),
        accusation_always=frozenset(norm(w) for w in data.get("accusation_always", [])),
        generic_subjects=frozenset(norm(w) for w in data.get("generic_subject_nouns", [])),
        purpose_marks=frozenset(norm(w) for w in data.get("purpose_marks", [])),
        skip_roles=frozenset(data.get("skip_roles", [])),
        judgement_words=frozenset(
            norm(w)
            for cat in data.get("judgement_categories", [])
            for w in data.get("phrases", {}).get(cat, [])
            if " " not in w
        ),
        own_voice_cues=frozenset(norm(w) for w in data.get("own_voice_cues", [])),
        imagined_cue=re.compile(data["imagined_cue_before"]) if data.get("imagined_cue_before") else None,
        skip_lines=re.compile("|".join(data["skip_line_patterns"])) if data.get("skip_line_patterns") else None,
        service_title=re.compile("|".join(data["service_title_patterns"]), re.IGNORECASE)
        if data.get("service_title_patterns")
        else None,
        service_sign=re.compile("|".join(data["service_sign_patterns"]), re.IGNORECASE)
        if data.get("service_sign_patterns")
        else None,
        neutral=word_regex(data.get("neutral", [])),
        neutral_folded=word_regex(data.get("neutral", []), folded=True),
    )


def _service_piece(rules: AssertionRules, title: str, text: str) -> bool:
    """A product review, a deals list or a buying guide: its title says so and its text shows a second sign of the
    genre (a price with cents, a score, a product-test line), so a news title alone mutes nothing (stop 45)."""
    if rules.service_title is None or rules.service_sign is None:
        return False
    return bool(rules.service_title.search(title)) and bool(rules.service_sign.search(text))


NEGATION = re.compile(r"(?<!\w)(?:n['\u2019]|ne|pas|jamais|plus|rien|never|not|n't|no longer)(?!\w)", re.IGNORECASE)


class AttributionOffsets(NamedTuple):
    """An attribution's stretches: source, cue and content (start, end) offsets."""

    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: list[tuple[int, int]]


def attribution_offsets(attributions: list[Any], spans: SpanGroups | None = None) -> list[AttributionOffsets]:
    """The source, cue and content offsets of ``attributions``.

    attributions (list): :class:`Attribution` records (their spans looked up in ``spans``), or
        the dicts of :func:`newsloupe.attribution.extract_attributions`.
    spans (SpanGroups | None): the analysis's span groups, for records.
    RETURNS (list[AttributionOffsets]): in the order of ``attributions``.
    """
    out = []
    for a in attributions:
        if isinstance(a, Attribution):
            g = spans or SpanGroups()
            src = None if a.source is None else (g.sources[a.source].start, g.sources[a.source].end)
            cue = None if a.cue is None else (g.cues[a.cue].start, g.cues[a.cue].end)
            out.append(AttributionOffsets(src, cue, [(g.contents[c].start, g.contents[c].end) for c in a.content]))
        else:
            src = None if a.get("source") is None else (a["source"]["start"], a["source"]["end"])
            cue = None if a.get("cue") is None else (a["cue"]["start"], a["cue"]["end"])
            out.append(AttributionOffsets(src, cue, [(c["start"], c["end"]) for c in a.get("content", [])]))
    return out


def _negated(a: AttributionOffsets, text: str) -> bool:
    """A cue said not to have been used ("n'ont jamais expliqué", "never said") attributes nothing."""
    if not a.cue or not text:
        return False
    return NEGATION.search(text[max(0, a.cue[0] - 4) : a.cue[1]]) is not None


def _covered_ranges(
    attributions: list[AttributionOffsets],
    text: str = "",
    own: frozenset[str] = frozenset(),
    imagined: re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    out = []
    for a in attributions:
        if _negated(a, text):
            continue
        if own and a.cue is not None and norm(text[a.cue[0] : a.cue[1]]) in own:
            continue  # "the council seeks to muzzle …": an aim the outlet ascribes, in its own voice
        if imagined and a.cue is not None and imagined.search(text[max(0, a.cue[0] - 12) : a.cue[1]]):
            continue  # "the farmers will call it …": speech the outlet foresees, no one's report
        for span in (a.source, a.cue):
            if span is not None:
                out.append(span)
        out.extend(a.content)
    return sorted(out)


def _coverage(a: int, b: int, ranges: list[tuple[int, int]]) -> float:
    covered = 0
    pos = a
    for x, y in ranges:
        if y <= pos or x >= b:
            continue
        lo, hi = max(x, pos), min(y, b)
        if hi > lo:
            covered += hi - lo
            pos = hi
    return covered / max(1, b - a)


def _token_triggers(sent: Span, rules: AssertionRules, tt: TokenTable) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    doc = sent.doc
    pos, dep, lemmas = tt.pos, tt.dep, tt.lem
    for i in range(sent.start, sent.end):
        # the tags say which rules may apply; only those tokens become Token objects
        tag = pos[i]
        lem = lemmas[i]
        accusation = tag == "VERB" and lem in rules.accusation_verbs
        initial = i - sent.start <= 2 and tag in ("NOUN", "PROPN")
        subject = initial or dep[i] in ("nsubj", "nsubj:pass", "nsubjpass")
        purpose = tag == "VERB" and dep[i] in ("advcl", "acl")
        judged = tag in ("ADJ", "NOUN") and tt.low[i] in rules.judgement_words
        if not (accusation or subject or purpose or judged):
            continue
        t = doc[i]
        if accusation:
            objs = [c for c in t.children if c.dep_ in ("obj", "dobj", "obl:arg")]
            loaded = lem in rules.accusation_always or any(
                norm(o.text) in rules.accusation_objects or norm(o.lemma_) in rules.accusation_objects for o in objs
            )
            # "soutiennent les pirates": backing a whole group, said in the outlet's voice
            group = any("Plur" in o.morph.get("Number") and _definite(o) for o in objs)
            if loaded or group:
                end = max([t.i] + [o.i for o in objs])
                span = doc[t.i : end + 1]
                out.append((span.start_char, span.end_char, "accusation" if loaded else "support_claim"))
        if subject and "Plur" in t.morph.get("Number"):
            det = [c for c in t.children if c.dep_ == "det" and norm(c.text) in ("les", "the")]
            # "Les Américains", "the Europeans": a whole people or group as one actor
            demonym = tag in ("NOUN", "PROPN") and t.text[:1].isupper() and t.ent_type_ not in ("PER", "PERSON", "ORG")
            if det and (demonym or tt.low[i] in rules.generic_subjects or lem in rules.generic_subjects):
                out.append((det[0].idx, t.idx + len(t.text), "generic_subject"))
        if judged:
            # "this argument is absurd", "c'est une mascarade": the outlet's verdict, its copula the trigger
            cop = [c for c in t.children if c.dep_ == "cop"]
            if not cop and t.dep_ in ("acomp", "attr") and t.head.lemma_ in ("be", "être"):
                cop = [t.head]
            if cop:
                out.append((cop[0].idx, cop[0].idx + len(cop[0].text), "judgement"))
        if purpose and "Inf" in t.morph.get("VerbForm"):
            marks = [c for c in t.children if c.dep_ in ("mark", "case", "aux") and norm(c.text) in rules.purpose_marks]
            if marks:
                out.append((marks[0].idx, t.idx + len(t.text), "purpose"))
    return out


def _voice_triggers(
    text: str, a: int, b: int, quotes: list[tuple[int, int]], contents: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Rhetorical question and scare quotes of a sentence already known to be in the outlet's voice."""
    out: list[tuple[int, int, str]] = []
    end = b
    while end > a and text[end - 1] in " \u00a0\u202f»\"”’'):":
        end -= 1
    if end > a and text[end - 1] == "?":
        out.append((end - 1, end, "rhetorical_question"))
    for x, y in quotes:
        if y <= a or x >= b or not (a <= x and y <= b):
            continue
        words = len(text[x:y].split())
        if words > 4 or any(cx < y and x < cy for cx, cy in contents):
            continue
        # «prétendues», "experts": a word or two held at a distance, with no speaker
        out.append((x, y, "scare_quote"))
    return out


def _line(text: str, a: int, b: int) -> str:
    """The line (between newlines) holding ``text[a:b]``."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return text[start : len(text) if end < 0 else end]


def _definite(tok: Token) -> bool:
    dets = ("les", "the", "ces", "these", "those")
    return any(c.dep_ in ("det", "poss", "nmod:poss") and norm(c.text) in dets for c in tok.children)


def find_assertions(
    doc: Doc | None,
    article: Article,
    attributions: list[Any],
    spans: SpanGroups | None = None,
    quotes: list[tuple[int, int]] | None = None,
) -> list[dict[str, Any]]:
    """Sentences of the outlet's own voice that make a contestable claim.

    doc (Doc | None): the article's parse (None: nothing is flagged).
    article (Article): the article (its paragraph roles say what to skip).
    attributions (list[Attribution | dict]): the article's attributions.
    spans (SpanGroups | None): the span groups ``attributions`` refer to (for records).
    quotes (list | None): (start, end) of the text's quotations when the attribution rules
        already found them (``analysis.spans.quotes``); found again when None.
    RETURNS (list[dict]): ``{start, end, text, score, triggers: [{start, end, text, category}]}``.
    """
    if doc is None:
        return []
    offsets = attribution_offsets(attributions, spans)
    rules = get_rules(article.language or "")
    if rules is None or _service_piece(rules, article.title or "", article.text):
        return []
    text = article.text  # (the parse keeps it exactly; Doc.text would join every token)
    tt = token_table(doc)
    skip = [(p.start, p.end) for p in article.paragraphs if p.label in rules.skip_roles]
    ranges = _covered_ranges(offsets, text, rules.own_voice_cues, rules.imagined_cue)
    hits: list[tuple[int, int, str]] = []
    low = text.lower()
    if len(low) == len(text):
        scan, neutral = low, rules.neutral_folded
        hits.extend(rules.folded.finditer(low))
    else:  # (a lower-cased text of another length would shift the offsets)
        scan, neutral = text, rules.neutral
        for cat, pat in rules.patterns.items():
            hits.extend((m.start(), m.end(), cat) for m in pat.finditer(text))
    if neutral is not None:
        # neutral phrases come from one finditer: sorted, not overlapping, so a hit overlaps
        # one when the first phrase ending after the hit's start begins before its end
        calm = [(m.start(), m.end()) for m in neutral.finditer(scan)]
        calm_ends = [y for _, y in calm]

        def _calm(h: tuple[int, int, str]) -> bool:
            k = bisect.bisect_right(calm_ends, h[0])
            return k < len(calm) and calm[k][0] < h[1]

        hits = [h for h in hits if not _calm(h)]
    hits.sort()
    hit_starts = [h[0] for h in hits]
    if quotes is None:
        from newsloupe.attribution.quotes import find_quotes

        quotes = [(q.start, q.end) for q in find_quotes(text)]
    contents = sorted(c for a in offsets for c in a.content)
    cues = [x.cue for x in offsets if x.cue is not None and not _negated(x, text)]
    out: list[dict[str, Any]] = []
    for sent in doc.sents:
        a, b = sent.start_char, sent.end_char
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a < 10 or len(text[a:b].split()) < MIN_WORDS:
            continue
        if any(x <= a and b <= y for x, y in skip):
            continue
        if rules.skip_lines is not None and rules.skip_lines.search(_line(text, a, b)):
            continue
        if is_form_line(text[a:b]):
            continue  # a web form's consent line glued to a paragraph ("You may opt out at any time."): furniture
        if _coverage(a, b, ranges) >= COVERED or _coverage(a, b, quotes) >= COVERED:
            continue
        trig = [h for h in hits[bisect.bisect_left(hit_starts, a) : bisect.bisect_left(hit_starts, b)] if h[1] <= b]
        trig.extend(_token_triggers(sent, rules, tt))
        # a partial quote next to its cue ("a qualifié de « … »") is reported speech, not a scare quote
        said = any(a <= x < b for x, _ in cues)
        trig.extend(_voice_triggers(text, a, b, quotes, [(a, b)] if said else contents))
        if not trig:
            continue
        seen: set[tuple[int, int]] = set()
        triggers = []
        miss = 1.0
        for s, e, cat in sorted(trig, key=lambda h: (h[0], -h[1])):
            if any(s < y and x < e for x, y in seen):
                continue
            seen.add((s, e))
            miss *= 1.0 - rules.weights.get(cat, 0.2)
            triggers.append({"start": s, "end": e, "text": text[s:e], "category": cat})
        score = round(1.0 - miss, 3)
        if score >= rules.threshold:
            out.append({"start": a, "end": b, "text": text[a:b], "score": score, "triggers": triggers})
    return out
