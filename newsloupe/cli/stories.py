"""Story and claim commands: ``stories``, ``claims``, ``eval stories``, ``bench stories``."""

from __future__ import annotations

import json
import re
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from newsloupe.cli.corpus import DEFAULT_DB, DbOpt, guard, open_store
from newsloupe.store.stories import RECURRING
from newsloupe.termtext import clean


class ListFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


FormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="text, json or jsonl.")]


_LINE_BREAKS = re.compile(r"\s*\n\s*")


def emit_list(items: list[dict[str, Any]], fmt: ListFormat, line: Any) -> None:
    """Print ``items`` as a JSON list, JSON lines, or one ``line(item)`` each (text: a line break inside an
    item's text, a claim quoted over two lines, is a space, so each item stays one line)."""
    if fmt is ListFormat.json:
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt is ListFormat.jsonl:
        for it in items:
            typer.echo(json.dumps(it, ensure_ascii=False))
    else:
        for it in items:
            typer.echo(_LINE_BREAKS.sub(" ", clean(line(it))))


def _assigned(store: Any) -> None:
    from newsloupe.stories.assign import CODE_VERSION, stale_version
    from newsloupe.stories.hook import assign_pending

    # analysed articles a stopped run left unassigned
    for aid, why in assign_pending(store).items():
        typer.echo(f"article {aid}: its story and claims could not be assigned ({why})", err=True)
    old = stale_version(store.conn)
    if old is not None:
        typer.echo(
            f"stories and claims were assigned by linker version {old or 'before 31'} (this one is {CODE_VERSION});"
            " `newsloupe stories --rebuild` assigns them again",
            err=True,
        )


def stories_cmd(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = ListFormat.text,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Only stories with this many articles.")
    ] = 1,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Forget stories and claims and assign again.")] = False,
) -> None:
    """Stories: articles about one event across outlets and languages (one line each in jsonl)."""
    from newsloupe.store import stories as q
    from newsloupe.stories.assign import reset

    with open_store(db) as store:
        if rebuild:
            reset(store.conn)
        _assigned(store)
        items = q.stories(store.conn, min_articles=min_articles)
    emit_list(
        items,
        fmt,
        lambda s: (
            f"story {s['story']:>5}  {s['first_seen'] or '?':<10}  {len(s['articles'])} article(s)  "
            f"{'/'.join(s['languages'])}  {s['title']}  [{', '.join(s['outlets'])}]"
        ),
    )


# said by the claims page too (``claims_caveat``): see README, "Quality and speed, measured"
CLAIMS_CAVEAT = "note: on real news, claims often chain unrelated statements: read them as leads, not findings"


def claims_cmd(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = ListFormat.text,
    min_articles: Annotated[
        int,
        typer.Option(
            "--min-articles", min=1, help="Only claims seen in this many articles (the article page's rule: 2)."
        ),
    ] = RECURRING,
) -> None:
    """Recurring claims: statements that say the same thing across articles and languages.

    "close wording in N articles": N articles of two outlets or more say the claim in close wording (a sentence or
    quotation printed again); the other links of a claim are looser (leads, not findings)."""
    from newsloupe.store import stories as q

    with open_store(db) as store:
        _assigned(store)
        items = q.claims(store.conn, min_articles=min_articles)
    keep = ("article", "start", "end", "text", "kind", "source_type", "hedged")
    typer.echo(CLAIMS_CAVEAT, err=True)

    def short(c: dict[str, Any]) -> dict[str, Any]:
        return {
            "claim": c["claim"],
            "text": c["text"],
            "occurrences": [
                {k: o[k] for k in keep} | {"source": o["source"], "techniques": o["techniques"], "close": o["close"]}
                for o in c["occurrences"]
            ],
            "outlets": c["outlets"],
            "languages": c["languages"],
            "first_seen": c["first_seen"],
            "stories": c["stories"],
            "close_articles": c["close_articles"],
        }

    emit_list(
        [short(c) for c in items],
        fmt,
        lambda c: (
            f"claim {c['claim']:>5}  {c['first_seen'] or '?':<10}  {len(c['occurrences'])} occ.  "
            + (f"close wording in {c['close_articles']} articles  " if c["close_articles"] else "")
            + f"{'/'.join(c['languages'])}  {c['text'][:100]}  [{', '.join(c['outlets'])}]"
        ),
    )


def eval_stories_cmd(
    corpus: Annotated[Path, typer.Argument(help="Folder with corpus.jsonl and gold.json.")] = Path("samples/stories"),
    workers: Annotated[int, typer.Option("--workers", min=0, help="Worker processes (0: in this process).")] = 1,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Story and claim-linking pairwise P/R/F1: ingest the corpus in a temp store, run, compare with gold.json."""
    from newsloupe.lab.stories_eval import run_eval

    result = run_eval(corpus, workers=workers)
    if fmt == "json":
        typer.echo(json.dumps(result, indent=2))
        return
    s, c = result["stories"], result["claims"]
    typer.echo(f"corpus {corpus}: {result['articles']} articles")
    typer.echo(
        f"stories  pairwise P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}"
        f"  ({s['gold']} gold, {s['predicted']} predicted; goal F1 ≥ 0.90)"
    )
    typer.echo(
        f"claims   pairwise P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}"
        f"  ({c['matched']}/{c['occurrences']} gold occurrences matched; goal F1 ≥ 0.80)"
    )
    if "strict" in c:
        k = c["strict"]
        typer.echo(
            f"claims   strict pairwise P {k['precision']:.3f} R {k['recall']:.3f} F1 {k['f1']:.3f}"
            f"  (+{k['junk']} false pairs of an occurrence with a statement no gold occurrence names,"
            f" {k['near_miss_pairs']} of them a near miss; {k['statements']} statements in the claims holding"
            f" an occurrence: {k['occurrence_statements']} occurrences, {k['partial']} parts of one,"
            f" {k['near_misses']} near misses, {k['others']} others)"
        )
    for cid, b in c.get("by_claim", {}).items():
        typer.echo(
            f"  {cid:24s} {b['occurrences']:3d} occurrences  pairs linked {b['linked']:3d}/{b['pairs']:<3d}"
            f"  in {b['predicted_claims']} predicted  false links {b['false_links']}"
        )


def bench_stories_cmd(
    n: Annotated[int, typer.Option("--n", help="Synthetic articles in the store.")] = 100_000,
    probes: Annotated[int, typer.Option("--probes", help="New articles assigned and timed.")] = 30,
    keep: Annotated[Path | None, typer.Option("--keep", help="Build (or reuse) the store at this path.")] = None,
) -> None:
    """Median cost of assigning one new article to its story and claims on a large store, beside its parse time."""
    from newsloupe.lab.bench.stories import main

    with tempfile.TemporaryDirectory() as tmp:
        main(n=n, probes=probes, path=keep or Path(tmp) / "stories.db")


def register(
    *, app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer, export_app: typer.Typer, bench_app: typer.Typer
) -> None:
    """Add the story commands to the newsloupe CLI."""
    app.command("stories")(guard(stories_cmd))
    app.command("claims")(guard(claims_cmd))
    eval_app.command("stories")(guard(eval_stories_cmd))
    bench_app.command("stories")(bench_stories_cmd)
