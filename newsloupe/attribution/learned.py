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
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_w"] = data.get("weights", {})
    return data


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


def score(model: dict[str, Any], feats: list[str]) -> float:
    """Probability that the candidate is a cue."""
    w = model["_w"]
    z = model.get("intercept", 0.0) + sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


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


def _gold_heads(d: _Doc, atts: list[dict[str, Any]]) -> dict[int, list[tuple[int, int]]]:
    """Token index of each gold cue head -> that attribution's content spans."""
    out: dict[int, list[tuple[int, int]]] = {}
    for a in atts:
        for s, e in a.get("cue", [])[:1]:
            span = d.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            toks = [t for t in span if t.pos_ in CANDIDATE_POS] or [span[-1]]
            head = toks[-1] if toks[-1].pos_ in CANDIDATE_POS else toks[0]
            out[head.i] = [tuple(x) for x in a.get("content", [])]  # type: ignore[misc]
    return out


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
