"""Fact-check guards at stop 42 (fixb42, a new user's A1): « ne peut ni ne doit » and « ni … ni » negate; an
own-voice question covering little of the claim is no match whatever its score; a sentence in another language
naming none of the claim's names, in an article lacking one, is no match. Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks.match import FEATURES, Candidate, MatcherModel, Unit, negates_claim, refusal, select

# a verifier that calls every pair a match at 0.9: only the guards of matching can refuse one
ALWAYS = MatcherModel((0.0,) * len(FEATURES), 2.2, 0.35, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES))


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "La présidente Valdine a déclaré que la Corlande doit gagner la guerre",
            "« La Corlande ne peut ni ne doit gagner la guerre », a insisté la présidente Valdine.",
        ),
        ("Le maire de Varnel a fermé l'école", "Le maire de Varnel n'a ni fermé ni vendu l'école."),
        ("Varnel et Lindow veulent céder le pont", "Ni Varnel ni Lindow ne veulent céder le pont."),
        ("The Corlande army can win the war", "The Corlande army can neither win nor lose the war."),
    ],
)
def test_ni_ni_negates_the_claims_word(claim: str, sentence: str) -> None:
    assert negates_claim(claim, sentence)


def test_ni_ni_in_a_sentence_stating_the_claim_is_no_negation() -> None:
    claim = "La Corlande doit gagner la guerre"
    assert not negates_claim(claim, "La présidente Valdine a répété que la Corlande doit gagner la guerre.")


def _features(**values: float) -> list[float]:
    feats = [0.0] * len(FEATURES)
    for name, v in values.items():
        feats[FEATURES.index(name)] = v
    return feats


def test_a_question_covering_little_of_the_claim_is_no_match_whatever_its_score() -> None:
    question = "Have you ever heard of a recount in Varnel that gave the Blue party the victory?"
    unit = Unit(0, len(question), question, question, False, True, relayed=True)
    thin = Candidate(unit, 0, _features(coverage_strong=0.33, relayed=1.0))
    assert select([thin], ALWAYS) == [] and refusal(thin) == "a question"
    close = Candidate(unit, 1, _features(coverage_strong=0.8, relayed=1.0))
    assert [c.review for c in select([close], ALWAYS)] == [1]


def test_across_languages_a_sentence_naming_none_of_the_claims_names_is_no_match() -> None:
    sentence = "Le conseil de Varnel accuse l'ancien trésorier de comploter pour revenir au pouvoir."
    unit = Unit(0, len(sentence), sentence, sentence, False, True)
    none = Candidate(unit, 0, _features(cross_language=1.0, names_sentence=0.0, names_missing=0.33, names_article=0.67))
    assert select([none], ALWAYS) == [] and "another language" in (refusal(none) or "")
    named = Candidate(
        unit, 1, _features(cross_language=1.0, names_sentence=0.5, names_missing=0.33, names_article=0.67)
    )
    same = Candidate(unit, 2, _features(cross_language=0.0, names_sentence=0.0, names_missing=0.33, names_article=0.67))
    assert refusal(named) is None and refusal(same) is None
