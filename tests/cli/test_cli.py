"""The CLI through Typer's runner: formats, one error line per bad input, exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app

runner = CliRunner()

GERMAN = (
    "Neue Brücke in Flussstadt eröffnet\n\n"
    "Die Bürgermeisterin sagte am Montag, die Brücke werde den Verkehr in der ganzen Region entlasten. "
    "„Wir haben lange darauf gewartet“, sagte sie vor zahlreichen Zuschauern.\n"
)
SPANISH = (
    "El ayuntamiento de la ciudad anunció ayer que el nuevo puente abrirá sus puertas la próxima semana, "
    "después de tres años de obras y retrasos que molestaron a los vecinos del barrio.\n"
)


@pytest.fixture()
def corpus(tmp_path, fictional_fr: str):
    (tmp_path / "a.txt").write_text(fictional_fr, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.html").write_text("<html><body><div><<<<broken", encoding="utf-8")
    return tmp_path


def test_json_of_one_article(tmp_path, fictional_fr: str) -> None:
    f = tmp_path / "one.txt"
    f.write_text(fictional_fr, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(f), "--format", "json", "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["id"] == "one" and doc["language"] == "fr" and doc["text"] == fictional_fr


def test_batch_records_failures_and_goes_on(corpus) -> None:
    res = runner.invoke(app, ["analyze", str(corpus), "--format", "jsonl", "--analyzers", "entities"])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [d["id"] for d in lines] == ["a"]
    errors = [x for x in res.stderr.splitlines() if x.startswith("error:")]
    assert len(errors) == 2
    assert any("b.txt" in e and "empty" in e for e in errors)
    assert any("c.html" in e for e in errors)
    assert "Traceback" not in res.output


def test_text_report_shows_one_article_and_summarises_the_rest(tmp_path, fictional_fr: str) -> None:
    for name in ("x", "y", "z"):
        (tmp_path / f"{name}.txt").write_text(fictional_fr.replace("Valmer", name.upper() + "port"), encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(tmp_path), "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    assert "Lusiane : des drones survolent le port de Xport" in res.stdout
    assert "Other articles" in res.stdout
    assert res.stdout.count(" · fr · ") == 2


def test_stdin_and_missing_input() -> None:
    res = runner.invoke(app, ["analyze", "-", "--format", "json", "--analyzers", "entities"], input=GERMAN)
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["language"] == "de"
    assert doc["spans"]["entities"] == [] and any("'de'" in n for n in doc["notes"])
    res = runner.invoke(app, ["analyze", "no/such/file.txt"])
    assert res.exit_code == 1
    assert res.stderr.strip() == "error: no/such/file.txt: no such file, folder or URL [NL-E009]"


def test_unsupported_language_is_a_clear_error(tmp_path) -> None:
    f = tmp_path / "es.txt"
    f.write_text(SPANISH, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(f)])
    assert res.exit_code == 1
    assert "es.txt" in res.stderr and "'es'" in res.stderr and "[NL-E006]" in res.stderr
    forced = runner.invoke(app, ["analyze", str(f), "--lang", "fr", "--format", "json", "--analyzers", "entities"])
    assert forced.exit_code == 0
    assert json.loads(forced.stdout)["language_source"] == "given"


def test_reduced_analysis_for_a_forced_encoder_language(tmp_path) -> None:
    f = tmp_path / "es.txt"
    f.write_text(SPANISH, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(f)])
    assert "--lang es" in res.stderr  # the refusal says how to get the reduced analysis
    forced = runner.invoke(app, ["analyze", str(f), "--lang", "es", "--format", "json"])
    assert forced.exit_code == 0, forced.output
    doc = json.loads(forced.stdout)
    assert doc["language"] == "es" and doc["spans"]["entities"] == []
    assert any("no trained spaCy pipeline for 'es'" in n for n in doc["notes"])
    assert any("not a SemEval-2023 language" in n for n in doc["notes"])
    assert doc["frames"] and doc["genre"]["label"] in ("reporting", "opinion", "satire")
    bad = runner.invoke(app, ["analyze", str(f), "--lang", "xx"])
    assert bad.exit_code == 1 and "unsupported language 'xx'" in bad.stderr and "[NL-E006]" in bad.stderr


def test_persuasion_commands_skip_without_data(tmp_path) -> None:
    for args in (["train", "techniques"], ["eval", "frames"], ["export", "semeval"]):
        res = runner.invoke(app, [*args, "--data", str(tmp_path / "nowhere")])
        assert res.exit_code == 0, res.output
        assert "skipped" in res.stderr and "SemEval-2023" in res.stderr


def test_private_url_is_refused_with_one_line() -> None:
    res = runner.invoke(app, ["analyze", "http://127.0.0.1:9/x"])
    assert res.exit_code == 1
    assert "--allow-private" in res.stderr and "Traceback" not in res.output


def test_extract_fields(tmp_path, fictional_fr: str) -> None:
    f = tmp_path / "e.txt"
    f.write_text(fictional_fr, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert set(doc) >= {
        "id",
        "title",
        "body",
        "captions",
        "source_line",
        "published",
        "authors",
        "outlet",
        "url",
        "language",
    }
    assert doc["body"].startswith("Une source sécuritaire") and "Partager" not in doc["body"]
    assert [c["credit"] for c in doc["captions"]] == ["AFP", "Reuters"]


def test_eval_assertions_and_bench_places_commands() -> None:
    res = runner.invoke(app, ["eval", "assertions"])
    assert res.exit_code == 0, res.output
    assert "fr: recall" in res.stdout and "en: recall" in res.stdout
    res = runner.invoke(app, ["bench", "places", "--runs", "1"])
    assert res.exit_code == 0, res.output
    assert "of the parse" in res.stdout


def test_analyze_closing_line_counts_are_true(tmp_path, fictional_fr: str) -> None:
    (tmp_path / "a.txt").write_text(fictional_fr, encoding="utf-8")
    (tmp_path / "b.txt").write_text(fictional_fr.replace("Valmer", "Corlette"), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    for fmt in ("jsonl", "text", "json"):
        res = runner.invoke(app, ["analyze", str(tmp_path), "--format", fmt, "--analyzers", "entities"])
        assert res.exit_code == 1
        assert "1 input(s) failed, 2 analysed" in res.stderr, (fmt, res.stderr)


def test_analyze_utf16_file_with_bom(tmp_path, fictional_fr: str) -> None:
    f = tmp_path / "export.txt"
    f.write_bytes(b"\xff\xfe" + fictional_fr.encode("utf-16-le"))
    res = runner.invoke(app, ["analyze", str(f), "--format", "json", "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["text"] == fictional_fr


def test_a_cut_utf16_file_gets_a_note_naming_it(tmp_path, fictional_fr: str) -> None:
    """A UTF-16 file cut after four characters decodes to "Le m": analysed, with a note naming the file that the
    text is too short for an article (a user's fault, stop 40); a whole article gets no such note."""
    f = tmp_path / "cut.txt"
    f.write_bytes(b"\xff\xfe" + "Le m".encode("utf-16-le"))
    res = runner.invoke(app, ["analyze", str(f), "--format", "json", "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    notes = json.loads(res.stdout)["notes"]
    assert any(str(f) in n and "4 character(s)" in n and "cut or truncated" in n for n in notes), notes
    whole = tmp_path / "whole.txt"
    whole.write_bytes(b"\xff\xfe" + fictional_fr.encode("utf-16-le"))
    res = runner.invoke(app, ["analyze", str(whole), "--format", "json", "--analyzers", "entities"])
    assert not any("cut or truncated" in n for n in json.loads(res.stdout)["notes"])


def test_analyze_goes_on_after_an_exception_naming_the_input(tmp_path, fictional_fr: str, monkeypatch) -> None:
    import newsloupe.pipeline as pipeline_mod

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(fictional_fr + f"\n{name}\n", encoding="utf-8")
    real = pipeline_mod.parse

    def flaky(article):  # a bug (spaCy's E088 was one) on the second file only
        if article.id == "b":
            raise ValueError("[E088] Text of length 1000031 exceeds maximum")
        return real(article)

    monkeypatch.setattr(pipeline_mod, "parse", flaky)
    res = runner.invoke(app, ["analyze", str(tmp_path), "--format", "jsonl", "--analyzers", "entities"])
    assert res.exit_code == 1
    assert [json.loads(x)["id"] for x in res.stdout.splitlines() if x.strip()] == ["a", "c"]
    [err] = [x for x in res.stderr.splitlines() if x.startswith("error:")]
    assert "b.txt" in err and "internal error" in err and "E088" in err and "[NL-E014]" in err
    assert "1 input(s) failed, 2 analysed" in res.stderr


def test_extract_records_of_the_wrong_types(tmp_path, fictional_fr: str) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(
        json.dumps({"text": 12, "title": ["x"]}) + "\n" + json.dumps({"id": "ok", "text": fictional_fr}) + "\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["extract", str(f), "--format", "jsonl"])
    assert res.exit_code == 1
    assert [json.loads(x)["id"] for x in res.stdout.splitlines() if x.strip()] == ["ok"]
    [err] = [x for x in res.stderr.splitlines() if x.startswith("error:")]
    assert f"{f}#1" in err and "'text' must be a string" in err and "[NL-E011]" in err


def test_a_cold_analyze_says_the_models_are_loading_on_stderr_once(tmp_path, fictional_fr: str, monkeypatch) -> None:
    """A cold `analyze` sat 20 s and more with nothing printed (stop 40's user report B7): the first article
    of a process that has loaded no pipeline is announced on stderr, once; stdout stays one JSON document."""
    import newsloupe.nlp as nlp

    for name in ("x", "y"):
        (tmp_path / f"{name}.txt").write_text(fictional_fr, encoding="utf-8")
    # a cold process: no pipeline loaded yet (the cached loads come back into these fresh tables)
    monkeypatch.setattr(nlp, "_LOADED", {})
    monkeypatch.setattr(nlp, "_BASE_STRINGS", dict(nlp._BASE_STRINGS))
    res = runner.invoke(app, ["analyze", str(tmp_path), "--format", "json", "--analyzers", "entities"])
    assert res.exit_code == 0, res.output
    assert res.stderr.count("loading the models") == 1
    assert [d["id"] for d in json.loads(res.stdout)] == ["x", "y"]
    warm = runner.invoke(app, ["analyze", str(tmp_path / "x.txt"), "--analyzers", "entities"])
    assert warm.exit_code == 0 and "loading the models" not in warm.stderr  # loaded: nothing to wait for
