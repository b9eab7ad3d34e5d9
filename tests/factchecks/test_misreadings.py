"""Figures and hedges the fact-check matcher must not read: a bound across units, cents that are a
count, the word "one" beside a small count, "grand" before a noun, halves of a scale, hotel nights,
and a story that "had" something without relaying a claim.

Every sentence here is invented for these tests, on invented places and people."""

from __future__ import annotations

from typing import Any

from newsloupe.factchecks.match import units
from newsloupe.factchecks.quantities import agree_figures, compare, figures


def _doc(sentence: str, lang: str) -> dict[str, Any]:
    return {
        "text": sentence,
        "language": lang,
        "spans": {"sentences": [{"start": 0, "end": len(sentence), "label": "body"}], "contents": []},
    }


def test_a_bound_holds_across_units_of_one_base() -> None:
    """ "plus de deux mois" is no "55 jours": a rough count met in another unit keeps its bound's side."""
    claim = figures("Le chantier du pont de Vasselot a duré plus de deux mois.")
    assert compare(claim, figures("Le chantier du pont de Vasselot a duré 55 jours.")) == (0.0, True)
    assert not agree_figures(claim, figures("Works on the Vasselot bridge lasted 55 days."))
    assert compare(claim, figures("Le chantier a duré 70 jours.")) == (1.0, False)  # on the bound's side
    english = figures("The works on the Vasselot bridge lasted more than two months.")
    assert compare(english, figures("They lasted 55 days."))[1]
    assert compare(figures("La réunion a duré moins de deux heures."), figures("Elle a duré 130 minutes."))[1]
    # an approximation without a bound still meets the other unit within 15 %
    assert agree_figures(figures("Il reste une vingtaine de jours."), figures("Three weeks are left."))


def test_cents_before_another_word_are_a_count_of_their_own() -> None:
    """ "10 euros 50 personnes" is 10 euros and 50 people, not 10.50 euros; cents named or before a
    listed word ("de plus", "a month") or punctuation are still read."""
    fr = figures("Le billet pour Morlanges coûte 10 euros 50 personnes l'ont déjà acheté.")
    assert fr.kinds == frozenset({(10.0, "EUR"), (50.0, "")})
    assert not agree_figures(fr, figures("Le billet pour Morlanges coûte 10,50 euros."))
    en = figures("The Morlanges ticket cost 20 dollars 15 people bought it.")
    assert (20.0, "USD") in en.kinds and (15.0, "") in en.kinds
    assert figures("Le billet coûte deux euros quarante de plus.").kinds == frozenset({(2.4, "EUR")})
    assert figures("The pass costs two euros forty a month.").kinds == frozenset({(2.4, "EUR")})
    assert figures("Le billet coûte 10 euros 50.").kinds == frozenset({(10.5, "EUR")})
    # the cents named after them: one amount
    assert figures("Le ticket de Morlanges coûte 3 euros 20 centimes.").kinds == frozenset({(3.2, "EUR")})
    assert agree_figures(figures("The Morlanges ticket costs 3 dollars 20 cents."), figures("It costs $3.20."))


def test_the_word_one_contradicts_a_small_count_and_one_of_contradicts_nothing() -> None:
    """ "one person died" contradicts "three people died"; "one account" is no claim's 48 million and
    "one of the three" contradicts nothing."""
    three = figures("Three people died in the fire at the Brellan sawmill.")
    assert compare(three, figures("One person died in the fire at the Brellan sawmill.")) == (0.0, True)
    assert compare(three, figures("Only one person died in the fire.")) == (0.0, True)
    big = figures("The Brellan sawmill fire destroyed 48 million matches.")
    assert not compare(big, figures("One account said the fire started at night."))[1]
    assert not compare(figures("Two suspects were arrested."), figures("One of the suspects was arrested."))[1]
    assert agree_figures(figures("One of the suspects was arrested."), figures("L'un des suspects a été arrêté."))


def test_grand_before_a_noun_is_no_thousand() -> None:
    """ "two grand pianos" is two pianos; "five grand a year" and "five grand." are 5,000."""
    assert figures("The Cordell school bought two grand pianos.").kinds == frozenset({(2.0, "")})
    slam = figures("Mira Tolland won one grand slam title in 2019.")
    assert slam.counts == frozenset({1.0}) and not agree_figures(slam, figures("She won 1,000 titles."))
    assert figures("He earned five grand last year.").counts == frozenset({5000.0})
    assert figures("The repairs cost him ten grand.").counts == frozenset({10000.0})
    assert figures("Cordell pays its wardens forty grand a year.").counts == frozenset({40000.0})


def test_a_half_of_a_scale_and_named_cents_are_one_amount() -> None:
    """ "deux millions et demi" and "two and a half million" are 2.5 million, as "2,5 millions"."""
    claim = figures("La région de Saverle compte 2,5 millions d'habitants.")
    assert compare(claim, figures("La région de Saverle compte deux millions et demi d'habitants.")) == (1.0, False)
    assert compare(claim, figures("The Saverle region has two and a half million people.")) == (1.0, False)
    assert figures("The drive to Saverle takes two and a half hours.").kinds == frozenset({(2.5, "hour")})
    assert compare(claim, figures("The Saverle region has half a million people."))[1]


def test_hotel_nights_are_no_duration() -> None:
    """ "120 nuitées" counts nights sold, no time: it neither meets nor misses "quatre mois"."""
    nights = figures("L'hôtel du Vieux Saule a enregistré 120 nuitées en janvier.")
    assert nights.kinds == frozenset({(120.0, "")})
    assert not agree_figures(nights, figures("Le chantier de l'hôtel a duré quatre mois."))


def test_a_story_had_relays_a_claim_only_as_had_someone_doing() -> None:
    """ "One post had the mill cutting its oil" relays a claim; "the bank account had 2,500 dollars",
    "the border post had been closed", "the story had a happy ending" do not."""
    for plain in (
        "The Harlow Street bank account had 2,500 dollars in it.",
        "The border post at Karvel had been closed for a week with 3 guards.",
        "The new version of the app had 12 fewer bugs.",
    ):
        got = units(_doc(plain, "en"))
        assert [u.reported for u in got] == [False], plain  # a figure, but no relayed claim
    assert units(_doc("The story of the Karvel mill had a happy ending after all.", "en")) == []
    relayed = "One post, shared by a bakers' page, had the Karvel mill cutting its oil with water."
    assert [u.reported for u in units(_doc(relayed, "en"))] == [True]


def test_digits_grouped_by_thousands_are_no_year() -> None:
    """ "2,000 dollars" and « 2 000 euros » are amounts (a year is never written with a separator);
    "en 2020" stays a year, no figure."""
    assert figures("The Brackley parish fund held 2,000 dollars.").kinds == frozenset({(2000.0, "USD")})
    assert figures("La cagnotte de Vernoulet contenait 2 000 euros.").kinds == frozenset({(2000.0, "EUR")})
    assert figures("La salle des fêtes de Vernoulet a ouvert en 2020.").counts == frozenset()
    assert agree_figures(figures("2,000 people marched in Brackley."), figures("Deux mille personnes ont défilé."))
