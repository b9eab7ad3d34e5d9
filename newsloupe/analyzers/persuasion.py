"""The persuasion analyzer: SemEval-2023 Task 3 techniques, frames and genre.

See :mod:`newsloupe.persuasion.model`. Techniques are predicted for each title
or body paragraph, each with the sentence of that paragraph that most supports
it (a sentence scorer trained on the span annotations) as evidence; sentence
bounds come from the parse when there is one. Languages other than the six
SemEval ones get the multilingual encoder's heads alone where it covers them
(with a note), and no findings otherwise (with a note).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.model import Frame, Genre, TechniqueAttrs, make_span
from newsloupe.nlp.tokens import sentence_bounds
from newsloupe.persuasion.model import get_model, supported

if TYPE_CHECKING:
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed


def _sentences(parsed: Parsed) -> list[tuple[int, int]] | None:
    doc = parsed.doc
    if doc is None:
        return None
    try:
        return [(a, b) for _, _, a, b in sentence_bounds(doc)]
    except ValueError:  # no sentence boundaries set
        return None


def _units(parsed: Parsed) -> list[tuple[int, int, int]]:
    paras = parsed.article.paragraphs
    return [(p.attrs.line, p.start, p.end) for p in paras if p.label in ("title", "body") and p.end > p.start]


def _prepare(batch: list[Parsed]) -> None:
    """Batch hook: plan every article's lexical pass (their paragraphs tokenised for the encoder in
    one call), then embed all their texts in one call."""
    model = get_model()
    todo = []
    for parsed in batch:
        lang, units = parsed.article.language, _units(parsed)
        if lang and units and supported(lang):
            todo.append((parsed, lang, units))
    texts = [[p.article.text[s:e] for _, s, e in units] for p, _, units in todo]
    pieces = model.article_pieces(texts) if todo else None
    plans = []
    for k, (parsed, lang, units) in enumerate(todo):
        plan = model.plan(
            parsed.article.text, lang, units, sentences=_sentences(parsed), pieces=None if pieces is None else pieces[k]
        )
        parsed.scratch["persuasion"] = plan
        plans.append(plan)
    model.embed_plans(plans)


@analyzer("persuasion", "7", assigns=("techniques", "frames", "genre", "notes"), prepare=_prepare)
def persuasion(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Persuasion techniques per paragraph (with evidence), article frames and genre."""
    plan = parsed.scratch.pop("persuasion", None)
    lang, units = parsed.article.language, _units(parsed)
    if plan is not None:
        raw = get_model().finish(plan)
    elif not lang or not units:
        return {"techniques": [], "frames": [], "genre": None}
    else:
        raw = get_model().predict(parsed.article.text, lang, units, sentences=_sentences(parsed))
    text = parsed.article.text
    out: dict[str, Any] = {
        "techniques": [
            make_span(
                text,
                t["start"],
                t["end"],
                t["label"],
                score=t["score"],
                attrs=TechniqueAttrs(category=t.get("category"), paragraph=t["paragraph"]),
            )
            for t in raw.get("techniques", [])
        ],
        "frames": [Frame.model_validate(f) for f in raw.get("frames", [])],
        "genre": None if raw.get("genre") is None else Genre.model_validate(raw["genre"]),
    }
    if raw.get("notes"):
        out["notes"] = list(raw["notes"])
    return out
