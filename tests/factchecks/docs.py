"""Analysis documents for the matcher's tests, built from invented sentences."""

from __future__ import annotations

from typing import Any


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
