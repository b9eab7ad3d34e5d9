"""Speakers and source types on unseen real French articles, stop 48 (issue 12): persons' names coordinated as a
subject, a title before a name coordinated with others, an organisation noun for the one body named just before, an
agency qualified as a body, a mention's bracket and hyphenated first word, a lone given name before a relative, a
document's publisher. Invented text and people."""

from __future__ import annotations

from tests.attribution.conftest import analyse


def _by_content(text: str, words: str) -> dict:
    _parsed, atts = analyse(text.split("\n\n"), "fr")
    hits = [a for a in atts if any(words in c["text"] for c in a["content"])]
    assert hits, [c["text"] for a in atts for c in a["content"]]
    return hits[0]


def test_two_names_joined_by_et_speak_together() -> None:
    text = "Jeanne Valmont et Paul Arnaud espèrent relancer le chantier naval avec les fonds régionaux."
    a = _by_content(text, "relancer le chantier naval")
    assert (a["speaker"], a["source_type"]) == ("Jeanne Valmont et Paul Arnaud", "person_named")


def test_an_apposed_name_is_still_one_speaker() -> None:
    text = "Le commandant du port, Armand Vescal, a dit qu'il partirait avant l'hiver."
    assert _by_content(text, "il partirait avant")["speaker"] == "Armand Vescal"


def test_a_titled_name_joined_with_a_body_speaks_with_it() -> None:
    text = "La ministre Hélène Dorval et la préfecture estiment que le pont tiendra jusqu'au printemps."
    a = _by_content(text, "le pont tiendra")
    assert (a["speaker"], a["source_type"]) == ("Hélène Dorval et la préfecture", "person_named")


def test_the_organisation_is_the_one_body_named_just_before() -> None:
    text = (
        "Les inondations ont touché trois vallées cette semaine.\n\n"
        "Lundi, le directeur de l'ONU se rendra à Genève puis à Vienne, a annoncé dimanche l'organisation."
    )
    a = _by_content(text, "se rendra à Genève")
    assert (a["speaker"], a["source_type"]) == ("ONU", "organization")


def test_an_agency_qualified_by_its_field_is_a_body() -> None:
    text = "L'Agence régionale de l'eau estime que les nappes ne remonteront pas avant l'automne."
    assert _by_content(text, "les nappes ne remonteront")["source_type"] == "organization"


def test_a_bare_agency_after_a_news_agency_is_that_outlet() -> None:
    text = (
        "L'Agence France-Presse affirme que le port est fermé depuis mardi.\n\n"
        "Les quais sont vides, a indiqué l'agence dans la soirée."
    )
    a = _by_content(text, "Les quais sont vides")
    assert (a["speaker"], a["source_type"]) == ("L'Agence France-Presse", "media")


def test_a_mention_keeps_its_closing_bracket() -> None:
    text = "Les hauts fonctionnaires (retraités) ont refusé cette théorie sortie de nulle part."
    a = _by_content(text, "cette théorie")
    assert a["speaker"] == "Les hauts fonctionnaires (retraités)"
    assert a["source"]["text"] == "Les hauts fonctionnaires (retraités)"


def test_a_relative_after_a_hyphenated_noun_takes_the_whole_word() -> None:
    text = "Au Nord, ce sont surtout les sociaux-démocrates qui veulent adhérer au pacte régional."
    assert _by_content(text, "adhérer au pacte")["speaker"].endswith("sociaux-démocrates")


def test_a_lone_given_name_before_a_relative_is_the_person_named_in_full() -> None:
    text = (
        "Jeanne Valmont et Paul Arnaud se retrouvent au second tour.\n\n"
        "D'abord par Arnaud, persuadé qu'il gagnera, ensuite par Jeanne, qui entend bien remporter le second duel."
    )
    a = _by_content(text, "remporter le second duel")
    assert (a["speaker"], a["source_type"]) == ("Jeanne Valmont", "person_named")


def test_a_body_with_a_determiner_is_no_given_name() -> None:
    text = (
        "Marine Valmont a visité le port mardi.\n\n"
        "La Marine, qui affirme que le navire a coulé, poursuit les recherches."
    )
    _parsed, atts = analyse(text.split("\n\n"), "fr")
    assert atts
    assert all(a["speaker"] != "Marine Valmont" for a in atts)


def test_a_document_keeps_whoever_published_it() -> None:
    text = "Selon le bilan trimestriel diffusé mardi par l'Institut Valdor, le chômage a baissé de 2 %."
    a = _by_content(text, "le chômage a baissé")
    assert a["speaker"] == "le bilan trimestriel diffusé mardi par l'Institut Valdor"
    assert a["source_type"] == "document"


def test_a_bare_agency_after_a_health_agency_is_that_body() -> None:
    text = (
        "Quatorze cas ont été confirmés dans un collège, a annoncé jeudi l'agence régionale de santé (ARS). "
        "L'agence indique avoir organisé une campagne de vaccination.\n\n"
        "D'après le quotidien Le Réveil valdorien, la ville va ouvrir un centre."
    )
    a = _by_content(text, "avoir organisé une campagne")
    assert (a["speaker"], a["source_type"]) == ("l'agence régionale de santé (ARS)", "organization")
