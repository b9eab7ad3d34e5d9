#!/usr/bin/env python3
"""Consistency check for samples/stories-check2 (standard library only).

Run: python3 samples/stories-check2/check.py   (exit 1 on any error)
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"id", "url", "outlet", "published", "title", "text", "language"}

# Outlet names of samples/stories and samples/stories-check (from their "outlet" fields):
# none may be reused here.
FORBIDDEN_OUTLETS = [
    "Agence Nordpresse", "Capital Dispatch", "Dockside Review", "Dépêche Sahel Info",
    "EastLine TV", "Eastline TV", "Gazette du Médoc", "Harbour Ledger", "Harbourline Post",
    "Horizon Libre", "Journal des provinces", "L'Hebdo des Deux Rives", "L'Éveil citoyen",
    "La Tribune de Carthage", "La Vigie Républicaine", "La Vigie républicaine",
    "Le Courrier de Garonne", "Le Courrier du Nil", "Le Courrier du Val",
    "Le Journal des Provinces", "Le Phare de l'Estuaire", "Le Quotidien du Levant",
    "Le Veilleur numérique", "Meridian Wire", "Pulse Health News", "Radio Alizés Info",
    "Sentinel Daily Online", "Teranga Matin", "The Baltic Ledger", "The Calloway Standard",
    "The Nile Observer", "The Northbridge Herald", "TruthCompass",
    "Vox Orientis (service français)", "Vox Orientis",
]
# A few invented names of those corpora that must not come back either.
FORBIDDEN_WORDS = [
    "Tuileries-Basses", "Garonne Eau Claire", "Havenbond", "Vexira", "Halvorsen",
    "Dąbrowski", "Wolska", "Tessera Maritime", "Nordhav", "Molo Levante", "Sampierdarena",
    "Lotte Vermeer", "Hélène Castaing", "Sabine Loustau", "Kattegat", "Ben Arfa",
]

errors = []


def err(msg):
    errors.append(msg)


def fold(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\(.*?\)", "", s)
    s = re.sub(r"^(the|le|la|les|l')\s*", "", s.strip())
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


articles = []
with open(HERE / "corpus.jsonl", encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            a = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"corpus line {n}: bad JSON ({e})")
            continue
        if set(a) != KEYS:
            err(f"corpus line {n}: keys {sorted(a)} != {sorted(KEYS)}")
        articles.append(a)

ids = [a.get("id") for a in articles]
for i, c in Counter(ids).items():
    if c > 1:
        err(f"duplicate article id {i}")
by_id = {a["id"]: a for a in articles if "id" in a}

forbidden = {fold(o) for o in FORBIDDEN_OUTLETS}
for a in articles:
    if fold(a.get("outlet", "")) in forbidden:
        err(f"{a['id']}: outlet {a['outlet']!r} is reused from samples/")
    if not re.fullmatch(r"https://[a-z0-9-]+\.example/[\w-]+", a.get("url", "")):
        err(f"{a['id']}: url {a.get('url')!r} not on a .example domain")
    if not re.fullmatch(r"2026-\d\d-\d\d", a.get("published", "")):
        err(f"{a['id']}: bad date {a.get('published')!r}")
    if a.get("language") not in ("fr", "en"):
        err(f"{a['id']}: bad language {a.get('language')!r}")
    full = a.get("title", "") + "\n\n" + a.get("text", "")
    for w in FORBIDDEN_WORDS + FORBIDDEN_OUTLETS:
        if w in full:
            err(f"{a['id']}: contains name {w!r} from samples/")
    nw = len(a.get("text", "").split())
    if not 150 <= nw <= 300:
        err(f"{a['id']}: {nw} words, outside 150-300")

gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
if set(gold) != {"stories", "claims", "near_misses"}:
    err(f"gold keys {sorted(gold)}")

seen = Counter()
for sid, s in gold["stories"].items():
    if set(s) != {"label", "articles"}:
        err(f"story {sid}: keys {sorted(s)}")
    for aid in s["articles"]:
        seen[aid] += 1
        if aid not in by_id:
            err(f"story {sid}: unknown article {aid}")
for aid in by_id:
    if seen[aid] != 1:
        err(f"article {aid} is in {seen[aid]} gold stories (must be exactly 1)")
story_of = {aid: sid for sid, s in gold["stories"].items() for aid in s["articles"]}


def count_in(aid, text):
    a = by_id.get(aid)
    if a is None:
        return -1
    return (a["title"] + "\n\n" + a["text"]).count(text)


n_occ = 0
kinds = Counter()
hedged = 0
cross_lang = 0
multi_story = 0
for cid, c in gold["claims"].items():
    if set(c) != {"label", "occurrences"}:
        err(f"claim {cid}: keys {sorted(c)}")
    langs, stories, arts = set(), set(), set()
    for o in c["occurrences"]:
        n_occ += 1
        if set(o) != {"article", "text", "kind", "hedged", "source"}:
            err(f"claim {cid}: occurrence keys {sorted(o)}")
        k = count_in(o["article"], o["text"])
        if k != 1:
            err(f"claim {cid}: text found {k} times in {o['article']}: {o['text'][:60]!r}")
        if o["kind"] not in ("attributed", "unsourced"):
            err(f"claim {cid}: bad kind {o['kind']!r}")
        if o["kind"] == "unsourced" and o["source"]:
            err(f"claim {cid}: unsourced occurrence with a source in {o['article']}")
        if o["source"] and o["article"] in by_id and o["source"] not in by_id[o["article"]]["text"]:
            err(f"claim {cid}: source {o['source']!r} not in {o['article']}")
        if not isinstance(o["hedged"], bool):
            err(f"claim {cid}: hedged must be a boolean")
        kinds[o["kind"]] += 1
        hedged += o["hedged"]
        if o["article"] in by_id:
            langs.add(by_id[o["article"]]["language"])
            stories.add(story_of.get(o["article"]))
            arts.add(o["article"])
    if not 3 <= len(arts) <= 5:
        err(f"claim {cid}: in {len(arts)} articles (want 3-5)")
    cross_lang += len(langs) == 2
    multi_story += len(stories) >= 2
    print(f"  claim {cid}: {len(c['occurrences'])} occurrences, {len(arts)} articles, "
          f"languages {'/'.join(sorted(langs))}, {len(stories)} stories")

for nm in gold["near_misses"]:
    if set(nm) != {"article", "text", "close_to"}:
        err(f"near miss keys {sorted(nm)}")
    if count_in(nm["article"], nm["text"]) != 1:
        err(f"near miss not found exactly once in {nm['article']}: {nm['text'][:60]!r}")
    if nm["close_to"] not in gold["claims"]:
        err(f"near miss close_to unknown claim {nm['close_to']}")
    for c in gold["claims"].values():
        for o in c["occurrences"]:
            if o["article"] == nm["article"] and (o["text"] in nm["text"] or nm["text"] in o["text"]):
                err(f"near miss overlaps an occurrence in {nm['article']}")

langs = Counter(a["language"] for a in articles)
words = [len(a["text"].split()) for a in articles]
outlets = {fold(a["outlet"]) for a in articles}
sizes = sorted((len(s["articles"]) for s in gold["stories"].values()), reverse=True)
singles = sum(1 for n in sizes if n == 1)
dates = sorted(a["published"] for a in articles)
for sid, s in gold["stories"].items():
    ls = {by_id[x]["language"] for x in s["articles"] if x in by_id}
    if len(s["articles"]) > 1 and len(ls) < 2:
        err(f"story {sid}: not covered in both languages")

print(f"articles: {len(articles)} ({langs['fr']} fr, {langs['en']} en), "
      f"{min(words)}-{max(words)} words, dates {dates[0]} - {dates[-1]}")
print(f"outlets: {len(outlets)}")
print(f"stories: {len(sizes)} ({len(sizes) - singles} multi-article, sizes "
      f"{[n for n in sizes if n > 1]}; {singles} singletons)")
print(f"claims: {len(gold['claims'])}, occurrences: {n_occ} ({kinds['attributed']} attributed, "
      f"{kinds['unsourced']} unsourced, {hedged} hedged); cross-language claims: {cross_lang}; "
      f"claims in 2+ stories: {multi_story}")
print(f"near misses: {len(gold['near_misses'])}")
if cross_lang < 3:
    err("fewer than 3 cross-language claims")
if multi_story < 2:
    err("fewer than 2 claims recurring in two stories")
if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
