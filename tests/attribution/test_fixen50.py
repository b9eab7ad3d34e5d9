"""English attributions, stop 50 (branch fixen50): a new user's faults on real English news (imperatives and
takings read as reports, things and relative pronouns read as sources, outlet and panel types), on text invented
for these tests (fictional towns and people)."""

from tests.attribution.conftest import by_content, by_cue, contents


def _cues(atts: list[dict]) -> list[str]:
    return [a["cue"]["text"] for a in atts if a.get("cue")]


def test_an_imperative_addressing_the_reader_is_no_report(en):
    # (before: "Imagine", "recall", "Note" were cues with no source, their clause the content)
    for text in (
        "Imagine that the council had voted against the bridge in Dunmere.",
        "Now recall that the ferry of Dunmere stopped in 2019.",
        "Note that the ferry company never paid the fine.",
    ):
        _, atts = en(text)
        assert atts == [], (text, _cues(atts))


def test_a_report_after_an_imperative_is_kept(en):
    # guard: the report inside the clause keeps its speaker; a subject's report is untouched
    _, atts = en("Now recall that the mayor of Dunmere promised a new bridge in 2019.")
    assert _cues(atts) == ["promised"]
    _, atts = en("The mayor of Dunmere said that the bridge would open in May.")
    assert by_content(atts, "that the bridge would open in May")["source"]["text"] == "The mayor of Dunmere"


def test_claiming_a_body_or_lives_is_a_taking(en):
    # (before: "claimed" made the object its content, hedged, and "The storm" a person)
    _, atts = en("The club claimed the trophy of the sailor on Monday.")
    assert atts == []
    _, atts = en("The storm claimed the lives of twelve fishermen.")
    assert atts == []
    _, atts = en("The family claimed that the sailor had been poisoned.")
    claim = by_content(atts, "that the sailor had been poisoned")
    assert claim["hedged"] is True and claim["source"]["text"] == "The family"


def test_a_relative_pronoun_standing_for_a_thing_reports_nothing(en):
    # (before: "which" was the source, typed an unnamed person, its noun the speaker)
    _, atts = en("The scan, which showed that the cat was healthy, took ten minutes.")
    assert atts == []
    _, atts = en("The nurse who said that the ward was full left early.")
    assert _cues(atts) == ["said"] and atts[0]["speaker"] == "The nurse"


def test_a_thing_acting_is_no_source_even_with_a_listed_verb(en):
    # (before: "praising" is listed: "The ball" was an unnamed person praising)
    _, atts = en("The ball was praising the speed of the striker.")
    assert atts == []


def test_a_news_publication_is_an_outlet_and_a_panel_a_body(en):
    _, atts = en("The news publication wrote that the dam of Dunmere was safe.")
    assert by_content(atts, "that the dam of Dunmere was safe")["source_type"] == "media"
    _, atts = en("A panel of engineers stated that the dam of Dunmere was safe.")
    panel = by_content(atts, "that the dam of Dunmere was safe")
    assert panel["source_type"] == "organization" and panel["source"]["text"] == "A panel of engineers"


def test_a_hearsay_adverb_is_a_hedged_report_with_no_source(en):
    # (before: "supposedly" hedged nothing, the sentence was no one's report)
    _, atts = en("He supposedly met the smuggler twice in Harwick.")
    (a,) = atts
    assert a["cue"]["text"] == "supposedly" and a["source"] is None and a["hedged"] is True
    assert contents(a) == ["He", "met the smuggler twice in Harwick"]
    # inside another's report it only hedges that report
    _, atts = en("The mayor said that the clerk allegedly took the money.")
    assert _cues(atts) == ["said"]
    assert by_cue(atts, "said")["hedged"] is True and by_cue(atts, "said")["source"]["text"] == "The mayor"


def test_the_writer_s_verdict_on_the_evidence_is_no_document_s_report(en):
    # (before: "The available evidence" was a document source)
    _, atts = en("The available evidence plainly shows that the clerk of Harwick took the money.")
    assert atts == []
    _, atts = en("The audit of Harwick showed that the clerk took the money.")
    assert by_content(atts, "that the clerk took the money")["source_type"] == "document"


def test_a_family_denying_is_a_report(en):
    # guard for thing subjects of listed cues: a family is people
    _, atts = en("The family denies any involvement in the theft at Harwick.")
    assert by_content(atts, "any involvement in the theft at Harwick")["source"]["text"] == "The family"


def test_an_editor_s_brackets_leave_the_speaker_s_name():
    from newsloupe.attribution import plain_name

    assert plain_name("Arthur] Penwick") == "Arthur Penwick"
    assert plain_name("[Arthur] Penwick") == "Arthur Penwick"
    assert plain_name("Arthur Penwick") == "Arthur Penwick"


def test_a_hearsay_report_leaves_the_outlet_s_claim_in_its_own_voice():
    # (the "supposedly" report covered the sentence, so the outlet's loaded claim around it was no longer flagged)
    from tests.attribution.test_assertions44 import flagged

    sentence = (
        "The Corlay board clearly betrayed the fishermen, especially since its chairman supposedly met the buyers."
    )
    assert len(flagged([sentence], "en")) == 1
    sentence = "The Corlay board clearly betrayed the fishermen, as its chairman said at the meeting."
    assert flagged([sentence], "en") == []
