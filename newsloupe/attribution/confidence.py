"""A learned check on each attribution the rules found: how likely a reader's annotation has it.

The rules report some things no annotator would: a title or a scare quote taken for a quotation, a clause
whose "source" names no one, a cue the parse hung on the wrong words. Each attribution is described by a few
features of what was found (the kind of cue and its lemma, the kind of content and its length, whether a
source was written and what type it resolved to, whether it was inherited or continued, whether it stands on
the article's first line) and a logistic regression, fitted on attributions the rules found in gold articles
(labelled by whether they match a gold one), gives the probability that it is one. Attributions under the
model's threshold are dropped.

Weights are plain JSON (``attribution_filter`` inside the language's learned model,
``models/attribution/<lang>-cues.json``); ``newsloupe eval attribution --cv`` fits them fold by fold
(``newsloupe.lab.attribution_train.fit_filter``), so no figure is measured on the articles they were fitted
on. Without weights nothing is dropped.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.rules import Found


def _bucket(n: int, cuts: tuple[int, ...]) -> str:
    for c in cuts:
        if n <= c:
            return f"<={c}"
    return f">{cuts[-1]}"


def features(d: AttributionDoc, f: Found) -> list[str]:
    """The features of one attribution (after its speaker was resolved)."""
    out = [f"ck={f.cue_kind}", f"kind={f.kind}", f"type={f.source_type}", f"ck={f.cue_kind}|type={f.source_type}"]
    if f.head is not None:
        out.append(f"lem={d.lem[f.head]}")
        out.append(f"cuepos={d.pos[f.head]}")
    words = sum(len(d.text[a:b].split()) for a, b in f.content)
    out.append("words" + _bucket(words, (2, 4, 8, 16, 32)))
    out.append(f"ck={f.cue_kind}|words" + _bucket(words, (2, 4, 8)))
    if f.follows is not None:
        out.append("follows")
    if f.inherited_from is not None:
        out.append("inherited")
    if f.source_tok is None:
        out.append("no_source")
    else:
        out.append(f"srcpos={d.pos[f.source_tok]}")
    if not f.speaker:
        out.append("no_speaker")
    if f.content:
        a = f.content[0][0]
        line_start = d.text.rfind("\n", 0, a) + 1
        if not d.text[:line_start].strip():
            out.append("first_line")
        line_end = d.text.find("\n", a)
        line = d.text[line_start : line_end if line_end >= 0 else len(d.text)].rstrip()
        if line and line[-1] not in '.!?»"”…:':
            out.append("line_no_stop")
    if f.incise:
        out.append("incise")
    return out


def probability(model: dict[str, Any], feats: list[str]) -> float:
    w = model.get("weights", {})
    z = model.get("intercept", 0.0) + sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-z))


def keep(d: AttributionDoc, found: list[Found], model: dict[str, Any] | None) -> list[bool]:
    """Which of ``found`` to keep: all without a model, else those scored at or over its threshold."""
    if not model:
        return [True] * len(found)
    th = model.get("threshold", 0.0)
    return [probability(model, features(d, f)) >= th for f in found]
