"""The claim error classes (``newsloupe.lab.claims_errors``): where each gold occurrence goes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from newsloupe.lab.claims_errors import CLASSES, average_precision, enclosing, main, occurrences, pair_class
from newsloupe.lab.claims_relink import kept_store, relink
from newsloupe.lab.stories_eval import overlaps
from newsloupe.store import Store

CHECK = Path(__file__).resolve().parents[2] / "samples" / "stories-check"


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kept")
    kept_store(CHECK, folder, workers=0)
    return folder


def test_the_linked_pairs_are_those_evaluate_counts(stores: Path) -> None:
    scored = relink(CHECK, stores, workers=0)
    gold = json.loads((CHECK / "gold.json").read_text(encoding="utf-8"))
    with Store(kept_store(CHECK, stores)) as store:
        occs = occurrences(store, gold)
    assert len(occs) == scored["claims"]["occurrences"]
    assert {d["class"] for d in occs} <= set(CLASSES)
    # an occurrence evaluate matches is one whose statement is in a claim
    in_claims = sum(d["class"] not in ("no statement", "under 0.3", "in no claim") for d in occs)
    assert in_claims == scored["claims"]["matched"] > 0
    kinds: Counter[str] = Counter()
    for n, a in enumerate(occs):
        for b in occs[n + 1 :]:
            if a["claim"] == b["claim"]:
                kinds[pair_class(a, b)[0]] += 1
    assert kinds["linked"] == scored["claims"]["tp"]
    assert sum(kinds.values()) - kinds["linked"] == scored["claims"]["fn"]


def test_the_command_prints_the_classes(stores: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(CHECK), "--stores", str(stores)])
    out = capsys.readouterr().out
    assert out.startswith("stories-check: linked ")
    assert "occurrences by class (by language)" in out and "gold pairs by class" in out
    assert "average precision" not in out  # only with --texts
    main([str(CHECK), "--stores", str(stores), "--set", "claim_threshold=9", "--set", "claim_member_threshold=9"])
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("stories-check: in no claim ") and "linked" not in first  # no claim opened


def test_a_pair_missed_is_classed_by_its_statements() -> None:
    v = np.zeros(4, dtype=np.float32)
    v[0] = 1.0
    w = np.array([0.3, 0.95, 0, 0], dtype=np.float32)
    a = {"class": "in no claim", "article": 1, "language": "fr", "statement": (0, 9, "x", None), "vec": v}
    b = {"class": "wrong claim (no gold)", "article": 2, "language": "en", "statement": (0, 9, "y", 7), "vec": w}
    kind, sim = pair_class(a, b)  # 0.30 and the cross-language bonus 0.04: under 0.35
    assert kind == "one in no claim (scored low)" and sim == pytest.approx(0.34)
    assert pair_class(a, {**b, "language": "fr", "vec": v})[0] == "one in no claim (similar enough)"
    assert pair_class({**a, "statement": (0, 9, "x", 3)}, b)[0] == "split (scored low)"
    assert pair_class(a, {**b, "article": 1})[0] == "one article"
    assert pair_class(a, {"class": "under 0.3", "article": 2, "language": "en"}) == ("under 0.3", None)
    assert pair_class({**a, "statement": (0, 9, "x", 7)}, b) == ("linked", None)


def test_average_precision_and_the_enclosing_sentence() -> None:
    assert average_precision([True, False, True], [0.9, 0.8, 0.7]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([False, True], [0.2, 0.1]) == pytest.approx(0.5)
    text = "Titre\nLe maire a dit que la piscine fermera en mai. Il pleut sur la ville."
    s = text.index("la piscine")
    a, b = enclosing(text, s, s + len("la piscine fermera en mai"))
    assert text[a:b] == "Le maire a dit que la piscine fermera en mai."


def test_a_gold_text_is_found_at_its_own_offsets() -> None:
    """Evaluate and the error classes read a gold occurrence alike (``stories_eval.overlaps``): at its own
    offsets when the gold gives them (the second of a repeated sentence), else at its first place; an empty
    or absent gold text matches nothing (no division by its empty length)."""
    text = "The ferry will resume on Monday. Locals doubt it. The ferry will resume on Monday."
    said = "The ferry will resume on Monday."
    second = text.rfind(said)
    spans = [(0, len(said)), (second, len(text))]
    assert overlaps(text, {"text": said}, spans) == [1.0, 0.0]
    assert overlaps(text, {"text": said, "start": second, "end": len(text)}, spans) == [0.0, 1.0]
    assert overlaps(text, {"text": ""}, spans) is None
    assert overlaps(text, {"text": "The bridge reopens."}, spans) is None
