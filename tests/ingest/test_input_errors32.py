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


def test_csv_text_after_a_quoted_field_is_an_error_row_read_strictly(tmp_path) -> None:
    # strict reading (chosen at stop 32, doc/choices.md): `"La Gazette" du soir` is not joined into one
    # value as a lenient reader would; that row is one error naming its line, the next rows are read
    f = tmp_path / "quoted.csv"
    f.write_text(f'id,outlet,text\n1,"La Gazette" du soir,{ROW}\n2,Brelande Info,{ROW} deux\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "jsonl"])
    assert res.exit_code == 1
    assert [json.loads(x)["outlet"] for x in res.stdout.splitlines()] == ["Brelande Info"]
    assert f"{f}#1" in res.stderr and "line 2" in res.stderr and "read from line 3" in res.stderr


def test_an_unreadable_csv_header_stops_the_file_and_says_so(tmp_path) -> None:
    f = tmp_path / "header.csv"
    f.write_text(f'id,"text\n1,{ROW}\n2,{ROW} deux\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "jsonl"])
    assert res.exit_code == 1 and res.stdout == ""
    assert "unreadable CSV header at line 1" in res.stderr and "no row is read" in res.stderr
    assert "read from line" not in res.stderr and "NL-E010" in res.stderr


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


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("doc.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + ROW.encode() + b"\n", "PDF"),
        ("feed.txt", b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title></channel></rss>', "feed"),
        ("cut.txt", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9\r\n\r\n<html>", "WARC"),
    ],
)
def test_other_file_types_are_refused_by_content(tmp_path, name: str, data: bytes, why: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1 and res.stdout == ""
    assert str(f) in res.stderr and why in res.stderr and "NL-E010" in res.stderr


@pytest.mark.parametrize(
    ("value", "shown"), [("true", "a boolean"), ("false", "a boolean"), ("1.5", "a number with a fraction")]
)
def test_record_ids_that_are_not_ids_are_record_errors(tmp_path, value: str, shown: str) -> None:
    f = tmp_path / "ids.jsonl"
    f.write_text(f'{{"id": {value}, "text": "{ROW}"}}\n{{"id": 0, "text": "{ROW} encore"}}\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "jsonl"])
    assert res.exit_code == 1
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["0"]  # 0 is an id, not "no id"
    assert f"{f}#1" in res.stderr and shown in res.stderr and "NL-E011" in res.stderr


def test_a_record_language_or_time_that_is_impossible_is_noted(tmp_path) -> None:
    f = tmp_path / "lang.jsonl"
    recs = [
        {"id": "k", "text": ROW, "language": "klingon", "published": "2026-03-01T25:61:00"},
        {"id": "b", "text": ROW, "language": "fr-BE", "published": "2026-03-01T12:30:00Z"},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(f), "--format", "jsonl", "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    docs = {d["id"]: d for d in map(json.loads, res.stdout.splitlines())}
    assert docs["k"]["language"] == "fr" and docs["k"]["language_source"] != "metadata"
    assert any("'klingon' is not a language code" in n for n in docs["k"]["notes"])
    assert docs["b"]["language"] == "fr" and docs["b"]["language_source"] == "metadata"
    assert docs["k"]["published"] == "2026-03-01" and any("impossible time" in n for n in docs["k"]["notes"])
    assert not any("impossible time" in n for n in docs["b"]["notes"])


def test_a_record_id_with_a_lone_surrogate_is_stored(tmp_path) -> None:
    f = tmp_path / "sur.jsonl"
    f.write_text('{"id": "\\ud800x", "text": "' + ROW + '"}\n', encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(f), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    assert "1 new article(s)" in res.stderr


FEED_TALK = (
    "Les flux de Brelande\n\nLa mairie de Brelande publie ses avis dans un flux Atom : chaque fichier commence par "
    "la balise <feed> et un ancien fichier par <rss>, explique le service informatique de la commune.\n"
)
COMMENT_FIRST = (
    "<!-- gabarit 3 -->\n<!DOCTYPE html><html><body><article><p>La mairie de Brelande explique son flux <rss> "
    "aux habitants du quartier nord depuis mardi, dans une réunion publique très suivie.</p></article></body></html>"
)


@pytest.mark.parametrize(("name", "data"), [("talk.txt", FEED_TALK), ("page.html", COMMENT_FIRST)])
def test_a_text_or_page_that_names_a_feed_tag_is_read(tmp_path, name: str, data: str) -> None:
    f = tmp_path / name
    f.write_text(data, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "json"])
    assert res.exit_code == 0, res.output
    text = json.loads(res.stdout)["body"]
    assert ("service informatique" if name.endswith(".txt") else "quartier nord") in text


@pytest.mark.parametrize(
    "data",
    [
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- flux 2 -->\n<?xml-stylesheet href="f.xsl"?>\n<feed xmlns="a"></feed>',
        b'<!DOCTYPE rss [<!ENTITY nb "x">]>\n<rss version="2.0"><channel><title>F</title></channel></rss>',
        b'<rdf:RDF xmlns:rdf="r"><channel><title>F</title></channel></rdf:RDF>',
    ],
)
def test_a_feed_is_refused_by_its_root_element(tmp_path, data: bytes) -> None:
    f = tmp_path / "feed.txt"
    f.write_bytes(data)
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1 and res.stdout == ""
    assert "RSS/Atom feed" in res.stderr and "NL-E010" in res.stderr
