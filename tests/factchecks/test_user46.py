"""The stop-46 user's fact-check faults (issue 16, stop 46, fixfc46): a claim about one county matched a sentence about
another, since "County" counted as one of the claim's names and the sentence wrote it too.

A word that says what kind of place a name is ("County", "City", "State", « Région ») names no place alone
(``place_type_words``): the claim's own name must be found. Every sentence here is invented."""

from __future__ import annotations

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, candidates, embed
from tests.factchecks.docs import ALWAYS, body_doc

CLAIM = "Thousands of non-citizens are registered to vote in Harrowdale County"


def _memory(claim: str = CLAIM) -> Memory:
    return Memory([Review(0, "https://fictional.example/county", claim, language="en")], embed([claim]))


def test_a_place_type_word_is_no_name_of_the_claim() -> None:
    assert match.names(CLAIM) == ["harro"]
    assert match.names("The mayor of Quellford City says Ashby State will close") == ["quell", "ashby"]


def test_another_county_is_another_place() -> None:
    other = "Thousands of non-citizens are registered to vote in Pellmoor County, a lawsuit says."
    (c,) = candidates(body_doc([other], "en"), _memory(), min_similarity=-1)
    assert c.elsewhere and match.refusal(c) == "the claim names people, towns or products the sentence does not"
    assert match.select([c], ALWAYS) == []
    (hit,) = match.search(other, _memory())
    assert not hit["match"]


def test_the_same_county_still_matches() -> None:
    same = "Thousands of non-citizens are registered to vote in Harrowdale County, a lawsuit says."
    (c,) = candidates(body_doc([same], "en"), _memory(), min_similarity=-1)
    assert not c.elsewhere and match.refusal(c) is None
    assert [k.unit.text for k in match.select([c], ALWAYS)] == [same]
