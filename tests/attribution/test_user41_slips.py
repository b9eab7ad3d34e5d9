"""Smaller attribution slips a new user saw at stop 41 (brief fix42, item A10), on sentences invented for these
tests (fictional towns, outlets and people)."""

from tests.attribution.conftest import by_cue, contents


def test_a_no_comment_relative_on_the_cues_object_is_not_what_the_subject_said(fr):
    # (before: "La Gazette de Valmer" said « qui n'a pas répondu à nos questions »)
    _, atts = fr(
        "La Gazette de Valmer a sollicité la préfecture, qui n'a pas répondu à nos questions.",
        "Le maire de Corlay a affirmé que la digue tiendrait.",
    )
    assert [(a["speaker"], contents(a)) for a in atts] == [("Le maire de Corlay", ["la digue tiendrait"])]


def test_a_county_sheriff_before_the_name_is_the_role(en):
    # (before: role None; "sheriff" was no role noun)
    _, atts = en("Quillport County Sheriff Dana Vey said the levee would hold.")
    said = by_cue(atts, "said")
    assert said["speaker"] == "Dana Vey" and said["role"] == "Quillport County Sheriff"


def test_a_two_sentence_english_text_on_one_line_gives_its_attributions():
    # (the user's two-sentence input gave none at stop 41 through the CLI; a one-line text is read as its own
    # title, and a title's attributions are read: kept here as a guard)
    from newsloupe.pipeline import analyze

    analysis = analyze(
        text="The county allegedly ignored three warning reports, she claimed. Mayor Tom Berrigan insisted the levee "
        '"will hold."\n',
        lang="en",
    )
    cues = {analysis.spans.cues[a.cue].text: a for a in analysis.attributions if a.cue is not None}
    assert set(cues) == {"claimed", "insisted"}
    assert cues["insisted"].speaker == "Tom Berrigan"
