"""Colon titles and gerunds in de, it, pl and ru after review 46b: a title's name is a speaker's last name as
written or with a case ending undone, never a longer name it begins (Nowak is not Nowakowski) nor a large place
(Berlin, Warszawa); a title that is one quotation and a final stop is direct; its words are counted without
punctuation; a hedge in a gerund's clause is no longer the hedge of the report cut before it. Invented sentences
and people (``lang/<code>/reports.json``)."""

from __future__ import annotations

from typing import Any

import pytest

from newsloupe.attribution import quote_only_attributions


def _all(text: str, lang: str) -> list[dict[str, Any]]:
    return quote_only_attributions(text, lang=lang)


@pytest.mark.parametrize(
    ("lang", "text", "cue"),
    [
        (
            "pl",
            "Nowak: rząd zamknie most na rok\n\nPoseł Jan Nowakowski powiedział, że most jest gotowy.",
            "powiedział",
        ),
        ("pl", "Kowal: rząd zamknie most na rok\n\nPoseł Jan Kowalski powiedział, że most jest gotowy.", "powiedział"),
        (
            "pl",
            "Warszawa: miasto zamyka most na rok\n\nPrezydent Anna Warszawska powiedziała, że most jest stary.",
            "powiedziała",
        ),
        (
            "de",
            "Berlin: Senat schließt die Brücke für ein Jahr\n\nDie Brücke sei alt, sagte Bürgermeister Paul Berliner.",
            "sagte",
        ),
        (  # a speaker named as the place itself: the title is still the place's
            "de",
            "Berlin: Senat schließt die Brücke für ein Jahr\n\nDie Brücke sei marode, sagte Bürgermeister Paul Berlin.",
            "sagte",
        ),
    ],
)
def test_a_title_is_no_longer_name_nor_a_place(lang: str, text: str, cue: str) -> None:
    assert [a["cue"]["text"] for a in _all(text, lang)] == [cue]


def test_a_title_with_the_speakers_own_last_name_still_reads() -> None:
    text = "Merkel: Die Brücke wird im Sommer fertig\n\nDie Brücke sei marode, sagte Kanzlerin Angela Merkel."
    out = _all(text, "de")
    assert [(a["speaker"], a["cue"]["text"]) for a in out] == [("Angela Merkel", ":"), ("Angela Merkel", "sagte")]
    assert [c["text"] for c in out[0]["content"]] == ["Die Brücke wird im Sommer fertig"]


def test_a_title_one_quotation_and_a_stop_is_direct() -> None:
    text = "Wymyślony: „Most jest gotowy”.\n\nMinister Jan Wymyślony powiedział, że opłaty nie wzrosną."
    title = _all(text, "pl")[0]
    assert (title["speaker"], title["cue"]["text"], title["kind"]) == ("Jan Wymyślony", ":", "direct")
    assert [c["text"] for c in title["content"]] == ["Most jest gotowy"]


def test_a_title_of_one_word_in_quotation_marks_is_too_short() -> None:
    text = "Wymyślony: „Nie”.\n\nMinister Jan Wymyślony powiedział, że opłaty nie wzrosną."
    assert [a["cue"]["text"] for a in _all(text, "pl")] == ["powiedział"]


def test_a_hedge_in_the_gerunds_clause_is_only_the_gerunds() -> None:
    text = "Minister Jan Wymyślony powiedział, że most jest gotowy, dodając, że opłaty podobno nie wzrosną."
    out = _all(text, "pl")
    assert [(a["cue"]["text"], a["content"][0]["text"], a["hedged"]) for a in out] == [
        ("powiedział", "most jest gotowy", False),
        ("dodając", "opłaty podobno nie wzrosną", True),
    ]
    assert out[0]["hedge_spans"] == []
    assert [h["text"] for h in out[1]["hedge_spans"]] == ["podobno"]


def test_a_hedge_before_the_gerund_stays() -> None:
    text = "Minister Jan Wymyślony powiedział, że most podobno jest gotowy, dodając, że opłaty nie wzrosną."
    out = _all(text, "pl")
    assert [(a["cue"]["text"], a["hedged"]) for a in out] == [("powiedział", True), ("dodając", False)]
    assert [h["text"] for h in out[0]["hedge_spans"]] == ["podobno"]
