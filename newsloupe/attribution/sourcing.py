"""The sourcing summary of an article: who is given voice, and how.

Counts attributions by source type and kind, the share of attributed text
(content characters) resting on anonymous sources, the hedged share, the
number of unsourced assertions, the outlets relayed, and the named speakers
with their roles. Reports and the web view show it first.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from newsloupe.labels import ANONYMOUS_SOURCE_TYPES, SOURCE_TYPES, UNIDENTIFIED_SOURCE_TYPES
from newsloupe.model import Attribution, SpanGroups

ANONYMOUS = ANONYMOUS_SOURCE_TYPES
UNIDENTIFIED = UNIDENTIFIED_SOURCE_TYPES


class _Row(NamedTuple):
    source_type: str
    kind: str
    chars: int
    hedged: bool
    relayed: bool
    via_speaker: str | None
    via_type: str | None
    speaker: str | None
    role: str | None
    roles: list[str]


def _rows(attributions: list[Any], spans: SpanGroups | None) -> list[_Row]:
    """What the summary reads of each attribution (a record with ``spans``, or an extraction dict)."""
    g = spans or SpanGroups()
    by_id = {a.id: a for a in attributions if isinstance(a, Attribution)}
    out = []
    for a in attributions:
        if isinstance(a, Attribution):
            via = by_id.get(a.via) if a.via else None
            chars = sum(g.contents[c].end - g.contents[c].start for c in a.content)
            out.append(
                _Row(
                    a.source_type or "none", a.kind, chars, a.hedged, a.via is not None,
                    via.speaker if via else None, via.source_type if via else None, a.speaker, a.role, a.roles,
                )
            )  # fmt: skip
        else:
            v = a.get("via") or {}
            chars = sum(c["end"] - c["start"] for c in a.get("content", []))
            out.append(
                _Row(
                    a.get("source_type") or "none", a.get("kind", "indirect"), chars, bool(a.get("hedged")),
                    bool(a.get("via")), v.get("speaker"), v.get("source_type"), a.get("speaker"), a.get("role"),
                    a.get("roles") or [],
                )
            )  # fmt: skip
    return out


def summarize(attributions: list[Any], assertions: list[Any], spans: SpanGroups | None = None) -> dict[str, Any]:
    """Summarise an article's sourcing from its attributions and assertions.

    attributions (list): :class:`Attribution` records, or the extraction's dicts.
    assertions (list): the unsourced assertions (only counted).
    spans (SpanGroups | None): the span groups the records refer to.
    RETURNS (dict): ``attributions``, ``counts_by_type``, ``counts_by_kind``,
        ``anonymous_share``, ``unidentified_share``, ``hedged``, ``hedged_share``,
        ``relayed``, ``relaying_media``, ``unsourced_assertions`` and
        ``named_speakers`` ([{name, role, roles, attributions}], most quoted first).
    """
    rows = _rows(attributions, spans)
    n = len(attributions)
    by_type = dict.fromkeys(SOURCE_TYPES, 0)
    by_kind = {"direct": 0, "indirect": 0, "mixed": 0}
    total = anon = unidentified = hedged = relayed = 0
    speakers: dict[str, dict[str, Any]] = {}
    media: list[str] = []
    for a in rows:
        st = a.source_type
        by_type[st] = by_type.get(st, 0) + 1
        by_kind[a.kind] = by_kind.get(a.kind, 0) + 1
        size = a.chars
        total += size
        if st in ANONYMOUS:
            anon += size
        if st in UNIDENTIFIED:
            unidentified += size
        hedged += bool(a.hedged)
        if a.relayed:
            relayed += 1
            if a.via_type == "media" and a.via_speaker and a.via_speaker not in media:
                media.append(a.via_speaker)
        if st == "media" and a.speaker and a.speaker not in media:
            media.append(a.speaker)
        if st == "person_named" and a.speaker:
            entry = speakers.setdefault(a.speaker, {"name": a.speaker, "role": None, "roles": [], "attributions": 0})
            entry["attributions"] += 1
            for r in a.roles or ([a.role] if a.role else []):
                if r not in entry["roles"]:
                    entry["roles"].append(r)
            entry["role"] = entry["roles"][0] if entry["roles"] else None
    return {
        "attributions": n,
        "counts_by_type": by_type,
        "counts_by_kind": by_kind,
        "anonymous_share": round(anon / total, 3) if total else 0.0,
        "unidentified_share": round(unidentified / total, 3) if total else 0.0,
        "hedged": hedged,
        "hedged_share": round(hedged / n, 3) if n else 0.0,
        "relayed": relayed,
        "relaying_media": media,
        "unsourced_assertions": len(assertions),
        "named_speakers": sorted(speakers.values(), key=lambda s: -s["attributions"]),
    }


def format_summary(summary: dict[str, Any]) -> list[str]:
    """Plain-text lines of the summary for the terminal report."""
    n = summary["attributions"]
    types = ", ".join(f"{k} {v}" for k, v in summary["counts_by_type"].items() if v)
    lines = [
        f"Sourcing: {n} attribution{'s' if n != 1 else ''}" + (f" ({types})" if types else ""),
        f"  anonymous sources carry {summary['anonymous_share']:.0%} of attributed text; "
        f"{summary['hedged']} hedged ({summary['hedged_share']:.0%}); "
        f"{summary['unsourced_assertions']} unsourced assertion(s)",
    ]
    if summary["relaying_media"]:
        lines.append("  relayed from: " + ", ".join(summary["relaying_media"]))
    for s in summary["named_speakers"]:
        roles = f" — {'; '.join(s['roles'])}" if s["roles"] else ""
        lines.append(f"  {s['name']}{roles} ({s['attributions']})")
    return lines
