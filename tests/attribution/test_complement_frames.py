"""Reporting and stance words by complement frame (issue 12, stop 36, lexicon ``frames``): a verb, adjective or
locution whose content is the object of a preposition ("s'insurge contre X", "est hostile à X", "plaide en faveur
de X", "met l'accent sur X") reports X, without the preposition; a pronominal-only verb is no cue without its
clitic; a stance negated is no report; one report read from a locution and from its adjective is kept once. Run
on the rules alone (``learned={}``) with the French lexicon, then with the frame emptied. Sentences invented for
these tests (fictional people and places)."""

from __future__ import annotations

from typing import Any

from tests.attribution.conftest import rules_only

AGAINST = "Les élus de Morvaille se sont insurgés contre la fermeture de la maternité."
HOSTILE = "Le syndicat des dockers est hostile à la privatisation du port de Lunel."
IN_FAVOUR = "Le parti des Verts alpins plaide en faveur d'un référendum sur le tunnel."
LOCUTION = "La rectrice Anne Varlin met l'accent sur la formation des enseignants."
ALARM = "Les pompiers de Castelmar tirent la sonnette d'alarme sur le manque de volontaires."


def _said(atts: list[dict[str, Any]]) -> list[tuple[str | None, list[str], str | None]]:
    return [((a["cue"] or {}).get("text"), [c["text"] for c in a["content"]], a["speaker"]) for a in atts]


def _contents(atts: list[dict[str, Any]]) -> list[str]:
    return [c["text"] for a in atts for c in a["content"]]


def test_a_pronominal_verb_reports_the_object_of_contre():
    assert _said(rules_only(AGAINST)) == [
        ("se sont insurgés", ["la fermeture de la maternité"], "Les élus de Morvaille")
    ]


def test_a_stance_adjective_reports_the_object_of_a():
    assert _contents(rules_only(HOSTILE)) == ["la privatisation du port de Lunel"]


def test_a_compound_preposition_reports_its_noun_complement():
    assert _contents(rules_only(IN_FAVOUR)) == ["un référendum sur le tunnel"]


def test_a_locution_reports_the_object_its_frame_names():
    assert _said(rules_only(LOCUTION)) == [("met l'accent", ["la formation des enseignants"], "Anne Varlin")]
    assert _contents(rules_only(ALARM)) == ["le manque de volontaires"]


def test_without_the_frames_the_prepositional_objects_are_not_reported():
    for text, content in ((AGAINST, "la fermeture de la maternité"), (HOSTILE, "la privatisation du port de Lunel")):
        assert content in _contents(rules_only(text))
        assert content not in _contents(rules_only(text, prep_frames={}))


def test_a_pronominal_only_verb_without_its_clitic_is_no_cue():
    # "se prononcer pour X" reports X; "prononcer un discours pour X" does not
    assert rules_only("Le comédien Jules Maran prononce un discours pour la fête du village.") == []
    assert _contents(rules_only("Le comédien Jules Maran se prononce pour la fête du village.")) == [
        "la fête du village"
    ]
    with_clitic_or_not = rules_only(
        "Le comédien Jules Maran prononce un discours pour la fête du village.", reflexive_only=frozenset()
    )
    assert _contents(with_clitic_or_not) == ["la fête du village"]


def test_a_negated_stance_is_no_report():
    assert rules_only("Le maire de Lunel ne s'oppose pas à la réforme du stationnement.") == []
    assert _contents(rules_only("Le maire de Lunel s'oppose à la réforme du stationnement.")) == [
        "la réforme du stationnement"
    ]


def test_one_report_read_from_a_locution_and_its_adjective_is_kept_once():
    said = _said(rules_only("Le ministre Paul Dorval s'est montré préoccupé par la hausse des loyers."))
    assert [cs for _cue, cs, _who in said] == [["la hausse des loyers"]]


def test_plain_narration_with_a_polysemous_verb_or_an_adjective_is_no_report():
    # fixa36 (review of frlex36): verbs that also mean doing take only a « que » clause or a quotation
    # (``clause_only``), and a bare adjective's "de"/"par" object is its cause or agent
    for text in (
        "Les gendarmes ont maintenu le calme autour du stade de Morvaille.",
        "Le jury a repoussé sa réunion au mois suivant.",
        "L'institutrice corrige les cahiers de ses élèves le soir.",
        "L'équipe de Lunel a enchaîné trois matchs nuls cet hiver.",
        "La secrétaire a complété les formulaires de la cantine.",
        "Les randonneurs ont été surpris par l'orage près du col.",
        "Le gardien est très fier de sa nouvelle pelouse.",
        "Le facteur a glissé sur une plaque de glace devant la poste.",
        "Le club de Lunel s'est qualifié pour la demi-finale.",
    ):
        assert rules_only(text) == [], text
    # the same verbs with a « que » clause or a quotation, and the adjective under « se dire », still report
    assert _contents(rules_only("Le préfet a maintenu que le tunnel de Lunel ouvrirait en mai.")) == [
        "le tunnel de Lunel ouvrirait en mai"
    ]
    assert _contents(rules_only("« Le tunnel ouvrira en mai », a glissé la rectrice.")) == ["Le tunnel ouvrira en mai"]
    assert _contents(rules_only("La rectrice Anne Varlin s'est dite très fière de ses enseignants.")) != []
