"""Review 46b's web findings (stop 46, revfix46b): every note an analyzer writes is translated (the notes are built
by the analyzers here, not copied: a rewording in dates.py or pipeline.py fails this test); the article list sorts
null counts (languages the attribution rules do not read) last; the fact-check mark is a neutral one. Every text
here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsloupe.pipeline import analyze
from newsloupe.web.i18n import Translator, note_patterns
from tests.web.test_fixweb46 import ENGLISH, GERMAN

_CASES = {
    # no publication date, only background years: the day keeps an unknown year
    "note_dates_bare_years": (
        "fr",
        "Digue de Varennes\n\nBâtie en 1998 et réparée en 2003, la digue a été fermée le 12 juin.\n",
    ),
    # no year written at all
    "note_dates_no_year": (
        "fr",
        "Le maire de Morvelle a inauguré ce dimanche 14 avril la nouvelle passerelle. Le 8 avril dernier, les "
        "travaux étaient encore en cours.",
    ),
    "note_dates_past_after": (
        "en",
        "Health officials in Dorvane confirmed two new cases of marsh fever on May 3.\n"
        "A first epidemic started in May 2017 in the north. Officials ended that epidemic in July.\n"
        "Officials expect the vaccination drive to end in August.\nDorvane Ledger, 05/09/2018",
    ),
    "note_dates_weekday": (
        "fr",
        "Le porte-parole a annoncé le vendredi 25 janvier que les patrouilles reprenaient. "
        "La mission, lancée en 2018, compte 300 soldats.",
    ),
    "note_dates_context": (
        "fr",
        "Digue de Varennes\n\nLa digue, bâtie en 1998, a été renforcée en mars 2024. "
        "Le 12 juin, les vannes ont été fermées ; la réouverture est prévue au printemps 2031.\n",
    ),
    # a language without a trained pipeline
    "note_no_model_reduced": ("pl", "Burmistrz Morvelle otworzył w niedzielę nową kładkę dla pieszych."),
    "note_no_model": ("es", "El alcalde de Morvelle abrió el domingo una pasarela nueva para peatones."),
}


def _key(note: str) -> str | None:
    return next((key for pattern, key in note_patterns() if pattern.fullmatch(note)), None)


def test_every_note_the_analyzers_write_is_translated() -> None:
    fr, en = Translator("fr"), Translator("en")
    seen: set[str] = set()
    for key, (lang, text) in _CASES.items():
        notes = analyze(text=text, lang=lang, analyzers=["dates"]).notes
        keyed = {_key(n): n for n in notes}
        assert key in keyed, (key, notes)
        note = keyed[key]
        assert fr.note(note) != note and en.note(note) == note
        seen.add(key)
    assert seen == {key for _, key in note_patterns()}  # every pattern of notes.json has its case here


def test_unknown_counts_sort_last_both_ways(make_client: Any, db_copy: Path) -> None:
    client = make_client(db_copy)
    de = client.post("/api/analyze", json={"text": GERMAN, "lang": "de"}).json()["id"]
    client.post("/api/analyze", json={"text": ENGLISH, "lang": "en"})
    for sort in ("unsourced", "anonymous"):
        for desc in ("false", "true"):
            rows = client.get(f"/api/articles?per_page=200&sort={sort}&desc={desc}").json()["articles"]
            known = [r[sort] for r in rows if r[sort] is not None]
            assert known and len(known) < len(rows)
            assert all(r[sort] is None for r in rows[len(known) :]), (sort, desc)  # every null after every count
            assert known == sorted(known, reverse=desc == "true")
            assert de in [r["id"] for r in rows[len(known) :]]


def test_the_fact_check_mark_is_no_check_mark() -> None:
    css = (Path(__file__).resolve().parents[2] / "newsloupe" / "web" / "static" / "newsloupe.css").read_text("utf-8")
    fc = [line for line in css.splitlines() if line.startswith(".factcheck")]
    assert fc and not any(mark in line for line in fc for mark in ("✔", "✓", "\\2714", "\\2713"))
    assert '.factcheck.first::before { content: "\\2691\\FE0E";' in css  # a flag
