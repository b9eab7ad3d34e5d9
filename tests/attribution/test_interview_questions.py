"""A narrated interview's questions are the interviewer's (issue 12, stop 34). "X demande à Y si « … »": the clause
opened by "si" is what X asks, even when the parse hangs it on the verb as a condition (``question_marks``); a
verb the lemmatizer left as written ("demande" for "demander") is the listed cue it is when it governs a clause
after it (``form_endings``); a reported clause made only of quotations joined by "et" is those quotations, one
attribution each (``clause_of_joined_quotes``). The shipped cue model is left out here (``learned={}``): it
recognises "demande" by itself, as a fold's model of the development set did not. Sentences invented for these
tests (fictional people and places)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.attribution.conftest import rules_only

ASKED = (
    "Le présentateur du journal demande au commissaire de l'OMS si « la réforme des hôpitaux arrive trop tard » et "
    "« qui paiera la facture »."
)


def _said(atts: list[dict[str, Any]]) -> list[tuple[str | None, str, str | None]]:
    return [((a["cue"] or {}).get("text"), a["content"][0]["text"], a["speaker"]) for a in atts]


def test_the_questions_of_a_narrated_interview_are_the_interviewer_s():
    assert _said(rules_only(ASKED)) == [
        ("demande", "la réforme des hôpitaux arrive trop tard", "Le présentateur du journal"),
        ("demande", "qui paiera la facture", "Le présentateur du journal"),
    ]


@pytest.mark.parametrize(
    "off",
    [{"question_marks": frozenset()}, {"form_endings": {}}],
    ids=["no si-clause as question", "no lemma from the ending"],
)
def test_without_either_reading_the_questions_have_no_cue_nor_speaker(off):
    # (before: two quotations without a cue, which the orphan pass gives to whoever spoke last, here no one)
    said = _said(rules_only(ASKED, **off))
    assert [s[0] for s in said] == [None, None]
    assert [s[2] for s in said] == [None, None]


def test_two_quotations_asked_at_once_are_two_attributions():
    # (before: one content running from the first quotation's text over "» et «" into the second)
    atts = rules_only(ASKED, clause_of_joined_quotes=False)
    assert [a["content"][0]["text"] for a in atts] == [
        "la réforme des hôpitaux arrive trop tard » et « qui paiera la facture"
    ]


def test_a_form_read_as_a_verb_does_not_make_its_object_a_report():
    # "demande" with a noun object: what is asked for is no one's words
    assert rules_only("Le syndicat ne demande jamais l'avis des dockers.") == []
