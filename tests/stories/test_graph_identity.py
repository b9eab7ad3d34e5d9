"""The source graph: a pronoun is no source, a surname alone joins the one full name of the graph."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.store import Store
from newsloupe.store.stories import graph


def test_pronouns_are_dropped_and_a_surname_joins_its_full_name(tmp_path) -> None:
    with Store(tmp_path / "g.db") as store:
        one = store.add_article(Article(id="a", text="Brelande vote son budget.", outlet="Gazette de Valmer")).id
        two = store.add_article(Article(id="b", text="Valmer rouvre son port.", outlet="Le Courrier")).id
        rows = [
            (one, "person_named", "Armand Vescal", 3),
            (two, "person_named", "Vescal", 2),
            (two, "unnamed_collective", "they", 4),
            (one, "person_anonymous", "Ils", 1),
            (two, "person_anonymous", "-vous", 2),  # the reader addressed is no source either
            (two, "person_named", "Lucie Morand", 1),
            (two, "person_named", "Paul Morand", 1),
            (one, "person_named", "Morand", 1),
        ]
        store.conn.executemany("INSERT INTO citations(article_id, source_type, source, n) VALUES (?, ?, ?, ?)", rows)
        g = graph(store.conn)
    labels = sorted(n["label"] for n in g["nodes"] if n["kind"] == "source")
    # two full names share "Morand": the bare surname cannot be told apart and stays on its own
    assert labels == ["Armand Vescal", "Lucie Morand", "Morand", "Paul Morand"]
    vescal = [e for e in g["edges"] if e["target"] == "source:person_named:armand vescal"]
    assert sorted(e["count"] for e in vescal) == [2, 3]


def test_the_graph_and_the_dashboard_drop_the_same_unresolved_words() -> None:
    from newsloupe.stories.keys import names_no_one

    # one list for both: pronouns and the reader addressed, folded (case, accents, the inverted hyphen)
    assert [names_no_one(w) for w in ("Ils", "-vous", "They", "ELLE", "Armand Vescal", "Vous-même")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


def test_a_name_splits_only_into_people(tmp_path) -> None:
    """A speaker is two persons only when each part is a full name or another speaker of the graph (revfix47b)."""
    with Store(tmp_path / "g.db") as store:
        one = store.add_article(Article(id="a", text="Brelande vote son budget.", outlet="Gazette de Valmer")).id
        rows = [
            (one, "person_named", "Tarrow & Tarrow", 2),
            (one, "person_named", "Edwin Saltash, Jr.", 1),
            (one, "person_named", "Holm, Dana", 1),
            (one, "person_named", "Brack and Lisle", 1),
            (one, "person_named", "Lucie Morand and Paul Vescal", 1),
            (one, "person_named", "Quill and Ferro", 1),
            (one, "person_named", "Quill", 1),
            (one, "person_named", "Ferro", 1),
        ]
        store.conn.executemany("INSERT INTO citations(article_id, source_type, source, n) VALUES (?, ?, ?, ?)", rows)
        g = graph(store.conn)
    labels = sorted(n["label"] for n in g["nodes"] if n["kind"] == "source")
    assert labels == [
        "Brack and Lisle",
        "Edwin Saltash, Jr.",
        "Ferro",
        "Holm, Dana",
        "Lucie Morand",
        "Paul Vescal",
        "Quill",
        "Tarrow & Tarrow",
    ]
    tarrow = [e["count"] for e in g["edges"] if e["target"] == "source:person_named:tarrow & tarrow"]
    assert tarrow == [2]
    quill = [e["count"] for e in g["edges"] if e["target"] == "source:person_named:quill"]
    assert quill == [2]
