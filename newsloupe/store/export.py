"""Export the latest analysis of stored articles: JSONL, CSV, Parquet, GeoJSON, SemEval.

- ``jsonl``: one analysis document per line (the committed JSON schema).
- ``csv`` / ``parquet``: one row per article with its metadata and counts
  (attributions, anonymous sources, unsourced assertions, techniques, frames,
  genre, places); Parquet adds the analysis document as a column.
- ``geojson``: a FeatureCollection with one point per resolved place mention.
- ``semeval``: SemEval-2023 Task 3 files: ``techniques.txt`` (``id<TAB>line<TAB>labels``,
  one row per non-blank line), ``frames.txt`` (``id<TAB>labels``) and ``genre.txt``
  (``id<TAB>label``).

``--where`` takes a SQL condition over the ``articles`` columns (:data:`WHERE_COLUMNS`:
``id``, ``doc_id``, ``outlet``, ``language``, ``published``, ``published_month``, ``url``,
``title``, ``dup_group``…), run on a read-only connection; ``id`` compared with text is the
id the other commands print (``id='article12'``, the ``doc_id``), with a number the store's.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsloupe import errors
from newsloupe.errors import BadInput, NotFound
from newsloupe.lang import attribution_runs, quote_speakers_read
from newsloupe.model import json_spans
from newsloupe.store.search import Filters

FORMATS = ("jsonl", "csv", "parquet", "geojson", "semeval")
CSV_COLUMNS = (
    "id",
    "doc_id",
    "url",
    "outlet",
    "language",
    "published",
    "title",
    "dup_group",
    "pipeline_version",
    "attributions",
    "sourced",
    "anonymous",
    "assertions",
    "unsourced",
    "techniques",
    "frames",
    "genre",
    "places",
    "speakers",
)


WHERE_COLUMNS = (
    "id",
    "doc_id",
    "url",
    "outlet",
    "language",
    "published",
    "published_month",
    "title",
    "format",
    "input",
    "dup_group",
    "ingested_at",
)
# ``id`` compared with text is the id the commands print (the store's ``doc_id``); compared with a number, the store's
_ID_AS_TEXT = re.compile(r"(?<![\w.\"'])id(?=\s*(?:==?|!=|<>|\bin\b|\blike\b|\bglob\b)\s*\(?\s*')", re.IGNORECASE)


def where_ids(conn: sqlite3.Connection, where: str) -> list[int]:
    """The store ids of the articles ``where`` selects, run on the articles table alone (no other table's columns
    leak in: an unknown column is an error that names it and lists the columns)."""
    sql = "SELECT id FROM articles WHERE " + _ID_AS_TEXT.sub("doc_id", where)
    try:
        return [int(r[0]) for r in conn.execute(sql)]
    except (sqlite3.ProgrammingError, sqlite3.Warning):  # "1; DROP TABLE articles": sqlite runs one statement only
        raise BadInput(
            "invalid --where condition: one SQL condition on the articles, with no ';' nor a second statement "
            "(e.g. --where \"outlet = 'Le Monde'\")",
            input=where,
            code=errors.E_FORMAT,
        ) from None
    except sqlite3.OperationalError as err:
        msg = str(err)
        if msg.startswith("no such column"):
            msg = f"{msg}; the columns are {', '.join(WHERE_COLUMNS)}"
        raise BadInput(f"invalid --where condition ({msg})", input=where) from None


def _rows(conn: sqlite3.Connection, filters: Filters | None, where: str | None) -> Iterator[tuple[Any, ...]]:
    cond, params = (filters or Filters()).sql("a")
    if where:
        # The condition runs on its own first: it sees the articles columns alone, unambiguous.
        cond = f"({cond}) AND a.id IN (SELECT value FROM json_each(?))"
        params = [*params, json.dumps(where_ids(conn, where))]
    sql = (
        "SELECT a.id, a.doc_id, a.url, a.outlet, a.language, a.published, a.title, a.dup_group,"
        " s.pipeline_version, s.n_attributions, s.n_sourced, s.n_anonymous, s.n_assertions, s.n_unsourced,"
        " s.genre, an.json"
        " FROM articles AS a JOIN summaries s ON s.article_id = a.id"
        " JOIN analyses an ON an.article_id = a.id AND an.pipeline_version = s.pipeline_version"
        f" WHERE {cond} ORDER BY a.id"
    )
    try:
        yield from conn.execute(sql, params)
    except sqlite3.OperationalError as err:
        raise BadInput(f"invalid --where condition ({err})", input=where) from None


def _flat(row: tuple[Any, ...], doc: dict[str, Any]) -> dict[str, Any]:
    values = dict(zip(CSV_COLUMNS[:14], row[:14], strict=True))
    values["techniques"] = ";".join(sorted({str(t.get("label")) for t in json_spans(doc, "techniques")}))
    values["frames"] = ";".join(str(f.get("label")) for f in doc.get("frames") or [])
    values["genre"] = row[14]
    values["places"] = ";".join(dict.fromkeys(str(p.get("name")) for p in json_spans(doc, "places")))
    values["speakers"] = ""
    if not attribution_runs(values["language"]):
        # no attribution rules for the language (de, it, pl, ru…): the quotations are found, their speakers are
        # not read, and none of them is judged sourced or not: empty cells, not 0 (stop 42, a new user's A3)
        values["sourced"] = values["anonymous"] = values["assertions"] = values["unsourced"] = None
        lang = values["language"] or "?"
        # de/it/pl/ru: a direct quotation's speaker is read when a reporting verb and a name stand next to its marks
        # (stop 42, multi42), and reports with a named source (stop 43, multi43); the sourcing figures stay unknown
        values["speakers"] = (
            f"speakers named in quotations and reports only ({lang})"
            if quote_speakers_read(values["language"])
            else f"speaker not identified ({lang})"
        )
    return values


def check_output_file(out: Path | None) -> None:
    """Refuse an output path that is a folder or whose folder is missing (BadInput / NotFound naming it)."""
    if out is None:
        return
    if out.is_dir():
        raise BadInput("this is a folder; give a file to write", input=str(out), code=errors.E_FORMAT)
    if not out.parent.is_dir():
        raise NotFound(f"the folder {str(out.parent)!r} does not exist; create it first", input=str(out))


# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection"): it gets a quote first.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _open(out: Path | None, binary: bool = False) -> IO[Any]:
    if out is None:
        return sys.stdout.buffer if binary else sys.stdout
    return out.open("wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else "")


def export(
    conn: sqlite3.Connection,
    fmt: str,
    out: Path | None = None,
    *,
    filters: Filters | None = None,
    where: str | None = None,
) -> int:
    """Write the analyses of the selected articles in ``fmt``.

    conn (sqlite3.Connection): a read-only connection of the store.
    fmt (str): one of :data:`FORMATS`.
    out (Path | None): output file (a folder for ``semeval``); None writes to stdout
        (not for ``parquet`` and ``semeval``).
    filters (Filters | None): outlet, language, dates, source type, technique.
    where (str | None): a SQL condition over the ``articles`` columns.
    RETURNS (int): number of articles written.
    """
    if fmt not in FORMATS:
        raise BadInput(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt != "semeval":
        check_output_file(out)
    rows = _first_read(_rows(conn, filters, where))
    if fmt == "jsonl":
        return _jsonl(rows, out)
    if fmt == "csv":
        return _csv(rows, out)
    if fmt == "parquet":
        return _parquet(rows, out)
    if fmt == "geojson":
        return _geojson(rows, out)
    return _semeval(rows, out)


def _first_read(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """The rows with the query run before anything is written: a bad ``--where`` fails before a CSV header
    reaches the output or an output file is opened."""
    try:
        first = next(rows)
    except StopIteration:
        return iter(())
    return itertools.chain([first], rows)


def _jsonl(rows: Iterator[tuple[Any, ...]], out: Path | None) -> int:
    f = _open(out)
    n = 0
    for row in rows:
        f.write(row[15] + "\n")
        n += 1
    if out is not None:
        f.close()
    return n


def _csv(rows: Iterator[tuple[Any, ...]], out: Path | None) -> int:
    f = _open(out)
    writer = csv.DictWriter(f, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: neutralise_cell(v) for k, v in _flat(row, json.loads(row[15])).items()})
        n += 1
    if out is not None:
        f.close()
    return n


def _parquet(rows: Iterator[tuple[Any, ...]], out: Path | None) -> int:
    if out is None:
        raise BadInput("parquet is binary: give --out FILE.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise BadInput("parquet export needs pyarrow: pip install pyarrow") from err
    records = []
    for row in rows:
        rec = _flat(row, json.loads(row[15]))
        rec["analysis"] = row[15]
        records.append(rec)
    schema = pa.schema(
        [
            (c, pa.int64() if c in ("id", "dup_group") or c in CSV_COLUMNS[9:14] else pa.string())
            for c in (*CSV_COLUMNS, "analysis")
        ]
    )
    pq.write_table(pa.Table.from_pylist(records, schema=schema), out, compression="zstd")
    return len(records)


def _geojson(rows: Iterator[tuple[Any, ...]], out: Path | None) -> int:
    features = []
    n = 0
    for row in rows:
        doc = json.loads(row[15])
        n += 1
        for p in json_spans(doc, "places"):
            if p.get("lat") is None or p.get("lon") is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                    "properties": {
                        "name": p.get("name"),
                        "country": p.get("country"),
                        "text": p.get("text"),
                        "start": p.get("start"),
                        "end": p.get("end"),
                        "article": row[0],
                        "doc_id": row[1],
                        "title": row[6],
                        "outlet": row[3],
                        "published": row[5],
                        "url": row[2],
                    },
                }
            )
    f = _open(out)
    json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
    f.write("\n")
    if out is not None:
        f.close()
    return n


def semeval_lines(doc: dict[str, Any]) -> list[tuple[int, list[str]]]:
    """(line, technique labels) for every non-blank line of an analysis, in order.

    A technique's ``paragraph`` is its SemEval line number (1-based, blank lines counted).
    """
    by_line: dict[int, list[str]] = {}
    for t in json_spans(doc, "techniques"):
        line = t.get("paragraph")
        if isinstance(line, int) and t.get("label"):
            labels = by_line.setdefault(line, [])
            if t["label"] not in labels:
                labels.append(str(t["label"]))
    lines = [p["line"] for p in json_spans(doc, "paragraphs") if isinstance(p.get("line"), int)]
    if not lines:
        lines = [i for i, text in enumerate(str(doc.get("text") or "").split("\n"), 1) if text.strip()]
    return [(line, by_line.get(line, [])) for line in sorted(set(lines) | set(by_line))]


def _semeval(rows: Iterator[tuple[Any, ...]], out: Path | None) -> int:
    if out is None:
        raise BadInput("semeval export writes three files: give --out FOLDER")
    if out.exists() and not out.is_dir():
        raise BadInput("semeval export writes three files: give a folder, not a file", input=str(out))
    out.mkdir(parents=True, exist_ok=True)
    tech, frames, genre = io.StringIO(), io.StringIO(), io.StringIO()
    n = 0
    for row in rows:
        doc = json.loads(row[15])
        aid = doc.get("id") or row[1]
        for line, labels in semeval_lines(doc):
            tech.write(f"{aid}\t{line}\t{','.join(labels)}\n")
        frames.write(f"{aid}\t{','.join(str(f.get('label')) for f in doc.get('frames') or [])}\n")
        g = doc.get("genre")
        genre.write(f"{aid}\t{(g or {}).get('label', '') if isinstance(g, dict) else g or ''}\n")
        n += 1
    (out / "techniques.txt").write_text(tech.getvalue(), encoding="utf-8")
    (out / "frames.txt").write_text(frames.getvalue(), encoding="utf-8")
    (out / "genre.txt").write_text(genre.getvalue(), encoding="utf-8")
    return n
