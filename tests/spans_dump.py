"""Findings of an analysis, span by span, in a shape-independent form (issue 14).

``records(doc)`` flattens an analysis JSON document into per-group lists of
plain records (label, start, end and the key attributes), so the findings made
before and after a change of the JSON shape can be compared one span at a time.
``tests/fixtures/sample_spans.json`` holds the records of every sample article,
made with the code before schema 2.0; ``tests/test_span_baseline.py`` compares
the current output to it.

Run ``python -m tests.spans_dump samples`` to rewrite the fixture, or
``python -m tests.spans_dump seed OUT`` to dump the seed article (never commit
that one: it is derived from third-party text).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
FIXTURE = ROOT / "tests" / "fixtures" / "sample_spans.json"


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def _se(span: dict[str, Any] | None) -> list[int] | None:
    return None if span is None else [span["start"], span["end"]]


def _spans_v2(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return doc.get("spans") or {}


def records(doc: dict[str, Any]) -> dict[str, Any]:
    """Every finding of ``doc`` (an analysis JSON document, schema 1 or 2) as plain records.

    RETURNS (dict): group name -> list of records, plus the article-level values.
    """
    if str(doc.get("schema", "1")).startswith("1"):
        return _records_v1(doc)
    return _records_v2(doc)


def _records_v1(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "article": {
            "language": doc["language"],
            "published": doc.get("published"),
            "published_inferred": doc.get("published_inferred"),
            "source_line": _se(doc.get("source_line")),
        },
        "paragraphs": [[p["start"], p["end"], p["line"], p["role"], p.get("language")] for p in doc["paragraphs"]],
        "entities": [[e["start"], e["end"], e["label"], e["canonical"]] for e in doc["entities"]],
        "captions": [
            {
                "span": _se(c),
                "credit": c.get("credit"),
                "language": c.get("language"),
                "relation": c.get("relation"),
                "reasons": c.get("reasons", []),
                "entities": c.get("entities", []),
                "places": c.get("places", []),
                "dates": c.get("dates", []),
            }
            for c in doc["captions"]
        ],
        "attributions": [
            {
                "source": _se(a.get("source")),
                "speaker": a.get("speaker"),
                "source_type": a.get("source_type"),
                "role": a.get("role"),
                "roles": a.get("roles", []),
                "cue": _se(a.get("cue")),
                "content": [_se(c) for c in a.get("content", [])],
                "kind": a.get("kind"),
                "hedged": a.get("hedged"),
                "hedges": [_se(h) for h in a.get("hedge_spans", [])],
                "via": None
                if a.get("via") is None
                else [*_se(a["via"]), a["via"].get("speaker"), a["via"].get("source_type")],  # type: ignore[misc]
            }
            for a in doc["attributions"]
        ],
        "assertions": [
            {
                "span": _se(a),
                "score": _r(a["score"]),
                "triggers": [[t["start"], t["end"], t["category"]] for t in a.get("triggers", [])],
            }
            for a in doc["assertions"]
        ],
        "techniques": [
            [t["start"], t["end"], t["label"], t.get("paragraph"), _r(t["score"])] for t in doc["techniques"]
        ],
        "frames": [[f["label"], _r(f["score"])] for f in doc["frames"]],
        "genre": None if not doc.get("genre") else doc["genre"]["label"],
        "places": [
            {
                "span": _se(p),
                **{
                    k: (_r(v) if isinstance(v, float) else v)
                    for k, v in sorted(p.items())
                    if k not in ("start", "end", "text")
                },
            }
            for p in doc["places"]
        ],
        "dates": [
            {
                "span": _se(d),
                **{k: v for k, v in sorted(d.items()) if k not in ("start", "end", "text")},
            }
            for d in doc["dates"]
        ],
        "geo_checks": [
            {
                "span": _se(g),
                **{k: v for k, v in sorted(g.items()) if k not in ("start", "end", "text")},
            }
            for g in doc["geo_checks"]
        ],
        "sourcing": _sourcing(doc.get("sourcing")),
    }
    return out


def _sourcing(s: dict[str, Any] | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {k: (_r(v) if isinstance(v, float) else v) for k, v in sorted(s.items())}


def normalise(recs: dict[str, Any]) -> dict[str, Any]:
    """``recs`` with unset attributes (None, False) of places, dates and geo checks dropped.

    Schema 1 left undeclared keys out when unset; schema 2 declares every key.
    """
    out = dict(recs)
    for group in ("places", "dates", "geo_checks"):
        out[group] = [{k: v for k, v in r.items() if v is not None and v is not False} for r in recs[group]]
    return out


def _records_v2(doc: dict[str, Any]) -> dict[str, Any]:
    g = doc["spans"]
    atts = {a["id"]: a for a in doc["attributions"]}

    def ref(group: str, i: int | None) -> list[int] | None:
        return None if i is None else _se(g[group][i])

    def via(a: dict[str, Any]) -> list[Any] | None:
        if a.get("via") is None:
            return None
        r = atts[a["via"]]
        return [*_se(g["sources"][r["source"]]), r["speaker"], r["source_type"]]  # type: ignore[misc]

    def attrs(sp: dict[str, Any]) -> dict[str, Any]:
        return {k: (_r(v) if isinstance(v, float) else v) for k, v in sorted((sp["attrs"] or {}).items())}

    # schema 2.2 keeps the layout in span groups too (paragraphs labelled with their role)
    if "paragraphs" in g:
        paragraphs = [{"start": p["start"], "end": p["end"], "role": p["label"], **p["attrs"]} for p in g["paragraphs"]]
        captions = [{"start": c["start"], "end": c["end"], **c["attrs"]} for c in g["captions"]]
    else:
        paragraphs, captions = doc["paragraphs"], doc["captions"]
    return {
        "article": {
            "language": doc["language"],
            "published": doc.get("published"),
            "published_inferred": doc.get("published_inferred"),
            "source_line": _se(doc.get("source_line")),
        },
        "paragraphs": [[p["start"], p["end"], p["line"], p["role"], p.get("language")] for p in paragraphs],
        "entities": [[e["start"], e["end"], e["label"], e["attrs"]["canonical"]] for e in g["entities"]],
        "captions": [
            {
                "span": _se(c),
                "credit": c.get("credit"),
                "language": c.get("language"),
                "relation": c.get("relation"),
                "reasons": c.get("reasons", []),
                "entities": c.get("entities", []),
                "places": c.get("places", []),
                "dates": c.get("dates", []),
            }
            for c in captions
        ],
        "attributions": [
            {
                "source": ref("sources", a["source"]),
                "speaker": a["speaker"],
                "source_type": a["source_type"],
                "role": a["role"],
                "roles": a["roles"],
                "cue": ref("cues", a["cue"]),
                "content": [ref("contents", c) for c in a["content"]],
                "kind": a["kind"],
                "hedged": a["hedged"],
                "hedges": [ref("hedges", h) for h in a["hedges"]],
                "via": via(a),
            }
            for a in doc["attributions"]
        ],
        "assertions": [
            {
                "span": _se(a),
                "score": _r(a["score"]),
                "triggers": [[t["start"], t["end"], t["label"]] for t in a["attrs"]["triggers"]],
            }
            for a in g["assertions"]
        ],
        "techniques": [
            [t["start"], t["end"], t["label"], t["attrs"]["paragraph"], _r(t["score"])] for t in g["techniques"]
        ],
        "frames": [[f["label"], _r(f["score"])] for f in doc["frames"]],
        "genre": None if not doc.get("genre") else doc["genre"]["label"],
        "places": [{"span": _se(p), **attrs(p)} for p in g["places"]],
        "dates": [{"span": _se(d), **attrs(d)} for d in g["dates"]],
        "geo_checks": [
            {
                "span": [g["places"][c["place"]]["start"], g["places"][c["reference"]]["end"]],
                "place": g["places"][c["place"]]["attrs"]["name"],
                "reference": g["places"][c["reference"]]["attrs"]["name"],
                **{k: v for k, v in sorted(c.items()) if k not in ("place", "reference")},
            }
            for c in doc["geo_checks"]
        ],
        "sourcing": _sourcing(doc.get("sourcing")),
    }


def dump_samples() -> dict[str, Any]:
    """Analyse every sample article with every analyzer; RETURNS id -> records."""
    import newsloupe

    out: dict[str, Any] = {}
    for o in newsloupe.analyze_many([SAMPLES], on_error="raise"):
        assert o.analysis is not None, f"{o.source}: {o.error}"
        out[o.analysis.id] = records(o.analysis.to_dict())
    return dict(sorted(out.items()))


def dump_seed(path: Path) -> dict[str, Any]:
    """Records of the seed article (``../shared``): compare in session, never commit."""
    import newsloupe

    return records(newsloupe.analyze(path).to_dict())


def main(argv: list[str]) -> int:
    if argv[:1] == ["samples"]:
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        FIXTURE.write_text(json.dumps(dump_samples(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {FIXTURE}")
        return 0
    if argv[:1] == ["seed"] and len(argv) == 3:
        Path(argv[2]).write_text(json.dumps(dump_seed(Path(argv[1])), ensure_ascii=False, indent=0), encoding="utf-8")
        return 0
    print("usage: python -m tests.spans_dump samples | seed SEED_PATH OUT", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
