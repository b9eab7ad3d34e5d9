"""French cues and sources met in real news (incises, labels, roles, quoted titles), on sentences
written for these tests (fictional)."""

from tests.attribution.conftest import by_cue, contents


def test_journalist_of_an_outlet_is_a_person(fr):
    _, atts = fr("Le journaliste de Radio Valmer demande au maire si « le port rouvrira en mai ».")
    a = by_cue(atts, "demande")
    assert a["source_type"] == "person_anonymous"
    assert a["speaker"].startswith("Le journaliste de Radio Valmer")


def test_paragraph_label_before_a_colon_is_no_speaker(fr):
    _, atts = fr(
        "Climat : la ville de Valmer prépare un plan contre les crues",
        "Le maire Jeanne Ortis a déclaré que les digues seraient relevées.",
    )
    assert [a["cue"]["text"] for a in atts if a["cue"]] == ["a déclaré"]
    assert by_cue(atts, "a déclaré")["speaker"] == "Jeanne Ortis"


def test_comme_incise_reports_the_clause_around_it(fr):
    _, atts = fr("Le port de Valmer restera fermé jusqu’en mai, comme l’a rappelé le maire Jeanne Ortis.")
    a = by_cue(atts, "a rappelé")
    assert contents(a) == ["Le port de Valmer restera fermé jusqu’en mai"]
    assert a["speaker"] == "Jeanne Ortis" and a["source_type"] == "person_named"


def test_role_synonym_names_the_holder(fr):
    _, atts = fr(
        "L’ancien patron de la société Ordal, Marc Vellin, a quitté ses fonctions en mars.",
        "L’ancien directeur a affirmé que les comptes étaient exacts.",
    )
    a = by_cue(atts, "a affirmé")
    assert a["speaker"] == "Marc Vellin" and a["source_type"] == "person_named"


def test_quoted_title_after_a_noun_is_nobody_s_words(fr):
    _, atts = fr("L’institut a publié mardi son enquête « Trajectoires du littoral » sur les côtes de Valmer.")
    assert not any("Trajectoires du littoral" in c for a in atts for c in contents(a))
    # the same quotation as someone's words is still found
    _, atts = fr("« Trajectoires du littoral », a dit la directrice de l’institut.")
    assert any("Trajectoires du littoral" in c for c in contents(by_cue(atts, "a dit")))


def test_selon_after_a_quotation_ending_the_clause(fr):
    _, atts = fr("Pour les élus, le projet est « coûteux et inutile », selon le Courrier de Valmer.")
    a = by_cue(atts, "selon")
    assert contents(a)[0].startswith("Pour les élus, le projet est")
    assert a["source"]["text"] == "le Courrier de Valmer" and a["hedged"]


def test_a_clause_with_its_own_reporting_verb_stays_its_speaker_s(fr):
    # (review of stop 23) the later inverted cue takes the quotation, not the other speaker's clause
    _, atts = fr("Le maire a affirmé que le port restera fermé « jusqu’en mai », assure le préfet.")
    assert not any("Le maire a affirmé" in c for c in contents(by_cue(atts, "assure")))


def test_words_a_reporting_verb_throws_at_someone_are_hers(fr):
    _, atts = fr("La députée Anne Morvan a lancé aux ministres « Honte à vous, Messieurs ».")
    assert any("Honte à vous" in c for a in atts for c in contents(a))


def test_a_demonstrative_role_apposed_to_a_selon_source_is_no_content(fr):
    _, atts = fr("Selon Marc Vellin, ce chef de la cellule de crise, le port restera fermé.")
    a = by_cue(atts, "Selon")
    assert contents(a) == ["le port restera fermé"] and a["speaker"] == "Marc Vellin"
