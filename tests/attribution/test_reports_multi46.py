"""Reports in de, it, pl and ru read at stop 46 (multi46, issue 12): a source ending the sentence a few words after a
reporting verb that follows its content (past a time, a place or an addressee), a bare verb at a sentence's start or
in an incise resolved to the last person named (pl, it), a document named after an impersonal verb (говорится в
заявлении, heißt es in einer Erklärung), and the near misses that must give no speaker. Invented sentences, invented
people and outlets (``lang/<code>/reports.json``)."""

from __future__ import annotations

from typing import Any

import pytest

from newsloupe.attribution import quote_only_attributions


def _all(text: str, lang: str) -> list[dict[str, Any]]:
    return quote_only_attributions(text, lang=lang)


def _content(a: dict[str, Any]) -> str:
    return " / ".join(c["text"] for c in a["content"])


SOURCE_LAST = [
    # (lang, text, speaker, role word, content start)
    (
        "pl",
        "Most będzie gotowy w czerwcu – powiedział we wtorek w rozmowie z Radiem Fikcja minister transportu "
        "Jan Wymyślony.",
        "Jan Wymyślony",
        "minister",
        "Most będzie gotowy",
    ),
    (
        "ru",
        "Фонд поддержал сорок проектов, сообщил РИА Новости генеральный директор фонда Иван Выдуманов.",
        "Иван Выдуманов",
        "директор",
        "Фонд поддержал",
    ),
    (
        "it",
        "Il ponte sarà pronto a giugno, ha affermato ieri sera il sindaco Mario Inventato.",
        "Mario Inventato",
        None,
        "Il ponte sarà pronto",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "role", "start"), SOURCE_LAST)
def test_a_source_ending_the_sentence_past_a_time_place_or_addressee(
    lang: str, text: str, speaker: str, role: str | None, start: str
) -> None:
    found = [a for a in _all(text, lang) if a["speaker"]]
    assert len(found) == 1, found
    a = found[0]
    assert a["speaker"] == speaker
    assert a["source_type"] == "person_named"
    assert _content(a).startswith(start)
    if role is not None:
        assert role in (a["role"] or "")


def test_a_role_alone_after_the_quotation_is_the_speaker_named_before_with_that_role() -> None:
    text = (
        "Фонд поддержал сорок проектов, сообщил РИА Новости генеральный директор фонда Иван Выдуманов.\n"
        '"Заявок стало больше, и мы рады этому", - сообщил исполнительный директор Фонда.\n'
    )
    found = _all(text, "ru")
    assert [a["speaker"] for a in found] == ["Иван Выдуманов", "Иван Выдуманов"]
    assert found[1]["kind"] == "direct"


def test_a_bare_verb_resolved_to_the_last_person_named_in_polish() -> None:
    text = (
        "Most będzie gotowy w czerwcu – powiedział we wtorek w rozmowie z Radiem Fikcja minister transportu "
        "Jan Wymyślony.\n\n"
        '"Prace idą zgodnie z planem i nie widzę zagrożeń" – wyjaśnił. Dodał, że koszt nie wzrośnie.\n\n'
        "Oprócz tego, jak tłumaczył, drugi most powstanie za rok."
    )
    found = _all(text, "pl")
    assert [a["speaker"] for a in found] == ["Jan Wymyślony"] * 4
    assert [a["kind"] for a in found] == ["indirect", "direct", "indirect", "indirect"]
    assert _content(found[2]) == "koszt nie wzrośnie"


def test_a_bare_verb_with_no_person_named_before_gives_no_speaker() -> None:
    found = _all("Dodał, że koszt nie wzrośnie w tym roku.", "pl")
    assert found == []


def test_no_zero_subject_in_russian_an_impersonal_incise_reports_nothing() -> None:
    text = (
        "Мост будет готов в июне, заявил мэр города Иван Выдуманов.\n\n"
        "С такими ценами, как говорится, далеко не уедешь."
    )
    found = _all(text, "ru")
    assert [a["speaker"] for a in found] == ["Иван Выдуманов"]


NO_SPEAKER = [
    # a role's complement, an outlet addressed, a dative after the subject, a pronoun subject, an acronym after a
    # role word the lists lack: no speaker read
    ("it", "“Il ponte sarà pronto a giugno”, ha detto a maggio il presidente della regione Toscana.", "Toscana"),
    ("pl", '"Most będzie gotowy w czerwcu" – powiedział na antenie Telewizja Fikcja.', "Telewizja Fikcja"),
    ("de", "„Die Brücke wird im Juni fertig“, sagte sie dem Fiktionsblatt.", "Fiktionsblatt"),
    (
        "ru",
        "«Мост будет готов в июне», — написал депутат Иван Выдуманов комиссару Петру Придуманову.",
        "Петру Придуманову",
    ),
    ("pl", '"Most będzie gotowy w czerwcu" - powiedział wiceszef MF.', "MF"),
]


@pytest.mark.parametrize(("lang", "text", "wrong"), NO_SPEAKER)
def test_near_misses_give_no_wrong_speaker(lang: str, text: str, wrong: str) -> None:
    found = _all(text, lang)
    assert len(found) == 1, found
    assert found[0]["speaker"] != wrong
    assert found[0]["kind"] == "direct"


DOCUMENTS = [
    ("ru", "«Мост будет готов в июне», — говорится в заявлении.", "заявлении"),
    ("ru", "«Мост будет готов в июне», — отмечается в заявлении суда.", "заявлении суда"),
    ("de", "„Die Brücke wird im Juni fertig“, heißt es in einer Erklärung der Behörde.", "einer Erklärung der Behörde"),
    ("pl", '"Most będzie gotowy w czerwcu" - napisano w komunikacie.', "komunikacie"),
    ("it", "“Il ponte sarà pronto a giugno”, si legge nella nota ministeriale.", "nota ministeriale"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), DOCUMENTS)
def test_a_document_named_after_an_impersonal_verb(lang: str, text: str, speaker: str) -> None:
    found = _all(text, lang)
    assert len(found) == 1, found
    a = found[0]
    assert (a["speaker"], a["source_type"], a["kind"]) == (speaker, "document", "direct")
    assert a["source"]["text"] == speaker


def test_an_impersonal_verb_without_a_document_reports_nothing() -> None:
    found = _all("«Мост будет готов в июне», — говорится в народе.", "ru")
    assert [a["speaker"] for a in found] == [None]


GROUPS = [
    # (lang, text, speaker, type)
    ("ru", "Эксперты заявили, что мост будет готов в июне.", "Эксперты", "unnamed_collective"),
    (
        "ru",
        "Председатели двух комитетов ассоциации Выдумка заявили, что мост будет готов в июне.",
        "Председатели двух комитетов ассоциации Выдумка",
        "organization",
    ),
    (
        "pl",
        "Most będzie gotowy w czerwcu – podają eksperci Instytutu Wymysłu.",
        "eksperci Instytutu Wymysłu",
        "organization",
    ),
    (
        "de",
        "Die Brücke werde im Juni fertig, wie hochrangige Experten erklärten.",
        "hochrangige Experten",
        "unnamed_collective",
    ),
    ("it", "Gli esperti hanno affermato che il ponte sarà pronto a giugno.", "esperti", "unnamed_collective"),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "kind"), GROUPS)
def test_an_unnamed_group_as_the_subject(lang: str, text: str, speaker: str, kind: str) -> None:
    found = _all(text, lang)
    assert len(found) == 1, found
    assert (found[0]["speaker"], found[0]["source_type"]) == (speaker, kind)
    assert any(w in _content(found[0]) for w in ("мост", "Most", "ponte", "Brücke"))


def test_a_group_named_by_its_noun_alone_is_the_group_named_before_in_full() -> None:
    text = (
        "Председатели двух комитетов епископов Выдумки заявили, что мост будет готов в июне.\n\n"
        "«Мы ждём его с нетерпением и будем рады открытию», — добавили епископы."
    )
    found = _all(text, "ru")
    assert [a["speaker"] for a in found] == ["Председатели двух комитетов епископов Выдумки"] * 2
    assert [a["kind"] for a in found] == ["indirect", "direct"]


@pytest.mark.parametrize("noun", ["Abgeordnete", "Vertreter", "Forscher", "Beamte"])
def test_german_nouns_alike_in_both_numbers_are_no_group(noun: str) -> None:
    found = _all(f"„Die Brücke wird im Juni fertig“, sagte der {noun}.", "de")
    assert [a["speaker"] for a in found] == [None]
