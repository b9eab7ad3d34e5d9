"""Places and dates of German, Italian, Polish and Russian articles (no spaCy pipeline: the gazetteer scan and
the date patterns of lang/<code>/), and absurd resolutions that stop 35 removed (issue 5)."""

from __future__ import annotations

import pytest

from newsloupe.geo.gazetteer import norm_key
from newsloupe.pipeline import analyze


def _found(text: str, lang: str) -> tuple[dict[str, tuple[str | None, str]], dict[str, str | None]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places", "dates"])
    for span in [*analysis.spans.places, *analysis.spans.dates]:
        assert analysis.text[span.start : span.end] == span.text
    places = {p.text: (p.attrs.country, p.attrs.name) for p in analysis.spans.places}
    dates = {d.text: d.attrs.value for d in analysis.spans.dates}
    return places, dates


def test_german_places_and_a_dotted_date() -> None:
    places, dates = _found(
        "Gipfel vertagt\n\nDie Ministerin flog am 4. Februar 2025 von Hamburg nach Lissabon und weiter nach Wien.",
        "de",
    )
    assert places["Hamburg"][0] == "DE" and places["Lissabon"][0] == "PT" and places["Wien"][0] == "AT"
    assert dates["4. Februar 2025"] == "2025-02-04"
    assert "Gipfel" not in places and "Die" not in places
    opening, _ = _found("In Dresden regnete es. Nach Leipzig fuhr Wladimir Putin nicht.", "de")
    assert opening["Dresden"][0] == "DE" and opening["Leipzig"][0] == "DE" and "Wladimir" not in opening


def test_italian_places_and_a_date() -> None:
    places, dates = _found(
        "Vertice rinviato\n\nLa delegazione è partita da Torino il 9 ottobre 2023 ed è arrivata a Varsavia.", "it"
    )
    assert places["Torino"] == ("IT", "Turin") and places["Varsavia"][0] == "PL"
    assert dates["9 ottobre 2023"] == "2023-10-09"
    assert "La" not in places


def test_polish_case_endings_and_dates() -> None:
    places, dates = _found(
        "Szczyt przełożony\n\nPoznań, 3 kwietnia 2022 r. Delegacja z Poznania spotkała się w Pradze i w Wilnie "
        "z ministrami, a potem wróciła do Warszawy i Gdańska. Ekspert Jan Zielonka mówił o tym w marcu 2022.",
        "pl",
    )
    assert places["Poznań"][0] == "PL" and places["Poznania"][0] == "PL"
    assert places["Pradze"][0] == "CZ" and places["Wilnie"][0] == "LT" and places["Warszawy"][0] == "PL"
    assert places["Gdańska"][0] == "PL"
    assert "Zielonka" not in places  # after a given name: a person's surname, not the town
    assert dates["3 kwietnia 2022 r."] == "2022-04-03"
    assert dates["marcu 2022"] == "2022-03"


def test_russian_names_in_cyrillic_with_case_endings_and_dates() -> None:
    places, dates = _found(
        "Саммит\n\nДелегация прилетела в Вену из Мадрида 17 мая 2021 года, а переговоры в Берлине прошли вчера.",
        "ru",
    )
    assert places["Вену"][0] == "AT" and places["Мадрида"][0] == "ES" and places["Берлине"][0] == "DE"
    assert dates["17 мая 2021 года"] == "2021-05-17"
    assert norm_key("Йошкар-Ола") == "иошкар ола" and norm_key("Côte d’Ivoire") == "cote d ivoire"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("de", "Essen und Trinken waren teuer. Das Essen im Hotel war kalt.", "Essen"),
        ("it", "Il ministro ha parlato. Ha detto che il piano è pronto.", "Il"),
        ("pl", "To jest plan. Premier ogłosił go wczoraj.", "To"),
    ],
)
def test_a_capitalised_common_word_is_no_town_without_a_tagger(lang: str, text: str, word: str) -> None:
    places, _ = _found(text, lang)
    assert word not in places


def test_a_word_of_a_persons_full_name_is_that_person() -> None:
    places, _ = _found(
        "Le film raconte la jeunesse de Joseph Staline. Les portraits de Staline ornaient les bureaux de Kiev.", "fr"
    )
    assert "Staline" not in places and places["Kiev"][0] == "UA"


def test_a_piece_of_a_named_idea_is_no_small_town() -> None:
    places, _ = _found(
        "À Moscou, le ministre a défendu le « Russkiy mir », cette doctrine que Varsovie juge dangereuse.", "fr"
    )
    assert "Russkiy" not in places and places["Moscou"][0] == "RU" and places["Varsovie"][0] == "PL"


def test_a_city_and_its_state_choose_the_homonym_in_that_state() -> None:
    places, _ = _found("The plant in Lima, Ohio, will close next spring, the company told workers in Toledo.", "en")
    assert places["Lima"][0] == "US"


def test_an_acronym_is_no_town_unless_it_is_the_places_own_form() -> None:
    places, _ = _found("The new SUV sold well in Denver, and the firm's other SUV will reach the USA in May.", "en")
    assert "SUV" not in places and places["USA"][0] == "US" and places["Denver"][0] == "US"


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        ("de", "Die Polizei Hamburg meldete am Dienstag zwei gestohlene Fahrräder.", "Hamburg", "DE"),
        ("de", "Am Flughafen Frankfurt warteten gestern viele Reisende auf ihre Koffer.", "Frankfurt", "DE"),
        ("de", "Die Stadt Köln baut eine neue Brücke über den Rhein.", "Köln", "DE"),
        ("pl", "Prezydent Warszawy otworzył w sobotę nową bibliotekę.", "Warszawy", "PL"),
        ("ru", "Мэр Москвы Сергей Собянин открыл вчера новый парк.", "Москвы", "RU"),
        ("it", "La Regione Lombardia e il Comune Milano hanno firmato ieri un accordo.", "Lombardia", "IT"),
        ("it", "La Regione Lombardia e il Comune Milano hanno firmato ieri un accordo.", "Milano", "IT"),
    ],
)
def test_a_title_or_designator_before_a_place_leaves_the_place(lang: str, text: str, place: str, country: str) -> None:
    places, _ = _found(text, lang)
    assert places[place][0] == country


def test_a_given_name_and_a_surname_or_a_named_thing_are_no_places() -> None:
    russian, _ = _found("Владимир Путин прилетел в Казань, и Владимира Путина там ждали.", "ru")
    assert "Владимир" not in russian and "Владимира" not in russian and russian["Казань"][0] == "RU"
    polish, _ = _found("Rafał Zieliński mówił o gazociągu Nord Stream w Gdańsku.", "pl")
    assert "Rafał" not in polish and "Nord" not in polish and polish["Gdańsku"][0] == "PL"
    italian, _ = _found("La ditta Verona Componenti ha aperto un magazzino a Napoli.", "it")
    assert "Verona" not in italian and italian["Napoli"][0] == "IT"  # a firm named after a town


def test_a_preposition_makes_a_stop_word_a_place() -> None:
    text = "Der Minister sprach in Essen. Die Lage in Halle blieb ruhig. Das Essen war kalt."
    analysis = analyze(text=text, lang="de", analyzers=["entities", "places"])
    found = [(p.start, p.attrs.country) for p in analysis.spans.places]
    assert found == [(text.index("Essen"), "DE"), (text.index("Halle"), "DE")]  # not the meal ("Das Essen")
    russian, _ = _found("Учёные в РАН обсудили доклад.", "ru")
    assert "РАН" not in russian  # the academy, not Iran: an abbreviation is never lifted
