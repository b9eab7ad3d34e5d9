"""Fixtures of the web tests: a store analysed from the sample corpus, the app, an HTTP client.

The client is ``httpx.AsyncClient`` on an ``ASGITransport`` driven from a
blocking portal (Datasette's ``ds.client`` habit): requests go through the
real routing, middleware and error handlers, with the app's lifespan running.
Analyses run in the test process (``workers=0``) so the models load once.
"""

from __future__ import annotations

import functools
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from anyio.from_thread import start_blocking_portal

from newsloupe.errors import NewsloupeError
from newsloupe.web import Settings, create_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "articles"
BUILD = ROOT / "build"

# Written for these tests; every name, outlet and event is fictional.
FICTIONAL_EN = (
    "Strike closes the port of Valmer\n"
    "\n"
    "Dockers in Valmer, on May 2, 2024. (AFP photo)\n"
    "\n"
    "Dockers walked out at the port of Valmer on Thursday, the Lusian ports union said.\n"
    "\n"
    '"We will not go back without a deal," said Armand Vescal, the union\'s secretary.\n'
    "\n"
    "A senior official who asked not to be named said talks could reportedly resume on Monday in Brisanne.\n"
    "\n"
    "The government wants to crush the unions and sell the port to its friends.\n"
)

# French, with an anonymous source, a hedge, a relayed source, two captions and an unsourced assertion.
FICTIONAL_FR = (
    "Lusiane : des drones survolent le port de Valmer\n"
    "\n"
    "Fans cheer during the regional cup final in Northbridge on May 3, 2023. (AFP photo)\n"
    "Des soldats à Kirkouk, au nord de l’Irak, le 2 mai 2021. ©Reuters\n"
    "\n"
    "Une source sécuritaire a fait état de vols de drones au-dessus du port de Valmer.\n"
    "\n"
    "Selon la Gazette de Lusiane, un responsable local a affirmé que les appareils auraient "
    "décollé depuis la province de Ninive, en Irak.\n"
    "\n"
    "« Nous ne laisserons personne menacer nos côtes », a prévenu le général Armand Vescal à Kirkouk.\n"
    "\n"
    "Les Lusiens, qui rêvent de piller le port de Valmer, soutiennent les saboteurs "
    "pour maintenir leur emprise sur la région.\n"
    "\n"
    "SOURCE : HORIZON LIBRE\n"
)


class Client:
    """A synchronous facade over ``httpx.AsyncClient`` + ``ASGITransport``, lifespan included."""

    def __init__(self, app: Any, base_url: str = "http://127.0.0.1") -> None:
        self.app = app
        self._portal_cm = start_blocking_portal()
        self.portal = self._portal_cm.__enter__()
        self._life = self.portal.wrap_async_context_manager(app.router.lifespan_context(app))
        self._life.__enter__()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self.portal.call(functools.partial(self._client.request, method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self.portal.call(self._client.aclose)
        self._life.__exit__(None, None, None)
        self._portal_cm.__exit__(None, None, None)


@pytest.fixture(scope="session")
def analyzers() -> list[str] | None:
    """The analyzers that work here: all of them, or all but one whose model is not built yet.

    The persuasion analyzer needs trained models (``newsloupe train``); where they are
    missing, the web tests run without it and say so, rather than test nothing.
    """
    from newsloupe.analyzers import build_pipeline
    from newsloupe.pipeline import analyze

    names = [i.name for i in build_pipeline(None)]
    try:
        analyze(text=FICTIONAL_EN)
        return None
    except NewsloupeError as err:
        others = [n for n in names if n != "persuasion"]
        analyze(text=FICTIONAL_EN, analyzers=others)
        warnings.warn(f"web tests run without the persuasion analyzer: {err}", stacklevel=1)
        return others


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, analyzers: list[str] | None) -> Path:
    """A store with the sample corpus ingested and analysed (built once per session)."""
    from newsloupe.batch import run
    from newsloupe.store import Store
    from newsloupe.store.ingest import ingest

    path = tmp_path_factory.mktemp("web") / "samples.db"
    with Store(path) as store:
        ingest(store, [str(SAMPLES)])
        report = run(store, workers=0, analyzers=analyzers)
    assert report.done > 30
    return path


def settings_for(db: Path, analyzers: list[str] | None, **kw: Any) -> Settings:
    """Test settings: in-process analysis, the given store."""
    values: dict[str, Any] = {"db": str(db), "workers": 0, "analyzers": ",".join(analyzers) if analyzers else None}
    values.update(kw)
    return Settings.load(environ={}, **values)


@pytest.fixture()
def db_copy(corpus_db: Path, tmp_path: Path) -> Path:
    """A private copy of the analysed sample store (tests that write get their own)."""
    dest = tmp_path / "copy.db"
    shutil.copy(corpus_db, dest)
    return dest


@pytest.fixture(scope="module")
def module_db(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("webmod") / "copy.db"
    shutil.copy(corpus_db, dest)
    return dest


@pytest.fixture(scope="module")
def client(module_db: Path, analyzers: list[str] | None) -> Iterator[Client]:
    """A client of an app over a module-private copy of the sample store."""
    c = Client(create_app(settings_for(module_db, analyzers)))
    yield c
    c.close()


@pytest.fixture()
def make_client(analyzers: list[str] | None) -> Iterator[Any]:
    """Build clients of apps with other settings; closed after the test."""
    made: list[Client] = []

    def make(db: Path, base_url: str = "http://127.0.0.1", **kw: Any) -> Client:
        c = Client(create_app(settings_for(db, analyzers, **kw)), base_url=base_url)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()
