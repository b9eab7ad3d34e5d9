"""Out-of-range integers, unknown filter values and malformed URLs: 4xx answers naming the parameter, never 500."""

from __future__ import annotations

import pytest

from tests.web.test_api import assert_error

HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    "path",
    [
        f"/api/articles/{HUGE}",
        f"/articles/{HUGE}",
        f"/stories/{HUGE}",
        f"/claims/{HUGE}",
        f"/api/stories/{HUGE}",
        f"/api/claims/{HUGE}",
        f"/api/places?article={HUGE}",
        f"/api/graph?story={HUGE}",
        f"/api/articles?page={HUGE}",
        f"/api/factchecks?page={HUGE}",
        f"/api/stories?min_articles={HUGE}",
        f"/api/claims?min_articles={HUGE}",
    ],
)
def test_out_of_range_integers_are_422_not_500(client, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 422, resp.text


@pytest.mark.parametrize("path", [f"/factchecks?page={HUGE}", f"/articles?page={HUGE}"])
def test_out_of_range_pages_of_html_lists_are_pages(client, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 200, resp.text


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/search?q=port&since=garbage", "since"),
        ("/api/search?q=port&until=2026-13", "until"),
        ("/api/search?q=port&source_type=bogus", "source_type"),
        ("/api/search?q=port&technique=bogus", "technique"),
        ("/api/search?q=port&lang=xx", "lang"),
        ("/api/timeseries?metric=bogus", "metric"),
        ("/api/articles?sort=bogus", "sort"),
    ],
)
def test_unknown_filter_values_are_422_naming_the_parameter(client, path: str, field: str) -> None:
    doc = assert_error(client.get(path), 422, "NL-E010")
    assert doc["errors"][0]["input"] == field and "not allowed" in doc["error"]


def test_graph_of_a_missing_story_is_404(client) -> None:
    assert_error(client.get("/api/graph?story=99999"), 404, "NL-E009")


@pytest.mark.parametrize("url", ["http://[::1/", "http://example.com:99999/", "http://[zz]/", "http://h:abc/"])
def test_malformed_urls_are_400(make_client, db_copy, url: str) -> None:
    c = make_client(db_copy)
    assert_error(c.post("/api/analyze", json={"url": url}), 400, "NL-E007")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "   "}, "text"),
        ({"text": "\x00\x00\x00"}, "text"),
        ({"text": "Le port a rouvert.", "lang": "xx"}, "lang"),
    ],
)
def test_fact_check_match_refuses_blank_text_and_unknown_languages(make_client, db_copy, body, field: str) -> None:
    c = make_client(db_copy)
    doc = assert_error(c.post("/api/factchecks/match", json=body), 422, "NL-E010")
    assert doc["errors"][0]["input"] == field
