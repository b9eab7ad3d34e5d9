"""Names and article content are printed literally: no rich markup, no live links, no terminal escapes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsloupe.cli import app

runner = CliRunner()

BODY = (
    "Le conseil municipal de Brelande a vote mardi un budget pour la nouvelle piscine du quartier nord. "
    "Les travaux commenceront au printemps selon la mairie, qui promet une ouverture avant la fin de l'annee.\n"
)


def test_bracketed_file_name_is_one_error_and_the_batch_goes_on(tmp_path, fictional_fr: str) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text(fictional_fr, encoding="utf-8")
    missing = tmp_path / "miss[/]ing.txt"
    res = runner.invoke(app, ["analyze", str(missing), str(ok), "--format", "jsonl", "--analyzers", "entities"])
    assert res.exit_code == 1
    assert [json.loads(x)["id"] for x in res.stdout.splitlines() if x.strip()] == ["ok"]
    assert "miss[/]ing.txt" in res.stderr
    assert "internal error" not in res.stderr and "Traceback" not in res.output


def _record(tmp_path, **fields: str):
    f = tmp_path / "rec.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": BODY} | fields) + "\n", encoding="utf-8")
    return f


def test_extract_prints_markup_in_outlet_title_and_caption_literally(tmp_path) -> None:
    f = _record(tmp_path, outlet="Out[/dim]let", title="[link=http://evil.invalid]Piscine[/link] [bold]x")
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 0, res.output
    assert "Out[/dim]let" in res.stdout
    assert "[link=http://evil.invalid]Piscine[/link] [bold]x" in res.stdout
    assert "\x1b]8;" not in res.stdout  # no OSC 8 hyperlink


def test_analyze_report_prints_markup_literally(tmp_path) -> None:
    f = _record(tmp_path, id="r[/]1", outlet="Out[/]let", title="Piscine [link=http://evil.invalid]ici[/link]")
    res = runner.invoke(app, ["analyze", str(f), "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    assert "Out[/]let" in res.stdout and "r[/]1" in res.stdout
    assert "[link=http://evil.invalid]ici[/link]" in res.stdout


ANSI_BODY = (
    "Piscine de Brelande\x1b]0;owned\x07\n\n\x1b[2J\x1b[31mLe conseil\x9b1m municipal\x08 a vote.\x1b[0m " + BODY
)


def test_terminal_escapes_are_stripped_from_text_output_not_from_json(tmp_path) -> None:
    f = tmp_path / "ansi.txt"
    f.write_text(ANSI_BODY, encoding="utf-8")
    for cmd in (["analyze", str(f), "--analyzers", "entities"], ["extract", str(f)]):
        res = runner.invoke(app, cmd)
        assert res.exit_code == 0, res.output
        assert "\x1b" not in res.stdout and "\x07" not in res.stdout and "\x9b" not in res.stdout
        assert "\x08" not in res.stdout
        assert "Le conseil" in res.stdout
    res = runner.invoke(app, ["extract", str(f), "--format", "json"])
    assert "\x1b[31m" in json.loads(res.stdout)["body"]


def test_store_commands_print_bracketed_outlets_and_titles(tmp_path) -> None:
    f = _record(tmp_path, outlet="Out[/]let", title="Piscine [/bold] de Brelande\x1b[5m")
    db = tmp_path / "m.db"
    res = runner.invoke(app, ["ingest", str(f), "--db", str(db)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["stats", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "Out[/]let" in res.stdout
    res = runner.invoke(app, ["search", "piscine", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "Piscine [/bold] de Brelande" in res.stdout and "Out[/]let" in res.stdout
    assert "\x1b" not in res.stdout
