"""Reports in de, it, pl and ru after review 46a: a plural bare verb or incise is no zero subject of the last
person ("Mówią, że …": they say), a document noun is matched as a whole word (not "Kontext", "контексте"), an
adverb opening the sentence is no adjective of an unnamed group, and a group named by its noun alone is the group
named in full before. Invented sentences and people (``lang/<code>/reports.json``)."""

from __future__ import annotations

from typing import Any

import pytest

from newsloupe.attribution import quote_only_attributions

MINISTER_PL = "Minister Jan Wymyślony powiedział, że szpital jest w dobrym stanie. "
MINISTER_IT = "Il ministro Mario Inventato ha detto che l'ospedale è in buono stato. "


def _said(text: str, lang: str) -> list[tuple[str | None, str]]:
    found: list[dict[str, Any]] = quote_only_attributions(text, lang=lang)
    return [(a.get("speaker"), " / ".join(c["text"] for c in a["content"])) for a in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", MINISTER_PL + "Mówią, że szpital zostanie zamknięty."),
        ("pl", MINISTER_PL + "Powiedzieli, że szpital zostanie zamknięty."),
        ("pl", MINISTER_PL + "Ceny, jak mówią, rosną szybciej niż płace."),
        ("it", MINISTER_IT + "Dicono che l'ospedale sarà chiuso."),
        ("it", MINISTER_IT + "Hanno detto che l'ospedale sarà chiuso."),
    ],
)
def test_a_plural_bare_verb_is_not_the_last_person(lang: str, text: str) -> None:
    said = _said(text, lang)
    assert len(said) == 1 and said[0][0] in ("Jan Wymyślony", "Mario Inventato")
    assert "stanie" in said[0][1] or "stato" in said[0][1]


def test_a_singular_bare_verb_still_is_the_last_person() -> None:
    assert _said(MINISTER_PL + "Dodał, że szpital zostanie zamknięty.", "pl")[1] == (
        "Jan Wymyślony",
        "szpital zostanie zamknięty",
    )
    assert _said(MINISTER_IT + "Ha aggiunto che l'ospedale sarà chiuso.", "it")[1] == (
        "Mario Inventato",
        "l'ospedale sarà chiuso",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Brücke wird im Juni fertig, heißt es im Kontext der Debatte."),
        ("ru", "Мост будет готов в июне, говорится в контексте обсуждения."),
        ("it", "Ponte chiuso a giugno, si legge nel contesto della riforma."),
    ],
)
def test_a_word_ending_like_a_document_is_no_document(lang: str, text: str) -> None:
    assert _said(text, lang) == []


def test_whole_document_nouns_and_a_german_compound_are_documents() -> None:
    assert _said("Мост будет готов в июне, говорится в заявлении мэрии.", "ru") == [
        ("заявлении мэрии", "Мост будет готов в июне")
    ]
    assert _said("Die Brücke wird im Juni fertig, heißt es in einer Pressemitteilung der Stadt.", "de") == [
        ("einer Pressemitteilung der Stadt", "Die Brücke wird im Juni fertig")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("pl", "Wczoraj eksperci powiedzieli, że most jest bezpieczny.", "eksperci"),
        ("it", "Ieri gli esperti hanno detto che il ponte è sicuro.", "esperti"),
        ("ru", "Вчера эксперты заявили, что мост безопасен.", "эксперты"),
        ("ru", "Также власти сообщили, что мост безопасен.", "власти"),
        ("ru", "Независимые эксперты заявили, что мост безопасен.", "Независимые эксперты"),
        ("pl", "Niezależni eksperci powiedzieli, że most jest bezpieczny.", "Niezależni eksperci"),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_adjective_of_the_group(lang: str, text: str, speaker: str) -> None:
    assert [s for s, _ in _said(text, lang)] == [speaker]


def test_a_group_named_by_its_noun_is_the_group_named_before() -> None:
    said = _said(
        "Председатели комитетов врачей Выдумки заявили, что больница закрыта. "
        "Позже врачи заявили, что больница откроется летом.",
        "ru",
    )
    assert [s for s, _ in said] == ["Председатели комитетов врачей Выдумки"] * 2
