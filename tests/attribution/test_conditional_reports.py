"""The reported conditional is a report with no source (issue 12, stop 35, ``conditional_reports``): "Des rebelles
auraient quitté la ville" states what someone says without naming them (the guide's hedged "aurait"). Not a
counterfactual modal ("aurait pu"), a supposition ("on aurait marché des heures"), a condition ("si …"), a question,
a headline (no end mark), nor a sentence right after one that reports (that report goes on). Rules alone
(``learned={}``). Sentences invented for these tests (fictional people and places)."""

from __future__ import annotations

from typing import Any

from tests.attribution.conftest import rules_only

HEARSAY = "Une trentaine de rebelles auraient quitté la ville de Marvy dans la nuit, à bord de camions."


def _said(atts: list[dict[str, Any]]) -> list[tuple[str | None, list[str], str | None, bool]]:
    return [((a["cue"] or {}).get("text"), [c["text"] for c in a["content"]], a["speaker"], a["hedged"]) for a in atts]


def test_a_compound_conditional_in_a_main_clause_is_a_hedged_report_of_no_one():
    assert _said(rules_only([HEARSAY])) == [
        ("auraient quitté", ["Une trentaine de rebelles auraient quitté la ville de Marvy dans la nuit"], None, True)
    ]


def test_without_the_auxiliaries_the_clause_is_the_writer_s():
    assert rules_only([HEARSAY], conditional_auxiliaries=frozenset()) == []


def test_a_counterfactual_a_supposition_and_a_condition_are_no_report():
    for text in (
        "Le maire de Marvy aurait pu construire une école.",
        "On aurait marché des heures sous la pluie.",
        "Si la digue avait cédé, le quartier aurait été inondé.",
    ):
        assert _said(rules_only([text])) == [], text


def test_a_headline_and_a_question_are_no_report():
    assert _said(rules_only(["Des rebelles auraient quitté Marvy dans la nuit"])) == []
    assert _said(rules_only(["Les rebelles auraient-ils quitté Marvy dans la nuit ?"])) == []


def test_a_conditional_right_after_a_report_is_not_a_second_report_of_no_one():
    said = _said(rules_only(["Selon la préfecture, la route sera rouverte lundi. Les travaux auraient coûté cher."]))
    assert [s[0] for s in said] == ["Selon"]
