"""Rebuild memory/reviews.jsonl, articles.jsonl and gold.json from reviews.py and arts*.py."""
import json, re, sys, unicodedata
from datetime import date, timedelta
from pathlib import Path

B = Path(__file__).resolve().parent
sys.path.insert(0, str(B))
from reviews import R  # noqa: E402

HERE = B.parent
SCALES = {
    "Sérançoir": (1, 6, {"Pure invention": 1, "Erroné": 1, "Gonflé": 2, "Sorti du contexte": 2, "Nuancé": 3,
                         "Impossible à établir": 3, "Globalement exact": 5, "Exact": 6}),
    "Ébauchoir": (-2, 2, {"Infondé": -2, "Totalement faux": -2, "Enjolivé": -1, "Biaisé": -1,
                          "Ni vrai ni faux": 0, "Non vérifiable": 0, "Assez exact": 1, "Confirmé": 2}),
    "Mortise": (1, 10, {"Fabricated": 1, "Wrong": 1, "Stretched": 4, "Spun": 4, "Mixed bag": 5, "Unproven": 5,
                        "Mostly accurate": 8, "Accurate": 10}),
    "Scraper Desk": (0, 100, {"Baseless": 0, "Not so": 0, "Exaggerated": 30, "Half the story": 30,
                              "Some truth": 50, "Open question": 50, "Holds up": 80, "Correct": 100}),
}
EXPLAIN = {"Baseless": "Nothing we found supports it.", "Not so": "The records say otherwise.",
           "Exaggerated": "The real figure is well below the one given.", "Half the story": "True in part, but leaves out what matters.",
           "Some truth": "Some of it checks out, some does not.", "Open question": "No record either way.",
           "Holds up": "The evidence broadly supports it.", "Correct": "Confirmed by documents and witnesses."}
APPEAR = {"A-p1", "A-pd", "B-o2", "C-o1", "D-p2", "E-p1", "E-o2", "F-pd", "G-o1", "H-p1"}


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60].strip("-")


def review(key, n):
    checker, claim, cauthor, ctype, wording = R[key]
    d = date(2026, 1, 6) + timedelta(days=6 * n)
    cd = d - timedelta(days=3 + n % 4)
    worst, best, vals = SCALES[checker]
    v = vals[wording]
    lang = "fr" if checker in ("Sérançoir", "Ébauchoir") else "en"
    item = {"@type": "Claim", "author": {"@type": ctype, "name": cauthor}}
    app = f"https://{'chitterbox' if n % 2 else 'blatherdeck'}.example/p/{slug(key)}-{n}"
    if checker == "Sérançoir":
        url = f"https://serancoir.example/verifications/{slug(claim)}"
        item["datePublished"] = cd.isoformat()
        if key in APPEAR:
            item["appearance"] = {"@type": "CreativeWork", "url": app}
        cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url,
              "headline": f"« {claim} » : notre vérification", "claimReviewed": claim, "itemReviewed": item,
              "author": {"@type": "Organization", "name": checker, "url": "https://serancoir.example/"},
              "reviewRating": {"@type": "Rating", "ratingValue": v, "bestRating": best, "worstRating": worst,
                               "alternateName": wording},
              "datePublished": d.isoformat(), "inLanguage": lang}
    elif checker == "Ébauchoir":
        off = "+01:00" if d.month < 4 else "+02:00"
        url = f"https://ebauchoir-verif.example/{d.year}/{d.month:02d}/{slug(claim)}"
        item["datePublished"] = f"{cd.isoformat()}T18:30:00{off}"
        if key in APPEAR:
            item["appearance"] = [{"@type": "CreativeWork", "url": app}]
        cr = {"@context": "http://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim,
              "itemReviewed": item,
              "author": {"@type": "Organization", "name": checker, "url": "https://ebauchoir-verif.example/",
                         "sameAs": ["https://chitterbox.example/ebauchoir", "https://blatherdeck.example/ebauchoir"]},
              "reviewRating": {"@type": "Rating", "ratingValue": str(v), "bestRating": str(best),
                               "worstRating": str(worst), "alternateName": wording},
              "datePublished": f"{d.isoformat()}T09:10:00{off}", "inLanguage": lang}
    elif checker == "Mortise":
        url = f"https://mortise-checks.example/claims/{slug(claim)}.html"
        item["datePublished"] = cd.isoformat()
        if key in APPEAR:
            item["appearance"] = {"@type": "CreativeWork", "url": app}
        cr = {"@context": "https://schema.org", "@type": ["ClaimReview"], "url": url, "claimReviewed": claim,
              "itemReviewed": item,
              "author": {"@type": "Organization", "name": checker, "url": "https://mortise-checks.example/",
                         "logo": "https://mortise-checks.example/logo.png"},
              "reviewRating": {"@type": "Rating", "ratingValue": v, "bestRating": best, "worstRating": worst,
                               "alternateName": wording},
              "datePublished": d.isoformat(), "inLanguage": lang}
    else:
        url = f"https://scraperdesk.example/rulings/{slug(claim)}/"
        item["datePublished"] = f"{cd.isoformat()}T12:00:00Z"
        if key in APPEAR:
            item["appearance"] = {"@type": "CreativeWork", "url": app}
        cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim,
              "itemReviewed": item,
              "author": {"@type": "Organization", "name": checker, "url": "https://scraperdesk.example/",
                         "logo": {"@type": "ImageObject", "url": "https://scraperdesk.example/mark.png"}},
              "reviewRating": {"@type": "Rating", "ratingValue": v, "bestRating": best, "worstRating": worst,
                               "alternateName": wording, "ratingExplanation": EXPLAIN[wording]},
              "datePublished": f"{d.isoformat()}T15:45:00Z", "inLanguage": lang}
    return cr


ORDER = [f"{t}-{r}" for r in ("p1", "o1", "p2", "o2", "pd") for t in "ABCDEFGH"]
URL = {}
with open(HERE / "memory" / "reviews.jsonl", "w", encoding="utf-8") as f:
    for n, key in enumerate(ORDER):
        cr = review(key, n)
        URL[key] = cr["url"]
        f.write(json.dumps(cr, ensure_ascii=False) + "\n")
LANG = {k: ("fr" if R[k][0] in ("Sérançoir", "Ébauchoir") else "en") for k in R}

from arts import ARTICLES  # noqa: E402

MARK = re.compile(r"\[\[([LN]) ([A-H]-[a-z0-9]+)\|(.*?)\]\]", re.S)
gold = {"links": [], "near_misses": [], "no_claim_articles": []}
with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
    for a in ARTICLES:
        body = a["text"].strip()
        marks = []
        def sub(m):
            marks.append((m.group(1), m.group(2), m.group(3)))
            return m.group(3)
        plain = MARK.sub(sub, body)
        plain = "\n\n".join(" ".join(p.split()) for p in plain.split("\n\n"))
        full = a["title"] + "\n\n" + plain
        for kind, key, text in marks:
            text = " ".join(text.split())
            start = full.find(text)
            rec = {"article": a["id"], "text": text}
            if kind == "L":
                rec.update(review=URL[key], cross_language=LANG[key] != a["language"])
                rec.update(start=start, end=start + len(text))
                gold["links"].append(rec)
            else:
                rec.update(topic_of=URL[key], start=start, end=start + len(text))
                gold["near_misses"].append(rec)
        if not marks:
            gold["no_claim_articles"].append(a["id"])
        out = {"id": a["id"], "url": a["url"], "outlet": a["outlet"], "published": a["published"],
               "title": a["title"], "text": plain, "language": a["language"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(gold["links"]), len(gold["near_misses"]), len(gold["no_claim_articles"]))
