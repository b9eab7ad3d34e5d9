"""The dates of the fr-news and en-news gold articles, to compare two versions of the dates analyzer.

Usage: ``python scripts/dates_dump.py OUT.json [GOLD_DIR]`` writes, for every article, its dates
(text, value, resolution, year_from, inferred, note) and publication date, analysed without a
publication date, then with one given: the date user35 gave 14 of them (invented), else the publication
date inferred in the first run (the latest date the article reports), else 30 June of the latest year it
writes (a plausible fixed date), so past-tense rules meet real sentences;
``python scripts/dates_dump.py --compare BEFORE.json AFTER.json`` prints every changed value and the counts.
GOLD_DIR defaults to ``../shared/gold`` beside the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# The publication dates user35 gave 14 of these articles (stop 35, invented).
USER_DATES = {
    "article832908905": "2019-03-22",
    "article832908978": "2019-03-22",
    "article832917532": "2019-03-22",
    "article23184": "2022-07-28",
    "article23206": "2022-08-03",
    "article23211": "2022-08-05",
    "article23122": "2021-11-20",
    "article23130": "2022-03-30",
    "article721406153": "2018-08-20",
    "article780787440": "2018-08-20",
    "article2330": "2022-05-10",
    "article2372": "2022-05-12",
    "article754348478": "2018-05-09",
    "article23103": "2022-07-04",
}


def dump(out: str, gold: Path) -> None:
    from newsloupe.ingest.text import parse_text
    from newsloupe.pipeline import analyze

    result = {}
    for name in ("fr-news", "en-news"):
        for line in (gold / name / f"{name}.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            pubs: list[str | None] = [None]
            while pubs:
                pub = pubs.pop(0)
                art = parse_text(rec["text"], article_id=rec["id"], source=rec["id"])
                if pub:
                    art = art.model_copy(update={"published": pub})
                a = analyze(art, lang=rec["lang"], analyzers=["dates"])
                if pub is None:  # then with user35's date, else the one inferred here, else 30 June of its last year
                    years = [
                        int(d.attrs.value[:4]) for d in a.spans.dates if d.attrs and (d.attrs.value or "-")[:1] in "12"
                    ]
                    given = (
                        USER_DATES.get(rec["id"])
                        or (a.published if a.published_inferred else None)
                        or (f"{max(years)}-06-30" if years else None)
                    )
                    pubs += [given] if given else []
                result[f"{rec['id']}|{pub}"] = {
                    "published": a.published,
                    "dates": [
                        [
                            d.text,
                            d.attrs.value,
                            d.attrs.resolution,
                            d.attrs.year_from,
                            d.attrs.inferred,
                            d.attrs.note,
                            d.start,
                        ]
                        for d in a.spans.dates
                        if d.attrs
                    ],
                }
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    print(len(result), "runs,", sum(len(v["dates"]) for v in result.values()), "dates")


def _runs(dump: dict) -> dict[tuple[str, int], str]:
    """Each run's key by (article id, run number): 0 without a publication date, 1 with one."""
    return {(k.split("|")[0], 0 if k.endswith("|None") else 1): k for k in dump}


def _by_place(dates: list) -> dict:
    """The dates of a run by (offset, text), or by (text, its occurrence) in a dump without offsets."""
    out: dict = {}
    for d in dates:
        key = (d[6], d[0]) if len(d) > 6 else (d[0], sum(1 for k in out if k[0] == d[0]))
        out[key] = d
    return out


def compare(before: str, after: str) -> None:
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (before, after))
    n = changed = pubs = 0
    past = [
        sum(1 for v in x.values() for d in v["dates"] if (d[5] or "").startswith("the year before")) for x in (a, b)
    ]
    runs = set()
    # (runs by article and order, the second run's given date may differ; dates by offset when dumped with it,
    # a date found on one side only counts as changed)
    order_a, order_b = _runs(a), _runs(b)
    only = [(side, run) for side, mine, theirs in (("before", order_a, order_b), ("after", order_b, order_a))
            for run in mine if run not in theirs]  # fmt: skip
    for side, run in only:
        print("run on one side only:", side, run)
    for run, key in order_a.items():
        other = order_b.get(run)
        if other is None:
            continue
        if a[key]["published"] != b[other]["published"]:
            pubs += 1
            print("published", key, a[key]["published"], "->", b[other]["published"])
        da, db = _by_place(a[key]["dates"]), _by_place(b[other]["dates"])
        for place in sorted(set(da) | set(db), key=str):
            n += 1
            x, y = da.get(place), db.get(place)
            if x is None or y is None or x[1] != y[1] or x[3] != y[3]:
                changed += 1
                runs.add(run)
                shown = x or y
                print(key, repr(shown[0]), *(x[1:4:2] if x else ["-", "-"]), "->", *(y[1:4:2] if y else ["-", "-"]))
    print(f"{changed} of {n} dates changed (value or year_from) in {len(runs)} of {len(a)} runs;", pubs, "published")
    if only:
        print(f"{len(only)} runs on one side only (not compared)")
    print(f"dates sent to the year before publication by a past tense: {past[0]} -> {past[1]}")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        root = Path(__file__).resolve().parents[1]
        dump(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else root.parent / "shared" / "gold")
