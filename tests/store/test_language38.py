"""Stop 38: the language stored at ingest is the one the run identifies (one identification)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.errors import BadInput
from newsloupe.ingest.language import detect_language
from newsloupe.store import Store
from newsloupe.store.ingest import guess_language, ingest

# Invented texts (no article's sentence).
SPANISH = (
    "La alcaldesa de Villaverde anunció el martes que el ayuntamiento cerrará la piscina municipal durante todo "
    "el verano, porque las obras del tejado no terminarán antes de septiembre según los técnicos del barrio."
)
FRENCH = (
    "La maire de Villeneuve a annoncé mardi que la mairie fermera la piscine municipale pendant tout l'été, "
    "car les travaux de la toiture ne seront pas achevés avant septembre selon les techniciens du quartier."
)


def test_ingest_stores_the_language_the_run_reports(tmp_path: Path) -> None:
    src = tmp_path / "two.jsonl"
    rows = [{"id": "a", "text": SPANISH}, {"id": "b", "text": FRENCH}, {"id": "c", "text": SPANISH, "language": "es"}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    with Store(db) as store:
        report = ingest(store, [str(src)], near_duplicates=False)
        assert report.counts["new"] == 2  # (c repeats a's text: same content)
        langs = dict(store.conn.execute("SELECT id, language FROM articles ORDER BY id").fetchall())
        arts = [store.load_article(i) for i in sorted(langs)]
    assert sorted(langs.values()) == ["es", "fr"]
    spanish = next(a for a in arts if "alcaldesa" in a.text)
    with pytest.raises(BadInput) as err:
        detect_language(spanish)
    assert "'es'" in err.value.message and guess_language(spanish) == "es"
    out = CliRunner().invoke(app, ["search", "piscina", "--lang", "es", "--db", str(db)])
    assert out.exit_code == 0 and "alcaldesa" in out.output


def test_one_classification_gives_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    # review fix of stop 38 (fixa38): identify() ranks the sample once (it ran the restricted and the free
    # identifiers, two passes); its choices are those of the two identifiers
    from newsloupe.ingest import language
    from newsloupe.model import Article

    expected = {
        t: (language.classify(t, restricted=True)[0], language.classify(t, restricted=False)[0])
        for t in (SPANISH, FRENCH)
    }
    real = language._identifier
    passes: list[str] = []

    class Counted:
        def __init__(self, ident: object) -> None:
            self.ident = ident

        def __getattr__(self, name: str) -> object:
            passes.append(name)
            return getattr(self.ident, name)

    monkeypatch.setattr(language, "_identifier", lambda restricted: Counted(real(restricted)))
    for text, (restricted, free) in expected.items():
        lang, _how, refused = language.identify(Article(id="x", text=text))
        assert (lang, refused or lang) == (restricted, free)
    assert passes == ["rank", "rank"]
