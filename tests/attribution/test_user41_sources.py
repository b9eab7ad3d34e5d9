"""Non-speakers and garbled speakers a new user saw at stop 41 (brief fix42, item A5), on sentences invented for
these tests (fictional towns, ports and people)."""

from tests.attribution.conftest import by_cue


def test_ce_before_a_relative_is_no_speaker(fr):
    # (before: « Ce qui montre que … » gave speaker "Ce", person_anonymous)
    _, atts = fr(
        "« Nous voulons plus de trains », a déclaré la maire de Corlay. Ce qui montre que la ligne de Valmer "
        "reste un sujet brûlant."
    )
    assert [a["speaker"] for a in atts] == ["la maire de Corlay"]


def test_a_possessive_mark_is_not_part_of_the_speaker(en):
    # (before: "Brenlow’s")
    _, atts = en("To those paying attention, Brenlow’s desire to close the Quillport harbor should surprise no one.")
    assert by_cue(atts, "desire")["speaker"] == "Brenlow"


def test_quotation_marks_glued_to_a_subject_are_not_its_name(en):
    # (before: "”“Greens and Liberals", the closing and opening marks glued into one token)
    _, atts = en(
        "Senator Ada Brenlow said in a statement “that we have still not been shown any proof of tampering.”"
        "“Greens and Liberals have roundly praised Brenlow’s reputation for integrity. Now that the audit is over, "
        "the council must publish it."
    )
    assert by_cue(atts, "have roundly praised")["speaker"] == "Greens and Liberals"
    assert by_cue(atts, "said")["speaker"] == "Ada Brenlow"


def test_people_interviewed_by_an_outlet_are_not_the_outlet(en, fr):
    # (before: "Residents" typed media: the outlet's name sat in the participle that follows them)
    _, atts = en(
        "Residents interviewed by the Associated Press called the Quillport compensation an insult.",
        "Fishermen quoted by Reuters said the Quillport levee had leaked for weeks.",
    )
    assert {a["speaker"]: a["source_type"] for a in atts} == {
        "Residents": "unnamed_collective",
        "Fishermen": "unnamed_collective",
    }
    _, atts = fr("Des habitants interrogés par l'AFP ont dénoncé une indemnisation dérisoire à Corlay.")
    assert [(a["speaker"], a["source_type"]) for a in atts] == [("Des habitants", "unnamed_collective")]
    # an outlet's own report stays the outlet's
    _, atts = en("A report published by Reuters said the Quillport levee had leaked for weeks.")
    assert all(a["source_type"] != "unnamed_collective" for a in atts)
