"""How the fact-check matcher reads names, countries, shares, hedges and corrections (stop 26).

Every sentence here is invented for these tests, on invented places and products."""

from __future__ import annotations

from typing import Any

from newsloupe.factchecks.match import (
    FEATURES,
    Candidate,
    MatcherModel,
    Unit,
    _name_found,
    _stems,
    _with_countries,
    names,
    select,
    units,
)
from newsloupe.factchecks.quantities import compare, figures
from newsloupe.stories.keys import fold


def test_a_name_after_an_elided_article_is_a_name() -> None:
    # "d'Ormandel", "l'Vexiril" were one lower-case word: the claim named nothing, the article neither
    assert names("Les bains d'Ormandel ferment à cause de l'Vexiril répandu dans le bassin") == ["orman", "vexir"]
    stems = _stems(fold("Les éleveurs ont reçu l'Quorvane la semaine dernière."))
    assert "quorv" in stems and "l'quo" in stems


def test_months_and_days_are_no_names_and_nations_are_countries() -> None:
    assert names("The ferry to Pellbridge will stop on Sundays from October") == ["pellb"]
    assert names("Le marché de Brosque rouvrira en Septembre") == ["brosq"]
    # read after an elision, "l'État" and "l'Union" are institutions, not what a claim is about
    assert names("Le port de Brosque recevra une aide de l'État et de l'Union européenne") == ["brosq"]
    # England is no country of the list but broad context like one; a nation is found only as itself
    english = _with_countries(_stems(fold("Teachers across England were told on Monday.")))
    assert _name_found("engla", english) and not _name_found("scotl", english)


def test_a_country_is_found_in_any_language() -> None:
    french = _with_countries(_stems(fold("La coopérative exporte sa laine vers la Norvège et l'Islande.")))
    assert _name_found("norwa", french) and _name_found("icela", french)  # "Norway", "Iceland" in a claim
    assert not _name_found("finla", french)
    assert _name_found("lainé", {"lainé"})  # any other stem: as it is


def test_shares_in_words_or_approximate_agree_within_four_points() -> None:
    # a share in words is a rounding: "nearly a quarter" states 28 %, "trois sur cinq" 62 %
    assert compare(figures("28 % of the orchards of Dunmarsh were abandoned"), figures("nearly a quarter of them")) == (
        1.0,
        False,
    )
    assert compare(figures("62 % des coopérateurs ont voté contre"), figures("trois coopérateurs sur cinq")) == (
        1.0,
        False,
    )
    assert compare(figures("62 % des coopérateurs"), figures("près de 60 % des coopérateurs"))[1] is False
    # digits stay exact, and words farther than four points still contradict
    assert compare(figures("28 % of the orchards"), figures("31 % of the orchards"))[1]
    assert compare(figures("80 % des ruches"), figures("neuf ruches sur dix"))[1]
    assert compare(figures("25 % of the nets"), figures("a third of the nets"))[1]


def test_divided_by_a_number_is_a_share() -> None:
    assert figures("La récolte de noix aurait été divisée par trois en un an").shares == {0.333}
    assert not figures("La récolte de noix aurait été divisée par trois en un an").counts
    assert compare(figures("The walnut harvest fell by half"), figures("la récolte a été divisée par deux")) == (
        1.0,
        False,
    )
    assert figures("Ticket sales in Corvelle were halved").shares == {0.5}


def test_a_denominator_after_an_article_is_a_share() -> None:
    assert figures("Rents in Corvelle have risen by a fifth").shares == {0.2}
    assert compare(figures("Les loyers de Corvelle ont augmenté de 20 %"), figures("rents rose by a fifth")) == (
        1.0,
        False,
    )
    assert not figures("The Corvelle regatta was held for the fifth time")  # an ordinal, no share


def _doc(sentence: str, lang: str) -> dict[str, Any]:
    return {
        "text": sentence,
        "language": lang,
        "spans": {"sentences": [{"start": 0, "end": len(sentence), "label": "body"}], "contents": []},
    }


def test_story_has_it_and_on_raconte_relay_a_claim() -> None:
    english = "Another story has it that the Pellbridge ferry will be sold to a cruise company."
    french = "On raconte que le moulin de Brosque serait vendu à une chaîne d'hôtels."
    plain = "The ferry to Pellbridge left the harbour on time this morning with its usual crew."
    assert [u.reported for u in units(_doc(english, "en"))] == [True]
    assert [u.reported for u in units(_doc(french, "fr"))] == [True]
    assert units(_doc(plain, "en")) == []  # neither relayed nor carrying a figure: no claim to match


def test_an_unreported_denial_is_a_correction_and_never_a_match() -> None:
    # a verifier that takes every pair: only the rules decide
    model = MatcherModel(tuple(0.0 for _ in FEATURES), 5.0, 0.35, tuple(0.0 for _ in FEATURES), (1.0,) * len(FEATURES))
    denial, reported = FEATURES.index("denial"), FEATURES.index("reported")

    def cand(start: int, review: int, *, denies: bool, relayed: bool) -> Candidate:
        feats = [0.5] * len(FEATURES)
        feats[FEATURES.index("figures_contradict")] = 0.0
        feats[FEATURES.index("names_article")] = 1.0
        feats[denial], feats[reported] = float(denies), float(relayed)
        return Candidate(Unit(start, start + 10, "x" * 10, "x" * 10, False, relayed), review, feats)

    correction = cand(0, 1, denies=True, relayed=False)  # "In fact, only two piers were closed."
    relayed_denial = cand(20, 2, denies=True, relayed=True)  # "a charge the harbour master denies"
    claim = cand(40, 3, denies=False, relayed=True)
    kept = select([correction, relayed_denial, claim], model)
    assert [c.review for c in kept] == [2, 3]
