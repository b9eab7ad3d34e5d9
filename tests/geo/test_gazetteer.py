"""The offline gazetteer (newsloupe/geo/gazetteer.py): name keys, French exonyms, regions and capitals."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

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


def test_a_build_keeps_the_recently_used_files_of_other_versions(tmp_path: Path, monkeypatch: Any) -> None:
    """Two checkouts of different place data share the cache: a build deleting every other version's file
    made each of them rebuild in turn (stop 40's user report B4: a `factchecks match` of 2 min 22 s).
    Only the files unused for weeks, or beyond the few most recently used, go."""
    from newsloupe.geo import gazetteer

    for step in ("_add_countries", "_add_regions", "_add_us_counties", "_add_cities", "_region_ranks"):
        monkeypatch.setattr(gazetteer, step, lambda *a, **k: {})
    for step in ("_bboxes", "_remap_countries"):
        monkeypatch.setattr(gazetteer, step, lambda *a, **k: None)
    monkeypatch.setattr(gazetteer, "_add_curated", lambda *a, **k: [])
    monkeypatch.setattr(gazetteer._Builder, "write", lambda self, path: path.write_bytes(b"new"))
    now = time.time()
    recent = [tmp_path / f"gazetteer-{c * 12}.sqlite" for c in "abcdef"]  # used 1 to 6 hours ago
    for hours, f in enumerate(recent, 1):
        f.write_bytes(b"other")
        os.utime(f, (now - hours * 3600, now - hours * 3600))
    old = tmp_path / "gazetteer-000000000000.sqlite"
    old.write_bytes(b"old")
    os.utime(old, (now - 30 * 86400, now - 30 * 86400))
    foreign = tmp_path / "gazetteer-notes.sqlite"  # not a gazetteer build's name
    foreign.write_bytes(b"x")
    gazetteer.build(tmp_path / "gazetteer-999999999999.sqlite")
    kept = sorted(f.name for f in tmp_path.glob("*.sqlite"))
    assert kept == sorted(
        ["gazetteer-999999999999.sqlite", "gazetteer-notes.sqlite"] + [f.name for f in recent[:4]]  # KEEP_OTHER_BUILDS
    )
