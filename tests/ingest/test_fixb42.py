"""A new user's faults found at stop 42 (fixb42), section 3: a record's unknown language, ``export --where`` with a
second statement, a ClaimReview DataFeed given to ``analyze``, ``ingest --outlet``, rating wordings (invented text)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.errors import BadInput
from newsloupe.factchecks.claimreview import common_rating
from newsloupe.ingest import record_to_article
from newsloupe.ingest.feeds import iter_sources
from newsloupe.store.export import where_ids

runner = CliRunner()
BODY = "Le conseil municipal de Brelande a voté mardi un budget pour la nouvelle piscine du quartier nord.\n"


def test_a_records_unknown_language_is_its_failure_and_the_batch_goes_on(tmp_path) -> None:
    with pytest.raises(BadInput) as err:
        record_to_article({"text": BODY, "language": "xx"}, source="c.jsonl", index=2)
    assert err.value.code == "NL-E006" and err.value.input == "c.jsonl#2" and "'xx'" in err.value.message
    src = tmp_path / "c.jsonl"
    rows = [{"id": "a", "text": BODY, "language": "xx"}, {"id": "b", "text": BODY + "Deux élus ont voté contre."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    items = list(iter_sources([str(src)]))
    assert [i.ok for i in items] == [False, True]
    assert items[0].error is not None and items[0].error.code == "NL-E006"
    assert record_to_article({"text": BODY, "language": "FR-be"}, source="c", index=1).language == "fr"


def test_where_with_a_second_statement_is_a_clear_input_error(tmp_path) -> None:
    conn = sqlite3.connect(tmp_path / "w.db")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, doc_id TEXT)")
    with pytest.raises(BadInput) as err:
        where_ids(conn, "1; DROP TABLE articles")
    assert err.value.code == "NL-E010" and "';'" in err.value.message
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)  # nothing dropped


def test_export_where_second_statement_cli_message(tmp_path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "brelande-1", "text": BODY}) + "\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert runner.invoke(app, ["ingest", str(f), "--db", db, "--no-near-duplicates"]).exit_code == 0
    res = runner.invoke(app, ["export", "--format", "jsonl", "--db", db, "--where", "1; DROP TABLE articles"])
    assert res.exit_code != 0
    assert "NL-E010" in res.output and "internal error" not in res.output


REVIEW = {
    "@type": "ClaimReview",
    "claimReviewed": "Le maire de Brelande a vendu la piscine municipale",
    "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
    "url": "https://verif.example/brelande",
}


@pytest.mark.parametrize(
    "doc",
    [
        {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": REVIEW}]},
        {"claims": [{"text": "Le maire de Brelande a vendu la piscine", "claimReview": [{"textualRating": "Faux"}]}]},
        {"@context": "https://schema.org", "@graph": [REVIEW]},
    ],
)
def test_analyze_on_a_claimreview_container_hints_factchecks_import(tmp_path, doc) -> None:
    f = tmp_path / "feed.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(f)])
    assert res.exit_code != 0
    assert "factchecks import" in res.output and "neither 'text' nor 'html'" not in res.output


def test_ingest_outlet_names_the_outlet_of_a_folder_of_texts(tmp_path) -> None:
    folder = tmp_path / "gazette"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "b.jsonl").write_text(
        json.dumps({"id": "own", "text": BODY + "Un autre texte.", "outlet": "Le Courrier de Brelande"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "o.db"
    res = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--outlet", "La Gazette de Brelande"])
    assert res.exit_code == 0, res.output
    conn = sqlite3.connect(db)
    outlets = sorted(r[0] for r in conn.execute("SELECT outlet FROM articles"))
    assert outlets == ["La Gazette de Brelande", "Le Courrier de Brelande"]  # a record's own outlet wins


@pytest.mark.parametrize(
    ("wording", "label"),
    [
        ("Фейк", "false"),
        ("C'eri quasi", "true"),
        ("Pinocchio andante", "misleading"),
        ("Nì", "mixed"),
        ("Panzana pazzesca", "false"),
        ("Größtenteils falsch", "misleading"),
        ("Вводит в заблуждение", "misleading"),
        ("Nieweryfikowalne", "unverifiable"),
    ],
)
def test_common_verdict_words_of_it_ru_de_pl_are_rated(wording: str, label: str) -> None:
    assert common_rating(wording) == label
