"""The :class:`Store`: one SQLite file (WAL) that owns articles, analyses and outcomes.

As in Datasette, one object owns the database and there is one writer: every
write goes through the Store's own connection, one short transaction per
article, so that a ``kill -9`` at any moment loses only the uncommitted
article and never leaves half of one. Readers (search, stats, export, the
batch's article loader) open their own read-only connections, which WAL lets
run beside the writer.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsloupe.errors import E_FORMAT, E_PIPELINE, E_STORE, BadInput, NewsloupeError, NotFound
from newsloupe.model import Article
from newsloupe.store import dedup
from newsloupe.store.findings import month_of
from newsloupe.store.schema import SCHEMA_VERSION, migrate, tables_by_version, user_tables

DEFAULT_DB = "newsloupe.db"
FINDING_TABLES = ("attributions", "techniques", "frames", "places", "entities")
_FINDING_COLUMNS = {
    "attributions": "article_id, outlet, published_month, speaker, source_type, hedged, content",
    "techniques": "article_id, outlet, published_month, label, category, paragraph",
    "frames": "article_id, outlet, published_month, label, score",
    "places": "article_id, outlet, published_month, name, country, lat, lon",
    "entities": "article_id, label, canonical, mentions",
}


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Added:
    """What :meth:`Store.add_article` did: ``status`` is ``new``, ``same-url`` or ``same-content``."""

    status: str
    id: int
    dup_group: int | None = None


def _connect(path: str, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MB page cache
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def errors_with_input(err: NewsloupeError, where: str) -> NewsloupeError:
    """``err`` naming the store when it names nothing."""
    if err.input is None:
        err.input = where
    return err


class Store:
    """A newsloupe corpus store.

    path (str | Path): the SQLite file (created with ``create=True``).
    create (bool): create and migrate a missing store; otherwise a missing file raises NotFound.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, create: bool = True) -> None:
        self.path = Path(path)
        where = str(path)
        if self.path.is_dir():
            raise BadInput("this is a folder; give the store's file (e.g. newsloupe.db)", input=where, code=E_STORE)
        if not self.path.exists():
            if not create:
                raise NotFound(f"no store here; run `newsloupe ingest SOURCE --db {self.path}` first", input=where)
            if not self.path.parent.is_dir():  # a typo in a folder name should not create folders
                raise NotFound(f"the folder {str(self.path.parent)!r} does not exist; create it first", input=where)
        try:
            self._conn = _connect(str(self.path), readonly=False)
            self._refuse_foreign(where)
            self._conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a committed transaction survives a killed process (it is in
            # the WAL file); only an OS crash or power loss can lose the last commits.
            self._conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self._conn)
        except NewsloupeError as err:
            self._close_quietly()
            raise errors_with_input(err, where) from None
        except sqlite3.OperationalError as err:  # a read-only file or folder, permissions, locked, disk full
            self._close_quietly()
            raise NewsloupeError(f"cannot open or write the store ({err})", input=where, code=E_STORE) from None
        except sqlite3.DatabaseError as err:  # "file is not a database": some other file at that path
            self._close_quietly()
            raise BadInput(f"not a newsloupe store (an SQLite file): {err}", input=where, code=E_FORMAT) from None

    def _refuse_foreign(self, where: str) -> None:
        """Refuse an SQLite file of another program, before anything is written to it.

        newsloupe adds its tables only to an empty file (``user_version`` 0, no table). A file with a
        ``user_version`` must hold exactly the tables of a newsloupe store of that schema version (a
        newer one: at least those of version 1, then :func:`migrate` says to upgrade newsloupe).
        """
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        tables = user_tables(self._conn)
        if not version and not tables:
            return  # a new or empty file
        known = tables_by_version()
        if version < 0:
            missing, foreign = set(known[1]), tables
        elif version <= SCHEMA_VERSION:
            missing, foreign = set(known[version]) - tables, tables - known[version]
        else:
            missing, foreign = set(known[1]) - tables, set()
        if foreign or missing:

            def show(names: set[str]) -> str:
                ordered = sorted(names)
                return ", ".join(ordered[:5]) + ("…" if len(ordered) > 5 else "")

            if foreign or not tables & known[-1]:
                why = f"tables {show(foreign or tables)}" if tables else "no table"
                if version:
                    why += f", schema version {version}"
                message = f"an SQLite file of another program ({why}), not a newsloupe store; give a new or empty file"
            else:
                message = (
                    f"not a whole newsloupe store (schema version {version} but no table {show(missing)}); "
                    "give a new or empty file"
                )
            raise BadInput(message, input=where, code=E_FORMAT)

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()

    # -- connections -------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """The writer connection: every write of the store goes through it."""
        return self._conn

    def reader(self) -> sqlite3.Connection:
        """A new read-only connection (the caller closes it)."""
        conn = _connect(str(self.path), readonly=True)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def close(self) -> None:
        """Close the writer connection."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on an exception)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- meta --------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A value of the ``meta`` table."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or with None delete) a value of the ``meta`` table."""
        with self.transaction() as c:
            if value is None:
                c.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- ingest ------------------------------------------------------------

    def near_duplicates(self, threshold: float = dedup.THRESHOLD) -> dedup.NearDuplicates:
        """An LSH index loaded with every stored article's signature."""
        index = dedup.NearDuplicates(threshold)
        rows = self._conn.execute(
            "SELECT m.article_id, m.sig, a.dup_group FROM minhashes m JOIN articles a ON a.id = m.article_id"
        )
        index.load(rows)
        return index

    def add_article(
        self, article: Article, *, near: dedup.NearDuplicates | None = None, language: str | None = None
    ) -> Added:
        """Store an article unless it is already there (same normalised URL or same text).

        article (Article): an ingested article.
        near (NearDuplicates | None): the LSH index; when given the article joins the
            group of its nearest near-duplicate, and is added to the index.
        language (str | None): the ``language`` column when the article has none yet.
        RETURNS (Added): ``new`` with the new id, or the id of the article it duplicates.
        """
        url_norm = dedup.normalise_url(article.url)
        chash = dedup.content_hash(article.text)
        known = self._known(url_norm, chash)
        if known:
            return known
        sig = dedup.minhash(article.body or article.text) if near is not None else None
        group = near.match(sig) if near is not None and sig is not None else None
        meta = article.model_dump(mode="json", exclude={"text"})
        try:
            aid = self._insert_article(article, url_norm, chash, meta, language, group, sig)
        except sqlite3.IntegrityError:
            # Another process stored the same URL or text since the check above.
            known = self._known(url_norm, chash)
            if known:
                return known
            raise
        if near is not None and sig is not None:
            near.add(aid, sig, group)
        return Added("new", aid, group)

    def set_language(self, aid: int, lang: str) -> None:
        """Give the stored article ``aid`` the language ``lang``, as forced by the user (``given``). When that
        changes its language, its outcomes are removed: the next ``run`` analyses it again in ``lang`` (its old
        analysis, and the language its summary gives, stand until then)."""
        with self.transaction() as c:
            row = c.execute("SELECT meta, language FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is None:
                return
            meta = {**json.loads(row[0]), "language": lang, "language_source": "given"}
            c.execute(
                "UPDATE articles SET language = ?, meta = ? WHERE id = ?",
                (lang, json.dumps(meta, ensure_ascii=False), aid),
            )
            if row[1] != lang:
                c.execute("DELETE FROM outcomes WHERE article_id = ?", (aid,))

    def set_outlet(self, aid: int, outlet: str) -> tuple[str, str | None]:
        """Give the stored article ``aid`` the outlet ``outlet`` when it has none (``ingest --outlet`` on an
        article already stored): the article, its analysed rows (summary, attributions, techniques, frames,
        places) and the dashboard's roll-ups say it at once. Stories and page furniture, which read the outlet,
        change only at the next ``stories`` run.

        RETURNS (tuple): ("set", the stored spelling set), ("same", the outlet it already had, the same one),
        ("kept", its own other outlet, not replaced) or ("missing", None) when no such article is stored.
        """
        from newsloupe.stories.keys import outlet_key

        with self.transaction() as c:
            row = c.execute("SELECT outlet, meta FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is None:
                return "missing", None
            if row[0]:
                return ("same" if outlet_key(row[0]) == outlet_key(outlet) else "kept"), str(row[0])
            name = self._outlet_name(outlet)
            meta = {**json.loads(row[1] or "{}"), "outlet": outlet}  # (the metadata keeps the given spelling)
            c.execute(
                "UPDATE articles SET outlet = ?, meta = ? WHERE id = ?",
                (name, json.dumps(meta, ensure_ascii=False), aid),
            )
            # the rows that copy the outlet; the roll-ups of techniques and source types follow their rows
            # (their triggers count inserts and deletes: the rows are moved as a delete and an insert)
            c.execute("UPDATE summaries SET outlet = ? WHERE article_id = ?", (name, aid))
            for table in ("attributions", "techniques", "frames", "places"):
                cols = _FINDING_COLUMNS[table]
                rows = c.execute(f"SELECT {cols} FROM {table} WHERE article_id = ?", (aid,)).fetchall()
                if not rows:
                    continue
                names = [x.strip() for x in cols.split(",")]
                at = names.index("outlet")
                c.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
                marks = ", ".join("?" * len(names))
                c.executemany(
                    f"INSERT INTO {table}({cols}) VALUES ({marks})",
                    [(*r[:at], name, *r[at + 1 :]) for r in rows],
                )
        return "set", name

    def _known(self, url_norm: str | None, chash: str) -> Added | None:
        c = self._conn
        if url_norm:
            row = c.execute("SELECT id, dup_group FROM articles WHERE url_norm = ?", (url_norm,)).fetchone()
            if row:
                return Added("same-url", row[0], row[1])
        row = c.execute("SELECT id, dup_group FROM articles WHERE content_hash = ?", (chash,)).fetchone()
        return Added("same-content", row[0], row[1]) if row else None

    def _insert_article(
        self,
        article: Article,
        url_norm: str | None,
        chash: str,
        meta: dict[str, Any],
        language: str | None,
        group: int | None,
        sig: Any,
    ) -> int:
        c = self._conn
        with self.transaction():
            outlet = self._outlet_name(article.outlet)
            cur = c.execute(
                "INSERT INTO articles(doc_id, url, url_norm, content_hash, outlet, language, published,"
                " published_month, title, text, meta, format, input, dup_group, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    article.url,
                    url_norm,
                    chash,
                    outlet,
                    article.language or language,
                    article.published,
                    month_of(article.published),
                    article.title,
                    article.text,
                    json.dumps(meta, ensure_ascii=False),
                    article.format,
                    article.input,
                    group,
                    now(),
                ),
            )
            aid = int(cur.lastrowid or 0)
            if group is not None:
                # The group's first member gets its own id too, so members are easy to list.
                c.execute("UPDATE articles SET dup_group = id WHERE id = ? AND dup_group IS NULL", (group,))
            if sig is not None:
                c.execute("INSERT INTO minhashes(article_id, sig) VALUES (?, ?)", (aid, dedup.signature_bytes(sig)))
            c.execute(
                "INSERT INTO fts(rowid, title, body, quotes, speakers) VALUES (?, ?, ?, '', '')",
                (aid, article.title or "", article.body or article.text),
            )
            if article.input:
                c.execute("DELETE FROM ingest_errors WHERE source = ?", (article.input,))
        return aid

    def _outlet_name(self, name: str | None) -> str | None:
        """The stored spelling of an outlet: the first one seen with the same identity key
        (case, accents, a leading article, a parenthesised suffix aside); the metadata keeps
        the article's own spelling."""
        from newsloupe.stories.keys import outlet_key

        key = outlet_key(name)
        if key is None:
            return name
        row = self._conn.execute("SELECT name FROM outlets WHERE key = ?", (key,)).fetchone()
        if row:
            return str(row[0])
        self._conn.execute("INSERT INTO outlets(key, name) VALUES (?, ?)", (key, name))
        return name

    def record_ingest_error(self, source: str, err: NewsloupeError) -> None:
        """Record why an input could not be ingested (one row per source, the latest)."""
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO ingest_errors(source, status, code, reason, at) VALUES (?, ?, ?, ?, ?)",
                (source, err.reason, err.code, err.message, now()),
            )

    # -- runs --------------------------------------------------------------

    def register_pipeline(self, version: str, spec: dict[str, Any]) -> None:
        """Remember what a pipeline version is made of."""
        with self.transaction() as c:
            c.execute(
                "INSERT OR IGNORE INTO pipelines(version, spec, created_at) VALUES (?, ?, ?)",
                (version, json.dumps(spec, sort_keys=True), now()),
            )

    def pending(self, version: str, *, retry_errors: bool = False, limit: int | None = None) -> list[int]:
        """Ids of stored articles with no outcome (or, with ``retry_errors``, no ``ok``
        outcome) for pipeline ``version``, in id order."""
        cond = "o.status = 'ok'" if retry_errors else "1"
        sql = (
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM outcomes o"
            f" WHERE o.article_id = a.id AND o.pipeline_version = ? AND {cond}) ORDER BY a.id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self._conn.execute(sql, (version,))]

    def payloads(self, ids: Iterable[int], *, version: str, analyzers: list[str] | None) -> Iterator[dict[str, Any]]:
        """Work items for the workers, read on a separate read connection.

        Each is JSON-ready and self-contained (the article's text and metadata), so that
        a worker on another machine needs no access to this file.
        """
        conn = self.reader()
        try:
            for aid in ids:
                row = conn.execute(
                    "SELECT text, meta, outlet, published_month FROM articles WHERE id = ?", (aid,)
                ).fetchone()
                if row is None:
                    continue
                yield {
                    "article_id": aid,
                    "text": row[0],
                    "meta": row[1],
                    "outlet": row[2],
                    "month": row[3],
                    "pipeline_version": version,
                    "analyzers": analyzers,
                }
        finally:
            conn.close()

    def load_article(self, aid: int) -> Article:
        """The stored Article of id ``aid``."""
        row = self._conn.execute("SELECT text, meta FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            raise NotFound(f"no article {aid} in the store", input=str(self.path))
        return Article.model_validate({**json.loads(row[1]), "text": row[0]})

    def save_result(self, result: dict[str, Any]) -> None:
        """Write one article's outcome (with a row per analyzer that raised, in ``analyzer_failures``)
        and its analysis with its findings, in one transaction.

        result (dict): from :func:`newsloupe.batch.worker.analyze_payload`. Re-saving the
            same article and pipeline version replaces the earlier rows, so a re-run after
            a crash can never leave two analyses of one article.
        """
        aid, version = result["article_id"], result["pipeline_version"]
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO outcomes(article_id, pipeline_version, status, code, reason, seconds, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    aid,
                    version,
                    result["status"],
                    result.get("code"),
                    result.get("reason"),
                    result.get("seconds"),
                    now(),
                ),
            )
            c.execute("DELETE FROM analyzer_failures WHERE article_id = ? AND pipeline_version = ?", (aid, version))
            failures = result.get("failures") or []
            if failures:
                c.executemany(
                    "INSERT OR REPLACE INTO analyzer_failures(article_id, pipeline_version, analyzer, code, message)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(aid, version, *f) for f in failures],
                )
            if result.get("analysis") is None:
                return
            c.execute(
                "INSERT OR REPLACE INTO analyses(article_id, pipeline_version, json, analysed_at) VALUES (?, ?, ?, ?)",
                (aid, version, result["analysis"], now()),
            )
            rows = result["rows"]
            for table in FINDING_TABLES:
                c.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
                items = rows.get(table) or []
                if items:
                    cols = _FINDING_COLUMNS[table]
                    marks = ", ".join("?" * (cols.count(",") + 1))
                    c.executemany(f"INSERT INTO {table}({cols}) VALUES ({marks})", [(aid, *r) for r in items])
            c.execute(
                "INSERT OR REPLACE INTO summaries(article_id, pipeline_version, outlet, published_month, language,"
                " genre, n_attributions, n_sourced, n_anonymous, n_assertions, n_unsourced, n_techniques)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (aid, version, *rows["summary"]),
            )
            c.execute(
                "UPDATE fts SET quotes = ?, speakers = ? WHERE rowid = ?", (rows["quotes"], rows["speakers"], aid)
            )
            if result.get("language"):
                c.execute("UPDATE articles SET language = ? WHERE id = ?", (result["language"], aid))
            if result.get("published"):
                c.execute(
                    "UPDATE articles SET published = ?, published_month = ? WHERE id = ? AND published IS NULL",
                    (result["published"], month_of(result["published"]), aid),
                )

    def start_run(self, version: str, *, engine: str, workers: int) -> int:
        """Record the start of a run; RETURNS its id."""
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO runs(pipeline_version, engine, workers, started_at) VALUES (?, ?, ?, ?)",
                (version, engine, workers, now()),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, *, done: int, failed: int) -> None:
        """Record the end of a run."""
        with self.transaction() as c:
            c.execute(
                "UPDATE runs SET finished_at = ?, done = ?, failed = ? WHERE id = ?", (now(), done, failed, run_id)
            )

    @contextmanager
    def run_lock(self) -> Iterator[None]:
        """Hold the store's run lock: two runs on one store would analyse the same articles.

        A lock left by a killed run (its process is gone) is taken over.
        RAISES (NewsloupeError): another live run holds the lock.
        """
        me = {"pid": os.getpid(), "host": socket.gethostname(), "at": now()}
        with self.transaction() as c:
            row = c.execute("SELECT value FROM meta WHERE key = 'run_lock'").fetchone()
            if row:
                held = json.loads(row[0])
                if held.get("host") == me["host"] and _alive(int(held.get("pid", 0))):
                    raise NewsloupeError(
                        f"another run (pid {held['pid']}, since {held.get('at')}) is working on this store; "
                        "wait for it or stop it",
                        input=str(self.path),
                        code=E_PIPELINE,
                    )
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('run_lock', ?)", (json.dumps(me),))
        try:
            yield
        finally:
            self.set_meta("run_lock", None)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
