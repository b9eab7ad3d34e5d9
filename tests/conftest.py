"""Shared fixtures: paths, a fictional article written for the tests, ../shared detection."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "gold" / "presstv-falloujah.txt"

# Written for newsloupe's tests: every name, outlet and event is fictional.
FICTIONAL_FR = (
    "INFO\n"
    "\n"
    "Lusiane : des drones survolent le port de Valmer\n"
    "\n"
    "Fans cheer during the regional cup final in Northbridge on May 3, 2023. (AFP photo)\n"
    "Des soldats à Kirkouk, au nord de l’Irak, le 2 mai 2021. ©Reuters\n"
    "\n"
    "Une source sécuritaire a fait état de vols de drones au-dessus du port de Valmer.\n"
    "\n"
    "Selon la Gazette de Lusiane, un responsable local a affirmé que les appareils auraient "
    "décollé depuis la province de Ninive.\n"
    "\n"
    "« Nous ne laisserons personne menacer nos côtes », a prévenu le général Armand Vescal.\n"
    "\n"
    "Le ministre Paul Dorsaz a déclaré jeudi que l’enquête avançait. Dorsaz a ajouté qu’un rapport "
    "serait publié.\n"
    "\n"
    "Partager cet article\n"
    "SOURCE : HORIZON LIBRE\n"
)


@pytest.fixture(scope="session")
def fictional_fr() -> str:
    return FICTIONAL_FR


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/gold is not here (a fresh clone has no ../shared)")
    return SEED


@pytest.fixture(scope="session")
def fr():
    """Parse French paragraphs and extract attributions: ``fr(*paragraphs) -> (parsed, attributions)``."""
    from tests.attribution.conftest import analyse

    return lambda *paras: analyse(list(paras), "fr")


@pytest.fixture(scope="session")
def en():
    """Parse English paragraphs and extract attributions: ``en(*paragraphs) -> (parsed, attributions)``."""
    from tests.attribution.conftest import analyse

    return lambda *paras: analyse(list(paras), "en")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.exists():
        return
    skip = pytest.mark.skip(reason="needs ../shared data")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)
