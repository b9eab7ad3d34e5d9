"""Flatten an analysis document into the store's finding rows.

Runs in the worker (local process or Dask), so the one writer only inserts.
Every field is optional: an analysis from a pipeline without the
attribution, persuasion or places analyzers gives empty lists, and findings
of an unexpected shape are skipped rather than failing the article.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsloupe.labels import ANONYMOUS_SOURCE_TYPES

ANONYMOUS_TYPES = frozenset(ANONYMOUS_SOURCE_TYPES)
NO_SOURCE_TYPES = frozenset({"none", "", None})


def _text(value: Any) -> str:
    """Text of a span, a list of spans or a string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("text") or "")
    if isinstance(value, list):
        return " … ".join(t for t in (_text(v) for v in value) if t)
    return str(value)


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, dict):
        return _int(value.get("line"))
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return None if value is None or isinstance(value, bool) else float(value)
    except (TypeError, ValueError):
        return None


def month_of(published: str | None) -> str | None:
    """``YYYY-MM`` of an ISO date, or None."""
    if published and len(published) >= 7 and published[4] == "-":
        return published[:7]
    return None


def _count(sourcing: dict[str, Any], *keys: str) -> int | None:
    for key in keys:
        v = sourcing.get(key)
        if isinstance(v, int) and not isinstance(v, bool):
            return v
    return None


# The analysis fields :func:`flatten` reads, as a pydantic ``include`` (field names): a worker
# dumps only these for its rows (0.14 against 0.31 ms an article for the whole analysis, which it
# serialises to JSON on its own). A field that ``flatten`` starts reading must be added here;
# tests/store/test_findings.py checks both give the same rows on the samples.
ROW_FIELDS: dict[str, Any] = {
    "language": True,
    "genre": True,
    "frames": True,
    "sourcing": True,
    "attributions": True,
    "spans": {"contents": True, "techniques": True, "places": True, "entities": True, "assertions": True},
}


def flatten(doc: dict[str, Any], *, outlet: str | None, month: str | None) -> dict[str, Any]:
    """The finding rows of one analysis (a dict from ``Analysis.to_dict()``).

    doc (dict): the analysis document.
    outlet, month: the stored article's outlet and ``YYYY-MM``, copied into every row.
    RETURNS (dict): ``summary`` (tuple), ``attributions``, ``techniques``, ``frames``,
        ``places``, ``entities`` (lists of tuples in table column order, without
        ``article_id``), ``quotes`` and ``speakers`` (text for full-text search).
    """
    groups = doc.get("spans") if isinstance(doc.get("spans"), dict) else {}
    contents = groups.get("contents") or []
    attributions, quotes, speakers = [], [], []
    n_sourced = n_anon = 0
    for a in doc.get("attributions") or []:
        if not isinstance(a, dict):
            continue
        st = a.get("source_type")
        speaker = a.get("speaker") or None
        content = _text([contents[i] for i in a.get("content") or [] if isinstance(i, int) and i < len(contents)])
        attributions.append((outlet, month, speaker, st, int(bool(a.get("hedged"))), content))
        if st not in NO_SOURCE_TYPES:
            n_sourced += 1
        if st in ANONYMOUS_TYPES:
            n_anon += 1
        if content:
            quotes.append(content)
        if speaker:
            speakers.append(str(speaker))
    techniques = [
        (
            outlet,
            month,
            str(t["label"]),
            (t.get("attrs") or {}).get("category"),
            _int((t.get("attrs") or {}).get("paragraph")),
        )
        for t in groups.get("techniques") or []
        if isinstance(t, dict) and t.get("label")
    ]
    frames = [
        (outlet, month, str(f["label"]), _float(f.get("score")))
        for f in doc.get("frames") or []
        if isinstance(f, dict) and f.get("label")
    ]
    places = [
        (outlet, month, str(p["name"]), p.get("country"), _float(p.get("lat")), _float(p.get("lon")))
        for p in (s.get("attrs") or {} for s in groups.get("places") or [] if isinstance(s, dict))
        if p.get("name")
    ]
    ents: Counter[tuple[str, str]] = Counter(
        (str(e.get("label")), str((e.get("attrs") or {}).get("canonical") or e.get("text")))
        for e in groups.get("entities") or []
        if isinstance(e, dict) and e.get("label")
    )
    assertions = [a for a in groups.get("assertions") or [] if isinstance(a, dict)]
    sourcing = doc.get("sourcing") if isinstance(doc.get("sourcing"), dict) else {}
    n_unsourced = _count(sourcing, "unsourced_assertions", "unsourced")
    if n_unsourced is None:
        # An assertion is the outlet's own voice; one that names a source is not "unsourced".
        n_unsourced = sum(1 for a in assertions if not (a.get("sourced") or a.get("source")))
    genre = doc.get("genre")
    genre_label = genre.get("label") if isinstance(genre, dict) else genre if isinstance(genre, str) else None
    summary = (
        outlet,
        month,
        doc.get("language"),
        genre_label,
        len(attributions),
        n_sourced,
        n_anon,
        len(assertions),
        n_unsourced,
        len(techniques),
    )
    return {
        "summary": summary,
        "attributions": attributions,
        "techniques": techniques,
        "frames": frames,
        "places": places,
        "entities": [(label, canon, n) for (label, canon), n in ents.items()],
        "quotes": "\n".join(quotes),
        "speakers": "\n".join(dict.fromkeys(speakers)),
    }
