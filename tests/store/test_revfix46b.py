"""A partial publication date in the future ("2099-03", "2099") is said at ingest like a whole one (review 46b,
stop 46, revfix46b); a partial date of this month or year, or of the past, is not. Invented text throughout."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.store.ingest import published_future

TEXT = (
    "Ferry service resumes in Calder Bay\n\n"
    "The ferry between Calder Bay and Tarn Island sailed again on Tuesday after a week of storms, the operator "
    "said.\n\nOfficials said repairs to the pier would cost about 2 million dollars."
)


def test_a_partial_date_after_today_is_future() -> None:
    assert published_future("2099-03", today="2026-12-07") and published_future("2099", today="2026-12-07")
    assert published_future("2027-01", today="2026-12-07")
    assert not published_future("2026-12", today="2026-12-07") and not published_future("2026", today="2026-12-07")
    assert not published_future("2027", today="2026-12-31")  # (tomorrow is in 2027)
    assert not published_future("2019-03", today="2026-12-07") and not published_future("20", today="2026-12-07")


def test_a_partial_future_date_is_said_at_ingest(tmp_path: Path) -> None:
    src = tmp_path / "records.jsonl"
    rows = [
        {"id": "f1", "title": "A pier", "text": TEXT, "published": "2099-03"},
        {"id": "p1", "title": "A quay", "text": TEXT.replace("Tuesday", "Friday"), "published": "2019-03"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    result = CliRunner().invoke(app, ["ingest", str(src), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "after today" in line]
    assert "2 new article(s)" in result.output
    assert len(said) == 1 and "2099-03" in said[0], result.output
