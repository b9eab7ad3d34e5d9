"""Worker functions for engine tests (importable by spawned worker processes)."""

from __future__ import annotations

import os
from typing import Any


def warm(analyzers: list[str] | None) -> dict[str, Any]:
    return {"pid": os.getpid(), "pipeline_version": "p-test", "seconds": 0.0, "rss_kb": 1}


def work(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Kill the worker process on a batch holding article 3; answer the others."""
    if any(p["article_id"] == 3 for p in batch):
        os._exit(1)
    return [
        {"article_id": p["article_id"], "pipeline_version": "p-test", "status": "ok", "pid": os.getpid()} for p in batch
    ]
