"""French indirect speech the parse leaves unattached: a "ce que" or "que" clause after a cue that the parser
hung elsewhere, and a subject hung on the auxiliary when a comma follows it. Sentences invented for these
tests (fictional people and places)."""

from tests.attribution.conftest import by_content, contents


def test_what_was_explained_is_the_ce_que_clause(fr):
    # (before: "ce" parsed as the object pronoun, which the rules skip, and nothing was reported)
    _, atts = fr(
        "Le proviseur Armand Tellier a expliqué ce que la nouvelle cantine va changer pour les élèves.",
        "La conseillère Maud Ferrand a raconté ce que les habitants du quartier ont vécu pendant la crue.",
    )
    a = by_content(atts, "ce que la nouvelle cantine va changer pour les élèves")
    assert a["speaker"] == "Armand Tellier"
    b = by_content(atts, "ce que les habitants du quartier ont vécu pendant la crue")
    assert b["speaker"] == "Maud Ferrand"


def test_a_que_clause_the_parse_hung_on_another_word_is_still_reported(fr):
    # (before: the verb was parsed as part of "à son tour" and its clause as no complement of it)
    _, atts = fr(
        "La ministre Clara Vidal a, à son tour, signalé que l'AFP, la BBC et la RAI avait publié la même photo."
    )
    by_content(atts, "l'AFP, la BBC et la RAI avait publié la même photo")


def test_a_subject_hung_on_the_auxiliary_is_the_source(fr):
    # (before: with "a" parsed as the main verb and the participle hung on it, no source was found)
    _, atts = fr(
        "La géologue Irène Castel a visité le glacier mardi. Elle a, par ailleurs, souligné que la neige, la pluie "
        "et le vent avait creusé la moraine."
    )
    a = by_content(atts, "la neige, la pluie et le vent avait creusé la moraine")
    assert a["source"]["text"] == "Elle"
    assert a["speaker"] == "Irène Castel"


def test_a_relative_que_after_a_noun_opens_no_report(fr):
    # "les surnoms que nous donnons": the pronoun of a relative clause, not a complementiser
    _, atts = fr(
        "Le guide Paul Ravel a répondu avec les surnoms que nous donnons aux mouettes.",
        "Le guide Paul Ravel a évoqué des sentiers que nous ne connaissions pas.",
    )
    assert not any(c.startswith("nous donnons") for a in atts for c in contents(a))
    a = by_content(atts, "des sentiers que nous ne connaissions pas")  # the object as before
    assert a["speaker"] == "Paul Ravel"


def test_a_series_of_infinitives_hung_on_the_cue_is_one_content(fr):
    # (before: only the first infinitive, the others being parsed as the cue's own complements)
    _, atts = fr(
        "Les commerçants de Vauclin suggèrent d'élargir le trottoir de la place, de planter des tilleuls et de "
        "fermer la rue le dimanche.",
        "Les commerçants de Vauclin suggèrent d'élargir le trottoir de la place (deux mètres), de planter des "
        "tilleuls et de fermer la rue le dimanche.",
    )
    for text in (
        "élargir le trottoir de la place, de planter des tilleuls et de fermer la rue le dimanche",
        "élargir le trottoir de la place (deux mètres), de planter des tilleuls et de fermer la rue le dimanche",
    ):
        assert by_content(atts, text)["speaker"] == "Les commerçants de Vauclin"


def test_a_coordinated_finite_verb_is_not_part_of_the_infinitive(fr):
    _, atts = fr("La maire Lucie Bardet promet de venir samedi et ira voir le chantier du pont.")
    a = by_content(atts, "venir samedi")
    assert contents(a) == ["venir samedi"]


def test_a_participle_on_an_issued_document_is_the_document_s(fr):
    # (before: a document that is a verb's object spoke for no one, and the participle's report was dropped)
    _, atts = fr(
        "Le club de voile de Pornal a diffusé lundi un communiqué appelant à rentrer au port avant la tempête."
    )
    a = by_content(atts, "rentrer au port avant la tempête")
    assert a["source"]["text"] == "un communiqué"
    assert a["source_type"] == "document"


def test_et_de_and_an_infinitive_goes_on_for_the_last_speaker(fr):
    # (before: the narrative infinitive had no subject and was dropped)
    _, atts = fr(
        "La géographe Sonia Maret estime que la digue est trop basse. Et d'ajouter que les travaux coûteraient "
        "moins cher au printemps."
    )
    a = by_content(atts, "les travaux coûteraient moins cher au printemps")
    assert a["speaker"] == "Sonia Maret"


def test_et_de_inside_a_sentence_is_no_narrative_infinitive(fr):
    # only "Et de …" opening its sentence: here the infinitive is the subject-less one of "il est temps"
    _, atts = fr(
        "La géographe Sonia Maret estime que la digue est trop basse. Il est temps, et de loin, de rappeler que "
        "la mer monte."
    )
    assert not any("la mer monte" in c for a in atts for c in contents(a) if a["speaker"] == "Sonia Maret")


def test_ne_que_is_no_clause(fr):
    # "n'engagent que ceux qui …": the restrictive "ne … que" (only), no reported clause
    _, atts = fr("Le pêcheur Hervé Caradec se moque des promesses du port. Elles n'engagent que ceux qui les écoutent.")
    assert not any("ceux qui les écoutent" in c for a in atts for c in contents(a))


def test_an_imperative_opening_a_sentence_is_the_writer_s(fr):
    # (before: "Souhaitons que …" reported its clause for no one)
    _, atts = fr("Le pont de Sarlieu ferme lundi. Souhaitons que la mairie entende enfin les riverains du quai.")
    assert not any("la mairie entende enfin les riverains du quai" in c for a in atts for c in contents(a))


def test_a_first_person_verb_with_its_subject_still_reports(fr):
    _, atts = fr(
        "Les pêcheurs de Sarlieu s'inquiètent. Nous pensons que le quai sera fermé tout l'hiver, écrivent-ils."
    )
    assert any("le quai sera fermé tout l'hiver" in c for a in atts for c in contents(a))


def test_what_someone_knows_is_no_ce_que_report(fr):
    # (stop 29: "je sais ce qu'une grêle … fait" in an opinion column became a report with a hail content,
    # which pulled the column towards another story of the same valley)
    _, atts = fr(
        "Je ne juge pas les maraîchers. J'ai grandi entre les serres, et je sais ce qu'une gelée ou un puceron "
        "font à une exploitation.",
    )
    assert not [a for a in atts if "puceron" in " ".join(contents(a))]
