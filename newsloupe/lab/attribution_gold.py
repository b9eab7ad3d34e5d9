"""Gold attribution articles: reading the two gold formats, and the article and parse of each.

* JSONL, one article a line (``../shared/data/attribution/*.jsonl``):
  ``{"id", "lang", "text", "attributions": [{"source": [[s, e]…], "cue": […],
  "content": […]}]}`` with character offsets into ``text``;
* the seed's annotation (``../shared/gold/<id>.json`` beside ``<id>.txt``),
  whose fields are verbatim strings located through their ``before`` context.

Read by the evaluation (:mod:`.attribution_eval`) and the cue-model training (:mod:`.attribution_train`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsloupe.errors import BadInput, NotFound
from newsloupe.lab.goldfiles import FOLD, read_annotation


@dataclass
class GoldAttribution:
    """One gold attribution: offsets, and the seed's extra labels when given."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    speaker: str | None = None
    source_type: str | None = None
    hedged: bool | None = None
    kind: str | None = None


@dataclass
class GoldDoc:
    """A gold article: its text and attributions."""

    id: str
    text: str
    lang: str
    attributions: list[GoldAttribution]


def _spans(value: Any) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (value or [])]


def read_jsonl(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """Read the gold articles of a JSONL attribution corpus (one article a line, character offsets).

    limit: read at most this many articles.
    RETURNS (list[GoldDoc]): the articles in file order.
    """
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            atts = [
                GoldAttribution(
                    content=_spans(a.get("content")),
                    source=_spans(a.get("source")),
                    cue=_spans(a.get("cue")),
                    speaker=a.get("speaker"),
                    source_type=a.get("source_type"),
                    hedged=a.get("hedged"),
                    kind=a.get("kind"),
                )
                for a in rec.get("attributions", [])
            ]
            docs.append(GoldDoc(rec.get("id", str(len(docs))), rec["text"], rec.get("lang", "en"), atts))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def _nearest(text: str, needle: str, anchor: int) -> tuple[int, int] | None:
    """The occurrence of ``needle`` in ``text`` closest to position ``anchor``."""
    if not needle:
        return None
    best = None
    start = text.find(needle)
    while start >= 0:
        if best is None or abs(start - anchor) < abs(best - anchor):
            best = start
        start = text.find(needle, start + 1)
    return (best, best + len(needle)) if best is not None else None


def _read_seed(path: Path) -> list[GoldDoc]:
    ann = read_annotation(path)
    full_text, text, data = ann.text, ann.folded, ann.data
    atts = []
    for a in data.get("attributions", []):
        a = {k: v.translate(FOLD) if isinstance(v, str) else v for k, v in a.items()}
        content = a.get("content") or ""
        before = a.get("before") or ""
        pos = text.find(before + content) if before else -1
        start = pos + len(before) if pos >= 0 else text.find(content)
        if start < 0:
            raise BadInput(f"content not found in the text: {content[:60]!r}", input=str(path))
        cspan = (start, start + len(content))
        cue = _nearest(text, a.get("cue") or "", start)
        anchor = cue[0] if cue else start
        source = _nearest(text, a.get("source") or "", anchor)
        atts.append(
            GoldAttribution(
                content=[cspan],
                cue=[cue] if cue else [],
                source=[source] if source else [],
                speaker=a.get("speaker") or None,
                source_type=a.get("source_type"),
                hedged=a.get("hedged"),
                kind=a.get("kind"),
            )
        )
    return [GoldDoc(ann.id, full_text, ann.lang, atts)]


def load_gold(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """Read gold articles from a JSONL corpus, a seed annotation (JSON beside its .txt),
    or a folder of annotations (the sample corpus's ``samples/gold/``)."""
    if path.is_dir():
        docs = [d for p in sorted(path.glob("*.json")) for d in _read_seed(p)]
        return docs[:limit] if limit else docs
    if not path.is_file():
        raise NotFound("gold file not found", input=str(path))
    if path.suffix == ".jsonl":
        return read_jsonl(path, limit)
    return _read_seed(path)


def load_extras(paths: list[Path], gold: list[GoldDoc], lang: str) -> list[GoldDoc]:
    """The ``lang`` articles of extra gold JSONL files, trained on beside ``gold`` and never scored.

    paths (list[Path]): the extra files (the fr-news layout).
    gold (list[GoldDoc]): every article of the scored (or main training) gold file, whatever part is scored.
    RETURNS (list[GoldDoc]): the extra articles, in file order.
    RAISES BadInput: an extra article has the id or the text of a gold article, or two extras share an id.
    """
    ids = {d.id for d in gold}
    texts = {d.text.strip() for d in gold}
    out: list[GoldDoc] = []
    seen: set[str] = set()
    for path in paths:
        if not path.is_file():
            raise NotFound("extra gold file not found", input=str(path))
        for d in read_jsonl(path):
            if d.lang != lang:
                continue
            if d.id in ids or d.text.strip() in texts:
                raise BadInput(f"extra article {d.id} is an article of the gold file", input=str(path))
            if d.id in seen:
                raise BadInput(f"extra article {d.id} is given twice", input=str(path))
            seen.add(d.id)
            out.append(d)
    return out


def extras_line(extras: list[GoldDoc], paths: list[Path], gold: list[GoldDoc]) -> str:
    """What the commands print about the extra articles: how many, from where, checked against the gold's ids."""
    names = ", ".join(p.name for p in paths)
    atts = sum(len(d.attributions) for d in extras)
    return (
        f"extra training articles: {len(extras)} ({atts} attributions) from {names}; none is one of the "
        f"{len(gold)} gold articles (ids and texts checked); trained on, never scored"
    )


PARTS = ("held", "dev")
"""The split rules have been written from since stop 26: ``held`` is every fourth article by sorted id
(the first, fifth, ...), ``dev`` the others; rules are written from ``dev`` errors only."""


def gold_part(docs: list[GoldDoc], part: str) -> list[GoldDoc]:
    """The articles of ``docs`` in ``part`` (see :data:`PARTS`), in their order in ``docs``."""
    if part not in PARTS:
        raise BadInput(f"unknown part {part!r}: choose one of {', '.join(PARTS)}", input=part)
    held = {d.id for n, d in enumerate(sorted(docs, key=lambda d: d.id)) if n % 4 == 0}
    return [d for d in docs if (d.id in held) == (part == "held")]


def line_article(article_id: str, text: str, lang: str | None) -> Any:
    """An :class:`~newsloupe.model.Article` of ``text`` with one paragraph per non-blank line."""
    from newsloupe.model import Article, SpanGroups, make_paragraph

    paras = []
    pos = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            paras.append(make_paragraph(text, pos, pos + len(line), n))
        pos += len(line) + 1
    return Article(id=article_id, text=text, spans=SpanGroups(paragraphs=paras), language=lang)


def gold_article(doc: GoldDoc) -> Any:
    """The :class:`~newsloupe.model.Article` of a gold article (one paragraph per non-blank line)."""
    return line_article(doc.id, doc.text, doc.lang)


def parse_gold(doc: GoldDoc) -> Any:
    """The parse of a gold article, as the pipeline makes it."""
    from newsloupe.nlp import parse

    return parse(gold_article(doc))
