"""French relayed reports ("d'après X, qui citait Y, Z", "selon Y, cité par X, Z"), on sentences invented
for these tests (fictional towns, outlets, bodies and people)."""

from tests.attribution.conftest import by_cue, contents


def test_a_source_citing_someone_gives_both_and_the_cited_one_is_relayed(fr):
    # (before the rule the cited person was the content of "cite" and the radio's content began at "qui")
    _, atts = fr(
        "Selon la radio Fréquence Saline, qui cite une employée du port, les chalutiers resteront à quai jusqu'à "
        "lundi.",
        "Le marché aux truffes de Vaudrille ouvrira plus tard cette année. Selon la gazette Le Sablier, qui "
        "relaie un porte-parole des producteurs, la sécheresse a ruiné la récolte.",
    )
    radio = by_cue(atts, "Selon")
    assert contents(radio) == ["les chalutiers resteront à quai jusqu'à lundi"]
    assert radio["speaker"] == "Fréquence Saline" and radio["source_type"] == "media"
    employee = by_cue(atts, "cite")
    assert employee["speaker"] == "une employée du port" and employee["source_type"] == "person_anonymous"
    assert contents(employee) == ["les chalutiers resteront à quai jusqu'à lundi"]
    assert employee["via"]["speaker"] == "Fréquence Saline"
    growers = by_cue(atts, "relaie")
    assert contents(growers) == ["la sécheresse a ruiné la récolte"]
    assert growers["speaker"] == "un porte-parole des producteurs" and growers["via"]["speaker"] == "Le Sablier"


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
    assert monthly["source"]["text"] == "le mensuel La Lanterne"
    assert contents(monthly) == contents(abbot) == ["Les vitraux de la chapelle seront restaurés avant Noël"]
    elder = by_cue(atts, "a regretté")
    assert elder["speaker"] == "Odile Fenestre" and elder["via"]["speaker"] == "Écho Vert"
    radio = by_cue(atts, "rapportés")
    assert contents(radio) == ["la fin des bals du samedi"] and radio["source_type"] == "media"


def speakers(atts):
    return sorted(a["speaker"] or "" for a in atts)


def test_the_agent_of_a_participle_that_publishes_nothing_is_not_the_source(fr):
    # (before the fix "démenties par la mairie" made the town hall the source)
    _, atts = fr(
        "Selon les informations démenties par la mairie, le carnaval de Pontbrume sera annulé.",
        "Selon les chiffres contestés par l'opposition, le nombre de moutons a doublé à Grisolles.",
        "Selon les informations transmises par la préfecture, la route des Crêtes restera fermée.",
    )
    assert "la mairie" not in speakers(atts) and "l'opposition" not in speakers(atts)
    assert len(atts) == 3
    assert [a["speaker"] for a in atts if contents(a) == ["la route des Crêtes restera fermée"]] == ["la préfecture"]


def test_a_relative_clause_that_cites_no_one_relays_nothing(fr):
    # (before the fix "un vieil argument", "le suspect" and "Victor Hugo" became speakers)
    _, atts = fr(
        "Selon le maire, qui reprend un vieil argument, la piscine coûte trop cher.",
        "Selon la police, qui a interrogé le suspect, le vol a eu lieu la nuit.",
        "Selon le ministre, qui cite souvent Victor Hugo, la réforme des haras est urgente.",
        "Selon le laboratoire, qui a reproduit l'expérience, les graines de lin germent plus vite.",
    )
    assert speakers(atts) == ["la police", "le laboratoire", "le maire", "le ministre"]


def test_a_witness_contacted_by_the_police_is_not_relayed_by_it(fr):
    # (before the fix the police and the investigators became speakers, relaying the witness and the suspect)
    _, atts = fr(
        "D'après un témoin contacté par la police, la barque a chaviré près du moulin.",
        "« Je n'ai rien volé », a affirmé le suspect, interrogé par les enquêteurs.",
    )
    assert sorted(a["speaker"] for a in atts) == ["le suspect", "un témoin"]
    assert all(a["via"] is None for a in atts)


def test_a_noun_that_looks_like_a_relay_participle_cuts_nothing(fr):
    # (before the fix the source was "la" and the group became a speaker)
    _, atts = fr("D'après la reprise par le groupe Vallor de l'usine textile, trois cents emplois seront sauvés.")
    assert all(a["source"] is None or a["source"]["text"] != "la" for a in atts)
    assert "le groupe Vallor de l'usine textile" not in speakers(atts)


def test_a_participle_on_another_noun_after_the_cue_is_no_relay(fr):
    # (before the fix the opposition became a speaker of the mayor's words)
    _, atts = fr("Le maire a affirmé que le pont était sûr, une thèse reprise par l'opposition.")
    assert [a["speaker"] for a in atts] == ["Le maire"]
    assert atts[0]["via"] is None


def test_words_reported_by_an_outlet_are_the_outlets(fr):
    # (before the fix "des propos" was the speaker and the radio's source ran into the content)
    _, atts = fr("Selon des propos rapportés par la radio Vent d'Ouest, le barrage sera vidé en juin.")
    assert len(atts) == 1
    assert atts[0]["source"]["text"] == "la radio Vent d'Ouest" and atts[0]["speaker"] == "Vent d'Ouest"
    assert contents(atts[0]) == ["le barrage sera vidé en juin"]


def test_words_published_by_a_body_and_reported_by_an_outlet_are_the_bodys_relayed_by_it(fr):
    _, atts = fr(
        "Selon les informations fournies par la gendarmerie et rapportées par le journal La Vigie, trois "
        "ours ont été vus près du col."
    )
    body = by_cue(atts, "Selon")
    assert body["speaker"] == "la gendarmerie" and body["via"]["speaker"] == "La Vigie"
    assert by_cue(atts, "rapportées")["source"]["text"] == "le journal La Vigie"


def test_a_quotation_in_the_relative_clause_on_the_source_is_the_sources(fr):
    # (before the fix the quotation had no speaker)
    _, atts = fr("Selon le boulanger, qui a déclaré « nous sommes épuisés », la grève durera.")
    quote = next(a for a in atts if contents(a) == ["nous sommes épuisés"])
    assert quote["speaker"] == "le boulanger"


def test_a_comma_inside_the_relative_clause_does_not_end_it(fr):
    # (before the fix the content began at "mardi")
    _, atts = fr("Selon le maire, qui a répété, mardi, que le budget était tenu, les travaux commenceront en mai.")
    assert contents(by_cue(atts, "Selon")) == ["les travaux commenceront en mai"]


def test_a_source_cited_by_an_outlet_between_commas(fr):
    # (before the fix the content began at "cité" and there was no relay)
    _, atts = fr("Selon Marc Delvaux, cité par la chaîne Azur Télé, le pont de Vireloup sera fermé.")
    inner = by_cue(atts, "Selon")
    assert contents(inner) == ["le pont de Vireloup sera fermé"] and inner["speaker"] == "Marc Delvaux"
    outer = by_cue(atts, "cité")
    assert outer["source"]["text"] == "la chaîne Azur Télé" and inner["via"]["speaker"] == "Azur Télé"
