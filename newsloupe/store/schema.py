"""The store's schema as numbered migrations, tracked in ``PRAGMA user_version``.

Each migration is a script (or a Python function of the connection, for data
conversions SQL cannot express) run once, in order, inside one transaction that
also sets ``user_version`` to its number, so a store is always at exactly one
known version and a crash mid-migration leaves the previous one. Never edit a
released migration: append a new one.

Finding tables (``attributions``, ``techniques``, ``frames``, ``places``,
``entities``, ``summaries``) hold the *latest* analysis of each article and
copy the article's ``outlet`` and ``published_month`` so that the dashboard's
outlet × month × X aggregates read one covering index with no join; the two
widest (techniques, source types) also have roll-up tables kept by triggers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from functools import cache

from newsloupe.errors import E_PIPELINE, NewsloupeError


def _analyses_to_schema_2(conn: sqlite3.Connection) -> None:
    """Convert every stored analysis document of schema 1 to schema 2.0 (span groups), in place.

    Nothing is re-analysed or lost: the findings move into ``spans`` and attributions and
    geographic checks refer to them (:func:`newsloupe.upgrade.upgrade_document`). The
    pipeline version of the row is kept, so ``newsloupe run`` still analyses the article
    again with the current pipeline.
    """
    from newsloupe.upgrade import upgrade_document

    for rid, text in conn.execute("SELECT id, json FROM analyses").fetchall():
        doc = json.loads(text)
        if str(doc.get("schema", "1")).startswith("1"):
            new = upgrade_document(doc)
            conn.execute("UPDATE analyses SET json = ? WHERE id = ?", (json.dumps(new, ensure_ascii=False), rid))


def _analyzer_failures(conn: sqlite3.Connection) -> None:
    """Keep each analyzer failure in columns (``analyzer_failures``), and make stored analyses schema 2.1.

    An article analysed with a failing analyzer has one row per analyzer that raised (name, NL-E
    code, message) beside its outcome, whose ``reason`` keeps the readable lines. Stored schema 2.0
    documents get their typed ``failures`` from the lines 2.0 wrote in ``notes``
    (:func:`newsloupe.upgrade.to_schema_2_1`), and those rows are filled from them: nothing is lost
    or re-analysed.
    """
    from newsloupe.upgrade import to_schema_2_1

    conn.execute(
        """
        CREATE TABLE analyzer_failures (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            pipeline_version TEXT NOT NULL,
            analyzer TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (article_id, pipeline_version, analyzer)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX analyzer_failures_analyzer ON analyzer_failures(pipeline_version, analyzer)")
    # Documents with a failure line are few: read one by one (those migration 5 just converted
    # from schema 1 are 2.1 already). The rest only change version.
    rows = conn.execute(
        "SELECT id, article_id, pipeline_version, json FROM analyses WHERE instr(json, ' failed: ') > 0"
    ).fetchall()
    for rid, aid, version, text in rows:
        doc = json.loads(text)
        if doc.get("schema") == "2.0":
            doc = to_schema_2_1(doc)
            conn.execute("UPDATE analyses SET json = ? WHERE id = ?", (json.dumps(doc, ensure_ascii=False), rid))
        conn.executemany(
            "INSERT OR REPLACE INTO analyzer_failures(article_id, pipeline_version, analyzer, code, message)"
            " VALUES (?, ?, ?, ?, ?)",
            [(aid, version, f["analyzer"], f["code"], f["message"]) for f in doc.get("failures") or []],
        )
    conn.execute(
        "UPDATE analyses SET json = json_set(json, '$.schema', '2.1', '$.failures', json('[]'))"
        " WHERE json_extract(json, '$.schema') = '2.0'"
    )


def _layout_spans(conn: sqlite3.Connection) -> None:
    """Make stored analyses schema 2.2: paragraphs and captions as span groups, quotations added.

    Each schema 2.1 document is converted in place (:func:`newsloupe.upgrade.to_schema_2_2`):
    nothing is re-analysed or lost, the pipeline version of the row is kept.
    """
    from newsloupe.upgrade import upgrade_document

    rows = conn.execute("SELECT id, json FROM analyses WHERE json_extract(json, '$.schema') = '2.1'").fetchall()
    for rid, text in rows:
        new = upgrade_document(json.loads(text))
        conn.execute("UPDATE analyses SET json = ? WHERE id = ?", (json.dumps(new, ensure_ascii=False), rid))


MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    # 1: articles, their analyses and outcomes, errors, runs.
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        url TEXT,
        url_norm TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        outlet TEXT,
        language TEXT,
        published TEXT,
        published_month TEXT,
        title TEXT,
        text TEXT NOT NULL,
        meta TEXT NOT NULL,
        format TEXT,
        input TEXT,
        dup_group INTEGER,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE minhashes (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        sig BLOB NOT NULL
    );
    CREATE TABLE pipelines (
        version TEXT PRIMARY KEY,
        spec TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE analyses (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        pipeline_version TEXT NOT NULL,
        json TEXT NOT NULL,
        analysed_at TEXT NOT NULL,
        UNIQUE (article_id, pipeline_version)
    );
    CREATE TABLE outcomes (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        pipeline_version TEXT NOT NULL,
        status TEXT NOT NULL,
        code TEXT,
        reason TEXT,
        seconds REAL,
        at TEXT NOT NULL,
        PRIMARY KEY (article_id, pipeline_version)
    );
    CREATE INDEX outcomes_status ON outcomes(pipeline_version, status);
    CREATE TABLE ingest_errors (
        source TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        code TEXT,
        reason TEXT,
        at TEXT NOT NULL
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        pipeline_version TEXT NOT NULL,
        engine TEXT NOT NULL,
        workers INTEGER,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        done INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """,
    # 2: normalised findings of the latest analysis, and full-text search.
    """
    CREATE TABLE summaries (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        pipeline_version TEXT NOT NULL,
        outlet TEXT,
        published_month TEXT,
        language TEXT,
        genre TEXT,
        n_attributions INTEGER NOT NULL DEFAULT 0,
        n_sourced INTEGER NOT NULL DEFAULT 0,
        n_anonymous INTEGER NOT NULL DEFAULT 0,
        n_assertions INTEGER NOT NULL DEFAULT 0,
        n_unsourced INTEGER NOT NULL DEFAULT 0,
        n_techniques INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE attributions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        outlet TEXT,
        published_month TEXT,
        speaker TEXT,
        source_type TEXT,
        hedged INTEGER NOT NULL DEFAULT 0,
        content TEXT
    );
    CREATE TABLE techniques (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        outlet TEXT,
        published_month TEXT,
        label TEXT NOT NULL,
        category TEXT,
        paragraph INTEGER
    );
    CREATE TABLE frames (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        outlet TEXT,
        published_month TEXT,
        label TEXT NOT NULL,
        score REAL
    );
    CREATE TABLE places (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        outlet TEXT,
        published_month TEXT,
        name TEXT NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL
    );
    CREATE TABLE entities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        canonical TEXT NOT NULL,
        mentions INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX attributions_article ON attributions(article_id);
    CREATE INDEX techniques_article ON techniques(article_id);
    CREATE INDEX frames_article ON frames(article_id);
    CREATE INDEX places_article ON places(article_id);
    CREATE INDEX entities_article ON entities(article_id);
    CREATE VIRTUAL TABLE fts USING fts5(
        title, body, quotes, speakers, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 3: indexes for the dashboard's aggregates (outlet × month × X), all covering.
    """
    CREATE INDEX articles_outlet_month ON articles(outlet, published_month);
    CREATE INDEX articles_month ON articles(published_month);
    CREATE INDEX articles_dup_group ON articles(dup_group);
    CREATE INDEX summaries_outlet_month ON summaries(
        outlet, published_month, n_attributions, n_sourced, n_anonymous, n_unsourced
    );
    CREATE INDEX techniques_agg ON techniques(outlet, published_month, label);
    CREATE INDEX techniques_label_month ON techniques(label, published_month, outlet);
    CREATE INDEX attributions_agg ON attributions(outlet, published_month, source_type);
    CREATE INDEX attributions_speaker ON attributions(outlet, speaker, source_type);
    CREATE INDEX frames_agg ON frames(outlet, published_month, label);
    CREATE INDEX places_agg ON places(country, name, lat, lon);
    CREATE INDEX entities_canonical ON entities(label, canonical);
    """,
    # 4: roll-ups kept by triggers, so the dashboard's widest aggregates (every outlet ×
    # month × technique or source type) read a few thousand rows, not every finding.
    # Unknown outlet or month is '' (NULLs would not meet in the primary key).
    """
    CREATE TABLE technique_counts (
        outlet TEXT NOT NULL,
        published_month TEXT NOT NULL,
        label TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (outlet, published_month, label)
    ) WITHOUT ROWID;
    CREATE TABLE source_type_counts (
        outlet TEXT NOT NULL,
        published_month TEXT NOT NULL,
        source_type TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (outlet, published_month, source_type)
    ) WITHOUT ROWID;
    INSERT INTO technique_counts
        SELECT coalesce(outlet, ''), coalesce(published_month, ''), label, count(*) FROM techniques GROUP BY 1, 2, 3;
    INSERT INTO source_type_counts
        SELECT coalesce(outlet, ''), coalesce(published_month, ''), coalesce(source_type, 'none'), count(*)
        FROM attributions GROUP BY 1, 2, 3;
    CREATE TRIGGER techniques_counted AFTER INSERT ON techniques BEGIN
        INSERT INTO technique_counts(outlet, published_month, label, n)
        VALUES (coalesce(NEW.outlet, ''), coalesce(NEW.published_month, ''), NEW.label, 1)
        ON CONFLICT (outlet, published_month, label) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER techniques_uncounted AFTER DELETE ON techniques BEGIN
        UPDATE technique_counts SET n = n - 1
        WHERE outlet = coalesce(OLD.outlet, '') AND published_month = coalesce(OLD.published_month, '')
          AND label = OLD.label;
    END;
    CREATE TRIGGER attributions_counted AFTER INSERT ON attributions BEGIN
        INSERT INTO source_type_counts(outlet, published_month, source_type, n)
        VALUES (coalesce(NEW.outlet, ''), coalesce(NEW.published_month, ''), coalesce(NEW.source_type, 'none'), 1)
        ON CONFLICT (outlet, published_month, source_type) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER attributions_uncounted AFTER DELETE ON attributions BEGIN
        UPDATE source_type_counts SET n = n - 1
        WHERE outlet = coalesce(OLD.outlet, '') AND published_month = coalesce(OLD.published_month, '')
          AND source_type = coalesce(OLD.source_type, 'none');
    END;
    """,
    # 5: analysis documents of schema 1 become schema 2.0 (one span model, span groups).
    _analyses_to_schema_2,
    # 6: stories, recurring claims and corpus identity (issue 15). Assignment is
    # incremental, one transaction per article, in article id order (newsloupe.stories).
    """
    CREATE TABLE outlets (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL
    );
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        first_article INTEGER NOT NULL,
        title TEXT,
        first_seen TEXT,
        n_articles INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories(id),
        day INTEGER,
        score REAL,
        vec BLOB
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE story_keys (
        key TEXT NOT NULL,
        day INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        weight REAL NOT NULL,
        PRIMARY KEY (key, day, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_keys_article ON story_keys(article_id);
    CREATE TABLE key_counts (
        key TEXT PRIMARY KEY,
        n INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        first_occurrence INTEGER NOT NULL,
        text TEXT NOT NULL,
        first_seen TEXT,
        n_occurrences INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        claim_id INTEGER REFERENCES claims(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT,
        source_type TEXT,
        hedged INTEGER NOT NULL DEFAULT 0,
        techniques TEXT,
        vec BLOB NOT NULL
    );
    CREATE INDEX statements_article ON statements(article_id);
    CREATE INDEX statements_claim ON statements(claim_id);
    CREATE TABLE citations (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_type TEXT NOT NULL,
        source TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (article_id, source_type, source)
    ) WITHOUT ROWID;
    """,
    # 7: the fact-check memory (issue 16): imported ClaimReviews, one per URL, the
    # matcher's vectors of their claims (filled lazily) and the items an import refused.
    """
    CREATE TABLE fact_checks (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        claim_reviewed TEXT NOT NULL,
        reviewer TEXT,
        reviewer_url TEXT,
        rating TEXT,
        rating_text TEXT,
        rating_value REAL,
        best_rating REAL,
        worst_rating REAL,
        claim_author TEXT,
        claim_date TEXT,
        review_date TEXT,
        language TEXT,
        appearances TEXT NOT NULL DEFAULT '[]',
        source TEXT,
        imported_at TEXT NOT NULL
    );
    CREATE INDEX fact_checks_reviewer ON fact_checks(reviewer);
    CREATE INDEX fact_checks_rating ON fact_checks(rating);
    CREATE INDEX fact_checks_language ON fact_checks(language);
    CREATE TABLE fact_check_vectors (
        review_id INTEGER PRIMARY KEY REFERENCES fact_checks(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        vector BLOB NOT NULL
    );
    CREATE TABLE fact_check_failures (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        item TEXT,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX fact_check_failures_source ON fact_check_failures(source);
    CREATE VIRTUAL TABLE fact_checks_fts USING fts5(
        claim_reviewed, content = 'fact_checks', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER fact_checks_fts_insert AFTER INSERT ON fact_checks BEGIN
        INSERT INTO fact_checks_fts(rowid, claim_reviewed) VALUES (NEW.id, NEW.claim_reviewed);
    END;
    CREATE TRIGGER fact_checks_fts_delete AFTER DELETE ON fact_checks BEGIN
        INSERT INTO fact_checks_fts(fact_checks_fts, rowid, claim_reviewed)
            VALUES ('delete', OLD.id, OLD.claim_reviewed);
    END;
    CREATE TRIGGER fact_checks_fts_update AFTER UPDATE OF claim_reviewed ON fact_checks BEGIN
        INSERT INTO fact_checks_fts(fact_checks_fts, rowid, claim_reviewed)
            VALUES ('delete', OLD.id, OLD.claim_reviewed);
        INSERT INTO fact_checks_fts(rowid, claim_reviewed) VALUES (NEW.id, NEW.claim_reviewed);
    END;
    """,
    # 8: the memory state the stored analyses' fact-check matches were made against
    # (``newsloupe run`` matches them again after an import).
    """
    CREATE TABLE fact_check_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    """,
    # 9: analyzer failures in columns, one row per analyzer that raised; analyses become schema 2.1.
    _analyzer_failures,
    # 10: analyses become schema 2.2 (paragraphs, captions and quotations in span groups).
    _layout_spans,
    # 11: a statement that relays another content (stories 37.4): read by claims, kept out of the story match.
    """
    ALTER TABLE statements ADD COLUMN relays INTEGER NOT NULL DEFAULT 0;
    """,
    # 12: an outlet's articles nearest by id (page furniture, stories 39.13) read as two index ranges, no sort.
    """
    CREATE INDEX articles_outlet_id ON articles(outlet, id);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    """The store's schema version (``PRAGMA user_version``; 0 for a new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def user_tables(conn: sqlite3.Connection) -> set[str]:
    """The tables and views of the file, without SQLite's own (``sqlite_*``)."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {r[0] for r in rows if not r[0].startswith("sqlite_")}


@cache
def tables_by_version() -> tuple[frozenset[str], ...]:
    """The tables a store has at each schema version (index 0: none), FTS5's own tables included.

    Read by applying the migrations in order to an empty database in memory, once per process.
    """
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        out = [frozenset(user_tables(conn))]
        for number, script in enumerate(MIGRATIONS, start=1):
            if callable(script):
                script(conn)
            else:
                conn.executescript(script)
            conn.execute(f"PRAGMA user_version = {number}")
            out.append(frozenset(user_tables(conn)))
    finally:
        conn.close()
    return tuple(out)


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration the store does not have yet, each in its own transaction.

    conn (sqlite3.Connection): the writer connection (autocommit mode).
    RETURNS (list[int]): the numbers of the migrations applied.
    RAISES (NewsloupeError): the store was written by a newer newsloupe.
    """
    have = current_version(conn)
    if have > SCHEMA_VERSION:
        raise NewsloupeError(
            f"the store's schema is version {have}, newer than this newsloupe knows ({SCHEMA_VERSION}); "
            "upgrade newsloupe",
            code=E_PIPELINE,
        )
    applied = []
    for number, script in enumerate(MIGRATIONS, start=1):
        if number <= have:
            continue
        # executescript() commits first and runs statements one by one; wrapping the
        # script in BEGIN/COMMIT keeps a migration and its version bump atomic.
        try:
            if callable(script):
                conn.execute("BEGIN IMMEDIATE")
                script(conn)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            else:
                conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
