"""The report-style rule of the genre after review 46a: a cue opening a sentence ("According to …") counts, and
first-person words inside single quotes (British wire copy) are the quoted person's. Every sentence is invented."""

from __future__ import annotations

from newsloupe.persuasion.model import report_style


def test_a_cue_opening_a_sentence_counts() -> None:
    text = (
        "According to the council, the bridge at Velmora will reopen in June. "
        "According to engineers, the repairs cost less than planned. "
        "The mayor visited the site on Tuesday. "
        "Traffic will use the old road until then. "
        "Work started in March."
    )
    assert report_style(text, "en")


def test_first_person_words_in_single_quotes_are_the_speakers() -> None:
    text = (
        "The mayor of Velmora said the bridge would reopen in June. "
        "'We will not wait any longer, and I have told the builders so,' she told reporters. "
        "Engineers said the repairs cost less than planned. "
        "The council said traffic would use the old road until then."
    )
    assert report_style(text, "en")
    assert not report_style("I think we should wait. We have waited before, and I was right. Our town agrees.", "en")
