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


def test_the_french_cue_model_is_trained_and_shipped_with_the_cuts_of_its_language_file():
    pytest.importorskip("sklearn")
    from newsloupe.attribution.learned import load_learned
    from newsloupe.lab.attribution_gold import GoldAttribution, GoldDoc, parse_gold
    from newsloupe.lab.attribution_train import cuts, train_model

    assert cuts("fr") == (0.45, 0.1)  # lang/fr/attribution.json "cue_model" (what the shipped model chose)
    assert cuts("en") == (0.3, 0.1)  # no entry: the defaults
    assert cuts("fr", threshold=0.5, gate=0.2) == (0.5, 0.2)
    shipped = load_learned("fr")
    assert (shipped["threshold"], shipped["gate"]) == cuts("fr")  # the folds of --cv score the model shipped
    texts = [
        ("La maire Lina Orvath a déclaré que le pont rouvrira en mai.", "a déclaré", "le pont rouvrira en mai"),
        ("Le syndic Ado Pell estime que le budget est trop faible.", "estime", "le budget est trop faible"),
        ("Les habitants de Dravik affirment que la route est dangereuse.", "affirment", "la route est dangereuse"),
    ]
    docs = []
    for n, (text, cue, content) in enumerate(texts):
        c, k = text.index(cue), text.index(content)
        docs.append(
            GoldDoc(f"d{n}", text, "fr", [GoldAttribution(content=[(k, k + len(content))], cue=[(c, c + len(cue))])])
        )
    model = train_model(docs, [parse_gold(d).doc for d in docs], "fr")
    assert (model["threshold"], model["gate"]) == (0.45, 0.1)  # (train_model alone: the file's cuts)
    assert train_model(docs, [parse_gold(d).doc for d in docs], "fr", threshold=0.4)["threshold"] == 0.4


def test_the_french_cue_model_chooses_its_cuts_on_its_training_articles_alone():
    pytest.importorskip("sklearn")
    from newsloupe.lab.attribution_eval import train_chosen
    from newsloupe.lab.attribution_gold import GoldAttribution, GoldDoc, parse_gold
    from newsloupe.lab.attribution_train import train_model
    from newsloupe.lang import load_data

    grid = load_data("fr", "attribution")["cue_model"]["choose"]
    texts = [
        ("La maire Lina Orvath a déclaré que le pont rouvrira en mai.", "a déclaré", "le pont rouvrira en mai"),
        ("Le syndic Ado Pell estime que le budget est trop faible.", "estime", "le budget est trop faible"),
        ("Les habitants de Dravik affirment que la route est dangereuse.", "affirment", "la route est dangereuse"),
        ("La juge Mira Solt a rappelé que la loi interdit la pêche.", "a rappelé", "la loi interdit la pêche"),
    ]
    docs = []
    for n, (text, cue, content) in enumerate(texts):
        c, k = text.index(cue), text.index(content)
        docs.append(
            GoldDoc(f"d{n}", text, "fr", [GoldAttribution(content=[(k, k + len(content))], cue=[(c, c + len(cue))])])
        )
    parses = [parse_gold(d) for d in docs]
    model = train_chosen(docs, parses, "fr")
    chosen = model["_chosen"]
    assert chosen["folds"] == 4  # (as many folds as articles when they are fewer than the grid's)
    assert len(chosen["f1"]) == len(grid["threshold"]) * len(grid["gate"])
    best = max(chosen["f1"].values())
    assert chosen["f1"][f"{model['threshold']}/{model['gate']}"] == best
    # a tie goes to the higher threshold: no pair of the same F1 has a higher one
    assert all(float(k.split("/")[0]) <= model["threshold"] for k, v in chosen["f1"].items() if v == best)
    # a training given its cuts keeps them
    fixed = train_model(docs, [p.doc for p in parses], "fr", threshold=0.4, gate=0.05)
    assert (fixed["threshold"], fixed["gate"]) == (0.4, 0.05) and "_chosen" not in fixed


_FR = [
    ("La maire Lina Orvath a déclaré que le pont rouvrira en mai.", "a déclaré", "le pont rouvrira en mai"),
    ("Le syndic Ado Pell estime que le budget est trop faible.", "estime", "le budget est trop faible"),
    ("Les habitants de Dravik affirment que la route est dangereuse.", "affirment", "la route est dangereuse"),
    ("La juge Mira Solt a rappelé que la loi interdit la pêche.", "a rappelé", "la loi interdit la pêche"),
]


def _fr_gold():
    from newsloupe.lab.attribution_gold import GoldAttribution, GoldDoc

    docs = []
    for n, (text, cue, content) in enumerate(_FR):
        c, k = text.index(cue), text.index(content)
        docs.append(
            GoldDoc(f"d{n}", text, "fr", [GoldAttribution(content=[(k, k + len(content))], cue=[(c, c + len(cue))])])
        )
    return docs


def test_a_cv_fold_is_scored_by_cuts_chosen_without_its_articles(tmp_path, monkeypatch):
    pytest.importorskip("sklearn")
    from newsloupe.lab import attribution_eval

    docs = _fr_gold()
    corpus = tmp_path / "fr.jsonl"
    rows = [
        {
            "id": d.id,
            "lang": "fr",
            "text": d.text,
            "attributions": [
                {"content": [list(g.content[0])], "cue": [list(g.cue[0])], "source": []} for g in d.attributions
            ],
        }
        for d in docs
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    chosen_on: list[set[str]] = []

    def spy_choose(golddocs, parses, lang, choose):
        chosen_on.append({d.id for d in golddocs})
        return (0.45, 0.1), {"ids": sorted(chosen_on[-1])}

    scored: list[tuple[str, list[str]]] = []
    real_predict = attribution_eval.predict

    def spy_predict(doc, parsed=None, learned=None):
        scored.append((doc.id, learned["_chosen"]["ids"]))
        return real_predict(doc, parsed, learned=learned)

    monkeypatch.setattr(attribution_eval, "choose_cuts", spy_choose)
    monkeypatch.setattr(attribution_eval, "predict", spy_predict)
    result = attribution_eval.evaluate_attribution(corpus, cv=2)
    assert result["articles"] == 4 and len(chosen_on) == 2
    assert sorted(doc for doc, _ in scored) == ["d0", "d1", "d2", "d3"]  # every article scored once
    assert all(doc not in ids for doc, ids in scored)  # by a model whose cuts never read it


def test_cut_ties_go_to_the_higher_threshold_then_the_higher_gate(monkeypatch):
    pytest.importorskip("sklearn")
    import newsloupe.attribution as attribution
    from newsloupe.lab import attribution_eval
    from newsloupe.lab.attribution_gold import parse_gold

    docs = _fr_gold()
    parses = [parse_gold(d) for d in docs]
    grid = {"folds": 2, "threshold": [0.3, 0.5, 0.6], "gate": [0.05, 0.2]}

    def found_below(cut):  # the gold attribution found while the threshold is at most ``cut``, whatever the gate
        def extract(parsed, entities=None, learned=None):
            if learned["threshold"] > cut:
                return [], []
            doc = next(d for d in docs if d.text == parsed.article.text)
            (a, b), (c, e) = doc.attributions[0].content[0], doc.attributions[0].cue[0]
            span = {"start": a, "end": b, "text": doc.text[a:b]}
            cue = {"start": c, "end": e, "text": doc.text[c:e]}
            return [{"content": [span], "cue": cue, "source": None, "kind": "indirect"}], []

        return extract

    monkeypatch.setattr(attribution, "extract_attributions", found_below(1.0))  # every pair ties
    assert attribution_eval.choose_cuts(docs, parses, "fr", grid)[0] == (0.6, 0.2)
    monkeypatch.setattr(attribution, "extract_attributions", found_below(0.5))  # 0.3 and 0.5 tie over both gates
    (th, gate), summary = attribution_eval.choose_cuts(docs, parses, "fr", grid)
    assert (th, gate) == (0.5, 0.2) and summary["f1"]["0.5/0.2"] > summary["f1"]["0.6/0.2"]
