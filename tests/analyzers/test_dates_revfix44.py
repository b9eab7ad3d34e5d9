"""Dates, the stop-44 review's findings (revfix44): every sentence invented."""

from __future__ import annotations

from newsloupe.model import DateAttrs
from newsloupe.pipeline import analyze


def _dates(text: str, lang: str = "fr") -> tuple[dict[str, DateAttrs], object]:
    analysis = analyze(text=text, lang=lang, analyzers=["dates"])
    return {d.text: d.attrs for d in analysis.spans.dates if d.attrs}, analysis


def test_a_long_run_of_letters_before_a_date_finishes_and_is_no_dateline() -> None:
    # (before stop 44's review the dateline patterns backtracked for many seconds on such lines)
    for head in ("_" * 250, "voir-" * 80, "Le" + "x" * 300):
        dates, analysis = _dates(f"Les quais de Brelande\n\n{head} Publié par la rédaction le 3 mars 2025\n")
        assert dates["3 mars 2025"].value == "2025-03-03"
        assert analysis.published is None


def test_a_short_publication_line_is_still_a_dateline() -> None:
    _, analysis = _dates("Les quais de Brelande\n\nMis en ligne le 3 mars 2025\n\nLe conseil a voté.\n")
    assert analysis.published == "2025-03-03"


def test_a_timeline_is_no_dateline() -> None:
    text = (
        "Chronologie du port de Brelande\n\n12 juin 2019 – La mairie vote le rachat du port.\n"
        "3 mars 2021 – Les travaux commencent sur le quai nord.\n"
    )
    dates, analysis = _dates(text)
    assert dates["12 juin 2019"].value == "2019-06-12"
    assert analysis.published is None
    # a single line opening with a date and a dash, without a place before it, is none either
    _, analysis = _dates("Le port de Brelande\n\n12 juin 2019 – La mairie vote le rachat du port.\n")
    assert analysis.published is None
    # two agency datelines are a timeline of datelines too (a digest): neither dates the article
    text = (
        "Brèves\n\nBRELANDE, 12 juin 2019 (Agence) – La mairie vote.\n"
        "ORVAL, 3 mars 2021 (Agence) – Les travaux commencent.\n"
    )
    _, analysis = _dates(text)
    assert analysis.published is None


def test_a_heading_with_a_date_is_no_dateline() -> None:
    _, analysis = _dates("Le conseil de Brelande\n\nSéance du 12 juin 2019\n\nLe conseil a voté le budget.\n")
    assert analysis.published is None
    # the agency dateline with its place stays one
    _, analysis = _dates("Le conseil de Brelande\n\nBRELANDE, 12 juin 2019 (Agence) — Le conseil a voté.\n")
    assert analysis.published == "2019-06-12"
