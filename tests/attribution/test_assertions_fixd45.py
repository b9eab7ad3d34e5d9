"""Stop 45 (fixd45): a product or game review, a deals list, a product test and a shop's price line are no unsourced
assertions in the outlet's voice; the same sentence under a news title still is (invented sentences)."""

from newsloupe.attribution.assertions import find_assertions
from tests.attribution.conftest import analyse

_JUDGEMENT = "There is no question that the Corlay board betrayed the fishermen of the valley."


def _flagged(paragraphs: list[str], title: str | None) -> list[dict]:
    parsed, atts = analyse(paragraphs, "en")
    article = parsed.article.model_copy(update={"title": title})
    return find_assertions(parsed.doc, article, atts)


def test_a_review_title_silences_the_reviewer_verdicts() -> None:
    assert len(_flagged([_JUDGEMENT], "Harbour council votes on the pier")) == 1
    assert _flagged([_JUDGEMENT], "Harbour Blaster 3 review: a boat game that sinks") == []
    assert _flagged([_JUDGEMENT], "Daily Deals: Ferry Tickets and More") == []
    assert _flagged([_JUDGEMENT], "Best boat gadgets of 2019") == []
    # a board that reviews something is no review
    assert len(_flagged([_JUDGEMENT], "Review board rejects the pier plan")) == 1


def test_product_test_and_price_lines_are_skipped() -> None:
    assert len(_flagged([_JUDGEMENT], "Harbour council votes on the pier")) == 1
    test_line = "In our testing, there is no question that the Corlay speaker betrayed the fishermen of the valley."
    assert _flagged([test_line], "Harbour council votes on the pier") == []
    price = "There is no question that the Corlay board betrayed the fishermen, for $238.99 a ticket."
    assert _flagged([price], "Harbour council votes on the pier") == []
