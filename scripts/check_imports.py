"""Check newsloupe's import graph: no import cycle, no import of another module's private name,
no runtime module importing the lab (training, evaluation and benchmark code).

Usage: ``python scripts/check_imports.py [PACKAGE_DIR [TESTS_DIR]]`` (default: ``newsloupe`` and
``tests`` beside this script). Prints one line per offence and exits 1 when there is any, 0 otherwise.

Pure :mod:`ast`, nothing is imported. What counts:

* every ``import``/``from … import`` of a module of the package, wherever it stands —
  imports inside functions count too (a cycle dodged by a late import is still a cycle);
  imports under ``if TYPE_CHECKING:`` do not count for cycles (they never run);
* an import of a module's parent package is dropped (Python imports the package before the
  module anyway), so a package's ``__init__`` importing its own children is no cycle;
* a private name is one with a leading underscore (not a dunder): ``from m import _x`` and
  ``m._x`` (``m`` an imported package module) are offences when ``m`` is another module,
  under ``TYPE_CHECKING`` too;
* the lab is the package's ``lab`` subpackage: a module outside it may not import it, under
  ``TYPE_CHECKING`` too, except the ``cli`` subpackage inside a function (a command imports
  what it runs; a module-level import would load the lab for every command).
* the tests hold to the private-name rule for what they import (``from m import _x``): a test
  exercises what a module offers, so a helper worth testing on its own gets a public name; a
  test may still reach ``m._x`` to patch or reset a module's state.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path


def module_names(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` file under package directory ``root``."""
    mods = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        mods[".".join(parts)] = path
    return mods


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Visitor(ast.NodeVisitor):
    """Collect one module's import edges and private-name uses."""

    def __init__(self, name: str, is_pkg: bool, mods: dict[str, Path]) -> None:
        self.name, self.is_pkg, self.mods = name, is_pkg, mods
        self.edges: list[tuple[str, int]] = []  # (imported module, line)
        self.private: list[tuple[str, str, int]] = []  # (module, name, line)
        self.aliases: dict[str, str] = {}  # local name -> package module it is bound to
        self.typing_only = 0
        self.depth = 0  # functions (and lambdas) the visitor is inside
        self.lab_uses: list[tuple[str, int, bool]] = []  # (imported lab module, line, inside a function)

    def _base(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        parts = self.name.split(".")
        if not self.is_pkg:
            parts.pop()
        parts = parts[: len(parts) - (node.level - 1)]
        return ".".join([*parts, node.module] if node.module else parts)

    def _edge(self, target: str, line: int) -> None:
        self.lab_uses.append((target, line, self.depth > 0))
        if not self.typing_only and target != self.name and not self.name.startswith(target + "."):
            self.edges.append((target, line))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_Lambda = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if _type_checking(node.test):
            self.typing_only += 1
            for child in node.body:
                self.visit(child)
            self.typing_only -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name in self.mods:
                self._edge(alias.name, node.lineno)
                if alias.asname:
                    self.aliases[alias.asname] = alias.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = self._base(node)
        if base not in self.mods:
            return
        for alias in node.names:
            full = f"{base}.{alias.name}"
            if full in self.mods:  # a submodule
                self._edge(full, node.lineno)
                self.aliases[alias.asname or alias.name] = full
                if _private(alias.name) and not self.name.startswith(base + "."):
                    self.private.append((base, alias.name, node.lineno))
            else:
                self._edge(base, node.lineno)
                if _private(alias.name) and base != self.name:
                    self.private.append((base, alias.name, node.lineno))

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Name) and _private(node.attr):
            target = self.aliases.get(node.value.id)
            if target is not None and target != self.name and f"{target}.{node.attr}" not in self.mods:
                self.private.append((target, node.attr, node.lineno))
        self.generic_visit(node)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return sorted(out)


def _in(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def check(root: Path) -> list[str]:
    """The offences of package directory ``root``, one readable line each (empty: clean)."""
    mods = module_names(root)
    lab, cli = f"{root.name}.lab", f"{root.name}.cli"
    graph: dict[str, set[str]] = {m: set() for m in mods}
    where: dict[tuple[str, str], int] = {}
    problems = []
    for name, path in mods.items():
        visitor = _Visitor(name, path.name == "__init__.py", mods)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for target, line in visitor.edges:
            graph[name].add(target)
            where.setdefault((name, target), line)
        for target, priv, line in visitor.private:
            problems.append(f"{path.relative_to(root.parent)}:{line}: private name {priv} imported from {target}")
        if not _in(name, lab):
            for target, line, in_function in visitor.lab_uses:
                if _in(target, lab) and not (_in(name, cli) and in_function):
                    where_ = "at module level in the CLI" if _in(name, cli) else "outside lab/ and cli/"
                    problems.append(f"{path.relative_to(root.parent)}:{line}: {target} imported {where_}")
    for comp in _cycles(graph):
        members = set(comp)
        links = ", ".join(f"{a} -> {b} (line {where[a, b]})" for a in comp for b in sorted(graph[a] & members))
        problems.append(f"import cycle among {', '.join(comp)}: {links}")
    return problems


class _ImportsOnly(_Visitor):
    """A test file's visitor: ``m._x`` (patching a module's state) is no offence there."""

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.generic_visit(node)


def check_tests(tests: Path, root: Path) -> list[str]:
    """The private names of package directory ``root`` that the ``.py`` files under ``tests`` import."""
    mods = module_names(root)
    problems = []
    for path in sorted(tests.rglob("*.py")):
        visitor = _ImportsOnly(f"_tests_.{path.stem}", False, mods)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for target, priv, line in visitor.private:
            problems.append(f"{path.relative_to(tests.parent)}:{line}: private name {priv} imported from {target}")
    return problems


def main(argv: list[str]) -> int:
    """Print the offences of the package and its tests; RETURNS the exit code (1 when there is any)."""
    here = Path(__file__).resolve().parents[1]
    root = Path(argv[0]) if argv else here / "newsloupe"
    tests = Path(argv[1]) if len(argv) > 1 else (here / "tests" if not argv else None)
    problems = check(root) + (check_tests(tests, root) if tests is not None and tests.is_dir() else [])
    for line in problems:
        print(line)
    where = f"{root.name}/" + (f" and {tests.name}/" if tests is not None and tests.is_dir() else "")
    print(f"check_imports: {len(problems)} offence(s) in {where}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
