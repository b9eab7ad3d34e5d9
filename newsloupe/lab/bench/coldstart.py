"""Cold start: ``newsloupe analyze`` of one article against loading spaCy and parsing it.

``newsloupe bench coldstart [ARTICLE] [--rounds N]`` runs, each in a fresh process and
taking turns (so that the load of a shared machine weighs on both alike):

- the baseline: ``python -c`` importing spaCy, loading the article language's trained
  pipeline (``fr_core_news_md`` for French) and parsing the article's text (the file as it
  is: give a plain-text article, not a web page);
- ``newsloupe analyze ARTICLE`` (the installed command, report sent to /dev/null).

It prints the median wall time of each, and their ratio beside the goal (1.3). One
untimed run of each comes first (``--warmup``), so that both read their files from the
page cache. ``--where`` then shows where a cold ``analyze`` spends its time: the slowest
imports (``python -X importtime``) and the stages of the pipeline, each timed in a fresh
process (:func:`stage_timings`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newsloupe.errors import E_LANG, BadInput, NotFound
from newsloupe.lab import REPO

GOAL = 1.3
ARTICLE = REPO / "samples" / "articles" / "txt" / "fr-courrier-urgences-crlf.txt"

# The baseline: spaCy alone, as a user would load it (the text decoded as newsloupe would).
BASELINE = """\
import sys
raw = open(sys.argv[2], "rb").read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError:
    text = raw.decode("cp1252", errors="replace")
import spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(text)
"""


# The child of ``--where``: the clock starts before newsloupe is imported.
STAGES = """\
import sys, time
start = (time.perf_counter(), time.process_time())
from pathlib import Path
from newsloupe.lab.bench.coldstart import stage_timings
for name, secs, cpu in stage_timings(Path(sys.argv[1]), start):
    print(f"{secs:.6f}\\t{cpu:.6f}\\t{name}")
"""


def newsloupe_command() -> list[str]:
    """The installed ``newsloupe`` command beside this interpreter, else ``python -m newsloupe``."""
    script = Path(sys.executable).with_name("newsloupe")
    if script.exists():
        return [str(script)]
    found = shutil.which("newsloupe")
    return [found] if found else [sys.executable, "-m", "newsloupe"]


def _run(cmd: list[str], what: str) -> float:
    """Run ``cmd`` in a fresh process; RETURNS its wall time in seconds (raises if it fails)."""
    t = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    took = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    return took


def measure(article: Path, *, lang: str = "fr", rounds: int = 3, warmup: int = 1) -> dict[str, list[float]]:
    """Time the baseline and ``newsloupe analyze`` on ``article``, taking turns.

    article (Path): the article file.
    lang (str): the article's language (its trained spaCy pipeline is the baseline's); the
        command detects it, as it does for any article.
    rounds (int): timed runs of each; their order alternates from one round to the next.
    warmup (int): untimed runs of each first.
    RETURNS (dict): "baseline" and "analyze" -> wall times in seconds, in run order.
    RAISES (BadInput): ``lang`` has no trained spaCy pipeline. (RuntimeError): a run failed.
    """
    from newsloupe.lang import SPACY_LANGUAGES

    model = SPACY_LANGUAGES.get(lang)
    if model is None:
        raise BadInput(f"no trained spaCy pipeline for {lang!r} to compare with", input=lang, code=E_LANG)
    runs = {
        "baseline": [sys.executable, "-c", BASELINE, model, str(article)],
        "analyze": [*newsloupe_command(), "analyze", str(article)],
    }
    times: dict[str, list[float]] = {"baseline": [], "analyze": []}
    for i in range(warmup + rounds):
        order = ("baseline", "analyze") if i % 2 == 0 else ("analyze", "baseline")
        for name in order:
            took = _run(runs[name], name)
            if i >= warmup:
                times[name].append(took)
    return times


def import_times(article: Path, *, top: int = 15) -> list[tuple[float, str]]:
    """The slowest imports of a cold ``newsloupe analyze`` (cumulative seconds, module), slowest first.

    Only modules imported by a newsloupe module or at the top level are listed, so that a
    package and its own submodules are not counted twice.
    """
    code = "import sys; from newsloupe.cli import main; sys.argv = ['newsloupe', *sys.argv[1:]]; main()"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, "analyze", str(article)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )
    rows: list[tuple[float, str]] = []
    parents: list[tuple[int, str]] = []  # importtime prints children before their parent
    lines = [
        ln for ln in done.stderr.splitlines() if ln.startswith("import time:") and ln.split("|")[1].strip().isdigit()
    ]
    for line in reversed(lines):  # parents first
        _self, cumulative, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        module = name.strip()
        while parents and parents[-1][0] >= depth:
            parents.pop()
        parent = parents[-1][1] if parents else ""
        if depth == 0 or (parent.startswith("newsloupe") and not module.startswith("newsloupe")):
            rows.append((int(cumulative) / 1e6, module))
        parents.append((depth, module))
    return sorted(rows, reverse=True)[:top]


def stage_timings(article: Path, start: tuple[float, float] | None = None) -> list[tuple[str, float, float]]:
    """Time, in this process, the stages of ``newsloupe analyze`` on ``article``.

    start (tuple | None): ``(time.perf_counter(), time.process_time())`` taken before
        newsloupe was imported (:data:`STAGES` does), so that the first stage counts it.

    RETURNS (list): (stage, wall seconds, CPU seconds) in order: imports, pipeline build,
        ingest, language, parse (spaCy's load included), each analyzer, then the report.
    """
    out: list[tuple[str, float, float]] = []
    t, c = start or (time.perf_counter(), time.process_time())

    def lap(name: str) -> None:
        nonlocal t, c
        now, cpu = time.perf_counter(), time.process_time()
        out.append((name, now - t, cpu - c))
        t, c = now, cpu

    import importlib
    import io

    from rich.console import Console

    # what the command imports before it runs, timed (by name: the bench measures the CLI, it does not use it)
    importlib.import_module("newsloupe.cli")
    from newsloupe.analyzers import build_pipeline
    from newsloupe.ingest import iter_items
    from newsloupe.ingest.language import detect_language
    from newsloupe.model import Analysis
    from newsloupe.nlp import parse
    from newsloupe.render import render_analysis

    lap("import newsloupe.cli + pipeline modules")
    steps = build_pipeline(None)
    lap("build the pipeline (analyzer modules, spaCy imported)")
    item = next(iter(iter_items([str(article)])))
    if item.article is None:
        raise RuntimeError(str(item.error))
    lap("ingest (read, decode, paragraphs)")
    art = detect_language(item.article)
    lap("language")
    parsed = parse(art)
    lap("spaCy load + parse")
    analysis = Analysis.model_construct(**dict(parsed.article))
    for info in steps:
        result = info.func(parsed, analysis)
        result.pop("notes", None)
        for field, value in result.items():
            analysis.assign(field, value)
        lap(f"analyzer {info.name}")
    render_analysis(analysis, Console(file=io.StringIO(), width=100))
    lap("report")
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the medians, the ratio and (``--where``) where the time goes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", type=Path, default=ARTICLE)
    ap.add_argument("--lang", default="fr")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--where", action="store_true")
    args = ap.parse_args(argv)
    article: Path = args.article
    if not article.is_file():
        missing = NotFound("no such file (give an article: newsloupe bench coldstart ARTICLE)", input=str(article))
        print(f"error: {missing}", file=sys.stderr)
        return 2
    try:
        times = measure(article, lang=args.lang, rounds=max(1, args.rounds), warmup=max(0, args.warmup))
    except (RuntimeError, BadInput) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    base, ours = statistics.median(times["baseline"]), statistics.median(times["analyze"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"cold start on {article.name} ({len(times['analyze'])} rounds, taking turns; load average {load:.1f})")
    print(f"  spaCy load + parse   median {base:6.2f} s  ({', '.join(f'{x:.2f}' for x in times['baseline'])})")
    print(f"  newsloupe analyze    median {ours:6.2f} s  ({', '.join(f'{x:.2f}' for x in times['analyze'])})")
    print(f"  ratio {ours / base:.2f} (goal <= {GOAL})")
    if args.where:
        print("\nslowest imports of a cold analyze (cumulative s, python -X importtime):")
        for secs, module in import_times(article):
            print(f"  {secs:6.3f}  {module}")
        done = subprocess.run(
            [sys.executable, "-c", STAGES, str(article)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            print(f"error: the stage timings failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
            return 1
        print("\nstages of a cold analyze, in a fresh process (wall s, CPU s):")
        for line in done.stdout.splitlines():
            secs, cpu, name = line.split("\t", 2)
            print(f"  {float(secs):6.3f}  {float(cpu):6.3f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
