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
