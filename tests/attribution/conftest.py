"""Helpers for the attribution tests (here and in tests/lang): articles built from sentences written for them.

The ``fr`` and ``en`` fixtures that use them live in tests/conftest.py.
"""

from __future__ import annotations

from typing import Any

from newsloupe.ingest.layout import Part, build_article
from newsloupe.nlp import parse


def analyse(paragraphs: list[str], lang: str) -> tuple[Any, list[dict[str, Any]]]:
    """Parse body paragraphs and extract attributions; returns (parsed, attributions)."""
    from newsloupe.attribution import extract_attributions

    article = build_article("t", [Part("body", p) for p in paragraphs], language=lang)
    parsed = parse(article)
    atts, _ = extract_attributions(parsed)
    return parsed, atts


def rules_only(paragraphs: str | list[str], lang: str = "fr", **off: Any) -> list[dict[str, Any]]:
    """Attributions of ``paragraphs`` (one paragraph as a string, or a list) by the rules alone (``learned={}``),
    with the ``lang`` lexicon's fields named in ``off`` replaced (a list emptied, a flag turned off)."""
    return with_lexicon(paragraphs, lang, {}, **off)


def with_lexicon(
    paragraphs: str | list[str], lang: str = "fr", learned: dict[str, Any] | None = None, **off: Any
) -> list[dict[str, Any]]:
    """Attributions of ``paragraphs`` with the cue model ``learned`` (None: the shipped one) and the ``lang``
    lexicon's fields named in ``off`` replaced."""
    import dataclasses

    import newsloupe.attribution as attribution
    from newsloupe.attribution import lexicon as lexicon_module

    texts = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    parsed = parse(build_article("t", [Part("body", p) for p in texts], language=lang))
    lex = dataclasses.replace(lexicon_module.get_lexicon(lang), **off)
    original = attribution.get_lexicon
    attribution.get_lexicon = lambda code: lex if code == lang else original(code)  # type: ignore[assignment]
    try:
        atts, _ = attribution.extract_attributions(parsed, learned=learned)
    finally:
        attribution.get_lexicon = original  # type: ignore[assignment]
    return atts


def by_cue(atts: list[dict[str, Any]], cue: str) -> dict[str, Any]:
    """The attribution whose cue text is ``cue``."""
    hits = [a for a in atts if a["cue"] and a["cue"]["text"] == cue]
    assert hits, f"no attribution with cue {cue!r}: {[a['cue'] and a['cue']['text'] for a in atts]}"
    return hits[0]


def contents(a: dict[str, Any]) -> list[str]:
    return [c["text"] for c in a["content"]]


def by_content(atts: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The first attribution one of whose contents is ``text``."""
    hits = [a for a in atts if text in contents(a)]
    assert hits, f"no attribution with content {text!r}: {[contents(a) for a in atts]}"
    return hits[0]


def speakers(lang: str, text: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, source type, source text) of each attribution the entity and attribution analyzers read in
    ``text``, its paragraphs (split on blank lines) laid out as an article's."""
    from newsloupe.analyzers import build_pipeline
    from newsloupe.model import Analysis

    article = build_article("t", [Part("body", p) for p in text.split("\n\n")], language=lang)
    parsed = parse(article)
    analysis = Analysis.model_validate(article.model_dump())
    for info in build_pipeline(["entities", "attributions"]):
        for k, v in info.func(parsed, analysis).items():
            analysis.assign(k, v)
    return [
        (a.speaker, a.source_type, None if a.source is None else analysis.spans.sources[a.source].text)
        for a in analysis.attributions
    ]
