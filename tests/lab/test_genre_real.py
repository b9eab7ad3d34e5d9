"""The real-news genre measure (``newsloupe eval genre --real``) on invented sources."""

from __future__ import annotations

import json
from pathlib import Path

from newsloupe.lab import genre_real

# Written for these tests: two invented reports, one in each language, and an invented column.
REPORT_EN = (
    "Harbour bridge to close for repairs\n\n"
    "The Westfold harbour bridge will close for three weeks from Monday, the port authority said on Friday.\n\n"
    "Engineers found cracks in two supports during an inspection last month, a spokeswoman told reporters."
)
REPORT_FR = (
    "Le marché couvert de Brennac rouvre ses portes\n\n"
    "Le marché couvert de Brennac a rouvert samedi après huit mois de travaux, a indiqué la mairie.\n\n"
    "Selon l'adjoint chargé du commerce, quarante étals sont déjà loués."
)
COLUMN_EN = (
    "Why I stopped believing the council\n\n"
    "I have lived in Westfold for twenty years, and I have never seen you, dear councillors, keep a promise.\n\n"
    "We deserve better. Will anyone listen?"
)


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_sources_and_measure(tmp_path: Path) -> None:
    shared, samples = tmp_path / "shared", tmp_path / "samples"
    for part in ("train", "dev"):
        _write_jsonl(shared / "data" / "attribution" / f"polnear-{part}.jsonl", [{"id": part, "text": REPORT_EN}])
    _write_jsonl(
        samples / "stories-x" / "corpus.jsonl",
        [
            {"id": "a", "title": "Market", "text": REPORT_FR.split("\n\n", 1)[1], "language": "fr"},
            {"id": "b", "text": COLUMN_EN, "language": "en"},
            {"id": "c", "text": "Ein Text.", "language": "de"},
        ],
    )
    found = genre_real.sources(shared, samples)
    assert sorted(found) == ["polnear", "samples-en", "samples-fr"]
    assert [r["id"] for r in found["polnear"]] == ["train", "dev"]
    assert found["samples-fr"][0]["text"].startswith("Market\n\n")
    assert found["samples-en"][0]["gold"] is None

    lines: list[str] = []
    res = genre_real.measure(log=lines.append, found=found)
    assert set(res) == {"polnear/en", "samples-en/en", "samples-fr/fr"}
    assert res["polnear/en"]["n"] == 2
    for row in res.values():
        assert abs(row["reporting"] + row["opinion"] + row["satire"] - 1) < 1e-3
    assert any(line.split()[:2] == ["polnear", "en"] for line in lines)


def test_no_source_says_so(tmp_path: Path) -> None:
    lines: list[str] = []
    assert genre_real.measure(log=lines.append, found={}) == {}
    assert lines and lines[0].startswith("skipped")
