"""Places a new user found absurd (stop 36, issue "places"): country abbreviations in Russian, a person's
name taken for a town elsewhere in the article, an outlet's name, a short common word taken for a capital.
Every sentence is invented."""

from __future__ import annotations

from newsloupe.pipeline import analyze


def _places(text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return {p.text: (p.attrs.country, p.attrs.name) for p in analysis.spans.places}


def test_russian_country_abbreviations_are_countries() -> None:
    places = _places("Делегация США прибыла в Москву, а посол РФ встретился с министром ФРГ во вторник.", "ru")
    assert places["США"][0] == "US" and places["РФ"][0] == "RU" and places["ФРГ"][0] == "DE"


def test_a_surname_is_no_town_anywhere_in_the_article() -> None:
    it = _places(
        "L'assessore Giorgio Ferrara ha inaugurato la mostra a Torino.\n\nIeri Ferrara ha parlato ai giornalisti.", "it"
    )
    assert "Ferrara" not in it and it["Torino"][0] == "IT"
    alone = _places("L'assessore ha inaugurato la mostra a Torino.\n\nIeri Ferrara ha parlato ai giornalisti.", "it")
    assert alone["Ferrara"][0] == "IT"  # without the person, the town
    pl = _places(
        "Komisja pod kierunkiem Tomasza Kalisza obradowała w Gdańsku. Projekt Kalisza skrytykowała opozycja z Krakowa.",
        "pl",
    )
    assert not {"Tomasza", "Kalisza"} & set(pl) and pl["Krakowa"][0] == "PL"
    # the given name of a person the article names in full, alone and inflected, is that person
    named = _places("Jarosław Kaczyński przemawiał w Krakowie. Dotarcie do Jarosława było trudne.", "pl")
    assert "Jarosława" not in named and named["Krakowie"][0] == "PL"


def test_a_given_name_alone_is_no_town_without_a_preposition() -> None:
    places = _places(
        "Grazie Paola: dopo Bologna il treno va a Paola.\n\nIeri ho incontrato Luigi Carugo al porto.", "it"
    )
    assert [p for p in places if p == "Paola"] == ["Paola"] and "Carugo" not in places and places["Bologna"][0] == "IT"
    # the town after "a" is kept; the given name alone is not: one "Paola" span, the later one
    analysis = analyze(
        text="Grazie Paola: dopo Bologna il treno va a Paola.", lang="it", analyzers=["entities", "places"]
    )
    assert [p.start for p in analysis.spans.places if p.text == "Paola"] == [41]


def test_an_outlet_name_is_no_place() -> None:
    pl = _places("O sprawie pisze „Washington Post”, a wcześniej informowała o niej prasa w Gdańsku.", "pl")
    assert "Washington" not in pl and "Post" not in pl and pl["Gdańsku"][0] == "PL"
    en = _places("The mayor of Tarrow told the Los Angeles Times that the bridge in Denver would reopen.", "en")
    assert "Angeles" not in en and "Los Angeles" not in en and en["Denver"][0] == "US"


def test_a_short_common_word_is_no_capital_by_another_spelling() -> None:
    places = _places("Partia obiecuje programy „Tani chleb” oraz „Tanie mieszkanie” dla Poznania.", "pl")
    assert "Tani" not in places and "Tanie" not in places and places["Poznania"][0] == "PL"
    named = _places("Partia obiecuje programy „Tani chleb” oraz „Tanie mieszkanie” dla Poznania i Madagaskaru.", "pl")
    assert named["Tani"][0] == "MG"  # once the article names the country, the short spelling is its capital


def test_a_possessive_or_an_adverb_makes_a_common_noun() -> None:
    places = _places("Le guide a montré à Brest un salon très Versailles, puis leur Versailles rêvé.", "fr")
    assert "Versailles" not in places and places["Brest"][0] == "FR"
    plain = _places("Le guide a montré à Brest un salon, puis Versailles.", "fr")
    assert plain["Versailles"][0] == "FR"


def test_a_polish_adjective_is_no_country_under_a_case_ending() -> None:
    places = _places("Polskie prawo zmieniono w Polsce, a Niemieckie firmy otworzyły biura w Gdańsku.", "pl")
    assert "Polskie" not in places and "Niemieckie" not in places
    assert places["Polsce"][0] == "PL" and places["Gdańsku"][0] == "PL"
