"""A new user's faults on the story and corpus pages (stop 40), through real HTTP: a story of undated articles
draws no day column (it drew today's), and a speaker quoted only in articles of no known outlet shows no
"0 outlets"."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any


def test_a_story_of_undated_articles_draws_no_day_column(make_client: Any, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        story = conn.execute(
            "SELECT story_id FROM story_articles GROUP BY story_id ORDER BY story_id LIMIT 1"
        ).fetchone()[0]
        conn.execute(
            "UPDATE articles SET published = NULL"
            " WHERE id IN (SELECT article_id FROM story_articles WHERE story_id = ?)",
            (story,),
        )
    client = make_client(db_copy)
    page = client.get(f"/stories/{story}?lang=fr")
    assert page.status_code == 200
    assert "Aucun article de cette histoire n&#39;est daté : pas de chronologie." in page.text
    assert 'class="tick"' not in page.text and "sans date" in page.text
    other = client.get(f"/stories/{story}?lang=en")
    assert "No article of this story is dated: no timeline." in other.text


def test_a_speaker_of_no_known_outlet_shows_no_zero_outlets(make_client: Any, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        (speaker,) = conn.execute(
            "SELECT speaker FROM attributions WHERE source_type = 'person_named' AND speaker != ''"
            " GROUP BY speaker ORDER BY count(*) DESC, speaker LIMIT 1"
        ).fetchone()
        arts = [
            r[0] for r in conn.execute("SELECT DISTINCT article_id FROM attributions WHERE speaker = ?", (speaker,))
        ]
        marks = ", ".join("?" * len(arts))
        conn.execute(f"UPDATE articles SET outlet = NULL WHERE id IN ({marks})", arts)
        conn.execute(f"UPDATE attributions SET outlet = NULL WHERE article_id IN ({marks})", arts)
    client = make_client(db_copy)
    page = client.get("/corpus?lang=en")
    assert page.status_code == 200
    row = re.search(r"<tr><th scope=\"row\"><a [^>]*>" + re.escape(speaker) + r"</a></th>.*?</tr>", page.text)
    assert row is not None, speaker
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(0))
    assert "of no known outlet" in row.group(0) and cells[-1] == '<span class="empty">–</span>', cells
