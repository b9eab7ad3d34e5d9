"""The strict claims figure of ``newsloupe eval stories`` on a small invented case counted by hand."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsloupe.lab.stories_eval import evaluate, strict_pairs
from newsloupe.store import Store

# Three invented articles of three sentences each.
TEXTS = {
    "a1": "The mill was closed by order of the mayor. Rain fell all week. The bakers blame the new tax.",
    "a2": "Critics say the mayor ordered the mill closed. The river rose two metres. Nobody saw the mayor at the fair.",
    "a3": (
        "The mill shut because the mayor wanted it shut. The mill owner denies any debt."
        " Bread costs more since the tax."
    ),
}
GOLD = {
    "stories": {"mill": {"label": "mill", "articles": ["a1", "a2", "a3"]}},
    "claims": {
        "mill-mayor": {
            "label": "the mayor had the mill closed",
            "occurrences": [
                {"article": "a1", "text": "The mill was closed by order of the mayor."},
                {"article": "a2", "text": "Critics say the mayor ordered the mill closed."},
                {"article": "a3", "text": "The mill shut because the mayor wanted it shut."},
            ],
        },
        "bakers-tax": {
            "label": "the tax raised the bread price",
            "occurrences": [
                {"article": "a1", "text": "The bakers blame the new tax."},
                {"article": "a3", "text": "Bread costs more since the tax."},
            ],
        },
    },
    "near_misses": [{"article": "a3", "text": "The mill owner denies any debt.", "close_to": "mill-mayor"}],
}
# Predicted claims: (article, statement text, claim). "Critics say the mayor ordered" is the statement
# that matches a2's occurrence (0.63 of it); "the mill closed." is a piece of the same occurrence.
PREDICTED = [
    ("a1", "The mill was closed by order of the mayor.", 1),
    ("a2", "Critics say the mayor ordered", 1),
    ("a2", "the mill closed.", 1),
    ("a3", "The mill shut because the mayor wanted it shut.", 1),
    ("a1", "Rain fell all week.", 1),
    ("a3", "The mill owner denies any debt.", 1),
    ("a3", "Bread costs more since the tax.", 1),
    ("a1", "The bakers blame the new tax.", 2),
    ("a2", "The river rose two metres.", 2),
    ("a2", "Nobody saw the mayor at the fair.", 3),
]


def _store(path: Path) -> Store:
    store = Store(path)
    c = store.conn
    for n, (doc, text) in enumerate(TEXTS.items(), start=1):
        c.execute(
            "INSERT INTO articles(id, doc_id, content_hash, language, published, title, text, meta, ingested_at)"
            " VALUES (?, ?, ?, 'en', '2031-05-04', '', ?, '{}', '2031-05-04')",
            (n, doc, f"h{n}", text),
        )
    for claim in (1, 2, 3):
        c.execute("INSERT INTO claims(id, first_occurrence, text) VALUES (?, 0, '')", (claim,))
    aid = {doc: n for n, doc in enumerate(TEXTS, start=1)}
    for doc, sentence, claim in PREDICTED:
        start = TEXTS[doc].index(sentence)
        c.execute(
            'INSERT INTO statements(article_id, claim_id, start, "end", text, kind, vec) VALUES (?, ?, ?, ?, ?, ?, ?)',
            (aid[doc], claim, start, start + len(sentence), sentence, "unsourced", b""),
        )
    c.commit()
    return store


def test_the_strict_figure_charges_the_statements_no_gold_occurrence_names(tmp_path: Path) -> None:
    """By hand. Gold pairs: mill-mayor 3, bakers-tax 1. Claim 1 holds the 3 mill-mayor occurrences (3 true
    pairs) and one bakers-tax occurrence (3 false pairs): P 3/6, R 3/4, F1 0.600 as before. Strict: claim 1's
    4 occurrences × (one other statement + one near miss) = 8 false pairs (the piece of a2's occurrence is not
    counted), claim 2's one occurrence × one other statement = 1, claim 3 holds no occurrence: P 3/(6 + 9) 0.200,
    R 0.750, F1 0.316."""
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    with _store(tmp_path / "s.db") as store:
        claims = evaluate(store, gold)["claims"]
    assert (claims["tp"], claims["fp"], claims["fn"]) == (3, 3, 1)
    assert (claims["precision"], claims["recall"], claims["f1"]) == (0.5, 0.75, 0.6)
    strict = claims["strict"]
    assert (strict["tp"], strict["fp"], strict["fn"], strict["junk"], strict["near_miss_pairs"]) == (3, 12, 1, 9, 4)
    assert (strict["precision"], strict["recall"], strict["f1"]) == (0.2, 0.75, 0.316)
    counts = [strict[k] for k in ("statements", "occurrence_statements", "partial", "near_misses", "others")]
    assert counts == [9, 5, 1, 1, 2]


def test_a_statement_outside_the_gold_costs_one_pair_per_occurrence_of_its_claim() -> None:
    """Statement 13, no gold occurrence, costs one false pair beside y0; without it the strict pairs are
    the pairwise ones."""
    occ_gold = {"x0": "x", "x1": "x", "y0": "y"}
    out = strict_pairs({1: [10, 11], 2: [12, 13]}, {"x0": 10, "x1": 11, "y0": 12}, occ_gold, set(), set())
    assert (out["tp"], out["fp"], out["junk"]) == (1, 0, 1)
    out = strict_pairs({1: [10, 11], 2: [12]}, {"x0": 10, "x1": 11, "y0": 12}, occ_gold, set(), set())
    assert (out["tp"], out["fp"], out["junk"], out["statements"]) == (1, 0, 0, 3)


def test_the_cli_prints_the_strict_line(tmp_path: Path, monkeypatch) -> None:
    """``eval stories`` prints the strict figure on a line of its own, beside the pairwise one."""
    from newsloupe.cli import app
    from newsloupe.lab import stories_eval

    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    with _store(tmp_path / "s.db") as store:
        result = evaluate(store, gold)
    monkeypatch.setattr(stories_eval, "run_eval", lambda corpus, workers=1: result)
    out = CliRunner().invoke(app, ["eval", "stories", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "claims   pairwise P 0.500 R 0.750 F1 0.600" in out.output
    assert "claims   strict pairwise P 0.200 R 0.750 F1 0.316" in out.output
