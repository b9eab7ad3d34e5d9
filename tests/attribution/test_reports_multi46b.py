"""A reporting gerund continuing a report in it, pl and ru (stop 46, multi46b, issue 12): ``X powiedział, że A,
dodając, że B`` and ``«A», ha detto X, aggiungendo che B`` give a second attribution with the same speaker, its cue
the gerund, and the first report's content cut before it; a gerund with no report or named quotation before it in
its sentence gives nothing. Invented sentences and people (``lang/<code>/reports.json`` ``gerunds``)."""

from __future__ import annotations

from typing import Any

import pytest

from newsloupe.attribution import quote_only_attributions


def _all(text: str, lang: str) -> list[dict[str, Any]]:
    return quote_only_attributions(text, lang=lang)


CONTINUED = [
    # (lang, text, speaker, first cue, first content, gerund, gerund's content, first kind)
    (
        "pl",
        "Minister Jan Wymyślony powiedział, że most jest gotowy, dodając, że opłaty nie wzrosną.",
        "Jan Wymyślony",
        "powiedział",
        "most jest gotowy",
        "dodając",
        "opłaty nie wzrosną",
        "indirect",
    ),
    (
        "it",
        "«Il ponte sarà pronto in estate», ha detto il sindaco Marco Inventato, aggiungendo che i lavori costeranno "
        "meno del previsto.",
        "Marco Inventato",
        "ha detto",
        "Il ponte sarà pronto in estate",
        "aggiungendo",
        "i lavori costeranno meno del previsto",
        "direct",
    ),
    (
        "ru",
        "Министр Иван Выдуманов заявил, что мост откроют летом, подчеркнув, что работы идут по плану.",
        "Иван Выдуманов",
        "заявил",
        "мост откроют летом",
        "подчеркнув",
        "работы идут по плану",
        "indirect",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "cue", "first", "gerund", "second", "kind"), CONTINUED)
def test_a_gerund_continues_the_report_with_its_speaker(
    lang: str, text: str, speaker: str, cue: str, first: str, gerund: str, second: str, kind: str
) -> None:
    out = _all(text, lang)
    assert [(a["speaker"], a["cue"]["text"], a["kind"]) for a in out] == [
        (speaker, cue, kind),
        (speaker, gerund, "indirect"),
    ]
    assert [c["text"] for c in out[0]["content"]] == [first]
    assert [c["text"] for c in out[1]["content"]] == [second]
    assert out[1]["source_type"] == out[0]["source_type"] == "person_named"


def test_two_gerunds_split_the_rest_of_the_sentence() -> None:
    text = (
        "Minister Jan Wymyślony powiedział, że most jest gotowy, dodając, że opłaty nie wzrosną, "
        "podkreślając, że remont potrwa rok."
    )
    out = _all(text, "pl")
    assert [(a["cue"]["text"], a["content"][0]["text"]) for a in out] == [
        ("powiedział", "most jest gotowy"),
        ("dodając", "opłaty nie wzrosną"),
        ("podkreślając", "remont potrwa rok"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Sejm przyjął ustawę o drogach, dodając, że wejdzie ona w życie w maju."),  # no report before it
        ("pl", "Dodając, że opłaty nie wzrosną, minister zamknął spotkanie z mieszkańcami."),  # opens the sentence
        ("it", "Il comune ha chiuso la strada, aggiungendo che riaprirà a maggio."),
    ],
)
def test_a_gerund_without_a_report_before_it_gives_nothing(lang: str, text: str) -> None:
    assert _all(text, lang) == []


def test_a_gerund_after_a_named_subject_and_any_verb() -> None:
    out = _all("Jan Wymyślony skrytykował ustawę o drogach, dodając, że opłaty wzrosną.", "pl")
    assert [(a["speaker"], a["cue"]["text"], a["content"][0]["text"]) for a in out] == [
        ("Jan Wymyślony", "skrytykował", "ustawę o drogach"),  # an object report (stop 48)
        ("Jan Wymyślony", "dodając", "opłaty wzrosną"),
    ]


def test_a_pronoun_subject_is_the_person_a_gerund_named_before() -> None:
    text = (
        "Министр Иван Выдуманов раскритиковал закон, подчеркнув, что работы идут по плану. "
        "Он также похвалил строителей, отметив, что они работают быстро."
    )
    out = _all(text, "ru")
    assert [(a["speaker"], a["cue"]["text"]) for a in out] == [
        ("Иван Выдуманов", "подчеркнув"),
        ("Иван Выдуманов", "отметив"),
    ]


def test_a_colon_title_is_the_report_of_the_person_the_article_quotes() -> None:
    text = (
        "Wymyślony: podatki nie wzrosną w przyszłym roku\n"
        "Rząd zebrał się we wtorek. Podatki nie wzrosną - powiedział minister finansów Jan Wymyślony."
    )
    title = _all(text, "pl")[0]
    assert (title["speaker"], title["kind"], title["cue"]["text"]) == ("Jan Wymyślony", "indirect", ":")
    assert [c["text"] for c in title["content"]] == ["podatki nie wzrosną w przyszłym roku"]


def test_a_colon_title_opening_with_a_quotation_keeps_the_quotation() -> None:
    text = (
        'Wymyślony: "most jest gotowy". Mieszkańcy nie wierzą\n'
        "Rząd zebrał się we wtorek. Podatki nie wzrosną - powiedział minister finansów Jan Wymyślony."
    )
    title = _all(text, "pl")[0]
    assert (title["speaker"], title["kind"]) == ("Jan Wymyślony", "direct")
    assert [c["text"] for c in title["content"]] == ["most jest gotowy"]


@pytest.mark.parametrize(
    "title",
    [
        "Sankcje: podatki nie wzrosną w przyszłym roku",  # no speaker of the article has that name
        "WYMYŚLONY: podatki nie wzrosną w przyszłym roku",  # all capitals
        "Wymyślony: koniec",  # too short
    ],
)
def test_a_colon_title_without_a_speaker_of_that_name_gives_nothing(title: str) -> None:
    text = title + "\nRząd zebrał się we wtorek. Podatki nie wzrosną - powiedział minister finansów Jan Wymyślony."
    assert [a["cue"]["text"] for a in _all(text, "pl")] == ["powiedział"]
