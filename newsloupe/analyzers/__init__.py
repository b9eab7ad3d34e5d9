"""Analyzers: small components that read a parsed article and return findings.

Declared like spaCy components: ``@analyzer(name, version, requires, assigns)``
sits beside the function. An analyzer is called as ``func(parsed, analysis)``
and returns ``{name: typed findings}`` for what it assigns: span groups
(``"places"`` -> ``analysis.spans.places``, a list of :class:`~newsloupe.model.Span`)
or :class:`~newsloupe.model.Analysis` fields (``"attributions"``, ``"published"``);
the pipeline refuses plain dicts and sets them with ``Analysis.assign``. It never
changes the article itself, and it does no I/O (data files and models load lazily, once,
through cached loaders). ``requires`` names fields earlier analyzers assign;
:func:`build_pipeline` checks the order and names a missing producer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsloupe.errors import E_PIPELINE, NewsloupeError

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed

AnalyzerFunc = Callable[["Parsed", "Analysis"], dict[str, Any]]
PrepareFunc = Callable[[list["Parsed"]], None]

# Built-in analyzers, in pipeline order; each module registers itself on import.
DEFAULT_ANALYZERS: tuple[str, ...] = (
    "sentences",
    "entities",
    "places",
    "dates",
    "captions",
    "attributions",
    "assertions",
    "sourcing",
    "persuasion",
)
# the ``--analyzers`` option's help (analyze, ingest, run, serve): the names it takes
ANALYZERS_HELP = "Comma-separated analyzer names, of: " + ", ".join(DEFAULT_ANALYZERS) + " (default: all)."


@dataclass(frozen=True)
class AnalyzerInfo:
    """A registered analyzer: its name, version, inputs, outputs and function."""

    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    func: AnalyzerFunc
    # Optional batch hook (like spaCy's ``pipe``): sees a batch's parsed articles before the
    # per-article calls and may leave work for them in ``Parsed.scratch`` (a speed-up only).
    prepare: PrepareFunc | None = None

    @property
    def qualified(self) -> str:
        """``name.vVERSION``, recorded with the findings it made."""
        return f"{self.name}.v{self.version}"


REGISTRY: dict[str, AnalyzerInfo] = {}


def analyzer(
    name: str,
    version: str,
    *,
    requires: tuple[str, ...] = (),
    assigns: tuple[str, ...] = (),
    prepare: PrepareFunc | None = None,
) -> Callable[[AnalyzerFunc], AnalyzerFunc]:
    """Register an analyzer function under ``name``.

    name (str): registry name.
    version (str): bump when outputs change.
    requires (tuple[str, ...]): Analysis fields it reads that other analyzers assign.
    assigns (tuple[str, ...]): Analysis fields it returns.
    prepare (Callable | None): batch hook called with a batch's parsed articles first.
    RETURNS (Callable): the decorator.
    """

    def register(func: AnalyzerFunc) -> AnalyzerFunc:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise NewsloupeError(f"analyzer {name!r} is registered twice", code=E_PIPELINE)
        REGISTRY[name] = AnalyzerInfo(name, version, tuple(requires), tuple(assigns), func, prepare)
        return func

    return register


def _import_builtin(name: str) -> None:
    try:
        importlib.import_module(f"newsloupe.analyzers.{name}")
    except ModuleNotFoundError as err:
        if err.name != f"newsloupe.analyzers.{name}":
            raise


def get_analyzer(name: str) -> AnalyzerInfo:
    """Look an analyzer up by name, importing the built-in module of that name."""
    if name not in REGISTRY:
        _import_builtin(name)
    if name not in REGISTRY:
        known = ", ".join(sorted(set(REGISTRY) | set(DEFAULT_ANALYZERS)))
        raise NewsloupeError(f"no analyzer named {name!r} (known: {known})", code=E_PIPELINE)
    return REGISTRY[name]


def build_pipeline(names: tuple[str, ...] | list[str] | None = None) -> list[AnalyzerInfo]:
    """Resolve analyzer names into an ordered pipeline and check its wiring.

    names: analyzer names in order; None means every built-in one available.
    RETURNS (list[AnalyzerInfo]): the pipeline.
    """
    if names is None:
        infos = []
        for name in DEFAULT_ANALYZERS:
            _import_builtin(name)
            if name in REGISTRY:
                infos.append(REGISTRY[name])
    else:
        infos = [get_analyzer(n) for n in names]
    assigned: set[str] = set()
    for info in infos:
        missing = [r for r in info.requires if r not in assigned]
        if missing:
            producers = {r: [i.name for i in REGISTRY.values() if r in i.assigns] for r in missing}
            hint = "; ".join(f"{r!r} is assigned by {', '.join(p) or 'no analyzer'}" for r, p in producers.items())
            raise NewsloupeError(f"analyzer {info.name!r} runs before what it requires: {hint}", code=E_PIPELINE)
        assigned.update(info.assigns)
    return infos
