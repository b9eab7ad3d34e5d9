"""Recall in de, it, pl and ru read without a parse (stop 48, multi48, issue 12): common reporting verbs, a report
with no source (an impersonal or passive verb opening a clause), a body named after a preposition beside a plural or
impersonal verb, a listed body opening the sentence, a reporting verb whose content is its object, a purpose clause
that is no content, a given name that is no country. Invented sentences, people and bodies."""

from __future__ import annotations

import pytest

from tests.attribution.quote_helpers import quoted as _all
from tests.attribution.quote_helpers import quoted_one as _one


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    [
        (
            "pl",
            "Wczoraj padał deszcz. Jan Wymyślony przekazał, że most zostanie otwarty w maju.",
            "most",
            "Jan Wymyślony",
        ),
        ("ru", "Вчера шёл дождь. Иван Выдумкин объяснил, что мост откроют в мае.", "мост", "Иван Выдумкин"),
        (
            "it",
            "Ieri pioveva. Marco Inventato ha ricordato che il ponte aprirà a maggio.",
            "il ponte",
            "Marco Inventato",
        ),
        (
            "de",
            "Gestern regnete es. Karl Erfunden bestätigte, dass die Brücke im Mai öffnet.",
            "die Brücke",
            "Karl Erfunden",
        ),
    ],
)
def test_common_reporting_verbs(lang: str, text: str, start: str, speaker: str) -> None:
    a = _one(text, lang, start)
    assert a["speaker"] == speaker and a["source_type"] == "person_named" and a["kind"] == "indirect"


@pytest.mark.parametrize(
    ("lang", "text", "start", "cue"),
    [
        ("ru", "Вчера шёл дождь. Сообщается, что мост откроют в мае.", "мост", "Сообщается"),
        ("pl", "Wczoraj padał deszcz. Podano, że most zostanie otwarty w maju.", "most", "Podano"),
        ("pl", "Wczoraj padał deszcz. Często mówi się, że most zostanie otwarty w maju.", "most", "mówi się"),
        ("it", "Ieri pioveva. Si dice che il ponte aprirà a maggio.", "il ponte", "Si dice"),
        ("de", "Gestern regnete es. Es heißt, dass die Brücke im Mai öffnet.", "die Brücke", "Es heißt"),
    ],
)
def test_a_report_with_no_source(lang: str, text: str, start: str, cue: str) -> None:
    a = _one(text, lang, start)
    assert a["speaker"] is None and a["source"] is None and a["source_type"] == "none"
    assert a["cue"]["text"] == cue


def test_an_impersonal_verb_after_a_document_is_the_documents() -> None:
    a = _one("Вчера шёл дождь. В докладе отмечается, что мост откроют в мае.", "ru", "мост")
    assert a["source_type"] == "document" and a["speaker"] == "докладе"


def test_si_with_a_subject_is_no_impersonal() -> None:
    assert not [
        a for a in _all("Ieri pioveva. Marco si dice convinto che il ponte aprirà.", "it") if a["speaker"] is None
    ]


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    [
        ("ru", "Вчера шёл дождь. Мост откроют в мае, подчеркнули в министерстве.", "Мост", "министерство"),
        ("ru", "Вчера шёл дождь. В ведомстве также напомнили, что мост откроют в мае.", "мост", "ведомство"),
        ("it", "Ieri pioveva. Il ponte aprirà a maggio, fanno sapere dal ministero.", "Il ponte", "ministero"),
    ],
)
def test_a_body_after_a_preposition(lang: str, text: str, start: str, speaker: str) -> None:
    a = _one(text, lang, start)
    assert a["speaker"] == speaker and a["source_type"] == "organization"


def test_a_time_after_a_preposition_is_no_body() -> None:
    found = _all("Вчера шёл дождь. Мост откроют в мае, подчеркнули в понедельник.", "ru")
    assert not [a for a in found if a["source_type"] == "organization"]


def test_a_listed_body_opening_the_sentence() -> None:
    a = _one("Rynek jest spokojny. Kreml przekonuje, że ceny wkrótce spadną.", "pl", "ceny")
    assert a["speaker"] == "Kreml" and a["source_type"] == "organization"


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "content"),
    [
        (
            "ru",
            "Суд принял решение. Президент Иван Выдумкин осудил это решение, назвав его ошибкой.",
            "Иван Выдумкин",
            "это решение",
        ),
        (
            "de",
            "Die Lage war ernst. Kurz darauf meldete die UNO neue Fälle im Süden des Landes.",
            "UNO",  # the acronym without its article (stop 49)
            "neue Fälle im Süden des Landes",
        ),
        (
            "it",
            "Ieri pioveva. Marco Inventato ha annunciato le sue dimissioni ma ha promesso di restare in città.",
            "Marco Inventato",
            "le sue dimissioni",
        ),
    ],
)
def test_a_report_whose_content_is_the_object(lang: str, text: str, speaker: str, content: str) -> None:
    a = _one(text, lang, content[:8])
    assert a["speaker"] == speaker and a["content"][0]["text"] == content


def test_a_name_after_an_object_verb_is_its_object_outside_german() -> None:
    assert not [
        a
        for a in _all("Вчера шёл дождь. Потом министр призвал Запад задуматься об угрозе.", "ru")
        if a["speaker"] == "Запад"
    ]


def test_a_purpose_clause_is_no_content() -> None:
    text = "Gestern regnete es. Karl Erfunden forderte neue Regeln, um Schließungen im Herbst zu vermeiden."
    assert not [a for a in _all(text, "de") if a["content"][0]["text"].startswith("um")]


def test_a_given_name_is_no_country() -> None:
    text = (
        "Wczoraj padał deszcz. Wieczorem przyszła do nas Dominika Wymyślona. "
        "Dominika wyjaśnia, że most zostanie otwarty w maju."
    )
    a = _one(text, "pl", "most")
    assert a["speaker"].startswith("Dominika") and a["source_type"] == "person_named"


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    [
        (
            "ru",
            "Вчера шёл дождь. «Мост откроют в мае», — сказал Иван Выдумкин. По его словам, дорогу тоже починят летом.",
            "дорогу",
            "Иван Выдумкин",
        ),
        (
            "pl",
            "Padał deszcz. „Most otworzymy w maju” – powiedział Jan Wymyślony. Jego zdaniem drogę też naprawią.",
            "drogę",
            "Jan Wymyślony",
        ),
    ],
)
def test_a_phrase_cue_with_a_pronoun(lang: str, text: str, start: str, speaker: str) -> None:
    a = _one(text, lang, start)
    assert a["speaker"] == speaker and a["cue"]["text"] in {"По его словам", "Jego zdaniem"}


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "source_type"),
    [
        (
            "ru",
            "Вчера шёл дождь. Суд отменил решение о строительстве моста через реку. Об этом сообщает РИА Новости.",
            "РИА Новости",
            "media",
        ),
        (
            "pl",
            "Wczoraj padał deszcz. Sąd uchylił decyzję o budowie mostu na rzece. Poinformował o tym Jan Wymyślony.",
            "Jan Wymyślony",
            "person_named",
        ),
        (
            "de",
            "Es regnete. Das Gericht hat die Entscheidung über die neue Brücke aufgehoben. Das berichtet der Spiegel.",
            "Spiegel",
            "media",
        ),
    ],
)
def test_this_reported_by_a_source_is_the_sentence_before(lang: str, text: str, speaker: str, source_type: str) -> None:
    before = text.split(". ")[1]
    a = _one(text, lang, before[:10])
    assert a["speaker"] == speaker and a["source_type"] == source_type and a["content"][0]["text"] == before


def test_a_quotation_said_in_a_body() -> None:
    a = _one("«Мост будет готов в июне», — отметили в Кремле.", "ru", "Мост")
    assert a["kind"] == "direct" and a["speaker"] == "Кремль" and a["source_type"] == "organization"


def test_a_listed_body_before_a_gerund() -> None:
    out = _all("Rząd przyjął ustawę o drogach, dodając, że wejdzie ona w życie w maju.", "pl")
    assert [(a["speaker"], a["cue"]["text"]) for a in out] == [("Rząd", "dodając")]
