"""Persuasion commands: ``newsloupe train|eval techniques|frames|genre`` and ``export semeval``.

Thin wrappers over :mod:`newsloupe.lab.persuasion_train`. They need the SemEval
data in ``../shared/data`` (or ``--data``) and say so, without failing, when
it is absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsloupe.persuasion.labels import KINDS

DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help="The shared data folder (or its semeval2023/ folder); default ../shared/data."),
]


def _kind_command(kind: str, action: str) -> Any:
    """The ``newsloupe train KIND`` or ``eval KIND`` command: load the shared data (or say it is absent), then act."""

    def command(data: DataOpt = None) -> None:
        from newsloupe.lab import persuasion_train as training

        _run(training, data)

    def command_eval(
        data: DataOpt = None,
        encoder: Annotated[
            str,
            typer.Option(
                "--encoder",
                help="Paragraph encoder features: cnn (USE-m3, shipped) or token-mean (its input token "
                "embeddings averaged).",
            ),
        ] = "cnn",
        article_encoder: Annotated[
            str,
            typer.Option(
                "--article-encoder",
                help="Article encoder features (frames, genre): token-mean (shipped) or cnn.",
            ),
        ] = "token-mean",
        real: Annotated[
            bool,
            typer.Option(
                "--real",
                help="genre: the committed model's genre shares on real and invented news (PolNeAR, the gold "
                "sets, the extraction pages, samples/stories*) instead of the SemEval cross-validation.",
            ),
        ] = False,
    ) -> None:
        from newsloupe.lab import persuasion_train as training

        if real:
            if kind != "genre":
                raise typer.BadParameter("--real is for genre only", param_hint="--real")
            from newsloupe.lab.genre_real import measure

            measure(log=typer.echo)
            return
        for value, hint in ((encoder, "--encoder"), (article_encoder, "--article-encoder")):
            if value not in ("cnn", "token-mean"):
                raise typer.BadParameter(f"{value!r}: give cnn or token-mean", param_hint=hint)
        training.ENCODER, training.ARTICLE = encoder, article_encoder
        _run(training, data)

    def _run(training: Any, data: Path | None) -> None:
        corpus = training.Corpus.load(data)
        if corpus is None:
            typer.echo(
                "skipped: the SemEval-2023 data is not here (expected ../shared/data/semeval2023, or give --data)",
                err=True,
            )
            return
        (training.train if action == "train" else training.evaluate)(kind, corpus, log=typer.echo)

    return command if action == "train" else command_eval


def export_semeval_cmd(
    data: DataOpt = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder (one sub-folder a language).")] = Path(
        "semeval-predictions"
    ),
) -> None:
    """Write predictions for the SemEval-2023 Task 3 articles in the official file formats."""
    from newsloupe.lab.persuasion_data import shared_data_dir
    from newsloupe.lab.persuasion_train import export_semeval

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
    from newsloupe.lab.bench.persuasion_speed import main

    main(["--runs", str(runs), "--n", str(n)])


def register(**apps: Any) -> None:
    """Add the persuasion commands to the ``newsloupe`` CLI's sub-apps."""
    for kind in KINDS:
        apps["train_app"].command(
            kind, help=f"Cross-validate, then train and save the {kind} model, seeded; prints per-language CV scores."
        )(_kind_command(kind, "train"))
        apps["eval_app"].command(
            kind, help=f"Per-language cross-validated {kind} scores beside the floors (writes nothing)."
        )(_kind_command(kind, "eval"))
    apps["export_app"].command("semeval")(export_semeval_cmd)
    apps["bench_app"].command("persuasion")(bench_persuasion_cmd)
