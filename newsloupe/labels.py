"""Every label set of newsloupe, in one place.

Source types of attributions, and the SemEval-2023 Task 3 label sets
(genres, frames, techniques and their categories; the strings are the task's
exact label strings, categories follow the task paper's six groups of the 23
techniques). Word lists live in ``newsloupe/lang/<code>/*.json``; label sets
that do not depend on a language live here. Importing this module is cheap.
"""

from __future__ import annotations

from typing import Literal, get_args

SourceType = Literal[
    "person_named", "person_anonymous", "organization", "media", "document", "unnamed_collective", "none"
]
SOURCE_TYPES: tuple[str, ...] = get_args(SourceType)
# Source types that count as anonymous sourcing, and those that identify nobody.
ANONYMOUS_SOURCE_TYPES: tuple[str, ...] = ("person_anonymous",)
UNIDENTIFIED_SOURCE_TYPES: tuple[str, ...] = ("person_anonymous", "unnamed_collective", "none")

GENRES: tuple[str, ...] = ("reporting", "opinion", "satire")

FRAMES: tuple[str, ...] = (
    "Economic",
    "Capacity_and_resources",
    "Morality",
    "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence",
    "Policy_prescription_and_evaluation",
    "Crime_and_punishment",
    "Security_and_defense",
    "Health_and_safety",
    "Quality_of_life",
    "Cultural_identity",
    "Public_opinion",
    "Political",
    "External_regulation_and_reputation",
)

TECHNIQUE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "attack_on_reputation": (
        "Name_Calling-Labeling",
        "Guilt_by_Association",
        "Doubt",
        "Appeal_to_Hypocrisy",
        "Questioning_the_Reputation",
    ),
    "justification": (
        "Flag_Waving",
        "Appeal_to_Authority",
        "Appeal_to_Popularity",
        "Appeal_to_Values",
        "Appeal_to_Fear-Prejudice",
    ),
    "simplification": (
        "Causal_Oversimplification",
        "False_Dilemma-No_Choice",
        "Consequential_Oversimplification",
    ),
    "distraction": ("Straw_Man", "Red_Herring", "Whataboutism"),
    "call": ("Slogans", "Conversation_Killer", "Appeal_to_Time"),
    "manipulative_wording": (
        "Loaded_Language",
        "Obfuscation-Vagueness-Confusion",
        "Exaggeration-Minimisation",
        "Repetition",
    ),
}

TECHNIQUES: tuple[str, ...] = tuple(t for group in TECHNIQUE_CATEGORIES.values() for t in group)

CATEGORY_OF: dict[str, str] = {t: c for c, group in TECHNIQUE_CATEGORIES.items() for t in group}

assert len(TECHNIQUES) == 23 and len(set(TECHNIQUES)) == 23
assert len(FRAMES) == 14


def _english_strings() -> dict[str, str]:
    import json
    from pathlib import Path

    # (the web UI's English strings, read as a file: importing newsloupe.web would load the app)
    return json.loads((Path(__file__).parent / "web" / "i18n" / "en.json").read_text(encoding="utf-8"))


_ENGLISH: dict[str, str] = {}


def reader_label(code: str) -> str:
    """A technique's or frame's label as a reader reads it, in English ("Loaded_Language" -> "Loaded language",
    "Security_and_defense" -> "Security and defence"); the SemEval codes stay in JSON."""
    if not _ENGLISH:
        _ENGLISH.update(_english_strings())
    return _ENGLISH.get(f"tech_{code}") or _ENGLISH.get(f"frame_{code}") or code.replace("_", " ")
