"""Entities: spaCy's NER corrected and merged (fictional text; the seed when ../shared is here)."""

from __future__ import annotations

import pytest

import newsloupe
from tests.test_model import assert_offsets_exact


@pytest.fixture(scope="module")
def fictional(fictional_fr: str) -> newsloupe.Analysis:
    return newsloupe.analyze(text=fictional_fr, analyzers=["entities"])


def by_label(a: newsloupe.Analysis) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in a.spans.entities:
        out.setdefault(e.label, set()).add(e.attrs.canonical)
    return out


def test_surname_mentions_take_the_full_name(fictional: newsloupe.Analysis) -> None:
    dorsaz = [e for e in fictional.spans.entities if e.text == "Dorsaz"]
    assert dorsaz and all(e.attrs.canonical == "Paul Dorsaz" for e in dorsaz)
    assert "Armand Vescal" in by_label(fictional)["PER"]


def test_boilerplate_and_source_lines_hold_no_entity(fictional: newsloupe.Analysis) -> None:
    tail = fictional.text.index("Partager cet article")
    assert all(e.end <= tail for e in fictional.spans.entities)


def test_designators_are_trimmed_and_english_caption_uses_english_ner(fictional: newsloupe.Analysis) -> None:
    locs = by_label(fictional)["LOC"]
    assert "Ninive" in locs and "Kirkouk" in locs
    assert all(not e.text.lower().startswith("province") for e in fictional.spans.entities)
    cap = fictional.captions[0]
    assert cap.attrs.language == "en"
    assert any(cap.start <= e.start and e.end <= cap.end and e.text == "Northbridge" for e in fictional.spans.entities)
    assert_offsets_exact(fictional)


@pytest.mark.shared
def test_seed_entities(seed_path) -> None:
    a = newsloupe.analyze(seed_path, analyzers=["entities"])
    labels = by_label(a)
    assert {"Qassem Mosleh", "Yahya Rassoul", "Ilhan Omar", "Nancy Pelosi"} <= labels["PER"]
    assert {"Hachd al-Chaabi", "Daech", "Al-Sumaria News"} <= labels["ORG"]
    assert {"Falloujah", "Mossoul", "Kirkouk", "Ninive"} <= labels["LOC"]
    # spaCy's raw errors are corrected: nothing crosses a line, no share-button entity,
    # "Al-Anbar" and "province d'al-Anbar" are one entity.
    assert all("\n" not in e.text for e in a.spans.entities)
    assert not any("Partager" in e.text for e in a.spans.entities)
    anbar = {e.attrs.canonical for e in a.spans.entities if "anbar" in e.text.lower()}
    assert anbar == {"Al-Anbar"}
    assert_offsets_exact(a)
