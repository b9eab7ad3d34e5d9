"""Label sets of SemEval-2023 Task 3: genres, frames, techniques and their categories.

The strings are the task's exact label strings. Categories follow the task
paper's six groups of the 23 techniques.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "it", "pl", "ru")

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

CATEGORIES: dict[str, tuple[str, ...]] = {
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

TECHNIQUES: tuple[str, ...] = tuple(t for group in CATEGORIES.values() for t in group)

CATEGORY_OF: dict[str, str] = {t: c for c, group in CATEGORIES.items() for t in group}

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

assert len(TECHNIQUES) == 23 and len(set(TECHNIQUES)) == 23
assert len(FRAMES) == 14
