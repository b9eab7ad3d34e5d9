"""Reads of the attribution rules made without spaCy objects (stop 48, perfrun48): a character range's tokens as
``doc.char_span(…, alignment_mode="expand")`` gives them, the English cue model's kept scores, the persuasion
sigmoid's bounds; sentences invented."""

import numpy as np

from newsloupe.ingest.layout import Part, build_article
from newsloupe.nlp import parse

_TEXTS = {
    "fr": [
        "  Selon Paul Orlandin, la criée de Vaudrille rouvrirait en mars.  ",
        "Le syndicat, qui a déclaré que les marins seraient consultés, attend.\u00a0",
    ],
    "en": [
        "Anna Brisk, who chairs the harbour board, said the pier would open in May.  ",
        "The council denied the claim that fees would rise. Why wait?\n",
    ],
}


def _doc(lang: str):
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.lexicon import get_lexicon

    parsed = parse(build_article("t", [Part("body", p) for p in _TEXTS[lang]], language=lang))
    return AttributionDoc(parsed.doc, get_lexicon(lang), parsed.article.text)


def _spacy(doc, s: int, e: int):
    try:
        span = doc.char_span(s, e, alignment_mode="expand")
    except (IndexError, ValueError) as err:
        return type(err).__name__
    return None if span is None else (span.start, span.end)


def _mine(d, s: int, e: int):
    try:
        return d.expanded(s, e)
    except (IndexError, ValueError) as err:
        return type(err).__name__


def test_expanded_ranges_are_spacys_expand_spans():
    for lang in ("fr", "en"):
        d = _doc(lang)
        size = len(d.doc.text)
        # every start and end among each token's start, second character, end and end with its space, the text's
        # edges and one past them
        points = sorted(
            {p for t in d.doc for p in (t.idx, t.idx + 1, t.idx + len(t), t.idx + len(t.text_with_ws))}
            | {-1, 0, size, size + 1}
        )
        pairs = [(s, e) for k, s in enumerate(points) for e in points[k:] if e - s <= 40]
        assert len(pairs) > 200
        assert [_mine(d, s, e) for s, e in pairs] == [_spacy(d.doc, s, e) for s, e in pairs]
        # a name's characters give its tokens; a range in a token's trailing space starts at the next token
        name = "Paul Orlandin" if lang == "fr" else "Anna Brisk"
        at = d.text.index(name)
        a, b = d.expanded(at, at + len(name))
        assert d.doc[a:b].text == name
        word = d.text.index("criée" if lang == "fr" else "pier")
        end = d.idx[d.token_at_char(word)] + len(d.tok[d.token_at_char(word)])
        assert d.expanded(end, end + 3)[0] == d.token_at_char(word) + 1
        assert d.token_at_char(size + 5) == -1


def test_kept_english_cue_scores_are_the_model_scores():
    from newsloupe.attribution.learned import cue_score, features, load_learned, score

    model = load_learned("en")
    assert model
    d = _doc("en")
    verbs = [t for t in d.doc if d.pos[t.i] in ("VERB", "ADJ")]
    assert len(verbs) >= 4
    for _ in range(2):  # (the second pass reads the kept scores)
        for qadj in (False, True):
            assert [cue_score(model, d, t, qadj) for t in verbs] == [score(model, features(d, t, qadj)) for t in verbs]
    said = next(t for t in verbs if t.lower_ == "said")
    assert cue_score(model, d, said, False) > model.get("threshold", 0.5)


def test_sigmoid_bounds_as_clip():
    from newsloupe.persuasion.model import sigmoid

    z = np.array([[-80.0, -30.0, -1.5, -0.0, 0.0, 2.25, 30.0, 95.0, np.nan]], dtype=np.float32)
    got = sigmoid(z)
    want = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    assert got.dtype == want.dtype == np.float32
    assert np.array_equal(got, want, equal_nan=True)
    assert got[0, 4] == 0.5
    assert sigmoid(np.float64(100.0)) == 1.0 / (1.0 + np.exp(-30.0))
