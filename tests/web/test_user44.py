"""The stop-44 user's faults in the web UI (branch fixb44): raw frame codes, the genre line, seasons, URL failures."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsloupe.errors import BadInput
from newsloupe.ingest.url import check_url
from newsloupe.labels import FRAMES
from newsloupe.web.i18n import Translator
from newsloupe.web.messages import api_message, ui_message
from newsloupe.web.render import render_blocks


def test_every_frame_has_a_label_in_each_ui_language() -> None:
    for lang in ("fr", "en"):
        t = Translator(lang)
        assert all(t.has(f"frame_{x}") and "_" not in t.frame(x) for x in FRAMES)
    assert Translator("fr").frame("Security_and_defense") == "Sécurité et défense"
    assert Translator("en").frame("Some_Future_Frame") == "Some_Future_Frame"


def test_a_season_reads_as_words_in_the_ui() -> None:
    assert Translator("fr").date_value("2014-22", "season") == "été 2014"
    assert Translator("en").date_value("2014-22", "season") == "summer 2014"
    assert Translator("en").date_value("2014-06-21", "day") == "2014-06-21"
    text = "Pendant l'été 2014, le port de Morvelle était fermé."
    doc = {
        "text": text,
        "spans": {
            "paragraphs": [{"start": 0, "end": len(text), "label": "body", "text": text, "attrs": {"line": 1}}],
            "dates": [
                {
                    "start": 14,
                    "end": 22,
                    "label": "date",
                    "text": "été 2014",
                    "attrs": {"value": "2014-22", "resolution": "season"},
                }
            ],
        },
    }
    html = "".join(str(b.html) for b in render_blocks(doc, Translator("fr")))
    assert "été 2014" in html and "2014-22" not in html


def test_the_article_page_shows_frame_labels_and_one_genre_label(make_client: Any, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        row = conn.execute(
            "SELECT a.doc_id, json_extract(n.json, '$.genre.label') FROM analyses n JOIN articles a"
            " ON a.id = n.article_id WHERE json_extract(n.json, '$.genre.label') IS NOT NULL"
            " AND json_extract(n.json, '$.frames[0].label') IS NOT NULL"
        ).fetchone()
    assert row is not None
    client = make_client(db_copy)
    for lang in ("en", "fr"):
        page = client.get(f"/articles/{row[0]}?lang={lang}")
        assert page.status_code == 200
        box = page.text.split('id="frames-genre"')[1].split("</section>")[0]
        label = Translator(lang)(f"genre_{row[1]}")
        # (before stop 44: "Genre : reporting reporting 72 %" in English)
        assert box.count(f">{label}<") == 1 and f"{label} {label}" not in box
        assert f"Genre</span>{Translator(lang)('colon')}" in box  # (" : " in French only)
        frames = box.split('class="frames"')[1]
        assert not any(f"<li>{x} " in frames for x in FRAMES)
    corpus = client.get("/corpus?lang=fr")
    assert corpus.status_code == 200
    assert not any(f">{x} " in corpus.text for x in FRAMES)


def test_the_web_names_why_a_url_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*a: Any, **kw: Any) -> Any:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(BadInput) as err:
        check_url("https://brelande-gazette.example/piscine")
    fr = ui_message(err.value, Translator("fr"))
    assert "brelande-gazette.example" in fr and "introuvable" in fr
    assert "brelande-gazette.example" in ui_message(err.value, Translator("en"))
    assert api_message(err.value) == "cannot resolve host 'brelande-gazette.example'"


def test_a_long_outlet_name_is_cut_in_the_graph_not_its_start() -> None:
    from newsloupe.web.views.stories import graph_svg

    long = "The Harbour Gazette of Dorvane and the Northern Isles"
    g = {
        "nodes": [
            {"id": "outlet:x", "kind": "outlet", "label": long, "source_type": None},
            {"id": "source:person_named:orvan kessel", "kind": "source", "label": "Orvan Kessel", "source_type": "x"},
        ],
        "edges": [{"source": "outlet:x", "target": "source:person_named:orvan kessel", "count": 2}],
    }
    drawn = graph_svg(g)
    (outlet,) = drawn["outlets"]
    assert outlet["short"].startswith("The Harbour") and outlet["short"].endswith("…") and len(outlet["short"]) <= 28
    assert outlet["label"] == long  # (whole in the tooltip and the table)
    assert drawn["sources"][0]["short"] == "Orvan Kessel"


def test_an_unnamed_source_of_the_articles_without_an_outlet_takes_one_pair_of_brackets() -> None:
    # the stop-49 user read « anonyme ((sans média)) » on /graph: the no-outlet label has its own brackets
    from newsloupe.store import stories as queries
    from newsloupe.web.views.stories import graph_svg

    anon = {"id": "source:a", "kind": "source", "label": "anonymous", "source_type": "person_anonymous"}
    g = {
        "nodes": [
            {"id": "outlet:u", "kind": "outlet", "label": queries.UNKNOWN_OUTLET, "source_type": None},
            {**anon, "outlet": queries.UNKNOWN_OUTLET},
            {**anon, "id": "source:b", "outlet": "Le Courrier de Vennes"},
        ],
        "edges": [
            {"source": "outlet:u", "target": "source:a", "count": 2},
            {"source": "outlet:u", "target": "source:b", "count": 1},
        ],
    }
    drawn = graph_svg(g, unknown="(sans média)", anonymous="anonyme")
    labels = sorted(n["label"] for n in drawn["sources"])
    assert labels == ["anonyme (Le Courrier de Vennes)", "anonyme (sans média)"]
