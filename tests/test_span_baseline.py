"""Issue 14: the findings on the sample corpus are unchanged, span by span, across the shape change.

``tests/fixtures/sample_spans.json`` was written by ``python -m tests.spans_dump samples``
with the code before schema 2.0 (one record per span: offsets, label, key attributes).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsloupe
from tests.conftest import ROOT, SAMPLES
from tests.spans_dump import FIXTURE, normalise, records


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    out = {}
    for o in newsloupe.analyze_many([SAMPLES], on_error="raise"):
        assert o.analysis is not None, f"{o.source}: {o.error}"
        out[o.analysis.id] = json.loads(o.analysis.to_json())
    return out


def test_findings_unchanged_span_by_span(documents: dict[str, dict[str, Any]]) -> None:
    baseline = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert sorted(documents) == sorted(baseline)
    assert sum(len(b["entities"]) + len(b["attributions"]) + len(b["places"]) for b in baseline.values()) > 500
    diffs = []
    for aid, doc in sorted(documents.items()):
        now = normalise(records(doc))
        for group, before in normalise(baseline[aid]).items():
            if now.get(group) != before:
                if isinstance(before, list) and isinstance(now.get(group), list):
                    after = now[group]
                    n = next((i for i, (x, y) in enumerate(zip(before, after, strict=False)) if x != y), None)
                    where = f"first difference at #{n}: {before[n]} != {after[n]}" if n is not None else "lengths"
                    diffs.append(f"{aid} {group}: {len(before)} -> {len(after)}; {where}")
                else:
                    diffs.append(f"{aid} {group}: {before} != {now.get(group)}")
    assert diffs == []


def _validator() -> Any:
    import jsonschema

    schema = json.loads((ROOT / "schema" / "analysis.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _errors(doc: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"[:300] for e in _validator().iter_errors(doc)]


def test_samples_and_html_validate_against_committed_schema(documents: dict[str, dict[str, Any]]) -> None:
    """Every key of the output is declared in schema/analysis.schema.json (no extra keys)."""
    assert {d["format"] for d in documents.values()} >= {"text", "html", "record"}
    assert {aid: _errors(doc) for aid, doc in documents.items() if _errors(doc)} == {}


def test_extra_keys_are_refused_by_the_schema(documents: dict[str, dict[str, Any]]) -> None:
    doc = json.loads(json.dumps(next(iter(documents.values()))))
    doc["undeclared"] = 1
    assert any("undeclared" in e for e in _errors(doc))


@pytest.mark.shared
def test_seed_validates_against_committed_schema(seed_path) -> None:
    doc = json.loads(newsloupe.analyze(seed_path).to_json())
    assert doc["spans"]["places"] and doc["attributions"]
    assert _errors(doc) == []
