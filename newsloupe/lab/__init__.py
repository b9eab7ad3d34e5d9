"""Training, evaluation and benchmark code: run by hand or by the CLI's eval/train/bench commands.

The runtime (analysis, store, web app, batch) never imports this package; the rule is checked
by ``scripts/check_imports.py``. Only :mod:`newsloupe.cli` reaches it, from inside the command
functions. Modules are named by domain: ``attribution_eval``, ``attribution_train``,
``persuasion_train``, ``factchecks_eval``, ``stories_centers`` … and :mod:`.bench` holds the
speed and load benchmarks.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
"""The repository root (samples/ and models/ live there)."""
SHARED = REPO.parent / "shared"
"""The research data beside the repository (absent in a user's clone: callers skip clearly)."""
