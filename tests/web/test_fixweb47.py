"""The stop-47 user's faults in the source graph, the fact-check leads, the dashboard over time and the French UI
(branch fixweb47). Invented store: every name, outlet and sentence is fictional."""

from __future__ import annotations

import re
from typing import Any

from newsloupe.store import Store
from tests.store.helpers import article, fake_result

VALMER, COUCHANT = "La Gazette de Valmer", "Le Phare du Couchant"

CLAIM_TEXT = "Le port de Brelande ferme ses quais aux chalutiers de Kervallon"
LEAD = {
    "start": 0,
    "end": 20,
    "text": "Le port attend sa réforme.",
    "url": "https://verif.example/brelande",
    "reviewer": "Verif Lusiane",
    "rating": "false",
    "rating_text": "Faux",
    "claim_reviewed": CLAIM_TEXT,
    "review_date": "2021-03-01",
    "score": 0.8412,
    "alone_score": 0.1187,
    "through_article": True,
}


def _store(path: Any) -> None:
    """Two outlets: Valmer has one dated article per month (thin points) and two undated; Couchant one dated."""
    with Store(path) as s:
        rows = [
            (0, VALMER, "2021-01-12", "Brelande attend ses chalutiers. Le port de Brelande reste ouvert."),
            (1, VALMER, "2021-02-03", "La mairie de Valmer vote son budget."),
            (2, VALMER, None, "Un texte sans date."),
            (3, VALMER, None, "Un autre texte sans date."),
            (4, COUCHANT, "2021-02-20", "Le Couchant rouvre sa digue."),
        ]
        ids = []
        for i, outlet, published, text in rows:
            aid = s.add_article(article(i, outlet=outlet, published=published, text=text, language="fr")).id
            ids.append(aid)
            atts = [
                {"speaker": "Léa Dorsaz", "source_type": "person_named", "content": "le pont rouvrira bientôt"},
                {"speaker": None, "source_type": "person_anonymous", "content": "le chantier a pris du retard"},
            ]
            extra: dict[str, Any] = {}
            if i == 0:
                extra["fact_checks"] = [dict(LEAD)]
                extra["techniques"] = [{"label": "Loaded_Language", "category": "manipulative_wording"}]
            s.save_result(fake_result(s, aid, attributions=atts if i != 1 else [], **extra))
        citations = [
            (ids[0], "person_anonymous", "anonymous", 3),
            (ids[4], "person_anonymous", "anonymous", 2),
            (ids[0], "media", "Le Héraut", 4),
            (ids[4], "organization", "Le Héraut", 1),
            (ids[0], "person_named", "Armand Vescal and Lucie Morand", 1),
        ]
        s.conn.executemany("INSERT INTO citations(article_id, source_type, source, n) VALUES (?, ?, ?, ?)", citations)
        s.conn.commit()


def test_the_graph_has_no_corpus_wide_anonymous_hub_nor_a_body_twice(tmp_path, make_client) -> None:
    _store(tmp_path / "s.db")
    client = make_client(tmp_path / "s.db")
    g = client.get("/api/graph").json()
    nodes = {n["id"]: n for n in g["nodes"] if n["kind"] == "source"}
    anonymous = [n for n in nodes.values() if n["source_type"] == "person_anonymous"]
    # one unnamed-source node per outlet, each cited by its own outlet only
    assert sorted(n["outlet"] for n in anonymous) == sorted([VALMER, COUCHANT])
    for n in anonymous:
        assert len({e["source"] for e in g["edges"] if e["target"] == n["id"]}) == 1
    # a body typed media in one article and organisation in another: one node, its most cited type
    heraut = [n for n in nodes.values() if n["label"] == "Le Héraut"]
    assert [(n["source_type"]) for n in heraut] == ["media"]
    assert sum(e["count"] for e in g["edges"] if e["target"] == heraut[0]["id"]) == 5
    # "X and Y" is two persons, no person named "X and Y"
    persons = sorted(n["label"] for n in nodes.values() if n["source_type"] == "person_named")
    assert "Armand Vescal" in persons and "Lucie Morand" in persons
    assert not any(" and " in p for p in persons)
    page = client.get("/graph?lang=fr").text
    assert f"anonyme ({VALMER})" in page
    assert f"anonymous ({VALMER})" in client.get("/graph?lang=en").text


def test_a_lead_is_explained_by_what_its_article_names_with_the_sentence_own_score(tmp_path, make_client) -> None:
    _store(tmp_path / "s.db")
    client = make_client(tmp_path / "s.db")
    rows = client.get("/api/articles?per_page=10").json()["articles"]
    first = next(r for r in rows if r["doc_id"] == "art-000")
    fr = client.get(f"/articles/{first['id']}?lang=fr").text
    leads = fr[fr.index('class="leads"') :]
    # the article names Brelande (a name of the claim); Kervallon it does not: only what is true is said
    why = re.search(r'class="lead-why">([^<]*)<', leads)
    assert why is not None and "Brelande" in why.group(1) and "Kervallon" not in why.group(1)
    # both scores, each named, with a decimal comma in French: the sentence's own first
    assert "phrase seule 0,12 ; avec son article 0,84" in leads
    assert "nomme ailleurs les personnes" not in fr
    en = client.get(f"/articles/{first['id']}?lang=en").text
    assert "sentence alone 0.12; with its article 0.84" in en


def test_a_lead_whose_article_names_none_of_the_claim_says_so(tmp_path, make_client) -> None:
    with Store(tmp_path / "n.db") as s:
        aid = s.add_article(article(0, text="La mairie vote son budget annuel.", language="fr")).id
        s.save_result(fake_result(s, aid, fact_checks=[dict(LEAD)]))
    client = make_client(tmp_path / "n.db")
    page = client.get(f"/articles/{aid}?lang=fr").text
    why = re.search(r'class="lead-why">([^<]*)<', page)
    assert why is not None and "ne nomme aucune des personnes" in why.group(1)


def test_the_chart_says_what_each_point_rests_on(tmp_path, make_client) -> None:
    _store(tmp_path / "s.db")
    client = make_client(tmp_path / "s.db")
    ts = client.get("/api/timeseries?metric=anonymous_share").json()
    assert ts["undated"][VALMER] == 2 and ts["min_articles"] == 3
    # Valmer's February article has no attributed source: counted, no value; the table shows its count
    assert ts["counts"][VALMER]["2021-02"] == 1 and "2021-02" not in ts["series"][VALMER]
    page = client.get(f"/corpus/chart?metric=anonymous_share&outlet={VALMER}&outlet={COUCHANT}&lang=fr").text
    assert 'class="pt few"' in page
    assert "moins de 3 articles" in page
    assert "2 articles datés sur 4 ; sans date : 2, hors du compte" in page
    assert re.search(r'<span title="[^"]*">–</span> <small>\(1\)</small>', page)
    en = client.get(f"/corpus/chart?metric=anonymous_share&outlet={VALMER}&lang=en").text
    assert "2 undated, left out" in en and "(1 article)" in en


def test_french_pages_write_french_numbers_groups_and_colons(tmp_path, make_client) -> None:
    _store(tmp_path / "s.db")
    client = make_client(tmp_path / "s.db")
    corpus = client.get("/corpus?lang=fr").text
    cells = re.findall(r'<td class="num">(\d+[.,]\d+)</td>', corpus)
    assert cells and all("." not in c for c in cells)
    home = client.get("/?lang=fr").text
    assert re.search(r"Jusqu'à [\d,]+ Mo", home.replace("&#39;", "'")) is not None
    assert not re.search(r"\d\.\d Mo", home)
    rows = client.get("/api/articles?per_page=10").json()["articles"]
    first = next(r for r in rows if r["doc_id"] == "art-000")
    page = client.get(f"/articles/{first['id']}?lang=fr").text
    assert "formulation manipulatrice" in page and ">manipulative_wording<" not in page
    assert "Langage chargé" in page
