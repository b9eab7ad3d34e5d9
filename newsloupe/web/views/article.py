"""One annotated article (/articles/{id}) and the article list (/articles)."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsloupe.errors import NotFound
from newsloupe.factchecks.match import article_names, shared_names
from newsloupe.labels import SOURCE_TYPES
from newsloupe.lang import attribution_runs, load_data
from newsloupe.model import json_spans
from newsloupe.web import queries
from newsloupe.web.charts import bars
from newsloupe.web.deps import ArticleRef, LoupeDep, page_of
from newsloupe.web.geo import Marker, map_context
from newsloupe.web.i18n import Translator
from newsloupe.web.render import render_blocks
from newsloupe.web.views import clip, common, query_of

router = APIRouter(include_in_schema=False)
PER_PAGE = 50
COLUMNS = [
    ("id", "col_id", True),
    ("title", "col_title", False),
    ("outlet", "outlet", False),
    ("published", "published", False),
    ("attributions", "attributions", True),
    ("anonymous", "col_anonymous", True),
    ("unsourced", "col_unsourced", True),
    ("techniques", "techniques", True),
]
ENTITY_ORDER = ("PER", "ORG", "LOC", "MISC")


def safe_url(url: str | None) -> str | None:
    """The article's URL when it is plain http(s); anything else (``javascript:``…) is not linked."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def panel(doc: dict[str, Any], t: Translator) -> dict[str, Any]:
    """What the side panel shows, computed from the analysis document."""
    ran = set(doc.get("pipeline") or {})
    text = str(doc.get("text") or "")
    sourcing = doc.get("sourcing")
    counts = (sourcing or {}).get("counts_by_type") or {}
    lang = doc.get("language")
    # no attribution rules for the language (de, it, pl, ru…): a quotation's speaker is read only when a reporting
    # verb and a name stand next to its marks (multi42); one not read is not "no source" (stop 42, a new user's A3)
    unread = t("speaker_unidentified", language=lang or "?") if not attribution_runs(lang) else None

    def type_label(k: str) -> str:
        return unread if unread and k == "none" else t(f"type_{k}")

    type_rows = [(type_label(k), float(v), f"q-{k}") for k, v in sorted(counts.items(), key=lambda kv: -kv[1]) if v]
    contents = json_spans(doc, "contents")
    by_id = {a.get("id"): a for a in doc.get("attributions") or []}
    attributions = []
    for i, a in enumerate(doc.get("attributions") or []):
        content = " … ".join(contents[c].get("text", "") for c in a.get("content") or [] if c < len(contents))
        attributions.append(
            {
                "id": a.get("id") or f"a{i + 1}",
                "speaker": a.get("speaker") or t("speaker_unknown"),
                "type": a.get("source_type") or "none",
                "type_label": type_label(a.get("source_type") or "none"),
                "hedged": a.get("hedged"),
                "via": (by_id.get(a.get("via")) or {}).get("speaker") if a.get("via") else None,
                "excerpt": clip(content, 160),
            }
        )
    assertions = [
        {"excerpt": clip(s.get("text"), 180), "triggers": s.get("triggers") or []}
        for s in json_spans(doc, "assertions")
    ]
    techniques = [
        {**tq, "n": i + 1, "evidence": clip(tq.get("text"), 160)} for i, tq in enumerate(json_spans(doc, "techniques"))
    ]
    lines = {p["start"]: p.get("line") for p in json_spans(doc, "paragraphs")}
    captions = [
        {"excerpt": clip(c.get("text"), 90), "relation": c.get("relation"), "line": lines.get(c.get("start"), 0)}
        for c in json_spans(doc, "captions")
    ]
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    place_spans = json_spans(doc, "places")
    for i, p in enumerate(place_spans):
        key = (p.get("name") or p.get("text"), p.get("country"), p.get("lat"), p.get("lon"))
        if key not in merged:
            merged[key] = {**dict(zip(("name", "country", "lat", "lon"), key, strict=True)), "mentions": 0}
            merged[key]["first"] = i + 1
        merged[key]["mentions"] += 1
    places = sorted(merged.values(), key=lambda p: (-p["mentions"], p["first"]))
    markers = [
        Marker(
            p["lat"],
            p["lon"],
            f"{p['name']}{' (' + p['country'] + ')' if p['country'] else ''} × {p['mentions']}",
            f"#place-{p['first']}",
            p["mentions"],
        )
        for p in places
        if p["lat"] is not None and p["lon"] is not None
    ]
    entities: dict[str, Counter[str]] = defaultdict(Counter)
    for e in json_spans(doc, "entities"):
        entities[e.get("label") or "MISC"][e.get("canonical") or e.get("text") or ""] += 1
    genre = doc.get("genre")
    persuasion_ran = bool(ran & {"techniques", "persuasion", "frames", "genre"}) or bool(techniques)
    return {
        "sourcing": sourcing,
        # no attribution rules for the language: the sourcing figures are unknown ("–"), not 0
        "sourcing_analysed": attribution_runs(doc.get("language")),
        "type_bars": bars(type_rows),
        "speakers": (sourcing or {}).get("named_speakers") or [],
        "attributions": attributions,
        "assertions": assertions,
        "techniques": techniques,
        "persuasion_ran": persuasion_ran,
        "frames": sorted(doc.get("frames") or [], key=lambda f: -(f.get("score") or 0)),
        "genre": genre,
        "genre_scores": sorted(((genre or {}).get("scores") or {}).items(), key=lambda kv: -kv[1]),
        "genre_near_tie": genre_near_tie((genre or {}).get("scores") or {}),
        "captions": captions,
        "places": places,
        "map": map_context(markers, {p["country"] for p in places if p["country"]}),
        "geo_checks": [
            {**g, "text": text[place_spans[g["place"]]["start"] : place_spans[g["reference"]]["end"]]}
            for g in doc.get("geo_checks") or []
            if max(g["place"], g["reference"]) < len(place_spans)
        ],
        "entities": [(label, entities[label].most_common()) for label in ENTITY_ORDER if entities.get(label)],
        "dates": json_spans(doc, "dates"),
        "notes": doc.get("notes") or [],
        "pipeline": sorted((doc.get("pipeline") or {}).items()),
    }


def _story_links(conn: Any, aid: int) -> dict[str, Any]:
    """The article's story and recurring claims (none before assignment)."""
    from newsloupe.store.stories import article_links

    return article_links(conn, aid)


@router.get("/articles/{ref}", response_class=HTMLResponse)
def article_page(ref: ArticleRef, request: Request, loupe: LoupeDep) -> HTMLResponse:
    """The annotated article with its side panel (``/articles/article12`` or the store's number)."""
    conn = loupe.reader()
    aid = queries.article_id(conn, ref)
    rec = queries.article_record(conn, aid) if aid is not None else None
    if rec is None or aid is None:
        raise NotFound(f"no article {ref} in the store")
    t = Translator(loupe.lang_of(request))
    doc = rec["analysis"]
    ctx: dict[str, Any] = {
        "rec": rec,
        "doc": doc,
        "safe_url": safe_url((doc or {}).get("url") or rec.get("url")),
        "duplicates": queries.duplicates_of(conn, aid, rec["dup_group"]),
        "source_types": SOURCE_TYPES,
        "links": _story_links(conn, aid),
    }
    if doc:
        read: tuple[frozenset[str], frozenset[str]] | None = None  # the article's names, once for all its leads
        for m in doc.get("fact_checks") or []:
            if m.get("through_article"):
                # a lead: what the article shares with the claim, read from the article (its explanation says it)
                if read is None:
                    read = article_names(doc.get("text") or "")
                m["lead_names"] = shared_names(m.get("claim_reviewed") or "", doc.get("text") or "", read)
        blocks = render_blocks(doc, t)
        title = next((b for b in blocks if b.role == "title"), None)
        ctx.update(
            blocks=blocks,
            has_title_block=title is not None,
            title_id=f"l{title.line}" if title else None,
            p=panel(doc, t),
        )
    return loupe.page(request, "article.html", ctx, json_url=f"/api/articles/{aid}")


@router.get("/articles", response_class=HTMLResponse)
def article_list(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Stored articles, filtered by outlet and language, sortable, paged."""
    q = query_of(request)
    sort = q.get("sort", "id") if q.get("sort") in queries.ARTICLE_SORTS else "id"
    desc = q.get("desc", "1") != "0"
    page = page_of(q)
    # "outlet_unknown=1" (the corpus's "unknown outlet" link): the articles of no known outlet, not all of them
    unknown = q.get("outlet_unknown") == "1"
    rows, total = queries.list_articles(
        loupe.reader(),
        outlet=q.get("outlet"),
        language=q.get("language"),
        unknown=unknown,
        sort=sort,
        desc=desc,
        limit=PER_PAGE,
        offset=(page - 1) * PER_PAGE,
    )
    pages = max(1, -(-total // PER_PAGE))
    api = {k: v for k, v in q.items() if k in ("outlet", "outlet_unknown", "sort", "desc", "page")}
    if q.get("language"):
        api["lang"] = q["language"]
    return loupe.page(
        request,
        "articles.html",
        {
            "rows": rows,
            "total": total,
            "page": page,
            "pages": pages,
            "query": q,
            "sort": sort,
            "desc": desc,
            "columns": COLUMNS,
            **common(loupe),
        },
        json_url="/api/articles" + (f"?{urlencode(api)}" if api else ""),
    )


def genre_near_tie(scores: dict[str, float]) -> bool:
    """Whether the two likeliest genres lie within ``near_tie_margin`` of lang/common/genre.json of each other:
    the page then says the genre is uncertain rather than show a coin toss as a label (stop 45)."""
    top = sorted(scores.values(), reverse=True)
    return len(top) >= 2 and top[0] - top[1] < _near_tie_margin()


@cache
def _near_tie_margin() -> float:
    """``near_tie_margin`` of lang/common/genre.json, read once."""
    return float((load_data("common", "genre") or {}).get("near_tie_margin", 0.0))
