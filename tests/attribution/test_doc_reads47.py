"""The attribution document's reads off the token table (stop 47, perfrun47): a sentence's question mark, a span's
text, a token's features, each the same as spaCy's ``Span``/``Token`` gives; sentences invented."""

from newsloupe.ingest.layout import Part, build_article
from newsloupe.nlp import parse

_TEXTS = {
    "fr": [
        "Le maire de Vaudrille a-t-il vraiment promis un nouveau port ?  ",
        "Selon Paul Orlandin, la criée rouvrirait en mars. Vous y croyez ?",
        "Il a déclaré que les marins seraient consultés.",
    ],
    "en": [
        "Do you think the mayor of Vaudrille will keep his promise?\u00a0",
        "She said the harbour would reopen in March. Why wait?",
        "The council was adding a second pier, Anna Brisk said.",
    ],
}


def _doc(lang: str):
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.lexicon import get_lexicon

    parsed = parse(build_article("t", [Part("body", p) for p in _TEXTS[lang]], language=lang))
    return AttributionDoc(parsed.doc, get_lexicon(lang), parsed.article.text)


def test_question_sentence_is_the_sentence_text_ending_with_a_question_mark():
    for lang in ("fr", "en"):
        d = _doc(lang)
        got = [d.question_sentence(i) for i in range(d.n)]
        assert got == [d.doc[i].sent.text.rstrip().endswith("?") for i in range(d.n)]
        # the first and fourth sentences ask, the others do not
        assert got[0] is True
        assert False in got
        first_word_of_last = max(i for i in range(d.n) if not d.space[i] and d.tok[i][:1].isupper())
        assert got[first_word_of_last] is False


def test_speaker_text_and_features_as_spacy_gives_them():
    from newsloupe.attribution.speakers import People

    for lang in ("fr", "en"):
        d = _doc(lang)
        people = People(d)
        spans = [(a, b) for a in range(d.n) for b in range(a + 1, min(a + 5, d.n) + 1) if d.tok[b - 1].isalnum()]
        # (spans ending in a word: no possessive mark to cut)
        assert [people._text(a, b) for a, b in spans] == [d.doc[a:b].text.strip() for a, b in spans]
        assert people._text(0, 2) == d.doc[0:2].text
        assert len(spans) > 40
        for t in d.doc:
            for feat in ("Mood", "VerbForm", "Tense", "PronType"):
                for v in ("Cnd", "Fin", "Imp", "Pres", "Part", "Rel", "Ind"):
                    assert d.has_morph(t.i, feat, v) == (v in t.morph.get(feat))
        assert any(d.has_morph(i, "VerbForm", "Fin") for i in range(d.n))
