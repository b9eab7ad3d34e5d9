"""The committed JSON schema of the analysis document, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from newsloupe.model import SCHEMA_VERSION, Analysis


def analysis_schema() -> dict[str, Any]:
    """The JSON schema of :class:`~newsloupe.model.Analysis` (serialisation mode, by alias)."""
    schema = Analysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = f"https://newsloupe.example/schema/analysis-{SCHEMA_VERSION}.json"
    schema["title"] = f"newsloupe analysis {SCHEMA_VERSION}"
    return schema


def schema_json() -> str:
    """The schema as the text committed in ``schema/analysis.schema.json``."""
    return json.dumps(analysis_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
