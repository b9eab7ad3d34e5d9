"""A negated verb cue reports nothing (issue 12, stop 35, ``negated_cues``): the annotation guide's convention
("n'a pas précisé" is no attribution). A negative subject empties any cue ("Nul ne sait si …", "Personne n'a
affirmé que …"); ``ne`` with a negation word empties a finite verb of saying or knowing, not a belief or a wish
("ne pense pas que" still gives a view), not an infinitive under another cue ("a déclaré ne pas croire que"), not a
verb whose negation reports ("n'a pas caché que"), and not "pas seulement" or "pas autre chose". Rules alone
(``learned={}``). Sentences invented for these tests (fictional people and places)."""

from __future__ import annotations

from typing import Any

from tests.attribution.conftest import rules_only


def _cues(paragraphs: list[str], **off: Any) -> list[str | None]:
    return [(a["cue"] or {}).get("text") for a in rules_only(paragraphs, **off)]


def test_a_negative_subject_or_a_negated_saying_verb_reports_nothing():
    texts = [
        "Nul ne sait si la mairie de Vercelin trouvera les fonds pour la digue.",
        "Personne n'a affirmé que le pont de Vercelin allait rouvrir en mars.",
        "Le maire de Vercelin n'a jamais expliqué que le pont avait fermé par prudence.",
        "La préfète n'a pas dit que la digue serait reconstruite cette année.",
    ]
    for text in texts:
        assert _cues([text]) == [], text
    # without the rule, each one was read as a report
    assert all(_cues([text], negation_words=frozenset()) for text in texts)


def test_a_report_around_a_negated_clause_stays():
    # the negation inside what is said, or on an infinitive under the cue, belongs to the content
    said = rules_only(["Paul Ardent a déclaré ne pas croire que la digue de Vercelin tiendra l'hiver."])
    assert [(a["cue"] or {}).get("text") for a in said] == ["a déclaré"]
    assert said[0]["speaker"] == "Paul Ardent"
    # "Personne ne dit que …" inside a sentence that Paul Ardent reports: only his report
    whole = rules_only(["Personne ne dit que le chantier est arrêté, a affirmé le maire, Paul Ardent."])
    assert [a["speaker"] for a in whole] == ["Paul Ardent"]


def test_litotes_beliefs_and_not_only_still_report():
    for text in (
        "La directrice du port n'a pas démenti que le budget de Vercelin serait serré.",
        "Le syndicat ne pense pas que la digue de Vercelin tiendra l'hiver.",
        "Le maire n'a pas seulement dit que la digue était fragile, il a demandé une expertise.",
        "Depuis des années, les pêcheurs de Vercelin n'affirment rien d'autre que la fragilité de la digue.",
    ):
        assert _cues([text]), text
