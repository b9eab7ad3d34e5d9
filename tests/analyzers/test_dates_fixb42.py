"""Dates at stop 42 (fixb42, invented text): a weekday never anchors on a background year; a bare weekday after a
future or conditional is the next one in the languages with no dependency parse (it/pl/ru/de)."""

from __future__ import annotations

import pytest

from newsloupe.model import Article
from newsloupe.pipeline import analyze, analyze_article


def test_a_weekday_fitting_only_years_away_from_the_background_years_leaves_the_year_unknown() -> None:
    # "jeudi 4 août" fits 2011, 2016 and 2022; the article writes only 2013 and 2014 (background): before stop 42
    # it was dated 2016, the fitting year nearest 2014
    analysis = analyze(
        text="Le conseil de Morvelle a voté ce jeudi 4 août le gel des avoirs de l'ancien trésorier. "
        "Élu en février 2013, il avait été destitué en février 2014 après des manifestations.",
        lang="fr",
        analyzers=["dates"],
    )
    dates = {d.text: d for d in analysis.spans.dates}
    thursday = dates["jeudi 4 août"]
    assert thursday.attrs.value == "--08-04" and thursday.attrs.year_from == "unknown"
    assert "fits" in (thursday.attrs.note or "")
    assert analysis.published is None


def test_a_weekday_that_fits_the_year_after_the_latest_written_one_still_dates() -> None:
    # (stop 44: on a dateline; in a sentence it dates the event, not the article)
    analysis = analyze(
        text="Korvel, vendredi 25 janvier\n\nLe porte-parole a annoncé que les patrouilles reprenaient. "
        "La mission, lancée en 2018, compte 300 soldats.",
        lang="fr",
        analyzers=["dates"],
    )
    assert analysis.published == "2019-01-25" and analysis.published_inferred is True


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("it", "La ministra Lucia Ferrandi sarà a Trevenna venerdì, ha annunciato il portavoce.", "2023-05-19"),
        ("it", "La ministra Lucia Ferrandi ha visitato Trevenna venerdì.", "2023-05-12"),
        ("pl", "Premier Jan Kowalczyk ma w piątek odwiedzić Borowice.", "2023-05-19"),
        ("pl", "Premier Jan Kowalczyk odwiedził Borowice w piątek.", "2023-05-12"),
        ("ru", "Президент Иван Сидоров в пятницу посетит Заречье, сообщил пресс-секретарь.", "2023-05-19"),
        ("ru", "В пятницу президент Иван Сидоров посетил Заречье.", "2023-05-12"),
        ("de", "Der Pegel der Wessel könnte bis Freitag weiter steigen, warnte der Wetterdienst.", "2023-05-19"),
        ("de", "Der Minister wird am Freitag nach Bergfeld reisen.", "2023-05-19"),
        ("de", "Der Minister ist am Freitag nach Bergfeld gereist.", "2023-05-12"),
    ],
)
def test_a_bare_weekday_after_a_future_is_the_next_one_without_a_parse(lang: str, text: str, value: str) -> None:
    # published on Tuesday 16 May 2023: the next Friday is the 19th, the last one the 12th
    analysis = analyze_article(Article(id="t", text=text, published="2023-05-16"), lang=lang, analyzers=["dates"])
    assert [d.attrs.value for d in analysis.spans.dates] == [value]


def test_a_german_date_with_dem_and_its_weekday_dates_the_article() -> None:
    analysis = analyze(
        text="Bergfeld, Dienstag, dem 14. März 2023\n\nDie Stadt Bergfeld hat die Altstadt evakuiert. "
        "Der Bürgermeister sprach von einer ernsten Lage.",
        lang="de",
        analyzers=["dates"],
    )
    assert analysis.published == "2023-03-14" and analysis.published_inferred is True
