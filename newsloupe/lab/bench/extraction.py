"""Body-extraction benchmark on the Scrapinghub article-extraction-benchmark pages.

Run: ``python -m newsloupe.lab.bench.extraction [DATA_DIR]``. The data (181 news
pages, ``html/<id>.html.gz`` and ``ground-truth.json`` = ``{id: {"url",
"articleBody"}}``) is looked up in ``../shared/data/extraction/scrapinghub``
beside the repository; without it the benchmark says so and is skipped.

Metrics as the benchmark defines them: the text is split into word tokens
(``\\w+``, lowercased), 4-token shingles are counted on both sides, and each
page gets true/false positives and false negatives from the shingle-count
overlap, normalised so that they sum to 1 (long pages weigh no more than short
ones). Precision, recall and F1 are then computed from the per-page values
summed over all pages; "accuracy" is the share of pages whose shingles match
exactly (no false positive, no false negative). ``macro_*`` are the plain means
of the per-page precision / recall / F1, and ``*_std`` bootstrap standard
deviations (pages resampled with replacement).

newsloupe is scored on ``article.body`` (body paragraphs only: no title,
captions or source line); the baseline is ``trafilatura.extract`` with its
default settings, measured in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsloupe.errors import NewsloupeError
from newsloupe.ingest.html import parse_html
from newsloupe.lab import SHARED

NGRAM = 4
BOOTSTRAP_SAMPLES = 300
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def default_data_dir() -> Path:
    """``<repo>/../shared/data/extraction/scrapinghub``."""
    return SHARED / "data" / "extraction" / "scrapinghub"


def shingles(text: str | None, n: int = NGRAM) -> Counter[str]:
    """Counts of the lowercase word n-grams of ``text`` (one shingle for texts shorter than n)."""
    tokens = _TOKEN_RE.findall((text or "").lower())
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_match(true: str | None, pred: str | None, n: int = NGRAM) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) from shingle-count overlap, normalised to sum to 1 (all 0 if both are empty)."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def aggregate(per_page: list[tuple[float, float, float]]) -> dict[str, float]:
    """Benchmark metrics (and macro means) from per-page normalised (tp, fp, fn)."""
    if not per_page:
        return {}
    tp = sum(m[0] for m in per_page)
    fp = sum(m[1] for m in per_page)
    fn = sum(m[2] for m in per_page)
    precision, recall, f1 = _prf(tp, fp, fn)
    per_doc = [_prf(*m) for m in per_page]
    count = len(per_page)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": sum(1 for m in per_page if m[0] > 0 and m[1] == 0 and m[2] == 0) / count,
        "macro_precision": sum(d[0] for d in per_doc) / count,
        "macro_recall": sum(d[1] for d in per_doc) / count,
        "macro_f1": sum(d[2] for d in per_doc) / count,
    }


def bootstrap_std(per_page: list[tuple[float, float, float]], samples: int = BOOTSTRAP_SAMPLES) -> dict[str, float]:
    """Bootstrap standard deviation of precision / recall / F1 / accuracy (fixed seed)."""
    rng = random.Random(0)
    keys = ("precision", "recall", "f1", "accuracy")
    values: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(samples):
        sample = [per_page[rng.randrange(len(per_page))] for _ in per_page]
        result = aggregate(sample)
        for k in keys:
            values[k].append(result[k])
    out = {}
    for k, vs in values.items():
        mean = sum(vs) / len(vs)
        out[f"{k}_std"] = (sum((v - mean) ** 2 for v in vs) / max(1, len(vs) - 1)) ** 0.5
    return out


def _newsloupe_body(page_id: str, html: bytes, url: str | None) -> str:
    try:
        return parse_html(html, article_id=page_id, source=f"{page_id}.html", url=url).body
    except NewsloupeError:
        return ""


def _trafilatura_default(page_id: str, html: bytes, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def _score(
    name: str,
    extract: Callable[[str, bytes, str | None], str],
    pages: dict[str, bytes],
    truth: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    per_page: list[tuple[float, float, float]] = []
    empty = 0
    started = time.perf_counter()
    for page_id, html in pages.items():
        pred = extract(page_id, html, truth[page_id].get("url"))
        if not pred.strip():
            empty += 1
        per_page.append(shingle_match(truth[page_id].get("articleBody", ""), pred))
    elapsed = time.perf_counter() - started
    result: dict[str, Any] = {"name": name, **aggregate(per_page), **bootstrap_std(per_page)}
    result.update(pages=len(pages), empty=empty, seconds_per_page=elapsed / max(1, len(pages)))
    return result


def run_extraction_benchmark(
    data_dir: Path | None = None, *, baseline: bool = True, limit: int | None = None
) -> dict[str, Any]:
    """Score newsloupe's HTML body extraction (and the trafilatura baseline) on the benchmark pages.

    data_dir (Path | None): the benchmark folder; default :func:`default_data_dir`.
    baseline (bool): also score ``trafilatura.extract`` with default settings.
    limit (int | None): score only the first ``limit`` pages (sorted by id).
    RETURNS (dict): ``{"pages", "newsloupe": metrics, "trafilatura": metrics}`` or ``{"skipped": reason}``.
    """
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    truth_file = data_dir / "ground-truth.json"
    if not truth_file.is_file() or not (data_dir / "html").is_dir():
        reason = f"skipped: extraction benchmark data not found in {data_dir}"
        print(reason)
        return {"skipped": reason}
    truth: dict[str, dict[str, Any]] = json.loads(truth_file.read_text(encoding="utf-8"))
    pages: dict[str, bytes] = {}
    for page_id in sorted(truth):
        path = data_dir / "html" / f"{page_id}.html.gz"
        if path.is_file():
            with gzip.open(path, "rb") as fh:
                pages[page_id] = fh.read()
        if limit is not None and len(pages) >= limit:
            break
    results: dict[str, Any] = {"pages": len(pages), "data_dir": str(data_dir)}
    results["newsloupe"] = _score("newsloupe parse_html", _newsloupe_body, pages, truth)
    if baseline:
        results["trafilatura"] = _score("trafilatura.extract (defaults)", _trafilatura_default, pages, truth)
    return results


def format_table(results: dict[str, Any]) -> str:
    """The results as a plain-text table."""
    if "skipped" in results:
        return str(results["skipped"])
    columns = ("precision", "recall", "F1", "accuracy")
    header = f"{'extractor':32} " + " ".join(f"{c:>15}" for c in columns) + f" {'macro F1':>9} {'ms/page':>8}"
    lines = [f"extraction benchmark: {results['pages']} pages ({results['data_dir']})", header, "-" * len(header)]
    for key in ("newsloupe", "trafilatura"):
        r = results.get(key)
        if not r:
            continue
        cells = [f"{r[m]:.3f} ± {r[m + '_std']:.3f}" for m in ("precision", "recall", "f1", "accuracy")]
        lines.append(
            f"{r['name']:32} {cells[0]:>15} {cells[1]:>15} {cells[2]:>15} {cells[3]:>15} "
            f"{r['macro_f1']:>9.3f} {r['seconds_per_page'] * 1000:>8.1f}"
        )
        if r["empty"]:
            lines.append(f"  ({r['empty']} pages with no extracted text)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m newsloupe.lab.bench.extraction [DATA_DIR] [--no-baseline] [--limit N]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=None, help="benchmark folder")
    parser.add_argument("--no-baseline", action="store_true", help="skip the trafilatura baseline")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = run_extraction_benchmark(args.data_dir, baseline=not args.no_baseline, limit=args.limit)
    if args.json:
        print(json.dumps(results, indent=2))
    elif "skipped" not in results:
        print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
