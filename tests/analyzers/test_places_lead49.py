"""Places from the stop-48 user's faults left: two towns joined by a hyphen (an axis, a route) are two places, and a
Russian region named by an adjective before « край » is the region, not a town of a like name. Every sentence is
invented."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def _places(text: str, lang: str) -> dict[str, tuple[str, str | None, str]]:
    analysis = analyze_article(Article(id="t", text=text), lang=lang, analyzers=["entities", "places"])
    return {p.text: (p.attrs.name, p.attrs.country, p.attrs.kind) for p in analysis.spans.places}


def test_two_towns_joined_by_a_hyphen_are_two_places() -> None:
    places = _places("Diplomatie\n\nLe couple Berlin-Paris traverse une crise, a dit le ministre à Varsovie.", "fr")
    assert "Berlin-Paris" not in places
    assert places["Berlin"][:2] == ("Berlin", "DE") and places["Paris"][:2] == ("Paris", "FR")
    route = _places("Transports\n\nLa liaison Bruxelles-Strasbourg coûtera plus cher dès juin, selon le député.", "fr")
    assert route["Bruxelles"][1] == "BE" and route["Strasbourg"][1] == "FR"
    german = _places("Politik\n\nDie Achse Berlin-Paris wackelt, sagte der Minister in Warschau.", "de")
    assert german["Berlin"][1] == "DE" and german["Paris"][1] == "FR"  # found by the scan: no parser in German


def test_a_hyphenated_name_the_gazetteer_knows_whole_stays_whole() -> None:
    places = _places("Régions\n\nLes maires des Hauts-de-France se sont réunis à Lille lundi.", "fr")
    assert places["Hauts-de-France"][1:] == ("FR", "region")


def test_a_russian_region_before_krai_is_the_region() -> None:
    places = _places("Учения\n\nВ Приморском крае прошли учения, сообщили в Москве.", "ru")
    assert places["Приморском"][1:] == ("RU", "region")  # Primorsky Krai, not the town Primorsk
    assert places["Москве"][:2] == ("Moscow", "RU")
    town = _places("Выборы\n\nВ Томске и Омске прошли выборы.", "ru")
    assert town["Томске"][:2] == ("Tomsk", "RU")
