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


@pytest.mark.parametrize("version", [3, 10, 10**6, -1])
def test_a_foreign_file_with_a_schema_version_is_refused_and_left_as_it_was(
    tmp_path, article: str, version: int
) -> None:
    # another program's file with a user_version of its own: refused before anything is written
    # (no WAL mode, no table), not "no such table" nor "upgrade newsloupe"
    db = tmp_path / "contacts.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Lise Dorvan')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for cmd in (["stats", "--db", str(db)], ["ingest", article, "--db", str(db)]):
        err = _error(runner.invoke(app, cmd), db, "NL-E010")
        assert "another program" in err and "contacts" in err and "upgrade" not in err
    assert db.read_bytes() == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]
    conn.close()


def test_a_store_with_a_table_of_another_program_or_one_missing_is_refused(tmp_path, article: str) -> None:
    from newsloupe.store.schema import MIGRATIONS

    extra, short = tmp_path / "extra.db", tmp_path / "short.db"
    for db in (extra, short):
        conn = sqlite3.connect(db, isolation_level=None)
        conn.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
        conn.close()
    conn = sqlite3.connect(extra)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(short)
    conn.execute("DROP TABLE runs")
    conn.commit()
    conn.close()
    err = _error(runner.invoke(app, ["ingest", article, "--db", str(extra)]), extra, "NL-E010")
    assert "another program" in err and "contacts" in err
    err = _error(runner.invoke(app, ["ingest", article, "--db", str(short)]), short, "NL-E010")
    assert "not a whole newsloupe store" in err and "runs" in err
    conn = sqlite3.connect(short)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
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
