"""Raised gc thresholds: overlapping stretches, exceptions and a disabled collector."""

from __future__ import annotations

import gc

import pytest

from newsloupe.gcthreshold import raised_gen0


@pytest.fixture
def base_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_overlapping_stretches_restore_the_first_threshold(base_threshold) -> None:
    a, b = raised_gen0(1 << 30), raised_gen0(100_000)
    a.__enter__()  # a model load starts
    b.__enter__()  # a batch's analyzers start meanwhile
    assert gc.get_threshold()[0] == 1 << 30
    a.__exit__(None, None, None)  # the load ends first
    assert gc.get_threshold() == (100_000, 10, 10)
    b.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_an_exception_restores_the_threshold(base_threshold) -> None:
    with pytest.raises(RuntimeError), raised_gen0(100_000):
        assert gc.get_threshold()[0] == 100_000
        raise RuntimeError("analyzer failed")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_disabled_collector_stays_disabled(base_threshold) -> None:
    gc.set_threshold(0, 10, 10)
    with raised_gen0(100_000):
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (0, 10, 10)
