"""The stop-47 review's web findings (branch revfix47b): a sourcing metric's point counts the articles its rules
read; a lead's names include the claim's first word when it is a name. Invented store: every name is fictional."""

from __future__ import annotations

import re

from newsloupe.factchecks.match import article_names, shared_names
from newsloupe.store import Store
from tests.store.helpers import article, fake_result

OSTRAL = "Le Courrier d'Ostral"


def _mixed(path) -> None:
    """One outlet, February: one French article and three German ones (no attribution rules); one undated each."""
    with Store(path) as s:
        rows = [
            (0, "2021-02-03", "fr", "La mairie de Valmer vote son budget."),
            (1, "2021-02-04", "de", "Der Hafen von Brelande bleibt offen."),
            (2, "2021-02-05", "de", "Die Brücke von Valmer wird erneuert."),
            (3, "2021-02-06", "de", "Der Markt von Kervallon zieht um."),
            (4, None, "fr", "Un texte sans date."),
            (5, None, "de", "Ein Text ohne Datum."),
        ]
        for i, published, lang, text in rows:
            aid = s.add_article(article(i, outlet=OSTRAL, published=published, text=text, language=lang)).id
            atts = [{"speaker": None, "source_type": "person_anonymous", "content": "le chantier a pris du retard"}]
            s.save_result(fake_result(s, aid, attributions=atts if lang == "fr" else []))
        s.conn.commit()


def test_a_sourcing_point_counts_the_articles_its_rules_read(tmp_path, make_client) -> None:
    _mixed(tmp_path / "m.db")
    client = make_client(tmp_path / "m.db")
    ts = client.get(f"/api/timeseries?metric=unsourced_per_article&outlet={OSTRAL}").json()
    # one French article in February: the value rests on it, and so do the point's count and the undated one
    assert ts["counts"][OSTRAL] == {"2021-02": 1} and ts["undated"][OSTRAL] == 1
    assert "2021-02" in ts["series"][OSTRAL]
    # the other metrics count every article
    ts = client.get(f"/api/timeseries?metric=articles&outlet={OSTRAL}").json()
    assert ts["counts"][OSTRAL] == {"2021-02": 4} and ts["series"][OSTRAL] == {"2021-02": 4.0}
    page = client.get(f"/corpus/chart?metric=unsourced_per_article&outlet={OSTRAL}&lang=fr").text
    assert 'class="pt few"' in page
    # the legend adds one population: the French articles, one dated and one undated (not "4 … sur 5")
    assert "1 article daté sur 2 ; sans date : 1, hors du compte" in page


def test_a_claims_first_word_is_one_of_its_names() -> None:
    text = "À Velmora, le conseil a doublé les tarifs. Les conducteurs d'Ostrenne protestent."
    claim = "Velmora doubled the parking fees for Ostrenne drivers"
    assert shared_names(claim, text) == ["Velmora", "Ostrenne"]
    warren = "Le maire Dale Warren a vu le pont de Velmora."
    assert shared_names("Dale Warren said the Velmora bridge is closed", warren) == ["Dale", "Warren", "Velmora"]
    # a common word opening the claim is none, nor one the claim writes in lower case elsewhere
    assert shared_names("The Velmora bridge is closed", "The bridge of Velmora. The mayor spoke.") == ["Velmora"]
    assert shared_names("Selon Velmora, le pont ferme", "Le pont de Velmora. Selon le maire, il ferme.") == ["Velmora"]
    assert shared_names("Ostrenne fees rise, an ostrenne told us", "Les tarifs d'Ostrenne montent.") == []
    # the article's names read once serve every lead of the page
    names = article_names(text)
    assert shared_names(claim, text, names) == shared_names(claim, text)


def test_a_lead_opening_on_its_only_shared_name_names_it(tmp_path, make_client) -> None:
    lead = {
        "start": 0,
        "end": 20,
        "text": "Le port attend sa réforme.",
        "url": "https://verif.example/velmora",
        "reviewer": "Verif Lusiane",
        "rating": "false",
        "rating_text": "Faux",
        "claim_reviewed": "Velmora ferme ses quais aux chalutiers",
        "review_date": "2021-03-01",
        "score": 0.8412,
        "alone_score": 0.1187,
        "through_article": True,
    }
    with Store(tmp_path / "l.db") as s:
        aid = s.add_article(article(0, text="Le port de Velmora attend sa réforme.", language="fr")).id
        s.save_result(fake_result(s, aid, fact_checks=[lead]))
    page = make_client(tmp_path / "l.db").get(f"/articles/{aid}?lang=fr").text
    why = re.search(r'class="lead-why">([^<]*)<', page)
    assert why is not None and "Velmora" in why.group(1)
