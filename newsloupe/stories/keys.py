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

from newsloupe.lang import load_common


@cache
def _data() -> dict[str, Any]:
    return load_common("identity")


def fold(text: str) -> str:
    """Lowercase, no accents, typographic apostrophes made plain, spaces collapsed."""
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
        ("Mateusz Morawiecki"), and spellings of that full name to its most frequent one.
        Where two full names share a surname ("Marine Le Pen", "Jean-Marie Le Pen"),
        each keeps its own and the bare surname stays apart: it cannot be told which.
    """
    by_key: dict[str, list[str]] = {}
    for name in counts:
        key = person_key(name)
        if key is not None:
            by_key.setdefault(key, []).append(name)
    out = {name: name for name in counts}
    for key, names in by_key.items():
        full: dict[str, list[str]] = {}  # the folded given names + surname -> its spellings
        for name in names:
            words = [w for w in re.findall(r"[\w'-]+\.?", fold(name)) if not w.endswith(".")]
            if len(" ".join(words)) > len(key):
                full.setdefault(" ".join(words), []).append(name)
        if len(full) > 1:
            for spellings in full.values():
                top = max(spellings, key=lambda n: (counts[n], n))
                out.update({n: top for n in spellings})
            continue
        spellings = next(iter(full.values())) if full else names
        top = max(spellings, key=lambda n: (counts[n], n))
        out.update({n: top for n in names})
    return out


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
