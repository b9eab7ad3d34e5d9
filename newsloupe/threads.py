"""One thread for the numeric libraries in a process that analyses articles.

Worker processes are one per core already, so BLAS/OpenMP thread pools would only oversubscribe
the cores. And a process that has started any thread runs spaCy's parser about 10 % slower for the
rest of its life (glibc then takes every mutex atomically, and the parser takes the GIL's mutex
every few transitions: doc/choices.md, stop 33): OpenBLAS starts its pool when numpy is imported
unless ``OPENBLAS_NUM_THREADS`` says one. Called before numpy is imported (in the process itself,
or before spawning workers, which inherit the environment); a value the user set is kept.
"""

from __future__ import annotations

import os

__all__ = ["THREAD_VARS", "one_numeric_thread"]

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def one_numeric_thread() -> None:
    """Default each of :data:`THREAD_VARS` to 1 in this process's environment (set values are kept)."""
    for var in THREAD_VARS:
        os.environ.setdefault(var, "1")
