"""English quotations no cue claimed: opened by a colon, or handed to a verb after them (stop 39, en39).

All text here is invented.
"""

from __future__ import annotations

from tests.attribution.conftest import contents, with_lexicon


def _direct(atts):
    return [(a["cue"]["text"] if a["cue"] else None, contents(a), a["kind"]) for a in atts if a["kind"] == "direct"]


def test_a_colon_opens_a_quotation_on_its_line_or_the_next(en):
    _, atts = en(
        "The harbour board of Vellmoor was firm in its findings: “No ferry will leave the quay before the tide turns.”",
        "More from the report:",
        "“The lighthouse keepers counted eleven gulls on the pier every morning in May.”",
    )
    found = _direct(atts)
    assert (":", ["“No ferry will leave the quay before the tide turns.”"], "direct") in found
    assert (":", ["“The lighthouse keepers counted eleven gulls on the pier every morning in May.”"], "direct") in found


def test_a_short_label_after_a_colon_is_not_taken(en):
    _, atts = en("The new ferry has a name at last: “Gull Three”.")
    assert _direct(atts) == []


def test_colon_quotations_are_off_without_the_flag():
    quote = "“No ferry will leave the quay before the tide turns.”"
    text = f"The harbour board of Vellmoor was firm in its findings: {quote}"
    assert _direct(with_lexicon(text, "en")) == [(":", [quote], "direct")]
    assert _direct(with_lexicon(text, "en", colon_quotes=False)) == []


def test_a_verb_after_a_quotation_closing_on_a_comma_or_mark_is_its_cue(en):
    _, atts = en(
        "“Keep every lamp lit until dawn,” Warden Osric growled before he climbed the tower stairs.",
        "“Not before noon!” beamed the old pilot of Vellmoor.",
    )
    by = {a["cue"]["text"]: a for a in atts if a["cue"]}
    assert contents(by["growled"]) == ["“Keep every lamp lit until dawn,”"]
    assert "Osric" in by["growled"]["source"]["text"]
    assert contents(by["beamed"]) == ["“Not before noon!”"]
    assert by["beamed"]["kind"] == "direct"


def test_a_quotation_closing_on_a_full_stop_hands_nothing_to_the_next_verb():
    text = "The captain wrote “Gulls first.” The crew painted it again."
    assert with_lexicon(text, "en") == with_lexicon(text, "en", quote_then_verb=False)
