"""The fact-check memory page (/factchecks): imported reviews with filters; JSON twin /api/factchecks.

Every text comes from third-party markup and is escaped by Jinja; a review or reviewer
link is only drawn for an http(s) URL.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsloupe.factchecks import memory
from newsloupe.factchecks.claimreview import SCALE
from newsloupe.web.deps import LoupeDep, page_of
from newsloupe.web.views import query_of

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


def safe_link(url: Any) -> str | None:
    """``url`` when it is an http(s) URL with a host, else None (never a javascript: link)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.hostname else None


def reviewers(conn: Any) -> list[str]:
    """The fact-checkers of the memory, by name."""
    rows = conn.execute("SELECT DISTINCT reviewer FROM fact_checks WHERE reviewer IS NOT NULL")
    return sorted((r[0] for r in rows), key=str.casefold)


@router.get("/factchecks", response_class=HTMLResponse)
def factchecks_page(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """The reviews of the fact-check memory, newest first, filtered and paged."""
    q = query_of(request)
    page = page_of(q)
    rating = q.get("rating") if q.get("rating") in SCALE else None
    filters = {"reviewer": q.get("reviewer"), "rating": rating, "language": q.get("language"), "q": q.get("q")}
    conn = loupe.reader()
    rows = memory.reviews(conn, **filters, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    for r in rows:
        r["link"] = safe_link(r["url"])
        r["reviewer_link"] = safe_link(r["reviewer_url"])
    total = memory.count(conn, **filters)
    from newsloupe.factchecks.hook import stored_matches

    outlet = q.get("outlet")
    matched = stored_matches(conn, outlet=outlet, limit=PER_PAGE) if outlet is not None or page == 1 else []
    for m in matched:
        m["link"] = safe_link(m["url"])
    api = {k: v for k, v in filters.items() if v and k != "language"}
    if filters["language"]:
        api["lang"] = filters["language"]
    if page > 1:
        api["page"] = str(page)
    ctx = {
        "rows": rows,
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PER_PAGE)),
        "query": q,
        "scale": SCALE,
        "reviewers": reviewers(conn),
        "matched": matched,
        "outlet": outlet,
        "languages": [r[0] for r in conn.execute("SELECT DISTINCT language FROM fact_checks ORDER BY 1") if r[0]],
    }
    return loupe.page(
        request, "factchecks.html", ctx, json_url="/api/factchecks" + (f"?{urlencode(api)}" if api else "")
    )
