"""The stop-46 user's fact-check display faults (branch fixfc46): a match only its article makes listed under
"Already fact-checked" with the review's red verdict; the red underline of a matched sentence missing from the legend;
"Other Spun" for a wording the common scale does not know. Every text here is invented."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from markupsafe import escape

from newsloupe.web.i18n import Translator


def _match(doc: dict[str, Any], start: int, **kw: Any) -> dict[str, Any]:
    return {
        "start": start,
        "end": start + 20,
        "text": doc["text"][start : start + 20],
        "url": f"https://fictional.example/review-{start}",
        "reviewer": "Le Vérificateur",
        "rating": "false",
        "rating_text": "Faux",
        "claim_reviewed": f"An invented claim number {start} about the harbour of Velmar.",
        "review_date": "2026-01-25",
        "score": 0.9,
        "alone_score": 0.9,
        "through_article": False,
    } | kw


def _article(db: Path) -> tuple[int, dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        aid, text = conn.execute(
            "SELECT n.article_id, n.json FROM analyses n JOIN summaries s ON s.article_id = n.article_id"
            " AND s.pipeline_version = n.pipeline_version ORDER BY n.article_id LIMIT 1"
        ).fetchone()
    return aid, json.loads(text)


def _store(db: Path, aid: int, doc: dict[str, Any]) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE analyses SET json = ? WHERE article_id = ?", (json.dumps(doc), aid))


def test_a_lead_through_the_article_is_listed_apart_without_the_verdict(make_client: Any, db_copy: Path) -> None:
    aid, doc = _article(db_copy)
    doc["fact_checks"] = [
        _match(doc, 0),
        _match(doc, 40, rating_text="Fabricated", alone_score=0.007, score=0.37, through_article=True),
    ]
    _store(db_copy, aid, doc)
    client = make_client(db_copy)
    for lang in ("en", "fr"):
        t = Translator(lang)
        page = client.get(f"/articles/{aid}?lang={lang}").text
        box = page.split('id="factchecked"')[1].split("</section>")[0]
        plain, leads = box.split('<h2 class="leads">')
        assert str(escape(t("factcheck_leads"))) in leads
        assert t("already_checked") in plain and "claim number 0 " in plain and "verdict-false" in plain
        # the lead: its own list, the tag with the sentence's own score, no verdict badge nor wording
        assert "claim number 40 " in leads and "claim number 0 " not in leads
        assert t("through_article") in leads and t.num(0.007) in leads  # ("0,01" in French, stop 47)
        assert "badge verdict" not in leads and "Fabricated" not in leads
        # in the text, the lead is marked apart (no verdict colour) and the legend lists the mark
        assert 'class="factcheck fc-lead' in page and 'class="factcheck fc-false' in page
        assert str(escape(t("legend_factcheck"))) in page.split('class="legend"')[1].split("</details>")[0]


def test_a_wording_the_scale_does_not_know_is_shown_as_it_is(make_client: Any, db_copy: Path) -> None:
    aid, doc = _article(db_copy)
    doc["fact_checks"] = [_match(doc, 0, rating=None, rating_text="Spun")]
    _store(db_copy, aid, doc)
    client = make_client(db_copy)
    for lang in ("en", "fr"):
        t = Translator(lang)
        box = client.get(f"/articles/{aid}?lang={lang}").text.split('id="factchecked"')[1].split("</section>")[0]
        assert ">Spun</span>" in box and t("rating_unknown") not in box  # (stop 46: "Autre Spun")


def test_the_factchecks_page_lists_a_lead_apart_from_the_checked_sentences(make_client: Any, db_copy: Path) -> None:
    # (the stop-50 user: a lead through the article stood under "Sentences already fact-checked" on /factchecks)
    aid, doc = _article(db_copy)
    doc["fact_checks"] = [_match(doc, 0), _match(doc, 40, alone_score=0.007, score=0.37, through_article=True)]
    _store(db_copy, aid, doc)
    client = make_client(db_copy)
    for lang in ("en", "fr"):
        t = Translator(lang)
        page = client.get(f"/factchecks?lang={lang}").text
        checked = page.split('id="matched"')[1].split("</section>")[0]
        leads = page.split('id="leads"')[1].split("</section>")[0]
        assert str(escape(t("matched_claims"))) in checked and "claim number 0 " in checked
        assert "claim number 40 " not in checked
        assert str(escape(t("factcheck_leads"))) in leads and "claim number 40 " in leads and "verdict" not in leads
