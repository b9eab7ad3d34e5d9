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


def test_a_sentences_names_read_from_the_articles_are_those_of_the_sentence_alone() -> None:
    """perf44: the lexicon's query of each sentence takes its capitalised words from the article's matches. A
    sentence after a space or a line has exactly the names it has alone; one whose neighbour is a letter, an
    apostrophe, a hyphen or the "×" a name may open with is searched again (None)."""
    text = (
        "Le pont de Vardel-Haut a cédé. Jusqu'à Lindow, l'Observatoire compte 12 bus anti-Grelon.\n"
        "Selon Noémie Carvel, la D42 restera fermée×Ombrelle passe. Fin"
    )
    found = [m for m in match._NAME.finditer(f"{text}\nL'Écho de Vardel") if m.end() <= len(text)]
    first = (0, text.index(" Jusqu"))
    second = (text.index("Jusqu"), text.index("\n"))
    third = (text.index("Selon"), text.index("×"))  # the next character, "×", may open a name
    inner = (text.index("ardel"), text.index(" a cédé"))  # a letter before it
    last = (text.index("Fin"), len(text))
    got = match._names_within(text, found, [first, second, third, inner, last])
    assert got[0] == ["Le", "Vardel-Haut"]
    assert got[1] == ["Jusqu'à", "Lindow", "Observatoire", "12", "Grelon"]
    assert got[2] is None and got[3] is None
    assert got[4] == ["Fin"]
    for (a, b), words in zip([first, second, last], [got[0], got[1], got[4]], strict=True):
        assert words == [m.group() for m in match._NAME.finditer(text[a:b])]
    # the lexicon's keys of a sentence from those words are those it finds alone
    folded = match._fold_many([text[second[0] : second[1]]])[0]
    alone = match.lexical_keys(folded, text[second[0] : second[1]])
    assert match.lexical_keys(folded, text[second[0] : second[1]], got[1]) == alone
    assert "=lindow" in alone and "=grelon" in alone


def test_the_conditionals_lookahead_changes_no_match_of_the_relayed_patterns() -> None:
    """perf44: the French conditional's two relayed patterns open with a lookahead (a word ending in -rait or
    -raient) that only spares the engine; without it they match the same words at the same places."""
    import re

    pats = match.load_data("fr", "factchecks")["relayed"]
    guard = r"(?=\w*r(?:ait|aient)(?![\w-]))"
    assert pats[0].startswith(guard) and pats[1].startswith(guard)
    bare = [p.removeprefix(guard) for p in pats]
    fast = match._hedged("fr", "relayed")
    slow = re.compile(rf"(?<![\w-])(?:{'|'.join(bare)})(?![\w-])", re.IGNORECASE)
    sentences = [
        "Le maire viendrait demain et ses adjoints prendraient la parole.",
        "Une usine fermerait, dit-on, et les ouvriers partiraient.",
        "Le club devrait gagner ; il pourrait aussi perdre ; il couvrait le match.",
        "AURAIT-IL menti ? Ils sauraient, croirait-on, mourraient-ils ?",
        "Le portrait du maire, un trait, un attrait : rien de relayé.",
        "Les habitants affirment que le pont serait fissuré.",
    ]
    spans = [[m.span() for m in fast.finditer(s)] for s in sentences]
    assert spans == [[m.span() for m in slow.finditer(s)] for s in sentences]
    assert [sentences[0][a:b] for a, b in spans[0]] == ["viendrait", "prendraient"]
    assert spans[2] == [] and spans[4] == []
    assert [sentences[3][a:b] for a, b in spans[3]] == ["sauraient"]  # (a word before a hyphen is none)


def _lexicon_one_text_at_a_time(lex: match.Lexicon, texts: list[str], k: int) -> list[np.ndarray]:
    """The lexicon's query as written before perffc45: each text's postings scored and cut on their own."""
    out = []
    for t, raw in zip(match._fold_many(texts), texts, strict=True):
        ks = [i for i in (lex.ids.get(x) for x in match.lexical_keys(t, raw)) if i is not None and lex.weight[i] > 0]
        if not ks:
            out.append(np.zeros(0, dtype=np.int64))
            continue
        posts = np.concatenate([lex.claims[lex.indptr[i] : lex.indptr[i + 1]] for i in ks])
        keys = np.asarray(ks)
        uniq, inv = np.unique(posts, return_inverse=True)
        score = np.bincount(inv, weights=np.repeat(lex.weight[keys], lex.indptr[keys + 1] - lex.indptr[keys]))
        out.append(uniq[match.top_indices(score, min(k, len(uniq)))].astype(np.int64))
    return out


def _invented_claims(n: int) -> list[str]:
    rng = np.random.default_rng(45)
    towns = ["Vardel", "Lindow", "Brenvale", "Tarvo", "Ombrelle", "Kelderbrook", "Arzon", "Grelon"]
    things = ["bridge", "school", "bakery", "tramway", "library", "stadium", "harbour", "market"]
    verbs = ["will close", "was sold", "costs", "doubled", "was flooded", "lost"]
    rare = [f"v{a}{b}{c}" for a in "bcdfg" for b in "aeiou" for c in "klmnr"]  # 125 invented words, in a few claims
    return [
        f"The {things[rng.integers(8)]} of {towns[rng.integers(8)]} {verbs[rng.integers(6)]}"
        f" {rng.integers(1, 40)} times"
        f" near {rare[rng.integers(125)]} and {rare[rng.integers(125)]}"
        for _ in range(n)
    ]


def test_the_lexicon_queried_for_all_sentences_at_once_finds_what_each_finds_alone() -> None:
    """perffc45: an article's sentences are scored by one bincount and ranked by one sort; each keeps the claims
    it found alone, in the same order (equal weights by claim index), with a sentence sharing no key among them."""
    claims = _invented_claims(400)
    lex = match.Lexicon.build(claims)
    texts = [
        "Locals say the bakery of Vardel will close, 12 times in a row near vbak and vdil.",
        "Nothing here is shared with any claim at all.",
        "The tramway of Lindow and the stadium of Tarvo doubled near vgor and vcem.",
        "The harbour of Kelderbrook was flooded 7 times.",
    ]
    for k in (1, 3, 20, 1000):
        got = lex.top(texts, k)
        want = _lexicon_one_text_at_a_time(lex, texts, k)
        assert [g.tolist() for g in got] == [w.tolist() for w in want]
    got = lex.top(texts, 20)
    assert len(got[1]) == 0 and len(got[0]) > 3 and len(got[2]) > 3 and got[0].dtype == np.int64  # (k 1 and 3 cut it)


def test_the_inverted_file_with_the_lexicons_claims_finds_what_each_sentence_finds_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """perffc45: each sentence's cut taken in its row of cosines and the lexicon's claims merged in Python give
    the claims and cosines of the per-sentence search with the lexicon's merge (a claim both find keeps the
    inverted file's cosine; ties by claim index)."""
    claims = _invented_claims(3000)
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((3000, 512)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[11] = vectors[12]
    memory = match.Memory([match.Review(i, f"https://fictional.example/{i}", c) for i, c in enumerate(claims)], vectors)
    texts = [claims[11], "The tramway of Lindow doubled 3 times near vgor.", "Nothing shared here."]
    queries = vectors[[11, 500, 2000]] + 0.05 * rng.standard_normal((3, 512)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    monkeypatch.setattr(match, "COARSE_FROM", 100)
    monkeypatch.setattr(match, "LEXICAL_MAX_DF", 0.05)  # (the invented words are in about 50 claims each)
    got_idx, got_sims = memory.search(queries, k=4, texts=texts)
    want_idx, want_sims = _per_sentence_search(memory, queries, 4)
    lexical = _lexicon_one_text_at_a_time(memory.lexicon(), texts, match.LEXICAL)
    for q in range(3):  # the merge as written before perffc45
        ids = np.concatenate([want_idx[q], lexical[q]])
        sims = np.concatenate([want_sims[q], vectors[lexical[q]] @ queries[q]])
        ids, first = np.unique(ids, return_index=True)
        top = match.top_indices(sims[first], 4, ids)
        assert got_idx[q].tolist() == ids[top].tolist()
        assert got_sims[q].tolist() == sims[first][top].tolist()
    assert got_idx[0][:2].tolist() == [11, 12]
    assert len(lexical[0]) and len(lexical[2]) == 0
