"""The pipeline: ingest → language → nlp → analyzers, for one article or a stream.

``analyze`` raises on bad input; ``analyze_many`` never does: it yields one
:class:`Outcome` per input item, the analysis or the error that stopped it.
Analyzer failures are raised (``on_error="raise"``, used by tests) or recorded
as a typed :class:`~newsloupe.model.AnalyzerFailure` in ``analysis.failures`` (and a
readable line in ``notes``) while the other analyzers go on (``"record"``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Literal

from newsloupe import errors
from newsloupe import nlp as nlp_stage
from newsloupe.analyzers import AnalyzerInfo, build_pipeline
from newsloupe.errors import AnalyzerError, BadInput, NewsloupeError
from newsloupe.gcthreshold import raised_gen0
from newsloupe.ingest import Item, article_from_bytes, content_id, guarded, iter_items
from newsloupe.ingest.language import detect_language
from newsloupe.lang import load_data
from newsloupe.model import Analysis, AnalyzerFailure, Article
from newsloupe.nlp import Parsed, any_loaded, has_model, memory_zone, parse, parse_many

OnError = Literal["raise", "record"]


@dataclass
class Outcome:
    """One input item's result: an analysis, or the error that stopped it."""

    source: str
    analysis: Analysis | None = None
    error: NewsloupeError | None = None

    def __post_init__(self) -> None:
        errors.release(self.error)  # kept outcomes hold no frames (a parse, a download) alive

    @property
    def ok(self) -> bool:
        """True when the item was analysed."""
        return self.analysis is not None


def prepare_article(article: Article, *, lang: str | None = None) -> Parsed:
    """Identify the language (or force ``lang``), tidy the title and parse: what analyzers read.

    RAISES (NewsloupeError): the text holds almost no letters, the language is unsupported or
        the text cannot be parsed.
    """
    return parse(identify(article, lang=lang))


def identify(article: Article, *, lang: str | None = None) -> Article:
    """:func:`prepare_article` short of the parse: the text checked, the language identified
    (or ``lang`` forced), the title tidied."""
    check_words(article)
    article = detect_language(article, given=lang)
    if article.title:
        article = article.model_copy(update={"title": " ".join(article.title.split())})
    return article


# A text longer than this with fewer letters than MIN_LETTER_SHARE of its characters is no
# article ("[[[[…", a page of symbols): refused before a parse that would take minutes.
MIN_LETTERS_CHECKED = 2_000
MIN_LETTER_SHARE = 0.1


def check_words(article: Article) -> None:
    text = article.text
    if len(text) < MIN_LETTERS_CHECKED:
        return
    sample = text[:200_000]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < MIN_LETTER_SHARE * len(sample):
        raise BadInput(
            f"the text holds almost no words ({letters:,} letters in {len(sample):,} characters)",
            input=article.input or article.id,
            code=errors.E_NO_TEXT,
            key="no_text",
            params={"letters": letters, "chars": len(sample)},
        )


# Fields an analysis adds to its article, and their defaults.
_ANALYSIS_ONLY = [(n, f) for n, f in Analysis.model_fields.items() if n not in Article.model_fields]


def _new_analysis(article: Article) -> Analysis:
    """An empty analysis of ``article``, whose fields are shared, not dumped and validated again.

    The defaults are filled here: pydantic's ``model_construct`` inspects the signature of each
    default factory on every call (about 1.5 ms an article).
    """
    values = dict(article)
    fields_set = set(values)
    for name, info in _ANALYSIS_ONLY:
        values[name] = info.default_factory() if info.default_factory is not None else info.default  # type: ignore[call-arg]
    return Analysis.model_construct(_fields_set=fields_set, **values)


SHORT_TEXT_CHARS = 20  # a text shorter than this (spaces aside) gets a note: a cut file, not an article


class _Run:
    """One article on its way through the analyzers: the analysis so far, its notes and failures."""

    __slots__ = ("analysis", "failures", "notes", "on_error", "parsed")

    def __init__(self, parsed: Parsed, on_error: OnError) -> None:
        self.parsed = parsed
        self.on_error = on_error
        self.analysis = _new_analysis(parsed.article)
        self.notes: list[str] = []
        self.failures: list[AnalyzerFailure] = []
        language = parsed.article.language
        article = parsed.article
        size = len(article.text.strip())
        if size < SHORT_TEXT_CHARS:
            # a cut file (a UTF-16 file of four characters) reads like an article: say so
            self.notes.append(
                f"{article.input or article.id}: the text is only {size} character(s) long, too short for an "
                "article: is the file cut or truncated?"
            )
        if not has_model(language) and load_data(language, "reports"):
            self.notes.append(  # de, it, pl, ru: reporting verbs and hedges from word lists (reports_multi)
                f"no trained spaCy pipeline for {language!r}: entities and the outlet's unsourced assertions were "
                "skipped, attributions and hedges come from a reduced set of word rules; direct quotes, dates, "
                "places by gazetteer and techniques still run"
            )
        elif not has_model(language):
            self.notes.append(
                f"no trained spaCy pipeline for {language!r}: entities, indirect attributions and hedges "
                "were skipped; direct quotes, dates, places by gazetteer and techniques still run"
            )

    def step(self, info: AnalyzerInfo) -> None:
        """Run one analyzer and assign its findings (or record its failure)."""
        analysis = self.analysis
        try:
            result = info.func(self.parsed, analysis)
            unknown = set(result) - set(info.assigns)
            if unknown:
                raise AnalyzerError(f"analyzer {info.name!r} returned fields it does not assign: {sorted(unknown)}")
            untyped = [
                f
                for f, v in result.items()
                if isinstance(v, dict) or (isinstance(v, list) and any(map(isinstance, v, repeat(dict))))
            ]
            if untyped:
                raise AnalyzerError(f"analyzer {info.name!r} returned dicts instead of typed findings for {untyped}")
            result_notes = result.pop("notes", None) if "notes" in info.assigns else None
            updated = analysis.model_copy()
            updated.assign_all(result)
        except NewsloupeError:
            raise
        except Exception as err:  # one analyzer's bug must not lose the article in a batch
            if self.on_error == "raise":
                article = self.parsed.article
                raise AnalyzerError(
                    f"analyzer {info.name!r} failed: {type(err).__name__}: {err}", input=article.input or article.id
                ) from err
            failure = AnalyzerFailure(
                analyzer=info.name, code=errors.E_ANALYZER, message=f"{type(err).__name__}: {str(err)[:300]}"
            )
            self.failures.append(failure)
            self.notes.append(failure.note())
            return
        if result_notes:
            self.notes.extend(result_notes)
        updated.pipeline[info.name] = info.version
        self.analysis = updated

    def finish(self) -> Analysis:
        """The analysis with every finding, notes and failures."""
        analysis, notes = self.analysis, self.notes
        if self.parsed.full is not None:
            analysis, note = _whole_text(analysis, self.parsed.full)
            notes.append(note)
        if notes or self.failures:
            analysis = analysis.model_copy(update={"notes": [*analysis.notes, *notes], "failures": self.failures})
        return analysis


def run_analyzers(parsed: Parsed, steps: list[AnalyzerInfo], *, on_error: OnError = "raise") -> Analysis:
    """Run ``steps`` in order on a parsed article; RETURNS the analysis with every finding."""
    run = _Run(parsed, on_error)
    for info in steps:
        run.step(info)
    return run.finish()


def _whole_text(analysis: Analysis, full: Article) -> tuple[Analysis, str]:
    """Put the whole text of a too-long article back into the analysis of its beginning.

    RETURNS (tuple): the analysis with ``full``'s text, paragraphs, captions (those beyond the
        cut without analysis) and source line; the note that says where the analysis stopped.
    """
    cut = len(analysis.text)
    rest = [c for c in full.captions if c.end > cut]
    whole = analysis.with_layout(full.paragraphs, [*analysis.captions, *rest]).model_copy(
        update={"text": full.text, "source_line": full.source_line}
    )
    note = (
        f"the text is {len(full.text):,} characters long: only its first {cut:,} characters were analysed "
        f"(limit {nlp_stage.MAX_ANALYSED_CHARS:,}); the rest is kept in the text, without findings"
    )
    return whole, note


def analyze_article(
    article: Article,
    *,
    lang: str | None = None,
    analyzers: list[str] | None = None,
    on_error: OnError = "raise",
    pipeline: list[AnalyzerInfo] | None = None,
) -> Analysis:
    """Analyse an ingested article.

    article (Article): from :mod:`newsloupe.ingest`.
    lang (str | None): force the language instead of detecting it.
    analyzers (list[str] | None): analyzer names; None runs every built-in one.
    on_error (str): "raise" an analyzer's failure, or "record" it as a note and go on.
    RETURNS (Analysis): the article with every analyzer's findings.
    """
    steps = pipeline if pipeline is not None else build_pipeline(analyzers)
    return run_analyzers(prepare_article(article, lang=lang), steps, on_error=on_error)


# Allocations between young collections while the analyzers run (Python's default: 700).
ANALYZER_GC_GEN0 = 100_000


def analyze_batch(
    articles: list[Article],
    *,
    pipeline: list[AnalyzerInfo],
    on_error: OnError = "record",
    timings: dict[str, float] | None = None,
) -> list[Analysis | Exception]:
    """Analyse several articles together: each is parsed, then every analyzer with a
    ``prepare`` hook sees the whole batch at once (the encoder embeds all the batch's texts
    in one call), then each article runs the pipeline as :func:`analyze_article` does.

    timings: when given, ``timings["parse_cpu"]`` grows by the CPU seconds spent in
        :func:`prepare_article` (language identification and parse).
    RETURNS (list): per article, in order, its analysis or the exception that stopped it
        (the batch itself never raises).
    """
    parsed = parse_batch(articles, timings=timings)
    # The analyzers make many small objects that die young (strings, tuples, findings): a young
    # collection every 700 allocations walked the survivors again and again, so they run with
    # collections spaced out (same outputs); the parse keeps the default (the benchmark's baseline).
    with raised_gen0(ANALYZER_GC_GEN0):
        return analyze_parsed(parsed, pipeline, on_error)


def parse_batch(articles: list[Article], *, timings: dict[str, float] | None = None) -> list[Parsed | Exception]:
    """:func:`prepare_article` of each article (the first half of :func:`analyze_batch`), the parses
    together (:func:`~newsloupe.nlp.parse_many`).

    timings: as :func:`analyze_batch`'s.
    RETURNS (list): per article, in order, its parse or the exception that stopped it.
    """
    c0 = time.process_time()
    ready: list[Article | Exception] = []
    for article in articles:
        try:
            ready.append(identify(article))
        except Exception as err:
            ready.append(err)
    # the articles' pieces parsed together (parse_many: same docs as each article's parse)
    docs = iter(parse_many([a for a in ready if not isinstance(a, Exception)]))
    parsed: list[Parsed | Exception] = [a if isinstance(a, Exception) else next(docs) for a in ready]
    if timings is not None:
        timings["parse_cpu"] = timings.get("parse_cpu", 0.0) + time.process_time() - c0
    return parsed


def analyze_parsed(
    parsed: list[Parsed | Exception], pipeline: list[AnalyzerInfo], on_error: OnError = "record"
) -> list[Analysis | Exception]:
    """The second half of :func:`analyze_batch`: the analyzers over a batch of :func:`parse_batch`'s
    parses, each article's exception kept in its place. The caller chooses the collector's
    thresholds (:func:`analyze_batch` raises generation 0's, :data:`ANALYZER_GC_GEN0`)."""
    return _analyze_parsed(parsed, [p for p in parsed if isinstance(p, Parsed)], pipeline, on_error)


def _analyze_parsed(
    parsed: list[Parsed | Exception], ready: list[Parsed], pipeline: list[AnalyzerInfo], on_error: OnError
) -> list[Analysis | Exception]:
    for info in pipeline:
        if info.prepare is not None and ready:
            # Only a speed-up: an article the hook could not prepare is done by its own call,
            # which reports any error it meets.
            with contextlib.suppress(Exception):
                info.prepare(ready)
    # Analyzer by analyzer over the batch, each article's analyzers in pipeline order: an
    # analyzer's tables and code stay in the CPU caches across the batch (same findings).
    runs: list[_Run | Exception] = [p if isinstance(p, Exception) else _Run(p, on_error) for p in parsed]
    for info in pipeline:
        for k, r in enumerate(runs):
            if isinstance(r, _Run):
                try:
                    r.step(info)
                except Exception as err:
                    runs[k] = err
    out: list[Analysis | Exception] = []
    for r in runs:
        if isinstance(r, Exception):
            out.append(r)
            continue
        try:
            out.append(r.finish())
        except Exception as err:
            out.append(err)
    return out


def analyze(
    source: str | Path | Article | None = None,
    *,
    text: str | None = None,
    html: str | bytes | None = None,
    lang: str | None = None,
    analyzers: list[str] | None = None,
    allow_private: bool = False,
    article_id: str | None = None,
) -> Analysis:
    """Analyse one article given as a path, URL, Article, or as ``text=`` / ``html=``.

    RETURNS (Analysis): the analysis (pydantic model; ``.to_json()`` for the JSON document).
    RAISES (NewsloupeError): the input is missing, unreadable or unsupported.
    """
    if isinstance(source, Article):
        return analyze_article(source, lang=lang, analyzers=analyzers)
    if text is not None or html is not None:
        data = (text if text is not None else html) or ""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        aid = article_id or content_id(raw, "doc")
        if text is not None:
            from newsloupe.ingest.text import parse_text, refuse_binary_text

            if not text.strip():
                raise BadInput("the text is empty", input=aid, code=errors.E_EMPTY)
            refuse_binary_text(text, source=aid)
            art = parse_text(text, article_id=aid, source=aid)
        else:
            art = article_from_bytes(raw, article_id=aid, source=aid, kind="html")
        return analyze_article(art, lang=lang, analyzers=analyzers)
    if source is None:
        raise BadInput("give a path, a URL, text= or html=")
    items = list(iter_items([str(source)], allow_private=allow_private))
    for item in items:
        if item.error:
            raise item.error
    if len(items) != 1 or items[0].article is None:
        raise BadInput(f"{source} holds {len(items)} articles; use analyze_many()", input=str(source))
    return analyze_article(items[0].article, lang=lang, analyzers=analyzers)


def analyze_many(
    inputs: Iterable[str | Path | Article],
    *,
    lang: str | None = None,
    analyzers: list[str] | None = None,
    allow_private: bool = False,
    on_error: OnError = "record",
    on_cold: Callable[[], None] | None = None,
) -> Iterator[Outcome]:
    """Analyse a stream of inputs; yields one :class:`Outcome` per article or failure.

    inputs: paths, folders, corpus files, URLs, ``-`` or Article objects, in order.
    on_cold: called once, right before the first article is analysed, when this process has
        loaded no language pipeline yet (the models load then: seconds to tens of seconds).
    RETURNS (Iterator[Outcome]): outcomes in input order; nothing raises for bad items.
    """
    steps = build_pipeline(analyzers)

    seen: set[Path] = set()

    def items() -> Iterator[Item]:
        for inp in inputs:
            if isinstance(inp, Article):
                yield Item(inp.input or inp.id, article=inp)
            else:
                yield from guarded(str(inp), iter_items([str(inp)], allow_private=allow_private, seen=seen))

    for item in items():
        if item.article is None:
            err = item.error or BadInput("no article", input=item.source)
            yield Outcome(item.source, error=errors.internal(err, input=item.source))
            continue
        if on_cold is not None:
            if not any_loaded():
                on_cold()
            on_cold = None
        try:
            # as the batch workers: past KEEP_STRINGS, the strings this parse adds to spaCy's
            # vocabulary are freed after it (a stream of texts full of new words no longer grows
            # the process)
            with memory_zone():
                result = analyze_article(item.article, lang=lang, pipeline=steps, on_error=on_error)
        except Exception as err:  # a bug costs this article, not the stream
            yield Outcome(item.source, error=errors.internal(err, input=item.source, stage="analysis"))
            continue
        yield Outcome(item.source, analysis=result)
