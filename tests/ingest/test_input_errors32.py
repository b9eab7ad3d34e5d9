"""Bad inputs named with their reason: CSV rows cut inside quotes, NEWSLOUPE_MAX_BYTES, URLs of other schemes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app

runner = CliRunner()
ROW = "le conseil de Brelande ouvre une piscine couverte au printemps prochain selon la mairie"


def test_csv_row_cut_inside_a_quoted_field_is_an_error_and_the_other_rows_are_kept(tmp_path) -> None:
    f = tmp_path / "broken.csv"
    f.write_text(f'id,text\n0,{ROW}\n\n1,"unterminated\n2,{ROW} deux\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "jsonl"])
    assert res.exit_code == 1
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["0", "2"]
    assert f"{f}#2" in res.stderr and "line 4" in res.stderr and "NL-E010" in res.stderr


@pytest.mark.parametrize("value", ["abc", "", "1e9", "-5"])
def test_a_bad_max_bytes_setting_names_the_variable(tmp_path, monkeypatch, value: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ROW + "\n", encoding="utf-8")
    monkeypatch.setenv("NEWSLOUPE_MAX_BYTES", value)
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1
    assert f"NEWSLOUPE_MAX_BYTES={value!r}" in res.stderr and "internal error" not in res.stderr


@pytest.mark.parametrize("url", ["HTTP://127.0.0.1/a", "file:///etc/passwd", "ftp://example.org/a"])
def test_urls_are_url_errors_not_missing_files(url: str) -> None:
    res = runner.invoke(app, ["extract", url])
    assert res.exit_code == 1
    assert "no such file" not in res.stderr
    assert ("NL-E008" if url.startswith("HTTP") else "NL-E007") in res.stderr
