"""A claim's span start told as a century (issue 16, stop 45, fc45), from heldout25's misses and measured on the
other sets: "run by one family since 1802" stated as « depuis le tout début du XIXe siècle » or "since the last
years of the eighteen-hundreds"; "a fortnight" read as two weeks; a reporting incise or a source phrase that the
attribution rules missed (« dit-il », "according to", "by the maker's reckoning") makes a sentence a claim carrier.
The near misses beside them stay apart: another century, a century the sentence does not start a span from, three
weeks, a plain sentence.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks.match import since_centuries, units, years_told
from newsloupe.factchecks.quantities import agree_figures, figures
from tests.factchecks.docs import hedged_doc

CLAIM = "The Corvel rope works has been run by the same family since 1802"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("La même famille tient la corderie depuis le tout début du XIXe siècle, dit-on.", {1802}),
        ("The same family has run the rope works since the early nineteenth century, they say.", {1802}),
        ("The rope works has reportedly stayed in one family since the start of the eighteen-hundreds.", {1802}),
        # the near misses: another century; a century that starts no span (the claim's start is no year of it)
        ("La même famille tiendrait la corderie depuis la fin du XVIIe siècle.", set()),
        ("The rope works reportedly made sails in the nineteenth century.", set()),
    ],
)
def test_a_claims_span_start_within_the_century_a_sentence_starts_its_span_from(sentence: str, told: set) -> None:
    assert years_told(CLAIM, sentence, 2026) == told, sentence


def test_a_century_starts_a_span_only_after_a_since_word() -> None:
    assert since_centuries("Elle tient la maison depuis le tout début du XIXe siècle.") == ((1800, 1899),)
    assert since_centuries("In business since the last years of the seventeen-hundreds.") == ((1700, 1799),)
    assert since_centuries("The house was built in the nineteenth century.") == ()
    # "from", "between", « entre » also mark an origin or a range: no span start
    assert since_centuries("A painting from the nineteenth century hangs in the hall.") == ()
    assert since_centuries("Visitors from the nineteenth century would not know the hall.") == ()
    assert since_centuries("Le tableau date d’entre le XVIIIe siècle et le XIXe siècle.") == ()
    assert since_centuries("La corderie tourne dès le tout début du XIXe siècle.") == ((1800, 1899),)
    claim = "The Corvel rope works has been open since 1850."
    assert years_told(claim, "A painting from the nineteenth century hangs in the hall.", 2026) == frozenset()


def test_a_year_read_as_a_span_start_elsewhere_is_still_told_by_a_century() -> None:
    # the claim's own year (not a span's start) inside a century, as before
    assert years_told("The Corvel rope works opened in 1802", "It opened in the nineteenth century, they say.", 2026)


@pytest.mark.parametrize(
    ("sentence", "agrees"),
    [
        ("Every batch reportedly simmers for a full fortnight.", True),
        ("Every batch is said to simmer for a fortnight.", True),
        ("Every batch is said to simmer for three weeks.", False),
    ],
)
def test_a_fortnight_is_two_weeks(sentence: str, agrees: bool) -> None:
    claim = figures("Chaque fournée de savon cuit quatorze jours dans un chaudron de cuivre")
    assert agree_figures(claim, figures(sentence)) is agrees, sentence


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("According to the ledger he keeps in a drawer, his grandfather already mended nets here.", "en"),
        ("Most of it goes abroad: by the maker's reckoning, the bulk of his ropes are shipped overseas.", "en"),
        ("The works, she says, has never once changed hands.", "en"),
        ("Sa famille, dit-il, tresse des cordages dans le même village depuis toujours.", "fr"),
        ("La maison, affirme-t-elle, n'a jamais changé de mains.", "fr"),
        ("Selon la plaque vissée sur la porte, la même famille tient la corderie.", "fr"),
        ("On dit aussi, et c'est vrai, que la maison n'utilise que du chanvre.", "fr"),
    ],
)
def test_a_reporting_incise_or_source_phrase_makes_a_claim_carrier(sentence: str, lang: str) -> None:
    assert [u.text for u in units(hedged_doc([sentence], lang, hedged=False))] == [sentence]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The works reopened its doors to visitors on a sunny morning.", "en"),
        ("He said goodbye to the visitors at the gate.", "en"),
        ("La corderie a rouvert ses portes aux visiteurs un matin de printemps.", "fr"),
    ],
)
def test_a_plain_sentence_carries_no_claim(sentence: str, lang: str) -> None:
    assert units(hedged_doc([sentence], lang, hedged=False)) == []
