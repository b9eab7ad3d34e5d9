"""Attribution: who says (believes, wants, fears…) what in an article, and how.

:func:`extract_attributions` reads the one spaCy parse of an article and
returns attributions with character offsets into ``article.text`` (the form
the evaluation reads)::

    {"id", "source": {start,end,text}|None, "speaker", "source_type", "role",
     "cue": {start,end,text}|None, "content": [{start,end,text}], "kind",
     "hedged", "hedge_cues": [str], "hedge_spans": [{start,end,text}], "via": {…}|None}

:func:`attribution_findings` turns them into the analysis's typed findings:
spans in the ``cues``, ``sources``, ``contents`` and ``hedges`` groups and
:class:`~newsloupe.model.Attribution` records that refer to them by index.

The rules (:mod:`.rules`) find cues, sources and content; :mod:`.speakers`
resolves pronouns and roles; :mod:`.source_types` and :mod:`.hedges` label
them. Languages without rules (no ``lang/<code>/attribution.json``) get direct
quotations by punctuation only, with a note saying what was skipped.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from typing import TYPE_CHECKING, Any, NamedTuple

from newsloupe.attribution.doc import AttributionDoc
from newsloupe.attribution.hedges import hedge_cues, word_hits
from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.attribution.quote_speakers import quote_parts, quote_speaker
from newsloupe.attribution.quotes import Quote, find_quotes
from newsloupe.attribution.reports_multi import reported_speech
from newsloupe.attribution.rules import Found, find_attributions
from newsloupe.attribution.source_types import SOURCE_TYPES
from newsloupe.attribution.speakers import People, resolve_all
from newsloupe.lang import quote_speakers_read
from newsloupe.model import Attribution, QuoteAttrs, Span, make_span

if TYPE_CHECKING:
    from newsloupe.nlp import Parsed

__all__ = [
    "SOURCE_TYPES",
    "AttributionFindings",
    "attribution_findings",
    "extract_attributions",
    "quote_only_attributions",
    "quote_spans",
    "sourced_contents",
]

MIN_QUOTE_WORDS = 3


class _Mention(NamedTuple):
    """An entity mention as speaker resolution reads it (``canonical`` at the top level)."""

    start: int
    end: int
    label: str
    text: str
    canonical: str

    @classmethod
    def of(cls, e: Any) -> _Mention:
        attrs = getattr(e, "attrs", None)
        canonical = getattr(attrs, "canonical", None) or getattr(e, "canonical", "") or ""
        return cls(e.start, e.end, e.label, getattr(e, "text", ""), canonical)


class AttributionFindings(NamedTuple):
    """What the attributions analyzer assigns: four span groups and the attributions."""

    cues: list[Span[None]]
    sources: list[Span[None]]
    contents: list[Span[None]]
    hedges: list[Span[None]]
    attributions: list[Attribution]


def attribution_findings(text: str, found: list[dict[str, Any]]) -> AttributionFindings:
    """Typed findings of :func:`extract_attributions`' output.

    Each distinct stretch is one span of its group (sources labelled with their source type,
    contents with the attribution's kind); attributions refer to spans by index, and ``via``
    to the relaying attribution's id.
    text (str): the article text.
    found (list[dict]): from :func:`extract_attributions`.
    RETURNS (AttributionFindings): the groups and the attributions, in text order.
    """
    groups: dict[str, list[Span[None]]] = {"cues": [], "sources": [], "contents": [], "hedges": []}
    index: dict[tuple[str, int, int, str], int] = {}

    def ref(group: str, span: dict[str, Any] | None, label: str) -> int | None:
        if span is None:
            return None
        key = (group, span["start"], span["end"], label)
        if key not in index:
            index[key] = len(groups[group])
            groups[group].append(make_span(text, span["start"], span["end"], label))
        return index[key]

    # the relaying attribution: same source stretch, speaker and type as the dict's "via"
    by_source: dict[tuple[Any, ...], str] = {}
    for a in found:
        if a.get("source") is not None:
            key = (a["source"]["start"], a["source"]["end"], a.get("speaker"), a.get("source_type"))
            by_source.setdefault(key, a["id"])
    out = []
    for a in found:
        via = a.get("via")
        out.append(
            Attribution(
                id=a["id"],
                source=ref("sources", a.get("source"), a.get("source_type") or "none"),
                cue=ref("cues", a.get("cue"), "cue"),
                content=[r for c in a.get("content", []) if (r := ref("contents", c, a["kind"])) is not None],
                hedges=[r for h in a.get("hedge_spans", []) if (r := ref("hedges", h, "hedge")) is not None],
                speaker=a.get("speaker"),
                source_type=a.get("source_type") or "none",
                role=a.get("role"),
                roles=list(a.get("roles") or []),
                kind=a["kind"],
                hedged=bool(a.get("hedged")),
                via=None
                if via is None
                else by_source.get((via["start"], via["end"], via.get("speaker"), via.get("source_type"))),
            )
        )
    return AttributionFindings(groups["cues"], groups["sources"], groups["contents"], groups["hedges"], out)


def sourced_contents(findings: AttributionFindings) -> list[tuple[int, int]]:
    """(start, end) of the contents of attributions that have a source."""
    return [
        (findings.contents[c].start, findings.contents[c].end)
        for a in findings.attributions
        if a.source is not None
        for c in a.content
    ]


def quote_spans(text: str, quotes: list[Quote], sourced: list[tuple[int, int]]) -> list[Span[QuoteAttrs]]:
    """The quotations of ``text`` as spans (label ``quote``), marked attributed when their words
    are the content of an attribution with a source.

    quotes (list[Quote]): from :func:`find_quotes` (as the attribution rules found them).
    sourced (list[tuple[int, int]]): the contents of attributions with a source
        (:func:`sourced_contents`).
    RETURNS (list[Span[QuoteAttrs]]): in text order.
    """
    sourced = sorted(sourced)
    starts = [s for s, _ in sourced]
    reach = list(itertools.accumulate((e for _, e in sourced), max, initial=-1))
    out = []
    for q in quotes:
        # of the contents starting before the quote ends, one ending after it starts overlaps it
        hit = reach[bisect.bisect_left(starts, q.end)] > q.start
        out.append(make_span(text, q.start, q.end, "quote", attrs=QuoteAttrs(closed=q.closed, attributed=hit)))
    return out


def _span(text: str, se: tuple[int, int] | None) -> dict[str, Any] | None:
    if se is None:
        return None
    a, b = se
    return {"start": a, "end": b, "text": text[a:b]}


def quote_only_attributions(text: str, quotes: list[Quote] | None = None, lang: str = "") -> list[dict[str, Any]]:
    """Direct quotations by punctuation alone (languages without attribution rules), with their speaker when a
    reporting verb and a name stand next to the marks (:func:`~.quote_speakers.quote_speaker`, de/it/pl/ru), and
    the reports beyond them with a named speaker (:func:`~.reports_multi.reported_speech`: phrase cues, a reporting
    verb's complement clause, a verb after the content; stop 43). A quotation inside a report's content is part of
    it (a mixed report), not an attribution of its own.

    quotes (list[Quote] | None): the quotations of ``text`` when already found.
    lang (str): the article's language (no speaker is read without its ``quote_speakers.json``).
    """
    quotes = find_quotes(text, sided=True) if quotes is None else quotes
    said = {q: quote_speaker(text, q, lang) for q in quotes}
    # a direct report on a quotation whose speaker the marks already give is that quotation's
    reports = [
        r
        for r in reported_speech(text, lang, quotes, said)
        if r.kind != "direct" or not any(said[q] and q.inner_start == r.content[0][0] for q in quotes)
    ]
    spans = [c for r in reports for c in r.content]
    # a quotation a report gives in parts (an incise cut out of it: ``_bare_incises``) is that report's
    parted = {r.content[0][0] for r in reports if r.kind == "direct" and len(r.content) > 1}
    out: list[dict[str, Any]] = []
    for q in quotes:
        who = said[q]
        if who is None and len(text[q.inner_start : q.inner_end].split()) < MIN_QUOTE_WORDS:
            continue  # a word or two in marks with no speaker: a term, not a quotation ("Siamo contrari", X dice)
        if q.inner_start in parted or any(a <= q.inner_start and q.inner_end <= b for a, b in spans):
            continue
        out.append(
            {
                "source": None if who is None else _span(text, who.source),
                "speaker": None if who is None else plain_name(who.speaker),
                "source_type": "none" if who is None else who.source_type,
                "role": None if who is None else who.role,
                "roles": [] if who is None or who.role is None else [who.role],
                "cue": None if who is None else _span(text, who.cue),
                "content": [_span(text, c) for c in quote_parts(text, q, who)],
                "kind": "direct",
                "hedged": False,
                "hedge_cues": [],
                "hedge_spans": [],
                "via": None,
            }
        )
    for r in reports:
        out.append(
            {
                "source": _span(text, r.source),
                "speaker": plain_name(r.speaker) or None,  # a report with no source (stop 48): none
                "source_type": r.source_type,
                "role": r.role,
                "roles": [] if r.role is None else [r.role],
                "cue": _span(text, r.cue),
                "content": [_span(text, c) for c in r.content],
                "kind": r.kind,
                "hedged": bool(r.hedges),
                "hedge_cues": [text[a:b] for a, b in r.hedges],
                "hedge_spans": [_span(text, h) for h in r.hedges],
                "via": None,
            }
        )
    if reports:
        out.sort(key=lambda a: a["content"][0]["start"])
    return [{"id": f"a{n + 1}", **a} for n, a in enumerate(_named_in_full(out))]


def _named_in_full(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with a named speaker written by one word (``Owsiak``) given the one full name of the article's
    speakers that ends with it (``Jurek Owsiak``), before or after it, as the French rules do (stop 49); kept as
    it is when two full names end with it (``Anna X``, ``Jan X``) or none does."""
    full: dict[str, set[str]] = {}
    for a in found:
        words = (a["speaker"] or "").split()
        if a["source_type"] == "person_named" and len(words) >= 2:
            full.setdefault(words[-1].casefold(), set()).add(a["speaker"])
    for a in found:
        word = a["speaker"] or ""
        names = full.get(word.casefold(), set()) if a["source_type"] == "person_named" and " " not in word else ()
        if len(names) == 1:
            a["speaker"] = next(iter(names))
    return found


def extract_attributions(
    parsed: Parsed, entities: list[Any] | None = None, learned: dict[str, Any] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Attributions of a parsed article, and notes on what was skipped.

    parsed (Parsed): the article and its spaCy parse.
    entities (list[Entity] | None): ``analysis.spans.entities`` when available (better names).
    learned (dict | None): a learned cue model to use instead of the shipped one (evaluation).
    RETURNS (tuple[list[dict], list[str]]): the attributions in text order, and notes.
    """
    text = parsed.article.text
    lang = parsed.article.language or ""
    if entities:
        entities = [_Mention.of(e) for e in entities]
    lex = get_lexicon(lang) if parsed.doc is not None and parsed.has_model else None
    if lex is not None and learned is not None:
        lex = dataclasses.replace(lex, learned=learned)
    if lex is None:
        note = (
            f"attributions: no attribution rules for language {lang or 'unknown'!r}; only direct quotations "
            "were found (by punctuation); cues, sources, speakers and indirect speech were skipped"
        )
        if quote_speakers_read(lang):
            note = (
                f"attributions: no attribution rules for language {lang!r}; direct quotations were found (by "
                "punctuation), with their speaker when a reporting verb and a name stand next to the marks, and "
                "reports with a named source (a phrase cue such as laut/secondo/według/по словам, a reporting verb's "
                "clause, a verb after the content; a pronoun, role, outlet noun or bare verb resolved to a source "
                "named before; a document named after an impersonal verb; an unnamed group named by a listed plural "
                "noun); other unnamed sources and unsourced statements were skipped"
            )
        quotes = parsed.scratch["quotes"] = find_quotes(text, sided=True)  # found once; the analyzer keeps them
        return quote_only_attributions(text, quotes, lang), [note]
    found, d = find_attributions(parsed.doc, lex, parsed.article.text)
    parsed.scratch["quotes"] = d.quotes  # found once; the analyzer keeps them (spans.quotes)
    return to_dicts(d, found, People(d, entities)), []


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b"))  # a soft hyphen, a zero-width space
# an editor's square brackets inside a name ("[John] Smith" cut after its "["): not part of it (stop 50)
_BRACKETS = dict.fromkeys(map(ord, "[]"))


def plain_name(speaker: str | None) -> str | None:
    """A speaker's name without the invisible break marks the source text kept in it ("le \u00administre") and
    without an editor's square brackets ("John] Smith")."""
    if not speaker:
        return speaker
    plain = speaker.translate(_INVISIBLE)
    if "[" in plain or "]" in plain:
        plain = " ".join(plain.translate(_BRACKETS).split()) or plain
    return plain


def to_dicts(d: AttributionDoc, found: list[Found], people: People) -> list[dict[str, Any]]:
    """Resolve speakers and hedges of ``found`` and turn them into JSON-ready dicts."""
    resolve_all(d, found, people)
    text = d.text
    hits = word_hits(d)
    out: list[dict[str, Any]] = []
    for n, f in enumerate(found):
        others = [span for m, g in enumerate(found) if m != n for span in g.content]
        hc = hedge_cues(d, f, hits, others)
        via = None
        if f.via is not None and found[f.via].source is not None:
            g = found[f.via]
            via = _span(text, g.source)
            via.update({"speaker": plain_name(g.speaker), "source_type": g.source_type})  # type: ignore[union-attr]
        elif f.medium is not None:  # "X told Ruptly that …": the outlet told
            via = _span(text, f.medium)
            via.update({"speaker": text[f.medium[0] : f.medium[1]], "source_type": "media"})  # type: ignore[union-attr]
        out.append(
            {
                "id": f"a{n + 1}",
                "source": _span(text, f.source),
                "speaker": plain_name(f.speaker),
                "source_type": f.source_type,
                "role": f.role,
                "roles": f.roles,
                "cue": _span(text, f.cue),
                "content": [_span(text, c) for c in f.content],
                "kind": f.kind,
                "hedged": bool(hc),
                "hedge_cues": [text[a:b] for a, b in hc],
                "hedge_spans": [_span(text, c) for c in hc],
                "via": via,
            }
        )
    return out
