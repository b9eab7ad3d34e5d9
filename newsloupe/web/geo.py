"""A server-rendered SVG map: Natural Earth country outlines and place markers.

The outlines are the vendored ``world-atlas`` TopoJSON files (public-domain
Natural Earth data), decoded once per process into SVG path strings. The map
is an equirectangular projection whose horizontal scale is corrected for the
latitude of the view, framed on the markers: a world view uses the 1:110m
outlines, a zoomed view the 1:50m ones, keeping only the countries in view.
No tiles, no script: markers are ``<a>`` circles with a ``<title>`` tooltip.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

VENDOR = "static/vendor/world-atlas"


@dataclass
class Country:
    """One country's outline: ISO alpha-2 (when known), name, bounding box and rings."""

    iso2: str | None
    name: str
    bbox: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1
    rings: list[list[tuple[float, float]]] = field(default_factory=list)


@dataclass
class Marker:
    """A place marker: where, its tooltip, its link and how big (mentions)."""

    lat: float
    lon: float
    label: str
    href: str
    weight: int = 1
    css: str = "marker"


def _numeric_to_alpha2() -> dict[str, str]:
    import pycountry

    return {c.numeric: c.alpha_2 for c in pycountry.countries}


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring continuous across the antimeridian (lon may leave [-180, 180])."""
    out = [ring[0]]
    shift = 0.0
    for (x0, _y0), (x1, y1) in itertools.pairwise(ring):
        if x1 - x0 > 180:
            shift -= 360
        elif x0 - x1 > 180:
            shift += 360
        out.append((x1 + shift, y1))
    return out


@cache
def countries(resolution: str = "110m") -> list[Country]:
    """Decode the vendored TopoJSON ``countries-<resolution>.json`` (110m or 50m)."""
    path = resources.files("newsloupe.web").joinpath(f"{VENDOR}/countries-{resolution}.json")
    topo = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring_of(indexes: list[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in indexes:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg if not pts else seg[1:])
        return _unwrap(pts)

    alpha2 = _numeric_to_alpha2()
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = [geom["arcs"]] if geom.get("type") == "Polygon" else geom.get("arcs", [])
        rings = [ring_of(r) for poly in polys for r in poly]
        rings = [r for r in rings if len(r) > 2]
        if not rings:
            continue
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        out.append(
            Country(
                alpha2.get(str(geom.get("id", ""))),
                geom.get("properties", {}).get("name", ""),
                (min(xs), min(ys), max(xs), max(ys)),
                rings,
            )
        )
    return out


@dataclass
class View:
    """The framed area: lon/lat box and the horizontal scale (cos of the central latitude)."""

    lon0: float
    lat0: float
    lon1: float
    lat1: float

    @property
    def kx(self) -> float:
        mid = (self.lat0 + self.lat1) / 2
        return max(0.35, math.cos(math.radians(mid)))

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return lon * self.kx, -lat

    @property
    def box(self) -> tuple[float, float, float, float]:
        x0, y0 = self.xy(self.lon0, self.lat1)
        x1, y1 = self.xy(self.lon1, self.lat0)
        return x0, y0, x1 - x0, y1 - y0


WORLD = View(-180, -60, 180, 84)


def frame(markers: list[Marker], *, min_span: float = 14.0, pad: float = 0.25) -> View:
    """A view around the markers (the world when there are none or they are far apart)."""
    if not markers:
        return WORLD
    lons = [m.lon for m in markers]
    lats = [m.lat for m in markers]
    lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
    if lon1 - lon0 > 200:
        return WORLD
    w = max(lon1 - lon0, min_span)
    h = max(lat1 - lat0, min_span * 0.6)
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    w, h = w * (1 + 2 * pad), h * (1 + 2 * pad)
    # Keep a landscape frame (about 16:10 once projected) so the map fills its box.
    view = View(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
    _x0, _y0, bw, bh = view.box
    if bw / bh < 1.6:
        w = 1.6 * bh / view.kx
    elif bw / bh > 2.2:
        h = bw / 2.2
    lat0c, lat1c = max(-85.0, cy - h / 2), min(85.0, cy + h / 2)
    return View(cx - w / 2, lat0c, cx + w / 2, lat1c)


def _path(rings: list[list[tuple[float, float]]], view: View, dx: float) -> str:
    parts = []
    prec = 2 if view.lon1 - view.lon0 < 90 else 1
    for ring in rings:
        pts = [view.xy(lon + dx, lat) for lon, lat in ring]
        coords = " ".join(f"{x:.{prec}f},{y:.{prec}f}" for x, y in pts)
        parts.append(f"M{coords}Z")
    return "".join(parts)


def country_paths(view: View, highlight: set[str] | frozenset[str] = frozenset()) -> list[dict[str, str]]:
    """Paths of the countries that meet the view: ``d``, ``name``, ``iso2``, ``css``."""
    res = "110m" if view.lon1 - view.lon0 > 90 else "50m"
    out = []
    for c in countries(res):
        for dx in (0.0, -360.0, 360.0):
            b0, b1, b2, b3 = c.bbox[0] + dx, c.bbox[1], c.bbox[2] + dx, c.bbox[3]
            if b2 < view.lon0 or b0 > view.lon1 or b3 < view.lat0 or b1 > view.lat1:
                continue
            out.append(
                {
                    "d": _path(c.rings, view, dx),
                    "name": c.name,
                    "iso2": c.iso2 or "",
                    "css": "country hl" if c.iso2 and c.iso2 in highlight else "country",
                }
            )
    return out


def map_context(
    markers: list[Marker], highlight: set[str] | None = None, *, limit: int | None = None
) -> dict[str, object]:
    """Everything ``_map.html`` needs: viewBox, country paths, projected markers; ``capped`` when ``limit``
    markers were asked and as many came (the most mentioned places only)."""
    view = frame(markers)
    x0, y0, w, h = view.box
    top = max((m.weight for m in markers), default=1)
    base = w / 160
    projected = []
    for m in sorted(markers, key=lambda m: -m.weight):
        x, y = view.xy(m.lon, m.lat)
        r = base * (1 + 1.5 * math.sqrt(m.weight / top))
        projected.append({"x": f"{x:.3f}", "y": f"{y:.3f}", "r": f"{r:.3f}", "m": m})
    return {
        "viewbox": f"{x0:.3f} {y0:.3f} {w:.3f} {h:.3f}",
        "countries": country_paths(view, highlight or set()),
        "markers": projected,
        "capped": limit is not None and len(markers) >= limit,
    }
