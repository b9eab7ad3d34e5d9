"""Places a new user found read wrong at stop 40 (report A8): a verb opening a sentence read as a town (« Vire parano »,
the verb « virer »), and a person subject of "is saying" read as a town of a country the article names. Every
sentence is invented; the places they keep say where the rules stop."""

from __future__ import annotations

from newsloupe.pipeline import analyze


def _places(text: str, lang: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return [(p.text, p.attrs.country) for p in analysis.spans.places]


def test_a_verb_opening_a_sentence_is_no_town() -> None:
    glued = "Le préfet a perdu ses nerfs à Caen.\nDepuis, le garde dort mal.Vire parano, il cadenasse sa grange."
    assert _places(glued, "fr") == [("Caen", "FR")]
    spaced = "Le préfet a perdu ses nerfs à Caen. Depuis, le garde dort mal. Vire parano, il cadenasse sa grange."
    assert _places(spaced, "fr") == [("Caen", "FR")]
    # the same town followed by its verb stays a town
    assert ("Vire", "FR") in _places("Le festival a lieu en Normandie. Vire accueille le festival.", "fr")


def test_a_town_name_subject_of_a_reporting_verb_is_a_person() -> None:
    text = (
        "Fever cases are rising and officials in the United States are nervous. Jonas Wexley, who runs the "
        "Travelsafe clinic, wrote to American health officials. Conway is saying the fever will reach American "
        "cities within weeks. Wexley thinks so too."
    )
    assert _places(text, "en") == [("United States", "US")]
    other = (
        "The fever worries officials in the United States. Mara Quillon, who runs a travel clinic, wrote to "
        "American doctors. Conway is saying the fever will reach American cities by June."
    )
    assert _places(other, "en") == [("United States", "US")]
    # a capital speaks for its government: it stays a place (metonymic)
    capital = analyze(
        text="Officials in Lusiane are nervous. Washington is saying the fever will not cross the border.",
        lang="en",
        analyzers=["entities", "places"],
    )
    assert [(p.text, p.attrs.country, p.attrs.metonymic) for p in capital.spans.places][-1] == (
        "Washington",
        "US",
        True,
    )


def test_the_sentence_is_tagged_again_only_for_a_town_the_other_checks_keep(monkeypatch) -> None:
    """The verb-opening rule tags the sentence again (~2 ms a call): it is asked after the checks that refuse a
    mention anyway, so a word the parse already reads as no proper noun ("Many", a town in France, opening a
    sentence) costs no second tagging; the answer is the same (perf42)."""
    from newsloupe.analyzers import places as places_module

    real = places_module._Finder._verb_opening
    asked: list[str] = []

    def counted(self, m, p, name):  # type: ignore[no-untyped-def]
        asked.append(name)
        return real(self, m, p, name)

    monkeypatch.setattr(places_module._Finder, "_verb_opening", counted)
    text = "Rents rose again in Leeds this year.\nMany families still live in the old quarter, near the river."
    assert _places(text, "en") == [("Leeds", "GB")]
    text = "The mill closed in 1998. Union leaders warn that the town will shrink. Of course she did not agree."
    assert _places(text, "en") == []
    assert not {"Many", "Union", "Of"} & set(asked)
