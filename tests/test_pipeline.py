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


def test_a_batch_runs_analyzer_by_analyzer_and_keeps_each_article_apart() -> None:
    """analyze_batch runs each analyzer over the whole batch in turn: every article sees its own
    earlier findings, one article's failing analyzer is recorded on it alone, and a refused
    article becomes that article's error while the others are analysed."""
    from newsloupe.errors import BadInput
    from newsloupe.pipeline import analyze_batch

    texts = [
        "Die Brücke von Valmer bleibt bis Montag gesperrt.",
        "Die Fähre nach Valmer fährt ab Dienstag wieder.",
        "Der Hafen von Valmer öffnet am Freitag.",
    ]  # written for this test
    order: list[tuple[str, str]] = []

    def places(parsed, analysis):
        order.append(("places", parsed.article.id))
        text = parsed.article.text
        if "Hafen" in text:
            raise BadInput("refused for the test", input=parsed.article.id)
        start = text.index("Valmer")
        return {"places": [make_span(text, start, start + 6, "place", attrs=PlaceAttrs(name="Valmer"))]}

    def check(parsed, analysis):
        order.append(("check", parsed.article.id))
        assert [p.text for p in analysis.spans.places] == ["Valmer"]  # its own first step's findings
        if "Fähre" in parsed.article.text:
            raise ValueError("broken on the ferry")
        return {}

    steps = [AnalyzerInfo("fake_places", "1", (), ("places",), places), AnalyzerInfo("check", "1", (), (), check)]
    arts = [build_article(f"t{k}", [Part("body", t)], language="de") for k, t in enumerate(texts)]
    out = analyze_batch(arts, pipeline=steps)
    assert [o for o, _ in order] == ["places"] * 3 + ["check"] * 2
    first, second, third = out
    assert first.pipeline == {"fake_places": "1", "check": "1"} and not first.failures
    assert [(f.analyzer, f.message) for f in second.failures] == [("check", "ValueError: broken on the ferry")]
    assert [p.text for p in second.spans.places] == ["Valmer"] and "check" not in second.pipeline
    assert isinstance(third, BadInput) and "refused for the test" in str(third)


def test_article_text_given_as_a_path_is_a_clear_error() -> None:
    """Text passed where a path is expected (a common slip with ``analyze``) is refused with a short
    label and the way to give text, not an internal error about a file name too long."""
    import newsloupe
    from newsloupe.errors import BadInput

    long_text = "Le conseil municipal de Vernoulet a voté le budget. " * 100
    for text in ("Le maire de Vernoulet a parlé.\nLe conseil a voté.", long_text):
        with pytest.raises(BadInput) as info:
            newsloupe.analyze(text)
        assert "text=" in str(info.value) and len(str(info.value)) < 200


def test_text_given_as_text_is_refused_when_binary_as_the_file_reader_refuses_it() -> None:
    """``analyze(text=...)`` refuses NUL bytes and control characters with the code the CLI and the web API give
    (NL-E002), instead of analysing them as a German article."""
    import newsloupe
    from newsloupe.errors import E_BINARY, BadInput

    for junk in ("\x00\x01", "Le maire\x00 a parlé.", "\x01\x02\x03\x04 abc"):
        with pytest.raises(BadInput) as info:
            newsloupe.analyze(text=junk)
        assert info.value.code == E_BINARY and "binary" in str(info.value)
    assert newsloupe.analyze(text="Le maire de Vernoulet a parlé hier soir.\tLe conseil a voté.").language == "fr"
