"""Fact-check memory commands: ``factchecks import``, ``factchecks list``.

A ``factchecks`` sub-app of the main CLI (:func:`register`); later subcommands (search,
eval, bench) add themselves to :data:`factchecks_app`.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer

from newsloupe.cli.corpus import DEFAULT_DB, DbOpt, _guard, _open_store

factchecks_app = typer.Typer(help="The fact-check memory: import ClaimReviews, list them.", no_args_is_help=True)


class ListFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def import_cmd(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="ClaimReview sources: .html pages, .json (object, array, DataFeed, search API), .jsonl, "
            "folders of them, or http(s) URLs of fact-check pages."
        ),
    ],
    db: DbOpt = DEFAULT_DB,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URLs target private or loopback addresses.")
    ] = False,
) -> None:
    """Import ClaimReviews into the store's fact-check memory (each review once, by URL)."""
    from newsloupe.cli import err_console
    from newsloupe.factchecks.memory import import_sources

    with _open_store(db, create=True) as store:
        report = import_sources(store.conn, sources, allow_private=allow_private)
    for f in report.failures:
        err_console.print(f"skipped: {f}", markup=False, highlight=False)
    typer.echo(report.summary())
    if report.sources == 0 and report.read == 0:  # nothing could be read
        raise typer.Exit(1)


def _line(r: dict[str, Any]) -> str:
    rating = r["rating"] or "?"
    wording = f" ({r['rating_text']})" if r["rating_text"] and r["rating_text"].casefold() != rating else ""
    return (
        f"{r['review_date'] or '?':<10}  {rating + wording:<28}  {r['reviewer'] or '?'}  [{r['language'] or '?'}]  "
        f"{r['claim_reviewed']}  <{r['url']}>"
    )


def list_cmd(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="text, json or jsonl.")] = ListFormat.text,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Only this fact-checker's reviews.")] = None,
    rating: Annotated[
        str | None, typer.Option("--rating", help="Only this rating: false, misleading, mixed, true, unverifiable.")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only reviews in this language (fr, en...).")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Words the claim must contain.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many reviews.")] = 50,
    offset: Annotated[int, typer.Option("--offset", help="Skip this many reviews first.")] = 0,
) -> None:
    """List the reviews of the memory, newest first."""
    from newsloupe.factchecks.memory import reviews

    with _open_store(db) as store:
        items = reviews(
            store.conn, reviewer=reviewer, rating=rating, language=lang, q=query, limit=limit, offset=offset
        )
    if fmt is ListFormat.json:
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt is ListFormat.jsonl:
        for it in items:
            typer.echo(json.dumps(it, ensure_ascii=False))
    else:
        for it in items:
            typer.echo(_line(it))


def register(
    *, app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer, export_app: typer.Typer, bench_app: typer.Typer
) -> None:
    """Add the ``factchecks`` commands to the newsloupe CLI."""
    factchecks_app.command("import")(_guard(import_cmd))
    factchecks_app.command("list")(_guard(list_cmd))
    app.add_typer(factchecks_app, name="factchecks")
