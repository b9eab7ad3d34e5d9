"""English places from common words and names (stop 45): a compass word opening a longer name, a brand in camel
case, a small town's other name, a common word that is also a town or a country, a continent joined to another by
a hyphen. Every sentence is invented."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    analysis = analyze_article(Article(id="t", text=text), lang="en", analyzers=["entities", "places"])
    return {p.text: (p.attrs.name, p.attrs.country) for p in analysis.spans.places}


def test_common_words_and_names_are_no_places() -> None:
    places = _places(
        "Eastern Michigan beat Northern Illinois 28-21 on Saturday, coach Tom Arden said after the game in Detroit.\n\n"
        "The fintech company SoFi opened a new office in Chicago last week. Green vegetables and Chili sauce were "
        "on the menu, with Orange juice.\n\n"
        "In the game, players visit Cloud City and take a Chance on the Star Destroyer. Markets in Asia-Pacific "
        "fell on Monday."
    )
    for word in ("Eastern", "Northern", "SoFi", "Green", "Chili", "Orange", "Cloud City", "Chance", "Asia-Pacific"):
        assert word not in places, word
    assert places["Michigan"] == ("Michigan", "US")
    assert places["Illinois"] == ("Illinois", "US")
    assert places["Chicago"][1] == "US"


def test_the_same_words_as_places_where_the_text_says_so() -> None:
    places = _places("The festival moved to a park in Orange, Texas, then to a farm near Chicago.")
    assert places["Orange"][1] == "US"
    assert places["Chicago"][1] == "US"


def test_the_common_word_population_is_in_the_data() -> None:
    # (the code's default is 0, which turns places._common_word's small-town rule off)
    from newsloupe.lang import load_data

    assert [load_data(lang, "places")["common_word_population"] for lang in ("en", "fr", "de")] == [100_000] * 3
