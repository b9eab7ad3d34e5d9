"""Faults a new user found at stop 41 (branch fixb41), on sentences invented for these tests (fictional towns,
rivers, bodies and people)."""

from tests.attribution.conftest import by_cue, contents


def test_an_anonymous_source_keeps_its_attribution_with_a_relative_clause_after_it(en):
    # (before the fix "who spoke on condition of anonymity" made the source a clause: no attribution at all)
    _, atts = en(
        "The Brindle Creek dam showed cracks on Tuesday, according to a county engineer who spoke on condition "
        "of anonymity.",
        "According to a harbor inspector who spoke on the condition of anonymity, the Quillport pier will close "
        "in May.",
        "The Marlow ferry skipped two safety drills, according to officials who spoke on condition of anonymity "
        "because they were not allowed to speak publicly.",
    )
    engineer = by_cue(atts, "according to")
    assert engineer["speaker"] == "a county engineer" and engineer["source_type"] == "person_anonymous"
    assert contents(engineer) == ["The Brindle Creek dam showed cracks on Tuesday"]
    inspector = by_cue(atts, "According to")
    assert inspector["speaker"] == "a harbor inspector" and inspector["source_type"] == "person_anonymous"
    assert contents(inspector) == ["the Quillport pier will close in May"]
    officials = [a for a in atts if a["speaker"] == "officials"]
    assert [contents(a) for a in officials] == [["The Marlow ferry skipped two safety drills"]]


def test_a_french_anonymous_source_with_a_relative_clause_or_sous_couvert(fr):
    _, atts = fr(
        "La digue de Morvelle aurait cédé mardi, selon un ingénieur qui a requis l'anonymat.",
        "Selon une technicienne s'exprimant sous couvert d'anonymat, l'écluse de Sarpont restera fermée.",
    )
    found = {a["speaker"]: a for a in atts}
    assert found["un ingénieur"]["source_type"] == "person_anonymous"
    assert contents(found["un ingénieur"]) == ["La digue de Morvelle aurait cédé mardi"]
    assert found["une technicienne"]["source_type"] == "person_anonymous"
    assert contents(found["une technicienne"]) == ["l'écluse de Sarpont restera fermée"]


def test_a_name_run_into_a_title_case_headline_is_cut_to_the_name_the_body_gives(en):
    # (before the fix the body's denials were "Swindler Tobias Wrenfield"'s and the headline's
    # "Harold Pemberton Not Recommending" was a person)
    _, atts = en(
        "Disgraced Swindler Tobias Wrenfield Denies Everything",
        "The county board has asked a judge to open the files of Tobias Wrenfield, a former treasurer of Elmbrook. "
        "Wrenfield has denied the accusation, his lawyer said on Monday.",
    )
    assert "Tobias Wrenfield" in {a["speaker"] for a in atts}
    assert not any("Swindler" in (a["speaker"] or "") for a in atts)
    _, atts = en(
        "Harold Pemberton Not Recommending Any More Budget Cuts",
        "Harold Pemberton, the treasurer of Elmbrook, said on Friday that the town would not cut its budget again.",
    )
    assert {a["speaker"] for a in atts if a["speaker"]} <= {"Harold Pemberton"}
    assert any(a["speaker"] == "Harold Pemberton" for a in atts)
