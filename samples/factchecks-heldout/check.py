#!/usr/bin/env python3
"""Consistency check of the fictional held-out fact-check set of samples/factchecks-heldout.

Run from anywhere: ``python3 samples/factchecks-heldout/check.py``. Standard library only.
Prints the counts and exits non-zero on any problem.

Checks: every line of memory/reviews.jsonl parses and carries the fields the README announces;
review URLs are unique and fictional; articles parse, have the expected fields and are
150-260 words; every gold text is found verbatim exactly once in ``title + "\\n\\n" + text`` of
its article; every gold review URL names a review of the memory; ``cross_language`` agrees
with the languages; no-claim articles have no link or near-miss; no name of the original
samples/factchecks set is reused; the minimum counts are met.
"""

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEM = HERE / "memory"
problems: list[str] = []

# names of the original samples/factchecks set that must not appear here
FORBIDDEN = ("Vireva", "Valdrôme", "Port-Ventel", "Kastrel", "Velmora", "Harrowmouth", "Northmoor", "Primavel",
             "Grippax", "Brightbasket", "Aldermoor", "Vérifié.net", "Œil du Vrai", "Contre-Vérité", "FactLantern",
             "Claimwatch", "Northgate", "Checkpoint Sud")


def problem(msg: str) -> None:
    problems.append(msg)


def is_type(obj, name: str) -> bool:
    t = obj.get("@type") if isinstance(obj, dict) else None
    return t == name or (isinstance(t, list) and name in t)


def valid_date(s) -> bool:
    if not isinstance(s, str):
        return False
    try:
        d = date.fromisoformat(s[:10])
    except ValueError:
        return False
    return date(2020, 1, 1) <= d <= date(2026, 12, 31)


def check_review(cr: dict, where: str) -> None:
    if not is_type(cr, "ClaimReview"):
        problem(f"{where}: @type is not ClaimReview")
    if cr.get("@context") not in ("https://schema.org", "http://schema.org"):
        problem(f"{where}: @context {cr.get('@context')!r}")
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
    if not (is_type(author, "Organization") and author.get("name") and author.get("url")):
        problem(f"{where}: author is not an Organization with name and url")
    item = cr.get("itemReviewed") or {}
    if not (
        is_type(item, "Claim") and (item.get("author") or {}).get("name") and valid_date(item.get("datePublished"))
    ):
        problem(f"{where}: itemReviewed is not a Claim with author.name and datePublished")
    if not valid_date(cr.get("datePublished")):
        problem(f"{where}: datePublished {cr.get('datePublished')!r} invalid")
    elif valid_date(item.get("datePublished")) and item["datePublished"][:10] > cr["datePublished"][:10]:
        problem(f"{where}: claim published after its review")
    if cr.get("inLanguage") not in ("fr", "en"):
        problem(f"{where}: inLanguage {cr.get('inLanguage')!r} not fr/en")


def load_memory() -> tuple[dict, Counter]:
    """Return {url: language} and the number of reviews per fact-checker."""
    reviews: dict[str, str] = {}
    reviewers: Counter = Counter()
    for n, line in enumerate((MEM / "reviews.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        where = f"reviews.jsonl:{n}"
        try:
            cr = json.loads(line)
        except json.JSONDecodeError as e:
            problem(f"{where}: {e}")
            continue
        if not isinstance(cr, dict):
            problem(f"{where}: not a JSON object")
            continue
        check_review(cr, where)
        url = cr.get("url")
        if url in reviews:
            problem(f"{where}: duplicate review url {url}")
        reviews[url] = cr.get("inLanguage")
        reviewers[(cr.get("author") or {}).get("name")] += 1
    return reviews, reviewers


def main() -> int:
    reviews, reviewers = load_memory()

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
        if not 150 <= words <= 260:
            problem(f"articles.jsonl:{n}: {a['id']} has {words} words (150-260 expected)")
        articles[a["id"]] = a
    if len({a["url"] for a in articles.values()}) != len(articles):
        problem("articles.jsonl: duplicate article url")

    everything = (MEM / "reviews.jsonl").read_text(encoding="utf-8") + (HERE / "articles.jsonl").read_text(
        encoding="utf-8"
    )
    for name in FORBIDDEN:
        if name.lower() in everything.lower():
            problem(f"name {name!r} of the original set reused")

    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    if set(gold) != {"links", "near_misses", "no_claim_articles"}:
        problem(f"gold.json: keys {sorted(gold)}")
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
                cross = reviews[g[key]] != a["language"]
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
    link_keys = [(g["article"], g["text"]) for g in gold["links"]]
    if len(set(link_keys)) != len(link_keys):
        problem("gold: duplicate link")
    for g in gold["near_misses"]:
        if (g["article"], g["text"]) in set(link_keys):
            problem(f"gold: near-miss text of {g['article']} is also a link text")
    for g in gold["near_misses"]:
        if any(g["article"] == h["article"] and g["topic_of"] == h["review"] and g["text"] in h["text"]
               for h in gold["links"]):
            problem(f"gold: near-miss of {g['article']} lies inside a link sentence")

    langs = Counter(reviews.values())
    art_langs = Counter(a["language"] for a in articles.values())
    n_cross = sum(g["cross_language"] for g in gold["links"])
    exact = [
        ("reviews", len(reviews), 40),
        ("French reviews", langs["fr"], 20),
        ("English reviews", langs["en"], 20),
        ("fact-checkers", len(reviewers), 4),
        ("articles", len(articles), 16),
        ("French articles", art_langs["fr"], 8),
        ("English articles", art_langs["en"], 8),
        ("no-claim articles", len(gold["no_claim_articles"]), 3),
    ]
    for name, value, want in exact:
        if value != want:
            problem(f"{name}: {value}, expected {want}")
    minimums = [
        ("links", len(gold["links"]), 20),
        ("cross-language links", n_cross, 8),
        ("near-misses", len(gold["near_misses"]), 12),
    ]
    for name, value, low in minimums:
        if value < low:
            problem(f"too few {name}: {value} < {low}")
    claim_articles = set(articles) - set(gold["no_claim_articles"])
    if claim_articles - link_articles:
        problem(f"articles neither linked nor no-claim: {sorted(claim_articles - link_articles)}")

    print(f"memory: {len(reviews)} reviews ({langs['fr']} fr, {langs['en']} en) by {len(reviewers)} fact-checkers")
    print("  per checker: " + ", ".join(f"{k} {v}" for k, v in sorted(reviewers.items())))
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
