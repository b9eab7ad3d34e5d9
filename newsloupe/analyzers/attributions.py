"""The attributions analyzer: statements, beliefs and intentions ascribed to sources.

See :mod:`newsloupe.attribution`. Languages without attribution rules get
direct quotations by punctuation (the pipeline notes what was skipped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.attribution import attribution_findings, extract_attributions, quote_spans, sourced_contents
from newsloupe.attribution.quotes import find_quotes

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed


@analyzer(
    "attributions",
    "124",
    requires=("entities",),
    assigns=("cues", "sources", "contents", "hedges", "quotes", "attributions"),
)
def attributions(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Find the article's attributions and their cue, source, content and hedge spans, and the
    quotations of the text (``spans.quotes``, found once by the attribution rules).

    Without a trained pipeline for the language only direct quotations are
    found; the pipeline's note on the article already says what was skipped.
    """
    found, _notes = extract_attributions(parsed, analysis.spans.entities or None)
    text = parsed.article.text
    findings = attribution_findings(text, found)
    quotes = parsed.scratch.pop("quotes", None)
    return {
        **findings._asdict(),
        "quotes": quote_spans(text, find_quotes(text) if quotes is None else quotes, sourced_contents(findings)),
    }
