"""The polarity guard (a new user's fault A4, stop 40): a sentence that denies or negates a reviewed claim
("found no evidence that …", "denied that …", « rien ne prouve que … ») states the opposite claim, not the
claim, and is no match in `factchecks match`, `factchecks search` or `analyze --db` (they share `refused()`).

Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, candidates, embed, polarity_frames
from tests.factchecks.docs import ALWAYS, body_doc

CLAIM_EN = "The Quorlin inquiry proved that Mayor Dafton rigged the Bellmoor tender"
CLAIM_FR = "Le pont de Vasselac va être fermé aux voitures tout l'hiver"


def _memory(claims: list[str]) -> Memory:
    return Memory([Review(i, f"https://fictional.example/{i}", c) for i, c in enumerate(claims)], embed(claims))


@pytest.mark.parametrize(
    ("sentence", "flips"),
    [
        ("The Quorlin inquiry found no evidence that Mayor Dafton rigged the Bellmoor tender.", True),
        ("Mayor Dafton denied that he rigged the Bellmoor tender.", True),
        ("Nothing suggests that the Bellmoor tender was rigged.", True),
        ("Le préfet a démenti que le pont de Vasselac serait fermé tout l'hiver.", True),
        ("Rien ne prouve que le pont de Vasselac sera fermé aux voitures.", True),
        ("Il n'existe aucune preuve que le pont de Vasselac fermera cet hiver.", True),
        # the claim itself, said or relayed
        ("The Quorlin inquiry proved that Mayor Dafton rigged the Bellmoor tender.", False),
        ("Le pont de Vasselac serait fermé aux voitures tout l'hiver, selon des riverains.", False),
        # a denial that relays the claim going round: the claim is told
        ("The council denies that it rigged the Bellmoor tender, a rumour that has circulated for weeks.", False),
        # a frame after the claim, past a cut: the claim is told
        ("One page claims the tender was rigged, something the auditor says she saw no sign of.", False),
        ("Posts claim the mayor rigged the tender, but the council denied that yesterday.", False),
    ],
)
def test_what_denies_or_negates_a_claim(sentence: str, flips: bool) -> None:
    assert polarity_frames(sentence) is flips, sentence


def test_a_denied_claim_is_no_match_in_matching_or_search() -> None:
    """The opposite claim is refused whatever the verifier says (`select` and `search` through `refused`);
    the sentence that states the claim still matches, and a claim that is itself a denial is matched by a
    sentence that writes the same denial."""
    memory = _memory([CLAIM_EN, "There is no evidence that the Orlen dam leaks"])
    said = "The Quorlin inquiry proved that Mayor Dafton rigged the Bellmoor tender, a councillor said."
    denied = "The Quorlin inquiry found no evidence that Mayor Dafton rigged the Bellmoor tender."
    dam = "Engineers found no evidence that the Orlen dam leaks, the agency said."
    got = {
        (c.unit.text, c.review): c.flipped
        for c in candidates(body_doc([said, denied, dam], "en"), memory, min_similarity=-1)
    }
    assert got[(denied, 0)] is True and got[(said, 0)] is False
    assert got[(dam, 1)] is False  # the claim is a denial itself: the same polarity
    kept = match.select(candidates(body_doc([denied], "en"), memory, min_similarity=-1), ALWAYS)
    assert all(c.review != 0 for c in kept)
    kept = match.select(candidates(body_doc([said], "en"), memory, min_similarity=-1), ALWAYS)
    assert [c.review for c in kept] == [0]
    hits = {h["claim_reviewed"]: h["match"] for h in match.search(denied, memory, lang="en")}
    assert hits[CLAIM_EN] is False


def test_a_french_denial_is_no_match_in_search() -> None:
    memory = _memory([CLAIM_FR, "La piscine de Morvelle rouvrira en juin"])
    denied = "Le préfet a démenti que le pont de Vasselac serait fermé aux voitures tout l'hiver."
    hits = {h["claim_reviewed"]: h["match"] for h in match.search(denied, memory, lang="fr")}
    assert hits[CLAIM_FR] is False
    got = [c for c in candidates(body_doc([denied], "fr"), memory, min_similarity=-1) if c.review == 0]
    assert got and all(c.flipped for c in got)


@pytest.mark.parametrize(
    ("claim", "sentence", "flips"),
    [
        # a new user's fault (stop 41): the negated verb of the claim
        (
            "Inspector Marlow recommended new charges against the Quorlin board",
            "Inspector Marlow will not recommend any more charges, the office said.",
            True,
        ),
        (
            "The Bellmoor mayor closed the Orlen school",
            "The Bellmoor mayor didn't close the Orlen school, his office insists.",
            True,
        ),
        (
            "Le maire de Vasselac a fermé l'école des Tilleuls",
            "Le maire de Vasselac n'a pas fermé l'école des Tilleuls, assure son cabinet.",
            True,
        ),
        (
            "Le pont de Vasselac va être fermé aux voitures tout l'hiver",
            "Le pont de Vasselac ne sera jamais fermé aux voitures, promet le département.",
            True,
        ),
        # the claim is itself negated: the same polarity
        (
            "The Hatherfield players have not been paid since May",
            "The Hatherfield players have not been paid since May, the trust says.",
            False,
        ),
        # a paraphrase negates other words than the claim's: no opposite
        (
            "The Orlen line will open five years late",
            "The first trains will not carry passengers before 2033, a manager says.",
            False,
        ),
        (
            "Les propriétaires de piscines échappent aux restrictions à Vasselac",
            "Les propriétaires de piscines ne seraient pas concernés par les interdictions.",
            False,
        ),
        # the claim stated plainly
        (
            "The Bellmoor mayor closed the Orlen school",
            "The Bellmoor mayor closed the Orlen school without warning, parents say.",
            False,
        ),
    ],
)
def test_a_sentence_that_negates_a_word_the_claim_states(claim: str, sentence: str, flips: bool) -> None:
    assert match.negates_claim(claim, sentence) is flips, sentence


def test_a_negated_claim_is_no_match() -> None:
    """The guard in matching: the candidate is flipped, so `select` keeps no match, whatever the verifier says."""
    claim = "Inspector Marlow recommended new charges against the Quorlin board"
    memory = _memory([claim])
    negated = "Inspector Marlow will not recommend any more charges against the Quorlin board."
    said = "Inspector Marlow recommended new charges against the Quorlin board, a source said."
    got = {c.unit.text: c.flipped for c in candidates(body_doc([negated, said], "en"), memory, min_similarity=-1)}
    assert got == {negated: True, said: False}
    kept = match.select(candidates(body_doc([negated], "en"), memory, min_similarity=-1), ALWAYS)
    assert kept == []
