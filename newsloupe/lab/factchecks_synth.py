"""Fictional ClaimReviews in French and English for benchmarks (import, matching).

Every name, place, figure and fact-checker is invented; URLs use ``.example`` domains.
Claims come from templates filled with invented people, towns, organisations, products
and figures, so 100,000 reviews are varied sentences, not copies of a few.

``python -m newsloupe.lab.factchecks_synth --n 100000`` prints the import rate.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# (name, domain, language, scale as (wording, value), best, worst)
REVIEWERS: tuple[tuple[str, str, str, tuple[tuple[str, int], ...], int, int], ...] = (
    (
        "Loupe Civique",
        "loupecivique.example",
        "fr",
        (("Faux", 1), ("Trompeur", 2), ("Manque de contexte", 3), ("Vrai", 5)),
        5,
        1,
    ),
    ("Le Crible", "lecrible.example", "fr", (("Infondé", 0), ("Exagéré", 1), ("Vrai mais…", 3), ("Correct", 4)), 4, 0),
    (
        "Vigie des Faits",
        "vigiedesfaits.example",
        "fr",
        (("Faux", 1), ("Sans preuve", 3), ("Plutôt vrai", 4), ("Vrai", 5)),
        5,
        1,
    ),
    (
        "Sonde Info",
        "sondeinfo.example",
        "fr",
        (("Détourné", 1), ("Trompeur", 2), ("Non vérifiable", 3), ("Vrai", 4)),
        4,
        1,
    ),
    (
        "Tallyhouse Checks",
        "tallyhouse.example",
        "en",
        (("False", 1), ("Mostly false", 2), ("Half true", 4), ("True", 7)),
        7,
        1,
    ),
    (
        "Brightline Verify",
        "brightline.example",
        "en",
        (("Pants on fire", 0), ("False", 1), ("Mostly true", 4), ("True", 5)),
        5,
        0,
    ),
    (
        "Harbourlight Facts",
        "harbourlight.example",
        "en",
        (("Incorrect", 1), ("Needs context", 3), ("Unsupported", 3), ("Correct", 5)),
        5,
        1,
    ),
    (
        "Quillmark Desk",
        "quillmark.example",
        "en",
        (("False", 1), ("Misleading", 2), ("Unproven", 3), ("True", 5)),
        5,
        1,
    ),
)

FIRST = (
    "Armelle",
    "Bastien",
    "Célestine",
    "Dorian",
    "Elouan",
    "Faustine",
    "Gaspard",
    "Hortense",
    "Isaure",
    "Joachim",
    "Lisandre",
    "Maël",
    "Noémie",
    "Octave",
    "Perrine",
    "Quentin",
    "Romane",
    "Séverin",
    "Thaïs",
    "Ulysse",
    "Ashford",
    "Bronwen",
    "Callum",
    "Delphine",
    "Emrys",
    "Fenella",
    "Gideon",
    "Harriet",
    "Imogen",
    "Jasper",
    "Kestrel",
    "Linnea",
    "Merrick",
    "Nerys",
    "Orrin",
    "Philippa",
    "Quinton",
    "Rosalind",
    "Tamsin",
    "Wystan",
)
LAST = (
    "Vernadel",
    "Casterlin",
    "Moustrac",
    "Peyrolle",
    "Dauvergne",
    "Lhermitte",
    "Brassac",
    "Quérel",
    "Fontavel",
    "Ravanel",
    "Ostrander",
    "Pembrook",
    "Hollowell",
    "Ainscough",
    "Thistlewood",
    "Marchbank",
    "Greaves",
    "Tolliver",
    "Wrexley",
    "Caddick",
)
TOWNS_FR = (
    "Valcourbe",
    "Saint-Ormel",
    "Brisonne",
    "Montaurel",
    "Lavergnac",
    "Port-Aubrac",
    "Ternevaux",
    "Collioure-sur-Lys",
    "Vendrelle",
    "Rochemaure-Basse",
    "Sauvernay",
    "Pontivel",
    "Aiguebrune",
    "Mirandol",
    "Cassevent",
)
TOWNS_EN = (
    "Wexmoor",
    "Ashcombe",
    "Little Brindle",
    "Calderford",
    "Hollin Bay",
    "Thornbury Vale",
    "Eastmarch",
    "Quarrington",
    "Dunmere",
    "Kettlewick",
    "Marlow Ridge",
    "Saltash Cross",
    "Fennick",
    "Oakhollow",
    "Greyhaven",
)
COUNTRIES = ("la Velmorie", "le Kastrel", "l'Ostrane", "la Brennie", "le Sarval", "la Lunerie")
COUNTRIES_EN = ("Velmoria", "Kastrelia", "Ostrania", "Brennia", "Sarvalia", "Lunaria")
ORGS_FR = (
    "le ministère de la Prospérité",
    "l'agence régionale de l'eau",
    "la mairie",
    "le conseil départemental",
    "la caisse des retraites",
    "l'office du tourisme",
    "la préfecture",
    "l'université",
)
ORGS_EN = (
    "the Department for Prosperity",
    "the county water board",
    "the town council",
    "the regional health trust",
    "the pensions office",
    "the tourist board",
    "the Home Bureau",
    "the university",
)
PRODUCTS = ("Vaxora", "Fluvenix", "Cardiolin", "Nutrilab", "Solvane", "Brevitol", "Immunex-7", "Ostravac")
THINGS_FR = (
    "le prix du pain",
    "la taxe foncière",
    "le ticket de bus",
    "l'électricité",
    "le loyer moyen",
    "la facture d'eau",
    "le carburant",
    "la cantine scolaire",
)
THINGS_EN = (
    "the price of bread",
    "council tax",
    "the bus fare",
    "electricity bills",
    "the average rent",
    "water bills",
    "petrol",
    "school meals",
)
EFFECTS_FR = (
    "des pertes de mémoire",
    "l'infertilité",
    "des crises cardiaques",
    "la perte des cheveux",
    "des troubles de la vue",
    "des allergies graves",
)
EFFECTS_EN = ("memory loss", "infertility", "heart attacks", "hair loss", "eyesight problems", "severe allergies")

TEMPLATES_FR = (
    "{person} a affirmé que {thing} a augmenté de {pct} % à {town} depuis {year}",
    "Le vaccin {product} provoque {effect} chez {pct} % des patients",
    "{org} de {town} a dépensé {money} millions d'euros pour {thing2}",
    "Plus de {count} électeurs fictifs ont voté à {town} lors du scrutin de {year}",
    "{country} a perdu {count} soldats en une semaine selon {person}",
    "{town} va fermer son hôpital en {year} faute de médecins",
    "Les éoliennes de {town} ont tué {count} oiseaux l'an dernier",
    "{thing} coûte {ratio} fois plus cher à {town} qu'à {town2}",
    "{person} touche une retraite de {money} 000 euros par mois",
    "{count} migrants sont arrivés à {town} en {year}, un record selon {org}",
    "La température a atteint {temp} degrés à {town} en {month} {year}",
    "{org} a interdit la vente de {product} à {town}",
    "Le chômage a baissé de {pct} % à {town} grâce à {person}",
    "Une usine de {product} va s'installer à {town} et créer {count} emplois",
    "{person} n'a jamais habité à {town} contrairement à ce qu'il affirme",
    "Les écoles de {town} ont supprimé les cours d'histoire en {year}",
    "L'eau du robinet de {town} contient {pct} fois la dose autorisée de nitrates",
    "{country} a vendu le port de {town} à une entreprise étrangère",
)
TEMPLATES_EN = (
    "{person} said {thing} has risen by {pct}% in {town} since {year}",
    "The {product} vaccine causes {effect} in {pct}% of patients",
    "{org} in {town} spent £{money} million on {thing2}",
    "More than {count} dead voters cast ballots in {town} in the {year} election",
    "{country} lost {count} soldiers in a single week, according to {person}",
    "{town} will close its hospital in {year} because it has no doctors",
    "Wind turbines near {town} killed {count} birds last year",
    "{thing} costs {ratio} times more in {town} than in {town2}",
    "{person} draws a pension of £{money},000 a month",
    "{count} migrants arrived in {town} in {year}, a record according to {org}",
    "The temperature reached {temp} degrees in {town} in {month} {year}",
    "{org} banned the sale of {product} in {town}",
    "Unemployment in {town} fell by {pct}% thanks to {person}",
    "A {product} factory will open in {town} and create {count} jobs",
    "{person} never lived in {town}, despite what he claims",
    "Schools in {town} dropped history lessons in {year}",
    "Tap water in {town} holds {pct} times the permitted level of nitrates",
    "{country} sold the port of {town} to a foreign company",
)
MONTHS_FR = ("janvier", "mars", "mai", "juillet", "août", "octobre")
MONTHS_EN = ("January", "March", "May", "July", "August", "October")
AUTHORS = (
    "Publications Facebook",
    "Compte X anonyme",
    "Vidéo virale",
    "Chaîne Telegram",
    "Viral post",
    "Blog post",
    "Campaign leaflet",
    "Radio interview",
)
START = date(2024, 1, 1)
DAYS = 1050


def _claim(rng: random.Random, lang: str) -> str:
    fr = lang == "fr"
    towns = TOWNS_FR if fr else TOWNS_EN
    town, town2 = rng.sample(towns, 2)
    slots = {
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "town": town,
        "town2": town2,
        "pct": rng.randint(2, 95),
        "year": rng.randint(2015, 2026),
        "product": rng.choice(PRODUCTS),
        "effect": rng.choice(EFFECTS_FR if fr else EFFECTS_EN),
        "org": rng.choice(ORGS_FR if fr else ORGS_EN),
        "money": rng.randint(2, 900),
        "thing": rng.choice(THINGS_FR if fr else THINGS_EN),
        "thing2": rng.choice(THINGS_FR if fr else THINGS_EN),
        "count": f"{rng.randint(2, 400) * 50:,}".replace(",", " " if fr else ","),
        "country": rng.choice(COUNTRIES if fr else COUNTRIES_EN),
        "ratio": rng.randint(2, 12),
        "temp": rng.randint(38, 52),
        "month": rng.choice(MONTHS_FR if fr else MONTHS_EN),
    }
    text = rng.choice(TEMPLATES_FR if fr else TEMPLATES_EN).format(**slots)
    return text[0].upper() + text[1:]


def synth_reviews(n: int, seed: int = 16) -> Iterator[dict[str, Any]]:
    """``n`` fictional ClaimReview objects (schema.org JSON-LD dicts), French and English.

    n (int): how many.
    seed (int): the generator's seed (same seed, same reviews).
    RETURNS (Iterator[dict]): ClaimReviews with unique URLs on ``.example`` domains.
    """
    rng = random.Random(seed)
    for i in range(n):
        name, domain, lang, scale, best, worst = REVIEWERS[rng.randrange(len(REVIEWERS))]
        wording, value = rng.choice(scale)
        reviewed = START + timedelta(days=rng.randrange(DAYS))
        claimed = reviewed - timedelta(days=rng.randint(1, 10))
        item: dict[str, Any] = {
            "@type": "Claim",
            "author": {"@type": "Person" if i % 3 else "Organization", "name": rng.choice(AUTHORS)},
            "datePublished": claimed.isoformat(),
        }
        if i % 2:
            item["appearance"] = [{"@type": "CreativeWork", "url": f"https://social-{i % 7}.example/posts/{i}"}]
        yield {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"https://{domain}/{reviewed.year}/{reviewed.month:02d}/review-{seed}-{i}",
            "claimReviewed": _claim(rng, lang),
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": name, "url": f"https://{domain}/"},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": best,
                "worstRating": worst,
                "alternateName": wording,
            },
            "datePublished": reviewed.isoformat(),
            "inLanguage": lang,
        }


def write_jsonl(path: Path, n: int, seed: int = 16) -> Path:
    """Write ``n`` synthetic reviews to a JSONL file; RETURNS the path."""
    with path.open("w", encoding="utf-8") as f:
        for doc in synth_reviews(n, seed):
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def bench_import(n: int = 100_000, seed: int = 16) -> float:
    """Time the import of ``n`` synthetic reviews (one JSONL file) into a fresh temporary store.

    RETURNS (float): reviews imported per second (the JSONL is written before the clock starts).
    """
    from newsloupe.factchecks.memory import import_sources
    from newsloupe.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(Path(tmp) / "reviews.jsonl", n, seed)
        with Store(Path(tmp) / "memory.db") as store:
            start = time.perf_counter()
            report = import_sources(store.conn, [str(src)])
            seconds = time.perf_counter() - start
        if report.imported != n:
            raise RuntimeError(f"imported {report.imported} of {n} synthetic reviews: {report.summary()}")
    return n / seconds


def main(argv: list[str] | None = None) -> int:
    """Print the import rate of ``--n`` synthetic reviews."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    rate = bench_import(args.n, args.seed)
    print(f"fact-check import: {args.n} reviews at {rate:,.0f} reviews/s (goal >= 2,000)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
