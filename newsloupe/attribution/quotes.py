"""Direct quotations found by punctuation, in any language.

One pass over the characters pairs opening and closing marks (« », “ ”, „ “,
straight double quotes, `` ''); a quotation left open at the end of a
paragraph continues when the next paragraph opens with the same mark (the
typographic convention for quotes over several paragraphs), and is otherwise
closed at the paragraph end. Slips of typing are read as a reader would: a
« at the very end of a paragraph closes the open quotation, a ” opening after a
space is paired with the next “ or ” of its paragraph, and an opening mark left
open at the paragraph end around closed quotations of the same mark is a stray
(its inner quotations are then the outermost ones; it opens a quotation of its
own up to its line's end when no other mark stands before that end). A second “
after a space and before a word opens a quotation inside the first: only one
after a word ("… end.“") closes it as a typo. Outermost quotations are
returned, and the nested ones too when asked. Guillemets pointing inwards (»Q«, the German and Danish
convention) are read as such when a text's » opens words more often than its « does (stop 45).
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
# every quotation mark, and those that open a quotation, as a token's text: the one list of them
# (the attribution rules and speakers read these)
QUOTE_MARKS: frozenset[str] = frozenset(_CLOSERS).union(*_CLOSERS.values())
OPENING_MARKS: frozenset[str] = frozenset(_CLOSERS)
# a ” opening after a space (” … “ or ” … ”: reversed marks)
_REVERSED = "\u201d"
_REVERSED_CLOSERS = ("\u201c", "\u201d")
_MARK = re.compile(r"``|''|[\u00ab\u00bb\u201c\u201d\u201e\"]|\n[ \t\u00a0]*\n")
_SPACE = " \t\u00a0\u202f\u2009\n\r"
_LINE_SPACE = " \t\u00a0\u202f\u2009"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude marks and spaces.

    depth: 0 for an outermost quotation, 1 for one inside it, and so on.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True
    depth: int = 0


def _inner(text: str, start: int, end: int, open_len: int, close_len: int) -> tuple[int, int]:
    a, b = start + open_len, end - close_len
    while a < b and text[a] in _SPACE:
        a += 1
    while b > a and text[b - 1] in _SPACE:
        b -= 1
    return a, b


def _ends_line(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the end of its line (or of the text)."""
    while pos < len(text) and text[pos] in _LINE_SPACE:
        pos += 1
    return pos >= len(text) or text[pos] in "\n\r"


def _opens_reversed(text: str, pos: int) -> bool:
    """A ” after a space or a colon and before a word: a reversed opening mark."""
    before = text[pos - 1] if pos else "\n"
    nxt = pos + 1
    while nxt < len(text) and text[nxt] in _LINE_SPACE:
        nxt += 1
    return (before in _SPACE or before == ":") and nxt < len(text) and text[nxt].isalnum()


def _line_quote(text: str, start: int, opener: str) -> int | None:
    """The end of the line of a stray ``opener`` at ``start`` when no other quotation mark stands between them
    (else None)."""
    if opener == _REVERSED:
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if _MARK.search(text, start + len(opener), end):
        return None
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return end if end - start > len(opener) else None


def _opens_word(text: str, pos: int) -> bool:
    """A mark after a space (or a line start) and right before a letter or a digit."""
    before = text[pos - 1] if pos else "\n"
    return before in _SPACE and pos + 1 < len(text) and text[pos + 1].isalnum()


_SWAP_GUILLEMETS = str.maketrans("\u00ab\u00bb", "\u00bb\u00ab")
_BOUNDARY = r"(?:^|(?<=[\s(\[:/\u2013\u2014-]))"
_INWARD_OPENING = re.compile(_BOUNDARY + "\u00bb(?=\\w)")  # »Q: » after a boundary, right before a word
_OUTWARD_OPENING = re.compile(_BOUNDARY + "\u00ab(?=[ \u00a0\u202f]?\\w)")  # «Q and « Q


def inward_guillemets(text: str) -> bool:
    """Whether ``text`` writes its guillemets pointing inwards (»Q«): more » right before a word after a space, a
    line start, a bracket, a colon or a dash than « opening a word there (with or without a space: « Q »)."""
    return len(_INWARD_OPENING.findall(text)) > len(_OUTWARD_OPENING.findall(text))


def _pair_ahead(text: str, pos: int) -> bool:
    """Two more straight double quotes after ``pos`` in its paragraph, and no sentence's end right before it (``…
    end. "B``: the quotation before was left open, a new one opens)."""
    if text[max(0, pos - 2) : pos].rstrip(_SPACE)[-1:] in (".", "!", "?", "…"):
        return False
    end = text.find("\n", pos)
    return text.count('"', pos + 1, len(text) if end < 0 else end) >= 2


def _closes_word(text: str, pos: int) -> bool:
    """A mark right after a word or a sentence's end and before a space, a punctuation mark or the text's end."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before not in _SPACE and not after.isalnum()


def _stray_end(text: str, quotes: list[Quote], mark: str, pos: int) -> int | None:
    """The index in ``quotes`` of the outermost quotation left open at a paragraph's end that a closing mark at
    ``pos`` with no quotation open ends: its opening mark is closed by ``mark``, no other mark stands between and
    the quotation went on in the paragraphs after with no opening mark repeated (stop 50); else None."""
    last = next((n for n in range(len(quotes) - 1, -1, -1) if quotes[n].depth == 0), None)
    if last is None or quotes[last].closed:
        return None
    q = quotes[last]
    opener = next((o for o in ("``", "''", *_CLOSERS) if text.startswith(o, q.start)), "")
    if mark not in _CLOSERS.get(opener, ()) or "\n" not in text[q.end : pos]:
        return None
    if any(not m.group(0).startswith("\n") for m in _MARK.finditer(text, q.end, pos)):
        return None
    return last


def find_quotes(text: str, nested: bool = False, sided: bool = False) -> list[Quote]:
    """Return the quotations of ``text`` in order of their start.

    text (str): the article text.
    nested (bool): also return the quotations inside other quotations (``depth`` > 0).
    sided (bool): read a straight double quote by the side its word stands on (stop 50; the languages without
        attribution rules): one opening a word inside a quotation of straight marks opens a quotation inside it
        when two more stand in its paragraph (``"A "B" C"``), and a closing mark with no quotation open ends the
        quotation the paragraph before left open when no mark stands between (a quotation running over paragraphs
        with its opening mark not repeated).
    RETURNS (list[Quote]): quotations with character offsets into ``text``.
    """
    if "\u00bb" in text and inward_guillemets(text):  # »Q«: read as «Q» (same offsets: one character each)
        text = text.translate(_SWAP_GUILLEMETS)
    quotes: list[Quote] = []
    inner: list[Quote] = []  # closed quotations inside the open outermost one
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    first_open: tuple[str, int] | None = None

    def close_open(end: int) -> None:
        """The outermost quotation is still open at ``end`` (a paragraph end or the text end)."""
        nonlocal inner
        opener, start = stack[0]
        same = [q for q in inner if q.depth == 1 and text.startswith(opener, q.start)]
        if len(same) == 1 and not text[same[0].end : end].strip(_SPACE + ".!?…"):
            # one inner quotation closing the paragraph: its opening mark is the stray, its
            # closing mark closes the outer quotation ("« A. « B »" at a paragraph end)
            last = same[0]
            a, b = _inner(text, start, last.end, len(opener), 1)
            quotes.append(Quote(start, last.end, a, b))
            quotes.extend(
                Quote(q.start, q.end, q.inner_start, q.inner_end, q.closed, max(1, q.depth - 1))
                for q in inner
                if q is not last
            )
        elif opener == _REVERSED or same:
            # a stray opening mark: what it holds stands on its own
            quotes.extend(Quote(q.start, q.end, q.inner_start, q.inner_end, q.closed, q.depth - 1) for q in inner)
            line_end = _line_quote(text, start, opener)
            if line_end is not None:
                # one with no other mark up to its line's end: a quotation left open at the end of a paragraph
                # written as one line, closed there ("“A.\nB said …", "X said. “A.\n“B,” X said")
                a, b = _inner(text, start, line_end, len(opener), 0)
                quotes.append(Quote(start, line_end, a, b, closed=False))
        else:
            while end > start and text[end - 1] in _SPACE:
                end -= 1
            a, b = _inner(text, start, end, len(opener), 0)
            if b - a > 0:
                quotes.append(Quote(start, end, a, b, closed=False))
            quotes.extend(inner)
        inner = []
        stack.clear()

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
            if opener != _REVERSED and text.startswith(opener, nxt):
                # Continues in the next paragraph: its opening mark is not a new quote.
                del stack[1:]
                first_open = (opener, nxt)
                continue
            close_open(pos)
            continue
        if first_open is not None and pos == first_open[1]:
            first_open = None
            continue
        if stack:
            opener, start = stack[-1]
            closers = _REVERSED_CLOSERS if opener == _REVERSED else _CLOSERS.get(opener, ())
            if mark == "\u00ab" and opener == "\u00ab" and _ends_line(text, m.end()) and text[pos - 1] not in _SPACE:
                mark = "\u00bb"  # "… fin.«" at a line end: a closing mark typed the wrong way round
            if mark in closers and mark == opener == "\u201c" and _opens_word(text, pos):
                # "“A … “B": a second opening mark before a word opens a quotation inside
                # the first, it does not close it as a typo would ("… end.“")
                closers = ()
            if sided and mark == opener == '"' and _opens_word(text, pos) and _pair_ahead(text, pos):
                closers = ()  # "A "B" C": a straight mark opening a word opens a quotation inside (stop 50)
            if mark in closers:
                stack.pop()
                end = m.end()
                a, b = _inner(text, start, end, len(opener), len(mark))
                if b > a:
                    q = Quote(start, end, a, b, depth=len(stack))
                    (inner if stack else quotes).append(q)
                if not stack:
                    quotes.extend(inner)
                    inner = []
                continue
            if mark in ("\u00bb", "\u201d"):
                continue  # a stray closer
            if mark in _CLOSERS:
                stack.append((mark, pos))
            continue
        if sided and (mark in ("\u00bb", "\u201d") or (mark in ('"', "\u201c") and _closes_word(text, pos))):
            last = _stray_end(text, quotes, mark, pos)
            if last is not None:  # "A … ⏎ B …" : the quotation the paragraph before left open ends here
                q = quotes[last]
                _, b = _inner(text, q.start, m.end(), q.inner_start - q.start, len(mark))
                quotes[last] = Quote(q.start, m.end(), q.inner_start, b)
                continue
        if mark in _CLOSERS or (mark == _REVERSED and _opens_reversed(text, pos)):
            stack.append((mark, pos))
    if stack:
        close_open(len(text))
    quotes.sort(key=lambda q: (q.start, q.depth))
    return quotes if nested else [q for q in quotes if q.depth == 0]


def word_count(text: str, quote: Quote) -> int:
    """Number of words inside ``quote``."""
    return len(text[quote.inner_start : quote.inner_end].split())
