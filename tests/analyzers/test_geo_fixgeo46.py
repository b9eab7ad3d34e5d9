"""Places, captions and dates after the stop-46 user's trial (fixgeo46): common words and titles taken for
places, names the gazetteer lacks that the text places, a caption that names the story's subject, a credit written
first after "©", a past event told by a participle. Every sentence is invented."""

from __future__ import annotations

from newsloupe.ingest.captions import find_credit
from newsloupe.ingest.html import parse_html
from newsloupe.model import Article
from newsloupe.pipeline import analyze, analyze_article


def _places(text: str, lang: str = "en") -> dict[str, tuple[str, str | None]]:
    analysis = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    return {p.text: (p.attrs.name, p.attrs.country) for p in analysis.spans.places}


def test_a_street_and_a_name_tagged_a_place_are_no_towns() -> None:
    places = _places(
        "Music news\n\nThe Velmora Quartet played songs from its albums Toulouse Street and Harbour Lights in "
        "Nashville, Tennessee, on Friday.\n\nPost Malone, Ann Kessel and Tom Arden lead the autumn awards."
    )
    assert "Toulouse" not in places and "Toulouse Street" not in places
    assert "Post" not in places and "Malone" not in places
    assert places["Nashville"] == ("Nashville", "US")


def test_a_name_the_gazetteer_lacks_lies_where_the_text_puts_it() -> None:
    places = _places(
        "A herder from Xilingol in Inner Mongolia fell ill after the hunt, the health commission of Beijing said. "
        "Doctors treated him in Huade in north China, far from the capital."
    )
    assert places["Xilingol"][1] == "CN"
    assert places["Huade"][1] == "CN"
    roads = _places("Traffic stopped on Interstate 94 in Detroit after the crash on Monday.")
    assert "Interstate 94" not in roads and roads["Detroit"][1] == "US"


def test_a_well_known_state_stays_in_a_story_from_elsewhere() -> None:
    places = _places(
        "NEW DELHI: A nurse deported from Texas said she had waited for weeks at the airport in New Delhi before "
        "her family found her."
    )
    assert places["Texas"] == ("Texas", "US")


def test_russian_common_words_opening_a_sentence_are_no_towns() -> None:
    places = _places(
        "Что вы готовите дома?\n\n— Еда для меня важна. Я готовлю каждый день, и вкусная еда радует всю семью.\n\n"
        "— Манты я леплю по субботам, а летом мы ездили во Францию и в Италию.",
        lang="ru",
    )
    assert "Еда" not in places
    assert "Манты" not in places
    assert places["Францию"][1] == "FR"


def test_a_credit_written_first_after_the_copyright_sign() -> None:
    assert find_credit("© Ann Kessel Nurses give flu shots at a clinic in Velmora on Monday.") == "Ann Kessel"
    assert find_credit("© AFP A nurse waits at the door of the clinic.") == "AFP"
    assert find_credit("Nurses give flu shots at a clinic. © Ann Kessel") == "Ann Kessel"
    assert find_credit("Nurses give flu shots at a clinic in Velmora on Monday.") is None


_BODY = (
    "<p>A hunter in the north of Velmora caught the bubonic plague after he ate a wild hare, the regional health "
    "office said on Tuesday, and the village where he lives was closed.</p>"
    "<p>Doctors said the man was treated quickly and that no other case had been found in the valley, where the "
    "disease last struck decades ago.</p>"
    "<p>The Harbour Quartet, who play the valley's fair each summer, cancelled their concert there.</p>"
)


def _captions(title: str, figure: str) -> list[tuple[str | None, str | None]]:
    page = (
        "<html lang='en'><head><meta property='og:site_name' content='Velmora Ledger'></head><body><article>"
        f"<h1>{title}</h1>{figure}{_BODY}</article></body></html>"
    )
    article = parse_html(page, article_id="c", source="t")
    analysis = analyze_article(article, lang="en", analyzers=["entities", "places", "dates", "captions"])
    return [(c.attrs.relation, c.attrs.credit) for c in analysis.captions]


def test_a_caption_naming_the_story_subject_is_related() -> None:
    caps = _captions(
        "Velmora hunter falls ill with the bubonic plague",
        "<figure><img src='a.jpg'><figcaption>Bacteria of the kind that cause the bubonic plague, seen under a "
        "microscope.</figcaption></figure>",
    )
    assert caps == [("related", None)]
    caps = _captions(
        "The Harbour Quartet cancel their summer concert",
        "<figure><img src='b.jpg'><figcaption>Ann Kessel Lee Harbour Quartet</figcaption></figure>",
    )
    assert caps[0][0] == "related"


def test_a_past_event_told_by_a_participle_is_before_publication() -> None:
    article = Article(
        id="d",
        text="Officials said the inquiry opened on December 2 had been closed without charges.",
        published="2019-11-20",
    )
    analysis = analyze_article(article, lang="en", analyzers=["dates"])
    dates = {d.text: d.attrs.value for d in analysis.spans.dates}
    assert dates["December 2"] == "2018-12-02"
    planned = Article(
        id="e", text="The vote planned for December 2 was cancelled by the council.", published="2019-11-20"
    )
    dates = {d.text: d.attrs.value for d in analyze_article(planned, lang="en", analyzers=["dates"]).spans.dates}
    assert dates["December 2"] == "2019-12-02"  # a planned day may lie ahead
