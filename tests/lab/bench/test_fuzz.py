"""Property tests: random bytes, random unicode and mangled HTML never crash or hang.

Every outcome is an Article whose offsets lie inside its text, or a BadInput.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsloupe
from newsloupe.errors import BadInput
from newsloupe.ingest import article_from_bytes
from newsloupe.model import Article
from tests.test_model import assert_offsets_exact

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_BENCH_N = 60  # inputs of the seeded `bench fuzz` run (about 40 s on an idle machine)

HTML_BITS = [
    "<html>",
    "<head>",
    "<title>T</title>",
    "<body>",
    "<article>",
    "</article>",
    "<p>",
    "</p>",
    "<figure>",
    "<figcaption>",
    "Légende ©AFP",
    "</figcaption>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "<div",
    ">",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<!--",
    "-->",
    "<![CDATA[",
    "Le ministre a déclaré que la réforme avancerait. ",
    "« Nous verrons », a-t-il dit. ",
    "\n",
    "\x00",
    "\ufeff",
    '<meta property="og:title" content="X">',
    '<script type="application/ld+json">{"@type":"NewsArticle",',
]


def check_article(art: Article) -> None:
    n = len(art.text)
    for p in art.paragraphs:
        assert 0 <= p.start <= p.end <= n
    for c in art.captions:
        assert art.text[c.start : c.end] == c.text
    if art.source_line:
        assert art.text[art.source_line.start : art.source_line.end] == art.source_line.text


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_as_text(data: bytes) -> None:
    try:
        art = article_from_bytes(data, article_id="fuzz", source="fuzz.txt", kind="text")
    except BadInput:
        return
    check_article(art)


@FUZZ
@given(st.text(max_size=3000))
def test_random_unicode_as_text(text: str) -> None:
    try:
        art = article_from_bytes(
            text.encode("utf-8", "surrogatepass"), article_id="fuzz", source="fuzz.txt", kind="text"
        )
    except (BadInput, UnicodeEncodeError):
        return
    check_article(art)


@FUZZ
@given(st.lists(st.sampled_from(HTML_BITS) | st.text(max_size=40), max_size=80))
def test_mangled_html(bits: list[str]) -> None:
    data = "".join(bits).encode("utf-8", "surrogatepass")
    try:
        art = article_from_bytes(data, article_id="fuzz", source="fuzz.html", kind="html")
    except BadInput:
        return
    check_article(art)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    newsloupe.analyze(text="Un mot.\n\nLe ministre a parlé à Paris.")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=1500))
def test_analyzer_on_random_unicode(text: str) -> None:
    try:
        a = newsloupe.analyze(text=text, lang="fr")
    except BadInput:
        return
    assert_offsets_exact(a)


def test_fuzz_bench_seeded_run_loses_nothing(tmp_path) -> None:
    """A small seeded run of `newsloupe bench fuzz` through the three paths (analyze_many,
    ingest + run, POST /api/analyze): every input accounted for, no internal error, no traceback."""
    from newsloupe.lab.bench.fuzz import fuzz

    lines: list[str] = []
    summary = fuzz(FUZZ_BENCH_N, seed=7, keep=tmp_path / "fuzz", jobs=1, out=lines.append)
    assert set(summary["paths"]) == {"analyze", "ingest", "api"}
    assert summary["inputs"] == 3 * FUZZ_BENCH_N
    assert summary["unaccounted"] == 0, summary
    assert summary["internal"] == 0, summary
    assert summary["tracebacks"] == 0, summary
    assert summary["unnamed"] == 0, summary
    for path in summary["paths"].values():
        assert path["analyses"] > 10 and sum(path["errors"].values()) > 10
    # hostile inputs of several kinds were refused with their own codes
    assert {"NL-E001", "NL-E002", "NL-E007"} <= set(summary["errors"])
    assert any(line.startswith("total:") for line in lines)
