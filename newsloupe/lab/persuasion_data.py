"""Readers for the SemEval-2023 Task 3 data and the PTC 2020 corpus in ``../shared/data``.

Nothing here ships data: the readers look for the shared folder beside the
repository (or a path given) and return ``None`` when it is absent, so that
callers can skip clearly.

Paragraph units follow SemEval: each non-blank line of the article file
(read without newline translation, split on ``\\n``) is one unit, numbered by
its 1-based line number, blank lines counted.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from newsloupe.lab import SHARED
from newsloupe.persuasion.labels import LANGUAGES, PTC_TO_SEMEVAL

ENV_DATA = "NEWSLOUPE_SHARED_DATA"


@dataclass
class Unit:
    """One paragraph (line) of an article: offsets into the article text and gold labels."""

    line: int
    start: int
    end: int
    labels: list[str] | None = None


@dataclass
class Doc:
    """One article of the data set with whatever gold labels it has."""

    id: str
    lang: str
    text: str
    units: list[Unit]
    genre: str | None = None
    frames: list[str] | None = None
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    source: str = "semeval2023"

    def unit_text(self, u: Unit) -> str:
        return self.text[u.start : u.end]

    @property
    def has_techniques(self) -> bool:
        return any(u.labels is not None for u in self.units)


def shared_data_dir(data: Path | str | None = None) -> Path | None:
    """Find ``shared/data``: the given path, ``$NEWSLOUPE_SHARED_DATA``, or ``../shared/data``.

    data: a path to ``shared/data`` or to its ``semeval2023`` folder.
    RETURNS (Path | None): the ``shared/data`` folder, or None when it is absent.
    """
    candidates: list[Path] = []
    if data is not None:  # a given path is the only candidate
        p = Path(data)
        candidates = [p.parent if p.name == "semeval2023" else p, p]
        return next((c for c in candidates if (c / "semeval2023").is_dir()), None)
    if os.environ.get(ENV_DATA):
        candidates.append(Path(os.environ[ENV_DATA]))
    candidates += [SHARED / "data", Path.cwd().parent / "shared" / "data"]
    for c in candidates:
        if (c / "semeval2023").is_dir():
            return c
    return None


def split_lines(text: str) -> list[Unit]:
    """The non-blank lines of ``text`` as units (1-based line numbers, ``\\r`` excluded)."""
    units = []
    pos = 0
    for i, line in enumerate(text.split("\n"), 1):
        end = pos + len(line)
        body_end = end - 1 if line.endswith("\r") else end
        if line.strip():
            units.append(Unit(line=i, start=pos, end=body_end))
        pos = end + 1
    return units


def _read_tsv(path: Path) -> list[list[str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if row]


def read_text(path: Path) -> str:
    """The UTF-8 text of ``path`` exactly as stored (line ends kept, so gold offsets hold)."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def load_semeval(lang: str, data: Path | str | None = None) -> list[Doc] | None:
    """Read the labelled articles of one language (articles with no label at all are skipped).

    RETURNS (list[Doc] | None): articles sorted by id, or None when the data is absent.
    """
    root = shared_data_dir(data)
    if root is None:
        return None
    d = root / "semeval2023" / lang
    if not d.is_dir():
        return None
    genre = {r[0]: r[1].strip() for r in _read_tsv(d / "labels-genre.tsv") if len(r) > 1}
    frames = {
        r[0]: [x for x in r[1].strip().split(",") if x] if len(r) > 1 else []
        for r in _read_tsv(d / "labels-frames.tsv")
    }
    tech: dict[str, dict[int, list[str]]] = {}
    for r in _read_tsv(d / "labels-techniques.tsv"):
        labels = [x for x in (r[2] if len(r) > 2 else "").strip().split(",") if x]
        tech.setdefault(r[0], {})[int(r[1])] = labels
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for r in _read_tsv(d / "spans-techniques.tsv"):
        spans.setdefault(r[0], []).append((r[1], int(r[2]), int(r[3])))
    ids = sorted(set(genre) | set(frames) | set(tech), key=lambda x: (len(x), x))
    docs = []
    for aid in ids:
        path = d / "articles" / f"article{aid}.txt"
        if not path.is_file():
            continue
        text = read_text(path)
        units = split_lines(text)
        labels = tech.get(aid)
        if labels is not None:
            for u in units:
                u.labels = labels.get(u.line, [])
        docs.append(
            Doc(
                id=aid,
                lang=lang,
                text=text,
                units=units,
                genre=genre.get(aid),
                frames=frames.get(aid),
                spans=sorted(spans.get(aid, []), key=lambda s: (s[1], s[2])),
            )
        )
    return docs


def load_all(data: Path | str | None = None, langs: tuple[str, ...] = LANGUAGES) -> dict[str, list[Doc]] | None:
    """Read every language; None when the shared data is absent."""
    out = {}
    for lang in langs:
        docs = load_semeval(lang, data)
        if docs is None:
            return None
        out[lang] = docs
    return out


def load_ptc(data: Path | str | None = None, exclude_ids: set[str] | None = None) -> list[Doc] | None:
    """Read PTC 2020 (train + dev) as English docs with SemEval-2023 labels per line.

    Techniques with no one-to-one 2023 label are dropped; articles whose id is in
    ``exclude_ids`` (the SemEval-2023 English set reuses most PTC articles) are skipped.
    """
    root = shared_data_dir(data)
    if root is None or not (root / "ptc2020").is_dir():
        return None
    d = root / "ptc2020"
    exclude_ids = exclude_ids or set()
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for part in ("train", "dev"):
        for r in _read_tsv(d / f"{part}-task-flc-tc.labels"):
            label = PTC_TO_SEMEVAL.get(r[1])
            if label:
                spans.setdefault(r[0], []).append((label, int(r[2]), int(r[3])))
    docs = []
    for part in ("train", "dev"):
        folder = d / f"{part}-articles"
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("article*.txt")):
            aid = path.stem.removeprefix("article")
            if aid in exclude_ids:
                continue
            text = read_text(path)
            units = split_lines(text)
            sp = sorted(spans.get(aid, []), key=lambda s: (s[1], s[2]))
            for u in units:
                u.labels = sorted({lab for lab, s, _ in sp if u.start <= s < max(u.end, u.start + 1)})
            docs.append(Doc(id=aid, lang="en", text=text, units=units, spans=sp, source="ptc2020"))
    return docs
