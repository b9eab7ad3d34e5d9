"""Figures told loosely (issue 16, stop 50, fc50), from heldout30's misses and measured on the thirty other sets: a
bound on a round figure from ten says a count up to twice it ("well over a century" for 129 years, « moins d'une
dizaine » for 8), "more than a thousand" and « une bonne dizaine » are bounds, a decade written in English words
("the early nineteen-thirties", "the mid-seventies") tells the claim's year, and so does a decade for a year the claim
starts a span from ("since 1932"). The near misses beside them stay apart: a count past twice the bound or on its
wrong side, another decade, an age ("in her thirties").

Every sentence here is invented."""

from __future__ import annotations

from newsloupe.factchecks.match import relative_years, years_told
from newsloupe.factchecks.quantities import compare, figures, years_ago, years_agree


def test_a_bound_on_a_round_figure_from_ten_says_up_to_twice_it() -> None:
    painters = figures("Ottoline Brask has trained 8 glass painters")
    assert compare(painters, figures("Moins d'une dizaine de peintres ont appris auprès d'elle.")) == (1.0, False)
    assert compare(figures("Ottoline Brask has trained 3 glass painters"), figures("Moins d'une dizaine.")) == (
        0.0,
        True,
    )
    assert compare(figures("Ottoline Brask has trained 12 glass painters"), figures("Moins d'une dizaine.")) == (
        0.0,
        True,
    )
    moulds = figures("L'atelier Quenneval possède 1 200 moules")
    more = figures("On the shelves sit more than a thousand different moulds.")
    assert more.at_least == {1000.0}
    assert compare(moulds, more) == (1.0, False)
    assert compare(figures("L'atelier Quenneval possède 2 500 moules"), more) == (0.0, True)
    assert figures("There were less than a hundred of them.").at_most == {100.0}
    # "over 900" is still no 1,200: only powers of ten are round enough
    assert compare(figures("1 200 personnes sont venues."), figures("More than 900 people came.")) == (0.0, True)


def test_a_good_ten_is_a_lower_bound() -> None:
    good = figures("Les commandes partent vers une bonne dizaine de pays.")
    assert good.at_least == {10.0}
    assert compare(figures("Brask toys are exported to 12 countries"), good) == (1.0, False)
    assert compare(figures("Brask toys are exported to 8 countries"), good) == (0.0, True)


def test_well_over_a_century_for_a_year_counted_back() -> None:
    claim = "Une équipe de sonneurs de Pellerby joue depuis 1897 sur des cloches Brask"
    assert years_agree(
        years_ago(claim, 2026, any_year=True), figures("They have played his bells for well over a century.")
    )
    later = "Une équipe de sonneurs de Pellerby joue depuis 1960 sur des cloches Brask"
    assert not years_agree(years_ago(later, 2026, any_year=True), figures("They have played for well over a century."))


def test_decades_in_english_words() -> None:
    assert relative_years("The plate says the shop has run since the early nineteen-thirties.", 2026) == ((1930, 1939),)
    assert relative_years("The school has been empty since the mid-seventies.", 2026) == ((1970, 1979),)
    assert relative_years("The mayor, in her thirties, opened the fair.", 2026) == ()
    assert years_told("The Brask school closed in 1974", "It has been empty since the mid-seventies.", 2026) == {1974}
    assert years_told("The Brask school closed in 1964", "It has been empty since the mid-seventies.", 2026) == set()
    # a year the claim starts a span from, within the decade the sentence names
    since = "L'atelier Brask de Pellerby existe depuis 1932"
    assert years_told(since, "A brass plate says it has been running since the early nineteen-thirties.", 2026) == {
        1932
    }
    assert years_told(since, "A brass plate says it has been running since the early nineteen-forties.", 2026) == set()


def test_a_round_bound_holds_in_one_unit_only() -> None:
    hours = figures("A salmon fly takes Brask 6 hours to tie")
    assert compare(hours, figures("A simple nymph takes her less than ten minutes.")) == (0.0, True)
    assert compare(hours, figures("A salmon fly takes her less than ten hours.")) == (1.0, False)
