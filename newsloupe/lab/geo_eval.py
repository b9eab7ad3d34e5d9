"""Place evaluation on verbatim-string gold (the seed, the sample corpus).

Each gold place mention (text, before, country) is located in the text (or given by its
``span`` offsets in a JSONL corpus); a predicted
place matches it when their spans overlap. Printed: mention recall, precision, and the
share of gold mentions found with the right country (place → country accuracy).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsloupe.lab.goldfiles import read_annotations


def evaluate_places(gold: Path, *, details: bool = False) -> dict[str, Any]:
    """Score the places analyzer against gold annotations.

    gold (Path): an annotation file or a folder of them.
    RETURNS (dict): counts, recall, precision, country accuracy, per-language accuracy, misses.
    """
    from newsloupe.model import json_spans
    from newsloupe.pipeline import analyze

    anns = read_annotations(gold)
    t0 = time.perf_counter()
    n_gold = n_pred = found = right = pred_matched = 0
    by_lang: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    unmatched: list[dict[str, Any]] = []  # predictions no gold mention overlaps
    for ann in anns:
        a = analyze(text=ann.text, lang=ann.lang, analyzers=["entities", "places"], article_id=ann.id)
        preds = json_spans(a.to_dict(), "places")
        n_pred += len(preds)
        used: set[int] = set()
        cursor = 0  # gold mentions are listed in text order
        for g in ann.data.get("places", []):
            if g.get("span"):
                span = (int(g["span"][0]), int(g["span"][1]))
            else:
                span = ann.locate(g.get("text", ""), g.get("before", ""), cursor) or ann.locate(
                    g.get("text", ""), g.get("before", "")
                )
            if span is None:
                continue
            cursor = span[1]
            n_gold += 1
            stats = by_lang.setdefault(ann.lang, [0, 0])
            stats[1] += 1
            hit = next(
                (i for i, p in enumerate(preds) if i not in used and p["start"] < span[1] and span[0] < p["end"]), None
            )
            if hit is None:
                misses.append({"id": ann.id, "text": g.get("text"), "gold": g.get("country"), "pred": None})
                continue
            used.add(hit)
            found += 1
            if (preds[hit].get("country") or None) == (g.get("country") or None):
                right += 1
                stats[0] += 1
            else:
                misses.append(
                    {"id": ann.id, "text": g.get("text"), "gold": g.get("country"), "pred": preds[hit].get("country")}
                )
        pred_matched += len(used)
        unmatched += [
            {"id": ann.id, "text": p.get("text"), "pred": p.get("country")}
            for i, p in enumerate(preds)
            if i not in used
        ]
    return {
        "articles": len(anns),
        "gold_mentions": n_gold,
        "predicted": n_pred,
        "recall": found / n_gold if n_gold else 0.0,
        "precision": pred_matched / n_pred if n_pred else 0.0,
        "country_accuracy": right / n_gold if n_gold else 0.0,
        "country_accuracy_by_language": {k: v[0] / v[1] for k, v in sorted(by_lang.items()) if v[1]},
        "seconds": time.perf_counter() - t0,
        "misses": misses if details else misses[:0],
        "unmatched": unmatched if details else unmatched[:0],
    }


def format_report(r: dict[str, Any]) -> str:
    """The evaluation as printable lines."""
    lines = [
        f"articles: {r['articles']}  gold place mentions: {r['gold_mentions']}  predicted: {r['predicted']}"
        f"  ({r['seconds']:.1f} s)",
        f"mention recall {r['recall']:.3f}  precision {r['precision']:.3f}",
        f"place → country accuracy (over gold mentions): {r['country_accuracy']:.3f}",
    ]
    for lang, acc in r["country_accuracy_by_language"].items():
        lines.append(f"  {lang}: {acc:.3f}")
    for m in r["misses"]:
        lines.append(f"  miss {m['id']}: {m['text']!r} gold {m['gold']} predicted {m['pred']}")
    for u in r.get("unmatched", []):
        lines.append(f"  unmatched prediction {u['id']}: {u['text']!r} country {u['pred']}")
    return "\n".join(lines)
