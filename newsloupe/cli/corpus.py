"""Corpus commands: ingest, run, search, stats, errors, export, bench corpus/aggregates.

Thin wrappers over :mod:`newsloupe.store` and :mod:`newsloupe.batch`, added
to the main app by :func:`register`. The store is ``--db`` (default
``$NEWSLOUPE_DB`` or ``newsloupe.db``).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsloupe.analyzers import ANALYZERS_HELP
from newsloupe.errors import NewsloupeError
from newsloupe.termtext import clean, lit

DbOpt = Annotated[
    Path,
    typer.Option("--db", envvar="NEWSLOUPE_DB", help="The store (SQLite file).", show_default=True),
]
DEFAULT_DB = Path("newsloupe.db")


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class OutFormat(StrEnum):
    text = "text"
    json = "json"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    geojson = "geojson"
    semeval = "semeval"
    graphml = "graphml"
    graph = "graph"


def guard(func: Callable[..., None]) -> Callable[..., None]:
    """Turn a NewsloupeError into one error line and exit code 1 (also under Typer's test runner)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            func(*args, **kwargs)
        except NewsloupeError as err:
            _fail(str(err))
            raise typer.Exit(1) from None

    return wrapper


def _fail(message: str) -> None:
    from newsloupe.cli import fail

    fail(message)


def open_store(db: Path, *, create: bool = False) -> Any:
    """The store at ``db`` (created when ``create``), for the store commands."""
    from newsloupe.store import Store

    return Store(db, create=create)


def _filters(
    outlet: str | None,
    lang: str | None,
    since: str | None,
    until: str | None,
    source_type: str | None,
    technique: str | None,
) -> Any:
    from newsloupe.errors import BadValue
    from newsloupe.store.search import Filters

    try:
        return Filters(outlet, lang, since, until, source_type, technique)
    except BadValue as err:
        raise usage_error(err) from None


def usage_error(err: Any) -> typer.Exit:
    """Print a bad option value (a ``BadValue`` naming the option) as a usage error; RETURNS the exit (code 2,
    like Typer's own) to raise."""
    _fail(f"--{(err.input or '').replace('_', '-')} {err.message} [{err.code}]")
    return typer.Exit(2)


OutletOpt = Annotated[str | None, typer.Option("--outlet", help="Only this outlet (case-insensitive).")]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Only this language (fr, en…).")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).")]
SourceTypeOpt = Annotated[
    str | None,
    typer.Option("--source-type", help="Articles quoting a source of this type (person_anonymous, organization…)."),
]
TechniqueOpt = Annotated[str | None, typer.Option("--technique", help="Articles using this persuasion technique.")]


def ingest_cmd(
    sources: Annotated[list[str], typer.Argument(help="Folders, files (txt html json jsonl csv warc rss atom), URLs.")],
    db: DbOpt = DEFAULT_DB,
    fetch_links: Annotated[
        bool, typer.Option("--fetch-links", help="Download feed entries that hold only a teaser (needs the network).")
    ] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Let URLs target private addresses.")] = False,
    no_near: Annotated[bool, typer.Option("--no-near-duplicates", help="Skip MinHash grouping (faster).")] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="The language of every article read (not detected; es, pt… for a reduced analysis); "
            "articles already stored get it too (the next run analyses again those whose language changed). "
            "A jsonl record may give its own ('language').",
        ),
    ] = None,
    outlet: Annotated[
        str | None,
        typer.Option(
            "--outlet",
            help="The outlet of every article read that names none (a folder of .txt files of one outlet); "
            "a record's or a page's own outlet wins; articles already stored get it when they have none.",
        ),
    ] = None,
) -> None:
    """Store articles once each (same URL or same text), grouping near duplicates."""
    from newsloupe.ingest.language import check_forced_language
    from newsloupe.store.ingest import ingest

    if lang is not None:
        lang = check_forced_language(lang)  # an unknown code: one error line (guard)
    if outlet is not None and not outlet.split():
        raise typer.BadParameter("the outlet name is empty (leave the option out for none)", param_hint="--outlet")

    err = Console(stderr=True, highlight=False, soft_wrap=True)

    def on_item(item: Any, status: str) -> None:
        if item.error is not None:
            _fail(str(item.error))

    with open_store(db, create=True) as store:
        report = ingest(
            store,
            sources,
            fetch_links=fetch_links,
            allow_private=allow_private,
            near_duplicates=not no_near,
            on_item=on_item,
            lang=lang,
            outlet=" ".join(outlet.split()) or None if outlet else None,
        )
    c = report.counts
    known = c.get("same-url", 0) + c.get("same-content", 0)
    err.print(
        f"{c.get('new', 0)} new article(s), {known} already stored, {report.near_duplicates} new near-duplicate(s), "
        f"{report.failed} error(s) → {lit(db, visible=True)}"
    )
    if report.outlets_set:
        given = ", ".join(lit(n, visible=True) for n in sorted(report.outlet_names))
        err.print(f"outlet {given} given to {report.outlets_set} article(s) already stored")
    for pairs, says, rest in (
        (report.outlets_kept, "already stored with the outlet {}, which it keeps", "keep their own outlet"),
        (report.outlets_own, "names its own outlet {}, which it keeps", "name their own outlet"),
    ):
        for source, outlet_kept in pairs[:5]:
            err.print(
                f"{lit(source, visible=True)}: {says.format(lit(outlet_kept, visible=True))} "
                "(--outlet names the outlet of articles that name none)"
            )
        if len(pairs) > 5:
            err.print(f"… and {len(pairs) - 5} more article(s) that {rest}")
    for source, published in report.future[:5]:
        err.print(
            f"{lit(source, visible=True)}: published {lit(published, visible=True)}, after today: a date in the "
            "future, or a wrong one? (stored as given)"
        )
    if len(report.future) > 5:
        err.print(f"… and {len(report.future) - 5} more article(s) published after today")
    if report.failed:
        raise typer.Exit(1)


def run_cmd(
    db: DbOpt = DEFAULT_DB,
    workers: Annotated[int, typer.Option("--workers", "-w", min=0, help="Worker processes (0: in this process).")] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="local processes or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster).")
    ] = None,
    analyzers: Annotated[str | None, typer.Option("--analyzers", help=ANALYZERS_HELP)] = None,
    retry_errors: Annotated[bool, typer.Option("--retry-errors", help="Analyse failed articles again.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Analyse at most N articles.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Summary as text or json.")] = OutFormat.text,
) -> None:
    """Analyse every stored article not yet analysed by the current pipeline version."""
    from newsloupe.threads import one_numeric_thread

    one_numeric_thread()  # before numpy loads: with --workers 0 the analysis runs in this process
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    from newsloupe.batch import run

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} articles/s" if speed else "… articles/s", style="cyan")

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    names = [n.strip() for n in analyzers.split(",") if n.strip()] if analyzers else None
    bar = Progress(
        TextColumn("[bold]analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not progress or not err.is_terminal,
    )
    task: list[Any] = []
    planned, kept = [0], [0]

    def on_plan(total: int) -> None:
        planned[0] = total
        if total and fmt is OutFormat.text:
            err.print(f"{total} article(s) to analyse; loading the models in each worker…")

    def on_start(total: int) -> None:
        task.append(bar.add_task("run", total=total))

    def on_result(result: dict[str, Any]) -> None:
        kept[0] += 1  # (called once the outcome is committed)
        bar.advance(task[0])
        if result["status"] != "ok":
            bar.console.print(
                f"[yellow]{result['status']}[/yellow]: article {result['article_id']}: "
                f"{lit(result.get('reason'), visible=True)}"
            )

    try:
        with open_store(db) as store, bar:
            report = run(
                store,
                workers=workers,
                engine=engine.value,
                scheduler=scheduler,
                analyzers=names,
                retry_errors=retry_errors,
                limit=limit,
                on_plan=on_plan,
                on_start=on_start,
                on_result=on_result,
            )
    except NewsloupeError as e:
        _fail(str(e))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        # (Ctrl-C: every committed outcome is kept, and the next run analyses the others)
        err.print(f"interrupted: {kept[0]} of {planned[0]} articles kept; run again to resume")
        raise typer.Exit(130) from None
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    elif report.todo == 0:
        err.print(f"nothing to do: every stored article has an outcome for pipeline {report.pipeline_version}")
    else:
        counts = ", ".join(f"{k} {v}" for k, v in report.counts.most_common())
        err.print(
            f"{report.done} article(s) in {report.seconds:.1f} s ({report.rate:.1f}/s, models loaded in "
            f"{report.startup_seconds:.1f} s) with pipeline {report.pipeline_version}: {counts}"
        )
        if report.failed:
            err.print("see `newsloupe errors` for the reasons")
    for aid, why in report.story_failures.items():
        err.print(
            f"article {aid}: its story and claims could not be assigned ({lit(why)}); `newsloupe stories` retries"
        )
    if report.failed:
        raise typer.Exit(1)


def search_cmd(
    query: Annotated[
        str,
        typer.Argument(
            help='FTS5 query: words (as stems: plural = singular), "a phrase", speakers: Name, title: word, pref*.'
        ),
    ],
    db: DbOpt = DEFAULT_DB,
    outlet: OutletOpt = None,
    lang: LangOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source_type: SourceTypeOpt = None,
    technique: TechniqueOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Number of results.")] = 20,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="text or json.")] = OutFormat.text,
) -> None:
    """Search titles, bodies, quotes and speakers."""
    from newsloupe.store.search import name_variants, search

    with open_store(db) as store:
        conn = store.reader()
        variants = name_variants(conn, query)
        filters = _filters(outlet, lang, since, until, source_type, technique)
        hits = search(conn, query, filters, limit=limit, variants=variants)
        conn.close()
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    for word, alts in variants.items():  # "Putin" also as "Poutine", "Путин": one person's names in the store
        console.print(f"{word} also searched as: {', '.join(alts)}", markup=False)
    if not hits:
        console.print("no match")
        return
    for h in hits:
        # the duplicates as the hit itself is shown: the record's id, the store's number when it has none
        dups = [d or str(n) for n, d in zip(h.duplicates, h.duplicate_doc_ids, strict=True)]
        dup = f" [dim](+{len(dups)} near-duplicate(s): {lit(', '.join(dups))})[/dim]" if dups else ""
        meta = " · ".join(x for x in (h.outlet, h.published, h.language) if x)
        # the id the other commands print (stories, claims, export), the store's number when the record gave none
        console.print(
            f"[bold]{lit(h.doc_id or str(h.id))}[/bold] {lit(h.title or '(no title)')} [dim]{lit(meta)}[/dim]{dup}"
        )
        console.print(f"    {clean(h.snippet)}", markup=False)


def stats_cmd(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="text (a table) or json.")] = OutFormat.text,
) -> None:
    """Per-outlet profile: articles, anonymous sourcing, unsourced assertions, techniques, frames, speakers."""
    from newsloupe.labels import reader_label
    from newsloupe.lang import ATTRIBUTION_LANGUAGES
    from newsloupe.store.stats import corpus_totals, outlet_profiles

    with open_store(db) as store:
        conn = store.reader()
        profiles = outlet_profiles(conn)
        totals = corpus_totals(conn)
        conn.close()
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps({"corpus": totals, "outlets": profiles}, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title="Outlets", show_lines=False)
    for col in ("outlet", "articles", "unnamed share", "unsourced/art.", "top techniques", "frames", "top speakers"):
        table.add_column(col, overflow="fold")

    def pct(v: float | None) -> str:
        return "–" if v is None else f"{v:.0%}"

    for p in profiles:
        dup = p["stored"] - p["articles"]
        table.add_row(
            lit(p["outlet"] or "(unknown)"),
            f"{p['articles']}" + (f" (+{dup} dup.)" if dup else ""),
            pct(p["anonymous_share"]),
            "–" if p["unsourced_per_article"] is None else f"{p['unsourced_per_article']:.2f}",
            lit(", ".join(f"{reader_label(t['label'])} {t['count']}" for t in p["top_techniques"])),
            lit(", ".join(f"{reader_label(t['label'])} {t['count']}" for t in p["top_frames"])),
            lit(", ".join(f"{_clip(t['speaker'])} {t['count']}" for t in p["top_speakers"])),
        )
    plain = Console()
    console = plain if plain.is_terminal else Console(width=200)
    console.print(table)
    if any(p["analysed"] and p["unsourced_per_article"] is None for p in profiles):
        console.print(
            "–: not analysed (sources and unsourced assertions are analysed in articles in "
            + ", ".join(ATTRIBUTION_LANGUAGES)
            + " only)",
            highlight=False,
        )
    console.print(
        f"{totals['articles']} article(s) ({totals['stored']} stored, {totals['in_near_duplicate_groups']} in "
        f"near-duplicate groups), {totals['analysed']} analysed, {totals['ingest_errors']} ingest error(s), "
        f"{totals['run_errors']} run error(s)",
        highlight=False,
    )


def _clip(text: str, n: int = 32) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def errors_cmd(
    db: DbOpt = DEFAULT_DB,
    all_versions: Annotated[
        bool, typer.Option("--all", help="Errors of every pipeline version, not the latest.")
    ] = False,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="text or json.")] = OutFormat.text,
) -> None:
    """List inputs that could not be ingested and articles that could not be analysed, with reasons."""
    from newsloupe.store.stats import latest_version

    with open_store(db) as store:
        conn = store.reader()
        version = latest_version(conn)
        ingest_rows = conn.execute(
            "SELECT source, status, code, reason, at FROM ingest_errors ORDER BY at, source"
        ).fetchall()
        sql = (
            "SELECT o.article_id, a.input, a.url, o.pipeline_version, o.status, o.code, o.reason, o.at"
            " FROM outcomes o JOIN articles a ON a.id = o.article_id WHERE o.status != 'ok'"
        )
        params: list[Any] = []
        if not all_versions:
            sql += " AND o.pipeline_version = ?"
            params.append(version)
        run_rows = conn.execute(sql + " ORDER BY o.at, o.article_id", params).fetchall()
        conn.close()
    if fmt is OutFormat.json:
        doc = {
            "ingest": [dict(zip(("source", "status", "code", "reason", "at"), r, strict=True)) for r in ingest_rows],
            "run": [
                dict(
                    zip(
                        ("article_id", "input", "url", "pipeline_version", "status", "code", "reason", "at"),
                        r,
                        strict=True,
                    )
                )
                for r in run_rows
            ],
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    for source, status, code, reason, _at in ingest_rows:
        console.print(clean(f"ingest  {status:<18} {source}: {reason} [{code}]", visible=True), markup=False)
    for aid, inp, url, pv, status, code, reason, _at in run_rows:
        line = f"run     {status:<18} article {aid} ({inp or url}) {pv}: {reason} [{code}]"
        console.print(clean(line, visible=True), markup=False)
    if not ingest_rows and not run_rows:
        console.print("no errors")


# (the columns of newsloupe.store.export.WHERE_COLUMNS, written out: the store modules load only when a command runs)
WHERE_HELP = (
    "SQL condition over the articles columns: id, doc_id, url, outlet, language, published, published_month, title,"
    " format, input, dup_group, ingested_at (id: the article id the other commands print, id='article12', or the"
    " store's number, id=3)."
)


OUT_HELP = "Output file (folder for semeval; - for stdout)."


def export_callback(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat | None, typer.Option("--format", "-f", help="Corpus export format.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help=OUT_HELP)] = None,
    where: Annotated[str | None, typer.Option("--where", help=WHERE_HELP)] = None,
    db: DbOpt = DEFAULT_DB,
    outlet: OutletOpt = None,
    lang: LangOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source_type: SourceTypeOpt = None,
    technique: TechniqueOpt = None,
) -> None:
    """Export analyses: `newsloupe export --format jsonl|csv|parquet|geojson|semeval` exports the store."""
    if ctx.invoked_subcommand is not None:
        return
    if fmt is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(0)
    _export(fmt, out, where, db, _filters(outlet, lang, since, until, source_type, technique))


def export_corpus_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option("--out", "-o", help=OUT_HELP)] = None,
    where: Annotated[str | None, typer.Option("--where", help=WHERE_HELP)] = None,
    db: DbOpt = DEFAULT_DB,
    outlet: OutletOpt = None,
    lang: LangOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    source_type: SourceTypeOpt = None,
    technique: TechniqueOpt = None,
) -> None:
    """Export the store's analyses (same as `newsloupe export --format …`)."""
    _export(fmt, out, where, db, _filters(outlet, lang, since, until, source_type, technique))


def _export(fmt: ExportFormat, out: Path | None, where: str | None, db: Path, filters: Any) -> None:
    from newsloupe.store.export import export

    if out is not None and str(out) == "-":
        out = None  # "--out -": standard output, as when --out is left out (not a file named "-")
    if fmt in (ExportFormat.graphml, ExportFormat.graph):
        _export_graph(fmt, out, db)
        return
    with open_store(db) as store:
        conn = store.reader()
        n = export(conn, fmt.value, out, filters=filters, where=where)
        stored, analysed = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM analyses)"
        ).fetchone()
        conn.close()
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    err.print(f"{n} article(s) exported" + (f" to {lit(out, visible=True)}" if out else ""))
    if n == 0 and stored and not analysed:  # ingested, never run: say why nothing came out
        err.print(
            f"the store holds {stored} article(s), none analysed yet: run `newsloupe run --db {lit(db, visible=True)}` "
            "first"
        )


def _export_graph(fmt: ExportFormat, out: Path | None, db: Path) -> None:
    """Who cites whom (outlet → source, counts per story and overall) as GraphML or JSON."""
    from newsloupe.store import stories as q
    from newsloupe.store.export import check_output_file

    check_output_file(out)

    with open_store(db) as store:
        g = q.graph(store.conn)
        stories = q.story_ids(store.conn)
        if fmt is ExportFormat.graphml:
            text = q.graphml(store.conn)
        else:
            g["stories"] = {sid: q.graph(store.conn, story=sid)["edges"] for sid in stories}
            text = json.dumps(g, ensure_ascii=False, indent=2) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    outlets = sum(1 for n in g["nodes"] if n["kind"] == "outlet")
    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"{outlets} outlet(s), {len(g['nodes']) - outlets} source(s), {len(g['edges'])} citation edge(s)"
        f" over {len(stories)} stor{'y' if len(stories) == 1 else 'ies'} exported"
        + (f" to {lit(out, visible=True)}" if out else "")
    )


def bench_corpus_cmd(
    n: Annotated[int, typer.Option("--n", help="Synthetic articles to build.")] = 2000,
    workers: Annotated[str, typer.Option("--workers", help="Comma-separated local worker counts.")] = "1,2",
    dask: Annotated[bool, typer.Option("--dask/--no-dask", help="Also run on a 2-worker Dask LocalCluster.")] = True,
    analyzers: Annotated[str | None, typer.Option("--analyzers", help=ANALYZERS_HELP)] = None,
    keep: Annotated[Path | None, typer.Option("--keep", help="Keep the corpus and stores in this folder.")] = None,
    samples: Annotated[Path | None, typer.Option("--samples", help="Sample corpus folder.")] = None,
) -> None:
    """Synthetic corpus from the samples: ingest + run throughput (1, 2 workers, Dask), parse ratio, peak RSS."""
    from newsloupe.lab.bench.corpus import main

    names = [x.strip() for x in analyzers.split(",") if x.strip()] if analyzers else None
    main(
        n=n,
        workers=[int(w) for w in workers.split(",") if w.strip()],
        dask=dask,
        analyzers=names,
        keep=keep,
        samples=samples,
    )


def bench_aggregates_cmd(
    rows: Annotated[int, typer.Option("--rows", help="Synthetic articles in the store.")] = 1_000_000,
    keep: Annotated[Path | None, typer.Option("--keep", help="Build (or reuse) the store at this path.")] = None,
) -> None:
    """Dashboard aggregate queries (outlet × month × technique…) on a synthetic 1M-article store."""
    from newsloupe.lab.bench.aggregates import main

    main(rows=rows, path=keep)


def register(
    *, app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer, export_app: typer.Typer, bench_app: typer.Typer
) -> None:
    """Add the corpus commands to the newsloupe CLI."""
    app.command("ingest")(guard(ingest_cmd))
    app.command("run")(guard(run_cmd))
    app.command("search")(guard(search_cmd))
    app.command("stats")(guard(stats_cmd))
    app.command("errors")(guard(errors_cmd))
    # `newsloupe export --format …` exports the store; subcommands (`export semeval`, `export corpus`) still work.
    export_app.callback(invoke_without_command=True)(guard(export_callback))
    export_app.command("corpus")(guard(export_corpus_cmd))
    bench_app.command("corpus")(bench_corpus_cmd)
    bench_app.command("aggregates")(bench_aggregates_cmd)
