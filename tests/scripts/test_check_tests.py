"""The test checker (scripts/check_tests.py) on made-up test files and on the project's tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check_tests.py"
_spec = importlib.util.spec_from_file_location("check_tests", SCRIPT)
assert _spec is not None and _spec.loader is not None
check_tests = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_tests)

HELPERS = """
def by_name(items, name):
    hits = [i for i in items if i == name]
    assert hits
    return hits[0]

def only_in_loop(items):
    for i in items:
        assert i

def build(x):
    return [x]
"""

TESTS = """
import pytest
from helpers import build, by_name, only_in_loop

def test_nothing():
    build(1)

def test_loop_only(items):
    for i in items:
        assert i > 0

def test_while_only(queue):
    while queue:
        assert queue.pop()

def test_size_first(items):
    assert len(items) == 3
    for i in items:
        assert i > 0

def test_raises():
    with pytest.raises(ValueError):
        int("x")

def test_assert_helper(resp):
    assert_error(resp, 404)

def test_local_helper():
    by_name(["a"], "a")

def test_helper_asserting_only_in_a_loop():
    only_in_loop([1])

def test_nested_def_never_called():
    def inner():
        assert False

def test_literal_loop():
    for fmt in ("json", "text"):
        assert fmt

def test_comprehension_only(items):
    [by_name(items, i) for i in items]

def test_loop_else(items):
    for i in items:
        pass
    else:
        assert not items or items

class TestGroup:
    def test_method(self):
        pass
"""


def _offences(sources: dict[str, str]) -> dict[str, str]:
    out = {}
    for line in check_tests.check_sources(sources):
        where, reason = line.split(": ", 1)
        out[where.split(" ")[1]] = reason
    return out


def test_finds_tests_without_assertions_and_with_assertions_only_in_loops() -> None:
    found = _offences({"tests/helpers.py": HELPERS, "tests/test_x.py": TESTS})
    no_assertion = {k for k, v in found.items() if v == "no assertion"}
    in_loop = {k for k, v in found.items() if v.startswith("assertions only inside a loop")}
    assert no_assertion == {
        "test_nothing",
        "test_helper_asserting_only_in_a_loop",
        "test_nested_def_never_called",
        "test_method",
    }
    assert in_loop == {"test_loop_only", "test_while_only", "test_comprehension_only"}


def test_line_format_and_exit_code(tmp_path: Path, capsys) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_a.py").write_text("def test_a():\n    pass\n\n\ndef test_b():\n    assert 1\n", encoding="utf-8")
    assert check_tests.main([str(tests)]) == 1
    assert capsys.readouterr().out.splitlines() == ["tests/test_a.py:1 test_a: no assertion"]
    (tests / "test_a.py").write_text("def test_b():\n    assert 1\n", encoding="utf-8")
    assert check_tests.main([str(tests)]) == 0


def test_the_project_tests_have_no_offence() -> None:
    assert check_tests.check(SCRIPT.parents[1] / "tests") == []
