"""The offline gazetteer (newsloupe/geo/gazetteer.py): name keys, French exonyms, regions and capitals."""

from __future__ import annotations

import pytest

from newsloupe.geo import get_gazetteer, norm_key


def test_norm_key_folds_accents_case_and_punctuation() -> None:
    assert norm_key("Tel-Aviv") == norm_key("Tel Aviv") == "tel aviv"
    assert norm_key("Côte d’Ivoire") == "cote d ivoire"
    assert norm_key("Łódź") == "lodz"


@pytest.mark.parametrize(
    ("name", "country", "english", "kind"),
    [
        ("Falloujah", "IQ", "Fallujah", "city"),
        ("Mossoul", "IQ", "Mosul", "city"),
        ("Kirkouk", "IQ", "Kirkuk", "city"),
        ("Ninive", "IQ", "Nineveh", "region"),
        ("al-Anbar", "IQ", "Al Anbar", "region"),
        ("al-Baqouz", "SY", "Baghuz", "city"),
        ("Tel-Aviv", "IL", "Tel Aviv", "city"),
        ("Washington", "US", "Washington, D.C.", "city"),
        ("Irak", "IQ", "Iraq", "country"),
        ("États-Unis", "US", "United States", "country"),
        ("Londres", "GB", "London", "city"),
        ("Pékin", "CN", "Beijing", "city"),
    ],
)
def test_gazetteer_knows_french_exonyms(name: str, country: str, english: str, kind: str) -> None:
    (top, _main), *_ = sorted(get_gazetteer().lookup(name), key=lambda c: -(c[0].rank + c[1]))
    assert (top.country, top.name, top.kind) == (country, english, kind)


def test_gazetteer_has_regions_with_boxes_and_capitals() -> None:
    gaz = get_gazetteer()
    iraq = gaz.by_code("IQ")
    assert iraq is not None and iraq.bbox is not None and iraq.kind == "country"
    assert gaz.by_code("US-MN").name == "Minnesota"  # type: ignore[union-attr]
    capital = gaz.capital("US")
    assert capital is not None and capital.admin1_code == "US-DC"
    assert gaz.missing_aliases() == []


def test_abbreviations_match_in_capitals_and_countries_know_their_continent() -> None:
    gaz = get_gazetteer()
    assert "AE" in {p.country for p, _ in gaz.lookup("EAU")}
    assert "AE" not in {p.country for p, _ in gaz.lookup("Eau")} | {p.country for p, _ in gaz.lookup("eau")}
    assert "CD" in {p.country for p, _ in gaz.lookup("RDC")} and not gaz.lookup("Rdc")
    continents = gaz.continents()
    assert continents["ES"] == "EU" and continents["VE"] == "SA" and continents["CI"] == "AF"
