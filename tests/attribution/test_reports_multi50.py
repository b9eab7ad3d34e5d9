"""Reports in de, it, pl and ru read without a parse (stop 50, multi50, issue 12): straight quotation marks read by
the side their word stands on (a nested quotation, a quotation over two paragraphs with its mark not repeated), a
hearsay modal after the content (« soll X gesagt haben », « miał powiedzieć X »), an initial inside a name, a
German role after its article, a bare verb with a phrase after it, verbs of comparing and naming. Invented
sentences, people and bodies."""

from __future__ import annotations

import pytest

from newsloupe.attribution.quotes import find_quotes
from tests.attribution.quote_helpers import quoted as _all
from tests.attribution.quote_helpers import quoted_one as _one


def _inner(text: str, sided: bool) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text, sided=sided)]


def test_a_straight_quotation_inside_a_straight_quotation() -> None:
    text = 'Он сказал: "Мы не против "диалога" с соседями, но условия ставим мы", - заявил Иван Выдумкин.'
    assert _inner(text, sided=False) == ["Мы не против", "с соседями, но условия ставим мы"]
    assert _inner(text, sided=True) == ['Мы не против "диалога" с соседями, но условия ставим мы']
    inner = [q for q in find_quotes(text, nested=True, sided=True) if q.depth == 1]
    assert [text[q.inner_start : q.inner_end] for q in inner] == ["диалога"]


def test_a_new_quotation_after_a_sentence_end_does_not_nest() -> None:
    text = 'Era tardi. "Non abbiamo tempo, disse Anna. "Dobbiamo partire subito", aggiunse.'
    assert _inner(text, sided=True) == _inner(text, sided=False)


def test_a_quotation_over_two_paragraphs_without_the_mark_repeated() -> None:
    text = (
        'Il ministro Marco Inventato ha parlato. "Abbiamo speso molto per le strade.\n\n'
        'Ora tocca alle scuole", ha detto ancora Inventato.\n\nFine.'
    )
    assert _inner(text, sided=False)[0] == "Abbiamo speso molto per le strade."
    assert _inner(text, sided=True) == ["Abbiamo speso molto per le strade.\n\nOra tocca alle scuole"]
    said = _one(text, "it", "Abbiamo speso")
    assert said["speaker"] == "Inventato"  # named by the verb after the closing mark
    assert said["kind"] == "direct"


def test_the_next_paragraph_opening_a_quotation_is_still_a_new_one() -> None:
    text = '"Il primo paragrafo resta aperto.\n\n"Il secondo si chiude qui", disse.'
    assert _inner(text, sided=True) == _inner(text, sided=False)


def test_french_and_english_quotations_are_read_as_before() -> None:
    text = 'He said "we are "not" done" and left.\n\n"One more.\n\nThen" it ended.'
    assert find_quotes(text) == find_quotes(text, sided=False)


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker", "kind", "hedge"),
    [
        (
            "de",
            "Der Streit ist alt. „Im Rathaus bleibt kein Plan geheim. Jeder wird besprochen“, soll der "
            "US-Präsident Franklin D. Erfunden gesagt haben.",
            "Im Rathaus",
            "Franklin D. Erfunden",
            "direct",
            "soll",
        ),
        (
            "de",
            "Der Streit ist alt. „Wir haben keine Zeit mehr“, soll Petra Ausgedacht einmal gesagt haben.",
            "Wir haben",
            "Petra Ausgedacht",
            "direct",
            "soll",
        ),
        (
            "pl",
            "Spór jest stary. „Nie mamy już czasu na rozmowy” – miał powiedzieć premier Jan Wymyślony.",
            "Nie mamy",
            "Jan Wymyślony",
            "direct",
            "miał",
        ),
    ],
)
def test_a_hearsay_modal_after_the_content(
    lang: str, text: str, start: str, speaker: str, kind: str, hedge: str
) -> None:
    said = _one(text, lang, start)
    assert said["speaker"] == speaker
    assert said["kind"] == kind
    assert said["hedged"] is True
    assert said["hedge_cues"] == [hedge]


def test_a_plain_verb_after_the_quotation_is_no_hedge() -> None:
    said = _one("Der Streit ist alt. „Wir haben keine Zeit mehr“, sagte Petra Ausgedacht.", "de", "Wir haben")
    assert said["speaker"] == "Petra Ausgedacht"
    assert said["hedged"] is False


def test_a_german_role_after_its_article_is_the_person_holding_it() -> None:
    text = "Der Innenminister Karl Erfunden war in Berlin. Der Minister sagte, dass alles gut sei."
    said = _one(text, "de", "alles gut")
    assert said["speaker"] == "Karl Erfunden"
    after = _one("Karl Erfunden ist Minister. „Alles ist gut“, sagte der Minister am Montag.", "de", "Alles ist")
    assert after["speaker"] == "Karl Erfunden"


def test_a_german_conjunction_opening_a_sentence_is_no_name() -> None:
    found = _all("Indem der Westen hofft, dass die Preise fallen, verliert er Zeit.", "de")
    assert [a["speaker"] for a in found if a["kind"] != "direct"] == []


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    [
        (
            "it",
            'Ha parlato Mario Inventato, viceministro. "Il porto resta chiuso fino a lunedì", ha detto ai '
            "microfoni di Canale Uno.",
            "Il porto",
            "Mario Inventato",
        ),
        (
            "pl",
            "Jan Wymyślony jest ministrem. „Sytuacja jest bardzo trudna” – dodał w rozmowie z portalem.",
            "Sytuacja",
            "Jan Wymyślony",
        ),
    ],
)
def test_a_bare_verb_with_a_phrase_after_it(lang: str, text: str, start: str, speaker: str) -> None:
    said = _one(text, lang, start)
    assert said["speaker"] == speaker
    assert said["kind"] == "direct"


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    [
        (
            "ru",
            "Вчера шёл дождь. Министр Иван Выдумкин сравнил новые пошлины с объявлением войны.",
            "",
            "Иван Выдумкин",
        ),
        (
            "pl",
            "Wczoraj padało. Minister Adam Wymyślony porównał nowe cła do wypowiedzenia wojny.",
            "",
            "Adam Wymyślony",
        ),
    ],
)
def test_a_comparison_is_a_report(lang: str, text: str, start: str, speaker: str) -> None:
    found = [a for a in _all(text, lang) if a["kind"] == "indirect"]
    assert [a["speaker"] for a in found] == [speaker]
    assert "войны" in found[0]["content"][-1]["text"] or "wojny" in found[0]["content"][-1]["text"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "pl",
            "Pomysł ma wielu przeciwników. W podobnym tonie wypowiedział się Jan Wymyślony.\n\n"
            '"Posłowie głosują źle, a ludzie w wyborach dobrze? Myślę, że to błąd."\n\nKoniec.',
            "Jan Wymyślony",
        ),
        (
            "de",
            "Der Streit geht weiter. Dazu schrieb Petra Ausgedacht am Montag.\n\n"
            "„Die Brücke bleibt gesperrt. Wir bauen sie im Sommer neu.“\n\nEnde.",
            "Petra Ausgedacht",
        ),
    ],
)
def test_a_quotation_making_its_paragraph_after_a_report(lang: str, text: str, speaker: str) -> None:
    said = [a for a in _all(text, lang) if a["kind"] == "direct"]
    assert [a["speaker"] for a in said] == [speaker]


def test_a_quotation_after_a_sentence_naming_no_one_keeps_no_speaker() -> None:
    text = "Der Streit geht weiter. Die Preise steigen.\n\n„Die Brücke bleibt gesperrt. Wir bauen sie neu.“"
    assert [a["speaker"] for a in _all(text, "de")] == [None]


def test_a_quotation_closing_its_sentence_then_a_dash_and_its_verb() -> None:
    text = (
        "Jan Wymyślony jest ministrem. Inni milczą. „Czy to jest uczciwe? Nie sądzę.” – napisał minister Jan "
        "Wymyślony.\n\nKoniec."
    )
    said = _one(text, "pl", "Czy to")
    assert said["speaker"] == "Jan Wymyślony"
    assert said["cue"]["text"] == "napisał"


def test_a_colon_intro_with_its_subject_set_apart_by_commas() -> None:
    text = (
        "La situazione è grave. Il Prof. Mario Inventato, a capo del gruppo, ha infatti spiegato: “Il virus circola "
        "ancora molto”. Poi è partito."
    )
    said = _one(text, "it", "Il virus")
    assert said["speaker"] == "Mario Inventato"
    assert said["cue"]["text"] == "ha infatti spiegato"


def test_a_roles_complement_before_a_full_name_is_no_part_of_the_name() -> None:
    """« президент Беларуси Александр Лукашенко »: the country after the role is its complement, not the speaker's
    first name (lead, stop 50); a three-word name whose first word is a given name stays whole. Invented text."""
    from newsloupe.attribution.quote_speakers import name_phrase, speaker_cues, tokens

    cues = speaker_cues("ru")
    assert cues is not None
    text = "президент Ольхании Александр Морозов"
    toks = tokens(text, 0)
    phrase = name_phrase(toks, 0, cues)
    assert phrase is not None and text[toks[phrase.name_start].start : toks[phrase.end - 1].end] == "Александр Морозов"
    it = speaker_cues("it")  # (Italian takes no genitive complement: the rule is off)
    assert it is not None
    text = "ministra Maria Elena Boschetti"
    toks = tokens(text, 0)
    phrase = name_phrase(toks, 0, it)
    assert phrase is not None and text[toks[phrase.name_start].start : toks[phrase.end - 1].end] == text[9:]
