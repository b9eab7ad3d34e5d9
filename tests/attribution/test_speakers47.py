"""Speakers and source types on unseen real French articles, stop 47 (issue 12): a name credited in parentheses after
an uncued quotation, vague quantifiers before a body noun, collective nouns, clause words the parse hung on a
mention, and the evaluation's reading of a full name followed by its body. Invented text and people."""

from __future__ import annotations

import pytest

from newsloupe.attribution.speaker_match import same_speaker
from tests.attribution.conftest import analyse


def _by_content(text: str, words: str) -> dict:
    _parsed, atts = analyse(text.split("\n\n"), "fr")
    hits = [a for a in atts if any(words in c["text"] for c in a["content"])]
    assert hits, [c["text"] for a in atts for c in a["content"]]
    return hits[0]


def test_a_name_in_parentheses_after_an_uncued_quotation_speaks_it() -> None:
    text = (
        "Le maire a ouvert la séance sous les applaudissements.\n\n"
        "« Nous ne laisserons jamais tomber les habitants de ce quartier » (Paul Verdier)."
    )
    assert _by_content(text, "Nous ne laisserons jamais")["speaker"] == "Paul Verdier"


def test_a_gloss_in_parentheses_after_a_term_is_no_speaker() -> None:
    text = (
        "Le maire a ouvert la séance sous les applaudissements.\n\n"
        "Le programme « Villes, quartiers et voisins » (Clément Roux) est le plus grand jamais lancé."
    )
    _parsed, atts = analyse(text.split("\n\n"), "fr")
    assert all(a["speaker"] != "Clément Roux" for a in atts)


def test_a_vague_quantifier_before_a_body_noun_makes_a_vague_group() -> None:
    text = "Pourtant, de nombreuses associations de locataires affirment que les loyers vont encore monter."
    a = _by_content(text, "les loyers vont encore monter")
    assert a["source_type"] == "unnamed_collective"


def test_a_pronoun_continues_a_vague_group_of_bodies() -> None:
    text = (
        "Les groupes de riverains ont bloqué la route hier.\n\n"
        "Pourtant, de nombreuses associations de pêcheurs du lac restent prudentes. "
        "Elles rappellent que les barrages privent les truites de frayères."
    )
    a = _by_content(text, "les barrages privent les truites de frayères")
    assert a["speaker"] == "de nombreuses associations de pêcheurs du lac"
    assert a["source_type"] == "unnamed_collective"


def test_a_pronoun_continues_a_social_class() -> None:
    text = "La bourgeoisie cosmopolite pense que tout lui est permis. Avec son président, elle croit pouvoir tout oser."
    a = _by_content(text, "pouvoir tout oser")
    assert (a["speaker"], a["source_type"]) == ("La bourgeoisie cosmopolite", "unnamed_collective")


def test_a_number_before_a_body_noun_keeps_the_bodies() -> None:
    text = "Deux associations de locataires affirment que les charges ont doublé."
    assert _by_content(text, "les charges ont doublé")["source_type"] == "organization"


def test_a_social_class_is_a_vague_group() -> None:
    text = "La bourgeoisie cosmopolite pense que tout lui est permis."
    assert _by_content(text, "tout lui est permis")["source_type"] == "unnamed_collective"


def test_clause_words_the_parse_hung_on_a_mention_are_left_out() -> None:
    text = "En 2019, c'est le Conseil départemental qui l'avait invitée à chiffrer ses travaux de voirie."
    assert _by_content(text, "chiffrer ses travaux de voirie")["speaker"] == "le Conseil départemental"


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("Marc Vantrin", "Marc Vantrin du Centre Dorel", True),
        ("Marc Vantrin", "l'avocat de Marc Vantrin", False),
        ("Vantrin", "Vantrin de la société Dorel", False),
        ("les associations de locataires", "de nombreuses associations de locataires", True),
        ("de nombreux analystes", "des analystes", True),
    ],
)
def test_speaker_match_full_name_with_its_body_and_quantifiers(gold: str, pred: str, same: bool) -> None:
    assert same_speaker(gold, pred, "fr") is same
