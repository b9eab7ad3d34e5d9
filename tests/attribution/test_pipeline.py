"""The three analyzers in the pipeline, on the fictional article of tests/conftest.py."""

import pytest

from newsloupe.analyzers import build_pipeline
from newsloupe.ingest.layout import Part, build_article
from newsloupe.model import Analysis
from newsloupe.nlp import parse


def run(article, names=("attributions", "assertions", "sourcing")):
    parsed = parse(article)
    analysis = Analysis.model_validate(article.model_dump())
    for info in build_pipeline(["entities", *names]):
        for k, v in info.func(parsed, analysis).items():
            analysis.assign(k, v)
    return analysis


def test_wiring_requires_attributions_before_assertions():
    with pytest.raises(Exception, match="attributions"):
        build_pipeline(["entities", "assertions", "attributions"])


def test_fictional_article(fictional_fr):
    from newsloupe.ingest.text import parse_text

    article = parse_text(fictional_fr, article_id="fictional").model_copy(update={"language": "fr"})
    a = run(article)
    speakers = {x.speaker for x in a.attributions}
    assert "Armand Vescal" in speakers and "Paul Dorsaz" in speakers
    assert a.sourcing.attributions == len(a.attributions)
    for at in a.attributions:
        for i in at.content:
            c = a.spans.contents[i]
            assert a.text[c.start : c.end] == c.text


def test_language_without_rules_gets_quotes_only():
    article = build_article(
        "de", [Part("body", "Der Minister sagte: „Wir bauen die Brücke neu“, und ging.")], language="de"
    )
    a = run(article)
    assert [a.spans.contents[i].text for at in a.attributions for i in at.content] == ["Wir bauen die Brücke neu"]
    assert a.spans.assertions == [] and a.sourcing.attributions == 1
