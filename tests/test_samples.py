"""The bundled sample corpus: it is consistent with its gold, and every article analyses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import newsloupe
from tests.conftest import ROOT, SAMPLES
from tests.test_model import assert_offsets_exact

GOLD = ROOT / "samples" / "gold"


def test_gold_strings_are_found_in_their_articles() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "samples" / "check_gold.py")], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_corpus_size_and_variety() -> None:
    metas = [json.loads(p.read_text(encoding="utf-8"))["meta"] for p in GOLD.glob("*.json")]
    assert len(metas) >= 30
    assert {m["language"] for m in metas} >= {"fr", "en"}
    assert len({m["outlet"] for m in metas}) >= 5
    assert {m.get("format") for m in metas} >= {"txt", "html", "jsonl-text", "jsonl-html", "csv"}


@pytest.fixture(scope="module")
def analyses() -> dict[str, newsloupe.Analysis]:
    out = {}
    for o in newsloupe.analyze_many([SAMPLES], analyzers=["entities"], on_error="raise"):
        assert o.ok, f"{o.source}: {o.error}"
        out[o.analysis.id] = o.analysis
    return out


def test_every_sample_analyses_with_exact_offsets(analyses: dict[str, newsloupe.Analysis]) -> None:
    assert len(analyses) == len(list(GOLD.glob("*.json")))
    for a in analyses.values():
        assert_offsets_exact(a)
        assert a.language in ("fr", "en")
        assert a.title


def test_metadata_matches_gold(analyses: dict[str, newsloupe.Analysis]) -> None:
    wrong_lang, wrong_title, missing_captions = [], [], []
    for aid, a in analyses.items():
        gold = json.loads((GOLD / f"{aid}.json").read_text(encoding="utf-8"))
        meta = gold["meta"]
        if a.language != meta["language"]:
            wrong_lang.append(aid)
        if " ".join((a.title or "").split()) != " ".join(meta["title"].split()):
            wrong_title.append(aid)
        if len(a.captions) != len(gold.get("captions", [])):
            missing_captions.append((aid, len(a.captions), len(gold.get("captions", []))))
    assert wrong_lang == []
    assert wrong_title == []
    assert missing_captions == []


def test_hostile_page_keeps_no_script(analyses: dict[str, newsloupe.Analysis]) -> None:
    a = analyses["hostile"]
    for bad in ("<script", "onerror", "javascript:", "alert("):
        assert bad not in a.text
