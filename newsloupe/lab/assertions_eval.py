"""Recall/precision of unsourced assertions on the sample corpus (``samples/gold``).

Run: ``python -m newsloupe.lab.assertions_eval [gold_dir] [-v]``. A gold sentence is
found when a prediction overlaps it; a prediction is correct when it overlaps a gold sentence.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(gold_dir: Path, verbose: bool = False) -> dict[str, dict[str, int]]:
    """Counts per language: gold, found, pred, correct, and pred_reporting/fp_reporting."""
    import newsloupe
    from newsloupe.lab.goldfiles import read_annotations

    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ann in read_annotations(gold_dir):
        if "assertions" not in ann.data:
            continue
        res = newsloupe.analyze(
            text=ann.text, lang=ann.lang, analyzers=["entities", "attributions", "assertions"], article_id=ann.id
        )
        preds = [(p.start, p.end, p.score, p.attrs.triggers if p.attrs else []) for p in res.spans.assertions]
        gold = [g for g in (ann.locate(s) for s in ann.data.get("assertions", [])) if g]
        genre = (ann.data.get("meta") or {}).get("genre", "")
        st = stats[ann.lang]
        st["gold"] += len(gold)
        st["found"] += sum(any(_overlap(g, p[:2]) for p in preds) for g in gold)
        st["pred"] += len(preds)
        ok = [any(_overlap(g, p[:2]) for g in gold) for p in preds]
        st["correct"] += sum(ok)
        if genre == "reporting":
            st["pred_reporting"] += len(preds)
            st["fp_reporting"] += sum(not o for o in ok)
        if verbose:
            print(f"== {ann.id} ({genre}) gold={len(gold)} pred={len(preds)}")
            for p, o in zip(preds, ok, strict=True):
                trig = ", ".join(f"{t.label}:{t.text}" for t in p[3])
                print(f"  {'TP' if o else 'FP'} {p[2]:.2f} {ann.text[p[0] : p[1]][:110]!r} [{trig}]")
            for g in gold:
                if not any(_overlap(g, p[:2]) for p in preds):
                    print(f"  FN {ann.text[g[0] : g[1]][:140]!r}")
    return stats


def main(argv: list[str] | None = None) -> None:
    """Print recall and precision per language."""
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    stats = evaluate(Path(paths[0] if paths else "samples/gold"), verbose)
    for lang, st in sorted(stats.items()):
        print(
            f"{lang}: recall {st['found']}/{st['gold']}  precision {st['correct']}/{st['pred']}"
            f"  reporting FP {st['fp_reporting']}/{st['pred_reporting']}"
        )


if __name__ == "__main__":
    main()
