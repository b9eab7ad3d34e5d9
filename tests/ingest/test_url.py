"""URL ingestion refuses internal hosts and fails clearly when a host is unreachable."""

from __future__ import annotations

import pytest

from newsloupe import errors
from newsloupe.errors import BadInput
from newsloupe.ingest import iter_items
from newsloupe.ingest.url import check_url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8000/x",
        "http://10.1.2.3/",
        "http://[::1]/",
        "http://169.254.169.254/latest",
    ],
)
def test_private_and_loopback_addresses_are_refused(url: str) -> None:
    with pytest.raises(BadInput) as info:
        check_url(url)
    assert info.value.code == errors.E_URL_PRIVATE
    assert "--allow-private" in info.value.message


def test_allow_private_lets_loopback_through() -> None:
    check_url("http://127.0.0.1:9/", allow_private=True)


@pytest.mark.parametrize("url", ["ftp://example.org/a", "http:///nohost"])
def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(BadInput):
        check_url(url)


def test_unreachable_url_is_one_recorded_error() -> None:
    (item,) = list(iter_items(["https://nonexistent.invalid/article"]))
    assert item.error is not None and item.error.code == errors.E_URL
    assert item.error.input == "https://nonexistent.invalid/article"


def test_loopback_fetch_works_when_allowed(tmp_path) -> None:
    import http.server
    import threading

    page = (
        b"<html><head><title>Essai</title></head><body><article><h1>Un titre fictif</h1>"
        + (b"<p>Un paragraphe assez long pour constituer le corps d'un article de test, ecrit pour newsloupe.</p>" * 4)
        + b"</article></body></html>"
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/a"
    try:
        (refused,) = list(iter_items([url]))
        assert refused.error is not None and refused.error.code == errors.E_URL_PRIVATE
        (item,) = list(iter_items([url], allow_private=True))
        assert item.ok, item.error
        assert "corps d'un article" in item.article.body
        assert item.article.url == url
    finally:
        server.shutdown()
