"""A name's articles within the wide ``name_window`` are the nearest in days (review 46b, stop 46, revfix46b): with
the latest ones, a name frequent in the corpus had its articles of the story's window pushed out by later ones."""

from __future__ import annotations

import dataclasses
import sqlite3

from newsloupe.stories.assign import PARAMS, Linker


def test_a_names_articles_are_the_nearest_in_days_not_the_latest() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE story_keys (key TEXT, day INTEGER, article_id INTEGER, weight REAL)")
    days = {1: 1000, 2: 1003, 3: 1090, 4: 1100, 5: 1110, 6: 1200}  # article 6 lies beyond the window
    conn.executemany("INSERT INTO story_keys VALUES ('name:quillbury', ?, ?, 1.0)", [(d, a) for a, d in days.items()])
    linker = Linker(conn, dataclasses.replace(PARAMS, per_key=2), embed=lambda texts: None)  # type: ignore[arg-type]
    assert sorted(a for (a,) in linker._rows("name:quillbury", 1001, 120)) == [1, 2]
    assert sorted(a for (a,) in linker._rows("name:quillbury", 1105, 120)) == [4, 5]
    assert sorted(a for (a,) in linker._rows("name:quillbury", None, 120)) == [5, 6]  # undated: the latest
