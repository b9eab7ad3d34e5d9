"""The stop-50 user's fact-check faults on real pages (issue 16, stop 50, fcreal50).

- A denial before a gerund ("denied preventing") or of « accusations selon lesquelles … » frames what follows.
- A sentence whose subject is negated ("Neither the army nor its allies are blocking …", « ni … ni … n'empêchent »,
  "nobody has …", « personne n'a … ») negates its verb: it denies a claim that states that verb, and is no match of
  it (the user saw a fact-check page's own rebuttal, quoted from a source, stamped with the review's "false").
- A match only its article makes (``through_article``) for a claim naming only countries and broad regions is no
  match: a country is no subject the article can supply (the user's lead on an oil offer to the EU, for a claim on
  one country's electricity exports, through an article naming that country).

Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from newsloupe.factchecks import match
from newsloupe.factchecks.match import Memory, Review, candidates, embed
from tests.factchecks.docs import ALWAYS, body_doc

CLAIM = "Armed groups controlled by the Velmoran army keep preventing the evacuation of the Kessel camp"


@pytest.mark.parametrize(
    ("sentence", "flips"),
    [
        ("“Not the army nor any of its allies are preventing anyone from leaving Kessel,” a resident said.", True),
        ("Neither the Velmoran army nor the militias it arms have ever prevented the evacuation, an envoy says.", True),
        ("Nobody is preventing the evacuation of the Kessel camp, the ministry said.", True),
        # the claim stated, attributed to its makers: no negation
        ("The ministry accused Velmoran forces of controlling armed groups that prevent the evacuation.", False),
        # the negated subject's verb is another than the claim's
        ("Neither the mayor nor the envoy has visited the Kessel camp since March.", False),
    ],
)
def test_a_negated_subject_negates_the_verb(sentence: str, flips: bool) -> None:
    assert match.negates_claim(CLAIM, sentence) is flips, sentence


@pytest.mark.parametrize(
    ("sentence", "stem"),
    [
        ("Ni l'armée ni ses alliés n'empêchent les habitants de quitter le camp, assure un témoin.", "empec"),
        ("Personne n'a empêché l'évacuation du camp de Kessel, selon la préfecture.", "empec"),
    ],
)
def test_a_negated_subject_in_french(sentence: str, stem: str) -> None:
    assert stem in match.negated_stems(sentence)
    claim = "Des groupes armés empêchent l'évacuation du camp de Kessel"
    assert match.negates_claim(claim, sentence)


def test_a_quantifier_over_things_is_no_negated_subject() -> None:
    # « aucun jeu n'est fabriqué d'avance » states "every set is made to order": no negation of "fabriqué"
    sentence = "L'atelier assure qu'aucun jeu n'est fabriqué d'avance."
    assert match.negated_stems(sentence) == frozenset()
    assert not match.negates_claim("Les jeux de l'atelier sont tous fabriqués sur commande", sentence)


def test_the_denial_is_refused_and_the_report_is_not() -> None:
    memory = Memory([Review(0, "https://fictional.example/kessel", CLAIM, language="en")], embed([CLAIM]))
    denial = "“Neither the army nor any of its allies are preventing the evacuation of Kessel,” a resident said."
    report = "The ministry said armed groups controlled by the Velmoran army keep preventing the evacuation of Kessel."
    got = {c.unit.text: c for c in candidates(body_doc([report, denial], "en"), memory, min_similarity=-1)}
    assert match.refusal(got[denial]) == "it says the opposite (a denial or a negation)"
    assert not got[report].flipped
    assert [c.unit.text for c in match.select(list(got.values()), ALWAYS)] == [report]


def test_a_lead_for_a_claim_naming_only_countries_is_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    # the nameless sentence matches through its article (the claim's names are in the other sentence); marked as a
    # claim naming only broad context, the lead is left out, and kept with the rule off
    claim = "The Velmora council closed the Kiln Row bridge to all traffic for two years."
    memory = Memory([Review(0, "https://fictional.example/bridge", claim, language="en")], embed([claim]))
    context = "The Velmora council met on Monday to discuss the Kiln Row bridge."
    nameless = "The bridge would be closed to all traffic for two years, residents claim."
    doc = body_doc([context, nameless], "en")
    (m,) = match.match_analysis(doc, memory)
    assert m["through_article"]
    select = match.select

    def context_only(cands: list[match.Candidate], model: Any, **kw: Any) -> list[match.Candidate]:
        out = select(cands, model, **kw)
        for c in out:
            c.context_only = True
        return out

    monkeypatch.setattr(match, "select", context_only)
    assert match.match_analysis(doc, memory) == []
    monkeypatch.setattr(match, "LEAD_CONTEXT_ONLY", False)
    assert [x["text"] for x in match.match_analysis(doc, memory)] == [nameless]


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("The Velmoran army denied preventing the evacuation of the Kessel camp.", True),
        ("The Velmoran army denied ever having blocked the evacuation.", True),
        ("L'armée a démenti ces accusations selon lesquelles ses alliés bloquent l'évacuation.", True),
        ("La préfecture conteste les affirmations selon lesquelles le camp serait fermé.", True),
        # a passive "denied" is no denial by the subject, nor is "denied" before a noun
        ("The families were denied boarding at the Kessel gate.", False),
        ("The mayor denied the request for a new bridge.", False),
    ],
)
def test_more_denial_frames(sentence: str, frame: bool) -> None:
    assert match.polarity_frames(sentence) is frame, sentence
