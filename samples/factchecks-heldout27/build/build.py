"""Rewrite memory/reviews.jsonl, articles.jsonl and gold.json from reviews.py and arts1.py to arts5.py."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reviews  # noqa: E402
import arts1, arts2, arts3, arts4, arts5  # noqa: E402,E401

OUT = HERE.parent
MARK = re.compile(r"\[\[([LN]) ([A-H][1-5])\|(.*?)\]\]", re.S)
NO_CLAIM = [a["id"] for a in arts5.ARTICLES]


def main() -> None:
    built = reviews.build()
    url = {k: cr["url"] for k, cr in built}
    lang = {k: cr["inLanguage"] for k, cr in built}
    (OUT / "memory").mkdir(exist_ok=True)
    with open(OUT / "memory" / "reviews.jsonl", "w", encoding="utf-8") as f:
        for _, cr in built:
            f.write(json.dumps(cr, ensure_ascii=False) + "\n")
    gold = {"links": [], "near_misses": [], "no_claim_articles": NO_CLAIM}
    rows = []
    for mod in (arts1, arts2, arts3, arts4, arts5):
        for a in mod.ARTICLES:
            raw = a["text"]
            text = MARK.sub(lambda m: m.group(3), raw)
            full = a["title"] + "\n\n" + text
            for m in MARK.finditer(raw):
                kind, key, sent = m.groups()
                start = full.find(sent)
                g = {"article": a["id"], "text": sent}
                if kind == "L":
                    g.update(review=url[key], cross_language=lang[key] != a["language"])
                    g.update(start=start, end=start + len(sent))
                    gold["links"].append(g)
                else:
                    g.update(topic_of=url[key], start=start, end=start + len(sent))
                    gold["near_misses"].append(g)
            rows.append({"id": a["id"], "url": a["url"], "outlet": a["outlet"], "published": a["published"],
                         "title": a["title"], "text": text, "language": a["language"]})
    with open(OUT / "articles.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(built)} reviews, {len(rows)} articles, {len(gold['links'])} links, {len(gold['near_misses'])} near-misses")


if __name__ == "__main__":
    main()
