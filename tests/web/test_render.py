"""Server-side annotation: any set of overlapping spans gives well-nested, escaped HTML of the same text."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from newsloupe.web.geo import Marker, countries, frame, map_context
from newsloupe.web.render import RANK, Mark, render_pieces
from newsloupe.web.views.search import snippet_html

KINDS = sorted(RANK)
ALPHABET = st.sampled_from([*list("ab <>&\"'é\xa0\n"), "</span>", "<a href='javascript:x'>"])


@st.composite
def texts_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = "".join(draw(st.lists(ALPHABET, min_size=1, max_size=40)))
    n = len(text)
    marks = []
    for _ in range(draw(st.integers(0, 8))):
        s = draw(st.integers(0, n - 1))
        e = draw(st.integers(s + 1, n))
        kind = draw(st.sampled_from(KINDS))
        tag = "a" if kind in ("entity", "place") else "span"
        title = draw(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=5))
        attrs = {"title": title, "data-x": '"><script>'}
        if tag == "a":
            attrs["href"] = "/search?q=%22x%22"
        marks.append(Mark(s, e, kind, [kind], attrs, tag=tag, first_attrs={"id": f"m{len(marks)}"}))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(texts_and_marks())
def test_render_nests_escapes_and_keeps_the_text(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    html = str(render_pieces(text, 0, len(text), marks))
    root = ET.fromstring(f"<div>{html}</div>")  # well-formed: every tag closed in order
    assert "".join(root.itertext()) == text
    assert not root.findall(".//script")
    for a in root.iter("a"):
        assert not a.findall(".//a"), "no link inside a link"
    # Each mark's first piece (and only it) carries its id.
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids)) == len(marks)


def test_crossing_marks_are_split_and_reopened() -> None:
    text = "0123456789"
    marks = [Mark(0, 6, "quote", ["q"]), Mark(3, 9, "assertion", ["assert"])]
    html = str(render_pieces(text, 0, len(text), marks))
    assert html == (
        '<span class="q first">012<span class="assert first">345</span></span><span class="assert cont">678</span>9'
    )


def test_snippet_marks_are_balanced_and_escaped() -> None:
    assert str(snippet_html("a [grain] <b> [x")) == "a <mark>grain</mark> &lt;b&gt; [x"


def test_world_outlines_and_framing() -> None:
    world = countries("110m")
    assert len(world) > 170
    iso = {c.iso2 for c in world}
    assert {"FR", "IQ", "US", "RU"} <= iso
    for c in world:  # rings unwrapped across the antimeridian
        for ring in c.rings:
            assert all(abs(a[0] - b[0]) <= 180 for a, b in itertools.pairwise(ring))
    near = frame([Marker(33.3, 43.8, "Fallujah", "#p1"), Marker(35.5, 44.4, "Kirkuk", "#p2")])
    assert 30 < near.lon0 < 43.8 < 44.4 < near.lon1 < 60
    ctx = map_context([Marker(33.3, 43.8, "Fallujah <x>", "#p1", 3)], {"IQ"})
    assert any(c["iso2"] == "IQ" and "hl" in c["css"] for c in ctx["countries"])
    assert len(ctx["countries"]) < 40  # only the countries in view
    assert map_context([])["markers"] == []
