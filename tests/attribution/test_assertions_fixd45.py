"""Stop 45 (fixd45): a product or game review, a deals list, a product test and a shop's price line are no unsourced
assertions in the outlet's voice; the same sentence under a news title still is (invented sentences)."""

from newsloupe.attribution.assertions import find_assertions, get_rules
from tests.attribution.conftest import analyse

_JUDGEMENT = "There is no question that the Corlay board betrayed the fishermen of the valley."


def _flagged(paragraphs: list[str], title: str | None) -> list[dict]:
    parsed, atts = analyse(paragraphs, "en")
    article = parsed.article.model_copy(update={"title": title})
    return find_assertions(parsed.doc, article, atts)


_SCORE = "Score: 4/10."


def test_a_review_title_silences_the_reviewer_verdicts() -> None:
    assert len(_flagged([_JUDGEMENT, _SCORE], "Harbour council votes on the pier")) == 1
    assert _flagged([_JUDGEMENT, _SCORE], "Harbour Blaster 3 review: a boat game that sinks") == []
    assert _flagged([_JUDGEMENT, "Verdict: skip it."], "Daily Deals: Ferry Tickets and More") == []
    assert _flagged([_JUDGEMENT, "Pros and cons follow."], "Best boat gadgets of 2019") == []
    # a board that reviews something is no review
    assert len(_flagged([_JUDGEMENT, _SCORE], "Review board rejects the pier plan")) == 1


def test_a_review_title_alone_mutes_nothing() -> None:
    # the genre needs a second sign in the text (a score, a price with cents, a verdict, a product-test line)
    assert len(_flagged([_JUDGEMENT], "Harbour Blaster 3 review: a boat game that sinks")) == 1


def test_news_titles_are_no_reviews_or_deals() -> None:
    for title in (
        "Trade deals are stalling as the summit ends",
        "Government orders a pension review",
        "Spending review: what the chancellor cut",
        "Velmora council faces review - residents angry",
        "Strikes: a hands-on guide for parents",
    ):
        assert len(_flagged([_JUDGEMENT, _SCORE], title)) == 1, title


def test_the_french_title_patterns_are_the_genre_s() -> None:
    rules = get_rules("fr")
    assert rules is not None and rules.service_title is not None
    assert rules.service_title.search("Test : la tondeuse Velmo X2") is not None
    assert rules.service_title.search("Le crash-test : la voiture échoue") is None
    assert rules.service_sign is not None
    assert rules.service_sign.search("Bons plans : la mairie distribue des bons aux familles.") is None
    assert rules.service_sign.search("Notre verdict : 7/10, à 49,99 € chez les revendeurs.") is not None


def test_product_test_and_price_lines_are_skipped() -> None:
    assert len(_flagged([_JUDGEMENT], "Harbour council votes on the pier")) == 1
    test_line = "In our testing, there is no question that the Corlay speaker betrayed the fishermen of the valley."
    assert _flagged([test_line], "Harbour council votes on the pier") == []
    price = "There is no question that the Corlay board betrayed the fishermen, for $238.99 a ticket."
    assert _flagged([price], "Harbour council votes on the pier") == []


def test_a_web_form_line_glued_to_a_paragraph_is_no_assertion() -> None:
    # (stop 49) a sign-up box's consent lines joined to a paragraph are page furniture, not the outlet's voice
    form = "Taking this survey shows you the truth the corrupt Corlay board hides from you."
    flagged = [a["text"] for a in _flagged([form + " " + _JUDGEMENT], "Harbour council votes on the pier")]
    assert flagged == [_JUDGEMENT]
