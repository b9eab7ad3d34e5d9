"""Page furniture is no statement of a recurring claim (issue 15, stop 45, fixb45).

On real news a paper's self-promotion paragraph and its subscription teaser, printed under each of its articles,
became statements of recurring claims marked "close wording elsewhere". A line an outlet repeats verbatim in
two others of its articles that are no copies of the first is furniture (the rule reads only repetition: no word list);
the same line in another outlet's article, or the shared lines of two copies of one report, are still claims.

Every text here is invented."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.store import Store
from newsloupe.stories.furniture import furniture_lines

PROMO = "Our readers say the Fenwick Gazette is the only paper that still tells the truth about the council."
TEASER = "Try the digital edition for three weeks, after which the trial ends automatically."


def _article(n: int, outlet: str, body: list[str]) -> dict[str, str]:
    return {"id": f"fw{n}", "outlet": outlet, "title": f"Invented report {n}", "text": "\n\n".join(body)}


def _body(n: int) -> list[str]:
    return [
        f"The council of Fenwick{n} voted on Monday to close the old ferry pier for repairs.",
        f"Residents of Fenwick{n} said the closure would cut the island off for a month.",
        f"The harbour master told the meeting that {n + 3} boats would be moved before the work starts.",
    ]


ARTICLES = [
    _article(1, "Fenwick Gazette", [*_body(1), PROMO, TEASER]),
    _article(2, "Fenwick Gazette", [*_body(2), PROMO, TEASER]),
    _article(5, "Fenwick Gazette", [*_body(5), PROMO, TEASER]),
    _article(3, "Harbour Times", [*_body(3), PROMO]),  # another outlet quoting the same line: a claim that recurs
]


def _store(tmp_path: Path, articles: list[dict[str, str]]) -> Path:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp_path / "t.db"
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db), "--no-near-duplicates"])
    assert res.exit_code == 0, res.output
    return db


def test_a_line_an_outlet_repeats_in_its_articles_is_furniture(tmp_path: Path) -> None:
    db = _store(tmp_path, ARTICLES)
    with Store(db) as store:
        ids = dict(store.conn.execute("SELECT doc_id, id FROM articles").fetchall())
        text = dict(store.conn.execute("SELECT id, text FROM articles").fetchall())
        got = {doc: [text[aid][a:b] for a, b in furniture_lines(store.conn, aid)] for doc, aid in ids.items()}
    assert got["fw1"] == [PROMO, TEASER] and got["fw2"] == [PROMO, TEASER]
    assert got["fw3"] == []  # the only article of its outlet


def test_two_copies_of_one_report_keep_their_shared_lines(tmp_path: Path) -> None:
    copy = _article(4, "Fenwick Gazette", [*_body(1)[:2], "A line added to the copy, said the editor.", PROMO])
    db = _store(tmp_path, [ARTICLES[0], copy])
    with Store(db) as store:
        aid = store.conn.execute("SELECT id FROM articles WHERE doc_id = 'fw4'").fetchone()[0]
        assert furniture_lines(store.conn, aid) == []  # three of its four lines are the first's: a copy


def test_furniture_is_no_statement_after_a_run(tmp_path: Path) -> None:
    db = _store(tmp_path, ARTICLES)
    res = CliRunner().invoke(app, ["run", "--db", str(db), "--workers", "0", "--no-progress"])
    assert res.exit_code == 0, res.output
    with Store(db) as store:
        rows = store.conn.execute(
            "SELECT a.doc_id, s.text FROM statements s JOIN articles a ON a.id = s.article_id"
        ).fetchall()
    by_doc: dict[str, list[str]] = {}
    for doc, text in rows:
        by_doc.setdefault(doc, []).append(text)
    assert by_doc["fw1"] and by_doc["fw2"]  # the reports' own statements stay
    for doc in ("fw1", "fw2"):
        assert not any("Fenwick Gazette is the only paper" in t or "trial ends" in t for t in by_doc[doc])
    assert any("Fenwick Gazette is the only paper" in t for t in by_doc["fw3"])  # another outlet's: a statement


SHARED = "The harbour office said on Friday that 41 sailors had been taken to hospital after the storm."


def test_one_shared_line_in_one_other_article_is_no_furniture(tmp_path: Path) -> None:
    # (review 45 #6: a key sentence two reports of one outlet repeat, or two articles of no outlet share, is a claim)
    pair = [_article(6, "Fenwick Gazette", [*_body(6), SHARED]), _article(7, "Fenwick Gazette", [*_body(7), SHARED])]
    none = [{**_article(8, "", [*_body(8), SHARED])}, {**_article(9, "", [*_body(9), SHARED])}]
    db = _store(tmp_path, [*pair, *none])
    with Store(db) as store:
        rows = store.conn.execute("SELECT doc_id, id, coalesce(outlet, '') FROM articles ORDER BY doc_id").fetchall()
        assert [(doc, outlet) for doc, _, outlet in rows] == [
            ("fw6", "Fenwick Gazette"),
            ("fw7", "Fenwick Gazette"),
            ("fw8", ""),
            ("fw9", ""),
        ]
        assert [furniture_lines(store.conn, aid) for _, aid, _ in rows] == [[], [], [], []]


def test_the_neighbours_are_read_through_the_outlet_id_index(tmp_path: Path) -> None:
    db = _store(tmp_path, ARTICLES)
    with Store(db) as store:
        plan = " ".join(
            str(r[-1])
            for r in store.conn.execute(
                "EXPLAIN QUERY PLAN SELECT text FROM articles WHERE outlet = ? AND id < ? ORDER BY id DESC LIMIT 100",
                ("Fenwick Gazette", 3),
            )
        )
    assert "articles_outlet_id" in plan and "TEMP B-TREE" not in plan  # (review 45 #7: a sort of the whole outlet)
