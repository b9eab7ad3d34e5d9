"""Issue 14: analyzers return typed findings; the pipeline puts span groups under ``analysis.spans``."""

from __future__ import annotations

import pytest

from newsloupe.analyzers import AnalyzerInfo
from newsloupe.errors import AnalyzerError
from newsloupe.ingest.layout import Part, build_article
from newsloupe.model import PlaceAttrs, make_span
from newsloupe.pipeline import prepare_article, run_analyzers

TEXT = "Die Brücke von Valmer bleibt bis Montag gesperrt."  # written for this test


def _parsed():
    return prepare_article(build_article("t", [Part("body", TEXT)], language="de"), lang="de")


def test_a_typed_group_lands_in_spans() -> None:
    def places(parsed, analysis):
        start = parsed.article.text.index("Valmer")
        return {"places": [make_span(parsed.article.text, start, start + 6, "place", attrs=PlaceAttrs(name="Valmer"))]}

    a = run_analyzers(_parsed(), [AnalyzerInfo("fake_places", "1", (), ("places",), places)])
    assert [(p.text, p.attrs.name) for p in a.spans.places] == [("Valmer", "Valmer")]
    assert a.pipeline["fake_places"] == "1"


def test_dicts_and_undeclared_fields_are_refused() -> None:
    def dicts(parsed, analysis):
        return {"places": [{"start": 0, "end": 3, "text": "Die"}]}

    def undeclared(parsed, analysis):
        return {"dates": []}

    with pytest.raises(AnalyzerError, match="dicts instead of typed findings"):
        run_analyzers(_parsed(), [AnalyzerInfo("dicty", "1", (), ("places",), dicts)])
    with pytest.raises(AnalyzerError, match="does not assign"):
        run_analyzers(_parsed(), [AnalyzerInfo("sneaky", "1", (), ("places",), undeclared)])
