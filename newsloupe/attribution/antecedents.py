"""A learned re-ranker of the antecedents a third-person pronoun source may stand for.

The rules of :mod:`.speakers` resolve "il", "elle", "ils", "ce dernier" … by agreement and recency and give
one answer. This module gathers more candidates than they keep (the speakers of earlier attributions, the
persons named and the nouns that were subjects in the paragraphs before, whatever their agreement), describes
each by a few features (which one the rules chose, agreement in gender and number, paragraph distance and
recency rank, previous speaker, subject or complement, salience, the kind of pronoun) and picks the one a
logistic regression scores highest. The rules' answer is a feature, so the model learns when to overrule it.

Weights are plain JSON (``speaker_ranker`` inside the language's learned model,
``models/attribution/<lang>-cues.json``); they are fitted by ``newsloupe train attribution`` and, fold by
fold, by ``newsloupe eval attribution --cv`` (``newsloupe.lab.attribution_train.fit_ranker``), so no figure is
measured on the articles they were fitted on. Without weights nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsloupe.attribution.doc import AttributionDoc

WINDOW = 3  # paragraphs looked back


@dataclass
class Candidate:
    """One thing a pronoun may stand for: how to set the attribution if chosen, and its features."""

    key: str  # the speaker it gives (None-candidate: "")
    pos: int  # token of its closest mention before the pronoun
    kind: str  # found (an earlier attribution), person, np, none, kept (the rules' answer, found elsewhere)
    what: Any = None  # the Found, the Person, or (speaker, type)
    ctype: str = "none"
    feats: set[str] = field(default_factory=set)


def features(
    d: AttributionDoc, info: dict[str, Any], head: int, cands: list[Candidate], rule_key: str | None, prefix: str = "p"
) -> None:
    """Fill ``feats`` of each candidate (in place), each prefixed by what is resolved ("p": a pronoun,
    "o": a quotation with no cue)."""
    number = info.get("number") or ("sing" if info else "any")
    gender = info.get("gender")
    pk = "recent" if info.get("recent") else ("thing" if info.get("thing") else "person")
    order = sorted(range(len(cands)), key=lambda k: -cands[k].pos)
    rank = {k: r for r, k in enumerate(order)}
    found_order = sorted((k for k, c in enumerate(cands) if c.kind == "found"), key=lambda k: -cands[k].pos)
    for k, c in enumerate(cands):
        fs = c.feats
        if c.kind == "none":
            fs.add("none")
            fs.add(f"none|{number}")
            if rule_key is None:
                fs.add("rule")
            continue
        if rule_key is not None and c.key == rule_key:
            fs.add("rule")
        fs.add(f"type={c.ctype}|{number}")
        fs.add(f"kind={c.kind}")
        dist = max(0, d.para[head] - d.para[min(max(c.pos, 0), d.n - 1)])
        fs.add(f"dpara={min(dist, 3)}")
        r = min(rank[k], 4)
        fs.add(f"rank={r}")
        fs.add(f"rank={r}|{pk}")
        if found_order and found_order[0] == k:
            fs.add("prev_speaker")
        if c.pos >= d.sent_start[head]:
            fs.add("same_sent")
        if gender and "gender=" + gender in fs:
            fs.add("gmatch")
        elif gender and any(x.startswith("gender=") for x in fs):
            fs.add("gclash")
        fs.discard("gender=m")
        fs.discard("gender=f")
    for c in cands:
        c.feats = {f"{prefix}:{x}" for x in c.feats}


def score(weights: dict[str, float], c: Candidate) -> float:
    return sum(weights.get(f, 0.0) for f in c.feats)


def choose(model: dict[str, Any], cands: list[Candidate]) -> Candidate | None:
    """The candidate the ranker scores highest (the first of equals: candidates come nearest first)."""
    if not cands:
        return None
    w = model.get("weights", {})
    return max(cands, key=lambda c: score(w, c))
