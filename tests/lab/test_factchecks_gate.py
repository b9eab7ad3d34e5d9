"""The distilled static encoder measured as a gate before the fact-check matcher (lab only, not shipped)."""

from __future__ import annotations

import numpy as np

from newsloupe.lab.factchecks_gate import fit, gate_table, targets

SENTENCES = [
    "Le maire de Brandoux affirme que la piscine municipale fermera tout l'hiver.",
    "Selon la préfecture, le pont de Valmer serait fissuré sur toute sa longueur.",
    "Les éleveurs du plateau disent avoir perdu un tiers de leurs chèvres en un an.",
    "Un message partagé des milliers de fois prétend que l'eau du robinet est coupée lundi.",
    "The council of Orrinfold says the new lighthouse lamp can be seen from ninety kilometres.",
    "Posts claim that the Kelderbrook ferry will stop running after the summer.",
    "A spokesman said wheat prices fell by half in the region last March.",
    "Residents were told the old mill would be turned into a museum of clocks.",
    "D'après le syndicat, neuf enseignants sur dix refuseraient la réforme des horaires.",
    "The mayor denied that the town had sold its forest to a timber firm.",
]


def test_gate_table_counts_lost_matches_and_kept_pieces() -> None:
    approx = np.array([0.05, 0.22, 0.31, 0.4])
    true = np.array([0.1, 0.35, 0.25, 0.5])
    pieces = np.array([10, 20, 30, 40])
    matched = np.array([False, True, False, True])
    low, high = gate_table(approx, true, pieces, matched, thresholds=(0.2, 0.3))
    assert low == {"threshold": 0.2, "lost": 0, "kept": 0.9, "lost_true": 0, "kept_true": 0.9}
    assert high == {"threshold": 0.3, "lost": 1, "kept": 0.7, "lost_true": 0, "kept_true": 0.6}


def test_static_encoder_lands_each_sentence_nearest_its_own_use_vector() -> None:
    vectors = targets(SENTENCES)
    static = fit(SENTENCES, vectors)
    approx = static.encode(SENTENCES)
    assert approx.shape == (len(SENTENCES), 512)
    assert np.allclose(np.linalg.norm(approx, axis=1), 1.0, atol=1e-3)
    sims = approx @ vectors.T
    assert list(sims.argmax(axis=1)) == list(range(len(SENTENCES)))
    assert float(np.diag(sims).min()) > 0.8
