"""English questions the writer puts to the reader are no report (issue 12, stop 38, branch enfp38).

``reader_subjects`` (``lang/en/attribution.json``): a verb cue outside quotations, with no quoted word in its
content, in a sentence that ends with a question mark and whose subject is "you" ("Do you think the ferry will
run?") is the writer asking the reader, no one's words. A question about what someone else thinks, and a
quoted question, stay attributions (PolNeAR annotates them).

Sentences invented for these tests (fictional people and places)."""

from __future__ import annotations

from typing import Any

from tests.attribution.conftest import with_lexicon


def _cues(text: str, **off: Any) -> list[str | None]:
    return [(a["cue"] or {}).get("text") for a in with_lexicon(text, "en", None, **off)]


def test_a_question_to_the_reader_reports_nothing():
    for text, cue in (
        ("Do you think the ferry to Marlow Island will run again this winter?", "Do you think"),
        ("Why would you believe that the harbour board has fixed the pier?", "would you believe"),
    ):
        assert _cues(text) == [], text
        # without the rule, the reader was the source of an attribution
        assert cue in _cues(text, reader_subjects=frozenset()), text


def test_questions_that_still_report():
    # someone else's view asked about, and a statement addressed to "you", stay attributions
    assert "Does Mayor Quill think" in _cues("Does Mayor Quill think the ferry to Marlow Island will run again?")
    assert "told" in _cues("The harbour master told you that the pier would reopen in May.")
    quoted = "Mayor Quill asked: “Do you think the pier will hold?”"
    assert _cues(quoted) == _cues(quoted, reader_subjects=frozenset())
    assert _cues(quoted)
