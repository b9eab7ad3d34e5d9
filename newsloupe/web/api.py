"""The REST API under ``/api/``: analyse, articles, search, stats, time series, places, fact-checks.

Every answer is JSON. Success carries ``"ok": true``; every failure has the
one error shape ``{ok, error, errors, status}``. An article's analysis is the
analysis document of the committed schema (``schema/analysis.schema.json``),
unchanged, under ``analysis``; the envelope adds the store's integer ``id``,
which is also the id of the human page ``/articles/{id}``, ``status`` (the answer of
``POST /api/analyze``: new, same-url or same-content; null on ``GET``, where the
analysis's own status is ``outcome.status``) and ``sourcing_read`` (false in a language
the attribution rules do not read: the document's sourcing figures are then not analysed).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from newsloupe.errors import NotFound
from newsloupe.lang import attribution_runs
from newsloupe.model import Analysis
from newsloupe.store.search import Filters, bad_value, search
from newsloupe.store.stats import corpus_totals, outlet_profiles
from newsloupe.termtext import clean
from newsloupe.web import queries
from newsloupe.web.analysis import AnalyzeRequest, Submission
from newsloupe.web.deps import MAX_PER_PAGE, ArticleRef, IdQuery, LoupeDep, PageNo, PerPage
from newsloupe.web.security import check_write

router = APIRouter(prefix="/api", tags=["api"])


class ErrorItem(BaseModel):
    code: str
    message: str
    reason: str | None = None
    input: str | None = None
    field: str | None = None


class ErrorDoc(BaseModel):
    """The one error shape."""

    ok: bool = False
    error: str
    errors: list[ErrorItem]
    status: int


class ArticleDoc(BaseModel):
    """A stored article and its latest analysis."""

    ok: bool = True
    id: int = Field(description="the store's article id; the human page is /articles/{id}")
    status: str | None = Field(
        None,
        description="the answer of POST /api/analyze: new, same-url or same-content; null on GET (the analysis's own"
        " status, ok or failed, is outcome.status)",
    )
    sourcing_read: bool = Field(
        True,
        description="whether sources and unsourced assertions were analysed (the attribution rules read the article's"
        " language: fr, en); false: the analysis's sourcing shares and unsourced_assertions are not analysed, not 0",
    )
    links: dict[str, str]
    article: dict[str, Any]
    outcome: dict[str, Any] | None
    pipeline_version: str | None
    analysed_at: str | None
    analysis: Analysis | None = Field(description="the analysis document (committed schema)")


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorDoc},
    401: {"model": ErrorDoc},
    403: {"model": ErrorDoc},
    404: {"model": ErrorDoc},
    413: {"model": ErrorDoc},
    422: {"model": ErrorDoc},
}


def links(aid: int) -> dict[str, str]:
    """The article's human page and JSON twin."""
    return {"html": f"/articles/{aid}", "json": f"/api/articles/{aid}"}


def article_doc(rec: dict[str, Any], status: str | None = None, duplicates: list[dict[str, Any]] | None = None) -> dict:
    """The JSON envelope of :func:`queries.article_record`'s record."""
    keys = ("id", "doc_id", "title", "outlet", "published", "language", "url", "ingested_at", "dup_group")
    art = {k: rec[k] for k in keys}
    if duplicates is not None:
        art["duplicates"] = duplicates
    return {
        "ok": True,
        "id": rec["id"],
        "status": status,
        "sourcing_read": attribution_runs(rec["language"]),
        "links": links(rec["id"]),
        "article": art,
        "outcome": rec["outcome"],
        "pipeline_version": rec["pipeline_version"],
        "analysed_at": rec["analysed_at"],
        "analysis": rec["analysis"],
    }


def require_write(request: Request, loupe: LoupeDep) -> None:
    """Refuse writes without the token (when set) or from another origin, before reading the body."""
    check_write(request, loupe.settings)


@router.post(
    "/analyze", response_model=ArticleDoc, status_code=201, responses=ERRORS, dependencies=[Depends(require_write)]
)
async def analyze(body: AnalyzeRequest, loupe: LoupeDep) -> JSONResponse:
    """Analyse an article given as `text`, `html` or `url`, store it, and return its analysis.

    An article already stored (same URL or same text) is not stored twice: the answer is
    200 with its `id` and `status` `same-url` or `same-content`; a new one is 201.
    Needs `Authorization: Bearer <token>` when the server has a token.
    """
    done = await loupe.analyze(Submission.from_request(body))
    doc = article_doc(done["record"], done["status"])
    return JSONResponse(doc, status_code=201 if done["status"] == "new" else 200)


@router.get("/articles", responses=ERRORS)
def list_articles(
    loupe: LoupeDep,
    outlet: str | None = None,
    lang: str | None = None,
    sort: Annotated[str, Query(description="one of " + ", ".join(queries.ARTICLE_SORTS))] = "id",
    outlet_unknown: Annotated[bool, Query(description="only the articles of no known outlet")] = False,
    desc: bool = True,
    page: PageNo = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    """Stored articles with their summary counts, newest first by default."""
    if sort not in queries.ARTICLE_SORTS:
        raise bad_value("sort", sort, "one of " + ", ".join(queries.ARTICLE_SORTS))
    rows, total = queries.list_articles(
        loupe.reader(),
        outlet=outlet,
        language=lang,
        unknown=outlet_unknown,
        sort=sort,
        desc=desc,
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    for r in rows:
        r["links"] = links(r["id"])
    return {"ok": True, "total": total, "page": page, "per_page": per_page, "articles": rows}


@router.get("/articles/{aid}", response_model=ArticleDoc, responses=ERRORS)
def get_article(aid: ArticleRef, loupe: LoupeDep) -> JSONResponse:
    """One stored article and its latest analysis (the committed schema's document): ``aid`` is the id the commands
    print (``article12``) or the store's number."""
    conn = loupe.reader()
    number = queries.article_id(conn, aid)
    rec = queries.article_record(conn, number) if number is not None else None
    if rec is None or number is None:
        raise NotFound(f"no article {aid} in the store")
    aid = number
    return JSONResponse(article_doc(rec, duplicates=queries.duplicates_of(conn, aid, rec["dup_group"])))


@router.get("/search", responses=ERRORS)
def search_articles(
    loupe: LoupeDep,
    q: Annotated[
        str,
        Query(description='FTS5 query: words (as stems: plural = singular), "a phrase", speakers: Name, pref*'),
    ],
    outlet: str | None = None,
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source_type: str | None = None,
    technique: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 20,
) -> dict[str, Any]:
    """Full-text search over titles, bodies, quotes and speakers, with filters."""
    filters = Filters(outlet, lang, since, until, source_type, technique)
    hits = search(loupe.reader(), q, filters, limit=limit)
    return {
        "ok": True,
        "query": q,
        "filters": {k: v for k, v in filters.__dict__.items() if v},
        "hits": [{**h.to_dict(), "links": links(h.id)} for h in hits],
    }


@router.get("/stats", responses=ERRORS)
def stats(loupe: LoupeDep) -> dict[str, Any]:
    """Corpus totals, per-outlet profiles, source types, top named and anonymous sources."""
    conn = loupe.reader()
    return {
        "ok": True,
        "corpus": corpus_totals(conn),
        "outlets": outlet_profiles(conn),
        "source_types": queries.source_type_totals(conn),
        "top_speakers": queries.top_speakers(conn),
        "top_anonymous_sources": queries.top_speakers(conn, anonymous=True),
        "techniques": queries.technique_labels(conn),
    }


@router.get("/timeseries", responses=ERRORS)
def timeseries(
    loupe: LoupeDep,
    metric: Annotated[str, Query(description="one of " + ", ".join(queries.METRICS))] = "anonymous_share",
    outlet: Annotated[list[str] | None, Query(description="outlets (default: the 5 largest)")] = None,
    technique: str | None = None,
) -> dict[str, Any]:
    """A metric per outlet × month (anonymous-sourcing share, techniques or unsourced assertions per article)."""
    if metric not in queries.METRICS:
        raise bad_value("metric", metric, "one of " + ", ".join(queries.METRICS))
    return {"ok": True, **queries.time_series(loupe.reader(), metric, outlets=outlet, technique=technique)}


@router.get("/places", responses=ERRORS)
def places(
    loupe: LoupeDep,
    outlet: str | None = None,
    article: IdQuery = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 400,
) -> dict[str, Any]:
    """Places named in the corpus (or one article) as a GeoJSON FeatureCollection, most mentioned first."""
    rows = queries.places(loupe.reader(), outlet=outlet, article=article, limit=limit)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
            "properties": {k: r[k] for k in ("name", "country", "mentions", "articles", "article_ids")},
        }
        for r in rows
    ]
    return {"type": "FeatureCollection", "ok": True, "features": features}


@router.get("/factchecks", responses=ERRORS)
def list_factchecks(
    loupe: LoupeDep,
    reviewer: Annotated[str | None, Query(description="the fact-checker's name (case-insensitive)")] = None,
    rating: Annotated[
        Literal["false", "misleading", "mixed", "true", "unverifiable"] | None, Query(description="common-scale rating")
    ] = None,
    lang: Annotated[str | None, Query(description="the review's language (fr, en...)")] = None,
    q: Annotated[str | None, Query(description="words the claim must contain (accents ignored)")] = None,
    page: PageNo = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    """The fact-check memory: imported ClaimReviews, newest review first, with filters and pages."""
    from newsloupe.factchecks import memory

    conn = loupe.reader()
    filters = {"reviewer": reviewer, "rating": rating, "language": lang, "q": q}
    rows = memory.reviews(conn, **filters, limit=per_page, offset=(page - 1) * per_page)
    return {
        "ok": True,
        "total": memory.count(conn, **filters),
        "page": page,
        "per_page": per_page,
        "filters": {k: v for k, v in filters.items() if v},
        "factchecks": rows,
    }


class MatchRequest(BaseModel):
    """A claim or an article to match against the fact-check memory."""

    text: str = Field(min_length=1, max_length=200_000, description="a sentence, or an article's text")
    lang: str | None = Field(None, description="its language (identified when absent)")
    k: int = Field(5, ge=1, le=50, description="reviews returned for a single sentence")


@router.post("/factchecks/match", responses=ERRORS, dependencies=[Depends(require_write)])
async def match_factchecks(body: MatchRequest, loupe: LoupeDep) -> dict[str, Any]:
    """Has this been checked already? A single sentence gets its `k` nearest reviews with
    their similarity, the matcher's `score` and `match` (true above the matcher's
    threshold when no guard of matching refuses it); a longer text is analysed (not stored)
    and gets the `fact_checks` finding of its analysis: each matched sentence with its offsets and review."""
    import asyncio

    from newsloupe.factchecks.match import load_memory, match_analysis, search

    text = clean(body.text).strip()
    if not any(ch.isalnum() for ch in text):
        raise bad_value("text", body.text[:40], "a sentence or an article's text (letters or digits)")
    if body.lang is not None:
        from newsloupe.lang import ENCODER_ONLY_LANGUAGES, FORCIBLE_LANGUAGES, SUPPORTED_LANGUAGES

        if body.lang not in FORCIBLE_LANGUAGES:
            raise bad_value(
                "lang",
                body.lang,
                f"one of {', '.join(SUPPORTED_LANGUAGES)} (reduced analysis only: {', '.join(ENCODER_ONLY_LANGUAGES)})",
            )
    memory = await loupe.write(lambda: load_memory(loupe.store.conn, path=str(loupe.store.path)))
    if "\n" not in text and len(text) <= 600:
        results = await asyncio.to_thread(search, text, memory, k=body.k, lang=body.lang)
        return {"ok": True, "mode": "sentence", "memory": len(memory or []), "results": results}
    from newsloupe.nlp import memory_zone
    from newsloupe.pipeline import analyze as analyze_text

    steps = ["sentences", "entities", "attributions", "assertions"]

    def analysed() -> Any:
        with memory_zone():  # as the analysis workers: past KEEP_STRINGS, no string of this parse outlives it
            return analyze_text(text=body.text, lang=body.lang, analyzers=steps)

    analysis = await asyncio.to_thread(analysed)
    found = await asyncio.to_thread(match_analysis, analysis.to_dict(), memory)
    return {
        "ok": True,
        "mode": "text",
        "memory": len(memory or []),
        "language": analysis.language,
        "fact_checks": found,
    }


@router.get("/settings")
def settings(loupe: LoupeDep) -> dict[str, Any]:
    """The server's settings (the token masked)."""
    return {"ok": True, "settings": loupe.settings.public(), "pipeline_version": loupe.pipeline_version}


@router.get("/health")
async def health(loupe: LoupeDep) -> dict[str, Any]:
    """Liveness, and whether the analysis workers have loaded their models."""
    warm = loupe.analyser.warmup
    ready = bool(warm and warm.done() and not warm.cancelled() and not warm.exception())
    return {"ok": True, "models_loaded": ready}
