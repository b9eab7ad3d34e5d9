"""The central object of the web app, :class:`Loupe`, and the app factory.

As Datasette's ``Datasette`` object, :class:`Loupe` owns everything a request
needs: the settings, the store (one writer thread for every write, one read
connection per server thread), the analysis workers, the Jinja environment and
the UI strings. Views, the API, the CLI and the tests reach state through it;
nothing lives in module globals. :func:`create_app` builds a FastAPI app
around one Loupe.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from newsloupe import errors
from newsloupe.errors import BadInput, NewsloupeError, NotFound
from newsloupe.store import Store
from newsloupe.web import queries
from newsloupe.web.analysis import Analyser, Submission, result_error, to_article
from newsloupe.web.i18n import Translator, negotiate
from newsloupe.web.security import SecurityMiddleware
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
        return self.store.add_article(article, near=self._near, language=_guess_language(article))

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
        from newsloupe.factchecks.hook import FactChecksHook

        return FactChecksHook(self.store.conn, str(self.store.path)).before_save(result)

    def _assign_stories(self) -> None:
        from newsloupe.stories.hook import assign_pending

        assign_pending(self.store)

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
        if _is_api(scope.get("path", "")):
            return JSONResponse(error_body(err.message, [err.to_dict()], code), status_code=code)
        request = Request(scope)
        return self.page(request, "error.html", {"status": code, "error": err}, status=code)


def get_loupe(request: Request) -> Loupe:
    """The app's central object (a FastAPI dependency)."""
    return request.app.state.loupe


LoupeDep = Annotated[Loupe, Depends(get_loupe)]


def _guess_language(article: Any) -> str | None:
    """The ``language`` column before the analysis (which detects it again and updates it)."""
    if article.language:
        return article.language
    from newsloupe.ingest.language import classify

    try:
        return classify((article.body or article.text)[:3000])[0]
    except Exception:  # a convenience for search filters; the analysis decides
        return None


def error_body(message: str, errs: list[dict[str, Any]], status: int) -> dict[str, Any]:
    """The JSON error document."""
    return {"ok": False, "error": message, "errors": errs, "status": status}


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/") or path == "/openapi.json"


def _install_errors(app: FastAPI, loupe: Loupe) -> None:
    @app.exception_handler(NewsloupeError)
    async def on_newsloupe_error(request: Request, err: NewsloupeError) -> Response:
        return loupe.error_response(request.scope, err)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, err: RequestValidationError) -> Response:
        errs = [
            {
                "code": "NL-E010",
                "reason": "bad-request",
                "field": ".".join(str(x) for x in e.get("loc", ()) if x != "body"),
                "message": str(e.get("msg", "")).removeprefix("Value error, "),
            }
            for e in err.errors()
        ]
        message = "; ".join(f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in errs)
        if _is_api(request.url.path):
            return JSONResponse(error_body(message or "bad request", errs, 422), status_code=422)
        return loupe.error_response(request.scope, BadInput(message or "bad request"), 422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, err: StarletteHTTPException) -> Response:
        detail = str(err.detail) if err.detail else "error"
        cls = NotFound if err.status_code == 404 else NewsloupeError
        wrapped = cls(detail, code="NL-E009" if err.status_code == 404 else "NL-E010")
        resp = loupe.error_response(request.scope, wrapped, err.status_code)
        if err.headers:
            resp.headers.update(err.headers)
        return resp

    @app.exception_handler(Exception)
    async def on_bug(request: Request, err: Exception) -> Response:
        wrapped = NewsloupeError(f"internal error: {type(err).__name__}", code=errors.E_INTERNAL)
        return loupe.error_response(request.scope, wrapped, 500)


async def local_get(app: FastAPI, path: str) -> tuple[int, str]:
    """Answer one GET in-process, lifespan included (``newsloupe serve --get PATH``).

    RETURNS (tuple): the status code and the body.
    """
    import httpx

    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            resp = await client.get(path)
    return resp.status_code, resp.text


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the web app around a new :class:`Loupe`.

    settings (Settings | None): the server's settings (default: ``Settings.load()``).
    RETURNS (FastAPI): the ASGI app; ``app.state.loupe`` is its Loupe.
    """
    from newsloupe import __version__
    from newsloupe.web import api
    from newsloupe.web.views import analyse, article, corpus, docs, factchecks, search
    from newsloupe.web.views import map as map_view
    from newsloupe.web.views import stories as stories_view

    settings = settings or Settings.load()
    loupe = Loupe(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await loupe.startup()
        try:
            yield
        finally:
            await loupe.shutdown()

    app = FastAPI(
        title="newsloupe",
        version=__version__,
        description="Sources, hedges, unsourced claims, persuasion techniques, places and captions of news articles.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.loupe = loupe
    _install_errors(app, loupe)
    app.include_router(api.router)
    app.include_router(stories_view.api)
    for view in (analyse, article, corpus, search, map_view, stories_view, factchecks, docs):
        app.include_router(view.router)
    app.mount("/static", StaticFiles(packages=[("newsloupe.web", "static")]), name="static")
    swagger = docs.swagger_path()
    if swagger:
        app.mount("/docs/assets", StaticFiles(directory=swagger), name="swagger")
    app.add_middleware(SecurityMiddleware, settings=settings, render_error=loupe.error_response)
    return app
