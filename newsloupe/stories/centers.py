"""Per-language centres of statement vectors (rebuilt by ``python -m newsloupe.lab.stories_centers``).

USE-multilingual sentence vectors of one language share a common component; removing
each language's mean before comparing statements brings paraphrases in two languages
closer than unrelated statements in one (measured on the claims of ``samples/stories``:
at an equal number of false links, more cross-lingual paraphrase pairs pass). The means
are computed once from newsloupe's own fictional sample corpus (``samples/articles``,
not the stories evaluation corpus) and shipped in ``centers.json``; a language without
a centre uses the mean of the others.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np

PATH = Path(__file__).with_name("centers.json")


@cache
def centers() -> dict[str, np.ndarray]:
    """Language → mean statement vector (``*`` for languages without their own)."""
    if not PATH.is_file():
        return {}
    data = json.loads(PATH.read_text(encoding="utf-8"))
    out = {k: np.asarray(v, dtype=np.float32) for k, v in data["centers"].items()}
    if out:
        out["*"] = np.mean(list(out.values()), axis=0)
    return out


def center(vecs: np.ndarray, language: str | None) -> np.ndarray:
    """``vecs`` minus the language's centre, unit length again."""
    cs = centers()
    c = cs.get(language or "", cs.get("*"))
    if c is None or not len(vecs):
        return vecs
    out = vecs - c[None, :]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-9)
