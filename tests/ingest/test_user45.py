"""The stop-45 user's faults at ingest (fixb45): a page's declared language against its text, outlets from a section
label, a nav string, a bare host or a headline, a one-sentence file. Every text here is invented."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.ingest.html import names_site, parse_html, site_outlet
from newsloupe.ingest.language import detect_language
from newsloupe.ingest.text import parse_text
from newsloupe.store import Store

_BODY_EN = (
    "<p>The harbour council of Dorvane voted on Tuesday to close the northern pier for the winter, after two "
    "storms damaged its pillars and the insurers refused to cover further repairs this season.</p>"
    "<p>Fishermen said they would move their boats to the southern basin, which the council promised to dredge "
    "before the end of the month, at a cost the mayor put at forty thousand euros.</p>"
)
_BODY_DE = (
    "<p>Der Hafenrat von Dorvane hat am Dienstag beschlossen, den nördlichen Anleger über den Winter zu schließen, "
    "nachdem zwei Stürme seine Pfeiler beschädigt hatten und die Versicherer weitere Reparaturen ablehnten.</p>"
    "<p>Die Fischer wollen ihre Boote in das südliche Becken verlegen, das der Rat noch vor Ende des Monats "
    "ausbaggern lassen will, zu Kosten, die der Bürgermeister auf vierzigtausend Euro schätzt.</p>"
)


def _page(body: str, *, lang: str = "en", site: str | None = None, url: str | None = None, ld: str = "") -> str:
    head = f'<meta property="og:site_name" content="{site}">' if site else ""
    head += f'<link rel="canonical" href="{url}">' if url else ""
    head += f'<script type="application/ld+json">{ld}</script>' if ld else ""
    return (
        f'<html lang="{lang}"><head>{head}<title>Pier closed</title></head>'
        f"<body><article><h1>Pier closed</h1>{body}</article></body></html>"
    )


def test_the_texts_own_language_wins_over_a_contradicting_html_lang() -> None:
    art = detect_language(parse_html(_page(_BODY_DE, lang="en"), article_id="p", source="p.html"))
    assert art.language == "de" and art.language_source == "detected"  # (before stop 45: "en", "metadata")
    assert any("'en'" in n and "'de'" in n for n in art.notes)  # the disagreement is said
    agree = detect_language(parse_html(_page(_BODY_EN, lang="en"), article_id="q", source="q.html"))
    assert agree.language == "en" and agree.language_source == "metadata" and not agree.notes


def test_a_section_label_a_nav_string_or_a_bare_host_is_no_outlet() -> None:
    url = "https://www.dorvaneledger.example/world/pier-closed"
    # a section label: the JSON-LD publisher when it names the site, else the URL's site
    ld = json.dumps({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Dorvane Ledger"}})
    assert parse_html(_page(_BODY_EN, site="World", url=url, ld=ld), article_id="a", source="a").outlet == (
        "Dorvane Ledger"
    )
    assert parse_html(_page(_BODY_EN, site="U.K.", url=url), article_id="b", source="b").outlet == (
        "dorvaneledger.example"
    )
    nav = "Dorvane Ledger | Sport | Weather | Harbour"
    assert parse_html(_page(_BODY_EN, site=nav, url=url), article_id="c", source="c").outlet == "Dorvane Ledger"
    # the bare host in lower case: the URL's site (a well-known name, or the domain)
    assert parse_html(_page(_BODY_EN, site="dorvaneledger", url=url), article_id="d", source="d").outlet == (
        "dorvaneledger.example"
    )
    assert site_outlet("nytimes", None, "https://www.nytimes.com/x") == "The New York Times"
    # a name that belongs to its host stays
    assert names_site("Dorvane Ledger", url) and names_site("The Harbour Post", "https://harbourpost.example/x")
    assert names_site("Associated Dorvane Press", "https://adpnews.example/x")  # its initials
    assert not names_site("U.S.", "https://www.reuters.com/x")
    assert site_outlet("Dorvane Ledger", None, None) == "Dorvane Ledger"  # no URL: nothing to compare


def test_a_headline_over_its_standfirst_or_with_a_comma_is_no_outlet() -> None:
    # before stop 45 the headline was the outlet (title-cased) and the standfirst the title
    art = parse_text(
        "PIER CLOSES FOR WINTER\n\nA quiet week in Dorvane.\n\nThe council voted on Tuesday.\n", article_id="t"
    )
    assert art.outlet is None and art.title == "PIER CLOSES FOR WINTER"
    art = parse_text("Repairs yes, but paid\n\nDorvane's mayor wants a debate\n\nThe council voted.\n", article_id="u")
    assert art.outlet is None and art.title == "Repairs yes, but paid"
    # a short logo over a headline is still the outlet
    art = parse_text("DORVANE LEDGER\n\nPier closed for the winter\n\nThe council voted on Tuesday.\n", article_id="v")
    assert art.outlet == "Dorvane Ledger" and art.title == "Pier closed for the winter"


def test_a_one_sentence_file_is_a_body_not_a_title() -> None:
    art = parse_text("The mayor said the pier would close for the winter, according to the Ledger.\n", article_id="t")
    assert art.title is None and art.body.startswith("The mayor said")  # (before stop 45: a title, an empty body)
    assert parse_text("Pier closed for the winter\n", article_id="u").title == "Pier closed for the winter"


def test_ingest_outlet_names_a_stored_article_that_has_none(tmp_path: Path) -> None:
    src = tmp_path / "pier.txt"
    src.write_text(
        "Pier closed for the winter\n\nThe harbour council voted on Tuesday to close it.\n", encoding="utf-8"
    )
    db = tmp_path / "t.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--outlet", "Dorvane Ledger"])
    assert res.exit_code == 0 and "given to 1 article(s) already stored" in res.output
    with Store(db) as store:
        assert store.conn.execute("SELECT outlet FROM articles").fetchone()[0] == "Dorvane Ledger"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--outlet", "Harbour Post"])
    assert res.exit_code == 0 and "which it keeps" in res.output  # said, not silent
    with Store(db) as store:
        assert store.conn.execute("SELECT outlet FROM articles").fetchone()[0] == "Dorvane Ledger"


def test_ingest_outlet_again_reports_no_change(tmp_path: Path) -> None:
    src = tmp_path / "quay.txt"
    src.write_text("Quay reopened\n\nThe ferry office said on Monday that boats would run again.\n", encoding="utf-8")
    db = tmp_path / "t.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    first = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--outlet", "Harbour Voice"])
    assert first.exit_code == 0 and "outlet Harbour Voice given to 1 article(s)" in first.output
    again = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--outlet", "harbour voice"])
    assert again.exit_code == 0 and "given to" not in again.output and "which it keeps" not in again.output
    with Store(db) as store:  # (review 45 #9: the second run said "given to 1 article(s)" and changed nothing)
        assert store.conn.execute("SELECT outlet FROM articles").fetchone()[0] == "Harbour Voice"
