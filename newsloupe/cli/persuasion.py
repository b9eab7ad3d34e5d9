"""Persuasion commands: ``newsloupe train|eval techniques|frames|genre`` and ``export semeval``.

Thin wrappers over :mod:`newsloupe.persuasion.train`. They need the SemEval
data in ``../shared/data`` (or ``--data``) and say so, without failing, when
it is absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

KINDS = ("techniques", "frames", "genre")

KindArg = Annotated[str, typer.Argument(help="What to train or evaluate: techniques, frames or genre.")]
DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help="The shared data folder (or its semeval2023/ folder); default ../shared/data."),
]


def _corpus(kind: str | None, data: Path | None):  # type: ignore[no-untyped-def]
    from newsloupe.persuasion.train import Corpus

    if kind is not None and kind not in KINDS:
        raise typer.BadParameter(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    corpus = Corpus.load(data)
    if corpus is None:
        typer.echo(
            "skipped: the SemEval-2023 data is not here (expected ../shared/data/semeval2023, or give --data)", err=True
        )
    return corpus


def train_cmd(kind: KindArg, data: DataOpt = None) -> None:
    """Cross-validate, then train and save a persuasion model (seeded; prints per-language CV scores)."""
    from newsloupe.persuasion.train import train

    corpus = _corpus(kind, data)
    if corpus is not None:
        train(kind, corpus, log=typer.echo)


def eval_cmd(kind: KindArg, data: DataOpt = None) -> None:
    """Print per-language cross-validated scores of a persuasion model beside the floors."""
    from newsloupe.persuasion.train import evaluate

    corpus = _corpus(kind, data)
    if corpus is not None:
        evaluate(kind, corpus, log=typer.echo)


def export_semeval_cmd(
    data: DataOpt = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder (one sub-folder a language).")] = Path(
        "semeval-predictions"
    ),
) -> None:
    """Write predictions for the SemEval-2023 Task 3 articles in the official file formats."""
    from newsloupe.persuasion.data import shared_data_dir
    from newsloupe.persuasion.train import export_semeval

    if shared_data_dir(data) is None and not (data and data.is_dir()):
        typer.echo(
            "skipped: no SemEval-2023 data folder (expected ../shared/data/semeval2023, or give --data)", err=True
        )
        return
    export_semeval(data, out, log=typer.echo)


def bench_persuasion_cmd(
    runs: Annotated[int, typer.Option("--runs", help="Warm runs per article (median).")] = 3,
    n: Annotated[int, typer.Option("--n", help="French SemEval articles to add when ../shared is present.")] = 10,
) -> None:
    """Time the persuasion analyzer against the spaCy parse of the same articles (target <= 30%)."""
    from newsloupe.persuasion.bench import main

    main(["--runs", str(runs), "--n", str(n)])


def register(**apps: Any) -> None:
    """Add the persuasion commands to the ``newsloupe`` CLI's sub-apps."""
    for kind in KINDS:
        apps["train_app"].command(
            kind, help=f"Cross-validate, then train and save the {kind} model (needs ../shared)."
        )(_bind(train_cmd, kind))
        apps["eval_app"].command(
            kind, help=f"Per-language cross-validated {kind} scores beside the floors (needs ../shared)."
        )(_bind(eval_cmd, kind))
    apps["export_app"].command("semeval")(export_semeval_cmd)
    apps["bench_app"].command("persuasion")(bench_persuasion_cmd)


def _bind(func: Any, kind: str) -> Any:
    """``func`` with its ``kind`` argument fixed, so ``train techniques`` is a command of its own."""

    def command(data: DataOpt = None) -> None:
        func(kind, data)

    command.__doc__ = func.__doc__
    return command
