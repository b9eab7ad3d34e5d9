"""Geographic helpers of the caption checks (newsloupe/geo/checks.py)."""

from __future__ import annotations

from newsloupe.geo.checks import bearing, compass


def test_bearing_and_compass() -> None:
    assert compass(bearing(33.0, 44.0, 36.34, 43.13)) == "north"
    assert compass(bearing(33.0, 44.0, 33.0, 40.0)) == "west"
