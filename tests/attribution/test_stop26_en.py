"""English contents of stop 26: a cue's prepositional object, an object or infinitive where the clause
is missing, the anonymity clause left out, and a dateline that is not the speaker.

Sentences invented for these tests (invented places and people)."""

from tests.attribution.conftest import analyse, by_cue, contents


def test_a_complaint_reports_the_object_of_its_preposition():
    _, atts = analyse(["Councillor Mara Feld complained about the broken lamps along the canal path."], "en")
    a = by_cue(atts, "complained")
    assert contents(a) == ["the broken lamps along the canal path"]
    assert a["speaker"] == "Councillor Mara Feld"


def test_a_speech_verb_reports_its_infinitive_and_a_belief_its_object():
    _, atts = analyse(
        [
            "The ferry inspector told the bakers to shut their ovens before noon.",
            "Several growers doubt the new irrigation rota.",
        ],
        "en",
    )
    assert contents(by_cue(atts, "told")) == ["to shut their ovens before noon"]
    doubt = by_cue(atts, "doubt")
    assert contents(doubt) == ["the new irrigation rota"]
    assert doubt["source_type"] == "unnamed_collective"


def test_asking_not_to_be_named_is_not_a_report():
    _, atts = analyse(["A harbour clerk, who asked not to be named, said the cranes had stood idle since March."], "en")
    assert [a["cue"]["text"] for a in atts] == ["said"]
    assert contents(atts[0]) == ["the cranes had stood idle since March"]
    assert atts[0]["source_type"] == "person_anonymous"


def test_a_dateline_is_not_the_speaker():
    _, atts = analyse(["OSLOVIK, Norland -- Orchard keepers on Tuesday declared a truce with the cider board."], "en")
    a = by_cue(atts, "declared")
    assert a["source"]["text"] == "Orchard keepers"
    assert contents(a) == ["a truce with the cider board"]
