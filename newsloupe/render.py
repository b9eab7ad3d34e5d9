"""The terminal report of an analysis (rich), sourcing first.

Every section is optional: it shows only when its analyzer ran and found
something, so the report grows as analyzers are added.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsloupe.model import Analysis

LABEL_NAMES = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _header(a: Analysis) -> Text:
    t = Text()
    t.append(a.title or "(no title)", style="bold")
    meta = [
        ("outlet", a.outlet),
        ("published", f"{a.published}{' (inferred)' if a.published_inferred else ''}" if a.published else None),
        ("language", f"{a.language} ({a.language_source})" if a.language else None),
        ("authors", ", ".join(a.authors) if a.authors else None),
        ("url", a.url),
        ("source line", a.source_line.text if a.source_line else None),
        ("input", a.input),
    ]
    for k, v in meta:
        if v:
            t.append(f"\n{k}: ", style="dim")
            t.append(str(v))
    return t


def _sourcing(a: Analysis) -> Any:
    s = a.sourcing or {}
    table = Table(title="Sourcing", show_header=True, header_style="bold", expand=False)
    table.add_column("source type")
    table.add_column("count", justify="right")
    for k, v in sorted((s.get("counts_by_type") or s.get("counts") or {}).items(), key=lambda kv: -kv[1]):
        if not v:
            continue
        table.add_row(k, str(v))
    lines = []
    for key, label in (
        ("anonymous_share", "share of attributed text resting on anonymous sources"),
        ("hedged_share", "hedged share"),
        ("unsourced_assertions", "unsourced assertions"),
    ):
        if key in s:
            val = s[key]
            lines.append(f"{label}: {val:.0%}" if isinstance(val, float) else f"{label}: {val}")
    speakers = s.get("named_speakers") or []
    if speakers:
        names = [
            f"{x.get('name')}{' (' + x['role'] + ')' if x.get('role') else ''}" for x in speakers if isinstance(x, dict)
        ]
        lines.append("named speakers: " + ", ".join(names))
    return Group(table, Text("\n".join(lines)))


def _attributions(a: Analysis) -> Table:
    table = Table(title="Attributions", show_lines=False, header_style="bold")
    for col in ("speaker", "type", "cue", "content", "hedged"):
        table.add_column(col, overflow="fold")
    for at in a.attributions:
        content = " … ".join(c.get("text", "") for c in at.get("content", []))
        cue = (at.get("cue") or {}).get("text", "")
        via = at.get("via")
        speaker = at.get("speaker") or "—"
        if via:
            speaker += f" (via {via.get('speaker') or via.get('text')})"
        hedged = ", ".join(at.get("hedge_cues") or []) if at.get("hedged") else ""
        table.add_row(escape(speaker), at.get("source_type", ""), escape(cue), escape(_clip(content)), escape(hedged))
    return table


def _simple_list(title: str, rows: list[str]) -> Panel:
    return Panel(Text("\n".join(rows)), title=title, title_align="left")


def render_analysis(a: Analysis, console: Console | None = None) -> None:
    """Print the readable report of one analysis."""
    console = console or Console()
    console.print(Panel(_header(a), title=f"newsloupe · {a.id}", title_align="left"))
    if a.sourcing is not None:
        console.print(_sourcing(a))
    if a.attributions:
        console.print(_attributions(a))
    if a.assertions:
        console.print(
            _simple_list(
                "Unsourced assertions (outlet's own voice)",
                [f"[{x.get('score', 0):.2f}] {_clip(x.get('text', ''), 220)}" for x in a.assertions],
            )
        )
    if a.captions:
        rows = []
        for c in a.captions:
            rel = f" [{c.relation}]" if c.relation else ""
            lang = f" ({c.language})" if c.language else ""
            credit = f" — credit: {c.credit}" if c.credit else ""
            rows.append(f"• {_clip(c.text, 200)}{lang}{credit}{rel}")
            rows.extend(f"    {r}" for r in c.reasons)
        console.print(_simple_list("Captions", rows))
    if a.techniques:
        console.print(
            _simple_list(
                "Persuasion techniques",
                [
                    f"¶{t.get('paragraph')} {t.get('label')} ({t.get('category')}, {t.get('score', 0):.2f}): "
                    f"{_clip(t.get('evidence', ''), 120)}"
                    for t in a.techniques
                ],
            )
        )
    if a.frames or a.genre:
        rows = []
        if a.genre:
            rows.append(f"genre: {a.genre.get('label')}")
        if a.frames:
            rows.append("frames: " + ", ".join(f"{f['label']} ({f.get('score', 0):.2f})" for f in a.frames))
        console.print(_simple_list("Genre and frames", rows))
    if a.entities:
        by_label: dict[str, dict[str, int]] = defaultdict(dict)
        for e in a.entities:
            by_label[e.label][e.canonical] = by_label[e.label].get(e.canonical, 0) + 1
        rows = []
        for label in ("PER", "ORG", "LOC", "MISC"):
            if by_label.get(label):
                names = ", ".join(f"{n}{f' ×{k}' if k > 1 else ''}" for n, k in by_label[label].items())
                rows.append(f"{LABEL_NAMES[label]}: {names}")
        console.print(_simple_list("Entities", rows))
    if a.places:
        rows = [f"{p.get('text')} → {p.get('name')} ({p.get('country') or '—'}, {p.get('kind')})" for p in a.places]
        console.print(_simple_list("Places", sorted(set(rows), key=rows.index)))
    if a.dates:
        console.print(_simple_list("Dates", [f"{d.get('text')} → {d.get('value')}" for d in a.dates]))
    raised = [g for g in a.geo_checks if g.get("consistent") is False]
    if raised:
        rows = [f"✗ “{g.get('text')}”: {_clip(str(g.get('evidence', '')), 240)}" for g in raised]
        console.print(_simple_list("Geography checks", rows))
    if a.notes:
        console.print(_simple_list("Notes", a.notes))


def summary_line(a: Analysis) -> str:
    """One line about an analysis, for batch summaries."""
    parts = [a.id, a.language or "?", a.outlet or "—", _clip(a.title or "", 60)]
    parts.append(f"{len(a.entities)} entities")
    if a.attributions or a.sourcing is not None:
        parts.append(f"{len(a.attributions)} attributions")
    if a.assertions:
        parts.append(f"{len(a.assertions)} unsourced")
    if a.techniques:
        parts.append(f"{len(a.techniques)} techniques")
    return " · ".join(parts)
