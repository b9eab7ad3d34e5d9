"""Fact-check polarity guard at stop 42 (fixb42, a new user's A1): « ne peut ni ne doit », « ni … ni » and
"neither … nor" negate the claim's word. Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks.match import negates_claim


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "La présidente Valdine a déclaré que la Corlande doit remporter ce conflit naval",
            "« La Corlande ne peut ni ne doit remporter ce conflit naval », a tranché la présidente Valdine.",
        ),
        ("Le maire de Varnel a fermé l'école", "Le maire de Varnel n'a ni fermé ni vendu l'école."),
        ("Varnel et Lindow veulent céder le pont", "Ni Varnel ni Lindow ne veulent céder le pont."),
        ("The Corlande army can win the war", "The Corlande army can neither win nor lose the war."),
    ],
)
def test_ni_ni_negates_the_claims_word(claim: str, sentence: str) -> None:
    assert negates_claim(claim, sentence)


def test_ni_ni_in_a_sentence_stating_the_claim_is_no_negation() -> None:
    claim = "La Corlande doit remporter ce conflit naval"
    assert not negates_claim(claim, "La présidente Valdine a répété que la Corlande doit remporter ce conflit naval.")
