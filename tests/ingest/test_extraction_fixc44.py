"""Page furniture and caption chrome of the stop-44 user's pages (fixc44): every text invented."""

from __future__ import annotations

from newsloupe.ingest.captions import find_credit, split_credit, strip_slideshow
from newsloupe.ingest.html import is_boilerplate_line, parse_html
from newsloupe.ingest.text import parse_text

_P1 = (
    "The harbour council of Dorvane voted on Tuesday to close the northern pier for the winter, after two "
    "storms damaged its pillars and the insurers refused to cover further repairs this season."
)
_P2 = (
    "Fishermen said they would move their boats to the southern basin, which the council promised to dredge "
    "before the end of the month, at a cost the mayor put at forty thousand euros."
)
_P3 = "The mayor said the pier would reopen in the spring if the repairs were paid for by the region."


def _page(body: str, head: str = "", figure: str = "") -> str:
    return (
        f'<html><head><meta property="og:site_name" content="Dorvane Ledger">{head}</head><body><article>'
        f"<h1>Pier closed for the winter</h1>{figure}<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>{body}</article></body></html>"
    )


def test_closing_lines_of_the_site_are_no_body() -> None:
    follow = "Follow the Dorvane Ledger Opinion desk on Facebook, X (@DorvaneOpinion) and Instagram."
    letters = (
        "The Ledger is glad to print a range of letters to the editor. We'd like to hear what you think about "
        "this story. Here are some tips. Write to letters@dorvane.example."
    )
    assert is_boilerplate_line(follow) and is_boilerplate_line(letters)
    art = parse_html(_page(f"<p>{letters}</p><p>{follow}</p>"), article_id="a", source="t")
    body = [p.text for p in art.paragraphs if p.label == "body"]
    assert body[-1] == _P3
    # a sentence that merely names letters to the editor stays
    assert not is_boilerplate_line("The mayor answered the fishermen in a letter to the editor on Monday.")
    # plain text: the same lines at the end are boilerplate
    art = parse_text(f"Pier closed\n\n{_P1}\n\n{_P3}\n\n{follow}\n", article_id="b")
    assert [p.label for p in art.paragraphs][-1] == "boilerplate"


def test_a_newsletter_box_closing_the_page_is_cut() -> None:
    box = "<p>Harbour Brief Newsletter</p><p>Get the week's harbour stories and the tide tables you love.</p>"
    art = parse_html(_page(box), article_id="a", source="t")
    assert [p.text for p in art.paragraphs if p.label == "body"][-1] == _P3


def test_a_wire_credit_line_is_meta_and_names_the_reporters() -> None:
    credit = "(Reporting by Ann Kessel and Tom Rydal in Dorvane, with reporting by Lea Marsh; Editing by Paul Ostby)"
    page = _page(f"<p>{credit}</p>", head='<meta name="author" content="Reuters">')
    art = parse_html(page, article_id="a", source="t")
    assert [p.text for p in art.paragraphs if p.label == "body"][-1] == _P3
    assert art.authors == ["Ann Kessel", "Tom Rydal", "Lea Marsh"]
    # a named author stays the author
    page = _page(f"<p>{credit}</p>", head='<meta name="author" content="Mira Lund">')
    assert parse_html(page, article_id="b", source="t").authors == ["Mira Lund"]
    art = parse_text(f"Pier closed\n\n{_P1}\n\n{_P3}\n\n{credit}\n", article_id="c")
    assert [p.label for p in art.paragraphs][-1] == "meta"


def test_a_credit_glued_to_its_caption_is_split_off() -> None:
    assert split_credit("The pier after the storm.Credit...Ann Kessel/Dorvane Ledger") == (
        "The pier after the storm.",
        "Ann Kessel/Dorvane Ledger",
    )
    # a credit written in the caption stays there as written
    assert split_credit("The pier after the storm (AFP)") == ("The pier after the storm (AFP)", "AFP")
    assert split_credit("The pier after the storm.") == ("The pier after the storm.", None)
    assert find_credit("The pier after the storm. Credit…Ann Kessel") == "Ann Kessel"
    figure = "<figure><img src='p.jpg'><figcaption>The pier after the storm.Credit...Ann Kessel</figcaption></figure>"
    art = parse_html(_page("", figure=figure), article_id="a", source="t")
    assert [(c.text, c.attrs.credit) for c in art.captions] == [("The pier after the storm.", "Ann Kessel")]


def test_slideshow_chrome_leaves_the_caption() -> None:
    full = "Fishermen tie their boats in the southern basin of Dorvane on Tuesday, after the storm."
    chrome = f"Image 2 of 14 {full} less Fishermen tie their boats in the southern basin of ... more Photo: Ann Kessel"
    assert strip_slideshow(chrome) == f"{full} Photo: Ann Kessel"
    plain = "Less is more, the designer said of the pier."
    assert strip_slideshow(plain) == plain
    figure = (
        f"<figure><img src='a.jpg'><figcaption>{chrome}</figcaption></figure>"
        f"<figure><img src='b.jpg'><figcaption>Advertisement</figcaption></figure>"
    )
    art = parse_html(_page("", figure=figure), article_id="a", source="t")
    assert [(c.text, c.attrs.credit) for c in art.captions] == [(f"{full} Photo: Ann Kessel", "Ann Kessel")]
