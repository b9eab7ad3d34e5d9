"""The ``newsloupe`` command line: thin wrappers over library functions.

User errors print one line naming the input and the reason (never a
traceback) and set a non-zero exit code: 1 when some inputs failed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from newsloupe import errors
from newsloupe.analyzers import ANALYZERS_HELP
from newsloupe.errors import NewsloupeError

app = typer.Typer(
    help="Read news the way a fact-checker does: sources, hedges, unsourced claims, techniques, places, dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Evaluate analyzers on gold data.", no_args_is_help=True)
train_app = typer.Typer(help="Train the bundled models (needs ../shared data).", no_args_is_help=True)
export_app = typer.Typer(help="Export analyses.", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks that print numbers.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
app.add_typer(export_app, name="export")
app.add_typer(bench_app, name="bench")

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


InputsArg = Annotated[
    list[str], typer.Argument(help="Files (.txt .html .json .jsonl .csv), folders, '-' for stdin, or URLs.")
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="text (readable report), json or jsonl.")]
PrivateOpt = Annotated[bool, typer.Option("--allow-private", help="Let URLs target private or loopback addresses.")]


def fail(message: str) -> None:
    """Print one error line on stderr."""
    from newsloupe.termtext import lit

    err_console.print(f"[red]error[/red]: {lit(message, visible=True)}", markup=True, highlight=False)


@contextmanager
def reading_gold(path: Path) -> Iterator[None]:
    """A gold file that cannot be read (empty, binary, cut JSON) is one error line naming it, exit 1."""
    try:
        yield
    except json.JSONDecodeError as err:
        fail(f"{path}: the gold file is not valid JSON ({err.msg} at line {err.lineno}) [{errors.E_FORMAT}]")
        raise typer.Exit(1) from None
    except UnicodeDecodeError:
        fail(f"{path}: the gold file is not UTF-8 text [{errors.E_DECODE}]")
        raise typer.Exit(1) from None
    except OSError as err:
        fail(f"{path}: cannot read the gold file ({err.strerror or err}) [{errors.E_NOT_FOUND}]")
        raise typer.Exit(1) from None


def _emit_json(docs: list[dict[str, Any]], fmt: Format) -> None:
    if fmt is Format.jsonl:
        for d in docs:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    else:
        value: Any = docs[0] if len(docs) == 1 else docs
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _fact_check_memory(db: Path) -> Any:
    """A function adding the store's fact-check matches to an analysis (None: no memory)."""
    from newsloupe.factchecks.match import load_memory, match_analysis
    from newsloupe.model import FactCheckMatch
    from newsloupe.store import Store

    if not db.exists():
        fail(f"{db}: no store here (import a fact-check memory with `newsloupe factchecks import SOURCE --db {db}`)")
        raise typer.Exit(1)
    with Store(db, create=False) as store:
        memory = load_memory(store.conn, path=str(db))
    if memory is None:
        return None

    def check(analysis: Any) -> None:
        found = match_analysis(analysis.to_dict(), memory)
        analysis.fact_checks = [FactCheckMatch(**m) for m in found]

    return check


def _say_models_load() -> None:
    """Say on stderr, once, that the first article waits for the models (stop 40's user report B7: a cold
    `analyze` sat 20 s and more with nothing printed); stdout keeps only the analyses, in any format, as
    `run`'s "loading the models in each worker…" line is on stderr."""
    from newsloupe.geo.gazetteer import gazetteer_path

    gazetteer = "" if gazetteer_path().is_file() else ", and building the place gazetteer (once, a minute or so)"
    err_console.print(f"loading the models (10–30 s before the first article){gazetteer}…", markup=False)


@app.command()
def analyze(
    inputs: InputsArg,
    fmt: FormatOpt = Format.text,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help="Force the language: fr, en, de, it, pl, ru (es, pt, nl, ar, tr, zh, ja, ko, th: reduced)."
        ),
    ] = None,
    allow_private: PrivateOpt = False,
    analyzers: Annotated[str | None, typer.Option("--analyzers", help=ANALYZERS_HELP)] = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="A store whose fact-check memory sentences are matched against (read only)."),
    ] = None,
) -> None:
    """Analyse articles: sources, hedges, assertions, entities, captions, techniques, places, dates."""
    from newsloupe.threads import one_numeric_thread

    one_numeric_thread()  # before numpy loads: a process with BLAS threads parses ~10 % slower
    if lang is not None:  # an unknown code is refused before the models load (stop 44)
        from newsloupe.ingest.language import check_forced_language

        try:
            lang = check_forced_language(lang, "--lang")
        except NewsloupeError as err:
            fail(str(err))
            raise typer.Exit(1) from None
    from newsloupe.pipeline import analyze_many
    from newsloupe.render import render_analysis, summary_line
    from newsloupe.termtext import clean

    names = [n.strip() for n in analyzers.split(",") if n.strip()] if analyzers else None
    check = _fact_check_memory(db) if db is not None else None
    failed = analysed = 0
    done: list[Any] = []
    console = Console()
    try:
        outcomes = analyze_many(
            inputs, lang=lang, analyzers=names, allow_private=allow_private, on_cold=_say_models_load
        )
        for out in outcomes:
            if out.analysis is None:
                failed += 1
                fail(str(out.error))
                continue
            analysed += 1
            if check is not None:
                check(out.analysis)
            if fmt is Format.jsonl:
                sys.stdout.write(out.analysis.to_json() + "\n")
                sys.stdout.flush()
            elif fmt is Format.json:
                done.append(out.analysis.to_dict())
            elif not done:
                render_analysis(out.analysis, console)
                done.append(out.analysis)
            else:
                if len(done) == 1:
                    console.print("\n[bold]Other articles[/bold]")
                console.print(clean(summary_line(out.analysis)), highlight=False, markup=False, soft_wrap=True)
                done.append(out.analysis)
    except NewsloupeError as err:
        fail(str(err))
        raise typer.Exit(1) from None
    if fmt is Format.json and done:
        _emit_json(done, fmt)
    if failed:
        if failed + analysed > 1:
            err_console.print(f"{failed} input(s) failed, {analysed} analysed")
        raise typer.Exit(1)


@app.command()
def extract(inputs: InputsArg, fmt: FormatOpt = Format.text, allow_private: PrivateOpt = False) -> None:
    """Ingestion only: title, body, captions, source line, date, authors, outlet, url, language."""
    from newsloupe.ingest import iter_items
    from newsloupe.ingest.language import detect_language
    from newsloupe.termtext import clean, lit

    failed = extracted = 0
    docs = []
    items = iter_items(inputs, allow_private=allow_private)
    while True:
        try:
            item = next(items, None)
        except NewsloupeError as err:  # a setting (NEWSLOUPE_MAX_BYTES), not one input
            fail(str(err))
            raise typer.Exit(1) from None
        if item is None:
            break
        if item.article is None:
            failed += 1
            fail(str(item.error))
            continue
        extracted += 1
        try:
            art = detect_language(item.article)
        except Exception as exc:
            art = item.article
            note = errors.internal(exc, input=item.source, stage="language identification")
            err_console.print(f"note: {lit(note, visible=True)}")
        doc = {
            "id": art.id,
            "title": art.title,
            "body": art.body,
            "captions": [
                {"text": c.text, "credit": c.attrs.credit, "language": c.attrs.language} for c in art.captions
            ],
            "source_line": art.source_line.text if art.source_line else None,
            "published": art.published,
            "authors": art.authors,
            "outlet": art.outlet,
            "url": art.url,
            "language": art.language,
            "lead_image": art.lead_image,
        }
        if fmt is Format.jsonl:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        elif fmt is Format.json:
            docs.append(doc)
        else:
            console = Console()
            console.rule(lit(doc["title"] or art.id))
            for k in ("outlet", "published", "authors", "language", "url", "source_line"):
                if doc[k]:
                    value = ", ".join(doc[k]) if k == "authors" else doc[k]
                    console.print(f"[dim]{k}:[/dim] {lit(value)}", highlight=False)
            for c in doc["captions"]:
                console.print(
                    f"[dim]caption:[/dim] {lit(c['text'])} [dim](credit: {lit(c['credit'])})[/dim]", highlight=False
                )
            console.print(clean(doc["body"]), highlight=False, markup=False)
    if docs:
        _emit_json(docs, fmt)
    if failed:
        if failed + extracted > 1:
            err_console.print(f"{failed} input(s) failed, {extracted} extracted")
        raise typer.Exit(1)


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print (or write) the JSON schema of the analysis document."""
    from newsloupe.schema import schema_json

    text = schema_json()
    if out:
        from newsloupe.store.export import check_output_file

        try:
            check_output_file(out)
            out.write_text(text, encoding="utf-8")
        except NewsloupeError as err:
            fail(str(err))
            raise typer.Exit(1) from None
        except OSError as err:
            fail(f"{out}: cannot write the file ({err.strerror or err})")
            raise typer.Exit(1) from None
    else:
        sys.stdout.write(text)


@bench_app.command("extraction")
def bench_extraction(
    data: Annotated[Path | None, typer.Option(help="Folder of the scrapinghub benchmark.")] = None,
) -> None:
    """Body precision/recall/F1 of `extract` on the scrapinghub article-extraction benchmark."""
    from newsloupe.lab.bench.extraction import main

    raise typer.Exit(main([str(data)] if data else []))


@bench_app.command("places")
def bench_places(
    runs: Annotated[int, typer.Option("--runs", help="Warm runs per figure (median).")] = 7,
) -> None:
    """Time places + dates against the spaCy parse of the same articles (target <= 15%)."""
    from newsloupe.lab.bench.places_speed import main

    raise typer.Exit(main(["--runs", str(runs)]))


@bench_app.command("analyzers")
def bench_analyzers(
    n: Annotated[int, typer.Option("--n", help="Synthetic articles to analyse.")] = 300,
) -> None:
    """CPU of the parse and of each analyzer, ms an article by language, and their ratio (corpus goal >= 0.8)."""
    from newsloupe.lab.bench.analyzers import main

    main(n=n)


@bench_app.command("coldstart")
def bench_coldstart(
    article: Annotated[
        Path | None, typer.Argument(help="The article (default: a French sample of samples/articles).")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Its language: the baseline loads this spaCy pipeline.")] = "fr",
    rounds: Annotated[int, typer.Option("--rounds", help="Timed runs of each, taking turns (median).")] = 3,
    warmup: Annotated[int, typer.Option("--warmup", help="Untimed runs of each first.")] = 1,
    where: Annotated[bool, typer.Option("--where", help="Also print the slowest imports and stages.")] = False,
) -> None:
    """Cold `newsloupe analyze` of one article / spaCy load + parse of it, in fresh processes (goal <= 1.3)."""
    from newsloupe.lab.bench.coldstart import main

    argv = [*([str(article)] if article else []), "--lang", lang, "--rounds", str(rounds), "--warmup", str(warmup)]
    raise typer.Exit(main([*argv, *(["--where"] if where else [])]))


@bench_app.command("fuzz")
def bench_fuzz(
    n: Annotated[int, typer.Option("--n", help="Hostile inputs to generate.")] = 10_000,
    seed: Annotated[int, typer.Option("--seed", help="Generator seed (same seed, same inputs).")] = 13,
    paths: Annotated[
        str, typer.Option("--paths", help="Comma-separated: analyze, ingest, api.")
    ] = "analyze,ingest,api",
    keep: Annotated[Path | None, typer.Option("--keep", help="Keep the inputs and stores in this folder.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", help="Paths run at once, one process each (1: in turn).")] = 3,
) -> None:
    """Hostile inputs of every kind through analyze, ingest + run and POST /api/analyze: nothing lost."""
    from newsloupe.lab.bench.fuzz import main

    names = tuple(p.strip() for p in paths.split(",") if p.strip())
    raise typer.Exit(main(n=n, seed=seed, paths=names, keep=keep, jobs=jobs))


@eval_app.command("places")
def eval_places(
    gold: Annotated[
        Path,
        typer.Argument(help="An annotation .json (seed format), a folder of them, or a JSONL corpus (fr-news)."),
    ],
    details: Annotated[bool, typer.Option("--details", help="List every miss and every unmatched prediction.")] = False,
) -> None:
    """Place → country accuracy on gold (the seed, samples/gold, ../shared/gold/*-news/*.jsonl)."""
    from newsloupe.lab.geo_eval import evaluate_places, format_report

    with reading_gold(gold):
        result = evaluate_places(gold, details=details)
    typer.echo(format_report(result))


def _register_optional() -> None:
    """Commands whose modules come with later analyzers; absent modules add nothing."""
    import importlib

    for module in (
        "newsloupe.cli.attribution",
        "newsloupe.cli.persuasion",
        "newsloupe.cli.places",
        "newsloupe.cli.corpus",
        "newsloupe.cli.web",
        "newsloupe.cli.stories",
        "newsloupe.cli.factchecks",
    ):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name != module:  # a missing dependency is a real error, not an absent module
                raise
            continue
        register = getattr(mod, "register", None)
        if register:
            register(app=app, eval_app=eval_app, train_app=train_app, export_app=export_app, bench_app=bench_app)


_register_optional()


def main() -> None:
    """Entry point of the ``newsloupe`` command."""
    try:
        app()
    except NewsloupeError as err:
        fail(str(err))
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as err:  # a bug: one line for the user, the traceback only on request
        if os.environ.get("NEWSLOUPE_DEBUG"):
            raise
        fail(f"internal error: {type(err).__name__}: {err} (set NEWSLOUPE_DEBUG=1 for the traceback)")
        sys.exit(1)
