"""Bad option values of the store commands: exit 2 with the value and the allowed ones, not an empty result."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app

runner = CliRunner()
BODY = (
    "Le conseil municipal de Brelande a vote mardi un budget pour la nouvelle piscine du quartier nord. "
    "Les travaux commenceront au printemps selon la mairie.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    d = tmp_path_factory.mktemp("vals")
    f = d / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "text": BODY, "published": "2026-03-01"}) + "\n", encoding="utf-8")
    path = d / "v.db"
    res = runner.invoke(app, ["ingest", str(f), "--db", str(path)])
    assert res.exit_code == 0, res.output
    return str(path)


@pytest.mark.parametrize(
    ("args", "shown", "allowed"),
    [
        (["--since", "notadate"], "'notadate'", "YYYY-MM-DD"),
        (["--until", "2026-02-30"], "'2026-02-30'", "YYYY-MM-DD"),
        (["--source-type", "bogus"], "'bogus'", "person_anonymous"),
        (["--technique", "bogus"], "'bogus'", "Loaded_Language"),
        (["--lang", "xx"], "'xx'", "fr, en"),
    ],
)
def test_search_and_export_refuse_bad_filter_values(db: str, args: list[str], shown: str, allowed: str) -> None:
    for cmd in (["search", "piscine", "--db", db], ["export", "--format", "jsonl", "--db", db]):
        res = runner.invoke(app, [*cmd, *args])
        assert res.exit_code == 2, res.output
        assert args[0] in res.stderr and shown in res.stderr and allowed in res.stderr
        assert res.stdout == ""


def test_good_filter_values_still_find_the_article(db: str) -> None:
    res = runner.invoke(app, ["search", "piscine", "--db", db, "--since", "2026-03", "--lang", "FR", "-f", "json"])
    assert res.exit_code == 0, res.output
    hits = json.loads(res.stdout)
    assert len(hits) == 1 and hits[0]["published"] == "2026-03-01"


def test_factchecks_import_of_an_empty_folder_names_it(tmp_path) -> None:
    empty = tmp_path / "emptydir"
    empty.mkdir()
    res = runner.invoke(app, ["factchecks", "import", str(empty), "--db", str(tmp_path / "f.db")])
    assert res.exit_code == 1
    assert str(empty) in res.stderr


@pytest.mark.parametrize(
    ("cmd", "name", "data", "code"),
    [
        ("attribution", "empty.txt", b"", "NL-E010"),
        ("attribution", "bin.txt", b"\x00\xa8\xff\xfe" * 50, "NL-E004"),
        ("places", "trunc.json", b'{"text": "cu', "NL-E010"),
    ],
)
def test_unreadable_gold_files_are_one_error_naming_them(tmp_path, cmd: str, name: str, data: bytes, code: str) -> None:
    gold = tmp_path / name
    gold.write_bytes(data)
    res = runner.invoke(app, ["eval", cmd, str(gold)])
    assert res.exit_code == 1
    assert str(gold) in res.stderr and code in res.stderr


@pytest.mark.parametrize(
    ("args", "shown", "allowed"),
    [(["--rating", "bogus"], "'bogus'", "false, misleading"), (["--lang", "xx"], "'xx'", "fr, en")],
)
def test_factchecks_list_refuses_bad_filter_values(db: str, args: list[str], shown: str, allowed: str) -> None:
    res = runner.invoke(app, ["factchecks", "list", "--db", db, *args])
    assert res.exit_code == 2, res.output
    assert args[0] in res.stderr and shown in res.stderr and allowed in res.stderr and "NL-E010" in res.stderr
    ok = runner.invoke(app, ["factchecks", "list", "--db", db, "--rating", "False", "--lang", "FR"])
    assert ok.exit_code == 0, ok.output
