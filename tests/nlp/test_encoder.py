"""The shared multilingual encoder (USE-multilingual v3, real model from its registry package)."""

from __future__ import annotations

import numpy as np

from newsloupe.nlp import encoder


def test_embeddings_are_unit_vectors_and_cached() -> None:
    enc = encoder.get_encoder()
    assert enc is not None and encoder.get_encoder() is enc  # one instance per process
    E = enc.encode(
        ["Le port de Valmer rouvre lundi.", "The port of Valmer reopens on Monday.", "Le port de Valmer rouvre lundi."]
    )
    assert E.shape == (3, encoder.DIM)
    assert np.allclose(np.linalg.norm(E, axis=1), 1.0, atol=1e-3)
    assert np.array_equal(E[0], E[2])
    # a translation is closer than an unrelated sentence
    other = enc.encode(["Les prix du blé ont reculé en mars."])[0]
    assert E[0] @ E[1] > E[0] @ other + 0.2
    assert abs(enc.similarity("Bonjour à tous.", "Bonjour à tous.") - 1.0) < 1e-3


def test_cache_is_bounded() -> None:
    enc = encoder.get_encoder()
    texts = [f"dépêche numéro {i} du fil de Valmer" for i in range(encoder.CACHE_TEXTS + 5)]
    assert enc.encode(texts).shape == (len(texts), encoder.DIM)
    assert len(enc._cache) <= encoder.CACHE_TEXTS
    assert enc.encode([]).shape == (0, encoder.DIM)
