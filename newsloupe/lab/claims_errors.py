"""Where each gold claim occurrence goes, and what each missed pair of occurrences lacked.

``python -m newsloupe.lab.claims_errors --stores DIR [--set NAME=VALUE …] [--texts] CORPUS…``

Each corpus's kept store (:func:`~newsloupe.lab.claims_relink.kept_store`: analysed once, kept) is
linked again with the shipped parameters (those ``--set`` overrides), then every gold occurrence is
read as ``newsloupe eval stories`` reads it (a statement of its article overlapping at least 30 % of it,
the best-overlapping one in a claim) and put in one class:

- ``no statement``: no statement of its article overlaps it at all;
- ``under 0.3``: statements overlap it, none by 30 % (the statement is a fragment of the gold text);
- ``in no claim``: its statement is in no claim;
- ``wrong claim``: its statement's claim holds none of its gold partners (``(other gold)`` when it
  holds another gold claim's occurrence, ``(no gold)`` when only statements no gold names);
- ``linked``: its claim holds a gold partner.

Every pair of occurrences of one gold claim is either linked or missed, a missed one for the worse
of its two occurrences' classes, else (two statements found, in two articles) ``split`` (both in
claims, two of them) or ``one in no claim``, each beside whether the two statements' similarity
(their stored vectors' cosine with the cross-language bonus) reaches ``claim_member_threshold``:
under it, the two were scored low; at it or over, another member or claim took one of them first.
Counts by language pair, with the cosines' quartiles.

``--texts`` (the encoder): over every pair of gold occurrences in two articles of a corpus, the
average precision of "same claim" when each occurrence is the stored statement (its vector as the
linker compares it), the statement re-embedded, the sentence(s) that hold the statement, and the
gold text itself: whether a statement should carry more of its sentence into the comparison.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from newsloupe.lab.claims_relink import kept_store, labels, parse_assignments, parse_value, relink
from newsloupe.lab.stories_eval import MIN_OVERLAP, overlaps
from newsloupe.store import Store
from newsloupe.stories.adapter import sentences
from newsloupe.stories.assign import PARAMS, Params, dequantize

CLASSES = ("no statement", "under 0.3", "in no claim", "wrong claim (other gold)", "wrong claim (no gold)", "linked")


def enclosing(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of ``text`` that hold ``text[start:end]`` (its paragraph's, split as the adapter
    splits a paragraph; the span itself when no sentence meets it)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    spans = [(a, b) for a, b in sentences(text, first, len(text) if last < 0 else last) if a < end and b > start]
    if not spans:
        return start, end
    return spans[0][0], spans[-1][1]


def occurrences(store: Store, gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Every gold occurrence with its class and, when a statement matches it, that statement.

    RETURNS (list[dict]): per occurrence ``claim`` (gold id), ``article`` (store id or None), ``language``,
    ``text`` (gold), ``class`` (one of :data:`CLASSES`) and, when matched, ``statement`` (start, end, text,
    predicted claim or None) and ``vec`` (the stored vector).
    """
    c = store.conn
    ids = {doc: aid for aid, doc in c.execute("SELECT id, doc_id FROM articles")}
    arts = {aid: (text, lang) for aid, text, lang in c.execute("SELECT id, text, language FROM articles")}
    out: list[dict[str, Any]] = []
    for cid, claim in gold["claims"].items():
        for o in claim["occurrences"]:
            aid = ids.get(o["article"])
            d: dict[str, Any] = {"claim": cid, "article": aid, "text": o["text"], "language": None}
            out.append(d)
            text, d["language"] = arts.get(aid, ("", None)) if aid is not None else ("", None)
            rows = (
                c.execute(
                    'SELECT start, "end", text, claim_id, vec FROM statements WHERE article_id = ? ORDER BY id', (aid,)
                ).fetchall()
                if aid is not None
                else []
            )
            overlap = overlaps(text, o, [(ps, pe) for ps, pe, _, _, _ in rows])
            if overlap is None:
                d["class"] = "no statement"
                continue
            # as evaluate reads it: the best-overlapping statement in a claim, else the best one in none
            claimed = [k for k, r in enumerate(rows) if r[3] is not None and overlap[k] >= MIN_OVERLAP]
            unclaimed = [k for k, r in enumerate(rows) if overlap[k] >= MIN_OVERLAP]
            pick = max(claimed or unclaimed, key=lambda k: overlap[k], default=None)
            if pick is None:
                d["class"] = "no statement" if not any(overlap) else "under 0.3"
                continue
            ps, pe, stext, pc, vec = rows[pick]
            d["statement"] = (ps, pe, stext, pc)
            d["sentence"] = text[slice(*enclosing(text, ps, pe))]
            d["vec"] = dequantize(vec)
    by_claim: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in out:
        by_claim[d["claim"]].append(d)
    for d in out:
        if "class" in d:
            continue
        mine = d["statement"][3]
        if mine is None:
            d["class"] = "in no claim"
        elif any(x is not d and x.get("statement", (0, 0, "", None))[3] == mine for x in by_claim[d["claim"]]):
            d["class"] = "linked"
        elif any(x["claim"] != d["claim"] and x.get("statement", (0, 0, "", None))[3] == mine for x in out):
            d["class"] = "wrong claim (other gold)"
        else:
            d["class"] = "wrong claim (no gold)"
    return out


def pair_class(a: dict[str, Any], b: dict[str, Any], params: Params = PARAMS) -> tuple[str, float | None]:
    """The class of a pair of occurrences of one gold claim, and their statements' adjusted similarity
    (None when a statement is missing or both are in one article)."""
    if "vec" in a and "vec" in b and a["statement"][3] is not None and a["statement"][3] == b["statement"][3]:
        return "linked", None
    worst = min(CLASSES.index(a["class"]), CLASSES.index(b["class"]))
    if worst <= 1:
        return CLASSES[worst], None
    if a["article"] == b["article"]:
        return "one article", None
    sim = float(a["vec"] @ b["vec"]) + (params.cross_language_bonus if a["language"] != b["language"] else 0.0)
    both = a["statement"][3] is not None and b["statement"][3] is not None
    high = sim >= params.claim_member_threshold
    return ("split" if both else "one in no claim") + (" (similar enough)" if high else " (scored low)"), sim


def average_precision(labels_: list[bool], scores: list[float]) -> float:
    """Average precision of ``scores`` ranking the True labels first (ties in the given order)."""
    order = sorted(range(len(scores)), key=lambda k: -scores[k])
    hits, total = 0, 0.0
    for rank, k in enumerate(order, 1):
        if labels_[k]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def _pairs_of_two_articles(occs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    found = [d for d in occs if "vec" in d]
    return [(a, b) for a, b in itertools.combinations(found, 2) if a["article"] != b["article"]]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.claims_errors", description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--stores", type=Path, required=True, help="folder of the kept stores (one per corpus)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--texts", action="store_true", help="also compare the texts a statement could carry")
    args = ap.parse_args(argv)
    params = dataclasses.replace(
        PARAMS, **{k: parse_value(k, v) for k, v in parse_assignments("--set", args.set).items()}
    )
    occ_n: Counter[tuple[str, str]] = Counter()
    pair_n: Counter[tuple[str, str]] = Counter()
    sims: dict[str, list[float]] = defaultdict(list)
    rows: list[tuple[bool, bool, dict[str, float]]] = []  # (same claim, two languages, text -> similarity)
    embed = None
    if args.texts:
        from newsloupe.stories.assign import Embedder
        from newsloupe.stories.centers import center

        embed = Embedder()
    for corpus, name in zip(args.corpora, labels(args.corpora), strict=True):
        relink(corpus, args.stores, params)  # these parameters, whatever a trial left in the store
        gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
        with Store(kept_store(corpus, args.stores)) as store:
            occs = occurrences(store, gold)
        for d in occs:
            occ_n[(d["class"], str(d["language"]))] += 1
        by_claim: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for d in occs:
            by_claim[d["claim"]].append(d)
        for group in by_claim.values():
            for a, b in itertools.combinations(group, 2):
                kind, sim = pair_class(a, b, params)
                pair_n[(kind, "-".join(sorted([str(a["language"]), str(b["language"])])))] += 1
                if sim is not None:
                    sims[kind].append(sim)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in Counter(d["class"] for d in occs).most_common()))
        if embed is not None:
            found = [d for d in occs if "vec" in d]
            for field in ("statement", "sentence", "text"):
                texts = [d["statement"][2] if field == "statement" else d[field] for d in found]
                vecs = embed(texts) if texts else np.zeros((0, 1), dtype=np.float32)
                for d, v in zip(found, vecs, strict=True):
                    d["as " + field] = center(v[None, :], d["language"])[0]
            for a, b in _pairs_of_two_articles(occs):
                sim = {"stored statement": float(a["vec"] @ b["vec"])}
                for field in ("statement", "sentence", "text"):
                    sim[field] = float(a["as " + field] @ b["as " + field])
                rows.append((a["claim"] == b["claim"], a["language"] != b["language"], sim))
    languages = sorted({lg for _, lg in occ_n})
    print("\noccurrences by class (by language)")
    for kind in CLASSES:
        total = sum(v for (k, _), v in occ_n.items() if k == kind)
        print(f"  {kind:26s} {total:4d}  " + " ".join(f"{lg} {occ_n[(kind, lg)]}" for lg in languages))
    pairs = sorted({lp for _, lp in pair_n})
    print("\ngold pairs by class (by language pair; similarity with the cross-language bonus)")
    for kind in sorted({k for k, _ in pair_n}, key=lambda k: -sum(v for (x, _), v in pair_n.items() if x == k)):
        total = sum(v for (k, _), v in pair_n.items() if k == kind)
        q = np.quantile(sims[kind], [0.25, 0.5, 0.75]) if sims.get(kind) else None
        quart = f"  similarity {q[0]:.2f} / {q[1]:.2f} / {q[2]:.2f}" if q is not None else ""
        print(f"  {kind:32s} {total:4d}  " + " ".join(f"{lp} {pair_n[(kind, lp)]}" for lp in pairs) + quart)
    if rows:
        same = [r[0] for r in rows]
        print(
            f"\naverage precision of 'same claim' over {len(rows)} pairs of gold occurrences in two articles"
            f" ({sum(same)} same claim): all / two languages / one language"
        )
        for field in rows[0][2]:
            parts = []
            for keep in (lambda r: True, lambda r: r[1], lambda r: not r[1]):
                sub = [r for r in rows if keep(r)]
                parts.append(f"{average_precision([r[0] for r in sub], [r[2][field] for r in sub]):.3f}")
            print(f"  {field:18s} " + " / ".join(parts))


if __name__ == "__main__":
    main()
