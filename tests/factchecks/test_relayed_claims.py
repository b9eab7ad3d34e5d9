"""Sentences that relay a claim going round, figures the claim repeats, and the claim's first-word name:
which (sentence, claim) pairs the verifier sees and what it is told about them. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from newsloupe.factchecks import match
from newsloupe.factchecks.match import FEATURES, Memory, Review, candidates, embed, units


def _doc(sentences: list[str], lang: str = "fr", contents: tuple[str, ...] | list[str] = ()) -> dict[str, Any]:
    text = " ".join(sentences)
    spans: dict[str, Any] = {"sentences": [], "contents": []}
    at = 0
    for s in sentences:
        spans["sentences"].append({"start": at, "end": at + len(s), "label": "body"})
        at += len(s) + 1
    for c in contents:
        a = text.index(c)
        spans["contents"].append({"start": a, "end": a + len(c), "label": "indirect"})
    return {"text": text, "language": lang, "spans": spans}


def _memory(claims: list[str]) -> Memory:
    return Memory([Review(i, f"https://fictional.example/{i}", c) for i, c in enumerate(claims)], embed(claims))


def test_a_relayed_sentence_is_a_hedge_or_a_question_not_any_attribution() -> None:
    """`relayed` (a feature of its own): a hedge word ("assurent", a conditional, "rumours") or a question;
    a sentence only attributed to someone ("a déclaré que") is reported, not relayed."""
    one = "Des habitants assurent que la piscine de Morvelle fermera tout l'été."
    two = "Le maire de Morvelle a déclaré jeudi que les travaux du gymnase dureront deux ans."
    three = "La piscine de Morvelle fermera-t-elle vraiment tout l'été ?"
    got = units(_doc([one, two, three], contents=["les travaux du gymnase dureront deux ans"]))
    assert [(u.reported, u.relayed) for u in got] == [(True, True), (True, False), (True, True)]
    claim = "La piscine de Morvelle sera fermée tout l'été"
    feats = {c.unit.start: c.features for c in candidates(_doc([one, two]), _memory([claim]), min_similarity=-1.0)}
    assert feats[0][FEATURES.index("relayed")] == 1.0


def test_a_claim_the_article_names_meets_the_sentences_repeating_its_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim the article names is verified against each sentence that repeats one of its non-trivial
    figures ("de moitié" is 50 %), not only against its nearest sentence; a small count (3) is no such figure."""
    claims = [
        "La commune de Brévanne a réduit de moitié le budget de la piscine",
        "Brévanne compte trois piscines municipales",
        "Le port de Saint-Ober a perdu la moitié de ses bateaux",  # (a name no claim shares weighs nothing)
    ]
    one = "La piscine de Brévanne accueille les nageurs depuis 1974."
    two = "L'opposition accuse la majorité d'avoir raboté de 50 % les crédits des bassins de la ville."
    three = "Trois clubs de natation de la ville réclament un créneau de plus."
    doc = _doc([one, two, three], contents=["la majorité d'avoir raboté de 50 % les crédits des bassins de la ville"])
    monkeypatch.setattr(match, "ARTICLE_UNITS", 0)
    monkeypatch.setattr(match, "RELAYED_UNITS", 0)
    memory = _memory(claims)
    got = {(c.unit.text, c.review) for c in candidates(doc, memory, min_similarity=0.99)}
    assert got == {(two, 0)}
    monkeypatch.setattr(match, "FIGURE_UNITS", False)
    assert candidates(doc, memory, min_similarity=0.99) == []


def test_a_claim_the_article_names_meets_the_nearest_relayed_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beside its nearest sentence, a claim the article names is verified against the nearest sentence
    relaying a claim going round (a hedge, a question), which may say it in other words."""
    claim = "The Harlow Cross library will be turned into flats"
    one = "The Harlow Cross library opened in 1962 and lends books to about four hundred readers a week."
    two = "Rumours have spread that the old reading rooms are to become apartments."
    doc = _doc([one, two], lang="en", contents=[])
    doc["spans"]["assertions"] = [{"start": 0, "end": len(one), "label": "assertion"}]
    monkeypatch.setattr(match, "ARTICLE_UNITS", 0)
    monkeypatch.setattr(match, "FIGURE_UNITS", False)
    memory = _memory([claim, "Fishermen at Saint-Ober have lost half of their boats"])
    assert [c.unit.text for c in candidates(doc, memory, min_similarity=0.99)] == [two]
    monkeypatch.setattr(match, "RELAYED_UNITS", 0)
    assert candidates(doc, memory, min_similarity=0.99) == []


def test_a_claim_whose_first_word_name_the_article_names_is_not_about_elsewhere() -> None:
    """The claim "Quenmoor Parkway station …": the article names Quenmoor, not Parkway: the claim is about what the
    article names. An article naming neither is still about elsewhere."""
    claims = [
        "Quenmoor Parkway station cost £40 million and no train stops there",
        "The line from Quenmoor to Edgeby will close in 2027",
    ]
    memory = _memory(claims)
    assert memory.first_name(0) == "quenm"
    one = "Campaigners in Quenmoor say the new station cost forty million pounds and no train ever stops there."
    got = [c for c in candidates(_doc([one], lang="en"), memory, min_similarity=-1.0) if c.review == 0]
    assert got and not got[0].elsewhere
    other = one.replace("Quenmoor", "Dunhallow")
    got = [c for c in candidates(_doc([other], lang="en"), memory, min_similarity=-1.0) if c.review == 0]
    assert got and got[0].elsewhere


def test_a_first_word_name_is_compared_whole_and_waives_no_other_name() -> None:
    """The first word is named only by the same whole name ("Saint-Malo" does not name "Saint-Ober"), and it
    waives no other name of the claim: a claim about mayor Edwin Saltash is about elsewhere in an article on
    the same town that names another mayor."""
    fr = _memory(
        [
            "Saint-Ober : le maire Léon Carrec a interdit la pêche dans le port",
            "Le ferry pour Saint-Ober ne partira plus en hiver",
        ]
    )
    assert fr.first_name(0) == "ober"  # keyed by its distinctive part (stop 37: "saint" before)
    one = "À Saint-Malo, des pêcheurs assurent que la maire Anne Dufour a interdit la pêche dans le port."
    got = [c for c in candidates(_doc([one]), fr, min_similarity=-1.0) if c.review == 0]
    assert got and all(c.elsewhere for c in got)
    en = _memory(
        [
            "Quenmoor mayor Edwin Saltash banned dogs from every park in the town",
            "The line from Quenmoor to Edgeby will close in 2027",
        ]
    )
    two = "In Quenmoor, campaigners say mayor Ruth Penhallow banned dogs from every park in the town."
    doc = _doc([two], lang="en", contents=["mayor Ruth Penhallow banned dogs from every park in the town"])
    got = [c for c in candidates(doc, en, min_similarity=-1.0) if c.review == 0]
    assert got and all(c.elsewhere for c in got)
    # the same town and mayor: no claim about elsewhere
    same = two.replace("Ruth Penhallow", "Edwin Saltash")
    doc = _doc([same], lang="en", contents=["mayor Edwin Saltash banned dogs from every park in the town"])
    got = [c for c in candidates(doc, en, min_similarity=-1.0) if c.review == 0]
    assert got and not any(c.elsewhere for c in got)


def test_a_first_word_name_after_an_elided_article() -> None:
    """The claim "L'Ardoisière de Morvelle fermera …": an article that names the Ardoisière (not Morvelle) is about
    it; one that names neither is about elsewhere. The elided word is no name the article must give."""
    memory = _memory(
        ["L'Ardoisière de Morvelle fermera ses portes en mars", "Les ouvriers de l'Ardoisière seront tous reclassés"]
    )
    assert memory.first_name(0) is None
    one = "Selon des rumeurs, la Carrière Bleue fermerait ses portes au printemps, assurent des ouvriers."
    got = [c for c in candidates(_doc([one]), memory, min_similarity=-1.0) if c.review == 0]
    assert got and got[0].elsewhere
    two = one.replace("la Carrière Bleue", "l'Ardoisière")
    got = [c for c in candidates(_doc([two]), memory, min_similarity=-1.0) if c.review == 0]
    assert got and not got[0].elsewhere


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le retrait des gardes-côtes de Brévanne a commencé en janvier dernier."),
        ("fr", "Le portrait du maire de Brévanne est accroché dans le hall depuis mars."),
        ("fr", "La route de Brévanne devrait rouvrir lundi, selon la préfecture."),
        ("fr", "« Qui va payer la facture de la digue de Brévanne ? »"),
        ("fr", "Les pompiers assurent la sécurité du marché de Brévanne chaque samedi."),
        ("fr", "La navette de Brévanne circule aussi le dimanche depuis avril."),
        ("en", "The council has paid 300 insurance claims since the Quenmoor flood."),
        ("en", "The new mayor of Quenmoor swears in four councillors on Monday."),
        ("en", "Harlow Cross claimed the county cup for the third year running."),
        ("en", "It would have cost the town of Quenmoor far more to rebuild the pier."),
    ],
)
def test_what_is_no_relayed_claim(lang: str, sentence: str) -> None:
    """Nouns in -trait, an official forecast ("devrait … selon la préfecture"), an interviewee's quoted
    question, "assurent la sécurité", a bus that "circule", insurance claims, a mayor swearing in
    councillors, a team claiming a cup, a counterfactual: none relays a claim going round."""
    got = units(_doc([sentence], lang=lang))
    assert not any(u.relayed for u in got), sentence


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "La piscine de Brévanne serait fermée tout l'été."),
        ("fr", "Le maire de Brévanne aurait vendu le terrain du stade à un promoteur."),
        ("fr", "Selon des rumeurs, la digue de Brévanne céderait à la prochaine tempête."),
        ("fr", "Des habitants affirment que la digue de Brévanne a déjà cédé deux fois."),
        ("fr", "Une vidéo circule sur les réseaux montrant la digue de Brévanne éventrée."),
        ("fr", "La digue de Brévanne va-t-elle vraiment céder cet hiver ?"),
        ("en", "The Quenmoor pier is said to be sinking by a foot a year."),
        ("en", "The mayor of Quenmoor reportedly sold the pier to a friend."),
        ("en", "Posts claim that the Quenmoor pier will be demolished in May."),
        ("en", "Rumours have spread that the Quenmoor pier is to become a casino."),
        ("en", "Will the Quenmoor pier really close for good next winter?"),
    ],
)
def test_what_relays_a_claim(lang: str, sentence: str) -> None:
    """The conditional of "être" or "avoir", rumours, "selon des rumeurs", "affirment que", a post that
    circulates, "is said to", "reportedly", "posts claim that", a question in the outlet's own voice."""
    got = units(_doc([sentence], lang=lang))
    assert got and got[0].relayed, sentence


def test_a_name_after_a_lower_case_prefix_is_the_articles_name_and_search_agrees_with_matching() -> None:
    """A name after a lower-case prefix is a name: a claim about the "Vormex-3" vaccine is not about elsewhere
    in an article that only writes "les vaccins anti-Vormex"; and `search` calls a match only what matching
    keeps (its guards apply: a sentence about a vaccine the claim does not name is no match whatever its score)."""
    claim = "Les vaccins contre le Vormex-3 contiennent des micropuces 5G"
    sentence = "Sur son blog, Paul Lirande a assuré que les vaccins anti-Vormex renfermeraient des micropuces 5G."
    memory = _memory([claim, "Le pont de Saint-Ober sera fermé tout l'hiver"])
    doc = _doc([sentence], contents=["les vaccins anti-Vormex renfermeraient des micropuces 5G"])
    got = [c for c in candidates(doc, memory) if c.review == 0]
    assert len(got) == 1 and not got[0].elsewhere
    found = match.match_analysis(doc, memory)
    assert [(m["text"], m["claim_reviewed"]) for m in found] == [(sentence, claim)]
    assert match.search(sentence, memory, lang="fr")[0]["match"] is True
    other = "Sur son blog, Paul Lirande a assuré que les vaccins anti-Grippex renfermeraient des micropuces 5G."
    hit = match.search(other, memory, lang="fr")[0]
    assert hit["claim_reviewed"] == claim and hit["match"] is False
    assert match.match_analysis(_doc([other]), memory) == []


def test_a_claims_prefixed_name_is_asked_of_the_article_in_any_case() -> None:
    """A claim on "les vaccins anti-Vormex" meets a sentence that writes "anti-vormex" in lower case, and not one on
    another vaccine ("anti-Grippex", "contre la grippe"): the claim's prefixed name is still one it asks of the
    article."""
    claim = "Les vaccins anti-Vormex contiennent des micropuces 5G"
    memory = _memory([claim, "Le pont de Saint-Ober sera fermé tout l'hiver"])
    said = "Sur son blog, Paul Lirande a assuré que les vaccins {} renfermeraient des micropuces 5G."
    got = {}
    for vaccine in ("anti-vormex", "anti-Grippex", "contre la grippe"):
        sentence = said.format(vaccine)
        content = sentence[sentence.index("les vaccins") : -1]
        got[vaccine] = [m["claim_reviewed"] for m in match.match_analysis(_doc([sentence], contents=[content]), memory)]
    assert got == {"anti-vormex": [claim], "anti-Grippex": [], "contre la grippe": []}
