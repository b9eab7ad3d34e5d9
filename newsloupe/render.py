"""The terminal report of an analysis (rich), sourcing first.

Every section is optional: it shows only when its analyzer ran and found
something, so the report grows as analyzers are added.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsloupe.labels import reader_label
from newsloupe.lang import attribution_runs, quote_speakers_read
from newsloupe.model import Analysis, DateAttrs
from newsloupe.termtext import clean, lit

LABEL_NAMES = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _header(a: Analysis) -> Text:
    t = Text()
    t.append(clean(a.title or "(no title)"), style="bold")
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
            t.append(clean(v))
    return t


def _sourcing(a: Analysis) -> Any:
    s = a.sourcing
    assert s is not None
    analysed = attribution_runs(a.language)
    table = Table(title="Sourcing", show_header=True, header_style="bold", expand=False)
    table.add_column("source type")
    table.add_column("count", justify="right")
    if analysed:
        for k, v in sorted(s.counts_by_type.items(), key=lambda kv: -kv[1]):
            if not v:
                continue
            table.add_row(lit(k), str(v))
    else:  # only quotations found by punctuation: their sources are not analysed, not "none"
        table.add_row("– (not analysed)", "–")
    if analysed:
        lines = [
            f"share of attributed text resting on unnamed individuals: {s.anonymous_share:.0%}",
            f"hedged share: {s.hedged_share:.0%}",
            f"unsourced assertions: {s.unsourced_assertions}",
        ]
    else:  # no attribution rules: these figures are unknown, not 0
        why = f"– (not analysed: no attribution rules for language {a.language or 'unknown'!r})"
        lines = [
            f"share of attributed text resting on unnamed individuals: {why}",
            f"hedged share: {why}",
            f"unsourced assertions: {why}",
        ]
    if s.named_speakers:
        names = [f"{x.name}{' (' + x.role + ')' if x.role else ''}" for x in s.named_speakers]
        lines.append("named speakers: " + ", ".join(names))
    return Group(table, Text(clean("\n".join(lines))))


def date_line(text: str, attrs: DateAttrs | None) -> str:
    """One date of the text report: its value, or what is missing, and a marker when the value is a guess."""
    if attrs is None or attrs.value is None:
        why = attrs.note if attrs and attrs.note else "not resolved"
        return f"{text} → ? ({why})"
    if attrs.year_from == "unknown":
        return f"{text} → {attrs.value} (year unknown)"
    marker = ""
    if attrs.year_from in ("context", "weekday"):
        marker = " (year inferred)"
    elif attrs.inferred:
        marker = " (inferred)"
    elif attrs.year_from == "publication" and attrs.note:
        marker = " (year before publication: past tense)"
    if attrs.resolution == "season":  # EDTF's season codes ("2027-21"), shown as a reader reads them
        return f"{text} → {_SEASONS.get(attrs.value[-2:], 'season')} {attrs.value[:4]}{marker}"
    return f"{text} → {attrs.value}{marker}"


_SEASONS = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}


def _attributions(a: Analysis) -> Table:
    if not attribution_runs(a.language):  # quotations by punctuation alone, a speaker only when named by the marks
        read = quote_speakers_read(a.language)
        what = (
            "speakers and reports only where a cue names the source (quotations, laut/secondo/według/по словам, a "
            "reporting verb's clause); unnamed sources and unsourced statements not analysed"
            if read
            else "speakers, cues, source types and indirect speech not analysed"
        )
        title = (
            f"Quotations found by punctuation only (no attribution rules for language {a.language or 'unknown'!r}: "
            f"{what})"
        )
        table = Table(title=clean(title), show_lines=False, header_style="bold")
        if read:  # since multi43 (stop 43) reports beyond quotations too: their kind and hedge
            for col in ("speaker", "kind", "hedged"):
                table.add_column(col, overflow="fold")
        table.add_column("quotation" if not read else "content", overflow="fold")
        for at in a.attributions:
            quote = lit(_clip(" … ".join(a.spans.contents[c].text for c in at.content)))
            said = (lit(at.speaker or "not identified"), at.kind, "yes" if at.hedged else "") if read else ()
            table.add_row(*said, quote)
        return table
    table = Table(title="Attributions", show_lines=False, header_style="bold")
    for col in ("speaker", "type", "cue", "content", "hedged"):
        table.add_column(col, overflow="fold")
    g = a.spans
    by_id = {x.id: x for x in a.attributions}
    for at in a.attributions:
        content = " … ".join(g.contents[c].text for c in at.content)
        cue = g.cues[at.cue].text if at.cue is not None else ""
        speaker = at.speaker or "—"
        via = by_id.get(at.via) if at.via else None
        if via is not None:
            speaker += f" (via {via.speaker or (g.sources[via.source].text if via.source is not None else '?')})"
        hedged = ", ".join(g.hedges[h].text for h in at.hedges) if at.hedged else ""
        table.add_row(lit(speaker), lit(at.source_type), lit(cue), lit(_clip(content)), lit(hedged))
    return table


def _simple_list(title: str, rows: list[str]) -> Panel:
    return Panel(Text(clean("\n".join(rows))), title=title, title_align="left")


def render_analysis(a: Analysis, console: Console | None = None) -> None:
    """Print the readable report of one analysis."""
    console = console or Console()
    console.print(Panel(_header(a), title=f"newsloupe · {lit(a.id)}", title_align="left"))
    g = a.spans
    if a.sourcing is not None:
        console.print(_sourcing(a))
    if a.attributions:
        console.print(_attributions(a))
    if a.fact_checks:
        rows = [
            f"{m.text}\n    → checked as {m.rating or '?'} ({m.rating_text or '?'}) by {m.reviewer or '?'}"
            f"{' on ' + m.review_date if m.review_date else ''}: {m.claim_reviewed} <{m.url}> (score {m.score:.2f})"
            + (" [through its article: the sentence alone is no match]" if m.through_article else "")
            for m in a.fact_checks
        ]
        console.print(_simple_list("Already fact-checked", rows))
    if g.assertions:
        console.print(
            _simple_list(
                "Unsourced assertions (outlet's own voice)",
                [f"[{x.score or 0:.2f}] {_clip(x.text, 220)}" for x in g.assertions],
            )
        )
    if a.captions:
        rows = []
        for c in a.captions:
            x = c.attrs
            rel = f" [{x.relation}]" if x.relation else ""
            lang = f" ({x.language})" if x.language else ""
            credit = f" — credit: {x.credit}" if x.credit else ""
            rows.append(f"• {_clip(c.text, 200)}{lang}{credit}{rel}")
            rows.extend(f"    {r}" for r in x.reasons)
        console.print(_simple_list("Captions", rows))
    if g.techniques:
        console.print(
            _simple_list(
                "Persuasion techniques",
                [
                    f"¶{t.attrs.paragraph if t.attrs else '?'} {reader_label(t.label or '')} "
                    f"({t.attrs.category if t.attrs else ''}, {t.score or 0:.2f}): {_clip(t.text, 120)}"
                    for t in g.techniques
                ],
            )
        )
    if a.frames or a.genre:
        rows = []
        if a.genre:
            rows.append(f"genre: {a.genre.label}")
        if a.frames:
            rows.append("frames: " + ", ".join(f"{reader_label(f.label)} ({f.score:.2f})" for f in a.frames))
        console.print(_simple_list("Genre and frames", rows))
    if g.entities:
        by_label: dict[str, dict[str, int]] = defaultdict(dict)
        for e in g.entities:
            canon = e.attrs.canonical if e.attrs else e.text
            by_label[e.label][canon] = by_label[e.label].get(canon, 0) + 1
        rows = []
        for label in ("PER", "ORG", "LOC", "MISC"):
            if by_label.get(label):
                names = ", ".join(f"{n}{f' ×{k}' if k > 1 else ''}" for n, k in by_label[label].items())
                rows.append(f"{LABEL_NAMES[label]}: {names}")
        console.print(_simple_list("Entities", rows))
    if g.places:
        rows = [f"{p.text} → {p.attrs.name} ({p.attrs.country or '—'}, {p.attrs.kind})" for p in g.places if p.attrs]
        console.print(_simple_list("Places", sorted(set(rows), key=rows.index)))
    if g.dates:
        console.print(_simple_list("Dates", [date_line(d.text, d.attrs) for d in g.dates]))
    raised = [c for c in a.geo_checks if not c.consistent]
    if raised:
        rows = [
            f"✗ “{a.text[g.places[c.place].start : g.places[c.reference].end]}”: {_clip(c.evidence or '', 240)}"
            for c in raised
        ]
        console.print(_simple_list("Geography checks", rows))
    if a.notes:
        console.print(_simple_list("Notes", a.notes))


def summary_line(a: Analysis) -> str:
    """One line about an analysis, for batch summaries."""
    parts = [a.id, a.language or "?", a.outlet or "—", _clip(a.title or "", 60)]
    g = a.spans
    parts.append(f"{len(g.entities)} entities")
    if a.attributions or a.sourcing is not None:
        parts.append(f"{len(a.attributions)} attributions")
    if g.assertions:
        parts.append(f"{len(g.assertions)} unsourced")
    if g.techniques:
        parts.append(f"{len(g.techniques)} techniques")
    return " · ".join(parts)
