"""The topical real-news measure (stop 41): reviews written about real articles' own people, gold by offsets.

The articles are third-party text under ../shared (never in the repository): these tests read the committed
memory and gold, and the command's clear stop where the articles are absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsloupe.lab.factchecks_real import TOPICAL, topical_matches


def test_the_memory_and_its_gold_hold_together() -> None:
    gold = json.loads((TOPICAL / "gold.json").read_text(encoding="utf-8"))
    reviews = [json.loads(line) for line in (TOPICAL / "memory.jsonl").read_text(encoding="utf-8").splitlines()]
    urls = [r["url"] for r in reviews]
    assert len(urls) == len(set(urls)) == 174
    used = [g["review"] for g in gold["links"] + gold["near_misses"]]
    assert sorted(used) == sorted(urls)  # every review is a link or a near miss, once
    assert len(gold["links"]) == 40 and len(gold["no_claim_articles"]) == 10
    assert all("text" not in g and 0 <= g["start"] < g["end"] for g in gold["links"])  # offsets only
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"Test item, no verdict"}


def test_the_measure_stops_clearly_without_the_shared_articles(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="the real articles are not there"):
        topical_matches(shared=tmp_path)


def test_the_measure_splits_in_a_half_read_and_a_half_unread_by_a_fixed_rule() -> None:
    """Stop 42: the articles whose file number is even are the half whose errors may be read, the odd ones are
    read only as figures; both languages in each half, every link and near miss in one half."""
    from newsloupe.lab.factchecks_real import TOPICAL_PARTS, topical_part

    assert topical_part("en/article111111114.txt") == "read" and topical_part("fr/article23113.txt") == "unread"
    gold = json.loads((TOPICAL / "gold.json").read_text(encoding="utf-8"))
    names = {g["article"] for g in gold["links"] + gold["near_misses"]} | set(gold["no_claim_articles"])
    halves = {p: {n for n in names if topical_part(n) == p} for p in TOPICAL_PARTS}
    assert [len(halves[p]) for p in TOPICAL_PARTS] == [28, 22]
    assert all({n.split("/")[0] for n in halves[p]} == {"en", "fr"} for p in TOPICAL_PARTS)
    links = [sum(topical_part(g["article"]) == p for g in gold["links"]) for p in TOPICAL_PARTS]
    assert links == [24, 16]


def test_the_measure_refuses_an_unknown_half(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="one of read, unread"):
        topical_matches(shared=tmp_path, part="odd")
