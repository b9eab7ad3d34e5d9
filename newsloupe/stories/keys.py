"""Corpus identity keys: one outlet, one place, one person whatever the spelling.

- an outlet is the same whatever the case, accents, a leading article or a
  parenthesised suffix of its name ("La Vigie républicaine" = "La Vigie Républicaine",
  "Vox Orientis (service français)" = "Vox Orientis");
- a place is keyed by its country and gazetteer coordinates to 0.1° (Tombouctou = Timbuktu);
- a person is keyed by the folded surname (with its particles: "Ben Arfa"), so
  "Morawiecki" and "Mateusz Morawiecki" meet.

The word lists live in ``lang/common/identity.json``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from newsloupe.lang import SUPPORTED_LANGUAGES, load_common, load_data


@cache
def _data() -> dict[str, Any]:
    return load_common("identity")


def identity_words(key: str) -> list[str]:
    """A word list of ``lang/common/identity.json`` (empty when absent)."""
    return list(_data().get(key) or [])


def fold(text: str) -> str:
    """Lowercase, no accents, typographic apostrophes made plain, spaces collapsed."""
    if len(text) <= _FOLD_WORD:
        # (a word: the stories stage folds each word of an article, most of them met before)
        v = _FOLDED.get(text)
        if v is None:
            if len(_FOLDED) >= _FOLD_KEPT:
                _FOLDED.clear()
            v = _FOLDED[text] = _fold(text)
        return v
    return _fold(text)


@cache
def unresolved_speakers() -> frozenset[str]:
    """Folded words that name no one a reader can look up: every language's pronouns and the reader addressed."""
    words: set[str] = set()
    for lang in SUPPORTED_LANGUAGES:
        data = load_data(lang, "sources") or {}
        words.update(fold(w) for w in data.get("pronouns") or {})
        words.update(fold(w) for w in data.get("second_person") or [])
    return frozenset(words)


def names_no_one(speaker: str) -> bool:
    """True when a speaker is a pronoun left unresolved ("il", "-vous", "they")."""
    return fold(speaker.strip().lstrip("-")) in unresolved_speakers()


_FOLD_WORD = 24  # texts this short are kept folded
_FOLD_KEPT = 100_000  # distinct short texts kept (emptied whole when full)
_FOLDED: dict[str, str] = {}


def _fold(text: str) -> str:
    s = text.replace("’", "'")
    if not s.isascii():  # (an ASCII text has nothing to decompose)
        s = _ACCENTS.sub("", unicodedata.normalize("NFKD", s))
        # the other combining characters, looked up among the text's distinct characters
        other = [ord(c) for c in set(s) if c > "\u02ff" and unicodedata.combining(c)]
        if other:
            s = s.translate(dict.fromkeys(other))
    return " ".join(s.lower().split())


_ACCENTS = re.compile("[\u0300-\u034e\u0350-\u036f]")  # the combining diacritics (U+034F is of class 0)


def outlet_key(name: str | None) -> str | None:
    """The key of an outlet name (None for no name).

    name (str | None): the outlet as written in the metadata.
    RETURNS (str | None): folded, without a parenthesised suffix or a leading article.
    """
    if not name or not name.strip():
        return None
    s = fold(re.sub(r"\([^)]*\)\s*$", "", name))
    leading = [fold(w) for w in _data().get("outlet_leading_words", [])]
    for w in sorted(leading, key=len, reverse=True):
        if w.endswith("'") and s.startswith(w):
            s = s[len(w) :]
            break
        if s.startswith(w + " ") and len(s) > len(w) + 3:
            s = s[len(w) + 1 :]
            break
    s = re.sub(r"[^\w' ]+", " ", s)
    return " ".join(s.split()) or fold(name)


def person_key(name: str) -> str | None:
    """The key of a person's name: the folded surname with its particles ("ben arfa")."""
    words = re.findall(r"[\w'-]+", fold(name))
    words = [w for w in words if not w.endswith(".")]
    if not words:
        return None
    particles = set(_data().get("surname_particles", []))
    i = len(words) - 1
    while i > 0 and words[i - 1] in particles:
        i -= 1
    key = " ".join(words[i:])
    return key if len(key) >= 3 else None


def person_names(counts: dict[str, int]) -> dict[str, str]:
    """One display name per person among the names of a corpus.

    counts (dict[str, int]): person names as written, with how often each occurs.
    RETURNS (dict[str, str]): each name -> the name it is counted under: a surname alone
        ("Morawiecki", "M. Morawiecki") goes to the one full name with that surname
        ("Mateusz Morawiecki"), and spellings of that full name to its most frequent one
        (the longest on a tie). A full name whose words all stand in a longer one is that
        person ("Donald Trump", "Donald John Trump"). A leading word that stands both before the bare
        surname and before another name ("Judge Saris", "Judge Alma Saris") and is a title
        (``title_words`` of lang/common/identity.json, a role noun) or written in lower case is
        left out of the name; any other may be a given name ("Ngozi Okonjo", "Ngozi Adaeze
        Okonjo"). Where two full names share a
        surname ("Marine Le Pen", "Jean-Marie Le Pen"), each keeps its own and the bare surname
        stays apart: it cannot be told which. A name joining two persons ("X et Y", the
        ``name_conjunctions`` of lang/common/identity.json) stays as it is.
    """
    conjunctions = {fold(w) for w in _data().get("name_conjunctions", [])}
    by_key: dict[str, list[str]] = {}
    for name in counts:
        key = person_key(name)
        if key is not None and not conjunctions & set(fold(name).split()):
            by_key.setdefault(key, []).append(name)
    out = {name: name for name in counts}
    given, titles = _given_names(), _title_words()
    for key, names in by_key.items():
        words = {n: [w for w in re.findall(r"[\w'-]+\.?", fold(n)) if not w.endswith(".")] for n in names}
        tail = key.split()
        k = len(tail)
        before_surname = {ws[0] for ws in words.values() if len(ws) == k + 1 and ws[1:] == tail}
        before_name = {ws[0] for ws in words.values() if len(ws) > k + 1 and ws[-k:] == tail}
        lower = {fold(n.split()[0]) for n in names if n.split()[0].islower()}  # ("juge Saris": a title)
        epithets = (before_surname & before_name) & (titles | lower) - given
        shown = {n: n for n in names}
        for n in names:
            if words[n] and words[n][0] in epithets:
                words[n] = words[n][1:]
                shown[n] = n.split(maxsplit=1)[1] if len(n.split()) > 1 else n
        full: dict[str, list[str]] = {}  # the folded given names + surname -> its spellings
        for n in names:
            if len(" ".join(words[n])) > len(key):
                full.setdefault(" ".join(words[n]), []).append(n)
        groups: list[tuple[set[str], list[str]]] = []  # (the longest name's words, its spellings and its parts')
        for name_words in sorted(full, key=lambda w: (-len(w.split()), w)):
            ws = set(name_words.split())
            holders = [g for g in groups if ws <= g[0]]
            if len(holders) == 1:
                holders[0][1].extend(full[name_words])
            else:
                groups.append((ws, list(full[name_words])))
        if len(groups) > 1:
            for _ws, spellings in groups:
                label = _top(spellings, counts, shown)
                out.update({n: label for n in spellings})
            continue
        label = _top(groups[0][1] if groups else names, counts, shown)
        out.update({n: label for n in names})
    return out


def _top(spellings: list[str], counts: dict[str, int], shown: dict[str, str]) -> str:
    """The shown form of the most frequent spelling, the longest on a tie."""
    best = max(spellings, key=lambda n: (counts[n], len(shown[n]), shown[n]))
    return shown[best]


@cache
@cache
def _title_words() -> frozenset[str]:
    """The words that are titles before a name: ``title_words`` of lang/common/identity.json and the role and
    title nouns (lang/<code>/sources.json) of its ``title_word_languages``."""
    data = _data()
    words = set(data.get("title_words", []))
    for lang in data.get("title_word_languages", []):
        sources = load_data(lang, "sources") or {}
        words |= set(sources.get("role_nouns", [])) | set(sources.get("title_nouns", []))
    return frozenset(fold(w) for w in words if not w.endswith("."))


def _given_names() -> frozenset[str]:
    data = load_common("first_names") or {}
    return frozenset(fold(n) for g in ("f", "m") for n in data.get(g, []))


def place_key(place: dict[str, Any]) -> str | None:
    """The key of a resolved place: its country and 0.1° cell of gazetteer coordinates
    ("IT|44.4|8.9"), so that two gazetteer entries of one city (Tombouctou, Timbuktu) meet;
    the gazetteer's English name and country without coordinates ("genoa|IT")."""
    lat, lon = place.get("lat"), place.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return f"{place.get('country') or ''}|{round(float(lat), 1)}|{round(float(lon), 1)}"
    name = place.get("name")
    if not name:
        return None
    return f"{fold(str(name))}|{place.get('country') or ''}"
