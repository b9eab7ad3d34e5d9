"""Genre (stop 46, fixgeo46): an English text in a news report's style (who said what, no "I", no questions outside
quotations) has reporting shifted further; a column is not. Every text invented."""

from __future__ import annotations

import numpy as np

from newsloupe.persuasion.model import decide_genre, report_style

_WIRE = (
    "Health officials in Velmora confirmed a case of the plague on Tuesday, the regional news agency reported.\n"
    "The patient, a herder, was taken to hospital after he fell ill, the health office said.\n"
    "Officials said 30 people who had met him were in quarantine, according to the agency.\n"
    "Doctors told the agency that the man was stable. No other case was found, the office added."
)
_COLUMN = (
    "I have lived in Velmora for twenty years, and I have never seen the council so lost.\n"
    "Why do we keep electing people who ignore us? Our streets are dirty and our schools are failing!\n"
    "My neighbours said the same thing last week. We deserve better, and I think we know it."
)


def test_a_wire_story_reads_as_a_report_a_column_does_not() -> None:
    assert report_style(_WIRE, "en")
    assert not report_style(_COLUMN, "en")
    assert not report_style(_WIRE, "fr")  # no such rule for French
    pg = np.array([0.16, 0.72, 0.12])  # an English head's opinion by default
    assert decide_genre(pg, "en", _WIRE)["label"] == "reporting"
    assert decide_genre(pg, "en", _COLUMN)["label"] == "opinion"
    assert decide_genre(pg, "en")["label"] == "opinion"  # no text: the prior shift alone
