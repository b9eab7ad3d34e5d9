"""Corpus identity keys: outlets, people, places."""

from __future__ import annotations

from newsloupe.store import Store
from newsloupe.stories.adapter import features, sentences
from newsloupe.stories.keys import outlet_key, person_key, person_names, place_key


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


def test_a_web_form_line_glued_to_a_paragraph_is_no_statement() -> None:
    # the stop-49 user found a poll's sign-up lines among recurring claims: a sign-up box's
    # text joined to the next paragraph on one line of a saved page
    body = (
        "Email This field is for validation purposes only. Taking this survey signs you up for the Harbour Watch"
        " letter. You can unsubscribe at anytime. The Corlay ferry will stop running in March because the pier is"
        " unsafe."
    )
    text = "Ferry halted\n\n" + body + "\n"
    doc = {
        "text": text,
        "title": "Ferry halted",
        "language": "en",
        "paragraphs": [{"start": 0, "end": 12, "role": "title"}, {"start": 14, "end": len(text) - 1, "role": "body"}],
        "attributions": [],
    }
    said = [s.text for s in features(doc).statements]
    assert said == ["The Corlay ferry will stop running in March because the pier is unsafe."]


def test_one_person_one_name_in_the_corpus_unless_two_share_the_surname() -> None:
    counts = {"Morawiecki": 3, "Mateusz Morawiecki": 2, "M. Morawiecki": 1, "Lea Dorsaz": 3, "Léa Dorsaz": 1}
    counts |= {"Marine Le Pen": 4, "Jean-Marie Le Pen": 1, "Le Pen": 2, "Macron": 5}
    alias = person_names(counts)
    assert {alias[n] for n in ("Morawiecki", "Mateusz Morawiecki", "M. Morawiecki")} == {"Mateusz Morawiecki"}
    assert alias["Léa Dorsaz"] == alias["Lea Dorsaz"] == "Lea Dorsaz"  # the most frequent spelling
    # two full names share the surname: each stays itself, and the bare surname cannot be given to either
    assert (alias["Marine Le Pen"], alias["Jean-Marie Le Pen"], alias["Le Pen"]) == (
        "Marine Le Pen",
        "Jean-Marie Le Pen",
        "Le Pen",
    )
    assert alias["Macron"] == "Macron"


def test_the_dashboard_counts_a_person_once_however_named(tmp_path) -> None:
    from newsloupe.store import Store
    from newsloupe.store.stats import outlet_profiles
    from newsloupe.web.queries import top_speakers

    with Store(tmp_path / "c.db", create=True) as store:
        conn = store.conn
        cols = {r[1] for r in conn.execute("PRAGMA table_info(attributions)")}
        assert {"article_id", "speaker", "source_type", "outlet"} <= cols
        conn.executemany(
            "INSERT INTO articles (id, doc_id, content_hash, outlet, text, meta, ingested_at)"
            " VALUES (?, ?, ?, 'Le Vigilant', 'x', '{}', '2026-12-03')",
            [(1, "a1", "h1"), (2, "a2", "h2")],
        )
        rows = [(1, "Mateusz Morawiecki"), (1, "Morawiecki"), (2, "Morawiecki"), (2, "Léa Dorsaz")]
        conn.executemany(
            "INSERT INTO attributions (article_id, speaker, source_type, outlet, hedged)"
            " VALUES (?, ?, 'person_named', 'Le Vigilant', 0)",
            rows,
        )
        top = top_speakers(conn)
        assert top[0] == {
            "speaker": "Mateusz Morawiecki",
            "source_type": "person_named",
            "attributions": 3,
            "articles": 2,
            "outlets": 1,
            "no_outlet": 0,  # attributions in articles with no outlet (fix40: the dashboard no longer says "0 outlets")
        }
        assert [t["speaker"] for t in top] == ["Mateusz Morawiecki", "Léa Dorsaz"]
        prof = outlet_profiles(conn)
        assert prof and prof[0]["top_speakers"][0] == {"speaker": "Mateusz Morawiecki", "count": 3}


def test_neighbouring_cells_of_a_place_key() -> None:
    from newsloupe.stories.assign import neighbours

    # Valencia and a suburb keyed a cell apart meet; other keys have no neighbours.
    valencia = place_key({"name": "Valencia", "country": "ES", "lat": 39.4739, "lon": -0.3797})
    suburb = place_key({"name": "Alboraya", "country": "ES", "lat": 39.5, "lon": -0.35})
    assert valencia != suburb
    cells = neighbours("place:" + str(valencia))
    assert len(cells) == 9 and cells[0] == "place:" + str(valencia) and "place:" + str(suburb) in cells
    assert "place:ES|39.7|-0.4" not in cells
    assert neighbours("per:ferrus") == ["per:ferrus"]
    assert neighbours("place:valencia|ES") == ["place:valencia|ES"]


def test_names_retrieve_whatever_the_analyzers_made_of_them() -> None:
    from newsloupe.stories.adapter import names

    text = (
        "Hundreds met on Monday. The Norlith pit near Lac-Berthiaume, Northway Press learnt,"
        " worries Norlith's neighbours."
    )
    found = names(text, [(0, len(text))], outlet="Northway Press")
    # Sentence openers ("Hundreds", "The") are capitalised whatever they are; the outlet is left out.
    assert found == {"monday": 1, "norlith": 2, "lac-berthiaume": 1}
    # Only inside the spans given (the body's paragraphs), and a paragraph's first word opens a sentence.
    part = names(text, [(text.index("Norlith"), len(text))])
    assert part == {"lac-berthiaume": 1, "northway": 1, "press": 1, "norlith": 1}


def test_weak_keys_and_dateline() -> None:
    text = (
        "Titre\n\nNANTES, March 4 (Northway Press) - French officials said the site in France"
        " will be rebuilt by Transloire.\n"
    )
    body = text.index("NANTES")
    doc = {
        "language": "en",
        "text": text,
        "title": "Titre",
        "paragraphs": [{"start": 0, "end": 5, "role": "title"}, {"start": body, "end": len(text) - 1, "role": "body"}],
        "places": [
            {"text": "France", "name": "France", "country": "FR", "lat": 46.0, "lon": 2.0, "kind": "country"},
            {"text": "NANTES", "name": "Nantes", "country": "FR", "lat": 47.2, "lon": -1.55, "kind": "city"},
        ],
        "entities": [
            {"text": "French", "label": "MISC"},
            {"text": "Northway Press", "label": "ORG"},
            {"text": "Transloire", "label": "ORG"},
        ],
    }
    f = features(doc, outlet="Northway Press")
    # A country (its key and its name as a word), a nationality adjective and the outlet's own name
    # retrieve but are no evidence ("French" as an entity and as a word, a month's name: stop 30).
    assert f.weak == {
        "place:FR|46.0|2.0",
        "name:france",
        "org:french",
        "name:french",
        "name:march",
        "org:northway press",
    }
    assert {"place:FR|47.2|-1.6", "org:transloire"} <= set(f.keys) - f.weak
    # The dateline is no part of the statement.
    (st,) = f.statements
    assert st.text.startswith("French officials said") and text[st.start : st.end] == st.text


def test_fold_keeps_short_texts_folded_and_gives_the_same_folds() -> None:
    # perfrun45: words are folded once and kept; a long text is folded each time, never kept
    from newsloupe.stories import keys

    keys._FOLDED.clear()
    words = ["Élysée", "Lac-Berthiaume", "l’Yvrande", "  Zoë  Brink ", "ÇA", "naïve", "Ａｂｃ"]
    first = [keys.fold(w) for w in words]
    assert first == ["elysee", "lac-berthiaume", "l'yvrande", "zoe brink", "ca", "naive", "abc"]
    assert all(w in keys._FOLDED for w in words)
    assert [keys.fold(w) for w in words] == first == [keys._fold(w) for w in words]
    long = "Le préfet de la Haute-Vallée a rencontré les maires du canton jeudi."
    assert keys.fold(long) == keys._fold(long) == "le prefet de la haute-vallee a rencontre les maires du canton jeudi."
    assert long not in keys._FOLDED


def test_calendar_words_read_as_names_only_when_capitalised() -> None:
    # perfrun45: the capital is asked before the fold; the same words come out
    from newsloupe.stories.adapter import named_calendar_words

    calendar = frozenset({"may", "april", "march", "thursday"})
    # a lower-case "may" is no mention; "Thursday March 5" is a date; "April Ryan" a name
    text = "Senator Theresa May spoke on Thursday March 5. In may the April Ryan show returned, said may."
    assert named_calendar_words(text, [(0, len(text))], calendar) == {"april", "may"}
    # "May" once a month ("In May the"): not a name every time
    text2 = "Theresa May spoke. In May the vote failed, and may again."
    assert named_calendar_words(text2, [(0, len(text2))], calendar) == set()
