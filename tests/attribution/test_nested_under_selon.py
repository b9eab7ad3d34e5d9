"""A listed cue inside a « selon » / « d'après » phrase's content passes the learned model's gate (lang/fr
"gate_kept_in_phrases", frsel42, stop 42), on sentences invented for this test (fictional towns and people)."""

import dataclasses

from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.attribution.rules import find_attributions
from newsloupe.nlp import get_nlp

TEXT = (
    "Les maires de la vallée de l'Ourse s'engagent à rouvrir le vieux pont avant l'hiver, selon la gazette de "
    "Morlaix. "
    "D'après la radio de Varenne, la directrice du domaine a promis de rouvrir le téléphérique avant Noël. "
    "Les pêcheurs de Quintal promettent de nettoyer les berges du lac."
)


def _verb_cues(lex) -> dict[str, str]:
    found, _ = find_attributions(get_nlp("fr")(TEXT), lex, TEXT)
    return {TEXT[f.cue[0] : f.cue[1]]: TEXT[slice(*f.content[0])] for f in found if f.cue_kind == "verb"}


def test_listed_cue_inside_a_selon_phrase_passes_the_gate():
    # the gate set above every score: a listed verb is kept only inside the content of « selon » or « d'après »
    # (Y reports X's own report), not alone ("promettent", the control)
    lex = get_lexicon("fr")
    lex = dataclasses.replace(lex, learned={**lex.learned, "gate": 2.0})
    assert _verb_cues(lex) == {
        "s'engagent": "rouvrir le vieux pont avant l'hiver",
        "a promis": "rouvrir le téléphérique avant Noël",
    }
    # without the list, the gate drops them all
    assert _verb_cues(dataclasses.replace(lex, gate_kept_in_phrases=())) == {}
