"""Issue 14: label sets live in newsloupe/labels.py; the model files are fingerprinted."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from newsloupe import labels
from newsloupe.fingerprint import model_files_fingerprint
from newsloupe.model import Attribution


def test_source_types_are_one_list() -> None:
    from newsloupe.attribution.source_types import SOURCE_TYPES

    # attribution/source_types.py keeps its own tuple until it imports newsloupe.labels
    assert tuple(SOURCE_TYPES) == labels.SOURCE_TYPES
    assert get_args(Attribution.model_fields["source_type"].annotation) == labels.SOURCE_TYPES


def test_persuasion_labels_come_from_labels_module() -> None:
    from newsloupe.lab.bench import aggregates
    from newsloupe.persuasion import labels as plabels

    assert plabels.FRAMES is labels.FRAMES and plabels.TECHNIQUES is labels.TECHNIQUES
    assert aggregates.FRAMES is labels.FRAMES and len(labels.FRAMES) == 14


def test_model_fingerprint_follows_file_contents(tmp_path: Path) -> None:
    (tmp_path / "persuasion").mkdir()
    (tmp_path / "persuasion" / "meta.json").write_text('{"v": 1}', encoding="utf-8")
    (tmp_path / "README.md").write_text("card", encoding="utf-8")
    before = model_files_fingerprint.__wrapped__(tmp_path)
    assert list(before) == ["persuasion/meta.json"]
    (tmp_path / "persuasion" / "meta.json").write_text('{"v": 2}', encoding="utf-8")  # a retrain
    after = model_files_fingerprint.__wrapped__(tmp_path)
    assert after["persuasion/meta.json"] != before["persuasion/meta.json"]
    assert "persuasion/meta.json" in model_files_fingerprint()


def test_pipeline_version_includes_model_fingerprints() -> None:
    from newsloupe.batch.worker import pipeline_spec

    assert pipeline_spec(("entities",))["model_files"] == model_files_fingerprint()
