"""Rewrite memory/reviews.jsonl, articles.jsonl and gold.json from reviews.py and arts*.py (run from anywhere)."""
import json, re, sys, unicodedata
from datetime import date, timedelta
from pathlib import Path
B = Path(__file__).resolve().parent; HERE = B.parent
sys.path.insert(0, str(B))
from reviews import CLAIMS, VERDICT
import arts1, arts2, arts3, arts4, arts5
from arts1 import ARTS
from extra import EXTRA
for _a in ARTS:
    if _a['id'] in EXTRA:
        _a['text'] += '\n\n' + EXTRA[_a['id']]

SCALES = {
 "Guimbarde": (1, 5, {"Inventé": 1, "Faux sur toute la ligne": 1, "Trompeur": 2, "Tiré par les cheveux": 2, "Vrai et faux à la fois": 3, "Pas de preuve": 3, "Plutôt vrai": 4, "Vrai": 5}),
 "Feuilleret": (0, 1, {"Bobard": 0, "Fantaisiste": 0, "Amplifié": 0.25, "Détourné": 0.25, "Mi-figue mi-raisin": 0.5, "Invérifiable": 0.5, "Plutôt fondé": 0.75, "Fondé": 1}),
 "Chamfer": (1, 7, {"Made up": 1, "Untrue": 1, "Overblown": 3, "Cherry-picked": 3, "Partly right": 4, "Can't say": 4, "Largely right": 6, "Spot on": 7}),
 "Rebate Desk": (0, 10, {"Nonsense": 0, "Dead wrong": 0, "Overstated": 3, "Out of context": 3, "Both ways": 5, "No evidence": 5, "Largely true": 8, "Checks out": 10}),
}
EXPL = {0: "Nothing we found supports it.", 3: "True in part, but the framing misleads.", 5: "We could not settle it either way.", 8: "Holds, with small caveats.", 10: "Every source we found agrees."}

def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60].strip("-")

order = [CLAIMS[t][i] for i in range(5) for t in "ABCDEFGH"]
URL = {}
lines = []
start = date(2026, 1, 5)
for n, (key, lang, claim, who) in enumerate(order):
    d = start + timedelta(days=6 * n); said = d - timedelta(days=2 + n % 4)
    checker, wording = VERDICT[key]
    worst, best, scale = SCALES[checker]
    val = scale[wording]
    person = {"@type": "Organization" if any(w in who for w in ("office", "Office", "hall", "council", "club", "newsletter", "website", "forum", "page", "magazine", "blog", "guide")) else "Person", "name": who}
    item = {"@type": "Claim", "author": person}
    if checker == "Guimbarde":
        url = f"https://guimbarde.example/verifs/{slug(claim)}"
        cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url, "headline": f"Vérification : « {claim} »",
              "claimReviewed": claim, "itemReviewed": dict(item, datePublished=said.isoformat()),
              "author": {"@type": "Organization", "name": checker, "url": "https://guimbarde.example/"},
              "reviewRating": {"@type": "Rating", "ratingValue": val, "bestRating": best, "worstRating": worst, "alternateName": wording},
              "datePublished": d.isoformat(), "inLanguage": "fr"}
        if n % 3 == 0:
            cr["itemReviewed"]["appearance"] = {"@type": "CreativeWork", "url": f"https://yammerpost.example/m/{key.lower()}-{n}"}
    elif checker == "Feuilleret":
        url = f"https://feuilleret-verif.example/{d.year}/{d.month:02d}/{slug(claim)}"
        off = "+01:00" if d.month < 4 else "+02:00"
        cr = {"@context": "http://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim,
              "itemReviewed": dict(item, datePublished=f"{said.isoformat()}T17:20:00{off}"),
              "author": {"@type": "Organization", "name": checker, "url": "https://feuilleret-verif.example/", "sameAs": ["https://yammerpost.example/feuilleret", "https://natterpost.example/feuilleret"]},
              "reviewRating": {"@type": "Rating", "ratingValue": val, "bestRating": best, "worstRating": worst, "alternateName": wording},
              "datePublished": f"{d.isoformat()}T08:45:00{off}", "inLanguage": "fr"}
        if n % 3 == 1:
            cr["itemReviewed"]["appearance"] = [{"@type": "CreativeWork", "url": f"https://natterpost.example/t/{key.lower()}"}]
    elif checker == "Chamfer":
        url = f"https://chamfer-checks.example/verdicts/{slug(claim)}.html"
        cr = {"@context": "https://schema.org", "@type": ["ClaimReview"], "url": url, "claimReviewed": claim,
              "itemReviewed": dict(item, datePublished=said.isoformat()),
              "author": {"@type": "Organization", "name": checker, "url": "https://chamfer-checks.example/", "logo": "https://chamfer-checks.example/badge.png"},
              "reviewRating": {"@type": "Rating", "ratingValue": val, "bestRating": best, "worstRating": worst, "alternateName": wording},
              "datePublished": d.isoformat(), "inLanguage": "en"}
        if n % 3 == 2:
            cr["itemReviewed"]["appearance"] = {"@type": "CreativeWork", "url": f"https://yammerpost.example/m/{key.lower()}-{n}"}
    else:
        url = f"https://rebatedesk.example/checks/{slug(claim)}/"
        cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim,
              "itemReviewed": dict(item, datePublished=f"{said.isoformat()}T10:00:00Z"),
              "author": {"@type": "Organization", "name": checker, "url": "https://rebatedesk.example/", "logo": {"@type": "ImageObject", "url": "https://rebatedesk.example/logo.svg"}},
              "reviewRating": {"@type": "Rating", "ratingValue": str(val), "bestRating": str(best), "worstRating": str(worst), "alternateName": wording, "ratingExplanation": EXPL[val]},
              "datePublished": f"{d.isoformat()}T14:30:00Z", "inLanguage": "en"}
    URL[key] = url; LANG = lang
    lines.append(json.dumps(cr, ensure_ascii=False))
(HERE / "memory").mkdir(exist_ok=True)
(HERE / "memory" / "reviews.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
RLANG = {k: l for t in CLAIMS.values() for k, l, _, _ in t}

MARK = re.compile(r"\[\[([LN]) ([A-H]\d)\|(.*?)\]\]", re.S)
gold = {"links": [], "near_misses": [], "no_claim_articles": []}
out = []
for a in ARTS:
    found = []
    def repl(m):
        found.append((m.group(1), m.group(2), m.group(3)))
        return m.group(3)
    text = MARK.sub(repl, a["text"])
    assert "[[" not in text and "]]" not in text, a["id"]
    full = a["title"] + "\n\n" + text
    rec = dict(id=a["id"], url=a["url"], outlet=a["outlet"], published=a["published"], title=a["title"], text=text, language=a["language"])
    out.append(json.dumps(rec, ensure_ascii=False))
    if not found:
        gold["no_claim_articles"].append(a["id"])
    for kind, key, s in found:
        st = full.find(s)
        if kind == "L":
            gold["links"].append({"article": a["id"], "text": s, "review": URL[key], "cross_language": RLANG[key] != a["language"], "start": st, "end": st + len(s)})
        else:
            gold["near_misses"].append({"article": a["id"], "text": s, "topic_of": URL[key], "start": st, "end": st + len(s)})
(HERE / "articles.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(lines), "reviews", len(out), "articles", len(gold["links"]), "links", len(gold["near_misses"]), "near-misses")
