"""The real-news claim sizes tool (``newsloupe.lab.claims_sizes``): its corpus builder and its figures."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsloupe.lab.claims_relink import kept_store
from newsloupe.lab.claims_sizes import BIG, DAYS, START, build, claimed, main, pair_scores, report, sample_pairs, sizes
from newsloupe.store import Store

CHECK = Path(__file__).resolve().parents[2] / "samples" / "stories-check"


def _fake_shared(root: Path) -> Path:
    """A ``../shared`` of invented articles: two gold files and three SemEval articles of each language."""
    for lang, n in (("fr", 2), ("en", 1)):
        gold = root / "gold" / f"{lang}-news"
        gold.mkdir(parents=True)
        rows = [{"id": f"article{lang}{k}", "lang": lang, "text": f"Titre {k}\n\nCorps inventé {k}."} for k in range(n)]
        (gold / f"{lang}-news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        arts = root / "data" / "semeval2023" / lang / "articles"
        arts.mkdir(parents=True)
        for k in range(3):
            (arts / f"article9{k}.txt").write_text(f"Heading {k}\n\nAn invented body {k}.", encoding="utf-8")
        (arts / f"article{lang}0.txt").write_text("A gold article again\n\nNot taken twice.", encoding="utf-8")
    return root


def test_the_corpus_holds_the_gold_articles_and_others_with_dates_in_the_window(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path / "shared")
    assert build(tmp_path / "out", extra=2, shared=shared) == 3 + 2 * 2
    rows = [json.loads(line) for line in (tmp_path / "out" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in rows]
    assert ids[:3] == ["fr-articlefr0", "fr-articlefr1", "en-articleen0"]
    assert len(set(ids)) == len(ids) and "fr-articlefr0" not in ids[3:]  # a gold article is not drawn again
    assert rows[0]["title"] == "Titre 0" and rows[0]["text"] == "Corps inventé 0." and rows[0]["language"] == "fr"
    days = {date.fromisoformat(r["published"]) for r in rows}
    assert min(days) >= START and (max(days) - START).days < DAYS
    again = tmp_path / "again"
    build(again, extra=2, shared=shared)
    assert (again / "corpus.jsonl").read_text(encoding="utf-8") == (tmp_path / "out" / "corpus.jsonl").read_text(
        encoding="utf-8"
    )  # a fixed seed: the same corpus each time


def test_building_without_the_shared_data_says_so(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not there"):
        build(tmp_path / "out", shared=tmp_path / "nothing")


def test_the_figures_count_the_store_s_claims(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = kept_store(CHECK, tmp_path, workers=0)
    with Store(path) as store:
        r = sizes(store)
        claimed = store.conn.execute("SELECT count(*) FROM statements WHERE claim_id IS NOT NULL").fetchone()[0]
        n_claims = store.conn.execute("SELECT count(DISTINCT claim_id) FROM statements").fetchone()[0]
    assert r["in_claims"] == claimed > 0 and r["claims"] == n_claims == sum(r["bins"].values())
    assert r["in_big"] == sum(n for _, n, *_ in r["largest"] if n > BIG)
    counts = [n for _, n, *_ in r["largest"]]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 2
    text = report(r, show=1, sample=2)
    assert text.count("sample claim ") == 2 and f"claim {r['largest'][0][0]}: {counts[0]} statements" in text
    main(
        [
            str(CHECK),
            "--stores",
            str(tmp_path),
            "--show",
            "0",
            "--set",
            "claim_threshold=9",
            "--set",
            "claim_member_threshold=9",
        ]
    )
    out = capsys.readouterr().out
    assert "in claims 0, claims 0" in out  # the parameters reach the linker


def test_judged_pairs_score_the_claims_that_join_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = kept_store(CHECK, tmp_path, workers=0)
    with Store(path) as store:
        pairs = sample_pairs(store, linked=6, near=4, near_sim=0.2)
        keys, claims, arts, _, _ = claimed(store)
        claim_of = dict(zip(keys, claims, strict=True))
        article_of = dict(zip(keys, arts, strict=True))
        strata = [p["stratum"] for p in pairs]
        assert "near" in strata and "linked-pair" in strata and all(p["same"] is None for p in pairs)
        for p in pairs:
            a, b = tuple(p["a"]), tuple(p["b"])
            assert article_of[a] != article_of[b]  # two articles
            joined = claim_of[a] is not None and claim_of[a] == claim_of[b]
            assert joined == (p["stratum"] != "near")
            assert p["stratum"] != "near" or p["sim"] >= 0.2 - 0.001
        # judged: every joined pair the same claim, and one near pair the same too
        near = strata.index("near")
        gold = [{**p, "same": p["stratum"] != "near" or n == near} for n, p in enumerate(pairs)]
        r = pair_scores(store, gold)
        joined = len(pairs) - strata.count("near")
        assert (r["tp"], r["fp"], r["fn"]) == (joined, 0, 1) and r["precision"] == 1.0
        assert r["recall"] == pytest.approx(joined / (joined + 1))
        every = [(k, claim_of[k], article_of[k]) for k in keys]
        assert r["joined_pairs"] == sum(
            1 for n, (_, c, a) in enumerate(every) for _, d, b in every[n + 1 :] if c is not None and c == d and a != b
        )
        # a pair the store lacks is counted apart, an unjudged one not at all
        extra = {**gold[0], "a": ["no-such-article", 0, 1]}
        assert pair_scores(store, [*gold, extra, {**gold[0], "same": None}])["missing"] == 1
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    main([str(CHECK), "--stores", str(tmp_path), "--show", "0", "--gold", str(tmp_path / "gold.json")])
    assert f"judged pairs: precision 1.000 recall {joined / (joined + 1):.3f}" in capsys.readouterr().out
