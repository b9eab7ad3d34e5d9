"""The assertions analyzer: contestable claims in the outlet's own voice.

See :mod:`newsloupe.attribution.assertions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.attribution.assertions import find_assertions
from newsloupe.model import AssertionAttrs, make_span

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed


@analyzer("assertions", "8", requires=("attributions",), assigns=("assertions",))
def assertions(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Flag unsourced, contestable sentences (``analysis.spans.assertions``)."""
    doc = parsed.doc if parsed.has_model else None
    # the quotations the attributions analyzer found (found again if it did not run)
    quotes = [(q.start, q.end) for q in analysis.spans.quotes] if "attributions" in analysis.pipeline else None
    found = find_assertions(doc, parsed.article, analysis.attributions, analysis.spans, quotes)
    text = parsed.article.text
    spans = [
        make_span(
            text,
            a["start"],
            a["end"],
            "assertion",
            score=a["score"],
            attrs=AssertionAttrs(
                triggers=[make_span(text, t["start"], t["end"], t["category"]) for t in a["triggers"]]
            ),
        )
        for a in found
    ]
    return {"assertions": spans}
