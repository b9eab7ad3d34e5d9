"""``newsloupe bench corpus``: ingest + run throughput on a synthetic corpus.

Builds ≥ 2,000 distinct articles from the sample corpus (:mod:`.synth`),
ingests them into a store, then analyses copies of that store with 1 and 2
local workers and with a 2-worker Dask LocalCluster, and parses the same
articles with spaCy alone (in the run's batches, parsed together as a worker
parses them), just before and just after the 1-worker run (the ratio uses
both, as the machine's speed drifts), each time in a fresh process that
starts no thread, as a worker (:func:`parse_alone`). Prints articles/s (wall clock
after the models are loaded, and steady state once every worker is busy),
the ratio of the full analysis to the parse alone (goal ≥ 0.8), and peak RSS
per worker (goal ≤ 1 GB). Numbers depend on the machine's load: the run
prints the load average beside them.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from newsloupe.lab.bench.synth import write_corpus

RSS_GOAL_MB = 1024
RATIO_GOAL = 0.8


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _copy_store(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def _line(label: str, rep: dict[str, Any]) -> str:
    rss = max((int(v) for v in rep["peak_rss_mb_per_worker"].values()), default=0)
    steady = rep["steady_articles_per_second"]
    return (
        f"{label:<28} {rep['done']:>5} articles in {rep['seconds']:>7.1f} s  {rep['articles_per_second']:>6.2f} art/s"
        f"  (steady {steady if steady is not None else '–':>6} art/s)"
        f"  CPU {rep['worker_cpu_ms_per_article']:.0f} ms/article in workers"
        f" (parse {rep.get('worker_parse_cpu_ms_per_article') or 0:.0f}; {rep['cores_used']} cores busy),"
        f" {rep['writer_cpu_ms_per_article']:.0f} ms in the writer;  models loaded in"
        f" {rep['startup_seconds']:.1f} s;  peak RSS/worker {rss} MB {'✓' if rss <= RSS_GOAL_MB else '✗'}"
        f" (goal ≤ {RSS_GOAL_MB})"
    )


def parse_only(db: Path) -> tuple[int, float, float]:
    """Language identification + spaCy parse alone of every stored article, in this process, in
    the batches a run's worker takes (:func:`~newsloupe.batch.local.batches`) and parsed together
    as the worker parses them (:func:`~newsloupe.nlp.parse_many`), so that the ratio compares the
    analyzers' work with the same parse (stop 38: the worker parses a batch's articles together).

    RETURNS (tuple): (articles, wall seconds, CPU seconds), models loaded beforehand.
    """
    from newsloupe.batch.local import batches
    from newsloupe.ingest.language import detect_language
    from newsloupe.lang import SPACY_LANGUAGES
    from newsloupe.nlp import get_nlp, parse_many
    from newsloupe.store import Store

    for lang in SPACY_LANGUAGES:
        get_nlp(lang)
    store = Store(db, create=False)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")]
    articles = [store.load_article(i) for i in ids]
    store.close()
    groups = [[p["article"] for p in b] for b in batches({"text": a.text, "article": a} for a in articles)]
    parse_many([detect_language(a) for a in articles[:5]])  # warm caches as the workers' warm-up does
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for group in groups:
        ready = []
        for art in group:
            try:
                ready.append(detect_language(art))
            except Exception:  # the run records these; the parse alone skips them the same way
                continue
        n += sum(not isinstance(p, Exception) for p in parse_many(ready))
    return n, time.perf_counter() - t0, time.process_time() - c0


def parse_alone(db: Path) -> tuple[int, float, float]:
    """:func:`parse_only` in a fresh process that starts no thread, as a batch worker.

    This process has started threads by the time of the second parse (the worker pool's), and
    once a process has, glibc takes every pthread mutex with atomic instructions: spaCy's parser
    and NER, which take the GIL's mutex every few transitions, then cost about a third more.
    The parse alone is measured as the workers parse.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from newsloupe.threads import one_numeric_thread

    one_numeric_thread()  # (as the local engine's workers)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(parse_only, db).result()


def _check(db: Path, version: str) -> tuple[int, int]:
    with sqlite3.connect(db) as c:
        analyses = c.execute("SELECT count(*) FROM analyses WHERE pipeline_version = ?", (version,)).fetchone()[0]
        dup = c.execute(
            "SELECT count(*) FROM (SELECT article_id FROM analyses WHERE pipeline_version = ?"
            " GROUP BY article_id HAVING count(*) > 1)",
            (version,),
        ).fetchone()[0]
    return analyses, dup


def main(
    *,
    n: int = 2000,
    workers: list[int] | None = None,
    dask: bool = True,
    analyzers: list[str] | None = None,
    keep: Path | None = None,
    samples: Path | None = None,
) -> dict[str, Any]:
    """Run the benchmark and print its numbers; RETURNS them as a dict."""
    from newsloupe.batch import run
    from newsloupe.store import Store
    from newsloupe.store.ingest import ingest

    workers = workers or [1, 2]
    work = keep or Path(tempfile.mkdtemp(prefix="newsloupe-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"load_start": _load(), "cpus": os.cpu_count()}
    print(f"newsloupe bench corpus — {os.cpu_count()} CPU(s), load average {out['load_start']}, work dir {work}")
    try:
        corpus = work / "synthetic.jsonl"
        t0 = time.perf_counter()
        counts = write_corpus(corpus, n, samples=samples)
        out["corpus"] = counts
        print(
            f"synthetic corpus: {n} distinct articles"
            f" ({', '.join(f'{k} {v}' for k, v in counts.items() if len(k) == 2)})"
            f" from {counts['sources']} sample articles; planted {counts.get('near-duplicate', 0)} syndicated copies"
            f" and {counts.get('same-url', 0)} repeated URLs; built in {time.perf_counter() - t0:.1f} s"
        )
        base = work / "base.db"
        for p in work.glob("*.db*"):
            p.unlink()
        store = Store(base)
        t0 = time.perf_counter()
        rep = ingest(store, [str(corpus)])
        dt = time.perf_counter() - t0
        groups = store.conn.execute("SELECT count(DISTINCT dup_group) FROM articles").fetchone()[0]
        stored = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        store.close()
        out["ingest"] = {"seconds": round(dt, 2), "counts": dict(rep.counts), "stored": stored, "groups": groups}
        print(
            f"ingest: {counts['records']} records in {dt:.1f} s ({counts['records'] / dt:.0f}/s): "
            f"{', '.join(f'{k} {v}' for k, v in rep.counts.items())}; {stored} stored, "
            f"{groups} near-duplicate group(s)"
        )
        runs: dict[str, Any] = {}
        parse_rate = None
        # the parse alone is timed just before and just after the 1-worker run, and the ratio
        # uses their mean: this machine's speed drifts by several percent over minutes
        parses: list[tuple[int, float, float]] = []

        def _parse_alone(when: str) -> None:
            np_, secs, cpu = parse_alone(base)
            parses.append((np_, secs, cpu))
            print(
                f"{'spaCy parse alone (' + when + '):':<28} {np_:>5} articles in {secs:>7.1f} s"
                f"  {np_ / secs:>6.2f} art/s  CPU {1000 * cpu / np_:.0f} ms/article  [load {_load()}]"
            )

        for w in workers:
            if w == 1 and not parses:
                _parse_alone("before")
            db = work / f"local-{w}.db"
            _copy_store(base, db)
            with Store(db) as s:
                r = run(s, workers=w, analyzers=analyzers).to_dict()
            r["analyses"], r["duplicated"] = _check(db, r["pipeline_version"])
            runs[f"local-{w}"] = r
            print(_line(f"run local, {w} worker(s):", r) + f"  [load {_load()}]")
            if w == 1 and parse_rate is None:
                _parse_alone("after")
                np_ = sum(p[0] for p in parses)
                secs = sum(p[1] for p in parses)
                cpu = sum(p[2] for p in parses)
                parse_rate = np_ / secs
                parse_cpu_ms = 1000 * cpu / np_
                out["parse_only"] = {
                    "articles": np_ // len(parses),
                    "seconds": round(secs / len(parses), 2),
                    "articles_per_second": round(parse_rate, 2),
                    "cpu_ms_per_article": round(parse_cpu_ms, 1),
                    "runs": [
                        {"articles_per_second": round(a / b, 2), "cpu_ms_per_article": round(1000 * c / a, 1)}
                        for a, b, c in parses
                    ],
                }
        if dask:
            db = work / "dask-2.db"
            _copy_store(base, db)
            with Store(db) as s:
                r = run(s, workers=2, engine="dask", analyzers=analyzers).to_dict()
            r["analyses"], r["duplicated"] = _check(db, r["pipeline_version"])
            runs["dask-2"] = r
            print(_line("run dask LocalCluster, 2:", r) + f"  [load {_load()}]")
        out["runs"] = runs
        one = runs.get("local-1")
        if one and parse_rate:
            full = one["steady_articles_per_second"] or one["articles_per_second"]
            wall = out["ratio_full_to_parse"] = round(full / parse_rate, 3)
            cpu = out["ratio_full_to_parse_cpu"] = round(
                out["parse_only"]["cpu_ms_per_article"] / one["worker_cpu_ms_per_article"], 3
            )
            print(
                f"ratio full analysis / parse alone (before and after), articles/s (1 worker, steady): "
                f"{full:.2f} / {parse_rate:.2f} = "
                f"{wall:.2f} {'✓' if wall >= RATIO_GOAL else '✗'} (goal ≥ {RATIO_GOAL})"
            )
            print(
                f"ratio by CPU time per article (less sensitive to other load): "
                f"{out['parse_only']['cpu_ms_per_article']:.0f} / {one['worker_cpu_ms_per_article']:.0f} ms = "
                f"{cpu:.2f} {'✓' if cpu >= RATIO_GOAL else '✗'}"
            )
        inside = {
            name: round(r["worker_parse_cpu_ms_per_article"] / r["worker_cpu_ms_per_article"], 3)
            for name, r in runs.items()
            if r.get("worker_parse_cpu_ms_per_article") and r.get("worker_cpu_ms_per_article")
        }
        if inside:
            # the same articles at the same moments: the parse's CPU inside the workers against all
            # of theirs (reading the work item, parse, analyzers, serialising the result)
            out["ratio_full_to_parse_in_workers"] = inside
            print(
                "ratio inside the workers, CPU of the parse / CPU of the whole analysis (no drift between runs): "
                + ", ".join(f"{k} {v:.3f} {'✓' if v >= RATIO_GOAL else '✗'}" for k, v in inside.items())
            )
        if "local-1" in runs and "local-2" in runs:
            a, b = runs["local-1"]["articles_per_second"], runs["local-2"]["articles_per_second"]
            out["speedup_2_workers"] = round(b / a, 2) if a else None
            print(
                f"2 workers vs 1: ×{out['speedup_2_workers']} (cores busy {runs['local-1']['cores_used']} →"
                f" {runs['local-2']['cores_used']}; on a machine shared with other work the second worker"
                " only helps as far as a core is free)"
            )
        for name, r in runs.items():
            ok = (
                r["analyses"] == r["counts"].get("ok", 0) + r["counts"].get("analyzer-error", 0) and not r["duplicated"]
            )
            print(
                f"check {name}: {r['analyses']} analyses, {r['duplicated']} duplicated, outcomes {r['counts']} "
                f"{'✓' if ok else '✗'}"
            )
        out["load_end"] = _load()
        if keep is not None:
            (work / "bench-corpus.json").write_text(json.dumps(out, indent=2), encoding="utf-8")
            print(f"numbers saved to {work / 'bench-corpus.json'}")
        return out
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
