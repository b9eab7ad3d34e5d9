"""The web server's settings: one list of (name, default, help), read at startup.

As in Datasette, settings are data: :data:`SETTINGS` validates the values,
feeds ``newsloupe serve --help`` and ``/api/settings``. Values come from the
defaults, then ``NEWSLOUPE_*`` environment variables, then explicit arguments
(the command line); nothing is read at import time.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, fields, replace
from typing import Any

from newsloupe.errors import BadInput


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default value and a one-line help."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "newsloupe.db", "the corpus store (SQLite file); created when missing"),
    Setting("host", "127.0.0.1", "address to bind; anything but loopback needs a token"),
    Setting("port", 8000, "port to bind"),
    Setting("token", None, "bearer token required by write endpoints (required off loopback)"),
    Setting("allow_private", False, "let URL analysis fetch private, loopback and link-local addresses"),
    Setting("max_upload_bytes", 5_000_000, "largest request body (pasted text, upload, JSON) in bytes"),
    Setting("language", "fr", "UI language when neither ?lang= nor Accept-Language decides (fr or en)"),
    Setting("workers", 1, "analysis worker processes (0: analyse in a thread of the server process)"),
    Setting("analysis_timeout", 300.0, "seconds one analysis may take before the request fails"),
    Setting("analyzers", None, "comma-separated analyzer names to run (default: every built-in one)"),
)

UI_LANGUAGES = ("fr", "en")
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """True when ``host`` (an address or name the server binds) is a loopback address."""
    name = host.strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Settings:
    """The web server's settings (see :data:`SETTINGS` for each one's meaning)."""

    db: str = "newsloupe.db"
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    allow_private: bool = False
    max_upload_bytes: int = 5_000_000
    language: str = "fr"
    workers: int = 1
    analysis_timeout: float = 300.0
    analyzers: str | None = None

    @classmethod
    def load(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``NEWSLOUPE_<NAME>`` environment variables, then ``overrides`` (None values skipped).

        RAISES (BadInput): a value does not fit its setting.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for s in SETTINGS:
            raw = env.get(f"NEWSLOUPE_{s.name.upper()}")
            if raw is not None and raw != "":
                values[s.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls().replace(**values)

    def replace(self, **values: Any) -> Settings:
        """A copy with ``values`` converted to each setting's type and checked."""
        known = {f.name: f for f in fields(self)}
        clean: dict[str, Any] = {}
        for name, value in values.items():
            if name not in known:
                raise BadInput(f"unknown setting {name!r}; settings: {', '.join(known)}")
            clean[name] = _convert(name, getattr(self, name), value)
        out = replace(self, **clean)
        out.check()
        return out

    def check(self) -> None:
        """RAISES (BadInput): settings that cannot work together (no token off loopback…)."""
        if self.language not in UI_LANGUAGES:
            raise BadInput(f"language must be one of {', '.join(UI_LANGUAGES)}, not {self.language!r}")
        if self.max_upload_bytes < 1024:
            raise BadInput("max_upload_bytes must be at least 1024")
        if self.workers < 0:
            raise BadInput("workers must be 0 or more")
        if self.token and not self.token.strip():
            raise BadInput("the token is blank: give a real one, or none on loopback", input="token")
        if not self.loopback and not self.token:
            raise BadInput(
                f"refusing to serve on {self.host} without a token: write endpoints would be open to the "
                "network; pass --token (or set NEWSLOUPE_TOKEN), or bind 127.0.0.1"
            )

    @property
    def analyzer_names(self) -> list[str] | None:
        """The analyzers to run, or None for every built-in one."""
        names = [n.strip() for n in (self.analyzers or "").split(",") if n.strip()]
        return names or None

    @property
    def loopback(self) -> bool:
        """True when the server binds a loopback address only."""
        return is_loopback(self.host)

    def public(self) -> dict[str, Any]:
        """The settings as JSON, the token masked."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["token"] = "***" if self.token else None
        return out


def _convert(name: str, current: Any, value: Any) -> Any:
    if value is None or isinstance(current, str) or current is None:
        return value if value is None else str(value)
    try:
        if isinstance(current, bool):
            if isinstance(value, str):
                if value.lower() in ("1", "true", "yes", "on"):
                    return True
                if value.lower() in ("0", "false", "no", "off"):
                    return False
                raise ValueError(value)
            return bool(value)
        if isinstance(current, int):
            return int(value)
        if isinstance(current, float):
            return float(value)
    except ValueError:
        raise BadInput(f"setting {name!r}: {value!r} is not a {type(current).__name__}") from None
    return value
