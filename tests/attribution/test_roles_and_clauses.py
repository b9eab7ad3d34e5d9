"""French speaker and content rules (roles announced by a name, descriptions, clauses the parse
splits, phrase cues), on sentences invented for these tests (fictional towns, bodies, people)."""

from newsloupe.attribution.speaker_match import same_speaker
from tests.attribution.conftest import by_cue, contents


def test_quantity_subject_and_relative_clause_misparse(fr):
    _, atts = fr("En 2019, 38 % des coureurs licenciés affirmaient avoir déjà renoncé à une course à cause du vent.")
    a = by_cue(atts, "affirmaient")
    assert a["speaker"] == "38 % des coureurs licenciés" and a["source_type"] == "unnamed_collective"
    _, atts = fr(
        "Le syndicat des eaux de Castelbrume, qui dessert déjà trois fois plus d'abonnés que nous, veut encore "
        "doubler ses réservoirs avant l'hiver prochain."
    )
    a = by_cue(atts, "veut")
    assert a["speaker"] == "Le syndicat des eaux de Castelbrume" and a["source_type"] == "organization"


def test_indefinite_role_announces_the_person_named_next(fr):
    # the person named next holds the same role (same role noun in the apposition): the same source
    _, atts = fr(
        "Un député affirme que le barrage de Pradevigne sera vidé dès le mois de mars.",
        "Lucien Marchal, député de la Sorbe, a déclaré que le chantier « noiera la vallée ».",
    )
    assert by_cue(atts, "affirme")["speaker"] == "Lucien Marchal"
    # a source kept unnamed stays so
    _, atts = fr(
        "Un responsable de la régie affirme que le barrage de Pradevigne sera vidé dès le mois de mars.",
        "Lucien Marchal a déclaré que le chantier « noiera la vallée ».",
    )
    a = by_cue(atts, "affirme")
    assert a["speaker"] == "Un responsable de la régie" and a["source_type"] == "person_anonymous"


def test_indefinite_role_is_not_the_next_person_of_another_role(fr):
    _, atts = fr(
        "Un député affirme que le barrage de Pradevigne sera vidé dès le mois de mars.",
        "Paul Ferrand, ministre de l'Aménagement, a répondu que le chantier « attendra l'automne ».",
    )
    a = by_cue(atts, "affirme")
    assert "député" in a["speaker"] and a["source_type"] == "person_anonymous"
    assert by_cue(atts, "a répondu")["speaker"] == "Paul Ferrand"


def test_descriptions_of_another_kind_and_organisation_epithets(fr):
    _, atts = fr(
        "Selon la fédération régionale, la course s'est déroulée sans le moindre incident.",
        "La fédération nationale a présenté jeudi aux clubs un bilan bien plus sombre.",
    )
    assert by_cue(atts, "a présenté")["speaker"] == "La fédération nationale"
    _, atts = fr(
        "ORVALIS prévient que les fuites du réseau d'eau potable coûtent cher aux communes.",
        "Le think tank recommande aux communes de changer leurs canalisations avant 2030.",
    )
    a = by_cue(atts, "recommande")
    assert a["speaker"] == "ORVALIS" and a["source_type"] == "organization"


def test_content_ends_where_a_report_of_its_own_begins(fr):
    _, atts = fr(
        "Le club de Sorbelieu nie avoir vendu ses vélos à perte et accuse la fédération de fausser la concurrence."
    )
    assert contents(by_cue(atts, "nie")) == ["avoir vendu ses vélos à perte"]
    assert contents(by_cue(atts, "accuse")) == ["la fédération de fausser la concurrence"]
    _, atts = fr(
        "Au conseil municipal, Hélène Brossard a estimé que la coopérative méritait une subvention, tandis que "
        "Marc Dufresne a affirmé que ses comptes étaient faux."
    )
    assert contents(by_cue(atts, "a estimé")) == ["la coopérative méritait une subvention"]
    assert by_cue(atts, "a affirmé")["speaker"] == "Marc Dufresne"


def test_reported_clause_split_by_the_parse_is_read_whole(fr):
    _, atts = fr(
        "Le syndicat des eaux maintient que le lac de Fontenoire, alimenté par quatre sources souterraines, reste "
        "la seule réserve fiable du canton."
    )
    assert contents(by_cue(atts, "maintient")) == [
        "le lac de Fontenoire, alimenté par quatre sources souterraines, reste la seule réserve fiable du canton"
    ]


def test_a_noun_phrase_before_a_comma_is_no_incise_and_a_title_is_no_quotation(fr):
    _, atts = fr(
        "Le comité des fêtes, auquel se sont joints quatre villages voisins, dont Sorbelieu, a en outre critiqué "
        "le tracé « dangereux » retenu par les organisateurs."
    )
    a = by_cue(atts, "a en outre critiqué")
    assert a["speaker"] == "Le comité des fêtes" and a["source_type"] == "organization"
    assert contents(a) == ["le tracé « dangereux » retenu par les organisateurs"]
    _, atts = fr(
        "Le bulletin annuel de la régie des eaux de Pradevigne, intitulé “Chaque goutte compte”, détaille les "
        "travaux que la régie engagera sur les canalisations."
    )
    assert contents(by_cue(atts, "détaille")) == ["les travaux que la régie engagera sur les canalisations"]


def test_selon_after_a_verb_of_variation_is_no_report(fr):
    _, atts = fr(
        "Les tarifs de l'eau varient nettement selon les communes.",
        "Selon les maires du canton, la hausse reste modeste.",
    )
    assert [a["cue"]["text"] for a in atts] == ["Selon"]


def test_scorer_keeps_a_capitalised_outlet_kind_in_the_name():
    # (the stop-25 rule dropping an outlet's kind as a title was reverted: "Radio Nord" is not "Nord")
    assert not same_speaker("Radio Sorbe", "la Sorbe", "fr")
    assert not same_speaker("Valmer Wire journalist Jane Oduya", "Valmer Wire", "en")


def test_phrase_cue_reports_past_a_connective_a_relative_and_an_apposed_participle(fr):
    _, atts = fr(
        "Pourtant, d'après la radio locale Fréquence Sorbe qui interrogeait un technicien, la vanne principale a "
        "cédé lundi.",
        "D'après un message du club de Sorbelieu, repris par L'Écho des Côtes, la course partira dimanche de la "
        "place du marché.",
    )
    assert contents(by_cue(atts, "d'après")) == ["la vanne principale a cédé lundi"]
    assert contents(by_cue(atts, "D'après")) == ["la course partira dimanche de la place du marché"]
