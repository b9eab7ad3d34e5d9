"""Stop 36: a corpus user gives the language of articles newsloupe does not detect as fully
supported: ``ingest --lang`` or a jsonl record's ``language`` field; the error says how."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.errors import BadInput
from newsloupe.ingest import record_to_article
from newsloupe.ingest.language import detect_language
from newsloupe.store import Store

# Invented Spanish text: a town council and its bridge.
SPANISH = (
    "El ayuntamiento de Valmera aprobó el jueves la reparación del puente viejo, una obra que costará "
    "tres millones de euros según el alcalde. Los vecinos esperaban esta decisión desde hacía años."
)


def test_the_error_says_how_to_give_the_language() -> None:
    art = record_to_article({"text": SPANISH}, source="t.jsonl", index=0)
    with pytest.raises(BadInput) as err:
        detect_language(art)
    assert "--lang" in str(err.value) and "ingest" in str(err.value) and "'language' field" in str(err.value)


def test_a_records_reduced_language_is_kept() -> None:
    art = record_to_article({"text": SPANISH, "language": "es"}, source="t.jsonl", index=0)
    out = detect_language(art)
    assert (out.language, out.language_source) == ("es", "metadata")


def test_ingest_lang_gives_every_article_its_language(tmp_path) -> None:
    src = tmp_path / "es.txt"
    src.write_text(SPANISH, encoding="utf-8")
    db = tmp_path / "s.db"
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        assert s.load_article(1).language_source != "given"
    # given afterwards: the stored article gets it, and the run will not detect it
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--lang", "ES"])
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        art = s.load_article(1)
        column = s.conn.execute("SELECT language FROM articles WHERE id = 1").fetchone()[0]
    assert (art.language, art.language_source, column) == ("es", "given", "es")
    assert detect_language(art).language == "es"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--lang", "xx"])
    assert res.exit_code == 1 and "unsupported language 'xx'" in res.output
    rec = tmp_path / "c.jsonl"
    rec.write_text(json.dumps({"id": "n1", "text": SPANISH + " Otra frase."}) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(rec), "--db", str(db), "--lang", "pt"]).exit_code == 0
    with Store(db) as s:
        assert s.load_article(2).language == "pt"


def test_a_language_given_to_an_analysed_article_marks_it_for_a_new_analysis(tmp_path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as s:
        added = s.add_article(
            record_to_article({"text": SPANISH, "language": "es"}, source="t", index=0), language="es"
        )
        s.conn.execute(
            "INSERT INTO outcomes(article_id, pipeline_version, status, at) VALUES (?, 'v1', 'ok', 'now')", (added.id,)
        )
        s.conn.commit()
        assert s.pending("v1") == []
        s.set_language(added.id, "es")  # the same language: the analysis stands
        assert s.pending("v1") == []
        s.set_language(added.id, "pt")
        assert s.pending("v1") == [added.id]
