"""Where the missed attributions of a gold corpus are lost, each in one class (stop 36, issue 12).

``python -m newsloupe.lab.attribution_misses GOLD [--cv 5] [--kinds indirect,mixed] [--oracle] [--show CLASS]``

A gold attribution is missed when no prediction matches its content at overlap 0.3 (as
``newsloupe eval attribution`` matches them, one to one). Its cue's word (the one the cue model is
trained on: the cue's last verb, adjective or noun) tells where it was lost, checked in this order:

- ``cue predicted, matched to another gold``: a prediction holds the cue, its content is another's;
- ``cue predicted, content under 0.3``: a prediction holds the cue, its content misses;
- ``content held by another prediction``: no prediction holds the cue but one overlaps the content at
  0.3 or more and is matched to another gold (nested or relayed reports: "selon X, Y a promis Z");
- ``no candidate word``: the cue has no verb, adjective or noun ("selon", "pour", a colon);
- ``listed, under the gate``: a word of the rule lists the cue model scores under its gate;
- ``unlisted, under the threshold``: a word outside the lists the cue model scores under its threshold;
- ``over the cut, no attribution``: the model accepts the word and the rules report nothing from it
  (no complement they read, a source-less participle, a passive whose subject is the content).

With ``--cv N`` each fold's cue model is fitted on the other folds (as ``eval attribution --cv``);
without, the shipped model scores. ``--oracle`` then forces the cue model to accept the words of the
two "under" classes (each class apart) and counts how many of those attributions the rules then
find: the most a better cue model could add. Needs scikit-learn with ``--cv``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsloupe.lab.attribution_eval import article_folds, content_chars, match, overlap, predict
from newsloupe.lab.attribution_gold import GoldDoc, load_gold, parse_gold

CLASSES = (
    "cue predicted, matched to another gold",
    "cue predicted, content under 0.3",
    "content held by another prediction",
    "no candidate word",
    "listed, under the gate",
    "unlisted, under the threshold",
    "over the cut, no attribution",
)
UNDER = ("listed, under the gate", "unlisted, under the threshold")


@dataclasses.dataclass
class Miss:
    """One missed gold attribution and where it was lost."""

    doc: str
    index: int  # the attribution's rank in its article's gold
    kind: str
    cue: str
    word: int | None  # token index of the cue's word (None: no cue)
    lemma: str
    pos: str
    score: float | None  # the cue model's probability for the word (v2 models)
    klass: str


def _cue_word(doc: Any, cue: list[tuple[int, int]]) -> Any:
    """The cue's word as the v2 cue model is trained on it (:func:`~newsloupe.lab.attribution_train.cue_head`)."""
    from newsloupe.attribution.learned import V2_POS
    from newsloupe.lab.attribution_train import cue_head

    return cue_head(doc, cue[0][0], cue[0][1], V2_POS) if cue else None


def _models(docs: list[GoldDoc], parsed: list[Any], cv: int | None) -> list[dict[str, Any]]:
    """The cue model that scores each article: its fold's (``cv``) or the shipped one."""
    from newsloupe.attribution.learned import load_learned

    if not cv:
        return [load_learned(gd.lang) for gd in docs]
    from newsloupe.lab.attribution_eval import train_chosen

    out: list[dict[str, Any]] = [{} for _ in docs]
    for fold in article_folds(docs, cv):
        held = set(fold)
        train = [n for n in range(len(docs)) if n not in held]
        model = train_chosen([docs[n] for n in train], [parsed[n] for n in train], docs[0].lang)
        for n in fold:
            out[n] = model
    return out


def _matched(gd: GoldDoc, pred: list[dict[str, Any]]) -> dict[int, tuple[int, float]]:
    """Gold rank -> (matched prediction, overlap) at 0.3, as the evaluation matches them."""
    pc = [content_chars([(c["start"], c["end"]) for c in a["content"]], gd.text) for a in pred]
    gc = [content_chars(g.content, gd.text) for g in gd.attributions]
    return {j: (i, o) for i, j, o in match(pc, gc, 0.3)}


def classify(
    gd: GoldDoc, parsed: Any, model: dict[str, Any], pred: list[dict[str, Any]], kinds: tuple[str, ...]
) -> list[Miss]:
    """The missed gold attributions of ``kinds`` in article ``gd`` (predictions ``pred`` by ``model``)."""
    from newsloupe.attribution import rules
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.learned import V2_POS, features_v2, lemma_vector, score
    from newsloupe.attribution.lexicon import get_lexicon

    lex = get_lexicon(gd.lang)
    if lex is None:
        return []
    d = AttributionDoc(parsed.doc, dataclasses.replace(lex, learned=model), gd.text)
    pairs = _matched(gd, pred)
    taken = {i for i, _ in pairs.values()}
    pc = [content_chars([(c["start"], c["end"]) for c in a["content"]], gd.text) for a in pred]
    v2 = model.get("features") == "v2"
    out = []
    for j, g in enumerate(gd.attributions):
        if g.kind not in kinds or j in pairs:
            continue
        gcue = {x for a, b in g.cue for x in range(a, b)}
        gc = content_chars(g.content, gd.text)
        held = [i for i, a in enumerate(pred) if a.get("cue") and gcue & set(range(a["cue"]["start"], a["cue"]["end"]))]
        t = _cue_word(parsed.doc, g.cue)
        cls, p = None, None
        if t is not None:
            cls, _extra = rules.cue_class(d, t)
            if v2 and d.pos[t.i] in V2_POS:
                p = score(model, features_v2(d, t, rules.quote_adjacent(d, t)), lemma_vector(d, t.i))
        if held:
            klass = CLASSES[0] if held[0] in taken else CLASSES[1]
        elif any(overlap(pc[i], gc) >= 0.3 for i in range(len(pred))):
            klass = CLASSES[2]
        elif t is None or (d.pos[t.i] not in V2_POS and cls is None):
            klass = CLASSES[3]
        elif p is not None and p < (model.get("gate", 0.0) if cls else model.get("threshold", 0.5)):
            klass = CLASSES[4] if cls else CLASSES[5]
        else:
            klass = CLASSES[6]
        out.append(
            Miss(
                gd.id,
                j,
                g.kind or "",
                " ".join(gd.text[a:b] for a, b in g.cue),
                None if t is None else t.i,
                "" if t is None else d.lem[t.i],
                "" if t is None else d.pos[t.i],
                p,
                klass,
            )
        )
    return out


@contextlib.contextmanager
def _accepting(words: dict[int, set[int]]) -> Iterator[None]:
    """The cue model accepts the words ``words`` (id of a parse -> token indices), whatever it scores."""
    from newsloupe.attribution import rules

    scored = rules.v2_bounds

    def bounds(model: dict[str, Any], d: Any, t: Any, vector: Any = None) -> tuple[float, float]:
        if t.i in words.get(id(d.doc), ()):
            return 1.0, 1.0
        return scored(model, d, t, vector)

    rules.v2_bounds = bounds
    try:
        yield
    finally:
        rules.v2_bounds = scored


def oracle(
    docs: list[GoldDoc], parsed: list[Any], models: list[dict[str, Any]], misses: list[Miss], klass: str
) -> dict[str, int]:
    """The cue words of the misses of ``klass`` accepted by force: how many of those attributions are then
    found, and how many predictions and matches their articles gain."""
    chosen = [m for m in misses if m.klass == klass and m.word is not None]
    by_doc = {gd.id: n for n, gd in enumerate(docs)}
    words: dict[int, set[int]] = {}
    for m in chosen:
        words.setdefault(id(parsed[by_doc[m.doc]].doc), set()).add(m.word)  # type: ignore[arg-type]
    out = {"words": len(chosen), "found": 0, "predictions": 0, "matches": 0}
    for n in sorted({by_doc[m.doc] for m in chosen}):
        gd = docs[n]
        before = predict(gd, parsed[n], models[n])
        with _accepting(words):
            after = predict(gd, parsed[n], models[n])
        pairs = _matched(gd, after)
        out["found"] += sum(1 for m in chosen if m.doc == gd.id and m.index in pairs)
        out["predictions"] += len(after) - len(before)
        out["matches"] += len(pairs) - len(_matched(gd, before))
    return out


def ranking(gd: GoldDoc, parsed: Any, model: dict[str, Any], table: Counter[tuple[str, str, int, bool]]) -> None:
    """Add to ``table`` every candidate word of ``gd`` (v2 model): (listed / a cue twice or more in the model's
    training / other, its tag, its score in tenths, whether it is a gold cue word) -> count."""
    from newsloupe.attribution import rules
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.learned import V2_POS, features_v2, lemma_vector, score
    from newsloupe.attribution.lexicon import get_lexicon

    lex = get_lexicon(gd.lang)
    if lex is None or model.get("features") != "v2":
        return
    d = AttributionDoc(parsed.doc, dataclasses.replace(lex, learned=model), gd.text)
    gold = {t.i for t in (_cue_word(parsed.doc, g.cue) for g in gd.attributions) if t is not None}
    seen = model.get("lemmas", {})
    for t in parsed.doc:
        pos = d.pos[t.i]
        if pos not in V2_POS:
            continue
        cls, _extra = rules.cue_class(d, t)
        group = "listed" if cls else "trained" if f"{d.lem[t.i]}|{pos}" in seen else "other"
        p = score(model, features_v2(d, t, rules.quote_adjacent(d, t)), lemma_vector(d, t.i))
        table[group, pos, min(int(p * 10), 9), t.i in gold] += 1


def run(
    gold: Path, cv: int | None, kinds: tuple[str, ...], with_oracle: bool = False, with_ranking: bool = False
) -> dict[str, Any]:
    """Every miss of ``kinds`` in ``gold`` classified, with the counts per class (and the oracle's, and the
    candidates' scores: :func:`ranking`)."""
    docs = load_gold(gold)
    parsed = [parse_gold(gd) for gd in docs]
    models = _models(docs, parsed, cv)
    misses: list[Miss] = []
    base = {"predictions": 0, "matches": 0}
    for n, gd in enumerate(docs):
        pred = predict(gd, parsed[n], models[n])
        base["predictions"] += len(pred)
        base["matches"] += len(_matched(gd, pred))
        misses.extend(classify(gd, parsed[n], models[n], pred, kinds))
    table: Counter[tuple[str, str, int, bool]] = Counter()
    if with_ranking:
        for n, gd in enumerate(docs):
            ranking(gd, parsed[n], models[n], table)
    counts = Counter(m.klass for m in misses)
    out: dict[str, Any] = {"misses": misses, "counts": {k: counts.get(k, 0) for k in CLASSES}, "base": base}
    if with_ranking:
        out["ranking"] = table
    if with_oracle:
        out["oracle"] = {k: oracle(docs, parsed, models, misses, k) for k in UNDER}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.attribution_misses", description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, help="gold corpus (.jsonl, a seed .json or a folder of them)")
    ap.add_argument("--cv", type=int, default=None, help="score each fold with a cue model fitted on the others")
    ap.add_argument("--kinds", default="indirect,mixed", help="gold kinds to classify (comma-separated)")
    ap.add_argument("--oracle", action="store_true", help="also force the cue words of the 'under' classes")
    ap.add_argument("--ranking", action="store_true", help="also count gold cue words among candidates by score")
    ap.add_argument("--show", default="", help="list the misses of the classes starting with this")
    args = ap.parse_args(argv)
    r = run(args.gold, args.cv, tuple(args.kinds.split(",")), args.oracle, args.ranking)
    base = r["base"]
    print(f"misses ({args.kinds}): {len(r['misses'])}   predictions {base['predictions']}, matched {base['matches']}")
    for k, n in r["counts"].items():
        print(f"  {n:4d}  {k}")
    for k, o in r.get("oracle", {}).items():
        print(
            f"oracle, {k}: {o['words']} words accepted, {o['found']} of them found; "
            f"predictions {o['predictions']:+d}, matches {o['matches']:+d}"
        )
    table = r.get("ranking")
    if table:
        print("candidates by score (gold cue words / candidates), per tenth:")
        for group in ("listed", "trained", "other"):
            for pos in sorted({k[1] for k in table if k[0] == group}):
                both = {b: (table[group, pos, b, True], table[group, pos, b, False]) for b in range(10)}
                cells = [f"{b / 10:.1f}:{g}/{g + o}" for b, (g, o) in both.items() if g + o]
                print(f"  {group:8s} {pos:5s} " + " ".join(cells))
    if args.show:
        for m in r["misses"]:
            if m.klass.startswith(args.show):
                p = "-" if m.score is None else f"{m.score:.3f}"
                print(f"{m.doc}\t{m.kind}\t{m.pos}\t{m.lemma}\t{p}\t{m.klass}")


if __name__ == "__main__":
    main()
