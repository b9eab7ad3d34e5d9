"""Sentence starts by kind on real news, the parse with and without the sentence guard.

``python -m newsloupe.lab.sentence_starts [--show N]`` reads the fr-news and en-news gold texts
(``../shared/gold``), the French SemEval-2023 training articles and PolNeAR dev
(``../shared/data``), parses each article as the pipeline does (one paragraph per non-blank line)
twice, without the guard (:mod:`newsloupe.nlp.sentences`) and with it, and prints for each set the
sentence starts by kind: after a line break, after a sentence end, a start the guard forbids (by
its rule's name), other (after a colon, a dash…); then the starts the guard removed (by rule) and
the ones the parser put elsewhere instead. ``--show N`` prints N removed starts at random with
their context (third-party text: read it, never copy it into the repository). Skips where
``../shared`` is absent. ``--factchecks`` counts on the sixteen fact-check sets' articles instead
(``samples/factchecks*``, fictional).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sets(factchecks: bool = False) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    if factchecks:  # the sixteen fact-check sets' articles (fictional), French and English apart
        from newsloupe.ingest.language import classify

        rows = [
            json.loads(line)
            for path in sorted(SAMPLES.glob("factchecks*/articles.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        for r in rows:
            lang = classify(r["text"])[0]
            if lang in ("fr", "en"):
                out.setdefault(f"factchecks-{lang}", []).append((r["id"], r["text"], lang))
        return out
    for name, path, lang in (
        ("fr-news", SHARED / "gold" / "fr-news" / "fr-news.jsonl", "fr"),
        ("en-news", SHARED / "gold" / "en-news" / "en-news.jsonl", "en"),
        ("polnear-dev", SHARED / "data" / "attribution" / "polnear-dev.jsonl", "en"),
    ):
        if path.is_file():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            out[name] = [(r["id"], r["text"], lang) for r in rows]
    semeval = SHARED / "data" / "semeval2023" / "fr" / "articles"
    if semeval.is_dir():
        out["semeval-fr"] = [(p.stem, p.read_text(encoding="utf-8"), "fr") for p in sorted(semeval.glob("*.txt"))]
    return out


def start_kind(doc: Any, token: Any, rules: Any, quotes: list[int] | None = None) -> str:
    """The kind of a sentence start: ``newline``, ``end``, ``guard:<rule>`` or ``other`` (``quotes``: the
    doc's :func:`~newsloupe.nlp.sentences.quote_counts`, counted here when not given)."""
    from newsloupe.nlp.sentences import ends_sentence, no_start_reason, quote_counts

    if quotes is None:
        quotes = quote_counts(doc, rules)
    reason = no_start_reason(doc, token, rules, quotes)
    if reason is not None:
        return f"guard:{reason}"
    j = token.i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or "\n" in doc.text[doc[j].idx : token.idx]:
        return "newline"
    return "end" if ends_sentence(doc, j, rules, quotes) else "other"


def _starts(doc: Any) -> dict[int, Any]:
    return {s[0].idx: s[0] for s in doc.sents if s[0].i > 0 and not s[0].is_space}


def count(show: int = 0, seed: int = 35, factchecks: bool = False) -> list[str]:
    """The report's lines (see the module)."""
    from newsloupe.lab.attribution_gold import line_article
    from newsloupe.nlp import get_nlp, parse
    from newsloupe.nlp.sentences import GUARD_NAME, quote_counts, sentence_rules

    lines: list[str] = []
    shown: list[str] = []
    for name, rows in _sets(factchecks).items():
        if not rows:  # an empty file: nothing to count
            lines.append(f"{name}: no articles")
            continue
        lang = rows[0][2]
        nlp, rules = get_nlp(lang), sentence_rules(lang)
        before, after, removed, moved = Counter(), Counter(), Counter(), 0
        changed = 0
        for aid, text, lang in rows:
            article = line_article(aid, text, lang)
            with nlp.select_pipes(disable=[GUARD_NAME]):
                d0 = parse(article).doc
            d1 = parse(article).doc
            s0, s1 = _starts(d0), _starts(d1)
            q0, q1 = quote_counts(d0, rules), quote_counts(d1, rules)
            before.update(start_kind(d0, t, rules, q0) for t in s0.values())
            after.update(start_kind(d1, t, rules, q1) for t in s1.values())
            gone = s0.keys() - s1.keys()
            for at in sorted(gone):
                kind = start_kind(d0, s0[at], rules, q0)
                removed[kind] += 1
                shown.append(f"{name} {kind}: …{text[max(0, at - 80) : at]}‖{text[at : at + 50]}…".replace("\n", "⏎"))
            moved += len(s1.keys() - s0.keys())
            changed += bool(gone or s1.keys() - s0.keys())
        lines += [
            f"{name}: {len(rows)} articles, {changed} with other sentences",
            f"  starts without the guard: {sum(before.values())} {dict(before.most_common())}",
            f"  starts with the guard:    {sum(after.values())} {dict(after.most_common())}",
            f"  removed: {sum(removed.values())} {dict(removed.most_common())}; new starts (put elsewhere): {moved}",
        ]
    if show:
        random.Random(seed).shuffle(shown)
        lines += ["removed starts at random:", *shown[:show]]
    return lines


def main() -> None:
    """Print the sentence starts by kind on the gold sets, or on the fact-check sets (see the module)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print N removed starts at random, with context")
    ap.add_argument("--factchecks", action="store_true", help="count on the fact-check sets' articles instead")
    args = ap.parse_args()
    if args.factchecks:
        print("\n".join(count(args.show, factchecks=True)))
        return
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to count")
        return
    print("\n".join(count(args.show)))


if __name__ == "__main__":
    main()
