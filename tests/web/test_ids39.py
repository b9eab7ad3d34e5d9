"""The API and the pages take the article ids the commands print (stop 39, fix39: a new user's report B2)."""

from __future__ import annotations

import sqlite3

from tests.web.test_api import assert_error


def test_an_article_is_reached_by_the_id_the_commands_print_or_by_its_number(client, module_db) -> None:
    with sqlite3.connect(f"file:{module_db}?mode=ro", uri=True) as conn:
        pairs = conn.execute("SELECT id, doc_id FROM articles ORDER BY id").fetchall()
    number, doc_id = next((n, d) for n, d in pairs if not d.isdigit() and [x for _, x in pairs].count(d) == 1)
    row = {"id": number, "doc_id": doc_id}
    by_number = client.get(f"/api/articles/{row['id']}")
    by_doc_id = client.get(f"/api/articles/{row['doc_id']}")
    assert by_number.status_code == 200 and by_doc_id.status_code == 200, by_doc_id.text
    assert by_doc_id.json() == by_number.json()
    page = client.get(f"/articles/{row['doc_id']}")
    assert page.status_code == 200 and client.get(f"/articles/{row['id']}").status_code == 200
    doc = assert_error(client.get("/api/articles/no-such-article-here"), 404, "NL-E009")
    assert "no-such-article-here" in doc["error"]
