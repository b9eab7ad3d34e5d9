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
from newsloupe.lang import load_data

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
            head = cue_head(d.doc, s, e, pos)
            if head is not None:
                out[head.i] = [tuple(x) for x in a.get("content", [])]  # type: ignore[misc]
    return out


def cue_head(doc: Any, start: int, end: int, pos: tuple[str, ...] = CANDIDATE_POS) -> Any:
    """The word of a gold cue (characters ``start``-``end``) the cue models are trained on: its last word of a
    part of speech in ``pos``, else its first; None when no token covers it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    toks = [t for t in span if t.pos_ in pos] or [span[-1]]
    return toks[-1] if toks[-1].pos_ in pos else toks[0]


def _structural_class(d: AttributionDoc, t: Token, content: list[tuple[int, int]]) -> str:
    rel = _content_relation(d, t, content)
    if d.pos[t.i] == "NOUN":
        return "noun"
    return _REL_CLASS.get(rel, "learned")


def cuts(lang: str, threshold: float | None = None, gate: float | None = None) -> tuple[float, float]:
    """The threshold and gate a v2 cue model of ``lang`` is trained with: those given, else the ``cue_model``
    entry of ``lang/<lang>/attribution.json``, else 0.3 and 0.1."""
    conf = (load_data(lang, "attribution") or {}).get("cue_model", {})
    return (
        float(conf.get("threshold", 0.3)) if threshold is None else threshold,
        float(conf.get("gate", 0.1)) if gate is None else gate,
    )


def train_model(
    golddocs: list[Any],
    docs: list[Any],
    lang: str,
    c: float = 0.3,
    threshold: float | None = None,
    min_count: int = 2,
    prune: float = 0.01,
    gate: float | None = None,
) -> dict[str, Any]:
    """Train a v2 cue model (any verb, adjective or noun; lemma vectors) in memory.

    The shipped model (:func:`train_file`) and each fold of ``newsloupe eval attribution --cv`` use the same
    defaults, so the cross-validated figures are those of the model shipped; both take their cuts from
    :func:`newsloupe.lab.attribution_eval.train_chosen` / ``choose_cuts`` (chosen on the training articles alone)
    when ``lang``'s ``cue_model`` has a ``choose`` entry.
    golddocs (list[GoldDoc]): the training articles with their gold attributions.
    docs (list[Doc]): their spaCy parses, in the same order.
    threshold (float | None): probability from which an unlisted word is a cue (None: :func:`cuts` of ``lang``).
    gate (float | None): probability under which a listed word is not one (None: :func:`cuts` of ``lang``).
    RETURNS (dict): the model, as :func:`load_learned` returns it (JSON-ready but for ``_w``/``_vw``).
    """
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lex = get_lexicon(lang)
    assert lex is not None
    threshold, gate = cuts(lang, threshold, gate)
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
    return ready(model)


def train_file(
    corpus: Path,
    out_path: Path,
    lang: str,
    c: float = 0.3,
    threshold: float | None = None,
    gate: float | None = None,
    extras: list[GoldDoc] | None = None,
    parses: list[Any] | None = None,
) -> dict[str, Any]:
    """Train a v2 cue model on every article of a gold JSONL corpus (``../shared/gold/fr-news``) and
    write it as JSON weights (no pickle). Score it first with ``newsloupe eval attribution CORPUS --cv 5``.

    extras (list[GoldDoc] | None): more training articles (``attribution_gold.load_extras``), named in the model.
    parses (list | None): the :func:`parse_gold` of the corpus's ``lang`` articles then the extras, when made.
    RETURNS (dict): the model written.
    """

    docs = [d for d in load_gold(corpus) if d.lang == lang]
    if not docs:
        raise ValueError(f"no {lang!r} article in {corpus}")
    every = docs + list(extras or [])
    parsed = parses or [parse_gold(d) for d in every]
    model = train_model(every, [p.doc for p in parsed], lang, c=c, threshold=threshold, gate=gate)
    model["trained_on"] = corpus.name
    model["articles"] = len(docs)
    if extras:
        model["extra_articles"] = len(extras)
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


NOUN_COMPLEMENTS = ("that", "infinitive", "to", "about", "on", "for", "against", "over")


def noun_cue_lists(
    golddocs: list[GoldDoc],
    docs: list[Any],
    lang: str = "en",
    min_n: int = 3,
    min_rate: float = 0.1,
    kinds: tuple[str, ...] = NOUN_COMPLEMENTS,
    min_hits: int = 1,
) -> dict[str, list[str]]:
    """The nouns that report a complement (``noun_cues`` of ``lang/en/attribution.json``), learned on gold articles
    and their parses: per kind of complement (:func:`~newsloupe.attribution.rules.noun_complements`), the lemmas
    seen with it at least ``min_n`` times whose complement is, in at least ``min_rate`` of them and at least
    ``min_hits`` times, a gold content (character overlap ≥ 0.3) of an attribution whose cue holds the noun
    (``min_hits`` 2 drops the nouns seen reporting once: measured at stop 34, not shipped)."""
    from newsloupe.attribution.rules import noun_complements

    lex = get_lexicon(lang)
    assert lex is not None
    seen: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for gd, doc in zip(golddocs, docs, strict=True):
        d = AttributionDoc(doc, lex, gd.text)
        by_token: dict[int, list[set[int]]] = defaultdict(list)
        for g in gd.attributions:
            span = doc.char_span(g.cue[0][0], g.cue[-1][1], alignment_mode="expand") if g.cue and g.content else None
            for t in span or ():
                by_token[t.i].append({x for s, e in g.content for x in range(s, e)})
        for t in doc:
            if d.pos[t.i] != "NOUN":
                continue
            for kind, _root, a, b in noun_complements(d, t):
                if kind not in kinds:
                    continue
                key = (kind, d.lem[t.i])
                seen[key] += 1
                own = set(range(d.idx[a], d.idx[b - 1] + len(d.tok[b - 1])))
                hits[key] += any(len(own & g) / len(own | g) >= 0.3 for g in by_token.get(t.i, ()))
    out: dict[str, list[str]] = defaultdict(list)
    for (kind, lemma), n in sorted(seen.items()):
        if n >= min_n and hits[(kind, lemma)] >= min_hits and hits[(kind, lemma)] / n >= min_rate:
            out[kind].append(lemma)
    return dict(sorted(out.items()))


def main(argv: list[str] | None = None) -> None:
    """``python -m newsloupe.lab.attribution_train train [CORPUS] [--out PATH] [--c C]``, or ``nouns [CORPUS]``
    (the noun cue lists learned on the corpus, as JSON)."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.attribution_train")
    ap.add_argument("command", choices=["train", "nouns"])
    ap.add_argument(
        "corpus", nargs="?", default=str(Path("..") / "shared" / "data" / "attribution" / "polnear-train.jsonl")
    )
    ap.add_argument("--out", default=str(model_path("en")))
    ap.add_argument("--c", type=float, default=0.5)
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_file():
        raise SystemExit(f"corpus not found: {corpus} (it lives in ../shared/data/attribution/, beside the repository)")
    if args.command == "nouns":
        from newsloupe.lab.attribution_gold import parse_gold

        golddocs = read_jsonl(corpus)
        print(json.dumps(noun_cue_lists(golddocs, [parse_gold(gd).doc for gd in golddocs]), ensure_ascii=False))
        return
    model = train(corpus, Path(args.out), c=args.c)
    print(
        f"wrote {args.out}: {model['candidates']} candidates, {model['positives']} cues, "
        f"{len(model['weights'])} weights, {len(model['lemmas'])} lemmas"
    )


if __name__ == "__main__":
    main()
