"""Batch runs: kill -9 and re-run analyses each article exactly once; broken inputs are recorded."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsloupe.batch import run
from newsloupe.batch.worker import pipeline_version
from newsloupe.cli import app
from newsloupe.errors import NewsloupeError
from newsloupe.store import Store
from tests.store.helpers import article, record

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
FAST = ["entities"]

# Written for this test: a Spanish text newsloupe must refuse (lang-unsupported).
SPANISH = (
    "El ayuntamiento de Valmer anunció ayer que la nueva biblioteca abrirá sus puertas la próxima semana, "
    "después de tres años de obras y retrasos que molestaron mucho a los vecinos del barrio antiguo. "
    "Según la concejala, los libros llegarán en camiones durante todo el fin de semana."
)


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # the writer is still creating the schema
        return 0
    finally:
        conn.close()


def _newsloupe(*args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "newsloupe", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the kill reaches the worker processes too
        **kw,
    )


def test_kill_9_then_rerun_analyses_each_article_exactly_once(tmp_path) -> None:
    db = tmp_path / "kill.db"
    with Store(db) as s:
        for i in range(30):
            s.add_article(article(i, text="\n\n".join(record(j)["text"] for j in range(i, i + 4))))
    cmd = ("run", "--db", str(db), "--analyzers", ",".join(FAST), "--workers", "1", "--no-progress")
    proc = _newsloupe(*cmd)
    deadline = time.monotonic() + 180
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done = _count(db, "SELECT count(*) FROM outcomes")
        if done >= 3:
            break
        time.sleep(0.02)
    assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    committed = _count(db, "SELECT count(*) FROM outcomes")
    assert 3 <= committed < 30, f"the run finished before the kill ({committed} done)"
    assert _count(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL") == 1

    # The re-run takes over the dead run's lock and finishes the job.
    rerun = _newsloupe(*cmd)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, out.decode()
    version = pipeline_version(FAST)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    per_article = conn.execute(
        "SELECT a.id, count(an.id) FROM articles a LEFT JOIN analyses an"
        " ON an.article_id = a.id AND an.pipeline_version = ? GROUP BY a.id",
        (version,),
    ).fetchall()
    assert len(per_article) == 30 and all(n == 1 for _, n in per_article)
    assert conn.execute("SELECT status, count(*) FROM outcomes GROUP BY status").fetchall() == [("ok", 30)]
    # Findings were not duplicated either: one row per (article, entity) of its analysis.
    for aid, doc in conn.execute("SELECT article_id, json FROM analyses"):
        entities = {(e["label"], e["attrs"]["canonical"]) for e in json.loads(doc)["spans"]["entities"]}
        assert conn.execute("SELECT count(*) FROM entities WHERE article_id = ?", (aid,)).fetchone()[0] == len(entities)
    assert conn.execute("SELECT count(*) FROM fts").fetchone()[0] == 30
    assert conn.execute("SELECT sum(done) FROM runs").fetchone()[0] == 30 - committed
    conn.close()


def test_broken_inputs_are_recorded_and_the_rest_analysed(tmp_path) -> None:
    corpus = tmp_path / "batch.jsonl"
    lines = [json.dumps(record(i, language=None), ensure_ascii=False) for i in range(40)]
    lines[6] = '{"id": "broken", "text": "no closing brace"'
    lines[22] = json.dumps({"id": "spanish", "url": "https://valmer.example/es/1", "text": SPANISH})
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "broken.db"
    res = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert res.exit_code == 1  # one input could not be ingested
    assert "39 new article(s)" in res.output and "1 error(s)" in res.output
    res = runner.invoke(app, ["run", "--db", str(db), "--workers", "0", "--analyzers", ",".join(FAST), "--no-progress"])
    assert res.exit_code == 1, res.output  # one article could not be analysed
    res = runner.invoke(app, ["errors", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    errs = json.loads(res.stdout)
    assert [(e["source"], e["status"]) for e in errs["ingest"]] == [(f"{corpus}#7", "bad-record")]
    assert [(e["url"], e["status"]) for e in errs["run"]] == [("https://valmer.example/es/1", "lang-unsupported")]
    assert all(e["reason"] for e in errs["ingest"] + errs["run"])
    assert _count(db, "SELECT count(*) FROM analyses") == 38
    assert _count(db, "SELECT count(*) FROM outcomes WHERE status = 'ok'") == 38
    res = runner.invoke(app, ["errors", "--db", str(db)])
    assert "lang-unsupported" in res.stdout and "bad-record" in res.stdout
    # Nothing left to do; retrying the failed one fails the same way, recorded once.
    with Store(db) as s:
        assert run(s, workers=0, analyzers=FAST).todo == 0
        again = run(s, workers=0, analyzers=FAST, retry_errors=True)
        assert again.todo == 1 and again.counts == {"lang-unsupported": 1}
    assert _count(db, "SELECT count(*) FROM outcomes") == 39


def test_a_live_run_holds_the_lock(store_path: Path) -> None:
    with Store(store_path) as s, s.run_lock(), pytest.raises(NewsloupeError, match="another run"):
        run(Store(store_path), workers=0, analyzers=FAST)


@pytest.fixture()
def store_path(tmp_path) -> Path:
    path = tmp_path / "small.db"
    with Store(path) as s:
        for i in range(3):
            s.add_article(article(i))
    return path


def test_a_bad_engine_pairing_is_refused_before_anything_is_planned(store_path: Path) -> None:
    planned: list[int] = []
    with Store(store_path) as s:
        with pytest.raises(NewsloupeError, match="--scheduler needs --engine dask"):
            run(s, workers=0, engine="local", scheduler="tcp://127.0.0.1:1", analyzers=FAST, on_plan=planned.append)
        with pytest.raises(NewsloupeError, match="unknown engine"):
            run(s, workers=0, engine="spark", analyzers=FAST, on_plan=planned.append)  # type: ignore[arg-type]
    assert planned == []  # (no "N article(s) to analyse; loading the models" banner first)


def test_an_outcome_is_counted_once_written_before_its_story_is_assigned(store_path: Path, monkeypatch) -> None:
    """Ctrl-C during the stories stage: the result written is the one the count says was kept."""
    from newsloupe.stories import hook

    seen: list[str] = []

    def interrupted(self, article_id) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(hook.StoriesHook, "committed", interrupted)
    with Store(store_path) as s, pytest.raises(KeyboardInterrupt):
        run(s, workers=0, analyzers=FAST, on_result=lambda r: seen.append(r["article_id"]))
    assert len(seen) == 1 and _count(store_path, "SELECT count(DISTINCT article_id) FROM analyses") == 1


def test_dask_local_cluster_runs_the_same_pipeline(store_path: Path) -> None:
    pytest.importorskip("distributed")
    with Store(store_path) as s:
        report = run(s, workers=1, engine="dask", analyzers=FAST)
    assert report.counts == {"ok": 3}
    assert report.worker_rss_kb and all(v > 0 for v in report.worker_rss_kb.values())
    assert _count(store_path, "SELECT count(DISTINCT article_id) FROM analyses") == 3


def test_a_worker_dying_costs_one_article() -> None:
    from newsloupe.batch.local import LocalEngine
    from tests.batch import crashy

    engine = LocalEngine(2, func=crashy.work, warm=crashy.warm)
    try:
        payloads = ({"article_id": i, "pipeline_version": "p-test"} for i in range(8))
        results = {r["article_id"]: r["status"] for r in engine.imap_unordered(payloads)}
    finally:
        engine.close()
    assert results == {**dict.fromkeys([0, 1, 2, 4, 5, 6, 7], "ok"), 3: "worker-crash"}


def test_a_batch_analyses_each_article_as_alone_and_records_bad_ones(tmp_path) -> None:
    from newsloupe.batch.worker import analyze_payload, analyze_payloads

    path = tmp_path / "batch.db"
    with Store(path) as s:
        for i in range(5):
            s.add_article(article(i, language=None))
        s.add_article(article(5, language=None, text=SPANISH))
        version = pipeline_version(None)
        payloads = list(s.payloads(range(1, 7), version=version, analyzers=None))
    payloads.insert(2, {**payloads[0], "article_id": 99, "text": "   "})
    payloads.insert(4, {**payloads[0], "article_id": 98, "pipeline_version": "p-other"})
    together = analyze_payloads(payloads)
    alone = [analyze_payload(p) for p in payloads]
    assert [r["article_id"] for r in together] == [p["article_id"] for p in payloads]
    assert [r["status"] for r in together] == [
        "ok",
        "ok",
        "empty-input",
        "ok",
        "pipeline-error",
        "ok",
        "ok",
        "lang-unsupported",
    ]
    for a, b in zip(together, alone, strict=True):
        assert (a["status"], a["reason"], a["analysis"], a["rows"]) == (
            b["status"],
            b["reason"],
            b["analysis"],
            b["rows"],
        )
    frames = [json.loads(r["analysis"])["frames"] for r in together if r["analysis"]]
    assert len(frames) == 5 and all(frames)  # persuasion ran through its batch hook


def test_a_batch_writes_its_results_with_young_collections_spaced_out(tmp_path, monkeypatch) -> None:
    """Generation 0's threshold stays raised from the analyzers until every result is written, then
    comes back to what it was; a batch's results are still those of each article alone."""
    import gc

    from newsloupe.batch import worker
    from newsloupe.pipeline import ANALYZER_GC_GEN0

    with Store(tmp_path / "gc.db") as s:
        for i in range(3):
            s.add_article(article(i, language=None))
        payloads = list(s.payloads(range(1, 4), version=pipeline_version(None), analyzers=None))
    seen: list[int] = []
    succeeded = worker._succeeded

    def spy(out, payload, analysis):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold()[0])
        succeeded(out, payload, analysis)

    before = gc.get_threshold()
    monkeypatch.setattr(worker, "_succeeded", spy)
    spaced = worker.analyze_payloads(payloads)
    assert gc.get_threshold() == before
    assert seen == [max(before[0], ANALYZER_GC_GEN0)] * 3
    alone = [worker.analyze_payload(p) for p in payloads]
    assert [r["status"] for r in spaced] == ["ok"] * 3
    assert [(r["analysis"], r["rows"]) for r in spaced] == [(r["analysis"], r["rows"]) for r in alone]


def test_batches_keep_long_articles_apart() -> None:
    """A batch's parses live together: at most BATCH articles and BATCH_CHARS characters,
    a long article alone."""
    from newsloupe.batch.local import BATCH, BATCH_CHARS, batches

    sizes = [100] * (BATCH + 2) + [BATCH_CHARS * 3] + [BATCH_CHARS // 2] * 3
    got = [[len(p["text"]) for p in b] for b in batches({"text": "x" * n} for n in sizes)]
    assert got == [[100] * BATCH, [100, 100], [BATCH_CHARS * 3], [BATCH_CHARS // 2] * 2, [BATCH_CHARS // 2]]
