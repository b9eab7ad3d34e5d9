"""Where a French indirect content ends and starts: at the comma before a « mais » clause, a bracketed clause,
or (for a cue in a relative clause) the main clause's verb, not before « ce qui »; after a preposed frame (a past
participle's phrase before the clause, « en soulignant que »); a run of quotations after a label's colon is a
list of titles, no one's words. Sentences invented for these tests (fictional people, places and outlets)."""

from tests.attribution.conftest import by_cue, contents


def test_a_relative_cue_ends_before_the_main_clause_verb(fr):
    # (before: "le budget est équilibré, a réuni le conseil municipal mardi")
    _, atts = fr("La maire Julie Vernon, qui affirme que le budget est équilibré, a réuni le conseil municipal mardi.")
    assert contents(by_cue(atts, "affirme")) == ["le budget est équilibré"]


def test_a_mais_clause_and_a_clause_in_brackets_end_the_report(fr):
    # (before: the content ran on through ", mais …", "(certains …)")
    _, atts = fr(
        "Le syndicat des brasseurs affirme que les salaires ont baissé, mais la direction conteste ces chiffres.",
        "Le syndicat appelle les élus de Vireloup à voter le budget (certains l'ont déjà fait).",
    )
    assert contents(by_cue(atts, "affirme")) == ["les salaires ont baissé"]
    assert contents(by_cue(atts, "appelle")) == ["les élus de Vireloup à voter le budget"]


def test_ce_qui_stays_in_the_report(fr):
    # negative: « , ce qui … » goes on the report as the samples' gold has it (cut, it cost one there)
    _, atts = fr("Selon la mairie, la route est coupée, ce qui empêche le passage des cars scolaires.")
    assert contents(by_cue(atts, "Selon")) == ["la route est coupée, ce qui empêche le passage des cars scolaires"]


def test_the_report_goes_on_through_mais_que_an_elliptic_mais_and_an_aside(fr):
    # negative: « mais que … » and « mais pas … » report on; « que la piscine, rénovée en 2010, fermera »: the
    # verb comes after the aside; « que le projet, mais aussi la méthode, pose problème »; a participle the
    # French gold keeps in the report (dev45: two kept, one cut)
    _, atts = fr(
        "Le syndicat des brasseurs affirme que les salaires ont baissé, mais que les primes ont augmenté.",
        "Le maire Paul Tarin estime que la piscine, rénovée en 2010, fermera en juin.",
        "La préfète Anne Solier assure que le projet, mais aussi la méthode, pose problème.",
        "Le rapport explique que la gare a fermé en mars, mais pas la ligne de Vireloup.",
        "Le rapport montre que le prix du pain a doublé, privant les familles de Vireloup de leur goûter.",
    )
    assert contents(by_cue(atts, "affirme")) == ["les salaires ont baissé, mais que les primes ont augmenté"]
    assert contents(by_cue(atts, "estime")) == ["la piscine, rénovée en 2010, fermera en juin"]
    assert contents(by_cue(atts, "assure")) == ["le projet, mais aussi la méthode, pose problème"]
    assert contents(by_cue(atts, "explique")) == ["la gare a fermé en mars, mais pas la ligne de Vireloup"]
    assert contents(by_cue(atts, "montre")) == [
        "le prix du pain a doublé, privant les familles de Vireloup de leur goûter"
    ]


def test_a_short_bracket_stays_in_the_report(fr):
    # negative: an acronym in brackets is no clause (the closing bracket is trimmed with the content's end
    # punctuation, as before this rule)
    _, atts = fr("Le ministre Paul Dorval a expliqué que la route est gérée par la Régie des routes de Vireloup (RRV).")
    assert contents(by_cue(atts, "a expliqué")) == ["la route est gérée par la Régie des routes de Vireloup (RRV"]


def test_a_preposed_frame_is_not_the_content(fr):
    # (before: the content opened on the frame: « Signé mardi …, l'accord … », « en soulignant que … »)
    _, atts = fr(
        "Signé mardi par les deux maires, l'accord prévoit la réouverture de la gare, a annoncé la préfète "
        "Anne Solier.",
        "Le maire Paul Tarin a répondu en soulignant que la piscine fermerait.",
        "Le maire Paul Tarin estime que, dans la ville, les prix ont monté.",
    )
    assert contents(by_cue(atts, "a annoncé")) == ["l'accord prévoit la réouverture de la gare"]
    assert contents(by_cue(atts, "a répondu")) == ["la piscine fermerait"]
    assert contents(by_cue(atts, "estime")) == ["dans la ville, les prix ont monté"]


def test_a_preposed_adjunct_stays_in_the_report(fr):
    # negative: a prepositional phrase before the clause is part of what is reported (as the French gold has it)
    _, atts = fr("Depuis le mois de mars, trois boulangeries ont fermé à Vireloup, selon la mairie.")
    assert contents(by_cue(atts, "selon")) == ["Depuis le mois de mars, trois boulangeries ont fermé à Vireloup"]


def test_a_run_of_titles_after_a_colon_is_no_ones_words(fr):
    # (before: each title was a quotation with no source)
    _, atts = fr(
        "Au programme du festival de Vireloup : « Vivre en ville » « Le goût du pain » ou encore "
        "« Les rivières oubliées »."
    )
    assert not any("Vivre en ville" in c or "Les rivières oubliées" in c for a in atts for c in contents(a))


def test_quotations_after_a_speakers_colon_stay_his_words(fr):
    # negative: statements with a finite verb joined by « et » after a cue's colon
    _, atts = fr("Le maire Paul Tarin a prévenu : « Nous fermerons la piscine » et « Nous rouvrirons en juin ».")
    assert any(contents(a) == ["Nous fermerons la piscine"] for a in atts)
    assert any(contents(a) == ["Nous rouvrirons en juin"] for a in atts)
