"""The analyzer registry names what it knows when asked for an analyzer it does not."""

import subprocess
import sys

import pytest

from newsloupe.analyzers import DEFAULT_ANALYZERS, get_analyzer
from newsloupe.errors import NewsloupeError


def test_an_unknown_analyzer_names_the_built_in_ones() -> None:
    with pytest.raises(NewsloupeError) as err:
        get_analyzer("bogus")
    message = str(err.value)
    assert "'bogus'" in message
    assert "known: none" not in message
    assert "attributions" in message and "places" in message
    assert all(name in message for name in DEFAULT_ANALYZERS)


def test_the_cli_says_the_same_in_a_fresh_process(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Le maire a annoncé lundi la fermeture du pont de Vallonne.", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsloupe", "analyze", str(article), "--analyzers", "bogus"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode != 0
    out = run.stdout + run.stderr
    assert "bogus" in out and "attributions" in out
    assert "Traceback" not in out
