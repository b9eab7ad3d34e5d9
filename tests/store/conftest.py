"""Fixtures for store tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsloupe.store import Store


@pytest.fixture()
def store(tmp_path) -> Iterator[Store]:
    s = Store(tmp_path / "t.db")
    yield s
    s.close()
