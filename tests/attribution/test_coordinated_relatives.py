"""French relative clauses coordinated with an earlier one ("X qui a fait A et qui affirme que …"): the second
"qui" stands for the same antecedent as the first, and a relative whose antecedent is not found names no one
rather than its own clause. Sentences invented for these tests (fictional people and places)."""

from tests.attribution.conftest import by_cue


def test_a_second_relative_shares_the_first_ones_person(fr):
    # (before: the speaker was the clause "qui a visité le chantier et qui assure que …", typed anonymous)
    _, atts = fr("C'est la maire Odile Bressac qui a visité le chantier et qui assure que le pont rouvrira en juin.")
    a = by_cue(atts, "assure")
    assert a["speaker"] == "Odile Bressac"
    assert a["source_type"] == "person_named"


def test_a_second_relative_shares_the_first_ones_group(fr):
    # (before: the speaker was the clause "qui affirment que la réforme est injuste")
    _, atts = fr(
        "Les syndicats qui ont appelé à la grève et qui affirment que la réforme est injuste seront reçus lundi."
    )
    a = by_cue(atts, "affirment")
    assert a["speaker"] == "Les syndicats"
    assert a["source_type"] == "organization"


def test_a_second_apposed_relative_shares_the_name(fr):
    # (before: the speaker was the clause of the first relative and the second)
    _, atts = fr("Odile Bressac, qui a visité le chantier et qui assure que le pont rouvrira en juin, sera candidate.")
    a = by_cue(atts, "assure")
    assert a["speaker"] == "Odile Bressac"


def test_a_single_relative_is_unchanged(fr):
    # negative: one relative on a name or a body keeps its antecedent, as before
    _, atts = fr(
        "Le géomètre Rémi Castagne, qui assure que le talus a glissé, sera entendu jeudi.",
        "Les syndicats qui affirment que la réforme est injuste seront reçus lundi.",
    )
    assert by_cue(atts, "assure")["speaker"] == "Rémi Castagne"
    assert by_cue(atts, "affirment")["speaker"] == "Les syndicats"


def test_an_english_second_relative_shares_the_first_ones_group(en):
    # "who" is tagged WP, not PronType=Rel: the second "who" stands for the same antecedent as the first
    _, atts = en(
        "The dockers' unions who called the strike last week and who say that the new cranes are unsafe met the"
        " Harwick port board on Monday."
    )
    a = by_cue(atts, "say")
    assert a["speaker"] is not None and "unions" in a["speaker"]
