"""Worker functions for engine tests (importable by spawned worker processes)."""

from __future__ import annotations

import os
from typing import Any


def warm(analyzers: list[str] | None) -> dict[str, Any]:
    return {"pid": os.getpid(), "pipeline_version": "p-test", "seconds": 0.0, "rss_kb": 1}


def work(payload: dict[str, Any]) -> dict[str, Any]:
    """Kill the worker process on article 3; answer the others."""
    if payload["article_id"] == 3:
        os._exit(1)
    return {"article_id": payload["article_id"], "pipeline_version": "p-test", "status": "ok", "pid": os.getpid()}
