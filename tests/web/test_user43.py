"""A new user's faults found at stop 43 (branch fixb43) on the web pages: the story page's claims (the story's own
occurrences, the caveat), the graph page's articles with no outlet, the "(partial reading)" legend."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def test_story_page_says_leads_not_findings_and_shows_the_storys_own_occurrences(client: Any) -> None:
    stories = client.get("/api/stories?per_page=200").json()["stories"]
    sid = max(stories, key=lambda s: (len(s["articles"]), -s["story"]))["story"]
    doc = client.get(f"/api/stories/{sid}").json()
    texts = [client.get(f"/api/articles/{it['id']}").json()["analysis"]["text"] for it in doc["items"]]
    for c in doc["claims"]:  # the text shown is one of this story's statements, not another story's sentence
        assert any(c["text"] in t for t in texts), c
        assert 1 <= c["story_articles"] <= len(doc["items"]) and c["occurrences"] >= c["story_articles"]
    assert "read them as leads" in client.get(f"/stories/{sid}?lang=en").text
    assert "lisez-les comme des pistes" in client.get(f"/stories/{sid}?lang=fr").text


def test_graph_page_counts_the_articles_with_no_outlet(db_copy: Path, make_client: Any) -> None:
    with sqlite3.connect(db_copy) as conn:
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.execute("UPDATE articles SET outlet = NULL WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 2)")
        missing = conn.execute("SELECT count(*) FROM articles WHERE outlet IS NULL OR outlet = ''").fetchone()[0]
    assert missing >= 2
    client = make_client(db_copy)
    en = client.get("/graph?lang=en").text
    assert f"{missing} of {total} articles have no outlet" in en and "ingest SOURCE --outlet NAME" in en
    fr = client.get("/graph?lang=fr").text
    assert f"{missing} articles sur {total} n&#39;ont pas de média" in fr and "--outlet NOM" in fr


def test_partial_reading_is_explained_on_the_article_page(client: Any) -> None:
    arts = client.get("/api/articles?lang=en").json()
    items = arts.get("articles") or arts.get("items")
    aid = next(a["id"] for a in items if a.get("language") == "en")
    en = client.get(f"/articles/{aid}?lang=en").text
    assert "(partial reading)" in en and "“partial reading”: unsourced assertions are found by rules" in en
    fr = client.get(f"/articles/{aid}?lang=fr").text
    assert "« lecture partielle » : les affirmations non sourcées" in fr
