"""``newsloupe bench stories``: the cost of assigning one new article on a large store.

Fills a store with ``n`` synthetic assigned articles straight through SQL (identity keys
drawn from a Zipf-like vocabulary of places, people and organisations, and capitalised
words headed by those of the probes, over two years,
article and statement vectors, claims), then analyses real articles of
``samples/stories``, stores them as new articles and times
:meth:`newsloupe.stories.assign.Linker.assign` on each (features, embeddings, candidate
retrieval, story and claim assignment, the transaction), beside the spaCy parse of the
same article. Prints medians.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

import numpy as np

from newsloupe.lab import REPO
from newsloupe.store import Store
from newsloupe.stories.adapter import names
from newsloupe.stories.assign import Linker, quantize

SAMPLES = REPO / "samples" / "stories" / "corpus.jsonl"
DAY0 = 20300  # 2025-07-31


def fill(store: Store, n: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    c = store.conn
    vocab = 30_000
    # Real keys of the probes (Genoa, Warsaw…) are in the vocabulary too, so candidates exist.
    real = ["place:genoa|IT", "place:warsaw|PL", "place:cairo|EG", "place:dakar|SN", "place:marseille|FR"]
    keys = real + [f"{('place', 'per', 'org')[i % 3]}:synthetic-{i}" for i in range(vocab)]
    # Capitalised words (``name:`` keys): those of the probes first, so their postings are long.
    probes: dict[str, float] = {}
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = json.loads(line).get("text") or ""
            for w, k in names(text, [(0, len(text))]).items():
                probes[w] = probes.get(w, 0) + k
    words = [f"name:{w}" for w in sorted(probes, key=lambda w: (-probes[w], w))]
    words += [f"name:synthetic-{i}" for i in range(3 * vocab)]
    c.execute("BEGIN IMMEDIATE")
    batch_a, batch_x, batch_k, batch_s = [], [], [], []
    counts: dict[str, int] = {}
    sid = 0
    c.executemany(
        "INSERT INTO stories(id, first_article, n_articles) VALUES (?, ?, 4)",
        [(s, s * 4) for s in range(1, n // 4 + 2)],
    )
    for i in range(1, n + 1):
        day = DAY0 + int(rng.integers(0, 730))
        batch_a.append((i, f"synthetic-{i}", f"h{i}", f"Outlet {i % 400}", "fr" if i % 2 else "en", "x", "{}"))
        story = i // 4 + 1
        v = rng.standard_normal(512).astype(np.float32)
        v /= np.linalg.norm(v)
        e = rng.standard_normal(512).astype(np.float32)  # the blanked lead's vector, stored after it
        e /= np.linalg.norm(e)
        batch_x.append((i, story, day, quantize(v) + quantize(e)))
        ranks = np.minimum((rng.zipf(1.3, size=8) - 1), len(keys) - 1)
        named = np.minimum((rng.zipf(1.3, size=20) - 1), len(words) - 1)
        for key in {keys[r] for r in ranks.tolist()} | {words[r] for r in named.tolist()}:
            batch_k.append((key, day, i, 1.0))
            counts[key] = counts.get(key, 0) + 1
        for _ in range(5):
            sid += 1
            s = rng.standard_normal(512).astype(np.float32)
            s /= np.linalg.norm(s)
            batch_s.append((sid, i, None, 0, 10, "synthetic statement", "unsourced", None, None, 0, "[]", quantize(s)))
        if len(batch_a) >= 5000 or i == n:
            c.executemany(
                "INSERT INTO articles(id, doc_id, content_hash, outlet, language, text, meta, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01')",
                batch_a,
            )
            c.executemany("INSERT INTO story_articles(article_id, story_id, day, vec) VALUES (?, ?, ?, ?)", batch_x)
            c.executemany("INSERT OR IGNORE INTO story_keys(key, day, article_id, weight) VALUES (?, ?, ?, ?)", batch_k)
            c.executemany(
                'INSERT INTO statements(id, article_id, claim_id, start, "end", text, kind, source, source_type,'
                " hedged, techniques, vec) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch_s,
            )
            batch_a, batch_x, batch_k, batch_s = [], [], [], []
    c.executemany("INSERT INTO key_counts(key, n) VALUES (?, ?)", list(counts.items()))
    c.execute("COMMIT")


VEC_BYTES = 2 * len(quantize(np.zeros(512, dtype=np.float32)))  # an article's vector, then its blanked lead's


def stale(store: Store) -> bool:
    """Whether the synthetic articles of ``store`` hold vectors of another length than :func:`fill` writes
    (a store filled before stop 34 holds the article's vector alone: the blanked lead's path never runs)."""
    row = store.conn.execute(
        "SELECT length(x.vec) FROM story_articles x JOIN articles a ON a.id = x.article_id"
        " WHERE a.doc_id LIKE 'synthetic-%' LIMIT 1"
    ).fetchone()
    return row is not None and row[0] != VEC_BYTES


def main(*, n: int = 100_000, probes: int = 30, path: Path) -> dict[str, float]:
    """Build (or reuse) the synthetic store at ``path``, time ``probes`` assignments; print and return medians."""
    from newsloupe.batch.worker import analyze_payload, pipeline_version, warm_up
    from newsloupe.ingest import record_to_article
    from newsloupe.nlp import parse

    store = Store(path)
    have = store.conn.execute("SELECT count(*) FROM articles WHERE doc_id LIKE 'synthetic-%'").fetchone()[0]
    if have and stale(store):  # filled by an older bench: refill
        print(f"synthetic store: {have:,} articles with vectors of another length than {VEC_BYTES} bytes, refilled")
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        store, have = Store(path), 0
    if have < n:
        t0 = time.perf_counter()
        fill(store, n)
        print(f"synthetic store: {n:,} articles in {time.perf_counter() - t0:.1f} s → {path}")
    else:
        print(f"synthetic store: reusing {have:,} articles at {path}")
        with store.transaction() as c:  # forget the probes of an earlier bench
            c.execute("DELETE FROM fts WHERE rowid IN (SELECT id FROM articles WHERE doc_id NOT LIKE 'synthetic-%')")
            c.execute("DELETE FROM articles WHERE doc_id NOT LIKE 'synthetic-%'")
    warm_up()
    version = pipeline_version()
    records = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()][:probes]
    linker = Linker(store.conn)
    linker.embed(["warm up"])
    t_assign, t_parse, c_assign, c_parse = [], [], [], []
    for i, rec in enumerate(records):
        article = record_to_article(rec, source=str(SAMPLES), index=i)
        added = store.add_article(article)
        if added.status != "new":
            continue
        payload = next(store.payloads([added.id], version=version, analyzers=None))
        result = analyze_payload(payload)
        store.save_result(result)
        t0, c0 = time.perf_counter(), time.process_time()
        parse(article)
        t_parse.append(time.perf_counter() - t0)
        c_parse.append(time.process_time() - c0)
        if linker.embed.encoder is not None:
            linker.embed.encoder.clear_cache()  # time the model, not the cache
        t0, c0 = time.perf_counter(), time.process_time()
        linker.assign(added.id)
        t_assign.append(time.perf_counter() - t0)
        c_assign.append(time.process_time() - c0)
    store.close()
    a, p = statistics.median(t_assign) * 1000, statistics.median(t_parse) * 1000
    ca, cp = statistics.median(c_assign) * 1000, statistics.median(c_parse) * 1000
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{len(t_assign)} new articles assigned on a store of {n:,} (load average {load}):")
    print(
        f"  assign (features, embeddings, candidates, story + claims, commit)  median {a:.1f} ms"
        f" (CPU {ca:.1f} ms)  goal < 50 ms"
    )
    print(f"  spaCy parse of the same articles                                 median {p:.1f} ms (CPU {cp:.1f} ms)")
    timings = {k: round(v * 1000 / max(1.0, linker.timings["n"]), 1) for k, v in linker.timings.items() if k != "n"}
    print(f"  per article: {timings} ms")
    return {"assign_ms": a, "parse_ms": p, "assign_cpu_ms": ca, "parse_cpu_ms": cp}
