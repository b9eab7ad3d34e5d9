"""export --where: the id the commands print, the columns named in --help, unknown columns named (stop 39, fix39)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.store.export import WHERE_COLUMNS

runner = CliRunner()
BODY = "Le conseil municipal de Brelande a voté mardi un budget pour la nouvelle piscine du quartier nord.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    d = tmp_path_factory.mktemp("where")
    f = d / "a.jsonl"
    recs = [{"id": "brelande-1", "text": BODY}, {"id": "brelande-2", "text": BODY + "Deux élus ont voté contre."}]
    f.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    path = d / "w.db"
    res = runner.invoke(app, ["ingest", str(f), "--db", str(path), "--no-near-duplicates"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["run", "--db", str(path), "--workers", "0", "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    return str(path)


def _ids(db: str, where: str) -> list[str]:
    res = runner.invoke(app, ["export", "--format", "jsonl", "--db", db, "--where", where])
    assert res.exit_code == 0, res.output
    return [json.loads(line)["id"] for line in res.stdout.splitlines() if line.strip()]


def test_id_is_the_id_the_commands_print_and_still_the_stores_number(db: str) -> None:
    assert _ids(db, "id='brelande-2'") == ["brelande-2"]
    assert _ids(db, "id IN ('brelande-1', 'brelande-2')") == ["brelande-1", "brelande-2"]
    assert _ids(db, "doc_id='brelande-1'") == ["brelande-1"]
    assert _ids(db, "id=1") == ["brelande-1"]  # the store's number, as before


@pytest.mark.parametrize("column", ["article_id", "bogus"])
def test_an_unknown_column_is_an_error_naming_it_and_the_columns(db: str, column: str) -> None:
    res = runner.invoke(app, ["export", "--format", "jsonl", "--db", db, "--where", f"{column}='brelande-1'"])
    assert res.exit_code != 0
    assert f"no such column: {column}" in res.output and "ambiguous" not in res.output
    assert "doc_id, url, outlet" in res.output


def test_help_names_the_columns(db: str) -> None:
    res = runner.invoke(app, ["export", "--help"], terminal_width=400)
    text = " ".join(res.output.split())
    assert all(c in text for c in WHERE_COLUMNS), text
