"""One person, one node: the source graph and GraphML under the corpus identity (stop 44, fixb44; invented names)."""

from __future__ import annotations

from newsloupe.store import Store
from newsloupe.store.stories import graph, graphml
from newsloupe.stories.keys import person_names


def test_a_pair_of_names_does_not_split_a_person_and_an_epithet_is_left_out() -> None:
    counts = {"Orvan Kessel": 28, "Kessel": 13, "Lida Marr et Orvan Kessel": 2}
    counts |= {"Warlord Tessa Brannock": 6, "Warlord Brannock": 6, "Henri Voss": 2, "Henri Albert Voss": 1}
    alias = person_names(counts)
    # before stop 44 the pair was a second full name with the surname Kessel: "Kessel" stayed apart
    assert alias["Kessel"] == alias["Orvan Kessel"] == "Orvan Kessel"
    assert alias["Lida Marr et Orvan Kessel"] == "Lida Marr et Orvan Kessel"
    # "Warlord" stands before the bare surname and before the full name, and is no given name
    assert alias["Warlord Brannock"] == alias["Warlord Tessa Brannock"] == "Tessa Brannock"
    # a middle name: the same person; "Henri" is a given name, no epithet
    assert alias["Henri Albert Voss"] == alias["Henri Voss"] == "Henri Voss"


def test_the_graph_counts_a_person_once_however_named(tmp_path) -> None:
    with Store(tmp_path / "c.db", create=True) as store:
        conn = store.conn
        conn.executemany(
            "INSERT INTO articles (id, doc_id, content_hash, outlet, text, meta, ingested_at)"
            " VALUES (?, ?, ?, 'Le Vigilant', 'x', '{}', '2026-12-03')",
            [(1, "a1", "h1"), (2, "a2", "h2")],
        )
        conn.executemany(
            "INSERT INTO citations (article_id, source_type, source, n) VALUES (?, 'person_named', ?, ?)",
            [(1, "Orvan Kessel", 3), (2, "Kessel", 2), (2, "Lida Marr et Orvan Kessel", 1)],
        )
        g = graph(conn)
        people = {n["label"]: n for n in g["nodes"] if n["kind"] == "source"}
        # (stop 47, fixweb47: the pair cites each of its two persons; no node is named "X et Y")
        assert set(people) == {"Orvan Kessel", "Lida Marr"}
        edge = next(e for e in g["edges"] if e["target"] == people["Orvan Kessel"]["id"])
        assert edge["count"] == 6
        xml = graphml(conn)
        assert xml.count(">Orvan Kessel<") == 1 and ">Kessel<" not in xml


def test_a_given_name_the_list_lacks_is_no_epithet() -> None:
    # (revfix44: "Ngozi" stands before the bare surname and before a fuller name and is not in the first-name
    # list: before the review it was dropped as an epithet and the person became "Adaeze Okonjo")
    alias = person_names({"Ngozi Okonjo": 3, "Ngozi Adaeze Okonjo": 1, "Okonjo": 2})
    assert alias["Ngozi Okonjo"] == alias["Ngozi Adaeze Okonjo"] == alias["Okonjo"] == "Ngozi Okonjo"
    # a title word or a word written in lower case is still left out
    alias = person_names({"Judge Orla Saris": 2, "Judge Saris": 3})
    assert alias["Judge Saris"] == alias["Judge Orla Saris"] == "Orla Saris"
    alias = person_names({"juge Orla Saris": 2, "juge Saris": 3})
    assert alias["juge Saris"] == "Orla Saris"
