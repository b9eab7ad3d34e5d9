"""English verbs that report nothing (stop 41, en41): a verb no list holds seen as a cue only once in the cue
model's training, a reposted article's credit line.

All text here is invented.
"""

from __future__ import annotations

from tests.attribution.conftest import with_lexicon

_TEXT = [
    "Harbour employment in Vellmoor ticked down to 97.1 in June, a 2.4% decline.",
    "Pilots and dock workers both experienced the same 0.3% pay rise over the year.",
]


def _cues(atts):
    return [a["cue"]["text"] for a in atts if a["cue"]]


def test_a_verb_seen_once_as_a_cue_in_training_is_no_cue_with_the_floor():
    # (the floor is measured and off: it cost samples/stories-check19's claims, 0.853 -> 0.822)
    atts = with_lexicon(_TEXT, "en", learned_lemma_min_cues=2)
    assert not any(c.startswith(("ticked", "experienced")) for c in _cues(atts))


def test_without_the_evidence_floor_the_model_takes_them():
    # (stop 43, fix43: a thing acting on an object with a verb only the model takes is no source, so the
    # check turns that rule off to see the model's own choice; with it on, neither sentence reports)
    atts = with_lexicon(_TEXT, "en", thing_subjects_report_nothing=False)
    assert any(c.startswith(("ticked", "experienced")) for c in _cues(atts))
    assert _cues(with_lexicon(_TEXT, "en")) == []


def test_a_verb_seen_often_as_a_cue_still_is_one():
    atts = with_lexicon(
        ["The port authority discussed the new tariffs with the pilots on Monday."], "en", learned_lemma_min_cues=2
    )
    assert "discussed" in _cues(atts)


def test_a_reposted_article_s_credit_line_reports_nothing():
    atts = with_lexicon(
        [
            "The pier will reopen in May, the harbour board said.",
            "Article posted with permission from the Vellmoor Gazette",
        ],
        "en",
    )
    assert _cues(atts) == ["said"]  # (before: "posted", the document "Article", content "permission from …")


def test_without_the_pointer_noun_the_credit_line_is_a_report():
    atts = with_lexicon(
        [
            "The pier will reopen in May, the harbour board said.",
            "Article posted with permission from the Vellmoor Gazette",
        ],
        "en",
        pointer_nouns=frozenset(),
    )
    assert "posted" in _cues(atts)
