"""Fetch an article by URL, refusing internal hosts.

Every hop (the URL and each redirect) is resolved first and refused when any
of its addresses is private, loopback, link-local, reserved or multicast,
unless the caller allows private addresses. Bodies are size-capped while
streaming, and every request has a timeout.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newsloupe import errors
from newsloupe.errors import BadInput

DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5
USER_AGENT = "newsloupe/0.1 (+offline-first news analysis)"


@dataclass
class Fetched:
    """A fetched page: final URL, content type, raw bytes."""

    url: str
    content_type: str
    content: bytes


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise :class:`BadInput` unless ``url`` is http(s) to a public address.

    url (str): the URL to check.
    allow_private (bool): accept private/loopback/link-local targets.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput("only http(s) URLs with a host can be fetched", input=url, code=errors.E_URL)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as err:
        raise BadInput(f"cannot resolve host {parts.hostname!r} ({err})", input=url, code=errors.E_URL) from None
    if allow_private:
        return
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global or addr.is_multicast:
            raise BadInput(
                f"refusing to fetch {parts.hostname!r}: it resolves to the non-public address {addr} "
                "(use --allow-private to allow it)",
                input=url,
                code=errors.E_URL_PRIVATE,
            )


def fetch(
    url: str, *, allow_private: bool = False, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Fetched:
    """GET ``url`` (following up to 5 checked redirects) and return its body.

    RAISES (BadInput): private target, network error, HTTP error or oversized body.
    """
    import httpx

    current = url
    with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise BadInput("redirect without a location", input=url, code=errors.E_URL)
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise BadInput(f"the server answered HTTP {resp.status_code}", input=url, code=errors.E_URL)
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
                    return Fetched(str(resp.url), resp.headers.get("content-type", ""), bytes(body))
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as err:
                raise BadInput(
                    f"cannot fetch the URL ({type(err).__name__}: {err})", input=url, code=errors.E_URL
                ) from None
    raise BadInput(f"more than {MAX_REDIRECTS} redirects", input=url, code=errors.E_URL)
