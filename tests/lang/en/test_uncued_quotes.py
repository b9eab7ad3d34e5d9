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
        "“Keep every lamp lit until dawn,” Captain Osric growled before he climbed the tower stairs.",
        "“Not before noon!” beamed the mayor of Vellmoor.",
    )
    by = {a["cue"]["text"]: a for a in atts if a["cue"]}
    assert contents(by["growled"]) == ["“Keep every lamp lit until dawn,”"]
    assert "Osric" in by["growled"]["source"]["text"]
    assert contents(by["beamed"]) == ["“Not before noon!”"]
    assert by["beamed"]["kind"] == "direct"


def test_a_quotation_closing_on_a_full_stop_hands_nothing_to_the_next_verb(en):
    _, atts = en("“Gulls first.” The crew went home early.")
    quote_end = len("“Gulls first.”")
    assert not [a for a in atts if a["cue"] and a["cue"]["start"] >= quote_end]


def test_a_verb_of_the_next_sentence_or_a_relative_clause_takes_no_quotation(en):
    # (before: "ran", "built", "hung" and "made" were the quotations' cues, their subjects the speakers)
    _, atts = en(
        "“Stop the boats!” The crowd ran toward the pier as the tide rose.",
        "“Never again!” The town built a lighthouse the next spring.",
        "“Why?” The question hung over the council for months.",
        "“Harbour Lights,” the song that made her famous, opened the concert.",
    )
    assert not [a for a in atts if a["cue"] and a["cue"]["text"] in ("ran", "built", "hung", "made", "opened")]


def test_a_verb_no_lexicon_lists_needs_a_subject_that_speaks(en):
    _, atts = en(
        "“Not a single gull,” the fog swallowed the quay.",
        "“Not a single gull,” Brannock grumbled.",
    )
    cues = [a["cue"]["text"] for a in atts if a["cue"]]
    assert "swallowed" not in cues
    assert "grumbled" in cues


def test_a_title_or_a_list_after_a_colon_is_no_speech(en):
    # (before: each was a direct quotation, the first with a source span running over the titles)
    _, atts = en(
        "Three books made the shortlist: “A House Above the Harbour”, “Salt and Iron” and “The Gull Keepers”.",
        "The mayor has a favourite film: “The Long Night of the Gulls”.",
        "Ingredients for the pie: “two pounds of cod, three onions and a cup of cream”.",
    )
    assert _direct(atts) == []


def test_a_statement_or_an_order_after_a_colon_is_still_speech(en):
    _, atts = en(
        "The harbour master Brannock was blunt: “Keep every lamp lit until the storm has passed.”",
        "The board of Vellmoor was firm in its findings: “No ferry will leave the quay before the tide turns.”",
    )
    found = [(a["cue"]["text"], a["source"] and a["source"]["text"]) for a in atts if a["cue"]]
    assert [cue for cue, _ in found] == [":", ":"]
    assert found[0][1] == "The harbour master Brannock"
    assert "Vellmoor" in found[1][1] and "ferry" not in found[1][1]
