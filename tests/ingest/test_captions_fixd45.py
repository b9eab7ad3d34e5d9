"""Caption credits written after the caption and page furniture taken as captions (stop 45, fixd45): every text
invented."""

from __future__ import annotations

from newsloupe.ingest.captions import is_furniture, split_credit
from newsloupe.ingest.html import parse_html

_P1 = (
    "The harbour council of Dorvane voted on Tuesday to close the northern pier for the winter, after two "
    "storms damaged its pillars and the insurers refused to cover further repairs this season."
)
_P2 = (
    "Fishermen said they would move their boats to the southern basin, which the council promised to dredge "
    "before the end of the month, at a cost the mayor put at forty thousand euros."
)


def _page(figures: str) -> str:
    return (
        '<html><head><meta property="og:site_name" content="Dorvane Ledger"></head><body><article>'
        f"<h1>Pier closed for the winter</h1>{figures}<p>{_P1}</p><p>{_P2}</p></article></body></html>"
    )


def test_agency_credits_after_the_caption_are_split() -> None:
    assert split_credit("Boats wait in the southern basin of Dorvane, November 18, 2019. REUTERS/Ann Kessel") == (
        "Boats wait in the southern basin of Dorvane, November 18, 2019.",
        "REUTERS/Ann Kessel",
    )
    assert split_credit("The old pier of Dorvane, Norway.Ann Kessel / Reuters file") == (
        "The old pier of Dorvane, Norway.",
        "Ann Kessel / Reuters",
    )
    # a caption that names an agency in its words keeps them
    assert split_credit("Boats wait in the southern basin (AFP)") == ("Boats wait in the southern basin (AFP)", "AFP")
    assert split_credit("Fishermen mend their nets on the quay. They leave at dawn.") == (
        "Fishermen mend their nets on the quay. They leave at dawn.",
        None,
    )


def test_furniture_is_no_caption() -> None:
    assert is_furniture("Want more boats? Subscribe to our sister magazine for the latest news!", "Sea Weekly")
    assert is_furniture("Harbour Homes - Online Banners")
    assert is_furniture("Kessel Audio", "Kessel Audio")  # only its credit
    assert is_furniture("Photo: Ann Kessel", "Ann Kessel")
    assert not is_furniture("The pier after the storm.", "Ann Kessel")
    figures = (
        "<figure><img src='a.jpg'><figcaption>The pier after the storm.</figcaption></figure>"
        "<figure><img src='b.jpg'><figcaption><span class='credit'>Kessel Audio</span></figcaption></figure>"
        "<figure><img src='c.jpg'><figcaption>Want more boats? Subscribe to our magazine!</figcaption></figure>"
    )
    art = parse_html(_page(figures), article_id="a", source="t")
    assert [c.text for c in art.captions] == ["The pier after the storm."]


def test_a_linked_thumbnail_is_no_caption() -> None:
    figures = (
        "<a href='/news/2019/other-story'><img src='t.jpg' alt='Staff review the new ferry of the season'></a>"
        "<a href='/img/pier-full.jpg'><img src='p.jpg' alt='The northern pier after the second storm'></a>"
    )
    art = parse_html(_page(figures), article_id="a", source="t")
    assert [c.text for c in art.captions] == ["The northern pier after the second storm"]


def test_a_caption_with_a_bare_furniture_word_stays() -> None:
    assert not is_furniture("Subscribers queue outside the Velmora branch of the bank on Monday.")
    assert not is_furniture("A sponsored athlete runs past the harbour in Velmora.")
    assert not is_furniture("Subscription prices rose again as readers left the Velmora Courier this spring.")
    assert is_furniture("Advertisement")
    assert is_furniture("Abonnez-vous à notre lettre pour lire la suite de cet article sur le port.")
