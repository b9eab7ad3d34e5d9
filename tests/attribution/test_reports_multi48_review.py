"""Fixes from the stop-48 review in de/it/pl/ru reports (revfix48a, issue 12): double given names, a time before
a body, a listed hyphenated role, one mechanism for « по его словам », a body before an impersonal form, bodies in
the nominative. Invented sentences, people and bodies."""

from __future__ import annotations

from tests.attribution.quote_helpers import quoted_one as _one


def test_a_double_given_name_is_one_person() -> None:
    pl = (
        "Ewa Wymyślona została w domu. Jej siostra Anna Maria Wymyślona przyjechała do Gdańska.\n\n"
        "„Zostanę tu” – powiedziała."
    )
    assert _one(pl, "pl", "Zostanę")["speaker"] == "Anna Maria Wymyślona"
    de = "Anna Erfunden blieb zu Hause. Ihr Bruder Hans Peter Erfunden kam nach Bonn.\n\n„Ich bleibe hier“, sagte er."
    assert _one(de, "de", "Ich bleibe")["speaker"] == "Hans Peter Erfunden"


def test_a_time_before_a_body_is_not_the_body() -> None:
    ru = _one("В понедельник в министерстве заявили, что переговоры продолжатся в мае.", "ru", "переговоры")
    assert ru["source"]["text"] == "министерстве" and ru["source_type"] == "organization"
    pl = _one("W poniedziałek w ministerstwie podkreślili, że rozmowy będą kontynuowane.", "pl", "rozmowy")
    assert pl["source"]["text"] == "ministerstwie" and pl["source_type"] == "organization"


def test_a_body_before_an_impersonal_form() -> None:
    pl = _one("W ministerstwie podkreślono, że rozmowy będą kontynuowane.", "pl", "rozmowy")
    assert pl["source"]["text"] == "ministerstwie" and pl["source_type"] == "organization"
    ru = _one("В министерстве отмечается, что переговоры продолжатся в мае.", "ru", "переговоры")
    assert ru["source"]["text"] == "министерстве" and ru["source_type"] == "organization"
    none = _one("В понедельник отмечается, что переговоры продолжатся в мае.", "ru", "переговоры")
    assert none["source_type"] == "none" and none["speaker"] is None


def test_a_body_is_named_in_the_nominative() -> None:
    ru = _one("В посольстве страны заявили, что переговоры продолжатся в мае.", "ru", "переговоры")
    assert ru["speaker"] == "посольство страны" and ru["source"]["text"] == "посольстве страны"
    kremlin = _one("«Мост будет готов в июне», — отметили в Кремле.", "ru", "Мост")
    assert kremlin["speaker"] == "Кремль" and kremlin["source"]["text"] == "Кремле"
    pl = _one("W Ministerstwie Zdrowia podkreślili, że rozmowy będą kontynuowane.", "pl", "rozmowy")
    assert pl["speaker"] == "Ministerstwo Zdrowia" and pl["source"]["text"] == "Ministerstwie Zdrowia"
    it = _one("«Il ponte sarà pronto», fanno sapere dal ministero.", "it", "Il ponte")
    assert it["speaker"] == "ministero"


def test_a_listed_hyphenated_role_keeps_its_prefix() -> None:
    text = (
        "Пресс-секретарь министерства Анна Выдумкина заявила, что отчёт готов.\n\n"
        "Секретарь совета Олег Придумов заявил, что заседание перенесут.\n\n"
        "«Сроки сдвигать не будут», — сказал пресс-секретарь."
    )
    assert _one(text, "ru", "Сроки")["speaker"] == "Анна Выдумкина"
    vice = (
        "Премьер Иван Выдумкин заявил, что бюджет будет принят в мае.\n\n"
        "На заседании выступили депутаты.\n\n«Сроки сдвигать не будут», — сказал вице-премьер."
    )
    assert _one(vice, "ru", "Сроки")["role"] is None  # not the premier's role: a vice-premier is not "премьер"


def test_a_pronoun_cue_is_the_source_in_every_language() -> None:
    cases = [
        ("ru", "Иван Выдумкин выступил на заседании. По его словам, мост откроют в мае.", "мост", "его"),
        ("pl", "Jan Wymyślony przemawiał na sesji. Jego zdaniem most zostanie otwarty w maju.", "most", "Jego"),
        ("it", "Marco Inventato ha parlato ieri. A suo avviso il ponte aprirà a maggio.", "il ponte", "suo"),
        (
            "de",
            "Hans Erfunden sprach am Montag. Seiner Meinung nach wird die Brücke im Mai eröffnet.",
            "wird",
            "Seiner",
        ),
    ]
    for lang, text, start, pronoun in cases:
        a = _one(text, lang, start)
        assert a["source"]["text"] == pronoun and a["cue"]["text"].split().count(pronoun) == 1, (lang, a)
    assert _one(cases[0][1], "ru", "мост")["speaker"] == "Иван Выдумкин"
