"""Issue 7 end to end: Debian's Chromium (headless, through Playwright) drives a real server.

The server is uvicorn on 127.0.0.1 over a copy of the analysed sample store. The
browser may only talk to that server: any other request is aborted and fails the
test, so charts, maps and docs are shown to work offline. Screenshots go to
``build/screenshots/``. Skipped, with the reason, where Chromium or Playwright
is missing (``apt-get install -y chromium``; ``pip install playwright``, never
``playwright install``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conftest import SEED
from tests.web.conftest import BUILD, FICTIONAL_FR, SAMPLES, settings_for
from tests.web.test_pages import HOSTILE_HTML

CHROMIUM = os.environ.get("NEWSLOUPE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = BUILD / "screenshots"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"Debian's Chromium is not at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install playwright; no `playwright install` needed)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")


@pytest.fixture(scope="module")
def base_url(corpus_db: Path, analyzers: list[str] | None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uvicorn server on a free loopback port, in a thread of the test process."""
    import uvicorn

    from newsloupe.web import create_app

    db = tmp_path_factory.mktemp("e2e") / "e2e.db"
    shutil.copy(corpus_db, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(settings_for(db, analyzers, port=port))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """What a page did that it should not: console errors (CSP violations), dialogs, outside requests."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside: list[str] = []

    def clean(self) -> bool:
        return not (self.errors or self.dialogs or self.outside)


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[tuple[Any, Watch]]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    watch = Watch()
    host = urlsplit(base_url).netloc

    def guard(route: Any) -> None:
        if urlsplit(route.request.url).netloc == host:
            route.continue_()
        else:
            watch.outside.append(route.request.url)
            route.abort()

    ctx.route("**/*", guard)
    pg = ctx.new_page()
    pg.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))

    def on_dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg, watch
    ctx.close()


def analyse_through_the_form(pg: Any, base_url: str, text: str) -> int:
    pg.goto(f"{base_url}/")
    pg.fill("#text", text)
    pg.click("#analyse-button")
    pg.wait_for_url(re.compile(r".*/articles/\d+$"), timeout=60_000)
    return int(pg.url.rsplit("/", 1)[1])


def check_annotated_article(pg: Any, *, badges: set[str], min_markers: int) -> None:
    text = pg.locator("#article-text")
    assert text.locator(".q-person_anonymous").count() >= 1
    assert text.locator(".hedge").count() >= 1
    assert text.locator(".assert").count() >= 1
    assert pg.locator(".legend").is_visible()
    found = {
        c.split()[1].removeprefix("badge-")
        for c in text.locator(".caption-check .badge").evaluate_all("els => els.map(e => e.className)")
    }
    assert badges <= found, found
    markers = pg.locator("#places svg a.marker")
    assert markers.count() >= min_markers
    # Hover shows the speaker (title); a click or Enter fills the details panel.
    anon = text.locator(".q-person_anonymous").first
    assert anon.get_attribute("title")
    anon.click()
    details = pg.locator("#details")
    details.wait_for(state="visible")
    assert details.locator('[data-field="speaker"]').inner_text().strip() not in ("", "–")
    pg.keyboard.press("Escape")
    assert details.is_hidden()
    first_quote = text.locator(".q[tabindex='0']").first
    first_quote.focus()
    pg.keyboard.press("Enter")
    assert details.is_visible()


def test_seed_article_through_the_page(page: tuple[Any, Watch], base_url: str) -> None:
    """The seed (../shared): anonymous source, hedge, unsourced assertion, caption badges, map markers."""
    if not SEED.exists():
        pytest.skip("../shared/gold is not here (a fresh clone has no ../shared)")
    pg, watch = page
    analyse_through_the_form(pg, base_url, SEED.read_text(encoding="utf-8"))
    check_annotated_article(pg, badges={"unrelated", "file_photo"}, min_markers=5)
    assert pg.locator("#sourcing").inner_text().count("%") >= 2
    pg.screenshot(path=str(SHOTS / "seed-article.png"), full_page=True)
    pg.locator("#places").screenshot(path=str(SHOTS / "seed-article-map.png"))
    pg.set_viewport_size({"width": 390, "height": 844})
    pg.screenshot(path=str(SHOTS / "seed-article-phone.png"))
    assert watch.clean(), vars(watch)


def test_fictional_article_through_the_page(page: tuple[Any, Watch], base_url: str) -> None:
    """The same checks on a text written for the tests (runs without ../shared)."""
    pg, watch = page
    aid = analyse_through_the_form(pg, base_url, FICTIONAL_FR)
    check_annotated_article(pg, badges={"unrelated", "related"}, min_markers=2)
    # The JSON twin is one click away and holds the same article.
    twin = pg.locator("a.json-link").get_attribute("href")
    assert twin == f"/api/articles/{aid}"
    pg.screenshot(path=str(SHOTS / "fictional-article.png"), full_page=True)
    pg.goto(f"{base_url}{twin}")
    assert json.loads(pg.locator("body").inner_text())["analysis"]["text"] == FICTIONAL_FR
    assert watch.clean(), vars(watch)


def test_corpus_dashboard_and_a_chart(page: tuple[Any, Watch], base_url: str) -> None:
    pg, watch = page
    pg.goto(f"{base_url}/corpus")
    rows = pg.locator("table.outlets tbody tr")
    assert rows.count() >= 10
    pg.screenshot(path=str(SHOTS / "corpus.png"), full_page=True)
    pg.click("table.outlets thead th:nth-child(4) a")  # sort by anonymous share
    assert pg.locator("table.outlets th[aria-sort]").count() == 1
    pg.click("#chart-anonymous a.open-chart")
    pg.wait_for_url(re.compile(r".*/corpus/chart\?metric=anonymous_share"))
    assert pg.locator("#c-main svg path.line").count() >= 1
    assert pg.locator("#c-main svg circle.pt").count() >= 3
    pg.select_option("#metric", "articles")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_url(re.compile(r".*metric=articles.*"))
    assert pg.locator("#c-main svg path.line").count() >= 1
    pg.screenshot(path=str(SHOTS / "chart.png"), full_page=True)
    pg.goto(f"{base_url}/map")
    assert pg.locator("svg a.marker").count() >= 20
    pg.locator("svg a.marker").first.click()
    pg.wait_for_url(re.compile(r".*/map\?place=.*"))
    assert pg.locator("#place-articles li").count() >= 1
    pg.screenshot(path=str(SHOTS / "map.png"), full_page=True)
    assert watch.clean(), vars(watch)


@pytest.mark.parametrize("which", ["crafted", "sample"])
def test_hostile_article_renders_inert(page: tuple[Any, Watch], base_url: str, which: str) -> None:
    import httpx

    pg, watch = page
    html = HOSTILE_HTML if which == "crafted" else (SAMPLES / "html" / "hostile.html").read_text(encoding="utf-8")
    resp = httpx.post(f"{base_url}/api/analyze", json={"html": html}, timeout=120)
    assert resp.status_code in (200, 201), resp.text
    pg.goto(f"{base_url}/articles/{resp.json()['id']}")
    pg.wait_for_load_state("networkidle")
    for link in pg.locator("a").all()[:40]:  # hovering and clicking article links runs nothing
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith("javascript:")
    pg.locator("#article-text p").first.click()
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    assert pg.evaluate("document.scripts.length") == 1
    assert (
        pg.evaluate(
            "[...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))"
        )
        is False
    )
    if which == "crafted":
        assert "<script>alert(7)</script>" in pg.locator("#article-text").inner_text()
    pg.screenshot(path=str(SHOTS / f"hostile-{which}.png"), full_page=True)
    assert watch.dialogs == [] and watch.outside == [] and watch.errors == [], vars(watch)


def test_api_docs_work_offline(page: tuple[Any, Watch], base_url: str) -> None:
    pg, watch = page
    pg.goto(f"{base_url}/docs")
    pg.locator(".opblock").first.wait_for(timeout=30_000)
    assert pg.locator(".opblock").count() >= 6
    pg.screenshot(path=str(SHOTS / "api-docs.png"))
    assert watch.clean(), vars(watch)


def test_a_reduced_language_through_the_form(page: tuple[Any, Watch], base_url: str) -> None:
    """Spanish: refused in the UI's language without a CLI flag, then analysed once chosen in the form."""
    from tests.web.test_submissions import SPANISH

    pg, watch = page
    pg.goto(f"{base_url}/?lang=fr")
    pg.fill("#text", SPANISH)
    pg.click("#analyse-button")
    alert = pg.locator("#form-error")
    alert.wait_for(state="visible", timeout=60_000)
    message = alert.inner_text()
    assert "espagnol" in message and "--lang" not in message, message
    assert pg.locator("#text").input_value().startswith("El puerto de Valmer")
    pg.select_option("#language", "es")
    pg.click("#analyse-button")
    pg.wait_for_url(re.compile(r".*/articles/\d+$"), timeout=60_000)
    aid = int(pg.url.rsplit("/", 1)[1])
    pg.goto(f"{base_url}/api/articles/{aid}")
    assert json.loads(pg.locator("body").inner_text())["analysis"]["language"] == "es"
    # (the refused post is a 400, which the browser logs; nothing else)
    assert all("status of 400" in e for e in watch.errors) and not watch.dialogs and not watch.outside, vars(watch)
