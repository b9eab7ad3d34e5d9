"""The persuasion lab: readers of the shared SemEval-2023 and PTC data, and the SemEval export."""

from __future__ import annotations

import pytest

from newsloupe.persuasion import labels


@pytest.mark.shared
def test_semeval_reader() -> None:
    from newsloupe.lab.persuasion_data import load_ptc, load_semeval

    docs = load_semeval("fr")
    if docs is None:
        pytest.skip("no SemEval data")
    assert len(docs) > 100
    n_spans = 0
    for d in docs:
        lines = {u.line: u for u in d.units}
        for label, s, _e in d.spans:
            n_spans += 1
            assert label in labels.TECHNIQUES
            unit = next(u for u in d.units if u.start <= s <= u.end)
            assert label in (unit.labels or [])
        assert all(d.text[u.start : u.end].strip() for u in lines.values())
    assert n_spans > 1000
    ptc = load_ptc(exclude_ids={d.id for d in load_semeval("en") or []})
    assert ptc is not None and all(d.source == "ptc2020" for d in ptc)


@pytest.mark.shared
def test_export_semeval_format(tmp_path) -> None:
    import shutil

    from newsloupe.lab.persuasion_data import shared_data_dir
    from newsloupe.lab.persuasion_train import export_semeval

    root = shared_data_dir()
    if root is None:
        pytest.skip("no SemEval data")
    src = sorted((root / "semeval2023" / "fr" / "articles").glob("article*.txt"))[:2]
    data = tmp_path / "semeval2023" / "fr" / "articles"
    data.mkdir(parents=True)
    for p in src:
        shutil.copy(p, data / p.name)
    export_semeval(tmp_path / "semeval2023", tmp_path / "out", log=lambda s: None)
    rows1 = (tmp_path / "out" / "fr" / "subtask1.txt").read_text().splitlines()
    assert len(rows1) == 2 and all(r.split("\t")[1] in labels.GENRES for r in rows1)
    for r in (tmp_path / "out" / "fr" / "subtask2.txt").read_text().splitlines():
        assert all(f in labels.FRAMES for f in r.split("\t")[1].split(","))
    for r in (tmp_path / "out" / "fr" / "subtask3.txt").read_text().splitlines():
        _aid, line, techs = r.split("\t")
        assert int(line) >= 1 and all(t in labels.TECHNIQUES for t in techs.split(",") if t)
