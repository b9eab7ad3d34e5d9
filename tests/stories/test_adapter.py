"""The stories adapter on a one-line article of a million characters: its lead is clipped."""

from __future__ import annotations

from newsloupe.stories.adapter import LEAD_CHARS, features


def test_a_giant_one_line_article_has_a_short_lead() -> None:
    text = " ".join(f"Le port numéro {i} rouvrira demain selon la mairie." for i in range(20_000))
    doc = {
        "text": text,
        "title": "",
        "language": "fr",
        "paragraphs": [{"start": 0, "end": len(text), "line": 1, "role": "body"}],
        "spans": {},
        "attributions": [],
    }
    f = features(doc)
    assert len(text) > 1_000_000
    assert 0 < len(f.lead) <= LEAD_CHARS and text.startswith(f.lead.lstrip("\n"))
    assert not f.lead.endswith(" ")  # cut at a word boundary
