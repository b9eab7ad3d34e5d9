"""The article model: offsets are exact, JSON round-trips, the committed schema is current."""

from __future__ import annotations

import json

from newsloupe.model import Analysis
from newsloupe.schema import schema_json
from tests.conftest import ROOT


def assert_offsets_exact(a: Analysis) -> None:
    """Every span satisfies ``text[start:end] == span.text``; every reference points at a span."""
    t = a.text
    spans: list = [*a.captions]
    if a.source_line:
        spans.append(a.source_line)
    g = a.spans
    for group in type(g).model_fields:
        spans.extend(getattr(g, group))
    for s in g.assertions:
        spans.extend(s.attrs.triggers if s.attrs else [])
    for s in spans:
        assert 0 <= s.start <= s.end <= len(t) and t[s.start : s.end] == s.text, s
    for p in a.paragraphs:
        assert 0 <= p.start <= p.end <= len(t)
    ids = {at.id for at in a.attributions}
    for at in a.attributions:
        assert at.source is None or at.source < len(g.sources)
        assert at.cue is None or at.cue < len(g.cues)
        assert all(c < len(g.contents) for c in at.content) and all(h < len(g.hedges) for h in at.hedges)
        assert at.via is None or at.via in ids
    for c in a.geo_checks:
        assert max(c.place, c.reference) < len(g.places)


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "schema" / "analysis.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run `make schema` and commit schema/analysis.schema.json"


def test_schema_reserves_later_fields() -> None:
    schema = json.loads(schema_json())
    props = schema["properties"]
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
        "source_line",
        "spans",
        "attributions",
        "sourcing",
        "frames",
        "genre",
        "geo_checks",
        "fact_checks",
        "failures",
    ):
        assert name in props, name
    groups = schema["$defs"]["SpanGroups"]["properties"]
    assert set(groups) == {
        "paragraphs", "captions", "entities", "quotes", "cues", "sources", "contents", "hedges", "assertions",
        "techniques", "places", "dates", "sentences",
    }  # fmt: skip
    assert "paragraphs" not in props and "captions" not in props  # one shape: span groups


def test_json_round_trip(fictional_fr: str) -> None:
    import newsloupe

    a = newsloupe.analyze(text=fictional_fr)
    doc = json.loads(a.to_json())
    assert doc["attributions"] and doc["spans"]["places"] and doc["spans"]["entities"]
    assert doc["schema"] == "2.2" and doc["failures"] == []
    # layout and quotations are span groups too (issue 14)
    assert [p["label"] for p in doc["spans"]["paragraphs"]][:4] == ["meta", "title", "caption", "caption"]
    assert [c["attrs"]["credit"] for c in doc["spans"]["captions"]] == ["AFP", "Reuters"]
    (quote,) = doc["spans"]["quotes"]
    direct = doc["spans"]["contents"][next(a for a in doc["attributions"] if a["kind"] == "direct")["content"][0]]
    assert quote["start"] < direct["start"] < direct["end"] < quote["end"]
    assert quote["label"] == "quote" and quote["attrs"] == {"closed": True, "attributed": True}
    back = Analysis.model_validate(doc)
    assert back == a
    assert_offsets_exact(back)
