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


def test_weekday_and_date_fix_the_year_when_nothing_else_does() -> None:
    dates, analysis = _dates(
        "Le porte-parole a annoncé le vendredi 25 janvier que les patrouilles reprenaient. "
        "Il y a trois jours, un convoi a été visé."
    )
    friday = dates["vendredi 25 janvier"]
    assert friday.attrs.value == "2019-01-25" and friday.attrs.year_from == "weekday" and friday.attrs.inferred
    assert "Friday" in friday.attrs.note
    assert analysis.published == "2019-01-25" and analysis.published_inferred is True
    assert dates["Il y a trois jours"].attrs.value == "2019-01-22" and dates["Il y a trois jours"].attrs.inferred


def test_scheduled_dates_do_not_set_the_publication_date() -> None:
    _, analysis = _dates("Le 3 mars 2023, le ministre a signé l'accord. Une réunion est prévue le 12 avril 2023.")
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
    # Issue 15: "November 8" takes its year from "2012" only as a guess; the article stays undated.
    text = "Harbour rents rise\n\nRents along the harbour rose on November 8, more than in 2012, the council said.\n"
    dates, analysis = _dates(text, lang="en")
    assert analysis.published is None and analysis.published_inferred is False
    assert dates["November 8"].attrs.inferred is True
    # A full date with its year written still dates an undated article.
    dates, analysis = _dates("Loyers en hausse\n\nLes loyers ont augmenté le 8 novembre 2024, selon la mairie.\n")
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
