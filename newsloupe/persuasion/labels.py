"""Label sets of SemEval-2023 Task 3 (from :mod:`newsloupe.labels`) and their PTC 2020 mapping.

The strings are the task's exact label strings. Categories follow the task
paper's six groups of the 23 techniques.
"""

from __future__ import annotations

from newsloupe.labels import CATEGORY_OF, FRAMES, GENRES, TECHNIQUE_CATEGORIES, TECHNIQUES

LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "it", "pl", "ru")

# The label sets live in newsloupe.labels (one place); re-exported for the persuasion code.
CATEGORIES = TECHNIQUE_CATEGORIES
__all__ = ["CATEGORIES", "CATEGORY_OF", "FRAMES", "GENRES", "KINDS", "LANGUAGES", "PTC_TO_SEMEVAL", "TECHNIQUES"]

# PTC 2020 (SemEval-2020 Task 11) technique names -> SemEval-2023 names, where one
# maps to one. The merged PTC classes ("Whataboutism,Straw_Men,Red_Herring",
# "Bandwagon,Reductio_ad_hitlerum") map to no single 2023 label and are dropped.
PTC_TO_SEMEVAL: dict[str, str] = {
    "Loaded_Language": "Loaded_Language",
    "Name_Calling,Labeling": "Name_Calling-Labeling",
    "Repetition": "Repetition",
    "Exaggeration,Minimisation": "Exaggeration-Minimisation",
    "Doubt": "Doubt",
    "Appeal_to_fear-prejudice": "Appeal_to_Fear-Prejudice",
    "Flag-Waving": "Flag_Waving",
    "Causal_Oversimplification": "Causal_Oversimplification",
    "Slogans": "Slogans",
    "Appeal_to_Authority": "Appeal_to_Authority",
    "Black-and-White_Fallacy": "False_Dilemma-No_Choice",
    "Thought-terminating_Cliches": "Conversation_Killer",
}

# What is trained, evaluated and predicted: paragraph techniques, article frames, article genre.
KINDS = ("techniques", "frames", "genre")
