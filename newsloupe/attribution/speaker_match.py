"""Whether a predicted speaker names the same source as the gold one, as a reader would judge.

String equality is too strict for speakers: "Morawiecki" and "Mateusz Morawiecki",
"le gouvernement" and "Gouvernement", "M. Poutine" and "Vladimir Poutine" name the
same person or body. It is also too loose in one way a reader never is: an unresolved
role noun ("le ministre") does not name the minister when the gold gives her name.

Both strings are cut into words (case, accents and apostrophes folded); determiners,
prepositions and honorifics are left out, and so are titles just before a name
("le président Macron", "Attorney General William Barr", "le magazine Forbes"; a kind of body only when the
other side is no person's name: "Marc Vantrin" is not "le groupe Vantrin"). Then the two agree when

* their words are the same (a misspelt name counts: "Sikorsky" = "Sikorski",
  an initial counts for its name: "E. Macron" = "Emmanuel Macron"), or
* one's words are all in the other ("Morawiecki" in "Mateusz Morawiecki", "une
  source de sécurité" in "une source de sécurité irakienne"), where
  - the proper names of either side are shared by the other (so a role noun is not a
    name, and "Washington" is not "Washington Post"),
  - the shorter is not a complement of the longer ("Hunter Biden" is not "l'avocat
    de Hunter Biden", "Trump" is not "Trump's campaign" nor "the Trump campaign"),
  - they join as many sources ("X et Y" is not "X"),
  - descriptions without names share at least half of the longer's words, or
* one is the acronym of the other ("UE" = "Union européenne").

The word lists are each language's ``lang/<lang>/sources.json`` (``speaker_match``,
``role_nouns`` and the other source words); with no language, all languages' lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from newsloupe.lang import SUPPORTED_LANGUAGES, load_data

__all__ = ["same_speaker"]

_WORD = re.compile(r"[^\W\d_]{1,2}'|'s\b|[^\W_]+")
_PAREN = re.compile(r"\(\s*([^\W_]+)\s*\)")
_HEAD_KEYS = (
    "role_nouns",
    "anonymous_nouns",
    "collective_words",
    "media_nouns",
    "document_nouns",
    "organization_nouns",
)
_COMMON_KEYS = (
    "role_nouns",
    "anonymous_nouns",
    "collective_words",
    "media_nouns",
    "document_nouns",
    "organization_nouns",
    "definite_determiners",
)


@dataclass(frozen=True)
class _Rules:
    ignore: frozenset[str]
    genitive: frozenset[str]
    conjunctions: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    kinds: frozenset[str]  # kinds of outlet or body, titles when written in lower case ("la chaîne X", not "Radio X")
    first_names: frozenset[str]  # given names (lang/common/first_names.json): "Marc Vantrin" is a person's name
    common: frozenset[str]  # lower-case words that are no proper name even when capitalised
    heads: frozenset[str]  # nouns that head a source's description (role, organisation, document…)
    head_first: bool | None  # where a noun phrase's head is (None: either)
    documents: frozenset[str]  # document nouns ("rapport")
    document_epithets: frozenset[str]  # adjectives before a document noun a reader leaves out ("le dernier rapport")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'").replace("\u02bc", "'").casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def _folded(words: list[str] | dict) -> frozenset[str]:
    out = set()
    for w in words:
        f = _fold(w)
        out.add(f)
        out.update(f.split())
    return frozenset(out)


@cache
def _rules(lang: str | None) -> _Rules:
    langs = [lang] if lang else list(SUPPORTED_LANGUAGES)
    ignore: set[str] = set()
    genitive: set[str] = set()
    conj: set[str] = set()
    hon: set[str] = set()
    titles: set[str] = set()
    kinds: set[str] = set()
    common: set[str] = set()
    head_nouns: set[str] = set()
    heads: set[bool] = set()
    documents: set[str] = set()
    epithets: set[str] = set()
    for code in langs:
        data = load_data(code, "sources") or {}
        m = data.get("speaker_match", {})
        if not m:
            continue
        ignore |= _folded(m.get("ignore", []))
        genitive |= _folded(m.get("genitive", []))
        conj |= _folded(m.get("conjunctions", []))
        hon |= _folded(m.get("honorifics", []))
        titles |= _folded(data.get("role_nouns", []))
        kinds |= _folded(m.get("kind_titles", []))  # "la chaîne X", "l'association X": the kind before the name
        for key in _COMMON_KEYS:
            common |= _folded(data.get(key, []))
        for key in _HEAD_KEYS:
            head_nouns |= _folded(data.get(key, []))
        heads.add(bool(m.get("head_first", True)))
        documents |= _folded(data.get("document_nouns", []))
        epithets |= _folded(m.get("document_epithets", []))
    given = load_data("common", "first_names") or {}
    return _Rules(
        first_names=frozenset(_fold(n) for g in ("f", "m") for n in given.get(g, [])),
        ignore=frozenset(ignore),
        genitive=frozenset(genitive),
        conjunctions=frozenset(conj),
        honorifics=frozenset(hon),
        titles=frozenset((titles - ignore) | hon),
        kinds=frozenset(kinds - ignore),
        common=frozenset(common | ignore),
        heads=frozenset(head_nouns),
        head_first=heads.pop() if len(heads) == 1 else None,
        documents=frozenset(documents),
        document_epithets=frozenset(epithets - documents),
    )


@dataclass
class _Mention:
    raw: list[str]  # folded words, in order, all kept
    caps: list[bool]  # capitalised as written
    keep: list[int]  # positions of the content words
    names: set[int]  # positions of proper-name words
    sources: int  # how many sources it joins ("X et Y": 2)
    head_part: int  # words before the first comma (an apposition follows)
    aliases: set[str]  # words written in parentheses ("(OMS)")


def _common(w: str, rules: _Rules) -> bool:
    return w in rules.common or (len(w) > 3 and w[-1] in "sx" and w[:-1] in rules.common)


def _title(i: int, raw: list[str], caps: list[bool], rules: _Rules, kinds: bool = True) -> bool:
    """Word ``i`` is a title or, written in lower case, a kind of outlet or body ("la chaîne X", not "Radio X");
    with ``kinds`` False, only a title (a person's role)."""
    return raw[i] in rules.titles or (kinds and raw[i] in rules.kinds and not caps[i])


def _mention(text: str, rules: _Rules, kinds: bool = True) -> _Mention:
    raw: list[str] = []
    caps: list[bool] = []
    head_part = -1
    for m in _WORD.finditer(text.replace("\u2019", "'").replace("\u02bc", "'")):
        if head_part < 0 and "," in text[: m.start()]:
            head_part = len(raw)
        w = m.group(0)
        raw.append(_fold(w))
        caps.append(w[:1].isupper())
    if head_part < 0:
        head_part = len(raw)
    names = {i for i, w in enumerate(raw) if caps[i] and not _common(w, rules) and w not in rules.honorifics}
    keep: list[int] = []
    for i, w in enumerate(raw):
        if w in rules.ignore or w in rules.honorifics:
            continue
        if w in rules.document_epithets and i + 1 < len(raw) and raw[i + 1] in rules.documents:
            continue  # "le dernier rapport de X" / "un nouveau rapport de X": the same report to a reader
        if _title(i, raw, caps, rules, kinds) and i not in names:
            # a title run just before a name ("le président Macron", "Attorney General William Barr")
            j = i + 1
            while j < len(raw) and _title(j, raw, caps, rules, kinds) and j not in names:
                j += 1
            if j < len(raw) and j in names and j < head_part:
                continue
        keep.append(i)
    sources = 1 + sum(1 for i, w in enumerate(raw) if w in rules.conjunctions and 0 < i < len(raw) - 1)
    aliases = {_fold(w) for w in _PAREN.findall(text)}
    return _Mention(raw, caps, keep, names, sources, head_part, aliases)


def _person(m: _Mention, other: _Mention, rules: _Rules) -> bool:
    """``m`` reads as a person's name: an honorific, or a given name the ``other`` side lacks before another name
    ("Marc Vantrin" beside "le groupe Vantrin"; not "France" beside "la chaîne France 24", a name both share)."""
    if any(w in rules.honorifics and i + 1 in m.names for i, w in enumerate(m.raw)):
        return True  # "M. Vantrin"
    return any(
        m.raw[i] in rules.first_names and m.raw[i] not in other.raw and i + 1 in m.names
        for i in m.names
        if i < m.head_part
    )


def _full_name(m: _Mention, rules: _Rules) -> bool:
    """``m`` is a person's full name alone: two or more name words, the first a given name ("Marc Vantrin")."""
    return len(m.keep) >= 2 and all(i in m.names for i in m.keep) and m.raw[m.keep[0]] in rules.first_names


def _word_eq(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial ("E. Macron")
        return a[0] == b[0] and a.isalpha() and b.isalpha()
    if min(len(a), len(b)) >= 5:  # a misspelt or transliterated name ("Sikorsky", "Volodine")
        return SequenceMatcher(None, a, b).ratio() >= 0.8
    return False


def _fuzzy_eq(a: _Mention, i: int, b: _Mention, j: int) -> bool:
    """Words ``a.raw[i]`` and ``b.raw[j]`` alike enough, initials and misspellings only in names."""
    if i not in a.names and j not in b.names:
        return False
    return _word_eq(a.raw[i], b.raw[j])


def _inside(short: _Mention, long: _Mention) -> dict[int, int] | None:
    """Each content word of ``short`` matched to one of ``long`` (positions), or None."""
    used: set[int] = set()
    out: dict[int, int] = {}
    for i in short.keep:
        w = short.raw[i]
        # exact first, then fuzzy
        hit = next((j for j in long.keep if j not in used and long.raw[j] == w), None)
        if hit is None:
            hit = next((j for j in long.keep if j not in used and _fuzzy_eq(short, i, long, j)), None)
        if hit is None:
            return None
        used.add(hit)
        out[i] = hit
    return out


def _acronym(a: _Mention, b: _Mention) -> bool:
    if len(a.keep) != 1 or len(b.keep) < 2:
        return False
    w = a.raw[a.keep[0]]
    letters = "".join(b.raw[j][0] for j in b.keep if b.caps[j] or len(b.keep) <= 4)
    return len(w) >= 2 and a.caps[a.keep[0]] and w == letters


def _noun(w: str, rules: _Rules) -> bool:
    return w in rules.heads or (len(w) > 3 and w[-1] in "sx" and w[:-1] in rules.heads)


def _alias(short: _Mention, long: _Mention) -> bool:
    """``short`` is the acronym written in parentheses in ``long`` ("l'OMS" / "… santé (OMS)")."""
    return len(short.keep) == 1 and short.raw[short.keep[0]] in long.aliases and long.sources == 1


def _contained(short: _Mention, long: _Mention, rules: _Rules) -> bool:
    hits = _inside(short, long)
    if hits is None or not short.keep:
        return False
    if short.sources != long.sources:
        return False
    shared = set(hits.values())
    # the names of either side are in the other: a role noun or a place is not a person's name
    # (an acronym in parentheses only repeats the name: "l'Organisation mondiale de la santé (OMS)")
    long_names = {j for j in long.names if long.raw[j] not in long.aliases}
    if long.names and not (shared & long.names) and long_names:
        return False
    if short.names and not all(i in hits for i in short.names if i in short.keep):
        return False
    # the shorter is not a complement of the longer ("l'avocat de X", "X's campaign")
    first = min(shared)
    last = max(shared)
    if first > 0 and long.raw[first - 1] in rules.genitive:
        return False
    # (but a person's full name heading the longer, its body after it, is that person: "Marc Vantrin de
    # l'Institut X" is Marc Vantrin, where the head comes first)
    head_name = rules.head_first and first == min(long.keep) and _full_name(short, rules)
    if last + 1 < len(long.raw) and long.raw[last + 1] in rules.genitive and not head_name:
        return False
    extra = [j for j in long.keep if j not in shared and j < long.head_part]
    after = last + 1
    if after in extra and (after in long_names or (rules.head_first is not True and _noun(long.raw[after], rules))):
        return False  # "Washington" / "Washington Post", "Trump" / "the Trump campaign"
    before = [j for j in extra if j < first and j not in long.names]
    if rules.head_first and before:
        return False  # the longer's head comes before the shared words: another thing
    if not long.names and not short.names:
        return len(short.keep) / len(long.keep) >= 0.5
    return True


def same_speaker(gold: str | None, pred: str | None, lang: str | None = None) -> bool:
    """True when ``pred`` names the same person or body as ``gold``, as a reader would judge.

    gold (str | None): the gold speaker (fullest name or description), empty or None for none.
    pred (str | None): the predicted speaker.
    lang (str | None): the article's language (its word lists); None: every language's.
    RETURNS (bool): both empty, or the same source by the rules of this module.
    """
    g = (gold or "").strip()
    p = (pred or "").strip()
    if not g or not p:
        return not g and not p
    if _fold(" ".join(g.split())) == _fold(" ".join(p.split())):
        return True
    rules = _rules(lang)
    gm, pm = _mention(g, rules), _mention(p, rules)
    # "le groupe X" is X, but not "Marc X": a kind before a name is a title only beside no person's name
    gm, pm = (
        _mention(g, rules, kinds=False) if _person(pm, gm, rules) else gm,
        _mention(p, rules, kinds=False) if _person(gm, pm, rules) else pm,
    )
    gw = [gm.raw[i] for i in gm.keep]
    pw = [pm.raw[i] for i in pm.keep]
    if not gw or not pw:
        return gw == pw and gm.raw == pm.raw
    if gw == pw:
        return True
    if _acronym(gm, pm) or _acronym(pm, gm) or _alias(gm, pm) or _alias(pm, gm):
        return True
    short, long = (gm, pm) if len(gw) <= len(pw) else (pm, gm)
    return _contained(short, long, rules) or (len(gw) == len(pw) and _contained(long, short, rules))
