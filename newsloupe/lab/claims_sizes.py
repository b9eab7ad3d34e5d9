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

from newsloupe.lab import SHARED
from newsloupe.lab.claims_relink import kept_store, parse_assignments, parse_value
from newsloupe.store import Store
from newsloupe.stories.assign import PARAMS, Linker, Params, reset

BIG = 10  # a claim of more statements than this is counted apart
SEED = 35
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


if __name__ == "__main__":
    main()
