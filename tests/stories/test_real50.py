"""Real-news claims and stories, stop 50: inflected country names weak, a statement's particulars, capitals."""

from __future__ import annotations

import numpy as np

from newsloupe.stories.adapter import features, is_capital, is_country_form, statement_particulars
from newsloupe.stories.assign import PARAMS, particulars_apart
from tests.stories.docs import body_doc


def test_a_country_name_in_a_case_form_is_a_country_word_in_its_language() -> None:
    """The places analyzer's case endings undone give the country: Polish genitives and locatives, a Russian
    genitive, a German genitive; an adjective ending is no case form, and without a language only the
    nominative counts."""
    assert is_country_form("rosji", "pl") and is_country_form("ukrainie", "pl")
    assert is_country_form("украины", "ru") and is_country_form("russlands", "de")
    assert not is_country_form("rosji", None) and is_country_form("rosja", None)
    assert not is_country_form("polskie", "pl")  # an adjective ('Polskie'), not 'Polska'
    assert not is_country_form("putina", "pl")


def test_an_inflected_country_is_a_weak_name_key_when_asked() -> None:
    """An invented Polish sentence naming a country in the genitive: its name key is weak with ``case_forms``
    (``Params.country_case_forms``, on as shipped), strong without."""
    assert PARAMS.country_case_forms and not PARAMS.capitals_weak and not PARAMS.noun_names_weak
    doc = body_doc("Wczoraj rząd Rosji ogłosił nowy plan dla miasta Zarnowo.", "pl")
    on = features(doc, case_forms=True)
    off = features(doc)
    assert "rosji" in on.names and "name:rosji" in on.weak
    assert "name:rosji" not in off.weak
    assert "name:zarnowo" not in on.weak


def test_a_capital_is_known_by_its_country() -> None:
    """A national capital of its own country is a capital; the same name given another country is not."""
    assert is_capital("Moscow", "RU") and is_capital("Kyiv", "UA")
    assert not is_capital("Moscow", "US") and not is_capital("Lyon", "FR")


def test_a_statements_particulars_are_its_figures_and_names() -> None:
    """Figures and the capitalised words that open no sentence, cut to five letters; countries (in any case
    form), nationalities and a sentence's first word left out; German reads only figures (every noun is
    capitalised there)."""
    assert statement_particulars("Then the Arlenby council voted 12 to 3 in France.", "en") == {"arlen", "#12", "#3"}
    assert statement_particulars("Rada gminy Zarnowo spotkała się z ministrem Rosji.", "pl") == {"zarno"}
    assert statement_particulars("Der Rat von Arlenby stimmte mit 1.200 Stimmen.", "de") == {"#1200"}
    assert statement_particulars("The French council met again.", "en") == frozenset()


def test_particulars_apart_within_a_language_and_figures_across() -> None:
    """Apart: both hold particulars and share none; across two languages only the figures are read."""
    mine = frozenset({"arlen", "#12"})
    others = [frozenset({"arlen"}), frozenset({"brixm"}), frozenset(), frozenset({"brixm", "#12"}), frozenset({"#7"})]
    got = particulars_apart(mine, "en", others, ["en", "en", "en", "fr", "fr"])
    assert np.array_equal(got, np.array([0, 1, 0, 0, 1], dtype=np.float32))
    assert not particulars_apart(frozenset(), "en", others, ["en"] * 5).any()


def test_german_nouns_are_weak_names_when_asked() -> None:
    """German writes every noun capitalised: with ``nouns`` (``Params.noun_names_weak``, off as shipped) a
    capitalised word that is no word of a place or an entity of the article is a weak name; in English it stays."""
    de = body_doc("Gestern sprach der Rat über neue Sanktionen und den Druck aus Arlenby.", "de")
    assert "name:sanktionen" in features(de, nouns=True).weak
    assert "name:sanktionen" not in features(de).weak
    en = body_doc("Yesterday the council spoke of Sanctions and the pressure from Arlenby.", "en")
    assert "sanctions" in features(en, nouns=True).names and "name:sanctions" not in features(en, nouns=True).weak
