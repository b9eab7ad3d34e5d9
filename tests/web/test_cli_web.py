"""Issue 7: `newsloupe serve` (one request in-process with --get; refuses to start off loopback
without a token) and `newsloupe bench load` (a short run on loopback)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.lab.bench.load import Stats, main, report

runner = CliRunner()


def test_serve_get_answers_one_request(db_copy: Path) -> None:
    res = runner.invoke(app, ["serve", "--db", str(db_copy), "--get", "/api/stats"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["corpus"]["stored"] >= 39
    missing = runner.invoke(app, ["serve", "--db", str(db_copy), "--get", "/api/articles/999999"])
    assert missing.exit_code == 1


def test_serve_refuses_a_public_address_without_a_token(db_copy: Path) -> None:
    res = runner.invoke(app, ["serve", "--db", str(db_copy), "--host", "0.0.0.0"], env={"NEWSLOUPE_TOKEN": ""})
    assert res.exit_code == 1
    assert "without a token" in res.output


def test_percentiles() -> None:
    s = Stats(latencies=[i / 100 for i in range(1, 101)])
    assert s.pct(50) == 0.5 and s.pct(99) == 0.99
    out = report({"analyze": s, "page": Stats()}, 10.0, 2)
    assert "p50      500 ms" in out and "errors: 0" in out


def test_bench_load_short_run(analyzers: list[str] | None, capsys) -> None:
    """The load harness end to end: a server on loopback, a few clients for a few seconds, no error."""
    code = main(clients=3, seconds=3, workers=1, analyzers=",".join(analyzers) if analyzers else None)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "POST /api/analyze" in out and "errors: 0" in out


def test_serve_refuses_a_blank_token(db_copy: Path) -> None:
    res = runner.invoke(app, ["serve", "--db", str(db_copy), "--host", "0.0.0.0", "--token", "   "])
    assert res.exit_code == 1
    assert "token is blank" in res.output
