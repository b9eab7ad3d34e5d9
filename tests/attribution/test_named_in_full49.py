"""A speaker named by a surname alone is the article's one speaker named in full with it, in de/it/pl/ru too
(issue 15, stop 49): invented text."""

from __future__ import annotations

from newsloupe.attribution import quote_only_attributions


def _speakers(text: str, lang: str) -> list[str]:
    return [a["speaker"] for a in quote_only_attributions(text, lang=lang) if a["source_type"] == "person_named"]


def test_a_surname_before_or_after_the_full_name_is_that_person() -> None:
    pl = (
        "„Zrobimy to jeszcze w tym roku, bo ludzie na to czekają” – powiedział Zawilski.\n\n"
        "Radko Zawilski powiedział, że fundacja zbierze pieniądze na nowy szpital w Radomiu.\n\n"
        "Zdaniem Zawilskiego zbiórka potrwa do marca."
    )
    assert _speakers(pl, "pl") == ["Radko Zawilski"] * 3
    ru = (
        "«Мы построим новый мост через реку до конца года», — заявил Горелов.\n\n"
        "Губернатор Радко Горелов заявил, что работы начнутся весной."
    )
    assert _speakers(ru, "ru") == ["Радко Горелов"] * 2
    de = (
        "„Wir bauen die Brücke bis zum Herbst fertig“, sagte Lindqvist.\n\n"
        "Radko Lindqvist sagte, die Kosten seien gedeckt."
    )
    assert _speakers(de, "de") == ["Radko Lindqvist"] * 2


def test_a_surname_two_full_names_share_stays_as_it_is() -> None:
    it = (
        "«Finiremo il ponte entro l'autunno», ha detto Lindqvist.\n\n"
        "Radko Lindqvist ha detto che i costi sono coperti.\n\n"
        "Vesna Lindqvist ha detto che il cantiere aprirà a marzo."
    )
    assert _speakers(it, "it") == ["Lindqvist", "Radko Lindqvist", "Vesna Lindqvist"]


def test_a_transcript_label_in_capitals_is_the_person_the_text_names_in_full() -> None:
    from tests.attribution.conftest import analyse

    paragraphs = [
        "Tonight on the show: the host Sean Calloway talks to two guests about the harbour inquiry.",
        "CALLOWAY: Welcome back. What did the inspectors find at the docks last week?",
        "Sara Quint, an engineer who visited the site, joined the show.",
        "QUINT: They found three cracked pillars and a rusted crane near the east gate.",
        "CALLOWAY: And nobody told the port authority about it for a whole month?",
    ]
    _, atts = analyse(paragraphs, "en")
    named = [(a["speaker"], a["source_type"]) for a in atts if a["cue"] and a["cue"]["text"] == ":"]
    assert ("Sean Calloway", "person_named") in named and ("CALLOWAY", "organization") not in named
