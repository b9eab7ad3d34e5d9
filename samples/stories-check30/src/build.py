#!/usr/bin/env python3
"""Build corpus.jsonl and gold.json of stories-check30 from the annotated sources (stdlib only).

Sources: src/articles_*.txt, one article per block:
    ### <id without number> | <outlet> | <domain> | <date> | <lang> | <story>
    <title>
    <blank line>
    <paragraphs separated by blank lines>
Claims are marked inline as [[C:claim|a or u|h or -|source]]...[[/]], near misses as
[[N:claim]]...[[/]]. stories.txt and claims.txt give one `id | label` a line.
Article numbers (-nn) follow the date order. Run: python3 src/build.py
"""
import json
import re
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
MARK = re.compile(r"\[\[(C|N):([^\]]*)\]\](.*?)\[\[/\]\]", re.S)


def labels(name):
    out = {}
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            k, v = line.split("|", 1)
            out[k.strip()] = v.strip()
    return out


raw = []
for path in sorted(SRC.glob("articles_*.txt")):
    blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)
    for block in blocks[1:]:
        head, _, rest = block.partition("\n")
        base, outlet, domain, date, lang, story = [x.strip() for x in head.split("|")]
        title, _, body = rest.strip("\n").partition("\n")
        body = re.sub(r"\n{3,}", "\n\n", body.strip())
        raw.append(dict(base=base, outlet=outlet, domain=domain, date=date, lang=lang,
                        story=story, title=title.strip(), body=body))
raw.sort(key=lambda r: r["date"])
story_labels, claim_labels = labels("stories.txt"), labels("claims.txt")
stories = {}
claims = {k: {"label": v, "occurrences": []} for k, v in claim_labels.items()}
near = []
corpus = []
for n, r in enumerate(raw, 1):
    aid = f"{r['base']}-{n:02d}"
    marks = []

    def repl(m):
        marks.append((m.group(1), m.group(2), m.group(3)))
        return m.group(3)

    text = MARK.sub(repl, r["body"])
    title = MARK.sub(repl, r["title"])
    assert "[[" not in text and "]]" not in text, aid
    corpus.append({"id": aid, "url": f"https://{r['domain']}.example/{aid}", "outlet": r["outlet"],
                   "published": r["date"], "title": title, "text": text, "language": r["lang"]})
    stories.setdefault(r["story"], {"label": story_labels[r["story"]], "articles": []})
    stories[r["story"]]["articles"].append(aid)
    for kind, meta, span in marks:
        if kind == "C":
            cid, k, h, source = meta.split("|")
            claims[cid]["occurrences"].append({
                "article": aid, "text": span, "kind": {"a": "attributed", "u": "unsourced"}[k],
                "hedged": h == "h", "source": source})
        else:
            near.append({"article": aid, "text": span, "close_to": meta})
missing = set(story_labels) - set(stories)
assert not missing, missing
with open(OUT / "corpus.jsonl", "w", encoding="utf-8") as fh:
    for a in corpus:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
gold = {"stories": stories, "claims": claims, "near_misses": near}
(OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(corpus)} articles, {len(stories)} stories, {len(claims)} claims, {len(near)} near misses")
