"""What a French cue's content is not: a complement saying where or before whom one spoke ("sur Twitter",
"devant les élus"), and the reporting frame before a "selon" set inside the clause ("X a déclaré que, selon Y,
Z"). Sentences invented for these tests (fictional people, places and outlets)."""

from tests.attribution.conftest import by_cue, contents


def test_an_outlet_after_sur_is_not_the_content(fr):
    # (before: the content was "sur Twitter" / "sur Radio Mirande", the object after it ignored)
    _, atts = fr(
        "La ministre Clara Vidal a salué sur Twitter la décision du conseil de rouvrir la piscine.",
        "Le maire Jules Arnaud a critiqué sur Radio Mirande le projet de rocade.",
    )
    assert contents(by_cue(atts, "a salué")) == ["la décision du conseil de rouvrir la piscine"]
    assert contents(by_cue(atts, "a critiqué")) == ["le projet de rocade"]


def test_what_one_insists_on_or_blames_someone_for_stays_the_content(fr):
    # negative: "sur" + a common noun and "à" + a name are what is said, not where
    _, atts = fr(
        "Le député Marc Tellier a insisté sur la nécessité de rouvrir la gare.",
        "Le syndicat a reproché à la Valmérie de fermer ses frontières.",
    )
    assert contents(by_cue(atts, "a insisté")) == ["sur la nécessité de rouvrir la gare"]
    assert contents(by_cue(atts, "a reproché")) == ["la Valmérie de fermer ses frontières"]


def test_a_reporting_frame_before_selon_is_not_its_content(fr):
    # (before: "selon" also reported "Le député Marc Tellier a déclaré que" and "Ainsi, la commune envisage")
    _, atts = fr(
        "Le député Marc Tellier a déclaré que, selon ses informations, la gare de Vireloup fermera en juin.",
        "Ainsi, la commune envisage, selon le maire Paul Ravel, d'ajouter deux classes à l'école de Vireloup.",
    )
    selon = [contents(a) for a in atts if a["cue"] and a["cue"]["text"] == "selon"]
    assert selon == [["la gare de Vireloup fermera en juin"], ["d'ajouter deux classes à l'école de Vireloup"]]


def test_a_clause_around_selon_with_no_cue_before_stays_whole(fr):
    # negative: with no verb cue before it, what precedes "selon" is still the report's (two pieces, as before)
    _, atts = fr("Les écoles de Vireloup resteront fermées, selon la préfète Anne Morel, jusqu'à lundi.")
    selon = [c for a in atts if a["cue"] and a["cue"]["text"] == "selon" for c in contents(a)]
    assert any(c.startswith("Les écoles de Vireloup") for c in selon)
