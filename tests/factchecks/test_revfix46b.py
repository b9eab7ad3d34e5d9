"""Review 46b's fact-check findings (issue 16, stop 46, revfix46b). Every sentence here is invented.

A place-type word that follows a name ("County", "City", "State") is left out of a claim's names only right after a
name that is not a country, or before "of" and a name: "Mexico City", "Kuwait City", "Islamic State" (the sentence's
first word) and "State Department" keep it, so such a claim still names something no country covers. The
figures-and-names cut does not apply to a claim whose only names are countries: real news names them all the time."""

from __future__ import annotations

from newsloupe.factchecks import match
from newsloupe.factchecks.match import FIGURES_NAMED_THRESHOLD, Memory, Review, candidates, cut, embed
from tests.factchecks.docs import body_doc


def _memory(claim: str) -> Memory:
    return Memory([Review(0, "https://fictional.example/claim", claim, language="en")], embed([claim]))


def test_a_type_word_after_a_country_or_a_first_word_stays_a_name() -> None:
    assert match.names("Kuwait City recorded 52 degrees in July") == ["city"]
    assert match.names("Bags were banned in Mexico City in 2020") == ["mexic", "city"]
    assert match.names("Islamic State claimed the attack on the Varnel market") == ["state", "varne"]
    assert match.names("The State Department closed the Quellford office") == ["state", "depar", "quell"]


def test_a_type_word_after_a_local_name_or_before_of_is_still_left_out() -> None:
    assert match.names("Thousands vote in Harrowdale County every year") == ["harro"]
    assert match.names("Thousands vote in the County of Harrowdale every year") == ["harro"]
    assert match.names("The mayor of Quellford City says Ashby State will close") == ["quell", "ashby"]


def test_a_capital_named_after_its_country_is_elsewhere_in_another_town() -> None:
    claim = "Kuwait City recorded 52 degrees in July"
    article = ["Jahra lies west of the capital.", "Jahra recorded 52 degrees in July, the weather office said."]
    cands = candidates(body_doc(article, "en"), _memory(claim), min_similarity=-1)
    assert cands
    assert all(c.elsewhere for c in cands)
    assert match.refusal(cands[-1]) == "the claim names people, towns or products the sentence does not"


def _both(claim: str, sentence: str) -> match.Candidate:
    (c,) = candidates(body_doc([sentence], "en"), _memory(claim), min_similarity=-1)
    return c


def test_the_figures_and_names_cut_needs_a_name_that_is_no_country() -> None:
    country = _both(
        "Forty thousand tourists visited Portugal in 2024",
        "The museum in Portugal sold 40,000 tickets in 2024, its director said.",
    )
    assert country.context_only
    g = country.features
    assert g[match.FEATURES.index("figures_cover")] >= 0.999 and g[match.FEATURES.index("names_article")] >= 0.999
    assert cut(country, 0.35) == 0.35
    local = _both(
        "Forty thousand tourists visited Velmora in 2024",
        "The museum in Velmora sold 40,000 tickets in 2024, its director said.",
    )
    assert not local.context_only
    f = local.features
    assert f[match.FEATURES.index("figures_cover")] >= 0.999 and f[match.FEATURES.index("names_article")] >= 0.999
    assert cut(local, 0.35) == FIGURES_NAMED_THRESHOLD
