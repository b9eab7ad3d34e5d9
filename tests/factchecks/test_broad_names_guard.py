"""A claim whose names the article has only as broad context (issue 16, stop 44, fcreal44): on real news a sentence
met a review through one shared topic word ("sea" for a claim on the Mediterranean, "intelligence" for one on
artificial intelligence) in an article that names the claim's sea or country, or writes its first word in lower case;
the verifier, fitted on invented articles whose names are the claim's own towns and people, took the article's names
for its subject. Such a pair is refused unless the sentence names one of the claim's names or covers its wording
closely: a shared figure alone ("40%" of gas for 40 % of butter) states no claim.

Every sentence here is invented."""

from __future__ import annotations

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, broad_only, candidates, embed, with_countries
from newsloupe.stories.keys import fold
from tests.factchecks.docs import ALWAYS, body_doc


def _words(text: str) -> set[str]:
    return with_countries(fold(text))


def test_names_of_broad_context_or_common_words_only() -> None:
    article = "Rescue ships patrol the Mediterranean every summer. Quantum sensors are tested there by the navy."
    names = {"rescu", "medit", "quant"}  # the stems of its capitalised words
    claim = "Sea temperatures in the Mediterranean rose by two degrees."
    assert broad_only(claim, ["medit"], _words(article), names)
    assert broad_only("The Mediterranean is warming.", ["medit"], _words("La Méditerranée se réchauffe."), {"medit"})
    # a country or a nationality the claim writes whole is broad context too
    assert broad_only("Farmers in France burned tyres.", ["franc"], _words("Les agriculteurs de France."), {"franc"})
    # the claim's first word written in the article only in lower case is no name of it there
    lower = "Engineers said artificial limbs are cheaper now."
    assert broad_only("Artificial limbs cost half as much.", ["artif"], _words(lower), {"engin"})
    # a town or a person the article names is the claim's subject: not broad
    town = "The Portvelan lighthouse keepers met the council."
    assert not broad_only("Portvelan laid off its lighthouse keepers.", ["portv"], _words(town), {"portv"})
    # "Baltimore" is no "Baltic": the broad names are read as whole words
    port = "Dockers in Baltimore went on strike."
    assert not broad_only("Baltimore dockers went on strike.", ["balti"], _words(port), {"balti", "docke"})
    # none of the claim's names in the article: the other guards read that case
    assert not broad_only("Sea levels in the Baltic rose.", ["balti"], _words("Fishermen met in the harbour."), set())


CLAIM = "The Mediterranean is warming faster than any other sea on the planet."
CONTEXT = "Rescue ships patrol the Mediterranean every summer."
TOPIC_WORD = "The agency's own reports warned that more people would die at sea, the charity said."
STATED = "Scientists said the sea is warming faster than any other sea on the planet."


def test_a_sentence_sharing_only_a_topic_word_is_no_match() -> None:
    memory = Memory([Review(0, "https://fictional.example/sea", CLAIM)], embed([CLAIM]))
    got = {c.unit.text: c for c in candidates(body_doc([CONTEXT, TOPIC_WORD, STATED], "en"), memory, min_similarity=-1)}
    assert got[TOPIC_WORD].broad_only and got[STATED].broad_only and not got[CONTEXT].broad_only
    assert match.refusal(got[TOPIC_WORD]) == "it shares only a topic word with the claim"
    assert match.refusal(got[STATED]) is None  # the claim's wording, closely
    kept = match.select(candidates(body_doc([CONTEXT, TOPIC_WORD], "en"), memory, min_similarity=-1), ALWAYS)
    assert [c.unit.text for c in kept] == [CONTEXT]


def test_a_claim_about_the_articles_own_town_is_not_refused_by_it() -> None:
    claim = "Portvelan's council laid off the lighthouse keepers."
    memory = Memory([Review(0, "https://fictional.example/keepers", claim)], embed([claim]))
    sentences = ["The Portvelan council met on Monday.", "The keepers lost their jobs, a councillor said."]
    got = {c.unit.text: c for c in candidates(body_doc(sentences, "en"), memory, min_similarity=-1)}
    assert not got[sentences[1]].broad_only and match.refusal(got[sentences[1]]) is None


def test_the_claims_figure_told_of_another_thing_is_no_match() -> None:
    claim = "40% of the butter sold in France is imported."
    memory = Memory([Review(0, "https://fictional.example/butter", claim)], embed([claim]))
    gas = "Russia supplied 40% of the gas burned in homes last winter."
    got = {c.unit.text: c for c in candidates(body_doc(["Farmers across France protested.", gas], "en"), memory)}
    assert got[gas].broad_only and match.refusal(got[gas]) == "it shares only a topic word with the claim"
