"""French incise, participle and report-noun rules, on sentences invented for these tests (fictional towns,
bodies, people and sites), written from scratch after the review of stop 26."""

from tests.attribution.conftest import by_cue, contents


def test_incise_closing_its_sentence_reports_the_clause_before(fr):
    # (on 9a29c33, before the rule, the inverted "reconnaît-il" reported nothing)
    _, atts = fr(
        "Les vieux tramways de Quintal seront repeints en vert bouteille avant le carnaval, assurent les peintres "
        "de l'atelier municipal.",
        "Aucune truite n'a été pêchée dans le lac de Varenne depuis deux saisons, reconnaît-il volontiers devant "
        "les élèves.",
    )
    a = by_cue(atts, "assurent")
    assert contents(a) == ["Les vieux tramways de Quintal seront repeints en vert bouteille avant le carnaval"]
    assert a["speaker"] == "les peintres de l'atelier municipal"
    b = by_cue(atts, "reconnaît-il")
    assert contents(b) == ["Aucune truite n'a été pêchée dans le lac de Varenne depuis deux saisons"]


def test_a_time_after_the_incise_verb_is_not_its_subject(fr):
    _, atts = fr(
        "Le téléphérique du pic d'Aulère restera fermé tout l'hiver, a tranché ce jeudi la directrice du domaine "
        "skiable Nadia Ferrol.",
        "La fête des lanternes de Morlaix-sur-Ourse se tiendra le long du canal, a confirmé ce lundi à la radio "
        "l'adjointe Lise Kervran.",
    )
    a = by_cue(atts, "a tranché")
    # (the name, as "Lise Kervran" below, since stop 36 reads "Nadia" as a given name the tagger mistyped)
    assert a["speaker"] == "Nadia Ferrol"
    assert a["source"]["text"] == "la directrice du domaine skiable Nadia Ferrol"
    assert contents(a) == ["Le téléphérique du pic d'Aulère restera fermé tout l'hiver"]
    assert by_cue(atts, "a confirmé")["speaker"] == "Lise Kervran"


def test_participle_with_its_own_clause_leaves_the_quotation_before_it(fr):
    _, atts = fr(
        "La directrice du muséum a qualifié la découverte de « majeure », estimant que le fossile appartenait à "
        "une espèce inconnue."
    )
    b = by_cue(atts, "estimant")
    assert contents(b) == ["le fossile appartenait à une espèce inconnue"]
    assert b["speaker"] == "La directrice du muséum"


def test_participle_takes_the_subject_of_the_verb_it_hangs_on(fr):
    _, atts = fr(
        "Les coureurs de fond du club de Sembrat s'étaient rassemblés devant la mairie, réclamant « un vrai stade » "
        "pour la saison prochaine."
    )
    a = by_cue(atts, "réclamant")
    assert a["speaker"] == "Les coureurs de fond du club de Sembrat"
    assert contents(a) == ["un vrai stade"]


def test_owned_report_noun_reports_its_clause_and_not_the_main_verb(fr):
    _, atts = fr(
        "La proposition de la directrice de fermer la cantine le mercredi a divisé les parents.",
        "Dans son annonce, la présidente du club a surpris les joueuses.",
    )
    a = by_cue(atts, "proposition")
    assert contents(a) == ["fermer la cantine le mercredi"]
    assert a["speaker"] == "la directrice"
    # a report noun with no clause of its own reports nothing
    assert not [x for x in atts if x["cue"] and x["cue"]["text"] == "annonce"]


def test_report_noun_subject_ends_its_content_before_the_sentence_verb(fr):
    _, atts = fr("La crainte des élus de voir le gel revenir grandit.")
    a = by_cue(atts, "crainte")
    assert contents(a) == ["voir le gel revenir"]


def test_report_noun_owned_by_a_thing_is_no_cue(fr):
    _, atts = fr(
        "La menace de la grêle de ruiner les vergers pèse sur les arboriculteurs.",
        "Le souhait du tracteur de démarrer semblait faible ce matin-là.",
    )
    assert not [x for x in atts if x["cue"] and x["cue"]["text"] in ("menace", "souhait")]


def test_one_word_source_closing_an_incise_and_participle_after_the_incise(fr):
    _, atts = fr(
        "Les dunes de Penvern ont reculé de quatre mètres en un an, constate également geoplus.",
        "« Les étals seront repeints avant Noël », a prévenu la gérante Sylvie Kerhoas, indiquant que le marché "
        "couvert fermerait deux semaines.",
    )
    a = by_cue(atts, "constate")
    assert contents(a) == ["Les dunes de Penvern ont reculé de quatre mètres en un an"]
    assert a["source"]["text"] == "geoplus"  # (on 9a29c33: "également geoplus")
    b = by_cue(atts, "indiquant")
    assert contents(b) == ["le marché couvert fermerait deux semaines"]
    assert b["speaker"] == by_cue(atts, "a prévenu")["speaker"]


def test_pronoun_does_not_stand_for_a_name_only_seen_as_a_complement(fr):
    _, atts = fr(
        "Cet hiver, la patinoire de Fontanel a accueilli deux fois plus de patineurs, se félicite-t-elle dans un "
        "communiqué.",
    )
    a = by_cue(atts, "se félicite-t-elle")
    assert a["speaker"] is None  # ("Fontanel", the town the tagger took for a person, before this rule)
