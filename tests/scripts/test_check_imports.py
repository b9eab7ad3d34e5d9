"""The import checker (scripts/check_imports.py) on a small made-up package and on newsloupe."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check_imports.py"
_spec = importlib.util.spec_from_file_location("check_imports", SCRIPT)
assert _spec is not None and _spec.loader is not None
check_imports = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_imports)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_finds_a_cycle_dodged_inside_a_function_and_private_imports(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "from pkg.a import run\n",
            "a.py": "from pkg.b import helper\n\ndef run():\n    return helper()\n",
            "b.py": "def helper():\n    from pkg.a import run\n    return run\n",
            "c.py": "from pkg import b\nfrom pkg.a import _hidden\n\nx = b._secret\n",
            "d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.c import x\n",
            "e.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.d import _T\n",
        },
    )
    problems = check_imports.check(root)
    assert problems == [
        "pkg/c.py:2: private name _hidden imported from pkg.a",
        "pkg/c.py:4: private name _secret imported from pkg.b",
        "pkg/e.py:3: private name _T imported from pkg.d",
        "import cycle among pkg.a, pkg.b: pkg.a -> pkg.b (line 1), pkg.b -> pkg.a (line 2)",
    ]


def test_package_init_importing_its_children_and_type_checking_imports_are_no_cycle(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "from pkg.sub import thing\n",
            "sub/__init__.py": "from pkg.sub.leaf import thing\n",
            "sub/leaf.py": "from pkg.sub import other\nfrom typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from pkg import thing\nthing = 1\n",
        },
    )
    assert check_imports.check(root) == []


def test_newsloupe_has_no_cycle_and_no_private_import() -> None:
    assert check_imports.check(SCRIPT.parents[1] / "newsloupe") == []


def test_tests_importing_a_private_name_are_offences(tmp_path: Path) -> None:
    root = _package(tmp_path, {"__init__.py": "", "core.py": "def _inner():\n    return 1\n"})
    tests = tmp_path / "tests"
    (tests / "sub").mkdir(parents=True)
    (tests / "sub" / "test_core.py").write_text(
        "from pkg.core import _inner\nimport pkg.core as core\n\ndef test_x():\n    assert core._inner() == _inner()\n",
        encoding="utf-8",
    )
    (tests / "test_ok.py").write_text("from pkg import core\n\ndef test_y():\n    assert core\n", encoding="utf-8")
    assert check_imports.check_tests(tests, root) == [
        "tests/sub/test_core.py:1: private name _inner imported from pkg.core"
    ]


def test_lab_is_imported_only_by_itself_and_by_cli_command_functions(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "",
            "core.py": "def run():\n    return 1\n",
            "lab/__init__.py": "",
            "lab/train.py": "from pkg.core import run\nfrom pkg.lab import helpers\n",
            "lab/helpers.py": "x = 1\n",
            "cli/__init__.py": "from pkg.lab.train import run\n\ndef train():\n    from pkg.lab import train\n"
            "    return train\n",
            "cli/bench.py": "cmd = lambda: __import__('os')\n\ndef bench():\n    import pkg.lab.helpers\n"
            "    return pkg.lab.helpers\n",
            "web.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.lab import helpers\n",
            "store.py": "def load():\n    import pkg.lab.train\n    return pkg.lab.train\n",
        },
    )
    assert check_imports.check(root) == [
        "pkg/cli/__init__.py:1: pkg.lab.train imported at module level in the CLI",
        "pkg/store.py:2: pkg.lab.train imported outside lab/ and cli/",
        "pkg/web.py:3: pkg.lab.helpers imported outside lab/ and cli/",
    ]
