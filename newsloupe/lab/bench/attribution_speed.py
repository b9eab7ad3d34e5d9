"""How much time attribution adds to the spaCy parse it reuses.

Run: ``python -m newsloupe.lab.bench.attribution_speed [--limit N]``. Articles
come from PolNeAR dev (``../shared/data/attribution/polnear-dev.jsonl``) and
the seed (``../shared/gold/presstv-falloujah.txt``) when they are there, else
from a fictional French and English sample written for this benchmark. Each
article is parsed once (timed), then the attributions, assertions and
sourcing steps run on that parse (timed); the ratio of the two totals is
printed (the target is at most 0.15, issue 12).
"""

from __future__ import annotations

import argparse
import json
import time

from newsloupe.lab import SHARED
from newsloupe.lab.attribution_gold import line_article
from newsloupe.model import Article

# Written for this benchmark: every name, outlet and event is fictional.
_FICTIONAL = {
    "fr": (
        "Selon la Gazette de Lusiane, un responsable local a affirmé que les drones auraient décollé du port.\n\n"
        "« Nous ne laisserons personne menacer nos côtes », a prévenu le général Armand Vescal.\n\n"
        "Le ministre Paul Dorsaz a déclaré jeudi que l’enquête avançait. Il a ajouté qu’un rapport serait publié.\n\n"
        "Les Valmériens, dont l’objectif est de contrôler le port, soutiennent les pirates pour affaiblir la région.\n"
    ),
    "en": (
        "According to the Northbridge Courier, a senior official said the ferries were delayed by the storm.\n\n"
        "“We will rebuild the pier before winter,” Mayor Dana Holt said. “Nobody will be left behind.”\n\n"
        "The harbour authority, which runs the terminal, believes the repairs will cost less than planned.\n"
    ),
}


def _article(i: int, text: str, lang: str) -> Article:
    return line_article(f"bench-{i}", text, lang)


def _articles(limit: int) -> list[Article]:
    out: list[Article] = []
    seed = SHARED / "gold" / "presstv-falloujah.txt"
    if seed.is_file():
        out.append(_article(0, seed.read_text(encoding="utf-8"), "fr"))
    dev = SHARED / "data" / "attribution" / "polnear-dev.jsonl"
    if dev.is_file():
        with dev.open(encoding="utf-8") as fh:
            for line in fh:
                if len(out) >= limit:
                    break
                rec = json.loads(line)
                out.append(_article(len(out), rec["text"], rec.get("lang", "en")))
    if not out:
        for lang, text in _FICTIONAL.items():
            out.extend(_article(len(out), text * 5, lang) for _ in range(max(1, limit // 2)))
    return out[:limit] if limit else out


def run(limit: int = 40) -> dict[str, float]:
    """Parse and analyse ``limit`` articles; return parse and attribution seconds and their ratio."""
    from newsloupe.attribution import extract_attributions
    from newsloupe.attribution.assertions import find_assertions
    from newsloupe.attribution.sourcing import summarize
    from newsloupe.nlp import get_nlp, parse

    articles = _articles(limit)
    for lang in {a.language for a in articles}:
        get_nlp(lang or "fr")  # load models outside the timings
    warm = parse(articles[0])
    extract_attributions(warm)  # load rules and the learned model once
    t_parse = t_attr = 0.0
    chars = 0
    for art in articles:
        t0 = time.perf_counter()
        parsed = parse(art)
        t1 = time.perf_counter()
        atts, _ = extract_attributions(parsed)
        asserts = find_assertions(parsed.doc, art, atts)
        summarize(atts, asserts)
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_attr += t2 - t1
        chars += len(art.text)
    return {
        "articles": len(articles),
        "characters": chars,
        "parse_seconds": round(t_parse, 3),
        "attribution_seconds": round(t_attr, 3),
        "ratio": round(t_attr / t_parse, 4) if t_parse else 0.0,
    }


def main(argv: list[str] | None = None) -> None:
    """Print the attribution / parse time ratio."""
    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.bench.attribution_speed")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args(argv)
    r = run(args.limit)
    print(
        f"articles {r['articles']}  chars {r['characters']}  parse {r['parse_seconds']:.2f} s  "
        f"attribution+assertions+sourcing {r['attribution_seconds']:.2f} s  ratio {r['ratio']:.3f} (target <= 0.15)"
    )


if __name__ == "__main__":
    main()
