"""French attribution rules on sentences written for these tests (fictional names and places)."""

from tests.attribution.conftest import by_cue, contents


def test_indirect_speech_with_named_speaker(fr):
    _, atts = fr("Le ministre Paul Dorsaz a déclaré jeudi que l’enquête avançait.")
    a = by_cue(atts, "a déclaré")
    assert contents(a) == ["l’enquête avançait"]
    assert a["speaker"] == "Paul Dorsaz" and a["source_type"] == "person_named"
    assert a["kind"] == "indirect" and not a["hedged"]


def test_role_noun_resolves_to_named_person(fr):
    _, atts = fr(
        "Le commandant de la garnison de Valmer, Armand Vescal, a souligné que le port était sûr.",
        "Le commandant a ajouté que les patrouilles reprendraient.",
    )
    a = by_cue(atts, "a ajouté")
    assert a["source"]["text"] == "Le commandant"
    assert a["speaker"] == "Armand Vescal" and a["source_type"] == "person_named"
    assert by_cue(atts, "a souligné")["source"]["text"] == "Armand Vescal"


def test_split_quote_gives_two_attributions_with_resolved_pronoun(fr):
    _, atts = fr(
        "Le général Armand Vescal a inspecté le port mardi.",
        "« Nous partirons », a-t-il dit, « mais pas avant l’été ».",
    )
    quotes = [a for a in atts if a["cue"] and a["cue"]["text"] == "a-t-il dit"]
    assert [contents(a) for a in quotes] == [["Nous partirons"], ["mais pas avant l’été"]]
    assert all(a["speaker"] == "Armand Vescal" and a["kind"] == "direct" for a in quotes)
    assert quotes[0]["source"]["text"] == "il"


def test_speaker_after_quote(fr):
    _, atts = fr("« Nous ne laisserons personne menacer nos côtes », a prévenu le général Armand Vescal.")
    a = by_cue(atts, "a prévenu")
    assert contents(a) == ["Nous ne laisserons personne menacer nos côtes"]
    assert a["speaker"] == "Armand Vescal"


def test_selon_chain_media_relays_anonymous_source(fr):
    _, atts = fr(
        "Selon la Gazette de Lusiane, un responsable local a affirmé que les appareils auraient décollé du port."
    )
    outer = by_cue(atts, "Selon")
    inner = by_cue(atts, "a affirmé")
    assert outer["source_type"] == "media" and outer["hedged"]
    assert contents(outer)[0].startswith("un responsable local a affirmé")
    assert inner["source_type"] == "person_anonymous"
    assert inner["via"]["text"] == "la Gazette de Lusiane" and inner["via"]["source_type"] == "media"
    assert inner["hedged"] and "auraient décollé" in inner["hedge_cues"]


def test_future_in_the_past_is_not_a_hedge(fr):
    _, atts = fr("Le maire Jeanne Ortis a annoncé que le pont serait rouvert en mai.")
    assert not by_cue(atts, "a annoncé")["hedged"]


def test_present_cue_with_conditional_is_a_hedge(fr):
    _, atts = fr("Un témoin affirme que les soldats auraient quitté la ville.")
    a = by_cue(atts, "affirme")
    assert a["hedged"] and a["source_type"] == "person_anonymous"


def test_phrase_cues(fr):
    _, atts = fr(
        "D’après le ministère de la Défense, les drones venaient du sud.",
        "Pour le maire de Valmer, Jeanne Ortis, la situation est grave.",
        "Il pleuvait sur le port, selon des témoins.",
    )
    assert by_cue(atts, "D’après")["source_type"] == "organization"
    pour = by_cue(atts, "Pour")
    assert contents(pour) == ["la situation est grave"] and pour["speaker"] == "Jeanne Ortis"
    selon = by_cue(atts, "selon")
    assert contents(selon) == ["Il pleuvait sur le port"] and selon["hedged"]


def test_beliefs_and_intentions(fr):
    _, atts = fr(
        "Des experts estiment que la crue pourrait durer.",
        "Le gouvernement veut relancer les travaux du port.",
        "Les habitants craignent une nouvelle crue.",
    )
    assert by_cue(atts, "estiment")["source_type"] == "unnamed_collective"
    veut = by_cue(atts, "veut")
    assert veut["source_type"] == "organization" and contents(veut) == ["relancer les travaux du port"]
    assert contents(by_cue(atts, "craignent")) == ["une nouvelle crue"]


def test_pour_la_premiere_fois_is_not_a_cue(fr):
    _, atts = fr("Pour la première fois, le port de Valmer a fermé ses portes.")
    assert atts == []


def test_offsets_point_into_the_text(fr):
    parsed, atts = fr("« Nous partirons », a-t-il dit.", "Selon la Gazette de Lusiane, le port a fermé.")
    text = parsed.article.text
    assert len(atts) == 2 and all(a["source"] and a["cue"] and a["content"] for a in atts)
    for a in atts:
        for key in ("source", "cue"):
            if a[key]:
                assert text[a[key]["start"] : a[key]["end"]] == a[key]["text"]
        for c in a["content"]:
            assert text[c["start"] : c["end"]] == c["text"]


def test_person_noun_with_a_capital_inside_is_an_anonymous_person(fr):
    _, atts = fr("Un diplomate en poste à Berlin, qui a requis l’anonymat, a reconnu que le plan de Valmer patinait.")
    a = by_cue(atts, "a reconnu")
    assert a["source_type"] == "person_anonymous"
    assert a["speaker"] == "Un diplomate en poste à Berlin"


def test_selon_source_stops_at_the_comma(fr):
    _, atts = fr("Selon l’agence de presse officielle Lusinfo, une vingtaine de chantiers seraient à l’arrêt à Valmer.")
    a = by_cue(atts, "Selon")
    assert a["source"]["text"] == "l’agence de presse officielle Lusinfo" and a["source_type"] == "media"
    assert a["speaker"] == "Lusinfo"  # an outlet described by a common noun: its own name
    assert contents(a) == ["une vingtaine de chantiers seraient à l’arrêt à Valmer"] and a["hedged"]


def test_accuser_attributes_only_with_de(fr):
    _, atts = fr(
        "Le maire de Valmer, Armand Vescal, a accusé lundi la préfecture de bloquer le chantier.",
        "Les ventes de bateaux ont accusé une baisse de 5 % en mars.",
    )
    a = by_cue(atts, "a accusé")
    assert a["speaker"] == "Armand Vescal" and contents(a) == ["la préfecture de bloquer le chantier"]
    assert [x["cue"]["text"] for x in atts if x["cue"]].count("ont accusé") == 0


def test_short_quoted_label_after_a_label_verb(fr):
    parsed, atts = fr("Le maire Paul Ardant parle d’une « mascarade ». La préfète se dit « sereine ».")
    text = parsed.article.text
    a = by_cue(atts, "parle")
    (c,) = a["content"]
    assert (c["start"], c["end"]) == (text.index("mascarade"), text.index("mascarade") + len("mascarade"))
    assert a["kind"] == "direct" and a["speaker"] == "Paul Ardant"
    b = by_cue(atts, "se dit")
    assert contents(b) == ["sereine"] and b["kind"] == "direct"


def test_label_inside_a_longer_phrase_stays_mixed(fr):
    _, atts = fr("Le syndicat dénonce les « cadeaux » du conseil régional aux promoteurs.")
    assert not [a for a in atts if contents(a) == ["cadeaux"]]


def test_quoted_nickname_before_comme_on_l_appelait(fr):
    _, atts = fr("« Le Castor », comme on l’appelait au port, a quitté la mairie de Port-Vesle.")
    a = by_cue(atts, "appelait")
    assert contents(a) == ["Le Castor"] and a["kind"] == "direct"


def test_quote_after_the_subject_is_not_the_next_cues(fr):
    _, atts = fr("Le préfet évoque une réunion « utile et franche », le syndicat dénonce une « farce ».")
    a = by_cue(atts, "dénonce")
    assert contents(a) == ["farce"]


def test_content_cut_inside_a_quotation_holds_all_of_it(fr):
    parsed, atts = fr(
        "Le maire Paul Ardant a affirmé lundi que « la digue, le port et les quais seront refaits avant l’hiver »."
    )
    text = parsed.article.text
    a = by_cue(atts, "a affirmé")
    inner = "la digue, le port et les quais seront refaits avant l’hiver"
    (c,) = a["content"]
    assert text[c["start"] : c["end"]].endswith(inner)
    assert a["speaker"] == "Paul Ardant"


def test_participle_object_is_not_the_subject(fr):
    _, atts = fr("Évoquant Paul Ardant, la ministre Hélène Varaigne a affirmé que le port rouvrirait.")
    a = by_cue(atts, "a affirmé")
    assert a["speaker"] == "Hélène Varaigne"


def test_speaker_rules_of_issue_12_stop_21(fr):
    _, atts = fr(
        "D’après le média vardien Lusiane.hu, le ministre des Finances, Paul Dorsaz, a fait savoir que "
        "le budget serait voté en mai.",
        "Le sénateur Marc Ollier va plus loin, accusant la majorité de cacher « des chiffres truqués ».",
        "« Ce qui compte, c’est la confiance », a-t-il déclaré.",
        "« Le partenariat avec Valmer reste solide », insiste-t-on à l’Élysée.",
    )
    assert by_cue(atts, "a fait savoir")["speaker"] == "Paul Dorsaz"  # not the outlet the clause is relayed by
    accusing = by_cue(atts, "accusant")
    assert accusing["speaker"] == "Marc Ollier"  # a participle's object is not its source
    assert by_cue(atts, "a-t-il déclaré")["source"]["text"] == "il"  # not "Ce" inside the quotation
    on = by_cue(atts, "insiste-t-on")
    assert on["speaker"] == "Élysée" and on["source_type"] == "organization"


def test_elle_is_not_whoever_il_stood_for(fr):
    # "Dominique" tells no gender: "il" goes to Dominique Lavergne, and "elle" cannot be the one "il" stood for
    # (before attributions 27 "elle" went to Dominique Lavergne too)
    _, atts = fr(
        "Marie Dupont a engagé Dominique Lavergne en 2019. Aujourd'hui il soutient que le contrat était juste, "
        "mais elle affirme qu'il lui a coûté sa ferme."
    )
    assert by_cue(atts, "soutient")["speaker"] == "Dominique Lavergne"
    elle = by_cue(atts, "affirme")
    assert elle["speaker"] == "Marie Dupont" and contents(elle) == ["il lui a coûté sa ferme"]
