"""Two things a true paraphrase does that the matcher missed (issue 16, stop 44, fc44), from heldout24's misses
and measured on the other sets: a claim's year counted back roughly ("about 170 years old" for "planted in 1854"),
and a sentence that presents or advertises a claim ("presents itself as", « se présente comme », "advertises",
"a story … that"). The near misses beside them stay refused: a count of years too far off.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, candidates, embed, units
from newsloupe.factchecks.quantities import figures, years_ago, years_agree
from tests.factchecks.docs import hedged_doc

CLAIM = "The mulberry trees of the Pellow silk farm were planted in 1854"


@pytest.mark.parametrize(
    ("sentence", "agrees"),
    [
        ("The tall trees on the terrace are about 170 years old.", True),
        ("Les grands arbres de la terrasse ont à peu près cent soixante-dix ans.", True),
        ("The trees have stood on the terrace for nearly two hundred years.", True),
        ("The trees on the terrace are 172 years old.", True),
        # the near misses: a count of years too far off, or exact and not the claim's
        ("The tall trees on the terrace are about 120 years old.", False),
        ("The trees on the terrace are 170 years old.", False),
    ],
)
def test_a_claims_year_counted_back_agrees_roughly(sentence: str, agrees: bool) -> None:
    assert years_agree(years_ago(CLAIM, 2026, any_year=True), figures(sentence)) is agrees, sentence


def test_no_figures_no_agreement() -> None:
    assert not years_agree(None, figures("The trees are about 170 years old."))
    assert not years_agree(years_ago(CLAIM, 2026, any_year=True), None)


def test_the_rough_count_of_years_is_no_longer_other_figures() -> None:
    """In matching: the paraphrase's rough age is no longer refused as other figures; a count far off still is."""
    memory = Memory([Review(0, "https://fictional.example/0", CLAIM)], embed([CLAIM]))
    kept = "The mulberry trees at Pellow are said to be about 170 years old."
    other = "The mulberry trees at Pellow are said to be about 120 years old."
    doc = hedged_doc([kept, other], "en", published="2026-04-10")
    why = {c.unit.text: match.refusal(c) for c in candidates(doc, memory, min_similarity=-1) if c.review == 0}
    assert why == {kept: None, other: "other figures than the claim's"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The farm presents itself as the last of its kind in the country.", "en"),
        ("The farm's brochure advertises a guarantee that lasts a lifetime.", "en"),
        ("The mill bills itself as the oldest still working anywhere.", "en"),
        ("She wanted to put an end to a story shared online that the shop had been closed by inspectors.", "en"),
        ("Le panneau présente l'endroit comme le dernier élevage du pays encore en activité.", "fr"),
        ("Le moulin se présente comme le plus ancien encore en activité.", "fr"),
        ("La maison vante une garantie valable toute la vie de l'acheteur.", "fr"),
    ],
)
def test_a_sentence_that_presents_or_advertises_a_claim_carries_one(sentence: str, lang: str) -> None:
    assert [u.text for u in units(hedged_doc([sentence], lang, hedged=False))] == [sentence]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The farm opened its doors to visitors again this week.", "en"),
        ("The story of the farm goes back to a family of weavers.", "en"),
        ("La ferme a rouvert ses portes aux visiteurs cette semaine.", "fr"),
    ],
)
def test_a_plain_sentence_carries_none(sentence: str, lang: str) -> None:
    assert units(hedged_doc([sentence], lang, hedged=False)) == []
