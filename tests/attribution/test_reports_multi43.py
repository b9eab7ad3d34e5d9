"""Reported speech beyond direct quotations in de, it, pl and ru (no attribution rules there): phrase cues with the
source's case undone, a reporting verb's complement clause, a verb after the content, hedges, and near misses that
report nothing (``lang/<code>/reports.json``; stop 43, multi43, issue 12). Invented sentences, invented people."""

from __future__ import annotations

from typing import Any

import pytest

from newsloupe.attribution import quote_only_attributions


def _reports(text: str, lang: str) -> list[dict[str, Any]]:
    return [a for a in quote_only_attributions(text, lang=lang) if a["speaker"] is not None]


def _one(text: str, lang: str) -> dict[str, Any]:
    found = _reports(text, lang)
    assert len(found) == 1, found
    return found[0]


PHRASE_CUES = [
    # (lang, text, speaker, role, content): the source after a phrase cue, its genitive undone in pl and ru
    (
        "de",
        "Laut Bürgermeisterin Ilse Erfunden wird die Brücke im Juni fertig.",
        "Ilse Erfunden",
        "Bürgermeisterin",
        "wird die Brücke im Juni fertig",
    ),
    (
        "it",
        "Secondo il sindaco Mario Inventato, il ponte sarà pronto a giugno.",
        "Mario Inventato",
        "il sindaco",
        "il ponte sarà pronto a giugno",
    ),
    (
        "pl",
        "Według ministra Jana Wymyślonego most będzie gotowy w czerwcu.",
        "Jan Wymyślony",
        "ministra",
        "most będzie gotowy w czerwcu",
    ),
    # a no-break space inside the name: both words' case undone
    (
        "pl",
        "Według ministra Jana\u00a0Wymyślonego most będzie gotowy w czerwcu.",
        "Jan Wymyślony",
        "ministra",
        "most będzie gotowy w czerwcu",
    ),
    (
        "pl",
        "Zdaniem posłanki Anny Zmyślonej most będzie gotowy w czerwcu.",
        "Anna Zmyślona",
        "posłanki",
        "most będzie gotowy w czerwcu",
    ),
    (
        "ru",
        "По словам министра Андрея Выдуманного, мост будет готов в июне.",
        "Андрей Выдуманный",
        "министра",
        "мост будет готов в июне",
    ),
    (
        "ru",
        "По мнению политолога Игоря Сочинского, мост будет готов в июне.",
        "Игорь Сочинский",
        "политолога",
        "мост будет готов в июне",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "role", "content"), PHRASE_CUES)
def test_a_phrase_cue_names_its_source_in_the_nominative(
    lang: str, text: str, speaker: str, role: str, content: str
) -> None:
    a = _one(text, lang)
    assert (a["speaker"], a["role"], a["kind"], a["hedged"]) == (speaker, role, "indirect", True)
    assert [c["text"] for c in a["content"]] == [content]


INDIRECT = [
    ("de", "Oberbürgermeister Jörg Wendler sagte am Mittwoch, dass die Brücke im Juni fertig sei.", "Jörg Wendler"),
    ("de", "Am Montag sagte Jörg Wendler, die Brücke sei im Juni fertig.", "Jörg Wendler"),
    # an ordinal date's full stop inside the sentence does not end the search for « dass »
    ("de", "Jörg Wendler sagte am 7. Juli, dass die Brücke im Juni fertig sei.", "Jörg Wendler"),
    # a German noun after a preposition may close the sentence after the speaker
    ("de", "Die Brücke ist im Juni fertig, sagte Jörg Wendler am Montag.", "Jörg Wendler"),
    ("it", "Il sindaco Mario Inventato ha detto che il ponte sarà pronto a giugno.", "Mario Inventato"),
    ("pl", "Prezydent miasta Jacek Zmyślony powiedział, że most będzie gotowy w czerwcu.", "Jacek Zmyślony"),
    ("ru", "Мэр города Андрей Выдуманный заявил, что мост будет готов в июне.", "Андрей Выдуманный"),
    ("pl", "Most będzie gotowy w czerwcu – powiedział prezydent miasta Jacek Zmyślony.", "Jacek Zmyślony"),
    ("ru", "Мост будет готов в июне, – сказал мэр Андрей Выдуманный.", "Андрей Выдуманный"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), INDIRECT)
def test_a_reporting_verb_and_its_clause_are_an_indirect_report(lang: str, text: str, speaker: str) -> None:
    a = _one(text, lang)
    assert (a["speaker"], a["source_type"], a["kind"], a["hedged"]) == (speaker, "person_named", "indirect", False)
    assert a["cue"] is not None
    assert a["content"][0]["text"].split()[0].lower() in {"die", "il", "most", "мост"}


HEDGED = [
    ("de", "Laut Bürgermeister Jörg Wendler soll der Bauherr die Pläne gefälscht haben.", ["Laut", "soll"]),
    ("it", "Il sindaco Mario Inventato dice che il cantiere sarebbe fermo da mesi.", ["sarebbe"]),
    ("pl", "Burmistrz Jan Wymyślony powiedział, że firma rzekomo ukryła dokumenty.", ["rzekomo"]),
    ("pl", "Burmistrz Jan Wymyślony powiedział, że firma miała ukryć dokumenty.", ["miała"]),
    ("ru", "Мэр Андрей Выдуманный заявил, что подрядчик якобы сорвал сроки.", ["якобы"]),
    ("ru", "Мэр Андрей Выдуманный заявил, будто подрядчик сорвал сроки.", ["будто"]),
]


@pytest.mark.parametrize(("lang", "text", "cues"), HEDGED)
def test_hedge_words_hearsay_and_the_conditional_hedge_a_report(lang: str, text: str, cues: list[str]) -> None:
    a = _one(text, lang)
    assert a["hedged"]
    assert a["hedge_cues"] == cues


NOT_HEDGED = [
    # the future in the past after a past verb, and the Konjunktiv I of plain reported speech
    ("it", "Il sindaco Mario Inventato ha detto che il cantiere sarebbe ripartito a maggio."),
    ("de", "Jörg Wendler sagte, der Bauherr habe die Pläne rechtzeitig eingereicht."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HEDGED)
def test_the_mood_of_reported_speech_is_no_hedge(lang: str, text: str) -> None:
    a = _one(text, lang)
    assert not a["hedged"]


NEAR_MISSES = [
    ("de", "Es ist klar, dass die Brücke im Juni fertig ist."),
    ("de", "Die Anwohner sagten laut und deutlich nein zu dem Plan."),
    ("de", "Seit dem Krieg erklärten viele, dass sie müde seien."),
    ("it", "Si dice che il ponte sia pronto a giugno."),
    ("it", "Il ministro Mario Inventato ha scritto quello che tutti pensano da anni."),
    ("pl", "Moim zdaniem most będzie gotowy w czerwcu."),
    ("pl", "Mówi się, że most będzie gotowy w czerwcu."),
    ("pl", "Czy uważa Pan, że most będzie gotowy w czerwcu?"),
    ("ru", "Он не знает, что делать с мостом в июне."),
    ("ru", "На Западе считают, что мост будет готов в июне."),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_no_report_without_a_named_speaker_or_a_complement(lang: str, text: str) -> None:
    assert _reports(text, lang) == []


def test_a_pronoun_is_the_speaker_named_just_before() -> None:
    text = (
        "Мэр города Андрей Выдуманный заявил, что мост будет готов в июне. "
        "Он добавил, что дорогу откроют осенью после ремонта."
    )
    found = _reports(text, "ru")
    assert [a["speaker"] for a in found] == ["Андрей Выдуманный", "Андрей Выдуманный"]
    assert found[1]["source"]["text"] == "Он"


def test_an_outlet_noun_is_the_outlet_named_before() -> None:
    text = (
        "Most będzie gotowy w czerwcu – pisze dziennik „Gazeta Zmyślona”. "
        "Droga zostanie otwarta jesienią po remoncie – dodaje gazeta."
    )
    found = _reports(text, "pl")
    assert [(a["speaker"], a["source_type"]) for a in found] == [("Gazeta Zmyślona", "media")] * 2


def test_a_quotation_inside_a_report_makes_one_mixed_report() -> None:
    found = quote_only_attributions(
        "Jörg Wendler sagte, die Brücke sei „ein Geschenk für alle Bürger“ der Stadt.", lang="de"
    )
    assert [(a["speaker"], a["kind"]) for a in found] == [("Jörg Wendler", "mixed")]


def test_a_language_without_report_rules_keeps_quotations_only() -> None:
    found = quote_only_attributions("El alcalde Juan Inventado dijo que «el puente estará listo en junio».", lang="es")
    assert [(a["speaker"], a["kind"]) for a in found] == [(None, "direct")]
