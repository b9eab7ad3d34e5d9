"""One error path: every user-facing failure is a :class:`NewsloupeError`.

Each error carries a searchable code (``[NL-E012]``), the input it concerns
and a message that says what went wrong and, where it helps, how to fix it.
The CLI prints ``str(err)`` as one line; the API returns ``to_dict()``.
"""

from __future__ import annotations

from typing import Any

# Codes: one per kind of failure, so users can search for them.
E_EMPTY = "NL-E001"
E_BINARY = "NL-E002"
E_TOO_LARGE = "NL-E003"
E_DECODE = "NL-E004"
E_NO_TEXT = "NL-E005"
E_LANG = "NL-E006"
E_URL = "NL-E007"
E_URL_PRIVATE = "NL-E008"
E_NOT_FOUND = "NL-E009"
E_FORMAT = "NL-E010"
E_RECORD = "NL-E011"
E_ANALYZER = "NL-E012"
E_PIPELINE = "NL-E013"
E_INTERNAL = "NL-E014"
E_STORE = "NL-E015"  # the store file cannot be opened or written (a folder, permissions, read-only, locked, disk)


class NewsloupeError(Exception):
    """Base of newsloupe's user-facing errors.

    message (str): what went wrong (and how to fix it).
    input (str | None): the input it concerns (path, URL, record id).
    code (str): searchable error code.
    """

    status = 500
    default_code = E_PIPELINE

    def __init__(
        self,
        message: str,
        *,
        input: str | None = None,
        code: str | None = None,
        key: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.input = input
        self.code = code or self.default_code
        # For interfaces that word the error themselves (the web UI in its language, without
        # CLI flags): a stable name of the error's kind and the values its message names.
        self.key = key
        self.params = params or {}

    @property
    def reason(self) -> str:
        """A short kebab-case status for batch outcome counts."""
        return _REASONS.get(self.code, "error")

    def __str__(self) -> str:
        where = f"{self.input}: " if self.input else ""
        return f"{where}{self.message} [{self.code}]"

    def to_dict(self) -> dict[str, Any]:
        """The error as a JSON-ready dict (``input``, ``code``, ``reason``, ``message``)."""
        return {"input": self.input, "code": self.code, "reason": self.reason, "message": self.message}


class BadInput(NewsloupeError):
    """The input cannot be read as an article (empty, binary, too large, undecodable…)."""

    status = 400
    default_code = E_FORMAT


class BadValue(BadInput):
    """A parameter's value is not one of the allowed ones (a filter, a sort key, a metric): HTTP 422."""

    status = 422


class NotFound(NewsloupeError):
    """A file, URL or stored article does not exist."""

    status = 404
    default_code = E_NOT_FOUND


class AnalyzerError(NewsloupeError):
    """An analyzer failed on an article."""

    status = 500
    default_code = E_ANALYZER


_REASONS = {
    E_EMPTY: "empty-input",
    E_BINARY: "binary-input",
    E_TOO_LARGE: "too-large",
    E_DECODE: "undecodable",
    E_NO_TEXT: "no-text",
    E_LANG: "lang-unsupported",
    E_URL: "url-error",
    E_URL_PRIVATE: "url-private",
    E_NOT_FOUND: "not-found",
    E_FORMAT: "bad-format",
    E_RECORD: "bad-record",
    E_ANALYZER: "analyzer-error",
    E_PIPELINE: "pipeline-error",
    E_INTERNAL: "internal-error",
    E_STORE: "store-unusable",
}


def release(err: NewsloupeError | None) -> NewsloupeError | None:
    """Drop the stack frames an error (and the exceptions chained to it) holds on to.

    An error kept as an input's outcome would otherwise keep alive every local of the
    frames it was raised through: a 10 MB download, a decoder's buffers, a parse. The
    message, code, input and cause stay. RETURNS: ``err``.
    """
    seen: set[int] = set()
    e: BaseException | None = err
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        e.__traceback__ = None
        nxt = e.__cause__
        e.__context__ = None
        e = nxt
    return err


def internal(err: BaseException, *, input: str | None = None, stage: str = "") -> NewsloupeError:
    """Wrap an unexpected exception (a bug) as the error of the one input it happened on.

    err (BaseException): the exception; a :class:`NewsloupeError` is returned as it is
        (with ``input`` filled in when it had none).
    input (str | None): the input it concerns.
    stage (str): where it happened ("ingestion", "parse", …), for the message.
    RETURNS (NewsloupeError): code ``NL-E014`` (``internal-error``) for anything unexpected.
    """
    if isinstance(err, NewsloupeError):
        if err.input is None and input is not None:
            err.input = input
        return err
    where = f" during {stage}" if stage else ""
    detail = str(err)
    if len(detail) > 300:
        detail = detail[:300] + "…"
    wrapped = NewsloupeError(
        f"internal error{where}: {type(err).__name__}: {detail} (please report it)", input=input, code=E_INTERNAL
    )
    wrapped.__cause__ = err
    return wrapped
