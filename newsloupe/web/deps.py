"""The web app's dependencies, in one place (FastAPI ``Depends``): views and the API
import them from here, never from the app factory, so no module imports its way back up."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from newsloupe.web.loupe import Loupe

__all__ = ["Loupe", "LoupeDep", "get_loupe"]


def get_loupe(request: Request) -> Loupe:
    """The app's central object (a FastAPI dependency)."""
    return request.app.state.loupe


LoupeDep = Annotated[Loupe, Depends(get_loupe)]
