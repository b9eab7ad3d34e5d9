"""The article page shows a near tie between genres as uncertain (stop 45, fixd45)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newsloupe.web.i18n import Translator


def test_the_article_page_says_a_near_tie_is_uncertain(make_client: Any, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute(
            "UPDATE analyses SET json = json_set(json, '$.genre', json(?)) WHERE article_id = "
            "(SELECT MIN(article_id) FROM analyses)",
            ('{"label": "satire", "scores": {"reporting": 0.30, "opinion": 0.33, "satire": 0.37}}',),
        )
        doc_id = conn.execute(
            "SELECT a.doc_id FROM articles a WHERE a.id = (SELECT MIN(article_id) FROM analyses)"
        ).fetchone()[0]
    client = make_client(db_copy)
    for lang in ("en", "fr"):
        page = client.get(f"/articles/{doc_id}?lang={lang}")
        assert page.status_code == 200
        box = page.text.split('id="frames-genre"')[1].split("</section>")[0]
        assert Translator(lang)("genre_near_tie") in box
