"""Stories and claims on the fictional corpus samples/stories: quality floors, CLI, resumability."""

from __future__ import annotations

import dataclasses
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from newsloupe.batch import run
from newsloupe.cli import app
from newsloupe.lab.stories_eval import evaluate
from newsloupe.store import Store
from newsloupe.store import stories as q
from newsloupe.store.ingest import ingest
from newsloupe.stories.assign import PARAMS, Linker, Params, quantize, reset
from newsloupe.stories.hook import StoriesHook, assign_pending
from tests.stories.docs import body_doc

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "stories"
# Floors below the measured figures (README: stories F1 0.927, claims F1 0.828; doc/choices.md gives
# the five corpora's means around the thresholds), so that a regression fails without depending on
# the last decimal.
STORY_F1_FLOOR = 0.87
# Claims: 0.805 before stop 31, 0.738 since (a statement joins a claim through a member, not its centroid:
# the twelve development sets' mean 0.673 -> 0.718, min 0.308 -> 0.452, but the large recurring claims of
# this corpus, port-navy and bread-sanctions, split in two or three; doc/choices.md, "Claims, stop 31").
CLAIM_F1_FLOOR = 0.70
# samples/stories-check2: stories 0.889 (R 0.800; 0.974, R 0.950, before stop 26's day penalty split the
# derailment's inquiry report, 11-14 days after the crash, from its story), claims 0.709 (README; 0.70-0.79
# for claim thresholds 0.03 either side).
CHECK2_STORY_F1_FLOOR = 0.85
CHECK2_CLAIM_F1_FLOOR = 0.65


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("stories") / "s.db"
    with Store(path) as store:
        ingest(store, [str(CORPUS / "corpus.jsonl")])
        run(store, workers=0)
    yield path


def _stored_linker(store: Store, texts: list[str], rng: np.random.Generator) -> Linker:
    """A linker over ``texts`` stored as English articles of 2031-05-04, one story each (ids 1, 2, …),
    with random unit vectors and no embedder."""
    from newsloupe.stories.adapter import features

    c = store.conn
    linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
    for aid, text in enumerate(texts, start=1):
        c.execute(
            "INSERT INTO articles(id, doc_id, content_hash, language, published, title, text, meta, ingested_at)"
            " VALUES (?, ?, ?, 'en', '2031-05-04', '', ?, '{}', '2031-05-04')",
            (aid, f"d{aid}", f"h{aid}", text),
        )
        c.execute("INSERT INTO stories(id, first_article, n_articles) VALUES (?, ?, 0)", (aid, aid))
        vec = rng.normal(size=512).astype(np.float32)
        linker._write_article(
            aid, aid, features(body_doc(text), published="2031-05-04", facts=True), vec / np.linalg.norm(vec)
        )
    return linker


def _assignment(store: Store) -> list[tuple[int, int]]:
    return store.conn.execute("SELECT article_id, story_id FROM story_articles ORDER BY article_id").fetchall()


def _claims(store: Store) -> list[tuple[int, int, int | None]]:
    return store.conn.execute("SELECT article_id, start, claim_id FROM statements ORDER BY id").fetchall()


def test_quality_floors(db: Path) -> None:
    with Store(db) as store:
        result = evaluate(store, CORPUS / "gold.json")
    assert result["articles"] == 70
    assert result["stories"]["f1"] >= STORY_F1_FLOOR, result["stories"]
    assert result["claims"]["f1"] >= CLAIM_F1_FLOOR, result["claims"]
    by = result["claims"]["by_claim"]
    assert len(by) == 9 and sum(b["occurrences"] for b in by.values()) == 63
    assert sum(b["linked"] for b in by.values()) == result["claims"]["tp"]
    assert sum(b["false_links"] for b in by.values()) == 2 * result["claims"]["fp"]


def _assigned(db: Path, corpus: Path) -> tuple[dict, dict[str, int]]:
    """Ingest and run a sample corpus into a new store: its evaluation against its gold and each
    article's story (doc id → story id)."""
    with Store(db) as store:
        ingest(store, [str(corpus / "corpus.jsonl")])
        run(store, workers=0)
        result = evaluate(store, corpus / "gold.json")
        story = dict(
            store.conn.execute(
                "SELECT a.doc_id, x.story_id FROM articles a JOIN story_articles x ON x.article_id = a.id"
            ).fetchall()
        )
    return result, story


def test_check_corpus_floors(tmp_path: Path) -> None:
    """The second check corpus (written without reading the code): a story whose articles share no
    identity key across languages (a town the place analyzer misses, a suburb a cell away) is found
    by its neighbouring cells and capitalised words."""
    check = CORPUS.parent / "stories-check2"
    result, story = _assigned(tmp_path / "c.db", check)
    assert result["articles"] == 34
    assert result["stories"]["f1"] >= CHECK2_STORY_F1_FLOOR, result["stories"]
    assert result["stories"]["recall"] >= 0.78, result["stories"]  # 0.800 (0.950 before stop 26's day penalty)
    # the lithium-mine story across languages: no identity key shared by its French and English articles
    gold = json.loads((check / "gold.json").read_text(encoding="utf-8"))
    mine = gold["stories"]["berthiaume-lithium-mine"]["articles"]
    assert len(mine) == 4 and len({story[d] for d in mine}) == 1, {d: story[d] for d in mine}
    assert result["claims"]["f1"] >= CHECK2_CLAIM_F1_FLOOR, result["claims"]


def test_claims_are_consistent(db: Path) -> None:
    with Store(db) as store:
        c = store.conn
        counts = c.execute(
            "SELECT c.n_occurrences, count(s.id) FROM claims c"
            " LEFT JOIN statements s ON s.claim_id = c.id GROUP BY c.id"
        ).fetchall()
        heads = c.execute(
            "SELECT count(*) FROM claims c JOIN statements s ON s.id = c.first_occurrence WHERE s.claim_id = c.id"
        ).fetchone()[0]
    assert counts
    # Merged claims leave no empty claim behind, and every count is its statements'.
    assert all(n == m and m >= 2 for n, m in counts), counts
    assert heads == len(counts)


def test_merging_two_claims(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        (a, na, sa), (b, nb, sb) = c.execute(
            "SELECT id, n_occurrences, first_seen FROM claims WHERE first_seen IS NOT NULL ORDER BY first_seen DESC, id"
            " LIMIT 2"
        ).fetchall()
        first_b = c.execute("SELECT first_occurrence, text FROM claims WHERE id = ?", (b,)).fetchone()
        members = {r[0] for r in c.execute("SELECT id FROM statements WHERE claim_id IN (?, ?)", (a, b))}
        Linker(c, embed=lambda texts: None)._merge(a, b)  # type: ignore[arg-type]
        assert c.execute("SELECT count(*) FROM claims WHERE id = ?", (b,)).fetchone()[0] == 0
        assert {r[0] for r in c.execute("SELECT id FROM statements WHERE claim_id = ?", (a,))} == members
        row = c.execute("SELECT n_occurrences, first_seen, first_occurrence, text FROM claims WHERE id = ?", (a,))
        n, seen, head, text = row.fetchone()
        assert n == na + nb and seen == min(sa, sb)
        if sb < sa:  # the earlier claim names the merged one
            assert (head, text) == tuple(first_b)


def test_an_article_without_statements_beside_stories_with_claims(db: Path, tmp_path: Path) -> None:
    # (bench fuzz found it: the claim pool's vectors were read with the article's vector width, 0 here)
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        last = c.execute("SELECT max(article_id) FROM story_articles").fetchone()[0]
        assert c.execute("SELECT count(*) FROM statements WHERE article_id != ?", (last,)).fetchone()[0] > 0
        c.execute("DELETE FROM story_articles WHERE article_id = ?", (last,))
        c.execute("DELETE FROM statements WHERE article_id = ?", (last,))
        linker = Linker(c, params=dataclasses.replace(PARAMS, max_statements=0))
        story = linker.assign(last)  # (its vector is the title alone now: the story may differ)
        assert story is not None
        assert c.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (last,)).fetchone() == (story,)
        assert c.execute("SELECT count(*) FROM statements WHERE article_id = ?", (last,)).fetchone()[0] == 0


def test_one_failed_assignment_is_recorded_and_the_rest_go_on(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        reset(c)
        n = c.execute("SELECT count(*) FROM summaries").fetchone()[0]
        bad = c.execute("SELECT min(article_id) FROM summaries").fetchone()[0]
        c.execute("UPDATE analyses SET json = '{' WHERE article_id = ?", (bad,))  # a damaged stored analysis
        failures = assign_pending(store)
        assert list(failures) == [bad] and "JSONDecodeError" in failures[bad] and failures[bad].endswith("[NL-E014]")
        assert c.execute("SELECT count(*) FROM story_articles").fetchone()[0] == n - 1
        assert assign_pending(store) == failures  # still pending: tried again, recorded again


def test_cli_stories_and_claims_jsonl(db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["stories", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    stories = [json.loads(line) for line in res.stdout.splitlines()]
    assert sum(len(s["articles"]) for s in stories) == 70
    genoa = next(s for s in stories if "st-en-meridian-genoa-terminal-01" in s["articles"])
    assert set(genoa) >= {"story", "articles", "title", "first_seen", "outlets", "languages"}
    assert genoa["languages"] == ["en", "fr"] and genoa["first_seen"] == "2026-08-04"
    # The syndicated copy is in its wire's story.
    assert "st-en-harbourline-genoa-terminal-02" in genoa["articles"]

    res = runner.invoke(app, ["claims", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    claims = [json.loads(line) for line in res.stdout.splitlines()]
    assert claims
    assert "read them as leads" in res.stderr  # the claims page's caveat, on stderr
    texts = {r["id"]: r["title"] + "\n\n" + r["text"] for r in map(json.loads, (CORPUS / "corpus.jsonl").open())}
    with Store(db) as store:
        stored = dict(store.conn.execute("SELECT doc_id, text FROM articles"))
    occ = claims[0]["occurrences"][0]
    assert set(occ) >= {"article", "start", "end", "text", "kind", "source_type", "hedged"}
    assert stored[occ["article"]][occ["start"] : occ["end"]] == occ["text"]
    assert occ["article"] in texts
    assert any(len(c["languages"]) == 2 for c in claims)


def test_graph_export(db: Path) -> None:
    res = CliRunner().invoke(app, ["export", "--format", "graphml", "--db", str(db)])
    assert res.exit_code == 0, res.output
    root = ET.fromstring(res.stdout)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    assert nodes and edges
    with Store(db) as store:
        g = q.graph(store.conn)
    assert len(edges) == len(g["edges"])
    assert {n["kind"] for n in g["nodes"]} == {"outlet", "source"}
    assert f"{len(g['edges'])} citation edge(s)" in res.stderr  # a summary line, as the other exports print


def test_rebuild_and_resume_give_the_same_stories(db: Path) -> None:
    with Store(db) as store:
        first, first_claims = _assignment(store), _claims(store)
        ids = [a for a, _ in first]
        # A pass stopped half-way (kill -9 between two article transactions) and resumed.
        reset(store.conn)
        Linker(store.conn).assign_pending(below=ids[len(ids) // 2])
        assert len(_assignment(store)) == len(ids) // 2
        Linker(store.conn).assign_pending()
        assert _assignment(store) == first
        assert _claims(store) == first_claims
        # Commits arriving out of order are assigned in id order all the same.
        reset(store.conn)
        hook = StoriesHook(store, ids)
        for aid in reversed(ids):
            hook.committed(aid)
        hook.finish()
        assert _assignment(store) == first


def test_the_store_records_the_linker_version(db: Path, tmp_path: Path) -> None:
    """The first assignment records the linker's version; a store assigned by another version is named as
    such by ``newsloupe stories`` until ``--rebuild`` assigns it again."""
    from newsloupe.stories.assign import CODE_VERSION, VERSION_KEY, stale_version

    path = tmp_path / "v.db"
    shutil.copy(db, path)
    with Store(path) as store:
        assert store.get_meta(VERSION_KEY) == CODE_VERSION
        assert stale_version(store.conn) is None
        store.set_meta(VERSION_KEY, "30")
        assert stale_version(store.conn) == "30"
    runner = CliRunner()
    res = runner.invoke(app, ["stories", "--db", str(path)])
    assert res.exit_code == 0, res.output
    assert f"assigned by linker version 30 (this one is {CODE_VERSION})" in res.stderr
    res = runner.invoke(app, ["stories", "--db", str(path), "--rebuild"])
    assert res.exit_code == 0, res.output
    assert "linker version" not in res.stderr
    with Store(path) as store:
        assert store.get_meta(VERSION_KEY) == CODE_VERSION
        store.set_meta(VERSION_KEY, None)  # a store assigned before versions were recorded
        assert stale_version(store.conn) == ""
        reset(store.conn)
        assert stale_version(store.conn) is None  # nothing assigned: nothing stale


def test_a_failed_first_assignment_leaves_the_version_to_the_next(db: Path, tmp_path: Path) -> None:
    """The version record is rolled back with a first assignment that fails: the next one writes it."""
    from newsloupe.stories.assign import CODE_VERSION, VERSION_KEY, stale_version

    path = tmp_path / "v.db"
    shutil.copy(db, path)
    with Store(path) as store:
        reset(store.conn)
        first, second = (r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id LIMIT 2"))
        linker = Linker(store.conn)
        real = linker._candidates

        def broken(*args: object, **kwargs: object) -> object:
            raise RuntimeError("store unavailable")

        linker._candidates = broken  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            linker.assign(first)
        assert store.get_meta(VERSION_KEY) is None
        linker._candidates = real  # type: ignore[method-assign]
        assert linker.assign(second) is not None
        assert store.get_meta(VERSION_KEY) == CODE_VERSION
        assert stale_version(store.conn) is None


def test_keys_alone_make_no_story(db: Path, tmp_path: Path) -> None:
    """A candidate that shares keys but not words (a wrongly resolved place) is not joined."""
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        aid, story = c.execute("SELECT article_id, story_id FROM story_articles ORDER BY article_id LIMIT 1").fetchone()
        linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
        feats = linker.load(aid)[0]  # type: ignore[index]
        high_keys = (0.364, 0.14, 0.699, aid, story)  # score over the threshold, vector similarity under the floor
        close = (0.40, 0.45, 0.31, aid, story)
        assert linker._story(aid, feats, {}, [close]) == story
        new = linker._story(aid, feats, {}, [high_keys])
        assert new != story and c.execute("SELECT first_article FROM stories WHERE id = ?", (new,)).fetchone() == (aid,)


def test_story_joined_on_its_members_mean(db: Path, tmp_path: Path) -> None:
    """Another event in the same town is close to one article of a story, not to most of them: a
    story is joined on the mean score of its best members, not on its single best one."""
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        (aid, s1), (a2, _), (a3, _) = c.execute("SELECT article_id, story_id FROM story_articles LIMIT 3").fetchall()
        s2 = s1 + 1000  # story ids as the candidates carry them; only the choice is read
        linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
        feats = linker.load(aid)[0]  # type: ignore[index]
        one_close = [(0.40, 0.50, 0.25, aid, s1), (0.15, 0.25, 0.0, a2, s1), (0.12, 0.21, 0.0, a3, s1)]
        assert linker._story(aid, feats, {}, [(0.40, 0.50, 0.25, aid, s1)]) == s1  # a story of one article
        new = linker._story(aid, feats, {}, one_close)
        assert new not in (s1, s2) and c.execute("SELECT first_article FROM stories WHERE id = ?", (new,)).fetchone()
        two_alike = [(0.31, 0.40, 0.16, a2, s2), (0.30, 0.40, 0.14, a3, s2)]
        both = sorted(one_close + two_alike, key=lambda t: -t[0])
        assert linker._story(aid, feats, {}, both) == s2  # mean 0.305 against 0.223


def test_a_reprint_counts_once_in_a_story_score(db: Path, tmp_path: Path) -> None:
    """Two candidates of one story whose statements copy each other's (a wire dispatch and its reprint under
    another headline) count once, the better of them, in the story's mean (``copy_sim``, from linker 39.9):
    the reprint's second score no longer lifts an article of another event over the threshold, nor pulls a
    follow-up under it. Candidates whose statements differ (two reports) both count; 0 turns it off."""
    from newsloupe.stories.assign import Pool

    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    rng = np.random.default_rng(11)

    def unit(n: int) -> np.ndarray:
        v = rng.normal(size=(n, 512)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    wire, other = unit(4), unit(3)
    reprint = wire[:3] + 0.01 * unit(3)  # the dispatch's first three statements, one phrase changed, the last cut
    reprint /= np.linalg.norm(reprint, axis=1, keepdims=True)
    with Store(path) as store:
        c = store.conn
        (aid, s1), (a2, _), (a3, _), (a4, _) = c.execute(
            "SELECT article_id, story_id FROM story_articles LIMIT 4"
        ).fetchall()
        vecs = [*wire, *reprint, *other]
        owners = [a2] * 4 + [a3] * 3 + [a4] * 3
        pool = Pool(
            list(range(len(vecs))),
            owners,
            [None] * len(vecs),
            [quantize(v) for v in vecs],
            ["en"] * len(vecs),
            [False] * len(vecs),
            [False] * len(vecs),
        )
        # (off by default since the stop-44 merge: an unseen set fell with it; the mechanism is kept, tried here on)
        assert PARAMS.copy_sim == 0.0
        linker = Linker(c, params=dataclasses.replace(PARAMS, copy_sim=0.9), embed=lambda texts: None)  # type: ignore[arg-type]
        assert linker._copies(pool, [[a2, a3, a4]]) == {a3}  # the reprint, not the other report
        assert linker._copies(pool, [[a3, a2]]) == {a2}  # the worse of the two, whichever
        assert linker._copies(pool, [[a2, a4], [a3]]) == set()  # two stories: each alone
        feats = linker.load(aid)[0]  # type: ignore[index]
        s2 = s1 + 1000
        # the wire and its reprint scored 0.34 and 0.33 (mean 0.335); their story's third member 0.22
        copied = [(0.34, 0.40, 0.1, a2, s2), (0.33, 0.40, 0.1, a3, s2), (0.22, 0.3, 0.1, a4, s2)]
        assert PARAMS.story_threshold == 0.29
        new = linker._story(aid, feats, {}, copied, pool)  # (0.34 + 0.22) / 2 = 0.28: a story of its own
        assert new not in (s1, s2) and c.execute("SELECT first_article FROM stories WHERE id = ?", (new,)).fetchone()
        assert linker._story(aid, feats, {}, copied) == s2  # no pool given: each counts (0.297)
        off = Linker(c, params=dataclasses.replace(PARAMS, copy_sim=0.0), embed=lambda texts: None)  # type: ignore[arg-type]
        assert off._story(aid, feats, {}, copied, pool) == s2
        # a follow-up scored 0.31 against the wire, 0.25 against the reprint and 0.30 against the other report:
        # 0.287 with the reprint counted, 0.305 without
        follow = [(0.31, 0.40, 0.1, a2, s2), (0.30, 0.40, 0.1, a4, s2), (0.25, 0.3, 0.1, a3, s2)]
        assert linker._story(aid, feats, {}, follow, pool) == s2
        assert off._story(aid, feats, {}, follow, pool) != s2


def test_cross_language_bonus_only_between_languages_with_event_words(db: Path, tmp_path: Path) -> None:
    """A candidate in another language scores ``story_cross_language_bonus`` more only when both
    languages have event words (chosen on English and French pairs): a candidate in German does not."""
    from newsloupe.stories.assign import dequantize

    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
        crossed: list[tuple] = []
        for aid, blob in c.execute("SELECT article_id, vec FROM story_articles ORDER BY article_id").fetchall():
            feats = linker.load(aid)[0]  # type: ignore[index]
            crossed = [t for t in linker._candidates(feats, dequantize(blob)) if t[6]]
            if crossed:
                break
        assert crossed, "samples/stories has stories in English and French"
        other = crossed[0][3]
        c.execute("UPDATE articles SET language = 'de' WHERE id = ?", (other,))
        again = {t[3]: t for t in linker._candidates(feats, dequantize(blob))}
        assert again[other][6] is False  # no bonus
        assert again[other][7] is False  # and no penalty: German titles name no class
        assert sum(t[6] for t in again.values()) == len(crossed) - 1  # the other crossings keep it


def test_the_cross_language_bonus_needs_an_anchor(tmp_path: Path) -> None:
    """A candidate in another language scores ``story_cross_language_bonus`` more only when it shares
    a place, a person, an organisation or a rare name with the article (anchored, the fourth flag of
    :meth:`Linker._candidates`); one in the same language never does."""
    from newsloupe.stories.assign import Pool

    pool = Pool(ids=[], articles=[], claims=[], vecs=[], langs=[], hedged=[])
    with Store(tmp_path / "a.db") as store:
        linker = Linker(store.conn, embed=lambda texts: None)  # type: ignore[arg-type]
        none = np.zeros((0, 512), dtype=np.float32)

        def score(crossed: bool, anchored: bool) -> float:
            return linker._matched(
                [(0.3, 0.45, 0.5, 1, 10, 2, crossed, False, anchored, False, 1.0, False)], none, pool
            )[0][0]

        alone = PARAMS.w_vec_alone * 0.45 + PARAMS.w_keys_alone * 0.5
        unanchored = alone - PARAMS.unanchored_penalty  # nothing shared, whatever the language (stop 30)
        assert score(False, False) == pytest.approx(unanchored)
        assert score(False, True) == pytest.approx(alone)
        assert score(True, False) == pytest.approx(unanchored)  # another language, nothing shared: no bonus
        assert score(True, True) == pytest.approx(alone + PARAMS.story_cross_language_bonus)


def test_the_anchored_flag_of_a_candidate(tmp_path: Path) -> None:
    """:meth:`Linker._candidates` flags anchored a candidate that shares a town's name with the article,
    not one it retrieved only through a country's name (written here inside "Air France", with no
    country place in the article): the cross-language bonus is earned by the first alone."""
    from newsloupe.stories.adapter import features

    rng = np.random.default_rng(3)
    with Store(tmp_path / "a.db") as store:
        stored = [
            "The goat fair drew breeders from all over France to Tarnaville on Sunday, with a bell contest.",
            "The chapel choir welcomed singers from across France, and the Morvelle group closed the evening.",
        ]
        linker = _stored_linker(store, stored, rng)
        new = features(
            body_doc("Un vol spécial d'Air France a conduit dimanche les éleveurs à Tarnaville pour la foire.", "fr"),
            published="2031-05-05",
        )
        assert {"france", "tarnaville"} <= set(new.names)
        vec = rng.normal(size=512).astype(np.float32)
        out = {t[3]: t for t in linker._candidates(new, vec / np.linalg.norm(vec))}
        assert set(out) == {1, 2}
        assert out[1][8] is True  # the town's name
        assert out[2][8] is False  # only "France"
        assert out[1][6] is True and out[2][6] is True  # both in another language


def test_statement_match_in_the_story_score(tmp_path: Path) -> None:
    """Two candidates alike by article vector and keys: the one whose statements say what the
    article's statements say (the same event retold) scores higher than one that shares the
    village but none of its facts (another event there)."""
    from newsloupe.stories.assign import Pool, dequantize, quantize

    rng = np.random.default_rng(7)
    facts = rng.normal(size=(3, 512)).astype(np.float32)
    facts /= np.linalg.norm(facts, axis=1, keepdims=True)
    other = rng.normal(size=(2, 512)).astype(np.float32)
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    # candidate 1 retells the facts (a little reworded), candidate 2 tells two facts of its own
    retold = facts + 0.3 * rng.normal(size=facts.shape).astype(np.float32) / np.sqrt(512)
    retold /= np.linalg.norm(retold, axis=1, keepdims=True)
    pool = Pool(
        ids=[1, 2, 3, 4, 5],
        articles=[1, 1, 1, 2, 2],
        claims=[None] * 5,
        vecs=[quantize(v) for v in [*retold, *other]],
        langs=["fr"] * 5,
        hedged=[False] * 5,
    )
    with Store(tmp_path / "m.db") as store:
        linker = Linker(store.conn, embed=lambda texts: None)  # type: ignore[arg-type]
        scored = [(0.3, 0.45, 0.5, 2, 20), (0.3, 0.45, 0.5, 1, 10), (-1.0, 0.45, 0.5, 3, 30)]
        out = linker._matched(scored, facts, pool, flags=False)
        assert [t[3] for t in out] == [1, 2, 3]  # the retelling first; out of the window stays -1
        assert out[2][0] == -1.0
        p = PARAMS
        sims = np.stack([dequantize(quantize(v)) for v in retold]) @ facts.T  # as stored: int8
        match = 0.5 * (sims.max(axis=0).mean() + sims.max(axis=1).mean())
        assert match > 0.9
        assert out[0][0] == pytest.approx(p.w_vec * 0.45 + p.w_keys * 0.5 + p.w_match * match, abs=1e-5)
        assert out[1][0] < p.story_threshold < out[0][0]
        # a candidate without statements (or an article without) is scored on its vector and keys alone
        alone = linker._matched([(0.3, 0.45, 0.5, 9, 90)], facts, pool, flags=False)[0][0]
        assert alone == pytest.approx(p.w_vec_alone * 0.45 + p.w_keys_alone * 0.5)
        nothing_said = linker._matched([(0.3, 0.45, 0.5, 1, 10)], facts[:0], pool, flags=False)[0][0]
        assert nothing_said == pytest.approx(alone)
        assert p.w_vec_alone + p.w_keys_alone == pytest.approx(p.w_vec + p.w_keys + p.w_match)


def test_mutual_nearest_statements() -> None:
    """A statement and its paraphrase in another article of the story are each other's nearest;
    a statement whose nearest there prefers another of this article is not paired, nor one under the floor."""
    from newsloupe.stories.assign import mutual_nearest

    e = np.eye(6, dtype=np.float32)
    mine = np.stack([e[0], 0.8 * e[1] + 0.6 * e[2], e[3]])  # the article's three statements
    # other article A: a paraphrase of statement 0, and a sentence nearer to statement 1 than to 2
    # other article B (rows 2-3): close to statement 1 only through e[2], and one unrelated
    base = np.stack([0.9 * e[0] + 0.436 * e[4], e[1], e[2], e[5]])
    out = mutual_nearest(mine, base, [[0, 1], [2, 3]], floor=0.2)
    assert dict(out) == {0: [0], 1: [1, 2]}  # statement 2 (e[3]) has no partner over the floor
    assert dict(mutual_nearest(mine, base, [[0, 1], [2, 3]], floor=0.85)) == {0: [0]}
    assert dict(mutual_nearest(mine[:0], base, [[0, 1]], floor=0.2)) == {}


def test_spread_penalty() -> None:
    """A claim found in more stories than a recurring claim spans is harder to join."""
    from newsloupe.stories.assign import spread_penalty

    p = dataclasses.replace(PARAMS, claim_spread_penalty=0.08, claim_spread_free=3)
    assert [spread_penalty(n, p) for n in (1, 3, 4, 6)] == pytest.approx([0.0, 0.0, 0.08, 0.24])
    assert spread_penalty(9, dataclasses.replace(p, claim_spread_penalty=0.0)) == 0.0


def test_claim_spread_counts_stories_within_the_claim_window(tmp_path: Path) -> None:
    """A claim's spread counts the stories of its statements near the article's day only: a claim that
    keeps coming back over months is not made harder to join by its past."""
    from newsloupe.stories.assign import quantize

    vec = quantize(np.ones(4, dtype=np.float32) / 2.0)
    with Store(tmp_path / "s.db") as store:
        c = store.conn
        for n, day in enumerate([0, 10, 200, 400, 405], start=1):
            c.execute(
                "INSERT INTO articles (id, doc_id, content_hash, text, meta, ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
                (n, f"d{n}", f"h{n}", "x", "{}", "2026-01-01"),
            )
            c.execute("INSERT INTO stories (id, first_article, n_articles) VALUES (?, ?, 1)", (100 + n, n))
            c.execute("INSERT INTO story_articles (article_id, story_id, day) VALUES (?, ?, ?)", (n, 100 + n, day))
        c.execute("INSERT INTO claims (id, first_occurrence, text) VALUES (7, 1, 'x')")
        for n in range(1, 6):
            c.execute(
                'INSERT INTO statements (article_id, claim_id, start, "end", text, kind, vec)'
                " VALUES (?, 7, 0, 1, 'x', 'unsourced', ?)",
                (n, vec),
            )
        linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
        window = PARAMS.claim_window
        assert window < 190
        assert linker._spread([7], 5) == {7: {101, 102}}
        assert linker._spread([7], 400) == {7: {104, 105}}
        assert linker._spread([7], None) == {7: {101, 102, 103, 104, 105}}
        assert linker._spread([], 5) == {}


def test_two_hedged_statements_link_more_easily(tmp_path: Path) -> None:
    """A statement and an earlier one a little under the claim threshold: two allegations reported as
    unverified (both hedged) open a claim, a hedged one and a plain one do not."""
    from newsloupe.stories.adapter import Features, Statement
    from newsloupe.stories.assign import Pool, quantize

    p = PARAMS
    sim = p.claim_threshold - p.hedged_bonus / 2  # under the threshold, over it with the bonus
    a = np.zeros(512, dtype=np.float32)
    a[0] = 1.0
    b = np.zeros(512, dtype=np.float32)
    b[0], b[1] = sim, np.sqrt(1 - sim**2)
    for earlier_hedged, linked in ((True, True), (False, False)):
        with Store(tmp_path / f"h{earlier_hedged}.db") as store:
            c = store.conn
            for n in (1, 2):
                c.execute(
                    "INSERT INTO articles (id, doc_id, content_hash, text, meta, ingested_at, language)"
                    " VALUES (?, ?, ?, ?, ?, ?, 'fr')",
                    (n, f"d{n}", f"h{n}", "x", "{}", "2026-01-01"),
                )
            c.execute("INSERT INTO stories (id, first_article, n_articles) VALUES (10, 1, 1)")
            c.execute("INSERT INTO story_articles (article_id, story_id, day) VALUES (1, 10, 0)")
            c.execute(
                'INSERT INTO statements (id, article_id, start, "end", text, kind, hedged, vec)'
                " VALUES (5, 1, 0, 1, 'x', 'attributed', ?, ?)",
                (int(earlier_hedged), quantize(a)),
            )
            pool = Pool(ids=[5], articles=[1], claims=[None], vecs=[quantize(a)], langs=["fr"], hedged=[earlier_hedged])
            st = Statement(0, 1, "y", "attributed", None, None, True)
            feats = Features("fr", "1970-01-01", 0, "", "", {}, [st], [])  # dated (day 0, as the pool)
            linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
            linker._claims(2, feats, b[None, :], pool, 99, {1: 10})
            claims = [r[0] for r in c.execute("SELECT claim_id FROM statements ORDER BY id")]
            assert (claims[0] is not None and claims[0] == claims[1]) is linked, claims


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(512, dtype=np.float32)
    for i, x in parts:
        v[i] = x
    return v


def _claims_after(
    path: Path,
    members: list[np.ndarray],
    claim_ids: list[int],
    new: np.ndarray,
    params: Params | None = None,
    day: int | None = 0,
    member_day: int | None = 0,
    texts: list[str] | None = None,
    new_text: str = "y",
) -> list[int | None]:
    """Claims of a store holding ``members`` (of claims ``claim_ids``, articles 1 and 2 in turn, story 10, of day
    ``member_day``; their ``texts``, "x" when None) once a statement of vector ``new`` and text ``new_text``
    (article 3, story 99, of day ``day``; None: undated) is linked: every statement's claim, in order (``params``:
    the linker's, the shipped ones when None)."""
    from newsloupe.stories.adapter import Features, Statement
    from newsloupe.stories.assign import Pool, quantize

    articles = [1 + k % 2 for k in range(len(members))]
    with Store(path) as store:
        c = store.conn
        for n in (1, 2, 3):
            c.execute(
                "INSERT INTO articles (id, doc_id, content_hash, text, meta, ingested_at, language)"
                " VALUES (?, ?, ?, 'x', '{}', '2026-01-01', 'en')",
                (n, f"d{n}", f"h{n}"),
            )
        c.execute("INSERT INTO stories (id, first_article, n_articles) VALUES (10, 1, 2)")
        c.executemany(
            "INSERT INTO story_articles (article_id, story_id, day) VALUES (?, 10, ?)",
            [(1, member_day), (2, member_day)],
        )
        for cid in sorted(set(claim_ids)):
            c.execute(
                "INSERT INTO claims (id, first_occurrence, text, n_occurrences) VALUES (?, ?, 'x', 2)", (cid, cid)
            )
        for sid, (vec, cid, aid) in enumerate(zip(members, claim_ids, articles, strict=True), start=1):
            c.execute(
                'INSERT INTO statements (id, article_id, claim_id, start, "end", text, kind, hedged, vec)'
                " VALUES (?, ?, ?, 0, 1, ?, 'attributed', 0, ?)",
                (sid, aid, cid, texts[sid - 1] if texts else "x", quantize(vec)),
            )
        pool = Pool(
            ids=list(range(1, len(members) + 1)),
            articles=articles,
            claims=list(claim_ids),
            vecs=[quantize(v) for v in members],
            langs=["en"] * len(members),
            hedged=[False] * len(members),
            texts=list(texts) if texts else [],
        )
        published = None if day is None else "1970-01-01"
        feats = Features("en", published, day, "", "", {}, [Statement(0, len(new_text), new_text, "unsourced")], [])
        linker = Linker(c, params or PARAMS, embed=lambda texts: None)  # type: ignore[arg-type]
        linker._claims(3, feats, new[None, :], pool, 99, {1: 10, 2: 10})
        return [r[0] for r in c.execute("SELECT claim_id FROM statements ORDER BY id")]


def test_a_statement_joins_a_claim_through_a_member_not_its_centroid(tmp_path: Path) -> None:
    """A claim whose two members lie either side of a common direction: a statement along that direction
    (0.5 from the centroid, 0.2 from each member: the theme, no member's proposition) stays alone; one
    close to a member joins."""
    common, side = 0.39, float(np.sqrt(1 - 0.39**2))
    members = [_unit((0, common), (1, side)), _unit((0, common), (1, -side))]
    theme = _unit((0, 0.5), (3, float(np.sqrt(0.75))))
    near = _unit((0, 0.5), (1, 0.5), (3, float(np.sqrt(0.5))))  # 0.66 from the first member
    assert _claims_after(tmp_path / "theme.db", members, [1, 1], theme)[2] is None
    assert _claims_after(tmp_path / "near.db", members, [1, 1], near)[2] == 1


def test_two_claims_merge_on_their_members_mean(tmp_path: Path) -> None:
    """Two claims whose centroids point the same way (each one's two members either side of a common
    direction), and a statement close to a member of each: they merge when their members are close on
    average (cosine 0.50 across), not when only their centroids are (0.15 across: two themes)."""
    merged = {}
    for common in (0.39, 0.71):
        side = float(np.sqrt(1 - common**2))
        members = [_unit((0, common), (1, side)), _unit((0, common), (1, -side))]  # claim 1
        members += [_unit((0, common), (2, side)), _unit((0, common), (2, -side))]  # claim 2
        new = _unit((1, 0.55), (2, 0.35), (5, float(np.sqrt(1 - 0.55**2 - 0.35**2))))
        claims = _claims_after(tmp_path / f"m{common}.db", members, [1, 1, 2, 2], new)
        assert claims[4] == 1, claims  # it joined the claim of its nearest member
        merged[common] = len(set(claims)) == 1
    assert merged == {0.39: False, 0.71: True}, merged


def test_a_statement_close_to_a_member_of_each_of_two_claims_bridges_them(tmp_path: Path) -> None:
    """Two claims whose members are far apart on average (0.15 across) and a statement close to a member of
    each: it joins the nearer claim, and the two merge when it is ``claim_bridge`` (0.525) similar or more to
    the other's nearest member (0.534), not when it is less (0.46), their members' mean staying under
    ``claim_merge`` either way."""
    assert PARAMS.claim_bridge == 0.525 and PARAMS.claim_merge == 0.2
    common = 0.39
    side = float(np.sqrt(1 - common**2))
    members = [_unit((0, common), (1, side)), _unit((0, common), (1, -side))]  # claim 1
    members += [_unit((0, common), (2, side)), _unit((0, common), (2, -side))]  # claim 2
    merged = {}
    for near in (0.58, 0.5):  # along claim 2's first member: 0.58 x 0.92 = 0.534, 0.5 x 0.92 = 0.46
        new = _unit((1, 0.6), (2, near), (5, float(np.sqrt(1 - 0.6**2 - near**2))))  # 0.55 from claim 1's first
        claims = _claims_after(tmp_path / f"b{near}.db", members, [1, 1, 2, 2], new)
        assert claims[4] == 1, claims  # it joined the claim of its nearest member
        merged[near] = len(set(claims)) == 1
    assert merged == {0.58: True, 0.5: False}, merged


def test_a_large_claim_is_joined_only_by_a_statement_alike_to_its_members_on_average(tmp_path: Path) -> None:
    """A claim of ``claim_cohesive_from`` statements (48) whose members are alike only through a common
    direction (0.09 apart: one subject's statements), and a statement 0.76 from one member: it joins the
    claim of 47, not the claim of 48 (0.1 from its members on average); a claim of 48 whose members are all
    alike (0.64) takes a statement as alike to each of them."""
    assert PARAMS.claim_cohesive_from == 48 and PARAMS.claim_cohesive_mean == 0.4
    side = float(np.sqrt(1 - 0.3**2))
    new = _unit((0, 0.3), (1, 0.7), (2, float(np.sqrt(1 - 0.3**2 - 0.7**2))))  # 0.09 + 0.7 x 0.95 from member 0
    joined = {}
    for size in (47, 48):
        members = [_unit((0, 0.3), (1 + 2 * k, side)) for k in range(size)]  # member k along axis 1 + 2k
        claims = _claims_after(tmp_path / f"c{size}.db", members, [1] * size, new)
        joined[size] = claims[-1] == 1
    assert joined == {47: True, 48: False}, joined
    alike = [_unit((0, 0.8), (2 + k, 0.6)) for k in range(48)]
    assert _claims_after(tmp_path / "alike.db", alike, [1] * 48, _unit((0, 0.8), (1, 0.6)))[-1] == 1
    # the guard off: the claim of 48 takes the statement through its nearest member
    off = dataclasses.replace(PARAMS, claim_cohesive_from=0)
    members = [_unit((0, 0.3), (1 + 2 * k, side)) for k in range(48)]
    assert _claims_after(tmp_path / "off.db", members, [1] * 48, new, off)[-1] == 1


def test_two_claims_that_would_make_a_large_one_merge_only_when_alike(tmp_path: Path) -> None:
    """A statement joins a claim of 24 and reaches another of 24 (49 together): they merge when their members
    are 0.5 alike across (over ``claim_cohesive_mean``); 0.3 alike (over ``claim_merge`` 0.2, under 0.4),
    they stay two, and merge with the guard off. (The fixture's claims hold twelve statements of each of two
    articles: the cap of statements of one article, ``claim_article_cap``, is off here, and on it keeps them two.)"""
    merged = {}
    uncapped = dataclasses.replace(PARAMS, claim_repeat_sim=0.0)
    for common, guard in ((0.71, True), (0.55, True), (0.55, False)):
        side = float(np.sqrt(1 - common**2))
        members = [_unit((0, common), (1, side if k % 2 else -side)) for k in range(24)]  # claim 1
        members += [_unit((0, common), (2, side if k % 2 else -side)) for k in range(24)]  # claim 2
        new = _unit((1, 0.55), (2, 0.35), (5, float(np.sqrt(1 - 0.55**2 - 0.35**2))))
        params = uncapped if guard else dataclasses.replace(uncapped, claim_cohesive_from=0)
        claims = _claims_after(tmp_path / f"m{common}{guard}.db", members, [1] * 24 + [2] * 24, new, params)
        assert claims[-1] == 1, claims  # it joined the claim of its nearest member
        merged[(common, guard)] = len(set(claims)) == 1
    assert merged == {(0.71, True): True, (0.55, True): False, (0.55, False): True}, merged
    # the shipped cap: two claims of twelve statements of articles 1 and 2 each would hold 24 of each: two claims
    # (the size guard off, as in the last case, which merged)
    capped = dataclasses.replace(PARAMS, claim_cohesive_from=0)
    claims = _claims_after(tmp_path / "capped.db", members, [1] * 24 + [2] * 24, new, capped)
    assert capped.claim_repeat_sim > 0 and claims[-1] == 1 and set(claims) == {1, 2}, claims


def test_an_undated_statement_links_only_when_close(tmp_path: Path) -> None:
    """An undated article's statement (no claim window: every article's statements are candidates) links to
    another undated article's only when close: 0.45 from a member joins its claim when either is dated, not when
    both are undated (``claim_undated_margin`` 0.35 from 39.22, 0.2 before: on a real undated corpus unrelated
    sentences of one subject sit at 0.48-0.6), nor, with ``claim_undated_either`` (on from 39.24: off, it joins), when
    either is undated; a near repeat (0.8) joins either way; and a claim of four
    (``claim_undated_cohesive_from``) whose members are alike only through a common direction (0.36) takes an
    undated statement 0.96 from one member only when it is ``claim_undated_cohesive_mean`` (0.55) alike to them on
    average (0.51 here: it stays alone; dated, it joins). (The stop-46 user's undated corpus chained one subject's
    sentences into claims of 48.)"""
    p = PARAMS
    assert (p.claim_undated_margin, p.claim_undated_cohesive_from, p.claim_undated_cohesive_mean) == (0.35, 4, 0.55)
    assert p.claim_undated_either
    members = [_unit((0, 1.0)), _unit((0, 0.9), (1, float(np.sqrt(1 - 0.81))))]
    loose = _unit((0, 0.45), (2, float(np.sqrt(1 - 0.45**2))))
    close = _unit((0, 0.8), (2, 0.6))
    assert _claims_after(tmp_path / "dated.db", members, [1, 1], loose)[-1] == 1
    both = dataclasses.replace(p, claim_undated_either=False)  # (until 39.23: the margin only when both are undated)
    assert _claims_after(tmp_path / "one.db", members, [1, 1], loose, both, day=None)[-1] == 1  # the members dated
    assert _claims_after(tmp_path / "other.db", members, [1, 1], loose, both, member_day=None)[-1] == 1  # it dated
    assert _claims_after(tmp_path / "undated.db", members, [1, 1], loose, day=None, member_day=None)[-1] is None
    assert _claims_after(tmp_path / "e_one.db", members, [1, 1], loose, day=None)[-1] is None
    assert _claims_after(tmp_path / "e_other.db", members, [1, 1], loose, member_day=None)[-1] is None
    assert _claims_after(tmp_path / "e_repeat.db", members, [1, 1], close, member_day=None)[-1] == 1
    assert _claims_after(tmp_path / "repeat.db", members, [1, 1], close, day=None, member_day=None)[-1] == 1
    four = [_unit((0, 0.6), (1 + k, 0.8)) for k in range(4)]
    new = _unit((0, 0.6), (1, 0.75), (9, float(np.sqrt(1 - 0.36 - 0.5625))))
    assert _claims_after(tmp_path / "four_dated.db", four, [1] * 4, new)[-1] == 1
    assert _claims_after(tmp_path / "four_undated.db", four, [1] * 4, new, day=None)[-1] is None


def test_a_weak_match_weeks_away_scores_less(tmp_path: Path) -> None:
    """Two candidates alike by vector, keys and statement match: one published weeks away scores less
    for every day beyond ``gap_free`` (another event in the same town later on), unless its statements
    retell the article's (a follow-up); a candidate within ``gap_free`` days is not penalised."""
    from newsloupe.stories.assign import Pool, quantize

    p = PARAMS
    rng = np.random.default_rng(11)
    mine = rng.normal(size=(2, 512)).astype(np.float32)
    mine /= np.linalg.norm(mine, axis=1, keepdims=True)
    other = rng.normal(size=512).astype(np.float32)
    other /= np.linalg.norm(other)
    # articles 1, 2 and 4 say one same other thing (match ~0); article 3 retells the article's statements
    pool = Pool(
        ids=[1, 2, 3, 4, 5],
        articles=[1, 2, 3, 3, 4],
        claims=[None] * 5,
        vecs=[quantize(v) for v in [other, other, *mine, other]],
        langs=["fr"] * 5,
        hedged=[False] * 5,
    )
    with Store(tmp_path / "g.db") as store:
        linker = Linker(store.conn, embed=lambda texts: None)  # type: ignore[arg-type]
        near, far, retold, still_near = (
            (0.3, 0.5, 0.4, 1, 10, 4),
            (0.3, 0.5, 0.4, 2, 20, 20),
            (0.3, 0.5, 0.4, 3, 30, 20),
            (0.3, 0.5, 0.4, 4, 40, p.gap_free),
        )
        out = {t[3]: t[0] for t in linker._matched([near, far, retold, still_near], mine, pool, flags=False)}
        assert out[2] < out[1] - 0.02
        assert out[2] == pytest.approx(out[1] - p.gap_penalty * (20 - p.gap_free), abs=1e-5)
        assert out[4] == pytest.approx(out[1], abs=1e-9)  # at gap_free days: no penalty
        assert out[3] > out[1] + 0.3  # a retelling weeks later: the strong match, no penalty
        unpenalised = p.w_vec * 0.5 + p.w_keys * 0.4 + p.w_match * 1.0
        assert out[3] == pytest.approx(unpenalised, abs=0.01)
        # an undated candidate (no gap) and a candidate without statements weeks away
        assert linker._matched([(0.3, 0.5, 0.4, 2, 20, None)], mine, pool, flags=False)[0][0] == pytest.approx(
            out[2] + p.gap_penalty * (20 - p.gap_free), abs=1e-5
        )
        alone = linker._matched([(0.3, 0.5, 0.4, 9, 90, 21)], mine, pool, flags=False)[0][0]
        assert alone == pytest.approx(p.w_vec_alone * 0.5 + p.w_keys_alone * 0.4 - p.gap_penalty * (21 - p.gap_free))


def test_another_language_s_candidate_holding_a_sliver_of_the_particulars_earns_no_bonus(tmp_path: Path) -> None:
    """With ``cross_bonus_floor`` set (off as shipped), an anchored candidate of another language earns
    ``story_cross_language_bonus`` only when it holds that share of the article's retrieval weight: a twin town's
    name alone (check26's orchard report and the French trail piece naming the English runner's home town: share
    0.03, no key shared) is a thin anchor. Candidates in the article's language, and at the floor or above, are
    scored as before; off, every anchored candidate of another language earns it."""
    assert PARAMS.cross_bonus_floor == 0.0  # (off: it parts check11's storm across languages; stop 47)
    from newsloupe.stories.assign import Pool

    floor = dataclasses.replace(PARAMS, cross_bonus_floor=0.05)
    none = dataclasses.replace(PARAMS, cross_bonus_floor=0.0)
    pool = Pool(ids=[], articles=[], claims=[], vecs=[], langs=[], hedged=[])
    silent = np.zeros((0, 512), dtype=np.float32)

    def cand(other: int, crossed: bool, share: float) -> tuple:
        return (0.3, 0.5, 0.0, other, other * 10, 2, crossed, False, True, False, share, False)

    scored = [cand(1, True, 0.03), cand(2, True, 0.2), cand(3, False, 0.03)]
    with Store(tmp_path / "x.db") as store:
        on = {t[3]: t[0] for t in Linker(store.conn, floor, embed=lambda t: None)._matched(scored, silent, pool)}  # type: ignore[arg-type]
        off = {t[3]: t[0] for t in Linker(store.conn, none, embed=lambda t: None)._matched(scored, silent, pool)}  # type: ignore[arg-type]
    assert off[1] == pytest.approx(off[2]) and off[1] > off[3]  # (off: every anchored candidate of another language)
    assert on[1] == pytest.approx(off[1] - PARAMS.story_cross_language_bonus, abs=1e-6)
    assert on[2] == pytest.approx(off[2]) and on[3] == pytest.approx(off[3])


def test_a_weak_match_of_the_article_s_own_outlet_days_away_scores_less(tmp_path: Path) -> None:
    """A candidate of the article's own outlet (the twelfth flag of :meth:`Linker._candidates`) ``outlet_gap``
    days away or more whose statements match the article's less than ``outlet_strong_match`` scores
    ``outlet_penalty`` less (a local paper's fair and its fire two days later share the town, its people and
    the house style, not the facts); one that retells the article's statements (a follow-up), one of the same
    day (a sidebar, a reprint) and one of another outlet are not penalised."""
    from newsloupe.stories.assign import Pool, quantize

    p = PARAMS
    assert p.outlet_penalty > 0  # (on by default from 39.1)
    rng = np.random.default_rng(39)
    mine = rng.normal(size=(2, 512)).astype(np.float32)
    mine /= np.linalg.norm(mine, axis=1, keepdims=True)
    other = rng.normal(size=512).astype(np.float32)
    other /= np.linalg.norm(other)
    # articles 1 and 2 say one other thing (match ~0); article 3 retells the article's two statements
    pool = Pool(
        ids=[1, 2, 3, 4],
        articles=[1, 2, 3, 3],
        claims=[None] * 4,
        vecs=[quantize(v) for v in [other, other, *mine]],
        langs=["en"] * 4,
        hedged=[False] * 4,
    )

    def flags(gap: int, own: bool) -> tuple[int, bool, bool, bool, bool, float, bool]:
        return (gap, False, False, True, False, 1.0, own)

    with Store(tmp_path / "o.db") as store:
        linker = Linker(store.conn, embed=lambda texts: None)  # type: ignore[arg-type]
        scored = [
            (0.3, 0.5, 0.4, 1, 10, *flags(2, True)),  # own outlet, two days away, another thing said
            (0.3, 0.5, 0.4, 2, 20, *flags(2, False)),  # another outlet, the same
            (0.3, 0.5, 0.4, 3, 30, *flags(2, True)),  # own outlet, retells the article
        ]
        out = {t[3]: t[0] for t in linker._matched(scored, mine, pool)}
        assert out[1] == pytest.approx(out[2] - p.outlet_penalty, abs=1e-6)
        retold = p.w_vec * 0.5 + p.w_keys * 0.4 + p.w_match * 1.0
        assert out[3] == pytest.approx(retold, abs=0.01)  # a follow-up retelling it: no penalty
        same_day = linker._matched([(0.3, 0.5, 0.4, 1, 10, *flags(0, True))], mine, pool)[0][0]
        assert same_day == pytest.approx(out[2], abs=1e-6)
        assert p.outlet_gap == 1


def test_a_candidate_a_week_away_holding_little_of_the_particulars_scores_less(tmp_path: Path) -> None:
    """A candidate more than ``gap_free`` days away holding less than ``far_floor`` of the article's retrieval
    weight (the share, the eleventh flag of :meth:`Linker._candidates`) scores ``far_penalty`` less, in
    another language too (a theme piece recalling an event weeks after it, another happening of the town);
    one as far holding more of the particulars, and one as poor in particulars within the week, do not."""
    from newsloupe.stories.assign import Pool, quantize

    p = PARAMS
    assert p.far_penalty > 0 and p.far_floor > p.particular_floor  # (on by default from 39.6)
    rng = np.random.default_rng(42)
    mine = rng.normal(size=(2, 512)).astype(np.float32)
    mine /= np.linalg.norm(mine, axis=1, keepdims=True)
    other = rng.normal(size=512).astype(np.float32)
    other /= np.linalg.norm(other)
    pool = Pool(
        ids=[1, 2, 3, 4],
        articles=[1, 2, 3, 4],
        claims=[None] * 4,
        vecs=[quantize(other)] * 4,
        langs=["fr", "fr", "fr", "en"],
        hedged=[False] * 4,
    )
    poor = (p.particular_floor + p.far_floor) / 2  # over the same-language floor, under the week's

    def flags(gap: int, crossed: bool, share: float) -> tuple[int, bool, bool, bool, bool, float, bool]:
        return (gap, crossed, False, True, False, share, False)

    with Store(tmp_path / "f.db") as store:
        linker = Linker(store.conn, embed=lambda texts: None)  # type: ignore[arg-type]
        far = p.gap_free + 8
        scored = [
            (0.3, 0.5, 0.4, 1, 10, *flags(far, False, poor)),  # two weeks away, little of the particulars
            (0.3, 0.5, 0.4, 2, 20, *flags(far, False, 0.5)),  # as far, half of them
            (0.3, 0.5, 0.4, 3, 30, *flags(p.gap_free, False, poor)),  # as poor, within the week
            (0.3, 0.5, 0.4, 4, 40, *flags(far, True, poor)),  # two weeks away, another language
        ]
        out = {t[3]: t[0] for t in linker._matched(scored, mine, pool)}
        assert out[1] == pytest.approx(out[2] - p.far_penalty, abs=1e-6)
        # within the week: neither the day penalty (the statements do not match) nor this one
        assert out[3] == pytest.approx(out[2] + p.gap_penalty * 8, abs=1e-6)
        # the other language's candidate earns the cross-language bonus and loses the same penalty
        assert out[4] == pytest.approx(out[1] + p.story_cross_language_bonus, abs=1e-6)


def test_same_town_other_event_weeks_later(tmp_path: Path) -> None:
    """samples/stories-dev7 (invented): five towns each host two or three events with the same mayor,
    council leader or MP. The council's school-closure vote three weeks after its bypass vote opens a
    story of its own (it joined the bypass before the day penalty: precision 0.727); the bypass's
    legal challenge a week later, the strike's end, the heist's arrests ten days later stay in theirs."""
    dev7 = CORPUS.parent / "stories-dev7"
    result, story = _assigned(tmp_path / "d7.db", dev7)
    assert result["articles"] == 30
    assert result["stories"]["precision"] >= 0.95, result["stories"]  # 1.000 (README)
    assert result["stories"]["f1"] >= 0.9, result["stories"]  # 0.938 (0.970 before stop 26's day penalty)
    bypass, school = "d7-en-fellside-ashby-bypass-01", "d7-en-fellside-ashby-school-01"
    assert story[school] != story[bypass]
    assert story["d7-en-fellside-ashby-review-04"] == story[bypass]


def test_answer_two_weeks_later_opens_its_own_story(tmp_path: Path) -> None:
    """samples/stories-check6 (invented): the guards' blockade and the taxi strike, 13-21 days after the
    prison escape and the tainted fuel they answer, open stories of their own since stop 26's day
    penalty (from the sixth day, 0.006 a day); before it both joined the event they answer
    (precision 0.542 -> 0.765). The escape's own articles and the fuel's stay together."""
    check6 = CORPUS.parent / "stories-check6"
    result, story = _assigned(tmp_path / "c6.db", check6)
    gold = json.loads((check6 / "gold.json").read_text(encoding="utf-8"))["stories"]
    escape = {story[d] for d in gold["rambervaux-escape"]["articles"]}
    blockade = {story[d] for d in gold["rambervaux-guards-blockade"]["articles"]}
    fuel = {story[d] for d in gold["cotonou-tainted-fuel"]["articles"]}
    strike = {story[d] for d in gold["cotonou-zemidjan-strike"]["articles"]}
    assert len(escape) == 1 and not escape & blockade, (escape, blockade)
    assert len(fuel) == 1 and not fuel & strike, (fuel, strike)
    # the trawler's rescue off Brackenmouth, 3-14 days after the porpoises stranded there, shares the port and
    # little else with most of their articles: another happening of the town, apart from 39.6 (``far_floor``;
    # one story before, F1 0.882)
    porpoises = {story[d] for d in gold["brackenmouth-porpoises"]["articles"]}
    rescue = {story[d] for d in gold["brackenmouth-trawler-rescue"]["articles"]}
    assert len(porpoises) == 1 and not porpoises & rescue, (porpoises, rescue)
    assert result["stories"]["precision"] >= 0.7, result["stories"]  # 0.765
    assert result["stories"]["f1"] >= 0.95, result["stories"]  # 1.000 from 39.6


def test_other_events_in_one_place_days_apart(tmp_path: Path) -> None:
    """samples/stories-check7 (invented; unseen at stop 26, a development set since stop 27): in one town,
    days apart and with the same officials, a jogger's death and a pig-farm inquiry, a vanilla seizure and a
    farmers' blockade, a sinkhole and a mine meeting are different events. Before stop 27 each pair was one
    story (precision 0.529); their titles name events of different classes (``event_words``), which now
    costs a candidate ``event_penalty``, while articles of one event in two languages score
    ``story_cross_language_bonus`` more."""
    check7 = CORPUS.parent / "stories-check7"
    result, story = _assigned(tmp_path / "c7.db", check7)
    gold = json.loads((check7 / "gold.json").read_text(encoding="utf-8"))["stories"]
    for first, second in (
        ("plouzevenec-jogger-death", "plouzevenec-piggery-permit"),
        ("sambava-vanilla-seizure", "sava-farmers-blockade"),
        ("porthkennick-sinkhole", "porthkennick-mine-meeting"),
    ):
        one = {story[d] for d in gold[first]["articles"]}
        other = {story[d] for d in gold[second]["articles"]}
        assert len(one) == 1 and not one & other, (first, one, second, other)
    assert result["stories"]["precision"] >= 0.75, result["stories"]  # 0.800 (0.529 before stop 27)
    assert result["stories"]["f1"] >= 0.8, result["stories"]  # 0.853 (0.628 before stop 27)


def test_other_events_in_other_places_across_languages(tmp_path: Path) -> None:
    """samples/stories-check8 (invented; unseen at stop 27, a development set since stop 28): a chimpanzee
    escape in the north of France and pupils taken ill after a vineyard spraying in the Basque country, a
    hailstorm there and mussel poisoning in Normandy. Before stop 28 every candidate in another language
    scored ``story_cross_language_bonus`` more and each pair was one story (precision 0.525); now only a
    candidate that shares a place, a person, an organisation or a rare name with the article (not a
    country's name) earns it."""
    check8 = CORPUS.parent / "stories-check8"
    result, story = _assigned(tmp_path / "c8.db", check8)
    gold = json.loads((check8 / "gold.json").read_text(encoding="utf-8"))["stories"]
    for first, second in (
        ("berquesaut-chimp-escape", "urdazpe-spraying"),
        ("urdazpe-hail", "ysolde-mussel-poisoning"),
    ):
        one = {story[d] for d in gold[first]["articles"]}
        other = {story[d] for d in gold[second]["articles"]}
        assert not one & other, (first, one, second, other)
    for whole in ("berquesaut-chimp-escape", "urdazpe-spraying", "urdazpe-hail"):  # across languages
        assert len({story[d] for d in gold[whole]["articles"]}) == 1, whole
    assert result["stories"]["precision"] >= 0.78, result["stories"]  # 0.821 (0.525 before stop 28)
    assert result["stories"]["f1"] >= 0.83, result["stories"]  # 0.868 (0.646 before stop 28)


def test_events_that_share_only_a_theme_are_apart(tmp_path: Path) -> None:
    """samples/stories-check9 (invented; unseen at stop 29, a development set since stop 30): a school
    coach with French exchange pupils in an English drain and two students lost under Paris after a
    party, a day apart, share no place, person, organisation or rare name, only a theme and the words
    "French" and "Saturday"; they were one story (0.298 against the 0.29 threshold). A candidate that shares
    no particular with the article scores ``unanchored_penalty`` less, and a weekday or a nationality
    anchors nothing."""
    check9 = CORPUS.parent / "stories-check9"
    result, story = _assigned(tmp_path / "c9.db", check9)
    gold = json.loads((check9 / "gold.json").read_text(encoding="utf-8"))["stories"]
    coach = {story[d] for d in gold["hollerby-school-coach"]["articles"]}
    party = {story[d] for d in gold["paris-catacombs-party"]["articles"]}
    assert len(coach) == 1 and len(party) == 1 and not coach & party, (coach, party)
    # the market hall sold to the cognac house, and the cask theft at its distillery six days later: two
    # happenings of one firm, apart at stop 34 only while every lower-case word of a body name was blanked
    # ("cognac", "whisky"): with the names' capitalised words alone (34.2) their blanked leads read 0.30-0.50
    # alike, over ``masked_sim``, and they are one story again (doc/choices.md, "Review fixes, stop 34")
    # a Kent timetable cut 10-11 days after the tunnel breakdown, holding little of its particulars, is apart
    # from 39.6 (``far_floor``)
    tunnel = {story[d] for d in gold["channel-tunnel-breakdown"]["articles"]}
    timetable = {story[d] for d in gold["single-kent-timetable"]["articles"]}
    assert not tunnel & timetable, (tunnel, timetable)
    assert result["stories"]["precision"] >= 0.65, result["stories"]  # 0.629 (0.727 at 34.1), 0.688 from 39.6
    assert result["stories"]["f1"] >= 0.75, result["stories"]  # 0.759 from 39.6 (0.721 at 39.5, 0.814 at 34.1)


def test_a_pair_linked_only_by_a_village_name_keeps_its_score(tmp_path: Path) -> None:
    """Two reports of one event that share only a village's name ("Quillbury": no place, person or
    organisation key) are anchored and lose nothing; a candidate that shares only a nationality and a
    weekday ("French", "Thursday") is not and scores ``unanchored_penalty`` less."""
    from newsloupe.stories.adapter import features
    from newsloupe.stories.assign import Pool

    rng = np.random.default_rng(5)
    with Store(tmp_path / "v.db") as store:
        stored = [
            "A barn roof fell on the cattle market of Quillbury, and three farmers were hurt by the beams.",
            "On Thursday a French choir sang at the abbey, and the organ was played until late at night.",
        ]
        linker = _stored_linker(store, stored, rng)
        new = features(
            body_doc("By Thursday the French vet said the cattle hurt at Quillbury market would all recover."),
            published="2031-05-05",
        )
        assert {"name:french", "name:thursday"} <= new.weak and "name:quillbury" not in new.weak
        vec = rng.normal(size=512).astype(np.float32)
        cands = linker._candidates(new, vec / np.linalg.norm(vec))
        flags = {t[3]: t[8] for t in cands}
        assert flags == {1: True, 2: False}
        pool = Pool(ids=[], articles=[], claims=[], vecs=[], langs=[], hedged=[])
        out = {t[3]: t[0] for t in linker._matched(cands, np.zeros((0, 512), dtype=np.float32), pool)}
        alone = {t[3]: PARAMS.w_vec_alone * t[1] + PARAMS.w_keys_alone * t[2] for t in cands}
        assert out[1] == pytest.approx(alone[1])  # the village's name anchors: no penalty
        assert out[2] == pytest.approx(alone[2] - PARAMS.unanchored_penalty)


def test_a_rare_name_retrieves_a_month_away_for_claims_not_for_the_story(tmp_path: Path) -> None:
    """A village's name ("Quillbury": no place, person or organisation key) retrieves a candidate 35 days away
    (``name_window``, the claims' window): its statements are in the claims' pool, but beyond ``story_window`` it
    scores -1 for the story. With the window of the stories (39.13) it was not retrieved at all."""
    from newsloupe.stories.adapter import features

    rng = np.random.default_rng(11)
    with Store(tmp_path / "w.db") as store:
        linker = _stored_linker(store, ["A barn roof fell on the cattle market of Quillbury."], rng)
        new = features(
            body_doc("The council of Quillbury voted to rebuild the market hall that the storm had damaged."),
            published="2031-06-08",
        )
        vec = rng.normal(size=512).astype(np.float32)
        vec /= np.linalg.norm(vec)
        found = {t[3]: (t[0], t[5]) for t in linker._candidates(new, vec)}
        assert found == {1: (-1.0, 35)}  # retrieved, 35 days away, out of the story's window
        narrow = Linker(store.conn, dataclasses.replace(PARAMS, name_window=PARAMS.story_window), embed=lambda t: None)  # type: ignore[arg-type]
        assert narrow._candidates(new, vec) == []


def test_a_name_the_title_repeats_retrieves_before_the_body_s_rare_words(tmp_path: Path) -> None:
    """Only the article's ``max_names`` rarest capitalised words retrieve and anchor candidates; a name the
    title repeats ranks ``title_name_weight`` times higher. The storm's name, said once in the body as a
    dozen villages are, is the one word the earlier report shares: cut before stop 33 (the villages come
    first in the ranking's order of ties, and the storm's name, already in the store, is less rare)."""
    from newsloupe.stories.adapter import features

    rng = np.random.default_rng(7)
    villages = (
        "Abbotsley, Alderwick, Brackenby, Caddington, Dunsworth, Elmstead, Fallowfield, Garnforth, Hexley,"
        " Ingleby, Kelbrook, Langmoor and Mallowby"
    )
    with Store(tmp_path / "t.db") as store:
        linker = _stored_linker(store, ["The ferry line said the gale Quenneval would keep every boat in port."], rng)
        doc = body_doc(f"Overnight the gale named Quenneval cut the power in {villages}, the board said.")
        doc["title"] = "Storm Quenneval cuts the power in thirteen villages"
        new = features(doc, published="2031-05-05")
        assert len(new.names) > PARAMS.max_names and "quenneval" in new.names
        vec = rng.normal(size=512).astype(np.float32)
        vec /= np.linalg.norm(vec)
        found = {t[3]: t[8] for t in linker._candidates(new, vec)}
        assert found == {1: True}  # retrieved and anchored by the storm's name
        flat_params = dataclasses.replace(PARAMS, title_name_weight=1.0)
        flat = Linker(store.conn, flat_params, embed=lambda texts: None)  # type: ignore[arg-type]
        assert flat._candidates(new, vec) == []  # the name ranked as the body's words: beyond the twelve


def test_one_storm_across_languages_by_its_name(tmp_path: Path) -> None:
    """samples/stories-check11 (invented; unseen at stop 31, a development set since stop 32): a storm named
    in a French report (« Tempête Léocadie », an organisation for the entity analyzer) and two English ones
    ("Storm Léocadie", a person) shares no identity key across the languages; its name, in every title, is
    the anchor. Before stop 33 the English report did not retrieve the French one (the name ranked beyond
    the twelve), and the aftermath report lost the event penalty's test ("Storm" read as a name)."""
    check11 = CORPUS.parent / "stories-check11"
    result, story = _assigned(tmp_path / "c11.db", check11)
    gold = json.loads((check11 / "gold.json").read_text(encoding="utf-8"))["stories"]
    assert len(gold["storm-leocadie"]["articles"]) == 3
    assert len({story[d] for d in gold["storm-leocadie"]["articles"]}) == 1
    assert result["stories"]["f1"] >= 0.9, result["stories"]  # 0.919 (0.889 before stop 33)


def test_check12_floors(tmp_path: Path) -> None:
    """samples/stories-check12 (invented; unseen at stop 32, a development set since stop 33): stories 0.857,
    claims 0.775 (0.727 before stop 33: a name of the title retrieves more of the candidates whose statements
    the claims read)."""
    check12 = CORPUS.parent / "stories-check12"
    with Store(tmp_path / "c12.db") as store:
        ingest(store, [str(check12 / "corpus.jsonl")])
        run(store, workers=0)
        result = evaluate(store, check12 / "gold.json")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.82, result["stories"]
    assert result["claims"]["f1"] >= 0.74, result["claims"]


def test_check14_floors_and_its_columns(tmp_path: Path) -> None:
    """samples/stories-check14 (invented; unseen at stop 34, read once at 0.892 / 0.699, a development set
    since): with the blanked-lead penalty off (linker 34.3) its two columns join their stories (a maternity
    ward's closure, a glassworks' sale): stories 0.955, claims 0.699."""
    check14 = CORPUS.parent / "stories-check14"
    result, story = _assigned(tmp_path / "c14.db", check14)
    gold = json.loads((check14 / "gold.json").read_text(encoding="utf-8"))["stories"]
    columns = [d for d in story if "chronique" in d]
    assert len(columns) == 2
    for doc in columns:
        label = next(k for k, v in gold.items() if doc in v["articles"])
        assert len(gold[label]["articles"]) > 1
        assert {story[d] for d in gold[label]["articles"]} == {story[doc]}, (doc, label)
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.93, result["stories"]
    assert result["claims"]["f1"] >= 0.67, result["claims"]


def test_check15_floors_and_a_closure_apart_from_the_flood(tmp_path: Path) -> None:
    """samples/stories-check15 (invented; unseen at stop 35, read once with linker 35.2 at stories 0.775, claims
    0.514; a development set since): a factory's closure ten days after the flood that hit it named the flood
    only as a modifier of the factory, and joined the flood's story; from linker 36.1 the modifier is no event
    of its title, the closure is apart from the flood and its follow-up joins it (stories 0.868)."""
    check15 = CORPUS.parent / "stories-check15"
    result, story = _assigned(tmp_path / "c15.db", check15)
    gold = json.loads((check15 / "gold.json").read_text(encoding="utf-8"))["stories"]
    flood = next(v["articles"] for v in gold.values() if any("flood-pumps" in d for d in v["articles"]))
    closure = next(v["articles"] for v in gold.values() if any("brightwell-closure" in d for d in v["articles"]))
    assert len(flood) >= 3 and len(closure) >= 3
    assert len({story[d] for d in closure}) == 1
    assert not {story[d] for d in flood} & {story[d] for d in closure}
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.86, result["stories"]
    assert result["claims"]["f1"] >= 0.51, result["claims"]


def test_check16_floors(tmp_path: Path) -> None:
    """samples/stories-check16 (invented; unseen at stop 36, read once with linker 36.4 at stories 0.889, claims
    0.529; a development set since): the figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c16.db", CORPUS.parent / "stories-check16")
    assert result["articles"] == 45
    assert result["stories"]["f1"] >= 0.88, result["stories"]
    assert result["claims"]["f1"] >= 0.52, result["claims"]


def test_check17_floors(tmp_path: Path) -> None:
    """samples/stories-check17 (invented; unseen at stop 37, read once with linker 37.4 at stories 0.833, claims
    0.737): the figures do not fall below that read; from linker 38.1 a firm's product recall and its job cuts
    days later, two reports whose blanked leads tell two happenings, are two stories (stories 0.889). Stop 40's
    attribution merges (before the fix40 and spk40 merges) moved the claims to 0.696 (doc/choices.md, stop 40's merge):
    the floor follows, the drop is reported, not hidden. From linker 39.5 a title that asks or shouts is a
    statement (claims 0.710)."""
    result, _ = _assigned(tmp_path / "c17.db", CORPUS.parent / "stories-check17")
    assert result["articles"] == 46
    assert result["stories"]["f1"] >= 0.88, result["stories"]
    assert result["claims"]["f1"] >= 0.70, result["claims"]


def test_check18_floors(tmp_path: Path) -> None:
    """samples/stories-check18 (invented; unseen at stop 38, read once with linker 38.1 at stories 0.829, claims
    0.635, as the stop's starting code read it): the figures do not fall below that read. A development set from
    stop 39: from linker 39.2 a local paper's fire is no longer joined to its fair two days before
    (``outlet_penalty``: stories 0.878), and a source frame no attribution read is left out of the statement
    (claims 0.677; the same from 39.3, no frame of no one's word); from 39.5 its two question titles and its
    shouted headline are statements (claims 0.789)."""
    result, _ = _assigned(tmp_path / "c18.db", CORPUS.parent / "stories-check18")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.87, result["stories"]
    assert result["claims"]["f1"] >= 0.73, result["claims"]  # 0.735 from linker 39.21 (anchor_common_share 0.10)


def test_check19_floors(tmp_path: Path) -> None:
    """samples/stories-check19 (invented; unseen at stop 39, read once with linker 39.3 at stories 0.951, claims
    0.853, as the stop's starting code read it): the figures do not fall below that read. From linker 39.5 its
    question title and its shouted headline are statements (claims 0.938)."""
    result, _ = _assigned(tmp_path / "c19.db", CORPUS.parent / "stories-check19")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.95, result["stories"]
    assert result["claims"]["f1"] >= 0.93, result["claims"]


def test_check20_floors(tmp_path: Path) -> None:
    """samples/stories-check20 (invented; unseen at stop 40, read once with linker 39.4 at stories 0.871, claims
    0.730, as the stop's starting code read it): the figures do not fall below that read. From linker 39.5 its
    two question titles and its shouted headline are statements (claims 0.806)."""
    result, _ = _assigned(tmp_path / "c20.db", CORPUS.parent / "stories-check20")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.87, result["stories"]
    assert result["claims"]["f1"] >= 0.80, result["claims"]


def test_check21_floors(tmp_path: Path) -> None:
    """samples/stories-check21 (invented; unseen at stop 41, read once with linker 39.5 at stories 0.785, claims
    0.897; the stop's starting code, linker 39.4: 0.785 / 0.806): the figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c21.db", CORPUS.parent / "stories-check21")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.80, result["stories"]  # 0.805 from linker 39.6
    assert result["claims"]["f1"] >= 0.89, result["claims"]


def test_check22_floors(tmp_path: Path) -> None:
    """samples/stories-check22 (invented; unseen at stop 42, read once with linker 39.6 at stories 0.742, claims
    0.805; the stop's starting code, linker 39.5: 0.673 / 0.805): the figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c22.db", CORPUS.parent / "stories-check22")
    assert result["articles"] == 45
    assert result["stories"]["f1"] >= 0.71, result["stories"]  # 0.716 from linker 39.21 (anchor_common_share 0.10)
    assert result["claims"]["f1"] >= 0.80, result["claims"]


def test_check23_floors(tmp_path: Path) -> None:
    """samples/stories-check23 (invented; unseen at stop 43, read once with linker 39.8 (39.6's outputs) at stories
    0.698, claims 0.500; the stop's starting code the same; a development set from stop 44, its errors read by
    stories44): the figures do not fall below that read. stories44's reprint rule (linker 39.9: 0.813 here) was
    withdrawn at the merge, an unseen set falling with it."""
    result, _ = _assigned(tmp_path / "c23.db", CORPUS.parent / "stories-check23")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.69, result["stories"]
    assert result["claims"]["f1"] >= 0.50, result["claims"]


def test_another_happening_of_the_same_town_days_later_scores_less(tmp_path: Path) -> None:
    """Stored articles of one town, then a new one five days later: the candidate of its language whose lead,
    particulars blanked, is far from the new article's (another happening) scores ``masked_penalty`` less
    (on by default from 38.1); the one whose blanked lead is the same does not, nor one stored without a
    blanked lead (a store of linker 33.1), nor one in another language whatever its lead; no candidate
    is flagged one day later (under ``masked_gap``) or ten days later (over ``masked_gap_max``: the day
    penalty reads those); and none when the articles are not reports (``masked_reported``: these sentences
    are in the writer's voice, attributed to nobody, so the rule is read with that floor at 0 first)."""
    from newsloupe.stories.adapter import features
    from newsloupe.stories.assign import Pool

    rng = np.random.default_rng(7)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    told = unit(rng.normal(size=512))  # the new article's blanked lead
    other = unit(rng.normal(size=512))
    other = unit(other - (other @ told) * told)  # orthogonal to it
    stored = [
        ("en", "The Quillbury council leader resigned on Monday over shares in a bus firm.", told),
        ("en", "A fire destroyed eleven buses at the Quillbury depot overnight, and nobody was hurt.", other),
        ("en", "Eleven buses were lost in a night fire at the Quillbury depot, the operator said.", None),
        ("fr", "Onze bus ont brûlé cette nuit au dépôt de Quillbury, sans faire de blessé.", other),
    ]
    assert PARAMS.masked_penalty == 0.05 and (PARAMS.masked_gap, PARAMS.masked_gap_max) == (2, 6)
    with Store(tmp_path / "h.db") as store:
        c = store.conn
        params = dataclasses.replace(PARAMS, masked_reported=0.0)
        linker = Linker(c, params, embed=lambda texts: None)  # type: ignore[arg-type]
        for aid, (lang, text, blank) in enumerate(stored, start=1):
            c.execute(
                "INSERT INTO articles(id, doc_id, content_hash, language, published, title, text, meta, ingested_at)"
                " VALUES (?, ?, ?, ?, '2031-05-04', '', ?, '{}', '2031-05-04')",
                (aid, f"d{aid}", f"h{aid}", lang, text),
            )
            c.execute("INSERT INTO stories(id, first_article, n_articles) VALUES (?, ?, 0)", (aid, aid))
            feats = features(body_doc(text, lang), published="2031-05-04")
            linker._write_article(aid, aid, feats, unit(rng.normal(size=512)), blank)
        text = "The deputy will lead the Quillbury council until May, the council said of the resignation."
        vec = unit(rng.normal(size=512))
        pool = Pool(ids=[], articles=[], claims=[], vecs=[], langs=[], hedged=[])
        none = np.zeros((0, 512), dtype=np.float32)
        flags = {}
        for day in ("2031-05-09", "2031-05-05", "2031-05-14"):
            new = features(body_doc(text), published=day)
            cands = linker._candidates(new, vec, told)
            flags[day] = {t[3]: t[9] for t in cands}
            if day == "2031-05-09":
                out = {t[3]: t[0] for t in linker._matched(cands, none, pool)}
                base = {t[3]: PARAMS.w_vec_alone * t[1] + PARAMS.w_keys_alone * t[2] for t in cands}
                crossed = {t[3]: t[6] for t in cands}
        new = features(body_doc(text), published="2031-05-09")
        shipped = {t[3]: t[9] for t in Linker(c, PARAMS, embed=lambda texts: None)._candidates(new, vec, told)}  # type: ignore[arg-type]
    assert shipped == {1: False, 2: False, 3: False, 4: False}  # two pieces in the writer's voice
    assert flags["2031-05-09"] == {1: False, 2: True, 3: False, 4: False}
    assert flags["2031-05-05"] == flags["2031-05-14"] == {1: False, 2: False, 3: False, 4: False}
    assert out[1] == pytest.approx(base[1]) and out[3] == pytest.approx(base[3])
    assert out[2] == pytest.approx(base[2] - params.masked_penalty)
    assert crossed[4] and out[4] == pytest.approx(base[4] + PARAMS.story_cross_language_bonus)


def test_check13_floors_and_another_happening_of_the_same_places(tmp_path: Path) -> None:
    """samples/stories-check13 (invented; unseen at stop 33, a development set since): a dog lost for two
    years and found far away joined a dog-theft ring's story twelve days later through the places (no
    event class in either title); at 34.1 the leads with their particulars blanked told two happenings (every
    lower-case "dog" blanked with a body name): with the names' capitalised words alone (34.2) the spaniel's
    blanked lead reads 0.21-0.38 like the ring's, over ``masked_sim``, and it joined the ring again (stories 0.736).
    From 39.1 it is its own story again (``outlet_penalty``: a candidate of its own outlet that does not retell
    it scores less): stories 0.762, claims 0.592."""
    check13 = CORPUS.parent / "stories-check13"
    result, story = _assigned(tmp_path / "c13.db", check13)
    gold = json.loads((check13 / "gold.json").read_text(encoding="utf-8"))["stories"]
    lost = {story[d] for d in gold["single-kent-lost-spaniel"]["articles"]}
    ring = {story[d] for d in gold["kent-dog-theft-ring"]["articles"]}
    assert len(lost) == 1 and not lost & ring, (lost, ring)  # the wrong merge of 34.2, undone (39.1)
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.75, result["stories"]
    assert result["claims"]["f1"] >= 0.56, result["claims"]


def test_a_lead_left_without_content_words_stores_no_blanked_vector(tmp_path: Path) -> None:
    """An article whose lead, particulars blanked, keeps fewer than ``masked_min_words`` content words (its
    title a name alone) is stored with its vector alone: no candidate is ever scored ``masked_penalty`` less
    against an arbitrary similarity; one whose lead says a happening is stored with both."""
    from newsloupe.stories.adapter import features

    rng = np.random.default_rng(3)

    def embed(texts: list[str]) -> np.ndarray:
        v = rng.normal(size=(len(texts), 512)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    named = {**body_doc(""), "title": "Quillbury", "paragraphs": []}
    named["places"] = [{"text": "Quillbury", "kind": "city", "country": "GB"}]
    told = body_doc("Eleven buses burnt overnight at the depot of Quillbury, and nobody was hurt.")
    told["title"] = "Bus fire at the depot"
    with Store(tmp_path / "m.db") as store:
        c = store.conn
        params = dataclasses.replace(PARAMS, masked_penalty=0.1)  # the option (off by default since 34.3)
        linker = Linker(c, params, embed=embed)  # type: ignore[arg-type]
        for aid, doc in ((1, named), (2, told)):
            c.execute(
                "INSERT INTO articles(id, doc_id, content_hash, language, published, title, text, meta, ingested_at)"
                " VALUES (?, ?, ?, 'en', '2031-05-04', ?, ?, '{}', '2031-05-04')",
                (aid, f"d{aid}", f"h{aid}", doc["title"], doc["text"]),
            )
        docs = {1: named, 2: told}
        row = {"published": "2031-05-04", "dup_group": None, "outlet": None, "language": "en"}
        linker.load = lambda aid: (features(docs[aid], published="2031-05-04"), row)  # type: ignore[method-assign]
        assert linker.assign(1) is not None and linker.assign(2) is not None
        lengths = dict(c.execute("SELECT article_id, length(vec) FROM story_articles"))
    assert lengths == {1: 512, 2: 1024}


def test_the_article_page_lists_the_recurring_claims_newsloupe_claims_lists(db: Path, tmp_path: Path) -> None:
    """A claim is recurring when it is found in two articles or more, on the article page as in ``newsloupe
    claims``: a claim of two statements of one article (two things one article says) is listed by neither."""
    path = tmp_path / "c.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        aid, first, second = c.execute(
            "SELECT article_id, min(id), max(id) FROM statements WHERE claim_id IS NULL"
            " GROUP BY article_id HAVING count(*) >= 2 ORDER BY article_id LIMIT 1"
        ).fetchone()
        cid = c.execute(
            "INSERT INTO claims(first_occurrence, text, n_occurrences) VALUES (?, 'x', 2)", (first,)
        ).lastrowid
        c.execute("UPDATE statements SET claim_id = ? WHERE id IN (?, ?)", (cid, first, second))
        c.commit()
        recurring = set(q.claim_ids(c))
        assert recurring and cid not in recurring
        listed: set[int] = set()
        for (art,) in c.execute("SELECT id FROM articles").fetchall():
            listed |= {x["id"] for x in q.article_links(c, art)["claims"]}
        assert listed == recurring  # every article's list, together, is the claims list
        assert cid not in {x["id"] for x in q.article_links(c, aid)["claims"]}
        story = q.article_links(c, aid)["story"]["id"]
        shown = {x["claim"] for x in q.story(c, story, details=True)["claims"]}
        assert cid not in shown and shown <= recurring  # the story page lists them so too
        assert cid in q.claim_ids(c, min_articles=1)  # still a claim, one that does not recur


def test_close_wording_marks_the_occurrences_said_alike_in_another_article(tmp_path: Path) -> None:
    """Occurrences of a claim whose vectors are :data:`CLOSE_WORDING` alike across two articles are marked
    ``close`` (the article page lists their claim first); a looser member is not, nor two alike statements of
    one article."""
    said = _unit((0, 1.0))
    again = _unit((0, 0.8), (1, 0.6))  # 0.8 from ``said``
    loose = _unit((0, 0.4), (2, float(np.sqrt(0.84))))  # 0.4 from both
    assert float(said @ again) >= q.CLOSE_WORDING > float(said @ loose)
    rows = [(1, 2, said), (2, 2, again), (3, 2, loose), (1, 1, said), (1, 1, said), (3, 1, loose)]
    with Store(tmp_path / "c.db") as store:
        c = store.conn
        for n in (1, 2, 3):
            c.execute(
                "INSERT INTO articles (id, doc_id, content_hash, text, meta, ingested_at, language)"
                " VALUES (?, ?, ?, 'x', '{}', '2026-01-01', 'en')",
                (n, f"d{n}", f"h{n}"),
            )
        for cid in (1, 2):
            c.execute(
                "INSERT INTO claims (id, first_occurrence, text, n_occurrences) VALUES (?, ?, 'x', 3)", (cid, cid)
            )
        for sid, (aid, cid, vec) in enumerate(rows, start=1):
            c.execute(
                'INSERT INTO statements (id, article_id, claim_id, start, "end", text, kind, hedged, vec)'
                " VALUES (?, ?, ?, 0, 1, 'x', 'unsourced', 0, ?)",
                (sid, aid, cid, quantize(vec)),
            )
        c.commit()
        close = q.claim(c, 2)
        loose_claim = q.claim(c, 1)
        assert close is not None and loose_claim is not None
        assert [o["close"] for o in close["occurrences"]] == [True, True, False]
        assert close["close_articles"] == 2
        assert loose_claim["close_articles"] == 0 and not any(o["close"] for o in loose_claim["occurrences"])
        listed = q.article_links(c, 1)["claims"]
        assert [(x["id"], x["close"]) for x in listed] == [(2, True), (1, False)]
        assert [(x["id"], x["close"]) for x in q.article_links(c, 3)["claims"]] == [(1, False), (2, False)]


def test_close_wording_in_one_language_needs_shared_words(tmp_path: Path) -> None:
    """(stop 49) Two sentences of one language on one subject, written apart, can be :data:`CLOSE_WORDING` alike
    in the encoder: they are in close wording only when they share words; a translation needs none."""
    said = _unit((0, 1.0))
    again = _unit((0, 0.8), (1, 0.6))
    texts = [
        (1, "en", "The inquiry report would mark the end of Vellan's two-year investigation."),
        (2, "en", "Vellan took over the harbour file last spring to look into the contracts."),
        (3, "fr", "Le rapport marquerait la fin de l'enquête de Vellan, menée depuis deux ans."),
        (4, "en", "The inquiry report would mark the end of Vellan's two-year investigation, officials said."),
    ]
    with Store(tmp_path / "w.db") as store:
        c = store.conn
        for n, lang, _ in texts:
            c.execute(
                "INSERT INTO articles (id, doc_id, content_hash, text, meta, ingested_at, language)"
                " VALUES (?, ?, ?, 'x', '{}', '2026-01-01', ?)",
                (n, f"d{n}", f"h{n}", lang),
            )
        c.execute("INSERT INTO claims (id, first_occurrence, text, n_occurrences) VALUES (1, 1, 'x', 2)")
        c.execute("INSERT INTO claims (id, first_occurrence, text, n_occurrences) VALUES (2, 3, 'x', 2)")
        c.execute("INSERT INTO claims (id, first_occurrence, text, n_occurrences) VALUES (3, 5, 'x', 2)")
        pairs = [(1, 1, said), (2, 1, again), (1, 2, said), (3, 2, again), (1, 3, said), (4, 3, again)]
        for sid, (aid, cid, vec) in enumerate(pairs, start=1):
            c.execute(
                'INSERT INTO statements (id, article_id, claim_id, start, "end", text, kind, hedged, vec)'
                " VALUES (?, ?, ?, 0, 1, ?, 'unsourced', 0, ?)",
                (sid, aid, cid, texts[aid - 1][2], quantize(vec)),
            )
        c.commit()
        apart, translated, again_said = (q.claim(c, n) for n in (1, 2, 3))
        assert apart is not None and translated is not None and again_said is not None
        assert apart["close_articles"] == 0  # one subject, other words
        assert translated["close_articles"] == 2  # another language: the vectors decide
        assert again_said["close_articles"] == 2  # the same sentence printed again


def test_close_wording_counts_only_across_outlets(tmp_path: Path) -> None:
    """One outlet's line printed again in its own articles (a masthead, a reader prompt) is no close wording:
    two occurrences said alike count only in articles of two outlets (spellings of one outlet are one)."""
    said = _unit((0, 1.0))
    with Store(tmp_path / "o.db") as store:
        c = store.conn
        for n, outlet in ((1, "Le Courrier du Vallon"), (2, "le courrier du vallon"), (3, "La Gazette des Hauts")):
            c.execute(
                "INSERT INTO articles (id, doc_id, content_hash, text, meta, ingested_at, language, outlet)"
                " VALUES (?, ?, ?, 'x', '{}', '2026-01-01', 'fr', ?)",
                (n, f"d{n}", f"h{n}", outlet),
            )
        c.execute("INSERT INTO claims (id, first_occurrence, text, n_occurrences) VALUES (1, 1, 'x', 2)")
        c.execute("INSERT INTO claims (id, first_occurrence, text, n_occurrences) VALUES (2, 3, 'x', 2)")
        for sid, aid, cid in ((1, 1, 1), (2, 2, 1), (3, 1, 2), (4, 3, 2)):
            c.execute(
                'INSERT INTO statements (id, article_id, claim_id, start, "end", text, kind, hedged, vec)'
                " VALUES (?, ?, ?, 0, 1, 'x', 'unsourced', 0, ?)",
                (sid, aid, cid, quantize(said)),
            )
        c.commit()
        assert q.close_statements(c, 1) == set()
        assert q.close_statements(c, 2) == {3, 4}


def test_a_candidate_holding_little_of_the_particulars_scores_less(tmp_path: Path) -> None:
    """A candidate of the article's language that holds less than ``particular_floor`` of its retrieval
    weight (the rare names and keys the two share) scores ``particular_penalty`` less; one in another
    language, or one the article's retrieval did not weigh (a test's), does not (stop 37)."""
    from newsloupe.stories.assign import Pool

    pool = Pool(ids=[], articles=[], claims=[], vecs=[], langs=[], hedged=[])
    with Store(tmp_path / "a.db") as store:
        linker = Linker(store.conn, embed=lambda texts: None)  # type: ignore[arg-type]
        none = np.zeros((0, 512), dtype=np.float32)

        shares = {1: PARAMS.particular_floor / 2, 2: PARAMS.particular_floor * 2, 3: 1.0}

        def score(other: int, crossed: bool) -> float:
            flags = (2, crossed, False, True, False, shares[other], False)  # the share travels with the candidate
            return linker._matched([(0.3, 0.45, 0.5, other, 10, *flags)], none, pool)[0][0]

        alone = PARAMS.w_vec_alone * 0.45 + PARAMS.w_keys_alone * 0.5
        assert PARAMS.particular_penalty > 0
        assert score(1, False) == pytest.approx(alone - PARAMS.particular_penalty)  # one president shared, nothing else
        assert score(2, False) == pytest.approx(alone)  # the town and the guard's name shared too
        assert score(3, False) == pytest.approx(alone)  # not weighed
        assert score(1, True) == pytest.approx(alone + PARAMS.story_cross_language_bonus)  # names differ by language


def test_a_large_story_is_joined_on_the_best_half_of_its_members(db: Path, tmp_path: Path) -> None:
    """A story of ``story_cohesive_from`` articles or more is scored on the mean of its best half (a member
    that is no candidate counting 0): an article near its best five only (a theme's chain) opens a story;
    a smaller story is still joined on its best five (stop 37)."""
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        aid, story = c.execute("SELECT article_id, story_id FROM story_articles ORDER BY article_id LIMIT 1").fetchone()
        linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
        feats = linker.load(aid)[0]  # type: ignore[index]
        near_five = [(0.4, 0.45, 0.3, aid, story)] * 5
        size = c.execute("SELECT COUNT(*) FROM story_articles WHERE story_id = ?", (story,)).fetchone()[0]
        small = dataclasses.replace(PARAMS, story_cohesive_from=size + 1)
        assert Linker(c, params=small, embed=lambda texts: None)._story(aid, feats, {}, near_five) == story  # type: ignore[arg-type]
        big = dataclasses.replace(PARAMS, story_cohesive_from=size, story_cohesive_share=12 / size)
        new = Linker(c, params=big, embed=lambda texts: None)._story(aid, feats, {}, near_five)  # type: ignore[arg-type]
        assert new != story  # 5 x 0.4 over 12 members: 0.167, under the threshold
        near_all = [(0.4, 0.45, 0.3, aid, story)] * 12
        assert Linker(c, params=big, embed=lambda texts: None)._story(aid, feats, {}, near_all) == story  # type: ignore[arg-type]


def test_a_story_of_seventy_can_still_be_joined(db: Path, tmp_path: Path) -> None:
    """The best half of a large story is read among the candidates only: its count is capped at
    ``candidates``, so a story of seventy articles whose members fill the candidates is joined (before, 35
    members were asked of 30 candidates and the mean could not reach the threshold)."""
    path = tmp_path / "copy.db"
    shutil.copy(db, path)
    with Store(path) as store:
        c = store.conn
        aid, story = c.execute("SELECT article_id, story_id FROM story_articles ORDER BY article_id LIMIT 1").fetchone()
        c.execute("UPDATE stories SET n_articles = 70 WHERE id = ?", (story,))
        linker = Linker(c, embed=lambda texts: None)  # type: ignore[arg-type]
        feats = linker.load(aid)[0]  # type: ignore[index]
        score = PARAMS.story_threshold + 0.02
        assert score * PARAMS.candidates / 35 < PARAMS.story_threshold  # what the uncapped half read
        full = [(score, 0.45, 0.3, aid, story)] * PARAMS.candidates
        assert linker._story(aid, feats, {}, full) == story
        half = [(score, 0.45, 0.3, aid, story)] * (PARAMS.candidates // 2)
        assert linker._story(aid, feats, {}, half) != story  # half the candidates: still the cohesion asked


def test_a_stored_relaying_statement_stays_out_of_the_story_match(tmp_path: Path) -> None:
    """A statement that relays another content is stored with its flag (``statements.relays``) and a later
    article's story match reads it not: a candidate whose only statement close to the article's is a relaying
    one scores as a candidate without statements (claims still read it: it stays in the pool)."""
    rng = np.random.default_rng(11)
    facts = rng.normal(size=(2, 512)).astype(np.float32)
    facts /= np.linalg.norm(facts, axis=1, keepdims=True)
    with Store(tmp_path / "r.db") as store:
        linker = _stored_linker(store, ["A mayor opened a bridge.", "A mayor closed a school."], rng)
        for aid, relays in ((1, 1), (2, 0)):
            store.conn.execute(
                'INSERT INTO statements(article_id, start, "end", text, kind, vec, relays)'
                " VALUES (?, 0, 5, 'said', 'content', ?, ?)",
                (aid, quantize(facts[0]), relays),
            )
        pool = linker._pool([1, 2])
        assert pool.relays == [True, False] and pool.articles == [1, 2]
        scored = [(0.3, 0.45, 0.5, 1, 1), (0.3, 0.45, 0.5, 2, 2)]
        out = {t[3]: t[0] for t in linker._matched(scored, facts[:1], pool, flags=False)}
        p = PARAMS
        assert out[1] == pytest.approx(p.w_vec_alone * 0.45 + p.w_keys_alone * 0.5)  # its statement masked
        assert out[2] == pytest.approx(p.w_vec * 0.45 + p.w_keys * 0.5 + p.w_match * 1.0, abs=1e-2)


def test_a_claim_holds_one_statement_of_an_article_unless_repeated() -> None:
    from collections import Counter

    from newsloupe.stories.assign import not_repeated, over_cap

    # the article's earlier statements: the first in claim 7, the second in claim 9, the third in no claim
    own_claims = [7, 9, None]
    sims = np.array([0.72, 0.41, 0.95], dtype=np.float32)
    # claim 7 holds a statement this one repeats (0.72); claim 9 one it does not (0.41)
    assert not_repeated(own_claims, sims, 0.7) == {9}
    # two statements of the article allowed: claim 9 holds one, so it may be joined
    assert not_repeated(own_claims, sims, 0.7, cap=2) == set()
    assert over_cap(Counter({1: 1, 2: 1}), Counter({2: 1, 3: 1}), 1)
    assert not over_cap(Counter({1: 1}), Counter({2: 1, 3: 1}), 1)
    assert not over_cap(Counter({1: 1, 2: 1}), Counter({2: 1}), 2)


def test_an_undated_candidate_loses_only_when_its_statements_do_not_retell() -> None:
    from newsloupe.stories.assign import undated_loss

    on = dataclasses.replace(PARAMS, undated_penalty=0.05)
    assert undated_loss(None, 0.1, on) == 0.05
    assert undated_loss(None, None, on) == 0.05
    assert undated_loss(None, on.gap_strong_match + 0.01, on) == 0.0
    assert undated_loss(3, 0.1, on) == 0.0  # dated: the day penalties read it
    assert undated_loss(None, 0.1, PARAMS) == 0.0  # off as shipped


def test_check24_floors(tmp_path: Path) -> None:
    """samples/stories-check24 (invented; unseen at stop 44, read once with linker 39.11 at stories 0.800, claims
    0.581; the stop's starting code the same; stories44's reprint rule read it 0.695 and was withdrawn; a
    development set from stop 45, its errors read by stories45): the figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c24.db", CORPUS.parent / "stories-check24")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.79, result["stories"]
    assert result["claims"]["f1"] >= 0.55, result["claims"]  # 0.558 from linker 39.21 (anchor_common_share 0.10)


def test_check25_floors(tmp_path: Path) -> None:
    """samples/stories-check25 (invented; unseen at stop 45, read once with linker 39.12 at stories 0.645, claims
    0.752; the stop's starting code the same; a development set from stop 46, its errors read by stories46): the
    figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c25.db", CORPUS.parent / "stories-check25")
    assert result["articles"] == 43
    assert result["stories"]["f1"] >= 0.64, result["stories"]
    assert result["claims"]["f1"] >= 0.75, result["claims"]


def test_check26_floors(tmp_path: Path) -> None:
    """samples/stories-check26 (invented; unseen at stop 46, read once with linker 39.15 at stories 0.682, claims
    0.696; the stop's starting code, linker 39.13: 0.682 / 0.655; a development set from stop 47, its errors read by
    stories47): the figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c26.db", CORPUS.parent / "stories-check26")
    assert result["articles"] == 43
    assert result["stories"]["f1"] >= 0.68, result["stories"]
    assert result["claims"]["f1"] >= 0.58, result["claims"]  # 0.590 from linker 39.21 (anchor_common_share 0.10)


def test_check27_floors(tmp_path: Path) -> None:
    """samples/stories-check27 (invented; written apart and unseen at stop 47, read once with linker 39.18 at stories
    0.475, claims 0.390, the same as the stop's starting code, linker 39.16; one predicted story chains five gold
    stories of the twinned towns; a development set from stop 48, its errors read by stories48): the figures do not
    fall below that read. From linker 39.19 (a story of more than five candidate members joined on them all) 0.556
    / 0.469: the cycle sportive's reports leave the chain, the pony trek stays in it with the minibus crash. At stop
    50's merge (attributions 124: other statements) 0.651 / 0.447."""
    result, _ = _assigned(tmp_path / "c27.db", CORPUS.parent / "stories-check27")
    assert result["articles"] == 42
    assert result["stories"]["f1"] >= 0.55, result["stories"]
    assert result["claims"]["f1"] >= 0.44, result["claims"]


def test_check28_floors(tmp_path: Path) -> None:
    """samples/stories-check28 (invented; written apart and unseen at stop 48, read once with linker 39.19 at stories
    0.444, claims 0.604, the same as the stop's starting code, linker 39.18; twelve predicted stories for twenty gold:
    the twinned towns' events chained; 0.630 / 0.661 from linker 39.21, anchor_common_share 0.10, set after that
    read; a development set from stop 49, its errors read by stories49): the figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c28.db", CORPUS.parent / "stories-check28")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.44, result["stories"]
    assert result["claims"]["f1"] >= 0.60, result["claims"]


def test_check29_floors(tmp_path: Path) -> None:
    """samples/stories-check29 (invented; written apart and unseen at stop 49, read once with linker 39.23 at stories
    0.681, claims 0.523, the same as the stop's starting code, linker 39.21; a development set from stop 50, its
    errors read by stories50): the figures do not fall below that read."""
    result, _ = _assigned(tmp_path / "c29.db", CORPUS.parent / "stories-check29")
    assert result["articles"] == 44
    assert result["stories"]["f1"] >= 0.68, result["stories"]
    assert result["claims"]["f1"] >= 0.52, result["claims"]


def test_check30_floors(tmp_path: Path) -> None:
    """samples/stories-check30 (invented; written apart and unseen at stop 50, read once with linker 39.25 at stories
    0.782, claims 0.464; the stop's starting code, linker 39.23: 0.782 / 0.448): the figures do not fall below that
    read."""
    result, _ = _assigned(tmp_path / "c30.db", CORPUS.parent / "stories-check30")
    assert result["articles"] == 42
    assert result["stories"]["f1"] >= 0.78, result["stories"]
    assert result["claims"]["f1"] >= 0.46, result["claims"]


def test_a_name_most_of_the_corpus_holds_anchors_nothing(tmp_path: Path) -> None:
    """With ``anchor_common_share`` set, a key or name that that share of the stored articles holds (and at least
    ``anchor_common_min``) anchors no candidate: a town whose every happening the corpus reports (or its twin,
    named in each of them) tells no story. A candidate that also shares a rarer name stays anchored; off, the
    town's name anchors every candidate. On (0.10) from linker 39.21."""
    from newsloupe.stories.adapter import features

    rng = np.random.default_rng(48)
    texts = [f"The council of Harrowdene met about the {x} on Tuesday." for x in ("roof", "bins", "park", "lights")]
    texts.append("The ferry Pellmarsh left Harrowdene late on Tuesday.")
    with Store(tmp_path / "t.db") as store:
        _stored_linker(store, texts, rng)
        off = Linker(store.conn, dataclasses.replace(PARAMS, anchor_common_share=0.0), embed=lambda texts: None)  # type: ignore[arg-type]
        doc = body_doc("The ferry Pellmarsh ran aground off Harrowdene, its crew said.")
        new = features(doc, published="2031-05-05")
        vec = rng.normal(size=512).astype(np.float32)
        vec /= np.linalg.norm(vec)
        assert {t[3]: t[8] for t in off._candidates(new, vec)} == dict.fromkeys(range(1, 6), True)
        assert PARAMS.anchor_common_share == 0.10  # on from linker 39.21: five of five articles hold the town
        on_params = dataclasses.replace(PARAMS, anchor_common_share=0.5, anchor_common_min=3)
        on = Linker(store.conn, on_params, embed=lambda texts: None)  # type: ignore[arg-type]
        found = {t[3]: t[8] for t in on._candidates(new, vec)}
        assert found == {1: False, 2: False, 3: False, 4: False, 5: True}  # the ferry's name anchors the fifth
        few = dataclasses.replace(on_params, anchor_common_min=6)  # five articles: under the least count
        assert all(t[8] for t in Linker(store.conn, few, embed=lambda texts: None)._candidates(new, vec))  # type: ignore[arg-type]


def test_a_story_of_more_than_five_candidate_members_is_joined_on_them_all(tmp_path: Path) -> None:
    """From linker 39.19 a story with more than ``story_link`` members among the candidates is scored on the mean
    of its best ``story_agree_share`` of them (1.0: all), not of its best five: an article close to the three
    members of another event that chained into a story, and far from its four others, opens a story of its own.
    A story of five candidate members is scored on its five as before; off (0), on the best five."""
    from newsloupe.stories.adapter import features

    p = PARAMS
    assert p.story_agree_share == 1.0 and p.story_link == 5
    seven = [0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1]  # best five 0.34, all seven 0.27: the threshold 0.29 between

    def scored(scores: list[float]) -> list[tuple]:
        return [(s, 0.5, 0.0, 100 + n, 77, 1, False, False, True, False, 1.0, False) for n, s in enumerate(scores)]

    with Store(tmp_path / "t.db") as store:
        linker = _stored_linker(store, ["The mill in Quarrend closed its gates on Monday."], np.random.default_rng(5))
        feats = features(
            body_doc("The weir at Quarrend gave way after the rain, the keeper said."), published="2031-05-05"
        )
        assert linker._story(2, feats, {}, scored(seven)) != 77  # a story of its own
        assert linker._story(3, feats, {}, scored(seven[:5])) == 77  # five: their mean 0.34
        off = Linker(store.conn, dataclasses.replace(p, story_agree_share=0.0), embed=lambda texts: None)  # type: ignore[arg-type]
        assert off._story(4, feats, {}, scored(seven)) == 77


def test_a_story_is_no_easier_to_join_at_eight_articles_than_at_seven(tmp_path: Path) -> None:
    """From linker 39.20 a story of ``story_cohesive_from`` articles or more is scored on the lower of its two
    scores (all its candidate members; its best half, a member absent from the candidates counting 0): before, the
    best half replaced the mean of them all, and an article near three of eight members joined a story of eight
    that it would not have joined at seven."""
    from newsloupe.stories.adapter import features

    p = PARAMS
    assert p.story_cohesive_from == 8 and p.story_cohesive_share == 0.5 and p.story_agree_share == 1.0
    eight = [0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1]  # all eight 0.25, the best five 0.34: the threshold 0.29 between

    def scored(scores: list[float]) -> list[tuple]:
        return [(s, 0.5, 0.0, 100 + n, 77, 1, False, False, True, False, 1.0, False) for n, s in enumerate(scores)]

    with Store(tmp_path / "t.db") as store:
        linker = _stored_linker(store, ["The mill in Quarrend closed its gates on Monday."], np.random.default_rng(5))
        store.conn.execute("INSERT INTO stories(id, first_article, n_articles) VALUES (77, 1, 7)")
        feats = features(
            body_doc("The weir at Quarrend gave way after the rain, the keeper said."), published="2031-05-05"
        )
        assert linker._story(2, feats, {}, scored(eight[:7])) != 77  # seven articles: their mean 0.27
        store.conn.execute("UPDATE stories SET n_articles = 8 WHERE id = 77")
        assert linker._story(3, feats, {}, scored(eight)) != 77  # eight: 0.25 (39.19 read the best five, 0.34)
        assert linker._story(4, feats, {}, scored([0.4] * 8)) == 77  # near them all: joined
        assert linker._story(5, feats, {}, scored([0.4] * 3)) != 77  # three candidate members: 1.2 / 5, 0.24


def test_an_articles_event_facts_are_its_days_and_figures() -> None:
    """``Features.event_days``: the days its dates resolve to (an inferred or coarser date none); ``figures``: its
    counts of three or more read in digits and in its language's words, a date's number left out."""
    from newsloupe.stories.adapter import day_number, features

    text = "Six hikers were rescued on Saturday 3 May after 14 hours. Two dogs too. In May 2031 the path reopened."
    doc = body_doc(text)

    def span(words: str, resolution: str, value: str, inferred: bool = False) -> dict[str, Any]:
        start = text.index(words)
        end = start + len(words)
        return {"start": start, "end": end, "resolution": resolution, "value": value, "inferred": inferred}

    doc["dates"] = [
        span("Saturday 3 May", "day", "2031-05-03"),
        span("May 2031", "month", "2031-05"),
        span("the path", "day", "2031-05-01", inferred=True),  # (an inferred day: no day of the event)
    ]
    assert not features(doc, published="2031-05-04").figures  # (read only when asked: a fact penalty on)
    feats = features(doc, published="2031-05-04", facts=True)
    assert feats.event_days == {day_number("2031-05-03")}
    assert feats.figures == {6.0, 14.0}  # (two: under fact_figure_min; 3 and 2031: in the dates)


def test_a_candidate_whose_days_and_figures_are_not_the_articles_scores_less(tmp_path: Path) -> None:
    """Stored facts are read back for the candidates (:meth:`Linker._facts`), and with ``fact_date_penalty`` /
    ``fact_figure_penalty`` set a candidate naming none of the article's days (within ``fact_day_tolerance``) or
    none of its figures scores that much less (``fact_both_penalty`` more when both); one that shares a day or a
    figure, or whose statements retell the article's (``fact_strong_match``), does not. Off as shipped (stop 49:
    measured over the thirty story sets, it lifts the fresh twin-town sets and lowers the older ones)."""
    from newsloupe.stories.assign import Pool, quantize

    rng = np.random.default_rng(49)
    with Store(tmp_path / "f.db") as store:
        linker = _stored_linker(store, ["Forty guests fled on 2 May.", "A barn burned."], rng)
        facts = linker._facts([1, 2, 3])
        assert facts[1][1] == {40.0} and 2 not in facts and 3 not in facts  # (no date span: no day stored)
        on = dataclasses.replace(
            PARAMS, fact_date_penalty=0.05, fact_figure_penalty=0.04, fact_both_penalty=0.02, fact_strong_match=0.9
        )
        mine = rng.normal(size=(1, 512)).astype(np.float32)
        mine /= np.linalg.norm(mine)
        far = rng.normal(size=512).astype(np.float32)
        vecs = [quantize(far / np.linalg.norm(far))] * 3 + [quantize(mine[0])]
        pool = Pool(
            ids=[1, 2, 3, 4], articles=[1, 2, 3, 4], claims=[None] * 4, vecs=vecs, langs=["en"] * 4, hedged=[False] * 4
        )

        def cand(aid: int, days: bool, figures: bool) -> tuple[Any, ...]:
            return (0.3, 0.5, 0.4, aid, aid * 10, 2, False, False, True, False, 0.5, False, days, figures)

        scored = [cand(1, False, False), cand(2, True, False), cand(3, True, True), cand(4, True, True)]
        out = {t[3]: t[0] for t in Linker(store.conn, on, embed=lambda t: None)._matched(scored, mine, pool)}  # type: ignore[arg-type]
        assert out[2] == pytest.approx(out[1] - 0.05, abs=1e-6)
        assert out[3] == pytest.approx(out[1] - 0.11, abs=1e-6)  # (both apart: the two and the both penalty)
        assert out[4] > out[1]  # its statement is the article's: retold, no fact penalty
        off = {t[3]: t[0] for t in Linker(store.conn, embed=lambda t: None)._matched(scored[:3], mine, pool)}  # type: ignore[arg-type]
        assert off[1] == pytest.approx(out[1]) and off[3] == pytest.approx(off[1])  # (off as shipped)


def test_the_events_facts_break_a_tie_between_two_stories(tmp_path: Path) -> None:
    """With ``fact_tie_margin`` set (0.10 as shipped since stop 50), of two stories the article could join (both at
    the threshold or more, within the margin of the best), the one a candidate of which shares a day or a figure with
    the article (``Linker._agree`` 1) is chosen before one whose candidates are apart (-1); beyond the margin, or off,
    the best score wins, and the tie-breaker never opens a new story."""
    from newsloupe.stories.adapter import features

    rng = np.random.default_rng(50)
    with Store(tmp_path / "t.db") as store:
        texts = ["A barn burned on 3 May.", "Six riders fell on 4 May.", "The mill closed."]
        _stored_linker(store, texts, rng)
        scored = [(0.40, 0.50, 0.30, 1, 10), (0.35, 0.45, 0.30, 2, 20)]  # story 10 the better, its candidate apart
        feats = (features(body_doc(texts[2]), published="2031-05-04"),)
        on = Linker(store.conn, dataclasses.replace(PARAMS, fact_tie_margin=0.10), embed=lambda t: None)  # type: ignore[arg-type]
        off = Linker(store.conn, dataclasses.replace(PARAMS, fact_tie_margin=0.0), embed=lambda t: None)  # type: ignore[arg-type]
        assert on.params.reads_facts() and PARAMS.reads_facts() and not off.params.reads_facts()
        off._agree = {1: -1, 2: 1}
        on._agree = {1: -1, 2: 1}
        assert on._story(3, feats[0], {}, scored) == 20
        assert off._story(3, feats[0], {}, scored) == 10  # (off: the better score)
        near = Linker(store.conn, dataclasses.replace(PARAMS, fact_tie_margin=0.03), embed=lambda t: None)  # type: ignore[arg-type]
        near._agree = {1: -1, 2: 1}
        assert near._story(3, feats[0], {}, scored) == 10  # 0.05 apart: beyond the margin
        on._agree = {1: 1, 2: 1}
        assert on._story(3, feats[0], {}, scored) == 10  # both agree: the better score
        low = [(0.40, 0.50, 0.30, 1, 10), (0.25, 0.45, 0.30, 2, 20)]  # story 20 under the threshold
        on._agree = {1: -1, 2: 1}
        assert on._story(3, feats[0], {}, low) == 10


def test_two_statements_naming_other_particulars_link_less_easily(tmp_path: Path) -> None:
    """With ``claim_particulars_penalty`` (off as shipped) a statement 0.38 from a member (over the member
    threshold, 0.35) joins its claim when the two name a particular in common (the town, a figure) or when one
    names none, and stays alone when both name particulars and share none (two sentences of one subject)."""
    assert PARAMS.claim_particulars_penalty == 0.0
    on = dataclasses.replace(PARAMS, claim_particulars_penalty=0.05)
    members = [_unit((0, 1.0)), _unit((0, 0.9), (1, float(np.sqrt(1 - 0.81))))]
    texts = ["The council of Arlenby voted 12 to 3 for the bypass.", "In Arlenby the bypass vote went 12 to 3."]
    new = _unit((0, 0.38), (2, float(np.sqrt(1 - 0.38**2))))
    apart = "The mayor of Brixmoor resigned after 40 years in office."
    shared = "The mayor of Arlenby resigned after the bypass vote."
    none = "The mayor resigned after the vote on the new road."
    assert _claims_after(tmp_path / "off.db", members, [1, 1], new, texts=texts, new_text=apart)[-1] == 1
    assert _claims_after(tmp_path / "apart.db", members, [1, 1], new, on, texts=texts, new_text=apart)[-1] is None
    assert _claims_after(tmp_path / "shared.db", members, [1, 1], new, on, texts=texts, new_text=shared)[-1] == 1
    assert _claims_after(tmp_path / "none.db", members, [1, 1], new, on, texts=texts, new_text=none)[-1] == 1
