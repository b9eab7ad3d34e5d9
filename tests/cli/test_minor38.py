"""Stop 38, minor CLI faults: an empty search says so, an empty 'text' is called empty, an import whose every
item fails exits non-zero, a record's title with html (README)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsloupe import errors
from newsloupe.cli import app
from newsloupe.ingest import iter_items

runner = CliRunner()


def _review(url: str, claim: str) -> str:
    return json.dumps(
        {"@type": "ClaimReview", "url": url, "claimReviewed": claim, "reviewRating": {"alternateName": "Faux"}}
    )


def test_an_import_whose_every_item_fails_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(_review("ftp://nowhere.example/x", "Le phare de Kerlann a été repeint en vert") + "\n")
    db = str(tmp_path / "m.db")
    out = runner.invoke(app, ["factchecks", "import", str(bad), "--db", db])
    assert out.exit_code == 1 and "0 imported" in out.output and "every item failed" in out.output
    good = tmp_path / "good.jsonl"
    good.write_text(
        _review("https://checker.example/kerlann", "Le phare de Kerlann a été repeint en vert")
        + "\n"
        + _review("ftp://nowhere.example/y", "Le port de Kerlann a fermé")
        + "\n"
    )
    out = runner.invoke(app, ["factchecks", "import", str(good), "--db", db])
    assert out.exit_code == 0 and "1 imported" in out.output and "1 failed" in out.output


def test_a_search_with_no_review_says_so(tmp_path: Path) -> None:
    src = tmp_path / "r.jsonl"
    src.write_text(_review("https://checker.example/kerlann", "Le phare de Kerlann a été repeint en vert") + "\n")
    db = str(tmp_path / "m.db")
    assert runner.invoke(app, ["factchecks", "import", str(src), "--db", db]).exit_code == 0
    out = runner.invoke(app, ["factchecks", "search", "", "--db", db])
    # (stop 44: an empty sentence is named as such, not "no review near this sentence")
    assert out.exit_code == 2 and "the sentence is empty" in out.output


def test_an_empty_text_is_called_empty_not_missing(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    rows = [{"id": "e", "text": ""}, {"id": "h", "html": "  "}, {"id": "n", "outlet": "Gazette de Kerlann"}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    errs = {i.source.rsplit("#", 1)[-1]: i.error for i in iter_items([str(src)])}
    assert len(errs) == 3
    assert errs["1"] is not None and "'text' is empty" in errs["1"].message and errs["1"].code == errors.E_EMPTY
    assert errs["2"] is not None and "'html' is empty" in errs["2"].message
    assert errs["3"] is not None and "neither 'text' nor 'html'" in errs["3"].message


def test_a_record_title_opens_the_text_only_without_html(tmp_path: Path) -> None:
    src = tmp_path / "t.jsonl"
    body = "Le conseil municipal de Kerlann a voté mardi la rénovation du phare. Les travaux dureront deux ans."
    page = f"<html><head><title>Page</title></head><body><article><p>{body}</p></article></body></html>"
    rows = [
        {"id": "t", "title": "Le phare de Kerlann rénové", "text": body},
        {"id": "h", "title": "Le phare de Kerlann rénové", "html": page},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    arts = {i.article.id: i.article for i in iter_items([str(src)]) if i.article is not None}
    assert (
        arts["t"].text.startswith("Le phare de Kerlann rénové\n\n") and arts["t"].title == "Le phare de Kerlann rénové"
    )
    assert arts["h"].title == "Le phare de Kerlann rénové" and not arts["h"].text.startswith("Le phare")
