"""Score attribution extraction against gold annotations.

The gold articles are read by :mod:`.attribution_gold` (a JSONL corpus with character offsets, or
the seed's annotation of verbatim strings).

Content is matched one-to-one, greedily by overlap, where the overlap of two
contents is the intersection over the union of their character sets (so 1.0
is an exact match and 0.3 a loose one). On matched pairs the source span
(overlap ≥ 0.5), speaker, source type and hedging are compared where the gold
has them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsloupe.attribution.speaker_match import same_speaker
from newsloupe.errors import BadInput
from newsloupe.lab.attribution_gold import GoldDoc, extras_line, gold_part, load_extras, load_gold, parse_gold
from newsloupe.lang import load_data

THRESHOLDS = (0.3, 0.8)


def content_chars(spans: list[tuple[int, int]], text: str) -> set[int]:
    """Non-space character positions covered by ``spans``."""
    out: set[int] = set()
    for a, b in spans:
        out.update(i for i in range(a, b) if not text[i].isspace())
    return out


def overlap(a: set[int], b: set[int]) -> float:
    """Intersection over union of two character sets."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def match(pred: list[set[int]], gold: list[set[int]], threshold: float) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by overlap: (pred index, gold index, overlap) pairs ≥ threshold."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            o = overlap(p, g)
            if o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for o, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, o))
    return out


def gold_entities(parsed: Any) -> list[Any] | None:
    """``analysis.entities`` from the entities analyzer when it exists, else None."""
    try:
        from newsloupe.analyzers import get_analyzer
        from newsloupe.model import Analysis

        info = get_analyzer("entities")
    except Exception:
        return None
    try:
        analysis = Analysis(**parsed.article.model_dump())
        return info.func(parsed, analysis).get("entities")
    except Exception:
        return None


def predict(doc: GoldDoc, parsed: Any = None, learned: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run newsloupe's attribution extraction on a gold article's text.

    parsed: the article's parse when already made (:func:`parse_gold`).
    learned: a learned cue model to use instead of the shipped one (cross-validation).
    """
    from newsloupe.attribution import extract_attributions

    parsed = parsed if parsed is not None else parse_gold(doc)
    atts, _ = extract_attributions(parsed, gold_entities(parsed), learned=learned)
    return atts


def _ratios(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``tp`` matches among ``n_pred`` predictions and ``n_gold`` gold items."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p, r, f = _ratios(tp, n_pred, n_gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class _Tally:
    """Counts accumulated over the scored articles."""

    n_pred: int = 0
    n_gold: int = 0
    tp: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    kinds: dict[str, list[int]] = field(default_factory=dict)  # gold kind -> [found, total]
    src: dict[str, int] = field(default_factory=lambda: {"n": 0, "match": 0, "exact": 0})
    spk: dict[str, int] = field(default_factory=lambda: {"n": 0, "match": 0})
    typ: dict[str, int] = field(default_factory=lambda: {"n": 0, "match": 0})
    hed: dict[str, int] = field(default_factory=lambda: {"n": 0, "match": 0})
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold type -> predicted type -> n
    rows: list[dict[str, Any]] = field(default_factory=list)


def _score_doc(doc: GoldDoc, pred: list[dict[str, Any]], t: _Tally) -> None:
    text = doc.text
    pc = [content_chars([(c["start"], c["end"]) for c in a["content"]], text) for a in pred]
    gc = [content_chars(g.content, text) for g in doc.attributions]
    t.n_pred += len(pred)
    t.n_gold += len(gc)
    for th in THRESHOLDS:
        t.tp[th] += len(match(pc, gc, th))
    pairs = {j: (i, o) for i, j, o in match(pc, gc, THRESHOLDS[0])}
    for j, g in enumerate(doc.attributions):
        hit = pairs.get(j)
        p = pred[hit[0]] if hit else None
        kind = t.kinds.setdefault(g.kind or "unknown", [0, 0])
        kind[1] += 1
        kind[0] += p is not None
        row: dict[str, Any] = {
            "doc": doc.id,
            "gold_content": text[g.content[0][0] : g.content[-1][1]][:80] if g.content else "",
            "kind": g.kind,
            "gold_cue": " ".join(text[a:b] for a, b in g.cue),
        }
        if p is not None:
            row["overlap"] = round(hit[1], 3)  # type: ignore[index]
            gs = content_chars(g.source, text)
            ps = content_chars([(p["source"]["start"], p["source"]["end"])] if p["source"] else [], text)
            t.src["n"] += 1
            t.src["match"] += (not gs and not ps) or overlap(gs, ps) >= 0.5
            t.src["exact"] += gs == ps
            row["source"] = (p["source"] or {}).get("text")
            if g.speaker is not None or g.source_type is not None:
                t.spk["n"] += 1
                sok = same_speaker(g.speaker, p["speaker"], doc.lang)
                t.spk["match"] += sok
                row["speaker"] = p["speaker"]
                row["gold_speaker"] = g.speaker
                row["speaker_ok"] = sok
            if g.source_type is not None:
                t.typ["n"] += 1
                t.typ["match"] += g.source_type == p["source_type"]
                row["source_type"] = p["source_type"]
                row["gold_source_type"] = g.source_type
                row["source_type_ok"] = g.source_type == p["source_type"]
                cell = t.confusion.setdefault(g.source_type, {})
                cell[p["source_type"]] = cell.get(p["source_type"], 0) + 1
            if g.hedged is not None:
                t.hed["n"] += 1
                t.hed["match"] += bool(g.hedged) == bool(p["hedged"])
                row["hedged"] = p["hedged"]
                row["hedged_ok"] = bool(g.hedged) == bool(p["hedged"])
        row["found"] = p is not None
        t.rows.append(row)


def article_folds(docs: list[GoldDoc], k: int) -> list[list[int]]:
    """``k`` folds of article indices, assigned by a hash of the article id (stable across runs)."""
    import hashlib

    order = sorted(range(len(docs)), key=lambda n: hashlib.sha1(docs[n].id.encode()).hexdigest())
    return [order[f::k] for f in range(k)]


def evaluate_attribution(
    gold_path: Path | str,
    limit: int | None = None,
    details: bool = False,
    cv: int | None = None,
    part: str | None = None,
    extra: list[Path] | None = None,
) -> dict[str, Any]:
    """Score newsloupe's attributions against a gold file.

    gold_path (Path | str): a ``.jsonl`` corpus or a seed annotation ``.json``.
    limit (int | None): score only the first ``limit`` articles.
    details (bool): also return, per gold attribution, what was found for it.
    cv (int | None): cross-validate the learned cue model of the gold's language over this
        many folds of articles: each fold is scored by a model trained on the other folds only.
    part (str | None): score only ``held`` or ``dev`` articles (:data:`~newsloupe.lab.attribution_gold.PARTS`);
        with ``cv`` the folds are drawn within that part.
    extra (list[Path] | None): with ``cv``, gold JSONL files whose articles of the gold's language are added to
        every fold's training (never scored); none may be an article of the gold file (:func:`load_extras`).
    RETURNS (dict): counts, content P/R/F1 per overlap threshold, recall per kind, and
        source/speaker/source-type/hedged agreement on matched attributions, with a
        confusion table of source types.
    """
    path = Path(gold_path)
    docs = load_gold(path, limit)
    extras: list[GoldDoc] = []
    extra_note = ""
    if extra:
        if not cv:
            raise BadInput("--extra needs --cv: the extra articles train each fold's cue model", input=str(path))
        every = load_gold(path)
        extras = load_extras(list(extra), every, every[0].lang)
        extra_note = extras_line(extras, list(extra), every)
    if part:
        docs = gold_part(docs, part)
    t0 = time.perf_counter()
    tally = _Tally()
    if cv:
        if cv < 2 or cv > len(docs):
            raise BadInput(f"--cv needs between 2 and {len(docs)} folds for {len(docs)} articles", input=str(path))
        parsed = [parse_gold(doc) for doc in docs]
        extra_parsed = [parse_gold(doc) for doc in extras]
        for fold in article_folds(docs, cv):
            held = set(fold)
            train_idx = [n for n in range(len(docs)) if n not in held]
            model = train_chosen(
                [docs[n] for n in train_idx] + extras, [parsed[n] for n in train_idx] + extra_parsed, docs[0].lang
            )
            for n in fold:
                _score_doc(docs[n], predict(docs[n], parsed[n], learned=model), tally)
    else:
        for doc in docs:
            _score_doc(doc, predict(doc), tally)
    tp, n_pred, n_gold = tally.tp, tally.n_pred, tally.n_gold
    result: dict[str, Any] = {
        "gold": str(path),
        "articles": len(docs),
        "part": part,
        "cv": cv,
        "extra": {"articles": len(extras), "files": [str(p) for p in extra or []], "note": extra_note}
        if extra
        else None,
        "gold_attributions": n_gold,
        "predicted_attributions": n_pred,
        "content": {str(th): {"tp": tp[th], **_prf(tp[th], n_pred, n_gold)} for th in THRESHOLDS},
        "recall_by_kind": {
            k: {"found": v[0], "gold": v[1], "recall": round(v[0] / v[1], 4) if v[1] else None}
            for k, v in sorted(tally.kinds.items())
        },
        "source_span": _acc(tally.src["match"], tally.src["n"])
        | {"exact": round(tally.src["exact"] / tally.src["n"], 4) if tally.src["n"] else None},
        "speaker": _acc(tally.spk["match"], tally.spk["n"]),
        "source_type": _acc(tally.typ["match"], tally.typ["n"]),
        "hedged": _acc(tally.hed["match"], tally.hed["n"]),
        "source_type_confusion": tally.confusion,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if details:
        result["details"] = tally.rows
    return result


def _acc(k: int, n: int) -> dict[str, Any]:
    return {"n": n, "accuracy": round(k / n, 4) if n else None}


def format_report(result: dict[str, Any]) -> str:
    """The evaluation as plain text lines (what ``newsloupe eval attribution`` prints)."""
    cv = f"  cross-validated, {result['cv']} folds by article" if result.get("cv") else ""
    if result.get("part"):
        cv += f"  part: {result['part']}"
    lines = [
        f"gold: {result['gold']}",
        f"articles: {result['articles']}{cv}  gold attributions: {result['gold_attributions']}  "
        f"predicted: {result['predicted_attributions']}  ({result['seconds']} s)",
        *([result["extra"]["note"]] if result.get("extra") else []),
        "content (greedy one-to-one, overlap = character IoU):",
    ]
    for t, v in result["content"].items():
        lines.append(f"  overlap >= {t}: P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  (tp {v['tp']})")
    if result.get("recall_by_kind"):
        kinds = "  ".join(
            f"{k} {v['recall']:.3f} ({v['found']}/{v['gold']})"
            for k, v in result["recall_by_kind"].items()
            if v["gold"]
        )
        lines.append(f"recall by kind (overlap >= 0.3): {kinds}")
    lines.append("on matched attributions (overlap >= 0.3):")
    for key, label in (
        ("source_span", "source span (IoU >= 0.5)"),
        ("speaker", "speaker"),
        ("source_type", "source type"),
        ("hedged", "hedged"),
    ):
        v = result[key]
        if v["n"]:
            extra = f"  exact {v['exact']:.3f}" if key == "source_span" and v.get("exact") is not None else ""
            lines.append(f"  {label}: {v['accuracy']:.3f} of {v['n']}{extra}")
        else:
            lines.append(f"  {label}: not in this gold")
    confusion = result.get("source_type_confusion") or {}
    if confusion:
        cols = sorted({p for row in confusion.values() for p in row} | set(confusion))
        short = {c: c.replace("person_", "p_").replace("unnamed_", "u_")[:10] for c in cols}
        lines.append("source types on matched attributions (rows: gold, columns: predicted):")
        lines.append("  " + " " * 19 + "".join(f"{short[c]:>11}" for c in cols))
        for g in cols:
            if g in confusion:
                lines.append(f"  {g:<19}" + "".join(f"{confusion[g].get(c, 0):>11}" for c in cols))
    for row in result.get("details", []):
        mark = "found" if row["found"] else "MISSED"
        bits = [
            f"{k}={row[k]}"
            for k in ("overlap", "speaker", "speaker_ok", "source_type", "source_type_ok", "hedged", "hedged_ok")
            if k in row
        ]
        lines.append(f"  - {mark}: {row['gold_content'][:60]!r} {' '.join(bits)}")
    return "\n".join(lines)


THRESHOLD_GRID = (0.25, 0.3, 0.35, 0.4, 0.45)


def _f1(t: _Tally) -> tuple[float, float, float]:
    """Pooled content P, R, F1 at overlap 0.3 of an evaluation tally."""
    return _ratios(t.tp[0.3], t.n_pred, t.n_gold)


def choose_threshold(
    train_path: Path, folds: int = 5, grid: tuple[float, ...] = THRESHOLD_GRID, c: float = 0.5
) -> tuple[float, dict[float, dict[str, Any]]]:
    """The v1 model's threshold chosen by cross-validation on the training corpus only.

    The articles are split into ``folds`` folds (by a hash of their id); a model fitted on the other
    folds scores each fold with the full rules at every threshold of ``grid``. The threshold kept is the
    highest one (fewest cues, most precise) whose loss against the best (pooled content F1 at overlap
    0.3) is within one standard error of that loss measured fold by fold (a paired one-standard-error
    rule: on a flat curve the differences are mostly noise, and precision is kept).
    RETURNS: the threshold and, per threshold, pooled P/R/F1, the folds' F1 and the paired standard error.
    """
    import statistics

    from newsloupe.attribution import extract_attributions
    from newsloupe.attribution.learned import ready
    from newsloupe.lab.attribution_gold import read_jsonl
    from newsloupe.lab.attribution_train import fit_v1

    docs: list[GoldDoc] = read_jsonl(train_path)
    parsed = [parse_gold(gd) for gd in docs]
    entities = [gold_entities(p) for p in parsed]
    pooled = {th: _Tally() for th in grid}
    per_fold: dict[float, list[float]] = {th: [] for th in grid}
    for fold in article_folds(docs, folds):
        held = set(fold)
        idx = [n for n in range(len(docs)) if n not in held]
        model = ready(fit_v1([docs[n] for n in idx], [parsed[n].doc for n in idx], docs[0].lang, c=c))
        for th in grid:
            learned = {**model, "threshold": th}
            one = _Tally()
            for n in fold:
                atts, _ = extract_attributions(parsed[n], entities[n], learned=learned)
                _score_doc(docs[n], atts, pooled[th])
                _score_doc(docs[n], atts, one)
            per_fold[th].append(_f1(one)[2])
    best = max(grid, key=lambda th: _f1(pooled[th])[2])
    scores: dict[float, dict[str, Any]] = {}
    kept = best
    for th in grid:
        p, r, f = _f1(pooled[th])
        diffs = [b - x for b, x in zip(per_fold[best], per_fold[th], strict=True)]
        se = statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else 0.0
        scores[th] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "fold_f1": [round(x, 4) for x in per_fold[th]],
            "paired_se": round(se, 4),
        }
        if th > kept and _f1(pooled[best])[2] - f <= se:
            kept = th
    return kept, scores


def train_chosen(golddocs: list[GoldDoc], parses: list[Any], lang: str) -> dict[str, Any]:
    """A v2 cue model trained on ``golddocs`` (their :func:`parse_gold` results in ``parses``, same order) with
    the cuts :func:`choose_cuts` picks on these articles alone when ``lang``'s ``cue_model`` has a ``choose``
    entry (else those of ``attribution_train.cuts``): a fold of ``--cv`` never reads a cut chosen on the
    articles it scores. The choice's summary is kept under ``_chosen`` (not written to a model file)."""
    from newsloupe.lab.attribution_train import train_model

    docs = [p.doc for p in parses]
    choose = ((load_data(lang, "attribution") or {}).get("cue_model") or {}).get("choose")
    if not choose:
        return train_model(golddocs, docs, lang)
    (threshold, gate), scores = choose_cuts(golddocs, parses, lang, choose)
    model = train_model(golddocs, docs, lang, threshold=threshold, gate=gate)
    model["_chosen"] = scores
    return model


def choose_cuts(
    golddocs: list[GoldDoc], parses: list[Any], lang: str, choose: dict[str, Any]
) -> tuple[tuple[float, float], dict[str, Any]]:
    """The threshold and gate of a v2 cue model chosen by cross-validation on its training articles only.

    The articles are split into ``choose["folds"]`` folds (:func:`article_folds`, as ``--cv`` splits); a model
    fitted on the other folds scores each fold with the full rules at every pair of ``choose["threshold"]`` and
    ``choose["gate"]``; the pair kept is the one of the best pooled content F1 (overlap 0.3), a tie going to the
    higher threshold, then the higher gate (fewer cues). The cuts play no part in the fit, so one model per fold.
    RETURNS: (threshold, gate) and a summary (folds, pooled F1 per "threshold/gate").
    """
    from newsloupe.attribution import extract_attributions
    from newsloupe.lab.attribution_train import cuts, train_model

    ths = [float(x) for x in choose.get("threshold", [cuts(lang)[0]])]
    gates = [float(x) for x in choose.get("gate", [cuts(lang)[1]])]
    k = min(int(choose.get("folds", 5)), len(golddocs))
    tallies = {(th, g): _Tally() for th in ths for g in gates}
    if k >= 2:
        entities = [gold_entities(p) for p in parses]
        for fold in article_folds(golddocs, k):
            held = set(fold)
            idx = [n for n in range(len(golddocs)) if n not in held]
            inner = train_model([golddocs[n] for n in idx], [parses[n].doc for n in idx], lang, threshold=ths[0])
            inner["_lemma_sums"] = {}  # (shared by the copies below: the sums do not depend on the cuts)
            for (th, g), tally in tallies.items():
                learned = {**inner, "threshold": th, "gate": g}
                for n in fold:
                    atts, _ = extract_attributions(parses[n], entities[n], learned=learned)
                    _score_doc(golddocs[n], atts, tally)
    f1 = {key: _f1(t)[2] for key, t in tallies.items()}
    best = max(f1, key=lambda key: (round(f1[key], 6), key[0], key[1]))
    return best, {"folds": k, "f1": {f"{th}/{g}": round(f, 4) for (th, g), f in sorted(f1.items())}}


def choose_file_cuts(
    corpus: Path, lang: str, extras: list[GoldDoc] | None = None, parses: list[Any] | None = None
) -> tuple[tuple[float, float], dict[str, Any]] | None:
    """:func:`choose_cuts` on the ``lang`` articles of a gold corpus and ``extras`` (what ``newsloupe train
    attribution`` ships), None when ``lang``'s ``cue_model`` has no ``choose`` entry. ``parses``: the
    :func:`parse_gold` of those articles, corpus then extras, when already made."""
    choose = ((load_data(lang, "attribution") or {}).get("cue_model") or {}).get("choose")
    if not choose:
        return None
    docs = [d for d in load_gold(corpus) if d.lang == lang] + list(extras or [])
    return choose_cuts(docs, parses or [parse_gold(d) for d in docs], lang, choose)
