"""Stop 26's incise, participle and report-noun rules, on sentences invented for these tests (fictional towns,
bodies and people)."""

from tests.attribution.conftest import by_cue, contents


def test_incise_closing_its_sentence_reports_the_clause_before(fr):
    _, atts = fr(
        "Le tunnel sous le col de Varde ne sera pas rouvert aux camions avant la fin des travaux de voûte, "
        "affirment deux ingénieurs du département.",
        "Lors de la dernière crue, la cave coopérative de Lurzac a perdu la moitié de ses cuves, "
        "rappelle-t-elle au passage.",
    )
    a = by_cue(atts, "affirment")
    assert contents(a) == [
        "Le tunnel sous le col de Varde ne sera pas rouvert aux camions avant la fin des travaux de voûte"
    ]
    assert a["speaker"] == "deux ingénieurs du département"
    b = by_cue(atts, "rappelle-t-elle")
    assert contents(b) == ["Lors de la dernière crue, la cave coopérative de Lurzac a perdu la moitié de ses cuves"]


def test_a_time_after_the_incise_verb_is_not_its_subject(fr):
    _, atts = fr(
        "Le musée des Tanneurs rouvrira ses deux salles du premier étage à l'automne, a annoncé ce vendredi "
        "la conservatrice Hélène Marsac."
    )
    a = by_cue(atts, "a annoncé")
    assert a["speaker"] == "Hélène Marsac"
    assert contents(a) == ["Le musée des Tanneurs rouvrira ses deux salles du premier étage à l'automne"]


def test_participle_with_its_own_clause_leaves_the_quotation_before_it(fr):
    _, atts = fr(
        "Interrogé par un quotidien régional, le président du club de voile a jugé qu'« aucune régate ne sera "
        "annulée », ajoutant que le nouveau ponton serait prêt au mois de mai."
    )
    assert by_cue(atts, "a jugé")["speaker"] == "le président du club de voile"
    b = by_cue(atts, "ajoutant")
    assert contents(b) == ["le nouveau ponton serait prêt au mois de mai"]


def test_participle_takes_the_subject_of_the_verb_it_hangs_on(fr):
    _, atts = fr(
        "Une centaine de cyclistes avaient défilé samedi dans le centre de Morvel, jugeant « absurde » la "
        "fermeture de la piste du canal."
    )
    a = by_cue(atts, "jugeant")
    assert a["speaker"] == "Une centaine de cyclistes"


def test_owned_report_noun_reports_its_clause(fr):
    _, atts = fr(
        "Les riverains attendent toujours la promesse du maire de rouvrir la piscine avant l'été.",
        "L'annonce du maire a surpris les maîtres nageurs.",
    )
    a = by_cue(atts, "promesse")
    assert contents(a) == ["rouvrir la piscine avant l'été"]
    assert a["speaker"] == "maire"
    # a report noun with no clause of its own reports nothing
    assert not [x for x in atts if x["cue"] and x["cue"]["text"] == "L'annonce"]


def test_one_word_source_closing_an_incise_and_participle_after_the_incise(fr):
    _, atts = fr(
        "La fanfare de Lurzac ne défilera pas cette année faute de musiciens, écrit notamment lemessager.",
        "Les pêcheurs de l'étang veulent une nouvelle passe à poissons, a assuré mardi le maire adjoint "
        "Rémi Tallec, précisant que « les travaux commenceront en juin ».",
    )
    a = by_cue(atts, "écrit")
    assert contents(a) == ["La fanfare de Lurzac ne défilera pas cette année faute de musiciens"]
    assert by_cue(atts, "précisant")["speaker"] == "Rémi Tallec"
