"""Sources that name no speaker, stop 45 (a new user's faults; issue 12): a headline's kicker, a dateline or a
caption's tag before a colon, the reader addressed ("you"), a demonstrative, a pronoun glued to its clitic, a work's
title, a verb glued before a name. Invented text, invented people and products."""

from __future__ import annotations

from tests.attribution.conftest import speakers as _attributions


def test_capitals_before_a_colon_are_a_tag_or_a_dateline() -> None:
    text = (
        "FILE PHOTO: A crane lifts a container at the port of Velmora on Monday.\n\n"
        "NEW DELHI: Nearly 150 workers returned home on Wednesday after the company closed its plant.\n\n"
        "The market fell."
    )
    assert _attributions("en", text) == []


def test_a_transcript_s_speaker_labels_in_capitals_still_speak() -> None:
    text = (
        "JANE MORROW: We will not close the plant this year, and I promise that to every worker here.\n\n"
        "TOM BRISK: Thank you, Governor. Let us turn to the budget now.\n\n"
        "JANE MORROW: The budget is balanced."
    )
    speakers = [s for s, _, src in _attributions("en", text) if src == s]
    assert speakers == ["JANE MORROW", "TOM BRISK", "JANE MORROW"]


def test_a_caption_tag_written_twice_is_still_no_speaker() -> None:
    text = (
        "FILE PHOTO: A crane lifts a container at the port of Velmora on Monday.\n\n"
        "FILE PHOTO: Dockers walk past the gate of the port of Velmora.\n\n"
        "NEW DELHI: Nearly 150 workers returned home on Wednesday after the company closed its plant."
    )
    assert _attributions("en", text) == []


def test_a_headline_kicker_before_a_title_cased_title_is_no_speaker() -> None:
    text = "Weekend Picks: Fresh Garden Bargains Arrive, Including Rakes, Gloves and Seed Trays\n\nThe shop opened."
    assert _attributions("en", text) == []


def test_a_work_s_title_written_with_its_colon_twice_is_no_speaker() -> None:
    text = (
        "Moon Pilot Tales: Broken Compass review - a puzzle game with a big heart\n\n"
        "Moon Pilot Tales: Broken Compass lets players steer a ship through the fog."
    )
    assert _attributions("en", text) == []


def test_a_person_before_a_colon_still_speaks() -> None:
    text = "Mayor Jane Doe: We will rebuild the bridge before the winter comes.\n\nThe council met on Monday."
    assert _attributions("en", text) == [("Jane Doe", "person_named", "Mayor Jane Doe")]


def test_the_reader_addressed_takes_no_product_s_name() -> None:
    text = (
        "The new Laptop Pro by Zentrix is quiet and light.\n\n"
        "If you type slowly, you can hear how soft the keys are on the new keyboard."
    )
    assert _attributions("en", text) == []


def test_a_third_person_pronoun_is_not_resolved_to_the_reader() -> None:
    text = (
        "Vous nous avez écrit que le marché a été suspendu. Les élus hésitent.\n\n"
        "Ils savent qu’une hausse des prix serait fatale au maire."
    )
    out = _attributions("fr", text)
    assert ("Vous", "unnamed_collective", "Vous") in out
    assert [s for s, _, src in out if src == "Ils"] == [None]


def test_a_demonstrative_names_no_one() -> None:
    text = "Le classement aurait changé. C’est-à-dire que la coopérative l’aurait gagné de peu."
    assert [speaker for speaker, _, _ in _attributions("fr", text)] == [None, None]


def test_a_pronoun_glued_to_its_clitic_is_no_named_person() -> None:
    text = "Farmers won’t sit still and watch it unfold—they’ll probably argue that the rules are too strict."
    assert _attributions("en", text) == [(None, "unnamed_collective", "they’ll")]


def test_a_verb_glued_before_a_name_is_no_part_of_it() -> None:
    text = (
        "La gouvernance est proche de cette méthode.\n\nÉcoutez Paul Exemple :\n\n"
        "Quand Paul Exemple parle des origines du management, il aborde un sujet ancien."
    )
    assert ("Paul Exemple", "person_named", "Paul Exemple") in _attributions("fr", text)


def test_a_work_named_after_its_noun_is_a_document() -> None:
    text = "His feature documentary Mary Brown is believed to have earned the producers millions of dollars."
    assert [(s, t) for s, t, _ in _attributions("en", text)] == [("Mary Brown", "document")]
    text = "The film director Mary Brown said that the producers earned millions of dollars."
    assert [(s, t) for s, t, _ in _attributions("en", text)] == [("Mary Brown", "person_named")]


def test_a_name_s_first_word_is_cut_only_when_listed() -> None:
    # "Will" and "Said" open real names; only the listed words ("Listen", "Écoutez") are cut
    text = "Will Harrow Jones said the plant would stay open until next spring."
    assert [s for s, _, _ in _attributions("en", text)] == ["Will Harrow Jones"]
    text = "Said Amir Haddad told reporters the talks would resume next week."
    assert [s for s, _, _ in _attributions("en", text)] == [None, "Said Amir Haddad"]


def test_a_french_work_s_title_hangs_on_its_noun_by_its_first_name() -> None:
    # the French parse links "Jean" to "livre" (appos) and "Dupont" to "Jean" (flat:name)
    text = "Le livre Jean Dupont affirme que le port fermera en juin."
    assert _attributions("fr", text) == [("Jean Dupont", "document", "Jean Dupont")]


def test_a_cleft_report_s_copulas_come_from_the_data() -> None:
    for opener in ("c’est ce qu’écrivent", "voilà ce qu’affirment"):
        text = f"« La digue tiendra encore dix ans » : {opener} les deux maires de Velmora."
        assert [s for s, _, _ in _attributions("fr", text)] == ["les deux maires de Velmora"], opener
