"""Turn an analysis into annotated HTML, server-side, with every piece of text escaped.

Each finding becomes a :class:`Mark` (a span of the article text with a tag,
classes and data attributes). Each paragraph is cut at every mark boundary;
every piece of text is escaped on its own and the marks are opened and closed
around the pieces as a stack: when two marks cross, the inner one is closed
and opened again after the outer one ends, so the HTML always nests. Only the
first piece of a mark carries its ``id`` and ``tabindex``.

Article text never reaches the page unescaped: the only markup in the output
is the tags written here, whose attribute values are escaped too, and links
point at this server's own pages (never at URLs taken from the article).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from newsloupe.model import json_spans
from newsloupe.web.i18n import Translator

# Outer marks first when two start together; a longer mark is always outer.
RANK = {
    "factcheck": -1,
    "assertion": 0,
    "technique": 1,
    "quote": 2,
    "source": 3,
    "via": 3,
    "cue": 4,
    "hedge": 5,
    "trigger": 6,
    "geocheck": 6,
    "place": 7,
    "entity": 7,
    "date": 8,
}


@dataclass
class Mark:
    """A span of the text to wrap in a tag: ``<tag class=… data-…>``."""

    start: int
    end: int
    kind: str
    classes: list[str]
    attrs: dict[str, str] = field(default_factory=dict)
    tag: str = "span"
    first_attrs: dict[str, str] = field(default_factory=dict)  # only on the first piece (id, tabindex)

    @property
    def rank(self) -> int:
        return RANK.get(self.kind, 9)


def _attrs(items: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {k}="{escape(v)}"' for k, v in items if v is not None and v != "")


def _open(mark: Mark, first: bool, inside_link: bool) -> tuple[str, str]:
    tag = "span" if mark.tag == "a" and inside_link else mark.tag
    classes = [*mark.classes, "first" if first else "cont"]
    attrs: list[tuple[str, str]] = [("class", " ".join(classes))]
    for k, v in mark.attrs.items():
        if k == "href" and tag != "a":
            continue
        attrs.append((k, v))
    if first:
        attrs.extend(mark.first_attrs.items())
    return f"<{tag}{_attrs(attrs)}>", f"</{tag}>"


def render_pieces(text: str, start: int, end: int, marks: list[Mark]) -> Markup:
    """HTML of ``text[start:end]`` with ``marks`` (clipped to it) nested around the escaped pieces."""
    clipped = []
    for m in marks:
        s, e = max(m.start, start), min(m.end, end)
        if s < e:
            clipped.append((s, e, m))
    bounds = sorted({start, end, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    starting: dict[int, list[tuple[int, int, Mark]]] = {}
    for item in clipped:
        starting.setdefault(item[0], []).append(item)
    out: list[str] = []
    stack: list[tuple[int, Mark, str]] = []  # (end, mark, closing tag)
    opened: set[int] = set()
    pos = start
    for b in bounds:
        if b > pos:
            out.append(str(escape(text[pos:b])))
            pos = b
        # Close every mark ending here; marks above it that go on are closed and reopened.
        ending = [i for i, (e, _m, _c) in enumerate(stack) if e <= b]
        if ending:
            cut = ending[0]
            above = stack[cut:]
            for _e, _m, closing in reversed(above):
                out.append(closing)
            del stack[cut:]
            for e, m, _c in above:
                if e > b:
                    _push(out, stack, e, m, opened)
        for _s, e, m in sorted(starting.get(b, []), key=lambda it: (-it[1], it[2].rank)):
            _push(out, stack, e, m, opened)
    for _e, _m, closing in reversed(stack):
        out.append(closing)
    return Markup("".join(out))


def _push(out: list[str], stack: list[tuple[int, Mark, str]], end: int, mark: Mark, opened: set[int]) -> None:
    inside_link = any(m.tag == "a" for _e, m, _c in stack)
    first = id(mark) not in opened
    opened.add(id(mark))
    opening, closing = _open(mark, first, inside_link)
    out.append(opening)
    stack.append((end, mark, closing))


def _span(obj: Any) -> tuple[int, int] | None:
    if obj is None:
        return None
    s, e = obj.get("start"), obj.get("end")
    if isinstance(s, int) and isinstance(e, int) and e > s:
        return s, e
    return None


def _q(path: str, **params: Any) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(clean)}" if clean else path


def build_marks(doc: dict[str, Any], t: Translator) -> list[Mark]:
    """Every finding of an analysis document (``Analysis.to_dict()``) as marks."""
    marks: list[Mark] = []
    n = len(doc.get("text") or "")

    def add(sp: tuple[int, int] | None, *args: Any, **kw: Any) -> None:
        if sp and 0 <= sp[0] < sp[1] <= n:
            marks.append(Mark(sp[0], sp[1], *args, **kw))

    groups = {g: json_spans(doc, g) for g in ("cues", "sources", "contents", "hedges")}

    def ref(group: str, i: Any) -> dict[str, Any] | None:
        spans = groups[group]
        return spans[i] if isinstance(i, int) and 0 <= i < len(spans) else None

    by_id = {a.get("id"): a for a in doc.get("attributions") or []}
    for i, a in enumerate(doc.get("attributions") or []):
        aid = str(a.get("id") or f"a{i + 1}")
        st = a.get("source_type") or "none"
        speaker = a.get("speaker") or t("speaker_unknown")
        cue = (ref("cues", a.get("cue")) or {}).get("text") or ""
        hedge_spans = [h for h in (ref("hedges", j) for j in a.get("hedges") or []) if h]
        hedge_cues = [h.get("text") or "" for h in hedge_spans]
        info = [speaker, t(f"type_{st}")]
        if cue:
            info.append(f"{t('cue')}: {cue}")
        if a.get("hedged"):
            info.append(t("hedged") + (": " + ", ".join(hedge_cues) if hedge_cues else ""))
        relay = by_id.get(a.get("via")) if a.get("via") else None
        via = None
        if relay is not None and ref("sources", relay.get("source")) is not None:
            via = {**(ref("sources", relay.get("source")) or {}), "speaker": relay.get("speaker")}
        if via and via.get("speaker"):
            info.append(f"{t('via')}: {via['speaker']}")
        data = {
            "data-att": aid,
            "data-speaker": speaker,
            "data-type": st,
            "data-type-label": t(f"type_{st}"),
            "data-cue": cue,
            "data-kind": str(a.get("kind") or ""),
            "data-kind-label": t(f"kind_{a.get('kind')}") if a.get("kind") else "",
            "data-hedged": "1" if a.get("hedged") else "",
            "data-hedges": (", ".join(hedge_cues) or t("yes")) if a.get("hedged") else t("no"),
            "data-via": (via or {}).get("speaker") or "",
            "title": " · ".join(info),
        }
        for j, c in enumerate(a.get("content") or []):
            first = {"id": f"att-{aid}", "tabindex": "0"} if j == 0 else {"tabindex": "0"}
            add(_span(ref("contents", c)), "quote", ["q", f"q-{st}"], dict(data), first_attrs=first)
        source = ref("sources", a.get("source"))
        add(_span(source), "source", ["src", f"src-{st}"], dict(data), first_attrs={"tabindex": "0"})
        add(_span(ref("cues", a.get("cue"))), "cue", ["cue"], {"data-att": aid, "title": t("cue")})
        for h in hedge_spans:
            add(_span(h), "hedge", ["hedge"], {"data-att": aid, "title": t("hedge")})
        if via:
            add(_span(via), "via", ["via"], {"data-att": aid, "title": f"{t('via')}: {via.get('speaker') or ''}"})
    for i, m in enumerate(doc.get("fact_checks") or []):
        rating = m.get("rating") or "unknown"
        reviewer, claim = m.get("reviewer") or "?", m.get("claim_reviewed") or ""
        if m.get("through_article"):
            # a lead only its article makes: marked apart, without the review's verdict
            rating = "lead"
            title = t("factcheck_lead_mark", reviewer=reviewer, claim=claim)
        elif m.get("rating") and m.get("rating_text"):
            title = t(
                "factcheck_mark", rating=t("rating_" + rating), wording=m["rating_text"], reviewer=reviewer, claim=claim
            )
        else:  # a wording the common scale does not know is given as it is ("Spun", not "Other (Spun)")
            label = m.get("rating_text") or t("rating_" + rating)
            title = t("factcheck_mark_plain", rating=label, reviewer=reviewer, claim=claim)
        add(
            _span(m),
            "factcheck",
            ["factcheck", f"fc-{rating}"],
            {"title": title},
            first_attrs={"id": f"factcheck-{i + 1}"},
        )
    for i, s in enumerate(json_spans(doc, "assertions")):
        cats = sorted({tr.get("label") for tr in s.get("triggers") or [] if tr.get("label")})
        title = t("unsourced_assertion") + (f" ({', '.join(cats)})" if cats else "")
        add(
            _span(s),
            "assertion",
            ["assert"],
            {"title": title, "data-score": f"{s.get('score', 0):.2f}"},
            first_attrs={"id": f"assert-{i + 1}", "tabindex": "0"},
        )
        for tr in s.get("triggers") or []:
            add(_span(tr), "trigger", ["trigger"], {"title": t("trigger") + f": {tr.get('label') or ''}"})
    for i, tq in enumerate(json_spans(doc, "techniques")):
        raw = str(tq.get("label") or "")
        label = t(f"tech_{raw}") if raw else ""  # the UI language's label of the technique
        label = raw if label == f"tech_{raw}" else label
        title = f"{t('technique')}: {label}"
        if tq.get("category"):
            title += f" ({tq['category']})"
        if tq.get("text"):
            title += f" — {tq['text']}"
        add(
            _span(tq),
            "technique",
            ["tech"],
            {"data-label": label, "title": title},
            first_attrs={"id": f"tech-{i + 1}"},
        )
    place_spans = set()
    places = json_spans(doc, "places")
    for i, p in enumerate(places):
        sp = _span(p)
        if not sp:
            continue
        place_spans.add(sp)
        where = ", ".join(x for x in (p.get("name"), p.get("admin1"), p.get("country")) if x)
        coords = f" ({p['lat']:.2f}, {p['lon']:.2f})" if p.get("lat") is not None and p.get("lon") is not None else ""
        add(
            sp,
            "place",
            ["place"],
            {
                "href": _q("/map", place=p.get("name"), country=p.get("country")),
                "title": f"{t('place')}: {where}{coords}",
                "data-country": p.get("country") or "",
            },
            tag="a",
            first_attrs={"id": f"place-{i + 1}"},
        )
    for e in json_spans(doc, "entities"):
        sp = _span(e)
        if not sp or sp in place_spans:
            continue
        label = e.get("label") or "MISC"
        canon = e.get("canonical") or e.get("text") or ""
        add(
            sp,
            "entity",
            ["ent", f"ent-{label}"],
            {"href": _q("/search", q=f'"{canon}"'), "title": f"{t('ent_' + label)}: {canon}"},
            tag="a",
        )
    for d in json_spans(doc, "dates"):
        shown = t.date_value(d.get("value"), d.get("resolution"))  # ("2014-22" reads "summer 2014")
        add(_span(d), "date", ["date"], {"title": f"{t('date')}: {shown}"})
    for g in doc.get("geo_checks") or []:
        ok = bool(g.get("consistent"))
        described, reference = g.get("place"), g.get("reference")
        phrase = None
        if isinstance(described, int) and isinstance(reference, int) and max(described, reference) < len(places):
            phrase = (places[described]["start"], places[reference]["end"])
        add(
            phrase,
            "geocheck",
            ["geocheck", "geo-ok" if ok else "geo-bad"],
            {"title": f"{t('geo_ok') if ok else t('geo_bad')}: {g.get('evidence') or g.get('check') or ''}"},
        )
    return marks


@dataclass
class Block:
    """One rendered paragraph: its role, 1-based line, HTML and (for captions) the caption finding."""

    role: str
    line: int
    html: Markup
    caption: dict[str, Any] | None = None


def render_blocks(doc: dict[str, Any], t: Translator) -> list[Block]:
    """The article's paragraphs, annotated, in text order.

    doc (dict): the analysis document (``Analysis.to_dict()``).
    t: the UI translator (tooltips are in the UI language).
    RETURNS (list[Block]): what ``_annotated.html`` lays out.
    """
    text = doc.get("text") or ""
    marks = build_marks(doc, t)
    captions = {c.get("start"): c for c in json_spans(doc, "captions")}
    paragraphs = [{**p, "role": p.get("label")} for p in json_spans(doc, "paragraphs")]
    if not paragraphs:
        paragraphs = _lines(text)
    blocks = []
    for p in paragraphs:
        s, e = p.get("start", 0), p.get("end", 0)
        if not (0 <= s < e <= len(text)):
            continue
        inside = [m for m in marks if m.start < e and m.end > s]
        cap = None
        if p.get("role") == "caption":
            inside_caption = (c for c in captions.values() if c.get("start", -1) <= s < c.get("end", -1))
            cap = captions.get(s) or next(inside_caption, None)
        blocks.append(Block(p.get("role") or "body", int(p.get("line") or 0), render_pieces(text, s, e, inside), cap))
    return blocks


def _lines(text: str) -> list[dict[str, Any]]:
    out, pos = [], 0
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            out.append({"start": pos, "end": pos + len(line.rstrip("\r")), "line": n, "role": "body"})
        pos += len(line) + 1
    return out
