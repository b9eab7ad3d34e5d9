"""Dask engine: the same worker function on a dask.distributed cluster.

By default a :class:`~distributed.LocalCluster` of ``workers`` processes with
one thread each; with ``scheduler`` (``tcp://host:8786``) any running cluster:
``dask scheduler`` + ``dask worker`` on several machines, dask-jobqueue
(SLURM, PBS…) or dask-kubernetes. Work items carry the article itself, so
workers need newsloupe and its models installed but no access to the store;
results come back to this process, the only writer. See ``doc/corpus.md``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from newsloupe.batch.local import IN_FLIGHT, Payload, batches
from newsloupe.batch.worker import analyze_payloads, crashed, warm_up
from newsloupe.errors import E_PIPELINE, NewsloupeError


class DaskEngine:
    """Analyse payloads on a Dask cluster.

    workers (int): LocalCluster size (ignored with ``scheduler``).
    scheduler (str | None): address of a running scheduler.
    analyzers (list[str] | None): analyzer names.
    """

    name = "dask"

    def __init__(self, workers: int = 2, scheduler: str | None = None, analyzers: list[str] | None = None) -> None:
        self.workers = max(1, workers)
        self.scheduler = scheduler
        self.analyzers = analyzers
        self.warmups: list[dict[str, Any]] = []
        self.client: Any = None
        self.cluster: Any = None

    def start(self) -> None:
        """Connect (or start a LocalCluster) and load the models once on every worker."""
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise NewsloupeError(
                "--engine dask needs dask.distributed: pip install 'dask[distributed]'", code=E_PIPELINE
            ) from err
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="30s")
            except OSError as err:
                raise NewsloupeError(
                    f"cannot reach the Dask scheduler at {self.scheduler} ({err})", code=E_PIPELINE
                ) from None
        else:
            self.cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        self.client.wait_for_workers(1, timeout=120)
        # client.run executes on every worker now; workers that join later warm up lazily.
        try:
            infos = self.client.run(warm_up, self.analyzers)
        except Exception as err:  # a worker without newsloupe or its models
            raise NewsloupeError(
                f"a Dask worker could not load the newsloupe pipeline ({type(err).__name__}: {err}); "
                "install newsloupe and its models on every worker",
                code=E_PIPELINE,
            ) from None
        self.warmups = list(infos.values())

    def imap_unordered(self, payloads: Iterator[Payload]) -> Iterator[Payload]:
        """Yield one result per payload, in completion order.

        Payloads go out a batch to a task (:func:`~newsloupe.batch.local.batches`), at most
        ``IN_FLIGHT`` tasks per worker; the
        articles of a task that failed (a worker lost too often: ``KilledWorker``) are tried
        again one to a task, and one that fails alone is recorded as ``worker-crash``.
        """
        from distributed import as_completed

        if self.client is None:
            self.start()
        n_workers = max(1, len(self.client.scheduler_info().get("workers", {})) or self.workers)
        source = batches(payloads)
        futures: dict[Any, list[Payload]] = {}
        ac = as_completed()

        def submit(batch: list[Payload]) -> None:
            f = self.client.submit(analyze_payloads, batch, pure=False)
            futures[f] = batch
            ac.add(f)

        for _ in range(n_workers * IN_FLIGHT):
            batch = next(source, [])
            if not batch:
                break
            submit(batch)
        for f in ac:
            batch = futures.pop(f)
            if f.status == "finished":
                yield from f.result()
            elif len(batch) > 1:
                for p in batch:
                    submit([p])
            else:
                # The task itself never raises; this is a worker lost too often (KilledWorker).
                exc = f.exception()
                yield crashed(batch[0], f"{type(exc).__name__}: {exc}")
            f.release()
            nxt = next(source, [])
            if nxt:
                submit(nxt)

    def close(self) -> None:
        """Disconnect (and stop the LocalCluster this engine started)."""
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
