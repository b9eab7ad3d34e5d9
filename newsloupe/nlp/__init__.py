"""The nlp stage: parse an article once with spaCy, keeping offsets exact.

The text is cut at paragraph (line) boundaries, each chunk parsed with
``nlp.pipe`` and the docs joined with ``Doc.from_docs``, so that
``parsed.doc.text == article.text`` to the character, no entity or sentence
crosses a line, and long texts never hit spaCy's ``max_length``. A line longer
than :data:`MAX_PIECE_CHARS` (scraped text often has a single line) is cut
inside, at sentence ends, else clause ends, else spaces, else anywhere.

A text longer than :data:`MAX_ANALYSED_CHARS` (a whole book pasted as one article) is
analysed in its first :data:`MAX_ANALYSED_CHARS` characters only, cut at a paragraph or
sentence end: ``parsed.article`` is that beginning and ``parsed.full`` the whole article,
which the analysis keeps, with a note saying where the analysis stopped.

Paragraphs in another language than the article (an English caption in a
French article) are parsed again with their own pipeline, in
``parsed.segments``; analyzers read entities of those paragraphs from there.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from newsloupe.errors import NewsloupeError
from newsloupe.gcthreshold import raised_gen0
from newsloupe.lang import SPACY_LANGUAGES, SUPPORTED_LANGUAGES
from newsloupe.model import Article
from newsloupe.nlp.sentences import add_guard

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_LOCK = threading.Lock()
# Longest piece of text given to spaCy in one call (its max_length is 1,000,000; smaller
# pieces keep the parser's memory low, and sentences are far shorter). Pieces without spaces are cut shorter: the
# tokenizer's affix handling is slow on one enormous token.
MAX_PIECE_CHARS = 20_000
MAX_TOKEN_PIECE_CHARS = 200
# Characters given to ``nlp.pipe`` in one batch: spaCy's memory grows with a batch's size.
MAX_BATCH_CHARS = 20_000
# Longest text analysed in full (about 30,000 words, longer than any news article): the parse
# and the attribution rules take about 1 s of CPU per 10,000 characters, and spaCy's
# memory grows with the text, so a 5 MB one-line page would take minutes and gigabytes.
MAX_ANALYSED_CHARS = 200_000
_SENTENCE_END = re.compile(r"[.!?…。！？]+[\"'»”’)\]]*\s+")
_CLAUSE_END = re.compile(r"[,;:]\s+")
_SPACE = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S+")


@cache
def _load(lang: str) -> Language:
    import spacy

    name = SPACY_LANGUAGES.get(lang)
    with _no_gc_while_loading():
        if name is None:
            nlp = spacy.blank(lang)
            nlp.add_pipe("sentencizer")
            return nlp
        nlp = spacy.load(name)
        add_guard(nlp)
        return nlp


@contextlib.contextmanager
def _no_gc_while_loading() -> Iterator[None]:
    """Load a pipeline without the cycle collector, then leave what it made out of later collections.

    A pipeline is millions of long-lived objects (vocabulary, tokenizer rules, lookups):
    while it loads, the collector would run full collections over them (about 0.3 s of a
    French load), and every later full collection would walk them again. The threshold is
    raised rather than the collector disabled (srsly re-enables it after each msgpack
    read); ``gc.freeze`` then moves what lives at that moment to the permanent generation,
    still freed by reference counting. The few temporary cycles a load makes stay.
    """
    with raised_gen0(1 << 30):
        try:
            yield
        finally:
            gc.freeze()


def get_nlp(lang: str) -> Language:
    """Return the (cached) spaCy pipeline of a language.

    Languages with a trained pipeline (fr, en) get it; the other supported
    languages get spaCy's blank tokenizer with a rule-based sentencizer.
    """
    with _LOCK:
        nlp = _load(lang)
        if lang not in _LOADED:
            _BASE_STRINGS[lang] = len(nlp.vocab.strings)  # (before the pipeline is seen by memory_zone)
            _LOADED[lang] = nlp
        return _LOADED[lang]


_ZONE_LOCK = threading.RLock()
_LOADED: dict[str, Any] = {}
_BASE_STRINGS: dict[str, int] = {}  # strings of each loaded pipeline's own vocabulary


def any_loaded() -> bool:
    """Whether some analysis of this process has loaded a language pipeline already (a cold
    process has none: its first article waits for the models)."""
    return bool(_LOADED)


def loaded_nlp(lang: str) -> Language | None:
    """The spaCy pipeline of a language if some analysis has loaded it already, else None (never loads)."""
    return _LOADED.get(lang)


# New strings a loaded pipeline keeps beyond its own vocabulary before memory zones free
# them (about 0.7 KB each with their lexeme and tokenizer cache entry, so 35 MB a pipeline):
# the words a corpus uses again and again. spaCy's tokenizer caches no word first met
# inside a zone, so a zone from the first article would re-tokenize every word of every
# article by its affix rules (4 ms of a French article's 50).
KEEP_STRINGS = 50_000


@contextlib.contextmanager
def memory_zone(keep: int = KEEP_STRINGS) -> Iterator[None]:
    """Parse inside this block, and once a loaded pipeline's vocabulary has grown by ``keep``
    strings, the strings and lexemes the block's parses add to it are freed when the block
    ends (spaCy's memory zones): a long run over text full of new words (names, codes,
    garbage) no longer grows without end. Until then a block keeps what it adds (the
    tokenizer caches those words). No Doc, Span or Token of the block may be used after it;
    analyses (plain data) may. Blocks of one process run one at a time. spaCy's string store
    has one zone at a time, whatever the thread: a parse outside any block while another
    thread is inside one would lose its new strings at that block's end, so the analysis
    paths (batch workers, ``analyze`` over many inputs, the web API) parse inside blocks.

    keep (int): new strings a pipeline keeps before its blocks free theirs (0: free from the first).
    """
    with _ZONE_LOCK, contextlib.ExitStack() as stack:
        for lang, nlp in list(_LOADED.items()):
            if hasattr(nlp, "memory_zone") and len(nlp.vocab.strings) - _BASE_STRINGS.get(lang, 0) >= keep:
                stack.enter_context(nlp.memory_zone())
        yield


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
    full (Article | None): the whole article when ``article`` is only its beginning
        (texts longer than :data:`MAX_ANALYSED_CHARS`); None when it is whole.
    """

    article: Article
    doc: Doc | None
    segments: dict[int, Doc] = field(default_factory=dict)
    scratch: dict[str, Any] = field(default_factory=dict)
    full: Article | None = None

    @property
    def lang(self) -> str | None:
        """The article's language."""
        return self.article.language

    @property
    def has_model(self) -> bool:
        """Whether ``doc`` comes from a trained pipeline (POS, morphology, parse, NER)."""
        return has_model(self.lang)


def split_long(text: str, limit: int | None = None) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters that join back into it.

    Each cut falls after the last sentence end of the window, else the last clause end
    (``,;:``), else the last space; a window with none of them is cut at ``limit``, and
    runs without spaces longer than :data:`MAX_TOKEN_PIECE_CHARS` into chunks of that size.
    text (str): one paragraph (or any text).
    limit (int | None): the longest piece (default :data:`MAX_PIECE_CHARS`).
    RETURNS (list[str]): the pieces, in order; ``"".join(pieces) == text``.
    """
    limit = limit or MAX_PIECE_CHARS
    if len(text) <= limit:
        return _cut_long_tokens(text) if text else []
    pieces: list[str] = []
    pos, n = 0, len(text)
    while n - pos > limit:
        cut = _cut(text, pos, limit)
        pieces.append(text[pos : pos + cut])
        pos += cut
    if pos < n:
        pieces.append(text[pos:])
    return [run for piece in pieces for run in _cut_long_tokens(piece)]


def _cut(text: str, pos: int, limit: int) -> int:
    """Length of the piece of ``text`` starting at ``pos``: at most ``limit``, ending after the
    last sentence end of the window's second half, else clause end, else space, else ``limit``."""
    window = text[pos : pos + limit]
    for pattern in (_SENTENCE_END, _CLAUSE_END, _SPACE):
        cut = 0
        # The last match in the window's second half, so that pieces stay large.
        for m in pattern.finditer(window, limit // 2):
            cut = m.end()
        if cut:
            return cut
    return min(limit, len(window))


def clip_text(text: str, limit: int) -> str:
    """The beginning of ``text`` of at most ``limit`` characters, cut as :func:`split_long`
    cuts (sentence end, else clause end, else space), without its trailing spaces."""
    return text if len(text) <= limit else text[: _cut(text, 0, limit)].rstrip()


def clip_article(article: Article, limit: int | None = None) -> Article:
    """The beginning of ``article`` that is analysed when its text is too long.

    The cut falls at the end of the last paragraph in the second half of the first ``limit``
    characters, else as :func:`split_long` cuts; paragraphs, captions and the source line
    beyond it are dropped (the one across it is shortened). Offsets are unchanged.
    article (Article): an ingested article.
    limit (int | None): the longest text kept (default :data:`MAX_ANALYSED_CHARS`).
    RETURNS (Article): ``article`` itself when it is short enough, else a copy whose text is
        ``article.text[:cut]``.
    """
    limit = limit or MAX_ANALYSED_CHARS
    text = article.text
    if len(text) <= limit:
        return article
    ends = [p.end for p in article.paragraphs if limit // 2 <= p.end <= limit]
    cut = max(ends) if ends else _cut(text, 0, limit)
    paragraphs = [
        p if p.end <= cut else p.model_copy(update={"end": cut, "text": text[p.start : cut]})
        for p in article.paragraphs
        if p.start < cut
    ]
    source_line = article.source_line
    clipped = article.with_layout(paragraphs, [c for c in article.captions if c.end <= cut])
    return clipped.model_copy(
        update={
            "text": text[:cut],
            "source_line": source_line if source_line is None or source_line.end <= cut else None,
        }
    )


def _cut_long_tokens(piece: str) -> list[str]:
    """Cut runs of non-space characters longer than :data:`MAX_TOKEN_PIECE_CHARS` into
    pieces of that size (spaCy's tokenizer is slow on one enormous token)."""
    hard = MAX_TOKEN_PIECE_CHARS
    if len(piece) <= hard or all(len(w) <= hard for w in piece.split()):
        return [piece]
    out: list[str] = []
    pos = 0
    for m in _NON_SPACE.finditer(piece):
        if m.end() - m.start() <= hard:
            continue
        if m.start() > pos:
            out.append(piece[pos : m.start()])
        out += [piece[k : min(k + hard, m.end())] for k in range(m.start(), m.end(), hard)]
        pos = m.end()
    if pos < len(piece):
        out.append(piece[pos:])
    return out


def _chunks(article: Article) -> list[str]:
    """Cut the text so that each chunk holds one paragraph and the blank space after it
    (over-long paragraphs in several pieces, see :func:`split_long`)."""
    text = article.text
    starts = [p.start for p in article.paragraphs]
    if not starts:
        return split_long(text)
    bounds = [0, *starts[1:], len(text)]
    if starts[0] > 0:
        bounds = [0, starts[0], *starts[1:], len(text)]
    return [piece for a, b in itertools.pairwise(bounds) if b > a for piece in split_long(text[a:b])]


def _pipe(nlp: Language, pieces: list[str]) -> list[Doc]:
    """``nlp.pipe`` over ``pieces``, at most :data:`MAX_BATCH_CHARS` characters a call: one doc a piece."""
    docs: list[Doc] = []
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece) > MAX_BATCH_CHARS:
            docs.extend(nlp.pipe(batch))
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    docs.extend(nlp.pipe(batch))
    return docs


def _join(docs: list[Doc]) -> Doc:
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]


def parse_pieces(nlp: Language, pieces: list[str]) -> Doc:
    """Parse ``pieces`` with ``nlp.pipe`` and join them into one doc whose text is their concatenation."""
    return _join(_pipe(nlp, pieces))


def parse(article: Article) -> Parsed:
    """Parse ``article`` with the pipeline of its language.

    article (Article): an ingested article with ``language`` and ``paragraphs`` set.
    RETURNS (Parsed): the article and its docs; ``doc`` is None for languages
        newsloupe has no tokenizer for. A text longer than :data:`MAX_ANALYSED_CHARS` is
        parsed in its beginning only (:func:`clip_article`), the whole article in ``full``.
    """
    article, full, chunks = _prepared(article)
    if chunks is None:
        return Parsed(article=article, doc=None, full=full)
    return _parsed(article, full, parse_pieces(get_nlp(article.language or ""), chunks))


def parse_many(articles: list[Article]) -> list[Parsed | Exception]:
    """:func:`parse` of each article, the pieces of all the articles of one language given to
    ``nlp.pipe`` together (:data:`MAX_BATCH_CHARS` characters a call, as one article's): spaCy's
    set-up for each call and component, paid once an article by :func:`parse`, is then paid once
    for several. Same docs as :func:`parse` (every token's tag, morphology, head, label, lemma and
    entity: the models read each piece alone).

    RETURNS (list): per article, in order, its parse or the exception that stopped it; when a
        call over several articles fails, each of them is parsed alone, so that the error is
        its own article's.
    """
    out: list[Parsed | Exception | None] = [None] * len(articles)
    by_lang: dict[str, list[tuple[int, Article, Article | None, list[str]]]] = {}
    for k, article in enumerate(articles):
        try:
            clipped, full, chunks = _prepared(article)
        except Exception as err:
            out[k] = err
            continue
        if chunks is None:
            out[k] = Parsed(article=clipped, doc=None, full=full)
        else:
            by_lang.setdefault(clipped.language or "", []).append((k, clipped, full, chunks))
    for lang, jobs in by_lang.items():
        try:
            docs = _pipe(get_nlp(lang), [piece for _, _, _, chunks in jobs for piece in chunks])
        except Exception:
            for k, _, _, _ in jobs:
                try:
                    out[k] = parse(articles[k])
                except Exception as err:
                    out[k] = err
            continue
        at = 0
        for k, clipped, full, chunks in jobs:
            mine = docs[at : at + len(chunks)]
            at += len(chunks)
            try:
                out[k] = _parsed(clipped, full, _join(mine))
            except Exception as err:
                out[k] = err
    return [r if r is not None else NewsloupeError("the article was not parsed") for r in out]


def _prepared(article: Article) -> tuple[Article, Article | None, list[str] | None]:
    """The analysed part of ``article`` (:func:`clip_article`), the whole one when it was clipped,
    and the pieces to parse (None: no tokenizer for its language, or no text)."""
    whole = article
    article = clip_article(article)
    full = whole if article is not whole else None
    if article.language not in SUPPORTED_LANGUAGES or not article.text:
        return article, full, None
    return article, full, _chunks(article)


def _parsed(article: Article, full: Article | None, doc: Doc) -> Parsed:
    if doc.text != article.text:
        raise NewsloupeError("the parse did not keep the text exactly", input=article.input or article.id)
    lang = article.language
    segments: dict[int, Doc] = {}
    for i, para in enumerate(article.paragraphs):
        plang = para.attrs.language
        if plang and plang != lang and has_model(plang):
            segments[i] = parse_pieces(get_nlp(plang), split_long(para.text))
    return Parsed(article=article, doc=doc, segments=segments, full=full)
