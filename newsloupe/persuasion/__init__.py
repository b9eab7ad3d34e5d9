"""Persuasion techniques, frames and genre (SemEval-2023 Task 3) for six languages.

* :mod:`~newsloupe.persuasion.labels`: label sets and technique categories;
* :mod:`~newsloupe.persuasion.data`: readers of the shared SemEval-2023 and PTC 2020 data;
* :mod:`~newsloupe.persuasion.model`: lazy model loading and inference;
* :mod:`~newsloupe.persuasion.train`: training, cross-validated evaluation, SemEval export;
* :mod:`~newsloupe.persuasion.bench`: inference time against the spaCy parse.

The analyzer is :mod:`newsloupe.analyzers.persuasion`.
"""

from newsloupe.persuasion.labels import CATEGORIES, CATEGORY_OF, FRAMES, GENRES, LANGUAGES, TECHNIQUES
from newsloupe.persuasion.model import encoder_supported, get_model, supported

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
