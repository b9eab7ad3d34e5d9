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
    # a noun seen reporting its complement only once is dropped when two hits are asked for
    assert noun_cue_lists(docs, parses, min_n=3, min_rate=0.25, min_hits=2) == {"about": ["question"]}
