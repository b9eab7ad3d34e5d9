"""Helpers for the tests of attributions read without a parse (de/it/pl/ru and quotations)."""

from __future__ import annotations

from typing import Any

from newsloupe.attribution import quote_only_attributions


def quoted(text: str, lang: str) -> list[dict[str, Any]]:
    """Every attribution of ``text`` read without a parse."""
    return quote_only_attributions(text, lang=lang)


def quoted_one(text: str, lang: str, start: str) -> dict[str, Any]:
    """The one attribution whose content starts with ``start`` (asserts there is exactly one)."""
    found = [a for a in quoted(text, lang) if a["content"][0]["text"].startswith(start)]
    assert len(found) == 1, quoted(text, lang)
    return found[0]
