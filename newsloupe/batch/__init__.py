"""Batch runs: analyse every stored article the current pipeline has not analysed yet.

The parent process reads work items from the store, an engine (local
processes or Dask) analyses them with the models loaded once per worker, and
the parent — the store's only writer — commits each article's outcome,
analysis and findings in one transaction as it comes back. A run killed at
any moment (even ``kill -9``) loses only the articles still in flight; the
next run skips every committed one, and the ``(article, pipeline version)``
key keeps a re-analysed article from being stored twice.

Every article ends with exactly one outcome per pipeline version: ``ok``,
``analyzer-error`` (an analyzer failed, the others' findings are kept) or the
reason it could not be analysed (``lang-unsupported``, ``empty-input``,
``worker-crash``…), listed by ``newsloupe errors``.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from newsloupe.batch.worker import pipeline_spec, pipeline_version
from newsloupe.errors import E_PIPELINE, NewsloupeError
from newsloupe.factchecks.hook import FactChecksHook
from newsloupe.store import Store
from newsloupe.stories.hook import NoStories, StoriesHook

Engine = Literal["local", "dask"]


@dataclass
class RunReport:
    """What a run did: counts per status, timings, per-worker peak memory."""

    pipeline_version: str
    engine: str
    workers: int
    todo: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    startup_seconds: float = 0.0
    seconds: float = 0.0
    steady_rate: float | None = None
    worker_cpu_seconds: float = 0.0
    worker_parse_cpu_seconds: float = 0.0  # of which language identification and parse
    writer_cpu_seconds: float = 0.0
    worker_rss_kb: dict[int, int] = field(default_factory=dict)
    story_failures: dict[int, str] = field(default_factory=dict)  # article id -> why its story assignment failed

    @property
    def done(self) -> int:
        """Articles with a committed outcome in this run."""
        return sum(self.counts.values())

    @property
    def failed(self) -> int:
        """Articles whose outcome is not ``ok``."""
        return self.done - self.counts.get("ok", 0)

    @property
    def rate(self) -> float:
        """Articles per second, from the first work item sent to the last commit."""
        return self.done / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "pipeline_version": self.pipeline_version,
            "engine": self.engine,
            "workers": self.workers,
            "todo": self.todo,
            "done": self.done,
            "failed": self.failed,
            "counts": dict(self.counts),
            "startup_seconds": round(self.startup_seconds, 2),
            "seconds": round(self.seconds, 2),
            "articles_per_second": round(self.rate, 2),
            "steady_articles_per_second": round(self.steady_rate, 2) if self.steady_rate else None,
            "cores_used": round(self.worker_cpu_seconds / self.seconds, 2) if self.seconds else None,
            "worker_cpu_ms_per_article": round(1000 * self.worker_cpu_seconds / self.done, 1) if self.done else None,
            "worker_parse_cpu_ms_per_article": (
                round(1000 * self.worker_parse_cpu_seconds / self.done, 1) if self.done else None
            ),
            "writer_cpu_ms_per_article": round(1000 * self.writer_cpu_seconds / self.done, 1) if self.done else None,
            "peak_rss_mb_per_worker": {str(k): round(v / 1024) for k, v in self.worker_rss_kb.items()},
            "story_failures": {str(k): v for k, v in self.story_failures.items()},
        }


def check_engine(engine: str, scheduler: str | None) -> None:
    """Refuse a bad engine or flag pairing at once, before any article is planned or a model loaded."""
    if engine not in ("local", "dask"):
        raise NewsloupeError(f"unknown engine {engine!r} (local or dask)", code=E_PIPELINE)
    if engine == "local" and scheduler:
        raise NewsloupeError("--scheduler needs --engine dask", code=E_PIPELINE)


def make_engine(engine: Engine, *, workers: int, scheduler: str | None, analyzers: list[str] | None) -> Any:
    """The engine object for ``engine`` (``local`` or ``dask``)."""
    check_engine(engine, scheduler)
    if engine == "local":
        from newsloupe.batch.local import LocalEngine

        return LocalEngine(workers, analyzers)
    if engine == "dask":
        from newsloupe.batch.dask import DaskEngine

        return DaskEngine(workers, scheduler, analyzers)
    raise NewsloupeError(f"unknown engine {engine!r} (local or dask)", code=E_PIPELINE)


def run(
    store: Store,
    *,
    workers: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
    analyzers: list[str] | None = None,
    retry_errors: bool = False,
    limit: int | None = None,
    on_plan: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> RunReport:
    """Analyse every stored article not yet analysed by the current pipeline version.

    store (Store): the store (this process becomes its writer).
    workers (int): worker processes (local: 0 analyses in this process).
    engine (str): ``local`` or ``dask``.
    scheduler (str | None): a Dask scheduler address (``--engine dask`` only).
    analyzers (list[str] | None): analyzer names (None: every built-in one).
    retry_errors (bool): analyse again the articles whose outcome was not ``ok``.
    limit (int | None): analyse at most this many articles.
    on_plan: called with the number of articles to analyse, before workers start.
    on_start: called with the number of articles to analyse, once workers are ready.
    on_result: called after each committed result.
    RETURNS (RunReport): counts and timings.
    """
    check_engine(engine, scheduler)
    names = list(analyzers) if analyzers else None
    version = pipeline_version(names)
    report = RunReport(version, engine, workers)
    with store.run_lock():
        store.register_pipeline(version, pipeline_spec(tuple(names) if names else None))
        todo = store.pending(version, retry_errors=retry_errors, limit=limit)
        report.todo = len(todo)
        if on_plan:
            on_plan(len(todo))
        # Stories and claims are assigned as articles are committed (NEWSLOUPE_STORIES=0: later,
        # by `newsloupe stories`/`claims`, which assign what is pending).
        stories = StoriesHook(store, todo) if os.environ.get("NEWSLOUPE_STORIES", "1") != "0" else NoStories()
        # Each analysis is matched against the fact-check memory before it is written (nothing
        # is loaded without a memory); after an import, the stored analyses are matched again.
        fact_checks = FactChecksHook(store.conn, str(store.path))
        if not todo:
            stories.finish()  # a stopped run may have left analysed articles unassigned
            report.story_failures = dict(stories.failures)
            fact_checks.finish()
            if on_start:
                on_start(0)
            return report
        eng = make_engine(engine, workers=workers, scheduler=scheduler, analyzers=names)
        run_id = store.start_run(version, engine=engine, workers=workers)
        t0 = time.perf_counter()
        try:
            eng.start()
            for w in eng.warmups:
                if w["pipeline_version"] != version:
                    raise NewsloupeError(
                        f"a worker (pid {w['pid']}) runs pipeline {w['pipeline_version']}, this run {version}: "
                        "install the same newsloupe and models on every worker",
                        code=E_PIPELINE,
                    )
                report.worker_rss_kb[w["pid"]] = w["rss_kb"]
            t1 = time.perf_counter()
            report.startup_seconds = t1 - t0
            if on_start:
                on_start(len(todo))
            marks: list[float] = []
            c1 = time.process_time()
            for result in eng.imap_unordered(store.payloads(todo, version=version, analyzers=names)):
                result = fact_checks.before_save(result)
                store.save_result(result)
                if on_result:  # (before the stories stage: an interrupt there leaves the result counted as kept)
                    on_result(result)
                stories.committed(result["article_id"])
                report.counts[result["status"]] += 1
                report.worker_cpu_seconds += result.get("cpu_seconds") or 0.0
                report.worker_parse_cpu_seconds += result.get("parse_cpu_seconds") or 0.0
                if result.get("pid"):
                    pid = result["pid"]
                    report.worker_rss_kb[pid] = max(report.worker_rss_kb.get(pid, 0), result.get("rss_kb") or 0)
                marks.append(time.perf_counter())
            stories.finish()
            report.story_failures = dict(stories.failures)
            fact_checks.finish()
            report.seconds = time.perf_counter() - t1
            # This process's CPU: reading work items and writing results (the in-process
            # analysis too with workers=0).
            report.writer_cpu_seconds = time.process_time() - c1
            # Throughput once every worker is busy: skip the first result of each worker.
            w = max(1, workers)
            if len(marks) > 2 * w:
                report.steady_rate = (len(marks) - w) / (marks[-1] - marks[w - 1])
        finally:
            eng.close()
            store.finish_run(run_id, done=report.done, failed=report.failed)
    return report
