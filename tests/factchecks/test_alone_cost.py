"""A matched sentence read alone without a search of its own (issue 16, stop 46, perffc46).

``match_analysis`` tells a match only its article made (``through_article``, ``alone_score``: what ``factchecks
search`` gives the sentence alone). A sentence the article embedded whole has, alone, the vector and the nearest
claims the article's search found for it: only the matched review's features are computed for it alone. The
article's search keeps as many nearest claims as ``search`` reads; its first ``top + 1`` are those it kept before.

Every sentence here is invented."""

from __future__ import annotations

import numpy as np
import pytest

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, embed
from tests.factchecks.docs import body_doc

CLAIM = "The Velmora council closed the Kiln Row bridge to all traffic for two years."
OTHERS = [
    f"The {town} {thing} {verb} for {n} weeks."
    for town, thing, verb, n in zip(
        ["Ashcombe", "Brindle", "Corvel", "Dunmere", "Eskdale", "Farrow", "Glenholt", "Harwick", "Ivel", "Jessop"] * 2,
        ["market", "library", "pool", "museum", "depot", "school", "clinic", "ferry", "stadium", "park"] * 2,
        ["stayed shut", "was rebuilt", "lost its funding", "moved away", "reopened late"] * 4,
        range(2, 22),
        strict=True,
    )
]


def _memory() -> Memory:
    claims = [CLAIM, *OTHERS]
    reviews = [Review(i, f"https://fictional.example/{i}", c, language="en") for i, c in enumerate(claims)]
    return Memory(reviews, embed(claims))


def test_the_articles_search_keeps_the_first_claims_it_kept_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nearest claims are ranked by cosine, then claim: five of them begin with the four (ties included)."""
    rng = np.random.default_rng(46)
    vectors = rng.standard_normal((2000, 512)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[5] = vectors[6]  # two claims at the same cosine of every sentence
    words = ["lindow", "varnel", "tramway", "bridge", "ferry", "harbour", "council", "school"]
    claims = [f"The {words[i % 8]} of {words[(i // 8) % 8]} closed {i % 13} times." for i in range(2000)]
    memory = Memory([Review(i, f"https://fictional.example/{i}", c) for i, c in enumerate(claims)], vectors)
    queries = vectors[[5, 300, 1999]] + 0.05 * rng.standard_normal((3, 512)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    texts = [claims[5], "The ferry of varnel closed again.", "Nothing shared here."]
    monkeypatch.setattr(match, "COARSE_FROM", 100)
    monkeypatch.setattr(match, "LEXICAL_MAX_DF", 0.2)
    four = memory.search(queries, k=4, texts=texts)
    five = memory.search(queries, k=5, texts=texts)
    assert np.array_equal(five[0][:, :4], four[0]) and np.array_equal(five[1][:, :4], four[1])
    assert four[0][0][:2].tolist() == [5, 6]


def test_a_sentence_embedded_whole_is_read_alone_without_a_second_search(monkeypatch: pytest.MonkeyPatch) -> None:
    memory = _memory()
    monkeypatch.setattr(match, "COARSE_FROM", 10)  # (the inverted file, as in a store of 100,000 reviews)
    searches = []
    real = match.Memory.search
    monkeypatch.setattr(match.Memory, "search", lambda self, *a, **k: searches.append(1) or real(self, *a, **k))
    context = "The Velmora council met on Monday to discuss the Kiln Row bridge."
    named = "Posts claim the Velmora council closed the Kiln Row bridge to all traffic for two years."
    (m,) = match.match_analysis(body_doc([context, named], "en"), memory)
    assert len(searches) == 1  # the article's: the sentence alone reuses its row
    alone = next(x for x in match.search(named, memory) if x["url"] == m["url"])
    assert m["text"] == named and not m["through_article"]
    assert m["alone_score"] == alone["score"] == m["score"] and alone["match"]


def test_a_sentence_embedded_as_its_attributed_part_is_searched_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    memory = _memory()
    monkeypatch.setattr(match, "COARSE_FROM", 10)
    context = "The Velmora council met on Monday to discuss the Kiln Row bridge."
    quoted = "Residents said that the council closed the bridge to all traffic for two years."
    doc = body_doc([context, quoted], "en")
    at = doc["text"].index("the council closed")
    doc["spans"]["contents"] = [{"start": at, "end": len(doc["text"]) - 1, "label": "content"}]
    found = match.match_analysis(doc, memory)
    assert [m["text"] for m in found] == [quoted]
    alone = next((x for x in match.search(quoted, memory) if x["url"] == found[0]["url"]), None)
    assert found[0]["alone_score"] == (alone["score"] if alone is not None else None)
    assert found[0]["through_article"] == (alone is None or not alone["match"])
