"""The sourcing summary of an article: who is given voice, and how.

Counts attributions by source type and kind, the share of attributed text
(content characters) resting on anonymous sources, the hedged share, the
number of unsourced assertions, the outlets relayed, and the named speakers
with their roles. Reports and the web view show it first.
"""

from __future__ import annotations

from typing import Any

from newsloupe.attribution.source_types import SOURCE_TYPES

ANONYMOUS = ("person_anonymous",)
UNIDENTIFIED = ("person_anonymous", "unnamed_collective", "none")


def _chars(a: dict[str, Any]) -> int:
    return sum(c["end"] - c["start"] for c in a.get("content", []))


def summarize(attributions: list[dict[str, Any]], assertions: list[dict[str, Any]]) -> dict[str, Any]:
    """Summarise an article's sourcing from its attributions and assertions.

    RETURNS (dict): ``attributions``, ``counts_by_type``, ``counts_by_kind``,
        ``anonymous_share``, ``unidentified_share``, ``hedged``, ``hedged_share``,
        ``relayed``, ``relaying_media``, ``unsourced_assertions`` and
        ``named_speakers`` ([{name, role, roles, attributions}], most quoted first).
    """
    n = len(attributions)
    by_type = dict.fromkeys(SOURCE_TYPES, 0)
    by_kind = {"direct": 0, "indirect": 0, "mixed": 0}
    total = anon = unidentified = hedged = relayed = 0
    speakers: dict[str, dict[str, Any]] = {}
    media: list[str] = []
    for a in attributions:
        st = a.get("source_type") or "none"
        by_type[st] = by_type.get(st, 0) + 1
        by_kind[a.get("kind", "indirect")] = by_kind.get(a.get("kind", "indirect"), 0) + 1
        size = _chars(a)
        total += size
        if st in ANONYMOUS:
            anon += size
        if st in UNIDENTIFIED:
            unidentified += size
        hedged += bool(a.get("hedged"))
        via = a.get("via")
        if via:
            relayed += 1
            if via.get("source_type") == "media" and via.get("speaker") and via["speaker"] not in media:
                media.append(via["speaker"])
        if st == "media" and a.get("speaker") and a["speaker"] not in media:
            media.append(a["speaker"])
        if st == "person_named" and a.get("speaker"):
            entry = speakers.setdefault(
                a["speaker"], {"name": a["speaker"], "role": None, "roles": [], "attributions": 0}
            )
            entry["attributions"] += 1
            for r in a.get("roles") or ([a["role"]] if a.get("role") else []):
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
