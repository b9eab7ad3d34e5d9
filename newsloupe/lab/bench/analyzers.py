"""``newsloupe bench analyzers``: the CPU each analyzer costs beside the parse, per language.

The corpus bench gives one ratio (the parse's CPU inside the workers against the whole
analysis); this one says where the rest goes. It builds the synthetic corpus of
:mod:`.synth`, analyses it in this process as a worker does (batches of
:data:`newsloupe.batch.local.BATCH`, each analyzer's batch hook, then the analyzers, then the
JSON and finding rows a worker returns), with a CPU timer around each analyzer, and prints per
language: the parse, each analyzer and the ratio of the parse to the whole, in ms an article.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsloupe.lab.bench.synth import write_corpus


def _timed(func: Callable[..., Any], key: str, acc: Counter[str]) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        c = time.process_time()
        try:
            return func(*args)
        finally:
            acc[key] += time.process_time() - c

    return run


def main(n: int = 300, samples: Path | None = None) -> dict[str, Any]:
    """Time ``n`` synthetic articles and print the table; RETURNS it as a dict by language."""
    from newsloupe.analyzers import build_pipeline
    from newsloupe.batch.local import BATCH
    from newsloupe.batch.worker import warm_up
    from newsloupe.ingest.language import detect_language
    from newsloupe.ingest.text import parse_text
    from newsloupe.nlp import memory_zone
    from newsloupe.pipeline import analyze_batch
    from newsloupe.store.findings import flatten

    with tempfile.TemporaryDirectory(prefix="newsloupe-bench-analyzers-") as tmp:
        corpus = Path(tmp) / "synthetic.jsonl"
        write_corpus(corpus, n, samples=samples)
        records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()][:n]
    articles = [parse_text(r["text"], article_id=str(k), source=f"synthetic-{k}") for k, r in enumerate(records)]
    warm_up()
    # Per language, CPU seconds by stage; the analyzers are timed through copies of their entries.
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    current: Counter[str] = Counter()
    steps = []
    for info in build_pipeline(None):
        prepare = _timed(info.prepare, info.name, current) if info.prepare is not None else None
        steps.append(dataclasses.replace(info, func=_timed(info.func, info.name, current), prepare=prepare))
    groups: dict[str, list[Any]] = defaultdict(list)  # batches of one language each, so costs are its own
    for art in articles:
        try:
            groups[detect_language(art).language or "?"].append(art)
        except Exception:  # (analyze_batch records it)
            groups["?"].append(art)
    batches = [g[k : k + BATCH] for g in groups.values() for k in range(0, len(g), BATCH)]
    for batch in batches:
        current.clear()
        timings: dict[str, float] = {}
        c = time.process_time()
        with memory_zone():
            results = analyze_batch(batch, pipeline=steps, on_error="record", timings=timings)
            for r in results:
                if not isinstance(r, Exception):
                    doc = r.to_dict()
                    json.dumps(doc, ensure_ascii=False)
                    flatten(doc, outlet="bench", month=None)
        whole = time.process_time() - c
        lang = next((r.language for r in results if not isinstance(r, Exception) and r.language), "?")
        counts[lang] += len(batch)
        row = by_lang[lang]
        row["parse"] += timings.get("parse_cpu", 0.0)
        row["whole"] += whole
        for name, secs in current.items():
            row[name] += secs
    names = [s.name for s in steps]
    out: dict[str, Any] = {}
    print(
        f"newsloupe bench analyzers — {len(articles)} synthetic articles, CPU ms an article,"
        f" batches of {BATCH} of one language"
    )
    print(f"{'':<14}" + "".join(f"{lang:>9}" for lang in sorted(by_lang)))
    for key in ["parse", *names, "whole"]:
        cells = []
        for lang in sorted(by_lang):
            ms = 1000 * by_lang[lang][key] / max(1, counts[lang])
            out.setdefault(lang, {})[key] = round(ms, 2)
            cells.append(f"{ms:>9.2f}")
        print(f"{key:<14}" + "".join(cells))
    ratios = []
    for lang in sorted(by_lang):
        row = by_lang[lang]
        out[lang]["ratio"] = ratio = round(row["parse"] / row["whole"], 3) if row["whole"] else None
        ratios.append(f"{ratio:>9}")
    print(f"{'parse / whole':<14}" + "".join(ratios) + "   (the corpus goal: >= 0.8 inside the workers)")
    return out
