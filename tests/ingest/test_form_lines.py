"""A web form's lines in an article's text are page furniture (stop 42, fix42; a new user's A8/A9 at stop 41).

A repost site's poll box (its invitation, a question written twice, the question with its options, a field label
and the consent line) was read as the outlet's voice: unsourced assertions, claims and story evidence joining two
unrelated reposts of one site. The articles here are invented (fictional people, towns and site).
"""

from __future__ import annotations

from newsloupe.ingest.html import is_boilerplate_line
from newsloupe.ingest.text import is_form_line, parse_text

POLL = [
    "take our poll - story continues below",
    "Who should replace Ada Brenlow as our harbor master? Who should replace Ada Brenlow as our harbor master?",
    "Who should replace Ada Brenlow as our harbor master? * Tomas Vey Jon Perrow Irma Castellane",
    "Email *",
    "Your remarks (this field is for validation purposes, leave it blank). Answering this poll signs you up "
    "for Ridgeway Herald alerts at no cost; you can unsubscribe at any time, and you consent to our privacy "
    "policy by sending it.",
]

ARTICLE = "\n\n".join(
    [
        "Ferry Fares Rise Again In Quillmore",
        "The Quillmore ferry company raised its fares for the third time this year, and the town council's "
        "corrupt cronies somehow managed to bury the audit.",
        *POLL,
        "Who paid for the new terminal? The council has never published the accounts.",
        "The new fares apply from Monday.",
    ]
)


def test_a_poll_box_is_page_furniture_in_a_text_article():
    art = parse_text(ARTICLE, article_id="t")
    roles = {art.text[p.start : p.end]: p.label for p in art.paragraphs}
    assert [roles[line] for line in POLL] == ["boilerplate"] * len(POLL)
    # the writer's own question and sentences stay body
    assert roles["Who paid for the new terminal? The council has never published the accounts."] == "body"
    assert roles["The new fares apply from Monday."] == "body"
    assert art.title == "Ferry Fares Rise Again In Quillmore"


def test_form_lines_are_only_the_forms_own_lines():
    for line in POLL:
        assert is_form_line(line) and is_boilerplate_line(line), line
    assert is_form_line("Participez à notre sondage ci-dessous")
    for line in (
        "Who was in the room? Well, the whole meeting was paid for by the Quillmore ferry company.",
        "Why? Why?",
        "The mayor said the levee would hold.",
        "Qui a payé le nouveau terminal ? Le conseil n'a jamais publié ses comptes.",
        "The council's privacy policy was changed in May, the clerk said.",
    ):
        assert not is_form_line(line), line


def test_a_poll_box_gives_no_unsourced_assertion():
    from newsloupe.pipeline import analyze

    analysis = analyze(text=ARTICLE, lang="en", analyzers=["sentences", "entities", "attributions", "assertions"])
    flagged = [s.text for s in analysis.spans.assertions]
    assert not any("harbor master" in s or "opt out" in s for s in flagged), flagged
    labels = {s.text: s.label for s in analysis.spans.sentences}
    assert labels["take our poll - story continues below"] == "boilerplate"
