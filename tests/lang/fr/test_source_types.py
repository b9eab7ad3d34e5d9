"""French source types and sources met in real news, on sentences written for these tests (fictional)."""

from tests.attribution.conftest import by_cue, contents


def test_selon_the_words_of_someone_is_that_someone(fr):
    _, atts = fr("Le port de Valmer a rouvert, selon les termes de Jérôme Valbret, chef du service des quais.")
    a = by_cue(atts, "selon")
    assert a["speaker"] == "Jérôme Valbret" and a["source_type"] == "person_named"


def test_selon_the_figures_of_a_ministry_is_the_ministry(fr):
    _, atts = fr("Les passages ont augmenté d’un tiers, selon les chiffres du ministère valdorien de l’Intérieur.")
    a = by_cue(atts, "selon")
    assert a["source_type"] == "organization"
    assert a["speaker"].endswith("ministère valdorien de l’Intérieur")
    assert not a["speaker"].startswith("les chiffres")
    # figures about someone are not that someone's
    _, atts = fr("Selon les chiffres sur les soldats valdoriens, le front aurait reculé de dix kilomètres.")
    assert "soldats" not in (by_cue(atts, "Selon")["speaker"] or "").split()[:1]


def test_most_countries_even_when_one_is_named_are_a_vague_group(fr):
    _, atts = fr("La plupart des capitales du delta, dont Ostria, réclamaient un report du barrage de Valmer.")
    assert by_cue(atts, "réclamaient")["source_type"] == "unnamed_collective"
    # "la majorité" alone is the governing bloc, not part of a vague group
    _, atts = fr("La majorité a estimé que le budget des digues était équilibré.")
    assert by_cue(atts, "a estimé")["source_type"] != "unnamed_collective"


def test_a_group_of_people_is_a_vague_group_not_a_body(fr):
    _, atts = fr("Un groupe de chercheurs de toute l’Europe appelle à revoir le plan contre les crues.")
    a = by_cue(atts, "appelle")
    assert a["source_type"] == "unnamed_collective"
    _, atts = fr("Le groupe Ordal affirme que ses comptes sont exacts.")
    assert by_cue(atts, "affirme")["source_type"] == "organization"


def test_a_think_tank_is_an_organisation(fr):
    _, atts = fr("Sur les écluses de Valmer, ce think tank estime que rien n’a été réparé depuis vingt ans.")
    assert by_cue(atts, "estime")["source_type"] == "organization"


def test_a_court_decision_is_a_document(fr):
    _, atts = fr("D’après une décision du tribunal de Valmer, les quais resteront fermés.")
    assert by_cue(atts, "D’après")["source_type"] == "document"


def test_lui_after_the_lawyer_of_someone_is_the_lawyer(fr):
    _, atts = fr("L’avocat de Marc Vellin a nié tout lien avec Ordal : selon lui, son client n’y a pas part.")
    a = by_cue(atts, "selon")
    assert a["speaker"] == "L’avocat de Marc Vellin" and a["source_type"] == "person_anonymous"


def test_a_relative_pronoun_agrees_in_gender_with_its_antecedent(fr):
    _, atts = fr(
        "Le barrage a éveillé les réserves des délégués du G5 (Valdorie, Ostria, Merland), "
        "lesquels ont jugé que le chantier menaçait « tout le delta »."
    )
    a = by_cue(atts, "ont jugé")
    assert a["speaker"].startswith("délégués du G5")  # not "les réserves", feminine


def test_the_officials_of_a_capital_are_its_government(fr):
    # (the ordinary case, with "Kiev" tagged as a name; the rule for a capital the tagger takes for a
    # pronoun, met in a real article, is reached by no invented sentence found so far)
    _, atts = fr("Les responsables de Kiev ont admis que la ligne de front avait reculé.")
    assert by_cue(atts, "ont admis")["source_type"] == "organization"


def test_an_incise_whose_subject_the_parse_took_for_an_object(fr):
    # the parse makes "le ministère" the object of "a déclaré": the ministry is who reports the clause before
    _, atts = fr(
        "Ces retards soulèvent des questions concernant le financement du chantier des écluses "
        "de Merlin, a déclaré le ministère valdorien des Transports."
    )
    a = by_cue(atts, "a déclaré")
    assert a["source_type"] == "organization" and "ministère valdorien" in a["speaker"]
    assert contents(a)[0].startswith("Ces retards soulèvent des questions")


def test_the_seven_leaders_are_the_leaders_named_before(fr):
    _, atts = fr(
        "Les dirigeants du G5 se sont retrouvés mardi à Valmer pour un sommet sur les crues.",
        "Le fonds restera « accessible à chaque région du delta », expliquent les cinq dirigeants.",
    )
    a = by_cue(atts, "expliquent")
    assert a["speaker"].lower() == "les dirigeants du g5" and a["source_type"] == "organization"


def test_a_possessive_source_is_resolved_like_a_pronoun(fr):
    _, atts = fr(
        "Le ministre Marc Vellin est arrivé mardi à Valmer. Sa déclaration selon laquelle le port rouvrira a surpris."
    )
    a = by_cue(atts, "Sa déclaration")
    assert a["speaker"] == "Marc Vellin" and a["source_type"] == "person_named"


def test_a_phrase_that_holds_its_source(fr):
    _, atts = fr("Le député Marc Vellin a quitté la réunion. À son avis, le port de Valmer ne rouvrira pas avant mai.")
    a = by_cue(atts, "À son avis")
    assert contents(a) == ["le port de Valmer ne rouvrira pas avant mai"]
    assert a["speaker"] == "Marc Vellin"
    _, atts = fr("Les élus de Merland ont voté contre. Ce budget reste tout à fait raisonnable, à leurs yeux.")
    assert contents(by_cue(atts, "à leurs yeux")) == ["Ce budget reste tout à fait raisonnable"]


def test_selon_inside_a_quotation_is_an_attribution_of_its_own(fr):
    _, atts = fr("Le maire Jean Ortis a été clair : « Selon plusieurs sources, le port rouvrira en mai. »")
    a = by_cue(atts, "Selon")
    assert contents(a) == ["le port rouvrira en mai"]
    assert a["speaker"] == "plusieurs sources"
