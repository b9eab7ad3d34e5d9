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


@cache
def _spelling_rules() -> tuple[dict[int, str], list[tuple[re.Pattern[str], str]], list[tuple[re.Pattern[str], str]]]:
    data = _data()
    table = {ord(k): v for k, v in (data.get("name_transliteration") or {}).items()}
    words = [(re.compile(a), b) for a, b in data.get("name_spelling") or []]
    last = [(re.compile(a), b) for a, b in data.get("surname_spelling") or []]
    return table, words, last


@cache
def spelling(word: str, surname: bool = False) -> str:
    """The form one name's spellings share across languages and scripts, for comparing only: ``word`` folded,
    transliterated (``name_transliteration`` of lang/common/identity.json), a usual transcription replaced
    (``name_transcriptions``) and respelt (``name_spelling``, and ``surname_spelling`` for a ``surname``):
    "Путин", "Poutine" and "Putin" are "putin"; "Borrel" and "Borrell" are "borel"."""
    table, rules, last = _spelling_rules()
    w = fold(word).translate(table)
    w = str((_data().get("name_transcriptions") or {}).get(w, w))
    for pattern, repl in rules + (last if surname else []):
        w = pattern.sub(repl, w)
    return w


def _spelt(name: str) -> list[str]:
    """The words of a person's name (initials left out) in their :func:`spelling` form."""
    words = [w for w in re.findall(r"[\w'-]+\.?", fold(name)) if not w.endswith(".")]
    return [spelling(w, surname=i == len(words) - 1) for i, w in enumerate(words)]


def _spelt_key(name: str) -> tuple[list[str], str] | None:
    """The :func:`_spelt` words of a name and its :func:`person_key` in that form (the surname with its particles,
    as compared across spellings); None for no key."""
    key = person_key(name)
    ws = _spelt(name)
    k = len(key.split()) if key is not None else 0
    if not k or len(ws) < k:
        return None
    return ws, " ".join(ws[-k:])


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words of five letters or more differ by one letter (changed, added or dropped), not the first."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _key_groups(spelt: dict[str, tuple[list[str], str]]) -> dict[str, list[str]]:
    """The names by their key (``spelt``: each name's :func:`_spelt_key`), two keys one letter apart joined when a
    full name of each has the same given names ("Jair Bolsonaro", "Жаир Болсонару")."""
    by_key: dict[str, list[str]] = {}
    given: dict[str, set[str]] = {}  # each key -> the given names written before it
    for name, (ws, key) in spelt.items():
        by_key.setdefault(key, []).append(name)
        if len(ws) > (k := len(key.split())):
            given.setdefault(key, set()).add(" ".join(ws[:-k]))
    # two keys one letter apart share a form with one letter dropped (or one is the other's): compared only then
    near: dict[str, list[str]] = {}
    for key in sorted((k for k in given if len(k) >= 5), key=lambda k: (-len(by_key[k]), k)):
        for form in {key, *(key[:i] + key[i + 1 :] for i in range(1, len(key)))}:
            near.setdefault(form, []).append(key)
    for keys in near.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if a in given and b in given and given[a] & given[b] and _one_letter_apart(a, b):
                    by_key[a].extend(by_key.pop(b))
                    given[a] |= given.pop(b)
    return by_key


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
        ``name_conjunctions`` of lang/common/identity.json) stays as it is. Spellings meet across scripts and
        languages (:func:`spelling`: "Путин", "Poutine", "Putin"), surnames one letter apart when a full name of
        each has the same given names ("Jair Bolsonaro", "Жаир Болсонару"), a given name and its short form
        ("Ed X", "Edward X"; not two given names of two genders), and a name cited alone with a country glued
        after it ("Putin Russia") is that name.
    """
    conjunctions = {fold(w) for w in _data().get("name_conjunctions", [])}
    cited = {fold(n): n for n in counts}
    # "Putin Russia" (from "Putin's Russia"): a name cited alone with a country glued after it is that name
    glued = {
        n: cited[fold(head)]
        for n in counts
        if len(ws := n.split()) >= 2 and fold(head := " ".join(ws[:-1])) in cited and _country(ws[-1])
    }
    spelt = {
        n: sk
        for n in counts
        if n not in glued and not conjunctions & set(fold(n).split()) and (sk := _spelt_key(n)) is not None
    }
    by_key = _key_groups(spelt)
    out = {name: name for name in counts}
    given, titles = _spelt_words(_given_names()), _spelt_words(_title_words())
    for key, names in by_key.items():
        tail = key.split()
        k = len(tail)
        # each name's words, its surname written as the key's (a surname one letter apart joined to it)
        words = {n: (ws := spelt[n][0])[: len(ws) - len(spelt[n][1].split())] + tail for n in names}
        before_surname = {ws[0] for ws in words.values() if len(ws) == k + 1 and ws[1:] == tail}
        before_name = {ws[0] for ws in words.values() if len(ws) > k + 1 and ws[-k:] == tail}
        lower = {spelling(n.split()[0]) for n in names if n.split()[0].islower()}  # ("juge Saris": a title)
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
        groups = _short_given_names(groups, set(tail))
        if len(groups) > 1:
            for _ws, spellings in groups:
                label = _top(spellings, counts, shown)
                out.update({n: label for n in spellings})
            continue
        label = _top(groups[0][1] if groups else names, counts, shown)
        out.update({n: label for n in names})
    out.update({n: out[head] for n, head in glued.items()})
    return out


def _country(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a country or a region under one of its main names."""
    from newsloupe.geo.gazetteer import get_gazetteer

    return word[:1].isupper() and any(
        main and p.kind in ("country", "region") for p, main in get_gazetteer().lookup(word)
    )


def _short_given_names(groups: list[tuple[set[str], list[str]]], tail: set[str]) -> list[tuple[set[str], list[str]]]:
    """Full names of one surname whose one given name is the other's shortened ("Ed Pentin", "Edward Pentin") joined:
    two letters or more, and not two given names of the first-name list of two genders ("Jean", "Jeanne")."""
    genders = _name_genders()
    out: list[tuple[set[str], list[str]]] = []
    for ws, spellings in sorted(groups, key=lambda g: -max(len(w) for w in g[0] - tail or {""})):
        first = ws - tail
        holder = None
        if len(first) == 1:
            (short,) = first
            for other, _ in out:
                (long,) = other - tail if len(other - tail) == 1 else ("",)
                g1, g2 = genders.get(short), genders.get(long)
                if len(short) >= 2 and long.startswith(short) and (not g1 or not g2 or g1 & g2):
                    holder = other
                    break
        if holder is None:
            out.append((ws, list(spellings)))
        else:
            next(g for g in out if g[0] is holder)[1].extend(spellings)
    return out


@cache
def _name_genders() -> dict[str, frozenset[str]]:
    """Each given name of lang/common/first_names.json, in :func:`spelling` form, with its genders."""
    data = load_common("first_names") or {}
    out: dict[str, set[str]] = {}
    for g in ("f", "m"):
        for n in data.get(g, []):
            out.setdefault(spelling(n), set()).add(g)
    return {n: frozenset(v) for n, v in out.items()}


def _top(spellings: list[str], counts: dict[str, int], shown: dict[str, str]) -> str:
    """The shown form of the most frequent spelling, the longest on a tie."""
    best = max(spellings, key=lambda n: (counts[n], len(shown[n]), shown[n]))
    return shown[best]


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


@cache
def _spelt_words(words: frozenset[str]) -> frozenset[str]:
    """Folded words in their :func:`spelling` form."""
    return frozenset(spelling(w) for w in words)


@cache
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
