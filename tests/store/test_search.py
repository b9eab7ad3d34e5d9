"""Full-text search over titles, bodies, quotes and speakers, with filters and near-duplicate folding."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.errors import BadInput
from newsloupe.store import Store
from newsloupe.store.search import Filters, search
from tests.store.helpers import article, fake_result, record

runner = CliRunner()


@pytest.fixture()
def corpus(store: Store) -> Store:
    index = store.near_duplicates()
    for i in range(8):
        store.add_article(article(i), near=index)
    # A syndicated copy of article 0 in another outlet: one hit with one duplicate.
    copy = article(0, url="https://phare.example/0", outlet="Le Phare du Couchant", text=record(0)["text"] + " (AFP)")
    store.add_article(copy, near=index)
    store.save_result(
        fake_result(
            store,
            3,
            attributions=[
                {"speaker": "Gaspard Olivenne", "source_type": "person_named", "content": "un chantier exemplaire"},
                {"speaker": None, "source_type": "person_anonymous", "content": "une source proche du dossier"},
            ],
            techniques=[{"label": "Loaded_Language", "category": "Manipulative wording", "paragraph": 3}],
        )
    )
    return store


def _ids(hits) -> list[int]:
    return [h.id for h in hits]


def test_titles_and_bodies(corpus: Store) -> None:
    conn = corpus.reader()
    hits = search(conn, "piscine")
    assert {h.id for h in hits} == {5}  # article 4 (id 5) is the pool: "la piscine"
    assert "[piscine]" in hits[0].snippet
    assert _ids(search(conn, "title: Brisanne")) == [3]
    # Accents are folded: "hopital" finds "l'hôpital".
    assert 3 in _ids(search(conn, "hopital"))


def test_plain_words_match_singular_and_plural_alike(corpus: Store) -> None:
    conn = corpus.reader()
    # "piscines" finds "la piscine", "piscin" its start; FTS5 syntax (a quoted phrase) is read as written
    assert _ids(search(conn, "piscines")) == _ids(search(conn, "piscine")) == [5]
    assert _ids(search(conn, "chantiers exemplaires")) == [3]  # the quote "un chantier exemplaire"
    assert _ids(search(conn, '"piscines"')) == []
    from newsloupe.store.search import stem_query

    # a plural is dropped only where a long enough stem is left ("press" is no "pres*", "Paris" no "Pari*")
    assert stem_query("press Paris harkis") == '"press"* "Paris"* "harki"*'


def test_quotes_and_speakers(corpus: Store) -> None:
    conn = corpus.reader()
    assert _ids(search(conn, "Olivenne")) == [3]
    assert _ids(search(conn, "speakers: Olivenne")) == [3]
    assert _ids(search(conn, '"chantier exemplaire"')) == [3]
    assert _ids(search(conn, "quotes: proche")) == [3]


def test_filters(corpus: Store) -> None:
    conn = corpus.reader()
    everything = search(conn, "conseil", limit=50)
    assert len(everything) == 8  # nine articles, a near-duplicate pair folded
    assert {h.outlet for h in search(conn, "conseil", Filters(outlet="info lusiane"), limit=50)} == {"Info Lusiane"}
    assert search(conn, "conseil", Filters(language="en")) == []
    dated = search(conn, "conseil", Filters(since="2021", until="2022-12"), limit=50)
    assert dated and all("2021" <= h.published[:4] <= "2022" for h in dated)
    assert _ids(search(conn, "conseil", Filters(source_type="person_anonymous"))) == [3]
    assert _ids(search(conn, "conseil", Filters(technique="loaded_language"))) == [3]


def test_near_duplicates_fold_into_one_hit(corpus: Store) -> None:
    hits = search(corpus.reader(), "Valmer", limit=50)
    first = next(h for h in hits if h.id in (1, 9))
    assert first.duplicates == [9 if first.id == 1 else 1]


def test_bad_syntax_falls_back_to_words(corpus: Store) -> None:
    conn = corpus.reader()
    assert _ids(search(conn, 'piscine AND ("')) == [5]
    with pytest.raises(BadInput):
        search(conn, "  ")


def test_search_cli(corpus: Store) -> None:
    res = runner.invoke(app, ["search", "piscine", "--db", str(corpus.path), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [h["id"] for h in json.loads(res.stdout)] == [5]
    res = runner.invoke(app, ["search", "Olivenne", "--db", str(corpus.path)])
    assert res.exit_code == 0 and "Brisanne" in res.stdout


def test_search_prints_the_duplicates_as_it_prints_the_hit(store: Store) -> None:
    # review 46a: the hit was its record's id and its duplicates the store's numbers ("art-000 … (+1: 2)")
    index = store.near_duplicates()
    store.add_article(article(0), near=index)
    copy = record(0, id="copie-000", url="https://phare.example/0", outlet="Le Phare du Couchant")
    copy["text"] += " (AFP)"
    store.add_article(article(0, **{k: copy[k] for k in ("id", "url", "outlet", "text")}), near=index)
    hit = search(store.reader(), "Valmer")[0]
    assert hit.duplicate_doc_ids == [("copie-000" if hit.doc_id == "art-000" else "art-000")]
    res = runner.invoke(app, ["search", "Valmer", "--db", str(store.path)])
    assert res.exit_code == 0
    assert "near-duplicate(s): copie-000" in res.output or "near-duplicate(s): art-000" in res.output
