"""A worker's finding rows come from the fields ``ROW_FIELDS`` names, and are those of the whole analysis."""

from __future__ import annotations

from newsloupe.pipeline import analyze
from newsloupe.store.findings import ROW_FIELDS, flatten
from tests.conftest import SAMPLES


def test_row_fields_give_the_rows_of_the_whole_analysis(fictional_fr: str) -> None:
    analyses = [analyze(text=fictional_fr, lang="fr")]
    for name in ("fr-horizon-kiev-missiles.txt", "en-meridian-odesa-grain.txt"):
        analyses.append(analyze(SAMPLES / "txt" / name))
    kinds = set()
    for a in analyses:
        part = a.model_dump(mode="json", by_alias=True, include=ROW_FIELDS)
        rows = flatten(part, outlet="Gazette", month="2026-03")
        assert rows == flatten(a.to_dict(), outlet="Gazette", month="2026-03")
        kinds |= {k for k in ("attributions", "techniques", "frames", "places", "entities") if rows[k]}
    # the samples exercise every kind of row the partial dump must carry
    assert kinds == {"attributions", "techniques", "frames", "places", "entities"}
