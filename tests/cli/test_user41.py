"""A new user's faults found at stop 41 (branch fixb41), on inputs invented for these tests."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsloupe.analyzers import DEFAULT_ANALYZERS
from newsloupe.cli import app
from newsloupe.cli.stories import ListFormat, emit_list
from newsloupe.factchecks.memory import import_sources
from newsloupe.store import Store

runner = CliRunner()

REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checkers.example/2031/brindle-dam",
    "claimReviewed": "The Brindle Creek dam collapsed on Monday.",
    "datePublished": "2025-03-02",
    "inLanguage": "en",
    "author": {"@type": "Organization", "name": "Check Desk"},
}


def test_analyze_given_claimreviews_says_so_once_with_the_import_hint(tmp_path) -> None:
    # (before: one "neither 'text' nor 'html'" line per review)
    f = tmp_path / "reviews.json"
    rated = {**REVIEW, "reviewRating": {"@type": "Rating", "alternateName": "False"}}
    f.write_text(json.dumps([rated, {**rated, "url": "https://checkers.example/2031/other"}]), encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and "ClaimReview" in res.stderr and "factchecks import" in res.stderr
    assert "neither" not in res.stderr


def test_factchecks_search_says_why_a_high_score_is_no_match_and_shows_a_numeric_rating(tmp_path) -> None:
    reviews = [
        {**REVIEW, "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 10, "worstRating": 0}},
        {
            **REVIEW,
            "url": "https://checkers.example/2031/quillport-cases",
            "claimReviewed": "Quillport reported 200 confirmed measles cases in March.",
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
        },
    ]
    src = tmp_path / "reviews.json"
    src.write_text(json.dumps(reviews), encoding="utf-8")
    db = tmp_path / "fc.db"
    with Store(db) as store:
        assert import_sources(store.conn, [str(src)]).imported == 2
    res = runner.invoke(
        app, ["factchecks", "search", "Quillport reported 2 confirmed measles cases in March.", "--db", str(db)]
    )
    assert res.exit_code == 0
    line = next(x for x in res.stdout.splitlines() if "quillport-cases" in x)
    assert not line.startswith("MATCH") and "(no match: " in line  # (before: a bare score, no reason)
    res = runner.invoke(app, ["factchecks", "search", "The Brindle Creek dam collapsed on Monday.", "--db", str(db)])
    line = next(x for x in res.stdout.splitlines() if "brindle-dam" in x)
    assert "false (2/10)" in line  # (before: "false (?)")
    res = runner.invoke(app, ["factchecks", "list", "--db", str(db)])
    assert "false (2/10)" in res.stdout


def test_a_line_break_in_a_listed_text_keeps_one_line_per_item(capsys) -> None:
    emit_list([{"t": "Let the canal open.\nLet the boats in,"}, {"t": "second"}], ListFormat.text, lambda x: x["t"])
    assert capsys.readouterr().out.splitlines() == ["Let the canal open. Let the boats in,", "second"]


def test_help_texts_list_the_analyzers_and_show_no_rest_markup() -> None:
    res = runner.invoke(app, ["analyze", "--help"], env={"COLUMNS": "300"})
    assert all(name in res.stdout for name in DEFAULT_ANALYZERS)
    res = runner.invoke(app, ["factchecks", "--help"], env={"COLUMNS": "300"})
    assert res.exit_code == 0 and "``" not in res.stdout
