"""A synthetic corpus built from the sample articles, for throughput benchmarks.

Each synthetic article keeps the lead paragraph of one sample article and
adds a few body paragraphs drawn from other samples of the same language, in
a new order; people get new (invented) names, places are swapped for other
places of the samples, years and days move, and outlet, date and URL are new.
So every article is distinct — no two share their text — while reading like
news, which keeps the analyzers' work realistic. A few syndicated copies (the
same story under another outlet with a credit line) and repeated URLs (with
tracking parameters) are planted to exercise identity and near-duplicate
grouping.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsloupe.lab import REPO

# Invented names and outlets (none refers to a real person or publication).
FIRST = {
    "fr": [
        "Armand",
        "Léa",
        "Jonas",
        "Maren",
        "Idris",
        "Sofia",
        "Basile",
        "Inès",
        "Gaspard",
        "Yasmine",
        "Octave",
        "Lou",
    ],
    "en": ["Alden", "Bryony", "Caspian", "Delia", "Ewan", "Fenella", "Gideon", "Hollis", "Imogen", "Jasper", "Kit"],
}
LAST = [
    "Vescal", "Dorsaz", "Kettering", "Malvoisin", "Quarrie", "Ostrander", "Pellerin", "Rainsford", "Sauvenet",
    "Tilbury", "Ulverston", "Varennes", "Whitlow", "Yardley", "Zennor", "Abernathy", "Beaucaire", "Corlett",
]  # fmt: skip
OUTLETS = {
    "fr": ["La Gazette de Valmer", "Le Phare du Couchant", "L'Écho des Trois Vallées", "Le Vigilant", "Info Lusiane"],
    "en": ["The Eastbrook Courier", "Harbourside Post", "The Ridgeway Ledger", "Fenwick Daily", "Tidewater Wire"],
}
MONTHS = {
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
}
_YEAR = re.compile(r"\b20[0-2]\d\b")


@dataclass
class Source:
    """A sample article cut into what recombination needs."""

    lang: str
    title: str
    outlet: str | None
    lead: str
    paras: list[str]
    persons: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


def find_samples(samples: Path | None = None) -> Path:
    """The sample corpus folder (``samples/articles`` or ``samples``)."""
    if samples is not None:
        return samples
    root = REPO / "samples"
    return root / "articles" if (root / "articles").is_dir() else root


def load_sources(samples: Path) -> list[Source]:
    """Read the sample articles (fr and en) and find their people and places with spaCy."""
    from newsloupe.ingest import iter_items
    from newsloupe.ingest.language import detect_language
    from newsloupe.nlp import get_nlp

    sources: list[Source] = []
    titles: set[str] = set()
    for item in iter_items([str(samples)]):
        if item.article is None:
            continue
        try:
            art = detect_language(item.article)
        except Exception:  # a sample in another language: not for this benchmark
            continue
        body = [art.text[p.start : p.end].strip() for p in art.paragraphs if p.label == "body"]
        body = [b for b in body if len(b.split()) >= 8]
        if art.language not in FIRST or len(body) < 2 or not art.title or art.title in titles:
            continue
        titles.add(art.title)
        doc = get_nlp(art.language)("\n\n".join(body))
        persons = {e.text for e in doc.ents if e.label_ in ("PER", "PERSON") and len(e.text.split()) >= 2}
        places = {e.text for e in doc.ents if e.label_ in ("LOC", "GPE") and e.text[:1].isupper()}
        sources.append(Source(art.language, art.title, art.outlet, body[0], body[1:], sorted(persons), sorted(places)))
    return sources


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"


def _replace_all(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def synthesize(sources: list[Source], n: int, *, seed: int = 7) -> Iterator[dict[str, Any]]:
    """Yield ``n`` distinct synthetic records, plus planted repeats of earlier URLs.

    Every 50th article is a syndicated copy of the previous one (a near duplicate, still
    a distinct article); after every 100th (the 11th of each hundred), the same record comes again with tracking
    parameters on its URL (the same article: stored once).
    RETURNS: corpus records (``id``, ``url``, ``outlet``, ``published``, ``title``, ``text``,
        ``language``, and ``planted`` = ``near-duplicate``/``same-url`` for planted ones).
    """
    rng = random.Random(seed)
    by_lang: dict[str, list[Source]] = {}
    for s in sources:
        by_lang.setdefault(s.lang, []).append(s)
    langs = sorted(by_lang)
    pool = {lang: [p for s in ss for p in s.paras] for lang, ss in by_lang.items()}
    places = {lang: sorted({p for s in ss for p in s.places}) for lang, ss in by_lang.items()}
    outlets = {lang: [*OUTLETS[lang], *sorted({s.outlet for s in ss if s.outlet})] for lang, ss in by_lang.items()}
    previous: dict[str, Any] | None = None
    for i in range(n):
        if previous is not None and i % 50 == 49:
            lang = previous["language"]
            outlet = rng.choice([o for o in outlets[lang] if o != previous["outlet"]])
            rec = {
                **previous,
                "id": f"syn-{i:05d}",
                "outlet": outlet,
                "url": f"https://{_slug(outlet)}.example/wire/{_slug(previous['title'])}-{i}",
                "text": previous["text"] + f"\n\n({previous['outlet']})",
                "planted": "near-duplicate",
            }
            yield rec
            continue
        lang = langs[i % len(langs)]
        src = by_lang[lang][(i // len(langs)) % len(by_lang[lang])]
        k = rng.randint(3, 8)
        paras = [src.lead, *rng.sample(pool[lang], min(k, len(pool[lang])))]
        year = rng.randint(2019, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        names: dict[str, str] = {}
        used = {p for s in by_lang[lang] for p in s.persons}
        for full in sorted(used):
            if any(full in p for p in paras) or full in src.title:
                new = f"{rng.choice(FIRST[lang])} {rng.choice(LAST)}"
                names[full] = new
                names.setdefault(full.split()[-1], new.split()[-1])
        for place in places[lang]:
            if rng.random() < 0.5 and any(place in p for p in paras):
                names[place] = rng.choice(places[lang])
        text = _replace_all("\n\n".join(paras), names)
        text = _YEAR.sub(lambda m, y=year: str(y - rng.randint(0, 1)), text)
        text = re.sub(rf"\b([0-3]?\d)(er)? ({MONTHS[lang]})\b", lambda m: f"{rng.randint(1, 28)} {m.group(3)}", text)
        text = re.sub(rf"\b({MONTHS[lang]}) ([0-3]?\d)\b", lambda m: f"{m.group(1)} {rng.randint(1, 28)}", text)
        title = _replace_all(src.title, names)
        outlet = rng.choice(outlets[lang])
        rec = {
            "id": f"syn-{i:05d}",
            "url": f"https://{_slug(outlet)}.example/{year}/{month:02d}/{_slug(title)}-{i}",
            "outlet": outlet,
            "published": f"{year}-{month:02d}-{day:02d}",
            "title": title,
            "text": text,
            "language": lang,
        }
        yield rec
        previous = rec
        if i % 100 == 10:
            yield {**rec, "url": rec["url"] + "?utm_source=rss&utm_medium=feed", "planted": "same-url"}


def write_corpus(path: Path, n: int, *, samples: Path | None = None, seed: int = 7) -> dict[str, int]:
    """Write a synthetic JSONL corpus of ``n`` distinct articles; RETURNS counts by kind and language."""
    sources = load_sources(find_samples(samples))
    if not sources:
        raise SystemExit(f"no usable sample article under {find_samples(samples)}")
    counts: dict[str, int] = {"records": 0, "sources": len(sources)}
    with path.open("w", encoding="utf-8") as f:
        for rec in synthesize(sources, n, seed=seed):
            planted = rec.pop("planted", None)
            counts["records"] += 1
            if planted:
                counts[planted] = counts.get(planted, 0) + 1
            if planted != "same-url":
                counts[rec["language"]] = counts.get(rec["language"], 0) + 1
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return counts
