"""The sourcing analyzer: a per-article summary of attributions and assertions.

See :mod:`newsloupe.attribution.sourcing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.attribution.sourcing import summarize
from newsloupe.model import Sourcing

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed


@analyzer("sourcing", "2", requires=("attributions", "assertions"), assigns=("sourcing",))
def sourcing(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Summarise who is given voice and how (``analysis.sourcing``)."""
    return {
        "sourcing": Sourcing.model_validate(summarize(analysis.attributions, analysis.spans.assertions, analysis.spans))
    }
