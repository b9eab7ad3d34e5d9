"""Stored-analysis dicts for the story tests (the adapter's input), written for these tests."""

from __future__ import annotations

from typing import Any


def body_doc(text: str, language: str = "en") -> dict[str, Any]:
    """A stored analysis of one body paragraph with nothing found in it."""
    return {
        "text": text,
        "title": "",
        "language": language,
        "paragraphs": [{"start": 0, "end": len(text), "role": "body"}],
        "places": [],
        "entities": [],
        "attributions": [],
    }
