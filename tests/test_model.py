"""The article model: offsets are exact, JSON round-trips, the committed schema is current."""

from __future__ import annotations

import json

from newsloupe.model import Analysis
from newsloupe.schema import schema_json
from tests.conftest import ROOT


def assert_offsets_exact(a: Analysis) -> None:
    """Every span-like finding satisfies ``text[start:end] == span text``."""
    t = a.text
    spans = [*a.captions, *a.entities]
    if a.source_line:
        spans.append(a.source_line)
    for s in spans:
        assert t[s.start : s.end] == s.text, s
    for p in a.paragraphs:
        assert 0 <= p.start <= p.end <= len(t)
    for group in (a.assertions, a.places, a.dates, a.techniques):
        for f in group:
            if "start" in f and "text" in f:
                assert t[f["start"] : f["end"]] == f["text"], f
            if "start" in f and "evidence" in f:
                assert t[f["start"] : f["end"]] == f["evidence"], f
    for at in a.attributions:
        for key in ("source", "cue"):
            if at.get(key):
                assert t[at[key]["start"] : at[key]["end"]] == at[key]["text"], at
        for c in at.get("content", []):
            assert t[c["start"] : c["end"]] == c["text"], at


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "schema" / "analysis.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run `make schema` and commit schema/analysis.schema.json"


def test_schema_reserves_later_fields() -> None:
    props = json.loads(schema_json())["properties"]
    for name in (
        "schema",
        "id",
        "text",
        "language",
        "title",
        "outlet",
        "published",
        "authors",
        "url",
        "paragraphs",
        "captions",
        "source_line",
        "entities",
        "attributions",
        "assertions",
        "sourcing",
        "techniques",
        "frames",
        "genre",
        "places",
        "dates",
    ):
        assert name in props, name


def test_json_round_trip(fictional_fr: str) -> None:
    import newsloupe

    a = newsloupe.analyze(text=fictional_fr)
    doc = json.loads(a.to_json())
    assert doc["attributions"] and doc["places"] and doc["entities"]
    assert doc["schema"] == "1.0"
    back = Analysis.model_validate(doc)
    assert back == a
    assert_offsets_exact(back)
