"""Dates a new user found wrong (stop 36): a past date in German or Italian never after publication, "in 40 years"
after a superlative and its noun is a span of time, a relative day inside a quotation is not counted from
publication. Every sentence is invented."""

from __future__ import annotations

from newsloupe.model import Article
from newsloupe.pipeline import analyze_article


def _dates(text: str, lang: str, published: str) -> dict[str, object]:
    analysis = analyze_article(Article(id="t", text=text, published=published), lang=lang, analyzers=["dates"])
    return {d.text: d.attrs for d in analysis.spans.dates}


def test_german_since_and_perfect_are_past() -> None:
    dates = _dates(
        "Seit dem 24. Februar stehen die Fähren in Ostrel still, sagte der Hafenmeister.", "de", "2024-09-01"
    )
    assert dates["24. Februar"].value == "2024-02-24"
    later = _dates("Am 3. Dezember hat der Stadtrat von Ostrel getagt.", "de", "2024-09-01")
    assert later["3. Dezember"].value == "2023-12-03"
    before = _dates("Der Stadtrat hat am 3. Dezember über die Fähre abgestimmt.", "de", "2024-09-01")
    assert before["3. Dezember"].value == "2023-12-03"
    ahead = _dates("Am 3. Dezember wird der Stadtrat von Ostrel tagen.", "de", "2024-09-01")
    assert ahead["3. Dezember"].value == "2024-12-03"  # a future date stays after publication


def test_german_haben_as_a_main_verb_is_no_past_cue() -> None:
    owns = _dates("Am 3. Dezember haben die Bürger von Ostrel die Wahl.", "de", "2024-09-01")
    assert owns["3. Dezember"].value == "2024-12-03"
    meets = _dates("Der Stadtrat hat am 3. Dezember eine Sitzung im Rathaus.", "de", "2024-09-01")
    assert meets["3. Dezember"].value == "2024-12-03"


def test_italian_perfect_after_the_date() -> None:
    dates = _dates("Il 7 febbraio ha chiuso il canile di Valmera.", "it", "2024-09-01")
    assert dates["7 febbraio"].value == "2024-02-07"  # past: not the nearer 2025
    plain = _dates("Il 7 febbraio il canile di Valmera riapre.", "it", "2024-09-01")
    assert plain["7 febbraio"].value == "2025-02-07"
    later = _dates("Il 5 dicembre il comune di Valmera ha venduto la vecchia scuola.", "it", "2024-09-01")
    assert later["5 dicembre"].value == "2024-12-05"  # the auxiliary is not next to the date
    voted = _dates("Il 5 dicembre hanno votato gli iscritti di Valmera.", "it", "2024-09-01")
    assert voted["5 dicembre"].value == "2023-12-05"
    irregular = _dates("Il 5 dicembre ha sciolto la banda di Valmera.", "it", "2024-09-01")
    assert irregular["5 dicembre"].value == "2023-12-05"
    told = _dates("Il sindaco di Valmera ha scritto a dicembre una lettera ai pescatori.", "it", "2024-09-01")
    assert told["a dicembre"].value == "2023-12"  # the participle between the auxiliary and the date


def test_italian_avere_as_a_main_verb_is_no_past_cue() -> None:
    feast = _dates("Il 5 dicembre ha luogo la sagra della castagna a Valmera.", "it", "2024-09-01")
    assert feast["5 dicembre"].value == "2024-12-05"
    party = _dates("Il 5 dicembre ha il suo congresso il partito dei pescatori.", "it", "2024-09-01")
    assert party["5 dicembre"].value == "2024-12-05"


def test_in_n_years_after_a_superlative_and_its_noun_is_a_duration() -> None:
    dates = _dates(
        "Tarrow had its wettest spring in 40 years this May. The new dam will open in 2 years.", "en", "2024-05-10"
    )
    assert "in 40 years" not in dates
    assert dates["in 2 years"].value == "2026"
    storm = _dates("Tarrow had its coldest winter night in 70 years, the mayor said.", "en", "2024-05-10")
    assert "in 70 years" not in storm
    first = _dates("For the first time in ten years the ferry to Tarrow was cancelled.", "en", "2024-05-10")
    assert not any(text.startswith("in ten") for text in first)


def test_in_n_units_without_a_superlative_noun_is_a_date() -> None:
    phase = _dates("The first phase opens in two years, the council of Tarrow said.", "en", "2024-05-10")
    assert phase["in two years"].value == "2026"
    ferry = _dates("The last ferry to Tarrow will leave in ten days.", "en", "2024-05-10")
    assert ferry["in ten days"].value == "2024-05-20"


def test_a_relative_day_inside_a_quotation_is_not_counted_from_publication() -> None:
    text = "« Hier encore, le pont de Valmer était fermé aux camions », a rappelé le maire. Hier, il a rouvert."
    analysis = analyze_article(Article(id="t", text=text, published="2024-05-10"), lang="fr", analyzers=["dates"])
    quoted, told = sorted(analysis.spans.dates, key=lambda d: d.start)
    assert (quoted.text, told.text) == ("Hier", "Hier")
    assert quoted.attrs.value is None and "quotation" in (quoted.attrs.note or "")
    assert told.attrs.value == "2024-05-09"
