"""The nlp stage: parse an article once with spaCy, keeping offsets exact.

The text is cut at paragraph (line) boundaries, each chunk parsed with
``nlp.pipe`` and the docs joined with ``Doc.from_docs``, so that
``parsed.doc.text == article.text`` to the character, no entity or sentence
crosses a line, and long texts never hit spaCy's ``max_length``.

Paragraphs in another language than the article (an English caption in a
French article) are parsed again with their own pipeline, in
``parsed.segments``; analyzers read entities of those paragraphs from there.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from newsloupe.lang import SPACY_LANGUAGES, SUPPORTED_LANGUAGES
from newsloupe.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_LOCK = threading.Lock()


@cache
def _load(lang: str) -> Language:
    import spacy

    name = SPACY_LANGUAGES.get(lang)
    if name is None:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        return nlp
    return spacy.load(name)


def get_nlp(lang: str) -> Language:
    """Return the (cached) spaCy pipeline of a language.

    Languages with a trained pipeline (fr, en) get it; the other supported
    languages get spaCy's blank tokenizer with a rule-based sentencizer.
    """
    with _LOCK:
        return _load(lang)


def has_model(lang: str | None) -> bool:
    """True when ``lang`` has a trained spaCy pipeline (tagger, parser, NER)."""
    return lang in SPACY_LANGUAGES


@dataclass
class Parsed:
    """An article with its spaCy parse: what every analyzer reads.

    article (Article): the ingested article (its text is ``doc.text``).
    doc (Doc | None): the parse of the whole text in the article's language.
    segments (dict[int, Doc]): paragraph index -> parse in the paragraph's own
        language, for paragraphs in another language with a trained pipeline.
    scratch (dict[str, Any]): analyzer name -> work its batch hook did for this article.
    """

    article: Article
    doc: Doc | None
    segments: dict[int, Doc] = field(default_factory=dict)
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> str | None:
        """The article's language."""
        return self.article.language

    @property
    def has_model(self) -> bool:
        """Whether ``doc`` comes from a trained pipeline (POS, morphology, parse, NER)."""
        return has_model(self.lang)


def _chunks(article: Article) -> list[str]:
    """Cut the text so that each chunk holds one paragraph and the blank space after it."""
    text = article.text
    starts = [p.start for p in article.paragraphs]
    if not starts:
        return [text] if text else []
    bounds = [0, *starts[1:], len(text)]
    if starts[0] > 0:
        bounds = [0, starts[0], *starts[1:], len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def parse(article: Article) -> Parsed:
    """Parse ``article`` with the pipeline of its language.

    article (Article): an ingested article with ``language`` and ``paragraphs`` set.
    RETURNS (Parsed): the article and its docs; ``doc`` is None for languages
        newsloupe has no tokenizer for.
    """
    lang = article.language
    if lang not in SUPPORTED_LANGUAGES or not article.text:
        return Parsed(article=article, doc=None)
    from spacy.tokens import Doc

    nlp = get_nlp(lang)
    docs = list(nlp.pipe(_chunks(article)))
    doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
    assert doc.text == article.text, "parse must keep the text exactly"
    segments: dict[int, Doc] = {}
    for i, para in enumerate(article.paragraphs):
        plang = para.language
        if plang and plang != lang and has_model(plang):
            segments[i] = get_nlp(plang)(article.text[para.start : para.end])
    return Parsed(article=article, doc=doc, segments=segments)
