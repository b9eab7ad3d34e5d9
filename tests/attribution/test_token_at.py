"""The rules' token at a character offset (a search in the token table since stop 41) answers as spaCy's
``doc.char_span(c, c + 1, alignment_mode="expand")`` did: the token holding the character, None in a token's
trailing space and outside the text."""

from newsloupe.attribution import rules
from newsloupe.attribution.doc import AttributionDoc
from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.lab.attribution_gold import line_article
from newsloupe.nlp import parse


def _by_char_span(doc, c):
    t = doc.char_span(c, c + 1, alignment_mode="expand")
    return t.start if t is not None and len(t) else None


def test_the_token_at_every_offset_is_char_spans():
    # invented: a fictional mayor and town; a line break, a doubled space, French marks with no-break spaces
    text = (
        "La maire de Valmer, Odile Parmentin, a déclaré : « Nous  rouvrirons la piscine. »\n\n"
        "« C'est promis », a-t-elle ajouté  devant l'hôtel de ville."
    )
    lex = get_lexicon("fr")
    doc = parse(line_article("t", text, "fr")).doc
    d = AttributionDoc(doc, lex, text)
    got = [rules._token_at(d, c) for c in range(-2, len(doc.text) + 3)]
    assert got == [_by_char_span(doc, c) for c in range(-2, len(doc.text) + 3)]
    assert got[0] is None and got[1] is None and got[-1] is None  # before and past the text
    assert got[2] == 0
    assert None in got[3:-3]  # a trailing space
    assert got[2 + doc.text.index("Valmer")] == next(k for k in range(d.n) if d.tok[k] == "Valmer")
