"""Dated articles of no known outlet are a series of the dashboard's charts (stop 42, fix42; a new user's B6 at stop
41: only the one named outlet was plotted though four outlet-less articles had dates). Invented store."""

from __future__ import annotations

from newsloupe.store import Store
from newsloupe.web.queries import time_series
from tests.store.helpers import article, fake_result

OUTLET = "Le Héraut de Valmer"
SOURCED = [
    {"speaker": "Léa Dorsaz", "source_type": "person_named", "content": "le pont rouvrira"},
    {"speaker": None, "source_type": "person_anonymous", "content": "le chantier a pris du retard"},
]


def _fill(store: Store) -> None:
    for i, (outlet, published) in enumerate(
        [(OUTLET, "2021-01-12"), (None, "2021-01-20"), (None, "2021-02-03"), (None, None)]
    ):
        aid = store.add_article(article(i, outlet=outlet, language="fr", published=published)).id
        store.save_result(fake_result(store, aid, attributions=SOURCED))


def test_dated_articles_of_no_outlet_are_a_series(tmp_path) -> None:
    with Store(tmp_path / "s.db") as s:
        _fill(s)
        conn = s.reader()
        articles = time_series(conn, "articles")
        anon = time_series(conn, "anonymous_share")
        tech = time_series(conn, "techniques_per_article")
    assert articles["series"] == {"": {"2021-01": 1.0, "2021-02": 1.0}, OUTLET: {"2021-01": 1.0}}
    assert anon["series"][""] == {"2021-01": 0.5, "2021-02": 0.5}
    assert set(tech["series"]) == {"", OUTLET}


def test_the_dashboard_and_chart_name_the_unknown_outlet(tmp_path, make_client) -> None:
    with Store(tmp_path / "s.db") as s:
        _fill(s)
    client = make_client(tmp_path / "s.db")
    page = client.get("/corpus/chart?metric=articles")
    assert page.status_code == 200
    assert "unknown outlet" in page.text or "média inconnu" in page.text
    assert client.get("/corpus").status_code == 200
