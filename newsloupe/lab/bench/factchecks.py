"""``newsloupe bench factchecks``: import rate, indexing rate and what matching adds to the parse.

1. **Import**: ``n`` generated fictional ClaimReviews (:mod:`newsloupe.lab.factchecks_synth`)
   written to a JSONL file and imported into a fresh store; reviews per second.
2. **Index**: their claims embedded once (the vectors the matcher keeps in the store);
   reviews per second. This is a one-off per review, done on first use after an import.
3. **Matching**: the memory is the generated reviews plus the fictional memory of
   ``samples/factchecks`` (so real matches are found); for each article (the fictional
   articles of ``samples/factchecks``, and the real French articles of
   ``../shared/gold/fr-news`` when they are there) the parse (language identification
   and spaCy) is timed, the analyzers run untimed, then the matching is timed on that
   analysis twice: alone (the encoder's cache emptied: every sentence compared is
   embedded), and as in ``newsloupe run``, where the stories stage embeds the article's
   statements (attributed contents, unsourced sentences) in the same process, so a
   sentence both compare is embedded once (the statements are embedded untimed first).
   Printed: median parse, median matching, and their ratios (the goal is at most 0.15),
   side by side on the same articles in the same run, by the wall clock and by CPU time (both
   alone and beside the stories stage; the second matching of an article finds the figure
   reader's and the claims' caches warm from the first). "Alone" empties the encoder's cache of
   whole texts, not its per-piece cache of the CNN's first layers
   (:class:`newsloupe.nlp.encoder.PieceCache`: the memory's most frequent pieces, computed at
   the first match of the process, and the pieces met since), as in any process that matches
   more than one article. The BLAS thread setting of the run (``OPENBLAS_NUM_THREADS``, unset:
   every core for numpy's products outside the encoder's own one-thread limit) is printed first:
   CPU figures of runs with different settings are not comparable.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from newsloupe.errors import E_FORMAT, BadInput
from newsloupe.lab import REPO, SHARED


def bench_articles(limit: int) -> dict[str, list[Any]]:
    """The bench's articles by set: ``samples/factchecks`` and (when there) the real French ones, ``limit`` each."""
    from newsloupe.ingest import iter_items

    out: dict[str, list[Any]] = {}
    sample = REPO / "samples" / "factchecks" / "articles.jsonl"
    if sample.is_file():
        out["samples/factchecks"] = [it.article for it in iter_items([str(sample)]) if it.article][:limit]
    real = SHARED / "gold" / "fr-news" / "fr-news.jsonl"
    if real.is_file():
        import json

        from newsloupe.ingest.text import parse_text

        arts = []
        with real.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                arts.append(parse_text(rec["text"], article_id=str(rec.get("id", len(arts))), source="fr-news"))
                if len(arts) >= limit:
                    break
        out["fr-news (real)"] = arts
    return out


def run_bench(
    n: int = 100_000, *, limit: int = 60, seed: int = 16, echo: Any = print, keep: Path | None = None
) -> dict[str, Any]:
    """Run the three measures and print them; RETURNS the figures.

    The generated reviews and the store (about 500 MB for 100,000 reviews) live in a temporary
    folder removed at the end.

    keep (Path | None): build the store at this path and keep it; when it exists already,
        reuse it (import and indexing are not measured again): old and new matching code can
        then be timed in turn on the same memory.
    """
    tmp = Path(tempfile.mkdtemp(prefix="newsloupe-bench-fc-"))
    try:
        return _run(tmp, n, limit=limit, seed=seed, echo=echo, keep=keep)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(tmp: Path, n: int, *, limit: int, seed: int, echo: Any, keep: Path | None = None) -> dict[str, Any]:
    from newsloupe.factchecks.match import index_vectors
    from newsloupe.factchecks.memory import import_sources
    from newsloupe.lab.factchecks_synth import synth_reviews
    from newsloupe.store import Store

    figures: dict[str, Any] = {"reviews": n}
    db = keep or tmp / "bench.db"
    if keep is not None and keep.is_file():
        echo(f"reusing the store {keep} (import and indexing not measured)")
        return _match_times(db, limit=limit, echo=echo, figures=figures)
    feed = tmp / "reviews.jsonl"
    import json

    with feed.open("w", encoding="utf-8") as fh:
        for review in synth_reviews(n, seed):
            fh.write(json.dumps(review, ensure_ascii=False) + "\n")
    with Store(db, create=True) as store:
        t = time.perf_counter()
        report = import_sources(store.conn, [str(feed)])
        dt = time.perf_counter() - t
        figures["import_per_s"] = report.imported / dt if dt else 0.0
        rate = figures["import_per_s"]
        echo(f"import: {report.imported:,} reviews in {dt:.1f} s = {rate:,.0f} reviews/s (goal ≥ 2,000)")
        mem_dir = REPO / "samples" / "factchecks" / "memory"
        if mem_dir.is_dir():
            extra = [str(p) for p in sorted(mem_dir.glob("*.json*")) if "malformed" not in p.name]
            import_sources(store.conn, extra + [str(p) for p in sorted((mem_dir / "pages").glob("*.html"))])
        t = time.perf_counter()
        k = index_vectors(store.conn)
        dt = time.perf_counter() - t
        figures["index_per_s"] = k / dt if dt else 0.0
        echo(
            f"index (one-off, embeds each claim): {k:,} reviews in {dt:.1f} s = {figures['index_per_s']:,.0f} reviews/s"
        )
    return _match_times(db, limit=limit, echo=echo, figures=figures)


def _match_times(db: Path, *, limit: int, echo: Any, figures: dict[str, Any]) -> dict[str, Any]:
    """Load the memory of the store ``db`` and time matching beside the parse (part 3)."""
    from newsloupe.factchecks.match import load_memory, match_analysis
    from newsloupe.nlp.encoder import get_encoder
    from newsloupe.pipeline import build_pipeline, prepare_article, run_analyzers
    from newsloupe.store import Store
    from newsloupe.stories.adapter import features
    from newsloupe.stories.assign import embedded_texts

    with Store(db) as store:
        t = time.perf_counter()
        memory = load_memory(store.conn, path=str(db))
        if memory is None:
            raise BadInput("the store holds no fact-check memory to match against", input=str(db), code=E_FORMAT)
        figures["reviews"] = len(memory)
        figures["load_s"] = time.perf_counter() - t
        echo(f"memory load: {len(memory):,} reviews in {figures['load_s']:.1f} s (once per process)")
        figures["blas_threads"] = os.environ.get("OPENBLAS_NUM_THREADS", "unset")
        echo(f"OPENBLAS_NUM_THREADS={figures['blas_threads']} (the encoder limits its own products to one thread)")
        steps = build_pipeline()
        sets = bench_articles(limit)
        encoder = get_encoder()
        assert encoder is not None
        for name, arts in sets.items():
            parse_t: list[float] = []
            match_t: list[float] = []
            beside_t: list[float] = []
            parse_c: list[float] = []  # CPU time (process_time): what other jobs on the machine move least
            match_c: list[float] = []
            beside_c: list[float] = []
            matches = 0
            for i, art in enumerate(arts):
                t, c = time.perf_counter(), time.process_time()
                parsed = prepare_article(art)
                p, pc = time.perf_counter() - t, time.process_time() - c
                doc = run_analyzers(parsed, steps).to_dict()
                if i == 0:
                    match_analysis(doc, memory)  # warm-up: hub tables, encoder
                encoder.clear_cache()  # alone: every sentence is embedded here
                t, c = time.perf_counter(), time.process_time()
                found = match_analysis(doc, memory)
                match_t.append(time.perf_counter() - t)
                match_c.append(time.process_time() - c)
                # in `newsloupe run`, the stories stage embeds the article's statements
                # (untimed here): the sentences the matcher shares with them are embedded once
                encoder.clear_cache()
                encoder.encode(embedded_texts(features(doc)))
                t, c = time.perf_counter(), time.process_time()
                match_analysis(doc, memory)
                beside_t.append(time.perf_counter() - t)
                beside_c.append(time.process_time() - c)
                matches += len(found)
                parse_t.append(p)
                parse_c.append(pc)
            mp, mm, mb, cp, cm, cb = (
                statistics.median(x) for x in (parse_t, match_t, beside_t, parse_c, match_c, beside_c)
            )
            ratios = sorted(m / p for m, p in zip(match_t, parse_t, strict=True))
            figures[name] = {
                "articles": len(arts),
                "parse_ms": mp * 1000,
                "match_ms": mm * 1000,
                "ratio": mm / mp,
                "match_beside_stories_ms": mb * 1000,
                "ratio_beside_stories": mb / mp,
                "parse_cpu_ms": cp * 1000,
                "match_cpu_ms": cm * 1000,
                "ratio_cpu": cm / cp if cp else 0.0,
                "match_beside_stories_cpu_ms": cb * 1000,
                "ratio_beside_stories_cpu": cb / cp if cp else 0.0,
                "matches": matches,
            }
            echo(
                f"{name}: {len(arts)} articles, median parse {mp * 1000:.0f} ms; matching alone median"
                f" {mm * 1000:.1f} ms, ratio {mm / mp:.3f} (per-article ratio median {statistics.median(ratios):.3f});"
                f" beside the stories stage of `newsloupe run` (statements embedded once for both) median"
                f" {mb * 1000:.1f} ms, ratio {mb / mp:.3f} (goal ≤ 0.15); by CPU time, parse {cp * 1000:.0f} ms,"
                f" matching alone {cm * 1000:.1f} ms, ratio {cm / cp if cp else 0.0:.3f}, beside the stories stage"
                f" {cb * 1000:.1f} ms, ratio {cb / cp if cp else 0.0:.3f}; {matches} matches"
            )
    return figures
