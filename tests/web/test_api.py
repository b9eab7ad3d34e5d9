"""Issue 7: the REST API through the real app: JSON by value, the error shape, headers, security rules."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from newsloupe.errors import BadInput
from newsloupe.model import Analysis
from newsloupe.web import Settings
from newsloupe.web.security import CSP
from tests.web.conftest import FICTIONAL_EN, SAMPLES

ERROR_KEYS = {"ok", "error", "errors", "status"}


def assert_error(resp: httpx.Response, status: int, code: str | None = None) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    doc = resp.json()
    assert set(doc) == ERROR_KEYS
    assert doc["ok"] is False and doc["status"] == status
    assert isinstance(doc["error"], str) and doc["error"]
    assert isinstance(doc["errors"], list) and doc["errors"]
    assert all({"code", "message"} <= set(e) for e in doc["errors"])
    if code:
        assert doc["errors"][0]["code"] == code
    return doc


def test_analyze_text_stores_and_returns_the_analysis(client) -> None:
    resp = client.post("/api/analyze", json={"text": FICTIONAL_EN, "outlet": "The Valmer Courier"})
    assert resp.status_code == 201, resp.text
    doc = resp.json()
    assert doc["ok"] is True and doc["status"] == "new"
    aid = doc["id"]
    assert doc["links"] == {"html": f"/articles/{aid}", "json": f"/api/articles/{aid}"}
    analysis = Analysis.model_validate(doc["analysis"])  # the committed schema's document, by value
    assert analysis.text == FICTIONAL_EN
    assert analysis.title == "Strike closes the port of Valmer"
    assert analysis.outlet == "The Valmer Courier"
    assert analysis.language == "en"
    speakers = {a.speaker for a in analysis.attributions}
    assert "Armand Vescal" in speakers
    assert any(a.source_type == "person_anonymous" for a in analysis.attributions)
    assert any(a.hedged for a in analysis.attributions)
    for a in analysis.attributions:  # standoff: every span is a view of the text
        for i in a.content:
            c = analysis.spans.contents[i]
            assert analysis.text[c.start : c.end] == c.text
    assert [c.attrs.credit for c in analysis.captions] == ["AFP"]
    # The same text again: not stored twice, not analysed twice.
    again = client.post("/api/analyze", json={"text": FICTIONAL_EN})
    assert again.status_code == 200
    assert again.json()["id"] == aid and again.json()["status"] == "same-content"
    # And it is readable back, with the same document.
    got = client.get(f"/api/articles/{aid}")
    assert got.status_code == 200
    assert got.json()["analysis"] == doc["analysis"]
    assert got.json()["outcome"]["status"] == "ok"


def test_analyze_html(client) -> None:
    html = (SAMPLES / "html" / "en-northbridge-aleppo-winter.html").read_text(encoding="utf-8")
    resp = client.post("/api/analyze", json={"html": html})
    assert resp.status_code in (200, 201), resp.text
    a = resp.json()["analysis"]
    assert a["format"] == "html" and a["title"] and a["attributions"]


def test_articles_list_and_filters(client) -> None:
    doc = client.get("/api/articles", params={"per_page": 5}).json()
    assert doc["ok"] and doc["total"] >= 39 and len(doc["articles"]) == 5
    ids = [a["id"] for a in doc["articles"]]
    assert ids == sorted(ids, reverse=True)
    one = doc["articles"][0]
    assert one["links"]["html"] == f"/articles/{one['id']}"
    fr = client.get("/api/articles", params={"lang": "fr", "per_page": 200}).json()
    assert fr["articles"] and all(a["language"] == "fr" for a in fr["articles"])
    herald = client.get("/api/articles", params={"outlet": "the northbridge herald"}).json()
    assert herald["total"] == 4
    assert_error(client.get("/api/articles", params={"per_page": 0}), 422)


def test_search_stats_timeseries_places(client) -> None:
    hits = client.get("/api/search", params={"q": "grain", "lang": "en"}).json()
    assert hits["ok"] and hits["hits"]
    assert all(h["language"] == "en" for h in hits["hits"])
    assert hits["filters"] == {"language": "en"}
    assert_error(client.get("/api/search", params={"q": "  "}), 400)
    stats = client.get("/api/stats").json()
    assert stats["corpus"]["stored"] >= 39
    assert {"outlet", "articles", "anonymous_share", "top_techniques"} <= set(stats["outlets"][0])
    assert stats["source_types"]["person_named"] > 0
    assert stats["top_speakers"] and stats["top_anonymous_sources"]
    ts = client.get("/api/timeseries", params={"metric": "anonymous_share"}).json()
    assert ts["months"] == sorted(ts["months"]) and ts["series"]
    for values in ts["series"].values():
        assert all(0 <= v <= 1 for v in values.values())
    geo = client.get("/api/places").json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    f = geo["features"][0]
    lon, lat = f["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert f["properties"]["mentions"] >= f["properties"]["articles"] >= 1


def test_error_shape_and_404(client) -> None:
    assert_error(client.get("/api/articles/999999"), 404, "NL-E009")
    assert_error(client.get("/api/nothing-here"), 404)
    assert_error(client.post("/api/analyze", json={"text": "a", "url": "https://x.example/"}), 422)
    assert_error(client.post("/api/analyze", json={}), 422)
    assert_error(client.post("/api/analyze", json={"text": "   \n  "}), 400, "NL-E001")
    assert_error(client.post("/api/analyze", json={"text": "Titre\n\nTexte.", "lang": "xx"}), 400, "NL-E006")
    bad_json = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert_error(bad_json, 422)


def test_security_headers_and_json_twin(client) -> None:
    for path in ("/", "/api/stats", "/corpus", "/static/newsloupe.css", "/api/nothing"):
        resp = client.get(path)
        assert resp.headers["content-security-policy"] == CSP
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["referrer-policy"] == "same-origin"
        assert resp.headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "frame-ancestors 'none'" in CSP
    page = client.get("/corpus")
    assert page.headers["link"] == '</api/stats>; rel="alternate"; type="application/json"'
    head = client.request("HEAD", "/corpus")
    assert head.status_code == 200 and head.content == b""


def test_openapi(client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/analyze", "/api/articles", "/api/articles/{aid}", "/api/search", "/api/stats", "/api/places"):
        assert path in spec["paths"]
    assert "Analysis" in spec["components"]["schemas"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and 'src="/static/docs.js"' in docs.text and "<script>" not in docs.text


def test_loopback_server_refuses_other_host_names(client) -> None:
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 cannot talk to the server."""
    assert_error(client.get("/api/stats", headers={"host": "evil.example"}), 403, "NL-E020")
    assert client.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200


def test_cross_origin_write_is_refused(client) -> None:
    resp = client.post("/api/analyze", json={"text": FICTIONAL_EN}, headers={"origin": "https://evil.example"})
    assert_error(resp, 403, "NL-E020")


def test_off_loopback_needs_a_token(db_copy: Path, make_client) -> None:
    with pytest.raises(BadInput, match="token"):
        Settings.load(environ={}, db=str(db_copy), host="0.0.0.0")
    c = make_client(db_copy, base_url="http://news.lan", host="0.0.0.0", token="s3cret")
    body = {"text": FICTIONAL_EN}
    assert_error(c.post("/api/analyze", json=body), 401)
    assert_error(c.post("/api/analyze", json=body, headers={"authorization": "Bearer nope"}), 401)
    # The token is checked before the body: a bad body without a token is still a 401.
    assert_error(c.post("/api/analyze", json={}), 401)
    ok = c.post("/api/analyze", json=body, headers={"authorization": "Bearer s3cret"})
    assert ok.status_code in (200, 201), ok.text
    assert c.get("/api/stats").status_code == 200  # reads need no token
    assert c.get("/api/settings").json()["settings"]["token"] == "***"
    form = c.post("/analyse", data={"text": FICTIONAL_EN}, follow_redirects=False)
    assert form.status_code == 401 and "text/html" in form.headers["content-type"]
    form = c.post("/analyse", data={"text": FICTIONAL_EN, "token": "s3cret"}, follow_redirects=False)
    assert form.status_code == 303


def test_upload_cap(db_copy: Path, make_client) -> None:
    c = make_client(db_copy, max_upload_bytes=4096)
    assert_error(c.post("/api/analyze", json={"text": "x" * 5000}), 413, "NL-E003")
    page = c.post("/analyse", files={"file": ("big.txt", b"y" * 6000, "text/plain")})
    assert page.status_code == 413 and "text/html" in page.headers["content-type"]
    small = c.post("/analyse", files={"file": ("a.txt", FICTIONAL_EN.encode(), "text/plain")}, follow_redirects=False)
    assert small.status_code == 303 and small.headers["location"].startswith("/articles/")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/", "http://localhost/admin", "http://169.254.169.254/latest/meta-data", "http://[::1]/"]
)
def test_private_urls_are_refused(client, url: str) -> None:
    assert_error(client.post("/api/analyze", json={"url": url}), 400, "NL-E008")


def test_redirect_to_a_private_address_is_refused(client, monkeypatch) -> None:
    """A public page that redirects to a loopback address: the second hop is refused, never fetched."""
    import newsloupe.ingest.url as url_mod

    real_getaddrinfo = socket.getaddrinfo

    class PublicDNS:
        gaierror = socket.gaierror

        @staticmethod
        def getaddrinfo(host: str, port: int, *args, **kwargs):
            if host == "news.example":
                return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]
            return real_getaddrinfo(host, port, *args, **kwargs)

    fetched = []

    def handler(request: httpx.Request) -> httpx.Response:
        fetched.append(str(request.url))
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"location": "http://127.0.0.1:9/admin"})
        return httpx.Response(200, text="secret")

    real_client = httpx.Client
    monkeypatch.setattr(url_mod, "socket", PublicDNS)
    monkeypatch.setattr(httpx, "Client", lambda **kw: real_client(**{**kw, "transport": httpx.MockTransport(handler)}))
    assert_error(client.post("/api/analyze", json={"url": "http://news.example/story"}), 400, "NL-E008")
    assert fetched == ["http://news.example/story"]


@pytest.fixture()
def local_site() -> str:
    """A loopback HTTP server serving one sample page."""
    page = (SAMPLES / "html" / "fr-horizon-falloujah-depot.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/article"
    server.shutdown()


def test_allow_private_flag_lets_url_analysis_reach_loopback(db_copy: Path, make_client, local_site: str) -> None:
    c = make_client(db_copy, allow_private=True)
    resp = c.post("/api/analyze", json={"url": local_site})
    assert resp.status_code in (200, 201), resp.text
    assert resp.json()["analysis"]["title"]


def test_an_upper_case_scheme_is_a_url_as_in_the_cli(db_copy: Path, make_client, local_site: str) -> None:
    shouted = "HTTP://" + local_site.removeprefix("http://")
    # refused as a private address (as the CLI does), not as "only http(s) URLs"
    assert_error(make_client(db_copy).post("/api/analyze", json={"url": shouted}), 400, "NL-E008")
    resp = make_client(db_copy, allow_private=True).post("/api/analyze", json={"url": shouted})
    assert resp.status_code in (200, 201), resp.text
    assert resp.json()["analysis"]["title"]


def test_settings_list_feeds_the_settings_endpoint(client) -> None:
    from newsloupe.web.settings import SETTINGS

    got = client.get("/api/settings").json()["settings"]
    assert set(got) == {s.name for s in SETTINGS}
    assert json.dumps(got)  # JSON-ready
