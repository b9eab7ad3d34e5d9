"""The web app's dependencies, in one place (FastAPI ``Depends``): views and the API
import them from here, never from the app factory, so no module imports its way back up."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, TypeVar

from fastapi import Depends, Path, Query, Request

from newsloupe.web.loupe import Loupe

__all__ = [
    "MAX_PER_PAGE",
    "ArticleRef",
    "Count",
    "IdPath",
    "IdQuery",
    "Loupe",
    "LoupeDep",
    "PageNo",
    "PerPage",
    "get_loupe",
    "page_of",
    "paged",
]

# SQLite integers are signed 64-bit: a larger id, page or count from a URL is a 422, never an OverflowError.
SQL_MIN, SQL_MAX = -(2**63), 2**63 - 1
MAX_PAGE = 10**9  # (page - 1) * per_page stays far below SQL_MAX
MAX_PER_PAGE = 200  # the most items one page of a JSON list holds

IdPath = Annotated[int, Path(ge=SQL_MIN, le=SQL_MAX, description="a stored id")]
# an article: the id the commands print (``article12``, the store's doc_id) or the store's number (``3``)
ArticleRef = Annotated[
    str,
    Path(min_length=1, max_length=300, description="an article id as the commands print it, or the store's number"),
]
IdQuery = Annotated[int | None, Query(ge=SQL_MIN, le=SQL_MAX, description="a stored id")]
PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="items per page")]
Count = Annotated[int, Query(ge=0, le=SQL_MAX)]


def page_of(query: dict[str, str]) -> int:
    """The ``page`` of an HTML page's query string: a whole number from 1 to MAX_PAGE (else 1 or MAX_PAGE)."""
    try:
        return min(MAX_PAGE, max(1, int(query.get("page", "1"))))
    except ValueError:
        return 1


T = TypeVar("T")


def paged(items: Sequence[T], page: int, per_page: int) -> Sequence[T]:
    """The items of one page (``page`` from 1, ``per_page`` items each); empty past the last page."""
    return items[(page - 1) * per_page : page * per_page]


def get_loupe(request: Request) -> Loupe:
    """The app's central object (a FastAPI dependency)."""
    return request.app.state.loupe


LoupeDep = Annotated[Loupe, Depends(get_loupe)]
