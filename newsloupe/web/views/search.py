"""Full-text search with filters (/search)."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from newsloupe.errors import BadInput
from newsloupe.labels import SOURCE_TYPES
from newsloupe.store.search import Filters, search
from newsloupe.web.deps import LoupeDep
from newsloupe.web.i18n import Translator
from newsloupe.web.messages import ui_message
from newsloupe.web.views import common, query_of

router = APIRouter(include_in_schema=False)
# search() marks matches in snippets as [word]; only balanced pairs become <mark>.
_MATCH = re.compile(r"\[([^\[\]]*)\]")


def snippet_html(snippet: str) -> Markup:
    """The snippet escaped, with FTS5's ``[match]`` markers turned into ``<mark>``."""
    out, pos = [], 0
    for m in _MATCH.finditer(snippet):
        out.append(str(escape(snippet[pos : m.start()])))
        out.append(f"<mark>{escape(m.group(1))}</mark>")
        pos = m.end()
    out.append(str(escape(snippet[pos:])))
    return Markup("".join(out))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """The search form and, with ``q``, the hits."""
    q = query_of(request)
    hits = None
    error = None
    try:  # a bad filter value (BadValue, 422) is shown beside the form, as a bad query is, with or without a query
        filters = Filters(
            q.get("outlet"),
            q.get("language"),
            q.get("since"),
            q.get("until"),
            q.get("source_type"),
            q.get("technique"),
        )
        if q.get("q", "").strip():
            found = search(loupe.reader(), q["q"], filters, limit=50)
            hits = [{**h.to_dict(), "snippet_html": snippet_html(h.snippet)} for h in found]
    except BadInput as err:
        error = err
    api = {("lang" if k == "language" else k): v for k, v in q.items()}
    # the error worded in the page's language (a filter's own message is English: the API's)
    message = ui_message(error, Translator(loupe.lang_of(request))) if error else None
    ctx = {
        "query": q,
        "hits": hits,
        "error": error,
        "error_message": message,
        "source_types": SOURCE_TYPES,
        **common(loupe),
    }
    json_url = "/api/search?" + urlencode(api) if q.get("q") else None
    return loupe.page(request, "search.html", ctx, json_url=json_url, status=error.status if error else 200)
