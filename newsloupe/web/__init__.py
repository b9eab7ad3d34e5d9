"""The web app: analyse an article in the browser, explore a corpus, a REST API.

``create_app(settings)`` builds the FastAPI app around one :class:`Loupe`
(the central object: store, analysis workers, templates, strings);
``newsloupe serve`` runs it with uvicorn. Pages are server-rendered
(``views/`` + ``templates/``), charts and maps are inline SVG, and the one
script (``static/newsloupe.js``) only adds hover and click details.
"""

from __future__ import annotations

from newsloupe.web.app import Loupe, create_app
from newsloupe.web.settings import SETTINGS, Settings

__all__ = ["SETTINGS", "Loupe", "Settings", "create_app"]
