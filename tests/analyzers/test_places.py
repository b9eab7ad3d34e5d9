"""Places (issue 5): detection, resolution, metonymy; the seed's places (gazetteer, GeoJSON: tests/geo)."""

from __future__ import annotations

import itertools
import json

import pytest

from newsloupe.pipeline import analyze


def _places(text: str, lang: str = "fr") -> list[dict]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    for p in analysis.spans.places:
        assert analysis.text[p.start : p.end] == p.text
    spans = sorted((p.start, p.end) for p in analysis.spans.places)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), "places overlap"
    return analysis.spans.places


def _by_text(places: list[dict]) -> dict[str, dict]:
    return {p.text: p for p in places}


def test_places_in_french_text_with_designators() -> None:
    places = _by_text(_places("Des militaires américains ont été vus à Falloujah, dans la province d'al-Anbar."))
    assert places["Falloujah"].attrs.country == "IQ" and places["Falloujah"].attrs.kind == "city"
    assert places["al-Anbar"].attrs.kind == "region" and places["al-Anbar"].attrs.name == "Al Anbar"
    assert "américains" not in places  # demonyms are context, not places
    fallujah = places["Falloujah"]
    assert fallujah.attrs.lat == pytest.approx(33.35, abs=0.2) and fallujah.attrs.lon == pytest.approx(43.78, abs=0.2)
    assert fallujah.attrs.admin1 == "Al Anbar"


def test_washington_is_the_capital_unless_the_state_is_meant() -> None:
    city = _by_text(_places("La délégation est arrivée à Washington pour deux jours."))
    assert city["Washington"].attrs.kind == "city" and city["Washington"].attrs.country == "US"
    state = _by_text(_places("Les incendies ravagent l'État de Washington depuis une semaine."))
    assert state["Washington"].attrs.kind == "region" and state["Washington"].attrs.name == "Washington"


def test_metonymic_capitals_are_flagged() -> None:
    places = _by_text(_places("Washington a annoncé de nouvelles sanctions, et Moscou a promis une riposte."))
    assert places["Washington"].attrs.metonymic and places["Washington"].attrs.country == "US"
    assert places["Moscou"].attrs.metonymic and places["Moscou"].attrs.country == "RU"
    plain = _by_text(_places("Il a passé ses vacances à Moscou en juillet."))
    assert not plain["Moscou"].attrs.metonymic


def test_adjectival_abbreviation_is_not_a_place() -> None:
    places = _places("Les militaires US ont quitté la base près de Kirkouk.")
    assert [p.text for p in places] == ["Kirkouk"]


def test_party_state_labels_and_washington_dc_in_english() -> None:
    text = "Senator Jane Roe (D-MN) met Rep. John Doe (R-TX) on Monday in Washington, DC."
    places = _by_text(_places(text, lang="en"))
    assert places["MN"].attrs.name == "Minnesota" and places["MN"].attrs.country == "US"
    assert places["TX"].attrs.name == "Texas"
    assert places["Washington, DC"].attrs.kind == "city" and places["Washington, DC"].attrs.admin1_code == "US-DC"


def test_context_countries_disambiguate_homonyms() -> None:
    caucasus = _by_text(_places("À Tbilissi, le gouvernement de la Géorgie a reçu des diplomates arméniens."))
    assert caucasus["Géorgie"].attrs.country == "GE"
    us = _by_text(_places("Aux États-Unis, la Géorgie et la Floride votent mardi, comme le Texas."))
    assert us["Géorgie"].attrs.country == "US" and us["Géorgie"].attrs.kind == "region"


def test_common_nouns_after_an_article_are_not_towns() -> None:
    places = _places("La Cour suprême a rendu sa décision, a indiqué l'Empire du milieu.")
    assert places == []


@pytest.mark.shared
def test_seed_places_match_the_gold(seed_path) -> None:
    gold = json.loads(seed_path.with_suffix(".json").read_text(encoding="utf-8"))["places"]
    analysis = analyze(seed_path, analyzers=["entities", "places"])
    text = analysis.text
    found = {(p.start, p.end): p for p in analysis.spans.places}
    pos = 0
    for g in gold:
        start = text.index(g["before"] + g["text"], pos) + len(g["before"])
        pos = start
        place = found.get((start, start + len(g["text"])))
        assert place is not None, f"missed {g['text']!r} after {g['before']!r}"
        assert place.attrs.country == g["country"], f"{g['text']!r}: {place.attrs.country} != {g['country']}"
    assert len(analysis.spans.places) == len(gold)
    washington = next(p for p in analysis.spans.places if p.text == "Washington")
    assert washington.attrs.metonymic


def test_person_tagged_well_known_places_are_places_but_people_stay_people() -> None:
    kiev = _places("Kiev has urged its allies to send more air defence. The Kiev regime denies it.", "en")
    assert [p.attrs.country for p in kiev] == ["UA", "UA"]
    mali = _by_text(_places("Mali's army said on Friday it had killed 30 militants.", "en"))
    assert mali["Mali"].attrs.country == "ML" and mali["Mali"].attrs.kind == "country"
    # a one-word "person" that is part of a full name in the article, or after a title, is a person
    assert _places("Defense Secretary Lloyd Austin met his counterpart. Austin later left the room.", "en") == []
    assert _places("Jordan Bardella a répondu. Jordan a ensuite quitté le plateau.") == []


def test_headline_kicker_names_a_home_town() -> None:
    places = _places("Thiers : le conseil municipal vote le budget.\n\nLa ville investit dans ses écoles.")
    assert places and places[0].text == "Thiers" and places[0].attrs.country == "FR"
    assert _places("Borne : « nous tiendrons ».\n\nÉlisabeth Borne a répondu aux députés.") == []


def test_datelines_and_apposed_countries() -> None:
    fr = _by_text(_places("TOMBOUCTOU (Mali), 17 avril (Agence) - La sécheresse frappe la région."))
    assert fr["TOMBOUCTOU"].attrs.country == "ML"
    en = _by_text(_places("ODESA, Ukraine, March 8 (Wire) - A drone hit the port.", "en"))
    assert en["ODESA"].attrs.country == "UA"
    tapa = _by_text(_places("Troops trained near Tapa, Estonia, last year.", "en"))
    assert tapa["Tapa"].attrs.country == "EE"  # an Estonian town of 5,000 people, not the Indian one


def test_quarters_lie_in_the_city_the_article_names() -> None:
    fr = _by_text(_places("Le quartier de Salaheddine, à Alep, a été bombardé. Alep reste divisée."))
    assert fr["Salaheddine"].attrs.country == "SY"  # not Iraq's Salah ad-Din province
    en = _by_text(_places("In Aleppo, aid reaches the Midan district at last. Aleppo's markets reopened.", "en"))
    assert en["Midan"].attrs.country == "SY" and en["Aleppo"].attrs.country == "SY"


def test_famous_city_beats_small_namesakes_abroad_and_scan_noise_lends_no_country() -> None:
    places = _by_text(
        _places("Thousands marched in Geneva on Saturday, while protests spread in Ohio and Michigan.", "en")
    )
    assert places["Geneva"].attrs.country == "CH"
    valence = _by_text(_places("Le maire de Valence, dans la Drôme, inaugure la médiathèque."))
    assert valence["Valence"].attrs.country == "FR"  # a home town is no namesake abroad of Valencia
    river = _by_text(_places("Bruxelles et Berlin discutent des fleuves : le Danube déborde."))
    assert river["Danube"].attrs.country is None


def test_entity_trimming_preposition_and_sentence_end() -> None:
    assert "Irak" in _by_text(_places("Les forces opéraient en Irak depuis des années."))
    places = _places("La crête domine Saint-Rémy-sur-Durolle. Photo Le Courrier du Val")
    assert [p.text for p in places][:1] == ["Saint-Rémy-sur-Durolle"]


def test_abbreviations_match_in_capitals_only() -> None:
    # "EAU" (Émirats arabes unis) is a country; "Eau", "l'eau" are water
    caps = _by_text(_places("Les EAU ont signé un accord gazier avec le Qatar."))
    assert caps["EAU"].attrs.country == "AE"
    water = _places("L'eau du lac Morvillard a baissé, selon l'association Rives Eau Claire.")
    assert all(p.attrs.country != "AE" for p in water)


def test_a_fragment_of_a_hyphenated_name_is_no_place_but_two_places_are() -> None:
    places = _places("Le collectif Eau-Vive Morvillard dénonce le projet de carrière.")
    assert all(p.attrs.country != "AE" for p in places)
    border = _by_text(_places("Checks began at the Kenya-Uganda border after three cases.", "en"))
    assert border["Kenya"].attrs.country == "KE"


def test_unknown_hyphenated_town_takes_the_country_the_article_names() -> None:
    text = "Plus de 300 personnes se sont réunies lundi à Lac-Morvillard, au nord de Saguenay. La mine inquiète."
    places = _by_text(_places(text))
    assert places["Lac-Morvillard"].attrs.country == "CA" and places["Lac-Morvillard"].attrs.lat is None
    assert places["Saguenay"].attrs.country == "CA"


def test_homonyms_follow_the_country_or_continent_the_article_names() -> None:
    apposed = _by_text(_places("Le groupe a piraté un hôpital de Valence, en Espagne, le mois dernier."))
    assert apposed["Valence"].attrs.country == "ES"
    named = _by_text(_places("De notre correspondant à Madrid. À Valence, les urgences restent fermées."))
    assert named["Valence"].attrs.country == "ES"
    continent = _by_text(_places("Valencia is the loudest city in Europe this week, as the bonfires burn.", "en"))
    assert continent["Valencia"].attrs.country == "ES"


def test_a_common_noun_that_is_a_region_of_an_unnamed_country_is_no_place() -> None:
    places = _by_text(_places("À Abidjan, le trafic contourne le Plateau depuis que le pont de Marcory a rouvert."))
    assert "Plateau" not in places and places["Abidjan"].attrs.country == "CI"
