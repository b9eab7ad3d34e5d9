"""Places from the stop-49 user's faults left: Polish places under their case endings (a genitive in « -ia », a
region's own Polish name, a country's irregular genitive), a name opening with a Polish capital letter (« Śląsk »),
and Bali, the island every reader knows. Every sentence is invented."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def _places(text: str, lang: str) -> dict[str, tuple[str, str | None, str]]:
    analysis = analyze_article(Article(id="t", text=text), lang=lang, analyzers=["entities", "places"])
    return {p.text: (p.attrs.name, p.attrs.country, p.attrs.kind) for p in analysis.spans.places}


def test_polish_places_under_their_case_endings() -> None:
    places = _places(
        "Susza\n\nRolnicy spod Wrocławia i z Mazowsza liczą straty. Na Dolnym Śląsku nie padało od maja, a we "
        "Wrocławiu ograniczono podlewanie. Minister pojechał do Niemiec.",
        "pl",
    )
    assert places["Wrocławia"][:2] == ("Wroclaw", "PL") and places["Wrocławiu"][:2] == ("Wroclaw", "PL")
    assert places["Mazowsza"][1:] == ("PL", "region")
    assert places["Dolnym Śląsku"][:3] == ("Lower Silesia", "PL", "region")
    assert places["Niemiec"][1:] == ("DE", "country")


def test_bali_is_the_island_in_any_language() -> None:
    places = _places("Gipfel\n\nDie Minister trafen sich auf Bali, sagte ein Sprecher in Berlin.", "de")
    assert places["Bali"][1:] == ("ID", "region")


def test_a_country_before_a_persons_full_name_is_still_the_country() -> None:
    places = _places(
        "Саммит\n\nВстреча с канцлером Германии Олафом Шольцем прошла спокойно. "
        "Позицию президента Франции Эммануэля Макрона "
        "разделяют в Польше.",
        "ru",
    )
    assert places["Германии"][1:] == ("DE", "country") and places["Франции"][1:] == ("FR", "country")
    assert "Эммануэля" not in places and "Макрона" not in places
