"""Verbs of regarding or presenting report the predicate "comme" introduces (issue 12, stop 35,
``predicate_cues``): "X considère Y comme Z", "Y, présenté par X comme Z", "des élus perçus comme Z" report Z. The
source is the verb's subject; of a passive or a participle, its agent or no one (never the thing regarded). Run on
the rules alone (``learned={}``) with the French lexicon, then with the list emptied. Sentences invented for these
tests (fictional people and places)."""

from __future__ import annotations

from typing import Any

from tests.attribution.conftest import rules_only

ACTIVE = "La ministre Odile Fresnay a présenté la réforme des ports comme une nécessité absolue."
AGENT = "Le Front des Vallées, considéré par la préfecture comme un groupe dangereux, a manifesté samedi."
NO_AGENT = "Les nouveaux conseillers étaient perçus comme les représentants des grandes familles du canton."
CLAUSE = (
    "Le conseil de Brévanne considère que le projet de digue est enterré, comme le montre l'arrêt du chantier "
    "depuis l'été."
)


def _said(atts: list[dict[str, Any]]) -> list[tuple[str | None, list[str], str | None]]:
    return [((a["cue"] or {}).get("text"), [c["text"] for c in a["content"]], a["speaker"]) for a in atts]


def test_an_active_verb_reports_the_predicate_its_subject_gives():
    assert ("a présenté", ["une nécessité absolue"], "Odile Fresnay") in _said(rules_only(ACTIVE))


def test_a_participle_reports_the_predicate_for_its_agent():
    assert ("considéré", ["un groupe dangereux"], "la préfecture") in _said(rules_only(AGENT))


def test_a_passive_without_agent_has_no_source_and_not_the_thing_regarded():
    said = _said(rules_only(NO_AGENT))
    assert said == [("étaient perçus", ["les représentants des grandes familles du canton"], None)]


def test_a_comme_clause_of_its_own_is_not_the_predicate():
    # "comme le montre X" is a clause on its own verb: "considère" still reports its "que" clause
    assert _said(rules_only(CLAUSE)) == [("considère", ["le projet de digue est enterré"], "Le conseil de Brévanne")]


def test_without_the_list_the_predicates_are_not_reported():
    for text, predicate in ((ACTIVE, "une nécessité absolue"), (AGENT, "un groupe dangereux")):
        said = _said(rules_only(text, predicate_verbs=frozenset()))
        assert not any(predicate in cs for _cue, cs, _who in said)


def test_a_cue_that_reports_a_quotation_keeps_it():
    # (before: the predicate "une chance" replaced the quotation, which no one then said)
    said = _said(
        rules_only("Le ministre Paul Ardent a présenté la réforme comme une chance : « Nous avançons enfin. »")
    )
    assert said == [("a présenté", ["Nous avançons enfin."], "Paul Ardent")]


def test_an_example_after_comme_with_its_own_infinitive_is_no_predicate():
    # (before: cue "ont vu", content "la Lusanie augmenter leurs exportations")
    assert rules_only("Les agriculteurs ont vu des pays comme la Lusanie augmenter leurs exportations.") == []
