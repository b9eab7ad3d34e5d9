"""English speakers on real news (stop 41, en41): a second opening mark before a word opens a quotation inside
the first (it does not close it as a typo), a quotation left open at the end of a one-line paragraph is closed
there, and "the leaders" after "Mayor X and Council Leader Y" is both of them.

All text here is invented.
"""

from __future__ import annotations

from newsloupe.attribution import extract_attributions
from newsloupe.attribution.quotes import find_quotes
from newsloupe.lab.attribution_gold import line_article
from newsloupe.nlp import parse

# one paragraph a line, as the gold articles are read; the second line's quotation is never closed
_LINES = (
    "Mayor Lena Corvath and Council Leader Piet Vandersloot released a joint statement on Monday.\n"
    "“The harbour must stay open to everyone, and no one may close it without a vote in the council.\n"
    "The leaders said the inquiry “must find out whether foreign shipping cartels corruptly steered the tender.”\n"
    "“The people of Brellin deserve the truth,” they said."
)
_BOTH = "Lena Corvath and Piet Vandersloot"


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_a_second_opening_mark_before_a_word_opens_a_nested_quotation():
    text = "“We asked the pilots about what they call “the long night” at sea,” Ona Brill said."
    nested = [text[q.start : q.end] for q in find_quotes(text, nested=True) if q.depth == 1]
    assert _quoted(text) == ["“We asked the pilots about what they call “the long night” at sea,”"]
    assert nested == ["“the long night”"]  # (before: "“We asked … call “" closed by the second mark)


def test_a_second_opening_mark_after_a_word_still_closes_as_a_typo():
    text = "She said “the tide is late.“ Then she left."
    assert _quoted(text) == ["“the tide is late.“"]


def test_a_quotation_left_open_at_a_line_end_closes_there():
    quoted = _quoted(_LINES)
    assert "“The harbour must stay open to everyone, and no one may close it without a vote in the council." in quoted
    # (before: that mark was closed by the next line's opening mark, the words between taken for a quotation)
    assert not any(q.startswith("“The harbour") and "The leaders said" in q for q in quoted)
    assert "“must find out whether foreign shipping cartels corruptly steered the tender.”" in quoted


def test_the_leaders_and_their_they_are_the_two_named_before():
    parsed = parse(line_article("t", _LINES, "en"))
    atts, _ = extract_attributions(parsed)
    said = [a for a in atts if a["cue"] and a["cue"]["text"] == "said"]
    assert len(said) == 2  # (before: "The leaders said" was inside a quotation and missed)
    assert any("foreign shipping cartels" in c["text"] for c in said[0]["content"])
    assert [a["speaker"] for a in said] == [_BOTH, _BOTH]  # (before: the second one named no one)


def test_the_leaders_are_not_persons_joined_without_that_role():
    text = (
        "Mayor Lena Corvath and Harbour Master Piet Vandersloot released a joint statement on Monday.\n"
        "The union leaders said the tender was fair."
    )
    parsed = parse(line_article("t", text, "en"))
    atts, _ = extract_attributions(parsed)
    said = [a for a in atts if a["cue"] and a["cue"]["text"] == "said"]
    assert said
    assert said[0]["speaker"] != _BOTH
