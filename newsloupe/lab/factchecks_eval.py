"""Evaluate and train the fact-check matcher on a gold folder (``samples/factchecks``).

The folder holds a memory (``memory/``: ClaimReview files and pages), articles
(``articles.jsonl``) and ``gold.json`` (links sentence -> review, near-misses, articles
without any reviewed claim). A predicted match is right when it lies in the right
article, covers at least 30 % of the characters of a gold sentence and names that
sentence's review. The verifier is learned, so figures are cross-validated by article
(folds by a hash of the article id): no article is scored by a model trained on it.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsloupe.factchecks.match import (
    FEATURES,
    MODEL_PATH,
    THRESHOLD,
    Candidate,
    MatcherModel,
    Memory,
    candidates,
    load_memory,
    select,
)
from newsloupe.lab import REPO

__all__ = ["GoldSet", "evaluate", "fit", "forward", "load_gold", "train"]

COVER = 0.3
# The verifier's inverse regularisation strength (stop 25: 2 rather than 1 found 4 more links over the
# six gold sets scored apart, the same under cross-validation, no near-miss; 3 and 10 lost precision).
VERIFIER_C = 2.0


@dataclass
class GoldSet:
    """A memory, analysed articles and gold links."""

    memory: Memory
    docs: dict[str, dict[str, Any]]  # article id -> analysis document
    links: list[dict[str, Any]]  # article, review, cross_language, start, end
    near: list[dict[str, Any]]  # article, topic_of, start, end
    no_claim: list[str]
    import_report: Any = None
    cands: dict[str, list[Candidate]] = field(default_factory=dict)


# Fictional articles of other subjects (no reviewed claim in them): hard negatives for training.
NEGATIVE_ARTICLES = ("samples/stories/corpus.jsonl", "samples/articles/corpus.jsonl")


def _memory_from_folder(folder: Path, distractors: int = 0) -> tuple[Memory, Any]:
    from newsloupe.factchecks.memory import import_sources
    from newsloupe.lab.factchecks_synth import write_jsonl
    from newsloupe.store import Store

    folder_tmp = tempfile.mkdtemp(prefix="newsloupe-fc-")
    # the memory reads its store while the evaluation runs: removed when the process ends
    atexit.register(shutil.rmtree, folder_tmp, ignore_errors=True)
    tmp = Path(folder_tmp) / "memory.db"
    mem_dir = folder / "memory"
    sources = [
        str(p) for p in sorted(mem_dir.iterdir()) if p.suffix in (".json", ".jsonl") and "malformed" not in p.name
    ]
    sources += [str(p) for p in sorted((mem_dir / "pages").glob("*.html"))]
    if distractors:  # generated fictional reviews on other subjects: retrieval finds lookalikes
        sources.append(str(write_jsonl(tmp.with_name("distractors.jsonl"), distractors, seed=16)))
    with Store(tmp) as store:
        report = import_sources(store.conn, sources)
        mem = load_memory(store.conn, path=str(tmp))
    if mem is None:
        raise ValueError(f"{folder}: no review could be imported")
    return mem, report


GOLD_FOLDERS = [
    "samples/factchecks",
    "samples/factchecks-heldout",
    "samples/factchecks-heldout2",
    "samples/factchecks-heldout3",
    "samples/factchecks-heldout4",
    "samples/factchecks-heldout5",
]
# The shipped verifier is fitted on all thirty-one gold sets (stop 26: the two written in stops 24-25 too; stop 27:
# heldout8; stop 28: heldout9; stop 30: heldout10; stop 31: heldout11; stop 32: heldout12; stop 33: heldout13;
# stop 34: heldout14 and heldout15, 722 links; stop 36: heldout16, 796 links;
# stop 37: heldout17, 862 links; stop 38: heldout18, 933 links; stop 39: heldout19, 1003 links;
# stop 40: heldout20, 1077 links; stop 41: heldout21, 1149 links; stop 42: heldout22, 1222 links;
# stop 43: heldout23, 1294 links; stop 44: heldout24, 1367 links; stop 45: heldout25, 1439 links;
# stop 46: heldout26, 1511 links; stop 47: heldout27, 1583 links; stop 48: heldout28, 1655 links;
# stop 49: heldout29, 1727 links; stop 50: heldout30, 1799 links); the measure closest to unseen data is
# `eval factchecks` over them with --apart.
TRAIN_FOLDERS = [
    *GOLD_FOLDERS,
    "samples/factchecks-heldout6",
    "samples/factchecks-heldout7",
    "samples/factchecks-heldout8",
    "samples/factchecks-heldout9",
    "samples/factchecks-heldout10",
    "samples/factchecks-heldout11",
    "samples/factchecks-heldout12",
    "samples/factchecks-heldout13",
    "samples/factchecks-heldout14",
    "samples/factchecks-heldout15",
    "samples/factchecks-heldout16",
    "samples/factchecks-heldout17",
    "samples/factchecks-heldout18",
    "samples/factchecks-heldout19",
    "samples/factchecks-heldout20",
    "samples/factchecks-heldout21",
    "samples/factchecks-heldout22",
    "samples/factchecks-heldout23",
    "samples/factchecks-heldout24",
    "samples/factchecks-heldout25",
    "samples/factchecks-heldout26",
    "samples/factchecks-heldout27",
    "samples/factchecks-heldout28",
    "samples/factchecks-heldout29",
    "samples/factchecks-heldout30",
]


def load_gold(folder: str | Path, *, distractors: int = 0, negatives: bool = False, on_progress: Any = None) -> GoldSet:
    """Import the folder's memory into a temporary store and analyse its articles.

    distractors (int): generated fictional reviews added to the memory (lookalike claims
        with other places, people and figures, as a large real memory holds).
    negatives (bool): also analyse the fictional articles of :data:`NEGATIVE_ARTICLES`
        (other subjects: every match in them is false).
    """
    from newsloupe.ingest import iter_items
    from newsloupe.pipeline import analyze_article, build_pipeline

    folder = Path(folder)
    memory, report = _memory_from_folder(folder, distractors)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    steps = build_pipeline(["sentences", "entities", "attributions", "assertions"])
    docs: dict[str, dict[str, Any]] = {}
    paths = [str(folder / "articles.jsonl")]
    if negatives:
        paths += [str(REPO / p) for p in NEGATIVE_ARTICLES if (REPO / p).is_file()]
    items = [it for it in iter_items(paths) if it.article is not None]
    for n, item in enumerate(items, 1):
        art = item.article
        assert art is not None
        docs[art.id] = analyze_article(art, pipeline=steps).to_dict()
        if on_progress:
            on_progress(n, len(items))

    def place(entry: dict[str, Any]) -> dict[str, Any]:
        text = docs[entry["article"]]["text"]
        start = text.find(entry["text"])
        if start < 0:
            raise ValueError(f"gold sentence not found in {entry['article']}: {entry['text'][:60]!r}")
        return {**entry, "start": start, "end": start + len(entry["text"])}

    links = [place(x) for x in gold["links"] if x["article"] in docs]
    near = [place(x) for x in gold.get("near_misses", []) if x["article"] in docs]
    no_claim = list(gold.get("no_claim_articles", []))
    gold_ids = {json.loads(x)["id"] for x in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x}
    no_claim += [a for a in docs if a not in gold_ids]
    return GoldSet(memory, docs, links, near, no_claim, report)


def _covers(c: Candidate, g: dict[str, Any]) -> bool:
    inter = min(c.unit.end, g["end"]) - max(c.unit.start, g["start"])
    return inter >= COVER * (g["end"] - g["start"])


def _label(gs: GoldSet, aid: str, c: Candidate) -> int:
    url = gs.memory.reviews[c.review].url
    return int(any(g["article"] == aid and g["review"] == url and _covers(c, g) for g in gs.links))


def _fold(aid: str, k: int) -> int:
    return int(hashlib.sha1(aid.encode()).hexdigest(), 16) % k


def _fit(x: np.ndarray, y: np.ndarray, threshold: float) -> MatcherModel:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=VERIFIER_C, max_iter=5000).fit((x - mean) / scale, y)
    return MatcherModel(
        tuple(float(v) for v in lr.coef_[0]),
        float(lr.intercept_[0]),
        threshold,
        tuple(float(v) for v in mean),
        tuple(float(v) for v in scale),
    )


def _candidates(gs: GoldSet) -> dict[str, list[Candidate]]:
    if not gs.cands:
        gs.cands = {aid: candidates(doc, gs.memory) for aid, doc in gs.docs.items()}
    return gs.cands


def _xy(gs: GoldSet, aids: list[str]) -> tuple[np.ndarray, np.ndarray]:
    cands = _candidates(gs)
    rows = [(c.features, _label(gs, aid, c)) for aid in aids for c in cands[aid]]
    if not rows:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.array([r[0] for r in rows], dtype=np.float64), np.array([r[1] for r in rows])


def _xy_many(sets: list[GoldSet], keep: Any) -> tuple[np.ndarray, np.ndarray]:
    """Training rows of the articles ``keep(article_id)`` accepts, from several gold sets."""
    parts = [_xy(g, [a for a in sorted(g.docs) if keep(a)]) for g in sets]
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def evaluate(
    gs: GoldSet,
    *,
    folds: int = 5,
    threshold: float | None = None,
    model: MatcherModel | None = None,
    also: list[GoldSet] | None = None,
) -> dict[str, Any]:
    """Precision, recall and the cases of the gold set.

    folds (int): cross-validate the verifier by article (0: score ``model`` as it is).
    also (list[GoldSet] | None): other gold sets whose articles of the training folds are
        trained on too (cross-validation over their union, scored on ``gs``).
    RETURNS (dict): figures and per-case details.
    """
    cands = _candidates(gs)
    aids = sorted(gs.docs)
    predicted: dict[str, list[Candidate]] = {}
    if folds:
        th = THRESHOLD if threshold is None else threshold
        for k in range(folds):
            x, y = _xy_many([gs, *(also or [])], lambda a, k=k: _fold(a, folds) != k)
            m = _fit(x, y, th)
            for a in aids:
                if _fold(a, folds) == k:
                    predicted[a] = select(cands[a], m)
    else:
        if model is None:
            from newsloupe.factchecks.match import matcher_model

            model = matcher_model()
        for a in aids:
            predicted[a] = select(cands[a], model, threshold)
    right = 0
    found: set[int] = set()
    fps: list[dict[str, Any]] = []
    near_hits = 0
    for a, preds in predicted.items():
        for c in preds:
            url = gs.memory.reviews[c.review].url
            hit = [i for i, g in enumerate(gs.links) if g["article"] == a and g["review"] == url and _covers(c, g)]
            if hit:
                right += 1
                found.update(hit)
            else:
                is_near = any(n["article"] == a and n["topic_of"] == url and _covers(c, n) for n in gs.near)
                near_hits += is_near
                fps.append(
                    {"article": a, "text": c.unit.text, "review": url, "score": round(c.score, 3), "near_miss": is_near}
                )
    n_pred = sum(len(p) for p in predicted.values())
    cross = [i for i, g in enumerate(gs.links) if g.get("cross_language")]
    missed = [
        {"article": g["article"], "text": g["text"], "review": g["review"]}
        for i, g in enumerate(gs.links)
        if i not in found
    ]
    no_claim_fp = sum(len(predicted.get(a, [])) for a in gs.no_claim)
    return {
        "articles": len(gs.docs),
        "reviews": len(gs.memory),
        "links": len(gs.links),
        "cross_language_links": len(cross),
        "predicted": n_pred,
        "right": right,
        "precision": right / n_pred if n_pred else 0.0,
        "recall": len(found) / len(gs.links) if gs.links else 0.0,
        "cross_language_found": len([i for i in cross if i in found]),
        "near_misses": len(gs.near),
        "near_misses_matched": near_hits,
        "no_claim_articles": len(gs.no_claim),
        "no_claim_matches": no_claim_fp,
        "cross_validated": bool(folds),
        "false_positives": fps,
        "missed": missed,
    }


def fit(sets: list[GoldSet], *, threshold: float = THRESHOLD) -> MatcherModel:
    """The verifier fitted on every article of the gold sets (written nowhere: to score another set)."""
    x, y = _xy_many(sets, lambda a: True)
    return _fit(x, y, threshold)


def forward(sets: list[GoldSet]) -> list[dict[str, Any]]:
    """Forward validation: each set after the first scored by a verifier fitted on the sets before it (in the
    order given: the order they were written), as an unseen set is read with the verifier of its day.

    Stop 40 (fcprec40): leave-one-set-out (``--apart``) fits every set's verifier on later sets too; scoring a
    set with the sets before it only is the closer mimic of the next unseen set.
    RETURNS (list[dict]): :func:`evaluate`'s figures of ``sets[1:]``.
    """
    return [evaluate(gs, folds=0, model=fit(sets[:i])) for i, gs in enumerate(sets) if i]


def train(gs: GoldSet | list[GoldSet], *, threshold: float = THRESHOLD, out: str | Path | None = None) -> MatcherModel:
    """Fit the verifier on every article of the gold set(s) and write it (``models/factchecks/matcher.json``)."""
    model = fit(gs if isinstance(gs, list) else [gs], threshold=threshold)
    path = Path(out or MODEL_PATH)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    return model
