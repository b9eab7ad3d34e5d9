"""French speakers as a reader resolves them. Plural pronouns: "ils" / "elles" with no earlier source that agrees
continue the plural subject before them, through a chain of subject pronouns of the same gender; a plural pronoun
never takes a group of the other gender, and prefers a group to a single body; "nous" outside a quotation is no
one quoted before. A name joined with a body or a country by "et" speaks for both. "X est l'un des N qui" and "X
fait partie des N qui" are X. A name apposed after a role noun at the end of a sentence, or after a title, holds
that role; "al-X" is a name. A pronoun agrees with the noun a relative source was resolved to. "et" inside a
role's complement joins no sources. A name right after a role noun holds the role; a participle after a relative
clause takes its antecedent; a quotation's subject does not speak after a colon; an outlet's name in quotation marks
is the name alone. A listed given name tagged a place before a person's surname is part of the name; a pronoun with
no one named before takes the person noun that was a subject; a body named in full is no anaphor, nor is an earlier
coordination a fuller name; a paper named in « » is what "le quotidien" stands for.
A feminine role with no holder is the one woman named before; a plural pronoun with no plural subject takes a
group named as an object; a demonstrative pronoun speaks with its relative clause. The impersonal "il" of a verb
of seeming names no one. The dative « lui » is a man or a woman, « selon lui » a man; a singular pronoun skips a
source that stands for a plural body; « le premier », « la seconde » name one of the two persons named last; a
document named by its own name is no anaphor. Sentences invented for these tests (fictional people and places)."""

from tests.attribution.conftest import by_cue, rules_only


def test_a_chain_of_plural_pronouns_reaches_its_group(fr):
    # (before: no speaker, the earlier sentences report nothing)
    _, atts = fr(
        "Les éleveurs du canton ont bloqué la route nationale pendant trois heures mardi.",
        "Ils étaient déjà venus en mars devant la préfecture.",
        "Ils affirment que le prix du lait ne couvre plus leurs frais.",
    )
    a = by_cue(atts, "affirment")
    assert a["speaker"] == "Les éleveurs du canton"
    assert a["source_type"] == "unnamed_collective"


def test_two_named_persons_are_what_ils_continues(fr):
    _, atts = fr("Paul Girard et Léa Morin ont quitté la salle. Ils estiment que le vote était truqué.")
    a = by_cue(atts, "estiment")
    assert a["speaker"] == "Paul Girard et Léa Morin"
    assert a["source_type"] == "person_named"


def test_a_plural_pronoun_skips_a_group_of_the_other_gender(fr):
    # (before: "ils" took the nurses quoted just before)
    _, atts = fr(
        "Les infirmières de l'hôpital de Valbrune ont cessé le travail. Elles estiment que les effectifs sont "
        "insuffisants.",
        "Des manœuvres navales ont eu lieu au large. Elles ont suscité des critiques, et ils affirment que la "
        "flotte recule.",
    )
    assert by_cue(atts, "estiment")["speaker"] == "Les infirmières de l'hôpital de Valbrune"
    a = by_cue(atts, "affirment")
    assert a["speaker"] is None  # no plural masculine group before, and manoeuvres are no speakers
    assert a["source_type"] == "unnamed_collective"


def test_nous_outside_a_quotation_is_no_one_quoted_before(fr):
    # negative (held before too): the writer's "nous" takes no group quoted before
    _, atts = fr(
        "Les infirmières de l'hôpital de Valbrune ont cessé le travail. Elles estiment que les effectifs sont "
        "insuffisants.",
        "Nous pensons que la réforme échouera.",
    )
    assert by_cue(atts, "pensons")["speaker"] is None


def test_a_name_joined_with_a_body_speaks_for_both(fr):
    # (before: "Tomasz Wrona" alone)
    _, atts = fr(
        "Le péage du tunnel augmentera de moitié au printemps, selon Tomasz Wrona et l'association des transporteurs."
    )
    a = by_cue(atts, "selon")
    assert a["speaker"] == "Tomasz Wrona et l'association des transporteurs"
    assert a["source_type"] == "person_named"


def test_a_name_with_an_apposed_role_stays_the_name(fr):
    # negative: an apposition is no coordination
    _, atts = fr("Anna Kovacs, la ministre de l'énergie, affirme que la centrale doit fermer.")
    assert by_cue(atts, "affirme")["speaker"] == "Anna Kovacs"


def test_one_of_those_who_said_is_the_subject(fr):
    # (before: "vingt organisations agricoles" and "rares chercheuses", the group the relative hangs on)
    _, atts = fr(
        "Depuis lundi, le syndicat Terre Vive fait partie des vingt organisations agricoles qui estiment que la grêle "
        "a détruit la récolte. La chimiste Ana Ruiz reste l'une des rares chercheuses qui soutiennent que le lac "
        "peut encore être sauvé."
    )
    a = by_cue(atts, "estiment")
    assert a["speaker"] == "le syndicat Terre Vive"
    assert a["source_type"] == "organization"
    assert by_cue(atts, "soutiennent")["speaker"] == "Ana Ruiz"


def test_a_plain_relative_on_a_group_keeps_the_group(fr):
    # negative: "des communes" is no "one of"
    _, atts = fr("Les maires des communes qui ont déclaré que la route était dangereuse seront reçus.")
    assert by_cue(atts, "ont déclaré")["speaker"] == "Les maires des communes"


def test_a_name_apposed_after_a_role_at_the_sentence_end_holds_it(fr):
    # (before: "le porte-parole de l'état" cut at the hyphen, and the colonel's name not read as who holds it; the
    # minister was the regional chief, whose role was not learned)
    _, atts = fr(
        "« Les digues ont cédé en trois endroits », a précisé sur Telegram le chef de l'administration fluviale "
        "régionale, Tomas Verhoeven. Il a indiqué que deux cents maisons étaient inondées.",
        "Vienne a de nouveau appelé ses voisins à l'aide. « Les secours doivent arriver avant la nuit », a déclaré "
        "le ministre autrichien de l'Intérieur lors d'un déplacement à Linz.",
        "« La traque continue », a déclaré à la radio publique le porte-parole de l'état-major, le colonel Amadou "
        "Keita. Il a ajouté que des renforts arrivaient.",
    )
    assert by_cue(atts, "a précisé")["speaker"] == "Tomas Verhoeven"
    assert by_cue(atts, "a indiqué")["speaker"] == "Tomas Verhoeven"
    minister = next(a for a in atts if a["source"] and a["source"]["text"].startswith("le ministre"))
    assert minister["speaker"] == "le ministre autrichien de l'Intérieur"
    assert minister["source_type"] == "person_anonymous"
    keita = next(a for a in atts if a["source"] and a["source"]["text"].startswith("le porte-parole"))
    assert keita["speaker"] == "Amadou Keita"
    assert by_cue(atts, "a ajouté")["speaker"] == "Amadou Keita"


def test_a_particle_hyphened_to_a_name_is_part_of_it(fr):
    # (before: "Nabil al-Rawi" was no person, the speaker was not his name)
    _, atts = fr(
        "Le conseil municipal a voté la fermeture du marché, a annoncé le président de la commission des finances, "
        "Nabil al-Rawi."
    )
    a = by_cue(atts, "a annoncé")
    assert a["speaker"] == "Nabil al-Rawi"
    assert a["source_type"] == "person_named"


def test_a_plural_pronoun_takes_a_group_before_a_single_body(fr):
    # (before: "eux" was the weekly, the last source before it)
    _, atts = fr(
        "Plusieurs commerçants de la rue Haute ont dénoncé des travaux interminables, écrit L'Écho de Brenne.",
        "Le chantier aurait fait fuir la moitié de la clientèle, d'après eux.",
    )
    a = by_cue(atts, "d'après")
    assert a["speaker"] == "Plusieurs commerçants de la rue Haute"
    assert a["source_type"] == "unnamed_collective"


def test_a_pronoun_agrees_with_the_noun_a_relative_was_resolved_to(fr):
    # (before: "Elle" was checked against "producteurs", the noun right before "qui", and named no one)
    _, atts = fr(
        "Les éleveurs répondent à l'appel de la fédération cantonale des producteurs, qui dénonce « des prix "
        "injustes ». Elle se dit déterminée à obtenir des engagements écrits avant la fin du mois."
    )
    # (« qui réclame « … » » until attributions 48: the lemmatizer leaves « réclame » as written, and the cue
    # model retrained at v48 scores it under its cut 0.45; a listed verb keeps the test on the pronoun)
    assert by_cue(atts, "dénonce")["speaker"] == "la fédération cantonale des producteurs"
    a = by_cue(atts, "se dit")
    assert a["speaker"] == "la fédération cantonale des producteurs"
    assert a["source_type"] == "organization"


def test_an_unlisted_verb_scored_under_the_cut_is_a_known_miss(fr):
    # KNOWN MISS (since attributions 48, review B): « réclame », left as written by the lemmatizer and in no list,
    # is scored by the cue model under its cut 0.45 in this sentence, so the organisation's demand is nobody's and
    # the pronoun after it names no one; the same verb in another sentence can score over the cut
    _, atts = fr(
        "Les maraîchers répondent à l'appel de la fédération régionale des jardiniers, qui réclame « des tarifs "
        "justes ». Elle se dit résolue à obtenir des promesses écrites avant la fin du mois."
    )
    assert [a for a in atts if a["cue"] and a["cue"]["text"] == "réclame"] == []
    assert by_cue(atts, "se dit")["speaker"] is None


def test_a_conjunction_inside_a_roles_complement_joins_no_sources(fr):
    # (before: "de la sécurité et de la défense" made the chairman two sources, so no one "le député" could be)
    _, atts = fr(
        "Le conseil a voté la fermeture du port, a annoncé le président de la commission de la sécurité et de la "
        "défense, Nabil al-Rawi.",
        "« Nous voulons savoir qui a autorisé ces dépenses », a déclaré le député lors d'une conférence de presse.",
    )
    assert by_cue(atts, "a annoncé")["speaker"] == "Nabil al-Rawi"
    a = next(a for a in atts if a["source"] and a["source"]["text"] == "le député")
    assert a["speaker"] == "Nabil al-Rawi"


def test_a_one_of_word_listed_with_no_preposition_is_no_member_of(fr, monkeypatch):
    # (before: KeyError when the lemma "un" was listed with no preposition and the word was "une")
    from newsloupe.attribution.lexicon import get_lexicon

    monkeypatch.setattr(get_lexicon("fr"), "member_of", {"un": frozenset()})
    _, atts = fr("La chimiste Ana Ruiz reste l'une des rares chercheuses qui soutiennent que le lac peut être sauvé.")
    assert by_cue(atts, "soutiennent")["speaker"] == "rares chercheuses"


def test_a_name_right_after_a_role_noun_holds_the_role(fr):
    # (before: "ministre slovène", the parse hangs the name outside the mention)
    _, atts = fr(
        "Il serait prudent de se rappeler la promesse du ministre slovène Luka Novak selon laquelle les péages "
        "baisseront."
    )
    a = by_cue(atts, "la promesse")
    assert a["speaker"] == "Luka Novak"
    assert a["source_type"] == "person_named"


def test_a_participle_after_a_relative_clause_takes_its_antecedent(fr):
    # (before: no source, and the participle's attribution was dropped)
    _, atts = fr(
        "La phrase a été attribuée à Paul Mercier, un militant du parti, qui avait publié un message le 8 mai, "
        "affirmant que les impôts baisseront."
    )
    a = by_cue(atts, "affirmant")
    assert a["speaker"] == "Paul Mercier"
    assert a["source_type"] == "person_named"


def test_a_quotations_subject_does_not_speak_after_the_colon(fr):
    # (before: the colon's quotation went to "Les riverains", the subject inside the first quotation)
    _, atts = fr(
        '"Les riverains savent depuis longtemps que la digue est fragile", a estimé Hugo Brel, critiquant "une '
        'gestion désastreuse" du syndicat des eaux : "Personne ne veut payer."'
    )
    a = next(a for a in atts if a["content"] and a["content"][0]["text"].startswith("Personne"))
    assert a["speaker"] == "Hugo Brel"
    assert a["source_type"] == "person_named"


def test_of_a_subjects_conjuncts_only_the_one_that_can_speak_does(fr):
    # (before: "certains matériaux classiques et des études récentes", one unnamed collective)
    _, atts = fr(
        "Le béton de chanvre rejette moins de carbone que certains matériaux classiques et des études récentes "
        "suggèrent même qu'il isole mieux que la laine."
    )
    a = by_cue(atts, "suggèrent")
    assert a["source"]["text"] == "des études récentes"
    assert a["source_type"] == "document"


def test_an_outlets_name_in_quotation_marks_is_the_name_alone(fr):
    # (``quoted_outlet_titles``; off: "Le « Journal de Valmer")
    _, atts = fr("Le « Journal de Valmer » affirme que le dossier du port reste ouvert.")
    a = by_cue(atts, "affirme")
    assert a["speaker"] == "Journal de Valmer"
    assert a["source_type"] == "media"


def test_the_press_of_a_country_is_no_one_outlet(fr):
    # (before: "Reuters", the one outlet the article cites)
    _, atts = fr("Le sommet aura lieu mardi, selon Reuters. La presse britannique souligne que le budget est inédit.")
    a = by_cue(atts, "souligne")
    assert a["speaker"] == "La presse britannique"
    assert a["source_type"] == "media"


def test_a_given_name_the_tagger_took_for_a_place_is_part_of_the_name():
    # "Nancy" (a town) tagged a place right before a person's surname: the person is "Nancy Verlaine"
    paras = ["Mardi soir, Nancy Verlaine a confirmé qu'elle quitterait le conseil municipal de Valbrune."]
    assert by_cue(rules_only(paras), "a confirmé")["speaker"] == "Nancy Verlaine"
    assert by_cue(rules_only(paras, mistyped_person_names=False), "a confirmé")["speaker"] == "Verlaine"


def test_a_pronoun_with_no_one_named_before_takes_the_person_noun_subject():
    # (before: no speaker) "il" continues the baker, the only person that was a subject before it
    paras = [
        "Une boulangerie a rouvert rue des Tanneurs en janvier.",
        "Le repreneur vend désormais des brioches au beurre salé. « Les clients en redemandent », assure-t-il.",
    ]
    a = by_cue(rules_only(paras), "assure-t-il")
    assert a["speaker"] == "Le repreneur"
    assert a["source_type"] == "person_anonymous"
    assert by_cue(rules_only(paras, person_noun_antecedents=False), "assure-t-il")["speaker"] is None


def test_a_body_named_in_full_is_no_anaphor_of_an_earlier_one_of_its_noun():
    # (before: the central bank took the speaker of "la banque Ormelle")
    paras = [
        "La banque Ormelle prévoit une hausse des taux, selon la banque. La Banque centrale européenne estime que "
        "l'inflation reculera en hiver."
    ]
    a = by_cue(rules_only(paras), "estime")
    assert a["speaker"] == "La Banque centrale européenne"
    assert a["source_type"] == "organization"
    assert by_cue(rules_only(paras, named_bodies_not_anaphors=False), "estime")["speaker"] == "La banque Ormelle"


def test_a_mention_joined_to_another_is_no_fuller_name_of_it():
    # (before: "l'OTAN et les garde-côtes de la baie") an earlier coordination is not what "l'OTAN" stands for
    paras = [
        "Le sommet de Valbrune a réuni l'OTAN et les garde-côtes de la baie. Ensuite l'OTAN affirme que la flotte "
        "sera renforcée."
    ]
    assert by_cue(rules_only(paras), "affirme")["speaker"] == "l'OTAN"
    off = rules_only(paras, named_bodies_not_anaphors=False)
    assert by_cue(off, "affirme")["speaker"] == "l'OTAN et les garde-côtes de la baie"


def test_a_quoted_title_that_is_no_source_is_no_paper():
    # fixa36 (review of frspk36): frspk36's rule that made any capitalised name in « » after its article an outlet
    # "le quotidien" may stand for is gone (a plan's name is no paper; kept only as a source, it changed nothing)
    paras = [
        "Le quotidien La Gazette de Valbrune a révélé que la digue serait rehaussée.",
        "La préfète a présenté au conseil le « Plan Rivage » pour les quais.",
        "Selon le quotidien, trois entreprises ont déjà répondu.",
    ]
    a = by_cue(rules_only(paras), "Selon")
    assert a["speaker"] != "Plan Rivage"
    assert a["source_type"] == "media"


def test_a_feminine_role_with_no_holder_is_the_one_woman_named_before():
    # frspk37: the role is never joined to its holder, and she was no subject; she is the only woman named
    paras = [
        "L'inauguration a eu lieu en présence de Mme Odile Ferrand, venue de Valbrune.",
        "La directrice de l'hôpital a assuré que le service ouvrirait en juin.",
    ]
    a = by_cue(rules_only(paras), "a assuré")
    assert a["speaker"] == "Odile Ferrand"
    assert a["source_type"] == "person_named"
    off = by_cue(rules_only(paras, lone_woman_holds_role=False), "a assuré")
    assert off["speaker"] == "La directrice de l'hôpital"


def test_a_feminine_role_stays_unresolved_beside_a_person_of_unknown_gender():
    # negative: a person whose gender the text does not show may be the woman who holds the role
    paras = [
        "L'inauguration a eu lieu en présence de Mme Odile Ferrand et de Kerrin Oyelaran, venus de Valbrune.",
        "La directrice de l'hôpital a assuré que le service ouvrirait en juin.",
    ]
    a = by_cue(rules_only(paras), "a assuré")
    assert a["speaker"] == "La directrice de l'hôpital"
    assert a["source_type"] == "person_anonymous"


def test_a_plural_pronoun_takes_a_group_of_persons_named_as_an_object():
    # frspk37: no plural subject before "eux"; the residents are the object of the sentence before
    paras = [
        "Le préfet a reçu les habitants du hameau jeudi. D'après eux, les loups ont tué quarante brebis depuis mars."
    ]
    a = by_cue(rules_only(paras), "D'après")
    assert a["speaker"] == "les habitants du hameau"
    assert a["source_type"] == "unnamed_collective"
    assert by_cue(rules_only(paras, plural_pronoun_nouns=False), "D'après")["speaker"] is None


def test_a_demonstrative_pronoun_speaks_with_its_relative_clause():
    # frspk37: "ceux-là mêmes" names no one alone; the first relative clause says who (the coordinated one is the cue's)
    paras = [
        "Le chantier est freiné par ceux-là mêmes qui ont signé le permis en mai et qui jugent désormais le tracé trop "
        "coûteux."
    ]
    a = by_cue(rules_only(paras), "jugent")
    assert a["speaker"] == "ceux-là mêmes qui ont signé le permis en mai"
    off = by_cue(rules_only(paras, demonstrative_antecedents=frozenset()), "jugent")
    assert off["speaker"] != a["speaker"]


def test_a_feminine_role_is_not_the_one_woman_named_with_another_role():
    # review of frspk37: the woman named before holds another role; the role noun stays unresolved
    paras = [
        "La ministre de la Santé, Odile Ferrand, a visité les nouveaux locaux de Valbrune.",
        "La directrice de l'hôpital a assuré que le service ouvrirait en juin.",
    ]
    a = by_cue(rules_only(paras), "a assuré")
    assert a["speaker"] == "La directrice de l'hôpital"


def test_a_feminine_role_is_not_a_woman_named_paragraphs_before():
    # review of frspk37: a street's namesake three paragraphs up does not hold the role
    paras = [
        "Les travaux de la rue Odile-Ferrand, du nom d'une résistante morte en 1944, ont commencé lundi.",
        "Le chantier doit durer six semaines.",
        "Les commerçants redoutent une baisse de leur chiffre d'affaires.",
        "La présidente de l'association des riverains a estimé que le calendrier était trop serré.",
    ]
    a = by_cue(rules_only(paras), "a estimé")
    assert a["speaker"] != "Odile Ferrand"


def test_the_impersonal_il_of_seeming_names_no_one(fr):
    # (before: "il" was resolved to the minister named in the sentence before)
    _, atts = fr(
        "Le ministre Paul Durand a visité le chantier du barrage de Valbrune lundi.",
        "Il semblerait que les travaux aient pris six mois de retard.",
    )
    a = by_cue(atts, "semblerait")
    assert a["speaker"] is None
    assert a["source_type"] == "none"
    assert a["source"] is None


def test_the_personal_il_of_another_cue_keeps_his_name(fr):
    # negative (held before too): the impersonal "il" of one cue leaves the personal "il" of another cue of the
    # same sentence resolved, and no cue of it is left without its speaker. (Known miss, before and after stop 38:
    # the seeming cue itself, "il semble convaincu que", is read as no cue at all; not this rule's doing.)
    _, atts = fr(
        "Le ministre Paul Durand a visité le chantier du barrage de Valbrune lundi.",
        "Il a affirmé que les travaux avançaient, et il semble convaincu que le barrage ouvrira en mai.",
    )
    assert by_cue(atts, "a affirmé")["speaker"] == "Paul Durand"
    second = [a for a in atts if a["cue"] and a["cue"]["text"] != "a visité"]
    assert [a["speaker"] for a in second] == ["Paul Durand"]
    assert not any(a["cue"]["text"] in ("semble", "convaincu") for a in second)


def test_the_one_it_seems_to_is_the_source(fr):
    # review fix of stop 38 (fixa38): "il lui semble que" keeps its experiencer, the clitic resolved as pronouns are
    _, atts = fr(
        "Le maire Paul Vasseur a inspecté la digue de Brenac mardi.",
        "Il lui semble que la digue tiendra jusqu'au printemps.",
    )
    a = by_cue(atts, "semble")
    assert a["speaker"] == "Paul Vasseur"
    assert a["source"]["text"] == "lui"


def test_the_dative_lui_may_stand_for_a_woman(fr):
    # stop 39 (a user's report): the clitic « lui » before its verb is a man or a woman; before, with only a
    # woman named, "il lui semble que" named no one
    _, atts = fr(
        "La maire Claire Vasseur a inspecté la digue de Brenac mardi.",
        "Il lui semble que la digue tiendra jusqu'au printemps.",
    )
    a = by_cue(atts, "semble")
    assert a["speaker"] == "Claire Vasseur"
    assert a["source_type"] == "person_named"


def test_selon_lui_stays_masculine(fr):
    # the stressed « lui » after a preposition is a man: not the one woman named before
    _, atts = fr(
        "La ministre Hélène Varaigne a visité le port de Kervel lundi.",
        "La grève continuera, selon lui, tant que le port restera fermé.",
    )
    sel = [a for a in atts if a["cue"] and a["cue"]["text"] == "selon"]
    assert sel and all(a["speaker"] != "Hélène Varaigne" for a in sel)


def test_a_singular_pronoun_skips_a_plural_body_cited_as_the_same_source(fr):
    # stop 39: "cette même source" stands for "les pompiers …", a plural; "elle" is the body named before it
    # (before: "a-t-elle précisé" took the firemen)
    _, atts = fr(
        "Mardi soir, la préfecture de Brenac a complété le bilan devant la radio locale. Selon les pompiers "
        "brenacois, l'incendie est parti « d'un hangar à filets ».",
        "Selon cette même source, trois maisons du quai ont été évacuées. Les habitants « pourront rentrer "
        "jeudi », a-t-elle précisé.",
    )
    assert by_cue(atts, "a-t-elle précisé")["speaker"] == "la préfecture de Brenac"
    assert [a["speaker"] for a in atts if a["cue"]["text"] == "Selon"] == ["les pompiers brenacois"] * 2


def test_le_premier_and_la_seconde_name_one_of_the_two_named_last(fr):
    # stop 39: an ordinal standing alone names the earlier or the later of the two persons named just before
    # (before: "la seconde" was an anonymous person, "le premier" a role noun's anonymous holder)
    _, atts = fr(
        "Paul Durand et Léa Morel ont visité le port. La seconde estime que le quai est trop court, le premier "
        "affirme qu'il suffira."
    )
    assert by_cue(atts, "estime")["speaker"] == "Léa Morel"
    assert by_cue(atts, "affirme")["speaker"] == "Paul Durand"


def test_a_page_named_by_its_own_name_is_not_the_texts_cited_before(fr):
    # stop 39: "la page X" names itself; before, it took "les archives" of a « selon » just before it
    _, atts = fr(
        "La mairie de Kervel a réécrit sa page consacrée aux grandes marées.",
        "Au début de l'hiver, selon les archives du site, la page Marées affirmait : « Les digues du port "
        "suffisent à tout. »",
    )
    a = by_cue(atts, "affirmait")
    assert a["speaker"] == "la page Marées"
    assert a["source_type"] == "document"
