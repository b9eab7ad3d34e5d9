"""The central object of the web app, :class:`Loupe`.

As Datasette's ``Datasette`` object, :class:`Loupe` owns everything a request
needs: the settings, the store (one writer thread for every write, one read
connection per server thread), the analysis workers, the Jinja environment and
the UI strings. Views, the API, the CLI and the tests reach state through it
(views through :mod:`newsloupe.web.deps`); nothing lives in module globals.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.types import Scope

from newsloupe import errors
from newsloupe.errors import NewsloupeError, NotFound
from newsloupe.lang import ATTRIBUTION_LANGUAGES, ENCODER_ONLY_LANGUAGES, SUPPORTED_LANGUAGES
from newsloupe.store import Store
from newsloupe.store.ingest import guess_language
from newsloupe.web import queries
from newsloupe.web.analysis import Analyser, Submission, result_error, to_article
from newsloupe.web.i18n import Translator, negotiate
from newsloupe.web.settings import Settings

T = TypeVar("T")
STATIC_MAX_AGE = 3600


class Loupe:
    """Owns the store, the analysis workers, templates and strings of one web app.

    settings (Settings): see :mod:`newsloupe.web.settings`.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.db)
        self.analyser = Analyser(settings.workers, settings.analysis_timeout, settings.analyzer_names)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsloupe-writer")
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._near: Any = None
        self._version: str | None = None
        self.started = time.time()
        self.env = Environment(
            loader=PackageLoader("newsloupe.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals["urlencode"] = urlencode

    # -- store ---------------------------------------------------------------

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection to the store (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.store.reader()
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    async def read(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func(connection, *args)`` on a server thread with that thread's read connection."""
        return await asyncio.to_thread(lambda: func(self.reader(), *args))

    async def write(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``func`` on the store's one writer thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, lambda: func(*args, **kwargs))

    @property
    def pipeline_version(self) -> str:
        """The version of the pipeline the server analyses with."""
        if self._version is None:
            from newsloupe.batch.worker import pipeline_version

            self._version = pipeline_version(self.settings.analyzer_names)
        return self._version

    def _register(self) -> None:
        from newsloupe.batch.worker import pipeline_spec

        names = self.settings.analyzer_names
        self.store.register_pipeline(self.pipeline_version, pipeline_spec(tuple(names) if names else None))
        self._near = self.store.near_duplicates()

    def _add(self, article: Any) -> Any:
        if self._near is None:
            self._near = self.store.near_duplicates()
        return self.store.add_article(article, near=self._near, language=guess_language(article))

    # -- analysis ------------------------------------------------------------

    async def analyze(self, sub: Submission) -> dict[str, Any]:
        """Ingest, store and analyse one submission.

        RETURNS (dict): ``id`` (the store's article id), ``status`` (``new``, ``same-url`` or
            ``same-content``: an article already stored is analysed only if the current
            pipeline has not analysed it yet), ``analysis`` (the analysis document).
        RAISES (NewsloupeError): bad input, or an analysis that produced nothing.
        """
        try:
            article = await asyncio.to_thread(to_article, sub, allow_private=self.settings.allow_private)
        except Exception as err:  # a bug in ingestion: this submission's error, with its name
            raise errors.internal(
                err, input=sub.url or sub.filename or "the submitted article", stage="ingestion"
            ) from None
        added = await self.write(self._add, article)
        version = self.pipeline_version
        if added.status == "new" or not await self.read(queries.analysed_ok, added.id, version):
            payload = await asyncio.to_thread(self._payload, added.id, version)
            result = await self.analyser.run(payload)
            result = await self.write(self._fact_checks, result)
            await self.write(self.store.save_result, result)
            await self.write(self._assign_stories)
            if result.get("analysis") is None:
                raise result_error(result, input=article.input)
        rec = await self.read(queries.article_record, added.id)
        if rec is None or rec["analysis"] is None:
            raise NotFound(f"article {added.id} has no analysis")
        return {"id": added.id, "status": added.status, "record": rec}

    def _fact_checks(self, result: dict[str, Any]) -> dict[str, Any]:
        """The result with its analysis matched against the store's fact-check memory."""
        from newsloupe.factchecks.hook import matched_result
        from newsloupe.factchecks.match import load_memory

        return matched_result(result, load_memory(self.store.conn, path=str(self.store.path)))

    def _assign_stories(self) -> None:
        import logging

        from newsloupe.stories.hook import assign_pending

        for aid, why in assign_pending(self.store).items():  # the article stays; a later run tries again
            logging.getLogger("newsloupe").warning("article %s: its story could not be assigned (%s)", aid, why)

    def _payload(self, aid: int, version: str) -> dict[str, Any]:
        return next(self.store.payloads([aid], version=version, analyzers=self.settings.analyzer_names))

    # -- lifecycle -----------------------------------------------------------

    async def startup(self) -> None:
        """Start the analysis workers (loading their models in the background) and register the pipeline."""
        self.analyser.start(warm=self.settings.workers > 0)
        await self.write(self._register)

    async def shutdown(self) -> None:
        """Stop the workers and close every connection."""
        self.analyser.close()
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        await self.write(self.store.close)
        self._writer.shutdown(wait=True)

    # -- pages ---------------------------------------------------------------

    def lang_of(self, request: Request) -> str:
        """The UI language of a request (``?lang=``, cookie, Accept-Language, default)."""
        return negotiate(
            request.query_params.get("lang"),
            request.cookies.get("lang"),
            request.headers.get("accept-language"),
            self.settings.language,
        )

    def page(
        self,
        request: Request,
        template: str,
        context: dict[str, Any],
        *,
        json_url: str | None = None,
        status: int = 200,
    ) -> HTMLResponse:
        """Render ``template`` with the common context; link the page's JSON twin."""
        lang = self.lang_of(request)
        t = Translator(lang)
        here = dict(request.query_params)
        here.pop("lang", None)

        def switch(to: str) -> str:
            return f"{request.url.path}?{urlencode({**here, 'lang': to})}"

        ctx = {
            "request": request,
            "t": t,
            "lang": lang,
            "json_url": json_url,
            "switch_lang": switch,
            "path": request.url.path,
            "token_required": bool(self.settings.token),
            "settings": self.settings,
            "languages": {"full": SUPPORTED_LANGUAGES, "reduced": ENCODER_ONLY_LANGUAGES},
            "attribution_languages": t.languages(ATTRIBUTION_LANGUAGES),
            **context,
        }
        html = self.env.get_template(template).render(ctx)
        resp = HTMLResponse(html, status_code=status)
        if json_url:
            resp.headers["link"] = f'<{json_url}>; rel="alternate"; type="application/json"'
        if request.query_params.get("lang") in ("fr", "en"):
            resp.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax", httponly=True)
        return resp

    def error_response(self, scope: Scope, err: NewsloupeError, status: int | None = None) -> Response:
        """The one error shape: ``{ok, error, errors, status}`` under /api/, ``error.html`` elsewhere."""
        code = status or err.status
        if is_api(scope.get("path", "")):
            from newsloupe.web.messages import api_message

            message = api_message(err)
            return JSONResponse(error_body(message, [{**err.to_dict(), "message": message}], code), status_code=code)
        request = Request(scope)
        return self.page(request, "error.html", {"status": code, "error": err}, status=code)


def error_body(message: str, errs: list[dict[str, Any]], status: int) -> dict[str, Any]:
    """The JSON error document."""
    return {"ok": False, "error": message, "errors": errs, "status": status}


def is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/") or path == "/openapi.json"
