"""French speakers as a reader resolves them, stop 44 (branch frspk44): mechanisms seen on real articles no rule was
read from (the stop's development sets b and c), on sentences invented for these tests (fictional towns, bodies
and people)."""

from tests.attribution.conftest import by_content, by_cue


def test_a_lone_given_name_is_the_person_named_in_full_before(fr):
    # (before: « Hélène » was a speaker of her own, typed organization)
    _, atts = fr(
        "Hélène Marchal veut fermer les écoles de Valbrune.",
        "Eh bien, c'est par prudence, oui, Hélène affirme qu'elle est un peu inquiète.",
    )
    said = by_cue(atts, "affirme")
    assert said["speaker"] == "Hélène Marchal" and said["source_type"] == "person_named"


def test_a_body_and_a_name_coordinated_speak_together(fr):
    # (before: « Joe Smith » alone, and « la mairie et Hélène Marchal » reduced to her name typed organization)
    _, atts = fr(
        "Le conseil a voté mardi.",
        "Joe Smith et le G-7 veulent dépenser des milliards.",
        "Tout ce que la mairie et Hélène Marchal veulent faire, c'est fermer les écoles.",
    )
    spend, close = [a for a in atts if a["cue"] and a["cue"]["text"] == "veulent"]
    assert spend["speaker"] == "Joe Smith et le G-7"
    assert close["speaker"] == "la mairie et Hélène Marchal" and close["source_type"] == "organization"


def test_the_outlet_that_heard_the_words_is_not_who_said_them(fr):
    # (before: « l'Élysée au JDD » and « le ministre à l'AFP » were the speakers)
    _, atts = fr(
        "Une lucidité qui doit permettre, selon l'Élysée au JDD, de construire une relation.",
        "Selon le ministre à l'AFP, les écoles fermeront.",
    )
    elysee = by_content(atts, "de construire une relation")
    assert elysee["speaker"] == "l'Élysée" and elysee["source"]["text"] == "l'Élysée"
    assert by_content(atts, "les écoles fermeront")["speaker"] == "le ministre"


def test_on_is_a_subject_whatever_person_the_verb_was_tagged(fr):
    # (before: « dira » and « pense » tagged a first person made « on » an object; the reports had no speaker)
    _, atts = fr(
        "Ensuite on vous dira que c'est la faute des voisins.",
        "Chaque fois qu'on pense le sommet atteint, il monte encore.",
    )
    assert by_cue(atts, "dira")["speaker"] == "on"
    assert by_cue(atts, "pense")["speaker"] == "on"


def test_comme_before_a_quotation_reports_the_quotation(fr):
    # (before: « comme disent les jeunes » took « les jeunes » for the verb's object and the quotation went to the
    # speaker before; after an apposition and a colon the content started with the apposition)
    _, atts = fr(
        "La ville va aider ses voisins. Comme disent les jeunes « ça va bien se passer ».",
        "Nos luttes vont profiter à tous. Comme le disait Hélène Marchal, illustre militante : « Quand elles "
        "entrent, nous entrons toutes. »",
    )
    young = by_content(atts, "ça va bien se passer")
    assert young["speaker"] == "les jeunes" and young["cue"]["text"] == "disent"
    said = by_cue(atts, "disait")
    assert said["speaker"] == "Hélène Marchal"
    assert [c["text"] for c in said["content"]] == ["Quand elles entrent, nous entrons toutes."]


def test_a_possessive_on_the_verbs_object_is_its_subjects(fr):
    # a guard: this invented case is right on the base too (the real one, « sa » given to the man the subject wants
    # to meet, named last in a headline, was not reproduced); the possessive now follows the verb's subject
    _, atts = fr(
        "Aurélien Vasseur a appelé à rencontrer Paul Dorin pour finir la grève. Le maire de Valbrune a réitéré sa "
        "position selon laquelle toute discussion deviendra impossible.",
    )
    assert by_content(atts, "toute discussion deviendra impossible")["speaker"] == by_cue(atts, "a réitéré")["speaker"]
    assert by_content(atts, "toute discussion deviendra impossible")["speaker"] != "Paul Dorin"


def test_a_name_after_sur_before_a_colon_is_where_words_were_said(fr):
    # (before: the radio was the speaker of the second quotation)
    _, atts = fr(
        "Hélène Marchal, 12 juillet 2016 sur Radio Valbrune : « Attention à cette façon de brouiller les lignes. »",
        "17 novembre 2016 sur Europe 1 : « C'est un autre visage du socialisme de toujours. »",
    )
    later = by_content(atts, "C'est un autre visage du socialisme de toujours.")
    assert later["speaker"] == "Hélène Marchal" and later["source_type"] == "person_named"


def test_a_singular_role_is_not_an_earlier_plural_and_a_chief_economist_is_an_economist(fr):
    # (before: « l'économiste de l'Institut » took « les économistes » before it)
    _, atts = fr(
        "Les économistes restent prudents sur les prix.",
        "« Si cette mesure se concrétise, cela pourrait abaisser l'inflation », calcule Julien Vasseur, chef "
        "économiste de l'Institut.",
        "La conjoncture devrait aussi calmer les prix. « Les cours du blé se sont un peu assagis », confirme "
        "l'économiste de l'Institut.",
    )
    confirmed = by_cue(atts, "confirme")
    assert confirmed["speaker"] == "Julien Vasseur" and confirmed["source_type"] == "person_named"


def test_a_quotation_under_a_name_heading_its_paragraph(fr):
    # (before: the quotation went to the speaker of the paragraph before)
    _, atts = fr(
        "Hélène Marchal raconte leur première rencontre, en 2004 : « Il n'est pas ambitieux ; il est habité. »",
        "Paul Dorin, intime du maire, 2008 « On s'était dit qu'il avait un pouvoir de séduction très fort ».",
    )
    said = by_content(atts, "On s'était dit qu'il avait un pouvoir de séduction très fort")
    assert said["speaker"] == "Paul Dorin" and said["source_type"] == "person_named"
    # a paragraph whose words before the quotation hold a verb is no label
    _, atts = fr(
        "Hélène Marchal raconte leur première rencontre, en 2004 : « Il n'est pas ambitieux ; il est habité. »",
        "Paul Dorin, qui le connaît, le voit autrement, « un garçon très sage et très poli ».",
    )
    assert atts and all(a["speaker"] != "Paul Dorin" or a["cue"] for a in atts)


def test_a_quotation_set_apart_before_the_paragraph_that_quotes_it_with_its_cue(fr):
    # (before: the quotation set apart went to the speaker before it)
    _, atts = fr(
        "Le maire a parlé de la crise. « Je pense que les deux villes peuvent très bien s'entendre, elles aiment la "
        "mer. »",
        "Il n'est pas surprenant que le maire cherche des liens. Paul Dorin, ancien préfet, voit des convergences. "
        "« Je pense que les deux villes peuvent très bien s'entendre, elles aiment la mer », explique-t-il.",
    )
    apart = [a for a in atts if not a["cue"] and a["content"][0]["text"].startswith("Je pense que")]
    assert apart and apart[0]["speaker"] == "Paul Dorin"
