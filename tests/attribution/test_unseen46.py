"""French attributions, stop 46 (branch attr46): mechanisms counted on the real articles no rule was read from (b, c
and e), on sentences invented for these tests (fictional towns, bodies and people)."""

from tests.attribution.conftest import by_content


def test_comme_le_dit_x_then_a_colon_reports_what_follows(fr):
    # (before: with an adverb between the verb and its subject, the incise ended at the colon and reported nothing)
    _, atts = fr("Comme le dit très justement Lucien Varda : le port de Valbrune doit changer de cap.")
    said = by_content(atts, "le port de Valbrune doit changer de cap")
    assert said["cue"]["text"] == "dit" and said["speaker"] == "Lucien Varda"


def test_a_sentence_opening_comme_with_no_clitic_reports_what_follows(fr):
    # (before: « comme » with no « le » was read as a manner and reported nothing)
    _, atts = fr("Comme avertissait Hélène Marchal, la digue cédera tôt ou tard sous les tempêtes.")
    said = by_content(atts, "la digue cédera tôt ou tard sous les tempêtes")
    assert said["cue"]["text"] == "avertissait" and said["speaker"] == "Hélène Marchal"


def test_comme_with_no_clitic_and_no_speech_reports_nothing(fr):
    # a manner or an expectation: no verb of saying, no source after it
    _, atts = fr("Comme prévu, le port de Valbrune a rouvert lundi.", "Comme souvent, le maire a tranché seul.")
    assert atts == []


def test_les_democrates_are_the_party_des_democrates_a_group(fr):
    _, atts = fr(
        "Les démocrates veulent que la banque centrale de Valbrune cesse de relever ses taux.",
        "Des démocrates affirment que le port restera fermé tout l'hiver.",
    )
    assert by_content(atts, "la banque centrale de Valbrune cesse de relever ses taux")["source_type"] == "organization"
    assert by_content(atts, "le port restera fermé tout l'hiver")["source_type"] == "unnamed_collective"


def test_an_index_and_an_estimate_are_documents(fr):
    _, atts = fr(
        "Selon l'indice des prix de Valbrune, les loyers ont bondi de 8 % en un an.",
        "Selon l'estimation provisoire du port, la pêche a reculé.",
    )
    assert by_content(atts, "les loyers ont bondi de 8 % en un an")["source_type"] == "document"
    assert by_content(atts, "la pêche a reculé")["source_type"] == "document"


def test_elle_stands_for_a_country_or_body_whose_article_is_elided(fr):
    # (before: « l'Allemagne », « l'OTAN » showed no gender, and « Elle » named no one)
    _, atts = fr(
        "L'Allemagne a refusé de livrer des vedettes au port de Valbrune. Elle affirme que la flotte suffira.",
        "L'OTAN refusait d'envoyer des navires. Elle voulait une surveillance depuis les airs.",
    )
    said = by_content(atts, "la flotte suffira")
    assert said["speaker"] == "L'Allemagne" and said["source_type"] == "organization"
    wanted = by_content(atts, "une surveillance depuis les airs")
    assert wanted["speaker"] == "L'OTAN" and wanted["source_type"] == "organization"


def test_elle_after_a_woman_named_is_still_the_woman(fr):
    _, atts = fr("Hélène Marchal a visité l'Allemagne en mars. Elle affirme que la flotte suffira.")
    assert by_content(atts, "la flotte suffira")["speaker"] == "Hélène Marchal"


def test_an_agentless_impersonal_passive_names_no_one(fr):
    # (before: the impersonal « il » was resolved to the man or the mayor named before)
    _, atts = fr(
        "Paul Durand est arrivé lundi à Valbrune. Pourquoi ? Car il avait été décidé que le port fermerait en mars.",
        "Le maire est parti. Il a été décidé d'interdire la pêche le dimanche.",
    )
    for content in ("le port fermerait en mars", "interdire la pêche le dimanche"):
        decided = by_content(atts, content)
        assert decided["speaker"] is None and decided["source_type"] == "none"


def test_il_est_decide_a_is_a_persons_resolve(fr):
    _, atts = fr("Paul Durand est arrivé à Valbrune. Il est décidé à fermer le port.")
    assert by_content(atts, "fermer le port")["speaker"] == "Paul Durand"


def test_selon_inside_a_parenthesis_reports_the_rest_of_it(fr):
    # (before: the source ran past the parenthesis into the sentence, the content was the sentence before it)
    _, atts = fr(
        "Le trafic du port a bondi (près de trente fois le niveau de l'an passé, selon la capitainerie) pendant la "
        "tempête.",
        "Le projet consiste en un radeau géant (environ la taille de la Corse selon l'équipe), placé au large.",
    )
    more = by_content(atts, "près de trente fois le niveau de l'an passé")
    assert more["speaker"] == "la capitainerie" and more["source"]["text"] == "la capitainerie"
    assert by_content(atts, "environ la taille de la Corse")["speaker"] == "l'équipe"


def test_selon_alone_in_a_parenthesis_keeps_the_sentence(fr):
    _, atts = fr("Le trafic du port a bondi de 30 % (selon la capitainerie) depuis janvier.")
    assert by_content(atts, "Le trafic du port a bondi de 30 %")["speaker"] == "la capitainerie"
