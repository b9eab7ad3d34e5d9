"""GeoJSON export of the places of one analysis or a corpus (newsloupe/geo/geojson.py)."""

from __future__ import annotations

import json

import pytest

from newsloupe.geo.geojson import to_geojson
from newsloupe.pipeline import analyze


def test_geojson_feature_collection() -> None:
    analysis = analyze(
        text="Des frappes ont visé Mossoul puis Mossoul encore, près de l'Irak.",
        lang="fr",
        analyzers=["entities", "places"],
    )
    geo = to_geojson(analysis)
    assert geo["type"] == "FeatureCollection"
    mosul = next(f for f in geo["features"] if f["properties"]["name"] == "Mosul")
    lon, lat = mosul["geometry"]["coordinates"]
    assert lat == pytest.approx(36.34, abs=0.1) and lon == pytest.approx(43.13, abs=0.1)
    assert mosul["properties"]["mentions"] == 2 and mosul["properties"]["country"] == "IQ"
    corpus = to_geojson([analysis.to_dict(), analysis])
    assert len(corpus["features"]) == 2 * len(geo["features"])
    json.dumps(corpus)
