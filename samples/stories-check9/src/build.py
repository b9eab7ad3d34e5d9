#!/usr/bin/env python3
"""Build corpus.jsonl and gold.json of stories-check9 from the annotated sources (stdlib only).

Sources: articles_*.txt (one article per '### <id>' block: header lines 'key: value', a blank
line, then paragraphs separated by blank lines), stories.txt and claims.txt ('id | label').
Inline marks: [[C:<claim>|<attributed|unsourced>|<h|->|<source>]]text[[/]] for a claim
occurrence, [[N:<claim>]]text[[/]] for a near miss. Marks are removed from the text, so that
every gold sentence is verbatim by construction.

Run: python3 src/build.py
"""
import json
import re
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
MARK = re.compile(r"\[\[(C|N):([^\]]*)\]\](.*?)\[\[/\]\]", re.S)


def table(name):
    rows = {}
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, label = (x.strip() for x in line.split("|", 1))
            rows[key] = label
    return rows


stories = {k: {"label": v, "articles": []} for k, v in table("stories.txt").items()}
claims = {k: {"label": v, "occurrences": []} for k, v in table("claims.txt").items()}
near = []
articles = []
for path in sorted(SRC.glob("articles_*.txt")):
    blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    for block in blocks:
        aid, rest = block.split("\n", 1)
        aid = aid.strip()
        head, body = rest.strip("\n").split("\n\n", 1)
        meta = dict((x.strip() for x in line.split(":", 1)) for line in head.splitlines())
        paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in re.split(r"\n\s*\n", body.strip())]
        raw = "\n\n".join(p for p in paras if p)
        marks = []
        for m in MARK.finditer(raw):
            marks.append((m.group(1), m.group(2), m.group(3)))
        text = MARK.sub(lambda m: m.group(3), raw)
        assert "[[" not in text and "]]" not in text, aid
        art = {"id": aid, "url": f"https://{meta['host']}.example/{aid}", "outlet": meta["outlet"],
               "published": meta["published"], "title": meta["title"], "text": text,
               "language": meta["language"]}
        articles.append(art)
        stories[meta["story"]]["articles"].append(aid)
        for kind, spec, span in marks:
            if kind == "C":
                cid, ckind, hedged, source = spec.split("|")
                claims[cid]["occurrences"].append({"article": aid, "text": span, "kind": ckind,
                                                   "hedged": hedged == "h", "source": source})
            else:
                near.append({"article": aid, "text": span, "close_to": spec})

articles.sort(key=lambda a: (a["published"], a["id"]))
order = {a["id"]: i for i, a in enumerate(articles)}
for s in stories.values():
    s["articles"].sort(key=order.get)
for c in claims.values():
    c["occurrences"].sort(key=lambda o: order[o["article"]])
near.sort(key=lambda n: order[n["article"]])
with open(OUT / "corpus.jsonl", "w", encoding="utf-8") as fh:
    for a in articles:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
gold = {"stories": stories, "claims": claims, "near_misses": near}
(OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(articles)} articles, {len(stories)} stories, {len(claims)} claims, {len(near)} near misses")
