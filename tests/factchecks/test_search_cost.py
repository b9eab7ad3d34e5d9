"""Matching made cheaper without changing what it finds (perffc43): the inverted file's products
taken group by group, the article's capitalised words found once for the readings that use them."""

from __future__ import annotations

import numpy as np
import pytest

from newsloupe.factchecks import match


def _per_sentence_search(memory: match.Memory, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The inverted file's search as written before perffc43: one sentence at a time, its groups in turn."""
    centroids, order, bounds, grouped = memory._ivf()
    near = np.argsort(-(queries @ centroids.T), axis=1)[:, : match.PROBES]
    idx = np.zeros((len(queries), k), dtype=np.int64)
    scores = np.full((len(queries), k), -1.0, dtype=np.float32)
    for q in range(len(queries)):
        parts = [(bounds[c], bounds[c + 1]) for c in near[q]]
        sims = np.concatenate([grouped[a:b] @ queries[q] for a, b in parts])
        pos = np.concatenate([np.arange(a, b) for a, b in parts])
        top = match.top_indices(sims, k, order[pos])
        idx[q], scores[q] = order[pos[top]], sims[top]
    rank = np.lexsort((idx, -scores), axis=1)
    return np.take_along_axis(idx, rank, 1), np.take_along_axis(scores, rank, 1)


def test_the_inverted_file_group_by_group_finds_the_same_claims_with_the_same_cosines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each group's product with each sentence is the one computed before, only in another order (a group read
    once for every sentence probing it): the same claims, the same cosines to the bit, ties included."""
    rng = np.random.default_rng(43)
    vectors = rng.standard_normal((3000, 512)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[7] = vectors[8]  # two claims at the same cosine of every sentence: the lower index first
    memory = match.Memory(
        [match.Review(i, f"https://fictional.example/{i}", f"claim {i}") for i in range(3000)], vectors
    )
    # sentences near some claims, several near the same ones (they probe groups together, as an article's do)
    queries = vectors[[7, 7, 100, 2999, 1500, 1501, 42]] + 0.05 * rng.standard_normal((7, 512)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    monkeypatch.setattr(match, "COARSE_FROM", 100)
    got_idx, got_sims = memory.search(queries, k=4)
    want_idx, want_sims = _per_sentence_search(memory, queries, 4)
    assert np.array_equal(got_idx, want_idx)
    assert np.array_equal(got_sims, want_sims)
    assert got_idx[0][:2].tolist() == [7, 8]


def test_the_names_found_once_over_the_article_and_its_outlet_are_those_of_each() -> None:
    """The article's capitalised words are found once in its text and its outlet's name joined by a line: no
    name crosses the line, so those inside the text are the text's own (the readings of the article's names and
    places take them from that one pass)."""
    text = (
        "Le maire de Brenvale-sur-Oise l'a dit à Noémie Carvel. Selon l'Observatoire, 12 bus anti-Grelon"
        " roulent à Tarvo"
    )
    for outlet in ("L'Écho de Brenvale", "d'Arzon Matin", "", "4x4 Hebdo"):
        joined = f"{text}\n{outlet}"
        found = list(match._NAME.finditer(joined))
        assert [m.group() for m in found if m.end() <= len(text)] == [m.group() for m in match._NAME.finditer(text)]
        assert [m.group() for m in found if m.start() > len(text)] == [m.group() for m in match._NAME.finditer(outlet)]
        assert match.place_tokens(joined, found) == match.place_tokens(joined)
