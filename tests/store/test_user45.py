"""The stop-45 user's small faults in the store's commands (fixb45): the search snippet of a quoted word, an outlet
given to an analysed article, the graph export's line. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.store import Store
from newsloupe.store.search import search
from tests.store.helpers import article, fake_result

QUOTED = (
    "La séance du conseil municipal s'est tenue mardi soir dans la salle des fêtes, devant une centaine "
    "d'habitants venus des trois quartiers du port. "
    "Le maire a qualifié le quai Ombreval de «trésor fragile» et de «priorité du mandat», "
    "puis il a quitté la salle sous les applaudissements."
)


def test_a_snippet_shows_the_bodys_words_around_a_quoted_hit(store: Store) -> None:
    aid = store.add_article(article(0, text=QUOTED)).id
    # the quotes column holds the analysis's quotes end to end (here the word between two quotes, as a misreading
    # of the quotation marks gives it): its snippet ran one quote into the next
    quotes = "et de Ombreval de\nquatre autres pièces lues de travers, une par ligne, et assez longues pour la colonne"
    store.conn.execute("UPDATE fts SET quotes = ? WHERE rowid = ?", (quotes, aid))
    store.conn.commit()
    (hit,) = search(store.conn, "Ombreval")
    assert "quai [Ombreval] de «trésor fragile»" in hit.snippet  # (before stop 45: "et de [Ombreval] de quatre autres")


def test_an_outlet_given_later_reaches_the_analysed_rows(store: Store) -> None:
    aid = store.add_article(article(1, outlet=None, url="https://x.example/1")).id
    store.save_result(
        fake_result(
            store, aid, attributions=[{"speaker": "Ada Ombreval", "source_type": "person_named", "content": "x"}]
        )
    )
    assert store.set_outlet(aid, "La Vigie d'Ombreval") == ("set", "La Vigie d'Ombreval")
    c = store.conn
    assert c.execute("SELECT outlet FROM summaries WHERE article_id = ?", (aid,)).fetchone()[0] == "La Vigie d'Ombreval"
    assert c.execute("SELECT outlet FROM attributions WHERE article_id = ?", (aid,)).fetchone()[0] == (
        "La Vigie d'Ombreval"
    )
    counts = dict(c.execute("SELECT outlet, sum(n) FROM source_type_counts GROUP BY outlet").fetchall())
    assert counts.get("La Vigie d'Ombreval") == 1 and not counts.get("")  # the roll-up moved with its row
    assert store.set_outlet(aid, "Le Phare") == ("kept", "La Vigie d'Ombreval")  # kept, and said to the caller
    assert store.set_outlet(aid, "la vigie d'ombreval") == ("same", "La Vigie d'Ombreval")  # no change (review 45 #9)


def test_the_graph_export_prints_its_path_on_one_line(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    Store(db).close()
    out = tmp_path / ("a-rather-long-folder-name-for-the-exported-graph-" * 2) / "citations.graphml"
    out.parent.mkdir()
    res = CliRunner().invoke(app, ["export", "--format", "graphml", "--db", str(db), "--out", str(out)])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if "exported" in x)
    assert line.endswith(str(out))  # (before stop 45: "exported to" and the path on the next line)


def test_a_literal_bracket_in_the_body_is_no_hit_marker(store: Store) -> None:
    store.add_article(article(2, title="Velmora bridge", text="[Updated] The council met on Monday about the quay."))
    (hit,) = search(store.conn, "bridge")
    assert "[bridge]" in hit.snippet  # (review 45 #13: the body's "[Updated]" chose it, with no highlight)
    assert "\x02" not in hit.snippet and "\x03" not in hit.snippet


def test_a_body_hit_is_still_marked_with_brackets(store: Store) -> None:
    store.add_article(
        article(3, title="Quay notes", text="[Updated] The council met on Monday about the Velmora quay.")
    )
    (hit,) = search(store.conn, "Velmora")
    assert "[Updated] The council met on Monday about the [Velmora] quay" in hit.snippet
