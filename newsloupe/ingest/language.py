"""Language identification with py3langid, restricted to what newsloupe supports.

The article's language is detected on its body; captions get their own
language (an English agency caption inside a French article is common).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsloupe import errors
from newsloupe.cache import cached_dir
from newsloupe.errors import BadInput
from newsloupe.lang import ENCODER_ONLY_LANGUAGES, FORCIBLE_LANGUAGES, SUPPORTED_LANGUAGES
from newsloupe.model import Article

MIN_CHARS_FOR_PARAGRAPH = 25
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> tuple[Any, ...]:
    """py3langid's model (the arrays its ``LanguageIdentifier`` takes), read once per process.

    The package ships it LZMA-compressed (4.6 MB; 68 MB of arrays, about 0.4 s to
    decompress and copy); the first read keeps the arrays uncompressed in the user cache
    (:func:`newsloupe.cache.cached_dir`), which later processes map into memory: only
    the pages a text touches are read. Without a writable cache, the packaged file is
    read each time.
    """
    import lzma
    import shutil
    import tempfile
    from importlib import metadata

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    packaged = MODEL_DIR / MODEL_FILE

    def unpack(folder: Path) -> None:
        with tempfile.TemporaryFile(dir=folder) as npz:
            with lzma.open(packaged) as src:
                shutil.copyfileobj(src, npz, length=1 << 20)
            npz.seek(0)
            with np.load(npz, allow_pickle=False) as data:
                for key in _MODEL_ARRAYS:
                    np.save(folder / f"{key}.npy", data[key], allow_pickle=False)

    name = f"py3langid-{metadata.version('py3langid')}-{packaged.stat().st_size}"
    folder = cached_dir(name, unpack)
    try:
        if folder is None:
            raise FileNotFoundError(name)
        arrays = {k: np.load(folder / f"{k}.npy", mmap_mode="r", allow_pickle=False) for k in _MODEL_ARRAYS}
    except (OSError, ValueError):  # no writable cache, or a damaged one: the packaged file
        from py3langid.modelio import load_model

        return tuple(load_model(packaged))

    def table(key: str) -> memoryview:  # the DFA, indexed per byte: a memoryview gives ints fastest
        a = arrays[key].view(np.ndarray)
        return memoryview(a).cast("B").cast({2: "H", 4: "I", 8: "L"}[a.dtype.itemsize])

    return (
        arrays["ptc"].view(np.ndarray),
        np.array(arrays["pc"]),
        arrays["classes"].tolist(),
        table("nextmove"),
        table("nextmove_row"),
        arrays["out_feat"].tolist(),
    )


_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


@lru_cache(maxsize=2)
def _identifier(restricted: bool) -> Any:
    """py3langid's identifier, over all its languages or newsloupe's; both share one model."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _model()
    ident = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row)
    if restricted:
        ident.set_languages(list(SUPPORTED_LANGUAGES))
    return ident


def classify(text: str, *, restricted: bool = True) -> tuple[str, float]:
    """Return (language, probability) for ``text``.

    restricted (bool): choose among newsloupe's supported languages only.
    """
    with _LOCK:
        lang, prob = _identifier(restricted).classify(text)
    return str(lang), float(prob)


def check_forced_language(given: str, source: str | None = None) -> str:
    """The language a user forces (``--lang``, the API's ``lang``), lower-cased.

    RAISES (BadInput): it is neither supported nor one of the reduced-analysis languages.
    """
    lang = given.strip().lower()
    if lang not in FORCIBLE_LANGUAGES:
        raise BadInput(
            f"unsupported language {lang!r}; supported: {', '.join(SUPPORTED_LANGUAGES)} "
            f"(and, with a reduced analysis, {', '.join(ENCODER_ONLY_LANGUAGES)})",
            input=source,
            code=errors.E_LANG,
            key="lang_unknown",
            params={"lang": lang},
        )
    return lang


DETECT_CHARS = 5000  # the start of the body a language is identified on


METADATA_OVERRIDE_PROB = 0.99  # the detector's probability from which the text's language wins over its markup's
METADATA_OVERRIDE_WORDS = 20  # ... on a text of this many words or more


def identify(article: Article) -> tuple[str, str, str | None]:
    """The one language identification of an article with no forced language (``--lang``): the run's
    (:func:`detect_language`) and the store's at ingest, so both say the same.

    RETURNS (tuple): (language, how: ``metadata`` or ``detected``, the unsupported language the text
        clearly is, or None): a record's own ``language`` wins; else the likeliest supported language,
        unless the text is clearly ('es' at over 0.9, eight words or more; or languages newsloupe does not read
        together over 0.9, as Indonesian and Malay) in a language newsloupe does not
        fully analyse, which the run then refuses (NL-E003) and the store files under that language.
    """
    return _identify(article)[:3]


GUESS_WORDS = 3  # a detected language of fewer words than this is a guess, and the analysis says so


def _identify(article: Article) -> tuple[str, str, str | None, str | None]:
    """:func:`identify`'s reading, with the note that says the text overrode its declared language (or None)."""
    sample = (article.body or article.text)[:DETECT_CHARS]
    # one classification: the likeliest language of all, and the likeliest supported one of the same ranking (the
    # restricted identifier's choice: the same scores, fewer columns)
    with _LOCK:
        ranking = _identifier(False).rank(sample)
    free, free_prob = str(ranking[0][0]), float(ranking[0][1])
    lang = next(str(code) for code, _p in ranking if code in SUPPORTED_LANGUAGES)
    note = None
    if article.language in FORCIBLE_LANGUAGES and article.language_source == "metadata":
        declared = article.language
        # the text's own language wins when the detector is sure of another one the project reads (a German body
        # under ``<html lang="en">``: a site's template declares one language for all its pages), with a note
        if (
            free != declared
            and free in FORCIBLE_LANGUAGES
            and free_prob >= METADATA_OVERRIDE_PROB
            and len(sample.split()) >= METADATA_OVERRIDE_WORDS
        ):
            lang = free
            note = (
                f"the declared language {declared!r} (the page's markup, the record's field) disagrees with the text, "
                f"which reads as {free!r} "
                f"(probability {free_prob:.2f}): analysed as {free!r}"
            )
        else:
            lang = declared  # a record's own language (a jsonl ``language`` field, ``<html lang>``), also a reduced one
    # how sure the detector is that the text is in none of the supported languages: the mass of the others, as
    # close languages share it (Indonesian 0.80 and Malay 0.20: the text is surely neither French nor English)
    unsupported = sum(float(p) for code, p in ranking if code not in SUPPORTED_LANGUAGES)
    refused = free not in SUPPORTED_LANGUAGES and unsupported > 0.9 and len(sample.split()) >= 8 and free != lang
    how = "metadata" if article.language_source == "metadata" and lang == article.language else "detected"
    words = len(sample.split())
    if how == "detected" and words < GUESS_WORDS and note is None:
        note = (  # "Le ": three letters say nothing of a language
            f"the text has only {words} word(s): its language {lang!r} is a guess (pass --lang to set it)"
        )
    return lang, how, free if refused else None, note


def detect_language(article: Article, *, given: str | None = None) -> Article:
    """Set the article's language and each caption's language.

    article (Article): the ingested article.
    given (str | None): a language forced by the user (``--lang``); skips detection.
    RETURNS (Article): a copy with ``language``, ``language_source`` and
        paragraph/caption languages set.
    RAISES (BadInput): the text is in a language newsloupe does not support.
    """
    source = article.input or article.id
    if not given and article.language_source == "given" and article.language:
        given = article.language  # forced when the article was submitted (the API's or the form's ``lang``)
    if given:
        lang, how = check_forced_language(given, source), "given"
    else:
        lang, how, free, note = _identify(article)
        if note is not None and note not in article.notes:
            article = article.model_copy(update={"notes": [*article.notes, note]})
        if free is not None:
            how_to = "(analyze or ingest --lang, or a jsonl record's 'language' field)"
            hint = (
                f"pass --lang {free} for a reduced analysis, or --lang to force another {how_to}"
                if free in ENCODER_ONLY_LANGUAGES
                else f"pass --lang to force one {how_to}"
            )
            raise BadInput(
                f"the text looks {free!r}, a language newsloupe does not fully analyse "
                f"(supported: {', '.join(SUPPORTED_LANGUAGES)}); {hint}",
                input=source,
                code=errors.E_LANG,
                key="lang_unsupported",
                params={"lang": free, "reduced": free in ENCODER_ONLY_LANGUAGES},
            )
    paragraphs = []
    for p in article.paragraphs:
        plang = lang
        if p.label == "caption" and p.end - p.start >= MIN_CHARS_FOR_PARAGRAPH:
            plang = classify(p.text)[0]
        paragraphs.append(p.model_copy(update={"attrs": p.attrs.model_copy(update={"language": plang})}))
    by_start = {p.start: p.attrs.language for p in paragraphs}
    captions = [
        c.model_copy(update={"attrs": c.attrs.model_copy(update={"language": by_start.get(c.start, lang)})})
        for c in article.captions
    ]
    return article.with_layout(paragraphs, captions).model_copy(update={"language": lang, "language_source": how})
