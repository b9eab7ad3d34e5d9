"""Issue 14: schema 1 and 2.0 analysis documents become current ones, in the store too, with nothing lost."""

from __future__ import annotations

import json
import sqlite3

from newsloupe.model import SCHEMA_VERSION, Analysis
from newsloupe.store import schema as store_schema
from newsloupe.upgrade import to_schema_2_0, to_schema_2_1, upgrade_document
from tests.conftest import ROOT
from tests.spans_dump import normalise, records

# Written by the code before schema 2.0 from the fictional article of tests/conftest.py.
OLD = json.loads((ROOT / "tests" / "fixtures" / "analysis-1.0.json").read_text(encoding="utf-8"))
# Written by the code of schema 2.1 (``newsloupe.analyze(text=FICTIONAL_FR).to_dict()``).
V21 = json.loads((ROOT / "tests" / "fixtures" / "analysis-2.1.json").read_text(encoding="utf-8"))


def test_fixture_is_schema_1_with_every_kind_of_finding() -> None:
    assert OLD["schema"] == "1.0"
    assert OLD["attributions"] and OLD["places"] and OLD["geo_checks"] and OLD["techniques"] and OLD["dates"]
    assert any(a.get("via") for a in OLD["attributions"]) and any(a["hedge_spans"] for a in OLD["attributions"])


def test_upgrade_keeps_every_finding_span_by_span() -> None:
    new = upgrade_document(OLD)
    assert new["schema"] == SCHEMA_VERSION == "2.2" and new["failures"] == []
    assert "places" not in new and new["spans"]["places"]
    assert normalise(records(new)) == normalise(records(OLD))
    a = Analysis.model_validate(new)
    for group in type(a.spans).model_fields:
        for span in getattr(a.spans, group):
            assert a.text[span.start : span.end] == span.text
    assert upgrade_document(new) == new


def test_store_migration_converts_stored_analyses() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    done = store_schema.MIGRATIONS.index(store_schema._analyses_to_schema_2)
    for number, script in enumerate(store_schema.MIGRATIONS[:done], start=1):
        assert isinstance(script, str)
        conn.executescript(f"{script}\nPRAGMA user_version = {number};")
    conn.execute(
        "INSERT INTO articles(id, doc_id, content_hash, text, meta, ingested_at) VALUES (1, 'f', 'h', ?, '{}', 'now')",
        (OLD["text"],),
    )
    conn.execute(
        "INSERT INTO analyses(article_id, pipeline_version, json, analysed_at) VALUES (1, 'p-old', ?, 'now')",
        (json.dumps(OLD),),
    )
    assert store_schema.migrate(conn) == list(range(done + 1, len(store_schema.MIGRATIONS) + 1))
    stored = json.loads(conn.execute("SELECT json FROM analyses").fetchone()[0])
    assert stored["schema"] == SCHEMA_VERSION
    assert normalise(records(stored)) == normalise(records(OLD))
    assert conn.execute("SELECT pipeline_version FROM analyses").fetchone()[0] == "p-old"


def _doc_2_0(notes: list[str]) -> dict:
    doc = to_schema_2_1(to_schema_2_0(OLD))
    del doc["failures"]
    return {**doc, "schema": "2.0", "notes": notes}


FAILED = "analyzer 'places' failed: KeyError: 'Valmer'"


def test_schema_2_0_failure_notes_become_typed_failures() -> None:
    new = upgrade_document(_doc_2_0(["a note", FAILED]))
    assert new["schema"] == SCHEMA_VERSION and new["notes"] == ["a note", FAILED]
    assert new["failures"] == [{"analyzer": "places", "code": "NL-E012", "message": "KeyError: 'Valmer'"}]
    assert upgrade_document(new) == new


def test_store_migration_keeps_analyzer_failures_in_columns() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    done = store_schema.MIGRATIONS.index(store_schema._analyzer_failures)
    for number, script in enumerate(store_schema.MIGRATIONS[:done], start=1):
        if callable(script):
            conn.execute("BEGIN")
            script(conn)
            conn.execute("COMMIT")
        else:
            conn.executescript(f"{script}\nPRAGMA user_version = {number};")
    conn.execute(f"PRAGMA user_version = {done}")
    for aid, notes in ((1, [FAILED]), (2, [])):
        conn.execute(
            "INSERT INTO articles(id, doc_id, content_hash, text, meta, ingested_at) VALUES (?, ?, ?, ?, '{}', 'now')",
            (aid, f"f{aid}", f"h{aid}", OLD["text"]),
        )
        conn.execute(
            "INSERT INTO analyses(article_id, pipeline_version, json, analysed_at) VALUES (?, 'p-old', ?, 'now')",
            (aid, json.dumps(_doc_2_0(notes))),
        )
    assert store_schema.migrate(conn) == list(range(done + 1, len(store_schema.MIGRATIONS) + 1))
    docs = [json.loads(t) for (t,) in conn.execute("SELECT json FROM analyses ORDER BY article_id")]
    assert [d["schema"] for d in docs] == [SCHEMA_VERSION, SCHEMA_VERSION]
    assert docs[0]["failures"] == [{"analyzer": "places", "code": "NL-E012", "message": "KeyError: 'Valmer'"}]
    assert docs[1]["failures"] == [] and docs[1]["notes"] == []
    assert normalise(records(docs[1])) == normalise(records(OLD))
    rows = conn.execute("SELECT article_id, pipeline_version, analyzer, code, message FROM analyzer_failures")
    rows = rows.fetchall()
    assert rows == [(1, "p-old", "places", "NL-E012", "KeyError: 'Valmer'")]


def test_schema_2_1_layout_becomes_span_groups_with_quotes() -> None:
    assert V21["schema"] == "2.1" and V21["paragraphs"] and V21["captions"] and V21["captions"][0]["relation"]
    new = upgrade_document(V21)
    assert new["schema"] == SCHEMA_VERSION and "paragraphs" not in new and "captions" not in new
    assert normalise(records(new)) == normalise(records(V21))  # paragraphs and captions included
    para, cap = new["spans"]["paragraphs"][1], new["spans"]["captions"][0]
    old_para, old_cap = V21["paragraphs"][1], V21["captions"][0]
    assert (para["label"], para["attrs"]["line"], para["text"]) == (
        old_para["role"],
        old_para["line"],
        V21["text"][old_para["start"] : old_para["end"]],
    )
    assert cap["label"] == "caption" and cap["text"] == old_cap["text"]
    assert cap["attrs"] == {k: v for k, v in old_cap.items() if k not in ("start", "end", "text")}
    quotes = new["spans"]["quotes"]
    assert quotes and all(q["text"][0] in '«“"' for q in quotes)
    assert any(q["attrs"]["attributed"] for q in quotes)
    assert upgrade_document(new) == new


def test_store_migration_converts_schema_2_1_layout() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    done = store_schema.MIGRATIONS.index(store_schema._layout_spans)
    for script in store_schema.MIGRATIONS[:done]:
        if callable(script):
            conn.execute("BEGIN")
            script(conn)
            conn.execute("COMMIT")
        else:
            conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {done}")
    conn.execute(
        "INSERT INTO articles(id, doc_id, content_hash, text, meta, ingested_at) VALUES (1, 'f', 'h', ?, '{}', 'now')",
        (V21["text"],),
    )
    conn.execute(
        "INSERT INTO analyses(article_id, pipeline_version, json, analysed_at) VALUES (1, 'p-old', ?, 'now')",
        (json.dumps(V21),),
    )
    assert store_schema.migrate(conn) == list(range(done + 1, len(store_schema.MIGRATIONS) + 1))  # and the later ones
    stored = json.loads(conn.execute("SELECT json FROM analyses").fetchone()[0])
    assert stored["schema"] == SCHEMA_VERSION and stored["spans"]["captions"] and stored["spans"]["quotes"]
    assert normalise(records(stored)) == normalise(records(V21))
