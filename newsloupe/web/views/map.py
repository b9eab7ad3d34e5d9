"""The corpus map of places (/map), optionally for one outlet, with the articles naming one place."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsloupe.web import queries
from newsloupe.web.deps import LoupeDep
from newsloupe.web.geo import map_context
from newsloupe.web.views import common, query_of
from newsloupe.web.views.corpus import corpus_markers

router = APIRouter(include_in_schema=False)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Every place with coordinates as a marker; ``place=`` lists the articles naming it."""
    conn = loupe.reader()
    q = query_of(request)
    rows = queries.places(conn, outlet=q.get("outlet"), limit=queries.MAP_PLACES)
    markers = corpus_markers(rows)
    place = q.get("place")
    if place:
        for m, r in zip(markers, rows, strict=True):
            if r["name"] == place and (not q.get("country") or r["country"] == q.get("country")):
                m.css = "marker selected"
    ctx = {
        "query": q,
        "places": rows,
        "map": map_context(markers, limit=queries.MAP_PLACES),
        "place": place,
        "place_articles": queries.place_articles(conn, place, q.get("country")) if place else [],
        **common(loupe),
    }
    api = {k: v for k, v in q.items() if k == "outlet"}
    return loupe.page(request, "map.html", ctx, json_url="/api/places" + (f"?{urlencode(api)}" if api else ""))
