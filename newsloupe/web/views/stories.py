"""Stories, claims and the source graph: pages (/stories, /claims, /graph) and their JSON twins
(/api/stories, /api/claims, /api/graph).

Timelines and the graph are server-rendered SVG (coordinates computed here, drawn by
``_timeline.html`` and ``_graph.html``); every text is escaped by Jinja.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsloupe.errors import NotFound
from newsloupe.store import stories as q
from newsloupe.web.deps import MAX_PER_PAGE, Count, IdPath, IdQuery, LoupeDep, PageNo, PerPage, paged
from newsloupe.web.i18n import Translator

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["api"])
CONTEXT = 90  # characters shown around a claim occurrence


# -- JSON --------------------------------------------------------------------


@api.get("/stories")
def api_stories(loupe: LoupeDep, min_articles: Count = 1, page: PageNo = 1, per_page: PerPage = 50) -> dict[str, Any]:
    """Stories: articles about one event across outlets and languages, first seen first, a page at a time
    (``total`` counts them all)."""
    conn = loupe.reader()
    ids = q.story_ids(conn, min_articles=min_articles)
    rows = [s for sid in paged(ids, page, per_page) if (s := q.story(conn, sid))]
    return {"ok": True, "total": len(ids), "page": page, "per_page": per_page, "stories": rows}


@api.get("/stories/{sid}")
def api_story(sid: IdPath, loupe: LoupeDep) -> dict[str, Any]:
    """One story with its articles, the claims it carries and its who-cites-whom graph."""
    doc = q.story(loupe.reader(), sid, details=True)
    if doc is None:
        raise NotFound(f"no story {sid} in the store")
    return {"ok": True, **doc}


@api.get("/claims")
def api_claims(
    loupe: LoupeDep, min_articles: Count = q.RECURRING, page: PageNo = 1, per_page: PerPage = 50
) -> dict[str, Any]:
    """Recurring claims (seen in at least ``min_articles`` articles), most frequent first, a page at a time
    (``total`` counts them all)."""
    conn = loupe.reader()
    ids = q.claim_ids(conn, min_articles=min_articles)
    rows = [c for cid in paged(ids, page, per_page) if (c := q.claim(conn, cid))]
    return {"ok": True, "total": len(ids), "page": page, "per_page": per_page, "claims": rows}


@api.get("/claims/{cid}")
def api_claim(cid: IdPath, loupe: LoupeDep) -> dict[str, Any]:
    """One claim with every occurrence (article, span, kind, source, hedged, techniques)."""
    doc = q.claim(loupe.reader(), cid)
    if doc is None:
        raise NotFound(f"no claim {cid} in the store")
    return {"ok": True, **doc}


@api.get("/graph")
def api_graph(loupe: LoupeDep, story: IdQuery = None) -> dict[str, Any]:
    """Who cites whom: outlet → source edges with counts, overall or for one story."""
    if story is not None and q.story(loupe.reader(), story) is None:
        raise NotFound(f"no story {story} in the store")
    return {"ok": True, **q.graph(loupe.reader(), story=story)}


# -- SVG coordinates -----------------------------------------------------------


def timeline(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Outlets × days grid of a story's articles: one mark per article (undated ones aside)."""
    dated = [it for it in items if it.get("published")]
    outlets = sorted({it["outlet"] or "?" for it in items}, key=str.casefold)
    if dated:
        days = [date.fromisoformat(it["published"][:10]) for it in dated]
        d0, d1 = min(days), max(days)
    else:  # (no day column: today's would read as the articles' publication day)
        d0 = d1 = date.today()
    n = (d1 - d0).days + 1 if dated else 0
    left, top, row, width = 190, 24, 26, 720
    step = (width - left - 20) / max(1, n)
    marks = []
    for it in dated:
        d = date.fromisoformat(it["published"][:10])
        marks.append(
            {
                "x": round(left + step * ((d - d0).days + 0.5), 1),
                "y": top + row * outlets.index(it["outlet"] or "?") + row / 2,
                "id": it["id"],
                "title": it["title"] or "",
                "language": it["language"] or "",
                "day": d.isoformat(),
            }
        )
    ticks = []
    every = max(1, n // 8)
    for i in range(0, n, every):
        ticks.append({"x": round(left + step * (i + 0.5), 1), "label": (d0 + timedelta(days=i)).isoformat()[5:]})
    return {
        "width": width,
        "height": top + row * len(outlets) + 30,
        "left": left,
        "top": top,
        "rows": [{"y": top + row * i + row / 2, "label": o} for i, o in enumerate(outlets)],
        "marks": marks,
        "ticks": ticks,
        "axis_y": top + row * len(outlets) + 16,
        "undated": [it for it in items if not it.get("published")],
        "all_undated": not dated,
    }


def _clip_label(label: str, size: int) -> str:
    return label if len(label) <= size else label[: size - 1].rstrip() + "…"


def graph_svg(
    g: dict[str, Any], limit: int = 40, *, unknown: str | None = None, anonymous: str | None = None
) -> dict[str, Any]:
    """A two-column drawing of the graph: outlets on the left, sources on the right.

    An unnamed source is its outlet's own: shown with its outlet ("anonymous (Le Courrier)"); ``unknown`` is the
    page language's label of the articles without an outlet, ``anonymous`` its word for an unnamed person.
    """
    edges = g["edges"][:limit]
    used = {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = {n["id"]: dict(n) for n in g["nodes"] if n["id"] in used}
    for n in nodes.values():
        if unknown and n["label"] == q.UNKNOWN_OUTLET:
            n["label"] = unknown
        if anonymous and n["source_type"] == "person_anonymous" and n["label"] == "anonymous":
            n["label"] = anonymous
        if n.get("outlet"):
            outlet = unknown if unknown and n["outlet"] == q.UNKNOWN_OUTLET else n["outlet"]
            # "anonymous (Le Courrier)"; the no-outlet label carries its own brackets: "anonyme (sans média)"
            n["label"] = f"{n['label']} {outlet}" if outlet.startswith("(") else f"{n['label']} ({outlet})"
    left = sorted((n for n in nodes.values() if n["kind"] == "outlet"), key=lambda n: n["label"].casefold())
    right = sorted((n for n in nodes.values() if n["kind"] == "source"), key=lambda n: (n["source_type"], n["label"]))
    row, top, width = 22, 16, 720
    pos = {}
    for i, n in enumerate(left):
        pos[n["id"]] = (200, top + row * i)
    for i, n in enumerate(right):
        pos[n["id"]] = (width - 390, top + row * i)
    top_n = max((e["count"] for e in edges), default=1)
    lines = [
        {
            "x1": pos[e["source"]][0],
            "y1": pos[e["source"]][1],
            "x2": pos[e["target"]][0],
            "y2": pos[e["target"]][1],
            "w": round(1 + 4 * e["count"] / top_n, 1),
            "count": e["count"],
            "label": f"{nodes[e['source']]['label']} → {nodes[e['target']]['label']}",
        }
        for e in edges
    ]
    return {
        "width": width,
        "height": top + row * max(len(left), len(right), 1) + 10,
        # (a label longer than its column is cut with an ellipsis, whole in its tooltip: the left column's end
        # anchor cut a long outlet's start off the drawing)
        "outlets": [
            {"x": pos[n["id"]][0], "y": pos[n["id"]][1], "label": n["label"], "short": _clip_label(n["label"], 28)}
            for n in left
        ],
        "sources": [
            {
                "x": pos[n["id"]][0],
                "y": pos[n["id"]][1],
                "label": n["label"],
                "short": _clip_label(n["label"], 40),
                "type": n["source_type"],
            }
            for n in right
        ],
        "lines": lines,
        "edges": edges,
        "labels": {n["id"]: n["label"] for n in nodes.values()},
    }


def in_context(conn: Any, occ: dict[str, Any]) -> dict[str, str]:
    """The text before, of and after an occurrence (for the claim page)."""
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (occ["article_id"],)).fetchone()
    text = row[0] if row else ""
    s, e = occ["start"], occ["end"]
    return {"before": text[max(0, s - CONTEXT) : s], "text": text[s:e], "after": text[e : e + CONTEXT]}


# -- pages ---------------------------------------------------------------------


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Every story with several articles, then the count of single-article ones."""
    conn = loupe.reader()
    items = q.stories(conn)
    ctx = {
        "stories": [s for s in items if len(s["articles"]) > 1],
        "singles": sum(len(s["articles"]) == 1 for s in items),
    }
    # its JSON twin: the same stories of several articles, as many as one page holds (review 46a)
    twin = f"/api/stories?min_articles=2&per_page={MAX_PER_PAGE}"
    return loupe.page(request, "stories.html", ctx, json_url=twin)


@router.get("/stories/{sid}", response_class=HTMLResponse)
def story_page(sid: IdPath, request: Request, loupe: LoupeDep) -> HTMLResponse:
    """A story's timeline (outlets × days), languages, claims and source graph."""
    conn = loupe.reader()
    doc = q.story(conn, sid, details=True)
    if doc is None:
        raise NotFound(f"no story {sid} in the store")
    t = Translator(loupe.lang_of(request))
    names = {"unknown": t("graph_unknown_outlet"), "anonymous": t("graph_anonymous")}
    ctx = {"story": doc, "timeline": timeline(doc["items"]), "graph": graph_svg(doc["graph"], **names)}
    return loupe.page(request, "story.html", ctx, json_url=f"/api/stories/{sid}")


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Recurring claims, most frequent first."""
    twin = f"/api/claims?per_page={MAX_PER_PAGE}"  # as many as one page of the JSON holds (review 46a)
    return loupe.page(request, "claims.html", {"claims": q.claims(loupe.reader())}, json_url=twin)


@router.get("/claims/{cid}", response_class=HTMLResponse)
def claim_page(cid: IdPath, request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Every occurrence of a claim in context with its source; the first seen highlighted."""
    conn = loupe.reader()
    doc = q.claim(conn, cid)
    if doc is None:
        raise NotFound(f"no claim {cid} in the store")
    for o in doc["occurrences"]:
        o["context"] = in_context(conn, o)
    return loupe.page(request, "claim.html", {"claim": doc}, json_url=f"/api/claims/{cid}")


@router.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Who cites whom across the corpus (the heaviest edges drawn, all of them listed)."""
    conn = loupe.reader()
    g = q.graph(conn)
    total, no_outlet = q.outlet_counts(conn)
    t = Translator(loupe.lang_of(request))
    names = {"unknown": t("graph_unknown_outlet"), "anonymous": t("graph_anonymous")}
    ctx = {"graph": graph_svg(g, **names), "all": g, "articles": total, "no_outlet": no_outlet}
    return loupe.page(request, "graph.html", ctx, json_url="/api/graph")
