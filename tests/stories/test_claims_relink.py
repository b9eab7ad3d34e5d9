"""The claim-linking trial tool (``newsloupe.lab.claims_relink``): kept stores relinked with other parameters."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsloupe.lab.claims_relink import kept_store, leave_one_out, main, parse_value, relink
from newsloupe.lab.stories_eval import evaluate
from newsloupe.store import Store
from newsloupe.stories.assign import PARAMS

CHECK = Path(__file__).resolve().parents[2] / "samples" / "stories-check"


def test_relinking_a_kept_store_gives_the_run_s_figures_and_follows_the_parameters(tmp_path: Path) -> None:
    path = kept_store(CHECK, tmp_path, workers=0)
    assert path == tmp_path / "stories-check.db"
    with Store(path) as store:  # as the run assigned it (what ``newsloupe eval stories`` scores)
        ran = evaluate(store, CHECK / "gold.json")
    assert ran["claims"]["matched"] > 0
    again = relink(CHECK, tmp_path, workers=0)
    assert again == ran
    closed = dataclasses.replace(PARAMS, claim_threshold=9.0, claim_member_threshold=9.0)
    none = relink(CHECK, tmp_path, closed, workers=0)
    assert none["claims"]["matched"] == 0 and none["claims"]["tp"] == 0
    assert none["stories"] == ran["stories"]  # claims' thresholds do not touch stories
    assert relink(CHECK, tmp_path, workers=0) == ran  # the reset forgets the trial before


def test_the_command_prints_each_setting_and_its_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kept_store(CHECK, tmp_path, workers=0)
    main([str(CHECK), "--stores", str(tmp_path), "--grid", "claim_threshold=0.32,9"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # one corpus: no leave-one-out
    assert lines[0].startswith("{'claim_threshold': 0.32}: claims mean ")
    assert lines[1].startswith("{'claim_threshold': 9.0}: claims mean ")


def test_leave_one_out_scores_each_corpus_at_the_setting_best_on_the_others() -> None:
    a, b = {"t": 0.3}, {"t": 0.4}
    trials = [(a, {"x": 0.9, "y": 0.5, "z": 0.5}), (b, {"x": 0.6, "y": 0.6, "z": 0.7})]
    out = leave_one_out(trials)
    assert out == {"x": (0.6, b), "y": (0.5, a), "z": (0.5, a)}


def test_a_parameter_value_takes_the_parameter_s_type() -> None:
    assert parse_value("claim_members", "32") == 32
    assert parse_value("claim_threshold", "0.3") == pytest.approx(0.3)
    with pytest.raises(SystemExit):
        parse_value("no_such_parameter", "1")
