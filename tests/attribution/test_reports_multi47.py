"""Speakers and source types in de, it, pl and ru read without a parse (stop 47, multi47, issue 12): a listed
verb's other persons, numbers and genders (``verb_inflections``), a quotation introduced by a sentence ending with a
colon, a gendered pronoun or bare verb resolved to the last person of that gender named, a role alone resolved to
the person just named, a one-word name in a case form written as the person named in full, the authorities and a
body's people typed organization. Invented sentences and people."""

from __future__ import annotations

import pytest

from newsloupe.attribution.quote_speakers import inflected
from tests.attribution.quote_helpers import quoted as _all
from tests.attribution.quote_helpers import quoted_one as _one


def test_listed_verbs_get_their_other_forms() -> None:
    pl = inflected(["powiedział"], "pl")
    assert pl["powiedziała"] == "f" and pl["powiedzieli"] == "pl" and pl["powiedział"] == ""
    ru = inflected(["заявил", "считает"], "ru")
    assert ru["заявила"] == "f" and ru["заявили"] == "pl" and ru["считают"] == "pl"
    assert inflected(["warnte"], "de")["warnten"] == "pl"
    it = inflected(["ha detto"], "it")
    assert it["hanno detto"] == "pl" and "ha poi detto" in it and "ha detto ancora" in it


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker", "kind"),
    [
        (
            "pl",
            "„Nowy most otworzymy już w maju tego roku” – oświadczyli organizatorzy.",
            "Nowy most",
            "organizatorzy",
            "unnamed_collective",
        ),
        (
            "ru",
            "«Новый мост откроют уже в мае этого года», — заявили организаторы.",
            "Новый мост",
            "организаторы",
            "unnamed_collective",
        ),
        (
            "it",
            "«Il ponte sarà pronto in primavera – ha detto ancora Marco Inventato. – Poi apriremo la strada».",
            "Il ponte",
            "Marco Inventato",
            "person_named",
        ),
    ],
)
def test_plural_forms_and_adverbs_read_the_speaker(lang: str, text: str, start: str, speaker: str, kind: str) -> None:
    a = _one(text, lang, start)
    assert (a["speaker"], a["source_type"]) == (speaker, kind)


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    [
        # a pronoun after the verb, the person named a sentence before (German)
        (
            "de",
            "Die Siegerin Julia Erfunden sprach nach dem Spiel. Auf die Frage nach dem Krieg sagte sie:\n\n"
            "„Der Platz war heute in einem sehr guten Zustand.“",
            "Der Platz",
            "Julia Erfunden",
        ),
        # a role alone as the subject: the person just named (Polish)
        (
            "pl",
            "Na konferencji był też Konrad Wymyślony. Dziennikarz napisał:\n\n"
            "„Nowa ustawa jest zła dla wszystkich obywateli kraju.”",
            "Nowa ustawa",
            "Konrad Wymyślony",
        ),
        # no subject after an adverbial (Italian)
        (
            "it",
            "Marco Inventato ha parlato ieri a Roma. Poco dopo, ha poi ribadito il suo giudizio: "
            "«Il progetto del ponte è sbagliato dall'inizio alla fine».",
            "Il progetto",
            "Marco Inventato",
        ),
    ],
)
def test_a_colon_intro_gives_its_quotation_a_speaker(lang: str, text: str, start: str, speaker: str) -> None:
    a = _one(text, lang, start)
    assert a["speaker"] == speaker and a["kind"] == "direct" and a["source_type"] == "person_named"


def test_a_gendered_bare_verb_takes_the_person_of_its_gender() -> None:
    text = (
        "Anna Wymyślona przyszła do ratusza, gdzie czekał już Jan Nowak. Powiedziała:\n\n"
        "„Nowa ustawa jest zła dla wszystkich obywateli kraju.”"
    )
    assert _one(text, "pl", "Nowa ustawa")["speaker"] == "Anna Wymyślona"
    male = text.replace("Powiedziała", "Powiedział")
    assert _one(male, "pl", "Nowa ustawa")["speaker"] == "Jan Nowak"


def test_a_colon_sentence_is_no_content_of_its_own() -> None:
    text = (
        "Die Siegerin Julia Erfunden sprach nach dem Spiel. Auf die Frage, ob sie den Plan lobe, sagte sie:\n\n"
        "„Der Platz war heute in einem sehr guten Zustand.“"
    )
    assert [a["content"][0]["text"][:8] for a in _all(text, "de")] == ["Der Plat"]


def test_a_plural_verb_before_a_colon_gives_no_person() -> None:
    text = "Jan Wymyślony przyszedł do ratusza. Powiedzieli:\n\n„Nowa ustawa jest zła dla wszystkich obywateli kraju.”"
    assert _one(text, "pl", "Nowa ustawa")["speaker"] is None


def test_a_case_form_is_written_as_the_person_named_in_full() -> None:
    text = (
        "Szymon Wymyślony przedstawił nowy plan w Sejmie. Zdaniem Wymyślonego taki plan pozwoli oszczędzić "
        "dużo pieniędzy."
    )
    a = _one(text, "pl", "taki plan")
    assert a["speaker"] == "Szymon Wymyślony"


def test_a_preposition_before_zdaniem_makes_no_cue() -> None:
    text = "Ze zdaniem Nowaka polemizował Konrad Wymyślony, który mówił o czymś innym."
    assert [a for a in _all(text, "pl") if (a["cue"] or {}).get("text") == "zdaniem"] == []


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    [
        ("pl", "Wczoraj władze Wymyślina ogłosiły, że most zostanie zamknięty w sobotę.", "most", "władze Wymyślina"),
        (
            "ru",
            "Власти Соединенных Штатов считают, что новый мост откроют в мае.",
            "новый мост",
            "Власти Соединенных Штатов",
        ),
    ],
)
def test_the_authorities_are_an_organisation(lang: str, text: str, start: str, speaker: str) -> None:
    a = _one(text, lang, start)
    assert (a["speaker"], a["source_type"]) == (speaker, "organization")


def test_an_outlet_noun_with_no_outlet_named_is_the_outlet() -> None:
    text = "«Новый мост откроют уже в мае этого года», — пишет издание."
    a = _one(text, "ru", "Новый мост")
    assert (a["speaker"], a["source_type"]) == ("издание", "media")


def test_a_country_as_the_speaker_is_its_government() -> None:
    text = "Il ministro è partito da Berlino in treno. Berlino ha detto che il ponte sarà chiuso per un mese intero."
    a = _one(text, "it", "il ponte")
    assert (a["speaker"], a["source_type"]) == ("Berlino", "organization")


def test_a_surname_past_a_prepositions_object_is_the_person_named_before() -> None:
    text = (
        "Jan Wymyślony skrytykował ustawę.\n\n"
        "„Nowa ustawa jest zła dla wszystkich obywateli kraju” – napisał na Twitterze Wymyślony."
    )
    assert _one(text, "pl", "Nowa ustawa")["speaker"] == "Jan Wymyślony"
    unnamed = "„Nowa ustawa jest zła dla wszystkich obywateli kraju” – powiedział w rozmowie z Radiem Fikcja."
    assert _one(unnamed, "pl", "Nowa ustawa")["speaker"] is None


def test_an_adverb_between_the_subject_and_its_verb_is_passed_over() -> None:
    text = "Nowe sankcje ogłosiła wczoraj Rosja. Rosja już zapowiedziała, że odpowie na zakaz tranzytu w tym tygodniu."
    a = _one(text, "pl", "odpowie")
    assert (a["speaker"], a["source_type"]) == ("Rosja", "organization")


def test_a_group_of_a_named_body_is_that_body() -> None:
    text = "Analysten von Beispiel Capital & Co. erklärten, dass der Brotpreis im Herbst sinken werde."
    a = _one(text, "de", "der Brotpreis")
    assert (a["speaker"], a["source_type"]) == ("Analysten von Beispiel Capital & Co", "organization")
