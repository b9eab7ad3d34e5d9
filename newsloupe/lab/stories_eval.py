"""``newsloupe eval stories``: story and claim-linking pairwise P/R/F1 against a gold file.

Stories: over every pair of gold articles, "same story" predicted v. gold.
Claims: a predicted occurrence matches a gold one when it is in the same article and
overlaps at least 30 % of the gold text's characters (the best-overlapping one that
belongs to a claim); over every pair of gold occurrences, "same claim" predicted v. gold
(an unmatched gold occurrence is linked to nothing).

Claims, strict (``claims.strict``): the pairs above only join gold occurrences, so a predicted claim's
statements that no gold occurrence names cost nothing. The strict figure keeps the same true pairs and
the same recall and charges them: for every predicted claim that holds a matched gold occurrence, each
pair of one matched occurrence with one member statement that is no gold occurrence counts false. A
member statement is
- a gold occurrence when some gold occurrence matched it (the rule above);
- *partial* when it overlaps a gold occurrence by one character or more without being its match (a
  piece of an occurrence cut in two): neither true nor false, not counted;
- a *near miss* when it overlaps a gold near miss (and no occurrence): false with every occurrence of
  its claim;
- *other* otherwise: false with every occurrence of its claim.
Strict precision = tp / (tp + fp + junk), junk the number of (occurrence, near miss or other) pairs;
strict recall = the recall above; strict F1 their harmonic mean. Pairs of two non-occurrences are not
counted (they touch no gold occurrence). It assumes that the gold lists every occurrence of each claim
(the samples' READMEs: "a claim is the proposition, whatever the wording"; an article stating a claim
twice has two occurrences), so a member statement outside the gold states something else.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from newsloupe.store import Store

MIN_OVERLAP = 0.3


def overlaps(text: str, occurrence: dict[str, Any], spans: list[tuple[int, int]]) -> list[float] | None:
    """How much of a gold occurrence's text each statement span of its article covers, as ``evaluate`` reads it.

    The gold text is found at the occurrence's own ``start``/``end`` when it has them (a gold text repeated
    in the article is the one the annotator meant), else at its first place in ``text``.
    text (str): the article's text.
    occurrence (dict): a gold occurrence (``text``, optionally ``start`` and ``end``).
    spans (list[tuple[int, int]]): the statements' (start, end).
    RETURNS (list[float] | None): per span, the share of the gold text's characters it covers; None when the
        gold text is empty or not in ``text``.
    """
    gold = str(occurrence.get("text") or "")
    s, e = occurrence.get("start"), occurrence.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        s = text.find(gold) if gold else -1
        e = s + len(gold)
    if s < 0 or e <= s:
        return None
    return [max(0.0, (min(e, pe) - max(s, ps)) / (e - s)) for ps, pe in spans]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def pairwise(gold: dict[Any, Any], pred: dict[Any, Any]) -> dict[str, float]:
    """Pairwise P/R/F1 over the items of ``gold`` (item -> gold cluster; pred: item -> cluster or None)."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold, key=str), 2):
        g = gold[a] == gold[b]
        pa, pb = pred.get(a), pred.get(b)
        p = pa is not None and pa == pb
        tp += g and p
        fp += p and not g
        fn += g and not p
    return _prf(tp, fp, fn)


def by_claim(gold: dict[Any, str], pred: dict[Any, Any]) -> dict[str, dict[str, int]]:
    """Per gold claim: occurrences, its pairs linked / all its pairs, the predicted claims its
    occurrences are in (None counted as one each) and its false links to other gold claims' occurrences."""
    out: dict[str, dict[str, int]] = {}
    for cid in sorted(set(gold.values())):
        mine = [k for k, g in gold.items() if g == cid]
        pairs = list(itertools.combinations(mine, 2))
        found = sum(pred[a] is not None and pred[a] == pred[b] for a, b in pairs)
        clusters = {pred[k] for k in mine if pred[k] is not None}
        false = sum(pred[a] is not None and pred[a] == pred[b] for a in mine for b, g in gold.items() if g != cid)
        out[cid] = {
            "occurrences": len(mine),
            "pairs": len(pairs),
            "linked": found,
            "predicted_claims": len(clusters) + sum(pred[k] is None for k in mine),
            "false_links": false,
        }
    return out


def strict_pairs(
    members: dict[Any, list[Any]],
    occ_stmt: dict[Any, Any],
    occ_gold: dict[Any, str],
    partial: set[Any],
    near: set[Any],
) -> dict[str, Any]:
    """Strict claims pairs (module docstring): the occurrence pairs of each predicted claim, plus one false
    pair for each (matched occurrence, member that is a near miss or other statement) of that claim.

    members (dict): predicted claim -> its statements' ids.
    occ_stmt (dict): gold occurrence key -> the statement id it matched (unmatched ones absent or None).
    occ_gold (dict): gold occurrence key -> gold claim id.
    partial (set): statement ids that overlap a gold occurrence without being the match of one.
    near (set): statement ids that overlap a gold near miss (and no occurrence).
    RETURNS (dict): ``tp``, ``fp`` (occurrence pairs), ``junk`` (occurrence × near miss or other pairs),
        ``near_miss_pairs`` (the part of ``junk`` with a near miss), and the member statements of the claims
        holding an occurrence: ``statements``, ``occurrence_statements``, ``partial``, ``near_misses``, ``others``.
    """
    by_stmt: dict[Any, list[Any]] = {}
    for key, sid in occ_stmt.items():
        if sid is not None:
            by_stmt.setdefault(sid, []).append(key)
    out = dict.fromkeys(
        (
            "tp",
            "fp",
            "junk",
            "near_miss_pairs",
            "statements",
            "occurrence_statements",
            "partial",
            "near_misses",
            "others",
        ),
        0,
    )
    for stmts in members.values():
        occs = [k for sid in stmts for k in by_stmt.get(sid, [])]
        if not occs:
            continue
        rest = [sid for sid in stmts if sid not in by_stmt]
        n_part = sum(sid in partial for sid in rest)
        n_near = sum(sid in near and sid not in partial for sid in rest)
        n_other = len(rest) - n_part - n_near
        for a, b in itertools.combinations(occs, 2):
            same = occ_gold[a] == occ_gold[b]
            out["tp"] += same
            out["fp"] += not same
        out["junk"] += len(occs) * (n_near + n_other)
        out["near_miss_pairs"] += len(occs) * n_near
        out["statements"] += len(stmts)
        out["occurrence_statements"] += len(stmts) - len(rest)
        out["partial"] += n_part
        out["near_misses"] += n_near
        out["others"] += n_other
    return out


def _strict(pairs: dict[str, Any], fn: int) -> dict[str, Any]:
    tp, fp = pairs["tp"], pairs["fp"] + pairs["junk"]
    return {**_prf(tp, fp, fn), **{k: v for k, v in pairs.items() if k not in ("tp", "fp")}}


def evaluate(store: Store, gold_path: str | Path) -> dict[str, Any]:
    """Score the stories and claims of ``store`` against ``gold.json``.

    store (Store): a store whose articles carry the gold ids (``doc_id``) and are assigned.
    gold_path (str | Path): the gold file.
    RETURNS (dict): ``stories`` and ``claims`` P/R/F1 and counts.
    """
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    c = store.conn
    ids = {doc: aid for aid, doc in c.execute("SELECT id, doc_id FROM articles")}
    texts = {aid: (title, text) for aid, title, text in c.execute("SELECT id, title, text FROM articles")}
    story_of = dict(c.execute("SELECT article_id, story_id FROM story_articles"))
    gold_story = {a: s for s, v in gold["stories"].items() for a in v["articles"]}
    stories = pairwise(gold_story, {a: story_of.get(ids.get(a)) for a in gold_story})
    occ_gold: dict[tuple[str, int], str] = {}
    occ_pred: dict[tuple[str, int], int | None] = {}
    occ_stmt: dict[tuple[str, int], int | None] = {}
    touched: dict[int, list[tuple[int, int]]] = {}  # article -> spans of its gold occurrences
    matched = 0
    for cid, claim in gold["claims"].items():
        for n, o in enumerate(claim["occurrences"]):
            key = (cid, n)
            occ_gold[key] = cid
            aid = ids.get(o["article"])
            occ_pred[key] = None
            if aid is None:
                continue
            rows = c.execute(
                'SELECT start, "end", claim_id, id FROM statements WHERE article_id = ? AND claim_id IS NOT NULL',
                (aid,),
            ).fetchall()
            covered = overlaps(texts[aid][1], o, [(ps, pe) for ps, pe, _, _ in rows])
            if covered is None:
                continue
            touched.setdefault(aid, []).extend(
                (ps, pe) for ov, (ps, pe, _, _) in zip(covered, rows, strict=True) if ov > 0
            )
            best, best_claim, best_id = 0.0, None, None
            for ov, (_, _, pc, sid) in zip(covered, rows, strict=True):
                if ov >= MIN_OVERLAP and ov > best:
                    best, best_claim, best_id = ov, pc, sid
            occ_pred[key] = best_claim
            occ_stmt[key] = best_id
            matched += best_claim is not None
    claims = pairwise(occ_gold, occ_pred)
    claims["by_claim"] = by_claim(occ_gold, occ_pred)
    near_spans: dict[int, list[tuple[int, int]]] = {}
    for nm in gold.get("near_misses", []):
        aid = ids.get(nm.get("article"))
        if aid is None:
            continue
        rows = c.execute(
            'SELECT start, "end" FROM statements WHERE article_id = ? AND claim_id IS NOT NULL', (aid,)
        ).fetchall()
        covered = overlaps(texts[aid][1], nm, rows) or []
        near_spans.setdefault(aid, []).extend(span for ov, span in zip(covered, rows, strict=True) if ov > 0)
    members: dict[int, list[int]] = {}
    partial: set[int] = set()
    near: set[int] = set()
    for sid, aid, ps, pe, pc in c.execute(
        'SELECT id, article_id, start, "end", claim_id FROM statements WHERE claim_id IS NOT NULL ORDER BY id'
    ):
        members.setdefault(pc, []).append(sid)
        if (ps, pe) in touched.get(aid, ()):
            partial.add(sid)
        elif (ps, pe) in near_spans.get(aid, ()):
            near.add(sid)
    claims["strict"] = _strict(strict_pairs(members, occ_stmt, occ_gold, partial, near), claims["fn"])
    return {
        "articles": len(gold_story),
        "stories": {**stories, "gold": len(gold["stories"]), "predicted": len(set(story_of.values()))},
        "claims": {**claims, "occurrences": len(occ_gold), "matched": matched},
    }


def run_eval(corpus: str | Path, *, workers: int = 1) -> dict[str, Any]:
    """Ingest ``corpus/corpus.jsonl`` into a temporary store, run, score against ``corpus/gold.json``.

    RETURNS (dict): as :func:`evaluate`.
    """
    import tempfile

    from newsloupe.batch import run
    from newsloupe.errors import NotFound
    from newsloupe.store.ingest import ingest

    corpus = Path(corpus)
    gold = corpus / "gold.json"
    records = corpus / "corpus.jsonl"
    if not gold.is_file() or not records.is_file():
        raise NotFound("the folder needs corpus.jsonl and gold.json", input=str(corpus))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        ingest(store, [str(records)])
        run(store, workers=workers)
        return evaluate(store, gold)
