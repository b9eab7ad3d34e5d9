"""Reports in de, it, pl and ru read without a parse (stop 49, multi49, issue 12): an Italian infinitive clause, a
subject set apart by commas or by a place or addressee phrase, a coordinated second verb, a relative pronoun's
antecedent, a German perfect, a body's acronym after its article, an indirect question, a two-word adverb, "this"
reported with a time between, a quotation's incise naming a group, a colon intro with no listed verb, a body
named with its seat. Invented sentences, people and bodies."""

from __future__ import annotations

import pytest

from tests.attribution.quote_helpers import quoted as _all
from tests.attribution.quote_helpers import quoted_one as _one


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker", "content"),
    [
        (  # an Italian infinitive clause after a reporting verb
            "it",
            "Ieri pioveva. Il sindaco Marco Inventato ha dichiarato di non voler chiudere la scuola.",
            "non voler",
            "Marco Inventato",
            "non voler chiudere la scuola",
        ),
        (  # a role set apart by commas between the subject and its verb
            "it",
            "Ieri pioveva. Anna Prova, presidente della provincia, ha fatto sapere di avere scritto ai sindaci.",
            "avere",
            "Anna Prova",
            "avere scritto ai sindaci",
        ),
        (
            "pl",
            "Wczoraj padało. Adam Wymyślony, znany ekonomista, ostrzega przed ogromnymi stratami.",
            "przed",
            "Adam Wymyślony",
            "przed ogromnymi stratami",
        ),
        (  # a place or an addressee phrase between a person and the verb
            "ru",
            "Вчера шёл дождь. Политолог Иван Выдумкин в разговоре с Газетой объяснил, что мост откроют в мае.",
            "мост",
            "Иван Выдумкин",
            "мост откроют в мае",
        ),
        (  # an indirect question as the content
            "ru",
            "Вчера шёл дождь. Иван Выдумкин объяснил, почему мост откроют только в мае.",
            "почему",
            "Иван Выдумкин",
            "почему мост откроют только в мае",
        ),
        (  # a relative pronoun's antecedent: the relative clause ends at its comma
            "ru",
            "Вчера шёл дождь. Министр Иван Выдумкин, который заявил, что мост откроют в мае, ушёл в отставку.",
            "мост",
            "Иван Выдумкин",
            "мост откроют в мае",
        ),
        (  # a German perfect: the object between the auxiliary and the participle
            "de",
            "Es regnete. Die Behörden haben jede Beteiligung an dem Plan zurückgewiesen.",
            "jede",
            "Die Behörden",
            "jede Beteiligung an dem Plan",
        ),
        (  # a German perfect with a clause after the participle, the acronym after the auxiliary
            "de",
            "Es regnete. Gestern hat der BND erklärt, er habe eine Gruppe festgenommen.",
            "er habe",
            "BND",
            "er habe eine Gruppe festgenommen",
        ),
        (  # an unlisted role noun before a given name
            "de",
            "Es regnete. Gestern warnte die Ökonomin Petra Erfunden, dass die Lage stabil sei.",
            "die Lage",
            "Petra Erfunden",
            "die Lage stabil sei",
        ),
        (  # a two-word adverb between the subject and its verb
            "ru",
            "Об этом говорит Россия. Россия не раз подчеркивала, что новые склады никому не угрожают.",
            "новые",
            "Россия",
            "новые склады никому не угрожают",
        ),
        (  # a body with its seat, the neuter past form, the verb's object as its content
            "ru",
            "Вчера шёл дождь. Посольство России в Италии призвало прекратить нелепые измышления.",
            "прекратить",
            "Посольство России в Италии",
            "прекратить нелепые измышления",
        ),
        (  # "this" reported, a time between "this" and the verb
            "ru",
            "Цены на хлеб выросли на десять процентов за месяц. Об этом в среду, 5 мая, сообщает газета ВЕСТНИК.",
            "Цены",
            "ВЕСТНИК",
            "Цены на хлеб выросли на десять процентов за месяц",
        ),
    ],
)
def test_a_report_read_in_stop_49(lang: str, text: str, start: str, speaker: str, content: str) -> None:
    a = _one(text, lang, start)
    assert (a["speaker"], a["content"][0]["text"]) == (speaker, content)


def test_a_coordinated_second_verb_shares_the_subject_and_cuts_the_first_content() -> None:
    text = "Вчера шёл дождь. Иван Выдумкин заявил, что цены вырастут, и добавил, что зарплаты упадут."
    got = [(a["speaker"], a["content"][0]["text"]) for a in _all(text, "ru")]
    assert got == [("Иван Выдумкин", "цены вырастут"), ("Иван Выдумкин", "зарплаты упадут")]
    text = "Ieri pioveva. Anna Prova ha annunciato di aver venduto la barca ma ha dichiarato di non voler partire."
    got = [(a["speaker"], a["content"][0]["text"]) for a in _all(text, "it")]
    assert got == [("Anna Prova", "aver venduto la barca"), ("Anna Prova", "non voler partire")]


def test_a_quotation_incise_naming_a_group_is_the_group_named_before() -> None:
    text = (
        "Председатели трёх комитетов епископов Страны заявили, что правила плохие. "
        "«Они требуют слишком многого, — заявили епископы. — Мы не согласны с этим решением»."
    )
    direct = [a for a in _all(text, "ru") if a["kind"] == "direct"]
    parts = ["Они требуют слишком многого", "Мы не согласны с этим решением"]
    assert [(a["speaker"], [c["text"] for c in a["content"]]) for a in direct] == [
        ("Председатели трёх комитетов епископов Страны", parts)
    ]


def test_a_colon_intro_with_an_unlisted_verb_is_its_named_subject() -> None:
    text = "Il virologo Luca Inventato spiega come stare al mare: «Portate sempre il cappello»."
    assert [(a["speaker"], a["kind"]) for a in _all(text, "it")] == [("Luca Inventato", "direct")]
    # a capitalised noun opening a German sentence is no person
    text = "Solche Fragen hätten aber Grenzen: «Wasser ist knapp»."
    assert [a["speaker"] for a in _all(text, "de")] == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Ieri pioveva a Roma: l’accusa è di aver nascosto i documenti."),  # a noun after an elided article
        ("ru", "Вчера шёл дождь. Иван Выдумкин в Москве не приехал."),  # no reporting verb
        ("de", "Es regnete. Die Polizei hat den Mann gestern festgenommen."),  # no reporting participle
    ],
)
def test_no_report_where_none_is_written(lang: str, text: str) -> None:
    assert [a for a in _all(text, lang) if a["speaker"]] == []
