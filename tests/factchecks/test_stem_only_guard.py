"""A claim whose names the article has only as other words of the same five letters (issue 16, stop 45, fixb45).

The user's store showed "Already fact-checked" on an opinion sentence about poets, matched to a review on a pope
named François, while ``factchecks search`` on the same sentence scored the pair far below the threshold: the page
scores a sentence with its article, and the article's "France" and « français » gave the claim's name stem "franc"
(names_article 1.0). In a text of the claim's own language a name is spelled alike, so words that only begin alike
name no one the claim does: the pair is refused. A name the article writes (or a longer form of it, "Velmoran" for
"Velmora"), a country, or an article in another language (a name spelled otherwise) is not refused by it.

A match that only its article makes (the sentence alone, as ``factchecks search`` reads it, is none) says so:
``through_article`` and the score the sentence gets alone, shown on the page.

Every sentence here is invented."""

from __future__ import annotations

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, candidates, embed
from tests.factchecks.docs import ALWAYS, body_doc

CLAIM = "Le pape François a demandé pardon aux pêcheurs de la lagune pour la pollution."
SENTENCE = "Certains disent qu'il faudrait demander pardon aux pêcheurs de la lagune pour la pollution."


def _pair(sentences: list[str], lang: str, claim: str = CLAIM, claim_lang: str = "fr") -> match.Candidate:
    memory = Memory([Review(0, "https://fictional.example/pardon", claim, language=claim_lang)], embed([claim]))
    got = {c.unit.text: c for c in candidates(body_doc(sentences, lang), memory, min_similarity=-1)}
    return got[SENTENCE if lang == "fr" else sentences[-1]]


def test_a_name_found_only_as_another_word_of_its_stem_is_refused() -> None:
    article = ["La France a voté une loi sur les lagunes la semaine dernière.", SENTENCE]
    c = _pair(article, "fr")
    assert c.features[match.FEATURES.index("names_article")] > 0  # the stem "franc" is in the article ...
    assert c.stem_only  # ... only as "France"
    assert match.refusal(c) == "the article names none of the claim's names, only words that begin alike"
    memory = Memory([Review(0, "https://fictional.example/pardon", CLAIM, language="fr")], embed([CLAIM]))
    kept = match.select(candidates(body_doc(article, "fr"), memory, min_similarity=-1), ALWAYS)
    assert SENTENCE not in [k.unit.text for k in kept]


def test_the_name_itself_in_the_article_is_not_refused() -> None:
    c = _pair(["Le pape François était à Venise dimanche.", SENTENCE], "fr")
    assert not c.stem_only and match.refusal(c) is None


def test_a_longer_form_of_the_name_is_the_name() -> None:
    claim = "La mairie de Velmora a demandé pardon aux pêcheurs de la lagune pour la pollution."
    c = _pair(["Les Velmorans ont manifesté devant la mairie.", SENTENCE], "fr", claim)
    assert not c.stem_only


def test_an_article_in_another_language_spells_names_otherwise() -> None:
    article = ["Pope Francis visited France last week.", "He asked the lagoon's fishermen for forgiveness."]
    c = _pair(article, "en")
    assert not c.stem_only


def test_a_match_only_its_article_makes_is_told_apart() -> None:
    # the page and `factchecks search` disagreed with no word said: a sentence that states the claim without its
    # names matches with its article (the names are elsewhere in it), and alone it does not; the match says so
    claim = "The Velmora council closed the Kiln Row bridge to all traffic for two years."
    memory = Memory([Review(0, "https://fictional.example/bridge", claim, language="en")], embed([claim]))
    context = "The Velmora council met on Monday to discuss the Kiln Row bridge."
    nameless = "The bridge would be closed to all traffic for two years, residents claim."
    (m,) = match.match_analysis(body_doc([context, nameless], "en"), memory)
    assert m["text"] == nameless and m["through_article"]
    alone = match.search(nameless, memory)[0]
    assert not alone["match"] and m["alone_score"] == alone["score"] < m["score"]
    named = "Posts claim the Velmora council closed the Kiln Row bridge to all traffic for two years."
    (m,) = match.match_analysis(body_doc([context, named], "en"), memory)
    assert m["text"] == named and not m["through_article"] and m["alone_score"] == m["score"]
