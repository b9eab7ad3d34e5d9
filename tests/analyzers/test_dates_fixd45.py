"""A past event told in a quotation (stop 45): a date on the object of a past verb ("boarded the ferry on May 15")
and a date under an attempt verb's infinitive ("tried to cross on May 16") take the year before publication when
the nearer one is after it. Every sentence is invented."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def _dates(text: str, published: str) -> dict[str, object]:
    analysis = analyze_article(Article(id="t", text=text, published=published), lang="en", analyzers=["dates"])
    return {d.text: d.attrs for d in analysis.spans.dates}


def test_object_of_a_past_verb_and_an_attempt_are_past() -> None:
    dates = _dates(
        "“We boarded the night ferry on May 15 and landed at Velmora harbour. After that, I tried to walk to the "
        "border post on May 16 but the guards turned me back,” the fisherman said.",
        "2019-11-20",
    )
    assert dates["May 15"].value == "2019-05-15"  # not the nearer 2020-05-15
    assert dates["May 16"].value == "2019-05-16"


def test_scheduling_and_intentions_stay_ahead() -> None:
    announced = _dates("The union announced a strike on May 15 at the Harlow depot.", "2019-11-20")
    assert announced["May 15"].value == "2020-05-15"  # a reporting or scheduling verb says nothing of the time
    future = _dates("The council will open a library on May 15 in Harlow.", "2019-11-20")
    assert future["May 15"].value == "2020-05-15"
    wants = _dates("The mayor wanted to open the library on May 16 in Harlow.", "2019-11-20")
    assert wants["May 16"].value == "2020-05-16"  # "want" is no attempt verb
