"""The shared multilingual encoder (USE-multilingual v3, real model from its registry package)."""

from __future__ import annotations

import numpy as np

from newsloupe.nlp import encoder


def test_embeddings_are_unit_vectors_and_cached() -> None:
    enc = encoder.get_encoder()
    assert enc is not None and encoder.get_encoder() is enc  # one instance per process
    E = enc.encode(
        ["Le port de Valmer rouvre lundi.", "The port of Valmer reopens on Monday.", "Le port de Valmer rouvre lundi."]
    )
    assert E.shape == (3, encoder.DIM)
    assert np.allclose(np.linalg.norm(E, axis=1), 1.0, atol=1e-3)
    assert np.array_equal(E[0], E[2])
    # a translation is closer than an unrelated sentence
    other = enc.encode(["Les prix du blé ont reculé en mars."])[0]
    assert E[0] @ E[1] > E[0] @ other + 0.2
    assert abs(enc.similarity("Bonjour à tous.", "Bonjour à tous.") - 1.0) < 1e-3


def test_cache_is_bounded() -> None:
    enc = encoder.get_encoder()
    texts = [f"dépêche numéro {i} du fil de Valmer" for i in range(encoder.CACHE_TEXTS + 5)]
    assert enc.encode(texts).shape == (len(texts), encoder.DIM)
    assert len(enc._cache) <= encoder.CACHE_TEXTS
    assert enc.encode([]).shape == (0, encoder.DIM)


def test_piece_cache_gives_the_plain_vectors() -> None:
    enc = encoder.get_encoder()
    texts = [
        "Les chèvres du plateau de Brandoux auraient mangé toute la réserve de foin du village.",
        "Three lighthouse keepers in Orrinfold say the new lamp can be seen from ninety kilometres.",
        "Le conseil de Vaubrune a voté.",
    ]
    enc.clear_cache()
    plain = enc.encode(texts)
    enc.clear_cache()
    first = enc.encode(texts, pieces=True)  # pieces computed now
    enc.clear_cache()
    again = enc.encode(texts[::-1], pieces=True)[::-1]  # pieces found in the cache
    assert enc._pieces is not None and len(enc._pieces.slots) > 20
    assert np.abs(first - plain).max() < 1e-5
    assert np.abs(again - plain).max() < 1e-5
    enc.clear_cache()


def test_piece_cache_keeps_its_pinned_pieces_when_full() -> None:
    enc = encoder.get_encoder()
    enc.encode(["Une phrase pour charger le modèle."])
    cache = encoder.PieceCache(enc._model()._model, 1024)
    pinned = cache.warm(["Le marché aux truffes de Sorvigne ouvre le samedi matin."] * 3, 10)
    assert pinned == 10 and cache.pinned == 10
    kept = {p: r for p, r in cache.slots.items() if r < cache.pinned}
    # enough new pieces to fill the cache several times over
    words = [f"Saint-Ombrelin{i} Quavette{i * 7} Prusanthe{i * 13} {i * 7919} {i * 104729}" for i in range(400)]
    assert len({p for ps in enc.pieces(words) for p in ps}) > cache.capacity
    vecs = cache.encode(words)
    assert len(cache.slots) <= cache.capacity
    assert all(cache.slots.get(p) == r for p, r in kept.items())
    enc.clear_cache()
    assert np.abs(vecs - enc.encode(words)).max() < 1e-5


def test_the_piece_cache_runs_on_one_blas_thread(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import contextlib

    enc = encoder.get_encoder()
    enc.encode(["Une phrase pour charger le modèle."])
    backend = enc._model()._model
    limits: list[tuple[int, str]] = []  # the limits the cache's numpy work ran under

    @contextlib.contextmanager
    def limit(limits: int, user_api: str):  # type: ignore[no-untyped-def]
        limits_seen.append((limits, user_api))
        yield

    limits_seen = limits
    monkeypatch.setattr(backend, "_threadpool", limit)
    cache = encoder.PieceCache(backend, 1024)
    vecs = cache.encode(["Les mouettes de Pornivel ont volé le pique-nique du maire."])
    assert vecs.shape == (1, encoder.DIM)
    assert limits == [(backend.threads, "blas")] and backend.threads == 1
    cache.warm(["Le bac de Pornivel traverse l'étang."], 5)
    assert limits[1:] == [(1, "blas")]


def test_warming_pins_only_the_top_pieces() -> None:
    enc = encoder.get_encoder()
    enc.encode(["Une phrase pour charger le modèle."])
    cache = encoder.PieceCache(enc._model()._model, 1024)
    cache.encode(["Trente-deux cerfs-volants géants ont survolé la digue de Morlanche dimanche."] * 2)
    before = len(cache.slots)
    assert before > 10
    texts = ["Les cerfs-volants de Morlanche volent le dimanche."] * 3
    assert cache.warm(texts, 5) == 5 and cache.pinned == 5
    top = {p for p, r in cache.slots.items() if r < 5}
    assert len(top) == 5
    # a second memory's warm start pins its own top pieces, not everything met so far
    assert cache.warm(["Le phare de Kerloc'h clignote toutes les dix secondes."] * 2, 7) == 7 and cache.pinned == 7
    assert len(cache.slots) == 7
    enc.clear_cache()
    vecs = cache.encode(texts[:1])
    assert np.abs(vecs - enc.encode(texts[:1])).max() < 1e-5  # the moved rows still give the plain vectors


def test_warming_tokenizes_outside_the_encoder_lock(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    enc = encoder.get_encoder()
    enc.encode(["Une phrase pour charger le modèle."])
    held: list[bool] = []
    tokenize = encoder._tokenize

    def spy(sp, texts, *, ends=False):  # type: ignore[no-untyped-def]
        held.append(encoder._LOCK.locked())
        return tokenize(sp, texts, ends=ends)

    monkeypatch.setattr(encoder, "_tokenize", spy)
    assert enc.warm_pieces(["Les moulins de Faverolle tournent au vent d'ouest."] * 4, 6) == 6
    assert held == [False]


_NO_THREAD_SCRIPT = """
import ctypes, json
from newsloupe.nlp import encoder
flag = ctypes.c_char.in_dll(ctypes.CDLL(None), "__libc_single_threaded")
enc = encoder.get_encoder()
sp = enc._model()._sp
texts = [f"Le bac numéro {i} traverse le lac de Brandoux avant midi." for i in range(100)]
ids = encoder._tokenize(sp, texts, ends=True)
enc.encode(texts, pieces=True)
enc.pieces(texts)
single = flag.value != b"\\x00"
listed = ids
if type(sp).__name__ == "SentencePieceProcessor":
    listed = sp.encode(texts, out_type=int, add_bos=True, add_eos=True)
print(json.dumps({"single": single, "same": ids == listed, "n": len(ids)}))
"""


def test_tokenizing_many_texts_starts_no_thread() -> None:
    # A process that has started a thread makes every later pthread mutex operation atomic (glibc),
    # and spaCy's parser takes the GIL's mutex several times a transition: one thread started by
    # sentencepiece's list call made the parse of an analysing worker about 10 % slower for good.
    import ctypes
    import json
    import os
    import subprocess
    import sys

    import pytest

    try:
        ctypes.c_char.in_dll(ctypes.CDLL(None), "__libc_single_threaded")
    except (OSError, ValueError):
        pytest.skip("not glibc >= 2.32: no single-threaded flag to read")
    # (as a batch worker runs: numpy's OpenBLAS starts its own threads unless limited to one)
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", _NO_THREAD_SCRIPT], capture_output=True, text=True, check=True, env=env)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"single": True, "same": True, "n": 100}
