"""Gold annotations written as verbatim strings (the seed's format, and the sample corpus's),
or as offsets in a JSONL corpus (``../shared/gold/fr-news``: one article a line).

An annotation ``<id>.json`` sits beside its ``<id>.txt`` (the seed) or names its article in
``meta.file`` under ``samples/articles/`` (the sample corpus). Strings are located in the
text by ``before`` + string; non-breaking spaces are folded to spaces on both sides (HTML
extraction folds them) with lengths kept, so offsets hold for the real text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsloupe.errors import BadInput, NotFound

FOLD = str.maketrans({"\u00a0": " ", "\u202f": " "})


@dataclass
class Annotation:
    """One annotated article: its id, text (as newsloupe reads it), language and raw annotation."""

    id: str
    text: str
    lang: str
    data: dict[str, Any]

    @property
    def folded(self) -> str:
        """The text with non-breaking spaces as spaces (same length)."""
        return self.text.translate(FOLD)

    def locate(self, needle: str, before: str = "", after: int = 0) -> tuple[int, int] | None:
        """Offsets of ``needle`` (after ``before`` when given) at or past position ``after``, or None."""
        text, needle, before = self.folded, needle.translate(FOLD), before.translate(FOLD)
        if not needle:
            return None
        pos = text.find(before + needle, max(0, after - len(before))) if before else -1
        start = pos + len(before) if pos >= 0 else text.find(needle, after)
        return (start, start + len(needle)) if start >= 0 else None


def _sample_text(path: Path, data: dict[str, Any]) -> str | None:
    file = (data.get("meta") or {}).get("file")
    if not file:
        return None
    src = path.parent.parent / "articles" / file
    if not src.is_file():
        return None
    from newsloupe.ingest import article_from_bytes, iter_items

    if src.suffix in (".jsonl", ".csv"):
        for item in iter_items([str(src)]):
            if item.article is not None and item.article.id == data.get("id"):
                return item.article.text
        return None
    art = article_from_bytes(src.read_bytes(), article_id=src.stem, source=str(src))
    # Gold strings of sample files refer to the text with "\n" line endings.
    return art.text.replace("\r\n", "\n")


def read_annotation(path: Path) -> Annotation:
    """Read one annotation and the text of its article."""
    data = json.loads(path.read_text(encoding="utf-8"))
    txt = path.with_suffix(".txt")
    text = txt.read_text(encoding="utf-8") if txt.is_file() else _sample_text(path, data)
    if text is None:
        raise NotFound(f"the annotation's text {txt.name} is not beside it", input=str(path))
    lang = data.get("lang") or (data.get("meta") or {}).get("language") or "fr"
    return Annotation(data.get("id", path.stem), text, lang, data)


def read_jsonl(path: Path) -> list[Annotation]:
    """Read a JSONL gold corpus: one article a line with its ``text``, ``lang`` and annotations."""
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                text = data["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise BadInput(f"line {n} is not an article with a text ({err})", input=str(path)) from err
            out.append(Annotation(str(data.get("id", n)), text, data.get("lang") or "fr", data))
    return out


def read_annotations(path: Path) -> list[Annotation]:
    """Read a single annotation file, a JSONL corpus or every ``*.json`` annotation of a folder."""
    if path.is_dir():
        return [read_annotation(p) for p in sorted(path.glob("*.json"))]
    if not path.is_file():
        raise NotFound("gold file not found", input=str(path))
    if path.suffix == ".jsonl":
        return read_jsonl(path)
    return [read_annotation(path)]
