"""Stories on real news: article pairs judged by hand, the linker's pair precision and recall on them.

The fictional story sets have a gold; real news has none. This measure reads a corpus of real articles
(``python -m newsloupe.lab.claims_sizes --build DIR``: fr-news, en-news and SemEval-2023 training articles,
each given an invented date within four weeks), analysed once into a kept store
(:func:`~newsloupe.lab.claims_relink.kept_store`), and links its stories again with the shipped
parameters (or ``--set`` overrides).

``python -m newsloupe.lab.stories_real --stores DIR CORPUS --sample-pairs FILE [--linked N] [--near N]``
writes article pairs to judge (a JSON list, each ``{"a": doc id, "b": doc id, "stratum", "gap", "same":
null, "titles": [...]}``): ``--linked N`` pairs the linker puts in one story (half drawn over every such
pair, half one pair of a story drawn over the stories of two articles or more, so one big story does
not fill the draw) and ``--near N`` pairs it keeps apart that a reader could take for one story:
published at most ``NEAR_DAYS`` days apart and sharing an identity key finer than a country (a place
cell, a person, an organisation); ``--near-vec N`` pairs it keeps apart drawn among the ``NEAR_TOP`` pairs
whose article vectors are the most similar (where a missed story is likeliest). ``--sheet FILE`` writes
the same pairs as text to read (titles and leads). Both files hold third-party text: they stay outside the repository.

``--gold FILE`` reads such a file once judged (``"same"``: true when the two tell the same event or
the same developing subject, false otherwise) and prints the pair precision over the judged pairs the
linker joins and the recall over the pairs judged the same (pairs keyed by document id, so a relink
with other parameters is scored on the same gold); beside, how many of the pairs it joins are judged
(a setting that joins pairs nobody judged is not measured on them). The headline precision is the one over the
uniform strata (``linked-pair*``: pairs drawn uniformly over a run's joined pairs), that of a joined pair picked at
random; the pooled precision over every stratum over-weights small stories (``linked-story``: one pair per story) and
is no estimate of it. The rules of stories 37.1 were chosen on this same judged sample: neither figure is held out.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from newsloupe.lab.claims_relink import kept_store, parse_assignments, parse_value
from newsloupe.lab.claims_sizes import tally_pairs
from newsloupe.store import Store
from newsloupe.stories.assign import PARAMS, Linker, Params, dequantize, reset

SEED = 37
NEAR_DAYS = 1  # most days between the two articles of a near pair
NEAR_TOP = 300  # the most similar article pairs apart that ``--near-vec`` draws from
WEAK_PREFIXES = ("country:", "name:", "outlet:", "#", "fact:")  # no near pair (a country, a word, a fact)
UNIFORM_PREFIX = "linked-pair"  # the strata drawn uniformly over every pair a run joined (``--linked``'s half)


def stories(store: Store) -> dict[str, tuple[int, int | None, str]]:
    """Every assigned article: doc id -> (story id, day, title)."""
    rows = store.conn.execute(
        "SELECT a.doc_id, x.story_id, x.day, a.title FROM story_articles x JOIN articles a ON a.id = x.article_id"
    ).fetchall()
    return {r[0]: (int(r[1]), r[2], r[3] or "") for r in rows}


def shared_keys(store: Store) -> dict[str, set[str]]:
    """Every article's identity keys finer than a country: doc id -> keys."""
    out: dict[str, set[str]] = {}
    for doc, key in store.conn.execute(
        "SELECT a.doc_id, k.key FROM story_keys k JOIN articles a ON a.id = k.article_id"
    ):
        if not key.startswith(WEAK_PREFIXES):
            out.setdefault(doc, set()).add(key)
    return out


def _gap(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else abs(a - b)


def vectors(store: Store) -> tuple[list[str], np.ndarray]:
    """Every assigned article's vector (the title and lead's, as the linker stores it), one a row, by doc id."""
    rows = store.conn.execute(
        "SELECT a.doc_id, x.vec FROM story_articles x JOIN articles a ON a.id = x.article_id ORDER BY a.doc_id"
    ).fetchall()
    if not rows:
        return [], np.zeros((0, 0), dtype=np.float32)
    # the article vector first, the blanked lead's after it when there is one: the width is the statements'
    r = store.conn.execute("SELECT length(vec) FROM statements LIMIT 1").fetchone()
    dim = int(r[0]) if r else min(len(v) for _, v in rows)
    return [r[0] for r in rows], np.array([dequantize(r[1][:dim]) for r in rows], dtype=np.float32)


def sample_pairs(
    store: Store, linked: int, near: int, seed: int = SEED, near_vec: int = 0, top: int = NEAR_TOP
) -> list[dict[str, Any]]:
    """Article pairs to judge (see the module's doc), in a fixed random order."""
    st = stories(store)
    rng = random.Random(seed)
    by_story: dict[int, list[str]] = {}
    for doc in sorted(st):
        by_story.setdefault(st[doc][0], []).append(doc)
    joined = [p for m in by_story.values() for p in combinations(m, 2)]
    picked: dict[tuple[str, str], str] = {}
    for pair in rng.sample(joined, min(linked - linked // 2, len(joined))):
        picked[pair] = "linked-pair"
    multi = sorted(s for s, m in by_story.items() if len(m) > 1)
    for s in rng.sample(multi, min(linked // 2, len(multi))):
        options = [p for p in combinations(by_story[s], 2) if p not in picked]
        if options:
            picked[rng.choice(options)] = "linked-story"
    keys = shared_keys(store)
    docs = sorted(st)
    close = [
        (a, b)
        for a, b in combinations(docs, 2)
        if st[a][0] != st[b][0]
        and (g := _gap(st[a][1], st[b][1])) is not None
        and g <= NEAR_DAYS
        and keys.get(a, set()) & keys.get(b, set())
    ]
    for pair in rng.sample(close, min(near, len(close))):
        picked[pair] = "near"
    if near_vec:
        ids, vecs = vectors(store)
        sims = vecs @ vecs.T
        apart = [
            (float(sims[i, j]), ids[i], ids[j])
            for i, j in zip(*np.triu_indices(len(ids), 1), strict=True)
            if st[ids[i]][0] != st[ids[j]][0]
        ]
        best = [(a, b) for _, a, b in sorted(apart, reverse=True)[:top] if (a, b) not in picked]
        for pair in rng.sample(best, min(near_vec, len(best))):
            picked[pair] = "near-vec"
    out = [
        {
            "a": a,
            "b": b,
            "stratum": stratum,
            "gap": _gap(st[a][1], st[b][1]),
            "same": None,
            "titles": [st[a][2], st[b][2]],
        }
        for (a, b), stratum in picked.items()
    ]
    rng.shuffle(out)
    return out


def sheet(store: Store, pairs: list[dict[str, Any]], chars: int = 500) -> str:
    """The pairs as text to read: each article's title and first ``chars`` characters."""
    text = dict(store.conn.execute("SELECT doc_id, text FROM articles").fetchall())
    lines = []
    for n, p in enumerate(pairs):
        lines.append(f"#{n} {p['stratum']} gap {p['gap']}")
        for doc, title in zip((p["a"], p["b"]), p["titles"], strict=True):
            lead = " ".join((text.get(doc) or "").split())[:chars]
            lines.append(f"  [{doc}] {title}\n      {lead}")
    return "\n".join(lines)


def pair_scores(store: Store, gold: list[dict[str, Any]]) -> dict[str, Any]:
    """The store's stories scored on judged pairs: precision over the judged pairs it joins, recall over
    those judged the same, joined and same by stratum; beside, the pairs it joins and how many are judged."""
    st = stories(store)
    r = tally_pairs(gold, {doc: story for doc, (story, _, _) in st.items()})
    by = r["by_stratum"]
    judged = {(min(g["a"], g["b"]), max(g["a"], g["b"])) for g in gold if g.get("same") is not None}
    # the strata drawn uniformly over a run's joined pairs: their precision is that of a joined pair picked at
    # random (the pooled one over-weights one pair per story, small stories, and the pairs drawn apart)
    uniform = [sum(v[i] for k, v in by.items() if k.startswith(UNIFORM_PREFIX)) for i in (0, 1)]
    members: dict[int, list[str]] = {}
    for doc, (s, _, _) in st.items():
        members.setdefault(s, []).append(doc)
    pairs = {(min(a, b), max(a, b)) for m in members.values() for a, b in combinations(m, 2)}
    return {
        **r,
        "uniform_same": uniform[0],
        "uniform_joined": uniform[0] + uniform[1],
        "uniform_precision": uniform[0] / (uniform[0] + uniform[1]) if uniform[0] + uniform[1] else 0.0,
        "joined_pairs": len(pairs),
        "joined_judged": len(pairs & judged),
        "stories_multi": sum(len(m) > 1 for m in members.values()),
        "in_multi": sum(len(m) for m in members.values() if len(m) > 1),
    }


def main(argv: list[str] | None = None) -> None:
    """Link the kept store's stories again (shipped parameters and ``--set``), then write pairs to judge
    (``--sample-pairs``, ``--sheet``) and/or score the linker on judged pairs (``--gold``): the headline is the
    precision over the uniform strata (``linked-pair*``), then the pooled figures and the strata one by one."""
    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.stories_real", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, help="a folder holding corpus.jsonl (claims_sizes --build)")
    ap.add_argument("--stores", type=Path, required=True, help="folder of the kept stores")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--sample-pairs", type=Path, metavar="FILE", help="write pairs to judge to FILE (outside the repo)")
    ap.add_argument("--sheet", type=Path, metavar="FILE", help="the drawn pairs as text to read (outside the repo)")
    ap.add_argument("--linked", type=int, default=150, help="pairs in one story written (--sample-pairs)")
    ap.add_argument("--near", type=int, default=100, help="near pairs apart written (--sample-pairs)")
    ap.add_argument("--near-vec", type=int, default=0, help="pairs apart among the closest vectors (--sample-pairs)")
    ap.add_argument("--pairs-seed", type=int, default=SEED, help="seed of the drawing (--sample-pairs)")
    ap.add_argument("--gold", type=Path, metavar="FILE", help="judged pairs: print the pair precision and recall")
    args = ap.parse_args(argv)
    fixed = {k: parse_value(k, v) for k, v in parse_assignments("--set", args.set).items()}
    params: Params = dataclasses.replace(PARAMS, **fixed)
    with Store(kept_store(args.corpus, args.stores)) as store:
        reset(store.conn)
        Linker(store.conn, params).assign_pending()
        if args.sample_pairs:
            pairs = sample_pairs(store, args.linked, args.near, seed=args.pairs_seed, near_vec=args.near_vec)
            args.sample_pairs.write_text(json.dumps(pairs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"{len(pairs)} pairs to judge in {args.sample_pairs}")
            if args.sheet:
                args.sheet.write_text(sheet(store, pairs) + "\n", encoding="utf-8")
        if args.gold:
            r = pair_scores(store, json.loads(args.gold.read_text(encoding="utf-8")))
            strata = ", ".join(f"{k} {v[0]}/{v[0] + v[1]}" for k, v in sorted(r["by_stratum"].items()))
            print(
                f"stories pairs, uniform draws (strata {UNIFORM_PREFIX}*): precision {r['uniform_precision']:.3f}"
                f" ({r['uniform_same']} same / {r['uniform_joined']} joined)"
            )
            print(
                f"pooled over every stratum (unweighted): precision {r['precision']:.3f} recall {r['recall']:.3f}"
                f" (tp {r['tp']}, fp {r['fp']}, fn {r['fn']}; not found {r['missing']});"
                f" joined and same by stratum: {strata}"
            )
            print(
                f"pairs joined {r['joined_pairs']}, judged {r['joined_judged']};"
                f" stories of two or more {r['stories_multi']} holding {r['in_multi']} articles"
            )


if __name__ == "__main__":
    main()
