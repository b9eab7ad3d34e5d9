"""A new user's faults in the French UI (stop 41, branch fixb41): technique names shown raw
("Loaded_Language") where the UI has labels."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newsloupe.web.i18n import Translator


def test_every_technique_has_a_label_in_each_ui_language() -> None:
    from newsloupe.labels import TECHNIQUES

    for lang in ("fr", "en"):
        t = Translator(lang)
        assert all(t.has(f"tech_{x}") and "_" not in t.technique(x) for x in TECHNIQUES)
    assert Translator("fr").technique("Loaded_Language") == "Langage chargé"
    assert Translator("fr").technique("Some_Future_Technique") == "Some_Future_Technique"


def test_the_french_search_form_and_article_page_show_technique_labels(make_client: Any, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        row = conn.execute(
            "SELECT a.doc_id FROM analyses n JOIN articles a ON a.id = n.article_id"
            " WHERE json_extract(n.json, '$.spans.techniques[0]') IS NOT NULL"
        ).fetchone()
    assert row is not None
    client = make_client(db_copy)
    page = client.get("/search?lang=fr")
    assert page.status_code == 200
    assert "Langage chargé" in page.text and ">Loaded_Language<" not in page.text
    article = client.get(f"/articles/{row[0]}?lang=fr")
    assert article.status_code == 200 and "<strong>Loaded_Language</strong>" not in article.text
    assert "_" not in article.text.split('id="techniques"')[1].split("</section>")[0].split("<strong>")[1].split("<")[0]
