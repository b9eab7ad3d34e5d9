"""The fact-check matcher gives the same matches whatever the order of its inputs and the process's
string hashing: ties between claims or candidates go to the lowest index, and the patterns built from
word sets are the same in every process.

Every sentence here is invented for these tests, on invented places and people."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from newsloupe.factchecks.match import FEATURES, Candidate, Lexicon, MatcherModel, Unit, select, top_indices

REPO = Path(__file__).resolve().parents[2]


def _candidate(start: int, review: int) -> Candidate:
    unit = Unit(start, start + 40, "Des habitants affirment que le pont de Mirvaux fermera.", "", False, True)
    return Candidate(unit, review, [0.0] * len(FEATURES))


def test_select_keeps_the_same_matches_whatever_the_order_of_equal_candidates() -> None:
    """Equal scores: the first sentence, then the lowest review, not the first candidate listed."""
    model = MatcherModel((0.0,) * len(FEATURES), 0.0, 0.35, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES))
    cands = [_candidate(0, 3), _candidate(0, 1), _candidate(80, 1), _candidate(80, 2)]
    got = set()
    for order in itertools.permutations(cands):
        got.add(tuple((c.unit.start, c.review) for c in select(list(order), model)))
    assert got == {((0, 1), (80, 2))}


def test_the_best_values_break_ties_by_id_at_the_cut_too() -> None:
    values = np.array([0.5, 0.9, 0.5, 0.5, 0.2], dtype=np.float32)
    assert top_indices(values, 2).tolist() == [1, 0]
    assert top_indices(values, 3, np.array([9, 8, 7, 6, 5])).tolist() == [1, 3, 2]
    assert top_indices(values, 9).tolist() == [1, 0, 2, 3, 4]
    rng = np.random.default_rng(3)
    for _ in range(20):  # many ties, shuffled positions: the same ids are chosen
        ids = rng.permutation(200)
        vals = rng.integers(0, 4, 200).astype(np.float32)
        chosen = ids[top_indices(vals, 7, ids)]
        expected = sorted(range(200), key=lambda i: (-vals[list(ids).index(i)], i))[:7]
        assert chosen.tolist() == expected


def test_the_lexicon_keeps_the_lowest_of_claims_sharing_a_name_equally() -> None:
    """Five claims name Brunvelle once each (equal weight): the three kept are the first three."""
    claims = [f"Le marché de Brunvelle ferme le {d}" for d in ("lundi", "mardi", "jeudi", "vendredi", "samedi")]
    claims += ["Tarvelle double ses impôts", "Orlenac perd son école", "Vassieu vend son stade"]
    lex = Lexicon.build(claims)
    assert sorted(lex.top(["On dit que Brunvelle va fermer."], 3, names_only=True)[0].tolist()) == [0, 1, 2]


_PROBE = """
from newsloupe.factchecks import match, quantities as q
langs = ("en", "fr")
print(match._denial().pattern)
print(q._cents_pattern(langs).pattern)
print(q._half_pattern(langs).pattern)
print(q._half_a_pattern(langs).pattern)
print(q._final_scale_pattern(langs)[0].pattern)
claims = ["Le pont de Mirvaux a coûté 12 000 euros", "Mirvaux ferme son pont", "Tarvelle a 300 élèves"]
lex = match.Lexicon.build(claims)
print([t.tolist() for t in lex.top(["le pont de Mirvaux", "Tarvelle et Mirvaux"], 2)])
got = q.figures("Près de deux millions et demi d'euros, soit 40 % de plus en trois ans.")
print(sorted(got.counts), sorted(got.shares), sorted(got.kinds))
"""


def test_patterns_and_lexicon_are_the_same_under_any_string_hashing() -> None:
    """Two processes with other PYTHONHASHSEED build the same patterns from the word sets (the regex
    alternations were ordered by length only, so set order decided the rest) and find the same claims."""
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        run = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
        outs.append(run.stdout)
    assert outs[0] == outs[1]
    assert outs[0].count("\n") == 7
