"""Direct quotations found by punctuation, in any language.

One pass over the characters pairs opening and closing marks (« », “ ”, „ “,
straight double quotes, `` ''); a quotation left open at the end of a
paragraph continues when the next paragraph opens with the same mark (the
typographic convention for quotes over several paragraphs), and is otherwise
closed at the paragraph end. Only outermost quotations are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> closing marks that end it.
_CLOSERS: dict[str, tuple[str, ...]] = {
    "\u00ab": ("\u00bb",),  # « »
    "\u201c": ("\u201d", "\u201c"),  # “ ” (and “ … “ typos)
    "\u201e": ("\u201c", "\u201d"),  # „ “
    '"': ('"',),
    "``": ("''",),
    "''": ("''",),
}
_MARK = re.compile(r"``|''|[\u00ab\u00bb\u201c\u201d\u201e\"]|\n[ \t\u00a0]*\n")
_SPACE = " \t\u00a0\u202f\u2009\n\r"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude marks and spaces."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


def _inner(text: str, start: int, end: int, open_len: int, close_len: int) -> tuple[int, int]:
    a, b = start + open_len, end - close_len
    while a < b and text[a] in _SPACE:
        a += 1
    while b > a and text[b - 1] in _SPACE:
        b -= 1
    return a, b


def find_quotes(text: str) -> list[Quote]:
    """Return the outermost quotations of ``text`` in order.

    text (str): the article text.
    RETURNS (list[Quote]): quotations with character offsets into ``text``.
    """
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    first_open: tuple[str, int] | None = None
    for m in _MARK.finditer(text):
        mark = m.group(0)
        pos = m.start()
        if mark.startswith("\n"):  # paragraph break
            if not stack:
                continue
            opener, start = stack[0]
            nxt = m.end()
            while nxt < len(text) and text[nxt] in " \t\u00a0":
                nxt += 1
            if text.startswith(opener, nxt) or (opener == "\u201c" and text.startswith("\u201c", nxt)):
                # Continues in the next paragraph: its opening mark is not a new quote.
                stack = [(opener, start)]
                first_open = (opener, nxt)
                continue
            end = pos
            while end > start and text[end - 1] in _SPACE:
                end -= 1
            a, b = _inner(text, start, end, len(opener), 0)
            if b - a > 0:
                quotes.append(Quote(start, end, a, b, closed=False))
            stack = []
            continue
        if first_open is not None and pos == first_open[1]:
            first_open = None
            continue
        if stack:
            opener, start = stack[-1]
            if mark in _CLOSERS.get(opener, ()):
                stack.pop()
                if not stack:
                    end = m.end()
                    a, b = _inner(text, start, end, len(opener), len(mark))
                    if b > a:
                        quotes.append(Quote(start, end, a, b))
                continue
            if mark in ("\u00bb", "\u201d"):
                continue  # a stray closer
            if mark in _CLOSERS:
                stack.append((mark, pos))
            continue
        if mark in _CLOSERS:
            stack.append((mark, pos))
    if stack:
        opener, start = stack[0]
        end = len(text)
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        a, b = _inner(text, start, end, len(opener), 0)
        if b > a:
            quotes.append(Quote(start, end, a, b, closed=False))
    return quotes


def word_count(text: str, quote: Quote) -> int:
    """Number of words inside ``quote``."""
    return len(text[quote.inner_start : quote.inner_end].split())
