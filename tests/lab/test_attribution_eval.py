"""The evaluation library: overlap matching and both gold formats (fictional gold written here)."""

import json

import pytest

from newsloupe.errors import BadInput
from newsloupe.lab.attribution_eval import evaluate_attribution, format_report, load_gold, match, overlap
from newsloupe.lab.attribution_gold import gold_part


def test_overlap_is_iou():
    assert overlap({1, 2, 3, 4}, {3, 4, 5, 6}) == 2 / 6
    assert overlap(set(), {1}) == 0.0


def test_greedy_one_to_one():
    pred = [{1, 2, 3}, {1, 2, 3, 4}]
    gold = [{1, 2, 3, 4}]
    assert match(pred, gold, 0.3) == [(1, 0, 1.0)]


def test_seed_format_and_jsonl(tmp_path):
    text = "Le ministre Paul Dorsaz a déclaré que le port rouvrirait.\n\n« Tout ira bien », a-t-il dit.\n"
    (tmp_path / "g.txt").write_text(text, encoding="utf-8")
    gold = {
        "id": "g",
        "attributions": [
            {"content": "le port rouvrirait", "cue": "a déclaré", "source": "Paul Dorsaz", "speaker": "Paul Dorsaz",
             "source_type": "person_named", "kind": "indirect", "hedged": False, "before": "a déclaré que "},
            {"content": "Tout ira bien", "cue": "a-t-il dit", "source": "il", "speaker": "Paul Dorsaz",
             "source_type": "person_named", "kind": "direct", "hedged": False, "before": "rouvrirait.\n\n« "},
        ],
    }  # fmt: skip
    (tmp_path / "g.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (doc,) = load_gold(tmp_path / "g.json")
    assert text[doc.attributions[1].content[0][0] : doc.attributions[1].content[0][1]] == "Tout ira bien"
    r = evaluate_attribution(tmp_path / "g.json", details=True)
    assert r["content"]["0.3"]["f1"] == 1.0
    assert r["speaker"]["accuracy"] == 1.0 and r["source_type"]["accuracy"] == 1.0
    assert "overlap >= 0.3" in format_report(r)
    line = {
        "id": "x",
        "lang": "fr",
        "text": text,
        "attributions": [{"source": [[11, 22]], "cue": [[23, 32]], "content": [[37, 55]]}],
    }
    (tmp_path / "g.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    r = evaluate_attribution(tmp_path / "g.jsonl")
    assert r["content"]["0.8"]["tp"] == 1


def test_part_held_is_every_fourth_article_by_sorted_id(tmp_path):
    text = "Le maire Jules Ferrand a déclaré que la digue tiendrait.\n"
    line = {
        "lang": "fr",
        "text": text,
        "attributions": [{"source": [[9, 22]], "cue": [[23, 33]], "content": [[38, 56]]}],
    }
    ids = ["a7", "a1", "a5", "a3", "a2", "a6", "a4", "a0"]
    (tmp_path / "g.jsonl").write_text(
        "".join(json.dumps(line | {"id": i}, ensure_ascii=False) + "\n" for i in ids), encoding="utf-8"
    )
    docs = load_gold(tmp_path / "g.jsonl")
    assert [d.id for d in gold_part(docs, "held")] == ["a4", "a0"]
    assert [d.id for d in gold_part(docs, "dev")] == ["a7", "a1", "a5", "a3", "a2", "a6"]
    r = evaluate_attribution(tmp_path / "g.jsonl", part="held")
    assert r["articles"] == 2 and r["content"]["0.3"]["tp"] == 2
    assert "part: held" in format_report(r)
    with pytest.raises(BadInput):
        gold_part(docs, "test")
