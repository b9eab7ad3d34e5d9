"""Raised ``gc`` thresholds for a stretch of work, shared by every caller in the process.

Loading a spaCy pipeline and running the analyzers both make many objects whose young
collections cost more than they free. Each raises generation 0's threshold for as long as it
runs; they may overlap (threads), so the overrides live in one registry: while any is active
the threshold is the highest one asked, and when the last ends the threshold the process had
before the first is restored. A process whose automatic collection is off (threshold 0) keeps
it off.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["raised_gen0"]

_LOCK = threading.Lock()
_active: list[int] = []  # the gen0 thresholds asked by the stretches still running
_base: tuple[int, int, int] | None = None  # the thresholds before the first of them


def _apply() -> None:
    assert _base is not None
    if _base[0] == 0:  # automatic collection off: leave it off
        return
    gc.set_threshold(max([_base[0], *_active]), _base[1], _base[2])


@contextlib.contextmanager
def raised_gen0(gen0: int) -> Iterator[None]:
    """Run the block with generation 0's threshold at least ``gen0`` (restored after, on every path)."""
    global _base
    with _LOCK:
        if not _active:
            _base = gc.get_threshold()
        _active.append(gen0)
        _apply()
    try:
        yield
    finally:
        with _LOCK:
            _active.remove(gen0)
            if _active:
                _apply()
            else:
                assert _base is not None
                gc.set_threshold(*_base)
                _base = None
