"""The noun cue lists learned from gold articles (lang/en/attribution.json ``noun_cues``)."""

from newsloupe.lab.attribution_gold import GoldAttribution, GoldDoc, parse_gold
from newsloupe.lab.attribution_train import noun_cue_lists


def _doc(n: int, text: str, cue: str, content: str | None) -> GoldDoc:
    atts = []
    if content is not None:
        c, k = text.index(cue), text.index(content)
        atts.append(GoldAttribution(content=[(k, k + len(content))], cue=[(c, c + len(cue))]))
    return GoldDoc(f"d{n}", text, "en", atts)


def test_a_noun_is_listed_for_the_complement_its_gold_contents_hold():
    docs = [
        _doc(0, "Residents raised questions about the cost of the pier.", "questions", "the cost of the pier"),
        _doc(1, "Farmers raised questions about the price of the grain.", "questions", "the price of the grain"),
        _doc(2, "Sailors raised questions about the age of the boats.", "questions", None),
        _doc(3, "The mayor made a pledge to rebuild the old pier.", "pledge", "to rebuild the old pier"),
        _doc(4, "The board made a pledge to sell the old ferry.", "pledge", None),
        _doc(5, "The port made a pledge to reopen the old dock.", "pledge", None),
        _doc(6, "The town made a pledge to paint the old bridge.", "pledge", None),
    ]
    parses = [parse_gold(d).doc for d in docs]
    lists = noun_cue_lists(docs, parses, min_n=3, min_rate=0.5)
    assert lists == {"about": ["question"]}  # 2 of 3 uses of "questions about"; 1 of 4 of "pledge to"
    assert noun_cue_lists(docs, parses, min_n=3, min_rate=0.25) == {"about": ["question"], "infinitive": ["pledge"]}


def test_the_unsourced_list_keeps_the_nouns_whose_sourceless_uses_report():
    docs = [
        _doc(0, "There were questions about the cost of the pier.", "questions", "the cost of the pier"),
        _doc(1, "There were questions about the price of the grain.", "questions", "the price of the grain"),
        _doc(2, "There were questions about the age of the boats.", "questions", None),
        _doc(3, "The mayor made a pledge to rebuild the old pier.", "pledge", "to rebuild the old pier"),
        _doc(4, "The board made a pledge to sell the old ferry.", "pledge", "to sell the old ferry"),
        _doc(5, "There was a pledge to reopen the old dock.", "pledge", None),
        _doc(6, "There was a pledge to paint the old bridge.", "pledge", None),
        _doc(7, "There was a pledge to clean the old harbour.", "pledge", None),
    ]
    parses = [parse_gold(d).doc for d in docs]
    lists = noun_cue_lists(docs, parses, min_n=3, min_rate=0.25, unsourced_rate=0.5)
    # "questions": 2 of 3 sourceless uses report; "pledge": 2 of 5 uses (listed), 0 of its 3 sourceless ones
    assert lists == {
        "by_complement": {"about": ["question"], "infinitive": ["pledge"]},
        "unsourced_by_complement": {"about": ["question"]},
    }


def test_a_kind_may_have_a_rate_of_its_own():
    docs = [
        _doc(0, "Residents raised questions about the cost of the pier.", "questions", "the cost of the pier"),
        _doc(1, "Farmers raised questions about the price of the grain.", "questions", None),
        _doc(2, "Sailors raised questions about the age of the boats.", "questions", None),
    ]
    parses = [parse_gold(d).doc for d in docs]
    assert noun_cue_lists(docs, parses, min_n=3, min_rate=0.25) == {"about": ["question"]}
    assert noun_cue_lists(docs, parses, min_n=3, min_rate=0.25, kind_rates={"about": 0.5}) == {}
