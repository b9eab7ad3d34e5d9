"""One person, one body across articles, spellings and scripts (issue 15, stop 49): invented names throughout."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.store import Store
from newsloupe.store.stories import graph
from newsloupe.stories.keys import person_names, spelling


def test_spellings_of_one_name_meet_and_others_do_not() -> None:
    # another script, a doubled letter, a French transcription, a Slavic ending written three ways
    assert spelling("Тольмер", surname=True) == spelling("Tolmer", surname=True) == "tolmer"
    assert spelling("Varell", surname=True) == spelling("Varel", surname=True)
    assert spelling("Mouraline", surname=True) == spelling("Muralin", surname=True) == "muralin"
    assert spelling("Drevenskiy", surname=True) == spelling("Drevensky", surname=True) == spelling("Древенский")
    assert spelling("Макрелов", surname=True) == spelling("Makrelov", surname=True) == "makrelov"
    # a given name keeps its final "-ine" ("Justine" is not "Justin"); other names stay apart
    assert spelling("Justine") != spelling("Justin")
    assert spelling("Tolmer", surname=True) != spelling("Tolmar", surname=True)
    # the transcription table: a German and a Ukrainian spelling of names other languages write otherwise
    assert spelling("Selenskyj", surname=True) == spelling("Зеленский", surname=True)
    assert spelling("Volodymyr") == spelling("Владимир")


def test_one_person_across_scripts_spellings_and_short_given_names() -> None:
    counts = {
        "Arvid Tolmer": 4,
        "Арвид Тольмер": 2,
        "Тольмер": 3,
        "Tolmer": 1,
        "Ilse Varell": 2,
        "Ilse Varel": 1,  # one letter apart, same given name
        "Varel": 1,
        "Ed Quarne": 1,
        "Edward Quarne": 2,  # a given name and its short form
        "Ян Брезина": 1,
        "Jan Brezino": 2,  # one letter apart in the Latin form ("brezina"), same given name ("Ян" is "Jan")
        "Jean Morvel": 1,
        "Jeanne Morvel": 1,  # two given names of two genders: two people
        "Morvel": 1,
        "Paul Ostrand": 1,
        "Pia Ostrend": 1,  # one letter apart but another given name: two people
        "Tolmer Norway": 1,  # a country glued after a name cited alone ("Tolmer's Norway")
        "Georgia Valdane": 1,
        "Georgia": 1,  # a given name cited alone is no name glued to a country
    }
    alias = person_names(counts)
    assert {alias[n] for n in ("Arvid Tolmer", "Арвид Тольмер", "Тольмер", "Tolmer", "Tolmer Norway")} == {
        "Arvid Tolmer"
    }
    assert (alias["Georgia Valdane"], alias["Georgia"]) == ("Georgia Valdane", "Georgia")
    assert {alias[n] for n in ("Ilse Varell", "Ilse Varel", "Varel")} == {"Ilse Varell"}
    assert alias["Ed Quarne"] == alias["Edward Quarne"] == "Edward Quarne"
    assert alias["Ян Брезина"] == alias["Jan Brezino"] == "Jan Brezino"
    assert (alias["Jean Morvel"], alias["Jeanne Morvel"], alias["Morvel"]) == ("Jean Morvel", "Jeanne Morvel", "Morvel")
    assert (alias["Paul Ostrand"], alias["Pia Ostrend"]) == ("Paul Ostrand", "Pia Ostrend")


def test_the_graph_keys_people_and_bodies_across_spellings(tmp_path) -> None:
    with Store(tmp_path / "g.db") as store:
        one = store.add_article(Article(id="a", text="Brelande vote son budget.", outlet="Gazette de Valmer")).id
        two = store.add_article(Article(id="b", text="Valmer rouvre son port.", outlet="Le Courrier")).id
        rows = [
            (one, "person_named", "Arvid Tolmer", 3),
            (two, "person_named", "Тольмер", 2),
            (one, "media", "The Daily Ledger", 2),
            (two, "media", "Daily Ledger", 1),
            (one, "organization", "Quillnet", 2),
            (two, "person_named", "Quillnet", 1),  # a platform typed a person in one article
            (two, "person_named", "Norvan", 1),
            (one, "person_named", "Ilse Norvan", 1),  # a surname of a person cited in full stays a person
            (one, "organization", "Norvan", 1),
        ]
        store.conn.executemany("INSERT INTO citations(article_id, source_type, source, n) VALUES (?, ?, ?, ?)", rows)
        g = graph(store.conn)
    sources = {n["label"]: n["source_type"] for n in g["nodes"] if n["kind"] == "source"}
    assert sources == {
        "Arvid Tolmer": "person_named",
        "The Daily Ledger": "media",
        "Quillnet": "organization",
        "Ilse Norvan": "person_named",
        "Norvan": "organization",
    }
    into = {e["target"]: 0 for e in g["edges"]}
    for e in g["edges"]:
        into[e["target"]] += e["count"]
    assert into["source:person_named:arvid tolmer"] == 5
    assert into["source:media:the daily ledger"] == 3
    assert into["source:organization:quillnet"] == 3
    assert into["source:person_named:ilse norvan"] == 2


def test_the_dashboard_counts_a_body_once_whatever_its_article(tmp_path) -> None:
    from newsloupe.web.queries import top_speakers

    with Store(tmp_path / "c.db", create=True) as store:
        conn = store.conn
        conn.executemany(
            "INSERT INTO articles (id, doc_id, content_hash, outlet, text, meta, ingested_at)"
            " VALUES (?, ?, ?, 'Le Vigilant', 'x', '{}', '2026-12-03')",
            [(1, "a1", "h1"), (2, "a2", "h2")],
        )
        rows = [
            (1, "The Daily Ledger", "media"),
            (2, "Daily Ledger", "media"),
            (2, "Daily Ledger", "media"),
            (1, "Arvid Tolmer", "person_named"),
            (2, "Тольмер", "person_named"),
        ]
        conn.executemany(
            "INSERT INTO attributions (article_id, speaker, source_type, outlet, hedged)"
            " VALUES (?, ?, ?, 'Le Vigilant', 0)",
            rows,
        )
        top = top_speakers(conn)
    assert [(t["speaker"], t["attributions"], t["articles"]) for t in top] == [
        ("Daily Ledger", 3, 2),
        ("Arvid Tolmer", 2, 2),
    ]
