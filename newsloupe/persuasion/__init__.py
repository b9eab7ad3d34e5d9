"""Persuasion techniques, frames and genre (SemEval-2023 Task 3) for six languages.

* :mod:`~newsloupe.persuasion.labels`: label sets and technique categories;
* :mod:`~newsloupe.persuasion.model`: lazy model loading and inference.

Off the runtime, in :mod:`newsloupe.lab`: ``persuasion_data`` (readers of the shared SemEval-2023
and PTC 2020 data), ``persuasion_train`` (training, cross-validated evaluation, SemEval export)
and ``bench.persuasion_speed`` (inference time against the spaCy parse).

The analyzer is :mod:`newsloupe.analyzers.persuasion`.
"""

from typing import Any

from newsloupe.persuasion.labels import CATEGORIES, CATEGORY_OF, FRAMES, GENRES, LANGUAGES, TECHNIQUES

_FROM_MODEL = ("encoder_supported", "get_model", "supported")


def __getattr__(name: str) -> Any:
    """The model's functions, imported on first use: the labels (the CLI reads them) cost no numpy."""
    if name in _FROM_MODEL:
        from newsloupe.persuasion import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CATEGORIES",
    "CATEGORY_OF",
    "FRAMES",
    "GENRES",
    "LANGUAGES",
    "TECHNIQUES",
    "encoder_supported",
    "get_model",
    "supported",
]
