"""Benchmarks of newsloupe's components against public reference data (run by hand, not in CI)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from newsloupe.lab import SHARED

SEED = SHARED / "gold" / "presstv-falloujah.txt"


def median_time(fn: Callable[[], Any], runs: int) -> float:
    """Median wall time in seconds of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)
