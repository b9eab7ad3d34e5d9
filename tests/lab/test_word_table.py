"""The cross-language word table's builder and the alignment it feeds (lab only, not shipped), on a hand-made table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from newsloupe.lab.word_table import alignment, reduce, stopwords, tokens, vocabulary, word_table

STOP = frozenset({"the", "le", "la", "les", "que", "that", "des", "of", "a"})


def _table(tmp_path: Path) -> Path:
    # four concepts on four axes: a French word and its English translation share one axis
    words = ["ferry", "bac", "closed", "fermé", "winter", "hiver", "goats", "chèvres"]
    vecs = np.zeros((len(words), 4), dtype=np.int8)
    for i in range(len(words)):
        vecs[i, i // 2] = 127
    path = tmp_path / "words.npz"
    weights = np.array([5, 5, 4, 4, 6, 6, 9, 9], dtype=np.float16)
    np.savez_compressed(path, words=np.array(words), vectors=vecs, weights=weights)
    return path


def test_tokens_split_elisions_hyphens_and_digits() -> None:
    assert tokens("L'hôpital de Saint-Orvel, 12 lits") == ["l", "hôpital", "de", "saint", "orvel", "lits"]


def test_alignment_counts_translations_names_and_the_words_left_on_each_side(tmp_path: Path) -> None:
    table = word_table(str(_table(tmp_path)))
    assert table is not None
    # every content word of the claim has its translation or itself (a name) in the sentence
    full = alignment("The Quellby ferry is closed in winter", "Le bac de Quellby est fermé tout l'hiver", STOP, table)
    assert full[0] == 1.0 and full[2] == 0.0
    # a near miss: the sentence says goats where the claim says winter; one rare word left on both sides
    near = alignment("The Quellby ferry is closed in winter", "Le bac de Quellby a perdu ses chèvres", STOP, table)
    assert near[0] < 1.0 and near[2] == 6.0 and near[3] == 9.0
    assert near[0] < full[0] and near[1] < full[1]


def test_alignment_without_a_table_is_neutral(tmp_path: Path) -> None:
    assert word_table(str(tmp_path / "absent.npz")) is None
    assert alignment("The ferry is closed", "Le bac est fermé", STOP, None) == (0.0, 0.0, 0.0, 0.0)
    assert "the" in stopwords() and "les" in stopwords()


def test_vocabulary_weights_rarer_words_more_and_reduce_gives_unit_int8_rows() -> None:
    counts = {"en": Counter({"ferry": 50, "lantern": 2, "once": 1}), "fr": Counter({"bac": 10})}
    words, weights = vocabulary(counts, {"quellby"})
    got = dict(zip(words, weights.tolist(), strict=True))
    assert "once" not in got and got["ferry"] < got["lantern"] < got["quellby"]
    rng = np.random.default_rng(3)
    q, basis = reduce(rng.normal(size=(40, 16)).astype(np.float32), 8)
    assert q.dtype == np.int8 and q.shape == (40, 8) and basis.shape == (8, 16)
    norms = np.linalg.norm(q.astype(np.float32), axis=1)
    assert np.ptp(norms) < 0.02 * norms.mean() and norms.max() <= 127 * np.sqrt(8)
