"""Dates, a new user's faults (stop 39, fix39): every sentence invented."""

from __future__ import annotations

import pytest

from newsloupe.model import Article
from newsloupe.pipeline import analyze, analyze_article


def _dates(text: str, *, published: str | None = None) -> tuple[dict[str, object], object]:
    if published:
        analysis = analyze_article(Article(id="t", text=text, published=published), lang="fr", analyzers=["dates"])
    else:
        analysis = analyze(text=text, lang="fr", analyzers=["dates"])
    return {d.text: d.attrs for d in analysis.spans.dates}, analysis


def test_a_date_the_text_mentions_never_dates_the_article() -> None:
    text = (
        "Brelande réforme ses écluses\n\nLe maire a présenté mardi un plan pour les écluses. Il rappelle que la "
        "première charte fut votée le 16 mars 1989 par le conseil. Aujourd'hui, les bateliers protestent.\n"
    )
    dates, analysis = _dates(text)
    assert analysis.published is None and analysis.published_inferred is False
    assert dates["16 mars 1989"].value == "1989-03-16"
    assert dates["mardi"].value is None and dates["Aujourd'hui"].value is None  # relative: left unresolved


def test_a_sentence_opening_with_a_date_is_no_dateline() -> None:
    _, analysis = _dates("Les écluses de Brelande\n\nLe 16 mars 1989, le conseil de Brelande a voté la charte.\n")
    assert analysis.published is None and analysis.published_inferred is False
    # a line that is only a date (with a weekday, a time) is one
    text = "Les écluses de Brelande rouvriront au printemps\n\nLe lundi 3 mars 2025 à 10h32\n\nLe conseil a voté.\n"
    _, analysis = _dates(text)
    assert analysis.published == "2025-03-03" and analysis.published_inferred is False


def test_a_date_with_a_weekday_that_fits_or_a_dateline_dates_an_undated_article() -> None:
    # (the strong evidence: « le lundi 3 mars » with its year known, or a dateline)
    dates, analysis = _dates(
        "Les écluses de Brelande\n\nLe conseil a voté la charte le lundi 3 mars 2025. Hier, rien.\n"
    )
    assert analysis.published == "2025-03-03" and analysis.published_inferred is True
    assert dates["Hier"].value == "2025-03-02" and dates["Hier"].inferred
    dates, analysis = _dates(
        "Les écluses de Brelande\n\nBRELANDE, lundi 3 mars 2025 (Agence) — Le conseil a voté. Hier, rien.\n"
    )
    assert analysis.published == "2025-03-03" and analysis.published_inferred is True
    assert dates["Hier"].value == "2025-03-02" and dates["Hier"].inferred


def test_a_date_written_as_the_day_of_writing_dates_an_undated_article() -> None:
    _, analysis = _dates("Les écluses de Brelande\n\nLes bateliers de Brelande défilent ce 25 juin 2022 sur le quai.\n")
    assert analysis.published == "2022-06-25" and analysis.published_inferred is True


def test_a_day_and_month_keep_a_year_before_1900() -> None:
    dates, _ = _dates("Le 16 mars 1889, le conseil de Brelande a voté la charte. Le 4 août 1914, la guerre.")
    assert dates["16 mars 1889"].value == "1889-03-16"
    assert dates["4 août 1914"].value == "1914-08-04"
    dates, _ = _dates("La guilde de Brelande a vendu en 1500 exemplaires de 1750 pages.")
    assert not any("1500" in t or "1750" in t for t in dates)  # a bare number stays a number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Selon la station de Brelande, de nouvelles pluies seraient attendues jeudi sur le port.", "2026-10-15"),
        ("De nouvelles pluies sont attendues jeudi sur le port de Brelande.", "2026-10-15"),
        ("Le conseil de Brelande se réunira jeudi.", "2026-10-15"),
        ("Le maire de Brelande a signé jeudi le décret.", "2026-10-08"),
        ("Le maire de Brelande était attendu jeudi sur le port.", "2026-10-08"),
    ],
)
def test_the_governing_verb_decides_whether_a_bare_weekday_is_next_or_last(text: str, value: str) -> None:
    dates, _ = _dates(text, published="2026-10-14")  # a Wednesday
    assert dates["jeudi"].value == value
