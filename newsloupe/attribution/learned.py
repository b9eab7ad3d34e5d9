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
Training lives in ``newsloupe.lab.attribution_train`` (``newsloupe train attribution``); it
needs scikit-learn and the gold corpora of ``../shared``.
"""

from __future__ import annotations

import json
import math
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsloupe.attribution.doc import AttributionDoc

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
    return ready(json.loads(path.read_text(encoding="utf-8")))


def _subject_kind(d: AttributionDoc, t: Token) -> str:
    for c in d.kids[t.i]:
        if d.dep[c] in ("nsubj", "nsubjpass", "csubj"):
            low = d.low[c]
            if low in _FIRST:
                return "1p"
            if low in _SECOND:
                return "2p"
            if d.pos[c] == "PRON":
                return "pron"
            if d.pos[c] == "PROPN" or d.doc[c].ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "PER"):
                return "name"
            return "noun"
    return "none"


def features(d: AttributionDoc, t: Token, qadj: bool) -> list[str]:
    """Sparse features of candidate cue ``t``."""
    i = t.i
    lem, dep_of = d.lem[i], d.dep
    inq = d.in_quote[i] >= 0
    subj = _subject_kind(d, t)
    deps = sorted({dep_of[c] for c in d.kids[i] if dep_of[c] in _CHILD_DEPS})
    f = [
        "bias",
        f"lem={lem}",
        f"pos={d.pos[i]}",
        f"tag={t.tag_}",
        f"dep={dep_of[i]}",
        f"lem|dep={lem}|{dep_of[i]}",
        f"subj={subj}",
        f"lem|subj={lem}|{subj}",
        f"inq={inq}",
        f"lem|inq={lem}|{inq}",
        f"inq|subj={inq}|{subj}",
        f"qadj={qadj}",
        f"lem|qadj={lem}|{qadj}",
        # (``t.head is not t`` held for a root too, a new Token each time: its own label, as trained)
        f"hdep={dep_of[d.head[i]]}",
    ]
    for dep in deps:
        f.append(f"ch={dep}")
        f.append(f"lem|ch={lem}|{dep}")
    if not deps:
        f.append(f"lem|ch={lem}|none")
    return f


def cue_score(model: dict[str, Any], d: AttributionDoc, t: Token, qadj: bool) -> float:
    """``score(model, features(d, t, qadj))``, kept per the values :func:`features` is made of (lemma, tags, labels,
    subject kind, quotation flags, children's labels): the same float, its sum made once over the same list."""
    i = t.i
    dep_of = d.dep
    deps = tuple(sorted({dep_of[c] for c in d.kids[i] if dep_of[c] in _CHILD_DEPS}))
    inq = d.in_quote[i] >= 0
    key = (d.lem[i], d.pos[i], t.tag_, dep_of[i], _subject_kind(d, t), inq, qadj, dep_of[d.head[i]], deps)
    memo = model.get("_v1_scores")  # (dropped by :func:`ready` with the weights it was made from)
    if memo is None:
        memo = model["_v1_scores"] = {}
    p = memo.get(key)
    if p is None:
        if len(memo) > 100_000:
            memo.clear()
        p = memo[key] = score(model, features(d, t, qadj))
    return p


def score(model: dict[str, Any], feats: list[str], vector: Any = None) -> float:
    """Probability that the candidate is a cue (``vector``: its lemma's unit vector, for v2 models)."""
    return _prob(logit(model, feats, vector))


def logit(model: dict[str, Any], feats: list[str], vector: Any = None) -> float:
    """The model's log-odds for the candidate (:func:`score` before the sigmoid)."""
    w = model["_w"]
    z = model.get("intercept", 0.0) + sum(map(w.get, feats, repeat(0.0)))
    vw = model.get("_vw")
    if vw is not None and vector is not None:
        z += float(vw @ vector)  # (:func:`v2_bounds` keeps the product per lemma and model)
    return z


def _prob(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def v2_bounds(model: dict[str, Any], d: AttributionDoc, t: Token, vector: Any = None) -> tuple[float, float]:
    """The lowest and highest v2 score candidate ``t`` can get, whichever the adjacent-quotation
    feature: when both fall on one side of a threshold, the (costly) quotation search is not needed.

    The weights of :func:`features_v2_base` are added up here without building the feature
    strings that depend only on the lemma and tag (kept per lemma and tag): the same log-odds as
    :func:`logit` up to the order of the sum (a few 1e-16), which callers keep clear of.
    """
    i = t.i
    lem, pos = d.lem[i], d.pos[i]
    w = model["_w"]
    get = w.get
    cache = model.get("_lemma_sums")  # (lemma, tag) -> [their weights, with no / with a quotation, (vector, product)]
    if cache is None:
        cache = model["_lemma_sums"] = {}
    st = cache.get((lem, pos))
    if st is None:
        if len(cache) > 100_000:
            cache.clear()
        fixed = model.get("intercept", 0.0) + sum(
            map(get, ("bias", f"lem={lem}", f"pos={pos}", f"lem|pos={lem}|{pos}"), repeat(0.0))
        )
        quoted = (sum(map(get, qadj_features(lem, pos, q), repeat(0.0))) for q in (False, True))
        st = cache[lem, pos] = [fixed, *quoted, None]
    z = st[0] + _context_logit(d, t, get)
    vw = model.get("_vw")
    if vw is not None and vector is not None:
        vp = st[3]  # (the lemma's vector is one cached array: its product is kept beside its weights)
        if vp is None or vp[0] is not vector:
            vp = st[3] = (vector, float(vw @ vector))  # (one store: never a vector with an old product)
        z += vp[1]
    a, b = z + st[1], z + st[2]
    return (_prob(a), _prob(b)) if a <= b else (_prob(b), _prob(a))


# -- v2: any verb, adjective or noun, for languages whose rules know few cues (French) ---------

V2_POS = ("VERB", "ADJ", "NOUN")
_SUBJ = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")


def lemma_vector(d: AttributionDoc, i: int) -> Any:
    """The unit static vector of token ``i``'s lemma (or form), None when the pipeline has none."""
    vocab = d.doc.vocab
    cache = _VEC_CACHE.get(id(vocab))
    if cache is None:
        if not vocab.vectors.shape[0]:
            return None
        cache = _VEC_CACHE[id(vocab)] = {}
    key = d.lem[i]
    v = cache.get(key)
    if v is None:
        v = _unit_vector(vocab, key, d.low[i])
        if len(cache) > 100_000:
            cache.clear()
        cache[key] = v
    return v


def _unit_vector(vocab: Any, key: str, low: str) -> Any:
    """The unit vector of ``key`` (else of ``low``) as ``vocab.get_vector`` gives it, zeros when neither has one.

    Read from the vector table's rows by the strings' hashes, as ``Vocab.has_vector`` and
    ``get_vector`` do, without the lexemes they make for every string they are asked about
    (the same rows, so the same vectors); other vector tables (floret, keyed by another
    attribute) go through ``get_vector``.
    """
    import numpy as np
    from spacy.attrs import ORTH
    from spacy.strings import get_string_id

    vectors = vocab.vectors
    if vectors.mode == "default" and vectors.attr == ORTH:
        key2row = vectors.key2row
        row = key2row.get(get_string_id(key))
        if row is None:
            row = key2row.get(get_string_id(low))
        raw = vectors.data[row] if row is not None else np.zeros((vectors.shape[1],), dtype="f")
    else:
        raw = vocab.get_vector(key) if vocab.has_vector(key) else vocab.get_vector(low)
    n = float(np.linalg.norm(raw))
    return (raw / n).astype("float32") if n else np.zeros(vocab.vectors.shape[1], dtype="float32")


# vocab id -> lemma -> unit vector; a vocab without vectors has no entry (its look-ups return None)
_VEC_CACHE: dict[int, dict[str, Any]] = {}


def _next_word(d: AttributionDoc, i: int, step: int) -> str:
    j = d.skip_space(i + step, step)
    return d.low[j] if 0 <= j < d.n else "<edge>"


def features_v2(d: AttributionDoc, t: Token, qadj: bool) -> list[str]:
    """Sparse features of a candidate cue of any part of speech (v2 models)."""
    f = features_v2_base(d, t)
    f[10:10] = qadj_features(d.lem[t.i], d.pos[t.i], qadj)
    return f


def qadj_features(lem: str, pos: str, qadj: bool) -> list[str]:
    """The features of a v2 candidate that depend on an adjacent quotation (:func:`features_v2`)."""
    return [f"qadj={qadj}", f"pos|qadj={pos}|{qadj}", f"lem|qadj={lem}|{qadj}"]


def features_v2_base(d: AttributionDoc, t: Token) -> list[str]:
    """The features of a v2 candidate that do not depend on an adjacent quotation."""
    lem, pos = d.lem[t.i], d.pos[t.i]
    ctx = _context_features(d, t)
    return ["bias", f"lem={lem}", f"pos={pos}", ctx[0], f"lem|pos={lem}|{pos}", *ctx[1:]]


class _Context(NamedTuple):
    """What the v2 features read around a candidate beyond its lemma and tag."""

    subj: str  # the kind of its subject
    deps: set[str]  # its children's dependency labels
    marks: set[str]  # the marks or prepositions of its clauses and obliques
    vform: str
    mood: str
    head: int
    prev: str
    next: str


def _context(d: AttributionDoc, t: Token) -> _Context:
    """The :class:`_Context` of candidate ``t``."""
    deps_of, low, kids = d.dep, d.low, d.kids
    subj = "none"
    deps: set[str] = set()
    marks: set[str] = set()
    for c in kids[t.i]:
        cd = deps_of[c]
        deps.add(cd)
        if cd in _SUBJ and subj == "none":
            subj = _subject_kind(d, t)
        if cd in ("ccomp", "xcomp", "acl", "advcl", "acl:relcl"):
            marks.update(f"{cd}>{low[g]}" for g in kids[c] if deps_of[g] in ("mark", "case") and g < c)
        if cd in ("nmod", "obl", "obl:arg", "obl:mod"):
            marks.update(f"{cd}>{low[g]}" for g in kids[c] if deps_of[g] == "case")
    morph = d.morph(t.i)
    return _Context(
        subj,
        deps,
        marks,
        morph.get("VerbForm") or "-",
        morph.get("Mood") or "-",
        d.head[t.i],
        _next_word(d, t.i, -1),
        _next_word(d, t.i, 1),
    )


def _context_features(d: AttributionDoc, t: Token) -> list[str]:
    """The features of :func:`features_v2_base` that depend on more than the lemma and tag, in order."""
    i, lem, pos = t.i, d.lem[t.i], d.pos[t.i]
    c = _context(d, t)
    f = [
        f"dep={d.dep[i]}",
        # (a root is its own head: "hdep=ROOT" and its own tag, as the models were trained)
        f"hdep={d.dep[c.head]}",
        f"hpos={d.pos[c.head]}",
        f"subj={c.subj}",
        f"pos|subj={pos}|{c.subj}",
        f"inq={d.in_quote[i] >= 0}",
        f"vform={c.vform}",
        f"mood={c.mood}",
        f"prev={c.prev}",
        f"next={c.next}",
        f"pos|next={pos}|{c.next}",
    ]
    for x in sorted(c.deps):
        f.append(f"ch={x}")
        f.append(f"pos|ch={pos}|{x}")
        f.append(f"lem|ch={lem}|{x}")
    f.extend(f"mk={m}" for m in sorted(c.marks))
    return f


def _context_logit(d: AttributionDoc, t: Token, get: Any) -> float:
    """The weights of :func:`_context_features` added up (in another order) without the list.

    ``get`` is the weights' look-up (``dict.get``); the sums of the features that read the same
    values are kept per weights (:func:`_memo`), so a token's context costs a few look-ups.
    """
    i, lem, pos = t.i, d.lem[t.i], d.pos[t.i]
    c = _context(d, t)
    memo = _memo(get)
    inq = d.in_quote[i] >= 0
    key = ("ctx", d.dep[i], d.dep[c.head], d.pos[c.head], c.subj, pos, inq, c.vform, c.mood)
    z = memo.get(key)
    if z is None:
        z = memo[key] = (
            get(f"dep={key[1]}", 0.0)
            + get(f"hdep={key[2]}", 0.0)
            + get(f"hpos={key[3]}", 0.0)
            + get(f"subj={c.subj}", 0.0)
            + get(f"pos|subj={pos}|{c.subj}", 0.0)
            + get(f"inq={inq}", 0.0)
            + get(f"vform={c.vform}", 0.0)
            + get(f"mood={c.mood}", 0.0)
        )
    key = ("prev", c.prev)
    w = memo.get(key)
    if w is None:
        w = memo[key] = get(f"prev={c.prev}", 0.0)
    z += w
    key = ("next", pos, c.next)
    w = memo.get(key)
    if w is None:
        w = memo[key] = get(f"next={c.next}", 0.0) + get(f"pos|next={pos}|{c.next}", 0.0)
    z += w
    for x in c.deps:
        key = ("ch", pos, lem, x)
        w = memo.get(key)
        if w is None:
            w = memo[key] = get(f"ch={x}", 0.0) + get(f"pos|ch={pos}|{x}", 0.0) + get(f"lem|ch={lem}|{x}", 0.0)
        z += w
    for m in c.marks:
        key = ("mk", m)
        w = memo.get(key)
        if w is None:
            w = memo[key] = get(f"mk={m}", 0.0)
        z += w
    return z


# weights' look-up -> (the look-up, feature values -> their weights added up): kept with the look-up
# (so its id is not reused while the entry stands); the keys are tagged by feature group;
# :func:`ready` drops the entry of the weights it attaches
_MEMOS: dict[int, tuple[Any, dict[tuple, float]]] = {}


def _memo(get: Any) -> dict[tuple, float]:
    """The sums :func:`_context_logit` keeps for the weights read by ``get`` (bounded)."""
    owner = getattr(get, "__self__", get)  # (the weights dict of a bound ``dict.get``)
    hit = _MEMOS.get(id(owner))
    if hit is None or hit[0] is not owner:
        if len(_MEMOS) > 16:
            _MEMOS.clear()
        hit = _MEMOS[id(owner)] = (owner, {})
    memo = hit[1]
    if len(memo) > 200_000:
        memo.clear()
    return memo


def ready(model: dict[str, Any]) -> dict[str, Any]:
    """Attach the look-up forms scoring reads (``_w``, ``_vw``) to a model read from JSON or just trained,
    dropping the sums kept for its earlier weights (:func:`v2_bounds`, :func:`_memo`).

    RETURNS (dict): ``model`` itself.
    """
    import numpy as np

    for w in (model.get("_w"), model.get("weights")):  # (weights edited in place: their kept sums are stale)
        if w is not None:
            _MEMOS.pop(id(w), None)
    model.pop("_lemma_sums", None)
    model.pop("_v1_scores", None)
    model["_w"] = model.get("weights", {})
    vw = model.get("vector_weights")
    model["_vw"] = np.asarray(vw, dtype="float32") if vw else None
    return model
