"""Outlet and title of the stop-44 user's pages (fixb44): every text invented."""

from __future__ import annotations

from newsloupe.ingest.html import parse_html
from newsloupe.ingest.text import outlet_name, parse_text, site_name

_BODY = (
    "<p>The harbour council of Dorvane voted on Tuesday to close the northern pier for the winter, after two "
    "storms damaged its pillars and the insurers refused to cover further repairs this season.</p>"
    "<p>Fishermen said they would move their boats to the southern basin, which the council promised to dredge "
    "before the end of the month, at a cost the mayor put at forty thousand euros.</p>"
)


def test_a_headline_in_capitals_is_no_outlet_and_a_credit_line_no_title() -> None:
    # before stop 44 the outlet was the headline title-cased and the title the credit line
    text = (
        "THE HARBOUR OF DORVANE AND THE COST OF ITS PIER\n\nOriginally published the Dorvane Ledger.\n"
        "The harbour council voted on Tuesday to close the northern pier.\n\nFishermen will move south.\n"
    )
    art = parse_text(text, article_id="t")
    assert art.title == "THE HARBOUR OF DORVANE AND THE COST OF ITS PIER"
    assert art.outlet == "Dorvane Ledger"
    # a short logo in capitals is still an outlet
    art = parse_text("DORVANE LEDGER\n\nPier closed for the winter\n\nThe council voted on Tuesday.\n", article_id="u")
    assert art.outlet == "Dorvane Ledger" and art.title == "Pier closed for the winter"


def test_a_site_tagline_is_no_title() -> None:
    text = "Dorvane's Harbour Voice.\n\nThe harbour council voted on Tuesday to close the northern pier.\n"
    art = parse_text(text, article_id="t")
    assert art.title is None
    text = "Pier closed for the winter\n\nThe harbour council voted on Tuesday to close the northern pier.\n"
    assert parse_text(text, article_id="u").title == "Pier closed for the winter"


def test_an_outlet_is_never_a_url() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="https://www.dorvaneledger.example">'
        "<title>Pier closed</title></head><body><article><h1>Pier closed</h1>" + _BODY + "</article></body></html>"
    )
    art = parse_html(page, article_id="p", source="p.html")
    assert art.outlet == "dorvaneledger.example"
    assert outlet_name("https://www.dorvaneledger.example/") == "dorvaneledger.example"


def test_a_page_with_no_site_name_takes_its_outlet_from_its_url() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://www.nytimes.com/2031/01/01/opinion/pier.html">'
        "<title>Pier closed</title></head><body><article><h1>Pier closed</h1>" + _BODY + "</article></body></html>"
    )
    assert parse_html(page, article_id="p", source="p.html").outlet == "The New York Times"
    assert site_name("https://edition.cnn.com/x") == "CNN"
    assert site_name("https://news.dorvane.example/x") == "news.dorvane.example"
    assert site_name(None) is None


def test_a_short_first_sentence_is_no_tagline() -> None:
    # (revfix44: « Il a plu. » matched the tagline pattern, one capitalised word among short lower-case ones, and
    # the body's first sentence became the title)
    for first in ("Il a plu.", "Elle est là."):
        text = f"{first}\n\nLe conseil de Dorvane a voté mardi la fermeture du quai nord.\n\nLes pêcheurs partiront.\n"
        art = parse_text(text, article_id="t")
        assert art.title == first
    # a tagline is one only before a line that looks like a title
    text = "Dorvane's Harbour Voice.\n\nPier closed for the winter\n\nThe council voted on Tuesday.\n"
    assert parse_text(text, article_id="u").title == "Pier closed for the winter"
    long_line = "The harbour council of Dorvane voted on Tuesday to close the northern pier for the whole winter. " * 3
    text = f"Dorvane's Harbour Voice.\n\n{long_line}\n\nFishermen will move south.\n"
    assert parse_text(text, article_id="v").title == "Dorvane's Harbour Voice."
