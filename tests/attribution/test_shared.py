"""Done-when checks on the seed and PolNeAR (read from ../shared; skipped when it is absent)."""

from __future__ import annotations

import pytest

from tests.conftest import SEED, SHARED

pytestmark = pytest.mark.shared

POLNEAR_DEV = SHARED / "data" / "attribution" / "polnear-dev.jsonl"
SEED_GOLD = SEED.with_suffix(".json")


@pytest.fixture(scope="module")
def seed_eval():
    if not SEED_GOLD.exists():
        pytest.skip("seed annotation absent")
    from newsloupe.lab.attribution_eval import evaluate_attribution

    return evaluate_attribution(SEED_GOLD, details=True)


def test_seed_every_gold_attribution_found_with_speaker_type_and_hedge(seed_eval):
    rows = seed_eval["details"]
    assert len(rows) == 11
    for row in rows:
        assert row["found"], row
        assert row["speaker_ok"] and row["source_type_ok"] and row["hedged_ok"], row
    assert seed_eval["content"]["0.8"]["f1"] == 1.0


def test_seed_chain_and_closing_assertion():
    if not SEED.exists():
        pytest.skip("seed absent")
    from newsloupe.attribution import extract_attributions
    from newsloupe.attribution.assertions import find_assertions
    from newsloupe.lab.attribution_gold import GoldDoc, gold_article
    from newsloupe.nlp import parse

    text = SEED.read_text(encoding="utf-8")
    parsed = parse(gold_article(GoldDoc("seed", text, "fr", [])))
    atts, _ = extract_attributions(parsed)
    relayed = [a for a in atts if a["cue"] and a["cue"]["text"] == "a annoncé"]
    assert relayed and relayed[0]["via"]["speaker"] == "Al-Sumaria News" and relayed[0]["via"]["source_type"] == "media"
    found = find_assertions(parsed.doc, parsed.article, atts)
    assert len(found) == 1 and found[0]["text"].startswith("Les Américains, dont")


@pytest.mark.slow
def test_polnear_dev_sample():
    if not POLNEAR_DEV.exists():
        pytest.skip("PolNeAR absent")
    from newsloupe.lab.attribution_eval import evaluate_attribution

    r = evaluate_attribution(POLNEAR_DEV, limit=20)
    assert r["content"]["0.3"]["f1"] >= 0.6
