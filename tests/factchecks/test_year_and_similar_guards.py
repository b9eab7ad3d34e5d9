"""Near misses told with the claim's own figure of another year or of a similar thing (issue 16, stop 38): a
sentence dated by a year alone that the claim cannot be of, a sentence telling of a similar thing.

Every sentence here is invented."""

from __future__ import annotations

from tests.factchecks.docs import hedged_doc


def test_the_years_a_sentence_dates_what_it_tells_by() -> None:
    from newsloupe.factchecks.match import year_dates

    assert year_dates("Back in 2017 the Orlac fair already drew 80,000 visitors.") == frozenset({2017})
    assert year_dates("En 2017, la foire d'Orlac attirait déjà 80 000 visiteurs.") == frozenset({2017})
    assert year_dates("The fair, which in 2017 drew crowds, is back.") == frozenset({2017})
    assert year_dates("The fair drew 80,000 visitors on 4 May 2017.") == frozenset({2017})
    # a span, a name, a range, an amount or a share is no date
    assert year_dates("Since 2017 the fair has drawn more visitors every year.") == frozenset()
    assert year_dates("The 2017 fair drew 80,000 visitors.") == frozenset()
    assert year_dates("Stalls were let in 2017-2018 at a loss.") == frozenset()
    assert year_dates("A stall at the fair costs £1950 in a good year.") == frozenset()
    # the year a figure is compared with
    assert year_dates("The fair drew more visitors than in 2017.") == frozenset()
    assert year_dates("La foire a attiré plus de monde qu'en 2017.") == frozenset()
    assert year_dates("It beat the previous record set in 2017.") == frozenset()


def test_a_figure_told_of_another_year_is_another_event() -> None:
    from newsloupe.factchecks.match import years_conflict

    dated = "La foire d'Orlac a attiré 80 000 visiteurs en mai"
    assert years_conflict(dated, "Already in 2017, the Orlac fair drew 80,000 visitors.", 2026)
    assert not years_conflict(dated, "En 2026, la foire a attiré 80 000 visiteurs, dit-on.", 2026)
    assert not years_conflict(dated, "In 2025 the fair drew 80,000 visitors, posts say.", 2026)
    assert not years_conflict(dated, "The fair reportedly drew 80,000 visitors in May.", 2026)
    # a claim writing its year: the sentence's year must be one of the claim's
    opened = "The Orlac footbridge opened in 1904"
    assert years_conflict(opened, "The mill beside it was rebuilt in 1911, the plaque says.", 2026)
    assert not years_conflict(opened, "The footbridge is said to have opened in 1904.", 2026)
    # a claim dated by nothing may be of any year: a span counted from a year ("after 120 years", « en 1906 »)
    closing = "The Orlac lifeboat station is to close after 120 years"
    assert not years_conflict(closing, "The station, which opened in 1906, will close, posts say.", 2026)


def test_a_sentence_telling_of_a_similar_thing_states_no_claim() -> None:
    from newsloupe.factchecks.match import Memory, Review, embed, match_analysis, units

    fr = [
        "Un télésiège semblable, dans la vallée voisine, aurait transporté 30 000 skieurs cet hiver.",
        "Le télésiège d'Orlac aurait transporté 30 000 skieurs cet hiver, dit-on.",
    ]
    assert [u.similar for u in units(hedged_doc(fr, "fr"))] == [True, False]
    claim = "The Orlac chairlift carried 30,000 skiers this winter"
    memory = Memory([Review(0, "https://fictional.example/orlac-chairlift", claim, language="en")], embed([claim]))
    said = "The Orlac chairlift reportedly carried 30,000 skiers this winter."
    assert [m["text"] for m in match_analysis(hedged_doc([said], "en", published="2026-03-01"), memory)] == [said]
    other = "A similar chairlift near Orlac reportedly carried 30,000 skiers this winter too."
    assert match_analysis(hedged_doc([other], "en", published="2026-03-01"), memory) == []


def test_a_similar_word_beside_a_relay_noun_or_a_comparison_is_no_other_thing() -> None:
    """Review fixes of stop 38 (fixa38): "similar posts claim" relays the same claim; "comparable to" compares."""
    from newsloupe.factchecks.match import Memory, Review, embed, match_analysis, units

    fr = [
        "Des publications similaires affirment que le pont de Varsel aurait coûté 4 millions d'euros.",
        "Le pont de Varsel aurait coûté 4 millions d'euros, une somme comparable à celle du tunnel.",
        "Un pont pareil aurait coûté 4 millions d'euros à Brenne, dit-on.",
    ]
    assert [u.similar for u in units(hedged_doc(fr, "fr"))] == [False, False, True]
    claim = "The Varsel ferry carried 12,000 cyclists this summer"
    memory = Memory([Review(0, "https://fictional.example/varsel-ferry", claim, language="en")], embed([claim]))
    for said in [
        "Similar messages claim the Varsel ferry carried 12,000 cyclists this summer.",
        "The Varsel ferry reportedly carried 12,000 cyclists this summer, a number comparable to the busiest ports.",
    ]:
        assert [m["text"] for m in match_analysis(hedged_doc([said], "en", published="2026-09-01"), memory)] == [said]


def test_the_year_guard_reads_the_review_s_year_spans_counts_and_french_reported_speech() -> None:
    """Review fixes of stop 38 (fixa38), each refused a correct link before."""
    from newsloupe.factchecks.match import Memory, Review, embed, match_analysis, year_dates, years_conflict

    # a count is no year; a French "que" of reported speech is no comparison
    assert year_dates("Mould was reportedly found in 1850 flats across Varsel.") == frozenset()
    assert year_dates("Le préfet assure que le marché a attiré 9 000 clients en 2021.") == frozenset({2021})
    assert year_dates("Le préfet a affirmé qu'en 2021 le marché avait attiré 9 000 clients.") == frozenset({2021})
    assert year_dates("Le marché a attiré moins de clients qu'en 2021.") == frozenset()
    # the claim's span starting year is left out, as a sentence's is
    assert not years_conflict(
        "Thefts of bicycles in Varsel have tripled since 2016",
        "In 2025, thefts of bicycles were three times as many.",
        2026,
    )
    assert not years_conflict("Varsel's budget rose from 2016 to 2020", "In 2025 the budget rose, it is said.", 2026)
    # a claim dated by a month alone is of its review's year, not the article's
    claim = "The Varsel market drew 9,000 shoppers in October"
    review = Review(0, "https://fictional.example/varsel-market", claim, language="en", review_date="2022-11-03")
    memory = Memory([review], embed([claim]))
    said = "Posts claim that in 2022 the Varsel market drew 9,000 shoppers in October."
    assert [m["text"] for m in match_analysis(hedged_doc([said], "en", published="2026-03-01"), memory)] == [said]
    assert years_conflict(claim, "In 2015 the Varsel market drew 9,000 shoppers in October, posts say.", 2022)
