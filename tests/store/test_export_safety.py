"""CSV export neutralises spreadsheet formulas; bad output paths are one error line naming them."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app

runner = CliRunner()
BODY = "Le conseil municipal de Brelande a vote mardi un budget pour la nouvelle piscine du quartier nord.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    d = tmp_path_factory.mktemp("exp")
    f = d / "a.jsonl"
    recs = [
        {"id": "a", "text": BODY, "title": '=HYPERLINK("http://evil.invalid","x")', "outlet": "@SUM(1+1)"},
        {"id": "b", "text": BODY + "Deux.", "title": "+33 plus", "outlet": "-Gazette"},
        {"id": "c", "text": BODY + "Trois.", "title": "Piscine ouverte", "outlet": "Courrier"},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    path = d / "e.db"
    res = runner.invoke(app, ["ingest", str(f), "--db", str(path), "--no-near-duplicates"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["run", "--db", str(path), "--workers", "0", "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    return str(path)


def test_csv_export_prefixes_formula_cells_with_a_quote(db: str) -> None:
    res = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    assert res.exit_code == 0, res.output
    rows = {r["title"]: r["outlet"] for r in csv.DictReader(io.StringIO(res.stdout))}
    assert rows == {
        '\'=HYPERLINK("http://evil.invalid","x")': "'@SUM(1+1)",
        "'+33 plus": "'-Gazette",
        "Piscine ouverte": "Courrier",
    }
    res = runner.invoke(app, ["export", "--format", "jsonl", "--db", db])
    assert '=HYPERLINK(\\"http://evil.invalid\\",\\"x\\")' in res.stdout  # JSON keeps the text as it is


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "graph"])
def test_bad_output_paths_are_errors_naming_them(db: str, tmp_path, fmt: str) -> None:
    res = runner.invoke(app, ["export", "--format", fmt, "--db", db, "--out", str(tmp_path)])
    assert res.exit_code == 1 and str(tmp_path) in res.stderr and "folder" in res.stderr
    missing = tmp_path / "missing" / "x.out"
    res = runner.invoke(app, ["export", "--format", fmt, "--db", db, "--out", str(missing)])
    assert res.exit_code == 1 and str(missing) in res.stderr and "does not exist" in res.stderr
    assert "internal error" not in res.stderr and "Traceback" not in res.output


def test_schema_out_to_a_folder_is_an_error(tmp_path) -> None:
    res = runner.invoke(app, ["schema", "--out", str(tmp_path)])
    assert res.exit_code == 1 and str(tmp_path) in res.stderr and "folder" in res.stderr
