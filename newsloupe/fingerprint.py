"""Content fingerprints of the model files the pipeline loads (``models/**``).

The pipeline version (:func:`newsloupe.batch.worker.pipeline_version`) includes
them, so retraining a model makes a new version and ``newsloupe run``
re-analyses the stored articles, without a hand-bumped analyzer version.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# Model cards and notes are documentation, not weights.
_SKIP_SUFFIXES = (".md",)


@cache
def model_files_fingerprint(root: Path = MODELS_DIR) -> dict[str, str]:
    """SHA-256 (first 16 hex digits) of every model file under ``root``, by relative path.

    root (Path): the models folder (default: the repository's ``models/``).
    RETURNS (dict[str, str]): ``{"persuasion/meta.json": "ab12…", …}``, sorted; empty
        when the folder is absent.
    """
    if not root.is_dir():
        return {}
    out: dict[str, str] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix not in _SKIP_SUFFIXES):
        with path.open("rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()[:16]
        out[path.relative_to(root).as_posix()] = digest
    return out
