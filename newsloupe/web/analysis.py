"""Analyse one submitted article and store it: input → Article → store → worker → store.

The server reuses the batch run's pieces: the article is stored with
:meth:`Store.add_article` (each article once), analysed by
:func:`newsloupe.batch.worker.analyze_payload` and saved with
:meth:`Store.save_result`, so an article analysed on the page and one analysed
by ``newsloupe run`` are the same rows. Analyses run in worker processes (the
models loaded once in each) or, with ``workers=0``, in one thread of the server
process, one at a time (spaCy pipelines are not documented as thread-safe).
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field, model_validator

from newsloupe import errors
from newsloupe.batch.worker import analyze_payload, warm_up
from newsloupe.errors import BadInput, NewsloupeError
from newsloupe.lang import SUPPORTED_LANGUAGES
from newsloupe.model import Article
from newsloupe.threads import one_numeric_thread


class AnalyzeRequest(BaseModel):
    """The body of ``POST /api/analyze``: exactly one of ``text``, ``html`` or ``url``."""

    text: str | None = Field(default=None, description="the article as plain text (title on the first line)")
    html: str | None = Field(default=None, description="the article as a web page")
    url: str | None = Field(default=None, description="an http(s) URL to fetch (public addresses only)")
    lang: str | None = Field(default=None, description="force the language: " + ", ".join(SUPPORTED_LANGUAGES))
    outlet: str | None = Field(default=None, description="the publishing outlet")
    title: str | None = Field(default=None, description="the headline, when the text does not start with it")
    published: str | None = Field(default=None, description="publication date, ISO 8601")

    @model_validator(mode="after")
    def _one_source(self) -> AnalyzeRequest:
        given = [k for k in ("text", "html", "url") if getattr(self, k) not in (None, "")]
        if not given and any(getattr(self, k) is not None for k in ("text", "html", "url")):
            raise ValueError("the text is empty: give the article in 'text' or 'html', or a 'url'")
        if len(given) != 1:
            raise ValueError("give exactly one of 'text', 'html' or 'url'")
        return self


@dataclass
class Submission:
    """What a user submitted: pasted text or HTML, a URL, or a file's bytes."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    data: bytes | None = None
    filename: str | None = None
    lang: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None

    @classmethod
    def from_request(cls, req: AnalyzeRequest) -> Submission:
        """From the API's JSON body (lone surrogates, which JSON can escape, become U+FFFD)."""
        from newsloupe.ingest import scrub_surrogates

        return cls(**{k: scrub_surrogates(v) if isinstance(v, str) else v for k, v in req.model_dump().items()})


def to_article(sub: Submission, *, allow_private: bool) -> Article:
    """Ingest a submission (blocking: parses HTML, fetches URLs).

    RETURNS (Article): the ingested article, ``input`` naming where it came from.
    RAISES (BadInput): empty, unreadable, private URL, unsupported language…
    """
    from newsloupe.ingest import article_from_bytes, content_id, iter_items, looks_like_html, scrub_surrogates
    from newsloupe.ingest.language import check_forced_language

    lang = check_forced_language(sub.lang) if (sub.lang or "").strip() else None
    if sub.url:
        url = sub.url.strip()
        if not url[:8].lower().startswith(("http://", "https://")):  # "HTTPS://…" too, as the CLI
            raise BadInput("only http(s) URLs can be analysed", input=url, code=errors.E_URL, key="url_scheme")
        items = list(iter_items([url], allow_private=allow_private))
        if not items or items[0].article is None:
            raise (items[0].error if items and items[0].error else BadInput("no article at this URL", input=url))
        art = items[0].article
        source = url
    else:
        if sub.data is not None:
            raw = sub.data
            name = sub.filename or "upload"
            kind = "html" if name.lower().endswith((".html", ".htm")) else None
        else:
            content = scrub_surrogates(sub.text if sub.text is not None else sub.html or "")
            raw = content.encode("utf-8")
            name = "pasted text" if sub.text is not None else "pasted html"
            kind = "html" if sub.html is not None else "text"
            if kind == "text" and looks_like_html(content[:4000]) and content.lstrip().startswith("<"):
                kind = "html"
        if not raw.strip():
            raise BadInput(
                "the input is empty: paste an article, choose a file or give a URL", code=errors.E_EMPTY, key="empty"
            )
        source = name
        art = article_from_bytes(raw, article_id=content_id(raw, "web"), source=name, kind=kind)
    meta: dict[str, Any] = {"input": art.input or source}
    if lang:
        # "given": the analysis forces it as the CLI's --lang does (the reduced analysis of es, pt…)
        meta.update(language=lang, language_source="given")
    if sub.outlet and sub.outlet.strip():
        meta["outlet"] = sub.outlet.strip()
    if sub.title and sub.title.strip():
        meta["title"] = " ".join(sub.title.split())
    if sub.published and sub.published.strip():
        from newsloupe.ingest.dates import normalise_iso

        iso = normalise_iso(sub.published.strip())
        if not iso:
            raise BadInput(
                f"cannot read the date {sub.published!r}; use YYYY-MM-DD",
                code=errors.E_FORMAT,
                key="bad_date",
                params={"date": sub.published},
            )
        meta["published"] = iso
    art = art.model_copy(update=meta)
    refuse_early(art)
    return art


def refuse_early(art: Article) -> None:
    """Raise now what the analysis would refuse for the input itself (a text of symbols, a language
    newsloupe does not analyse), so that a refused submission is never stored.

    RAISES (BadInput): as :func:`newsloupe.pipeline.prepare_article` would.
    """
    from newsloupe.ingest.language import detect_language
    from newsloupe.pipeline import check_words

    check_words(art)
    detect_language(art)


class Analyser:
    """Runs :func:`analyze_payload` off the event loop.

    workers (int): worker processes; 0 analyses in one thread of this process.
    timeout (float): seconds one analysis may take.
    """

    def __init__(self, workers: int = 1, timeout: float = 300.0, analyzers: list[str] | None = None) -> None:
        self.workers = workers
        self.timeout = timeout
        self.analyzers = analyzers
        self._executor: Executor | None = None
        self.warmup: asyncio.Future[Any] | None = None

    def _new_executor(self) -> Executor:
        if self.workers == 0:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsloupe-analysis")
        one_numeric_thread()
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=warm_up,
            initargs=(self.analyzers,),
        )

    def start(self, *, warm: bool = True) -> None:
        """Start the workers and, with ``warm``, begin loading the models (without waiting for them)."""
        if self._executor is None:
            self._executor = self._new_executor()
            if warm:
                # One call per worker: the pool starts a process for each call it cannot give an idle one.
                loop = asyncio.get_running_loop()
                n = max(1, self.workers)
                calls = [loop.run_in_executor(self._executor, warm_up, self.analyzers) for _ in range(n)]
                self.warmup = asyncio.gather(*calls)

    async def run(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Analyse one work item (see :meth:`Store.payloads`); RETURNS the worker's result dict."""
        if self._executor is None:
            self.start(warm=False)
        assert self._executor is not None
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._executor, analyze_payload, payload), self.timeout)
        except BrokenProcessPool:
            # A worker died (out of memory, a crash in native code): start new ones for the next request.
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
            raise NewsloupeError("the analysis worker died; try again", code=errors.E_PIPELINE) from None
        except TimeoutError:
            raise NewsloupeError(f"the analysis took more than {self.timeout:.0f} s", code=errors.E_PIPELINE) from None

    def close(self) -> None:
        """Stop the workers (the analyses under way finish; queued ones are dropped)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def result_error(result: dict[str, Any], input: str | None = None) -> NewsloupeError:
    """The error of a worker result that has no analysis (``lang-unsupported``, ``empty-input``…)."""
    code = result.get("code") or errors.E_PIPELINE
    cls: type[NewsloupeError] = BadInput if code < errors.E_ANALYZER else NewsloupeError
    return cls(result.get("reason") or result.get("status") or "the analysis failed", code=code, input=input)
