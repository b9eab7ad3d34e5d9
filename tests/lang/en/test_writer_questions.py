"""English questions the writer puts (stop 41, en41): a cue with no source in a question outside quotations.

All text here is invented.
"""

from __future__ import annotations

from tests.attribution.conftest import with_lexicon

_TEXT = [
    "The old lighthouse kept the sailors of Vellmoor safe for a century.",
    "Can that also be said of the new radar tower?",
]


def _cues(atts):
    return [a["cue"]["text"] for a in atts if a["cue"]]


def test_a_question_whose_cue_has_no_source_is_the_writer_s():
    assert not any("said" in c for c in _cues(with_lexicon(_TEXT, "en")))


def test_the_flag_off_keeps_it():
    assert any("said" in c for c in _cues(with_lexicon(_TEXT, "en", sourceless_questions=False)))


def test_a_question_with_a_source_stays_a_report():
    atts = with_lexicon(["Did the harbour master say the tower would open in May?"], "en")
    assert any("say" in c for c in _cues(atts))
