"""The stop-47 user's attribution faults (issue 12): a bare demonstrative as a source, caption labels before a
colon, "the agency" of a government body read as an outlet, a role noun and the name after it parsed as two
subjects, a relative "who" after an apposition, a person named as a passive's agent, "l'ancien journaliste" as a
role, "he" standing for "the public". Invented text and people."""

from __future__ import annotations

from tests.attribution.conftest import analyse, contents
from tests.attribution.conftest import speakers as _attributions


def test_a_bare_demonstrative_subject_is_no_source() -> None:
    _parsed, atts = analyse(["This contradicted the mayor's earlier account of the flooding."], "en")
    hits = [a for a in atts if a["cue"] and a["cue"]["text"] == "contradicted"]
    assert hits and hits[0]["speaker"] is None and hits[0]["source"] is None


def test_caption_labels_before_a_colon_are_no_speakers() -> None:
    text = (
        "Above: A ferry waits in the harbour of Portmore before the storm.\n\n"
        "New Release: The ferry company publishes its winter timetable for the islands."
    )
    found = _attributions("en", text)
    assert [s for s, _t, src in found if src in ("Above", "New Release")] == []


def test_the_agency_alone_is_a_body_and_the_news_agency_an_outlet() -> None:
    body = _attributions("en", "The agency maintains that the crossing was safe.")
    outlet = _attributions("en", "The news agency said that the ferry sank near the harbour.")
    assert [t for _s, t, _src in body] == ["organization"]
    assert [t for _s, t, _src in outlet] == ["media"]


def test_a_role_noun_before_the_speaker_s_name_gives_the_name() -> None:
    text = '"We need a new ferry now," said study co-author Lina Varga, a marine engineer at the institute.'
    found = _attributions("en", text)
    assert found and found[0][0] == "Lina Varga" and found[0][1] == "person_named"


def test_who_after_an_apposition_is_the_person_it_describes() -> None:
    text = "Residents thanked Mayor Ivo Brant and Ana Keel, chair of the harbour board, who urged the company to act."
    _parsed, atts = analyse([text], "en")
    urged = [a for a in atts if a["cue"] and a["cue"]["text"] == "urged"]
    assert urged and urged[0]["speaker"] == "Ana Keel" and urged[0]["source_type"] == "person_named"


def test_a_role_noun_stands_for_the_woman_named_as_a_passive_s_agent() -> None:
    text = (
        "Le tracé du nouveau port est contesté notamment par Hélène Vasseur.\n\n"
        "Le chantier doit commencer en mai et durer trois ans.\n\n"
        "Invitée sur une radio locale, la candidate du parti écologiste a rappelé que le projet coûterait trop cher."
    )
    found = _attributions("fr", text)
    assert ("Hélène Vasseur", "person_named") in [(s, t) for s, t, _src in found]


def test_a_former_journalist_is_the_person_named_before() -> None:
    text = (
        "Marc Dulac a répondu mardi aux pêcheurs du port.\n\n"
        "L'ancien journaliste a estimé que le projet coûterait trop cher."
    )
    found = _attributions("fr", text)
    estimate = [s for s, _t, src in found if src == "L'ancien journaliste"]
    assert estimate == ["Marc Dulac"]


def test_he_does_not_stand_for_the_public() -> None:
    text = (
        "President Dale Warren spent the week attacking the nominee. The public believes the hearings were "
        "unfair, according to a new poll.\n\n"
        "He said the hearings were a disgrace. He blamed the senators for the delay."
    )
    _parsed, atts = analyse(text.split("\n\n"), "en")
    he = [a for a in atts if a["source"] and a["source"]["text"] == "He"]
    assert len(he) == 2 and all(a["speaker"] == "Dale Warren" for a in he)
    assert any("the hearings were a disgrace" in c for c in contents(he[0]))
