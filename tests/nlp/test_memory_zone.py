"""Memory zones: a pipeline keeps new words up to a budget, then each block frees what it adds."""

from __future__ import annotations

from newsloupe.nlp import get_nlp, memory_zone


def test_words_are_kept_within_the_budget_then_freed() -> None:
    nlp = get_nlp("fr")
    kept, freed = "Zorvélinquette", "Brastumoflange"
    with memory_zone(keep=10**9):  # the budget not reached: the block keeps its words
        nlp(f"La {kept} a parlé.")
    with memory_zone(keep=0):  # the budget spent: the block's new words go at its end
        doc = nlp(f"Le {freed} a parlé.")
        assert doc[1].text == freed
        assert freed in nlp.vocab.strings
    assert kept in nlp.vocab.strings
    assert freed not in nlp.vocab.strings
    # a word kept before the zones stays known, and the tokenizer still splits text around it
    with memory_zone(keep=0):
        assert [t.text for t in nlp(f"{kept}, encore.")] == [kept, ",", "encore", "."]
    assert kept in nlp.vocab.strings
