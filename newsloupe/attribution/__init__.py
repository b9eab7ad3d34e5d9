"""Attribution: who says (believes, wants, fears…) what in an article, and how.

:func:`extract_attributions` reads the one spaCy parse of an article and
returns JSON-ready attributions with character offsets into ``article.text``::

    {"id", "source": {start,end,text}|None, "speaker", "source_type", "role",
     "cue": {start,end,text}|None, "content": [{start,end,text}], "kind",
     "hedged", "hedge_cues": [str], "hedge_spans": [{start,end,text}], "via": {…}|None}

The rules (:mod:`.rules`) find cues, sources and content; :mod:`.speakers`
resolves pronouns and roles; :mod:`.source_types` and :mod:`.hedges` label
them. Languages without rules (no ``lang/<code>/attribution.json``) get direct
quotations by punctuation only, with a note saying what was skipped.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from newsloupe.attribution.hedges import hedge_cues, word_hits
from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.attribution.quotes import find_quotes
from newsloupe.attribution.rules import Found, _Doc, find_attributions
from newsloupe.attribution.source_types import SOURCE_TYPES
from newsloupe.attribution.speakers import People, resolve_all

if TYPE_CHECKING:
    from newsloupe.nlp import Parsed

__all__ = ["SOURCE_TYPES", "extract_attributions", "quote_only_attributions"]

MIN_QUOTE_WORDS = 3


def _span(text: str, se: tuple[int, int] | None) -> dict[str, Any] | None:
    if se is None:
        return None
    a, b = se
    return {"start": a, "end": b, "text": text[a:b]}


def quote_only_attributions(text: str) -> list[dict[str, Any]]:
    """Direct quotations by punctuation alone (languages without attribution rules)."""
    out: list[dict[str, Any]] = []
    for q in find_quotes(text):
        if len(text[q.inner_start : q.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        out.append(
            {
                "id": f"a{len(out) + 1}",
                "source": None,
                "speaker": None,
                "source_type": "none",
                "role": None,
                "roles": [],
                "cue": None,
                "content": [_span(text, (q.inner_start, q.inner_end))],
                "kind": "direct",
                "hedged": False,
                "hedge_cues": [],
                "hedge_spans": [],
                "via": None,
            }
        )
    return out


def extract_attributions(
    parsed: Parsed, entities: list[Any] | None = None, learned: dict[str, Any] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Attributions of a parsed article, and notes on what was skipped.

    parsed (Parsed): the article and its spaCy parse.
    entities (list[Entity] | None): ``analysis.entities`` when available (better names).
    learned (dict | None): a learned cue model to use instead of the shipped one (evaluation).
    RETURNS (tuple[list[dict], list[str]]): the attributions in text order, and notes.
    """
    text = parsed.article.text
    lang = parsed.article.language or ""
    lex = get_lexicon(lang) if parsed.doc is not None and parsed.has_model else None
    if lex is not None and learned is not None:
        lex = dataclasses.replace(lex, learned=learned)
    if lex is None:
        note = (
            f"attributions: no attribution rules for language {lang or 'unknown'!r}; only direct quotations "
            "were found (by punctuation); cues, sources, speakers and indirect speech were skipped"
        )
        return quote_only_attributions(text), [note]
    found, d = find_attributions(parsed.doc, lex, parsed.article.text)
    return to_dicts(d, found, People(d, entities)), []


def to_dicts(d: _Doc, found: list[Found], people: People) -> list[dict[str, Any]]:
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
            via.update({"speaker": g.speaker, "source_type": g.source_type})  # type: ignore[union-attr]
        out.append(
            {
                "id": f"a{n + 1}",
                "source": _span(text, f.source),
                "speaker": f.speaker,
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
