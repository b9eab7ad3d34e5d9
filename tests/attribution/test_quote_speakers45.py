"""Direct quotations and their speakers in de, it, pl and ru, stop 45 (a new user's faults; issue 12): guillemets
pointing inwards (»Q«), a cue inside the marks between dashes, whom the speaker speaks to passed over. Invented
sentences, invented people."""

from __future__ import annotations

from newsloupe.attribution import quote_only_attributions
from newsloupe.attribution.quotes import find_quotes
from tests.attribution.conftest import speakers


def _said(text: str, lang: str) -> list[tuple[str | None, str, list[str]]]:
    return [
        (a["speaker"], a["source_type"], [c["text"] for c in a["content"]])
        for a in quote_only_attributions(text, lang=lang)
    ]


def test_german_guillemets_pointing_inwards_are_read_as_quotation_marks() -> None:
    text = (
        "»Wir bauen die Brücke neu«, sagte Ministerin Anna Beispiel am Montag. Die Opposition kritisierte den Plan. "
        "»Das ist viel zu teuer«, erklärte der Abgeordnete Paul Muster."
    )
    assert _said(text, "de") == [
        ("Anna Beispiel", "person_named", ["Wir bauen die Brücke neu"]),
        ("Paul Muster", "person_named", ["Das ist viel zu teuer"]),
    ]


def test_french_guillemets_keep_their_direction() -> None:
    # a stray » typed before a word ("l »usine") does not turn a French text's guillemets round
    text = "« Le pont sera prêt », dit-il. Puis : « Pas avant juin », ajoute l »usine. Le maire «rit» sous l »abri."
    assert [text[q.inner_start : q.inner_end] for q in find_quotes(text)] == [
        "Le pont sera prêt",
        "Pas avant juin",
        "rit",
    ]


def test_an_italian_cue_between_dashes_inside_the_marks() -> None:
    text = "«La riforma è necessaria – ha aggiunto Marco Esempio – e la faremo entro l'estate»."
    assert _said(text, "it") == [
        ("Marco Esempio", "person_named", ["La riforma è necessaria", "e la faremo entro l'estate"])
    ]
    # a quotation left open to its paragraph's end, the name before the verb
    text = "“Non vedo alcuna soluzione - Roberto Finto conclude - e lo ripeto da mesi\n\nAltro."
    assert _said(text, "it") == [
        ("Roberto Finto", "person_named", ["Non vedo alcuna soluzione", "e lo ripeto da mesi"])
    ]


def test_a_dash_inside_a_quotation_with_no_cue_is_no_speaker() -> None:
    text = "«La riforma è necessaria – e ha aggiunto costi nuovi – ma la faremo»."
    assert _said(text, "it") == [(None, "none", ["La riforma è necessaria – e ha aggiunto costi nuovi – ma la faremo"])]


def test_whom_the_speaker_speaks_to_is_no_speaker() -> None:
    assert _said("Il sindaco Luca Prova ad Ansa dice: “Siamo contrari”.", "it") == [
        ("Luca Prova", "person_named", ["Siamo contrari"])
    ]
    assert _said("Il sindaco Luca Prova all’Ansa ha detto: “Non firmeremo nulla di simile”.", "it") == [
        ("Luca Prova", "person_named", ["Non firmeremo nulla di simile"])
    ]
    text = "Профессор Иван Выдуманный газете ВЕСТНИК сказал: «Мост будет готов в июне»."
    assert _said(text, "ru") == [("Иван Выдуманный", "person_named", ["Мост будет готов в июне"])]


def test_an_outlet_spoken_to_before_a_reporting_verb_is_no_subject() -> None:
    text = "Историк Иван Выдуманный газете ВЕСТНИК сказал, что мост построят в июне."
    assert speakers("ru", text) == [("Историк Иван Выдуманный", "person_named", "Историк Иван Выдуманный")]
    # a longer phrase to the paper: the paper is not the subject; the historian before it is (stop 49)
    text = "Историк Иван Выдуманный в разговоре с корреспондентом газеты ВЕСТНИК отметил, что мост построят в июне."
    assert speakers("ru", text) == [("Историк Иван Выдуманный", "person_named", "Историк Иван Выдуманный")]
    # a place after a role is part of it, not an addressee (no speaker read: left)
    text = "Заместитель представителя Российской Федерации в ООН Иван Выдуманный считает, что мост построят."
    assert speakers("ru", text) == []


def test_two_words_in_marks_with_no_speaker_stay_a_term() -> None:
    assert _said("Il governo parla di “svolta storica” da settimane.", "it") == []


def _who(text: str, lang: str) -> list[tuple[str | None, str, str | None]]:
    return [(a["speaker"], a["source_type"], a["role"]) for a in quote_only_attributions(text, lang=lang)]


def test_a_capitalised_genitive_after_a_role_is_the_role_s() -> None:
    assert _who("Зампред Совбеза Иван Выдуманный заявил, что мост построят в июне.", "ru") == [
        ("Иван Выдуманный", "person_named", "Зампред Совбеза")
    ]
    assert _who("Советник главы Крыма Выдуманный заявил, что мост построят в июне.", "ru") == [
        ("Выдуманный", "person_named", "Советник главы Крыма")
    ]


def test_a_second_person_s_name_before_the_speaker_is_the_role_s() -> None:
    text = "Minister Anna Zmyślona mówiła o rzece. Rzecznik Zmyślona Jan Wymyślony powiedział, że woda jest czysta."
    assert ("Jan Wymyślony", "person_named", "Rzecznik Zmyślona") in _who(text, "pl")


def test_an_organisation_after_a_phrase_cue_is_named_to_its_comma() -> None:
    text = "Zdaniem Fundacji na rzecz Czystej Wody, rzeka jest dziś czystsza niż przed rokiem."
    (a,) = quote_only_attributions(text, lang="pl")
    assert (a["speaker"], a["source_type"]) == ("Fundacji na rzecz Czystej Wody", "organization")
    assert [c["text"] for c in a["content"]] == ["rzeka jest dziś czystsza niż przed rokiem"]


def test_a_genitive_first_name_is_undone() -> None:
    text = "Według Jerzego Wymyślonego most będzie gotowy w czerwcu."
    assert _who(text, "pl") == [("Jerzy Wymyślony", "person_named", None)]


def test_an_acronym_alone_is_no_person() -> None:
    # (an acronym that writes is an outlet since stop 49: ``writing_verbs``; one that says stays a body)
    assert _who("Мост будет готов в июне, пишет XYZ.", "ru") == [("XYZ", "media", None)]
    assert _who("Мост будет готов в июне, заявляет XYZ.", "ru") == [("XYZ", "organization", None)]


def test_a_report_named_after_an_agency_is_a_document() -> None:
    text = "Die Brücke sei gesperrt worden, sagte ein Begleiter dem ABC-Bericht zufolge."
    assert _who(text, "de") == [("dem ABC-Bericht", "document", None)]


def test_a_name_and_a_colon_before_a_quotation_with_no_verb() -> None:
    text = "Il ministro incontra i sindaci. Intanto, Lucia Inventata: «Dobbiamo farne arrivare altri». Inventata tace."
    assert _said(text, "it") == [("Lucia Inventata", "person_named", ["Dobbiamo farne arrivare altri"])]
    text = "Prezydent Jan Wymyślony: „Proszę, żebyście zacisnęli trochę zęby”."
    assert _said(text, "pl") == [("Jan Wymyślony", "person_named", ["Proszę, żebyście zacisnęli trochę zęby"])]


def test_a_name_before_a_colon_needs_a_role_or_a_second_mention() -> None:
    # a capitalised German phrase named once: a headline's words, not a speaker
    assert _said("Neue Wetterlage: „Die Kälte kommt schon im Oktober“.", "de") == [
        (None, "none", ["Die Kälte kommt schon im Oktober"])
    ]


def test_the_colon_may_end_the_paragraph_before_the_quotation() -> None:
    text = "Il portavoce Marco Finto ha scritto:\n\n«Le truppe si sono ritirate dalla città.»"
    assert _said(text, "it") == [("Marco Finto", "person_named", ["Le truppe si sono ritirate dalla città."])]


def test_german_phrases_before_the_verb_are_passed_over_one_after_another() -> None:
    quote = "„Die Brücke öffnet im Juni wieder für alle Autos.“"
    content = ["Die Brücke öffnet im Juni wieder für alle Autos."]
    # "Sitz" is a noun (German capitalises nouns), not a name
    assert _said(f"Ein Sprecher mit Sitz in Bonn sagte: {quote}", "de") == [(None, "none", content)]
    said = _said(f"Ministerin Anna Beispiel im Interview mit der Zeitung Bonner Blatt sagte: {quote}", "de")
    assert said == [("Anna Beispiel", "person_named", content)]
    # an article alone before capitalised words is a genitive, not an addressee
    said = _said(f"Die Ministerin der Grünen Anna Beispiel sagte: {quote}", "de")
    assert said == [("Anna Beispiel", "person_named", content)]
