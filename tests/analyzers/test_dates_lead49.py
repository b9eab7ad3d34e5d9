"""Dates after the stop-49 user's trial: a Russian agency dateline abbreviates its month ("20 июн"). Every sentence is
invented."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def _dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    a = analyze_article(Article(id="x", text=text, published=published), lang="ru")
    return [(text[d.start : d.end], d.attrs.value) for d in a.spans.dates]


def test_an_abbreviated_month_of_a_russian_dateline_is_a_date() -> None:
    got = _dates("ТВЕРЬ, 14 окт — Новости Верхнего края. Мэр заявил, что мост откроют весной.", "2023-10-14")
    assert got[0] == ("14 окт", "2023-10-14")
    # the full month name still reads as before, and a given name is no month
    assert _dates("Мэр заявил, что мост откроют 5 марта 2024 года.") == [("5 марта 2024 года", "2024-03-05")]
    assert _dates("Марта и Ольга приехали в город.") == []
