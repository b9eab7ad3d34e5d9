"""Per-language centres of statement vectors: ``python -m newsloupe.stories.centers``.

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
import sys
import tempfile
from functools import cache
from pathlib import Path

import numpy as np

PATH = Path(__file__).with_name("centers.json")
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles"


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


def build(samples: Path = SAMPLES) -> dict[str, list[float]]:
    """Analyse the sample corpus and average its statement vectors per language."""
    from newsloupe.batch import run
    from newsloupe.nlp.encoder import get_encoder
    from newsloupe.store import Store
    from newsloupe.store.ingest import ingest
    from newsloupe.stories.adapter import features

    enc = get_encoder()
    assert enc is not None
    sums: dict[str, list[np.ndarray]] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.db") as store:
        ingest(store, [str(samples / "corpus.jsonl"), str(samples / "txt"), str(samples / "html")])
        run(store, workers=1)
        for (doc,) in store.conn.execute("SELECT json FROM analyses"):
            f = features(json.loads(doc))
            if f.language and f.statements:
                sums.setdefault(f.language, []).extend(enc.encode([s.text for s in f.statements]))
    return {lang: [round(float(x), 5) for x in np.mean(v, axis=0)] for lang, v in sorted(sums.items())}


if __name__ == "__main__":
    result = build(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES)
    PATH.write_text(json.dumps({"source": "samples/articles", "centers": result}) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in result.items()})
