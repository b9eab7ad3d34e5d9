"""Rewrite memory/reviews.jsonl, articles.jsonl and gold.json from the build scripts. Run: python3 build/build.py"""

import json
import re
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

B = Path(__file__).resolve().parent
HERE = B.parent
sys.path.insert(0, str(B))
from reviews import CLAIMS, SCALES, VALUES  # noqa: E402
import arts1, arts2, arts3, arts4, arts5  # noqa: E402
from extra import EXTRA  # noqa: E402

DOMAINS = {"Taraudeuse": "https://taraudeuse.example/", "Serfouette": "https://serfouette-verif.example/",
           "Burnisher Desk": "https://burnisherdesk.example/", "Rasp Review": "https://rasp-review.example/"}
SITES = ("yatterbox", "gossipwell")
# wording index (into the scale) of the i-th review of each checker: all eight wordings, then a true and a false one
RATING_ORDER = {
    "Taraudeuse": (2, 6, 0, 3, 7, 5, 1, 4, 6, 0),
    "Serfouette": (6, 3, 0, 4, 7, 2, 5, 1, 7, 0),
    "Burnisher Desk": (7, 2, 1, 4, 6, 3, 0, 5, 6, 1),
    "Rasp Review": (3, 5, 6, 0, 2, 7, 4, 1, 7, 0),
}


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60].strip("-")


def reviews() -> list[dict]:
    order = [f"{t}{i}" for i in range(1, 6) for t in "ABCDEFGH"]
    counters = {"fr": 0, "en": 0}
    seen = {}
    out = []
    start = date(2026, 1, 4)
    for n, key in enumerate(order):
        lang, claim, who, wtype = CLAIMS[key]
        checker = (("Taraudeuse", "Serfouette") if lang == "fr" else ("Burnisher Desk", "Rasp Review"))[counters[lang] % 2]
        counters[lang] += 1
        idx = RATING_ORDER[checker][seen.get(checker, 0)]
        seen[checker] = seen.get(checker, 0) + 1
        d = start + timedelta(days=6 * n)
        cd = d - timedelta(days=2 + n % 4)
        wording = SCALES[checker][idx]
        value = VALUES[checker][idx]
        dom = DOMAINS[checker]
        summer = date(2026, 3, 29) <= d < date(2026, 10, 25)
        appear = n % 3 == 0
        app_url = f"https://{SITES[n % 2]}.example/p/{key.lower()}-{n}"
        item = {"@type": "Claim", "author": {"@type": wtype, "name": who}}
        if checker == "Taraudeuse":
            url = f"{dom}le-vrai-du-faux/{slug(claim)}"
            item["datePublished"] = cd.isoformat()
            if appear:
                item["appearance"] = {"@type": "CreativeWork", "url": app_url}
            cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url,
                  "headline": f"Le vrai du faux : « {claim} »", "claimReviewed": claim, "itemReviewed": item,
                  "author": {"@type": "Organization", "name": checker, "url": dom},
                  "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 4, "worstRating": 0,
                                   "alternateName": wording},
                  "datePublished": d.isoformat(), "inLanguage": lang}
        elif checker == "Serfouette":
            off = "+02:00" if summer else "+01:00"
            url = f"{dom}{d.year}/{d.month:02d}/{d.day:02d}/{slug(claim)}/"
            item["datePublished"] = f"{cd.isoformat()}T19:10:00{off}"
            if appear:
                item["appearance"] = [{"@type": "CreativeWork", "url": app_url}]
            cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim,
                  "itemReviewed": item,
                  "author": {"@type": "Organization", "name": checker, "url": dom,
                             "sameAs": [f"https://yatterbox.example/serfouette", f"https://gossipwell.example/serfouette"]},
                  "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": "10", "worstRating": "1",
                                   "alternateName": wording},
                  "datePublished": f"{d.isoformat()}T07:30:00{off}", "inLanguage": lang}
        elif checker == "Burnisher Desk":
            url = f"{dom}rulings/{slug(claim)}.html"
            item["datePublished"] = cd.isoformat()
            if appear:
                item["appearance"] = {"@type": "CreativeWork", "url": app_url}
            cr = {"@context": "http://schema.org", "@type": ["ClaimReview"], "url": url, "claimReviewed": claim,
                  "itemReviewed": item,
                  "author": {"@type": "Organization", "name": checker, "url": dom,
                             "logo": {"@type": "ImageObject", "url": f"{dom}logo.svg"}},
                  "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 2, "worstRating": -2,
                                   "alternateName": wording},
                  "datePublished": d.isoformat(), "inLanguage": lang}
        else:
            url = f"{dom}checked/{d.isoformat()}/{slug(claim)}"
            item["datePublished"] = f"{cd.isoformat()}T11:00:00Z"
            if appear:
                item["appearance"] = [{"@type": "CreativeWork", "url": app_url}]
            cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim,
                  "itemReviewed": item,
                  "author": {"@type": "Organization", "name": checker, "url": dom, "logo": f"{dom}rasp.png"},
                  "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 100.0, "worstRating": 0.0,
                                   "alternateName": wording,
                                   "ratingExplanation": f"Rated {wording.lower()} after contacting the people involved."},
                  "datePublished": f"{d.isoformat()}T16:45:00Z", "inLanguage": lang}
        cr["_key"] = key
        out.append(cr)
    return out


MARK = re.compile(r"\[\[([LN]) ([A-H][1-5])\|(.+?)\]\]", re.S)


def main() -> None:
    revs = reviews()
    by_key = {cr.pop("_key"): cr for cr in revs}
    (HERE / "memory").mkdir(exist_ok=True)
    with open(HERE / "memory" / "reviews.jsonl", "w", encoding="utf-8") as f:
        for cr in revs:
            f.write(json.dumps(cr, ensure_ascii=False) + "\n")
    links, nms, noclaim, arts = [], [], [], []
    for mod in (arts1, arts2, arts3, arts4, arts5):
        for aid, outlet, url, pub, lang, title, raw in mod.ARTICLES:
            raw = raw.strip()
            if aid in EXTRA:
                raw += "\n\n" + EXTRA[aid]
            marks = MARK.findall(raw)
            text = MARK.sub(lambda m: m.group(3), raw)
            full = title + "\n\n" + text
            for kind, key, sent in marks:
                start = full.index(sent)
                cr = by_key[key]
                if kind == "L":
                    links.append({"article": aid, "text": sent, "review": cr["url"],
                                  "cross_language": cr["inLanguage"] != lang, "start": start, "end": start + len(sent)})
                else:
                    nms.append({"article": aid, "text": sent, "topic_of": cr["url"], "start": start,
                                "end": start + len(sent)})
            if not marks:
                noclaim.append(aid)
            arts.append({"id": aid, "url": url, "outlet": outlet, "published": pub, "title": title, "text": text,
                         "language": lang})
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(HERE / "gold.json", "w", encoding="utf-8") as f:
        json.dump({"links": links, "near_misses": nms, "no_claim_articles": noclaim}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for a in arts:
        print(a["id"], len((a["title"] + " " + a["text"]).split()))


if __name__ == "__main__":
    main()
