"""HTML ingestion: body, captions, metadata, hostile input, offsets.

Every page here is made up for the test; none comes from a real site.
"""

from __future__ import annotations

import json

import pytest

from newsloupe.errors import BadInput
from newsloupe.ingest.dates import normalise_iso, parse_date_text
from newsloupe.ingest.html import clean_author_names, decode_html, drop_figures, is_boilerplate_line, parse_html
from newsloupe.model import Article

BODY_FR = [
    "Le conseil municipal de Valmont-sur-Loue a voté mardi soir un budget en hausse de trois pour cent, "
    "une première depuis dix ans dans cette commune de quatre mille habitants.",
    "La maire, Hélène Fictive, a défendu ce choix devant une salle comble en évoquant la rénovation "
    "des deux écoles primaires et de la piscine intercommunale, fermée depuis l'été dernier.",
    "L'opposition a dénoncé « une fuite en avant » et réclamé un audit des comptes avant la fin de "
    "l'année, sans obtenir de vote sur ce point lors de la séance.",
]
BODY_EN = [
    "The harbour authority of Port Imaginary said on Tuesday that the northern pier would stay closed "
    "for at least six more weeks while engineers inspect the damaged pilings.",
    "Local fishing crews, who rely on the pier to land their catch, said the closure was costing them "
    "thousands of dollars a week and asked for temporary berths elsewhere in the bay.",
    "The authority promised a public meeting next month and said repairs would be paid for from its "
    "reserve fund rather than from higher mooring fees.",
]


def page(body: str, head: str = "", lang: str = "fr") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def parse(html: str | bytes, **kwargs: object) -> Article:
    return parse_html(html, article_id="t1", source="test.html", **kwargs)  # type: ignore[arg-type]


def assert_offsets(article: Article) -> None:
    for p in article.paragraphs:
        assert article.text[p.start : p.end].strip() == article.text[p.start : p.end]
        assert article.text[p.start : p.end]
    for c in article.captions:
        assert article.text[c.start : c.end] == c.text
    if article.source_line is not None:
        s = article.source_line
        assert article.text[s.start : s.end] == s.text


# --------------------------------------------------------------------------- captions


def test_figcaption_with_credit_span() -> None:
    html = page(
        "<article><h1>Le budget de Valmont en hausse</h1>"
        '<figure><img src="/img/mairie.jpg" alt="">'
        '<figcaption>La mairie de Valmont-sur-Loue, le 3 mars 2024. <span class="credit">Photo Jean Exemple / AFP'
        "</span></figcaption></figure>" + paragraphs(BODY_FR) + "</article>"
    )
    article = parse(html)
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text.startswith("La mairie de Valmont-sur-Loue, le 3 mars 2024.")
    assert caption.attrs.credit == "Jean Exemple / AFP"
    assert "La mairie de Valmont" not in article.body
    assert article.body.split("\n\n") == BODY_FR
    assert_offsets(article)


def test_caption_classes_and_find_credit_fallback() -> None:
    html = page(
        "<article><h1>Le budget de Valmont en hausse</h1>"
        '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Le conseil réuni en séance (AFP)</p></div>'
        + paragraphs(BODY_FR[:2])
        + '<div class="photo-legende">Les travaux de la piscine, en 2023. © Reuters</div>'
        + paragraphs(BODY_FR[2:])
        + "</article>"
    )
    article = parse(html)
    assert [c.text for c in article.captions] == [
        "Le conseil réuni en séance (AFP)",
        "Les travaux de la piscine, en 2023. © Reuters",
    ]
    assert [c.attrs.credit for c in article.captions] == ["AFP", "Reuters"]
    assert "séance (AFP)" not in article.body and "Reuters" not in article.body


def test_figcaption_in_a_layout_named_like_a_sidebar_with_a_cite_credit() -> None:
    # The body sits in a layout container whose class names the page's fixed sidebar: it is the article, not
    # furniture; the credit is a <cite> beside the <figcaption> in the <figure>.
    html = page(
        '<article><h1>Le budget de Valmont en hausse</h1><div class="l-sidebar-fixed l-body-segment">'
        '<figure class="e-image"><span class="e-image__inner"><img src="a.jpg"></span>'
        '<span class="e-image__meta"><figcaption>Le pont de Valmont sous la neige.</figcaption>'
        "<cite>Jeanne Inventée/Agence Fictive</cite></span></figure>"
        + paragraphs(BODY_FR)
        + '</div><aside class="c-sidebar"><figure><img src=b.jpg><figcaption>Un autre sujet sans rapport'
        "</figcaption></figure></aside></article>"
    )
    article = parse(html)
    assert [c.text for c in article.captions] == ["Le pont de Valmont sous la neige."]
    assert article.captions[0].attrs.credit == "Jeanne Inventée/Agence Fictive"
    assert "Agence Fictive" not in article.body
    assert article.body.split("\n\n") == BODY_FR


def test_captions_outside_the_article_are_ignored() -> None:
    html = page(
        '<header><img src="logo.png" alt="Le Courrier de Valmont logo"></header>'
        "<article><h1>Le budget de Valmont en hausse</h1>"
        "<figure><img src=a.jpg><figcaption>La salle du conseil municipal (AFP)</figcaption></figure>"
        + paragraphs(BODY_FR)
        + "</article>"
        '<aside class="related"><figure><img src=b.jpg><figcaption>Un autre sujet sans rapport</figcaption></figure>'
        "</aside>"
    )
    article = parse(html)
    assert [c.text for c in article.captions] == ["La salle du conseil municipal (AFP)"]


def test_img_alt_is_a_fallback_caption() -> None:
    html = page(
        "<article><h1>Le budget de Valmont en hausse</h1>"
        '<img src="/icons/share-icon.png" alt="Partager cet article sur les réseaux">'
        '<img src="/photos/ecole.jpg" alt="Les élèves de l\'école Jules-Fictif dans la cour">'
        + paragraphs(BODY_FR)
        + "</article>"
    )
    article = parse(html)
    assert [c.text for c in article.captions] == ["Les élèves de l'école Jules-Fictif dans la cour"]


# --------------------------------------------------------------------------- metadata


def test_jsonld_and_opengraph_metadata() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "#org", "name": "Le Courrier de Valmont"},
            {
                "@type": "NewsArticle",
                "headline": "Valmont vote un budget en hausse",
                "datePublished": "2024-03-05T21:14:00+01:00",
                "author": [{"@type": "Person", "name": "Jean Exemple"}, {"@type": "Person", "name": "Marie Modèle"}],
                "publisher": {"@id": "#org"},
            },
        ],
    }
    head = (
        "<title>Valmont vote un budget en hausse | Le Courrier de Valmont</title>"
        '<meta property="og:title" content="Valmont vote un budget en hausse | Le Courrier de Valmont">'
        '<meta property="og:image" content="/img/lead.jpg">'
        '<link rel="canonical" href="/politique/budget-valmont.html">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    html = page("<article><h1>Valmont vote un budget en hausse</h1>" + paragraphs(BODY_FR) + "</article>", head)
    article = parse(html, url="https://courrier-valmont.example/x?utm=1")
    assert article.title == "Valmont vote un budget en hausse"
    assert article.outlet == "Le Courrier de Valmont"
    assert article.published == "2024-03-05"
    assert article.authors == ["Jean Exemple", "Marie Modèle"]
    assert article.url == "https://courrier-valmont.example/politique/budget-valmont.html"
    assert article.lead_image == "https://courrier-valmont.example/img/lead.jpg"
    assert article.language == "fr" and article.language_source == "metadata"
    assert article.format == "html" and article.input == "test.html"
    assert article.paragraphs[0].label == "title"
    assert article.text.startswith("Valmont vote un budget en hausse\n\n")
    assert "Valmont vote un budget en hausse" not in article.body


def test_og_site_name_title_suffix_and_meta_date() -> None:
    head = (
        '<meta property="og:site_name" content="Port Imaginary Gazette">'
        '<meta property="article:published_time" content="2024-03-08T09:00:00Z">'
        '<meta name="author" content="By Sam Placeholder">'
        "<title>Northern pier to stay closed - Port Imaginary Gazette</title>"
    )
    article = parse(page(paragraphs(BODY_EN), head, lang="en-GB"))
    assert article.title == "Northern pier to stay closed"
    assert article.outlet == "Port Imaginary Gazette"
    assert article.published == "2024-03-08"
    assert article.authors == ["Sam Placeholder"]
    assert article.language == "en"


def test_visible_french_date_and_byline() -> None:
    html = page(
        "<article><h1>Le budget de Valmont en hausse</h1>"
        '<p class="byline">Par Jean Exemple et Marie Modèle</p>'
        '<p class="date">Publié le 1er février 2024 à 10h32, mis à jour le 2 février 2024</p>'
        + paragraphs(BODY_FR)
        + "</article>"
    )
    article = parse(html)
    assert article.published == "2024-02-01"
    assert article.authors == ["Jean Exemple", "Marie Modèle"]
    assert article.body.split("\n\n") == BODY_FR  # no byline or dateline in the body


def test_visible_english_date_in_time_element() -> None:
    html = page(
        '<article><h1>Northern pier to stay closed</h1><p>By <a rel="author" href="/staff/sam">Sam Placeholder</a>'
        " <time>March 8, 2024</time></p>" + paragraphs(BODY_EN) + "</article>",
        lang="en",
    )
    article = parse(html)
    assert article.published == "2024-03-08" and article.published_inferred is False
    assert article.authors == ["Sam Placeholder"]


def test_unsupported_html_lang_is_not_used() -> None:
    article = parse(page(paragraphs(BODY_EN), lang="es"))
    assert article.language is None and article.language_source is None


# --------------------------------------------------------------------------- body


def test_boilerplate_is_not_body() -> None:
    html = page(
        '<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li></ul></nav>'
        '<div class="cookie-banner"><p>Ce site utilise des cookies. Accepter</p></div>'
        "<article><h1>Le budget de Valmont en hausse</h1>"
        '<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>'
        + paragraphs(BODY_FR[:2])
        + '<p>Lire aussi : <a href="/autre">Un autre article sans rapport avec le budget</a></p>'
        + paragraphs(BODY_FR[2:])
        + "<p>Partager sur Facebook</p>"
        + "<p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.</p>"
        "</article>"
        "<footer><p>© 2024 Le Courrier de Valmont. Tous droits réservés.</p></footer>"
    )
    article = parse(html)
    assert article.body.split("\n\n") == BODY_FR
    for word in ("Accueil", "cookies", "Lire aussi", "Partager", "newsletter", "Tous droits"):
        assert word not in article.text


def test_source_line_becomes_a_source_part() -> None:
    html = page("<article><h1>Le budget</h1>" + paragraphs(BODY_FR) + "<p>Source : Mairie de Valmont</p></article>")
    article = parse(html)
    assert article.source_line is not None
    assert article.source_line.text == "Source : Mairie de Valmont"
    assert article.paragraphs[-1].label == "source"
    assert "Mairie de Valmont" not in article.body
    assert_offsets(article)


def test_layout_order_and_offsets() -> None:
    html = page(
        "<article><h1>Le budget de Valmont en hausse</h1>"
        "<figure><img src=a.jpg><figcaption>La salle du conseil (AFP)</figcaption></figure>"
        "<figure><img src=b.jpg><figcaption>La piscine fermée. Photo : Studio Fictif</figcaption></figure>"
        + paragraphs(BODY_FR)
        + "<p>SOURCE: Mairie de Valmont</p></article>"
    )
    article = parse(html)
    roles = [p.label for p in article.paragraphs]
    assert roles == ["title", "caption", "caption", "body", "body", "body", "source"]
    assert article.captions[1].attrs.credit == "Studio Fictif"
    assert_offsets(article)
    for p in article.paragraphs:
        assert p.attrs.line == article.text[: p.start].count("\n") + 1


# --------------------------------------------------------------------------- hostile input


def test_hostile_page_yields_no_script_text() -> None:
    html = page(
        "<script>var secret = 'SCRIPT-PAYLOAD'; alert(1)</script>"
        "<style>.x{content:'STYLE-PAYLOAD'}</style>"
        "<article><h1>Le budget <script>document.write('TITLE-PAYLOAD')</script>de Valmont</h1>"
        '<img src="x" onerror="alert(\'ONERROR-PAYLOAD\')">'
        "<p><a href=\"javascript:alert('LINK-PAYLOAD')\">Cliquez</a> " + BODY_FR[0] + "</p>"
        '<iframe src="https://evil.example/"><p>IFRAME-PAYLOAD</p></iframe>'
        "<noscript><p>NOSCRIPT-PAYLOAD</p></noscript>" + paragraphs(BODY_FR[1:]) + "<div><p>Unclosed <b>bold <i>text"
    )
    article = parse(html)
    for marker in ("PAYLOAD", "alert", "javascript", "document.write", "onerror"):
        assert marker not in article.text
        assert marker not in (article.title or "")
    assert BODY_FR[1] in article.body
    assert_offsets(article)


def test_markup_in_metadata_is_not_text() -> None:
    ld = {"@type": "NewsArticle", "headline": "x", "author": {"name": "<script>alert('LD-PAYLOAD')</script>Sam Roe"}}
    ld_json = json.dumps(ld).replace("</", "<\\/")  # as JSON encoders write it inside <script>
    head = (
        '<meta property="og:title" content="Pier closed &lt;script&gt;alert(\'META-PAYLOAD\')&lt;/script&gt;">'
        '<meta property="og:site_name" content="<b>Gazette</b>">'
        '<meta property="og:image" content="javascript:alert(1)">'
        f'<script type="application/ld+json">{ld_json}</script>'
    )
    article = parse(page(paragraphs(BODY_EN), head, lang="en"))
    assert article.title == "Pier closed"
    assert article.outlet == "Gazette"
    assert article.authors == ["Sam Roe"]
    assert article.lead_image is None
    assert "PAYLOAD" not in article.model_dump_json()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        "   \n\t ",
        b"\x00" * 64,
        bytes(range(256)) * 40,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        b"<html><head><script>var x = 'only script';</script></head><body></body></html>",
        b"<html><body><img src=x onerror=alert(1)><div></div></body></html>",
        b"<<<>>><div<p>></" * 200,
    ],
)
def test_no_article_text_raises_bad_input(data: str | bytes) -> None:
    with pytest.raises(BadInput) as info:
        parse(data)
    assert info.value.message == "no article text found in the HTML"
    assert info.value.input == "test.html"


def test_broken_markup_still_reads() -> None:
    article = parse("<html><body><article><h1>Titre<p>" + BODY_FR[0] + "<p>" + BODY_FR[1] + "<div><span>")
    assert BODY_FR[0] in article.body and BODY_FR[1] in article.body


# --------------------------------------------------------------------------- decoding


def test_decoding_cp1252_french_pages() -> None:
    text = "<p>Le cœur de l’été était brûlant, a déclaré la préfète — « trop chaud » pour la saison.</p>"
    declared = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
                f"<body>{text}</body></html>").encode("cp1252")  # fmt: skip
    lying = f'<html><head><meta charset="utf-8"></head><body>{text}</body></html>'.encode("cp1252")
    undeclared = f"<html><body>{text}</body></html>".encode("cp1252")
    for data in (declared, lying, undeclared):
        assert "Le cœur de l’été était brûlant" in decode_html(data)
    assert "déclaré" in decode_html("\ufeff<p>déclaré</p>".encode("utf-8-sig"))
    assert "déclaré" in decode_html("<p>déclaré</p>".encode("utf-16"))
    assert "\x00" not in decode_html("<p>a\x00b</p>")


def test_a_utf8_page_declaring_a_single_byte_charset_reads_as_utf8() -> None:
    # review fix of stop 38 (fixa38): cp1252 decodes almost any bytes, so the label alone always won (mojibake)
    text = "<p>À Brenac, l’écluse a été rénovée « en été », dit la maîtresse d’œuvre.</p>"
    for label in ("iso-8859-1", "windows-1252", "iso-8859-15", "koi8-r"):
        data = f'<html><head><meta charset="{label}"></head><body>{text}</body></html>'.encode()
        assert "l’écluse a été rénovée « en été »" in decode_html(data), label
    # a real single-byte page keeps its label
    latin = f'<html><head><meta charset="iso-8859-1"></head><body>{text}</body></html>'.encode("cp1252")
    assert "l’écluse a été rénovée" in decode_html(latin)


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1er février 2024", "2024-02-01"),
        ("Publié le 3 mars 2024 à 10h32", "2024-03-03"),
        ("jeudi 12 déc. 2023", "2023-12-12"),
        ("March 8, 2024", "2024-03-08"),
        ("Updated Sept. 3rd, 2024 at 4 p.m.", "2024-09-03"),
        ("8 March 2024", "2024-03-08"),
        ("8. März 2024", "2024-03-08"),
        ("Mis à jour le 08/03/2024", "2024-03-08"),
        ("31 février 2024", None),
        ("no date here, 42", None),
    ],
)
def test_parse_date_text(text: str, expected: str | None) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-08T10:32:00+01:00", "2024-03-08"),
        ("2024-03-08", "2024-03-08"),
        ("20240308", "2024-03-08"),
        ("Fri, 08 Mar 2024 10:00:00 GMT", "2024-03-08"),
        ("2024-13-40", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_iso(value: str | None, expected: str | None) -> None:
    assert normalise_iso(value) == expected


def test_clean_author_names() -> None:
    assert clean_author_names("Par Jean Exemple et Marie Modèle, le 3 mars 2024") == ["Jean Exemple", "Marie Modèle"]
    assert clean_author_names("Analysis by Sam Placeholder, Gazette Editor-at-large") == ["Sam Placeholder"]
    assert clean_author_names("Ursula von der Fiktiv") == ["Ursula von der Fiktiv"]
    assert clean_author_names("admin") == []


def test_is_boilerplate_line_keeps_prose() -> None:
    assert is_boilerplate_line("Lire aussi : Le budget de la ville")
    assert is_boilerplate_line("Read more")
    assert is_boilerplate_line("Sign up for our newsletter to get the news in your inbox.")
    assert not is_boilerplate_line("Related charges were filed on Monday.")
    assert not is_boilerplate_line(BODY_EN[0])


def test_published_prefers_publication_over_update() -> None:
    html = page(
        '<article><h1>Northern pier to stay closed</h1><p><time class="updated" datetime="2024-03-10">March 10</time>'
        ' <time class="published" datetime="2024-03-08T08:00:00Z">March 8</time></p>'
        + paragraphs(BODY_EN)
        + "</article>",
        lang="en",
    )
    article = parse(html)
    assert article.published == "2024-03-08"
    assert article.published_inferred is False


def test_trafilatura_is_installed_and_used() -> None:
    """A broken trafilatura install (e.g. lxml without lxml_html_clean) must not fall back silently."""
    import lxml.html

    from newsloupe.ingest.html import trafilatura_lines

    page = (
        "<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><article><h1>Titre</h1>"
        + "".join(
            f"<p>Le conseil de Valmer a voté la mesure numéro {i} après un long débat public.</p>" for i in range(6)
        )
        + "</article><footer>Mentions légales</footer></body></html>"
    )
    lines = trafilatura_lines(lxml.html.fromstring(page), None, recall=False)
    assert any("mesure numéro 3" in line for line in lines)
    assert not any("Mentions légales" in line for line in lines)


def test_a_page_that_starts_like_a_url_is_never_fetched_by_htmldate(monkeypatch) -> None:
    # htmldate downloads any str starting with "http" without a space, with its own client (no
    # private-address refusal, no deadline): the page must reach it as bytes or a tree, never as a str
    import htmldate.utils

    fetched: list[str] = []

    def fake_fetch(url: str, *args: object, **kwargs: object) -> str:
        fetched.append(url)
        return "<html><body><p>2001-02-03</p></body></html>"

    monkeypatch.setattr(htmldate.utils, "fetch_url", fake_fetch)
    page = "http://10.9.8.7/latest/<p>Le_conseil_de_Brelande_vote_le_budget_de_la_piscine_municipale.</p>"
    art = parse_html(page, article_id="u", source="u.html")
    assert fetched == []
    assert "Le_conseil_de_Brelande" in art.text
    assert art.published != "2001-02-03"


def test_htmldate_still_reads_the_raw_page_scripts() -> None:
    page = (
        '<html><head><script>var meta = {"datePublished": "2019-11-05T08:00:00"};</script></head>'
        "<body><article><p>Le conseil municipal de Brelande a voté mardi soir le budget de la piscine, "
        "après une longue séance consacrée aux tarifs d'entrée pour les familles.</p></article></body></html>"
    )
    art = parse_html(page, article_id="d", source="d.html")
    assert art.published == "2019-11-05"


def test_a_photo_caption_does_not_date_the_article() -> None:
    page = (
        "<html><body><article><h1>Brelande vote son budget</h1>"
        "<p>Le conseil municipal de Brelande a débattu longuement du budget de la piscine et des tarifs.</p>"
        "<figure><img src='a.jpg'><figcaption>Le maire de Brelande, le 3 mars 2024. (AFP)</figcaption></figure>"
        "<p>Selon des élus, le texte sera voté jeudi après une dernière séance consacrée aux familles.</p>"
        "</article></body></html>"
    )
    art = parse_html(page, article_id="c", source="c.html")
    assert art.published is None
    assert any("3 mars 2024" in c.text for c in art.captions)


def test_drop_figures_cuts_at_the_closing_tag_after_characters_lower_lengthens() -> None:
    # "İ".lower() is two characters: positions found in page.lower() would cut the text after the figure
    page = (
        "<p>İİİ İzmirli bir köy.</p><FIGURE><img src=a.jpg><figcaption>Köprü</figcaption></Figure>"
        "<p>Belediye meclisi toplandı.</p>"
    )
    assert drop_figures(page) == "<p>İİİ İzmirli bir köy.</p> <p>Belediye meclisi toplandı.</p>"
    assert drop_figures("<p>a</p><figure>open") == "<p>a</p><figure>open"
