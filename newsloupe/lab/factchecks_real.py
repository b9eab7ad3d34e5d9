"""False fact-check matches on real news (issue 16, stop 36): ``newsloupe eval factchecks --real``.

The memories of the fictional gold sets (``samples/factchecks*``: invented places, people and
figures) are imported together and real articles are matched against them: the French and
English news of ``../shared/gold`` (fr-news, en-news) and the SemEval-2023 training articles of
``../shared/data/semeval2023`` in the languages asked (French and English by default). No real
article states an invented claim, so every match is false: the measure is the number of matches
per 100 articles, and the list of them (printed, never written into the repository: the sentences
are third-party text).

The articles' analyses (sentences, entities, attributions, assertions) do not depend on the
matcher: they are kept in the user cache (``$NEWSLOUPE_CACHE``) under a fingerprint of the
analysis code and data (every module and data file of the package but the matcher's, the lab's,
the web app's and the CLI's), so a second run costs only the matching.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from newsloupe.lab import REPO, SHARED

__all__ = [
    "REAL_LANGS",
    "TOPICAL",
    "TOPICAL_PARTS",
    "fact_folders",
    "real_articles",
    "real_matches",
    "topical_matches",
    "topical_part",
]

REAL_LANGS = ("fr", "en")  # the languages the matcher supports (README), the default of the measure
_PACKAGE = REPO / "newsloupe"
# reviews written about real articles' own people (stop 41): one states what its article states, the others are
# near misses (the same people, another predicate, figure or date); the gold gives offsets only
TOPICAL = REPO / "samples" / "realnews-factchecks"
_NOT_ANALYSIS = ("factchecks", "lab", "web", "cli")
# the topical measure split in two by a fixed rule (stop 42): the articles whose file number is even are the part
# whose errors may be read, the odd ones the part read only as figures (both languages in each: 14 + 14 articles,
# 24 links, 79 near misses read; 11 + 11, 16 links, 55 near misses unread)
TOPICAL_PARTS = ("read", "unread")  # folders of the package the analyses do not depend on


def fact_folders() -> list[Path]:
    """Every fictional fact-check gold set of the repository (``samples/factchecks*`` with a memory)."""
    return sorted((p for p in (REPO / "samples").glob("factchecks*") if (p / "memory").is_dir()), key=_set_order)


def _set_order(p: Path) -> tuple[int, str]:
    tail = p.name.removeprefix("factchecks").removeprefix("-heldout")
    return (0 if not p.name.removeprefix("factchecks") else 1 + int(tail or 0)), p.name


def real_articles(langs: tuple[str, ...] = REAL_LANGS, shared: Path = SHARED) -> list[dict[str, Any]]:
    """The real articles of the measure: fr-news and en-news, then the SemEval-2023 training articles of
    ``langs`` (each id once), as records (id, language, title, text).

    RAISES (SystemExit): the shared data is absent (a user's clone has none).
    """
    gold = [shared / "gold" / f"{lang}-news" / f"{lang}-news.jsonl" for lang in ("fr", "en") if lang in langs]
    sem = shared / "data" / "semeval2023"
    if not sem.is_dir() or not all(p.is_file() for p in gold):
        raise SystemExit(f"the real articles are not there ({shared}/gold, {sem}): run beside ../shared")
    recs: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(aid: str, lang: str, text: str) -> None:
        title, _, body = text.strip().partition("\n")
        recs.append({"id": f"{lang}-{aid}", "language": lang, "title": title.strip(), "text": body.strip()})
        seen.add(aid)

    for path in gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                add(r["id"], r["lang"], r["text"])
    for lang in langs:
        for p in sorted((sem / lang / "articles").glob("article*.txt")):
            if p.stem not in seen:
                add(p.stem, lang, p.read_text(encoding="utf-8"))
    return recs


def _analysis_fingerprint() -> str:
    h = hashlib.sha256()
    for p in sorted(_PACKAGE.rglob("*")):
        rel = p.relative_to(_PACKAGE)
        if not p.is_file() or p.suffix not in (".py", ".json") or rel.parts[0] in _NOT_ANALYSIS:
            continue
        if p.name == "factchecks.json":  # the matcher's word lists
            continue
        h.update(str(rel).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def _analyses(recs: list[dict[str, Any]], on_progress: Any = None) -> list[dict[str, Any]]:
    from newsloupe.cache import cache_dir
    from newsloupe.ingest import iter_items
    from newsloupe.pipeline import analyze_article, build_pipeline

    key = hashlib.sha256((_analysis_fingerprint() + json.dumps(recs, sort_keys=True)).encode()).hexdigest()[:16]
    path = cache_dir() / f"factchecks-real-{key}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    tmp = Path(tempfile.mkdtemp(prefix="newsloupe-fcreal-"))
    try:
        src = tmp / "corpus.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        steps = build_pipeline(["sentences", "entities", "attributions", "assertions"])
        docs = []
        items = [it for it in iter_items([str(src)]) if it.article is not None]
        for n, item in enumerate(items, 1):
            assert item.article is not None
            docs.append(analyze_article(item.article, pipeline=steps).to_dict())
            if on_progress:
                on_progress(n, len(items))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _keep(path, docs)
    return docs


def _keep(path: Path, docs: list[dict[str, Any]]) -> None:
    """Write analyses to the user cache (whole or not at all); a cache that cannot be written is analysed again
    next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        part.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
        part.replace(path)
    except OSError:
        pass


def _memory(folders: list[Path]) -> Any:
    from newsloupe.factchecks.match import load_memory
    from newsloupe.factchecks.memory import import_sources
    from newsloupe.store import Store

    tmp_dir = tempfile.mkdtemp(prefix="newsloupe-fcreal-mem-")
    atexit.register(shutil.rmtree, tmp_dir, ignore_errors=True)  # the memory reads its store while matching
    sources: list[str] = []
    for folder in folders:
        mem_dir = folder / "memory"
        sources += [
            str(p) for p in sorted(mem_dir.iterdir()) if p.suffix in (".json", ".jsonl") and "malformed" not in p.name
        ]
        sources += [str(p) for p in sorted((mem_dir / "pages").glob("*.html"))]
    db = Path(tmp_dir) / "memory.db"
    with Store(db) as store:
        import_sources(store.conn, sources)
        mem = load_memory(store.conn, path=str(db))
    if mem is None:
        raise SystemExit("no review could be imported from the fictional memories")
    return mem


def real_matches(
    langs: tuple[str, ...] = REAL_LANGS, *, folders: list[Path] | None = None, on_progress: Any = None
) -> dict[str, Any]:
    """Match the real articles of ``langs`` against the fictional memories (every match is false).

    RETURNS (dict): ``articles`` (per language too: ``by_language``), ``reviews``, ``matches`` (each with
        its article, language, score, sentence and review claim), ``per_100`` (matches per 100 articles),
        ``articles_matched``.
    """
    from newsloupe.factchecks.match import candidates, matcher_model, select

    folders = folders or fact_folders()
    recs = real_articles(langs)
    docs = _analyses(recs, on_progress)
    memory = _memory(folders)
    model = matcher_model()
    matches = []
    by_lang: dict[str, int] = {}
    for rec, doc in zip(recs, docs, strict=True):
        by_lang[rec["language"]] = by_lang.get(rec["language"], 0) + 1
        for c in select(candidates(doc, memory, elsewhere_too=False), model):
            r = memory.reviews[c.review]
            matches.append(
                {
                    "article": rec["id"],
                    "language": doc.get("language"),
                    "score": round(c.score, 3),
                    "text": c.unit.text,
                    "claim": r.claim,
                    "review": r.url,
                    "features": dict(zip(_feature_names(), (round(v, 3) for v in c.features), strict=True)),
                }
            )
    return {
        "articles": len(recs),
        "by_language": by_lang,
        "sets": [f.name for f in folders],
        "reviews": len(memory),
        "matches": matches,
        "per_100": 100 * len(matches) / len(recs) if recs else 0.0,
        "articles_matched": len({m["article"] for m in matches}),
    }


def _feature_names() -> tuple[str, ...]:
    from newsloupe.factchecks.match import FEATURES

    return FEATURES


def _file_analyses(paths: list[Path], on_progress: Any = None) -> list[dict[str, Any]]:
    """The analyses (sentences, entities, attributions, assertions) of plain-text files, kept in the user cache
    as :func:`_analyses` keeps its records'."""
    from newsloupe.cache import cache_dir
    from newsloupe.ingest import iter_items
    from newsloupe.pipeline import analyze_article, build_pipeline

    h = hashlib.sha256(_analysis_fingerprint().encode())
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    path = cache_dir() / f"factchecks-topical-{h.hexdigest()[:16]}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    steps = build_pipeline(["sentences", "entities", "attributions", "assertions"])
    docs = []
    for n, item in enumerate(iter_items([str(p) for p in paths]), 1):
        if item.article is None:
            raise SystemExit(f"{item.source}: not analysed ({item.error})")
        docs.append(analyze_article(item.article, pipeline=steps).to_dict())
        if on_progress:
            on_progress(n, len(paths))
    _keep(path, docs)
    return docs


def topical_part(article: str) -> str:
    """The part of the topical measure an article belongs to (:data:`TOPICAL_PARTS`): "read" when the number of
    its file (``en/article761564397.txt``) is even, "unread" when odd."""
    digits = "".join(ch for ch in article.rpartition("/")[2] if ch.isdigit())
    return TOPICAL_PARTS[int(digits or 0) % 2]


def topical_matches(
    folder: Path = TOPICAL, shared: Path = SHARED, *, part: str | None = None, on_progress: Any = None
) -> dict[str, Any]:
    """Match real articles against reviews about their own people (``folder``: ``memory.jsonl`` and ``gold.json``
    of offsets into ``shared``'s SemEval-2023 articles). A match is right when it lies in the gold sentence's
    article, covers at least 30 % of it and names its review (the issue's rule); a match to a near miss, or in an
    article without a link, is false.

    part (str | None): only the articles of this part (:func:`topical_part`; the memory is the whole one: a
    review written about an article of one part may be met in a sibling article of the other).

    RETURNS (dict): ``articles``, ``reviews``, ``links``, ``right``, ``predicted``, ``precision``, ``recall``,
        ``cross_language_links`` / ``cross_language_found``, ``near_misses`` / ``near_misses_matched``,
        ``no_claim_articles`` / ``no_claim_matches``, ``matches`` (each with its article, score, sentence, claim
        and whether it is right), ``missed`` (the links not found: article, claim, gold offsets and sentence;
        printed, never stored: third-party text).

    RAISES (SystemExit): the shared articles or the folder are absent.
    """
    from newsloupe.factchecks.match import candidates, load_memory, matcher_model, select
    from newsloupe.factchecks.memory import import_sources
    from newsloupe.store import Store

    sem = shared / "data" / "semeval2023"
    if not (folder / "gold.json").is_file():
        raise SystemExit(f"{folder}: no gold.json here")
    if part is not None and part not in TOPICAL_PARTS:
        raise ValueError(f"part {part!r}: one of {', '.join(TOPICAL_PARTS)}")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted({g["article"] for g in gold["links"] + gold["near_misses"]} | set(gold["no_claim_articles"]))
    if part is not None:
        names = [n for n in names if topical_part(n) == part]
        kept = set(names)
        gold = {
            "links": [g for g in gold["links"] if g["article"] in kept],
            "near_misses": [g for g in gold["near_misses"] if g["article"] in kept],
            "no_claim_articles": [a for a in gold["no_claim_articles"] if a in kept],
        }
    paths = [sem / n.split("/")[0] / "articles" / n.split("/")[1] for n in names]
    if not all(p.is_file() for p in paths):
        raise SystemExit(f"the real articles are not there ({sem}): run beside ../shared")
    docs = dict(zip(names, _file_analyses(paths, on_progress), strict=True))
    # the gold's offsets count in the file read with universal newlines; the analysis keeps its bytes ("\r\n")
    to_raw: dict[str, list[int]] = {}
    for name, p in zip(names, paths, strict=True):
        raw = p.read_bytes().decode("utf-8")
        if docs[name]["text"] != raw:
            raise SystemExit(f"{p}: the analysed text is not the file's (the gold offsets would not hold)")
        to_raw[name] = [i for i, ch in enumerate(raw) if not (ch == "\r" and raw[i + 1 : i + 2] == "\n")] + [len(raw)]
    tmp_dir = tempfile.mkdtemp(prefix="newsloupe-fctopical-")
    atexit.register(shutil.rmtree, tmp_dir, ignore_errors=True)
    db = Path(tmp_dir) / "memory.db"
    with Store(db) as store:
        import_sources(store.conn, [str(folder / "memory.jsonl")])
        memory = load_memory(store.conn, path=str(db))
    if memory is None:
        raise SystemExit(f"{folder}: no review could be imported")
    lang_of = {r.url: r.language for r in memory.reviews}
    links = {(g["article"], g["review"]): g for g in gold["links"]}
    near = {(g["article"], g["review"]) for g in gold["near_misses"]}
    model = matcher_model()
    matches: list[dict[str, Any]] = []
    found: set[tuple[str, str]] = set()
    for name in names:
        doc = docs[name]
        for c in select(candidates(doc, memory, elsewhere_too=False), model):
            r = memory.reviews[c.review]
            g = links.get((name, r.url))
            right = False
            if g is not None:
                start, end = to_raw[name][g["start"]], to_raw[name][g["end"]]
                right = min(c.unit.end, end) - max(c.unit.start, start) >= 0.3 * (end - start)
            if right:
                found.add((name, r.url))
            matches.append(
                {
                    "article": name,
                    "score": round(c.score, 3),
                    "text": c.unit.text,
                    "claim": r.claim,
                    "right": right,
                    "near_miss": (name, r.url) in near,
                }
            )
    right_n = sum(m["right"] for m in matches)
    cross = [k for k in links if lang_of.get(k[1]) != k[0].split("/")[0]]
    claim_of = {r.url: r.claim for r in memory.reviews}
    missed = [
        {
            "article": k[0],
            "claim": claim_of.get(k[1], k[1]),
            "start": g["start"],
            "end": g["end"],
            "text": docs[k[0]]["text"][to_raw[k[0]][g["start"]] : to_raw[k[0]][g["end"]]],
        }
        for k, g in links.items()
        if k not in found
    ]
    return {
        "part": part,
        "articles": len(names),
        "reviews": len(memory),
        "links": len(links),
        "right": right_n,
        "predicted": len(matches),
        "precision": right_n / len(matches) if matches else 0.0,
        "recall": len(found) / len(links) if links else 0.0,
        "cross_language_links": len(cross),
        "cross_language_found": sum(k in found for k in cross),
        "near_misses": len(near),
        "near_misses_matched": len({(m["article"], m["claim"]) for m in matches if m["near_miss"]}),
        "no_claim_articles": len(gold["no_claim_articles"]),
        "no_claim_matches": sum(m["article"] in set(gold["no_claim_articles"]) for m in matches),
        "matches": matches,
        "missed": missed,
    }
