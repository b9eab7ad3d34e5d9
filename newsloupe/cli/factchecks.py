"""Fact-check memory commands: ``factchecks import|list|search|match|matches``, ``eval|train|bench factchecks``.

A ``factchecks`` sub-app of the main CLI (:func:`register`); later subcommands (search,
eval, bench) add themselves to :data:`factchecks_app`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from newsloupe.cli.corpus import DEFAULT_DB, DbOpt, guard, open_store, usage_error
from newsloupe.cli.stories import FormatOpt, ListFormat, emit_list
from newsloupe.termtext import clean

factchecks_app = typer.Typer(
    help="The fact-check memory: import ClaimReviews, list, search and match them.", no_args_is_help=True
)


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

    with open_store(db, create=True) as store:
        report = import_sources(store.conn, sources, allow_private=allow_private)
    for f in report.failures:
        err_console.print(f"skipped: {clean(f, visible=True)}", markup=False, highlight=False)
    for source, n in report.not_reviews:
        err_console.print(
            clean(f"not read: {source}: no ClaimReview in it ({n} item(s) of another or no @type)", visible=True),
            markup=False,
            highlight=False,
        )
    typer.echo(report.summary())
    if report.sources == 0 and report.read == 0:  # nothing could be read
        err_console.print(clean(f"error: nothing could be read from {', '.join(sources)}", visible=True), markup=False)
        raise typer.Exit(1)
    if report.failed and not (report.imported or report.duplicates or report.ignored):  # every item failed
        err_console.print(f"error: every item failed ({report.failed}): nothing imported", markup=False)
        raise typer.Exit(1)


def _wording(r: dict[str, Any]) -> str | None:
    """The checker's rating as it gave it: its wording, else its number on its scale ("2/10"; schema.org's
    default best is 5), else None. A review rated by a number alone is no unknown rating."""
    if r.get("rating_text"):
        return r["rating_text"]
    value = r.get("rating_value")
    if value is None:
        return None
    best = r.get("best_rating")
    return f"{value:g}/{5 if best is None else best:g}"


def _line(r: dict[str, Any]) -> str:
    rating = r["rating"] or "?"
    text = _wording(r)
    wording = f" ({text})" if text and text.casefold() != rating else ""
    return (
        f"{r['review_date'] or '?':<10}  {rating + wording:<28}  {r['reviewer'] or '?'}  [{r['language'] or '?'}]  "
        f"{r['claim_reviewed']}  <{r['url']}>"
    )


def list_cmd(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = ListFormat.text,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Only this fact-checker's reviews.")] = None,
    rating: Annotated[
        str | None, typer.Option("--rating", help="Only this rating: false, misleading, mixed, true, unverifiable.")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only reviews in this language (fr, en...).")] = None,
    query: Annotated[
        str | None,
        typer.Option("--query", "-q", help="Words the claim must contain (from four letters, as a word's start)."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many reviews.")] = 50,
    offset: Annotated[int, typer.Option("--offset", help="Skip this many reviews first.")] = 0,
) -> None:
    """List the reviews of the memory, newest first."""
    from newsloupe.factchecks.claimreview import SCALE
    from newsloupe.factchecks.memory import reviews
    from newsloupe.lang import FORCIBLE_LANGUAGES
    from newsloupe.store.search import bad_value

    if rating and rating.lower() not in SCALE:
        raise usage_error(bad_value("rating", rating, "one of " + ", ".join(SCALE)))
    with open_store(db) as store:
        if lang:
            held = [r[0] for r in store.conn.execute("SELECT DISTINCT language FROM fact_checks") if r[0]]
            langs = dict.fromkeys([*FORCIBLE_LANGUAGES, *sorted(held)])
            if lang.lower() not in langs:
                raise usage_error(bad_value("lang", lang, "one of " + ", ".join(langs)))
        items = reviews(
            store.conn, reviewer=reviewer, rating=rating, language=lang, q=query, limit=limit, offset=offset
        )
    emit_list(items, fmt, _line)
    if not items:  # said on stderr: a json or jsonl listing stays parseable (an empty list, no line)
        from newsloupe.cli import err_console

        err_console.print("no review matches" + (" (past --offset)" if offset else ""), markup=False)


def register(
    *, app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer, export_app: typer.Typer, bench_app: typer.Typer
) -> None:
    """Add the ``factchecks`` commands to the newsloupe CLI."""
    factchecks_app.command("import")(guard(import_cmd))
    factchecks_app.command("list")(guard(list_cmd))
    factchecks_app.command("search")(guard(search_cmd))
    factchecks_app.command("match")(guard(match_cmd))
    factchecks_app.command("matches")(guard(matches_cmd))
    app.add_typer(factchecks_app, name="factchecks")
    eval_app.command("factchecks")(guard(eval_cmd))
    train_app.command("factchecks")(guard(train_cmd))
    bench_app.command("factchecks")(guard(bench_cmd))


def search_cmd(
    text: Annotated[str, typer.Argument(help="A sentence: a claim as someone made it, in any supported language.")],
    db: DbOpt = DEFAULT_DB,
    k: Annotated[int, typer.Option("--k", help="How many reviews.")] = 5,
    lang: Annotated[str | None, typer.Option("--lang", help="The sentence's language (identified if absent).")] = None,
    fmt: FormatOpt = ListFormat.text,
) -> None:
    """The reviews nearest to a sentence, with their similarity and the matcher's score."""
    from newsloupe.factchecks.match import load_memory, search

    if not text.strip():  # (before stop 44: "no review near this sentence")
        from newsloupe.cli import fail
        from newsloupe.errors import E_EMPTY

        fail(f"the sentence is empty: give the claim to look for [{E_EMPTY}]")
        raise typer.Exit(2)

    with open_store(db) as store:
        memory = load_memory(store.conn, path=str(db))
        items = search(text, memory, k=k, lang=lang)
        shown = {}  # a review rated by a number alone: its number in the text line, as list shows it
        for r in items:
            if not r["rating_text"]:
                row = store.conn.execute(
                    "SELECT rating_value, best_rating FROM fact_checks WHERE url = ?", (r["url"],)
                ).fetchone()
                if row is not None:
                    shown[r["url"]] = _wording({"rating_value": row[0], "best_rating": row[1]})
    from newsloupe.cli import err_console

    if memory is None:
        err_console.print(
            clean(f"{db}: the fact-check memory is empty (newsloupe factchecks import SOURCE --db {db})", visible=True),
            markup=False,
        )
    elif not items or not any(r["match"] for r in items):
        # said on stderr, as list does: a json or jsonl listing stays parseable
        note = _uncovered_language(text, lang)
        if note:
            err_console.print(note, markup=False)
        elif not items:
            err_console.print("no review near this sentence", markup=False)
    emit_list(
        items,
        fmt,
        lambda r: (
            f"{'MATCH ' if r['match'] else '      '}{r['score']:.2f}  sim {r['similarity']:.2f}  "
            f"{r['rating'] or '?'} ({r['rating_text'] or shown.get(r['url']) or '?'}) {r['reviewer'] or '?'}: "
            f"{r['claim_reviewed']}  <{r['url']}>" + ("" if r["match"] else f"  (no match: {r['no_match']})")
        ),
    )


def _uncovered_language(text: str, lang: str | None) -> str | None:
    """What to say when the sentence's language has no matching rules (``lang/<code>/factchecks.json``): the
    matcher reads French and English, so "no review near" would mislead; None for a covered language."""
    from newsloupe.ingest.language import classify
    from newsloupe.lang import SUPPORTED_LANGUAGES, load_data

    if not text.strip():
        return None
    code = lang or classify(text)[0]
    covered = [c for c in SUPPORTED_LANGUAGES if load_data(c, "factchecks")]
    if not code or code in covered:
        return None
    return (
        f"this sentence reads as {code!r}: the fact-check matcher covers {', '.join(covered)} only, so no match is "
        "made in that language; search with the sentence's French or English wording"
    )


def match_cmd(
    db: DbOpt = DEFAULT_DB,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Match every stored analysis against the memory again (newsloupe run does it after an import)."""
    from newsloupe.cli import err_console
    from newsloupe.factchecks.hook import rematch
    from newsloupe.geo.gazetteer import gazetteer_path

    shown = [0]

    def on_progress(done: int, total: int) -> None:
        # a line at each tenth (and the last) on stderr, as `run` tells where it is; the numbers
        # only, so a log stays short
        if progress and (done == total or done * 10 // total > shown[0] * 10 // total):
            err_console.print(f"matched {done}/{total} analyses", markup=False)
            shown[0] = done

    with open_store(db) as store:
        total, reviews = store.conn.execute(
            "SELECT (SELECT count(*) FROM analyses), (SELECT count(*) FROM fact_checks)"
        ).fetchone()
        if total and reviews:
            building = (
                "" if gazetteer_path().is_file() else " (building the place gazetteer first: once, a minute or so)"
            )
            err_console.print(f"matching {total} stored analyses against {reviews} review(s){building}…", markup=False)
        changed = rematch(store.conn, db_path=str(db), on_progress=on_progress)
        n = store.conn.execute(
            "SELECT count(*), coalesce(sum(json_array_length(json, '$.fact_checks')), 0) FROM analyses"
        ).fetchone()
    typer.echo(f"{n[0]} analyses matched ({changed} changed): {n[1]} fact-check match(es)")


def matches_cmd(db: DbOpt = DEFAULT_DB, fmt: FormatOpt = ListFormat.jsonl) -> None:
    """Every fact-check match of the stored analyses, one per line (article, outlet, date, span, review)."""
    from newsloupe.factchecks.hook import stored_matches

    with open_store(db) as store:
        items = stored_matches(store.conn)
    emit_list(
        items,
        fmt,
        lambda m: (
            f"{m['article']}  {m['outlet'] or '?'}  [{m['start']}:{m['end']}] {m['rating'] or '?'} "
            f"({m['reviewer'] or '?'}): {m['text']}  <{m['url']}>"
            # a match its article made: the sentence alone (factchecks search) is none
            + (
                f"  (through its article: the sentence alone scores {m['alone_score']:.2f})"
                if m.get("through_article") and m.get("alone_score") is not None
                else "  (through its article: the review is not among the sentence's nearest alone)"
                if m.get("through_article")
                else ""
            )
        ),
    )


def eval_cmd(
    folders: Annotated[
        list[str] | None,
        typer.Argument(
            help="Gold folders (memory/, articles.jsonl, gold.json); with --cv, cross-validated over their union."
        ),
    ] = None,
    cv: Annotated[
        int, typer.Option("--cv", help="Cross-validate the verifier in N folds by article (0: the shipped model).")
    ] = 5,
    details: Annotated[bool, typer.Option("--details", help="Print the false matches and the missed links.")] = False,
    distractors: Annotated[
        int, typer.Option("--distractors", help="Add this many generated lookalike reviews to the memory.")
    ] = 0,
    negatives: Annotated[
        bool, typer.Option("--negatives", help="Also match the samples' articles on other subjects (all false).")
    ] = False,
    apart: Annotated[
        bool,
        typer.Option("--apart", help="Score each folder with a verifier fitted on the other folders (as unseen data)."),
    ] = False,
    forward: Annotated[
        bool,
        typer.Option(
            "--forward",
            help="Score each folder after the first with a verifier fitted on the folders before it (give them in"
            " the order they were written: each read as the next unseen set).",
        ),
    ] = False,
    real: Annotated[
        bool,
        typer.Option(
            "--real",
            help="Match real news (../shared: fr-news, en-news, SemEval training articles) against the memories of"
            " every fictional gold set: every match is false; print matches per 100 articles and list them.",
        ),
    ] = False,
    real_langs: Annotated[
        str, typer.Option("--real-langs", help="With --real: the languages of the SemEval articles (comma-separated).")
    ] = "fr,en",
    topical: Annotated[
        bool,
        typer.Option(
            "--topical",
            help="Match real news (../shared SemEval articles) against reviews written about their own people"
            " (samples/realnews-factchecks: one states what its article states, the others are near misses);"
            " print precision, recall and near misses matched.",
        ),
    ] = False,
    part: Annotated[
        str | None,
        typer.Option(
            "--part",
            help="With --topical: only the articles of one half, 'read' (even file numbers: the half whose errors"
            " may be read with --details) or 'unread' (odd: read only as figures, once, at the end of a change).",
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Precision and recall of the fact-check matcher on gold folders (default: samples/factchecks).

    With several folders and --cv N, each article is scored by a verifier fitted on the other
    folds' articles of every folder (the union is cross-validated), and each folder is reported;
    with --apart, each folder is scored by a verifier fitted on all the other folders' articles; with --forward,
    each folder after the first by a verifier fitted on the folders before it.
    """
    from pathlib import Path

    from newsloupe.cli import fail
    from newsloupe.lab.factchecks_eval import GOLD_FOLDERS, evaluate, fit, load_gold
    from newsloupe.lab.factchecks_eval import forward as forward_figures

    if real:
        _eval_real(tuple(x.strip() for x in real_langs.split(",") if x.strip()), fmt)
        return
    if part is not None and not topical:
        fail("--part goes with --topical")
        raise typer.Exit(1)
    if topical:
        if part is not None and part not in ("read", "unread"):
            fail(f"--part {part}: read or unread")
            raise typer.Exit(1)
        _eval_topical(fmt, details, part)
        return
    folders = folders or GOLD_FOLDERS[:1]
    for folder in folders:
        if not (Path(folder) / "gold.json").is_file():
            fail(f"{folder}: no gold.json here (the fictional gold sets are {' and '.join(GOLD_FOLDERS)})")
            raise typer.Exit(1)
    if apart and len(folders) < 2:
        fail("--apart needs two gold folders or more (each is scored by a verifier fitted on the others)")
        raise typer.Exit(1)
    if forward and (apart or len(folders) < 2):
        fail(
            "--forward needs two gold folders or more, without --apart (each after the first is scored by a"
            " verifier fitted on the ones before it)"
        )
        raise typer.Exit(1)
    sets = [load_gold(f, distractors=distractors, negatives=negatives) for f in folders]
    if apart:  # fitted without distractors, as the shipped verifier is
        plain = sets if not (distractors or negatives) else [load_gold(f) for f in folders]
        models = [fit([o for o in plain if o is not p]) for p in plain]
        results = [evaluate(gs, folds=0, model=m) for gs, m in zip(sets, models, strict=True)]
    elif forward:
        if distractors or negatives:  # fitted without them, as the shipped verifier is
            plain = [load_gold(f) for f in folders]
            results = [evaluate(gs, folds=0, model=fit(plain[:i])) for i, gs in enumerate(sets) if i]
        else:
            results = forward_figures(sets)
        folders = folders[1:]
    else:
        results = [evaluate(gs, folds=cv, also=[o for o in sets if o is not gs]) for gs in sets]
    if fmt == "json":
        typer.echo(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2))
        return
    for folder, r in zip(folders, results, strict=True):
        how = f"cross-validated by article, {cv} folds" if cv else "the shipped model"
        if apart:
            how = "a verifier fitted on the other folders"
        elif forward:
            how = "a verifier fitted on the folders before it"
        elif cv and len(folders) > 1:
            how += " over " + " + ".join(folders)
        if distractors or negatives:
            how += f"; {distractors:,} generated distractor reviews" + (", other-subject articles" if negatives else "")
        typer.echo(
            f"fact-check matching on {folder} ({how}): {r['articles']} articles, {r['reviews']} reviews,"
            f" {r['links']} gold links"
        )
        _echo_figures(r)
        if details:
            for f in r["false_positives"]:
                typer.echo(
                    f"  false: {f['article']} {f['score']:.2f}{' (near-miss)' if f['near_miss'] else ''}"
                    f" {f['text']} -> {f['review']}"
                )
            for m in r["missed"]:
                typer.echo(clean(f"  missed: {m['article']} {m['text']} -> {m['review']}"))
    if len(results) > 1:
        right, pred = sum(r["right"] for r in results), sum(r["predicted"] for r in results)
        found = sum(round(r["recall"] * r["links"]) for r in results)
        links = sum(r["links"] for r in results)
        cross = sum(r["cross_language_found"] for r in results), sum(r["cross_language_links"] for r in results)
        typer.echo(
            f"all folders: precision {right / pred if pred else 0:.3f} ({right}/{pred})   recall"
            f" {found / links if links else 0:.3f} ({found}/{links}); cross-language {cross[0]}/{cross[1]}"
        )


def _eval_real(langs: tuple[str, ...], fmt: str) -> None:
    """``eval factchecks --real``: the false matches on real news (newsloupe.lab.factchecks_real)."""
    from newsloupe.lab.factchecks_real import real_matches

    r = real_matches(langs)
    if fmt == "json":
        typer.echo(json.dumps(r, ensure_ascii=False, indent=2))
        return
    per_lang = ", ".join(f"{k} {v}" for k, v in sorted(r["by_language"].items()))
    typer.echo(
        f"fact-check matching on real news ({r['articles']} articles: {per_lang}) against the {r['reviews']} reviews"
        f" of {len(r['sets'])} fictional gold sets (every match is false)"
    )
    typer.echo(
        f"  {len(r['matches'])} false matches in {r['articles_matched']} articles: {r['per_100']:.2f} per 100 articles"
    )
    for m in r["matches"]:
        typer.echo(clean(f"  false: {m['article']} [{m['language']}] {m['score']:.2f} {m['text']} -> {m['claim']}"))


def _echo_figures(r: dict[str, Any]) -> None:
    """The figures lines of a fact-check evaluation (gold folders or ``--topical``)."""
    typer.echo(f"  precision {r['precision']:.3f} ({r['right']}/{r['predicted']})   recall {r['recall']:.3f}")
    typer.echo(f"  cross-language links found {r['cross_language_found']}/{r['cross_language_links']}")
    typer.echo(
        f"  near-misses matched to their review {r['near_misses_matched']}/{r['near_misses']};"
        f" matches in articles without a reviewed claim {r['no_claim_matches']} ({r['no_claim_articles']} articles)"
    )


def _eval_topical(fmt: str, details: bool, part: str | None = None) -> None:
    """``eval factchecks --topical``: real news against reviews about its own people (newsloupe.lab.factchecks_real)."""
    from newsloupe.lab.factchecks_real import TOPICAL, topical_matches

    r = topical_matches(part=part)
    if fmt == "json":
        typer.echo(json.dumps(r, ensure_ascii=False, indent=2))
        return
    typer.echo(
        f"fact-check matching on real news against reviews about its own people ({TOPICAL.name}"
        f"{', ' + part + ' half' if part else ''}): {r['articles']} articles, {r['reviews']} reviews,"
        f" {r['links']} gold links"
    )
    _echo_figures(r)
    if details:
        for m in r["matches"]:
            if not m["right"]:
                what = "near-miss" if m["near_miss"] else "false"
                typer.echo(clean(f"  {what}: {m['article']} {m['score']:.2f} {m['text']} -> {m['claim']}"))
        for m in r["missed"]:
            typer.echo(clean(f"  missed: {m['article']} {m['text']} -> {m['claim']}"))


def train_cmd(
    folders: Annotated[
        list[str] | None,
        typer.Argument(help="Gold folders (memory/, articles.jsonl, gold.json); default: the thirty-one gold sets."),
    ] = None,
) -> None:
    """Fit the matcher's verifier on gold folders and write models/factchecks/matcher.json."""
    from newsloupe.factchecks.match import MODEL_PATH
    from newsloupe.lab.factchecks_eval import TRAIN_FOLDERS, load_gold, train

    folders = folders or TRAIN_FOLDERS
    model = train([load_gold(f) for f in folders])
    typer.echo(
        f"wrote {MODEL_PATH} (threshold {model.threshold}, fitted on {' + '.join(folders)}); score it with"
        f" `newsloupe eval factchecks {' '.join(folders)} --cv 5`"
    )


def bench_cmd(
    n: Annotated[int, typer.Option("--n", help="Generated reviews in the memory.")] = 100_000,
    limit: Annotated[int, typer.Option("--limit", help="Articles per set.")] = 60,
    keep: Annotated[
        Path | None,
        typer.Option("--keep", help="Build the store at this path and keep it; reuse it when it exists (timing only)."),
    ] = None,
) -> None:
    """Import and index rates, and what matching adds to an article's parse (100,000 reviews)."""
    from newsloupe.lab.bench.factchecks import run_bench

    run_bench(n, limit=limit, echo=typer.echo, keep=keep)
