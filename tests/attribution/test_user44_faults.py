"""Attribution faults a new user saw on real news at stop 44 (brief fix44), on sentences invented for these tests
(fictional towns, bodies, products and people): the writer's own first person, words naming no one, a title or a
product taken for a person, a role glued to a name, two lines of a page read as one name, a line signed after a
dash; in French an elided object pronoun as the speaker, « Selon X, « … », a-t-il dit » read backwards, an
evaluation that is a document, a vote's topic as its content."""

from typing import Any

from tests.attribution.conftest import by_content


def _with_entities(*paragraphs: str) -> list[dict[str, Any]]:
    """English attributions read with the entities analyzer's mentions, as the pipeline reads them."""
    from newsloupe.attribution import extract_attributions
    from newsloupe.ingest.layout import Part, build_article
    from newsloupe.lab.attribution_eval import gold_entities
    from newsloupe.nlp import parse

    parsed = parse(build_article("t", [Part("body", p) for p in paragraphs], language="en"))
    atts, _ = extract_attributions(parsed, gold_entities(parsed))
    return atts


def test_the_writers_first_person_is_given_to_no_one_named_before(en):
    # (before: speaker "Pope Adrian", person_named, for the writer's own "I remember", "I do not believe")
    _, atts = en(
        "In 2011 I was received by Pope Adrian in Varnel. I remember that he listened carefully. "
        "I do not believe he knew about the memo."
    )
    for text in ("that he listened carefully", "he knew about the memo"):
        a = by_content(atts, text)
        assert (a["speaker"], a["source_type"]) == (None, "none")


def test_the_writer_naming_themself_is_no_one_named_before(en):
    # (before: "This writer" resolved to the judge named in the sentence, person_named)
    _, atts = en("This writer has argued that Judge Maren Tolliver was wrong about the Quill river permits.")
    a = by_content(atts, "that Judge Maren Tolliver was wrong about the Quill river permits")
    assert (a["speaker"], a["source_type"]) == (None, "none")


def test_a_first_person_inside_a_quotation_is_still_its_speaker(en):
    _, atts = en('"I remember the flood of 1990," said Ada Brenlow, the mayor of Quillport.')
    assert by_content(atts, '"I remember the flood of 1990,"')["speaker"] == "Ada Brenlow"


def test_words_naming_no_one_are_no_anonymous_source(en):
    # (before: "No one", "One" person_anonymous; "It" of "it seems" resolved to a body named before)
    _, atts = en(
        "The Varnel council closed the pier. No one knows how long the strike will last. "
        "One must note that the mayor never replied. It seems the bridge will close in May."
    )
    for text in ("how long the strike will last", "that the mayor never replied", "the bridge will close in May"):
        a = by_content(atts, text)
        assert (a["speaker"], a["source_type"]) == (None, "none")


def test_one_of_a_group_is_still_an_anonymous_source(en):
    _, atts = en("One of the officials said the talks on the Quill dam had failed.")
    a = by_content(atts, "the talks on the Quill dam had failed")
    assert (a["speaker"], a["source_type"]) == ("One of the officials", "person_anonymous")


def test_a_product_model_acting_is_no_source(en):
    # (before: "the VARNEL QX 4Motion" person_named with cue "would offer")
    _, atts = en(
        "The concept car is not for sale yet. With two motors, the VARNEL QX 4Motion would offer 335 horsepower.",
        "Brenlow Motors said the new model would reach dealers in May.",
    )
    assert [(a["speaker"], a["source_type"]) for a in atts] == [("Brenlow Motors", "organization")]


def test_a_role_glued_to_a_name_is_not_part_of_it():
    # (before: speaker "Rovers DL James Walker", and a reporter after an outlet typed media)
    atts = _with_entities(
        "Rovers DL James Walker said on Monday that the referee should be disciplined.",
        "Valmer Sports NFL Insider Jonah Pell has reported that the league will fine the quarterback.",
    )
    assert (by_content(atts, "that the referee should be disciplined")["speaker"]) == "James Walker"
    a = by_content(atts, "that the league will fine the quarterback")
    assert (a["speaker"], a["source_type"]) == ("Jonah Pell", "person_named")


def test_a_title_alone_is_no_named_person(en):
    # (before: "Apostolic Nuncio" a person, and "The Nuncio" resolved to that title as a named person)
    _, atts = en(
        "He was sent to Varnel as Apostolic Nuncio in 2011.",
        "The Nuncio added that the memo had reached twenty people.",
    )
    assert by_content(atts, "that the memo had reached twenty people")["speaker"] != "Apostolic Nuncio"


def test_two_lines_of_a_page_are_no_name_and_its_acronym():
    # (before: "the NFL" resolved to "New York Giants NFL", the end of one menu line and the start of the next)
    atts = _with_entities(
        "NFL: Chicago Bears at New York Giants",
        "NFL: Denver Broncos at Miami Dolphins",
        "On Monday the NFL said that both teams would be fined.",
    )
    a = by_content(atts, "that both teams would be fined")
    assert a["speaker"] in ("NFL", "the NFL")


def test_a_message_is_a_document(en):
    _, atts = en('The short message, sent at 4:10 p.m., reads: "We are leaving the harbor now."')
    assert [a["source_type"] for a in atts] == ["document"]


def test_a_line_signed_after_a_dash_is_the_signers(en):
    # (before: no attribution, and the line counted as the outlet's own unsourced assertion)
    _, atts = en("Much of the harbor guard's story remains a mystery. –Newsweek")
    a = by_content(atts, "Much of the harbor guard's story remains a mystery")
    assert (a["speaker"], a["source_type"]) == ("Newsweek", "media")


def test_a_dash_inside_a_sentence_signs_nothing(en):
    _, atts = en("The bridge opened in May – Valmer Post reported it first.")
    assert [a["cue"]["text"] for a in atts] == ["reported"]


def test_an_elided_object_pronoun_is_no_speaker(fr):
    # (before: speaker "l" person_anonymous for « Valtex l'a accusée », and « La ministre l » for the second)
    _, atts = fr(
        "Alors que l’opération avait permis de secourir un grand nombre de nageurs, Valtex l’a accusée de "
        "créer une «fausse sécurité» qui pousse les nageurs trop loin.",
        "La ministre l’a accusé de mentir sur le budget du port.",
    )
    assert by_content(atts, "créer une «fausse sécurité» qui pousse les nageurs trop loin")["speaker"] == "Valtex"
    assert by_content(atts, "mentir sur le budget du port")["speaker"] == "La ministre"


def test_selon_before_a_quotation_and_an_incise_is_a_relay(fr):
    # (before: l'AFP's content ran to « », a-t-il dit », the minister's took in « Selon l'AFP, « » and was
    # relayed the wrong way round)
    _, atts = fr(
        "Le ministre Paul Ardan a déclaré mardi que la digue de Valmer tiendrait. "
        "Selon l'AFP, « tout va bien sur le chantier », a-t-il dit."
    )
    said = [a for a in atts if a["cue"]["text"] == "a-t-il dit"]
    assert len(said) == 1
    a = said[0]
    assert (a["speaker"], a["kind"], [c["text"] for c in a["content"]]) == (
        "Paul Ardan",
        "direct",
        ["tout va bien sur le chantier"],
    )
    assert a["via"]["text"] == "l'AFP"
    # the phrase cue's attribution is the agency's own, relayed by no one
    selon = [x for x in atts if x["cue"]["text"] == "Selon"]
    assert len(selon) == 1
    relay = selon[0]
    assert (relay["speaker"], relay["via"], [c["text"] for c in relay["content"]]) == (
        "l'AFP",
        None,
        ["tout va bien sur le chantier"],
    )


def test_an_internal_evaluation_is_a_document(fr):
    # (before: « des évaluations internes à X » typed organization, speaker X)
    _, atts = fr(
        "Le bac a été retiré malgré des évaluations internes à Valtex qui annonçaient que son retrait "
        "ne ferait pas baisser les pannes."
    )
    a = by_content(atts, "son retrait ne ferait pas baisser les pannes")
    assert (a["speaker"], a["source_type"]) == ("des évaluations internes à Valtex", "document")


def test_what_a_vote_is_about_is_no_content(fr):
    # (before: « se prononceront » a cue with content « concernant les horaires de la piscine »)
    _, atts = fr(
        "Dimanche, les habitants de Corlay se prononceront concernant les horaires de la piscine.",
        "La ministre a jugé la réforme nécessaire, ajoutant que le calendrier serait tenu.",
    )
    assert [a["cue"]["text"] for a in atts] == ["a jugé", "ajoutant"]


def test_an_agentless_known_or_hailed_is_no_cue(en):
    # (before: cues "known", "is known", "was hailed" with no source, the writer's own words made reports)
    _, atts = en(
        "The Quill fever is one of the few illnesses known to infect both goats and cattle.",
        "The treaty, known as the Varnel Accord, was signed in May. The harbor guard was hailed a hero in Quillport.",
    )
    assert atts == []


def test_hailed_by_someone_and_an_active_know_still_report(en):
    _, atts = en(
        "The plan was hailed by the Varnel council as a success.",
        "The mayor of Quillport has long known that the pier was unsafe.",
    )
    assert {a["cue"]["text"]: a["speaker"] for a in atts} == {
        "was hailed": "the Varnel council",
        "has long known": "The mayor of Quillport",
    }


def test_a_decision_in_an_as_clause_reports_nothing_around_it(en):
    # (before: "the Varnel league" decided the main clause "Both teams were in the news …")
    _, atts = en(
        "Both teams were in the news for another reason on Monday, as the Varnel league decided in Quillport "
        "from a late kickoff to an early start."
    )
    assert atts == []


def test_a_report_in_an_as_clause_still_reports_the_clause_around(en):
    _, atts = en("The rest of the plan, as Varnel officials reported last year, is unfunded.")
    assert [[c["text"] for c in a["content"]] for a in atts] == [["The rest of the plan", "is unfunded"]]


def test_a_clitic_opening_a_participle_goes_on_from_the_sentence_before(fr):
    # (« L' » read as the subject of « estimant »: the clitic is no speaker; the subject before goes on)
    _, atts = fr(
        "Ses alliés de Valmer pourraient lui jouer le même tour qu’à son prédécesseur ! "
        "L’estimant plus usé qu’une vieille chaussure."
    )
    a = by_content(atts, "plus usé qu’une vieille chaussure")
    assert a["speaker"] == "Ses alliés de Valmer"


def test_a_quotation_repeated_later_matches_on_word_bounds(fr):
    # (revfix44: the words were compared as a string, « … en mai prochain » found inside « … en mai prochainement »)
    lead = "« Le port de Valmer rouvrira en mai prochain »"
    tail = (
        "Les pêcheurs de Valmer attendent depuis deux ans. « Le port de Valmer rouvrira en mai {}, si tout va "
        "bien », a expliqué la maire Léa Dorsaz."
    )
    _, atts = fr(lead, tail.format("prochainement"))
    assert by_content(atts, "Le port de Valmer rouvrira en mai prochain")["speaker"] is None
    _, atts = fr(lead, tail.format("prochain"))
    assert by_content(atts, "Le port de Valmer rouvrira en mai prochain")["speaker"] == "Léa Dorsaz"
