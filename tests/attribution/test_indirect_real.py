"""Indirect speech as real French news writes it (issue 12, error analysis of fr-news); every sentence is
fictional."""

from tests.attribution.conftest import by_cue, contents


def test_participle_takes_the_subject_of_its_verb(fr):
    _, atts = fr("Le sénateur Paul Ardant continue sur sa lancée, affirmant que le port de Vesle rouvrira en juin.")
    a = by_cue(atts, "affirmant")
    assert contents(a) == ["le port de Vesle rouvrira en juin"]
    assert a["speaker"] == "Paul Ardant"


def test_participle_of_a_document_noun(fr):
    _, atts = fr("La mairie a réagi par un texte bref. Un communiqué affirmant que la digue tiendra circule depuis.")
    a = by_cue(atts, "affirmant")
    assert a["source"]["text"] == "Un communiqué" and a["source_type"] == "document"


def test_unquoted_text_after_a_colon(fr):
    _, atts = fr("Les hydrologues ont prévenu : les crues de la Vesle seront plus fréquentes dès cet hiver.")
    a = by_cue(atts, "ont prévenu")
    assert contents(a) == ["les crues de la Vesle seront plus fréquentes dès cet hiver"]
    assert a["source"]["text"] == "Les hydrologues"


def test_colon_closing_a_paragraph_announces_the_next(fr):
    _, atts = fr(
        "Le rapport de l'agence précise encore :",
        "Les digues du port ont été inspectées en mars et deux d'entre elles devront être rehaussées.",
    )
    a = by_cue(atts, "précise")
    assert contents(a) == [
        "Les digues du port ont été inspectées en mars et deux d'entre elles devront être rehaussées"
    ]


def test_selon_at_the_end_of_a_sentence_without_a_comma(fr):
    _, atts = fr("La digue de Port-Vesle devait être rehaussée avant l'hiver selon la préfecture.")
    a = by_cue(atts, "selon")
    assert contents(a) == ["La digue de Port-Vesle devait être rehaussée avant l'hiver"]
    assert a["source"]["text"] == "la préfecture" and a["hedged"]


def test_selon_meaning_depending_on_is_no_attribution(fr):
    _, atts = fr("Les tarifs de la navette varient selon les saisons.")
    assert not [a for a in atts if a["cue"] and a["cue"]["text"] == "selon"]


def test_pour_a_kind_of_person_opening_a_paragraph(fr):
    _, atts = fr("Le port rouvrira.", "Pour de nombreux scientifiques, la digue ne tiendra pas dix ans.")
    a = by_cue(atts, "Pour")
    assert contents(a) == ["la digue ne tiendra pas dix ans"]


def test_the_outlet_named_before_its_kind_noun(fr):
    _, atts = fr(
        "L'hebdomadaire breton La Gazette du Port a consacré sa une à la digue.",
        "La digue ne tiendra pas l'hiver, affirme le journal.",
    )
    a = by_cue(atts, "affirme")
    assert a["speaker"] == "La Gazette du Port" and a["source_type"] == "media"


def test_the_medium_someone_speaks_on_is_not_the_speaker(fr):
    _, atts = fr("Le port rouvrira en juin, a déclaré sur Radio Vesle le maire Paul Ardant.")
    a = by_cue(atts, "a déclaré")
    assert a["source"]["text"] == "Paul Ardant" and a["speaker"] == "Paul Ardant"


def test_a_source_span_does_not_start_with_its_preposition(fr):
    _, atts = fr("Dans une déclaration commune le conseil régional demande que la digue soit rehaussée.")
    a = by_cue(atts, "demande")
    assert not a["source"]["text"].lower().startswith("dans")


def test_noun_reporting_through_selon_laquelle(fr):
    _, atts = fr(
        "Beaucoup gardent en mémoire la déclaration du maire Paul Ardant selon laquelle le port ne rouvrira pas"
        " avant juin."
    )
    (a,) = [a for a in atts if a["cue"]]
    assert a["cue"]["text"] == "la déclaration" and a["speaker"] == "Paul Ardant"
    assert contents(a) == ["le port ne rouvrira pas avant juin"]


def test_ce_dernier_parsed_as_the_verbs_determiner(fr):
    _, atts = fr("Le maire Paul Ardant a reçu la ministre.", "Ce dernier lui a recommandé de ne jamais fermer le port.")
    a = by_cue(atts, "a recommandé")
    assert a["source"]["text"] == "Ce dernier" and a["speaker"] == "Paul Ardant"


def test_postposed_name_the_tagger_read_as_words(fr):
    _, atts = fr("La digue cédera avant l'hiver, avait par exemple déclaré plus tôt dans le mois le maire Paul Ardant.")
    assert by_cue(atts, "avait par exemple déclaré")["speaker"] == "Paul Ardant"


def test_selon_toute_vraisemblance_is_no_source(fr):
    _, atts = fr("Et maintenant, selon toute vraisemblance, la digue de Port-Vesle sera rehaussée.")
    assert not [a for a in atts if a["cue"] and a["cue"]["text"] == "selon"]


def test_a_wish_in_an_if_clause_is_no_ones(fr):
    _, atts = fr("Le port ne rouvrira pas si l'on veut protéger la digue de Port-Vesle.")
    assert not [a for a in atts if a["cue"] and a["cue"]["text"] == "veut"]


def test_a_request_has_its_object_as_content(fr):
    _, atts = fr("Le maire Paul Ardant avait ensuite demandé une révision complète des tarifs du port.")
    a = by_cue(atts, "avait ensuite demandé")
    assert contents(a) == ["une révision complète des tarifs du port"] and a["speaker"] == "Paul Ardant"


def test_who_asked_is_a_question(fr):
    _, atts = fr("Le port fermera en juin. Qui a demandé leur avis aux pêcheurs ?")
    assert not [a for a in atts if a["cue"] and "demandé" in a["cue"]["text"]]


def test_information_and_research_are_documents(fr):
    _, atts = fr("Des recherches récentes suggèrent que la digue de Port-Vesle cédera avant dix ans.")
    a = by_cue(atts, "suggèrent")
    assert a["source_type"] == "document"


def test_relative_pronoun_after_a_things_owner(fr):
    _, atts = fr("La politique portuaire de la préfecture, qui entend rouvrir le port en juin, divise les pêcheurs.")
    a = by_cue(atts, "entend")
    assert a["speaker"] == "la préfecture"
