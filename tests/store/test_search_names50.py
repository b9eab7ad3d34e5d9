"""A person's name searched in one spelling finds the store's other spellings of it, across languages and scripts
(the stop-50 user: "Putin" found neither "Poutine" nor "Путин"). Every text here is invented."""

from __future__ import annotations

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.store import Store
from newsloupe.store.search import name_variants, search
from tests.store.helpers import article, fake_result

_FR = "Le président Vladimir Poutine a visité lundi le nouveau port de Valmer, selon la mairie."
_RU = "Президент Владимир Путин во вторник посетил новый порт Вальмера, сообщили в мэрии."


def _store(store: Store) -> Store:
    index = store.near_duplicates()
    store.add_article(article(0, text=_FR, title="Visite au port"), near=index)
    store.add_article(article(1, text=_RU, title="Визит в порт", language="ru"), near=index)
    store.add_article(article(2), near=index)
    for aid, speaker in ((1, "Vladimir Poutine"), (2, "Владимир Путин")):
        att = [{"speaker": speaker, "source_type": "person_named", "content": "un chantier exemplaire"}]
        store.save_result(fake_result(store, aid, attributions=att))
    return store


def test_a_name_finds_its_other_spellings(store: Store) -> None:
    conn = _store(store).reader()
    assert name_variants(conn, "Putin") == {"Putin": ["Poutine", "Путин"]}
    assert {h.id for h in search(conn, "Putin")} == {1, 2}
    assert {h.id for h in search(conn, "Poutine")} == {1, 2}
    assert name_variants(conn, '"Poutine"') == {}  # FTS5 syntax is taken as written
    assert {h.id for h in search(conn, '"Poutine"')} == {1}


def test_the_cli_says_which_spellings_it_searched(store: Store) -> None:
    _store(store)
    res = CliRunner().invoke(app, ["search", "Putin", "--db", str(store.path)])
    assert res.exit_code == 0 and "Putin also searched as: Poutine, Путин" in res.output


def test_a_shorter_spelling_is_no_variant(store: Store) -> None:
    # (review of stop 50) "Man" is no spelling of "Mann": searched as a prefix it found "many", "manager"
    index = store.near_duplicates()
    store.add_article(article(0, text="Le peintre Man Rayon a exposé lundi à Valmer.", title="Expo"), near=index)
    att = [{"speaker": "Man Rayon", "source_type": "person_named", "content": "une exposition"}]
    store.save_result(fake_result(store, 1, attributions=att))
    assert name_variants(store.reader(), "Mann") == {}
