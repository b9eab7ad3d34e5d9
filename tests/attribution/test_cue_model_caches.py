"""The learned cue model's kept sums and products follow the model: a new model never reads an old
one's, and weights edited in place then passed to :func:`ready` are read afresh."""

import gc

import pytest

from newsloupe.attribution.learned import features_v2, logit, ready, score, v2_bounds


def test_a_new_model_never_reads_the_vector_product_of_a_freed_one():
    np = pytest.importorskip("numpy")
    vector = np.ones(8, dtype="float32")
    for k in range(60):
        model = ready({"weights": {}, "vector_weights": [float(k)] * 8, "intercept": 0.0})
        assert logit(model, [], vector) == pytest.approx(8.0 * k)
        del model
        gc.collect()


def test_weights_edited_in_place_are_read_afresh_after_ready():
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.lexicon import get_lexicon
    from newsloupe.nlp import get_nlp

    text = "« Le marché rouvrira », a déclaré lundi la maire de Valbrune, Léna Rouet."
    doc = get_nlp("fr")(text)
    d = AttributionDoc(doc, get_lexicon("fr"), text)
    t = next(t for t in doc if t.text == "déclaré")
    weights = {"bias": -1.0}
    model = ready({"features": "v2", "weights": weights, "intercept": 0.0})
    before = v2_bounds(model, d, t)
    weights["bias"] = 2.0
    for f in features_v2(d, t, False):
        if f.startswith(("dep=", "prev=", "next=", "lem=")):
            weights[f] = 0.5
    ready(model)
    low, high = v2_bounds(model, d, t)
    exact = sorted(score(model, features_v2(d, t, q)) for q in (False, True))
    assert (low, high) != before
    assert low == pytest.approx(exact[0], abs=1e-12) and high == pytest.approx(exact[1], abs=1e-12)
