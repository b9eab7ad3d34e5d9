"""Claim-linking trials on kept stores.

``python -m newsloupe.lab.claims_relink --stores DIR [--set NAME=VALUE …] [--grid|--each NAME=V1,V2 …] CORPUS…``

Each corpus folder (``corpus.jsonl`` and ``gold.json``, as ``newsloupe eval stories`` reads it) is
analysed once into ``DIR/<folder name>-<8 hex of its full path>.db`` (two folders of the same name
never share a store), kept; every trial then forgets the store's stories and
claims (:func:`~newsloupe.stories.assign.reset`) and assigns them again with other
:class:`~newsloupe.stories.assign.Params`, so a trial over the thirteen development sets costs the
linker's seconds, not the analysis of every article. With the shipped parameters each corpus's
figures are those of ``newsloupe eval stories`` (the same analyses, the same linker).

``--set`` overrides a parameter in every trial; ``--grid`` runs every combination of the values
given, ``--each`` the shipped setting and then each value given alone (one parameter moved at a time: a
pool of many parameters' settings at the cost of their sum, not their product; the two exclusive; a
parameter is in ``--set`` or in them, not both) and chooses by leave-one-corpus-out (each
corpus scored at the setting whose mean claims F1 over the other corpora is best: nothing chosen
on the corpus it is scored on; with ``--each`` the held-out mean is printed beside the shipped setting's and the
corpora it lifts and lowers: a setting is evidence only if it gains on most corpora held out).
``--score stories`` chooses and scores on stories pairwise F1
instead (a story parameter; the claims figures are printed beside); ``--score claims-strict`` on
the strict claims F1 (``stories_eval``: a claim's statements that no gold occurrence names are charged,
stories printed beside); with ``--hold-other`` a fold
chooses only among the settings that keep the other F1 of its corpora at least at the first setting's.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
from pathlib import Path
from typing import Any

from newsloupe.lab.stories_eval import evaluate
from newsloupe.store import Store
from newsloupe.stories.assign import PARAMS, Linker, Params, reset


def kept_store(corpus: Path, stores: Path, *, workers: int = 1) -> Path:
    """The analysed store of ``corpus`` under ``stores`` (made, analysed and assigned the first time)."""
    from newsloupe.batch import run
    from newsloupe.store.ingest import ingest

    path = store_path(corpus, stores)
    if not path.exists():
        stores.mkdir(parents=True, exist_ok=True)
        with Store(path) as store:
            ingest(store, [str(corpus / "corpus.jsonl")])
            run(store, workers=workers)
    return path


def store_path(corpus: Path, stores: Path) -> Path:
    """``stores/<folder name>-<8 hex>.db``: the hex from the folder's resolved path."""
    digest = hashlib.sha1(str(corpus.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return stores / f"{corpus.name}-{digest}.db"


def labels(corpora: list[Path]) -> list[str]:
    """How each corpus is named in the output: its folder name, the path given when two share a name.

    RAISES (SystemExit): the same folder given twice.
    """
    resolved = [c.resolve() for c in corpora]
    if len(set(resolved)) < len(resolved):
        raise SystemExit("a corpus folder is given twice")
    names = [c.name for c in corpora]
    return [c.name if names.count(c.name) == 1 else str(c) for c in corpora]


def parse_assignments(option: str, given: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` options as a dict (a malformed or repeated one exits with a message)."""
    out: dict[str, str] = {}
    for item in given:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise SystemExit(f"{option} {item!r}: expected NAME=VALUE")
        if name.strip() in out:
            raise SystemExit(f"{option}: {name.strip()!r} given twice")
        out[name.strip()] = value
    return out


def relink(corpus: Path, stores: Path, params: Params = PARAMS, *, workers: int = 1) -> dict[str, Any]:
    """Stories and claims of ``corpus``'s kept store assigned again with ``params``, scored against its gold.

    RETURNS (dict): as :func:`~newsloupe.lab.stories_eval.evaluate`.
    """
    with Store(kept_store(corpus, stores, workers=workers)) as store:
        reset(store.conn)
        Linker(store.conn, params).assign_pending()
        return evaluate(store, corpus / "gold.json")


def parse_value(name: str, text: str) -> Any:
    """``text`` as the type of the parameter ``name`` of :class:`Params` (an unknown name raises)."""
    if name not in {f.name for f in dataclasses.fields(Params)}:
        raise SystemExit(f"no parameter {name!r} in stories.assign.Params")
    kind = type(getattr(PARAMS, name))
    try:
        return kind(text)
    except ValueError:
        raise SystemExit(f"{name}={text!r}: expected a {kind.__name__}") from None


def leave_one_out(
    trials: list[tuple[dict[str, Any], dict[str, float]]], beside: list[dict[str, float]] | None = None
) -> dict[str, tuple[float, dict[str, Any]]]:
    """Leave-one-corpus-out choice among ``trials`` ((setting, corpus -> F1), every corpus in each).

    beside (list | None): per trial, corpus -> the other F1; when given, a setting is eligible in a fold
        only when its mean of that F1 over the other corpora is no lower than the first trial's (the
        first value of every grid axis being the shipped one: a story setting may not cost claims).
    RETURNS (dict): corpus -> (its F1 at the chosen setting, that setting), the setting chosen as
    the best mean over the other corpora among the eligible (the first such in ``trials`` on a tie).
    """
    out: dict[str, tuple[float, dict[str, Any]]] = {}
    for held in trials[0][1]:
        eligible = [
            t
            for n, t in enumerate(trials)
            if beside is None or _mean_without(beside[n], held) >= _mean_without(beside[0], held) - 1e-9
        ]
        setting, scores = max(eligible, key=lambda t, held=held: _mean_without(t[1], held))
        out[held] = (scores[held], setting)
    return out


def _mean_without(scores: dict[str, float], held: str) -> float:
    rest = [v for k, v in scores.items() if k != held]
    return sum(rest) / len(rest) if rest else 0.0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.claims_relink", description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--stores", type=Path, required=True, help="folder of the kept stores (one per corpus)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--grid", action="append", default=[], metavar="NAME=V1,V2")
    ap.add_argument(
        "--each",
        action="append",
        default=[],
        metavar="NAME=V1,V2",
        help="the shipped setting, then each value alone (not combined); exclusive with --grid",
    )
    ap.add_argument(
        "--score",
        choices=("claims", "stories", "claims-strict"),
        default="claims",
        help="the F1 chosen on (claims-strict: eval stories' strict claims figure, which charges a claim's"
        " statements that no gold occurrence names)",
    )
    ap.add_argument(
        "--hold-other",
        action="store_true",
        help="choose only among settings whose other F1 (over the fold's corpora) is no lower than the first setting's",
    )
    args = ap.parse_args(argv)
    other = "claims" if args.score == "stories" else "stories"
    fixed = {k: parse_value(k, v) for k, v in parse_assignments("--set", args.set).items()}
    axes = {k: [parse_value(k, x) for x in v.split(",")] for k, v in parse_assignments("--grid", args.grid).items()}
    each = {k: [parse_value(k, x) for x in v.split(",")] for k, v in parse_assignments("--each", args.each).items()}
    if axes and each:
        raise SystemExit("--grid and --each: give one of them")
    both = sorted(set(fixed) & (set(axes) | set(each)))
    if both:
        raise SystemExit(f"{', '.join(both)}: in --set and --grid/--each; give a parameter in one of them")
    names = labels(args.corpora)
    trials: list[tuple[dict[str, Any], dict[str, float]]] = []
    others: list[dict[str, float]] = []
    settings = (
        [{}] + [{k: v} for k, values in each.items() for v in values]
        if each
        else [dict(zip(axes, combo, strict=True)) for combo in itertools.product(*axes.values())]
    )
    for setting in settings:
        params = dataclasses.replace(PARAMS, **fixed, **setting)
        scores, beside = {}, {}
        for corpus, name in zip(args.corpora, names, strict=True):
            result = relink(corpus, args.stores, params)
            scores[name] = (result["claims"]["strict"] if args.score == "claims-strict" else result[args.score])["f1"]
            beside[name] = result[other]["f1"]
        trials.append((setting, scores))
        others.append(beside)
        mean = sum(scores.values()) / len(scores)
        print(
            f"{setting or fixed or 'shipped'}: {args.score} mean {mean:.3f} min {min(scores.values()):.3f}"
            f" ({other} mean {sum(beside.values()) / len(beside):.3f}) | "
            + " ".join(f"{k} {v:.3f}" for k, v in scores.items()),
            flush=True,
        )
    if len(trials) > 1 and len(args.corpora) > 1:
        chosen = leave_one_out(trials, others if args.hold_other else None)
        for name, (f1, setting) in chosen.items():
            print(f"left out {name}: {f1:.3f} at {setting}")
        held = [f for f, _ in chosen.values()]
        print(f"leave-one-corpus-out: {args.score} mean {sum(held) / len(held):.3f} min {min(held):.3f}")
        if each:
            print(against_shipped(trials[0][1], chosen, "base (shipped + --set)" if fixed else "shipped"))


def against_shipped(
    shipped: dict[str, float], chosen: dict[str, tuple[float, dict[str, Any]]], label: str = "shipped"
) -> str:
    """The held-out figures of ``chosen`` (:func:`leave_one_out`) beside the first setting's ``shipped`` (named
    ``label``: "base (shipped + --set)" when ``--set`` moved it): the two means, and the corpora the choice lifts,
    lowers and leaves."""
    up = sorted(k for k, (f1, _) in chosen.items() if f1 > shipped[k] + 1e-9)
    down = sorted(k for k, (f1, _) in chosen.items() if f1 < shipped[k] - 1e-9)
    mean = sum(shipped.values()) / len(shipped)
    held = sum(f1 for f1, _ in chosen.values()) / len(chosen)
    return (
        f"{label} mean {mean:.3f}, held out {held:.3f}: {len(up)} up ({' '.join(up) or '-'}),"
        f" {len(down)} down ({' '.join(down) or '-'}), {len(chosen) - len(up) - len(down)} the same"
    )


if __name__ == "__main__":
    main()
