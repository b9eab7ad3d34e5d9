"""The attributions analyzer: statements, beliefs and intentions ascribed to sources.

See :mod:`newsloupe.attribution`. Languages without attribution rules get
direct quotations by punctuation (the pipeline notes what was skipped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.attribution import attribution_findings, extract_attributions

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed


@analyzer(
    "attributions",
    "4",
    requires=("entities",),
    assigns=("cues", "sources", "contents", "hedges", "attributions"),
)
def attributions(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Find the article's attributions and their cue, source, content and hedge spans.

    Without a trained pipeline for the language only direct quotations are
    found; the pipeline's note on the article already says what was skipped.
    """
    found, _notes = extract_attributions(parsed, analysis.spans.entities or None)
    return attribution_findings(parsed.article.text, found)._asdict()
