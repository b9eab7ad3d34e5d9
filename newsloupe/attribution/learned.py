"""A cue classifier learned from an attribution corpus (English: PolNeAR train).

Rules know how to find a cue's source and content; which verbs are cues, and
in which contexts, is a long tail (PolNeAR's 40 most frequent cue forms cover
under half of its attributions). This module learns it: a logistic regression
over sparse features of each verb or adjective of the parse (lemma, its
dependency label and children, whether it stands in a quotation, what kind of
subject it has), trained on the gold cue heads of a corpus. It is stored as
plain JSON weights (``models/attribution/<lang>-cues.json``, no pickle) with,
per lemma, the class of content argument seen in training, so the rules can
extract the content of cues they have no entry for.

At run time scoring is a dictionary look-up per feature: no sklearn needed.
Training (``python -m newsloupe.attribution.learned train``) needs
scikit-learn and the corpus under ``../shared/data/attribution/``.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsloupe.attribution.rules import _Doc

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "attribution"
CANDIDATE_POS = ("VERB", "ADJ")
_CHILD_DEPS = (
    "ccomp",
    "xcomp",
    "dobj",
    "nsubj",
    "nsubjpass",
    "prep",
    "advcl",
    "oprd",
    "attr",
    "dative",
    "agent",
    "parataxis",
    "mark",
    "neg",
    "prt",
    "obj",
    "obl",
    "iobj",
)
_FIRST = {"i", "we", "me", "us", "je", "nous", "j'", "on"}
_SECOND = {"you", "vous", "tu"}


def model_path(lang: str) -> Path:
    """Where the learned cue model of ``lang`` lives."""
    return MODEL_DIR / f"{lang}-cues.json"


@cache
def load_learned(lang: str) -> dict[str, Any]:
    """The learned cue model of ``lang`` ({} when none was trained or shipped)."""
    path = model_path(lang)
    if not path.is_file():
        return {}
    return _ready(json.loads(path.read_text(encoding="utf-8")))


def _subject_kind(d: _Doc, t: Token) -> str:
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            low = d.low[c.i]
            if low in _FIRST:
                return "1p"
            if low in _SECOND:
                return "2p"
            if d.pos[c.i] == "PRON":
                return "pron"
            if d.pos[c.i] == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "PER"):
                return "name"
            return "noun"
    return "none"


def features(d: _Doc, t: Token, qadj: bool) -> list[str]:
    """Sparse features of candidate cue ``t``."""
    lem = d.lem[t.i]
    inq = d.in_quote[t.i] >= 0
    subj = _subject_kind(d, t)
    deps = sorted({c.dep_ for c in t.children if c.dep_ in _CHILD_DEPS})
    f = [
        "bias",
        f"lem={lem}",
        f"pos={t.pos_}",
        f"tag={t.tag_}",
        f"dep={t.dep_}",
        f"lem|dep={lem}|{t.dep_}",
        f"subj={subj}",
        f"lem|subj={lem}|{subj}",
        f"inq={inq}",
        f"lem|inq={lem}|{inq}",
        f"inq|subj={inq}|{subj}",
        f"qadj={qadj}",
        f"lem|qadj={lem}|{qadj}",
        f"hdep={t.head.dep_}" if t.head is not t else "hdep=ROOT",
    ]
    for dep in deps:
        f.append(f"ch={dep}")
        f.append(f"lem|ch={lem}|{dep}")
    if not deps:
        f.append(f"lem|ch={lem}|none")
    return f


def score(model: dict[str, Any], feats: list[str], vector: Any = None) -> float:
    """Probability that the candidate is a cue (``vector``: its lemma's unit vector, for v2 models)."""
    w = model["_w"]
    z = model.get("intercept", 0.0) + sum(w.get(x, 0.0) for x in feats)
    vw = model.get("_vw")
    if vw is not None and vector is not None:
        z += float(vw @ vector)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# -- v2: any verb, adjective or noun, for languages whose rules know few cues (French) ---------

V2_POS = ("VERB", "ADJ", "NOUN")
_SUBJ = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")


def lemma_vector(d: _Doc, i: int) -> Any:
    """The unit static vector of token ``i``'s lemma (or form), None when the pipeline has none."""
    import numpy as np

    vocab = d.doc.vocab
    if not vocab.vectors.shape[0]:
        return None
    cache = _VEC_CACHE.setdefault(id(vocab), {})
    key = d.lem[i]
    v = cache.get(key)
    if v is None:
        raw = vocab.get_vector(key) if vocab.has_vector(key) else vocab.get_vector(d.low[i])
        n = float(np.linalg.norm(raw))
        v = cache[key] = (raw / n).astype("float32") if n else np.zeros(vocab.vectors.shape[1], dtype="float32")
        if len(cache) > 100_000:
            cache.clear()
    return v


_VEC_CACHE: dict[int, dict[str, Any]] = {}


def _next_word(d: _Doc, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < d.n and d.space[j]:
        j += step
    return d.low[j] if 0 <= j < d.n else "<edge>"


def features_v2(d: _Doc, t: Token, qadj: bool) -> list[str]:
    """Sparse features of a candidate cue of any part of speech (v2 models)."""
    i = t.i
    lem, pos, dep = d.lem[i], d.pos[i], d.dep[i]
    subj = "none"
    deps: set[str] = set()
    marks: set[str] = set()
    for c in t.children:
        cd = c.dep_
        deps.add(cd)
        if cd in _SUBJ and subj == "none":
            subj = _subject_kind(d, t)
        if cd in ("ccomp", "xcomp", "acl", "advcl", "acl:relcl"):
            marks.update(f"{cd}>{d.low[g.i]}" for g in c.children if g.dep_ in ("mark", "case") and g.i < c.i)
        if cd in ("nmod", "obl", "obl:arg", "obl:mod"):
            marks.update(f"{cd}>{d.low[g.i]}" for g in c.children if g.dep_ == "case")
    morph = t.morph
    head = t.head
    f = [
        "bias",
        f"lem={lem}",
        f"pos={pos}",
        f"dep={dep}",
        f"lem|pos={lem}|{pos}",
        f"hdep={head.dep_ if head is not t else 'ROOT'}",
        f"hpos={d.pos[head.i] if head is not t else 'ROOT'}",
        f"subj={subj}",
        f"pos|subj={pos}|{subj}",
        f"inq={d.in_quote[i] >= 0}",
        f"qadj={qadj}",
        f"pos|qadj={pos}|{qadj}",
        f"lem|qadj={lem}|{qadj}",
        f"vform={'|'.join(morph.get('VerbForm')) or '-'}",
        f"mood={'|'.join(morph.get('Mood')) or '-'}",
        f"prev={_next_word(d, i, -1)}",
        f"next={_next_word(d, i, 1)}",
        f"pos|next={pos}|{_next_word(d, i, 1)}",
    ]
    for x in sorted(deps):
        f.append(f"ch={x}")
        f.append(f"pos|ch={pos}|{x}")
        f.append(f"lem|ch={lem}|{x}")
    f.extend(f"mk={m}" for m in sorted(marks))
    return f


# -- training ------------------------------------------------------------------------------

_REL_CLASS = {"clausal": "clause_only", "xcomp": "intent_clause", "object": "speech_obj", "quote": "speech"}


def _content_relation(d: _Doc, t: Token, content: list[tuple[int, int]]) -> str:
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
    d: _Doc, atts: list[dict[str, Any]], pos: tuple[str, ...] = CANDIDATE_POS
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


def _structural_class(d: _Doc, t: Token, content: list[tuple[int, int]]) -> str:
    rel = _content_relation(d, t, content)
    if d.pos[t.i] == "NOUN":
        return "noun"
    return _REL_CLASS.get(rel, "learned")


def train_model(
    golddocs: list[Any],
    docs: list[Any],
    lang: str,
    c: float = 0.3,
    threshold: float = 0.5,
    min_count: int = 2,
    prune: float = 0.01,
) -> dict[str, Any]:
    """Train a v2 cue model (any verb, adjective or noun; lemma vectors) in memory.

    golddocs (list[GoldDoc]): the training articles with their gold attributions.
    docs (list[Doc]): their spaCy parses, in the same order.
    RETURNS (dict): the model, as :func:`load_learned` returns it (JSON-ready but for ``_w``/``_vw``).
    """
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from newsloupe.attribution.lexicon import get_lexicon
    from newsloupe.attribution.rules import _cue_group, _Doc, _quote_after, _quote_before, _subject

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
        d = _Doc(doc, lex, gd.text)
        gold = _gold_heads(d, [{"cue": g.cue, "content": g.content} for g in gd.attributions], V2_POS)
        for t in doc:
            if d.pos[t.i] not in V2_POS:
                continue
            group = _cue_group(d, t, None)
            subj, _ = _subject(d, t, group)
            qadj = _quote_after(d, group, subj, set()) is not None or _quote_before(d, group, t, set()) is not None
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
        "intercept": round(float(clf.intercept_[0]), 4),
        "weights": weights,
        "vector_weights": [round(float(w), 4) for w in coef[len(names) :]],
        "lemmas": lemmas,
    }
    return _ready(model)


def train_file(
    corpus: Path, out_path: Path, lang: str, c: float = 0.3, threshold: float = 0.3, gate: float = 0.1
) -> dict[str, Any]:
    """Train a v2 cue model on every article of a gold JSONL corpus (``../shared/gold/fr-news``) and
    write it as JSON weights (no pickle). Score it first with ``newsloupe eval attribution CORPUS --cv 5``.

    RETURNS (dict): the model written.
    """
    from newsloupe.attribution.evaluate import load_gold, parse_gold

    docs = [d for d in load_gold(corpus) if d.lang == lang]
    if not docs:
        raise ValueError(f"no {lang!r} article in {corpus}")
    model = train_model(docs, [parse_gold(d).doc for d in docs], lang, c=c, threshold=threshold)
    model["gate"] = gate
    model["trained_on"] = corpus.name
    model["articles"] = len(docs)
    out = {k: v for k, v in model.items() if not k.startswith("_")}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    return model


def _ready(model: dict[str, Any]) -> dict[str, Any]:
    """Attach the look-up forms scoring reads (``_w``, ``_vw``)."""
    import numpy as np

    model["_w"] = model.get("weights", {})
    vw = model.get("vector_weights")
    model["_vw"] = np.asarray(vw, dtype="float32") if vw else None
    return model


def train(
    train_path: Path,
    out_path: Path,
    lang: str = "en",
    c: float = 0.5,
    min_count: int = 3,
    docs_cache: list[Any] | None = None,
    threshold: float = 0.35,
    prune: float = 0.02,
) -> dict[str, Any]:
    """Train the cue classifier on a JSONL attribution corpus and write its JSON weights.

    docs_cache: spaCy docs of the corpus articles, in order, to skip parsing them again.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from newsloupe.attribution.evaluate import GoldDoc, _article, _read_jsonl
    from newsloupe.attribution.lexicon import get_lexicon
    from newsloupe.attribution.rules import _cue_group, _Doc, _quote_after, _quote_before, _subject
    from newsloupe.nlp import parse

    lex = get_lexicon(lang)
    assert lex is not None
    docs: list[GoldDoc] = _read_jsonl(train_path, None)
    rows: list[dict[str, int]] = []
    ys: list[int] = []
    rel: dict[str, Counter[str]] = defaultdict(Counter)
    lemma_n: Counter[str] = Counter()
    lemma_pos: Counter[str] = Counter()
    for n, gd in enumerate(docs):
        doc = docs_cache[n] if docs_cache is not None else parse(_article(gd)).doc
        d = _Doc(doc, lex)
        gold = _gold_heads(d, [{"cue": g.cue, "content": g.content} for g in gd.attributions])
        for t in doc:
            if t.pos_ not in CANDIDATE_POS:
                continue
            group = _cue_group(d, t, None)
            subj, _ = _subject(d, t, group)
            qadj = _quote_after(d, group, subj, set()) is not None or _quote_before(d, group, t, set()) is not None
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
        "trained_on": train_path.name,
        "candidates": len(ys),
        "positives": int(sum(ys)),
        "C": c,
        "threshold": threshold,
        "intercept": round(float(clf.intercept_[0]), 4),
        "weights": weights,
        "lemmas": lemmas,
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    return model


def main(argv: list[str] | None = None) -> None:
    """``python -m newsloupe.attribution.learned train [CORPUS] [--out PATH] [--c C]``."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m newsloupe.attribution.learned")
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
