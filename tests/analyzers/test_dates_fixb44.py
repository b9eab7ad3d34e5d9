"""Dates, the stop-44 user's faults (fixb44): every sentence invented."""

from __future__ import annotations

from newsloupe.model import DateAttrs
from newsloupe.pipeline import analyze
from newsloupe.render import date_line


def _dates(text: str, lang: str = "en") -> tuple[dict[str, DateAttrs], object]:
    analysis = analyze(text=text, lang=lang, analyzers=["dates"])
    return {d.text: d.attrs for d in analysis.spans.dates if d.attrs}, analysis


def test_a_weekday_never_gives_a_day_another_year_than_the_text_writes_it_with() -> None:
    # "Sunday June 23" fits 2019, the year after the latest year written (2018), and 2013, the year the text
    # writes that day with: before stop 44 it became 2019-06-23 and dated the article
    text = (
        "A letter from Dorvane\n\nThe bishop met the envoy on Sunday June 23 and wrote it down. On June 23, 2013, "
        "the envoy had just arrived. The diocese was audited on May 4, 2018.\n"
    )
    dates, analysis = _dates(text)
    sunday = dates["Sunday June 23"]
    assert (sunday.value, sunday.year_from) == ("2013-06-23", "context")
    assert "2013" in (sunday.note or "")
    assert analysis.published is None


def test_a_weekday_year_after_the_dateline_is_not_taken() -> None:
    # "Sunday June 23" fits 2019, after the dateline's 22 August 2018: the article was written before it
    text = (
        "A letter from Dorvane\n\nThe bishop met the envoy on Sunday June 23 in the old cloister. The diocese was "
        "audited in May 2018.\n\nDorvane, August 22, 2018\n"
    )
    dates, analysis = _dates(text)
    assert analysis.published == "2018-08-22" and analysis.published_inferred
    sunday = dates["Sunday June 23"]
    assert sunday.value == "--06-23" and sunday.year_from == "unknown"
    assert "after the date the article was written" in (sunday.note or "")


def test_a_year_less_date_ahead_of_writing_takes_no_event_year() -> None:
    # a year-less day in a future sentence took the year of a past event the text dates, before stop 44
    text = (
        "Votation à Morvelle\n\nLe naufrage du 18 avril 2015 reste dans les mémoires. Le 15 mai, les électeurs de "
        "Morvelle se prononceront sur le budget des garde-côtes.\n"
    )
    dates, analysis = _dates(text, lang="fr")
    mai = dates["15 mai"]
    assert mai.value == "--05-15" and mai.year_from == "unknown"
    assert "after publication" in (mai.note or "")
    assert dates["18 avril 2015"].value == "2015-04-18"
    assert analysis.published is None


def test_a_dateline_dates_an_article_as_a_weekday_date_does() -> None:
    dates, analysis = _dates(
        "Dissolution à Morvelle\n\nLe préfet de Morvelle a annoncé mardi 3 mai 2022 la dissolution du club. "
        "Hier, les membres ont protesté.\n",
        lang="fr",
    )
    assert analysis.published == "2022-05-03" and dates["Hier"].value == "2022-05-02"
    dates, analysis = _dates(
        "Dissolution à Morvelle\n\nMORVELLE, mardi 3 mai 2022 (Agence) — Le préfet a annoncé la dissolution du "
        "club. Hier, les membres ont protesté.\n",
        lang="fr",
    )
    assert analysis.published == "2022-05-03" and analysis.published_inferred
    assert dates["Hier"].value == "2022-05-02"
    # a date inside a quotation reports what the quotation says happened
    _, analysis = _dates(
        "Dissolution à Morvelle\n\nSelon le parquet, « le mardi 3 mai 2022, la police a fermé le club ».\n",
        lang="fr",
    )
    assert analysis.published is None


def test_a_season_reads_as_words_never_as_its_code() -> None:
    dates, _ = _dates("Morvelle\n\nPendant l'été 2014, le port de Morvelle était fermé.\n", lang="fr")
    ete = dates["été 2014"]
    assert ete.value == "2014-22"  # (the JSON keeps EDTF's code)
    line = date_line("été 2014", ete)
    assert line == "été 2014 → summer 2014" and "2014-22" not in line
