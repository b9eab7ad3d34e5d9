"""Places a new user found read wrong at stop 41 (report A7, brief fix42): a given name in brackets before a surname
read as a town ("(Vladimir) X" -> Vladimir, Russia), a group of islands read as a town of its name (« les îles
Matsu » -> Matsue, Japan), and a piece of a hyphenated word (« la France d'En-Bas » -> "-Bas", Bas-en-Basset). Every
sentence is invented; the places they keep say where the rules stop."""

from __future__ import annotations

from newsloupe.pipeline import analyze


def _places(text: str, lang: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return [(p.text, p.attrs.country) for p in analysis.spans.places]


def test_a_given_name_in_brackets_before_a_surname_is_no_town() -> None:
    text = "Crise à Lyon\n\nLe ministre (Vladimir) Kostrov a rencontré les pêcheurs de Lyon mardi.\n"
    assert ("Vladimir", "RU") not in _places(text, "fr")
    assert ("Lyon", "FR") in _places(text, "fr")
    # the town named as a town stays one
    assert ("Vladimir", "RU") in _places("Le train est arrivé à Vladimir, en Russie, mardi soir.", "fr")


def test_a_group_of_islands_is_not_a_town_of_its_name() -> None:
    fr = "Tensions en mer\n\nDes navires ont croisé près des îles Matsu, au large de Taïwan, selon Taipei.\n"
    assert _places(fr, "fr") == [("Taïwan", "TW"), ("Taipei", "TW")]
    en = "Ships sailed near the Matsu Islands, off Taiwan, officials in Taipei said on Monday."
    assert ("Matsu", "JP") not in _places(en, "en")
    assert ("Taiwan", "TW") in _places(en, "en")


def test_a_piece_of_a_hyphenated_word_is_no_town() -> None:
    text = "La colère des campagnes\n\nLe maire de Corlay dit parler pour la France d'En-Bas, loin de Paris.\n"
    assert _places(text, "fr") == [("France", "FR"), ("Paris", "FR")]
