"""Training of the learned cue classifier (:mod:`newsloupe.attribution.learned`) on gold attribution corpora.

``python -m newsloupe.lab.attribution_train train [CORPUS]`` (English, PolNeAR train) and
``newsloupe train attribution`` (v2 models on a gold JSONL corpus) write plain JSON weights
under ``models/attribution/``. Needs scikit-learn and the corpora of ``../shared``; the
runtime never imports this module.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsloupe.attribution.doc import AttributionDoc
from newsloupe.attribution.learned import CANDIDATE_POS, V2_POS, features, features_v2, lemma_vector, model_path, ready
from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.attribution.rules import quote_adjacent
from newsloupe.lab.attribution_gold import GoldDoc, gold_article, load_gold, parse_gold, read_jsonl

if TYPE_CHECKING:
    from spacy.tokens import Token

_REL_CLASS = {"clausal": "clause_only", "xcomp": "intent_clause", "object": "speech_obj", "quote": "speech"}


def _content_relation(d: AttributionDoc, t: Token, content: list[tuple[int, int]]) -> str:
    """How a gold content hangs on its cue: clausal, xcomp, object, quote or other."""
    if not content:
        return "other"
    a = content[0][0]
    for q in d.quotes:
        if q.start <= a < q.end:
            return "quote"
    for c in t.children:
        lo = d.doc[c.left_edge.i].idx
        hi = d.doc[c.right_edge.i].idx + len(d.doc[c.right_edge.i].text)
        if lo <= a < hi:
            if c.dep_ in ("ccomp",):
                return "clausal"
            if c.dep_ in ("xcomp",):
                return "xcomp"
            if c.dep_ in ("dobj", "obj", "pobj", "prep"):
                return "object"
    return "other"


def _gold_heads(
    d: AttributionDoc, atts: list[dict[str, Any]], pos: tuple[str, ...] = CANDIDATE_POS
) -> dict[int, list[tuple[int, int]]]:
    """Token index of each gold cue head -> that attribution's content spans."""
    out: dict[int, list[tuple[int, int]]] = {}
    for a in atts:
        for s, e in a.get("cue", [])[:1]:
            span = d.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            toks = [t for t in span if t.pos_ in pos] or [span[-1]]
            head = toks[-1] if toks[-1].pos_ in pos else toks[0]
            out[head.i] = [tuple(x) for x in a.get("content", [])]  # type: ignore[misc]
    return out


def _structural_class(d: AttributionDoc, t: Token, content: list[tuple[int, int]]) -> str:
    rel = _content_relation(d, t, content)
    if d.pos[t.i] == "NOUN":
        return "noun"
    return _REL_CLASS.get(rel, "learned")


def train_model(
    golddocs: list[Any],
    docs: list[Any],
    lang: str,
    c: float = 0.3,
    threshold: float = 0.3,
    min_count: int = 2,
    prune: float = 0.01,
    gate: float = 0.1,
    parsed: list[Any] | None = None,
) -> dict[str, Any]:
    """Train a v2 cue model (any verb, adjective or noun; lemma vectors) in memory.

    The shipped model (:func:`train_file`) and each fold of ``newsloupe eval attribution --cv`` use the same
    defaults, so the cross-validated figures are those of the model shipped.
    golddocs (list[GoldDoc]): the training articles with their gold attributions.
    docs (list[Doc]): their spaCy parses, in the same order.
    threshold (float): probability from which an unlisted word is a cue.
    gate (float): probability under which a listed word is not one.
    parsed (list[Parsed] | None): the articles' parses (as :func:`parse_gold` makes them); when given and the
        language asks for it (``attribution_filter`` in its ``attribution.json``), the attribution filter is
        fitted too (:func:`fit_filter`) and kept as ``attribution_filter``.
    RETURNS (dict): the model, as :func:`load_learned` returns it (JSON-ready but for ``_w``/``_vw``).
    """
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lex = get_lexicon(lang)
    assert lex is not None
    rows: list[dict[str, int]] = []
    vecs: list[Any] = []
    ys: list[int] = []
    rel: dict[str, Counter[str]] = defaultdict(Counter)
    lemma_n: Counter[str] = Counter()
    lemma_pos: Counter[str] = Counter()
    dim = 0
    for gd, doc in zip(golddocs, docs, strict=True):
        d = AttributionDoc(doc, lex, gd.text)
        gold = _gold_heads(d, [{"cue": g.cue, "content": g.content} for g in gd.attributions], V2_POS)
        for t in doc:
            if d.pos[t.i] not in V2_POS:
                continue
            qadj = quote_adjacent(d, t)
            rows.append(dict.fromkeys(features_v2(d, t, qadj), 1))
            v = lemma_vector(d, t.i)
            if v is not None:
                dim = len(v)
            vecs.append(v)
            y = int(t.i in gold)
            ys.append(y)
            key = f"{d.lem[t.i]}|{d.pos[t.i]}"
            lemma_n[key] += 1
            if y:
                lemma_pos[key] += 1
                rel[key][_structural_class(d, t, gold[t.i])] += 1
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    if dim:
        dense = np.vstack([v if v is not None else np.zeros(dim, dtype="float32") for v in vecs])
        x = sparse.hstack([x, sparse.csr_matrix(dense)]).tocsr()
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, ys)
    names = list(vec.get_feature_names_out())
    coef = clf.coef_[0]
    weights = {n: round(float(w), 4) for n, w in zip(names, coef[: len(names)], strict=True) if abs(w) >= prune}
    lemmas = {}
    for key, n in lemma_pos.items():
        if n >= min_count:
            lemmas[key] = {"class": rel[key].most_common(1)[0][0], "n": n, "cue_rate": round(n / lemma_n[key], 3)}
    model: dict[str, Any] = {
        "about": "Cue classifier v2: logistic regression over sparse features and lemma vectors of every verb, "
        "adjective and noun; see models/ATTRIBUTION.md",
        "features": "v2",
        "lang": lang,
        "candidates": len(ys),
        "positives": int(sum(ys)),
        "C": c,
        "threshold": threshold,
        "gate": gate,
        "intercept": round(float(clf.intercept_[0]), 4),
        "weights": weights,
        "vector_weights": [round(float(w), 4) for w in coef[len(names) :]],
        "lemmas": lemmas,
    }
    model = ready(model)
    if parsed is not None and lex.attribution_filter:
        kept = fit_filter(golddocs, docs, parsed, lang, c=c, threshold=threshold, gate=gate)
        if kept is not None:
            model["attribution_filter"] = kept
    return model


FILTER_GRID = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def _inner_folds(golddocs: list[Any], k: int) -> list[list[int]]:
    """``k`` folds of article indices by a hash of the article id (as the evaluation's folds)."""
    import hashlib

    order = sorted(range(len(golddocs)), key=lambda n: hashlib.sha1(golddocs[n].id.encode()).hexdigest())
    return [order[f::k] for f in range(k)]


def _filter_rows(gd: Any, p: Any, cue_model: dict[str, Any]) -> tuple[list[list[str]], list[int], int]:
    """Features of the attributions the rules find in one gold article with ``cue_model``, whether each
    matches a gold attribution (content overlap >= 0.3, greedy one-to-one as the evaluation), and the number
    of gold attributions."""
    import dataclasses

    from newsloupe.attribution import _Mention
    from newsloupe.attribution.confidence import features
    from newsloupe.attribution.rules import find_attributions
    from newsloupe.attribution.speakers import People, resolve_all
    from newsloupe.lab.attribution_gold import gold_entities

    lex = get_lexicon(gd.lang)
    assert lex is not None
    lex = dataclasses.replace(lex, learned=cue_model)
    found, d = find_attributions(p.doc, lex, gd.text)
    ents = gold_entities(p)
    resolve_all(d, found, People(d, [_Mention.of(e) for e in ents] if ents else None))
    text = gd.text

    def chars(spans: list[tuple[int, int]]) -> set[int]:
        return {i for a, b in spans for i in range(a, b) if not text[i].isspace()}

    pc = [chars(f.content) for f in found]
    gc = [chars(g.content) for g in gd.attributions]
    pairs = []
    for i, x in enumerate(pc):
        for j, y in enumerate(gc):
            if x and y:
                o = len(x & y) / len(x | y)
                if o >= 0.3:
                    pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _o, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return [features(d, f) for f in found], [int(i in used_p) for i in range(len(found))], len(gc)


def _fit_lr(rows: list[list[str]], ys: list[int], c: float, prune: float = 0.01) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r, 1) for r in rows])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, ys)
    weights = {
        n: round(float(w), 4) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True) if abs(w) >= prune
    }
    return {"weights": weights, "intercept": round(float(clf.intercept_[0]), 4)}


def fit_filter(
    golddocs: list[Any],
    docs: list[Any],
    parsed: list[Any],
    lang: str,
    folds: int = 3,
    filter_c: float = 0.3,
    **cue_args: Any,
) -> dict[str, Any] | None:
    """Fit the attribution filter (:mod:`newsloupe.attribution.confidence`) on gold articles, out of fold.

    The articles are split in ``folds``; the attributions of each fold are those the rules find with a cue
    model trained on the other folds (so they look like the ones found in unseen articles). A logistic
    regression fitted on the other folds' attributions scores each fold's; the threshold kept is the one of
    :data:`FILTER_GRID` under which dropping gives the best pooled content F1 of those out-of-fold scores.
    The weights shipped are fitted on all the attributions.
    RETURNS (dict | None): ``{"weights", "intercept", "threshold", "attributions", "C", "f1"}``.
    """
    from newsloupe.attribution.confidence import probability

    split = _inner_folds(golddocs, folds)
    if len(golddocs) < folds or any(not f for f in split):
        return None
    fold_rows: list[tuple[list[list[str]], list[int]]] = []
    n_gold = 0
    for fold in split:
        held = set(fold)
        idx = [n for n in range(len(golddocs)) if n not in held]
        cue = train_model([golddocs[n] for n in idx], [docs[n] for n in idx], lang, **cue_args)
        rows: list[list[str]] = []
        ys: list[int] = []
        for n in fold:
            r, y, g = _filter_rows(golddocs[n], parsed[n], cue)
            rows.extend(r)
            ys.extend(y)
            n_gold += g
        fold_rows.append((rows, ys))
    all_rows = [r for rows, _ in fold_rows for r in rows]
    all_ys = [y for _, ys in fold_rows for y in ys]
    if len(set(all_ys)) < 2:
        return None
    probs: list[float] = []
    for k in range(folds):
        tr_rows = [r for m, (rows, _) in enumerate(fold_rows) if m != k for r in rows]
        tr_ys = [y for m, (_, ys) in enumerate(fold_rows) if m != k for y in ys]
        if len(set(tr_ys)) < 2:
            return None
        m = _fit_lr(tr_rows, tr_ys, filter_c)
        probs.extend(probability(m, r) for r in fold_rows[k][0])

    def f1(th: float) -> float:
        kept = [y for p, y in zip(probs, all_ys, strict=True) if p >= th]
        tp = sum(kept)
        if not tp:
            return 0.0
        prec, rec = tp / len(kept), tp / n_gold
        return 2 * prec * rec / (prec + rec)

    best = max(FILTER_GRID, key=lambda th: (f1(th), -th))
    out = _fit_lr(all_rows, all_ys, filter_c)
    out.update(
        {
            "threshold": best,
            "attributions": len(all_ys),
            "C": filter_c,
            "f1": round(f1(best), 4),
            "f1_all": round(f1(0.0), 4),
        }
    )
    return out


def train_file(
    corpus: Path, out_path: Path, lang: str, c: float = 0.3, threshold: float = 0.3, gate: float = 0.1
) -> dict[str, Any]:
    """Train a v2 cue model on every article of a gold JSONL corpus (``../shared/gold/fr-news``) and
    write it as JSON weights (no pickle). Score it first with ``newsloupe eval attribution CORPUS --cv 5``.

    RETURNS (dict): the model written.
    """

    docs = [d for d in load_gold(corpus) if d.lang == lang]
    if not docs:
        raise ValueError(f"no {lang!r} article in {corpus}")
    parsed = [parse_gold(d) for d in docs]
    model = train_model(docs, [p.doc for p in parsed], lang, c=c, threshold=threshold, gate=gate, parsed=parsed)
    model["trained_on"] = corpus.name
    model["articles"] = len(docs)
    out = {k: v for k, v in model.items() if not k.startswith("_")}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    return model


def train(
    train_path: Path,
    out_path: Path,
    lang: str = "en",
    c: float = 0.5,
    min_count: int = 3,
    docs_cache: list[Any] | None = None,
    threshold: float = 0.3,
    prune: float = 0.02,
) -> dict[str, Any]:
    """Train the cue classifier on a JSONL attribution corpus and write its JSON weights.

    docs_cache: spaCy docs of the corpus articles, in order, to skip parsing them again.
    """
    from newsloupe.nlp import parse

    docs: list[GoldDoc] = read_jsonl(train_path)
    parsed = [docs_cache[n] if docs_cache is not None else parse(gold_article(gd)).doc for n, gd in enumerate(docs)]
    model = fit_v1(docs, parsed, lang, c=c, min_count=min_count, threshold=threshold, prune=prune)
    model["trained_on"] = train_path.name
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    return model


def fit_v1(
    golddocs: list[GoldDoc],
    docs: list[Any],
    lang: str = "en",
    c: float = 0.5,
    min_count: int = 3,
    threshold: float = 0.3,
    prune: float = 0.02,
) -> dict[str, Any]:
    """Fit the v1 cue classifier on gold articles and their spaCy parses (in order); RETURNS the JSON-ready model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lex = get_lexicon(lang)
    assert lex is not None
    rows: list[dict[str, int]] = []
    ys: list[int] = []
    rel: dict[str, Counter[str]] = defaultdict(Counter)
    lemma_n: Counter[str] = Counter()
    lemma_pos: Counter[str] = Counter()
    for gd, doc in zip(golddocs, docs, strict=True):
        d = AttributionDoc(doc, lex)
        gold = _gold_heads(d, [{"cue": g.cue, "content": g.content} for g in gd.attributions])
        for t in doc:
            if t.pos_ not in CANDIDATE_POS:
                continue
            qadj = quote_adjacent(d, t)
            feats = features(d, t, qadj)
            rows.append(dict.fromkeys(feats, 1))
            y = int(t.i in gold)
            ys.append(y)
            lemma_n[d.lem[t.i]] += 1
            if y:
                lemma_pos[d.lem[t.i]] += 1
                rel[d.lem[t.i]][_content_relation(d, t, gold[t.i])] += 1
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=2000, class_weight=None)
    clf.fit(x, ys)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=False)
        if abs(w) >= prune
    }
    lemmas = {}
    for lem, n in lemma_pos.items():
        if n < min_count:
            continue
        r = rel[lem].most_common(1)[0][0]
        lemmas[lem] = {"class": _REL_CLASS.get(r, "speech_obj"), "cue_rate": round(n / lemma_n[lem], 3), "n": n}
    model = {
        "about": "Cue classifier for attribution: logistic regression over sparse features of verbs and adjectives; "
        "see models/ATTRIBUTION.md",
        "lang": lang,
        "candidates": len(ys),
        "positives": int(sum(ys)),
        "C": c,
        "threshold": threshold,
        "intercept": round(float(clf.intercept_[0]), 4),
        "weights": weights,
        "lemmas": lemmas,
    }
    return model


def main(argv: list[str] | None = None) -> None:
    """``python -m newsloupe.lab.attribution_train train [CORPUS] [--out PATH] [--c C]``."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.attribution_train")
    ap.add_argument("command", choices=["train"])
    ap.add_argument(
        "corpus", nargs="?", default=str(Path("..") / "shared" / "data" / "attribution" / "polnear-train.jsonl")
    )
    ap.add_argument("--out", default=str(model_path("en")))
    ap.add_argument("--c", type=float, default=0.5)
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_file():
        raise SystemExit(f"corpus not found: {corpus} (it lives in ../shared/data/attribution/, beside the repository)")
    model = train(corpus, Path(args.out), c=args.c)
    print(
        f"wrote {args.out}: {model['candidates']} candidates, {model['positives']} cues, "
        f"{len(model['weights'])} weights, {len(model['lemmas'])} lemmas"
    )


if __name__ == "__main__":
    main()
