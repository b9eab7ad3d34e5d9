"""The genre head on real and invented news that SemEval's cross-validation does not cover.

``newsloupe eval genre --real`` prints, per source, the share of articles the committed genre
model labels reporting / opinion / satire, and, where a source has labels, how many it gets
right. The sources (those present are read):

* ``polnear``: PolNeAR's 924 US political news articles (``../shared/data/attribution/``), news
  reports from major outlets: a model that reads news reports should call most of them
  reporting (a hand sample of 20 at stop 37: see doc/choices.md);
* ``en-news``, ``fr-news``: the gold sourcing sets (``../shared/gold/``), SemEval training
  articles, so their SemEval genre labels are known (and the model has seen them: a ceiling);
* ``extraction``: the article-extraction benchmark's reference texts (mostly English news pages);
* ``samples-en``, ``samples-fr``: the invented news of ``samples/stories*/corpus.jsonl`` (reports
  with a few columns and tabloid pieces), the project's own texts.

Each article goes through ingestion (paragraphs, language) as in ``newsloupe analyze`` and then
the persuasion model's genre alone (no spaCy parse: the rule sentence splitter).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsloupe.lab import REPO, SHARED
from newsloupe.persuasion.labels import GENRES

Log = Callable[[str], None]


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _semeval_genres(lang: str, shared: Path = SHARED) -> dict[str, str]:
    path = shared / "data" / "semeval2023" / lang / "labels-genre.tsv"
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].strip() in GENRES:
            out[parts[0].strip()] = parts[1].strip()
    return out


def sources(shared: Path = SHARED, samples: Path = REPO / "samples") -> dict[str, list[dict[str, Any]]]:
    """Each present source's records: ``{"id", "text", "language" (a hint or None), "gold" (or None)}``."""
    out: dict[str, list[dict[str, Any]]] = {}
    pol = [shared / "data" / "attribution" / f"polnear-{part}.jsonl" for part in ("train", "dev")]
    if all(p.is_file() for p in pol):
        out["polnear"] = [
            {"id": str(r["id"]), "text": r["text"], "language": "en", "gold": None} for p in pol for r in _jsonl(p)
        ]
    for lang in ("en", "fr"):
        path = shared / "gold" / f"{lang}-news" / f"{lang}-news.jsonl"
        if path.is_file():
            labels = _semeval_genres(lang, shared)
            out[f"{lang}-news"] = [
                {
                    "id": r["id"],
                    "text": r["text"],
                    "language": lang,
                    "gold": labels.get(r["id"].removeprefix("article")),
                }
                for r in _jsonl(path)
            ]
    truth = shared / "data" / "extraction" / "scrapinghub" / "ground-truth.json"
    if truth.is_file():
        data = json.loads(truth.read_text(encoding="utf-8"))
        out["extraction"] = [
            {"id": k, "text": v["articleBody"], "language": None, "gold": None}
            for k, v in sorted(data.items())
            if (v.get("articleBody") or "").strip()
        ]
    recs: dict[str, list[dict[str, Any]]] = {"en": [], "fr": []}
    for corpus in sorted(samples.glob("stories*/corpus.jsonl")):
        for r in _jsonl(corpus):
            if r.get("language") in recs and r.get("text"):
                text = f"{r['title']}\n\n{r['text']}" if r.get("title") else r["text"]
                recs[r["language"]].append({"id": r["id"], "text": text, "language": r["language"], "gold": None})
    for lang, rs in recs.items():
        if rs:
            out[f"samples-{lang}"] = rs
    return out


def _units(record: dict[str, Any], index: int) -> tuple[str, str | None, list[tuple[int, int, int]]]:
    """The ingested text, its language and its title/body paragraphs, as ``newsloupe analyze`` sees them."""
    from newsloupe.errors import BadInput
    from newsloupe.ingest import record_to_article
    from newsloupe.ingest.language import detect_language

    art = record_to_article({"id": record["id"], "text": record["text"]}, source="genre-real", index=index)
    try:
        art = detect_language(art, given=record["language"])
    except BadInput:
        return art.text, None, []
    units = [(p.attrs.line, p.start, p.end) for p in art.paragraphs if p.label in ("title", "body") and p.end > p.start]
    return art.text, art.language, units


def measure(
    log: Log = print, model_dir: Path | None = None, found: dict[str, list[dict[str, Any]]] | None = None
) -> dict[str, Any]:
    """Print and return each source's genre shares (and accuracy where labelled) over ``found``
    (default: :func:`sources`) with the models of ``model_dir`` (default: the committed ones)."""
    from newsloupe.persuasion.model import PersuasionModel, supported

    found = sources() if found is None else found
    if not found:
        log("skipped: none of the real-news sources is here (../shared/data, ../shared/gold, samples/stories*)")
        return {}
    model = PersuasionModel(model_dir)
    log("genre on real and invented news (share of articles per label; right = agrees with the SemEval label)")
    log(f"  {'source':12} {'lang':4} {'n':>5}  {'reporting':>9} {'opinion':>8} {'satire':>7}  {'right':>9}")
    result: dict[str, Any] = {}
    for name, records in found.items():
        by_lang: dict[str, Counter[str]] = {}
        right: dict[str, list[int]] = {}
        skipped = 0
        for i, rec in enumerate(records):
            text, lang, units = _units(rec, i)
            if not lang or not units or not supported(lang):
                skipped += 1  # no language found, no paragraph, or a language with no genre model
                continue
            label = model.genre(text, lang, units)["label"]
            by_lang.setdefault(lang, Counter())[label] += 1
            if rec["gold"]:
                r = right.setdefault(lang, [0, 0])
                r[0] += label == rec["gold"]
                r[1] += 1
        for lang, c in sorted(by_lang.items(), key=lambda kv: -sum(kv[1].values())):
            n = sum(c.values())
            shares = {g: c[g] / n for g in GENRES}
            ok = right.get(lang)
            cell = f"{ok[0]}/{ok[1]}" if ok else "-"
            log(
                f"  {name:12} {lang:4} {n:5}  {shares['reporting']:9.2f} {shares['opinion']:8.2f} "
                f"{shares['satire']:7.2f}  {cell:>9}"
            )
            result[f"{name}/{lang}"] = {"n": n, **{g: round(v, 4) for g, v in shares.items()}, "right": ok}
        if skipped:
            log(f"  {name:12} {skipped} of {len(records)} articles skipped (no language, no text, or no genre model)")
    if any(name.endswith("-news") for name in found):
        log("  (en-news, fr-news: SemEval training articles, so the committed model has seen their labels: a ceiling)")
    return result
