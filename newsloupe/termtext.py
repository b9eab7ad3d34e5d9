"""Text from articles and inputs, made safe to print on a terminal.

Article text, titles, outlets, file names and URLs are hostile: a control
character or an ANSI escape sequence could move the cursor, retitle the
terminal or hide what follows, and square brackets would be read as rich
markup (``[/]`` crashes, ``[link=…]`` becomes a live link). Text output goes
through :func:`clean` (control characters out) and :func:`lit` (clean, then
markup escaped); JSON output keeps the text as it is.
"""

from __future__ import annotations

import re

from rich.markup import escape

# C0 controls but tab and newline, DEL, C1 controls (0x80-0x9f: CSI, OSC…)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: object, *, visible: bool = False) -> str:
    """``text`` without control characters (ESC, BEL, CR, C1…); tabs and newlines kept.

    visible (bool): show each as ``\\xNN`` instead of dropping it (names in error lines).
    """
    s = str(text)
    if visible:
        return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", s)
    return _CONTROLS.sub("", s)


def lit(text: object, *, visible: bool = False) -> str:
    """``text`` cleaned and its rich markup escaped: printed literally by a markup-enabled console."""
    return escape(clean(text, visible=visible))
