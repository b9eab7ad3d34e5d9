"""Dates after the stop-47 user's trial: an English present tense that schedules ("opens on Friday", "goes on sale
in late February") looks ahead of publication; a reporting verb's present does not. Every sentence is invented."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def _dates(text: str) -> list[tuple[str, str | None]]:
    a = analyze_article(Article(id="x", text=text, published="2019-11-20"), lang="en")
    return [(text[d.start : d.end], d.attrs.value) for d in a.spans.dates]


def test_a_present_tense_schedule_looks_ahead() -> None:
    assert _dates("The new gallery in Brenmoor opens its doors on Friday, the city said.") == [("Friday", "2019-11-22")]
    assert _dates("The Larkfield phone goes on sale in late February, its maker said.") == [
        ("late February", "2020-02")
    ]


def test_a_past_tense_or_a_reporting_present_stays_behind() -> None:
    assert _dates("The Brenmoor council voted on Friday to close the gallery.") == [("Friday", "2019-11-15")]
    assert _dates("Sales of the Larkfield phone fell in January, its maker said.") == [("in January", "2019-01")]
    assert _dates("The mayor of Brenmoor says on Friday that the gallery is safe.") == [("Friday", "2019-11-15")]


def test_a_day_with_a_name_of_its_own_is_no_weekday_to_date() -> None:
    assert _dates("Shoppers in Brenmoor queued for Black Friday deals, and the store opens on Friday at six.") == [
        ("Friday", "2019-11-22")
    ]
    a = analyze_article(
        Article(id="y", text="Le défilé du Mardi gras de Brenmoor a eu lieu dimanche.", published="2019-11-20"),
        lang="fr",
    )
    assert [a.text[d.start : d.end] for d in a.spans.dates] == ["dimanche"]


def test_a_headline_present_or_a_habit_is_no_schedule() -> None:
    assert _dates("Police arrest two men in Brenmoor on Friday.") == [("Friday", "2019-11-15")]
    assert _dates("Every year the Brenmoor market opens in January.") == [("in January", "2019-01")]


def test_a_named_day_keeps_the_explicit_date_beside_it() -> None:
    a = analyze_article(
        Article(id="z", text="The Brenmoor shops close on Good Friday, April 10, and reopen.", published="2020-03-20"),
        lang="en",
    )
    assert [d.attrs.value for d in a.spans.dates] == ["2020-04-10"]
