"""The English cue model's threshold chosen by cross-validation on a training corpus (fictional articles)."""

import json

import pytest

from newsloupe.lab.attribution_eval import choose_threshold

_SENTENCES = [
    ("Mayor Lina Orvath said the bridge would reopen in May.", "said", "the bridge would reopen in May"),
    ("The harbour board believes the ferries will run on time.", "believes", "the ferries will run on time"),
    ("Councillor Ado Pell claimed the budget was too small.", "claimed", "the budget was too small"),
    ("Residents of Dravik say the road is unsafe at night.", "say", "the road is unsafe at night"),
]


def _article(n: int) -> dict:
    text, atts = "", []
    for k in range(3):
        sent, cue, content = _SENTENCES[(n + k) % len(_SENTENCES)]
        base = len(text)
        a, c = base + sent.index(content), base + sent.index(cue)
        atts.append({"content": [[a, a + len(content)]], "cue": [[c, c + len(cue)]], "source": []})
        text += sent + "\n\n"
    return {"id": f"fict{n}", "lang": "en", "text": text, "attributions": atts}


def test_threshold_is_chosen_on_the_folds_only(tmp_path):
    pytest.importorskip("sklearn")
    corpus = tmp_path / "train.jsonl"
    corpus.write_text("\n".join(json.dumps(_article(n)) for n in range(6)) + "\n", encoding="utf-8")
    chosen, scores = choose_threshold(corpus, folds=2, grid=(0.3, 0.5))
    assert chosen in (0.3, 0.5)
    assert set(scores) == {0.3, 0.5}
    assert all(len(v["fold_f1"]) == 2 and 0.0 <= v["f1"] <= 1.0 for v in scores.values())
    best = max(scores, key=lambda th: scores[th]["f1"])
    # the higher threshold is kept only when its loss is within one paired standard error
    assert chosen == best or scores[best]["f1"] - scores[chosen]["f1"] <= scores[chosen]["paired_se"]
