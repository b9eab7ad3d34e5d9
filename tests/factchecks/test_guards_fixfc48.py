"""The stop-48 user's false matches on real news (issue 16, stop 48, fixfc48): another part of the same counted
whole ("two of the five samples" for "four of the five"), a count whose noun stands after a hyphenated modifier
("17 lab-confirmed cases" against "about 21 cases, 17 deaths"), and a negation spanning two verbs ("has not received
or been told" for "said it had been told"). Each is refused by the guards matching, `factchecks search` and
`analyze --db` share (`other_counts`, `negates_claim`).

Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks.match import counted_things, negated_stems, negates_claim, other_counts, partitive_parts


def test_parts_of_a_counted_whole_are_read_in_words_and_digits() -> None:
    assert partitive_parts("Officials said two of the five wells ran dry.") == ((2.0, 5.0, "wells"),)
    assert partitive_parts("Three out of the 10 ferries were late.") == ((3.0, 10.0, "ferri"),)
    assert partitive_parts("Quatre des cinq puits étaient à sec.") == ((4.0, 5.0, "puits"),)
    # no whole after the part: nothing read
    assert partitive_parts("Two of the wells ran dry.") == ()


@pytest.mark.parametrize(
    ("claim", "sentence", "refused"),
    [
        # another part of the same whole: another finding
        ("Four of the five wells in Parvel ran dry.", "The board said two of the five wells had run dry.", True),
        ("Quatre des cinq puits de Parvel sont à sec.", "Selon la régie, deux des cinq puits sont à sec.", True),
        # across languages, the noun's stem is the same
        ("Four of the five ferries on the Tarne line were late.", "Deux des cinq ferries étaient en retard.", True),
        # the same part, or no part of that whole: not refused by this guard
        ("Four of the five wells in Parvel ran dry.", "The board said four of the five wells had run dry.", False),
        ("Four of the five wells in Parvel ran dry.", "The board said five wells were tested.", False),
        ("Four of the five wells in Parvel ran dry.", "Two of the five ferries were late.", False),
    ],
)
def test_another_part_of_the_same_whole_is_counted_otherwise(claim: str, sentence: str, refused: bool) -> None:
    assert other_counts(claim, sentence) is refused


def test_a_count_behind_a_hyphenated_modifier_counts_its_noun() -> None:
    things = counted_things("Parvel declared the outbreak after 17 lab-confirmed cases.")
    assert [stem for _, stem in things] == ["lab-c", "cases"]
    claim = "Parvel declared the outbreak after 17 lab-confirmed cases."
    # the claim's figure given to another thing, the claim's thing counted otherwise: another event
    assert other_counts(claim, "The clinic reported about 30 cases of fever, including 17 deaths.")
    # the claim's count of cases told
    assert not other_counts(claim, "The clinic reported 17 cases of fever by Friday.")


@pytest.mark.parametrize(
    ("sentence", "stems"),
    [
        ("The ministry has not received or been shown the audit.", {"recei", "shown"}),
        ("The mayor did not sign nor approve the lease.", {"sign", "appro"}),
        ("The mayor didn't sign or approve the lease.", {"sign", "appro"}),
        ("La mairie n'a pas reçu ni été informée du rapport.", {"recu", "infor"}),
        ("Le maire n'a pas signé ou approuvé le bail.", {"signe", "appro"}),
    ],
)
def test_a_negation_governs_both_verbs_it_joins(sentence: str, stems: set[str]) -> None:
    assert stems <= negated_stems(sentence)


def test_a_negation_of_the_second_verb_is_the_opposite_claim() -> None:
    claim = "The ministry said it had been shown the Parvel audit."
    assert negates_claim(claim, "The ministry has not received or been shown the Parvel audit.")
    assert not negates_claim(claim, "The ministry has received and been shown the Parvel audit.")
