"""Stop 26's incise and participle rules, on sentences invented for these tests (fictional towns, bodies, people)."""

from tests.attribution.conftest import by_cue, contents


def test_incise_closing_its_sentence_reports_the_clause_before(fr):
    _, atts = fr(
        "La digue de Morvel était fissurée depuis des mois, parfois sur plusieurs mètres, le long du canal, "
        "affirment les auteurs de cette expertise.",
        "Il y a trois hivers, le port de Morvel a été fermé deux semaines, et 4 millions d'euros ont été "
        "dépensés en urgence pour les pêcheurs, rappelle-t-il en guise d'exemple.",
    )
    a = by_cue(atts, "affirment")
    assert contents(a) == [
        "La digue de Morvel était fissurée depuis des mois, parfois sur plusieurs mètres, le long du canal"
    ]
    assert a["speaker"] == "les auteurs de cette expertise"
    b = by_cue(atts, "rappelle-t-il")
    assert contents(b)[0].startswith("Il y a trois hivers, le port de Morvel a été fermé")


def test_a_time_after_the_incise_verb_is_not_its_subject(fr):
    _, atts = fr(
        "Les neuf communes de la vallée, réunies en congrès à Sorbeval, veulent obtenir de l'État une "
        "nouvelle ligne de car pour leurs lycéens, a déclaré ce jeudi 3 mars le président du syndicat "
        "intercommunal Gaspard Vaillot, dont la commune accueille cette année le congrès."
    )
    a = by_cue(atts, "a déclaré")
    assert a["speaker"] == "Gaspard Vaillot"
    assert contents(a)[0].startswith("Les neuf communes de la vallée")


def test_participle_with_its_own_clause_leaves_the_quotation_before_it(fr):
    _, atts = fr(
        "Invitée jeudi sur une radio locale, la maire de Clairbois a estimé qu'« aucun club sérieux ne remet "
        "en cause la piscine », ajoutant que la fermeture du bassin relevait d'« une manœuvre électorale »."
    )
    assert by_cue(atts, "a estimé")["speaker"] == "la maire de Clairbois"
    b = by_cue(atts, "ajoutant")
    assert contents(b)[0].startswith("la fermeture du bassin")


def test_participle_takes_the_subject_of_a_verb_parsed_as_passive_without_auxiliary(fr):
    _, atts = fr(
        "Des associations de nageurs avaient aussi manifesté devant la mairie le jour du vote, jugeant "
        "« très choquant » le choix du conseil municipal."
    )
    a = by_cue(atts, "jugeant")
    assert a["speaker"] == "Des associations de nageurs"


def test_owned_report_noun_reports_its_clause(fr):
    _, atts = fr(
        "Les riverains attendent toujours la promesse du maire de rouvrir la piscine avant l'été.",
        "L'annonce du maire a surpris les maîtres nageurs.",
    )
    a = by_cue(atts, "promesse")
    assert contents(a) == ["rouvrir la piscine avant l'été"]
    assert a["speaker"] == "maire"
    # a report noun with no clause of its own reports nothing
    assert not [x for x in atts if x["cue"] and x["cue"]["text"] == "L'annonce"]


def test_one_word_source_closing_an_incise_and_participle_after_the_incise(fr):
    _, atts = fr(
        "Ce lundi, c'est la coopérative de Varennes qui renonce à son tour à la foire d'automne, "
        "rapporte notamment radiovallée.",
        "Les huit villages du canton, réunis à Sorbeval, veulent garder leur bureau de poste, a affirmé "
        "ce samedi la sénatrice Odile Caradec, réclamant que « chaque commune garde un guichet ».",
    )
    a = by_cue(atts, "rapporte")
    assert contents(a)[0].startswith("Ce lundi, c'est la coopérative de Varennes qui renonce")
    assert by_cue(atts, "réclamant")["speaker"] == "Odile Caradec"
