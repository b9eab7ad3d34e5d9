"""Where missed attributions are lost (``newsloupe.lab.attribution_misses``), on a fictional French article."""

import json

from newsloupe.lab.attribution_eval import evaluate_attribution
from newsloupe.lab.attribution_misses import CLASSES, main, run

_TEXT = (
    "Le maire Paul Dorsaz a déclaré que le port rouvrirait en mai.\n\n"
    "La ministre Anne Vasseur a comparé les éoliennes à des moulins de papier.\n\n"
    "Le sénateur Luc Ferrand a raillé la lenteur des travaux du tunnel.\n\n"
    "La directrice a brocardé les retards de livraison du chantier.\n"
)
_GOLD = [
    ("le port rouvrirait en mai", "a déclaré", "Paul Dorsaz"),
    ("les éoliennes à des moulins de papier", "a comparé", "Anne Vasseur"),
    ("la lenteur des travaux du tunnel", "a raillé", "Luc Ferrand"),
    ("les retards de livraison du chantier", "a brocardé", "La directrice"),
]


def _gold(tmp_path):
    atts = []
    for content, cue, source in _GOLD:
        i = _TEXT.index(content)
        atts.append({"content": content, "cue": cue, "source": source, "kind": "indirect", "before": _TEXT[i - 12 : i]})
    (tmp_path / "g.txt").write_text(_TEXT, encoding="utf-8")
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"id": "g", "attributions": atts}, ensure_ascii=False), encoding="utf-8")
    return path


def test_each_miss_in_one_class_and_the_oracle_finds_it(tmp_path):
    path = _gold(tmp_path)
    r = run(path, None, ("indirect",), with_oracle=True, with_ranking=True)
    ev = evaluate_attribution(path)
    found, total = ev["recall_by_kind"]["indirect"]["found"], ev["recall_by_kind"]["indirect"]["gold"]
    assert len(r["misses"]) == total - found == sum(r["counts"].values()) == 1
    (miss,) = r["misses"]
    # "brocarder" is in no list and the shipped cue model scores it under its threshold
    assert (miss.lemma, miss.pos, miss.klass) == ("brocarder", "VERB", "unlisted, under the threshold")
    assert miss.score is not None and miss.score < 0.3
    assert list(r["counts"]) == list(CLASSES)
    # accepted by force, the rules report its object: the attribution is found, one prediction more
    assert r["oracle"]["unlisted, under the threshold"] == {"words": 1, "found": 1, "predictions": 1, "matches": 1}
    assert r["oracle"]["listed, under the gate"]["words"] == 0
    # the ranking table counts every candidate word once, the four gold cue words among them
    assert sum(n for (_g, _p, _b, gold), n in r["ranking"].items() if gold) == 4


def test_command_prints_the_classes(tmp_path, capsys):
    main([str(_gold(tmp_path)), "--kinds", "indirect", "--show", "unlisted"])
    out = capsys.readouterr().out
    assert "misses (indirect): 1" in out
    assert "   1  unlisted, under the threshold" in out
    assert "g\tindirect\tVERB\tbrocarder\t" in out
