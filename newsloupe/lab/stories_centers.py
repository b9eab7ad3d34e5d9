"""Rebuild ``stories/centers.json``: ``python -m newsloupe.lab.stories_centers [SAMPLES]``.

Analyses newsloupe's own fictional sample corpus (``samples/articles``) in a temporary
store and averages its statement vectors per language (see :mod:`newsloupe.stories.centers`). A build
tool: the runtime reads the shipped JSON and never imports this module.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from newsloupe.batch import run
from newsloupe.lab import REPO
from newsloupe.nlp.encoder import get_encoder
from newsloupe.store import Store
from newsloupe.store.ingest import ingest
from newsloupe.stories.adapter import features
from newsloupe.stories.centers import PATH

SAMPLES = REPO / "samples" / "articles"


def build(samples: Path = SAMPLES) -> dict[str, list[float]]:
    """Analyse the sample corpus and average its statement vectors per language."""
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
