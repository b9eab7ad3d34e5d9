"""Quotations by punctuation (language-independent)."""

from newsloupe.attribution import quote_only_attributions, quote_spans
from newsloupe.attribution.quotes import find_quotes


def inner(text, q):
    return text[q.inner_start : q.inner_end]


def test_french_guillemets_with_spaces():
    text = "« Nous ne céderons pas », a-t-il dit."
    (q,) = find_quotes(text)
    assert inner(text, q) == "Nous ne céderons pas"
    assert text[q.start : q.end] == "« Nous ne céderons pas »"


def test_english_curly_and_straight_quotes():
    text = 'She said “we will win” and he said "not so fast".'
    qs = find_quotes(text)
    assert [inner(text, q) for q in qs] == ["we will win", "not so fast"]


def test_nested_quotes_keep_the_outer_one():
    text = "« Il m’a dit “partez” hier », raconte-t-elle."
    (q,) = find_quotes(text)
    assert inner(text, q) == "Il m’a dit “partez” hier"


def test_quote_over_paragraphs_continues_when_reopened():
    text = "« Premier paragraphe de la citation.\n\n« Second paragraphe », a-t-il conclu."
    (q,) = find_quotes(text)
    assert inner(text, q).startswith("Premier") and inner(text, q).endswith("Second paragraphe")


def test_unclosed_quote_stops_at_paragraph_end():
    text = "« Une citation jamais fermée.\n\nUn autre paragraphe."
    (q,) = find_quotes(text)
    assert inner(text, q) == "Une citation jamais fermée."
    assert not q.closed


def test_quote_only_attributions_skip_scare_quotes():
    text = "Der Minister sagte: „Wir bauen die Brücke neu“. Das sei „gut“."
    atts = quote_only_attributions(text)
    assert [a["content"][0]["text"] for a in atts] == ["Wir bauen die Brücke neu"]
    assert atts[0]["kind"] == "direct" and atts[0]["source_type"] == "none"


def test_quote_spans_say_which_quotations_are_attributed():
    text = "Le maire parle de « folie ». « Nous reconstruirons le port », a promis la ministre."
    content = (text.index("Nous"), text.index(" port") + 5)
    spans = quote_spans(text, find_quotes(text), [content])
    assert [(s.text, s.label, s.attrs.attributed) for s in spans] == [
        ("« folie »", "quote", False),
        ("« Nous reconstruirons le port »", "quote", True),
    ]
