"""The reader-judged speaker comparison of the evaluation, on made-up names."""

import pytest

from newsloupe.attribution.speaker_match import same_speaker


@pytest.mark.parametrize(
    ("gold", "pred", "lang"),
    [
        ("Aurèle Vantrin", "Vantrin", "fr"),
        ("Aurèle Vantrin", "M. Vantrin", "fr"),
        ("Aurèle Vantrin", "A. Vantrin", "fr"),
        ("Aurèle Vantrin", "le président Vantrin", "fr"),
        ("Gouvernement", "le gouvernement", "fr"),
        ("l’Office lusanien", "L'office lusanien", "fr"),
        ("une source de sécurité lusanienne", "une source de sécurité", "fr"),
        ("Radomir Kostelski", "Radomir Kostelsky", "fr"),
        ("l’Union des ports lusaniens", "UPL", "fr"),
        ("l’Agence mondiale des marées (AMM)", "l’AMM", "fr"),
        ("l’Agence mondiale des marées (AMM)", "l’Agence mondiale des marées", "fr"),
        ("Dana Pellworth", "Senator Dana Pellworth", "en"),
        ("Mayor Hollis Grange", "Hollis Grange", "en"),
        ("", "", "fr"),
        (None, "", "en"),
    ],
)
def test_same_source(gold, pred, lang):
    assert same_speaker(gold, pred, lang)
    assert same_speaker(gold, pred)  # without a language: every language's word lists


@pytest.mark.parametrize(
    ("gold", "pred", "lang"),
    [
        ("Aurèle Vantrin", "le ministre", "fr"),  # an unresolved role noun names no one
        ("le président Vantrin", "le président", "fr"),
        ("l’avocat de Aurèle Vantrin", "Aurèle Vantrin", "fr"),
        ("Aurèle Vantrin et Lise Morvan", "Aurèle Vantrin", "fr"),
        ("le ministère lusanien de la Mer", "la Mer lusanienne", "fr"),
        ("un haut responsable du port de Valmer", "un responsable", "fr"),
        ("Aurèle Vantrin", "", "fr"),
        ("Hollis Grange", "Mara Grange", "en"),
        ("Grange", "the Grange campaign", "en"),
        ("Grange", "Grange’s campaign", "en"),
        ("Pellworth Post", "Pellworth", "en"),
        ("l’Agence mondiale des marées (AMM)", "l’Agence mondiale", "fr"),
    ],
)
def test_other_source(gold, pred, lang):
    assert not same_speaker(gold, pred, lang)


def test_a_journalist_is_not_their_outlet():
    # an outlet's kind is no title the scorer may drop: "Reuters journalist X" is not Reuters
    assert not same_speaker("Valmer Wire journalist Jane Oduya", "Valmer Wire", "en")
    assert not same_speaker("la presse valdorienne", "valdorienne", "fr")
    assert not same_speaker("le gouvernement Vantrin", "Vantrin", "fr")


def test_a_kind_of_outlet_or_body_before_its_name_is_a_title():
    # a reader leaves "la chaîne", "l'association" out (before: judged different); not "le gouvernement X"
    assert same_speaker("Valmer 24", "la chaîne Valmer 24", "fr")
    assert same_speaker("Vent d'Ouest", "l'association Vent d'Ouest", "fr")
    assert same_speaker("Pellworth Post", "le quotidien Pellworth Post", "fr")
    assert not same_speaker("Vantrin", "le gouvernement Vantrin", "fr")
    assert not same_speaker("Pellworth", "le quotidien Pellworth Post", "fr")
    assert not same_speaker("Radio Sorbe", "la Sorbe", "fr")  # a kind written as part of the name stays


def test_a_person_is_not_a_body_named_after_them():
    # (before: "la fondation" and "le groupe" were dropped as titles, so each pair was judged the same source)
    assert not same_speaker("Aurèle Vantrin", "la fondation Aurèle Vantrin", "fr")
    assert not same_speaker("Vantrin", "la fondation Aurèle Vantrin", "fr")
    assert not same_speaker("Lisandre", "l'institut Lisandre", "fr")
    assert not same_speaker("Marc Pellworth", "le groupe Pellworth", "fr")
    assert not same_speaker("le groupe Pellworth", "M. Pellworth", "fr")
    # still the same: a body named the same way, and a kind before a name that is no person's
    assert same_speaker("l'Institut Lisandre", "l'institut Lisandre", "fr")
    assert same_speaker("Pellworth", "le groupe Pellworth", "fr")
    assert same_speaker("Jeanne 24", "la chaîne Jeanne 24", "fr")  # a given name both sides share names the body


def test_a_reports_recency_word_is_left_out_beside_the_same_owner():
    # (before: "nouveau" and "dernier" made two reports of the same body two sources)
    assert same_speaker(
        "Le dernier rapport de l'Institut Varenne, « Les marées perdues »",
        "Un nouveau rapport de l'Institut Varenne",
        "fr",
    )
    # negative: another owner, or a role noun (not a document) with another adjective, stays another source
    assert not same_speaker("le dernier rapport de l'Institut Varenne", "un nouveau rapport de l'Office lusanien", "fr")
    assert not same_speaker("le nouveau maire de Valmer, Aurèle Vantrin", "le maire de Valmer, Lise Morvan", "fr")


def test_a_list_after_a_description_is_several_sources():
    # (stop 35's apposed_lists counted only the conjunctions before the first comma, so that a comma list was one
    # source and matched its first member; removed: a reader sees three sources here)
    assert not same_speaker(
        "les syndicats du port de Valmer, l'Union des dockers et Force marine", "les syndicats du port de Valmer", "fr"
    )
    assert not same_speaker(
        "Un groupe de pays côtiers, menés par la Lusanie et le Valdor", "Un groupe de pays côtiers", "fr"
    )
    assert not same_speaker("Aurèle Vantrin, Lise Morvan et Hugo Brel", "Aurèle Vantrin", "fr")
