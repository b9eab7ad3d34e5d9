"""Store paths that cannot be a store: one error line naming the path, no traceback, nothing converted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app

runner = CliRunner()
TEXT = "Un texte de test assez long pour constituer un article sur la piscine de Brelande, ouverte au printemps.\n"


@pytest.fixture()
def article(tmp_path) -> str:
    f = tmp_path / "ok.txt"
    f.write_text(TEXT, encoding="utf-8")
    return str(f)


def _error(res, db: Path | str, code: str) -> str:
    assert res.exit_code == 1, res.output
    assert str(db) in res.stderr and code in res.stderr, res.stderr
    assert "internal error" not in res.stderr and "Traceback" not in res.output
    return res.stderr


def test_a_folder_is_not_a_store(tmp_path, article: str) -> None:
    _error(runner.invoke(app, ["ingest", article, "--db", str(tmp_path)]), tmp_path, "NL-E015")


def test_missing_folders_are_not_created(tmp_path, article: str) -> None:
    db = tmp_path / "missing" / "deeper" / "x.db"
    err = _error(runner.invoke(app, ["ingest", article, "--db", str(db)]), db, "NL-E009")
    assert "does not exist" in err and not (tmp_path / "missing").exists()


@pytest.mark.parametrize("table", ["articles", "foo"])
def test_a_foreign_sqlite_file_is_refused_and_left_as_it_was(tmp_path, article: str, table: str) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE {table} (x)")
    conn.commit()
    conn.close()
    for cmd in (["stats", "--db", str(db)], ["ingest", article, "--db", str(db)]):
        err = _error(runner.invoke(app, cmd), db, "NL-E010")
        assert "another program" in err and table in err
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == [table]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


def test_an_empty_file_becomes_a_store(tmp_path, article: str) -> None:
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    res = runner.invoke(app, ["ingest", article, "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "1 new article(s)" in res.stderr


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs /proc")
def test_an_unwritable_file_names_the_store(article: str) -> None:
    _error(runner.invoke(app, ["ingest", article, "--db", "/proc/version"]), "/proc/version", "NL-E015")
