"""Geographic descriptions checked against the gazetteer: "Lyon, à l'ouest de la France" (a wrong one).

A direction phrase ("à l'ouest de", "dans le nord de", "in northern",
"north of") attaches a reference place (the place right after it) to a
subject place (the place just before it in the same sentence). The subject's
bearing from the reference's centre is compared with the direction written;
more than 67.5° apart (so "west" accepts north-west and south-west, not north)
is an inconsistency. Subjects too close to the centre of a country or region
(within 15 % of its extent) only check "centre" claims.
"""

from __future__ import annotations

import math
import re
from functools import cache

from newsloupe.lang import load_data
from newsloupe.model import Analysis, GeoCheck, PlaceAttrs

TOLERANCE_DEG = 67.5
CENTRE_SHARE = 0.35
NEAR_CENTRE_SHARE = 0.15
MAX_GAP = 60  # characters between the subject place and the direction phrase
_COMPASS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], ...], dict[str, float | None]]:
    data = (load_data(lang, "places") or load_data("en", "places")).get("directions", {})
    words: dict[str, float | None] = {k.lower(): v for k, v in data.get("words", {}).items()}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pats = tuple(re.compile(p.replace("{DIR}", alt), re.IGNORECASE) for p in data.get("patterns", []))
    return pats, words


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing in degrees (0 = north, clockwise) from point 1 to point 2."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def compass(deg: float) -> str:
    """The 8-point compass name of a bearing ("north-west")."""
    return _COMPASS[int(((deg % 360) + 22.5) // 45) % 8]


def _extent_km(ref: PlaceAttrs) -> float | None:
    """Half the diagonal of a country's or region's box, from the gazetteer."""
    from newsloupe.geo.gazetteer import get_gazetteer

    if ref.kind not in ("country", "region"):
        return None
    gaz = get_gazetteer()
    code = ref.country if ref.kind == "country" else ref.admin1_code
    place = gaz.by_code(code) if code else None
    if place is None or place.bbox is None:
        return None
    s, n, w, e = place.bbox
    return distance_km(s, w, n, e) / 2


def _para_lang(analysis: Analysis, pos: int) -> tuple[str, str | None, int, int]:
    for p in analysis.paragraphs:
        if p.start <= pos < p.end:
            return p.attrs.language or analysis.language or "fr", p.label, p.start, p.end
    return analysis.language or "fr", None, 0, len(analysis.text)


def direction_checks(analysis: Analysis) -> list[GeoCheck]:
    """Check "X, in the west of Y" phrases of the article against the places' coordinates.

    analysis (Analysis): with ``places`` resolved.
    RETURNS (list[GeoCheck]): one finding per checked phrase: the place described and the
        reference (indices into ``spans.places``), the direction written and the one computed,
        distance, ``consistent`` and the evidence.
    """
    text = analysis.text
    # (index into spans.places, span, attributes) of the places with coordinates
    places = [(k, p, p.attrs) for k, p in enumerate(analysis.spans.places) if p.attrs and p.attrs.lat is not None]
    out: list[GeoCheck] = []
    for i, (ref_k, ref_span, ref) in enumerate(places):
        lang, role, pstart, _pend = _para_lang(analysis, ref_span.start)
        pats, words = _patterns(lang)
        window_start = max(pstart, ref_span.start - 40)
        before = text[window_start : ref_span.start]
        match = next((m for p in pats if (m := p.search(before))), None)
        if match is None:
            continue
        phrase_start = window_start + match.start()
        found = next((s for s in reversed(places[:i]) if s[1].end <= phrase_start), None)
        if found is None:
            continue
        subject_k, subject_span, subject = found
        if phrase_start - subject_span.end > MAX_GAP or subject_span.start < pstart:
            continue
        gap = text[subject_span.end : phrase_start]
        if re.search(r"[.!?;]", gap) or (subject.name, subject.country) == (ref.name, ref.country):
            continue
        word = match.group("dir").lower()
        claimed = words.get(word)
        assert ref.lat is not None and ref.lon is not None and subject.lat is not None and subject.lon is not None
        brg = bearing(ref.lat, ref.lon, subject.lat, subject.lon)
        dist = distance_km(ref.lat, ref.lon, subject.lat, subject.lon)
        extent = _extent_km(ref)
        share = dist / extent if extent else None
        if claimed is None:
            consistent = share is None or share <= CENTRE_SHARE
            diff = None
        else:
            diff = abs((brg - claimed + 180) % 360 - 180)
            consistent = diff <= TOLERANCE_DEG or (share is not None and share < NEAR_CENTRE_SHARE)
        actual = "centre" if share is not None and share < NEAR_CENTRE_SHARE else compass(brg)
        evidence = (
            f"{subject.name} ({subject.lat:.2f}, {subject.lon:.2f}) lies {dist:.0f} km {compass(brg)} "
            f"(bearing {brg:.0f}°) of the centre of {ref.name} ({ref.lat:.2f}, {ref.lon:.2f})"
        )
        if extent:
            evidence += f", {share:.0%} of the way to its edge"
        evidence += f"; the text says {word!r}" + (f" ({claimed:.0f}°)" if claimed is not None else "")
        out.append(
            GeoCheck(
                check="direction",
                place=subject_k,
                reference=ref_k,
                claimed=word,
                actual=actual,
                bearing=round(brg),
                distance_km=round(dist),
                consistent=consistent,
                where="caption" if role == "caption" else "body",
                evidence=evidence,
            )
        )
    return out
