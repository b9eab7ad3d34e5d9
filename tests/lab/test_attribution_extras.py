"""Extra annotated articles for the French cue model (``--extra``): trained on in every fold, never scored, never
one of the gold's articles (fictional articles written here)."""

import json

import pytest

from newsloupe.errors import BadInput
from newsloupe.lab.attribution_gold import load_extras, read_jsonl

_FR = [
    ("La maire Lina Orvath a déclaré que le pont rouvrira en mai.", "a déclaré", "le pont rouvrira en mai"),
    ("Le syndic Ado Pell estime que le budget est trop faible.", "estime", "le budget est trop faible"),
    ("Les habitants de Dravik affirment que la route est dangereuse.", "affirment", "la route est dangereuse"),
    ("La juge Mira Solt a rappelé que la loi interdit la pêche.", "a rappelé", "la loi interdit la pêche"),
    ("Le pêcheur Tom Arvel assure que la baie est propre.", "assure", "la baie est propre"),
    ("La doyenne Ines Vark a annoncé que le musée fermera.", "a annoncé", "le musée fermera"),
]


def _row(n: int, ident: str, lang: str = "fr") -> dict:
    text, cue, content = _FR[n]
    c, k = text.index(cue), text.index(content)
    att = {"content": [[k, k + len(content)]], "cue": [[c, c + len(cue)]], "source": [], "kind": "indirect"}
    return {"id": ident, "lang": lang, "text": text, "attributions": [att]}


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_extra_article_may_not_be_an_article_of_the_gold(tmp_path):
    gold = read_jsonl(_write(tmp_path / "gold.jsonl", [_row(0, "g0"), _row(1, "g1")]))
    ok = _write(tmp_path / "ok.jsonl", [_row(2, "e2"), _row(3, "e3"), _row(4, "e4", lang="en")])
    assert [d.id for d in load_extras([ok], gold, "fr")] == ["e2", "e3"]  # (the other language's left out)
    same_id = _write(tmp_path / "id.jsonl", [_row(2, "g1")])
    with pytest.raises(BadInput, match="g1"):
        load_extras([same_id], gold, "fr")
    same_text = _write(tmp_path / "text.jsonl", [_row(0, "e9")])
    with pytest.raises(BadInput, match="e9"):
        load_extras([same_text], gold, "fr")
    with pytest.raises(BadInput, match="twice"):
        load_extras([ok, ok], gold, "fr")


def test_extras_train_every_fold_and_are_never_scored(tmp_path, monkeypatch):
    pytest.importorskip("sklearn")
    from newsloupe.lab import attribution_eval

    corpus = _write(tmp_path / "fr.jsonl", [_row(n, f"d{n}") for n in range(4)])
    extra = _write(tmp_path / "b.jsonl", [_row(4, "x4"), _row(5, "x5")])
    chosen_on: list[set[str]] = []

    def spy_choose(golddocs, parses, lang, choose):
        chosen_on.append({d.id for d in golddocs})
        return (0.45, 0.1), {"ids": sorted(chosen_on[-1])}

    scored: list[str] = []
    real_predict = attribution_eval.predict

    def spy_predict(doc, parsed=None, learned=None):
        scored.append(doc.id)
        return real_predict(doc, parsed, learned=learned)

    monkeypatch.setattr(attribution_eval, "choose_cuts", spy_choose)
    monkeypatch.setattr(attribution_eval, "predict", spy_predict)
    result = attribution_eval.evaluate_attribution(corpus, cv=2, extra=[extra])
    assert result["articles"] == 4 and result["gold_attributions"] == 4
    assert sorted(scored) == ["d0", "d1", "d2", "d3"]  # the extras never scored
    assert len(chosen_on) == 2 and all({"x4", "x5"} <= ids for ids in chosen_on)  # and in every fold's training
    assert result["extra"]["articles"] == 2
    assert "extra training articles: 2 (2 attributions) from b.jsonl; none is one of the 4 gold articles" in (
        attribution_eval.format_report(result)
    )
    with pytest.raises(BadInput, match="--cv"):
        attribution_eval.evaluate_attribution(corpus, extra=[extra])


def test_the_shipped_training_reads_the_extras(tmp_path):
    pytest.importorskip("sklearn")
    from newsloupe.lab.attribution_train import train_file

    corpus = _write(tmp_path / "fr.jsonl", [_row(n, f"d{n}") for n in range(3)])
    extras = read_jsonl(_write(tmp_path / "b.jsonl", [_row(3, "x3"), _row(4, "x4")]))
    alone = train_file(corpus, tmp_path / "alone.json", "fr", threshold=0.45, gate=0.1)
    more = train_file(corpus, tmp_path / "more.json", "fr", threshold=0.45, gate=0.1, extras=extras)
    assert more["positives"] == alone["positives"] + 2
    written = json.loads((tmp_path / "more.json").read_text(encoding="utf-8"))
    assert (written["articles"], written["extra_articles"]) == (3, 2) and "extra_articles" not in alone
