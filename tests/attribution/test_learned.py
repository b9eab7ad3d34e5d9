"""The learned cue model loads and scores."""

import pytest

from newsloupe.attribution.learned import features, load_learned, model_path, score


def test_model_scores_reporting_verbs_above_others():
    if not model_path("en").is_file():
        pytest.skip("no trained English cue model")
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.lexicon import get_lexicon
    from newsloupe.nlp import get_nlp

    m = load_learned("en")
    doc = get_nlp("en")("Dana Holt said the pier would reopen. Dana Holt ate an apple.")
    d = AttributionDoc(doc, get_lexicon("en"))
    said = next(t for t in doc if t.text == "said")
    ate = next(t for t in doc if t.text == "ate")
    assert score(m, features(d, said, False)) > m["threshold"] > score(m, features(d, ate, False))


def test_v2_bounds_are_the_scores_with_and_without_an_adjacent_quotation():
    """The fast sum of :func:`v2_bounds` equals the model's score of the feature strings."""
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.learned import V2_POS, features_v2, lemma_vector, v2_bounds
    from newsloupe.attribution.lexicon import get_lexicon
    from newsloupe.nlp import get_nlp

    lex = get_lexicon("fr")
    m = lex.learned
    if m.get("features") != "v2":
        pytest.skip("no v2 French cue model")
    text = (
        "« Nous ne céderons pas », a lancé lundi la maire de Valmer, Léa Dorsaz, devant le conseil. "
        "Selon un rapport de la préfecture, les travaux auraient pris deux ans de retard. "
        "Ce dernier estime que la digue, qui protège le port, doit être rehaussée : l'annonce "
        "du ministre, attendue depuis mars, a surpris les pêcheurs qui réclamaient des aides."
    )
    doc = get_nlp("fr")(text)
    d = AttributionDoc(doc, lex, text)
    checked = 0
    for t in doc:
        if d.pos[t.i] not in V2_POS:
            continue
        vec = lemma_vector(d, t.i)
        exact = sorted(score(m, features_v2(d, t, q), vec) for q in (False, True))
        low, high = v2_bounds(m, d, t, vec)
        assert low == pytest.approx(exact[0], abs=1e-12) and high == pytest.approx(exact[1], abs=1e-12)
        checked += 1
    assert checked >= 20
