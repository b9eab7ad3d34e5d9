"""How large the claims grow on real news: a corpus of real articles, no gold.

``python -m newsloupe.lab.claims_sizes --build DIR [--extra N]`` writes ``DIR/corpus.jsonl`` from the
real articles beside the repository (``../shared``): the 60 fr-news and 12 en-news articles and ``N``
(default 100) other SemEval-2023 training articles of each of French and English, chosen with a fixed
seed, each given an invented publication date within four weeks (the linker reads dates). The corpus
stays outside the repository (third-party text).

``python -m newsloupe.lab.claims_sizes --stores DIR [--set NAME=VALUE …] [--show N] CORPUS``
analyses the corpus once into a kept store (:func:`~newsloupe.lab.claims_relink.kept_store`), links
its stories and claims again with the shipped parameters (those ``--set`` overrides) and prints:

- the claims' size distribution (statements a claim holds);
- the share of the statements in claims that are in claims of more than 10 statements;
- the claims whose statements are all in one article (a claim recurs across articles);
- the ``N`` largest claims (statements, articles, stories, and the first statements' beginnings), to be
  read by hand: a recurring claim is statements that say the same thing, a chain is statements of one
  subject that say different things.

The fictional story sets have few statements per article and never grow such chains; real articles
hold up to ``max_statements`` statements of one subject each (doc/choices.md, "Claims that chain",
stop 35).

``--sample-pairs FILE`` writes statement pairs of two articles to judge by hand (a JSON list, each pair
``{"a": [doc id, start, end], "b": [...], "stratum": …, "sim": …, "same": null, "texts": [...]}``):
``--linked N`` pairs the linker joins (half drawn over every joined pair, half one pair of a claim drawn
over the claims of two articles or more) and ``--near N`` pairs it does not join whose vectors are
``NEAR`` similar or more, drawn with ``--pairs-seed``. The file holds third-party sentences: it stays
outside the repository.
``--gold FILE`` reads such a file once judged (``"same"`` true or false: one proposition, the same
actors and figures; one topic is not one claim) and prints the linker's pair precision over the judged
pairs it joins and its recall over the pairs judged the same (pairs keyed by article and span, so a
relink with other parameters is scored on the same gold).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from newsloupe.lab import SHARED
from newsloupe.lab.claims_relink import kept_store, parse_assignments, parse_value
from newsloupe.store import Store
from newsloupe.stories.assign import PARAMS, Linker, Params, dequantize, reset

BIG = 10  # a claim of more statements than this is counted apart
SEED = 35
NEAR = 0.5  # least vector similarity of a near pair the linker does not join (``--sample-pairs``)
START = date(2022, 3, 1)  # the invented dates: START .. START + DAYS
DAYS = 28


def build(out: Path, extra: int = 100, shared: Path = SHARED) -> int:
    """Write ``out/corpus.jsonl`` (see the module's doc); RETURNS the number of articles written.

    RAISES (SystemExit): the shared data is absent (a user's clone has none).
    """
    gold = [shared / "gold" / "fr-news" / "fr-news.jsonl", shared / "gold" / "en-news" / "en-news.jsonl"]
    sem = shared / "data" / "semeval2023"
    if not all(p.exists() for p in gold) or not sem.exists():
        raise SystemExit(f"the real articles are not there ({shared}/gold, {shared}/data/semeval2023)")
    rng = random.Random(SEED)
    docs: list[tuple[str, str, str]] = []  # id, language, text (title on the first line)
    for path in gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            docs.append((r["id"], r["lang"], r["text"]))
    seen = {d[0] for d in docs}
    for lang in ("fr", "en"):
        files = sorted(p for p in (sem / lang / "articles").glob("article*.txt") if p.stem not in seen)
        for p in rng.sample(files, min(extra, len(files))):
            docs.append((p.stem, lang, p.read_text(encoding="utf-8")))
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "corpus.jsonl", "w", encoding="utf-8") as f:
        for n, (doc, lang, text) in enumerate(docs):
            title, _, body = text.strip().partition("\n")
            day = START + timedelta(days=rng.randrange(DAYS))
            record = {
                "id": f"{lang}-{doc}",
                "outlet": f"Outlet {n % 7 + 1}",
                "published": day.isoformat(),
                "title": title.strip(),
                "text": body.strip(),
                "language": lang,
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(docs)


def sizes(store: Store) -> dict[str, Any]:
    """The claims of an assigned store: size distribution, share in big claims, one-article claims, largest."""
    c = store.conn
    story_of = dict(c.execute("SELECT article_id, story_id FROM story_articles"))
    members: dict[int, list[tuple[int, str]]] = {}
    for cid, aid, text in c.execute(
        "SELECT claim_id, article_id, text FROM statements WHERE claim_id IS NOT NULL ORDER BY id"
    ):
        members.setdefault(cid, []).append((aid, text))
    n_statements = c.execute("SELECT count(*) FROM statements").fetchone()[0]
    claimed = sum(len(v) for v in members.values())
    big = sum(len(v) for v in members.values() if len(v) > BIG)
    bins = Counter()
    for v in members.values():
        n = len(v)
        bins["2" if n == 2 else "3-4" if n <= 4 else "5-10" if n <= BIG else "11-30" if n <= 30 else ">30"] += 1
    largest = sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {
        "statements": n_statements,
        "claims": len(members),
        "in_claims": claimed,
        "in_big": big,
        "one_article": sum(1 for v in members.values() if len({a for a, _ in v}) == 1),
        "bins": bins,
        "largest": [
            (cid, len(v), len({a for a, _ in v}), len({story_of.get(a) for a, _ in v}), [t for _, t in v])
            for cid, v in largest
        ],
    }


Key = tuple[str, int, int]  # a statement: its article's doc id, its span


def claimed(store: Store) -> tuple[list[Key], list[int | None], list[int], list[str], np.ndarray]:
    """Every statement of the store: its key, claim, article, text and vector (one a row), by id."""
    rows = store.conn.execute(
        'SELECT a.doc_id, s.start, s."end", s.claim_id, s.article_id, s.text, s.vec FROM statements s'
        " JOIN articles a ON a.id = s.article_id ORDER BY s.id"
    ).fetchall()
    keys = [(r[0], int(r[1]), int(r[2])) for r in rows]
    vecs = np.array([dequantize(r[6]) for r in rows], dtype=np.float32)
    return keys, [r[3] for r in rows], [r[4] for r in rows], [r[5] for r in rows], vecs


def sample_pairs(
    store: Store, linked: int, near: int, seed: int = SEED, near_sim: float = NEAR
) -> list[dict[str, Any]]:
    """Pairs of statements of two articles to judge (see the module's doc), in a fixed random order."""
    keys, claims, arts, texts, vecs = claimed(store)
    rng = random.Random(seed)
    by_claim: dict[int, list[int]] = {}
    for n, cl in enumerate(claims):
        if cl is not None:
            by_claim.setdefault(cl, []).append(n)
    joined = [(i, j) for m in by_claim.values() for x, i in enumerate(m) for j in m[x + 1 :] if arts[i] != arts[j]]
    picked: dict[tuple[int, int], str] = {}
    for pair in rng.sample(joined, min(linked - linked // 2, len(joined))):
        picked[pair] = "linked-pair"
    spanning = sorted(cl for cl, m in by_claim.items() if len({arts[i] for i in m}) > 1)
    for cl in rng.sample(spanning, min(linked // 2, len(spanning))):
        m = by_claim[cl]
        options = [(i, j) for x, i in enumerate(m) for j in m[x + 1 :] if arts[i] != arts[j] and (i, j) not in picked]
        if options:
            picked[rng.choice(options)] = "linked-claim"
    sims = vecs @ vecs.T if len(vecs) else np.zeros((0, 0))
    close = [
        (int(i), int(j))
        for i, j in zip(*np.nonzero(np.triu(sims, 1) >= near_sim), strict=True)
        if arts[i] != arts[j] and (claims[i] is None or claims[i] != claims[j])
    ]
    for pair in rng.sample(close, min(near, len(close))):
        picked[pair] = "near"
    out = [
        {
            "a": list(keys[i]),
            "b": list(keys[j]),
            "stratum": stratum,
            "sim": round(float(sims[i, j]), 3),
            "same": None,
            "texts": [texts[i], texts[j]],
        }
        for (i, j), stratum in picked.items()
    ]
    rng.shuffle(out)
    return out


def pair_scores(store: Store, gold: list[dict[str, Any]]) -> dict[str, Any]:
    """The store's claims scored on judged pairs: precision over the judged pairs it joins, recall over those
    judged the same, and the precision by stratum (a pair whose statement the store lacks is not scored);
    beside, how many pairs of statements of two articles the store's claims join (judged or not)."""
    keys, claims, arts, *_ = claimed(store)
    claim_of = dict(zip(keys, claims, strict=True))
    per: dict[int, Counter[int]] = {}
    for cl, art in zip(claims, arts, strict=True):
        if cl is not None:
            per.setdefault(cl, Counter())[art] += 1
    joined_pairs = sum((sum(c.values()) ** 2 - sum(v * v for v in c.values())) // 2 for c in per.values())
    return {**tally_pairs(gold, claim_of, tuple), "joined_pairs": joined_pairs}


def tally_pairs(gold: list[dict[str, Any]], group_of: dict[Any, Any], key: Any = None) -> dict[str, Any]:
    """Judged pairs (``"a"``, ``"b"``, ``"stratum"``, ``"same"``) against a grouping: a pair is joined when its
    two items (``key`` of ``"a"``/``"b"``, default as they are) have one group that is not None. Precision over the
    judged pairs joined, recall over those judged the same, joined pairs same and not by stratum, and the judged
    pairs an item of which the grouping lacks (not scored)."""
    tp = fp = fn = missing = 0
    by: dict[str, list[int]] = {}
    for g in gold:
        if g.get("same") is None:
            continue
        a, b = (g["a"], g["b"]) if key is None else (key(g["a"]), key(g["b"]))
        if a not in group_of or b not in group_of:
            missing += 1
            continue
        joined = group_of[a] is not None and group_of[a] == group_of[b]
        tp += joined and g["same"]
        fp += joined and not g["same"]
        fn += (not joined) and g["same"]
        if joined:
            by.setdefault(g["stratum"], [0, 0])[0 if g["same"] else 1] += 1
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "missing": missing,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "by_stratum": by,
    }


def report(result: dict[str, Any], show: int = 10, width: int = 70, sample: int = 0) -> str:
    """The figures of :func:`sizes` as text."""
    r = result
    share = r["in_big"] / r["in_claims"] if r["in_claims"] else 0.0
    lines = [
        f"statements {r['statements']}, in claims {r['in_claims']}, claims {r['claims']}"
        f" (of one article only: {r['one_article']})",
        "claims by statements: "
        + ", ".join(f"{k}: {r['bins'].get(k, 0)}" for k in ("2", "3-4", "5-10", "11-30", ">30")),
        f"share of the claimed statements in claims of more than {BIG}: {share:.3f} ({r['in_big']}/{r['in_claims']})",
        "largest: " + ", ".join(f"{n}" for _, n, *_ in r["largest"][:10]),
    ]
    for cid, n, arts, stories, texts in r["largest"][:show]:
        lines.append(f"claim {cid}: {n} statements, {arts} articles, {stories} stories")
        lines.extend("    " + " ".join(t.split())[:width] for t in texts[:4])
    if sample:
        # claims drawn at random (fixed seed), every statement shown: to count by hand how many say one thing
        picked = random.Random(SEED).sample(r["largest"], min(sample, len(r["largest"])))
        for cid, n, arts, stories, texts in sorted(picked, key=lambda t: t[0]):
            lines.append(f"sample claim {cid}: {n} statements, {arts} articles, {stories} stories")
            lines.extend("    " + " ".join(t.split())[:width] for t in texts[:8])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.claims_sizes", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, help="a folder holding corpus.jsonl")
    ap.add_argument("--build", type=Path, metavar="DIR", help="write DIR/corpus.jsonl from ../shared and stop")
    ap.add_argument("--extra", type=int, default=100, help="SemEval articles of each language (--build)")
    ap.add_argument("--stores", type=Path, help="folder of the kept stores")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--show", type=int, default=10, help="largest claims printed with their statements")
    ap.add_argument("--sample", type=int, default=0, help="claims drawn at random and printed, to be read")
    ap.add_argument("--width", type=int, default=70, help="characters of each statement printed")
    ap.add_argument("--sample-pairs", type=Path, metavar="FILE", help="write pairs to judge to FILE (outside the repo)")
    ap.add_argument("--linked", type=int, default=150, help="joined pairs written (--sample-pairs)")
    ap.add_argument("--near", type=int, default=100, help="near pairs not joined written (--sample-pairs)")
    ap.add_argument("--pairs-seed", type=int, default=SEED, help="seed of the drawing (--sample-pairs)")
    ap.add_argument("--gold", type=Path, metavar="FILE", help="judged pairs: print the pair precision and recall")
    args = ap.parse_args(argv)
    if args.build:
        print(f"{build(args.build, args.extra)} articles in {args.build / 'corpus.jsonl'}")
        return
    if args.corpus is None or args.stores is None:
        ap.error("give a corpus folder and --stores (or --build DIR)")
    fixed = {k: parse_value(k, v) for k, v in parse_assignments("--set", args.set).items()}
    params: Params = dataclasses.replace(PARAMS, **fixed)
    with Store(kept_store(args.corpus, args.stores)) as store:
        reset(store.conn)
        Linker(store.conn, params).assign_pending()
        print(report(sizes(store), args.show, args.width, args.sample))
        if args.sample_pairs:
            pairs = sample_pairs(store, args.linked, args.near, seed=args.pairs_seed)
            args.sample_pairs.write_text(json.dumps(pairs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"{len(pairs)} pairs to judge in {args.sample_pairs}")
        if args.gold:
            r = pair_scores(store, json.loads(args.gold.read_text(encoding="utf-8")))
            strata = ", ".join(f"{k} {v[0]}/{v[0] + v[1]}" for k, v in sorted(r["by_stratum"].items()))
            print(
                f"judged pairs: precision {r['precision']:.3f} recall {r['recall']:.3f}"
                f" (tp {r['tp']}, fp {r['fp']}, fn {r['fn']}; not found {r['missing']});"
                f" joined and same by stratum: {strata};"
                f" pairs of two articles the claims join: {r['joined_pairs']}"
            )


if __name__ == "__main__":
    main()
