"""Photo captions and their credits ("(AFP photo)", "©Reuters", "Photo : Agence X").

The patterns live in ``newsloupe/lang/common/captions.json`` so they can be
extended without touching code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsloupe.lang import load_common


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    data = load_common("captions")
    agencies = sorted(data["agencies"], key=len, reverse=True)
    alt = "|".join(re.escape(a) for a in agencies)
    credits = tuple(
        re.compile(p.replace("{AGENCIES}", alt), re.IGNORECASE)
        for p in [*data["glued_credit_patterns"], *data.get("leading_credit_patterns", []), *data["credit_patterns"]]
    )
    photo_word = re.compile(data["photo_word_pattern"], re.IGNORECASE)
    return credits, photo_word


@lru_cache(maxsize=1)
def _glued() -> frozenset[str]:
    data = load_common("captions")
    alt = "|".join(re.escape(a) for a in sorted(data["agencies"], key=len, reverse=True))
    return frozenset(p.replace("{AGENCIES}", alt) for p in data["glued_credit_patterns"])


@lru_cache(maxsize=1)
def _slideshow() -> tuple[re.Pattern[str], list[tuple[str, str]]]:
    data = load_common("captions")
    return re.compile(data["slideshow_counter"], re.IGNORECASE), [tuple(p) for p in data["toggle_words"]]


def _credit_match(line: str) -> tuple[re.Match[str], str] | None:
    credit_res, _photo_re = _patterns()
    for credit_re in credit_res:
        m = credit_re.search(line)
        if m:
            value = re.sub(r"(?i)^(?:photos?|images?)\s+|^by\s+|\s+(?:photos?|images?)$", "", m.group("credit"))
            value = value.strip(" .,;:()[]/-\u00a0©")
            if value:
                return m, value
    return None


def find_credit(caption: str) -> str | None:
    """Return the credit a caption ends with ("AFP", "Reuters", …), or opens with after "©", or None.

    caption (str): one caption line.
    RETURNS (str | None): the credit as written, stripped of "photo", "©" and brackets.
    """
    found = _credit_match(caption.strip())
    return found[1] if found else None


def split_credit(caption: str) -> tuple[str, str | None]:
    """Split a credit glued to a caption by a hidden label off its text ("A dog sleeps.Credit...Ann Lee/Valmer" ->
    ("A dog sleeps.", "Ann Lee/Valmer"), ``glued_credit_patterns``); other credits ("(AFP)") stay in the text as
    written. A caption that is only a credit keeps its text.

    caption (str): one caption.
    RETURNS (tuple[str, str | None]): the caption's text and its credit (None when it has none).
    """
    line = caption.strip()
    found = _credit_match(line)
    if not found:
        return line, None
    m, credit = found
    if m.re.pattern not in _glued():
        return line, credit  # "(AFP)", "© Reuters": written in the caption, kept there
    cut = m.start()
    if cut < len(line) and line[cut] in ".,;!?":
        cut += 1  # the caption's own full stop the pattern's left edge took
    text = line[:cut].rstrip(" \u00a0-–—|/·")
    if len(re.findall(r"\w", text)) < 3:
        return line, credit
    return text, credit


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """The calls (anywhere), the words (in a short caption) and that length in words, from captions.json."""
    data = load_common("captions")

    def alternation(key: str) -> re.Pattern[str]:
        words = data.get(key, [])
        return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})(?!\w)", re.IGNORECASE)

    return alternation("furniture_calls"), alternation("furniture_words"), int(data.get("furniture_short_words", 0))


def is_furniture(caption: str, credit: str | None = None) -> bool:
    """Whether a caption is page furniture, not the words under a photo: a subscription call anywhere or an ad's
    word in a short caption (captions.json: "Subscribe to our magazine", "Online Banners") or nothing but its
    credit ("Nintendo" credited "Nintendo", "Photo: Ann Lee").

    caption (str): the caption's text.
    credit (str | None): its credit, when one was found.
    RETURNS (bool): True for furniture.
    """
    fold = lambda x: re.sub(r"\W+", " ", x).strip().lower()  # noqa: E731
    bare = re.sub(r"(?i)^\W*(?:photos?|images?|credits?|crédits?)\s*:\s*", "", caption)  # "Photo: iFixit"
    if credit and fold(bare) == fold(credit):
        return True
    calls, words, short = _furniture()
    if calls.search(caption):
        return True
    return len(caption.split()) <= short and words.search(caption) is not None


def strip_slideshow(caption: str) -> str:
    """A caption without slideshow chrome: its counter ("Image 3 of 12 …") and the collapsed copy a toggle shows
    ("FULL TEXT. less FULL TE... more Photo: X" -> "FULL TEXT. Photo: X"). Words in ``captions.json``."""
    counter, toggles = _slideshow()
    text = counter.sub("", caption.strip())
    for less, more in toggles:
        m = re.search(
            rf"\s+{re.escape(less)}\s+(?P<short>.+?)\s*(?:\.{{3}}|…)\s*{re.escape(more)}\b\s*", text, re.IGNORECASE
        )
        if not m:
            continue
        full, short = " ".join(text[: m.start()].split()), " ".join(m.group("short").split())
        if len(short) >= 10 and full.startswith(short):
            text = f"{text[: m.start()]} {text[m.end() :]}".strip()
    return text


def looks_like_caption(line: str) -> bool:
    """Heuristic for plain text: does this line read as a photo caption?"""
    _credit_res, photo_re = _patterns()
    s = line.strip()
    if not s or len(s) > 600:
        return False
    return find_credit(s) is not None or bool(photo_re.search(s))
