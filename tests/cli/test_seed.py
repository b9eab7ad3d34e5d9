"""Issue 2's done-when on the seed article (runs only where ../shared is present)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.shared


def test_analyze_seed_json(seed_path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsloupe", "analyze", str(seed_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    doc = json.loads(out.stdout)
    seed_text = seed_path.read_text(encoding="utf-8")
    assert doc["language"] == "fr"
    # the headline is the line under the outlet's logo line (compared with the file, not quoted here)
    headline = [ln for ln in seed_text.splitlines() if ln.strip()][1]
    assert doc["title"] == " ".join(headline.split())
    assert doc["title"].startswith("Al-Anbar") and doc["title"].endswith("Falloujah")
    assert [c["attrs"]["credit"] for c in doc["spans"]["captions"]] == ["AFP", "Reuters"]
    assert "PRESS TV" in doc["source_line"]["text"]
    assert doc["text"] == seed_text
    ents = {(e["attrs"]["canonical"], e["label"]) for e in doc["spans"]["entities"]}
    for name in ("Qassem Mosleh", "Yahya Rassoul", "Ilhan Omar", "Nancy Pelosi"):
        assert (name, "PER") in ents
    for name in ("Hachd al-Chaabi", "Daech", "Al-Sumaria News"):
        assert (name, "ORG") in ents
    for name in ("Falloujah", "Mossoul", "Kirkouk", "Ninive"):
        assert (name, "LOC") in ents
