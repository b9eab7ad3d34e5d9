"""The store: migrations, identity, near duplicates, one analysis per article and version, exports."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.errors import NewsloupeError
from newsloupe.store import Store
from newsloupe.store.dedup import content_hash, normalise_url
from newsloupe.store.export import export, semeval_lines
from newsloupe.store.schema import MIGRATIONS, SCHEMA_VERSION, current_version
from tests.store.helpers import article, fake_result, record

runner = CliRunner()

TECHNIQUES = [
    {"label": "Loaded_Language", "category": "Manipulative wording", "paragraph": 3},
    {"label": "Doubt", "category": "Attack on reputation", "paragraph": 3},
    {"label": "Loaded_Language", "category": "Manipulative wording", "paragraph": 5},
]
ATTRIBUTIONS = [
    {"speaker": "Léa Dorsaz", "source_type": "person_named", "content": [{"text": "Nous attendions ce vote"}]},
    {"speaker": None, "source_type": "person_anonymous", "content": "le calendrier est serré", "hedged": True},
]
PLACES = [{"name": "Valmer", "country": "FR", "lat": 45.1, "lon": 4.2, "text": "Valmer", "start": 0, "end": 6}]


def test_new_store_is_at_the_latest_schema(store: Store) -> None:
    assert current_version(store.conn) == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_old_store_is_migrated(tmp_path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    conn.close()
    with Store(path) as s:
        assert current_version(s.conn) == SCHEMA_VERSION
        assert s.conn.execute("SELECT count(*) FROM technique_counts").fetchone()[0] == 0


def test_a_newer_store_is_refused(tmp_path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE added_later (x)")  # a newer newsloupe may add tables
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewsloupeError, match="newer"):
        Store(path)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://WWW.Example.org/world/story/?utm_source=x&fbclid=1#top", "example.org/world/story"),
        ("http://example.org:80/world/story", "example.org/world/story"),
        ("https://example.org/a?b=2&a=1", "example.org/a?a=1&b=2"),
        ("ftp://example.org/a", None),
        (None, None),
    ],
)
def test_normalise_url(url, key) -> None:
    assert normalise_url(url) == key


def test_content_hash_folds_whitespace() -> None:
    assert content_hash("Un  texte\r\n\r\nsur deux lignes") == content_hash("Un texte sur\u00a0deux lignes")
    assert content_hash("Un texte") != content_hash("Un autre texte")


def test_each_article_is_stored_once(store: Store) -> None:
    index = store.near_duplicates()
    first = store.add_article(article(1), near=index)
    assert first.status == "new"
    again = store.add_article(article(1, url=record(1)["url"] + "/?utm_medium=rss", id="other"), near=index)
    assert (again.status, again.id) == ("same-url", first.id)
    rewrapped = article(1, url=None, text=record(1)["text"].replace(" ", "  "))
    assert store.add_article(rewrapped, near=index).status == "same-content"
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_near_duplicates_form_a_group(store: Store) -> None:
    index = store.near_duplicates()
    a = store.add_article(article(2), near=index)
    other = store.add_article(article(3), near=index)
    copy = article(
        2, url="https://phare.example/wire/2", outlet="Le Phare du Couchant", text=record(2)["text"] + "\n\n(AFP)"
    )
    b = store.add_article(copy, near=index)
    assert b.status == "new" and b.dup_group == a.id
    groups = dict(store.conn.execute("SELECT id, dup_group FROM articles"))
    assert groups == {a.id: a.id, other.id: None, b.id: a.id}
    # The index is rebuilt from the stored signatures by the next ingest.
    copy2 = copy.model_copy(update={"url": "https://info.example/3", "text": copy.text + " Fin."})
    assert Store(store.path).add_article(copy2, near=Store(store.path).near_duplicates()).dup_group == a.id


def test_saving_twice_keeps_one_analysis_and_one_set_of_findings(store: Store) -> None:
    aid = store.add_article(article(4)).id
    store.save_result(fake_result(store, aid, techniques=TECHNIQUES, attributions=ATTRIBUTIONS, places=PLACES))
    store.save_result(fake_result(store, aid, techniques=TECHNIQUES[:2], attributions=ATTRIBUTIONS, places=PLACES))
    c = store.conn
    assert c.execute("SELECT count(*) FROM analyses").fetchone()[0] == 1
    assert c.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 1
    assert c.execute("SELECT count(*) FROM techniques").fetchone()[0] == 2
    assert c.execute("SELECT count(*) FROM attributions").fetchone()[0] == 2
    s = c.execute("SELECT n_attributions, n_sourced, n_anonymous, n_techniques FROM summaries").fetchone()
    assert s == (2, 2, 1, 2)
    # The roll-ups kept by triggers agree with the findings.
    raw = c.execute("SELECT outlet, published_month, label, count(*) FROM techniques GROUP BY 1, 2, 3").fetchall()
    rolled = c.execute("SELECT outlet, published_month, label, n FROM technique_counts WHERE n > 0").fetchall()
    assert sorted(raw) == sorted(rolled)
    types = c.execute("SELECT source_type, n FROM source_type_counts WHERE n > 0 ORDER BY 1").fetchall()
    assert types == [("person_anonymous", 1), ("person_named", 1)]
    # A second pipeline version is a second analysis; findings follow the latest.
    store.save_result(fake_result(store, aid, version="p-next", techniques=[]))
    assert c.execute("SELECT count(*) FROM analyses").fetchone()[0] == 2
    assert c.execute("SELECT count(*) FROM techniques").fetchone()[0] == 0
    assert c.execute("SELECT sum(n) FROM technique_counts").fetchone()[0] == 0


def test_failed_outcome_has_no_analysis(store: Store) -> None:
    aid = store.add_article(article(5)).id
    store.save_result(
        {"article_id": aid, "pipeline_version": "p-x", "status": "lang-unsupported", "code": "NL-E006",
         "reason": "the text looks 'es'", "analysis": None, "rows": None}
    )  # fmt: skip
    assert store.pending("p-x") == []
    assert store.pending("p-x", retry_errors=True) == [aid]
    assert store.conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 0


def _analysed(store: Store) -> list[int]:
    ids = []
    for i in range(6, 9):
        aid = store.add_article(article(i)).id
        ids.append(aid)
        store.save_result(
            fake_result(
                store,
                aid,
                techniques=TECHNIQUES,
                attributions=ATTRIBUTIONS,
                places=PLACES,
                frames=[{"label": "Economic", "score": 0.8}],
                genre={"label": "reporting"},
            )
        )
    return ids


def test_export_formats(store: Store, tmp_path, capsys) -> None:
    ids = _analysed(store)
    conn = store.reader()
    assert export(conn, "jsonl") == 3
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["art-006", "art-007", "art-008"]
    assert export(conn, "csv") == 3
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["techniques"] == "Doubt;Loaded_Language" and rows[0]["anonymous"] == "1"
    assert export(conn, "geojson", where=f"id = {ids[0]}") == 1
    geo = json.loads(capsys.readouterr().out)
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [4.2, 45.1]}
    assert export(conn, "semeval", tmp_path / "sem") == 3
    tech = (tmp_path / "sem" / "techniques.txt").read_text(encoding="utf-8").splitlines()
    assert "art-006\t3\tLoaded_Language,Doubt" in tech and "art-006\t1\t" in tech
    assert (tmp_path / "sem" / "frames.txt").read_text(encoding="utf-8").splitlines()[0] == "art-006\tEconomic"
    assert (tmp_path / "sem" / "genre.txt").read_text(encoding="utf-8").splitlines()[0] == "art-006\treporting"
    with pytest.raises(NewsloupeError, match="--where"):
        export(conn, "jsonl", where="no_such_column = 1")
    capsys.readouterr()
    # a bad condition fails before anything is written: no CSV header on stdout, no output file left
    with pytest.raises(NewsloupeError, match="--where"):
        export(conn, "csv", where="language = 'fr' AND")
    assert capsys.readouterr().out == ""
    with pytest.raises(NewsloupeError, match="--where"):
        export(conn, "csv", tmp_path / "bad.csv", where="language = 'fr' AND")
    assert not (tmp_path / "bad.csv").exists()
    conn.close()


def test_export_parquet(store: Store, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    _analysed(store)
    assert export(store.reader(), "parquet", tmp_path / "a.parquet") == 3
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.num_rows == 3 and json.loads(table.column("analysis")[0].as_py())["id"] == "art-006"


def test_semeval_lines_cover_every_non_blank_line() -> None:
    doc = {"text": "Titre\n\nUn.\n\nDeux.", "spans": {"techniques": [{"label": "Doubt", "attrs": {"paragraph": 5}}]}}
    assert semeval_lines(doc) == [(1, []), (3, []), (5, ["Doubt"])]


def test_export_cli_keeps_subcommands(tmp_path) -> None:
    db = tmp_path / "cli.db"
    with Store(db) as s:
        _analysed(s)
    res = runner.invoke(app, ["export", "--format", "csv", "--db", str(db), "--outlet", "info lusiane"])
    assert res.exit_code == 0, res.output
    assert len(list(csv.DictReader(io.StringIO(res.stdout)))) == 1
    res = runner.invoke(app, ["export", "corpus", "--format", "jsonl", "--db", str(db)])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 3


def test_stats_profiles(tmp_path) -> None:
    db = tmp_path / "stats.db"
    with Store(db) as s:
        _analysed(s)
    res = runner.invoke(app, ["stats", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["corpus"]["analysed"] == 3
    prof = {p["outlet"]: p for p in doc["outlets"]}["Info Lusiane"]
    assert prof["articles"] == 1 and prof["anonymous_share"] == 0.5
    assert prof["top_techniques"][0] == {"label": "Loaded_Language", "count": 2}
    assert prof["top_speakers"] == [{"speaker": "Léa Dorsaz", "count": 1}]
    assert prof["top_frames"] == [{"label": "Economic", "count": 1}]
    res = runner.invoke(app, ["stats", "--db", str(db)])
    assert res.exit_code == 0 and "Info Lusiane" in res.stdout


def test_commands_on_a_missing_store_say_so(tmp_path) -> None:
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1
    assert "newsloupe ingest" in res.output


def test_a_file_that_is_no_store_is_refused_by_name(tmp_path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("these are notes, not a database\n" * 20, encoding="utf-8")
    with pytest.raises(NewsloupeError) as err:
        Store(other)
    assert err.value.code == "NL-E010" and "not a newsloupe store" in str(err.value)
    result = CliRunner().invoke(app, ["stats", "--db", str(other)])
    assert result.exit_code != 0 and "not a newsloupe store" in result.output and "Traceback" not in result.output
    assert other.read_text(encoding="utf-8").startswith("these are notes")  # left as it was
