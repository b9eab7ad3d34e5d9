"""GeoJSON export of the places of one article or of a corpus.

One Point feature per resolved place per article (mentions of the same place
merged), with the article id, the mentions' texts and offsets, and how many
mentions were metonymic; places without coordinates are left out. Areas
("Moyen-Orient", a country) are points at their centre. Coordinates follow
RFC 7946: ``[longitude, latitude]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsloupe.model import Analysis, json_spans


def _as_dict(analysis: Analysis | Mapping[str, Any]) -> Mapping[str, Any]:
    return analysis.to_dict() if isinstance(analysis, Analysis) else analysis


def to_geojson(analyses: Analysis | Mapping[str, Any] | Iterable[Analysis | Mapping[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the places of one or many analyses.

    analyses: one :class:`Analysis` (or its JSON dict), or an iterable of them.
    RETURNS (dict): ``{"type": "FeatureCollection", "features": [...]}``, ready for ``json.dumps``.
    """
    if isinstance(analyses, (Analysis, Mapping)):
        analyses = [analyses]
    features: list[dict[str, Any]] = []
    for analysis in analyses:
        doc = _as_dict(analysis)
        merged: dict[tuple[Any, ...], dict[str, Any]] = {}
        for place in json_spans(dict(doc), "places"):
            if place.get("lat") is None or place.get("lon") is None:
                continue
            key = (place.get("name"), place.get("country"), place.get("kind"), place.get("lat"), place.get("lon"))
            feat = merged.get(key)
            if feat is None:
                feat = merged[key] = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                    "properties": {
                        "article": doc.get("id"),
                        "title": doc.get("title"),
                        "name": place.get("name"),
                        "country": place.get("country"),
                        "admin1": place.get("admin1"),
                        "kind": place.get("kind"),
                        "mentions": 0,
                        "metonymic": 0,
                        "texts": [],
                        "spans": [],
                        "confidence": 0.0,
                    },
                }
            props = feat["properties"]
            props["mentions"] += 1
            props["metonymic"] += bool(place.get("metonymic"))
            if place.get("text") not in props["texts"]:
                props["texts"].append(place.get("text"))
            props["spans"].append([place.get("start"), place.get("end")])
            props["confidence"] = max(props["confidence"], place.get("confidence") or 0.0)
        features.extend(merged.values())
    return {"type": "FeatureCollection", "features": features}
