"""Local engine: a pool of worker processes on this machine.

Each worker process loads the models once (the pool's initializer) and
analyses articles sent as JSON, ``BATCH`` at a time (the encoder embeds a
batch's texts in one call); results come back to the parent, the only
writer. At most ``workers * IN_FLIGHT`` batches are out at a time, so a
kill loses at most those (they are analysed again by the next run).
``workers=0`` analyses in the calling process (debugging, tests).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newsloupe.batch.worker import analyze_payloads, build_user_cache, crashed, warm_up
from newsloupe.errors import E_PIPELINE, NewsloupeError
from newsloupe.threads import one_numeric_thread

Payload = dict[str, Any]
# Articles per task: enough for the encoder's batched matrix products (measured on the
# synthetic corpus: 8 articles embed at about 2/3 of the cost per token of one article) and
# for each analyzer to run over the batch with its tables in the CPU caches (16 against 8:
# 0.45 ms less an article beside the parse), while a kill or a crash costs little work.
BATCH = 16
# Characters of text in one batch: a batch's parses live together until its analyses are
# done, so a long article goes alone (eight 200,000-character texts at once took 1.5 GB).
BATCH_CHARS = 60_000
IN_FLIGHT = 2  # batches out per worker: one being analysed, one queued
# Pool restarts after worker deaths before the run gives up.
MAX_RESTARTS = 20


class LocalEngine:
    """Analyse payloads in ``workers`` local processes (0: in this process).

    workers (int): number of worker processes.
    analyzers (list[str] | None): analyzer names, passed to each worker's warm-up.
    """

    name = "local"

    def __init__(
        self,
        workers: int = 1,
        analyzers: list[str] | None = None,
        *,
        func: Callable[[list[Payload]], list[Payload]] = analyze_payloads,
        warm: Callable[[list[str] | None], dict[str, Any]] = warm_up,
    ) -> None:
        self.workers = max(0, workers)
        self.analyzers = analyzers
        # The work and warm-up functions (module-level, picklable); tests swap them.
        self.func = func
        self.warm = warm
        self.warmups: list[dict[str, Any]] = []
        self._pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> ProcessPoolExecutor:
        # One process per core already: BLAS thread pools inside each worker would only
        # oversubscribe the cores (dask's nanny sets the same defaults for its workers).
        # Spawned workers inherit this environment; a value the user set is kept.
        one_numeric_thread()
        # spawn: workers start clean, without the parent's SQLite handles or progress thread.
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=self.warm,
            initargs=(self.analyzers,),
        )

    def start(self) -> None:
        """Start the workers and wait until each has loaded its models."""
        if self.workers == 0:
            self.warmups = [self.warm(self.analyzers)]
            return
        if self.warm is warm_up:
            build_user_cache()
        self._pool = self._new_pool()
        # The initializer already warmed each process; these calls only wait for it and
        # report each worker's pid and load time (one per worker is not guaranteed, so ask twice).
        futures = [self._pool.submit(self.warm, self.analyzers) for _ in range(self.workers * 2)]
        seen: dict[int, dict[str, Any]] = {}
        for f in futures:
            info = f.result()
            seen.setdefault(info["pid"], info)
        self.warmups = list(seen.values())

    def imap_unordered(self, payloads: Iterator[Payload]) -> Iterator[Payload]:
        """Yield one result per payload, in completion order.

        When a worker process dies (killed, out of memory, a crash in native code), the
        pool is restarted and the articles that were in flight are tried again one at a
        time; one that kills a worker alone is recorded as ``worker-crash``.
        """
        if self.workers == 0:
            for batch in batches(payloads):
                yield from self.func(batch)
            return
        if self._pool is None:
            self.start()
        source = batches(payloads)
        suspects: list[Payload] = []
        pending: dict[Future[list[Payload]], list[Payload]] = {}
        alone = False  # the one article in flight is a suspect tried alone
        restarts = 0
        while True:
            if suspects:
                if not pending:
                    batch = [suspects.pop(0)]
                    pending[self._submit(batch)] = batch
                    alone = True
            else:
                alone = False
                while len(pending) < self.workers * IN_FLIGHT:
                    batch = next(source, [])
                    if not batch:
                        break
                    pending[self._submit(batch)] = batch
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            lost: list[Payload] = []
            for f in done:
                batch = pending.pop(f)
                try:
                    yield from f.result()
                except BrokenProcessPool:
                    lost.extend(batch)
            if not lost:
                continue
            for f, batch in list(pending.items()):  # the whole pool is gone: collect the rest
                try:
                    yield from f.result()
                except BrokenProcessPool:
                    lost.extend(batch)
            pending.clear()
            if alone and len(lost) == 1:
                yield crashed(lost[0])
            else:
                suspects.extend(lost)
            restarts += 1
            if restarts > MAX_RESTARTS:
                raise NewsloupeError(
                    f"worker processes died {restarts} times; see the system log (out of memory?)", code=E_PIPELINE
                )
            self._restart()

    def _submit(self, batch: list[Payload]) -> Future[list[Payload]]:
        assert self._pool is not None
        return self._pool.submit(self.func, batch)

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self) -> None:
        """Stop the workers."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def batches(payloads: Iterable[Payload]) -> Iterator[list[Payload]]:
    """The payloads in batches of at most :data:`BATCH` articles and :data:`BATCH_CHARS`
    characters of text (an article longer than that is a batch of its own)."""
    batch: list[Payload] = []
    chars = 0
    for p in payloads:
        n = len(p.get("text") or "")
        if batch and (len(batch) >= BATCH or chars + n > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(p)
        chars += n
    if batch:
        yield batch
