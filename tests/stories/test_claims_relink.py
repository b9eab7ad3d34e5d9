"""The claim-linking trial tool (``newsloupe.lab.claims_relink``): kept stores relinked with other parameters."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newsloupe.lab.claims_relink import against_shipped, kept_store, leave_one_out, main, parse_value, relink
from newsloupe.lab.stories_eval import evaluate
from newsloupe.store import Store
from newsloupe.stories.assign import PARAMS

CHECK = Path(__file__).resolve().parents[2] / "samples" / "stories-check"


def test_relinking_a_kept_store_gives_the_run_s_figures_and_follows_the_parameters(tmp_path: Path) -> None:
    path = kept_store(CHECK, tmp_path, workers=0)
    assert path.parent == tmp_path and path.name.startswith("stories-check-") and path.suffix == ".db"
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


def test_the_command_chooses_on_stories_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kept_store(CHECK, tmp_path, workers=0)
    main([str(CHECK), "--stores", str(tmp_path), "--score", "stories", "--grid", "story_threshold=0.29,9"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("{'story_threshold': 0.29}: stories mean 1.000 min 1.000 (claims mean ")
    assert lines[1].startswith("{'story_threshold': 9.0}: stories mean 0.000 min 0.000 (claims mean ")  # no pair


def test_the_command_chooses_on_the_strict_claims_figure_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept_store(CHECK, tmp_path, workers=0)
    strict = relink(CHECK, tmp_path, workers=0)["claims"]["strict"]["f1"]
    main([str(CHECK), "--stores", str(tmp_path), "--score", "claims-strict", "--grid", "claim_threshold=0.32,9"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        f"{{'claim_threshold': 0.32}}: claims-strict mean {strict:.3f} min {strict:.3f} (stories"
    )
    assert lines[1].startswith("{'claim_threshold': 9.0}: claims-strict mean 0.000 min 0.000 (stories mean ")


def test_leave_one_out_scores_each_corpus_at_the_setting_best_on_the_others() -> None:
    a, b = {"t": 0.3}, {"t": 0.4}
    trials = [(a, {"x": 0.9, "y": 0.5, "z": 0.5}), (b, {"x": 0.6, "y": 0.6, "z": 0.7})]
    out = leave_one_out(trials)
    assert out == {"x": (0.6, b), "y": (0.5, a), "z": (0.5, a)}


def test_leave_one_out_holding_the_other_figure_keeps_to_the_settings_that_do_not_lower_it() -> None:
    a, b = {"t": 0.3}, {"t": 0.4}
    trials = [(a, {"x": 0.9, "y": 0.5, "z": 0.5}), (b, {"x": 0.6, "y": 0.6, "z": 0.7})]
    beside = [{"x": 0.5, "y": 0.5, "z": 0.5}, {"x": 0.9, "y": 0.4, "z": 0.4}]  # b costs y and z the other figure
    out = leave_one_out(trials, beside)
    # x held out: b's other figure on y and z is 0.4 against a's 0.5, b is not eligible and a is chosen (b without
    # the rule); y or z held out: b is eligible (0.65) but a is better on the rest, as without the rule
    assert out == {"x": (0.9, a), "y": (0.5, a), "z": (0.5, a)} != leave_one_out(trials)
    assert leave_one_out(trials, [beside[0], {"x": 0.5, "y": 0.5, "z": 0.5}]) == leave_one_out(trials)


def test_a_parameter_value_takes_the_parameter_s_type() -> None:
    assert parse_value("claim_members", "32") == 32
    assert parse_value("claim_threshold", "0.3") == pytest.approx(0.3)
    with pytest.raises(SystemExit):
        parse_value("no_such_parameter", "1")


def _corpus(folder: Path, prefix: str, town: str) -> Path:
    """An invented two-article corpus (one story, one claim) in ``folder``."""
    folder.mkdir(parents=True)
    claim = f"la piscine de {town} restera fermée tout l'hiver"
    texts = [
        f"Le maire de {town} a annoncé mardi que {claim}, faute de chauffage, lors du conseil municipal.",
        f"Les nageurs de {town} protestent : selon la mairie, {claim}, et le club cherche un autre bassin.",
    ]
    rows = [{"id": f"{prefix}{n}", "title": f"Piscine de {town} {n}", "text": t} for n, t in enumerate(texts)]
    (folder / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = {
        "stories": {"pool": {"label": "pool", "articles": [r["id"] for r in rows]}},
        "claims": {"shut": {"label": "shut", "occurrences": [{"article": r["id"], "text": claim} for r in rows]}},
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_two_corpora_of_the_same_folder_name_keep_their_own_stores(tmp_path: Path, capsys) -> None:
    one = _corpus(tmp_path / "a" / "news", "a", "Brelande")
    two = _corpus(tmp_path / "b" / "news", "b", "Valmer")
    stores = tmp_path / "stores"
    paths = [kept_store(one, stores, workers=0), kept_store(two, stores, workers=0)]
    assert paths[0] != paths[1]
    for path, ids in zip(paths, (["a0", "a1"], ["b0", "b1"]), strict=True):
        with Store(path) as store:
            assert sorted(r[0] for r in store.conn.execute("SELECT doc_id FROM articles")) == ids
    main([str(one), str(two), "--stores", str(stores)])
    out = capsys.readouterr().out
    assert f"{one} " in out and f"{two} " in out  # named by their paths, not twice "news"


def test_a_parameter_in_set_and_grid_or_malformed_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="in --set and --grid"):
        main([str(CHECK), "--stores", str(tmp_path), "--set", "claim_threshold=0.3", "--grid", "claim_threshold=0.3,9"])
    with pytest.raises(SystemExit, match="expected NAME=VALUE"):
        main([str(CHECK), "--stores", str(tmp_path), "--set", "claim_threshold"])
    with pytest.raises(SystemExit, match="expected a float"):
        main([str(CHECK), "--stores", str(tmp_path), "--set", "claim_threshold=high"])
    with pytest.raises(SystemExit, match="given twice"):
        main([str(CHECK), str(CHECK), "--stores", str(tmp_path)])
    assert list(tmp_path.iterdir()) == []  # refused before any store is made


def test_each_value_alone_beside_the_shipped_setting_chosen_by_leave_one_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two = tmp_path / "two"
    two.mkdir()
    for name in ("corpus.jsonl", "gold.json"):
        (two / name).write_bytes((CHECK / name).read_bytes())
    kept_store(CHECK, tmp_path, workers=0)
    kept_store(two, tmp_path, workers=0)
    each = ["--each", "story_threshold=9", "--each", "claim_threshold=9"]
    main([str(CHECK), str(two), "--stores", str(tmp_path), "--score", "stories", *each])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("shipped: stories mean 1.000 min 1.000")
    assert lines[1].startswith("{'story_threshold': 9.0}: stories mean 0.000")  # alone, not with claim_threshold
    assert lines[2].startswith("{'claim_threshold': 9.0}: stories mean 1.000")
    assert len(lines) == 7  # three settings, two corpora left out, the mean, the comparison
    assert lines[3] == "left out stories-check: 1.000 at {}"  # the first setting best on a tie
    assert lines[-1] == "shipped mean 1.000, held out 1.000: 0 up (-), 0 down (-), 2 the same"
    # with --set the first setting is no longer the shipped one, and is named so (review 45 #19)
    main([str(CHECK), str(two), "--stores", str(tmp_path), "--score", "stories", "--set", "candidates=30", *each])
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("base (shipped + --set) mean ")
    with pytest.raises(SystemExit):
        main([str(CHECK), "--stores", str(tmp_path), "--grid", "story_threshold=0.29", "--each", "claim_threshold=9"])


def test_against_shipped_counts_the_corpora_the_choice_lifts_and_lowers() -> None:
    shipped = {"x": 0.5, "y": 0.8, "z": 0.7}
    chosen = {"x": (0.7, {"t": 1}), "y": (0.6, {"t": 1}), "z": (0.7, {})}
    assert against_shipped(shipped, chosen) == "shipped mean 0.667, held out 0.667: 1 up (x), 1 down (y), 1 the same"
