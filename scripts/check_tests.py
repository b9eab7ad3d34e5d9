"""Check the tests: no test without an assertion, none whose assertions all sit inside a loop.

Usage: ``python scripts/check_tests.py [TESTS_DIR]`` (default: ``tests`` beside this script).
Prints one line per offence (``file:line test_name: reason``) and exits 1 when there is any.

Pure :mod:`ast`, nothing is imported or run. A test is a function named ``test_*`` (at module
level or in a class). What counts as an assertion:

* an ``assert`` statement;
* a call of ``pytest.raises``/``warns``/``deprecated_call``/``fail`` (as a context manager or not);
* a call of a function whose name starts with ``assert``, ``check_`` or ``expect``
  (``assert_error``, ``np.testing.assert_allclose``, Playwright's ``expect``);
* a call of a helper defined anywhere under the tests directory that itself asserts (by
  these same rules, so helpers of helpers count too).

Offences:

* ``no assertion``: the test holds none of the above;
* ``assertions only inside a loop``: every one sits in the body of a ``for``/``while`` loop
  (or in the element of a comprehension), which may run zero times, and none stands outside
  (an ``assert items`` or ``assert len(items) == 3`` before the loop is outside). A ``for``
  over a non-empty literal (``for fmt in ("json", "text")``, ``range(3)``) or a ``while True``
  runs at least once,
  so its body counts as outside.

Code in functions or classes nested inside a test is not part of the test unless it is called.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ASSERT_PREFIXES = ("assert", "check_", "expect")
PYTEST_ASSERTIONS = frozenset({"raises", "warns", "deprecated_call", "fail"})
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)


class Count:
    """Assertions of one function body: outside any loop, and inside one."""

    def __init__(self) -> None:
        self.outside = 0
        self.inside = 0


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_assertion_call(call: ast.Call, helpers: set[str]) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "pytest":
        return func.attr in PYTEST_ASSERTIONS
    name = _call_name(call)
    if name is None:
        return False
    if isinstance(func, ast.Name) and name in {"raises", "warns"}:
        return True
    return name.startswith(ASSERT_PREFIXES) or name in helpers


def _runs_at_least_once(iterable: ast.expr) -> bool:
    """Whether a ``for`` over ``iterable`` surely runs its body: a non-empty literal or ``range(n > 0)``."""
    if isinstance(iterable, (ast.Tuple, ast.List, ast.Set)):
        return bool(iterable.elts) and not any(isinstance(e, ast.Starred) for e in iterable.elts)
    if isinstance(iterable, ast.Dict):
        return bool(iterable.keys) and None not in iterable.keys
    if isinstance(iterable, ast.Constant) and isinstance(iterable.value, (str, bytes)):
        return bool(iterable.value)
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "range":
        args = iterable.args
        if len(args) == 1 and isinstance(args[0], ast.Constant) and isinstance(args[0].value, int):
            return args[0].value > 0
    return False


def _visit(node: ast.AST, in_loop: bool, helpers: set[str], count: Count) -> None:
    if isinstance(node, _SCOPES):
        return  # a nested function or class runs only when called
    if isinstance(node, ast.Assert) or (isinstance(node, ast.Call) and _is_assertion_call(node, helpers)):
        if in_loop:
            count.inside += 1
        else:
            count.outside += 1
    if isinstance(node, _LOOPS):
        # The iterable (or the while test) is evaluated at least once; the body may never run;
        # a loop's ``else`` runs when the body ran zero times too.
        head = [node.target, node.iter] if isinstance(node, (ast.For, ast.AsyncFor)) else [node.test]
        for child in [*head, *node.orelse]:
            _visit(child, in_loop, helpers, count)
        if isinstance(node, ast.While):
            surely = isinstance(node.test, ast.Constant) and bool(node.test.value)  # while True
        else:
            surely = _runs_at_least_once(node.iter)
        for child in node.body:
            _visit(child, in_loop or not surely, helpers, count)
        return
    if isinstance(node, _COMPREHENSIONS):
        first, *rest = node.generators
        _visit(first.iter, in_loop, helpers, count)
        looped: list[ast.AST] = [*first.ifs, *rest]
        looped += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        for child in looped:
            _visit(child, True, helpers, count)
        return
    for child in ast.iter_child_nodes(node):
        _visit(child, in_loop, helpers, count)


def count_assertions(func: ast.FunctionDef | ast.AsyncFunctionDef, helpers: set[str]) -> Count:
    """Count the assertions in the body of ``func`` (nested definitions excluded).

    func (FunctionDef | AsyncFunctionDef): the function.
    helpers (set[str]): names of helpers that assert.
    RETURNS (Count): assertions outside loops and inside them.
    """
    count = Count()
    for stmt in func.body:
        _visit(stmt, False, helpers, count)
    return count


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def asserting_helpers(trees: list[ast.Module]) -> set[str]:
    """Names of the functions that assert outside loops, directly or through other such functions.

    trees (list[Module]): parsed test files.
    RETURNS (set[str]): function names.
    """
    funcs = [f for tree in trees for f in _functions(tree)]
    helpers: set[str] = set()
    while True:
        found = {f.name for f in funcs if count_assertions(f, helpers).outside}
        if found <= helpers:
            return helpers
        helpers |= found


def _tests(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    out = []
    for node in tree.body:
        body = node.body if isinstance(node, ast.ClassDef) and node.name.startswith("Test") else [node]
        out += [f for f in body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]
    return [f for f in out if f.name.startswith("test")]


def check_sources(sources: dict[str, str]) -> list[str]:
    """Offences in test sources.

    sources (dict[str, str]): file name -> Python source.
    RETURNS (list[str]): one ``file:line test_name: reason`` line per offence.
    """
    trees = {name: ast.parse(src, filename=name) for name, src in sources.items()}
    helpers = asserting_helpers(list(trees.values()))
    problems = []
    for name, tree in trees.items():
        for test in _tests(tree):
            count = count_assertions(test, helpers)
            if count.outside:
                continue
            if count.inside:
                reason = "assertions only inside a loop that may run zero times (assert on the collection first)"
            else:
                reason = "no assertion"
            problems.append(f"{name}:{test.lineno} {test.name}: {reason}")
    return problems


def check(root: Path) -> list[str]:
    """Offences in every ``.py`` file under ``root``.

    root (Path): the tests directory.
    RETURNS (list[str]): one line per offence, paths relative to the parent of ``root``.
    """
    paths = sorted(root.rglob("*.py"))
    return check_sources({str(p.relative_to(root.parent)): p.read_text(encoding="utf-8") for p in paths})


def main(argv: list[str]) -> int:
    """Print the offences of the tests; RETURNS the exit code (1 when there is any)."""
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "tests"
    problems = check(root)
    for line in problems:
        print(line)
    print(f"check_tests: {len(problems)} offence(s) in {root.name}/", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
