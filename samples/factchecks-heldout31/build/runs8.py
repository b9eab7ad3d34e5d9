"""Run from the set's folder: list the eight-word runs shared with the earlier sets (-v: also links that share a figure or a name)."""
import json, re, sys
sys.path.insert(0, ".")
import check  # noqa: E402

sib = re.findall(r"\w+", check.sibling_text())
runs = {tuple(sib[i:i + 8]) for i in range(len(sib) - 7)}
for line in open("articles.jsonl", encoding="utf-8"):
    a = json.loads(line)
    for r in sorted(check.shingles(a["title"] + "\n\n" + a["text"], 8) & runs):
        print(a["id"], " ".join(r))
if "-v" in sys.argv:
    reviews = {json.loads(l)["url"]: json.loads(l) for l in open("memory/reviews.jsonl", encoding="utf-8")}
    for g in json.load(open("gold.json", encoding="utf-8"))["links"]:
        if not check.bare_link(reviews[g["review"]]["claimReviewed"], g["text"]):
            print("shares:", g["article"], g["text"][:80])
