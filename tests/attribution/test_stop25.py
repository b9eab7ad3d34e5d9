"""Stop 25's speaker and content rules, on sentences written for these tests (fictional)."""

from newsloupe.attribution.speaker_match import same_speaker
from tests.attribution.conftest import by_cue, contents


def test_quantity_subject_and_relative_clause_misparse(fr):
    _, atts = fr("Dans les années 1990, 12 % des personnes interrogées affirmaient avoir été témoins de fraudes.")
    a = by_cue(atts, "affirmaient")
    assert a["speaker"] == "12 % des personnes interrogées" and a["source_type"] == "unnamed_collective"
    _, atts = fr(
        "La Suède, qui en possède déjà deux fois plus que nous, veut encore tripler leur nombre d'ici dix ans."
    )
    a = by_cue(atts, "veut")
    assert a["speaker"] == "La Suède" and a["source_type"] == "organization"


def test_indefinite_role_announces_the_person_named_next(fr):
    _, atts = fr(
        "Un député russe affirme que la Lituanie sera la prochaine cible de Moscou.",
        "Piotr Volkov, membre de la commission de défense de la Douma, a écrit sur Telegram que "
        "la Lituanie « joue avec le feu ».",
    )
    assert by_cue(atts, "affirme")["speaker"] == "Piotr Volkov"
    # a source kept unnamed stays so
    _, atts = fr(
        "Un responsable russe affirme que la Lituanie sera la prochaine cible de Moscou.",
        "Piotr Volkov a écrit sur Telegram que la Lituanie « joue avec le feu ».",
    )
    a = by_cue(atts, "affirme")
    assert a["speaker"] == "Un responsable russe" and a["source_type"] == "person_anonymous"


def test_descriptions_of_another_kind_and_organisation_epithets(fr):
    _, atts = fr(
        "Selon l'armée américaine, les exercices étaient prévus depuis longtemps.",
        "Lors d'un point de presse en avril, l'armée russe a présenté des documents sur les laboratoires.",
    )
    assert by_cue(atts, "a présenté")["speaker"] == "l'armée russe"
    _, atts = fr(
        "Les digues ne sont pas prêtes pour la montée des eaux, prévient H2EAU.",
        "Le think tank recommande de renforcer les digues avant l'hiver.",
    )
    a = by_cue(atts, "recommande")
    assert a["speaker"] == "H2EAU" and a["source_type"] == "organization"


def test_content_ends_where_a_report_of_its_own_begins(fr):
    _, atts = fr(
        "La Norvège nie pour sa part avoir fermé le port aux navires et accuse les quotas européens "
        "d'aggraver la pénurie."
    )
    assert contents(by_cue(atts, "nie")) == ["avoir fermé le port aux navires"]
    assert contents(by_cue(atts, "accuse")) == ["les quotas européens d'aggraver la pénurie"]
    _, atts = fr(
        "Marek Nowak a déclaré que la Hongrie devrait payer des réparations, tandis que Jan Kowal a affirmé "
        "que le président hongrois mentait."
    )
    assert contents(by_cue(atts, "a déclaré")) == ["la Hongrie devrait payer des réparations"]
    assert by_cue(atts, "a affirmé")["speaker"] == "Jan Kowal"


def test_reported_clause_split_by_the_parse_is_read_whole(fr):
    _, atts = fr(
        "La Serbie soutient que le Kosovo, peuplé de près de deux millions de personnes, demeure une partie "
        "de son territoire."
    )
    assert contents(by_cue(atts, "soutient")) == [
        "le Kosovo, peuplé de près de deux millions de personnes, demeure une partie de son territoire"
    ]


def test_a_noun_phrase_before_a_comma_is_no_incise_and_a_title_is_no_quotation(fr):
    _, atts = fr(
        "Le Mercosur, auquel se sont associés trois pays observateurs, dont le Chili, a par ailleurs condamné "
        "l'embargo « injuste » imposé par le Venezuela."
    )
    a = by_cue(atts, "a par ailleurs condamné")
    assert a["speaker"] == "Le Mercosur" and a["source_type"] == "organization"
    assert contents(a) == ["l'embargo « injuste » imposé par le Venezuela"]
    _, atts = fr(
        "Le dernier rapport de l'association Terre Vive, intitulé “Les illusions vertes”, détaille les raisons "
        "qui poussent les industriels à promouvoir des solutions miracles."
    )
    assert contents(by_cue(atts, "détaille")) == [
        "les raisons qui poussent les industriels à promouvoir des solutions miracles"
    ]


def test_selon_after_a_verb_of_variation_is_no_report(fr):
    _, atts = fr("Les situations varient fortement selon les pays.", "Selon les pays voisins, la trêve est fragile.")
    assert [a["cue"]["text"] for a in atts] == ["Selon"]


def test_scorer_drops_an_outlets_kind_before_its_name():
    assert same_speaker("le magazine Valmer Hebdo", "Valmer Hebdo", "fr")
    assert not same_speaker("Valmer Wire journalist Jane Oduya", "Valmer Wire", "en")


def test_phrase_cue_reports_past_a_connective_a_relative_and_an_apposed_participle(fr):
    _, atts = fr(
        "En effet, d'après le quotidien Le Matin qui citait un haut fonctionnaire, Rome est fermement opposée "
        "à ce projet.",
        "D'après une information de Radio Nord, confirmée par Le Soir, le ministre prendra la parole samedi.",
    )
    assert contents(by_cue(atts, "d'après")) == ["Rome est fermement opposée à ce projet"]
    assert contents(by_cue(atts, "D'après")) == ["le ministre prendra la parole samedi"]
