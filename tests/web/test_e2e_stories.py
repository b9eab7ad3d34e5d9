"""Stories end to end in Chromium: the story list, a timeline, a claim, the source graph (offline, CSP-clean)."""

from __future__ import annotations

import re
from typing import Any

from tests.web.test_e2e import SHOTS, Watch, base_url, browser, page, pytestmark  # noqa: F401


def test_story_timeline_claim_and_graph(page: tuple[Any, Watch], base_url: str) -> None:  # noqa: F811
    pg, watch = page
    pg.goto(f"{base_url}/stories")
    links = pg.locator("table.stories tbody th a")
    assert links.count() >= 1
    links.first.click()
    pg.wait_for_url(re.compile(r".*/stories/\d+$"))
    assert pg.locator("#timeline li").count() >= 2  # only stories of several articles are listed
    assert pg.locator("#timeline svg circle.mark").count() >= 1  # undated articles have no mark
    assert pg.locator("#story-graph svg").count() == 1
    pg.screenshot(path=str(SHOTS / "story.png"), full_page=True)
    pg.locator("#timeline svg a").first.click()
    pg.wait_for_url(re.compile(r".*/articles/\d+$"))
    assert pg.locator("#story-links a").count() >= 1
    pg.goto(f"{base_url}/claims")
    claims = pg.locator("table.claims tbody th a")
    if claims.count():
        claims.first.click()
        pg.wait_for_url(re.compile(r".*/claims/\d+$"))
        assert pg.locator("li.first-seen").count() == 1
        assert pg.locator("ol.occurrences mark").count() >= 2
    else:
        assert pg.locator("table.claims .empty").count() == 1
    pg.goto(f"{base_url}/graph")
    assert pg.locator("svg line.edge").count() >= 1
    pg.screenshot(path=str(SHOTS / "graph.png"), full_page=True)
    assert watch.clean(), vars(watch)
