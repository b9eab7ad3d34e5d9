"""Score attribution extraction against gold annotations.

Two gold formats are read:

* JSONL, one article a line (``../shared/data/attribution/*.jsonl``):
  ``{"id", "lang", "text", "attributions": [{"source": [[s, e]…], "cue": […],
  "content": […]}]}`` with character offsets into ``text``;
* the seed's annotation (``../shared/gold/<id>.json`` beside ``<id>.txt``),
  whose fields are verbatim strings located through their ``before`` context.

Content is matched one-to-one, greedily by overlap, where the overlap of two
contents is the intersection over the union of their character sets (so 1.0
is an exact match and 0.3 a loose one). On matched pairs the source span
(overlap ≥ 0.5), speaker, source type and hedging are compared where the gold
has them.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsloupe.attribution.speaker_match import same_speaker
from newsloupe.errors import BadInput, NotFound
from newsloupe.goldfiles import FOLD, read_annotation

THRESHOLDS = (0.3, 0.8)
_WS = re.compile(r"\s+")


@dataclass
class GoldAttribution:
    """One gold attribution: offsets, and the seed's extra labels when given."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    speaker: str | None = None
    source_type: str | None = None
    hedged: bool | None = None
    kind: str | None = None


@dataclass
class GoldDoc:
    """A gold article: its text and attributions."""

    id: str
    text: str
    lang: str
    attributions: list[GoldAttribution]


def _spans(value: Any) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (value or [])]


def _read_jsonl(path: Path, limit: int | None) -> list[GoldDoc]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            atts = [
                GoldAttribution(
                    content=_spans(a.get("content")),
                    source=_spans(a.get("source")),
                    cue=_spans(a.get("cue")),
                    speaker=a.get("speaker"),
                    source_type=a.get("source_type"),
                    hedged=a.get("hedged"),
                    kind=a.get("kind"),
                )
                for a in rec.get("attributions", [])
            ]
            docs.append(GoldDoc(rec.get("id", str(len(docs))), rec["text"], rec.get("lang", "en"), atts))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def _nearest(text: str, needle: str, anchor: int) -> tuple[int, int] | None:
    """The occurrence of ``needle`` in ``text`` closest to position ``anchor``."""
    if not needle:
        return None
    best = None
    start = text.find(needle)
    while start >= 0:
        if best is None or abs(start - anchor) < abs(best - anchor):
            best = start
        start = text.find(needle, start + 1)
    return (best, best + len(needle)) if best is not None else None


def _read_seed(path: Path) -> list[GoldDoc]:
    ann = read_annotation(path)
    full_text, text, data = ann.text, ann.folded, ann.data
    atts = []
    for a in data.get("attributions", []):
        a = {k: v.translate(FOLD) if isinstance(v, str) else v for k, v in a.items()}
        content = a.get("content") or ""
        before = a.get("before") or ""
        pos = text.find(before + content) if before else -1
        start = pos + len(before) if pos >= 0 else text.find(content)
        if start < 0:
            raise BadInput(f"content not found in the text: {content[:60]!r}", input=str(path))
        cspan = (start, start + len(content))
        cue = _nearest(text, a.get("cue") or "", start)
        anchor = cue[0] if cue else start
        source = _nearest(text, a.get("source") or "", anchor)
        atts.append(
            GoldAttribution(
                content=[cspan],
                cue=[cue] if cue else [],
                source=[source] if source else [],
                speaker=a.get("speaker") or None,
                source_type=a.get("source_type"),
                hedged=a.get("hedged"),
                kind=a.get("kind"),
            )
        )
    return [GoldDoc(ann.id, full_text, ann.lang, atts)]


def load_gold(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """Read gold articles from a JSONL corpus, a seed annotation (JSON beside its .txt),
    or a folder of annotations (the sample corpus's ``samples/gold/``)."""
    if path.is_dir():
        docs = [d for p in sorted(path.glob("*.json")) for d in _read_seed(p)]
        return docs[:limit] if limit else docs
    if not path.is_file():
        raise NotFound("gold file not found", input=str(path))
    if path.suffix == ".jsonl":
        return _read_jsonl(path, limit)
    return _read_seed(path)


def _chars(spans: list[tuple[int, int]], text: str) -> set[int]:
    """Non-space character positions covered by ``spans``."""
    out: set[int] = set()
    for a, b in spans:
        out.update(i for i in range(a, b) if not text[i].isspace())
    return out


def overlap(a: set[int], b: set[int]) -> float:
    """Intersection over union of two character sets."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def match(pred: list[set[int]], gold: list[set[int]], threshold: float) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by overlap: (pred index, gold index, overlap) pairs ≥ threshold."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            o = overlap(p, g)
            if o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for o, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, o))
    return out


def _norm_name(s: str | None) -> str:
    return _WS.sub(" ", (s or "").replace("\u2019", "'")).strip().casefold()


def _article(doc: GoldDoc) -> Any:
    from newsloupe.model import Article, Paragraph

    text = doc.text
    paras = []
    pos = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            paras.append(Paragraph(start=pos, end=pos + len(line), line=n))
        pos += len(line) + 1
    return Article(id=doc.id, text=text, paragraphs=paras, language=doc.lang)


def _entities(parsed: Any) -> list[Any] | None:
    """``analysis.entities`` from the entities analyzer when it exists, else None."""
    try:
        from newsloupe.analyzers import get_analyzer
        from newsloupe.model import Analysis

        info = get_analyzer("entities")
    except Exception:
        return None
    try:
        analysis = Analysis(**parsed.article.model_dump())
        return info.func(parsed, analysis).get("entities")
    except Exception:
        return None


def predict(doc: GoldDoc) -> list[dict[str, Any]]:
    """Run newsloupe's attribution extraction on a gold article's text."""
    from newsloupe.attribution import extract_attributions
    from newsloupe.nlp import parse

    parsed = parse(_article(doc))
    atts, _ = extract_attributions(parsed, _entities(parsed))
    return atts


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_attribution(gold_path: Path | str, limit: int | None = None, details: bool = False) -> dict[str, Any]:
    """Score newsloupe's attributions against a gold file.

    gold_path (Path | str): a ``.jsonl`` corpus or a seed annotation ``.json``.
    limit (int | None): score only the first ``limit`` articles.
    details (bool): also return, per gold attribution, what was found for it.
    RETURNS (dict): counts, content P/R/F1 per overlap threshold, and
        source/speaker/source-type/hedged agreement on matched attributions.
    """
    path = Path(gold_path)
    docs = load_gold(path, limit)
    n_pred = n_gold = 0
    tp = {t: 0 for t in THRESHOLDS}
    src = {"n": 0, "match": 0, "exact": 0}
    spk = {"n": 0, "match": 0}
    typ = {"n": 0, "match": 0}
    hed = {"n": 0, "match": 0}
    rows: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for doc in docs:
        pred = predict(doc)
        text = doc.text
        pc = [_chars([(c["start"], c["end"]) for c in a["content"]], text) for a in pred]
        gc = [_chars(g.content, text) for g in doc.attributions]
        n_pred += len(pred)
        n_gold += len(gc)
        for t in THRESHOLDS:
            tp[t] += len(match(pc, gc, t))
        pairs = {j: (i, o) for i, j, o in match(pc, gc, THRESHOLDS[0])}
        for j, g in enumerate(doc.attributions):
            hit = pairs.get(j)
            p = pred[hit[0]] if hit else None
            row: dict[str, Any] = {
                "doc": doc.id,
                "gold_content": text[g.content[0][0] : g.content[-1][1]][:80] if g.content else "",
            }
            if p is not None:
                row["overlap"] = round(hit[1], 3)  # type: ignore[index]
                gs = _chars(g.source, text)
                ps = _chars([(p["source"]["start"], p["source"]["end"])] if p["source"] else [], text)
                src["n"] += 1
                ok = (not gs and not ps) or overlap(gs, ps) >= 0.5
                src["match"] += ok
                src["exact"] += gs == ps
                row["source"] = (p["source"] or {}).get("text")
                if g.speaker is not None or g.source_type is not None:
                    spk["n"] += 1
                    sok = same_speaker(g.speaker, p["speaker"], doc.lang)
                    spk["match"] += sok
                    row["speaker"] = p["speaker"]
                    row["speaker_ok"] = sok
                if g.source_type is not None:
                    typ["n"] += 1
                    typ["match"] += g.source_type == p["source_type"]
                    row["source_type"] = p["source_type"]
                    row["source_type_ok"] = g.source_type == p["source_type"]
                if g.hedged is not None:
                    hed["n"] += 1
                    hed["match"] += bool(g.hedged) == bool(p["hedged"])
                    row["hedged"] = p["hedged"]
                    row["hedged_ok"] = bool(g.hedged) == bool(p["hedged"])
            row["found"] = p is not None
            rows.append(row)
    result: dict[str, Any] = {
        "gold": str(path),
        "articles": len(docs),
        "gold_attributions": n_gold,
        "predicted_attributions": n_pred,
        "content": {str(t): {"tp": tp[t], **_prf(tp[t], n_pred, n_gold)} for t in THRESHOLDS},
        "source_span": _acc(src["match"], src["n"])
        | {"exact": round(src["exact"] / src["n"], 4) if src["n"] else None},
        "speaker": _acc(spk["match"], spk["n"]),
        "source_type": _acc(typ["match"], typ["n"]),
        "hedged": _acc(hed["match"], hed["n"]),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if details:
        result["details"] = rows
    return result


def _acc(k: int, n: int) -> dict[str, Any]:
    return {"n": n, "accuracy": round(k / n, 4) if n else None}


def format_report(result: dict[str, Any]) -> str:
    """The evaluation as plain text lines (what ``newsloupe eval attribution`` prints)."""
    lines = [
        f"gold: {result['gold']}",
        f"articles: {result['articles']}  gold attributions: {result['gold_attributions']}  "
        f"predicted: {result['predicted_attributions']}  ({result['seconds']} s)",
        "content (greedy one-to-one, overlap = character IoU):",
    ]
    for t, v in result["content"].items():
        lines.append(f"  overlap >= {t}: P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  (tp {v['tp']})")
    lines.append("on matched attributions (overlap >= 0.3):")
    for key, label in (
        ("source_span", "source span (IoU >= 0.5)"),
        ("speaker", "speaker"),
        ("source_type", "source type"),
        ("hedged", "hedged"),
    ):
        v = result[key]
        if v["n"]:
            extra = f"  exact {v['exact']:.3f}" if key == "source_span" and v.get("exact") is not None else ""
            lines.append(f"  {label}: {v['accuracy']:.3f} of {v['n']}{extra}")
        else:
            lines.append(f"  {label}: not in this gold")
    for row in result.get("details", []):
        mark = "found" if row["found"] else "MISSED"
        bits = [
            f"{k}={row[k]}"
            for k in ("overlap", "speaker", "speaker_ok", "source_type", "source_type_ok", "hedged", "hedged_ok")
            if k in row
        ]
        lines.append(f"  - {mark}: {row['gold_content'][:60]!r} {' '.join(bits)}")
    return "\n".join(lines)
