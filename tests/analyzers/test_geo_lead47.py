"""Places after the stop-47 user's trial: a town opening a venue's name, a moon of the same name as a town.
Every sentence is invented."""

from __future__ import annotations

from newsloupe.pipeline import analyze


def _places(text: str, lang: str = "en") -> dict[str, str | None]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return {p.text: p.attrs.country for p in analysis.spans.places}


def test_a_town_opening_a_venue_name_is_no_place_unless_its_country_is_named() -> None:
    venue = _places(
        "Police in Las Vegas, Nevada, said a guard of the Mandalay Bay hotel raised the alarm on Sunday. They said the "
        "Mandalay Bay Resort and Casino would stay closed."
    )
    assert "Mandalay" not in venue and venue["Las Vegas"] == "US"
    town = _places("Students marched in Mandalay on Sunday, Myanmar's second city, before the rains.")
    assert town["Mandalay"] == "MM"  # the town itself, no venue word after it
    assert _places("He stayed at the Moscow Ritz-Carlton hotel in 2013.")["Moscow"] == "RU"  # a capital stays
    # a venue with no place of another country beside it is in its town
    assert _places("Fans gathered outside the Manchester United stadium on Saturday.")["Manchester"] == "GB"


def test_a_moon_is_no_town_of_its_name() -> None:
    assert _places("Dunes and methane lakes cover Titan, the largest moon of Saturn, the Cassini probe found.") == {}
    assert _places("Les lacs de méthane de Titan, la lune de Saturne, ont été cartographiés.", lang="fr") == {}


def test_a_dateline_with_a_dash_and_no_agency_names_the_city() -> None:
    places = _places("Cup opens\n\nLYON — Norway beat Chile on Tuesday in the opening tie, the organisers said.")
    assert places["LYON"] == "FR"
    # a shouted label before a dash names no place
    assert "UPDATE" not in _places("Cup news\n\nUPDATE — Norway beat Chile on Tuesday.")
