"""Rewrite memory/reviews.jsonl, articles.jsonl and gold.json from the build scripts."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import reviews  # noqa: E402
import arts1, arts2, arts3, arts4, arts5  # noqa: E402

MARK = re.compile(r"\[\[([LN]) ([A-H][1-5])\|(.*?)\]\]", re.S)


def main():
    revs = reviews.build()
    root = HERE.parent
    with open(root / "memory" / "reviews.jsonl", "w", encoding="utf-8") as f:
        for key in reviews.ORDER:
            f.write(json.dumps(revs[key], ensure_ascii=False) + "\n")
    gold = {"links": [], "near_misses": [], "no_claim_articles": []}
    arts = arts1.ARTS + arts2.ARTS + arts3.ARTS + arts4.ARTS + arts5.ARTS
    arts.sort(key=lambda a: (a["published"] < "2026-09-01", a["id"]))
    with open(root / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            raw = a["text"]
            marks = []
            out, pos = [], 0
            plain_len = 0
            for m in MARK.finditer(raw):
                out.append(raw[pos:m.start()])
                plain_len += len(raw[pos:m.start()])
                marks.append((m.group(1), m.group(2), m.group(3), plain_len))
                out.append(m.group(3))
                plain_len += len(m.group(3))
                pos = m.end()
            out.append(raw[pos:])
            text = "".join(out)
            assert "[[" not in text and "]]" not in text, a["id"]
            off = len(a["title"]) + 2
            for kind, key, t, s in marks:
                cr = revs[key]
                if kind == "L":
                    gold["links"].append({"article": a["id"], "text": t, "review": cr["url"],
                                          "cross_language": cr["inLanguage"] != a["lang"], "start": s + off, "end": s + off + len(t)})
                else:
                    gold["near_misses"].append({"article": a["id"], "text": t, "topic_of": cr["url"], "start": s + off, "end": s + off + len(t)})
            if not marks:
                gold["no_claim_articles"].append(a["id"])
            rec = {"id": a["id"], "url": a["url"], "outlet": a["outlet"], "published": a["published"], "title": a["title"],
                   "text": text, "language": a["lang"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(revs), "reviews,", len(arts), "articles,", len(gold["links"]), "links,", len(gold["near_misses"]), "near-misses")


if __name__ == "__main__":
    main()
