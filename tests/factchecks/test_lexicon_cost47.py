"""Matching made cheaper without changing what it finds (perffc47): the lexicon's postings gathered at once, a
sentence's spans read before the hedges' pattern, each lower-case word folded once."""

from __future__ import annotations

from newsloupe.factchecks import match

CLAIMS = [
    "Velmora town council doubled the parking fees in 2024",
    "The Velmora bakery closed after 140 years",
    "Parking fees in Ostrenne rose by half",
    "La mairie de Velmora a doublé les tarifs du stationnement",
    "Ostrenne bakery sold 12 000 loaves in one week",
    "A bridge in Ostrenne was closed for cracks",
] + [f"An unrelated claim number {i} about gardens" for i in range(40)]


def _one_by_one(lex: match.Lexicon, text: str, k: int) -> list[int]:
    """The claims sharing the most key weight with one text, scored here key by key (best first, ties by claim)."""
    folded = match._fold_many([text])[0]
    score: dict[int, float] = {}
    for key in match.lexical_keys(folded, text):
        i = lex.ids.get(key)
        if i is None or lex.weight[i] <= 0:
            continue
        for claim in lex.claims[lex.indptr[i] : lex.indptr[i + 1]].tolist():
            score[claim] = score.get(claim, 0.0) + float(lex.weight[i])
    return sorted(score, key=lambda c: (-score[c], c))[:k]


def test_the_lexicon_ranks_several_texts_at_once_as_each_alone() -> None:
    lex = match.Lexicon.build(CLAIMS)
    texts = [
        "The council of Velmora doubled its parking fees, residents say.",
        "No shared word at all here.",
        "In Ostrenne the bakery sold 12 000 loaves and the bridge closed.",
        "Velmora and Ostrenne both raised parking fees.",
    ]
    got = lex.top(texts, 3)
    assert [row.tolist() for row in got] == [_one_by_one(lex, t, 3) for t in texts]
    assert got[0].tolist()[0] == 0  # the council's parking fees
    assert got[1].tolist() == []
    assert set(got[2].tolist()[:2]) == {4, 5}  # Ostrenne's bakery and bridge


def test_a_sentence_with_an_assertion_span_is_a_unit_without_a_hedge() -> None:
    text = "The mayor of Velmora doubled the parking fees last spring. Residents were not told about it at all."
    first = text.index(".") + 1
    spans = {
        "sentences": [
            {"start": 0, "end": first, "label": "body"},
            {"start": first + 1, "end": len(text), "label": "body"},
        ],
        "assertions": [{"start": 0, "end": 20}],
    }
    units = match.units({"text": text, "language": "en", "spans": spans})
    assert [(u.start, u.reported) for u in units] == [(0, True)]  # the second has no span, hedge nor figure


def test_lower_case_stems_read_each_word_once() -> None:
    text = "la mairie de Velmora a doublé les tarifs; la mairie l'assure, l'Élysée aussi. 12 000 tarifs"
    assert match._lower_stems(text) == {"la", "l", "mairi", "de", "a", "doubl", "les", "tarif", "assur", "aussi"}
