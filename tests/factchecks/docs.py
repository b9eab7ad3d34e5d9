"""Analysis documents for the matcher's tests, built from invented sentences."""

from __future__ import annotations

from typing import Any

from newsloupe.factchecks.match import FEATURES, MatcherModel

# a verifier that calls every pair a match: only the guards of matching can refuse one
ALWAYS = MatcherModel((0.0,) * len(FEATURES), 9.0, 0.35, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES))


def hedged_doc(
    sentences: list[str], language: str | None, *, hedged: bool = True, published: str | None = None
) -> dict[str, Any]:
    """An analysis document: one body sentence each, every one hedged (a claim carrier) unless ``hedged`` is
    False; ``published`` its date when given."""
    text, spans = "", []
    for s in sentences:
        start = len(text)
        text += s + " "
        spans.append({"start": start, "end": start + len(s), "label": "body"})
    hedges = [{"start": s["start"], "end": s["end"], "label": "hedge"} for s in spans] if hedged else []
    doc: dict[str, Any] = {"text": text.strip(), "language": language, "spans": {"sentences": spans, "hedges": hedges}}
    if published:
        doc["published"] = published
    return doc


def body_doc(sentences: list[str], lang: str) -> dict[str, Any]:
    """An analysis document: one body sentence each, every one an unsourced assertion (a claim carrier)."""
    text = " ".join(sentences)
    spans: dict[str, Any] = {"sentences": [], "assertions": []}
    at = 0
    for s in sentences:
        spans["sentences"].append({"start": at, "end": at + len(s), "label": "body"})
        spans["assertions"].append({"start": at, "end": at + len(s), "label": "body"})
        at += len(s) + 1
    return {"text": text, "language": lang, "spans": spans}
