"""Token fields of a parse as plain lists, built once per doc and shared by the analyzers.

Reading ``token.lemma_`` or ``doc[i].text`` creates a spaCy ``Token`` object each time,
which is most of what rule-based analyzers spend; one ``Doc.to_array`` call gives every
field as integers, mapped to strings through caches that outlive the doc. The table is
kept in ``doc.user_data`` (spaCy's slot for data riding along a doc), so the second
analyzer that asks gets it for free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, MORPH, ORTH, POS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

__all__ = ["TokenTable", "morph_values", "norm", "sentence_bounds", "token_table"]

_KEY = "newsloupe.tokens"
_SENTS_KEY = "newsloupe.sentences"
_TEXT: dict[int, str] = {}  # string hash -> string, for token texts
_NORM: dict[int, str] = {}  # string hash -> norm(string), for token texts and lemmas
_STR: dict[int, str] = {}  # string hash or symbol id -> string (POS tags, dependency labels)
_NORM_MAX = 200_000  # distinct strings kept (a corpus run meets ever more words)


def norm(text: str) -> str:
    """Lower-case a token or phrase and unify apostrophes (``’`` -> ``'``)."""
    return text.lower().replace("\u2019", "'").replace("\u02bc", "'")


@dataclass(frozen=True)
class TokenTable:
    """One list per field, indexed by token position."""

    tok: list[str]  # text
    low: list[str]  # norm(text)
    lem: list[str]  # norm(lemma)
    pos: list[str]  # coarse tag
    dep: list[str]  # dependency label
    space: list[bool]  # whitespace token
    idx: list[int]  # start offset
    head: list[int]  # index of the syntactic head (the token itself for a root)
    kids: list[list[int]]  # indices of the syntactic children, in order
    morph: list[int]  # hash of the morphological features (:func:`morph_values` reads them)


def _fill(values: list[str | None], keys: list[int], cache: dict[int, str], make: Callable[[int], str]) -> list[str]:
    """``values`` (cache look-ups of ``keys``, None where missing) completed by ``make(key)``, which caches."""
    if None in values:
        if len(cache) >= _NORM_MAX:
            cache.clear()
        for i, v in enumerate(values):
            if v is None:
                values[i] = make(keys[i])
    return values  # type: ignore[return-value]


def token_table(doc: Doc) -> TokenTable:
    """The token fields of ``doc`` (computed on the first call, then kept with the doc)."""
    table = doc.user_data.get(_KEY)
    if table is not None:
        return table
    arr = doc.to_array([ORTH, LEMMA, POS, DEP, IS_SPACE, IDX, MORPH, HEAD])
    orth, lemma, pos, dep, is_space, idx, morph = arr[:, :7].T.tolist()
    strings = doc.vocab.strings

    def text_of(h: int) -> str:
        v = _TEXT[h] = strings[h]
        return v

    def norm_of(h: int) -> str:
        v = _NORM[h] = norm(strings[h])
        return v

    def str_of(h: int) -> str:
        v = _STR[h] = strings[h] if h else ""
        return v

    # (the relative head offsets come as unsigned integers: read as signed)
    head = (np.arange(len(arr), dtype=np.int64) + arr[:, 7].astype(np.int64)).tolist()
    kids: list[list[int]] = [[] for _ in head]
    for i, h in enumerate(head):
        if h != i:
            kids[h].append(i)
    # (dict look-ups mapped in C; only the strings met for the first time are made in Python)
    table = TokenTable(
        tok=_fill(list(map(_TEXT.get, orth)), orth, _TEXT, text_of),
        low=_fill(list(map(_NORM.get, orth)), orth, _NORM, norm_of),
        lem=_fill(list(map(_NORM.get, lemma)), lemma, _NORM, norm_of),
        pos=_fill(list(map(_STR.get, pos)), pos, _STR, str_of),
        dep=_fill(list(map(_STR.get, dep)), dep, _STR, str_of),
        space=list(map(bool, is_space)),
        idx=idx,
        head=head,
        kids=kids,
        morph=morph,
    )
    doc.user_data[_KEY] = table
    return table


def sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """``(start, end, start_char, end_char)`` of each of ``doc.sents``, in order (computed on the first
    call, then kept with the doc: the sentences, persuasion and attribution analyzers read them).

    RAISES (ValueError): the doc has no sentence boundaries (as ``doc.sents``).
    """
    bounds = doc.user_data.get(_SENTS_KEY)
    if bounds is None:
        bounds = doc.user_data[_SENTS_KEY] = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    return bounds


_MORPH: dict[tuple[int, int], dict[str, str]] = {}  # (vocab, hash) -> feature -> values


def morph_values(doc: Doc, h: int) -> dict[str, str]:
    """The morphological features of hash ``h`` (:attr:`TokenTable.morph`) as ``{feature: values}``,
    several values joined by "|" (as ``"|".join(token.morph.get(feature))``)."""
    key = (id(doc.vocab), h)
    v = _MORPH.get(key)
    if v is None:
        if len(_MORPH) >= _NORM_MAX:
            _MORPH.clear()
        v = {}
        text = doc.vocab.strings[h] if h else ""
        for part in text.split("|") if text else ():
            feat, _, vals = part.partition("=")
            v[feat] = "|".join(vals.split(","))
        _MORPH[key] = v
    return v
