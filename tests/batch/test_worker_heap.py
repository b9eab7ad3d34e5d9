"""A warmed worker keeps the collector off what it loaded (:func:`newsloupe.batch.worker._settle_heap`)."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import gc
from newsloupe.batch import worker
before = gc.get_threshold()
held = [[i] for i in range(1000)]  # long-lived containers, as loaded models are
worker._settle_heap()
frozen = gc.get_freeze_count()
worker._settle_heap()  # once per process: a second call changes nothing
print(gc.get_threshold() == before)
print(frozen >= 1000, gc.get_freeze_count() == frozen)
"""


def test_settle_heap_freezes_once() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True"] * 3
