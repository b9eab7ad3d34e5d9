"""Dates (issue 5): absolute and relative expressions, publication date given or inferred."""

from __future__ import annotations

import pytest

from newsloupe.model import Article
from newsloupe.pipeline import analyze, analyze_article


def _dates(text: str, *, lang: str = "fr", published: str | None = None) -> tuple[dict[str, dict], object]:
    if published:
        article = Article(id="t", text=text, published=published)
        analysis = analyze_article(article, lang=lang, analyzers=["dates"])
    else:
        analysis = analyze(text=text, lang=lang, analyzers=["dates"])
    for d in analysis.spans.dates:
        assert analysis.text[d.start : d.end] == d.text
    return {d.text: d for d in analysis.spans.dates}, analysis


def test_absolute_dates_in_french() -> None:
    dates, _ = _dates(
        "Le ministre est arrivé le 21 juin 2017. Le 1er janvier 2020, rien. En janvier 2019, tout a changé."
    )
    assert dates["21 juin 2017"].attrs.value == "2017-06-21" and dates["21 juin 2017"].attrs.resolution == "day"
    assert dates["1er janvier 2020"].attrs.value == "2020-01-01"
    assert dates["En janvier 2019"].attrs.value == "2019-01" and dates["En janvier 2019"].attrs.resolution == "month"
    assert dates["21 juin 2017"].attrs.relative_to is None


def test_numbers_that_are_not_dates() -> None:
    dates, _ = _dates("Au total, 43 éléments ont été tués et 2 000 blessés ; la loi H.R. 1 a été votée.")
    assert dates == {}


def test_relative_dates_count_from_the_publication_date() -> None:
    text = (
        "Il y a trois jours, le général a parlé. Hier, il a recommencé. Mardi dernier, rien. "
        "La semaine dernière, une frappe. L'année dernière, une autre."
    )
    dates, analysis = _dates(text, published="2019-01-25T10:00:00+00:00")
    assert analysis.published.startswith("2019-01-25") and analysis.published_inferred is False
    assert dates["Il y a trois jours"].attrs.value == "2019-01-22"
    assert dates["Il y a trois jours"].attrs.relative_to == "2019-01-25"
    assert dates["Hier"].attrs.value == "2019-01-24"
    assert dates["Mardi dernier"].attrs.value == "2019-01-22"  # 25 January 2019 is a Friday
    assert dates["La semaine dernière"].attrs.value == "2019-W03"
    assert dates["L'année dernière"].attrs.value == "2018"


def test_weekday_and_date_fix_the_year_nearest_a_year_the_article_writes() -> None:
    # (stop 41: the article must write a year; with none at all the weekday alone fixes nothing, below)
    dates, analysis = _dates(
        "Le porte-parole a annoncé le vendredi 25 janvier que les patrouilles reprenaient. "
        "La mission, lancée en 2018, compte 300 soldats. Il y a trois jours, un convoi a été visé."
    )
    friday = dates["vendredi 25 janvier"]
    assert friday.attrs.value == "2019-01-25" and friday.attrs.year_from == "weekday" and friday.attrs.inferred
    assert "Friday" in friday.attrs.note
    assert analysis.published == "2019-01-25" and analysis.published_inferred is True
    assert dates["Il y a trois jours"].attrs.value == "2019-01-22" and dates["Il y a trois jours"].attrs.inferred
    assert any("weekday" in n for n in analysis.notes)


def test_a_weekday_in_an_article_that_writes_no_year_leaves_the_year_unknown() -> None:
    # (before stop 41 "dimanche 14 avril" took the latest year it fits, 2024, and dated the article, with no note)
    dates, analysis = _dates(
        "Le maire de Morvelle a inauguré ce dimanche 14 avril la nouvelle passerelle. Le 8 avril dernier, les "
        "travaux étaient encore en cours."
    )
    sunday = dates["dimanche 14 avril"]
    assert sunday.attrs.value == "--04-14" and sunday.attrs.year_from == "unknown"
    assert "several" in sunday.attrs.note
    assert analysis.published is None
    assert any("unknown" in n for n in analysis.notes)


def test_a_bare_weekday_under_a_conditional_the_tagger_reads_as_imperfect_is_the_next_one() -> None:
    # (before stop 41 "ne commencerait pas avant vendredi", tagged Tense=Imp, was the Friday before publication)
    dates, _ = _dates(
        "Le préfet a réuni la presse. Selon lui, la décrue ne commencerait pas avant vendredi.",
        published="2031-11-19",  # a Wednesday
    )
    assert dates["vendredi"].attrs.value == "2031-11-21"


def test_scheduled_dates_do_not_set_the_publication_date() -> None:
    _, analysis = _dates(
        "Brelande, vendredi 3 mars 2023 — Le ministre a signé l'accord. Une réunion est prévue le 12 avril 2023."
    )
    assert analysis.published == "2023-03-03" and analysis.published_inferred


def test_english_dates_and_relative_expressions() -> None:
    dates, _ = _dates(
        "The vote took place on March 08, 2019. Last Tuesday the speaker spoke; three days ago, "
        "she left. The bill may pass.",
        lang="en",
        published="2019-03-15",
    )
    assert dates["March 08, 2019"].attrs.value == "2019-03-08"
    assert dates["Last Tuesday"].attrs.value == "2019-03-12"
    assert dates["three days ago"].attrs.value == "2019-03-12"
    assert not any("may" in t for t in dates)


def test_relative_dates_without_any_anchor_keep_no_value() -> None:
    dates, analysis = _dates("Hier, le maire a parlé.")
    assert analysis.published is None
    assert dates["Hier"].attrs.value is None and "publication" in dates["Hier"].attrs.note


@pytest.mark.shared
def test_seed_dates(seed_path) -> None:
    analysis = analyze(seed_path, analyzers=["dates"])
    dates = {d.text: d for d in analysis.spans.dates}
    assert analysis.published == "2019-01-25" and analysis.published_inferred is True
    assert dates["vendredi 25 janvier"].attrs.value == "2019-01-25" and dates["vendredi 25 janvier"].attrs.inferred
    assert dates["21 juin 2017"].attrs.value == "2017-06-21"
    assert dates["March 08, 2019"].attrs.value == "2019-03-08"
    assert dates["Il y a trois jours"].attrs.value == "2019-01-22"


def test_a_year_mentioned_elsewhere_never_dates_the_article() -> None:
    # Issue 15: the article stays undated; stop 38: a bare year ("in 2012") is background, not the year of
    # "November 8", which stays unknown.
    text = "Harbour rents rise\n\nRents along the harbour rose on November 8, more than in 2012, the council said.\n"
    dates, analysis = _dates(text, lang="en")
    assert analysis.published is None and analysis.published_inferred is False
    assert dates["November 8"].attrs.value == "--11-08" and dates["November 8"].attrs.year_from == "unknown"
    # A full date with its weekday dates an undated article (stop 39: without the weekday it is only mentioned), in
    # a sentence as on a dateline line.
    dates, analysis = _dates(
        "Loyers en hausse\n\nLes loyers ont augmenté le vendredi 8 novembre 2024, selon la mairie.\n"
    )
    assert analysis.published == "2024-11-08" and analysis.published_inferred is True
    dates, analysis = _dates(
        "Loyers en hausse\n\nPorvel, vendredi 8 novembre 2024\n\nLes loyers ont augmenté, selon la mairie.\n"
    )
    assert analysis.published == "2024-11-08" and analysis.published_inferred is True


def test_the_strings_a_date_pattern_needs() -> None:
    """A paragraph is searched for a pattern only when it holds one of the strings every match holds."""
    import re

    from newsloupe.analyzers.dates import required_strings

    assert required_strings(re.compile(r"\b(?:le )?(?P<m>mars|avril)\s+\d+")) == ("mars", "avril")
    assert required_strings(re.compile(r"\b(?:Ce matin|Ce soir)\b")) == (
        "matin",
        "soir",
    )  # (the common "Ce " is shorter)
    assert required_strings(re.compile(r"\b(?:19|20)\d\d\b")) == ("19", "20")
    assert required_strings(re.compile(r"\b(?:mardi)?\s*\d+")) == ()  # an optional word is needed by no match
    assert required_strings(re.compile(r"x|\d")) == ()  # one alternative needs nothing


def test_without_publication_date_or_year_the_year_stays_unknown_and_says_so() -> None:
    from newsloupe.render import date_line

    dates, analysis = _dates("La piscine de Brelande rouvrira le 1er juillet. Les travaux ont commencé en mars.")
    july, march = dates["1er juillet"], dates["en mars"]
    assert july.attrs.value == "--07-01" and july.attrs.year_from == "unknown" and not july.attrs.inferred
    assert march.attrs.value == "--03" and march.attrs.resolution == "month"
    assert "year unknown" in july.attrs.note
    assert analysis.published is None
    assert any("the year of 2 date(s) is left unknown" in n for n in analysis.notes)
    assert date_line(july.text, july.attrs) == "1er juillet → --07-01 (year unknown)"


def test_the_text_report_prints_an_unresolved_date_readably() -> None:
    from newsloupe.render import date_line

    dates, _ = _dates("Le conseil de Brelande se réunira mardi pour voter le budget de la piscine.")
    tuesday = dates["mardi"]
    assert tuesday.attrs.value is None
    line = date_line(tuesday.text, tuesday.attrs)
    assert line == "mardi → ? (relative to a publication date the article does not give)" and "None" not in line


def test_a_past_event_after_the_publication_month_is_the_year_before() -> None:
    text = (
        "The outbreak in Brelande was declared over in July, the ministry said. "
        "A new vaccination campaign will start in July, officials said."
    )
    article = Article(id="t", text=text, published="2018-05-09")
    analysis = analyze_article(article, lang="en", analyzers=["dates"])
    first, second = analysis.spans.dates
    assert first.attrs.value == "2017-07" and "year before publication" in first.attrs.note
    assert second.attrs.value == "2018-07"  # the future one stays after publication


def test_a_weekday_that_fits_keeps_the_year_of_a_past_sentence() -> None:
    dates, _ = _dates(
        "Le maire de Brelande a inauguré la piscine le jeudi 4 août, a-t-il rappelé.", published="2022-08-03"
    )
    assert dates["jeudi 4 août"].attrs.value == "2022-08-04"  # 4 August 2022 is a Thursday; 2021's is not


def test_an_inferred_publication_date_gives_its_year_to_the_other_dates() -> None:
    dates, analysis = _dates(
        "BRELANDE, jeudi 4 août — Le conseil a voté le budget. La veille, le 3 août, les élus avaient débattu. "
        "La piscine, fermée en 2021, rouvrira."  # (stop 41: a year written somewhere lets the weekday fix one)
    )
    assert analysis.published == "2022-08-04" and analysis.published_inferred
    assert dates["3 août"].attrs.value == "2022-08-03" and dates["3 août"].attrs.inferred


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the verb that governs the date is not past: the date stays after publication
        ("en", "The company announced that the plant is to close on 20 March.", "2025-03-20"),
        ("en", "The union said workers would strike on 18 March.", "2025-03-18"),
        ("en", "The strike on 18 March was announced by the union.", "2025-03-18"),
        ("fr", "Le ministre a indiqué que le sommet commence le 12 mars.", "2025-03-12"),
        ("fr", "Le syndicat a appelé à la grève le 18 mars.", "2025-03-18"),
        ("fr", "Le syndicat a annoncé qu'il ferait grève le 18 mars.", "2025-03-18"),
        ("fr", "Le conseil doit voter le 12 mars.", "2025-03-12"),
        # it is past, or a past cue stands beside the date: the year before
        ("en", "The council closed the pier on 12 March.", "2024-03-12"),
        ("en", "The mayor had opened the pool on 12 March, she recalled.", "2024-03-12"),
        ("fr", "La piscine de Brelande a été fermée le 12 mars.", "2024-03-12"),
        ("fr", "Le conseil votait le 12 mars.", "2024-03-12"),
        ("fr", "Les élus en parlent depuis le 12 mars.", "2024-03-12"),
        ("fr", "Le maire parlera de la visite faite en novembre dernier.", "2024-11"),
    ],
)
def test_only_a_past_verb_governing_the_date_sends_it_to_the_year_before(lang: str, text: str, value: str) -> None:
    article = Article(id="t", text=text, published="2025-03-01")
    analysis = analyze_article(article, lang=lang, analyzers=["dates"])
    (found,) = analysis.spans.dates
    assert found.attrs.value == value


def test_seasons_with_a_year_are_dates() -> None:
    dates, _ = _dates("La réforme prévue au printemps 2027 a été votée. En hiver 2019, la rivière avait gelé.")
    assert dates["printemps 2027"].attrs.value == "2027-21" and dates["printemps 2027"].attrs.resolution == "season"
    assert dates["hiver 2019"].attrs.value == "2019-24"
    from newsloupe.render import date_line

    assert date_line("printemps 2027", dates["printemps 2027"].attrs) == "printemps 2027 → spring 2027"
    dates, _ = _dates("The ferry resumes in the fall of 2026. Ticket sales fall 2025 percent short.", lang="en")
    assert dates["the fall of 2026"].attrs.value == "2026-23"
    assert not any("2025" in t for t in dates)


def test_a_year_less_date_takes_the_latest_year_written_with_a_month_never_a_bare_year() -> None:
    text = (
        "Digue de Varennes\n\nLa digue, bâtie en 1998, a été renforcée en mars 2024. "
        "Le 12 juin, les vannes ont été fermées ; la réouverture est prévue au printemps 2031.\n"
    )
    dates, analysis = _dates(text)
    assert analysis.published is None
    juin = dates["12 juin"].attrs
    assert (juin.value, juin.year_from, juin.inferred) == ("2024-06-12", "context", True)
    # Only background years: the day keeps an unknown year.
    dates, _ = _dates("Digue de Varennes\n\nBâtie en 1998 et réparée en 2003, la digue a été fermée le 12 juin.\n")
    assert dates["12 juin"].attrs.value == "--06-12" and dates["12 juin"].attrs.year_from == "unknown"


def test_since_is_never_after_publication_given_or_inferred() -> None:
    text = "Orders at the Tollbridge guild have grown every month since October, its secretary said."
    dates, _ = _dates(text, lang="en", published="2024-06-10")
    assert dates["since October"].attrs.value == "2023-10"
    text = (
        "Guild orders\n\nTOLLBRIDGE, Tuesday, June 4, 2024 (Wire) — The guild reported 300 new orders, "
        "the largest monthly gain since October.\n"
    )
    dates, analysis = _dates(text, lang="en")
    assert analysis.published == "2024-06-04" and analysis.published_inferred
    assert dates["since October"].attrs.value == "2023-10"
    dates, _ = _dates("Les commandes progressent depuis septembre, selon la guilde.", published="2024-06-10")
    assert dates["depuis septembre"].attrs.value == "2023-09"


_WAIT = "Au bord de la Varenne, les riverains attendent toujours la fin des travaux. "


def test_no_publication_date_from_a_pluperfect_nor_before_a_date_the_text_treats_as_past() -> None:
    _, analysis = _dates(
        "Pont de Varennes\n\n" + _WAIT + "Le dimanche 3 mars 2024, la ministre avait promis un nouveau pont.\n"
    )
    assert analysis.published is None
    # (stop 44: only a dateline dates an article)
    _, analysis = _dates("Pont de Varennes\n\nVarennes, dimanche 3 mars 2024\n\n" + _WAIT + "La ministre a parlé.\n")
    assert analysis.published == "2024-03-03" and analysis.published_inferred
    text = (
        "Pont de Varennes\n\nVarennes, dimanche 3 mars 2024\n\n" + _WAIT + "La ministre a promis un nouveau pont. "
        "Depuis le mois de septembre 2024, le chantier est à l'arrêt et cette année sera perdue.\n"
    )
    dates, analysis = _dates(text)
    assert analysis.published is None
    assert dates["cette année"].attrs.value is None


# --- review fixes of stop 38 (fixa38); every sentence invented -------------------------------------------


def test_since_then_until_is_a_span_not_a_since() -> None:
    text = "La passerelle de Brenac restera fermée depuis mardi et jusqu'au 20 avril, selon la commune."
    dates, _ = _dates(text, published="2026-04-02")
    assert dates["20 avril"].attrs.value == "2026-04-20"
    text = "The Brenac footbridge stays shut since Tuesday and until April 20, the council said."
    dates, _ = _dates(text, lang="en", published="2026-04-02")
    assert dates["April 20"].attrs.value == "2026-04-20"
    # a since date whose written year is later than the inferred date still cancels the inference, a span's end not
    text = (
        "Brenac\n\nBRENAC, mercredi 2 avril 2025 — La passerelle a rouvert, "
        "fermée depuis février 2024 jusqu'à mars 2026, dit-on.\n"
    )
    _, analysis = _dates(text)
    assert analysis.published == "2025-04-02" and analysis.published_inferred


def test_ete_is_a_season_only_after_a_determiner() -> None:
    text = "Brenac\n\nPour les anciens de Brenac, la pire saison a été 2019. Le 8 juillet, le puits était sec.\n"
    dates, _ = _dates(text)
    assert not any("2019" in t for t in dates)
    assert dates["8 juillet"].attrs.year_from == "unknown"
    dates, _ = _dates("Brenac\n\nPendant l'été 2019, le puits de Brenac était sec. Cet été 2021 aussi.\n")
    assert dates["été 2019"].attrs.value == "2019-22" and dates["été 2021"].attrs.value == "2021-22"


def test_an_imperfect_passive_is_no_pluperfect() -> None:
    # (its date gives its year to a year-less one; a pluperfect's would not: stop 44 dates no article from it)
    dates, _ = _dates(
        "Brenac\n\nSelon les gendarmes de Brenac, le fuyard était arrêté le jeudi 9 mai 2024 près du col. "
        "Le 5 mai, il s'était évadé.\n"
    )
    assert dates["5 mai"].attrs.value == "2024-05-05"


def test_since_a_winter_floors_at_its_earliest_day() -> None:
    text = (
        "Brenac\n\nBrenac, le mardi 14 janvier 2025\n\nLe moulin de Brenac est à l'arrêt depuis l'hiver "
        "2025, a écrit la meunière.\n"
    )
    _, analysis = _dates(text)
    assert analysis.published == "2025-01-14" and analysis.published_inferred


def test_since_in_german_italian_polish_and_russian() -> None:
    for lang, text, key in [
        ("de", "Die Fähre von Brenac fährt seit Oktober wieder, sagte die Gemeinde.", "Oktober"),
        ("it", "Il traghetto di Brenac è fermo da ottobre, ha detto il comune.", "ottobre"),
        ("pl", "Prom w Brenac nie kursuje od października, powiedziała gmina.", "października"),
        ("ru", "Паром в Бренаке не ходит с октября, сообщила мэрия.", "октября"),
    ]:
        dates, _ = _dates(text, lang=lang, published="2024-06-10")
        (got,) = [v for k, v in dates.items() if key in k]
        assert got.attrs.value == "2023-10", (lang, got.attrs.value)


def test_a_bylines_by_is_no_future_cue_and_a_table_header_is_no_day() -> None:
    """A user's faults (stop 40): the "by" of a byline ("by Jan Varn, Valley Journal, November 13, 2018") made
    that date read as after publication, so a year-less "Oct. 18" stayed unknown with a note saying no year is
    written; "by" is a future cue only right before its date ("by March 3"). A table header "May-10 May-11"
    (May 2010, May 2011) is no "10 May"."""
    text = (
        "Clerk Let Voters Use Fax, by Jan Varn, Valley Journal, November 13, 2018:\n"
        "The clerk of Dorvane County let storm victims vote by fax after the storm of Oct. 18, officials said."
    )
    dates, analysis = _dates(text, lang="en")
    assert dates["November 13, 2018"].attrs.value == "2018-11-13"
    assert dates["Oct. 18"].attrs.value == "2018-10-18" and dates["Oct. 18"].attrs.year_from == "context"
    assert not any("no year written" in n for n in analysis.notes)
    dates, _ = _dates(
        "The council must approve the Dorvane budget by March 3, 2031. It met on Oct. 18, 2030.", lang="en"
    )
    assert dates["March 3, 2031"].attrs.value == "2031-03-03"
    table = "Varn County jobs, May 2010-May 2011 (in 1000s)\nMay-10 May-11 Change\nFarm workers 35 36 1"
    dates, _ = _dates(table, lang="en")
    assert all(not d.attrs.value or not d.attrs.value.endswith("-05-10") for d in dates.values())
    assert "10 May" not in dates


def test_a_past_month_after_the_latest_written_date_keeps_an_unknown_year() -> None:
    """A user's fault (stop 43): with no publication date, a year-less July in a past-tense sentence about
    an earlier outbreak took the year of the latest date the article writes (May) and landed after it."""
    text = (
        "Health officials in Dorvane confirmed two new cases of marsh fever on May 3.\n"
        "A first epidemic started in May 2017 in the north. Officials ended that epidemic in July.\n"
        "Officials expect the vaccination drive to end in August.\n"
        "Dorvane Ledger, 05/09/2018"
    )
    dates, analysis = _dates(text, lang="en")
    assert dates["05/09/2018"].attrs.value == "2018-05-09"
    assert dates["May 3"].attrs.value == "2018-05-03" and dates["May 3"].attrs.year_from == "context"
    july = next(d for k, d in dates.items() if "July" in k)
    assert july.attrs.value == "--07" and july.attrs.year_from == "unknown"
    assert july.attrs.note.startswith("year unknown: the sentence reports a past event after 2018-05-09")
    august = next(d for k, d in dates.items() if "August" in k)
    assert august.attrs.value == "2018-08"  # (not a past event: the context year stands)
    assert any("1 past event(s) after the latest date" in n for n in analysis.notes)
    assert not any("no year written" in n for n in analysis.notes)


def test_the_unknown_year_note_says_why_when_the_article_writes_a_year() -> None:
    """A user's fault (stop 43): an article that writes a bare year ("En 2023") and no publication date was told
    "no year written"; the note now names the years written and why none dates the story."""
    dates, analysis = _dates(
        "En 2023, la commune de Brelande a fermé sa piscine. Le conseil se réunira mardi 19 juillet, a dit le maire."
    )
    assert dates["mardi 19 juillet"].attrs.year_from == "unknown"
    assert "(2023)" in dates["mardi 19 juillet"].attrs.note
    assert "writes no year" not in dates["mardi 19 juillet"].attrs.note
    assert not any("no year written" in n for n in analysis.notes)
    assert any("the years written (2023) are bare years" in n for n in analysis.notes)
