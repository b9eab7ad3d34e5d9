"""Build an :class:`Article` text from ordered parts (for HTML and records).

Plain-text input keeps its own text; structured inputs (HTML pages, corpus
records) get a text laid out the same way as a plain-text article, so every
analyzer sees one shape: title, blank line, caption lines, blank line, body
paragraphs separated by blank lines, then the source line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsloupe.ingest.captions import find_credit
from newsloupe.model import Article, ParagraphRole, Span, SpanGroups, make_caption, make_paragraph


@dataclass
class Part:
    """One block of an article to lay out: its role and its text."""

    role: ParagraphRole
    text: str
    credit: str | None = None


_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")


def clean_block(text: str) -> str:
    """Collapse runs of ordinary whitespace (incl. newlines) of one block to single spaces.

    Non-breaking spaces are kept: French typography puts them inside « » and before : ; ? !
    """
    return _SPACES.sub(" ", text).strip(" \u00a0\u202f")


def build_article(article_id: str, parts: list[Part], **meta: Any) -> Article:
    """Lay ``parts`` out as one text and return the Article with offsets.

    Consecutive captions share a block (one caption a line); every other part
    is its own paragraph, blocks separated by one blank line.

    article_id (str): the article id.
    parts (list[Part]): blocks in reading order; empty ones are dropped.
    meta: other :class:`Article` fields (title, outlet, published, url, …).
    RETURNS (Article): the article, ``text`` built from the parts.
    """
    chunks: list[str] = []
    paragraphs: list[tuple[int, int, int, ParagraphRole]] = []
    captions: list[tuple[int, int, str | None]] = []
    source_line: Span | None = None
    pos = 0
    line = 1
    prev_role: str | None = None
    for part in parts:
        block = clean_block(part.text)
        if not block:
            continue
        if chunks:
            sep = "\n" if (part.role == "caption" and prev_role == "caption") else "\n\n"
            chunks.append(sep)
            pos += len(sep)
            line += sep.count("\n")
        start, end = pos, pos + len(block)
        chunks.append(block)
        paragraphs.append((start, end, line, part.role))
        if part.role == "caption":
            captions.append((start, end, part.credit or find_credit(block)))
        elif part.role == "source":
            source_line = Span(start=start, end=end, text=block)
        pos = end
        prev_role = part.role
    text = "".join(chunks)
    layout = SpanGroups(
        paragraphs=[make_paragraph(text, *p) for p in paragraphs], captions=[make_caption(text, *c) for c in captions]
    )
    return Article(id=article_id, text=text, spans=layout, source_line=source_line, **meta)
