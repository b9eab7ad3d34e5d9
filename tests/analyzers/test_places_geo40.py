"""Places read wrong on real news at stop 40 (the eval's misses on fr-news and en-news, counted in doc/choices.md
geo40): a world region NER cut short, a country listed beside countries, the Congo of Kinshasa, the Associated
Press's party-state labels, US counties, a district of a named country. Every sentence is invented."""

from __future__ import annotations

from newsloupe.pipeline import analyze


def _places(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return [(p.text, p.attrs.country, p.attrs.kind) for p in analysis.spans.places]


def test_a_world_region_runs_on_over_its_lowercase_words() -> None:
    places = _places("En Amérique latine, la récolte de café a baissé, selon la coopérative de Lyon.", "fr")
    assert ("Amérique latine", None, "other") in places
    assert not any(text == "Amérique" for text, _cc, _kind in places)


def test_a_name_listed_beside_countries_is_a_country() -> None:
    text = (
        "Les Etats-Unis avaient promis une adhésion rapide. Washington répète que l'Ukraine, la Géorgie, "
        "entreront dans l'alliance. Cette promesse concerne aussi la Géorgie, dit un diplomate des Etats-Unis."
    )
    georgia = [(cc, kind) for t, cc, kind in _places(text, "fr") if t == "Géorgie"]
    assert georgia == [("GE", "country"), ("GE", "country")]
    # a fronted place then a name is no list: « Aux États-Unis, la Géorgie et la Floride »
    us = _places("Aux États-Unis, la Géorgie et la Floride votent mardi, comme le Texas.", "fr")
    assert [cc for t, cc, _kind in us if t == "Géorgie"] == ["US"]
    # the reading carries to the same name elsewhere, not into a sentence that names the state's own places
    both = _places(
        "Le sommet a réuni l'Ukraine et la Géorgie. Par ailleurs, aux États-Unis, le gouverneur de Géorgie "
        "a parlé à Atlanta de l'élection en Géorgie.",
        "fr",
    )
    assert [cc for t, cc, _kind in both if t == "Géorgie"] == ["GE", "US", "US"]
    # with no list, in a text about the state's own towns, the state keeps its reading
    alone = _places(
        "Les Etats-Unis votent. À Atlanta et à Savannah, les bureaux de vote de Géorgie ferment tard.", "fr"
    )
    assert [cc for t, cc, _kind in alone if t == "Géorgie"] == ["US"]


def test_congo_is_the_drc_in_english_as_the_capital_says_and_congo_brazzaville_in_french() -> None:
    kinshasa = _places("KINSHASA, Congo -- Congo's health ministry declared an outbreak on Tuesday.", "en")
    assert [cc for t, cc, _kind in kinshasa if t == "Congo"] == ["CD", "CD"]
    brazzaville = _places("Officials in Brazzaville said Congo had signed an oil deal.", "en")
    assert [cc for t, cc, _kind in brazzaville if t == "Congo"] == ["CG"]
    # French writes « RDC » for the DRC: « le Congo » stays Congo-Brazzaville
    french = _places("La RDC et le Congo ont signé un accord sur le fleuve.", "fr")
    assert [cc for t, cc, _kind in french if t in ("RDC", "Congo")] == ["CD", "CG"]


def test_associated_press_party_state_labels_and_us_counties() -> None:
    places = _places(
        "Rep. Dale Whitcombe, R-N.C., said Bay County and Broward County would get help. "
        "Sen. Ann Pellow (D-Calif.) agreed.",
        "en",
    )
    assert ("N.C.", "US", "region") in places and ("Calif.", "US", "region") in places
    assert ("Bay County", "US", "region") in places and ("Broward County", "US", "region") in places
    # a spelt-out state closing the sentence
    assert ("Texas", "US", "region") in _places("The vote was close, said Sen. Ray Oat, R-Texas.", "en")


def test_a_county_in_an_article_that_never_names_the_united_states_is_no_us_county() -> None:
    places = _places(
        "Ms Byrne grew up in Clare County before moving west. A fire in Kent County, near Maidstone, was put out.", "en"
    )
    assert not any(t.endswith("County") for t, _cc, _kind in places)
    assert ("Maidstone", "GB", "city") in places


def test_a_district_of_a_country_the_article_names_is_no_quarter_of_its_city() -> None:
    """A scan hit lends no country: the district is kept because another mention names its country."""
    places = _places(
        "Health officers counted new cases on Friday in Kween district, in the east of Uganda. "
        "White House adviser Dana Marlowe said aid from Washington would come.",
        "en",
    )
    assert ("Kween", "UG", "region") in places
