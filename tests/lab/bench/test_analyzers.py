"""``newsloupe bench analyzers`` times each analyzer beside the parse."""

from __future__ import annotations

import pytest

from newsloupe.lab.bench.analyzers import main


def test_each_analyzer_is_timed_per_language(capsys: pytest.CaptureFixture[str]) -> None:
    table = main(n=12)
    assert set(table) <= {"fr", "en"} and table
    for row in table.values():
        parts = sum(v for k, v in row.items() if k not in ("parse", "whole", "ratio"))
        assert row["parse"] > 0 and row["attributions"] > 0 and row["persuasion"] > 0
        assert row["parse"] + parts <= row["whole"] + 0.1  # the whole holds the parse and every analyzer (rounded)
        assert 0 < row["ratio"] < 1
    assert "parse / whole" in capsys.readouterr().out
