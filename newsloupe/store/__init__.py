"""The corpus store: articles stored once, their analyses, outcomes and findings in SQLite.

:class:`Store` owns the file (WAL, one writer); :mod:`.schema` numbers the
migrations; :mod:`.dedup` decides identity and near duplicates;
:mod:`.ingest` fills the store; :mod:`.search`, :mod:`.stats` and
:mod:`.export` read it.
"""

from __future__ import annotations

from newsloupe.store.store import DEFAULT_DB, Added, Store

__all__ = ["DEFAULT_DB", "Added", "Store"]
