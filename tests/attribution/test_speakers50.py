"""Speakers on real French articles, stop 50 (issue 12): an incise after a quotation whose verb has a first- or
second-person object pronoun before it (« … », nous confie X), with or without the comma, and an inverted
« -on » written with a non-breaking hyphen. Invented text and people."""

from __future__ import annotations

from tests.attribution.conftest import analyse


def _by_content(text: str, words: str) -> dict:
    _parsed, atts = analyse(text.split("\n\n"), "fr")
    hits = [a for a in atts if any(words in c["text"] for c in a["content"])]
    assert hits, [c["text"] for a in atts for c in a["content"]]
    return hits[0]


def test_an_incise_after_a_quotation_with_nous_before_its_verb() -> None:
    text = "Le pont est fermé depuis mars. « Nous le rouvrirons en mai », nous confie l’un des ingénieurs du chantier."
    a = _by_content(text, "Nous le rouvrirons en mai")
    assert (a["speaker"], a["source_type"]) == ("l’un des ingénieurs du chantier", "person_anonymous")
    assert a["cue"]["text"] == "confie"


def test_an_incise_with_vous_and_a_tense_auxiliary() -> None:
    text = "Le pont est fermé depuis mars. « Nous le rouvrirons en mai », vous a expliqué Paul Verdal."
    a = _by_content(text, "Nous le rouvrirons en mai")
    assert (a["speaker"], a["source_type"]) == ("Paul Verdal", "person_named")


def test_an_incise_without_a_comma_after_a_colon_intro() -> None:
    text = (
        "Le béton serait fait de sable recyclé : « On le choisit pour sa couleur, la chaleur ne passe pas. » "
        "nous confie l’un des chimistes associés au projet."
    )
    a = _by_content(text, "On le choisit pour sa couleur")
    assert (a["speaker"], a["source_type"]) == ("l’un des chimistes associés au projet", "person_anonymous")


def test_a_quoted_sentence_is_not_the_subject_of_the_verb_after_it() -> None:
    text = "Le pont est fermé depuis mars. « Nous le rouvrirons en mai, et vite. » confie l’ingénieur."
    a = _by_content(text, "Nous le rouvrirons en mai")
    assert (a["speaker"], a["source_type"]) == ("l’ingénieur", "person_anonymous")


def test_nous_agreeing_with_its_verb_stays_the_subject() -> None:
    text = "« Le tramway sera prêt avant l’été », nous expliquons aux riverains."
    a = _by_content(text, "Le tramway sera prêt avant l’été")
    assert (a["source"] or {}).get("text") == "nous"
    assert a["cue"]["text"] == "expliquons"


def test_an_inverted_on_after_a_non_breaking_hyphen() -> None:
    text = "Le tramway sera prêt avant l’été, assure\u2011t\u2011on à la mairie."
    a = _by_content(text, "Le tramway sera prêt avant l’été")
    assert (a["speaker"], a["source_type"]) == ("la mairie", "organization")
    assert a["cue"]["text"] == "assure\u2011t\u2011on"


def test_a_quoted_name_before_nous_and_its_verb_is_no_quotation_of_the_verb() -> None:
    text = (
        "Ils ont compris que la ville était un piège contre lequel notre « Code de la route » nous condamnait "
        "à la lenteur."
    )
    _parsed, atts = analyse([text], "fr")
    condemned = [a for a in atts if (a["cue"] or {}).get("text") == "condamnait"]
    assert condemned, [(a["cue"] or {}).get("text") for a in atts]
    assert all("ont compris" not in c["text"] for a in condemned for c in a["content"])
