"""The stop-46 user's faults 11, 12, 13 and 16 (branch fixweb46), through the app's HTTP interface: the top-level
``status`` of an article is the answer of POST /api/analyze (null on GET), sources not analysed in a language are
null, not 0, the analysis notes are in the UI's language, the ``lang`` error names the six languages apart from the
reduced ones, and a record published after today is said at ingest. Invented text throughout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.store.ingest import published_future
from newsloupe.web.i18n import Translator
from tests.web.test_api import assert_error

# Invented German news text (no attribution rules for German: sources are not analysed).
GERMAN = (
    "Hochwasser in Bergfeld\n\n"
    "Bergfeld steht seit Montag unter Wasser, die Feuerwehr pumpt Keller aus.\n\n"
    "„Die Lage ist ernst, aber unter Kontrolle“, sagte Oberbürgermeister Jörg Wendler am Mittwoch.\n\n"
    "Die Schulen der Stadt bleiben bis Freitag geschlossen, teilte die Verwaltung mit."
)
# Invented English news text.
ENGLISH = (
    "Ferry service resumes in Calder Bay\n\n"
    "The ferry between Calder Bay and Tarn Island sailed again on Tuesday after a week of storms, the operator "
    "said.\n\n"
    "Officials said repairs to the pier would cost about 2 million dollars."
)


def test_status_is_the_answer_of_post_and_null_on_get(make_client: Any, db_copy: Path) -> None:
    client = make_client(db_copy)
    posted = client.post("/api/analyze", json={"text": ENGLISH})
    assert posted.status_code == 201, posted.text
    body = posted.json()
    assert body["status"] == "new" and body["outcome"]["status"] == "ok"
    got = client.get(f"/api/articles/{body['id']}").json()
    assert got["status"] is None and got["outcome"]["status"] == "ok"  # GET: the analysis's status is outcome's
    again = client.post("/api/analyze", json={"text": ENGLISH})
    assert again.status_code == 200 and again.json()["status"] == "same-content"
    schema = client.get("/openapi.json").json()["components"]["schemas"]["ArticleDoc"]["properties"]
    assert "null on GET" in schema["status"]["description"] and "sourcing_read" in schema


def test_sources_not_analysed_are_null_not_zero(make_client: Any, db_copy: Path) -> None:
    client = make_client(db_copy)
    de = client.post("/api/analyze", json={"text": GERMAN, "lang": "de"})
    en = client.post("/api/analyze", json={"text": ENGLISH, "lang": "en"})
    assert de.status_code == en.status_code == 201, de.text + en.text
    assert de.json()["sourcing_read"] is False and en.json()["sourcing_read"] is True
    got = client.get(f"/api/articles/{de.json()['id']}").json()
    assert got["sourcing_read"] is False and got["article"]["language"] == "de"
    rows = {r["id"]: r for r in client.get("/api/articles?per_page=200").json()["articles"]}
    german, english = rows[de.json()["id"]], rows[en.json()["id"]]
    assert german["unsourced"] is None and german["anonymous"] is None
    assert isinstance(english["unsourced"], int) and isinstance(english["anonymous"], int)
    page = client.get("/articles?lang=en&per_page=200").text
    assert "Hochwasser in Bergfeld" in page


def test_notes_are_in_the_ui_language(make_client: Any, db_copy: Path) -> None:
    fr, en = Translator("fr"), Translator("en")
    note = (
        "no trained spaCy pipeline for 'pl': entities, indirect attributions and hedges were skipped; direct quotes, "
        "dates, places by gazetteer and techniques still run"
    )
    assert fr.note(note).startswith("pas de modèle spaCy entraîné pour « pl »") and en.note(note) == note
    dates = (
        "dates: no publication date, and the years written (1998, 2004) are bare years or dates of planned, possible "
        "or earlier events, none the story's: the year of 3 date(s) is left unknown (--MM-DD)"
    )
    assert "(1998, 2004)" in fr.note(dates) and "l'année de 3 date(s) reste inconnue" in fr.note(dates)
    assert en.note(dates) == dates and fr.note("an invented note") == "an invented note"
    client = make_client(db_copy)
    de = client.post("/api/analyze", json={"text": GERMAN, "lang": "de"}).json()
    notes = de["analysis"]["notes"]
    assert any(n.startswith("no trained spaCy pipeline for 'de'") for n in notes), notes
    page_fr = client.get(f"/articles/{de['id']}?lang=fr").text
    page_en = client.get(f"/articles/{de['id']}?lang=en").text
    assert "pas de modèle spaCy entraîné pour « de »" in page_fr and "no trained spaCy pipeline" not in page_fr
    assert "no trained spaCy pipeline for &#39;de&#39;" in page_en or "no trained spaCy pipeline for 'de'" in page_en


def test_the_lang_error_names_the_six_languages_apart_from_the_reduced_ones(make_client: Any, db_copy: Path) -> None:
    client = make_client(db_copy)
    doc = assert_error(client.post("/api/analyze", json={"text": ENGLISH, "lang": "xx"}), 400, "NL-E006")
    assert "fr, en, de, it, pl, ru (reduced analysis only" in doc["error"], doc["error"]
    doc = assert_error(client.post("/api/factchecks/match", json={"text": "The mayor said so.", "lang": "xx"}), 422)
    assert "fr, en, de, it, pl, ru (reduced analysis only" in doc["error"], doc["error"]


def test_a_record_published_after_today_is_said_at_ingest(tmp_path: Path) -> None:
    assert published_future("2030-01-01", today="2026-12-07") and published_future("2026-12-09T08:00", "2026-12-07")
    assert not published_future("2026-12-08", today="2026-12-07") and not published_future(None)
    assert not published_future("2019", today="2026-12-07")
    src = tmp_path / "records.jsonl"
    rows = [
        {"id": "future1", "title": "A bridge opens", "text": ENGLISH, "published": "2099-01-01"},
        {"id": "past1", "title": "A ferry sails", "text": GERMAN, "published": "2019-11-20"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(src), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert "2 new article(s)" in result.output
    said = [line for line in result.output.splitlines() if "after today" in line]
    assert len(said) == 1 and "2099-01-01" in said[0], result.output
