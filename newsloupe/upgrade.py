"""Upgrade stored analysis documents to the current schema, step by step.

Schema 1 kept every finding in its own shape (top-level ``entities``, ``places``,
``dates``, ``techniques``, ``assertions``, attributions with copied spans).
Schema 2.0 keeps spans in named groups (``spans``) and has structured findings
refer to them. Schema 2.1 adds ``failures``: the analyzers that raised, typed
(analyzer, NL-E code, message), where 2.0 only had a line in ``notes``. Schema
2.2 moves the layout into span groups too (``spans.paragraphs``: label the role;
``spans.captions``: the caption findings in ``attrs``) and adds ``spans.quotes``
(the quotations by punctuation, found again from the text when converting).
:func:`upgrade_document` converts a document without re-running anything: every
finding is kept; the store runs it in its migrations.
"""

from __future__ import annotations

import re
from typing import Any

from newsloupe.errors import E_ANALYZER
from newsloupe.model import (
    SCHEMA_VERSION,
    Analysis,
    AssertionAttrs,
    CaptionAttrs,
    DateAttrs,
    EntityAttrs,
    GeoCheck,
    PlaceAttrs,
    TechniqueAttrs,
    make_paragraph,
    make_span,
)

_SPAN_KEYS = ("start", "end", "text")
# The line schema 2.0 (and 1) wrote in ``notes`` for an analyzer that raised.
_FAILED_NOTE = re.compile(r"analyzer '(?P<analyzer>[^']+)' failed: (?P<message>.*)", re.DOTALL)


def _attrs(cls: Any, item: dict[str, Any]) -> Any:
    return cls.model_validate({k: v for k, v in item.items() if k in cls.model_fields})


def upgrade_document(doc: dict[str, Any]) -> dict[str, Any]:
    """An analysis document of an earlier schema in the current one (a current one is returned as is).

    doc (dict): the stored JSON document.
    RETURNS (dict): the document in the current schema, validated by :class:`Analysis`.
    """
    if str(doc.get("schema", "1")) == SCHEMA_VERSION:
        return doc
    if str(doc.get("schema", "1")).startswith("1"):
        doc = to_schema_2_0(doc)
    if doc.get("schema") == "2.0":
        doc = to_schema_2_1(doc)
    if doc.get("schema") == "2.1":
        doc = to_schema_2_2(doc)
    return Analysis.model_validate(doc).to_dict()


def to_schema_2_2(doc: dict[str, Any]) -> dict[str, Any]:
    """A schema 2.1 document with its paragraphs and captions as span groups, and its quotations.

    Paragraphs become ``spans.paragraphs`` (label: the role; attrs: line, language), captions
    ``spans.captions`` (attrs: credit, language and the caption analyzer's findings); the
    quotations are found again by punctuation (:func:`~newsloupe.attribution.quotes.find_quotes`,
    no parse), attributed when an attribution with a source holds their words.
    doc (dict): a schema 2.1 analysis document.
    RETURNS (dict): a new schema 2.2 document (not validated).
    """
    from newsloupe.attribution import quote_spans
    from newsloupe.attribution.quotes import find_quotes

    text = doc["text"]
    old = dict(doc)
    spans = dict(old.get("spans") or {})
    if "paragraphs" in old:
        spans["paragraphs"] = [
            make_paragraph(text, p["start"], p["end"], p["line"], p.get("role") or "body", p.get("language"))
            for p in old.pop("paragraphs") or []
        ]
    if "captions" in old:
        spans["captions"] = [
            make_span(text, c["start"], c["end"], "caption", attrs=_attrs(CaptionAttrs, c))
            for c in old.pop("captions") or []
        ]
    if "quotes" not in spans:
        contents = spans.get("contents") or []
        sourced = [
            (contents[i]["start"], contents[i]["end"])
            for a in old.get("attributions") or []
            if a.get("source") is not None
            for i in a.get("content") or []
            if 0 <= i < len(contents)
        ]
        spans["quotes"] = (
            quote_spans(text, find_quotes(text), sourced) if "attributions" in (old.get("pipeline") or {}) else []
        )
    return {**old, "schema": "2.2", "spans": spans}


def to_schema_2_1(doc: dict[str, Any]) -> dict[str, Any]:
    """A schema 2.0 document with its analyzer failures typed in ``failures`` (read once from the
    lines 2.0 wrote in ``notes``, which stay).

    doc (dict): a schema 2.0 analysis document.
    RETURNS (dict): a new schema 2.1 document (not validated).
    """
    failures = [
        {"analyzer": m["analyzer"], "code": E_ANALYZER, "message": m["message"]}
        for note in doc.get("notes") or []
        if (m := _FAILED_NOTE.fullmatch(note))
    ]
    return {**doc, "schema": "2.1", "failures": failures}


def to_schema_2_0(doc: dict[str, Any]) -> dict[str, Any]:
    """A schema 1 document as a schema 2.0 one (span groups; not validated)."""
    from newsloupe.attribution import attribution_findings

    text = doc["text"]
    old = dict(doc)
    entities = old.pop("entities", None) or []
    places = old.pop("places", None) or []
    dates = old.pop("dates", None) or []
    techniques = old.pop("techniques", None) or []
    assertions = old.pop("assertions", None) or []
    attributions = old.pop("attributions", None) or []
    geo_checks = old.pop("geo_checks", None) or []
    att = attribution_findings(text, attributions)
    place_spans = [make_span(text, p["start"], p["end"], "place", attrs=_attrs(PlaceAttrs, p)) for p in places]
    checks, notes = [], list(old.pop("notes", None) or [])
    for c in geo_checks:
        subject = next((k for k, p in enumerate(places) if p["start"] == c["start"]), None)
        reference = next((k for k, p in enumerate(places) if p["end"] == c["end"]), None)
        if subject is None or reference is None:
            notes.append(f"schema 2.0 upgrade: geographic check of {c.get('text')!r} dropped (no place span)")
            continue
        fields = {k: v for k, v in c.items() if k in GeoCheck.model_fields and k not in ("place", "reference")}
        checks.append(GeoCheck(**fields, place=subject, reference=reference))
    groups = {
        "entities": [
            make_span(
                text, e["start"], e["end"], e["label"], attrs=EntityAttrs(canonical=e.get("canonical") or e["text"])
            )
            for e in entities
        ],
        "places": place_spans,
        "dates": [make_span(text, d["start"], d["end"], "date", attrs=_attrs(DateAttrs, d)) for d in dates],
        "techniques": [
            make_span(
                text,
                t["start"],
                t["end"],
                t["label"],
                score=t.get("score"),
                attrs=TechniqueAttrs(category=t.get("category"), paragraph=t["paragraph"]),
            )
            for t in techniques
        ],
        "assertions": [
            make_span(
                text,
                a["start"],
                a["end"],
                "assertion",
                score=a.get("score"),
                attrs=AssertionAttrs(
                    triggers=[make_span(text, t["start"], t["end"], t["category"]) for t in a.get("triggers", [])]
                ),
            )
            for a in assertions
        ],
        "cues": att.cues,
        "sources": att.sources,
        "contents": att.contents,
        "hedges": att.hedges,
    }
    old.update(
        schema="2.0",
        spans={name: [s.model_dump(mode="json") for s in group] for name, group in groups.items()},
        attributions=[a.model_dump(mode="json") for a in att.attributions],
        geo_checks=[c.model_dump(mode="json") for c in checks],
        notes=notes,
    )
    return old
