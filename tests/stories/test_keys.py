"""Corpus identity keys: outlets, people, places."""

from __future__ import annotations

from newsloupe.store import Store
from newsloupe.stories.adapter import features, sentences
from newsloupe.stories.keys import outlet_key, person_key, place_key


def test_outlet_spellings_meet() -> None:
    assert outlet_key("La Vigie républicaine") == outlet_key("La Vigie Républicaine") == "vigie republicaine"
    assert outlet_key("Vox Orientis (service français)") == outlet_key("Vox Orientis") == "vox orientis"
    assert outlet_key("Le Journal des Provinces") == outlet_key("Journal des provinces")
    assert outlet_key("EastLine TV") == outlet_key("Eastline TV")
    assert outlet_key("The Calloway Standard") != outlet_key("Calloway Herald")
    assert outlet_key("  ") is None


def test_person_and_place_keys() -> None:
    assert person_key("Morawiecki") == person_key("Mateusz Morawiecki") == "morawiecki"
    assert person_key("M. Dąbrowski") == person_key("Tomasz Dąbrowski") == "dabrowski"
    assert person_key("Salma Ben Arfa") == "ben arfa"
    # A place is keyed by the gazetteer's English name, whatever the language of the text.
    assert place_key({"text": "Tombouctou", "name": "Timbuktu", "country": "ML"}) == place_key(
        {"text": "Timbuktu", "name": "Timbuktu", "country": "ML"}
    )
    # Two gazetteer entries of one city (names in two languages, coordinates a few metres apart).
    tombouctou = {"name": "Tombouctou", "country": "ML", "lat": 16.7719, "lon": -3.0087}
    timbuktu = {"name": "Timbuktu", "country": "ML", "lat": 16.7735, "lon": -3.0074}
    assert place_key(tombouctou) == place_key(timbuktu) != place_key({**timbuktu, "lat": 12.6, "lon": -8.0})


def test_ingest_stores_one_spelling_per_outlet(tmp_path) -> None:
    from newsloupe.ingest import record_to_article

    with Store(tmp_path / "o.db") as store:
        for i, outlet in enumerate(["La Vigie républicaine", "La Vigie Républicaine"]):
            rec = {"id": f"v{i}", "outlet": outlet, "title": f"Titre {i}", "text": f"Un texte inventé numéro {i}."}
            store.add_article(record_to_article(rec, source="t.jsonl", index=i))
        rows = store.conn.execute("SELECT DISTINCT outlet FROM articles").fetchall()
        metas = [r[0] for r in store.conn.execute("SELECT json_extract(meta, '$.outlet') FROM articles ORDER BY id")]
    assert rows == [("La Vigie républicaine",)]
    assert metas == ["La Vigie républicaine", "La Vigie Républicaine"]


def test_sentences_keep_abbreviations() -> None:
    text = "Le président, M. Ferrandi, parle de « pure fantaisie ». Car qui paie ? Fin."
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == [
        "Le président, M. Ferrandi, parle de « pure fantaisie ».",
        "Car qui paie ?",
        "Fin.",
    ]


def test_adapter_reads_attributed_and_own_voice_statements() -> None:
    text = (
        "Titre\n\nSelon un cadre du port, le bassin serait destiné à une marine étrangère."
        " Le quai mesure mille deux cents mètres de long.\n"
    )
    start = text.index("le bassin")
    end = text.index(" étrangère") + len(" étrangère")
    doc = {
        "text": text,
        "title": "Titre",
        "language": "fr",
        "published": "2026-08-07",
        "paragraphs": [{"start": 0, "end": 5, "role": "title"}, {"start": 7, "end": len(text) - 1, "role": "body"}],
        "attributions": [
            {
                "speaker": "un cadre du port",
                "source_type": "person_anonymous",
                "hedged": True,
                "content": [{"start": start, "end": end, "text": text[start:end]}],
            }
        ],
        "places": [{"name": "Genoa", "country": "IT"}],
        "entities": [{"label": "PER", "canonical": "Marco Ferrandi"}],
    }
    f = features(doc)
    kinds = [(s.kind, s.source_type, s.hedged) for s in f.statements]
    assert kinds == [("attributed", "person_anonymous", True), ("unsourced", None, False)]
    assert f.keys == {"place:genoa|IT": 1, "per:ferrandi": 1}  # no coordinates: by name
    assert f.sources == [("person_anonymous", "un cadre du port")]
    assert f.day is not None
