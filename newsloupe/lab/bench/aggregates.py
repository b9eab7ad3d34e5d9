"""``newsloupe bench aggregates``: the dashboard's aggregate queries on a 1M-article store.

Builds a store with the real schema (all migrations) and fills it directly
with synthetic rows — articles, summaries, techniques, attributions, frames —
in bulk, then times each dashboard query (outlet × month × technique and the
like): the first run and the median of three more, in milliseconds, against a
500 ms goal.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsloupe.labels import FRAMES, SOURCE_TYPES, TECHNIQUE_CATEGORIES, TECHNIQUES

GOAL_MS = 500
BATCH = 100_000
CATEGORIES = tuple(TECHNIQUE_CATEGORIES)
SOURCE_WEIGHTS = (40, 15, 20, 8, 5, 7, 5)
OUTLETS = 40
YEARS = range(2015, 2026)

QUERIES: tuple[tuple[str, str, tuple[Any, ...]], ...] = (
    (
        "techniques by outlet × month (all, roll-up)",
        "SELECT outlet, published_month, label, n FROM technique_counts WHERE n > 0",
        (),
    ),
    (
        "techniques by outlet × month (all, raw scan)",
        "SELECT outlet, published_month, label, count(*) FROM techniques GROUP BY outlet, published_month, label",
        (),
    ),
    (
        "techniques × month, one outlet, 2 years",
        "SELECT published_month, label, count(*) FROM techniques WHERE outlet = ?"
        " AND published_month BETWEEN ? AND ? GROUP BY published_month, label",
        ("Outlet 07", "2022-01", "2023-12"),
    ),
    (
        "one technique by outlet × month",
        "SELECT outlet, published_month, count(*) FROM techniques WHERE label = ? GROUP BY outlet, published_month",
        ("Loaded_Language",),
    ),
    (
        "top 10 techniques, one outlet, 1 year",
        "SELECT label, count(*) AS n FROM techniques WHERE outlet = ? AND published_month BETWEEN ? AND ?"
        " GROUP BY label ORDER BY n DESC LIMIT 10",
        ("Outlet 12", "2024-01", "2024-12"),
    ),
    (
        "articles by outlet × month",
        "SELECT outlet, published_month, count(*) FROM articles GROUP BY outlet, published_month",
        (),
    ),
    (
        "anonymous share + unsourced by outlet × month",
        "SELECT outlet, published_month, count(*), 1.0 * sum(n_anonymous) / nullif(sum(n_sourced), 0),"
        " avg(n_unsourced) FROM summaries GROUP BY outlet, published_month",
        (),
    ),
    (
        "source types by outlet × month (roll-up)",
        "SELECT outlet, published_month, source_type, n FROM source_type_counts WHERE n > 0",
        (),
    ),
    (
        "source types by outlet × month (raw scan)",
        "SELECT outlet, published_month, source_type, count(*) FROM attributions"
        " GROUP BY outlet, published_month, source_type",
        (),
    ),
    (
        "top 10 named speakers, one outlet",
        "SELECT speaker, count(*) AS n FROM attributions WHERE outlet = ? AND source_type = 'person_named'"
        " GROUP BY speaker ORDER BY n DESC LIMIT 10",
        ("Outlet 03",),
    ),
    (
        "frames by outlet × month",
        "SELECT outlet, published_month, label, count(*) FROM frames GROUP BY outlet, published_month, label",
        (),
    ),
)


def _articles(n: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in range(1, n + 1):
        outlet = f"Outlet {rng.randrange(OUTLETS):02d}"
        y, m, d = rng.choice(YEARS), rng.randint(1, 12), rng.randint(1, 28)
        pub = f"{y}-{m:02d}-{d:02d}"
        yield (i, f"syn-{i}", f"h{i:x}", outlet, "fr" if i % 3 else "en", pub, pub[:7], f"Article {i}", "", "{}")


def _build(path: Path, n: int, seed: int = 11) -> dict[str, int]:
    from newsloupe.store import Store

    rng = random.Random(seed)
    store = Store(path)
    c = store.conn
    c.execute("PRAGMA synchronous = OFF")
    counts = dict.fromkeys(("articles", "summaries", "techniques", "attributions", "frames"), 0)
    speakers = [f"Speaker {k}" for k in range(5000)]

    def flush(table: str, sql: str, rows: list[tuple[Any, ...]]) -> None:
        c.execute("BEGIN")
        c.executemany(sql, rows)
        c.execute("COMMIT")
        counts[table] += len(rows)
        rows.clear()

    arts: list[tuple[Any, ...]] = []
    sums: list[tuple[Any, ...]] = []
    techs: list[tuple[Any, ...]] = []
    attrs: list[tuple[Any, ...]] = []
    frames: list[tuple[Any, ...]] = []
    sql = {
        "articles": "INSERT INTO articles(id, doc_id, content_hash, outlet, language, published, published_month,"
        " title, text, meta, format, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'record', '2026-01-01')",
        "summaries": "INSERT INTO summaries(article_id, pipeline_version, outlet, published_month, language, genre,"
        " n_attributions, n_sourced, n_anonymous, n_assertions, n_unsourced, n_techniques)"
        " VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "techniques": "INSERT INTO techniques(article_id, outlet, published_month, label, category, paragraph)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        "attributions": "INSERT INTO attributions(article_id, outlet, published_month, speaker, source_type, hedged,"
        " content) VALUES (?, ?, ?, ?, ?, ?, NULL)",
        "frames": "INSERT INTO frames(article_id, outlet, published_month, label, score) VALUES (?, ?, ?, ?, ?)",
    }
    for row in _articles(n, rng):
        aid, outlet, month = row[0], row[3], row[6]
        arts.append(row)
        k_t = rng.choice((0, 0, 1, 1, 2, 3, 4))
        for _ in range(k_t):
            techs.append((aid, outlet, month, rng.choice(TECHNIQUES), rng.choice(CATEGORIES), rng.randint(1, 30)))
        kinds = rng.choices(SOURCE_TYPES, SOURCE_WEIGHTS, k=rng.choice((0, 1, 1, 2, 2, 3)))
        for st in kinds:
            speaker = rng.choice(speakers) if st in ("person_named", "organization", "media") else None
            attrs.append((aid, outlet, month, speaker, st, int(rng.random() < 0.2)))
        for label in rng.sample(FRAMES, rng.choice((0, 1, 1))):
            frames.append((aid, outlet, month, label, round(rng.random(), 3)))
        sourced = sum(1 for st in kinds if st != "none")
        anon = sum(1 for st in kinds if st == "person_anonymous")
        unsourced = rng.randint(0, 5)
        sums.append(
            (aid, outlet, month, row[4], rng.choice(("reporting", "opinion", "satire")), len(kinds), sourced, anon,
             unsourced + rng.randint(0, 3), unsourced, k_t)
        )  # fmt: skip
        if len(arts) >= BATCH:
            for name, rows in (("articles", arts), ("summaries", sums), ("techniques", techs),
                               ("attributions", attrs), ("frames", frames)):  # fmt: skip
                flush(name, sql[name], rows)
    for name, rows in (("articles", arts), ("summaries", sums), ("techniques", techs),
                       ("attributions", attrs), ("frames", frames)):  # fmt: skip
        if rows:
            flush(name, sql[name], rows)
    c.execute("ANALYZE")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return counts


def main(*, rows: int = 1_000_000, path: Path | None = None) -> dict[str, Any]:
    """Build (or reuse) the synthetic store and time the queries; RETURNS the timings."""
    from newsloupe.store import Store

    tmp = None
    if path is None:
        tmp = tempfile.TemporaryDirectory(prefix="newsloupe-agg-")
        path = Path(tmp.name) / "aggregates.db"
    try:
        if path.exists():
            print(f"reusing {path}")
        else:
            t0 = time.perf_counter()
            counts = _build(path, rows)
            print(
                f"built {path} in {time.perf_counter() - t0:.0f} s: "
                + ", ".join(f"{v:,} {k}" for k, v in counts.items())
                + f"; {path.stat().st_size / 1e6:.0f} MB"
            )
        store = Store(path, create=False)
        conn = store.reader()
        total_rows = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        print(f"{total_rows:,} articles; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"{'query':<48} {'rows':>7} {'first ms':>9} {'median ms':>10}")
        results = {}
        for name, sql, params in QUERIES:
            times = []
            n = 0
            for _ in range(4):
                t0 = time.perf_counter()
                n = len(conn.execute(sql, params).fetchall())
                times.append(1000 * (time.perf_counter() - t0))
            med = statistics.median(times[1:])
            results[name] = {"rows": n, "first_ms": round(times[0], 1), "median_ms": round(med, 1)}
            mark = "✓" if med < GOAL_MS else "✗"
            print(f"{name:<48} {n:>7} {times[0]:>9.1f} {med:>10.1f} {mark}")
        worst = max(r["median_ms"] for r in results.values())
        print(f"slowest median {worst:.0f} ms (goal < {GOAL_MS} ms)")
        conn.close()
        store.close()
        return results
    finally:
        if tmp is not None:
            tmp.cleanup()
