"""Nothing lost in a batch: long lines are parsed in pieces, texts too long to analyse whole
are analysed in their beginning (with a note, the whole text kept), an exception inside the parse or
an analyzer costs one article (or one analyzer's findings), in analyze_many and in run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsloupe.nlp as nlp_mod
import newsloupe.pipeline as pipeline_mod
from newsloupe import errors
from newsloupe.analyzers import REGISTRY, AnalyzerInfo
from newsloupe.batch import run
from newsloupe.ingest.text import parse_text
from newsloupe.nlp import clip_article, parse, split_long
from newsloupe.pipeline import analyze_many
from newsloupe.store import Store
from tests.store.helpers import fictional_text


def _one_line(n: int) -> str:
    """A one-line French article of about ``n`` characters (fictional)."""
    out, i = [], 0
    while sum(len(s) + 1 for s in out) < n:
        out.append(" ".join(fictional_text(i, 3).split()))
        i += 1
    return " ".join(out)


def test_split_long_keeps_the_text_and_prefers_sentence_ends() -> None:
    text = _one_line(5000)
    pieces = split_long(text, 600)
    assert "".join(pieces) == text
    assert len(pieces) > 5 and all(len(p) <= 600 for p in pieces)
    # every cut but the last falls after a sentence end (". " or "» "…), none inside a word
    assert all(p.rstrip()[-1] in ".»!?" for p in pieces[:-1])


def test_split_long_cuts_a_text_without_spaces_into_hard_chunks() -> None:
    text = "x" * 25_000
    pieces = split_long(text, 20_000)
    assert "".join(pieces) == text and max(len(p) for p in pieces) <= nlp_mod.MAX_TOKEN_PIECE_CHARS


def test_long_line_over_the_parser_limit_is_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's case in small: one line longer than spaCy's max_length (lowered here to
    keep the test fast; before, the whole batch stopped with E088)."""
    monkeypatch.setattr(nlp_mod, "MAX_PIECE_CHARS", 1500)
    monkeypatch.setattr(nlp_mod, "MAX_BATCH_CHARS", 4000)
    monkeypatch.setattr(nlp_mod.get_nlp("fr"), "max_length", 2000)
    text = "Valmer : le conseil vote le budget\n\n" + _one_line(12_000) + "\n"
    art = parse_text(text, article_id="long-line", source="long-line.txt")
    assert max(p.end - p.start for p in art.paragraphs) > 10_000
    [out] = list(analyze_many([art], analyzers=["entities", "dates"]))
    assert out.error is None and out.analysis is not None
    a = out.analysis
    assert a.text == text
    assert len(a.spans.entities) > 10 and all(text[e.start : e.end] == e.text for e in a.spans.entities)
    assert a.spans.dates and all(text[d.start : d.end] == d.text for d in a.spans.dates)


def _small_limits(monkeypatch: pytest.MonkeyPatch, analysed: int) -> None:
    """Lower the parser's and the analysis' limits, to keep the tests fast."""
    monkeypatch.setattr(nlp_mod, "MAX_PIECE_CHARS", 1500)
    monkeypatch.setattr(nlp_mod, "MAX_BATCH_CHARS", 4000)
    monkeypatch.setattr(nlp_mod, "MAX_ANALYSED_CHARS", analysed)


def test_chunked_long_line_keeps_every_token_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    _small_limits(monkeypatch, 100_000)
    text = "Valmer : le conseil vote le budget\n\n" + _one_line(30_000)
    art = parse_text(text, article_id="long-line", source="long-line.txt")
    from newsloupe.ingest.language import detect_language

    parsed = parse(detect_language(art))
    assert parsed.full is None and parsed.doc is not None and parsed.doc.text == text
    assert len(parsed.doc) > 4000
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in parsed.doc)
    assert all(text[e.start_char : e.end_char] == e.text for e in parsed.doc.ents) and parsed.doc.ents


def test_clip_article_cuts_at_a_paragraph_end_and_keeps_offsets() -> None:
    paras = [" ".join(fictional_text(i, 2).split()) for i in range(8)]
    text = "\n\n".join(paras) + "\n"
    art = parse_text(text, article_id="paras", source="paras.txt")
    limit = len(text) // 2
    clipped = clip_article(art, limit)
    cut = len(clipped.text)
    assert limit // 2 <= cut <= limit and text.startswith(clipped.text)
    assert cut in {p.end for p in art.paragraphs}
    assert clipped.paragraphs == [p for p in art.paragraphs if p.end <= cut]
    assert clip_article(art, len(text)) is art


def test_text_too_long_to_analyse_whole_is_analysed_in_its_beginning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A giant one-line article (5 MB in the fuzz; 20,000 characters here, with the limit
    lowered to 6,000) is one analysis: its whole text, findings in its beginning, a note."""
    _small_limits(monkeypatch, 6000)
    text = "Valmer : le conseil vote le budget\n\n" + _one_line(20_000) + "\n"
    art = parse_text(text, article_id="giant", source="giant.txt")
    [out] = list(analyze_many([art], analyzers=["entities", "dates", "attributions"]))
    assert out.error is None and out.analysis is not None
    a = out.analysis
    assert a.text == text and [(p.start, p.end) for p in a.paragraphs] == [(p.start, p.end) for p in art.paragraphs]
    [note] = [n for n in a.notes if "characters were analysed" in n]
    cut = int(note.split("only its first ")[1].split(" characters")[0].replace(",", ""))
    assert 3000 <= cut <= 6000 and text[cut - 2 : cut].rstrip()[-1] in ".»!?"
    assert f"the text is {len(text):,} characters long" in note and "limit 6,000" in note
    spans = a.spans.entities + a.spans.dates + a.spans.cues + a.spans.sources
    assert a.spans.entities and a.spans.dates and a.spans.cues
    assert all(s.end <= cut and text[s.start : s.end] == s.text for s in spans)


@pytest.fixture()
def boom() -> Iterator[str]:
    """An analyzer that raises on articles whose text mentions 'Corlette'."""

    def func(parsed: Any, analysis: Any) -> dict[str, Any]:
        if "Corlette" in parsed.article.text:
            raise RuntimeError("boom on Corlette")
        return {}

    REGISTRY["boom"] = AnalyzerInfo("boom", "1", (), (), func)
    yield "boom"
    del REGISTRY["boom"]


def _articles() -> list[Any]:
    # fictional_text(0) is about Valmer, (1) Corlette, (2) Brisanne
    return [parse_text(fictional_text(i), article_id=f"a{i}", source=f"a{i}.txt") for i in range(3)]


def test_exception_inside_an_analyzer_mid_batch(boom: str) -> None:
    outs = list(analyze_many(_articles(), analyzers=["entities", boom]))
    assert [o.source for o in outs] == ["a0.txt", "a1.txt", "a2.txt"]
    assert all(o.analysis is not None for o in outs)
    notes = [o.analysis.notes for o in outs if o.analysis]
    assert not any("boom" in n for n in notes[0] + notes[2])
    assert any("analyzer 'boom' failed: RuntimeError: boom on Corlette" in n for n in notes[1])
    assert outs[0].analysis is not None and outs[2].analysis is not None
    assert outs[0].analysis.failures == [] and outs[2].analysis.failures == []
    [failure] = outs[1].analysis.failures if outs[1].analysis else []
    assert (failure.analyzer, failure.code) == ("boom", errors.E_ANALYZER)
    assert failure.message == "RuntimeError: boom on Corlette"
    assert outs[1].analysis is not None and outs[1].analysis.spans.entities  # the other analyzers' findings are kept


def test_exception_inside_the_parse_mid_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline_mod.parse

    def flaky(article: Any) -> Any:
        if article.id == "a1":
            raise ValueError("parser bug")
        return real(article)

    monkeypatch.setattr(pipeline_mod, "parse", flaky)
    outs = list(analyze_many(_articles(), analyzers=["entities"]))
    assert [o.ok for o in outs] == [True, False, True]
    err = outs[1].error
    assert err is not None and err.code == errors.E_INTERNAL and err.input == "a1.txt"
    assert "ValueError: parser bug" in err.message


def test_run_records_analyzer_and_parse_exceptions_per_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boom: str
) -> None:
    # run parses a batch's articles together (parse_many): spaCy fails on the pieces of the
    # whole batch, then each article is parsed alone and only the third fails
    real = nlp_mod._pipe
    calls: list[int] = []

    def flaky(nlp: Any, pieces: list[str]) -> Any:
        calls.append(len(pieces))
        if any("Brisanne" in p for p in pieces):
            raise ValueError("parser bug")
        return real(nlp, pieces)

    monkeypatch.setattr(nlp_mod, "_pipe", flaky)
    with Store(tmp_path / "s.db") as store:
        for art in _articles():
            store.add_article(art)
        report = run(store, workers=0, analyzers=["entities", boom])
        rows = dict(
            store.conn.execute("SELECT a.doc_id, o.status FROM outcomes o JOIN articles a ON a.id = o.article_id")
        )
        codes = dict(
            store.conn.execute("SELECT a.doc_id, o.code FROM outcomes o JOIN articles a ON a.id = o.article_id")
        )
        failures = store.conn.execute(
            "SELECT a.doc_id, f.analyzer, f.code, f.message FROM analyzer_failures f"
            " JOIN articles a ON a.id = f.article_id JOIN outcomes o USING (article_id, pipeline_version)"
        ).fetchall()
        stored = {
            doc_id: json.loads(doc)["failures"]
            for doc_id, doc in store.conn.execute(
                "SELECT a.doc_id, n.json FROM analyses n JOIN articles a ON a.id = n.article_id"
            )
        }
    assert report.done == report.todo == 3
    assert calls[-4] == sum(calls[-3:])  # the batch's pieces in one call, then each article's
    assert rows == {"a0": "ok", "a1": "analyzer-error", "a2": "internal-error"}
    assert codes["a1"] == errors.E_ANALYZER and codes["a2"] == errors.E_INTERNAL
    assert failures == [("a1", "boom", errors.E_ANALYZER, "RuntimeError: boom on Corlette")]
    assert stored == {"a0": [], "a1": [{"analyzer": "boom", "code": errors.E_ANALYZER, "message": failures[0][3]}]}


def test_a_long_text_of_symbols_is_refused_before_the_parse() -> None:
    art = parse_text("[" * 100_000, article_id="brackets", source="brackets.txt")
    [out] = list(analyze_many([art], analyzers=["entities"]))
    assert out.error is not None and out.error.code == errors.E_NO_TEXT and out.error.input == "brackets.txt"


def test_articles_parsed_together_read_as_each_parsed_alone() -> None:
    from newsloupe.nlp import parse_many
    from newsloupe.pipeline import identify

    english = (
        "Harbour talks stall in Dunmore\n\nThe mayor of Dunmore, Ada Quenby, said on Monday that the harbour "
        "would stay shut.\n\nDockers voted to keep the strike going until the council answers their letter.\n"
    )
    german = "Der Hafen bleibt zu\n\nDie Stadt Dunmore hat am Montag den Hafen geschlossen, sagte sie.\n"
    arts = [
        *(parse_text(fictional_text(i), article_id=f"f{i}", source=f"f{i}.txt") for i in range(2)),
        parse_text(english, article_id="e", source="e.txt"),
        parse_text(german, article_id="d", source="d.txt"),
        parse_text(fictional_text(2), article_id="f2", source="f2.txt"),
    ]
    arts = [identify(a) for a in arts]
    assert [a.language for a in arts] == ["fr", "fr", "en", "de", "fr"]

    def tokens(doc: Any) -> list[tuple[Any, ...]]:
        return [
            (t.idx, t.text, t.tag_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc
        ]

    together = parse_many(arts)
    alone = [parse(a) for a in arts]
    assert len(together) == len(arts)
    for a, b in zip(together, alone, strict=True):
        assert not isinstance(a, Exception)
        assert a.article == b.article and a.doc is not None and b.doc is not None
        assert a.doc.text == a.article.text
        assert tokens(a.doc) == tokens(b.doc)
    assert any(t.ent_type_ for t in together[2].doc) and any(t.dep_ == "nsubj" for t in together[0].doc)


def test_an_article_across_two_calls_and_a_clipped_one_read_as_parsed_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsloupe.nlp import get_nlp, parse_many
    from newsloupe.pipeline import identify

    monkeypatch.setattr(nlp_mod, "MAX_BATCH_CHARS", 150)  # a few paragraphs a call: articles straddle calls
    monkeypatch.setattr(nlp_mod, "MAX_ANALYSED_CHARS", 600)  # the long article below is clipped
    paragraph = "The ferry from Holmby to Vessel Point stopped on {day}, its captain, Rune Talvik, said at the quay."
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Easter", "noon"]
    short = "Ferry stops at Holmby\n\n" + "\n\n".join(paragraph.format(day=d) for d in days[:3]) + "\n"
    long = "Ferry strike goes on\n\n" + "\n\n".join(paragraph.format(day=d) for d in days) + "\n"
    arts = [identify(parse_text(t, article_id=f"a{k}", source=f"a{k}.txt")) for k, t in enumerate([short, long])]
    assert [a.language for a in arts] == ["en", "en"] and len(arts[1].text) > 600 >= len(arts[0].text)
    nlp = get_nlp("en")
    real_pipe = nlp.pipe
    calls: list[list[str]] = []

    def spy(texts: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(list(texts))
        return real_pipe(calls[-1], *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    together = parse_many(arts)
    batched = list(calls)
    alone = [parse(a) for a in arts]

    def tokens(doc: Any) -> list[tuple[Any, ...]]:
        return [(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in doc]

    # the short article's last paragraph shares a call with the long one's first, and both go over several calls
    assert len(batched) >= 4 and any("Wednesday" in " ".join(c) and "Ferry strike" in " ".join(c) for c in batched)
    assert not isinstance(together[1], Exception) and together[1].full is not None  # clipped, the whole kept
    assert len(together[1].article.text) <= 600 < len(together[1].full.text)
    for a, b in zip(together, alone, strict=True):
        assert not isinstance(a, Exception) and a.doc is not None and b.doc is not None
        assert a.article == b.article and a.doc.text == a.article.text
        assert tokens(a.doc) == tokens(b.doc)
