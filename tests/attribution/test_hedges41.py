"""French distance marks and false sources a new user saw (stop 41, frfp41): « selon lesquelles » after a noun
that names no act of saying, the agentless passive of regarding, a reported conditional inside an incise, the
relative pronoun's antecedent; sentences invented (fictional towns and people)."""

from tests.attribution.conftest import by_content, by_cue


def test_selon_lesquels_after_a_carrier_noun_hedges_with_the_noun_as_source(fr):
    _, atts = fr(
        "Des « rapports confidentiels » selon lesquels la préfecture de Vaudrille aurait vendu deux bateaux à "
        "Brévenac ont circulé."
    )
    a = by_cue(atts, "selon lesquels")
    # the main predicate « ont circulé » is not what the reports say
    assert [c["text"] for c in a["content"]] == ["la préfecture de Vaudrille aurait vendu deux bateaux à Brévenac"]
    assert a["hedged"] is True
    assert "rapports confidentiels" in a["source"]["text"]
    assert not [x for x in atts if x["cue"] and x["cue"]["text"].startswith("Des")]


def test_a_report_noun_before_selon_laquelle_stays_the_cue(fr):
    _, atts = fr("Les affirmations selon lesquelles la criée de Vaudrille fermera en mars sont fausses.")
    a = by_content(atts, "la criée de Vaudrille fermera en mars")
    assert a["cue"]["text"] == "Les affirmations"


def test_the_relative_pronoun_skips_an_antecedent_of_another_gender(fr):
    # « laquelle » is feminine singular: the antecedent is « déclaration », not « député » in the apposition
    _, atts = fr(
        "La déclaration de l'ex-ministre de la pêche, et maintenant le député Paul Orlandin, selon laquelle la "
        "criée de Vaudrille fermera en mars, a surpris les marins."
    )
    assert not [x for x in atts if x["cue"] and "député" in x["cue"]["text"]]
    a = by_content(atts, "la criée de Vaudrille fermera en mars")
    assert a["cue"]["text"] == "La déclaration"
    assert a["source"] is not None


def test_an_agentless_finite_passive_of_regarding_is_hedged_and_names_no_one(fr):
    _, atts = fr(
        "Le directeur du port de Vaudrille, Paul Orlandin, est considéré comme proche du syndicat des marins.",
        "La criée de Brévenac est considérée par le syndicat des marins comme un modèle.",
        "« Nous sommes considérés comme des voleurs », a lancé le patron pêcheur Jean Casterot.",
    )
    proche = by_content(atts, "proche du syndicat des marins")
    assert proche["hedged"] is True
    assert proche["speaker"] is None
    # with an agent the view is the agent's own, and a first person's complaint is no distance
    assert by_content(atts, "un modèle")["hedged"] is False
    assert by_cue(atts, "a lancé")["hedged"] is False


def test_a_reported_conditional_inside_an_incise_hedges_it(fr):
    _, atts = fr(
        "Le maire de Brévenac aurait refusé l'évacuation, a affirmé un conseiller municipal sous couvert d'anonymat."
    )
    a = by_cue(atts, "a affirmé")
    assert a["hedged"] is True
    assert "aurait refusé" in a["hedge_cues"]
