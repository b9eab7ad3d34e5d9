"""Places, captions and dates after review 46a: large towns opening a Russian or Polish sentence under a case
ending, the lower-case words read once per article, a caption that opens with its credit's word, an agency
credit before a person's name, a person a caption writes that NER cut, and a date after "for". Every sentence is
invented."""

from __future__ import annotations

import re
from typing import Any

import pytest

import newsloupe.analyzers.places as places
from newsloupe.ingest.captions import find_credit
from newsloupe.ingest.html import parse_html
from newsloupe.model import Article
from newsloupe.pipeline import analyze, analyze_article


def _places(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return {p.text: (p.attrs.name, p.attrs.country) for p in analysis.spans.places}


def test_a_large_city_under_a_case_ending_opens_a_sentence() -> None:
    assert _places("Самару накрыл сильный снегопад в понедельник. Власти закрыли школы.", "ru")["Самару"] == (
        "Samara",
        "RU",
    )
    assert _places("Krakowa nie ominęła burza. Miasto zamknęło szkoły w poniedziałek.", "pl")["Krakowa"] == (
        "Krakow",
        "PL",
    )
    # a common word opening a sentence that the text also writes in lower case stays no town
    assert "Еда" not in _places("Еда для меня важна. Вкусная еда радует всю семью.", "ru")


def test_the_lower_case_words_are_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    searches: list[str] = []

    class _CountingRe:
        """The ``re`` module, counting the whole-text searches for one lower-case word."""

        def __getattr__(self, name: str) -> Any:
            return getattr(re, name)

        def search(self, pattern: str, text: str, *args: Any) -> Any:
            if isinstance(pattern, str) and pattern.startswith("(?<![\\w-])"):
                searches.append(pattern)
            return re.search(pattern, text, *args)

    monkeypatch.setattr(places, "re", _CountingRe())
    towns = ["Самара", "Казань", "Пермь", "Тверь"]
    text = " ".join(f"{towns[i % 4]} готовится к зиме, говорят жители района номер {i}." for i in range(40))
    found = _places(text + " Еда для меня важна. Вкусная еда радует семью.", "ru")
    assert "Еда" not in found
    assert len(searches) <= 1  # was one search of the whole text per town opening a sentence


def test_an_agency_credit_first_is_the_agency_alone() -> None:
    assert find_credit("© Reuters Ann Lee speaks to the press in Velmora.") == "Reuters"
    assert find_credit("© Ann Kessel Nurses give flu shots at a clinic in Velmora.") == "Ann Kessel"


def _captions(caption: str, body: str, title: str) -> list[tuple[str, str, list[str]]]:
    page = (
        "<html lang='en'><head><meta property='og:site_name' content='Velmora Ledger'></head><body><article>"
        f"<h1>{title}</h1><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>{body}"
        "</article></body></html>"
    )
    analysis = analyze_article(
        parse_html(page, article_id="c", source="t"), lang="en", analyzers=["entities", "places", "dates", "captions"]
    )
    return [(c.attrs.relation, analysis.text[c.start : c.end], list(c.attrs.reasons)) for c in analysis.captions]


def test_a_caption_opening_with_its_credit_word_keeps_its_subject() -> None:
    body = (
        "<p>Journalists from several agencies waited outside the court in Oslo on Monday for the verdict.</p>"
        "<p>The court heard the case for three weeks.</p>"
    )
    caps = _captions(
        "Reuters journalists wait outside the court in Oslo. (Reuters)", body, "Reuters journalists barred"
    )
    assert any("reuters journalists" in r for r in caps[0][2])  # its own words open with the agency's name


def test_a_person_the_caption_writes_is_a_person_though_ner_cut_him() -> None:
    body = (
        "<p>Singer Tom Arden cancelled his concert in the valley on Friday, his agent said.</p>"
        "<p>Tom Arden had played the fair each summer since 2010, and Tom Arden fans had bought every ticket.</p>"
        "<p>Organisers said Tom Arden would be back next year.</p>"
    )
    caps = _captions("Ann Kessel Tom Arden Velmora", body, "Summer fair loses its star")
    assert caps[0][0] == "related"
    assert not any("generic picture" in r for r in caps[0][2])


def test_a_day_booked_for_lies_ahead() -> None:
    for text in (
        "The flight booked for December 2 was cancelled by the airline.",
        "The concert slated for December 2 was cancelled by the band.",
    ):
        article = Article(id="f", text=text, published="2019-11-20")
        dates = {d.text: d.attrs.value for d in analyze_article(article, lang="en", analyzers=["dates"]).spans.dates}
        assert dates["December 2"] == "2019-12-02"
    held = Article(
        id="g", text="Officials said the inquiry opened on December 2 had been closed.", published="2019-11-20"
    )
    dates = {d.text: d.attrs.value for d in analyze_article(held, lang="en", analyzers=["dates"]).spans.dates}
    assert dates["December 2"] == "2018-12-02"
