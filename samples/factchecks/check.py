#!/usr/bin/env python3
"""Consistency check of the fictional fact-check memory, articles and gold of samples/factchecks.

Run from anywhere: ``python3 samples/factchecks/check.py``. Standard library only. Prints the
counts and exits non-zero on any problem.

Checks: every memory file parses (JSONL, JSON array, DataFeed, search-API JSON, JSON-LD in the
HTML pages, with ``@graph`` and arrays); every review carries the fields the README announces;
review URLs are unique across the memory; malformed.jsonl has exactly the lines described in
malformed-expected.json and its duplicates point at a URL seen before; articles parse and are
150-400 words; every gold text is found verbatim exactly once in ``title + "\\n\\n" + text`` of
its article; every gold review URL is in the memory; ``cross_language`` agrees with the
languages; no-claim articles have no link; the minimum counts of the issue are met.
"""

import json
import re
import sys
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEM = HERE / "memory"
problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


class LdJson(HTMLParser):
    """Collect the contents of <script type="application/ld+json"> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json":
            self._buf = []

    def handle_data(self, data):
        if self._buf is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._buf is not None:
            self.blocks.append("".join(self._buf))
            self._buf = None


def is_type(obj, name: str) -> bool:
    t = obj.get("@type") if isinstance(obj, dict) else None
    return t == name or (isinstance(t, list) and name in t)


def claim_reviews_in(node, where: str) -> list[dict]:
    """ClaimReview objects in a JSON-LD value (object, array, @graph)."""
    out = []
    if isinstance(node, list):
        for n in node:
            out += claim_reviews_in(n, where)
    elif isinstance(node, dict):
        if is_type(node, "ClaimReview"):
            out.append(node)
        for n in node.get("@graph", []):
            out += claim_reviews_in(n, where)
    return out


def valid_date(s) -> bool:
    if not isinstance(s, str):
        return False
    try:
        d = date.fromisoformat(s[:10])
    except ValueError:
        return False
    return date(2020, 1, 1) <= d <= date(2026, 12, 31)


def check_review(cr: dict, where: str, graph_ids: dict | None = None) -> None:
    url = cr.get("url")
    if not (isinstance(url, str) and re.match(r"^https://[a-z0-9-]+\.example/", url)):
        problem(f"{where}: url {url!r} is not a fictional https://<checker>.example/ URL")
    if not isinstance(cr.get("claimReviewed"), str) or not cr["claimReviewed"].strip():
        problem(f"{where}: claimReviewed missing or not a string")
    rr = cr.get("reviewRating") or {}
    for k in ("ratingValue", "bestRating", "worstRating", "alternateName"):
        if k not in rr:
            problem(f"{where}: reviewRating.{k} missing")
    if rr.get("@type") != "Rating":
        problem(f"{where}: reviewRating @type is not Rating")
    try:
        if not float(rr["worstRating"]) <= float(rr["ratingValue"]) <= float(rr["bestRating"]):
            problem(f"{where}: ratingValue out of [worstRating, bestRating]")
    except (KeyError, TypeError, ValueError):
        problem(f"{where}: rating values not numeric")
    author = cr.get("author") or {}
    if "@id" in author and graph_ids is not None:
        author = graph_ids.get(author["@id"], {})
    if not (is_type(author, "Organization") and author.get("name") and author.get("url")):
        problem(f"{where}: author is not an Organization with name and url")
    item = cr.get("itemReviewed") or {}
    if not (
        is_type(item, "Claim") and (item.get("author") or {}).get("name") and valid_date(item.get("datePublished"))
    ):
        problem(f"{where}: itemReviewed is not a Claim with author.name and datePublished")
    if not valid_date(cr.get("datePublished")):
        problem(f"{where}: datePublished {cr.get('datePublished')!r} invalid")
    if cr.get("inLanguage") not in ("fr", "en"):
        problem(f"{where}: inLanguage {cr.get('inLanguage')!r} not fr/en")


def load_memory() -> tuple[dict, Counter, dict]:
    """Return {url: (language, source file)}, per-format counts, page features."""
    reviews: dict[str, tuple[str, str]] = {}
    per_format: Counter = Counter()
    reviewers: set[str] = set()

    def add(url, lang, src, reviewer):
        if url in reviews:
            problem(f"{src}: duplicate review url {url} (also in {reviews[url][1]})")
        reviews[url] = (lang, src)
        per_format[src.split("/")[0] if "/" in src else src] += 1
        reviewers.add(reviewer)

    for n, line in enumerate((MEM / "reviews.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        where = f"reviews.jsonl:{n}"
        try:
            cr = json.loads(line)
        except json.JSONDecodeError as e:
            problem(f"{where}: {e}")
            continue
        check_review(cr, where)
        add(cr.get("url"), cr.get("inLanguage"), "reviews.jsonl", cr["author"]["name"])

    arr = json.loads((MEM / "reviews.json").read_text(encoding="utf-8"))
    if not isinstance(arr, list):
        problem("reviews.json: not a JSON array")
    for i, cr in enumerate(arr):
        check_review(cr, f"reviews.json[{i}]")
        add(cr.get("url"), cr.get("inLanguage"), "reviews.json", cr["author"]["name"])

    feed = json.loads((MEM / "datafeed.json").read_text(encoding="utf-8"))
    if not is_type(feed, "DataFeed"):
        problem("datafeed.json: @type is not DataFeed")
    for i, el in enumerate(feed.get("dataFeedElement", [])):
        items = el.get("item")
        items = items if isinstance(items, list) else [items]
        for cr in items:
            check_review(cr, f"datafeed.json element {i}")
            add(cr.get("url"), cr.get("inLanguage"), "datafeed.json", cr["author"]["name"])

    api = json.loads((MEM / "search-api.json").read_text(encoding="utf-8"))
    for i, claim in enumerate(api.get("claims", [])):
        if not isinstance(claim.get("text"), str) or not claim["text"]:
            problem(f"search-api.json claims[{i}]: text missing")
        for j, rv in enumerate(claim.get("claimReview", [])):
            where = f"search-api.json claims[{i}].claimReview[{j}]"
            for k in ("url", "title", "reviewDate", "textualRating", "languageCode"):
                if not rv.get(k):
                    problem(f"{where}: {k} missing")
            if not (rv.get("publisher") or {}).get("name") or not (rv.get("publisher") or {}).get("site"):
                problem(f"{where}: publisher name/site missing")
            if not valid_date(rv.get("reviewDate")):
                problem(f"{where}: reviewDate invalid")
            add(rv.get("url"), rv.get("languageCode"), "search-api.json", rv["publisher"]["name"])

    features: Counter = Counter()
    pages = sorted((MEM / "pages").glob("*.html"))
    for page in pages:
        parser = LdJson()
        parser.feed(page.read_text(encoding="utf-8"))
        found = []
        for b, block in enumerate(parser.blocks):
            try:
                data = json.loads(block)
            except json.JSONDecodeError as e:
                problem(f"pages/{page.name} JSON-LD block {b}: {e}")
                continue
            if isinstance(data, list):
                features["array"] += 1
            graph_ids = {}
            if isinstance(data, dict) and "@graph" in data:
                features["graph"] += 1
                graph_ids = {n["@id"]: n for n in data["@graph"] if isinstance(n, dict) and "@id" in n}
            for cr in claim_reviews_in(data, page.name):
                check_review(cr, f"pages/{page.name}", graph_ids)
                author = cr["author"]
                author = graph_ids.get(author.get("@id"), author)
                found.append(cr)
                add(cr.get("url"), cr.get("inLanguage"), "pages/" + page.name, author.get("name"))
        if not found:
            problem(f"pages/{page.name}: no ClaimReview found")
        if len(found) >= 2:
            features["two_reviews"] += 1
    features["pages"] = len(pages)
    features["reviewers"] = len(reviewers)
    return reviews, per_format, features


def check_malformed(reviews: dict) -> Counter:
    lines = (MEM / "malformed.jsonl").read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    expected = json.loads((MEM / "malformed-expected.json").read_text(encoding="utf-8"))
    if [e["line"] for e in expected] != list(range(1, len(lines) + 1)):
        problem("malformed-expected.json does not describe every line of malformed.jsonl in order")
    seen = set(reviews)
    outcomes: Counter = Counter()
    for e, line in zip(expected, lines, strict=False):  # length mismatch reported above
        outcomes[e["outcome"]] += 1
        if not e.get("reason"):
            problem(f"malformed.jsonl:{e['line']}: no reason given")
        try:
            obj = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            obj = None
            if e["outcome"] != "skipped":
                problem(f"malformed.jsonl:{e['line']}: invalid JSON but expected {e['outcome']}")
        url = obj.get("url") if isinstance(obj, dict) else None
        if e["outcome"] == "duplicate" and url not in seen:
            problem(f"malformed.jsonl:{e['line']}: expected duplicate but {url} not seen before")
        if e["outcome"] == "imported":
            if url in seen:
                problem(f"malformed.jsonl:{e['line']}: expected imported but url already seen")
            if not (isinstance(url, str) and url.startswith("https://")):
                problem(f"malformed.jsonl:{e['line']}: expected imported but url unusable")
        if e["outcome"] == "ignored" and line.strip():
            problem(f"malformed.jsonl:{e['line']}: expected ignored but the line is not blank")
        if url and e["outcome"] in ("imported",):
            seen.add(url)
    return outcomes


def main() -> int:
    reviews, per_format, features = load_memory()
    malformed = check_malformed(reviews)

    articles = {}
    for n, line in enumerate((HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        a = json.loads(line)
        for k in ("id", "url", "outlet", "published", "title", "text", "language"):
            if not isinstance(a.get(k), str) or not a[k]:
                problem(f"articles.jsonl:{n}: field {k} missing")
        if a["id"] in articles:
            problem(f"articles.jsonl:{n}: duplicate id {a['id']}")
        if not re.match(r"^https://[a-z0-9-]+\.example/", a["url"]):
            problem(f"articles.jsonl:{n}: url is not fictional")
        if a["language"] not in ("fr", "en"):
            problem(f"articles.jsonl:{n}: language {a['language']}")
        if not valid_date(a["published"]):
            problem(f"articles.jsonl:{n}: published invalid")
        words = len((a["title"] + " " + a["text"]).split())
        if not 150 <= words <= 400:
            problem(f"articles.jsonl:{n}: {a['id']} has {words} words (150-400 expected)")
        articles[a["id"]] = a

    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    link_articles, nm_articles = set(), set()
    for kind, key in (("links", "review"), ("near_misses", "topic_of")):
        for i, g in enumerate(gold[kind]):
            where = f"gold {kind}[{i}] ({g.get('article')})"
            a = articles.get(g["article"])
            if a is None:
                problem(f"{where}: unknown article")
                continue
            count = (a["title"] + "\n\n" + a["text"]).count(g["text"])
            if count != 1:
                problem(f"{where}: text found {count} times in the article: {g['text'][:60]!r}")
            if g[key] not in reviews:
                problem(f"{where}: {key} {g[key]} is not a review of the memory")
            elif kind == "links":
                cross = reviews[g[key]][0] != a["language"]
                if cross != g["cross_language"]:
                    problem(f"{where}: cross_language should be {cross}")
                link_articles.add(g["article"])
            else:
                nm_articles.add(g["article"])
    for aid in gold["no_claim_articles"]:
        if aid not in articles:
            problem(f"gold no_claim_articles: unknown article {aid}")
        if aid in link_articles or aid in nm_articles:
            problem(f"gold no_claim_articles: {aid} has gold links or near-misses")
    link_texts = {(g["article"], g["text"]) for g in gold["links"]}
    for g in gold["near_misses"]:
        if (g["article"], g["text"]) in link_texts:
            problem(f"gold: near-miss text of {g['article']} is also a link text")

    langs = Counter(lang for lang, _ in reviews.values())
    n_cross = sum(g["cross_language"] for g in gold["links"])
    minimums = [
        ("reviews", len(reviews), 120),
        ("reviewers", features["reviewers"], 6),
        ("French reviews", langs["fr"], 20),
        ("English reviews", langs["en"], 20),
        ("HTML pages", features["pages"], 6),
        ("pages with @graph", features["graph"], 1),
        ("pages with two reviews", features["two_reviews"], 1),
        ("JSON-LD arrays", features["array"], 1),
        ("malformed lines", sum(malformed.values()), 18),
        ("articles", len(articles), 40),
        ("links", len(gold["links"]), 35),
        ("cross-language links", n_cross, 10),
        ("near-misses", len(gold["near_misses"]), 15),
        ("no-claim articles", len(gold["no_claim_articles"]), 8),
        ("articles with links", len(link_articles), 20),
        ("articles with near-misses", len(nm_articles), 12),
    ]
    for name, value, low in minimums:
        if value < low:
            problem(f"too few {name}: {value} < {low}")

    art_langs = Counter(a["language"] for a in articles.values())
    print(
        f"memory: {len(reviews)} reviews ({langs['fr']} fr, {langs['en']} en) by {features['reviewers']} fact-checkers"
    )
    print("  per source: " + ", ".join(f"{k} {v}" for k, v in sorted(per_format.items())))
    print(
        f"  pages: {features['pages']} ({features['graph']} with @graph, {features['two_reviews']} with two reviews, "
        f"{features['array']} JSON-LD array)"
    )
    print("  malformed.jsonl: " + ", ".join(f"{k} {v}" for k, v in sorted(malformed.items())))
    print(f"articles: {len(articles)} ({art_langs['fr']} fr, {art_langs['en']} en)")
    print(
        f"gold: {len(gold['links'])} links in {len(link_articles)} articles ({n_cross} cross-language), "
        f"{len(gold['near_misses'])} near-misses in {len(nm_articles)} articles, "
        f"{len(gold['no_claim_articles'])} no-claim articles"
    )
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
