"""English reports on real news (stop 42, en42): "As X reported, Y." reports the clause around it; a quotation
that closed its own sentence before '“…” She added, “…”' is not hers by that cue.

All text here is invented.
"""

from __future__ import annotations

from tests.attribution.conftest import by_cue, contents, with_lexicon


def test_an_as_clause_before_the_sentence_reports_the_clause_after_it(en):
    _, atts = en("As the Vellmoor Gazette reported last week, the harbour bridge will open in May.")
    reported = by_cue(atts, "reported")
    assert contents(reported) == ["the harbour bridge will open in May"]
    assert reported["speaker"] == "the Vellmoor Gazette"


def test_an_as_clause_after_the_sentence_reports_the_clause_before_it(en):
    _, atts = en("The ferry never carried more than forty passengers, as the harbour master has said.")
    assert contents(by_cue(atts, "has said")) == ["The ferry never carried more than forty passengers"]


def test_an_as_clause_whose_comma_the_parse_gives_it_reports_the_clause_after(en):
    _, atts = en("As Ona Brill said, the crisis in the harbour is very grave.")
    assert contents(by_cue(atts, "said")) == ["the crisis in the harbour is very grave"]


def test_an_as_clause_inside_the_sentence_reports_both_sides_but_not_a_lone_conjunction(en):
    _, atts = en(
        "The new pier, as the Gazette reported last week, is not much more than a plank.",
        "Yet, as Ona Brill observed, the pier will hold.",
    )
    assert contents(by_cue(atts, "reported")) == ["The new pier", "is not much more than a plank"]
    assert contents(by_cue(atts, "observed")) == ["the pier will hold"]


def test_the_as_clause_off_reports_nothing():
    atts = with_lexicon(["As the Vellmoor Gazette reported last week, the harbour bridge will open in May."], "en")
    off = with_lexicon(
        ["As the Vellmoor Gazette reported last week, the harbour bridge will open in May."],
        "en",
        as_clause_words=frozenset(),
    )
    assert contents(by_cue(atts, "reported")) == ["the harbour bridge will open in May"]
    assert not any(a["cue"] and a["cue"]["text"] == "reported" for a in off)


def test_an_as_clause_with_a_topic_is_a_time_not_a_report():
    text = ["As Ona Brill went on about the storm, the pilots went home."]
    on = with_lexicon(text, "en")
    off = with_lexicon(text, "en", as_clause_topics=frozenset())
    assert not any(contents(a) == ["the pilots went home"] for a in on)
    assert any(contents(a) == ["the pilots went home"] for a in off)


def test_an_as_clause_with_an_aim_keeps_its_infinitive(en):
    _, atts = en("As the board looks to cut costs, fares rise.")
    assert contents(by_cue(atts, "looks")) == ["to cut costs"]


def test_a_time_clause_with_a_report_of_its_own_is_left_alone(en):
    _, atts = en("As the rain fell, Ona Brill said the pier would close.")
    assert contents(by_cue(atts, "said")) == ["the pier would close"]


_ADDED = [
    "Mayor Jane Roe spoke at the pier on Tuesday.",
    "“The bridge will open in May.” She added, “We are proud of the workers.”",
]


def test_a_quotation_closed_before_a_new_sentence_is_not_the_next_cue_s(en):
    _, atts = en(*_ADDED)
    assert contents(by_cue(atts, "added")) == ["“We are proud of the workers.”"]


def test_the_closed_quotation_flag_off_joins_them():
    off = with_lexicon(_ADDED, "en", closed_quote_not_before=False)
    assert contents(by_cue(off, "added")) == ["“The bridge will open in May.”", "“We are proud of the workers.”"]


def test_a_quotation_split_around_its_cue_by_a_comma_stays_one_report(en):
    _, atts = en("“The bridge will open in May,” Roe added, “and we are proud of it.”")
    assert contents(by_cue(atts, "added")) == ["“The bridge will open in May,”", "“and we are proud of it.”"]
