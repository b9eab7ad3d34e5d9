"""Security middleware and checks: headers, body cap, host check, write token, same origin.

- Every response gets a strict Content-Security-Policy (no inline script or
  style, no plugin, no framing) and the usual hardening headers.
- Request bodies are buffered up to ``max_upload_bytes``; a larger one gets a
  413 before the app sees it.
- Bound to loopback, the server answers only requests whose ``Host`` is a
  loopback name, so a web page cannot reach it through DNS rebinding.
- Write endpoints need the token (``Authorization: Bearer …`` or a ``token``
  form field) when one is set, which :class:`~newsloupe.web.settings.Settings`
  demands off loopback; a browser POST from another origin is refused.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsloupe.errors import BadInput, NewsloupeError
from newsloupe.web.settings import Settings, is_loopback

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
E_FORBIDDEN = "NL-E020"  # web-only codes start at 20, clear of the core's
E_TOO_BIG = "NL-E003"


class Forbidden(NewsloupeError):
    """The request lacks the token, or comes from another origin or host."""

    status = 403
    default_code = E_FORBIDDEN


class Unauthorized(Forbidden):
    """A write endpoint was called without the right token."""

    status = 401


class TooLarge(BadInput):
    """The request body is over the upload cap."""

    status = 413
    default_code = E_TOO_BIG


class SecurityMiddleware:
    """Pure ASGI middleware: hardening headers, body cap, loopback host check.

    app: the wrapped app.
    settings (Settings): the cap and the bound host.
    render_error: makes the error response (JSON under /api/, an HTML page elsewhere).
    """

    def __init__(self, app: ASGIApp, settings: Settings, render_error: Callable[[Scope, NewsloupeError], Any]) -> None:
        self.app = app
        self.settings = settings
        self.render_error = render_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        head = scope["method"] == "HEAD"
        if head:
            # Answer HEAD as GET without the body (FastAPI routes are GET-only).
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _v in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            elif head and message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {**message, "body": b""}
            await send(message)

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.settings.loopback and not _loopback_host(headers.get("host", "")):
            err = Forbidden(
                f"this server answers only loopback host names, not {headers.get('host', '')!r}", code=E_FORBIDDEN
            )
            await self.render_error(scope, err)(scope, receive, send_with_headers)
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            cap = self.settings.max_upload_bytes
            declared = headers.get("content-length", "")
            too_big = declared.isdigit() and int(declared) > cap
            body = bytearray()
            if not too_big:
                more = True
                while more:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
                    body.extend(message.get("body", b""))
                    more = message.get("more_body", False)
                    if len(body) > cap:
                        too_big = True
                        break
            if too_big:
                err = TooLarge(f"the request is over the {cap:,}-byte limit", code=E_TOO_BIG)
                await self.render_error(scope, err)(scope, receive, send_with_headers)
                return
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if replayed:
                    return await receive()
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}

            await self.app(scope, replay, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


def _loopback_host(host: str) -> bool:
    if not host:
        return False
    name = host.rsplit(":", 1)[0] if host.count(":") == 1 or host.startswith("[") else host
    if name.startswith("[") and "]" in name:
        name = name[1 : name.index("]")]
    return is_loopback(name)


def check_write(request: Request, settings: Settings, form_token: str | None = None) -> None:
    """Allow a write request, or raise.

    A browser's cross-origin POST (``Origin`` naming another host) is refused; when a
    token is set, it must come as ``Authorization: Bearer <token>`` or the form field.
    RAISES (Forbidden, Unauthorized): the request may not write.
    """
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if urlsplit(origin).netloc.lower() != host.lower():
            raise Forbidden(f"cross-origin write from {origin} refused")
    elif origin == "null":
        raise Forbidden("cross-origin write from an opaque origin refused")
    if not settings.token:
        return
    given = form_token or ""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given or not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise Unauthorized("this server needs its token to write: send 'Authorization: Bearer <token>'")
