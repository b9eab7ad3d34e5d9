"""URL fetching: the connection goes to the address that was checked, a whole-download deadline,
malformed URLs and IPv6 translation forms refused with the URL error codes."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from typing import ClassVar

import httpcore
import pytest
from typer.testing import CliRunner

from newsloupe import errors
from newsloupe.cli import app
from newsloupe.errors import BadInput
from newsloupe.ingest.url import check_url, fetch

runner = CliRunner()
PUBLIC = "93.184.216.34"


class _Site(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Site.hits.append(self.path)
        if self.path.startswith("/slow"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(200):  # one byte every 0.2 s: no single read ever times out
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.2)
            return
        if self.path.startswith("/go"):
            self.send_response(302)
            self.send_header("Location", self.path.split("to=", 1)[1])
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"internal page")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site() -> Iterator[int]:
    _Site.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_port
    server.shutdown()


@pytest.fixture()
def rebinding(monkeypatch) -> list[str]:
    """rebind.test answers a public address first, then loopback; connections are recorded, never made outside."""
    real_gai = socket.getaddrinfo
    answers = {"n": 0}

    def gai(host, port, *args, **kwargs):
        if host == "rebind.test":
            answers["n"] += 1
            return real_gai(PUBLIC if answers["n"] == 1 else "127.0.0.1", port, *args, **kwargs)
        return real_gai(host, port, *args, **kwargs)

    connected: list[str] = []
    real_connect = httpcore.SyncBackend.connect_tcp

    def connect(self, host, port, *args, **kwargs):
        connected.append(host)
        if host == PUBLIC:
            raise httpcore.ConnectError("no network in the tests")
        return real_connect(self, host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", gai)
    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect)
    return connected


def test_dns_rebinding_never_reaches_the_internal_address(rebinding: list[str], site: int) -> None:
    with pytest.raises(BadInput) as info:
        fetch(f"http://rebind.test:{site}/article")
    # the check saw the public answer; the connection resolved again, saw loopback and refused it
    assert "127.0.0.1" not in rebinding and _Site.hits == []
    assert info.value.code == errors.E_URL_PRIVATE


def test_the_connected_peer_is_checked(monkeypatch, site: int) -> None:
    """A resolver answering public for the check but a socket ending on loopback is refused at connection."""
    real_connect = httpcore.SyncBackend.connect_tcp
    real_gai = socket.getaddrinfo

    def gai(host, port, *args, **kwargs):
        return real_gai(PUBLIC if host == "evil.test" else host, port, *args, **kwargs)

    def connect(self, host, port, *args, **kwargs):
        return real_connect(self, "127.0.0.1", port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", gai)
    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect)
    with pytest.raises(BadInput) as info:
        fetch(f"http://evil.test:{site}/article")
    assert info.value.code == errors.E_URL_PRIVATE and _Site.hits == []


def test_a_download_past_its_deadline_is_a_clear_url_error(site: int, monkeypatch) -> None:
    url = f"http://127.0.0.1:{site}/slow"
    with pytest.raises(BadInput) as info:
        fetch(url, allow_private=True, deadline=1.0)
    assert info.value.code == errors.E_URL and info.value.input == url
    assert "longer than 1 s" in info.value.message
    monkeypatch.setenv("NEWSLOUPE_FETCH_DEADLINE", "1")
    res = runner.invoke(app, ["extract", url, "--allow-private"])
    assert res.exit_code == 1
    assert url in res.stderr and "NEWSLOUPE_FETCH_DEADLINE" in res.stderr and "NL-E007" in res.stderr
    monkeypatch.setenv("NEWSLOUPE_FETCH_DEADLINE", "soon")
    res = runner.invoke(app, ["extract", url, "--allow-private"])
    assert res.exit_code == 1 and "NEWSLOUPE_FETCH_DEADLINE='soon'" in res.stderr


@pytest.mark.parametrize(
    "url", ["http://example.com:99999/", "http://[::1/", "http://example.com:abc/", "http://[zz]/"]
)
def test_malformed_urls_are_url_errors(url: str) -> None:
    with pytest.raises(BadInput) as info:
        check_url(url)
    assert info.value.code == errors.E_URL
    res = runner.invoke(app, ["extract", url])
    assert res.exit_code == 1
    assert "NL-E007" in res.stderr and "internal error" not in res.stderr


@pytest.mark.parametrize(
    "url",
    [
        "http://[64:ff9b::7f00:1]:8765/",  # NAT64 of 127.0.0.1
        "http://[64:ff9b:1::a00:1]/",  # local-use NAT64
        "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
        "http://[::7f00:1]/",  # IPv4-compatible 127.0.0.1
        "http://[::ffff:0:a00:1]/",  # SIIT 10.0.0.1
        "http://[fec0::1]/",  # site-local
    ],
)
def test_ipv6_forms_embedding_internal_addresses_are_refused(url: str) -> None:
    with pytest.raises(BadInput) as info:
        check_url(url)
    assert info.value.code == errors.E_URL_PRIVATE


def test_ipv6_forms_embedding_public_addresses_pass() -> None:
    check_url("http://[64:ff9b::5db8:d822]/")  # NAT64 of a public address
    check_url("http://[2002:5db8:d822::1]/")


def test_a_name_lookup_that_hangs_is_bounded_by_the_deadline(monkeypatch) -> None:
    # getaddrinfo cannot be interrupted: the fetch stops waiting for it at the deadline
    real_gai = socket.getaddrinfo
    release = threading.Event()
    asked: list[str] = []

    def gai(host, port, *args, **kwargs):
        if host == "slow-dns.test":
            asked.append(host)
            release.wait(30)
            raise socket.gaierror("no answer")
        return real_gai(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", gai)
    url = "http://slow-dns.test/article"
    try:
        with pytest.raises(BadInput) as info:
            fetch(url, deadline=0.5)
    finally:
        release.set()
    assert asked == ["slow-dns.test"]
    assert info.value.code == errors.E_URL and info.value.input == url
    assert "longer than 0.5 s" in info.value.message


def test_a_lookup_error_inside_the_deadline_is_still_a_resolve_error(monkeypatch) -> None:
    def gai(host, port, *args, **kwargs):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", gai)
    with pytest.raises(BadInput) as info:
        fetch("http://nowhere.test/article", deadline=30)
    assert info.value.code == errors.E_URL and "cannot resolve host 'nowhere.test'" in info.value.message
