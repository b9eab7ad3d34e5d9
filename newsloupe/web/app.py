"""The app factory: :func:`create_app` builds a FastAPI app around one
:class:`~newsloupe.web.loupe.Loupe`, its routers (API and pages) and error handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsloupe import __version__, errors
from newsloupe.errors import BadInput, NewsloupeError, NotFound
from newsloupe.web import api
from newsloupe.web.deps import LoupeDep, get_loupe
from newsloupe.web.loupe import Loupe, error_body, is_api
from newsloupe.web.security import SecurityMiddleware
from newsloupe.web.settings import Settings
from newsloupe.web.views import analyse, article, corpus, docs, factchecks, search
from newsloupe.web.views import map as map_view
from newsloupe.web.views import stories as stories_view

__all__ = ["Loupe", "LoupeDep", "create_app", "error_body", "get_loupe", "local_get"]


def _install_errors(app: FastAPI, loupe: Loupe) -> None:
    @app.exception_handler(NewsloupeError)
    async def on_newsloupe_error(request: Request, err: NewsloupeError) -> Response:
        return loupe.error_response(request.scope, err)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, err: RequestValidationError) -> Response:
        errs = [_validation_item(e) for e in err.errors()]
        message = "; ".join(f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in errs)
        if is_api(request.url.path):
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


def _validation_item(e: dict[str, Any]) -> dict[str, Any]:
    """One item of a 422 answer; a body that is no JSON (truncated, mistyped) says so, with where."""
    if e.get("type") == "json_invalid":
        loc = [x for x in e.get("loc", ()) if x != "body"]
        where = f"at character {loc[0]}: " if loc else ""
        detail = str((e.get("ctx") or {}).get("error") or "invalid JSON")
        return {
            "code": "NL-E010",
            "reason": "bad-request",
            "field": None,
            "message": f"the request body is not valid JSON ({where}{detail})",
        }
    return {
        "code": "NL-E010",
        "reason": "bad-request",
        "field": ".".join(str(x) for x in e.get("loc", ()) if x != "body"),
        "message": str(e.get("msg", "")).removeprefix("Value error, "),
    }


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
