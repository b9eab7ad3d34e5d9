"""The stop-44 user's bad inputs and raw labels (branch fixb44), on inputs invented for these tests."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from typer.testing import CliRunner

import newsloupe.pipeline
from newsloupe.cli import app
from newsloupe.errors import BadInput
from newsloupe.ingest.text import decode_bytes
from newsloupe.labels import FRAMES, TECHNIQUES, reader_label

runner = CliRunner()
_TEXT = "Brelande rouvre sa piscine\n\nLa piscine de Brelande a rouvert samedi, a annoncé le maire.\n"


def test_utf16_without_a_byte_order_mark_is_decoded_binary_still_refused() -> None:
    # (before stop 44: "the input looks binary (NUL bytes)")
    assert decode_bytes(_TEXT.encode("utf-16-le"), source="a.txt") == _TEXT
    assert decode_bytes(_TEXT.encode("utf-16-be"), source="a.txt") == _TEXT
    russian = "Мэр Заречья открыл бассейн в субботу, сообщил пресс-секретарь.\n"
    assert decode_bytes(russian.encode("utf-16-le"), source="r.txt") == russian
    with pytest.raises(BadInput) as err:
        decode_bytes(bytes(range(256)) * 8, source="b.bin")
    assert "NUL" in err.value.message or "binary" in err.value.message


def test_an_unknown_forced_language_is_refused_before_the_models_load(tmp_path, monkeypatch) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_TEXT, encoding="utf-8")

    def never(*a: Any, **kw: Any) -> Any:
        raise AssertionError("the models were loaded")

    monkeypatch.setattr(newsloupe.pipeline, "analyze_many", never)
    res = runner.invoke(app, ["analyze", str(src), "--lang", "xx"])
    assert res.exit_code == 1
    assert "unsupported language 'xx'" in res.stderr and "--lang" in res.stderr
    assert "loading the models" not in res.stderr


def test_an_empty_search_sentence_is_named(tmp_path) -> None:
    res = runner.invoke(app, ["factchecks", "search", "  ", "--db", str(tmp_path / "c.db")])
    assert res.exit_code == 2
    assert "the sentence is empty" in res.stderr and "no review near" not in res.stderr


def test_labels_read_as_words_in_the_cli() -> None:
    assert reader_label("Loaded_Language") == "Loaded language"
    assert reader_label("Security_and_defense") == "Security and defence"
    assert all("_" not in reader_label(x) for x in (*TECHNIQUES, *FRAMES))


def test_stats_shows_frame_and_technique_labels_not_codes(tmp_path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_TEXT, encoding="utf-8")
    db = tmp_path / "c.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--outlet", "Le Vigilant"]).exit_code == 0
    with sqlite3.connect(db) as conn:
        aid = conn.execute("SELECT id FROM articles").fetchone()[0]
        conn.execute(
            "INSERT INTO frames (article_id, outlet, label, score) VALUES (?, 'Le Vigilant', ?, 0.9)",
            (aid, "Security_and_defense"),
        )
    res = runner.invoke(app, ["stats", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "Security and defence" in res.stdout and "Security_and_defense" not in res.stdout


def test_the_stop_46_user_s_empty_or_negative_flags_are_refused(tmp_path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_TEXT, encoding="utf-8")
    db = str(tmp_path / "c.db")
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "--outlet", "  "])
    assert res.exit_code == 2 and "outlet name is empty" in res.output
    assert not (tmp_path / "c.db").exists()
    res = runner.invoke(app, ["run", "--db", db, "--workers", "-1"])
    assert res.exit_code == 2 and "Invalid value for '--workers'" in res.output
    for cmd in ("stories", "claims"):
        res = runner.invoke(app, [cmd, "--db", db, "--min-articles", "-3"])
        assert res.exit_code == 2 and "Invalid value for '--min-articles'" in res.output
