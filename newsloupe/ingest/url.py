"""Fetch an article by URL, refusing internal hosts.

Every hop (the URL and each redirect) is resolved and refused when any of its
addresses is private, loopback, link-local, reserved or multicast (IPv6
translation forms included: their embedded IPv4 is checked), unless the caller
allows private addresses. The connection is made by a network backend that
resolves and checks the host itself and connects to the address it checked
(no second resolution a DNS rebinding could answer differently); the peer of
the connected socket is checked again. Bodies are size-capped while
streaming, every read has a timeout and the whole download a deadline
(``NEWSLOUPE_FETCH_DEADLINE`` seconds, default 60), name resolution included
(``getaddrinfo`` cannot be interrupted: it runs in a daemon thread the fetch
stops waiting for at the deadline).
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any, NoReturn
from urllib.parse import urljoin, urlsplit

from newsloupe import errors
from newsloupe.errors import BadInput

DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_DEADLINE = 60.0
DEADLINE_ENV = "NEWSLOUPE_FETCH_DEADLINE"
MAX_REDIRECTS = 5
USER_AGENT = "newsloupe/0.1 (+offline-first news analysis)"


@dataclass
class Fetched:
    """A fetched page: final URL, content type, raw bytes."""

    url: str
    content_type: str
    content: bytes


def _split(url: str) -> tuple[str, int]:
    """The host and port of an http(s) URL; BadInput (NL-E007) for anything else or a malformed URL."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as err:  # a bad port, an unclosed or invalid IPv6 literal
        raise BadInput(f"malformed URL ({err})", input=url, code=errors.E_URL) from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise BadInput("only http(s) URLs with a host can be fetched", input=url, code=errors.E_URL)
    if "[" in parts.netloc:
        try:
            ipaddress.IPv6Address(host.split("%")[0])
        except ValueError:
            raise BadInput(f"malformed URL (bad IPv6 address {host!r})", input=url, code=errors.E_URL) from None
    return host, port or (443 if parts.scheme.lower() == "https" else 80)


_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_SIXTOFOUR = ipaddress.ip_network("2002::/16")
# IPv6 forms whose last 32 bits are an IPv4 address: NAT64, IPv4-compatible, SIIT
_V4_IN_LOW_BITS = tuple(ipaddress.ip_network(n) for n in ("64:ff9b::/96", "::/96", "::ffff:0:0:0/96"))
_SITE_LOCAL = ipaddress.ip_network("fec0::/10")


def is_public(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether ``addr`` is a public unicast address, IPv4 embedded in IPv6 forms checked too."""
    if not addr.is_global or addr.is_multicast:
        return False
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            return is_public(addr.ipv4_mapped)
        if addr in _SITE_LOCAL or addr in _NAT64_LOCAL:
            return False
        if any(addr in net for net in _V4_IN_LOW_BITS):
            return is_public(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
        if addr in _SIXTOFOUR:
            return is_public(ipaddress.IPv4Address((int(addr) >> 80) & 0xFFFFFFFF))
    return True


def _getaddrinfo(host: str, port: int, guard: _Guard | None) -> list[Any]:
    """``socket.getaddrinfo(host, port)``, given up at the guard's deadline (the lookup goes on in its thread)."""
    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        literal = False
    else:
        literal = True  # no lookup: nothing to wait for
    if guard is None or literal:
        return socket.getaddrinfo(host, port)
    out: list[Any] = []
    failed: list[BaseException] = []

    def lookup() -> None:
        try:
            out.extend(socket.getaddrinfo(host, port))
        except BaseException as err:  # handed to the waiting thread
            failed.append(err)

    worker = threading.Thread(target=lookup, name=f"getaddrinfo {host}", daemon=True)
    worker.start()
    worker.join(guard.timeout(None))
    if worker.is_alive():
        guard.expired()
    if failed:
        raise failed[0]
    return out


def _resolve(host: str, port: int, *, url: str, allow_private: bool, guard: _Guard | None = None) -> list[str]:
    """The addresses of ``host``, every one checked; BadInput if it cannot be resolved or one is internal.

    guard (_Guard | None): the fetch's deadline also bounds the lookup.
    """
    try:
        infos = _getaddrinfo(host, port, guard)
    except (socket.gaierror, UnicodeError, OSError) as err:
        raise BadInput(
            f"cannot resolve host {host!r} ({err})", input=url, code=errors.E_URL, key="url_host", params={"host": host}
        ) from None
    addrs: list[str] = []
    for info in infos:
        addr = str(info[4][0])
        if addr not in addrs:
            addrs.append(addr)
        _check_address(addr, host=host, url=url, allow_private=allow_private)
    if not addrs:
        raise BadInput(
            f"cannot resolve host {host!r}", input=url, code=errors.E_URL, key="url_host", params={"host": host}
        )
    return addrs


def _check_address(addr: str, *, host: str, url: str, allow_private: bool) -> None:
    if allow_private:
        return
    ip = ipaddress.ip_address(addr.split("%")[0])
    if not is_public(ip):
        raise BadInput(
            f"refusing to fetch {host!r}: it resolves to the non-public address {ip} (use --allow-private to allow it)",
            input=url,
            code=errors.E_URL_PRIVATE,
            key="url_private",
            params={"host": host, "ip": str(ip)},
        )


def check_url(url: str, *, allow_private: bool = False, guard: _Guard | None = None) -> None:
    """Raise :class:`BadInput` unless ``url`` is http(s) to a public address.

    url (str): the URL to check.
    allow_private (bool): accept private/loopback/link-local targets.
    guard (_Guard | None): a fetch's deadline, which then bounds the name lookup.
    """
    host, port = _split(url)
    _resolve(host, port, url=url, allow_private=allow_private, guard=guard)


def fetch_deadline() -> float:
    """The download deadline in seconds: ``NEWSLOUPE_FETCH_DEADLINE`` or 60."""
    raw = os.environ.get(DEADLINE_ENV)
    if raw is None:
        return DEFAULT_DEADLINE
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (0 < value < 86_400):
        raise BadInput(
            f"{DEADLINE_ENV}={raw!r} is not a number of seconds between 0 and 86400",
            input=DEADLINE_ENV,
            code=errors.E_FORMAT,
        )
    return value


class _Guard:
    """What every connection of one fetch shares: the URL (for messages), the policy and the deadline."""

    def __init__(self, url: str, *, allow_private: bool, deadline: float) -> None:
        self.url = url
        self.allow_private = allow_private
        self.seconds = deadline
        self.until = time.monotonic() + deadline

    def timeout(self, timeout: float | None) -> float:
        """The seconds left (at most ``timeout``); past the deadline, :meth:`expired`."""
        left = self.until - time.monotonic()
        if left <= 0:
            self.expired()
        return left if timeout is None else min(timeout, left)

    def expired(self) -> NoReturn:
        """RAISES (BadInput): the deadline has passed."""
        raise BadInput(
            f"the download took longer than {self.seconds:g} s (set {DEADLINE_ENV} to change the limit)",
            input=self.url,
            code=errors.E_URL,
            key="url_timeout",
            params={"seconds": f"{self.seconds:g}"},
        )


def _backend(guard: _Guard) -> Any:
    """An httpcore network backend connecting only to the addresses it resolved and checked."""
    import httpcore

    class Stream(httpcore.NetworkStream):
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return bytes(self.inner.read(max_bytes, guard.timeout(timeout)))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self.inner.write(buffer, guard.timeout(timeout))

        def close(self) -> None:
            self.inner.close()

        def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
            return Stream(self.inner.start_tls(ssl_context, server_hostname, guard.timeout(timeout)))

        def get_extra_info(self, info: str) -> Any:
            return self.inner.get_extra_info(info)

    class Backend(httpcore.NetworkBackend):
        def __init__(self) -> None:
            self.inner = httpcore.SyncBackend()

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> Any:
            addrs = _resolve(host, port, url=guard.url, allow_private=guard.allow_private, guard=guard)
            last: Exception | None = None
            for addr in addrs:
                try:
                    stream = self.inner.connect_tcp(
                        addr, port, guard.timeout(timeout), local_address=local_address, socket_options=socket_options
                    )
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                    last = err
                    continue
                peer = stream.get_extra_info("server_addr")
                if peer:
                    try:
                        _check_address(str(peer[0]), host=host, url=guard.url, allow_private=guard.allow_private)
                    except BadInput:
                        stream.close()
                        raise
                return Stream(stream)
            assert last is not None
            raise last

        def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
            raise BadInput("unix sockets are not fetched", input=guard.url, code=errors.E_URL)

        def sleep(self, seconds: float) -> None:
            self.inner.sleep(seconds)

    return Backend()


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    deadline: float | None = None,
) -> Fetched:
    """GET ``url`` (following up to 5 checked redirects) and return its body.

    deadline (float | None): cap on the whole download in seconds (default ``fetch_deadline()``).
    RAISES (BadInput): private target, network error, HTTP error, oversized body or deadline passed.
    """
    import httpx

    guard = _Guard(url, allow_private=allow_private, deadline=deadline if deadline is not None else fetch_deadline())
    transport = httpx.HTTPTransport()
    pool = transport._pool  # httpx builds the pool; its connections go through the checking backend
    if not hasattr(pool, "_network_backend"):
        raise errors.internal(RuntimeError("httpcore's pool has no network backend"), input=url, stage="fetch")
    pool._network_backend = _backend(guard)
    current = url
    with httpx.Client(
        timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}, transport=transport
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            # a clear refusal first; the backend checks again
            check_url(current, allow_private=allow_private, guard=guard)
            try:
                with client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise BadInput("redirect without a location", input=url, code=errors.E_URL)
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise BadInput(
                            f"the server answered HTTP {resp.status_code}",
                            input=url,
                            code=errors.E_URL,
                            key="url_status",
                            params={"status": resp.status_code},
                        )
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise BadInput(f"the page is larger than {max_bytes} bytes", input=url, code=errors.E_TOO_LARGE)
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise BadInput(
                                f"the page is larger than {max_bytes} bytes", input=url, code=errors.E_TOO_LARGE
                            )
                        guard.timeout(None)
                    return Fetched(str(resp.url), resp.headers.get("content-type", ""), bytes(body))
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as err:
                guard.timeout(None)  # past the deadline: say so rather than "ReadTimeout"
                raise BadInput(
                    f"cannot fetch the URL ({type(err).__name__}: {err})", input=url, code=errors.E_URL
                ) from None
    raise BadInput(f"more than {MAX_REDIRECTS} redirects", input=url, code=errors.E_URL)
