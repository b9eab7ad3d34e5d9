"""Run from the set's folder: list eight-word runs of this set's articles and claims that also occur in the earlier sets,
and the links that still share a figure or a name with their review."""
import json, re, sys
sys.path.insert(0, ".")
import check
sib = re.findall(r"\w+", check.sibling_text())
runs = {tuple(sib[i:i + 8]) for i in range(len(sib) - 7)}
for line in open("articles.jsonl", encoding="utf-8"):
    a = json.loads(line)
    for r in sorted(check.shingles(a["title"] + "\n\n" + a["text"], 8) & runs):
        print(a["id"], " ".join(r))
for line in open("memory/reviews.jsonl", encoding="utf-8"):
    cr = json.loads(line)
    for r in sorted(check.shingles(cr["claimReviewed"], 8) & runs):
        print("review", " ".join(r))
if "-v" in sys.argv:
    rev = {json.loads(l)["url"]: json.loads(l) for l in open("memory/reviews.jsonl", encoding="utf-8")}
    for g in json.load(open("gold.json", encoding="utf-8"))["links"]:
        if not check.bare_link(rev[g["review"]]["claimReviewed"], g["text"]):
            print("NOT BARE", g["article"], "|", g["text"])
