"""Two figures a true paraphrase gives and the matcher read as other figures (issue 16, stop 43, fc43), from
heldout23's misses: a claim's year told as a century ("the middle of the eighteenth century" for 1760,
« au XVIIIe siècle »), and a share in words a little further than 4 points from the claim's (« près des trois
quarts » for 70 %). The near misses beside them stay refused: another century, a share further off.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from newsloupe.factchecks import match
from newsloupe.factchecks.match import FEATURES, Memory, Review, candidates, embed, relative_years, years_told
from newsloupe.factchecks.quantities import agree_figures, compare, figures
from tests.factchecks.docs import ALWAYS, hedged_doc

CLAIM_YEAR = "The Brannock dovecote was built in 1760"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Locals say the Brannock dovecote went up in the middle of the eighteenth century.", {1760}),
        ("Le pigeonnier de Brannock aurait été bâti vers le milieu du XVIIIe siècle.", {1760}),
        ("Le pigeonnier aurait été élevé au 18e siècle, dit-on.", {1760}),
        ("The dovecote is said to date from the seventeen-hundreds.", {1760}),
        # the near misses: another century
        ("Locals say the Brannock dovecote went up in the late nineteenth century.", set()),
        ("Le pigeonnier de Brannock aurait été bâti au XVIe siècle.", set()),
    ],
)
def test_a_claims_year_told_as_a_century(sentence: str, told: set[int]) -> None:
    assert years_told(CLAIM_YEAR, sentence, 2026) == told, sentence


def test_a_century_needs_no_article_year_and_is_no_decade() -> None:
    assert relative_years("The dovecote went up in the eighteenth century, they say.", None) == ((1700, 1799),)
    assert relative_years("Le pigeonnier daterait du XIXe siècle.", None) == ((1800, 1899),)
    assert relative_years("The dovecote went up in the 1990s, they say.", 2026) == ((1990, 1999),)
    assert relative_years("The dovecote went up in the 1700s, they say.", 2026) == ((1700, 1799),)
    # a sentence that names no century nor decade: nothing
    assert relative_years("The dovecote went up a long time ago, they say.", 2026) == ()


def _features(claim: str, sentence: str, lang: str) -> dict[str, float]:
    memory = Memory([Review(0, "https://fictional.example/0", claim)], embed([claim]))
    got = candidates(hedged_doc([sentence], lang, published="2026-03-02"), memory, min_similarity=-1)
    assert len(got) == 1
    return dict(zip(FEATURES, got[0].features, strict=True))


def test_the_century_is_a_figure_both_give_and_another_century_is_none() -> None:
    """In the candidate's features: the paraphrase's century agrees with the claim's year (it was a sentence
    without a figure, or one whose other count contradicted the claim: "some forty years after the manor burned"),
    another century does not."""
    kept = "Le pigeonnier de Brannock aurait été bâti au milieu du XVIIIe siècle, une quarantaine d'années après."
    assert _features(CLAIM_YEAR, kept, "fr")["figures_agree"] == 1.0
    assert _features(CLAIM_YEAR, kept, "fr")["figures_contradict"] == 0.0
    other = "Le pigeonnier de Brannock aurait été bâti au XVIe siècle, une quarantaine d'années après."
    assert _features(CLAIM_YEAR, other, "fr")["figures_agree"] == 0.0


CLAIM_SHARE = "The Harlowe glassworks sells 70% of its glass abroad"


@pytest.mark.parametrize(
    ("sentence", "agrees"),
    [
        ("Près des trois quarts du verre de Harlowe partiraient à l'étranger.", True),
        ("Nearly three quarters of the glass from Harlowe is said to go abroad.", True),
        ("About two thirds of Harlowe's glass reportedly goes abroad.", True),
        # the near misses: a share in words further off
        ("Half of Harlowe's glass is said to go abroad.", False),
        ("Près de quatre cinquièmes du verre partiraient à l'étranger.", False),
    ],
)
def test_a_share_in_words_agrees_within_five_points(sentence: str, agrees: bool) -> None:
    claim, told = figures(CLAIM_SHARE), figures(sentence)
    assert agree_figures(claim, told) is agrees, sentence
    assert compare(claim, told)[1] is not agrees, sentence  # a contradiction when it does not agree


def test_the_rough_share_is_kept_and_a_share_further_off_still_refused() -> None:
    """In matching: « près des trois quarts » for 70 % is no longer refused as other figures; four fifths is."""
    memory = Memory([Review(0, "https://fictional.example/0", CLAIM_SHARE)], embed([CLAIM_SHARE]))
    kept = "Près des trois quarts du verre de Harlowe partiraient à l'étranger, selon la direction."
    other = "Près de quatre cinquièmes du verre de Harlowe partiraient à l'étranger, selon la direction."
    why = {
        c.unit.text: match.refusal(c)
        for c in candidates(hedged_doc([kept, other], "fr"), memory, min_similarity=-1)
        if c.review == 0
    }
    assert why == {kept: None, other: "other figures than the claim's"}
    assert [c.unit.text for c in match.select(candidates(hedged_doc([kept], "fr"), memory, min_similarity=-1), ALWAYS)]
