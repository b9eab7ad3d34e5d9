"""The HTML pages, one module per page kind; each links its JSON twin under /api/.

analyse (home: paste, upload or fetch), article (one annotated article and the
article list), corpus (dashboard and charts), search, map, docs (OpenAPI).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from newsloupe.web.loupe import Loupe


def query_of(request: Request, *drop: str) -> dict[str, str]:
    """The request's query parameters without empty values, ``lang`` and ``drop``."""
    return {k: v for k, v in request.query_params.items() if v and k not in ("lang", *drop)}


def clip(text: str | None, n: int = 140) -> str:
    """One line of at most ``n`` characters."""
    s = " ".join((text or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def common(loupe: Loupe) -> dict[str, Any]:
    """Lists that several pages' filters offer (outlets, technique labels)."""
    from newsloupe.web import queries

    conn = loupe.reader()
    return {"all_outlets": queries.outlets(conn), "techniques": queries.technique_labels(conn)}
