"""English direct quotations on real news (stop 40, en40): a long subject between a quotation and its cue, and
a quotation standing as a paragraph of its own after its speaker's paragraph.

All text here is invented.
"""

from __future__ import annotations

from tests.attribution.conftest import by_cue, contents, with_lexicon


def _quoted(atts):
    return [(a["cue"]["text"] if a["cue"] else None, contents(a), a["speaker"]) for a in atts if a["kind"] == "direct"]


def test_a_long_apposition_between_a_quotation_and_its_cue_is_no_gap(en):
    quote = "“We told the captain at dawn [to] keep the lamps lit, the storm will not wait,”"
    _, atts = en(f"{quote} Ona Brill, one of the Vellmoor harbour board’s three oldest pilots, told the Gazette.")
    told = by_cue(atts, "told")
    assert contents(told) == [quote]  # (before: the clause after the bracket, "to] keep …", without the marks)
    assert told["speaker"] == "Ona Brill"


def test_a_long_subject_after_a_title_in_an_opening_phrase_takes_no_quotation(en):
    _, atts = en(
        "On Sunday’s episode of “The Gull Hour,” the harbour master of Vellmoor, Ona Brill, said the pier would close."
    )
    said = by_cue(atts, "said")
    assert contents(said) == ["the pier would close"]


def test_the_gap_flag_off_keeps_the_old_reading():
    text = "“The storm will not wait,” Ona Brill, one of the Vellmoor harbour board’s three oldest pilots, said."
    on = with_lexicon(text, "en")
    off = with_lexicon(text, "en", quote_gap_skips_subject=False)
    assert contents(by_cue(on, "said")) == ["“The storm will not wait,”"]
    assert contents(by_cue(off, "said")) != ["“The storm will not wait,”"]


def test_a_quotation_alone_in_its_paragraph_is_the_speaker_of_the_paragraph_before(en):
    _, atts = en(
        "“Keep the lamps lit,” Ona Brill said, calling the forecast “hopeless,” as she left the pier on Monday.",
        "“We will see whether the storm keeps its promise.”",
    )
    assert (None, ["“We will see whether the storm keeps its promise.”"], "Ona Brill") in _quoted(atts)


def test_a_paragraph_quotation_after_a_paragraph_nobody_speaks_in_stays_unclaimed(en):
    _, atts = en(
        "The ferry to Vellmoor left the quay at noon under a grey sky.",
        "“We will see whether the storm keeps its promise.”",
    )
    assert not [a for a in atts if "storm" in " ".join(contents(a))]


def test_a_quotation_inside_a_longer_paragraph_is_not_taken_by_the_paragraph_rule():
    paras = [
        "“Keep the lamps lit,” Ona Brill said, calling the forecast “hopeless,” as she left the pier on Monday.",
        "The gulls left early. “We will see whether the storm keeps its promise.”",
    ]
    on = [a for a in with_lexicon(paras, "en") if a["cue"] is None]
    off = [a for a in with_lexicon(paras, "en", paragraph_quotes=False) if a["cue"] is None]
    assert len(on) == len(off)
