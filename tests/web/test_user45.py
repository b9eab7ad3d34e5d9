"""The stop-45 user's faults in the web UI (branch fixb45): the unknown-outlet link, a reduced reading's "none found",
the fact-check line's French colon on the English page. Every text here is invented."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from newsloupe.web.i18n import Translator

# German, a language read in part (no attribution rules: unsourced assertions are not looked for)
GERMAN = (
    "Regierung stellt Hafenplan vor\n\n"
    "Die Regierung hat am Montag in Berlin einen neuen Plan für den Hafen von Velmar vorgestellt. "
    "Der Plan soll im kommenden Jahr umgesetzt werden und kostet nach Angaben des Ministeriums rund zwei "
    "Millionen Euro. Die Opposition kritisierte den Plan scharf und verlangte eine Debatte im Parlament.\n"
)


def test_the_unknown_outlet_link_lists_only_the_articles_without_an_outlet(make_client: Any, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id LIMIT 2")]
        conn.executemany("UPDATE articles SET outlet = NULL WHERE id = ?", [(i,) for i in ids])
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE coalesce(outlet, '') = ''")]
    assert total > len(ids) >= 2
    client = make_client(db_copy)
    corpus = client.get("/corpus?lang=en")
    assert corpus.status_code == 200
    assert 'href="/articles?outlet_unknown=1"' in corpus.text  # (before stop 45: "/articles?outlet=", every article)
    page = client.get("/articles?outlet_unknown=1&lang=en")
    assert page.status_code == 200
    shown = {int(x.split('"')[0]) for x in page.text.split('href="/articles/')[1:] if x.split('"')[0].isdigit()}
    assert shown == set(ids)
    api = client.get("/api/articles?outlet_unknown=true").json()
    assert api["total"] == len(ids) and {a["id"] for a in api["articles"]} == set(ids)
    assert client.get("/api/articles").json()["total"] == total


def test_a_reduced_reading_says_not_analysed_not_none_found(make_client: Any, db_copy: Path) -> None:
    client = make_client(db_copy)
    done = client.post("/analyse", data={"text": GERMAN, "language": "de"}, follow_redirects=False)
    assert done.status_code == 303, done.text[:500]
    for lang in ("en", "fr"):
        t = Translator(lang)
        page = client.get(done.headers["location"] + f"?lang={lang}")
        assert page.status_code == 200
        box = page.text.split('id="assertions"')[1].split("</section>")[0]
        assert '<span class="count">(–)</span>' in box and t("not_run") in box
        assert t("none_found") not in box  # (before stop 45: "Unsourced assertions (0) … none found")


def test_the_fact_check_line_uses_the_pages_own_colon_and_quotes(make_client: Any, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        aid, text = conn.execute(
            "SELECT n.article_id, n.json FROM analyses n JOIN summaries s ON s.article_id = n.article_id"
            " AND s.pipeline_version = n.pipeline_version ORDER BY n.article_id LIMIT 1"
        ).fetchone()
        doc = json.loads(text)
        doc["fact_checks"] = [
            {
                "start": 0,
                "end": 20,
                "text": doc["text"][:20],
                "url": "https://fictional.example/review",
                "reviewer": "Le Vérificateur",
                "rating": "false",
                "rating_text": "Faux",
                "claim_reviewed": "An invented claim about the harbour of Velmar.",
                "review_date": "2026-01-25",
                "score": 0.9,
                "alone_score": 0.06,
                "through_article": True,
            }
        ]
        conn.execute("UPDATE analyses SET json = ? WHERE article_id = ?", (json.dumps(doc), aid))
    client = make_client(db_copy)
    en = client.get(f"/articles/{aid}?lang=en").text.split('id="factchecked"')[1].split("</section>")[0]
    assert (
        "Le Vérificateur, 2026-01-25" + Translator("en")("colon") in en and "2026-01-25 :" not in en
    )  # (" :" on the English page)
    assert "“" in en and "«" not in en
    # the sentence alone is no match: the page says the article made it one, with the sentence's own score
    assert Translator("en")("through_article") in en and "(0.06 with `factchecks search`" in en
    fr = client.get(f"/articles/{aid}?lang=fr").text.split('id="factchecked"')[1].split("</section>")[0]
    assert "2026-01-25" + Translator("fr")("colon") in fr and "«" in fr


def test_an_empty_outlet_is_no_filter_and_unknown_is_its_own_parameter(make_client: Any, db_copy: Path) -> None:
    from newsloupe.web import queries

    assert queries._where("", None) == ("1", [])  # (review 45 #1: "All outlets" had become "no known outlet")
    assert queries._where("", "fr", unknown=True) == ("coalesce(a.outlet, '') = '' AND a.language = ?", ["fr"])
    with sqlite3.connect(db_copy) as conn:
        aid = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE articles SET outlet = NULL WHERE id = ?", (aid,))
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        none = conn.execute("SELECT count(*) FROM articles WHERE coalesce(outlet, '') = ''").fetchone()[0]
    assert total > none >= 1
    client = make_client(db_copy)
    assert client.get("/api/articles?outlet=").json()["total"] == total
    assert client.get("/api/articles?outlet=&outlet_unknown=true").json()["total"] == none
    page = client.get("/articles?outlet=&sort=id")  # the form's "All" option
    assert page.status_code == 200
    shown = {int(x.split('"')[0]) for x in page.text.split('href="/articles/')[1:] if x.split('"')[0].isdigit()}
    assert len(shown) == min(total, 50) and len(shown) > none


def test_the_french_quote_marks_hold_no_break_spaces() -> None:
    t = Translator("fr")  # (review 45 #16: a plain space lets a line break after « or before »)
    assert t("quote_open") == "«\u00a0" and t("quote_close") == "\u00a0»"
