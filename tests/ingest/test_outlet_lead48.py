"""The stop-48 user's outlet faults at ingest: a headline over the article's first paragraph read as a logo (the
outlet), and `--outlet` left unapplied without a word. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.ingest.text import parse_text
from newsloupe.store import Store

_OPINION = (
    "Harbour Lights Forever\n\n"
    "I sit at my desk this morning and pretend to work, as one does on grey mornings by the quay. The radio "
    "plays an old song about painting the world in two colours, and I wonder whether the town still knows "
    "which harbour it belongs to…\n\n"
    "The council voted on Monday to sell the lighthouse, a decision no one in the bars of the quay defends.\n"
)


def test_a_headline_over_a_first_paragraph_is_the_title_not_the_outlet() -> None:
    art = parse_text(_OPINION, article_id="t")
    assert art.outlet is None and art.title == "Harbour Lights Forever"  # (before stop 48: the outlet)
    # a short logo over a headline is still the outlet
    art = parse_text("DORVANE LEDGER\n\nPier closed for the winter\n\nThe council voted on Tuesday.\n", article_id="v")
    assert art.outlet == "Dorvane Ledger" and art.title == "Pier closed for the winter"


def test_ingest_says_when_an_article_keeps_the_outlet_it_names(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "op.txt").write_text(_OPINION, encoding="utf-8")
    (tmp_path / "in" / "pier.txt").write_text(
        "DORVANE LEDGER\n\nPier closed for the winter\n\nThe council voted on Tuesday.\n", encoding="utf-8"
    )
    db = tmp_path / "t.db"
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--outlet", "Harbour Post"])
    assert res.exit_code == 0, res.output
    assert "pier.txt" in res.output and "names its own outlet Dorvane Ledger, which it keeps" in res.output
    with Store(db) as store:
        rows = dict(store.conn.execute("SELECT title, outlet FROM articles").fetchall())
    assert rows == {"Harbour Lights Forever": "Harbour Post", "Pier closed for the winter": "Dorvane Ledger"}
