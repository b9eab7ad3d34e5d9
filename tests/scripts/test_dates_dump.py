"""scripts/dates_dump.py --compare (review fix of stop 38, fixa38): a run found on one side only is reported."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest


def _script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "dates_dump.py"
    spec = importlib.util.spec_from_file_location("dates_dump", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compare_reports_runs_on_one_side_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    date = ["le 3 mars", "2024-03-03", "day", None, False, None, 10]
    before = {"a1|None": {"published": None, "dates": [date]}, "a2|None": {"published": None, "dates": []}}
    after = {"a1|None": {"published": None, "dates": [date]}, "a3|2024-06-30": {"published": "2024-06-30", "dates": []}}
    paths = []
    for name, dump in (("before", before), ("after", after)):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(dump), encoding="utf-8")
    _script().compare(str(paths[0]), str(paths[1]))
    out = capsys.readouterr().out
    assert "run on one side only: before ('a2', 0)" in out
    assert "run on one side only: after ('a3', 1)" in out
    assert "2 runs on one side only (not compared)" in out
    assert "0 of 1 dates changed" in out
