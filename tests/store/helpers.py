"""Helpers for store and batch tests: fictional articles written for newsloupe, worker-like results."""

from __future__ import annotations

import json
from typing import Any

from newsloupe.ingest import record_to_article
from newsloupe.model import Article
from newsloupe.store import Store
from newsloupe.store.findings import flatten, month_of

# Every name, outlet and event below is invented for the tests.
TOWNS = ["Valmer", "Corlette", "Brisanne", "Ostrel", "Mirande", "Lusiac", "Fenwick", "Tarrow"]
PEOPLE = ["Armand Vescal", "Léa Dorsaz", "Jonas Pellerin", "Maren Quarrie", "Idris Sauvenet", "Sofia Tilbury"]
TOPICS = ["le port", "la gare", "l'hôpital", "le marché couvert", "la piscine", "la bibliothèque", "le pont"]


def fictional_text(i: int, paragraphs: int = 3) -> str:
    """A short French news text, different for every ``i``."""
    town, person, topic = TOWNS[i % len(TOWNS)], PEOPLE[i % len(PEOPLE)], TOPICS[i % len(TOPICS)]
    paras = [
        f"Le conseil municipal de {town} a voté jeudi la rénovation de {topic}, un chantier estimé à {i + 3} "
        f"millions d'euros selon la mairie.",
        f"« Nous attendions ce vote depuis {i % 9 + 2} ans », a déclaré {person}, adjointe chargée des travaux, "
        f"devant une cinquantaine d'habitants réunis à {town}.",
    ]
    for k in range(paragraphs - 2):
        paras.append(
            f"Les travaux de la tranche {k + 1} doivent commencer au printemps {2020 + (i + k) % 6}, a précisé "
            f"la préfecture, qui évoque un calendrier « serré » pour {topic} de {town} et {k + i} entreprises."
        )
    return "\n\n".join(paras)


def record(i: int, **kw: Any) -> dict[str, Any]:
    """A corpus record for article ``i``."""
    rec = {
        "id": f"art-{i:03d}",
        "url": f"https://gazette-{TOWNS[i % len(TOWNS)].lower()}.example/local/{i}",
        "outlet": ["La Gazette de Valmer", "Le Phare du Couchant", "Info Lusiane"][i % 3],
        "published": f"202{i % 4}-0{i % 9 + 1}-1{i % 10}",
        "title": f"{TOWNS[i % len(TOWNS)]} : feu vert pour {TOPICS[i % len(TOPICS)]} ({i})",
        "text": fictional_text(i),
        "language": "fr",
    }
    rec.update(kw)
    return rec


def article(i: int, **kw: Any) -> Article:
    """The Article of :func:`record` ``i``."""
    return record_to_article(record(i, **kw), source="test.jsonl", index=i)


_SPAN_KEYS = ("start", "end", "label", "score", "text")


def _span(item: dict[str, Any]) -> dict[str, Any]:
    span = {"start": 0, "end": 0, "label": "", "score": None, "text": ""}
    span.update({k: v for k, v in item.items() if k in _SPAN_KEYS})
    return {**span, "attrs": {k: v for k, v in item.items() if k not in _SPAN_KEYS} or None}


def _schema_2(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with shorthand findings (``techniques=[{label, category, paragraph}]``, attributions
    whose ``content`` is text) put in the schema 2.0 shape: span groups and references."""
    doc = dict(doc)
    spans = dict(doc.pop("spans", None) or {})
    for group in ("techniques", "places", "entities", "dates", "assertions"):
        if group in doc:
            spans[group] = [_span(x) for x in doc.pop(group)]
    if "attributions" in doc:
        contents = spans.setdefault("contents", [])
        atts = []
        for n, a in enumerate(doc["attributions"]):
            c = a.get("content")
            texts = [c] if isinstance(c, str) else [x["text"] for x in c or []]
            refs = []
            for t in texts:
                refs.append(len(contents))
                contents.append(_span({"text": t, "label": "indirect"}))
            atts.append({"id": f"a{n + 1}", **a, "content": refs})
        doc["attributions"] = atts
    doc["spans"] = spans
    return doc


def fake_result(store: Store, aid: int, version: str = "p-test", **doc: Any) -> dict[str, Any]:
    """A result as a worker returns it, for an analysis document with the given fields
    (shorthand findings are put in the schema 2.0 shape)."""
    doc = _schema_2(doc)
    art = store.load_article(aid)
    row = store.conn.execute("SELECT outlet, published_month FROM articles WHERE id = ?", (aid,)).fetchone()
    full = {**art.model_dump(mode="json"), "language": art.language or "fr", **doc}
    return {
        "article_id": aid,
        "pipeline_version": version,
        "status": "ok",
        "code": None,
        "reason": None,
        "analysis": json.dumps(full, ensure_ascii=False),
        "rows": flatten(full, outlet=row[0], month=row[1] or month_of(art.published)),
        "language": full["language"],
    }
