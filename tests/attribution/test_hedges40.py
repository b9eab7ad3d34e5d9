"""The French conditional read from the verb's form where the tagger gives an imperfect (« roulerait »: Mood=Ind,
Tense=Imp) or a conditional it is not (stop 40, frprec40); sentences invented (fictional towns, outlets and people)."""

from tests.attribution.conftest import by_content, by_cue


def test_conditional_tagged_imperfect_is_hedged_after_a_present_cue_or_selon(fr):
    _, atts = fr(
        "Selon la radio Fréquence Saline, le camion de Vaudrille roulerait trop vite depuis des mois.",
        "Le maire de Brévenac, Paul Orlandin, affirme que la commune paierait la facture du pont.",
        "Le syndicat des marins estime que la criée de Vaudrille fermerait ses portes en mars.",
    )
    camion = by_content(atts, "le camion de Vaudrille roulerait trop vite depuis des mois")
    assert "roulerait" in camion["hedge_cues"]
    facture = by_content(atts, "la commune paierait la facture du pont")
    assert facture["hedged"] is True
    assert facture["hedge_cues"] == ["paierait"]
    assert by_content(atts, "la criée de Vaudrille fermerait ses portes en mars")["hedged"] is True


def test_imperfect_and_future_in_the_past_stay_unhedged(fr):
    _, atts = fr(
        "Le directeur du port, Jean Casterot, déclarait hier que la route de Vaudrille était coupée.",
        "La gérante de la criée, Lise Martenot, a déclaré qu'elle signerait le contrat lundi.",
    )
    # « déclarait », « était »: imperfects (the stem « déclar » is the imperfect's)
    assert by_content(atts, "la route de Vaudrille était coupée")["hedged"] is False
    # a past cue and a simple conditional: the future seen from the past, tense agreement, no hedge
    assert by_content(atts, "elle signerait le contrat lundi")["hedged"] is False


def test_a_present_or_imperfect_the_tagger_calls_conditional_is_no_hedge(fr):
    # spaCy tags « espérait » and « veulent » Mood=Cnd here; neither form is a conditional (stem in « r » + ending)
    _, atts = fr(
        "Le sénateur Paul Orlandin a annoncé qu'il espérait obtenir une « reprise au cas par cas » dans le port "
        "de Vaudrille.",
        "Marins et dockers veulent bloquer Vaudrille.",
    )
    assert by_cue(atts, "espérait")["hedged"] is False
    assert by_cue(atts, "veulent")["hedged"] is False
