"""The stop-46 user's attribution faults (issue 12): kickers and chained labels before a headline's colon, a
headline's subject over the person it names, transcript labels in capitals joined to the person and counted once,
a relay participle after a date, a role noun standing for a document's author, a question put to the reader,
words naming no one, a colon's topic noun, "citing X" as X's report through the cue. Invented text and people."""

from __future__ import annotations

from tests.attribution.conftest import analyse, contents
from tests.attribution.conftest import speakers as _attributions


def _colon_speakers(lang: str, text: str) -> list[str | None]:
    _parsed, atts = analyse(text.split("\n\n"), lang)
    return [a["speaker"] for a in atts if a["cue"] and a["cue"]["text"] == ":"]


def test_a_one_word_kicker_in_capitals_is_no_speaker() -> None:
    text = (
        "NEW: The mayor's team on the hidden camera is frank about the budget, and the tape shows it clearly.\n\n"
        "Important: No more charges are coming from the county prosecutor this year, an official told a reporter."
    )
    assert _colon_speakers("en", text) == []


def test_a_kicker_before_the_speaker_s_own_label_is_no_speaker() -> None:
    text = (
        "Hidden Camera: Mayor Dana Holt's Aide: “None of the programs that voters want will ever happen”\n\n"
        "Mayor Dana Holt may have been undercut by a member of her own staff on Monday."
    )
    speakers = _colon_speakers("en", text)
    assert speakers and "Hidden Camera" not in speakers and all(s != "Hidden" for s in speakers)


def test_a_kicker_before_a_title_with_its_own_subject_is_no_speaker() -> None:
    text = (
        "Bad Sport: Jane Marlow Ends Her Challenges In The County Race - Won't Concede\n\n"
        "Defeated candidate Jane Marlow ended her challenges on Friday. She said she would file a lawsuit."
    )
    assert [s for s, _, src in _attributions("en", text) if src == "Bad Sport"] == []


def test_a_headline_s_subject_speaks_not_the_person_its_verb_names() -> None:
    text = (
        'Carl Benton Defends Louis Marrow: "He Had Something To Offer The Town"\n\n'
        "Senator Carl Benton recently defended his ties to the preacher Louis Marrow during a debate."
    )
    _parsed, atts = analyse(text.split("\n\n"), "en")
    colon = [a for a in atts if a["cue"] and a["cue"]["text"] == ":"]
    assert colon and colon[0]["speaker"] == "Carl Benton"


def test_a_transcript_label_is_the_person_named_and_counts_once() -> None:
    text = (
        "Omar Pellow, who works for the campaign, explains that the promises could never be kept:\n\n"
        "PELLOW: “So, let’s go back to the platform, right? Raise the teachers’ pay. That will never happen.”"
    )
    _parsed, atts = analyse(text.split("\n\n"), "en")
    holding = [a for a in atts if any("That will never happen" in c for c in contents(a))]
    assert len(holding) == 1
    assert holding[0]["speaker"] == "Omar Pellow" and holding[0]["source_type"] == "person_named"


def test_a_relay_participle_after_a_date_relays_the_quotation() -> None:
    text = (
        "« Les nageurs sont très déçus, mais ceux qui viennent le soir comprennent la décision », déclare Marie "
        "Dupont, fondatrice du club, citée en 2021 par Paul Martin dans Le Courrier."
    )
    _parsed, atts = analyse([text], "fr")
    quoted = [a for a in atts if any(c.startswith("Les nageurs") for c in contents(a))]
    assert sorted(a["speaker"] for a in quoted) == ["Marie Dupont", "Paul Martin"]
    dupont = next(a for a in quoted if a["speaker"] == "Marie Dupont")
    martin = next(a for a in quoted if a["speaker"] == "Paul Martin")
    assert dupont["via"]["speaker"] == "Paul Martin" and martin["via"] is None


def test_a_role_noun_after_a_report_stands_for_its_author() -> None:
    text = (
        "« Le port manque de grues », déclare Marie Dupont, citée en 2021 par Julie Martin dans Le Courrier. Ce "
        "constat est confirmé par un rapport de Sophie Leroy (également cité par Julie Martin), consacré aux ports. "
        "La députée centriste de Brest y écrit ceci : « Les quais sont trop courts pour les navires. »"
    )
    _parsed, atts = analyse([text], "fr")
    quays = [a for a in atts if any(c.startswith("Les quais") for c in contents(a))]
    assert [a["speaker"] for a in quays] == ["Sophie Leroy"]


def test_the_reader_s_question_and_a_colon_s_topic_noun_name_no_one() -> None:
    text = (
        "Que faut-il aux écoles de la ville ? La réponse est : « Tout ce qui leur sera nécessaire pour rouvrir en "
        "septembre. » Pensez-vous vraiment que les parents accepteront un nouveau retard ?"
    )
    found = _attributions("fr", text)
    assert all(s not in ("-vous", "vous", "la réponse", "La réponse") for s, _, _ in found)
    assert any(src is None for _, _, src in found)  # the quotation is still there, with no speaker


def test_words_naming_no_one_are_no_speaker() -> None:
    text = (
        "Chacun sait que la rentrée approche. Toute personne qui refuse la vaccination sera exclue de la cantine. "
        "Ce sont les mêmes qui ont exalté les pires régimes du siècle dernier."
    )
    found = _attributions("fr", text)
    assert found and all(s is None for s, _, _ in found)


def test_citing_a_body_makes_it_the_source_through_the_agency() -> None:
    text = (
        "A herdsman was diagnosed with the disease on Friday, Xinhua reported. Two more cases were confirmed on "
        "Sunday, the news agency said, citing the regional health commission."
    )
    _parsed, atts = analyse([text], "en")
    cited = [a for a in atts if a["cue"] and a["cue"]["text"] == "citing"]
    assert len(cited) == 1
    assert cited[0]["speaker"] == "the regional health commission"
    assert contents(cited[0]) == ["Two more cases were confirmed on Sunday"]
    said = next(a for a in atts if a["cue"] and a["cue"]["text"] == "said")
    assert cited[0]["via"]["speaker"] == "Xinhua" and said["speaker"] == "Xinhua" and said["via"] is None
