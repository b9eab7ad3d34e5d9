"""A text in a language newsloupe does not read, whose probability the detector shares between close languages
(Indonesian and Malay), is refused as a clearly unsupported one is (stop 46, fixgeo46). Every text invented."""

from __future__ import annotations

import pytest

from newsloupe import errors
from newsloupe.errors import BadInput
from newsloupe.ingest.language import classify, detect_language, identify
from newsloupe.model import Article

# (the detector gives it about 0.6 Malay and 0.4 Indonesian: neither alone reaches 0.9, both together do)
_INDONESIAN = (
    "Mudah-mudahan kita semua dapat memahami dan mengamalkan ajaran agama dengan baik. Jangan berlebihan dalam "
    "membenci."
)


def test_a_language_shared_between_close_unsupported_ones_is_refused() -> None:
    article = Article(id="i", text=_INDONESIAN)
    # (no language alone reaches 0.9)
    assert classify(_INDONESIAN, restricted=False)[1] < 0.9
    _lang, _how, refused = identify(article)
    assert refused in ("id", "ms")
    with pytest.raises(BadInput) as caught:
        detect_language(article)
    assert caught.value.code == errors.E_LANG


def test_english_and_french_are_still_read() -> None:
    english = Article(id="e", text="The harbour council voted on Tuesday to close the northern pier for the winter.")
    french = Article(id="f", text="Le conseil du port a voté mardi la fermeture de la jetée nord pour l'hiver.")
    assert identify(english)[0] == "en" and identify(english)[2] is None
    assert identify(french)[0] == "fr" and identify(french)[2] is None
