"""The speaker of a direct quotation in de, it, pl and ru (no attribution rules there), read from a reporting verb
and a name next to its marks (``lang/<code>/quote_speakers.json``; stop 42, multi42, a new user's A3). Invented
sentences, invented people. Precision over recall: a pronoun, a role alone, an anonymous resident, a determiner
before a common noun or a role's complement give no speaker."""

from __future__ import annotations

import pytest

from newsloupe.analyzers import build_pipeline
from newsloupe.attribution import quote_only_attributions
from newsloupe.ingest.layout import Part, build_article
from newsloupe.lang import quote_speakers_read
from newsloupe.model import Analysis
from newsloupe.nlp import parse


def _who(text: str, lang: str) -> list[tuple[str | None, str, str | None]]:
    return [(a["speaker"], a["source_type"], a["role"]) for a in quote_only_attributions(text, lang=lang)]


NAMED = [
    # after the closing mark: verb, role, name
    (
        "de",
        "„Die Lage ist ernst, aber beherrschbar“, sagte Oberbürgermeister Jörg Wendler am Mittwoch.",
        ("Jörg Wendler", "person_named", "Oberbürgermeister"),
    ),
    (
        "de",
        "„Wir bauen die Brücke neu“, sagte Russlands Präsident Boris Erfunden.",
        ("Boris Erfunden", "person_named", "Russlands Präsident"),
    ),
    (
        "de",
        "„Wir bauen die Brücke neu“, so die Grünen-Chefin Ilse von Brandhofer.",
        ("Ilse von Brandhofer", "person_named", "die Grünen-Chefin"),
    ),
    (
        "it",
        "«Il ponte sarà pronto a giugno», ha dichiarato il sindaco Mario Inventato.",
        ("Mario Inventato", "person_named", "il sindaco"),
    ),
    (
        "pl",
        "„Most będzie gotowy w czerwcu” – powiedział prezydent miasta Jacek Zmyślony.",
        ("Jacek Zmyślony", "person_named", "prezydent miasta"),
    ),
    (
        "pl",
        "„Most będzie gotowy w czerwcu” – powiedział były szef PO Jan Wymyślony.",
        ("Jan Wymyślony", "person_named", "były szef PO"),
    ),
    (
        "ru",
        "«Мост будет готов в июне», – заявил мэр города Андрей Выдуманный.",
        ("Андрей Выдуманный", "person_named", "мэр города"),
    ),
    # after the closing mark: name, verb
    (
        "it",
        "«Il ponte sarà pronto a giugno», Carla Immaginaria ha aggiunto.",
        ("Carla Immaginaria", "person_named", None),
    ),
    (
        "ru",
        "«Мост будет готов в июне», — Ольга Сочинённая сказала журналистам.",
        ("Ольга Сочинённая", "person_named", None),
    ),
    # before the opening mark, with a colon
    (
        "de",
        "Kanzlerin Anna Beispiel sagte: „Wir bauen die Brücke neu.“",
        ("Anna Beispiel", "person_named", "Kanzlerin"),
    ),
    (
        "it",
        "Il presidente del Consiglio Carlo Finto ha detto: «Il ponte sarà pronto a giugno».",
        ("Carlo Finto", "person_named", "Il presidente del Consiglio"),
    ),
    (
        "pl",
        "Minister spraw zagranicznych Jan Wymyślony stwierdził: „Most będzie gotowy w czerwcu”.",
        ("Jan Wymyślony", "person_named", "Minister spraw zagranicznych"),
    ),
    (
        "ru",
        "Президент России Иван Придуманный заявил: «Мост будет готов в июне».",
        ("Иван Придуманный", "person_named", "Президент России"),
    ),
    # a listed organisation or outlet
    ("ru", "«Мост будет готов в июне», — пишет РИА Новости.", ("РИА Новости", "media", None)),
    ("de", "„Die Brücke wird neu gebaut“, erklärte der Kreml.", ("Kreml", "organization", None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED)
def test_the_speaker_next_to_the_marks_is_read(lang: str, text: str, expected: tuple) -> None:
    assert _who(text, lang) == [expected]


NOBODY = [
    ("de", "„Wir bauen die Brücke neu“, sagte er."),  # a pronoun
    ("de", "„Wir bauen die Brücke neu“, erklärte das Auswärtige Amt."),  # a determiner and a common noun
    ("de", "„Wir bauen die Brücke neu“, sagte ein Vertreter Russlands."),  # a role and its country
    ("de", "Die Redaktion begründet ihre Wahl so: „Wir bauen die Brücke neu.“"),  # so before a colon: no verb
    ("de", "„Wir bauen die Brücke neu.“ Petra Ausgedacht sagte später etwas anderes."),  # a new sentence
    ("de", "Ein Anwohner, der anonym bleiben wollte, sagte: „Niemand hat uns gewarnt.“"),  # anonymous
    ("de", "Ein Anwohner sagte: „Niemand hat uns je gewarnt.“"),  # German nouns are capitalised: an article
    ("de", "Anwohner sagten: „Niemand hat uns je gewarnt.“"),  # and a person noun alone
    ("it", "«Il ponte sarà pronto a giugno», ha dichiarato il sindaco."),  # a role alone
    ("it", "«Il ponte sarà pronto a giugno», ha affermato il ministro della Difesa."),  # the role's complement
    ("it", "Però avverte: «Il ponte sarà pronto a giugno»."),  # a sentence-initial conjunction
    ("pl", "„Most będzie gotowy w czerwcu” – powiedziała."),
    ("pl", "„Most będzie gotowy w czerwcu” – mówił lider PO."),  # an acronym after a role: the party
    ("pl", "Zarazem powiedział: „Most będzie gotowy w czerwcu”."),
    ("ru", "«Мост будет готов в июне», — сказал он."),
    ("ru", "«Мост будет готов в июне», — заявил канцлер ФРГ."),
]


@pytest.mark.parametrize(("lang", "text"), NOBODY)
def test_no_speaker_rather_than_a_wrong_one(lang: str, text: str) -> None:
    assert _who(text, lang) == [(None, "none", None)]


def test_only_the_four_languages_without_rules_read_speakers_this_way() -> None:
    assert [code for code in ("fr", "en", "de", "it", "pl", "ru") if quote_speakers_read(code)] == [
        "de",
        "it",
        "pl",
        "ru",
    ]
    # no language (or French text through this path) reads no speaker
    assert _who("« Le pont sera prêt en juin », a déclaré le maire Paul Inventé.", "") == [(None, "none", None)]


def test_the_analysis_gives_the_speaker_its_source_and_cue_spans() -> None:
    text = "„Die Lage ist ernst, aber beherrschbar“, sagte Oberbürgermeister Jörg Wendler am Mittwoch."
    article = build_article("de", [Part("body", text)], language="de")
    parsed = parse(article)
    analysis = Analysis.model_validate(article.model_dump())
    for info in build_pipeline(["entities", "attributions"]):
        for k, v in info.func(parsed, analysis).items():
            analysis.assign(k, v)
    (at,) = analysis.attributions
    assert (at.speaker, at.source_type, at.role) == ("Jörg Wendler", "person_named", "Oberbürgermeister")
    assert analysis.spans.sources[at.source].text == "Oberbürgermeister Jörg Wendler"
    assert analysis.spans.cues[at.cue].text == "sagte"
    assert [q.attrs.attributed for q in analysis.spans.quotes] == [True]
