"""Persuasion techniques, frames and genre (issue 4).

The first tests use only the committed models and text written here; the ones
marked ``shared`` read ../shared (SemEval data, the seed) and skip without it.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsloupe.analyzers import get_analyzer
from newsloupe.ingest.text import parse_text
from newsloupe.model import Analysis, Technique
from newsloupe.nlp import Parsed
from newsloupe.persuasion import labels
from newsloupe.persuasion import model as pm

# Written for these tests: an invented opinion piece and an invented dispatch.
OPINION_FR = (
    "Énergie : le grand mensonge des promesses vertes\n"
    "\n"
    "Depuis des années, nos dirigeants nous répètent que la transition sera indolore. Qui peut encore y croire ?\n"
    "\n"
    "Les factures explosent, les usines ferment, et pendant ce temps les mêmes experts qui se sont trompés sur "
    "tout continuent de pérorer sur les plateaux. Ces charlatans méprisent le peuple.\n"
    "\n"
    "Il est temps de dire stop à cette folie. Soit nous reprenons le contrôle, soit nous deviendrons les "
    "esclaves de puissances étrangères.\n"
)
DISPATCH_EN = (
    "Council approves budget for new library\n"
    "\n"
    "The city council of Eastmere voted on Tuesday to fund a new public library, officials said.\n"
    "\n"
    "The project will cost 4 million dollars and construction is expected to start next spring, "
    "according to a statement.\n"
)


def _parsed(text: str, lang: str) -> Parsed:
    article = parse_text(text, article_id="t").model_copy(update={"language": lang})
    return Parsed(article=article, doc=None)


def _run(text: str, lang: str) -> tuple[Parsed, dict]:
    parsed = _parsed(text, lang)
    analysis = Analysis.model_validate(parsed.article.model_dump())
    return parsed, get_analyzer("persuasion").func(parsed, analysis)


def test_label_sets() -> None:
    assert (
        len(labels.TECHNIQUES) == 23
        and len(labels.FRAMES) == 14
        and labels.GENRES == ("reporting", "opinion", "satire")
    )
    assert set(labels.CATEGORIES) == {
        "attack_on_reputation",
        "justification",
        "simplification",
        "distraction",
        "call",
        "manipulative_wording",
    }
    assert labels.CATEGORY_OF["Doubt"] == "attack_on_reputation"
    assert labels.CATEGORY_OF["Loaded_Language"] == "manipulative_wording"
    assert set(labels.PTC_TO_SEMEVAL.values()) <= set(labels.TECHNIQUES)


def test_featurizer_matches_sklearn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [p for p in (OPINION_FR + DISPATCH_EN).split("\n") if p.strip()]
    w = TfidfVectorizer(ngram_range=pm.WORD_NGRAMS, sublinear_tf=True).fit(texts)
    c = TfidfVectorizer(analyzer="char_wb", ngram_range=pm.CHAR_NGRAMS, sublinear_tf=True).fit(texts)
    f = pm.Featurizer(list(w.get_feature_names_out()), w.idf_, list(c.get_feature_names_out()), c.idf_)
    import scipy.sparse as sp

    ref = sp.hstack([w.transform(texts), c.transform(texts)]).toarray()
    mine = f.transform(texts).toarray()
    assert np.allclose(ref, mine, atol=1e-5)


def test_split_sentences_offsets() -> None:
    text = "Un. Deux ? Trois ! Quatre"
    spans = pm.split_sentences(text, start=10)
    assert [text[a - 10 : b - 10] for a, b in spans] == ["Un.", "Deux ?", "Trois !", "Quatre"]


def test_lead_pieces_and_cascade() -> None:
    texts = ["Titre court", "a " * 100, "b " * 300, "c " * 50]
    lead = pm.lead_pieces(texts, limit=400)
    assert lead[0] == texts[0] and lead[1] == texts[1]
    assert sum(map(len, lead)) <= 400 and texts[2].startswith(lead[2])
    p = np.array([[0.9, 0.1], [0.31, 0.1], [0.05, 0.02], [0.5, 0.5]])
    thr = np.array([0.3, 0.3])
    lengths = np.array([10.0, 100.0, 100.0, 100.0])
    free = np.array([True, False, False, False])
    chosen = pm.cascade_choice(p, thr, lengths, free, share=0.4)
    # the free paragraph, then the closest to a threshold within 40 % of 310 characters
    assert chosen.tolist() == [True, True, False, False]


def test_counts_add_up_over_sentences() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [p for p in OPINION_FR.split("\n") if p.strip()]
    w = TfidfVectorizer(sublinear_tf=True).fit(texts)
    c = TfidfVectorizer(analyzer="char_wb", ngram_range=pm.CHAR_NGRAMS, sublinear_tf=True).fit(texts)
    f = pm.Featurizer(list(w.get_feature_names_out()), w.idf_, list(c.get_feature_names_out()), c.idf_)
    para = texts[2]
    sents = [para[a:b] for a, b in pm.split_sentences(para)]
    assert len(sents) == 2
    assert np.allclose(f.counts([para]).toarray(), f.counts(sents).sum(axis=0))


def test_count_matrix_is_what_sum_duplicates_gives() -> None:
    import scipy.sparse as sp

    rng = np.random.default_rng(7)
    cols = rng.integers(0, 50, size=400).astype(np.int32)
    rows = np.sort(rng.integers(0, 6, size=400)).astype(np.int64)  # row 6 of 7 stays empty
    got = pm.count_matrix(cols, rows, 7, 50)
    ptr = np.searchsorted(rows, np.arange(8))
    want = sp.csr_matrix((np.ones(400, dtype=np.float32), cols.copy(), ptr), shape=(7, 50))  # (sorted in place)
    want.sum_duplicates()
    assert got.has_canonical_format
    for a, b in ((got.indptr, want.indptr), (got.indices, want.indices), (got.data, want.data)):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    # rows given in any order, grouped: the same counts as the rows added up
    shuffled = rng.permutation(400)
    grouped = pm.count_matrix(cols[shuffled], (rows // 3)[shuffled], 3, 50)
    assert np.array_equal(grouped.toarray(), np.add.reduceat(want.toarray(), [0, 3, 6], axis=0))
    assert pm.count_matrix(np.zeros(0, np.int32), np.zeros(0, np.int64), 2, 50).nnz == 0
    # int32 rows past 2**31 // n_features (a long article's sentences × 40,000 features) do not overflow
    far = pm.count_matrix(np.array([5, 5], np.int32), np.array([60000, 60000], np.int32), 60001, 40000)
    assert far.nnz == 1 and far[60000, 5] == 2.0


def test_article_counts_is_the_count_matrix_of_one_row() -> None:
    """The article's row is counted by bincount (perf42): the same matrix as count_matrix's, to the dtypes."""
    rng = np.random.default_rng(11)
    for cols in (rng.integers(0, 300, size=2000).astype(np.int32), np.zeros(0, np.int32), np.array([7], np.int32)):
        want = pm.count_matrix(cols, np.zeros(len(cols), dtype=np.int64), 1, 300)
        got = pm.article_counts(cols, 300)
        assert got.shape == want.shape == (1, 300) and got.has_canonical_format
        for a, b in ((got.indptr, want.indptr), (got.indices, want.indices), (got.data, want.data)):
            assert a.dtype == b.dtype and np.array_equal(a, b)


def test_span_scores_counts_only_the_sentences_read_and_gives_their_rows_unchanged() -> None:
    """perf43: the sentence rows are counted in finish, only for paragraphs with a technique decided;
    those rows equal the rows of every sentence counted (to the bit), the others are the bias alone."""
    model = pm.get_model()
    text = OPINION_FR
    units, start = [], 0
    for k, line in enumerate(text.split("\n")):
        if line.strip():
            units.append((k + 1, start, start + len(line)))
        start += len(line) + 1
    plan = model.plan(text, "fr", units)
    lex = model.lexical("fr")
    f = lex.featurizer
    full = lex.heads["spans"].scores(f.tfidf(pm.count_matrix(plan.cols, plan.sent_of, len(plan.sents), f.n_features)))
    owner = np.asarray(plan.owner)
    decide = np.zeros((len(units), len(labels.TECHNIQUES)), dtype=bool)
    decide[1, 3] = decide[3, 0] = True  # two paragraphs of four
    got = pm._span_scores(lex, plan, decide)
    read = np.isin(owner, [1, 3])
    assert read.any() and not read.all() and got.shape == full.shape
    assert np.array_equal(got[read], full[read])
    assert np.array_equal(got[~read], np.broadcast_to(lex.heads["spans"].b, got[~read].shape))
    assert np.array_equal(pm._span_scores(lex, plan, np.ones_like(decide)), full)


def test_a_batch_tokenised_at_once_gives_the_same_article_embeddings() -> None:
    model = pm.get_model()
    articles = []
    for text in (OPINION_FR, DISPATCH_EN):
        units, start = [], 0
        for k, line in enumerate(text.split("\n")):
            if line.strip():
                units.append((k + 1, start, start + len(line)))
            start += len(line) + 1
        articles.append((text, units))
    texts = [[text[s:e] for _, s, e in units] for text, units in articles]
    pieces = model.article_pieces(texts * 20)  # (40 articles: one sentencepiece call for them all)
    assert pieces is not None and len(pieces) == 40
    enc = pm.get_encoder()
    assert enc is not None
    for k, (text, units) in enumerate(articles):
        assert pieces[k] == enc.pieces(texts[k])
        lang = "fr" if k == 0 else "en"
        alone = model.plan(text, lang, units)
        batched = model.plan(text, lang, units, pieces=pieces[k])
        assert alone.art is not None and batched.art is not None
        assert np.array_equal(alone.art, batched.art) and alone.to_embed == batched.to_embed


def test_supported_languages() -> None:
    for lang in labels.LANGUAGES:
        assert pm.supported(lang)
    assert not pm.supported("es") and not pm.supported(None)
    assert pm.encoder_supported("es") and not pm.encoder_supported("sw")


def test_models_small_and_present() -> None:
    files = list(pm.model_dir().glob("*"))
    assert (pm.model_dir() / "meta.json").is_file()
    for lang in labels.LANGUAGES:
        assert (pm.model_dir() / f"lex-{lang}.npz").is_file()
    assert sum(f.stat().st_size for f in files) <= 50 * 1024 * 1024


def _check_output(parsed: Parsed, out: dict) -> None:
    text = parsed.article.text
    paras = {p.attrs.line: p for p in parsed.article.paragraphs}
    for t in out["techniques"]:
        assert isinstance(t, Technique) and t.attrs is not None
        assert t.label in labels.TECHNIQUES and t.attrs.category == labels.CATEGORY_OF[t.label]
        p = paras[t.attrs.paragraph]
        assert p.label in ("title", "body")
        assert p.start <= t.start < t.end <= p.end
        assert t.text == text[t.start : t.end] and t.text.strip() == t.text
        assert t.score is not None and 0.0 <= t.score <= 1.0
    assert out["frames"], "at least one frame"
    scores = [f.score for f in out["frames"]]
    assert scores == sorted(scores, reverse=True)
    assert all(f.label in labels.FRAMES for f in out["frames"])
    g = out["genre"]
    assert g.label in labels.GENRES and set(g.scores) == set(labels.GENRES)
    assert abs(sum(g.scores.values()) - 1) < 1e-3
    assert g.label == max(g.scores, key=g.scores.get)


def test_analyzer_on_written_opinion() -> None:
    parsed, out = _run(OPINION_FR, "fr")
    _check_output(parsed, out)
    assert out["techniques"], "an invented rant gets technique findings"
    cats = {t.attrs.category for t in out["techniques"]}
    assert cats & {"attack_on_reputation", "manipulative_wording"}


def test_analyzer_on_written_dispatch_en() -> None:
    parsed, out = _run(DISPATCH_EN, "en")
    _check_output(parsed, out)


def test_analyzer_lexical_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the encoder package the lexical models answer alone, with their own thresholds."""
    monkeypatch.setattr(pm, "get_encoder", lambda: None)
    parsed, out = _run(OPINION_FR, "fr")
    _check_output(parsed, out)


@pytest.mark.parametrize("encoder", [True, False])
@pytest.mark.parametrize(("text", "lang"), [(OPINION_FR, "fr"), (DISPATCH_EN, "en")])
def test_genre_alone_is_the_analyzer_genre(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str, encoder: bool
) -> None:
    """``PersuasionModel.genre`` (what ``eval genre --real`` reads) is the analyzer's genre, with or without encoder."""
    if not encoder:
        monkeypatch.setattr(pm, "get_encoder", lambda: None)
    parsed, out = _run(text, lang)
    units = [(p.attrs.line, p.start, p.end) for p in parsed.article.paragraphs if p.label in ("title", "body")]
    alone = pm.get_model().genre(parsed.article.text, lang, units)
    assert alone is not None and alone["label"] == out["genre"].label
    assert alone["scores"] == pytest.approx(out["genre"].scores, abs=1e-4)
    assert pm.get_model().genre(parsed.article.text, "xx", units) is None


# Written for these tests: an invented Spanish opinion piece.
OPINION_ES = (
    "La gran mentira de los políticos sobre la energía\n"
    "\n"
    "Durante años nos han repetido que la transición sería indolora. ¿Quién puede creerlo todavía?\n"
    "\n"
    "Las facturas se disparan, las fábricas cierran y esos charlatanes siguen despreciando al pueblo. "
    "O recuperamos el control, o seremos esclavos de potencias extranjeras.\n"
)


def test_analyzer_unseen_language_uses_the_encoder_heads() -> None:
    """A language with no SemEval model but known to the encoder gets encoder-only findings and a note."""
    parsed, out = _run(OPINION_ES, "es")
    notes = out.pop("notes")
    assert len(notes) == 1 and "'es' is not a SemEval-2023 language" in notes[0]
    _check_output(parsed, out)
    text = parsed.article.text
    paras = {p.attrs.line: p for p in parsed.article.paragraphs}
    for t in out["techniques"]:  # evidence is one of the paragraph's sentences
        p = paras[t.attrs.paragraph]
        assert (t.start, t.end) in pm.split_sentences(text[p.start : p.end], p.start)


def test_analyzer_language_the_encoder_does_not_know() -> None:
    _, out = _run("Makala iliyoandikwa kwa Kiswahili.\n\nMstari mwingine wa maandishi.\n", "sw")
    assert out["techniques"] == [] and out["frames"] == [] and out["genre"] is None
    assert "does not cover it" in out["notes"][0]


def test_analyzer_unseen_language_without_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pm, "get_encoder", lambda: None)
    _, out = _run(OPINION_ES, "es")
    assert out["techniques"] == [] and out["genre"] is None
    assert "encoder" in out["notes"][0] and "skipped" in out["notes"][0]


def test_unseen_calibration_is_committed() -> None:
    meta = pm.get_model().meta["kinds"]
    assert len(meta["techniques"]["encoder"]["any"]["thresholds"]) == len(labels.TECHNIQUES)
    assert 0 < meta["frames"]["encoder"]["any"]["threshold"] < 1
    assert meta["genre"]["encoder"]["any"]["a"] == 0.0
    for kind in ("techniques", "frames", "genre"):  # the zero-shot estimate is recorded beside the others
        assert all("unseen" in row for lang, row in meta[kind]["cv"].items() if lang != "pooled")
    model = pm.get_model()
    if model.budget["article"] != model.budget["kind"]:
        # other languages' frames read the paragraph embeddings they have anyway, not the token mean
        head = model.encoder_heads().heads["frames_any"]
        assert head.WT.shape == (512 + len(labels.LANGUAGES), len(labels.FRAMES))


def test_evidence_uses_parse_sentences() -> None:
    parsed = _parsed(OPINION_FR, "fr")
    text = parsed.article.text
    # fake sentence bounds: whole paragraphs; evidence must then be a whole paragraph
    sents = [(p.start, p.end) for p in parsed.article.paragraphs]
    units = [(p.attrs.line, p.start, p.end) for p in parsed.article.paragraphs]
    out = pm.get_model().predict(text, "fr", units, sentences=sents)
    assert out["techniques"]
    for t in out["techniques"]:
        assert (t["start"], t["end"]) in sents


# --------------------------------------------------------------------------- with ../shared


@pytest.mark.shared
def test_seed_findings(seed_path) -> None:
    from newsloupe.ingest.language import detect_language
    from newsloupe.nlp import parse

    article = detect_language(parse_text(seed_path.read_text(encoding="utf-8"), article_id="seed"))
    assert article.language == "fr"
    parsed = parse(article)
    out = get_analyzer("persuasion").func(parsed, Analysis.model_validate(article.model_dump()))
    _check_output(parsed, out)
    text = article.text
    target = [
        p for p in article.paragraphs if "coalition" in text[p.start : p.end] and "Daech" in text[p.start : p.end]
    ]
    assert len(target) == 1
    found = [t for t in out["techniques"] if t.attrs.paragraph == target[0].attrs.line]
    assert any(t.attrs.category in ("attack_on_reputation", "manipulative_wording") for t in found), found
    assert out["frames"][0].label == "Security_and_defense"
