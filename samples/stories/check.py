#!/usr/bin/env python3
"""Consistency check of the fictional stories/claims corpus (stdlib only).

Run: python3 samples/stories/check.py   (exit status 1 on any failure)
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN = {
    "articles": 64,
    "outlets": 22,
    "stories_multi": 13,
    "singletons": 8,
    "claims": 8,
}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def outlet_key(name: str) -> str:
    """Canonical outlet key: case, accents, a parenthesised suffix and a leading article ignored."""
    s = re.sub(r"\s*\(.*?\)\s*$", "", name)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^(the|le|la|les|l) ", "", s)


def load_corpus() -> dict[str, dict]:
    arts: dict[str, dict] = {}
    with open(HERE / "corpus.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"corpus.jsonl line {n}: not JSON ({e})")
                continue
            for key in ("id", "url", "outlet", "title", "text", "language"):
                if not isinstance(rec.get(key), str) or not rec[key]:
                    err(f"corpus.jsonl line {n}: missing or empty {key!r}")
            aid = rec.get("id", f"<line {n}>")
            if aid in arts:
                err(f"duplicate article id {aid}")
            if rec.get("language") not in ("fr", "en"):
                err(f"{aid}: language must be fr or en")
            if "published" in rec and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["published"]):
                err(f"{aid}: published is not an ISO date")
            if not str(rec.get("url", "")).startswith("https://") or ".example/" not in rec.get("url", ""):
                err(f"{aid}: url must be a fictional https://….example/ URL")
            words = len(rec.get("text", "").split())
            if not 150 <= words <= 450:
                err(f"{aid}: text has {words} words (150-450 expected)")
            if rec.get("title") and rec.get("text", "").startswith(rec["title"]):
                err(f"{aid}: the title is repeated in the text")
            arts[aid] = rec
    return arts


def find_once(full: str, occ: dict, where: str) -> None:
    text = occ.get("text", "")
    if not text:
        err(f"{where}: empty text")
        return
    n = full.count(text)
    if n == 0:
        err(f"{where}: text not found verbatim: {text[:60]!r}")
    elif n > 1:
        before = occ.get("before")
        if not before or full.count(before + " " + text) != 1:
            err(f"{where}: text found {n} times and no unique 'before': {text[:60]!r}")


def main() -> int:
    arts = load_corpus()
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    full = {a: r["title"] + "\n\n" + r["text"] for a, r in arts.items()}

    seen: Counter[str] = Counter()
    for sid, st in gold["stories"].items():
        if not st.get("label"):
            err(f"story {sid}: no label")
        for a in st["articles"]:
            seen[a] += 1
            if a not in arts:
                err(f"story {sid}: unknown article {a}")
    for a in arts:
        if seen[a] != 1:
            err(f"article {a} is in {seen[a]} stories (exactly 1 expected)")
    sizes = [len(s["articles"]) for s in gold["stories"].values()]
    multi = [n for n in sizes if n > 1]
    for sid, st in gold["stories"].items():
        if len(st["articles"]) > 8:
            err(f"story {sid}: more than 8 articles")

    n_occ = n_cross = n_pairs = multi_story = 0
    claims_ok = 0
    for cid, cl in gold["claims"].items():
        occs = cl["occurrences"]
        langs, arts_c, stories_c = set(), set(), set()
        for i, o in enumerate(occs):
            where = f"claim {cid} occurrence {i} ({o.get('article')})"
            if o.get("article") not in arts:
                err(f"{where}: unknown article")
                continue
            find_once(full[o["article"]], o, where)
            if o.get("kind") not in ("attributed", "unsourced"):
                err(f"{where}: kind must be attributed or unsourced")
            if not isinstance(o.get("hedged"), bool):
                err(f"{where}: hedged must be a boolean")
            src = o.get("source", "")
            if o.get("kind") == "unsourced" and src:
                err(f"{where}: an unsourced occurrence has a source")
            if src and src not in full[o["article"]]:
                err(f"{where}: source not found verbatim: {src!r}")
            langs.add(arts[o["article"]]["language"])
            arts_c.add(o["article"])
            stories_c |= {s for s, st in gold["stories"].items() if o["article"] in st["articles"]}
        n_occ += len(occs)
        lang_n = Counter(arts[o["article"]]["language"] for o in occs if o.get("article") in arts)
        cross = lang_n["fr"] * lang_n["en"]
        n_pairs += cross
        multi_story += len(stories_c) > 1
        n_cross += len(occs) if len(langs) > 1 else 0
        if len(occs) >= 3 and len(arts_c) >= 2 and len(langs) == 2:
            claims_ok += 1
        else:
            err(f"claim {cid}: needs >= 3 occurrences in >= 2 articles and both languages "
                f"({len(occs)} occ, {len(arts_c)} articles, {sorted(langs)})")
        cl["_stats"] = (len(occs), len(arts_c), len(stories_c), "+".join(sorted(langs)), cross)
    for i, nm in enumerate(gold.get("near_misses", [])):
        where = f"near miss {i} ({nm.get('article')})"
        if nm.get("article") not in arts:
            err(f"{where}: unknown article")
            continue
        if nm.get("close_to") not in gold["claims"]:
            err(f"{where}: close_to is not a claim id")
        find_once(full[nm["article"]], nm, where)

    langs = Counter(r["language"] for r in arts.values())
    outlets = {outlet_key(r["outlet"]) for r in arts.values()}
    variants: dict[str, set[str]] = {}
    for r in arts.values():
        variants.setdefault(outlet_key(r["outlet"]), set()).add(r["outlet"])
    dated = [r["published"] for r in arts.values() if "published" in r]
    counts = {
        "articles": len(arts),
        "outlets": len(outlets),
        "stories_multi": len(multi),
        "singletons": sizes.count(1),
        "claims": claims_ok,
    }
    for k, v in MIN.items():
        if counts[k] < v:
            err(f"{k}: {counts[k]} < minimum {v}")

    print(f"articles          {len(arts)} (fr {langs['fr']}, en {langs['en']}; "
          f"{100 * langs['fr'] / max(1, len(arts)):.0f} % fr)")
    print(f"outlets           {len(outlets)} canonical, {len({r['outlet'] for r in arts.values()})} spellings")
    for names in variants.values():
        if len(names) > 1:
            print(f"  variant spellings: {' / '.join(sorted(names))}")
    print(f"dates             {min(dated)} .. {max(dated)}, {len(arts) - len(dated)} undated")
    print(f"stories           {len(sizes)} ({len(multi)} with 2-8 articles, sizes {sorted(multi, reverse=True)}; "
          f"{sizes.count(1)} singletons)")
    print(f"claims            {len(gold['claims'])} ({multi_story} spanning 2+ stories), occurrences {n_occ}, "
          f"occurrences in cross-language claims {n_cross}, fr-en occurrence pairs {n_pairs}")
    for cid, cl in gold["claims"].items():
        n, na, ns, lg, _ = cl["_stats"]
        kinds = Counter(o["kind"] for o in cl["occurrences"])
        hedged = sum(o["hedged"] for o in cl["occurrences"])
        print(f"  {cid:22} {n:2} occ, {na:2} articles, {ns} stories, {lg}; "
              f"{kinds['attributed']} attributed, {kinds['unsourced']} unsourced, {hedged} hedged")
    print(f"near misses       {len(gold.get('near_misses', []))}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
