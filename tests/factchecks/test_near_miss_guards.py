"""Near misses told with the claim's own figure, month or subject (issue 16, stop 37): a figure moved the other
way, another month or year, a part of the claim granted in a confirming voice; a claim's year counted back from
the article's; a compound name keyed by its distinctive part.

Every sentence here is invented."""

from __future__ import annotations

from tests.factchecks.docs import hedged_doc


def test_a_figure_moved_the_other_way_is_another_event_in_either_language() -> None:
    from newsloupe.factchecks.match import directed_figures, directions_conflict

    claim = "Ticket sales at the Ferlac lido fell by 30% after the entry price was doubled"
    assert directed_figures(claim) == ((False, frozenset({0.3})),)  # "doubled" directs no figure
    assert directions_conflict(claim, "Ticket sales at the lido climbed by 30% once entry was made free.")
    assert directions_conflict(claim, "La fréquentation du lido de Ferlac a grimpé de 30 % cet été.")
    assert not directions_conflict(claim, "Les entrées du lido de Ferlac ont chuté de 30 % depuis la hausse.")
    # another figure, or a figure no change word directs, says nothing of the direction
    assert not directions_conflict(claim, "Sales rose by 12% at the cinema next door.")
    assert not directions_conflict(claim, "Some 30% of the tickets were sold online, the lido says.")
    # a bound or a level is no change: "up to 30%" neither rises nor falls; a clause ends right after the word
    assert directed_figures("Up to 30% of the lido's staff were sent home in June.") == ()
    assert not directions_conflict(claim, "Up to 30% of the lido's staff were sent home in June.")
    assert directed_figures("The lido's share is down from 30% of the town's trade.") == ()
    assert directed_figures("Le prix du billet a grimpé jusqu'à 30 % du salaire.") == ()
    assert directed_figures("Ticket prices rose, 30% of the visitors said.") == ()
    assert directed_figures("Entry prices went up 30% in a year.") == ((True, frozenset({0.3})),)


def test_another_month_day_or_year_is_another_event() -> None:
    from newsloupe.factchecks.match import dates_conflict, month_dates

    claim = "Le toit de la halle de Brenou s'est effondré le 9 avril"
    assert month_dates(claim) == ((9, 4, None),)
    assert dates_conflict(claim, "Une tuile de la halle est tombée le 9 juin, sans blesser personne.", 2026)
    assert dates_conflict(claim, "Une partie du toit a cédé le 2 avril, selon des riverains.", 2026)
    assert not dates_conflict(claim, "Le toit aurait cédé à la mi-avril, dit-on au marché.", 2026)
    assert not dates_conflict(claim, "Le toit aurait cédé, dit-on, sans que personne ne soit blessé.", 2026)
    ferry = "The Ferlac ferry was suspended for two weeks in October"
    assert dates_conflict(ferry, "Old hands recall the ferry idle for two weeks in October 1998.", 2026)
    assert not dates_conflict(ferry, "The ferry sat idle for a fortnight in October 2025, posts say.", 2026)
    # "may" in lower case is a verb, not the month
    assert month_dates("The ferry may stay idle until the storm passes.") == ()
    # a capitalised month is a month only with a day, a year or a cue before it: a name otherwise
    nurses = "Senator Idris May promised 400 nurses to the Ferlac clinic"
    assert month_dates(nurses) == ()
    assert not dates_conflict(nurses, "In June, the senator promised 400 nurses to the clinic.", 2026)
    assert not dates_conflict("The Mars lander found ice near the pole", "In June the lander found ice.", 2026)
    assert month_dates("The clinic opened in May, posts say.") == ((None, 5, None),)
    assert month_dates("La clinique a rouvert à la mi-Avril.") == ((None, 4, None),)
    assert month_dates("May 3 was the clinic's first day.") == ((3, 5, None),)
    # a day is a whole number: "2014" holds no day 14
    assert month_dates("La halle a brûlé en 2014 mars compris.") == ((None, 3, None),)


def test_a_sentence_granting_part_of_a_claim_in_a_confirming_voice_states_no_claim() -> None:
    from newsloupe.factchecks.match import units

    fr = [
        "Des fissures ont bien été relevées sur 3 piles du viaduc de Morlenc, mais elles datent de 1990.",
        "Le viaduc de Morlenc présenterait 3 fissures graves, dit-on au village.",
        "Les camions sont bien moins nombreux qu'avant sur les 3 voies du viaduc.",
    ]
    assert [u.concedes for u in units(hedged_doc(fr, "fr"))] == [True, False, False]
    en = [
        "A crack was indeed found on 3 piers of the Morlenc viaduct, but it dates from 1990.",
        "The Morlenc viaduct reportedly has 3 serious cracks, residents say.",
    ]
    assert [u.concedes for u in units(hedged_doc(en, "en"))] == [True, False]
    # a claim repeated in a confirming voice, attributed or not, without the contrast of a near miss, is the claim
    fr = [
        "Selon le préfet, 3 piles du viaduc de Morlenc ont bien été fissurées par le gel.",
        "Le maire a bien annoncé que le viaduc de Morlenc fermera 3 mois.",
    ]
    assert [u.concedes for u in units(hedged_doc(fr, "fr"))] == [False, False]
    en = ["Officials said 3 piers of the Morlenc viaduct were indeed cracked by frost."]
    assert [u.concedes for u in units(hedged_doc(en, "en"))] == [False]


def test_the_near_misses_are_not_matched_and_the_claim_still_is() -> None:
    """With the shipped verifier: the sentence relaying the claim is matched; the same event with the figure
    moved the other way, on another month, or granted in part in a confirming voice is not."""
    from newsloupe.factchecks.match import Memory, Review, embed, match_analysis

    claim = "Visitor numbers at the Ferlac lido fell by 30% in June"
    memory = Memory([Review(0, "https://fictional.example/ferlac-lido", claim, language="en")], embed([claim]))
    said = "Posts claim visitor numbers at the Ferlac lido fell by 30% in June."
    assert [m["text"] for m in match_analysis(hedged_doc([said], "en", published="2026-08-01"), memory)] == [said]
    for other in (
        "Posts claim visitor numbers at the Ferlac lido climbed by 30% in June.",
        "Posts claim visitor numbers at the Ferlac lido fell by 30% in March.",
        "Visitor numbers at the Ferlac lido did indeed fall by 30% in June, but only on weekdays.",
    ):
        assert match_analysis(hedged_doc([other], "en", published="2026-08-01"), memory) == [], other


def test_a_claims_year_is_counted_back_from_the_articles_year() -> None:
    """ "Il y a trois ans" in an article of 2026 agrees with a claim's "in 2023"; in an article of 2030 it does
    not."""
    from newsloupe.factchecks.match import FEATURES, Memory, Review, candidates, embed

    claim = "The Morlenc council was warned about the viaduct's cracks in 2023 and did nothing"
    memory = Memory([Review(0, "https://fictional.example/morlenc", claim, language="en")], embed([claim]))
    sent = ["Le conseil de Morlenc aurait été alerté des fissures du viaduc il y a trois ans, dit-on."]
    agree = FEATURES.index("figures_agree")
    got = {
        y: [c.features[agree] for c in candidates(hedged_doc(sent, "fr", published=f"{y}-05-01"), memory)]
        for y in (2026, 2030)
    }
    assert got == {2026: [1.0], 2030: [0.0]}


def test_a_compound_name_is_keyed_by_its_distinctive_part() -> None:
    from newsloupe.factchecks.match import names

    assert names("Les moines de Sainte-Ombeline ont quitté l'abbaye") == ["ombel"]
    assert names("The pier at Westrey-on-Sea will be pulled down") == ["westr"]
    assert names("Le maire de Haut-Valsène a démissionné") == ["valse"]
    assert names("Le pont de Morlenc est fermé") == ["morle"]
    # the longest distinctive part: a short first name in a compound does not key it
    assert names("Le port de Val-Ys-Bellouard est fermé") == ["bello"]
