"""A new user's faults found at stop 43 (branch fixb43), on inputs invented for these tests."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

import newsloupe.batch
from newsloupe.cli import app
from tests.cli.test_user41 import REVIEW

runner = CliRunner()


def _store(tmp_path: Any) -> Any:
    src = tmp_path / "brelande.txt"
    src.write_text(
        "Brelande rouvre sa piscine\n\nLa piscine de Brelande a rouvert samedi, a annoncé le maire.\n", encoding="utf-8"
    )
    db = tmp_path / "c.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    return db


def test_ctrl_c_on_run_says_what_was_kept_and_exits_130(tmp_path, monkeypatch) -> None:
    def interrupted_run(store: Any, **kw: Any) -> None:
        kw["on_plan"](5)
        kw["on_start"](5)
        for aid in ("a1", "a2"):
            kw["on_result"]({"status": "ok", "article_id": aid})
        raise KeyboardInterrupt

    db = _store(tmp_path)
    monkeypatch.setattr(newsloupe.batch, "run", interrupted_run)
    res = runner.invoke(app, ["run", "--db", str(db), "--no-progress"])
    assert res.exit_code == 130
    assert "interrupted: 2 of 5 articles kept; run again to resume" in res.stderr
    assert "Traceback" not in res.stderr


def test_export_out_dash_writes_to_stdout(tmp_path, monkeypatch) -> None:
    db = _store(tmp_path)
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["export", "--format", "graph", "--db", str(db), "--out", "-"])
    assert res.exit_code == 0, res.stderr
    assert not (tmp_path / "-").exists()  # (before: a file named "-")
    assert "nodes" in json.loads(res.stdout)


def test_factchecks_search_in_a_language_the_matcher_does_not_cover_says_so(tmp_path) -> None:
    from newsloupe.factchecks.memory import import_sources
    from newsloupe.store import Store

    review = {**REVIEW, "reviewRating": {"@type": "Rating", "alternateName": "False"}}
    src = tmp_path / "reviews.json"
    src.write_text(json.dumps([review]), encoding="utf-8")
    db = tmp_path / "fc.db"
    with Store(db) as store:
        assert import_sources(store.conn, [str(src)]).imported == 1
    german = "Der Staudamm am Brindle Creek ist am Montag nach dem langen Regen eingestürzt, sagte der Bürgermeister."
    res = runner.invoke(app, ["factchecks", "search", german, "--db", str(db)])
    assert res.exit_code == 0
    assert "the fact-check matcher covers fr, en only" in res.stderr  # (before: "no review near this sentence")
    res = runner.invoke(app, ["factchecks", "search", "The Brindle Creek dam collapsed on Monday.", "--db", str(db)])
    assert "covers fr, en only" not in res.stderr and "brindle-dam" in res.stdout
