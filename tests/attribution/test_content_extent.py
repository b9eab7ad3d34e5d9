"""How far a French cue's content reaches: not a complement saying where or before whom one spoke ("sur
Twitter", "devant les élus"), nor the reporting frame before a "selon" set inside the clause ("X a déclaré que,
selon Y, Z") nor a concession closing it (", bien que …"); a directive verb's object with the infinitive after it
("exhorter X à …"). Sentences invented for these tests (fictional people, places and outlets)."""

from tests.attribution.conftest import by_content, by_cue, contents


def test_an_outlet_after_sur_is_not_the_content(fr):
    # (before: the content was "sur Twitter" / "sur Radio Mirande", the object after it ignored)
    _, atts = fr(
        "La ministre Clara Vidal a salué sur Twitter le choix du conseil de rouvrir la piscine.",
        "Le maire Jules Arnaud a critiqué sur Radio Mirande le projet de rocade.",
    )
    assert contents(by_cue(atts, "a salué")) == ["le choix du conseil de rouvrir la piscine"]
    assert contents(by_cue(atts, "a critiqué")) == ["le projet de rocade"]


def test_what_one_insists_on_or_blames_someone_for_stays_the_content(fr):
    # negative: "sur" + a common noun and "à" + a name are what is said, not where
    _, atts = fr(
        "Le député Marc Tellier a insisté sur la nécessité de rouvrir la gare.",
        "Le syndicat a reproché à la Valmérie de fermer ses frontières.",
    )
    # (the preposition of the verb's frame is the cue's, as the French gold annotates it: stop 36, frames)
    assert contents(by_cue(atts, "a insisté")) == ["la nécessité de rouvrir la gare"]
    assert contents(by_cue(atts, "a reproché")) == ["la Valmérie de fermer ses frontières"]


def test_a_reporting_frame_before_selon_is_not_its_content(fr):
    # (before: "selon" also reported "Le député Marc Tellier a déclaré que" and "Ainsi, la commune envisage")
    _, atts = fr(
        "Le député Marc Tellier a déclaré lundi que, selon ses sources, la gare de Vireloup fermera en juin.",
        "Ainsi, la commune envisage, selon le maire Paul Ravel, d'ajouter deux classes à l'école de Vireloup.",
    )
    selon = [contents(a) for a in atts if a["cue"] and a["cue"]["text"] == "selon"]
    assert selon == [["la gare de Vireloup fermera en juin"], ["d'ajouter deux classes à l'école de Vireloup"]]


def test_a_clause_around_selon_with_no_cue_before_stays_whole(fr):
    # negative: with no verb cue before it, what precedes "selon" is still the report's (two pieces, as before)
    _, atts = fr("Les écoles de Vireloup resteront fermées, selon la préfète Anne Morel, jusqu'à lundi.")
    selon = [c for a in atts if a["cue"] and a["cue"]["text"] == "selon" for c in contents(a)]
    assert any(c.startswith("Les écoles de Vireloup") for c in selon)


def test_a_directive_verb_reports_its_object_and_the_infinitive_after_it(fr):
    # (before: nothing, as the parse hung the infinitive under the object; or the infinitive alone)
    _, atts = fr(
        "Les ministres ont exhorté les communes riches en eau à partager leurs stocks.",
        "La préfète Anne Morel a enjoint la mairie de Vireloup de fermer le pont.",
    )
    assert by_content(atts, "les communes riches en eau à partager leurs stocks")["cue"]["text"] == "ont exhorté"
    assert by_content(atts, "la mairie de Vireloup de fermer le pont")["speaker"] == "Anne Morel"


def test_a_directive_verb_with_no_infinitive_after_its_object_reports_nothing_new(fr):
    # negative: "inviter X à la fête", "appeler les pompiers" direct nobody to do anything; "appeler à voter"
    # keeps its infinitive
    _, atts = fr(
        "Le maire Paul Ravel a invité les habitants de Vireloup à la fête du village.",
        "Le maire Paul Ravel a appelé les pompiers.",
        "La maire Odile Bressac appelle à voter dimanche.",
    )
    assert not any("les habitants de Vireloup" in c for a in atts for c in contents(a))
    assert not any("les pompiers" in c for a in atts for c in contents(a))
    assert by_content(atts, "voter dimanche")["speaker"] == "Odile Bressac"


def test_a_trailing_concession_is_not_part_of_the_report(fr):
    # (before: the content ran on through "bien que …" / "quoiqu'…", the writer's concession)
    _, atts = fr(
        "Certains diront que la gare de Vireloup était trop petite, bien que le trafic y soit resté faible, "
        "surtout en hiver.",
        "Le maire Paul Ravel affirme que le pont tiendra, quoiqu'il ait été fissuré en mars.",
    )
    assert contents(by_cue(atts, "diront")) == ["la gare de Vireloup était trop petite"]
    assert contents(by_cue(atts, "affirme")) == ["le pont tiendra"]


def test_a_concession_set_inside_the_report_stays(fr):
    # negative: "que le pont, bien qu'il soit fissuré, tiendra": the report goes on after the aside
    _, atts = fr("Le maire Paul Ravel affirme que le pont, bien qu'il soit fissuré, tiendra encore dix ans.")
    assert contents(by_cue(atts, "affirme")) == ["le pont, bien qu'il soit fissuré, tiendra encore dix ans"]


def test_what_is_ensured_is_not_said(fr):
    # (before: "l'accès au pont" / "la sécurité des écoles" were reported contents)
    _, atts = fr(
        "Le maire Paul Ravel a garanti l'accès au pont.",
        "La préfète Anne Morel assure la sécurité des écoles de Vireloup.",
    )
    assert not any("l'accès au pont" in c or "la sécurité des écoles" in c for a in atts for c in contents(a))


def test_assurer_que_and_assurer_a_x_que_still_report(fr):
    # negative: with a clause, assurer says something
    _, atts = fr(
        "Le maire Paul Ravel assure que le pont tiendra.",
        "La préfète Anne Morel a assuré aux habitants que la digue serait rehaussée.",
    )
    assert by_content(atts, "le pont tiendra")["speaker"] == "Paul Ravel"
    assert any("la digue serait rehaussée" in c for a in atts for c in contents(a))
