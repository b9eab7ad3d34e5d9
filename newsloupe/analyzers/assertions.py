"""The assertions analyzer: contestable claims in the outlet's own voice.

See :mod:`newsloupe.attribution.assertions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.attribution.assertions import find_assertions

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed


@analyzer("assertions", "1", requires=("attributions",), assigns=("assertions",))
def assertions(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Flag unsourced, contestable sentences (``analysis.assertions``)."""
    doc = parsed.doc if parsed.has_model else None
    return {"assertions": find_assertions(doc, parsed.article, analysis.attributions)}
