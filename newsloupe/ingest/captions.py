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
    credits = tuple(re.compile(p.replace("{AGENCIES}", alt), re.IGNORECASE) for p in data["credit_patterns"])
    photo_word = re.compile(data["photo_word_pattern"], re.IGNORECASE)
    return credits, photo_word


def find_credit(caption: str) -> str | None:
    """Return the credit a caption ends with ("AFP", "Reuters", …) or None.

    caption (str): one caption line.
    RETURNS (str | None): the credit as written, stripped of "photo", "©" and brackets.
    """
    credit_res, _photo_re = _patterns()
    line = caption.strip()
    for credit_re in credit_res:
        m = credit_re.search(line)
        if m:
            value = re.sub(r"(?i)^(?:photos?|images?)\s+|^by\s+|\s+(?:photos?|images?)$", "", m.group("credit"))
            value = value.strip(" .,;:()[]/-\u00a0©")
            if value:
                return value
    return None


def looks_like_caption(line: str) -> bool:
    """Heuristic for plain text: does this line read as a photo caption?"""
    _credit_res, photo_re = _patterns()
    s = line.strip()
    if not s or len(s) > 600:
        return False
    return find_credit(s) is not None or bool(photo_re.search(s))
