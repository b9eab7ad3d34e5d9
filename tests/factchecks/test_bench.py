"""`newsloupe bench factchecks --keep`: the store is built once, then reused, so that old and new
matching code can be timed in turn on one memory (by CPU time beside the parse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsloupe.lab.bench.factchecks import run_bench


def test_bench_builds_the_store_once_then_reuses_it(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    lines: list[str] = []
    first = run_bench(200, limit=2, keep=db, echo=lines.append)
    assert db.is_file() and first["import_per_s"] > 0 and first["index_per_s"] > 0
    sample = first["samples/factchecks"]
    assert sample["articles"] == 2 and sample["parse_cpu_ms"] > 0 and sample["match_cpu_ms"] > 0
    assert sample["ratio_cpu"] == pytest.approx(sample["match_cpu_ms"] / sample["parse_cpu_ms"])
    beside = sample["match_beside_stories_cpu_ms"]
    assert beside > 0 and sample["ratio_beside_stories_cpu"] == pytest.approx(beside / sample["parse_cpu_ms"])
    again: list[str] = []
    second = run_bench(200, limit=2, keep=db, echo=again.append)
    assert again[0] == f"reusing the store {db} (import and indexing not measured)"
    assert "import_per_s" not in second and "index_per_s" not in second
    # the same memory (200 generated reviews and the samples' 130) and articles: the same matches
    assert second["samples/factchecks"]["matches"] == sample["matches"]
    assert any(line.startswith("memory load: 330 reviews") for line in again)
