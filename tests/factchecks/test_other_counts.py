"""A claim's thing counted otherwise (issue 16, stop 42, fc42): on real news a review about the article's own people
met a sentence that gives its date and names and counts the same thing otherwise ("30 migrants" for a claim of 300):
another event, refused in matching, `factchecks search` and `analyze --db` (they share `refused()`).

Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, candidates, embed, other_counts
from tests.factchecks.docs import ALWAYS, body_doc

CLAIM_FR = "Le 5 août 2020, la garde côtière de Veldrane a refoulé 300 migrants vers Ostrelle."
CLAIM_EN = "The Orrick paper mill cut 120 jobs in March."


@pytest.mark.parametrize(
    ("claim", "sentence", "refused"),
    [
        # the near miss: the same date and names, the thing counted otherwise
        (
            CLAIM_FR,
            "Le 5 août 2020, les garde-côtes de Veldrane ont remorqué un canot de 30 migrants vers Ostrelle.",
            True,
        ),
        (CLAIM_EN, "The Orrick paper mill, which employs 400 people, cut 60 jobs in March.", True),
        # across languages: the noun's stem is the same
        (
            "The Veldrane coastguard pushed 300 migrants back to Ostrelle.",
            "Les garde-côtes ont refoulé 45 migrants.",
            True,
        ),
        # the claim told: the same count, written apart, rough, or beside other counts of the thing
        (CLAIM_FR, "Le 5 août 2020, les garde-côtes de Veldrane ont renvoyé 300 migrants vers Ostrelle.", False),
        (CLAIM_FR, "Ce jour-là, près de 300 migrants ont été refoulés vers Ostrelle par Veldrane.", False),
        ("The Veldrane coastguard pushed 300 migrants back to Ostrelle.", "Some 280 migrants were turned back.", False),
        (CLAIM_EN, "The Orrick mill shed 120 jobs in March, with 40 jobs more to go by the spring.", False),
        # nothing counted by the same noun: the figures' own features weigh it
        (CLAIM_EN, "The Orrick mill let 120 workers go in March.", False),
        (CLAIM_EN, "The Orrick paper mill, open since 1931, cut its staff in March.", False),
    ],
)
def test_the_claims_thing_counted_otherwise(claim: str, sentence: str, refused: bool) -> None:
    assert other_counts(claim, sentence) is refused, sentence


def test_a_count_of_another_event_is_no_match_and_the_claim_told_is_kept() -> None:
    """The guard in matching: the near miss is refused whatever the verifier says, the paraphrase is matched."""
    memory = Memory([Review(0, "https://fictional.example/0", CLAIM_FR)], embed([CLAIM_FR]))
    other = "Le 5 août 2020, les garde-côtes de Veldrane ont remorqué un canot de 30 migrants vers Ostrelle."
    told = "Le 5 août 2020, les garde-côtes de Veldrane ont renvoyé 300 migrants vers Ostrelle, selon un rapport."
    got = {c.unit.text: c.other_count for c in candidates(body_doc([other, told], "fr"), memory, min_similarity=-1)}
    assert got == {other: True, told: False}
    assert match.refusal(next(c for c in candidates(body_doc([other], "fr"), memory, min_similarity=-1))) == (
        "it counts the claim's thing otherwise"
    )
    kept = match.select(candidates(body_doc([other, told], "fr"), memory, min_similarity=-1), ALWAYS)
    assert [c.unit.text for c in kept] == [told]
