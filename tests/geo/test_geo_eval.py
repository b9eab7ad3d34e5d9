"""The places evaluation reads JSONL gold corpora (offsets) as well as verbatim-string annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsloupe.errors import BadInput
from newsloupe.lab.geo_eval import evaluate_places


def test_jsonl_gold_is_scored_by_offsets(tmp_path: Path) -> None:
    text = "Le maire de Lyon a rencontré hier des élus venus de Bruxelles."
    places = [
        {"span": [12, 16], "text": "Lyon", "country": "FR"},
        {"span": [52, 61], "text": "Bruxelles", "country": "BE"},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a1", "lang": "fr", "text": text, "places": places}) + "\n", encoding="utf-8")
    report = evaluate_places(gold, details=True)
    assert report["articles"] == 1 and report["gold_mentions"] == 2
    assert report["country_accuracy"] == 1.0 and report["misses"] == []


def test_a_bad_jsonl_line_is_named(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a1", "text": "Lyon."}\n{not json\n', encoding="utf-8")
    with pytest.raises(BadInput, match="line 2"):
        evaluate_places(gold)
