"""Sentences: the parse's sentence boundaries as a span group (``spans.sentences``).

Readers that work by sentence (the fact-check matcher, the article view) take them
from here instead of splitting the text again. Each span is labelled with the role of
its paragraph (``title``, ``body``, ``caption``...); leading and trailing spaces are left out.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.model import make_span
from newsloupe.nlp.tokens import sentence_bounds

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed


@analyzer("sentences", "2", assigns=("sentences",))
def sentences(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Sentence spans of the article text, labelled with their paragraph's role."""
    text = analysis.text
    paras = analysis.paragraphs
    starts = [p.start for p in paras]
    out = []
    for _, _, a, b in sentence_bounds(parsed.doc) if parsed.doc is not None else ():
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            continue
        k = bisect_right(starts, a) - 1
        role = paras[k].label if k >= 0 and a < paras[k].end else "body"
        out.append(make_span(text, a, b, role))
    return {"sentences": out}
