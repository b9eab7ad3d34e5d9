"""The stop-48 user's attribution faults in de, it, pl and ru (issue 12, stop 48, fixattr48): an incise beside a
quotation's dash with a verb the list lacks or a capitalised surname particle, a bare verb between two dashes, an
outlet's name opening with its article, a role alone never given to a person named in a case form or inside a
report's content, a role with a prefix and its complement closing the sentence, and no name glued across an
object. Invented sentences and people."""

from __future__ import annotations

import pytest

from tests.attribution.quote_helpers import quoted as _all
from tests.attribution.quote_helpers import quoted_one as _one


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker", "cue"),
    [
        # an unlisted past tense in a dash incise closing the sentence (Polish, Russian)
        (
            "pl",
            '"Zbudujemy nowy most przez rzekę" – obiecywał Tomasz Wymyślony.',
            "Zbudujemy",
            "Tomasz Wymyślony",
            "obiecywał",
        ),
        (
            "ru",
            "«Мы построим новую дорогу к озеру», — пообещал Пётр Выдуманов.",
            "Мы построим",
            "Пётр Выдуманов",
            "пообещал",
        ),
        # a surname opening with a capitalised particle, inside the marks
        (
            "it",
            "«Il treno arriverà in ritardo – insiste Di Fantasio – e nessuno ci avverte».",
            "Il treno",
            "Di Fantasio",
            "insiste",
        ),
    ],
)
def test_an_incise_beside_a_dash_names_the_speaker(lang: str, text: str, start: str, speaker: str, cue: str) -> None:
    a = _one(text, lang, start)
    assert a["speaker"] == speaker and a["cue"]["text"] == cue and a["kind"] == "direct"


def test_an_incise_is_cut_out_of_the_content() -> None:
    a = _one("«Il treno arriverà in ritardo – insiste Di Fantasio – e nessuno ci avverte».", "it", "Il treno")
    assert [c["text"] for c in a["content"]] == ["Il treno arriverà in ritardo", "e nessuno ci avverte"]


def test_a_bare_verb_between_dashes_is_the_last_speaker() -> None:
    text = (
        "«La piazza resterà chiusa fino a lunedì», ha detto Marco Inventato.\n\n"
        "«Mi dispiace – ha aggiunto – per i negozi della via».\n\n"
        "«Questo ponte – ha concluso – sarà riaperto presto».\n"
    )
    found = [a for a in _all(text, "it") if a["content"][0]["text"].startswith(("Mi dispiace", "Questo ponte"))]
    assert [a["speaker"] for a in found] == ["Marco Inventato", "Marco Inventato"]
    assert [c["text"] for c in found[0]["content"]] == ["Mi dispiace", "per i negozi della via"]


def test_a_bare_verb_with_no_speaker_before_gives_none() -> None:
    found = _all("«Mi dispiace – ha aggiunto – per i negozi della via».", "it")
    assert len(found) == 1 and found[0]["speaker"] is None


def test_an_outlet_named_with_its_article() -> None:
    a = _one("«Nessuno sa quanti saranno – scrive Il Giornale – ma saranno molti».", "it", "Nessuno")
    assert a["speaker"] == "Il Giornale" and a["source_type"] == "media"


def test_an_english_outlet_name_inside_another_language_is_media() -> None:
    a = _one("«Цены на зерно вырастут уже осенью», — пишет The Valley Courier.", "ru", "Цены")
    assert a["speaker"] == "The Valley Courier" and a["source_type"] == "media"


def test_a_possessive_inside_a_phrase_cue_is_the_person_before() -> None:
    text = "Анна Выдуманова выступила в среду. По её мнению, цены на зерно вырастут уже осенью."
    a = _one(text, "ru", "цены на зерно")
    assert a["speaker"] == "Анна Выдуманова" and a["cue"]["text"] == "По её мнению"
    assert _all("По его словам, работы начнутся уже весной.", "ru") == []


def test_a_role_alone_is_not_the_person_spoken_about_in_a_case_form() -> None:
    # the only person named before the role is in the genitive (spoken about): no speaker rather than a wrong one
    text = (
        "Tomasz Wymyślony odniósł się do słów Andrzeja Zmyślonego w swoim wpisie. "
        '"To są kolejne bzdury z ust pana Zmyślonego" – stwierdził szef fundacji.'
    )
    speakers = [a["speaker"] for a in _all(text, "pl")]
    assert "Andrzej Zmyślony" not in speakers


def test_a_role_word_does_not_cross_a_sentence_end() -> None:
    # "szef" ends a sentence before the name: not the role of the person named after it
    filler = "Na placu stały namioty, a wolontariusze rozdawali herbatę i koce wszystkim przechodniom. " * 7
    text = (
        '"Nie zgadzamy się z tym planem" – stwierdził szef.\n\nAndrzej Zmyślony mówił o czymś innym. '
        + filler
        + '"Zostaniemy tu do końca tygodnia" – dodał szef.'
    )
    a = _one(text, "pl", "Zostaniemy")
    assert a["speaker"] is None


def test_a_role_with_a_prefix_and_its_complement_is_the_last_speaker() -> None:
    text = (
        "Бывший министр Иван Выдуманов рассказал, что никогда не верил обещаниям. "
        "«Я не питал иллюзий насчёт этих обещаний», — сказал экс-глава правительства Австралии."
    )
    a = _one(text, "ru", "Я не питал")
    assert a["speaker"] == "Иван Выдуманов"


def test_a_country_after_a_role_is_its_complement() -> None:
    a = _one("«Я не питал иллюзий насчёт этих обещаний», — сказал глава правительства Австралии.", "ru", "Я не")
    assert a["speaker"] is None


def test_a_person_named_inside_a_report_is_not_the_role_holder() -> None:
    text = (
        "Иван Выдуманов утверждает, что министр Пётр Придуманов угрожал ему. "
        "«Я не питал иллюзий насчёт этих обещаний», — сказал экс-глава правительства."
    )
    a = _one(text, "ru", "Я не питал")
    assert a["speaker"] == "Иван Выдуманов"


def test_no_name_glued_to_an_object_after_it() -> None:
    text = (
        "Emmanuel Fantasie sprach gestern in Paris. Zuvor hatte Mateusz Erfunden Fantasie scharf kritisiert. "
        "Dann sagte er:\n\n„Wir warten nicht länger auf eine Antwort aus Paris.“"
    )
    a = _one(text, "de", "Wir warten")
    assert a["speaker"] == "Mateusz Erfunden"


def test_a_person_named_after_the_press_spoken_to_is_a_person() -> None:
    # French: "à la presse" is whom the speaker told, no outlet's kind before a name; his pronoun goes to him
    from tests.attribution.conftest import analyse

    text = (
        "Le ministre Paul Lemercier a parlé mardi. «Nous ne céderons pas sur ce point, jamais», a déclaré à la "
        "presse Jean Dupontel. «J'espère que la situation va s'apaiser bientôt», a-t-il ajouté."
    )
    _, atts = analyse([text], "fr")
    said = {a["content"][0]["text"][:9]: (a["speaker"], a["source_type"]) for a in atts}
    assert said["Nous ne c"] == ("Jean Dupontel", "person_named")
    assert said["J'espère "] == ("Jean Dupontel", "person_named")
