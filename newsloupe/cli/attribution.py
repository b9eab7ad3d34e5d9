"""Attribution commands: ``newsloupe eval attribution``, ``train attribution``, ``bench attribution``.

Thin wrappers over :func:`newsloupe.lab.attribution_eval.evaluate_attribution`,
:func:`newsloupe.lab.attribution_train.train` and
:func:`newsloupe.lab.bench.attribution_speed.main`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

GoldArg = Annotated[
    Path,
    typer.Argument(help="Gold file: ../shared/data/attribution/*.jsonl or a seed annotation .json beside its .txt."),
]
LimitOpt = Annotated[int | None, typer.Option("--limit", help="Score only the first N articles.")]


def eval_attribution_cmd(
    gold: GoldArg,
    limit: LimitOpt = None,
    details: Annotated[
        bool, typer.Option("--details", help="List every gold attribution and what was found for it.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    cv: Annotated[
        int | None,
        typer.Option(
            "--cv", help="Cross-validate the learned cue model over N folds of articles (needs scikit-learn)."
        ),
    ] = None,
    part: Annotated[
        str | None,
        typer.Option(
            "--part",
            help="Score only 'held' (every 4th article by sorted id, whose errors rules are never written from) "
            "or 'dev' (the others).",
        ),
    ] = None,
    extra: Annotated[
        list[Path] | None,
        typer.Option(
            "--extra",
            help="With --cv: a gold JSONL file whose articles are added to every fold's training, never scored "
            "(repeat it, e.g. --extra=DIR/{b,c,d}.jsonl); none may be an article of GOLD.",
        ),
    ] = None,
) -> None:
    """Score attributions against gold: content P/R/F1 at overlap 0.3 and 0.8, recall by kind, source, speaker,
    source type (with a confusion table), hedged."""
    from newsloupe.cli import reading_gold
    from newsloupe.lab.attribution_eval import evaluate_attribution, format_report

    with reading_gold(gold):
        result = evaluate_attribution(gold, limit=limit, details=details, cv=cv, part=part, extra=extra)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(result))


def train_attribution_cmd(
    corpus: Annotated[
        Path | None,
        typer.Argument(
            help="Training corpus (JSONL): default ../shared/data/attribution/polnear-train.jsonl for en, "
            "../shared/gold/fr-news/fr-news.jsonl for fr."
        ),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the model: en (PolNeAR, v1) or fr (v2).")] = "en",
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the model (default models/attribution/LANG-cues.json).")
    ] = None,
    c: Annotated[float | None, typer.Option("--c", help="Inverse regularisation strength.")] = None,
    cv: Annotated[
        int,
        typer.Option("--cv", help="English: choose the threshold by cross-validation over N folds of the corpus."),
    ] = 0,
    extra: Annotated[
        list[Path] | None,
        typer.Option(
            "--extra",
            help="French: a gold JSONL file of more training articles (repeat it, e.g. --extra=DIR/{b,c,d}.jsonl); "
            "none may be an article of CORPUS.",
        ),
    ] = None,
) -> None:
    """Train a cue classifier (needs scikit-learn and ../shared): English on PolNeAR, French on fr-news."""
    from newsloupe.attribution.learned import model_path
    from newsloupe.errors import BadInput, NotFound
    from newsloupe.lab.attribution_eval import choose_file_cuts, choose_threshold
    from newsloupe.lab.attribution_gold import extras_line, load_extras, load_gold, parse_gold
    from newsloupe.lab.attribution_train import train, train_file

    if lang not in ("en", "fr"):
        raise BadInput(f"no cue model for language {lang!r} (en or fr)", input=lang)
    if extra and lang != "fr":
        raise BadInput("--extra trains the French (v2) cue model only", input=lang)
    default = {"en": "../shared/data/attribution/polnear-train.jsonl", "fr": "../shared/gold/fr-news/fr-news.jsonl"}
    corpus = corpus or Path(default[lang])
    if not corpus.is_file():
        raise NotFound("training corpus not found (it lives in ../shared, beside the repository)", input=str(corpus))
    target = out or model_path(lang)
    if lang == "en":
        threshold = 0.3  # as chosen by --cv 5 at stop 30 (models/ATTRIBUTION.md)
        if cv:
            threshold, scores = choose_threshold(corpus, folds=cv, c=0.5 if c is None else c)
            for th, v in scores.items():
                typer.echo(f"threshold {th}: P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
            typer.echo(f"chosen: {threshold}")
        model = train(corpus, target, c=0.5 if c is None else c, threshold=threshold)
    else:
        main = [d for d in load_gold(corpus) if d.lang == lang]
        extras = load_extras(list(extra or []), load_gold(corpus), lang)
        if extra:
            typer.echo(extras_line(extras, list(extra), load_gold(corpus)))
        parses = [parse_gold(d) for d in main + extras]
        # (cuts chosen by folds of the corpus and extras: lang/fr cue_model.choose)
        chosen = choose_file_cuts(corpus, lang, extras, parses)
        threshold, gate = chosen[0] if chosen else (None, None)
        if chosen:
            typer.echo(f"cuts chosen by {chosen[1]['folds']} folds: threshold {threshold}, gate {gate}")
        model = train_file(
            corpus,
            target,
            lang,
            c=0.3 if c is None else c,
            threshold=threshold,
            gate=gate,
            extras=extras,
            parses=parses,
        )
    typer.echo(
        f"wrote {target}: {model['candidates']} candidates, {model['positives']} cues, {len(model['weights'])} weights"
    )


def bench_attribution_cmd(
    limit: Annotated[int, typer.Option("--limit", help="Articles to time.")] = 40,
) -> None:
    """Time attribution against the spaCy parse it reuses and print the ratio."""
    from newsloupe.lab.bench.attribution_speed import main

    main(["--limit", str(limit)])


def eval_assertions_cmd(
    gold: Annotated[Path, typer.Argument(help="A folder of sample-format gold files.")] = Path("samples/gold"),
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List misses and false alarms.")] = False,
) -> None:
    """Unsourced-assertion recall and precision per language on gold files (default: samples/gold)."""
    from newsloupe.lab.assertions_eval import main

    main([str(gold), *(["-v"] if verbose else [])])


def register(**apps: Any) -> None:
    """Add the attribution commands to the ``newsloupe`` CLI's sub-apps."""
    apps["eval_app"].command("attribution")(eval_attribution_cmd)
    apps["eval_app"].command("assertions")(eval_assertions_cmd)
    apps["train_app"].command("attribution")(train_attribution_cmd)
    apps["bench_app"].command("attribution")(bench_attribution_cmd)
