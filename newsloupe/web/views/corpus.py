"""The corpus dashboard (/corpus) and one time-series chart (/corpus/chart)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsloupe.store.stats import corpus_totals, outlet_profiles
from newsloupe.web import queries
from newsloupe.web.charts import bars, line_chart
from newsloupe.web.deps import LoupeDep
from newsloupe.web.geo import Marker, map_context
from newsloupe.web.i18n import Translator
from newsloupe.web.views import common, query_of

router = APIRouter(include_in_schema=False)
# (sort key, UI string, numeric): the outlets table's sortable columns.
COLUMNS = [
    ("outlet", "outlet", False),
    ("articles", "articles", True),
    ("analysed", "analysed", True),
    ("anonymous_share", "anonymous_share", True),
    ("attributions_per_article", "attributions_per_article", True),
    ("unsourced_per_article", "unsourced_per_article", True),
    ("fact_checked", "fact_checked", True),
]
PERCENT_METRICS = {"anonymous_share"}


def by_count(item: tuple[str, int]) -> int:
    """Sort key: largest count first."""
    return -item[1]


def sort_profiles(profiles: list[dict[str, Any]], key: str, desc: bool) -> list[dict[str, Any]]:
    """Outlet profiles sorted by a column; missing values last either way."""
    if key == "outlet":
        return sorted(profiles, key=lambda p: (p["outlet"] or "~").lower(), reverse=desc)
    have = [p for p in profiles if p.get(key) is not None]
    missing = [p for p in profiles if p.get(key) is None]
    return sorted(have, key=lambda p: p[key], reverse=desc) + missing


def corpus_markers(rows: list[dict[str, Any]]) -> list[Marker]:
    """Map markers of :func:`queries.places` rows, linking to the map page of each place."""
    return [
        Marker(
            r["lat"],
            r["lon"],
            f"{r['name']}{' (' + r['country'] + ')' if r['country'] else ''}: {r['mentions']} × / {r['articles']}",
            "/map?" + urlencode({"place": r["name"], "country": r["country"] or ""}),
            r["mentions"],
        )
        for r in rows
    ]


def named_series(series: dict[str, Any], t: Translator) -> dict[str, Any]:
    """``series`` with the articles of no known outlet (key '') under the UI's name for them."""
    return {(name or t("unknown_outlet")): values for name, values in series.items()}


def thin(ts: dict[str, Any], t: Translator) -> dict[str, Any]:
    """What a chart says of what each point rests on: its articles (a thin point marked), the undated left out."""
    return {
        "counts": named_series(ts["counts"], t),
        "undated": named_series(ts["undated"], t),
        "min_articles": ts["min_articles"],
        "decimal": t("decimal_sep"),
    }


@router.get("/corpus", response_class=HTMLResponse)
def dashboard(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """Outlets table, time series, top sources, source types and the map of places."""
    conn = loupe.reader()
    t = Translator(loupe.lang_of(request))
    q = query_of(request)
    sort = q.get("sort", "articles") if q.get("sort") in {c[0] for c in COLUMNS} else "articles"
    desc = q.get("desc", "1") != "0"
    anon = queries.time_series(conn, "anonymous_share")
    tech = queries.time_series(conn, "techniques_per_article")
    types = queries.source_type_totals(conn)
    rows = queries.places(conn, limit=queries.MAP_PLACES)
    ctx = {
        "totals": corpus_totals(conn),
        "profiles": sort_profiles(outlet_profiles(conn), sort, desc),
        "columns": COLUMNS,
        "sort": sort,
        "desc": desc,
        "chart_anon": line_chart(anon["months"], named_series(anon["series"], t), percent=True, **thin(anon, t)),
        "chart_tech": line_chart(tech["months"], named_series(tech["series"], t), **thin(tech, t)),
        "speakers": queries.top_speakers(conn, limit=12),
        "anonymous": queries.top_speakers(conn, limit=12, anonymous=True),
        "type_bars": bars([(t(f"type_{k}"), float(v), f"q-{k}") for k, v in sorted(types.items(), key=by_count)]),
        "map": map_context(corpus_markers(rows), limit=queries.MAP_PLACES),
    }
    return loupe.page(request, "corpus.html", ctx, json_url="/api/stats")


@router.get("/corpus/chart", response_class=HTMLResponse)
def chart(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """One metric per outlet × month, with its data table."""
    conn = loupe.reader()
    metric = request.query_params.get("metric") or "anonymous_share"
    if metric not in queries.METRICS:
        metric = "anonymous_share"
    technique = request.query_params.get("technique") or None
    chosen = [o for o in request.query_params.getlist("outlet") if o]
    ts = queries.time_series(conn, metric, outlets=chosen or None, technique=technique)
    params: list[tuple[str, str]] = [("metric", metric)]
    params += [("outlet", o) for o in chosen]
    if technique:
        params.append(("technique", technique))
    t = Translator(loupe.lang_of(request))
    ctx = {
        "metric": metric,
        "metrics": queries.METRICS,
        "technique": technique,
        "chosen": list(ts["series"]),
        "series": named_series(ts["series"], t),
        "counts": named_series(ts["counts"], t),
        "months": ts["months"],
        "chart": line_chart(
            ts["months"], named_series(ts["series"], t), percent=metric in PERCENT_METRICS, **thin(ts, t)
        ),
        "min_articles": ts["min_articles"],
        **common(loupe),
    }
    return loupe.page(request, "chart.html", ctx, json_url="/api/timeseries?" + urlencode(params))
