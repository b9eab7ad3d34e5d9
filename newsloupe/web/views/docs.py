"""The OpenAPI page (/docs): Swagger UI served from the ``fastapi-offline`` package, no CDN.

FastAPI's own /docs loads Swagger UI from a CDN with an inline script, which the
strict CSP forbids; this page loads the packaged files and an external starter.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsloupe.web.deps import LoupeDep

router = APIRouter(include_in_schema=False)


def swagger_path() -> str | None:
    """The folder of Swagger UI's files (``swagger-ui-bundle.js``, ``swagger-ui.css``), or None."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return str(folder) if (folder / "swagger-ui-bundle.js").exists() else None


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Swagger UI over /openapi.json."""
    if swagger_path() is None:
        return HTMLResponse(
            "<!doctype html><title>newsloupe API</title><p>Install fastapi-offline for this page; "
            'the schema is at <a href="/openapi.json">/openapi.json</a>.</p>'
        )
    html = loupe.env.get_template("docs.html").render()
    resp = HTMLResponse(html)
    resp.headers["link"] = '</openapi.json>; rel="alternate"; type="application/json"'
    return resp
