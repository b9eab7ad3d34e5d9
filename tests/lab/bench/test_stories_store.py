"""The stories bench's synthetic store: one filled by an older bench (its vectors of another length) is refilled."""

from __future__ import annotations

from pathlib import Path

from newsloupe.lab.bench.stories import VEC_BYTES, fill, stale
from newsloupe.store import Store


def test_a_store_of_vectors_alone_is_stale(tmp_path: Path) -> None:
    """A store whose articles hold their vector and their blanked lead's is reused; one whose articles hold
    their vector alone (filled before stop 34) is stale: the blanked lead's path would never run on it."""
    store = Store(tmp_path / "bench.db")
    fill(store, 8)
    lengths = {r[0] for r in store.conn.execute("SELECT length(vec) FROM story_articles")}
    assert lengths == {VEC_BYTES} and VEC_BYTES == 1024
    assert not stale(store)
    store.conn.execute("UPDATE story_articles SET vec = substr(vec, 1, 512)")
    assert stale(store)
    store.close()
