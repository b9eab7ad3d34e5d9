"""Places at stop 42 (fixb42, a new user's A-places; invented sentences): a town inside a person's name in a
language with no tagger ("Lloyd Austin"), and Jupiter's moon Europa in English, are no places."""

from __future__ import annotations

from newsloupe.pipeline import analyze


def _places(text: str, lang: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return [(p.text, p.attrs.country) for p in analysis.spans.places]


def test_a_given_name_then_a_town_is_a_person_in_german() -> None:
    got = _places("US-Verteidigungsminister Lloyd Austin sprach in Bergfeld mit dem Bürgermeister.", "de")
    assert ("Austin", "US") not in got


def test_europa_is_no_continent_in_english() -> None:
    got = _places("The Varnel probe will fly past Europa, a moon of Jupiter, before reaching Lindow.", "en")
    assert all(text != "Europa" for text, _ in got)
