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
