"""One numeric thread by default in processes that analyse (newsloupe/threads.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsloupe.threads import THREAD_VARS, one_numeric_thread


def test_defaults_each_variable_to_one_and_keeps_a_set_value(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in THREAD_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("MKL_NUM_THREADS", "3")
    one_numeric_thread()
    assert [os.environ[v] for v in THREAD_VARS] == ["1", "1", "3"]


def test_analyze_starts_no_blas_thread_pool() -> None:
    """`newsloupe analyze` sets the default before numpy loads, so the process runs one thread."""
    code = (
        "import sys, threading\n"
        "from typer.testing import CliRunner\n"
        "from newsloupe.cli import app\n"
        "r = CliRunner().invoke(app, ['analyze', sys.argv[1], '--analyzers', 'persuasion'])\n"
        "import numpy  # loaded by the command\n"
        "status = open('/proc/self/status').read()\n"
        "print(r.exit_code, status.split('Threads:')[1].split()[0])\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARS}
    sample = Path(__file__).resolve().parents[1] / "samples" / "articles" / "txt"
    first = sorted(sample.glob("*.txt"))[0]
    out = subprocess.run([sys.executable, "-c", code, str(first)], env=env, capture_output=True, text=True, check=True)
    exit_code, threads = out.stdout.split()[-2:]
    assert (exit_code, threads) == ("0", "1")
