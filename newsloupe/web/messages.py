"""Error messages worded for the web: in the UI's language on pages, with the API's field names
in JSON answers, never with a CLI flag.

An error that carries a ``key`` (:class:`newsloupe.errors.NewsloupeError`) is worded from the
strings ``err_<key>`` (pages) or ``api_err_<key>`` (the API, in English; so only en.json holds them);
one without a key but of a code in ``_BY_CODE`` by that code's key; any other error keeps its own message.
"""

from __future__ import annotations

from typing import Any

from newsloupe import errors
from newsloupe.errors import NewsloupeError
from newsloupe.lang import ENCODER_ONLY_LANGUAGES, SUPPORTED_LANGUAGES
from newsloupe.web.i18n import Translator

# Errors raised without a key, worded by their code: an input too large (a file, a gzip, a page: the CLI's
# message names NEWSLOUPE_MAX_BYTES, a server setting) and a URL that could not be fetched.
_BY_CODE = {errors.E_TOO_LARGE: "too_large", errors.E_URL: "url_fetch"}


def _key(err: NewsloupeError) -> str | None:
    if err.key == "lang_unsupported" and err.params.get("reduced"):
        return "lang_reduced"
    return err.key or _BY_CODE.get(err.code)


def _values(err: NewsloupeError, t: Translator) -> dict[str, Any]:
    values = {k: v for k, v in err.params.items() if isinstance(v, str | int | float)}
    lang = str(err.params.get("lang") or "")
    values["name"] = t(f"lang_{lang}") if lang and t.has(f"lang_{lang}") else lang
    # the six languages the README supports, then those forced for a reduced analysis, each list named
    values["supported"] = t(
        "lang_supported_list", full=", ".join(SUPPORTED_LANGUAGES), reduced=", ".join(ENCODER_ONLY_LANGUAGES)
    )
    values.setdefault("detail", err.message)
    return values


def ui_message(err: NewsloupeError, t: Translator) -> str:
    """The error's message for a page in ``t``'s language."""
    key = _key(err)
    if key and t.has(f"err_{key}"):
        return t(f"err_{key}", **_values(err, t))
    return err.message


def api_message(err: NewsloupeError) -> str:
    """The error's message for an API answer (English; the request's fields, not CLI flags)."""
    t = Translator("en")
    key = _key(err)
    if key and t.has(f"api_err_{key}"):
        return t(f"api_err_{key}", **_values(err, t))
    return err.message
