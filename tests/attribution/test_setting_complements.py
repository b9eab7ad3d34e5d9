"""French cue complements that say where or before whom one spoke ("sur Twitter", "devant les élus"), not
what was said. Sentences invented for these tests (fictional people, places and outlets)."""

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
