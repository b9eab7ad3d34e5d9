"""HTML character references in a plain-text file (a page saved as text) are decoded (stop 42, fix42; a new user's
B4 at stop 41: « Le monde d&rsquo;après » shown raw in titles, pages and exports). The text is invented."""

from __future__ import annotations

from newsloupe.ingest import article_from_bytes
from newsloupe.ingest.text import decode_bytes


def test_html_entities_of_a_text_file_are_decoded_in_its_title_and_body():
    raw = (
        "Le port d&rsquo;apr&egrave;s\n\n"
        "La mairie de Corlay a vot&eacute; le budget&#8230; et R&D &amp; AT&T; restent.\n"
    )
    art = article_from_bytes(raw.encode("utf-8"), article_id="t", source="t.txt", kind="text")
    assert art.title == "Le port d’après"
    assert "a voté le budget… et R&D & AT&T; restent." in art.text


def test_a_text_without_entities_is_unchanged_and_a_json_lines_file_keeps_its_references():
    raw = "Titre\n\nUn texte sans entité, avec un & seul et &unknownthing; tel quel.\n"
    assert article_from_bytes(raw.encode("utf-8"), article_id="t", source="t.txt", kind="text").text == raw
    # (a JSON Lines record's « &quot; » inside a string must stay: decoding it would break the JSON)
    line = '{"id": "a", "html": "<p>&quot;Oui&quot;, dit-il.</p>"}\n'
    assert decode_bytes(line.encode("utf-8"), source="t.jsonl") == line
