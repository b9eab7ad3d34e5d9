"""The stop-49 user's layout and input faults: a kicker in capitals over a standfirst of two sentences is no logo,
an agency's own dateline names the outlet, a text of one word says its language is a guess, and an export of a
store never run says why it is empty. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.ingest.text import parse_text
from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def test_a_kicker_in_capitals_over_two_sentences_is_no_outlet() -> None:
    text = (
        "TIME FOR TURNIP SOUP\n\nA ban on leeks or the end of winter. The choice is yours\n\n"
        "Do you remember the soups of the old market hall? The council of Harrowby wants them back by spring.\n"
    )
    art = parse_text(text, article_id="k")
    assert art.outlet is None and art.title == "TIME FOR TURNIP SOUP"
    # a short logo over a headline is still the outlet
    art = parse_text("HARROWBY POST\n\nLeeks banned\n\nThe council voted on Tuesday.\n", article_id="l")
    assert art.outlet == "Harrowby Post"


def test_an_agency_dateline_names_the_outlet() -> None:
    text = (
        "Мэр Ольховска закрыл рынок\n\n"
        "ОЛЬХОВСК, 3 мар — Вестник Ольхи. Мэр города закрыл центральный рынок на ремонт, сообщили в мэрии.\n"
    )
    assert parse_text(text, article_id="d").outlet == "Вестник Ольхи"
    caps = parse_text("Рынок закрыт\n\nОльховск, 4 марта, ОЛЬХИНФОРМ. Рынок закрыт на ремонт.\n", article_id="e")
    assert caps.outlet == "Ольхинформ"  # a Cyrillic name in capitals in title case
    wire = parse_text("Marché fermé\n\nPARIS, 3 mars (AFP) - Le marché est fermé pour travaux.\n", article_id="f")
    assert wire.outlet is None  # a bracketed agency is the wire a paper carries, not its outlet


def test_a_text_of_one_word_says_its_language_is_a_guess() -> None:
    analysis = analyze_article(Article(id="s", text="Le "), analyzers=["entities"])
    assert any("language" in n and "is a guess" in n and "--lang" in n for n in analysis.notes)
    long = analyze_article(Article(id="l", text="Le maire a fermé le marché lundi matin."), analyzers=["entities"])
    assert not any("is a guess" in n for n in long.notes)


def test_export_of_a_store_never_run_says_why_it_is_empty(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Le maire de Harrowby a annoncé lundi la fermeture du marché couvert pour travaux.\n")
    db = tmp_path / "c.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["export", "--format", "csv", "--db", str(db), "-o", str(tmp_path / "o.csv")])
    assert res.exit_code == 0
    assert "0 article(s) exported" in res.output and "none analysed yet" in res.output and "newsloupe run" in res.output


def test_a_shopping_line_in_the_body_is_boilerplate() -> None:
    text = (
        "Gold rush in Harrowby\n\nThe council met on Monday to discuss the old mine.\n\n"
        "Time to buy old gold coins\n\nThe mayor said the mine would reopen in spring.\n"
    )
    art = parse_text(text, article_id="b")
    assert "gold coins" not in art.body and "reopen in spring" in art.body
    roles = {art.text[p.start : p.end]: p.label for p in art.paragraphs}
    assert roles["Time to buy old gold coins"] == "boilerplate"


def test_a_long_headline_with_a_kicker_and_a_full_stop_is_the_title() -> None:
    head = "Between story and spin: how the Harrowby papers covered the long quarrel over the old harbour wall."
    art = parse_text(
        head + "\n\n\nThe quarrel began in March, when the council voted to pull the wall down.\n", article_id="h"
    )
    assert art.title == head
    lede = "The council of Harrowby voted on Monday to pull down the old harbour wall after a long quarrel."
    art = parse_text(lede + "\n\nThe vote ends a quarrel of ten years, the mayor said.\n", article_id="i")
    assert art.title is None  # a long sentence with a full stop and no kicker is the body's first paragraph


def test_a_reposts_permission_line_is_boilerplate() -> None:
    text = (
        "Harbour wall to fall\n\nThe council of Harrowby voted on Monday to pull down the old harbour wall.\n\n"
        "Article posted with permission from The Harrowby Ledger.\n"
    )
    art = parse_text(text, article_id="p")
    assert "permission" not in art.body and "harbour wall" in art.body


def test_review_a_leads_said_colon_an_initial_and_cyrillic_acronyms() -> None:
    # (review of stop 50) a lead sentence with "said: …" is no headline; an initial's period ends no agency's name;
    # a Cyrillic acronym in capitals stays one
    lead = "The mayor told reporters on Tuesday evening: the harbour budget will be cut by a tenth next year."
    art = parse_text(
        lead + "\n\nThe cut is the largest in two decades, the council said.\n\nMore follows.", article_id="r"
    )
    assert art.title is None and lead in art.body
    initial = "Harbour\n\nHARROWBY, 12 March — John F. Lee opened the harbour on Monday.\n"
    assert parse_text(initial, article_id="s").outlet is None
    assert parse_text("Порт\n\nОЛЬХОВСК, 3 мар — ТАСС. Порт открыт.\n", article_id="t").outlet == "ТАСС"
