"""Places the stop-43 user found read wrong (brief fixb43): a word of a place name the gazetteer lacks
("San Francisco Bay Area") read as a village in the article's main country. Every sentence is invented; real
place names only."""

from __future__ import annotations

from newsloupe.pipeline import analyze


def _places(text: str, lang: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return [(p.text, p.attrs.country) for p in analysis.spans.places]


STORY = (
    "Smog returns to Delhi\n\n"
    "Smog hung over Delhi again on Tuesday, and schools in Delhi stayed shut, officials in India said.\n"
    "Farmers in Punjab, a state next to Delhi, set fire to their fields each autumn, an Indian official said.\n"
    "Across India, cities from Mumbai to Kolkata reported poor air. Delhi has asked Punjab to ban the fires.\n"
    "A study compared India with Pakistan. Pakistan also suffers, the study said.\n"
    "Smoke from wildfires also reaches the San Francisco Bay Area, in the United States, some summers.\n"
)


def test_a_word_of_a_longer_unknown_place_name_is_no_village() -> None:
    found = _places(STORY, "en")
    assert ("Bay", "IN") not in found and not any(name == "Bay" for name, _ in found), found
    assert ("San Francisco", "US") in found
