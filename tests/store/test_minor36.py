"""Stop 36's small faults: a story whose first article has no title, the JSON error's position."""

from __future__ import annotations

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.store import Store
from newsloupe.store.stories import story_title
from tests.store.helpers import article


def test_a_story_never_has_a_blank_title(tmp_path) -> None:
    with Store(tmp_path / "s.db") as s:
        aid = s.add_article(article(3, title="")).id
        rows = [(aid, "art-003", None, "fr", None, "")]
        title = story_title(s.conn, "  ", rows)
        assert title and title.startswith("Le conseil municipal de") and len(title) <= 81
        assert story_title(s.conn, "", [*rows, (9, "x", None, "fr", None, "Le pont rouvre")]) == "Le pont rouvre"
        assert story_title(s.conn, "Un titre", rows) == "Un titre"


def test_an_invalid_json_line_says_where(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a1", "text": "Le port de Valmer rouvre\\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 1
    assert "invalid JSON line (Unterminated string starting at: column 22)" in res.output
