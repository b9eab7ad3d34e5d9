"""Guards against false fact-check matches on real news (issue 16, stop 36): the language gate, the
article's topic, questions; the memory's query stems and files that hold no ClaimReview.

Every sentence here is invented."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsloupe.factchecks.memory import import_sources, reviews
from newsloupe.store import Store
from tests.factchecks.docs import hedged_doc

MEMORY = Path(__file__).resolve().parents[2] / "samples" / "factchecks" / "memory"


def test_an_article_in_a_language_without_word_lists_is_not_matched() -> None:
    """The matcher reads French and English (their ``factchecks.json``): a German article states no claim
    it can tell, even one close to a reviewed claim; the same sentences of no known language are read."""
    from newsloupe.factchecks.match import Memory, Review, candidates, embed, match_analysis, supported_languages, units

    assert {"fr", "en"} <= supported_languages() and "de" not in supported_languages()
    claim = "Forty percent of the honey sold in Corlande is adulterated with syrup"
    memory = Memory([Review(0, "https://fictional.example/honey", claim)], embed([claim]))
    german = [
        "Angeblich sind vierzig Prozent des in Corlande verkauften Honigs mit Sirup gestreckt.",
        "Die Imker der Region weisen den Vorwurf seit Wochen entschieden zurück.",
    ]
    assert units(hedged_doc(german, "de")) == [] and candidates(hedged_doc(german, "de"), memory) == []
    assert match_analysis(hedged_doc(german, "de"), memory) == []
    assert len(units(hedged_doc(german, None))) == 2  # no language recorded: read as before


def test_a_claim_far_from_the_articles_topic_is_refused() -> None:
    """A sentence that shares one figure with a claim, in an article on another subject, is no match
    (the claim is far from the article's mean sentence vector), whatever the verifier says; the same
    sentence in an article on the claim's subject is kept, and so is one that names what the claim names."""
    from newsloupe.factchecks.match import (
        FEATURES,
        MIN_ARTICLE_TOPIC,
        MatcherModel,
        Memory,
        Review,
        candidates,
        embed,
        select,
    )

    claim = "Forty percent of the butter sold in this country is imported from overseas"
    memory = Memory([Review(0, "https://fictional.example/butter", claim)], embed([claim]))
    always = MatcherModel((0.0,) * len(FEATURES), 9.0, 0.35, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES))
    figure = "Forty percent of the tickets were said to have been sold before the doors even opened."
    football = [
        "The visitors scored twice in the last ten minutes of the derby, it was reported.",
        figure,
        "The goalkeeper reportedly injured his wrist during the warm-up and was replaced.",
        "Supporters sang until well after the final whistle, according to the stewards.",
        "The coach is said to be considering a new striker for the away game in the cup.",
        "The referee allegedly waved away two penalty appeals in the first half of the match.",
    ]
    dairy = [
        "Dairy farmers say imported butter is undercutting their prices, it is claimed.",
        figure,
        "Shops reportedly stock more foreign butter than local butter since the spring.",
    ]
    off = candidates(hedged_doc(football, "en"), memory, min_similarity=-1.0)
    on = candidates(hedged_doc(dairy, "en"), memory, min_similarity=-1.0)
    assert off and on and not any(c.elsewhere for c in off + on)  # the claim names nothing the article lacks
    assert max(c.topic for c in off) < MIN_ARTICLE_TOPIC <= min(c.topic for c in on)
    assert select(off, always) == [] and len(select(on, always)) == 1
    # a claim told in passing names its subject: a sentence of the off-topic article that names one of the
    # claim's names (the verifier's names_sentence) is kept
    named = FEATURES.index("names_sentence")
    for c in off:
        c.features[named] = 1.0
    assert len(select(off, always)) == 1


def test_a_question_needs_a_higher_probability() -> None:
    """A question (rhetorical ones abound in opinion writing) is a match only from QUESTION_MIN_SCORE;
    the same probability keeps a statement."""
    from newsloupe.factchecks.match import FEATURES, QUESTION_MIN_SCORE, Candidate, MatcherModel, Unit, select

    p = (0.35 + QUESTION_MIN_SCORE) / 2  # above the threshold, below the questions' bar
    logit = math.log(p / (1 - p))
    model = MatcherModel((0.0,) * len(FEATURES), logit, 0.35, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES))
    question = "Who still believes the footbridge over the Corlande will hold another winter?"
    statement = "Nobody believes the footbridge over the Corlande will hold another winter."
    zeros = [0.0] * len(FEATURES)
    got = select(
        [
            Candidate(Unit(0, len(question), question, question, False, True, relayed=True), 0, list(zeros)),
            Candidate(Unit(100, 100 + len(statement), statement, statement, False, True), 1, list(zeros)),
        ],
        model,
    )
    assert [c.review for c in got] == [1]


def test_list_query_words_match_as_stems(tmp_path: Path) -> None:
    """``--query snow`` finds "snowfall"; a word under four letters matches whole only; nothing found says so."""
    from newsloupe.cli import app
    from newsloupe.factchecks.memory import claim_query

    assert claim_query("snow war") == '"snow"* "war"'
    db = tmp_path / "m.db"
    with Store(db) as store:
        import_sources(store.conn, [str(MEMORY / "reviews.jsonl")])
        snow = reviews(store.conn, q="snow")
        assert snow and all("snow" in r["claim_reviewed"].lower() for r in snow)
        assert any("snowfall" in r["claim_reviewed"].lower() for r in snow)
        assert reviews(store.conn, q="warm") and not reviews(store.conn, q="war warming")
    res = CliRunner().invoke(app, ["factchecks", "list", "--db", str(db), "--query", "zeppelinesque"])
    assert res.exit_code == 0 and res.stdout == "" and "no review matches" in res.stderr


def test_a_file_with_no_claimreview_is_skipped_not_failed(tmp_path: Path) -> None:
    """A gold folder holds articles.jsonl and gold.json beside its memory: each is one skipped file, not one
    failure per record; a NewsArticle among ClaimReviews is still a failed item."""
    from newsloupe.cli import app

    folder = tmp_path / "set"
    (folder / "memory").mkdir(parents=True)
    shutil.copy(MEMORY / "reviews.jsonl", folder / "memory" / "reviews.jsonl")
    articles = [{"id": f"a{i}", "title": "Une fête", "text": "La fête a eu lieu dimanche."} for i in range(3)]
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps({"links": [], "near_misses": []}), encoding="utf-8")
    mixed = folder / "memory" / "mixed.jsonl"
    review = (MEMORY / "reviews.jsonl").read_text(encoding="utf-8").splitlines()[0]
    other = json.dumps({"@type": "NewsArticle", "headline": "Une fête au village"})
    mixed.write_text(review.replace("https://", "https://other.") + "\n" + other + "\n", encoding="utf-8")
    with Store(tmp_path / "m.db") as store:
        report = import_sources(store.conn, [str(folder)])
    assert sorted((Path(s).name, n) for s, n in report.not_reviews) == [("articles.jsonl", 3), ("gold.json", 1)]
    assert report.failed == 1 and report.failures[0].source == str(mixed)
    assert "2 file(s) with no ClaimReview skipped" in report.summary()
    res = CliRunner().invoke(app, ["factchecks", "import", str(folder), "--db", str(tmp_path / "cli.db")])
    assert res.exit_code == 0
    assert sum(x.startswith("not read:") for x in res.stderr.splitlines()) == 2
    res = CliRunner().invoke(app, ["factchecks", "import", str(folder / "gold.json"), "--db", str(tmp_path / "g.db")])
    assert res.exit_code == 1 and "no ClaimReview in it" in res.stderr


def test_the_real_news_measure_reads_its_articles(tmp_path: Path) -> None:
    """``eval factchecks --real`` reads fr-news/en-news and SemEval articles of the languages asked (each id
    once, the first line the title); without the shared data it stops with a clear message."""
    from newsloupe.lab.factchecks_real import fact_folders, real_articles

    assert len(fact_folders()) >= 17 and fact_folders()[0].name == "factchecks"
    shared = tmp_path / "shared"
    for lang in ("fr", "en"):
        (shared / "gold" / f"{lang}-news").mkdir(parents=True)
        (shared / "data" / "semeval2023" / lang / "articles").mkdir(parents=True)
    record = {"id": "article1", "lang": "fr", "text": "Un titre inventé\n\nUn corps de texte inventé."}
    (shared / "gold" / "fr-news" / "fr-news.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (shared / "gold" / "en-news" / "en-news.jsonl").write_text("", encoding="utf-8")
    arts = shared / "data" / "semeval2023" / "fr" / "articles"
    (arts / "article1.txt").write_text("Le même article\n\nDéjà lu.", encoding="utf-8")
    (arts / "article2.txt").write_text("Un autre titre\n\nUn autre texte.", encoding="utf-8")
    got = real_articles(("fr", "en"), shared=shared)
    titles = [(r["id"], r["title"]) for r in got]
    assert titles == [("fr-article1", "Un titre inventé"), ("fr-article2", "Un autre titre")]
    with pytest.raises(SystemExit):
        real_articles(("fr",), shared=tmp_path / "nowhere")
