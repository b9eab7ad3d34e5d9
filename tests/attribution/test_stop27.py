"""Stop 27's relayed reports ("d'après X, qui citait Y, Z", "selon Y, cité par X, Z"), on sentences invented
for these tests (fictional towns, outlets, bodies and people)."""

from tests.attribution.conftest import by_cue, contents


def test_a_source_citing_someone_gives_both_and_the_cited_one_is_relayed(fr):
    # (before the rule the cited person was the content of "citait" and the outlet's content began at "qui")
    _, atts = fr(
        "D'après l'hebdomadaire L'Écho des Combes qui citait un garde forestier, les lynx sont revenus dans le "
        "massif de Saint-Orin.",
        "Selon la radio Fréquence Saline, qui cite une employée du port, les chalutiers resteront à quai jusqu'à "
        "lundi.",
    )
    outlet = by_cue(atts, "D'après")
    assert contents(outlet) == ["les lynx sont revenus dans le massif de Saint-Orin"]
    assert outlet["speaker"] == "L'Écho des Combes" and outlet["source_type"] == "media"
    cited = by_cue(atts, "citait")
    assert contents(cited) == ["les lynx sont revenus dans le massif de Saint-Orin"]
    assert cited["speaker"] == "un garde forestier" and cited["source_type"] == "person_anonymous"
    assert cited["via"]["speaker"] == "L'Écho des Combes"
    radio = by_cue(atts, "Selon")
    assert contents(radio) == ["les chalutiers resteront à quai jusqu'à lundi"]
    employee = by_cue(atts, "cite")
    assert employee["speaker"] == "une employée du port"
    assert contents(employee) == ["les chalutiers resteront à quai jusqu'à lundi"]
    assert employee["via"]["speaker"] == "Fréquence Saline"


def test_a_source_cited_by_an_outlet_is_the_source_relayed_by_it(fr):
    # (before the rule the source was the whole "un pompier cité par …" and its speaker the outlet)
    _, atts = fr(
        "Selon un pompier volontaire cité par le quotidien Le Veilleur, l'incendie de la scierie a été "
        "maîtrisé vers minuit."
    )
    inner = by_cue(atts, "Selon")
    assert inner["source"]["text"] == "un pompier volontaire"
    assert inner["speaker"] == "un pompier volontaire" and inner["source_type"] == "person_anonymous"
    assert inner["via"]["speaker"] == "Le Veilleur"
    outer = by_cue(atts, "cité")
    assert outer["speaker"] == "Le Veilleur" and outer["source_type"] == "media"
    assert contents(outer) == contents(inner) == ["l'incendie de la scierie a été maîtrisé vers minuit"]


def test_a_citing_relative_that_cites_no_one_adds_nothing(fr):
    _, atts = fr("Selon le bulletin de la coopérative, qui paraît chaque mois, la récolte de noix sera faible.")
    assert [contents(a) for a in atts] == [["la récolte de noix sera faible"]]


def test_a_relay_after_the_cue_is_one_more_attribution_and_the_speaker_goes_through_it(fr):
    _, atts = fr(
        "« Les vitraux de la chapelle seront restaurés avant Noël », a promis l'abbé Lucien Marvaux, cité par "
        "le mensuel La Lanterne.",
        "La doyenne du village, Odile Fenestre, a regretté « la fin des bals du samedi », dans des propos "
        "rapportés par la radio Écho Vert.",
    )
    abbot = by_cue(atts, "a promis")
    assert abbot["speaker"] == "Lucien Marvaux" and abbot["via"]["speaker"] == "La Lanterne"
    monthly = by_cue(atts, "cité")
    assert monthly["speaker"] == "La Lanterne" and monthly["source_type"] == "media"
    assert contents(monthly) == contents(abbot) == ["Les vitraux de la chapelle seront restaurés avant Noël"]
    elder = by_cue(atts, "a regretté")
    assert elder["speaker"] == "Odile Fenestre" and elder["via"]["speaker"] == "Écho Vert"
    radio = by_cue(atts, "rapportés")
    assert contents(radio) == ["la fin des bals du samedi"] and radio["source_type"] == "media"
