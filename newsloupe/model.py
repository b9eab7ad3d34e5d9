"""The article model: one text, standoff findings pointing into it.

Like spaCy's ``Doc``/``Span``: an :class:`Article` owns the immutable ``text``
(for a ``.txt`` input, exactly the decoded file), and every finding is a span
of character offsets into that text. Nothing copies or normalises the text;
``text`` fields on spans are a convenience and always equal
``article.text[start:end]`` (a test enforces it).

The JSON schema generated from :class:`Analysis` is committed as
``schema/analysis.schema.json``; bump :data:`SCHEMA_VERSION` on any change.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ParagraphRole = Literal["title", "caption", "body", "source", "boilerplate", "meta"]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Paragraph(_Model):
    """A non-blank line of the text (as in SemEval), with its role in the article.

    ``line`` is the 1-based line number of its first character in ``text``
    (blank lines counted), as in SemEval-2023 Task 3 paragraph labels.
    """

    start: int
    end: int
    line: int
    role: ParagraphRole = "body"
    language: str | None = None


class Caption(Span):
    """A picture caption, with its credit ("AFP", "Reuters") when one is given."""

    credit: str | None = None
    language: str | None = None
    # Filled by the caption-consistency analyzer (issue 5).
    relation: Literal["related", "file_photo", "unrelated"] | None = None
    reasons: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list, description="canonical names of entities in the caption")
    places: list[str] = Field(default_factory=list, description="resolved place names in the caption")
    dates: list[str] = Field(default_factory=list, description="ISO values of dates in the caption")


class Entity(Span):
    """A named entity mention; ``canonical`` is shared by all mentions of one entity."""

    label: EntityLabel
    canonical: str


class Article(_Model):
    """An ingested article: text, layout and metadata, no analysis yet."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date (or datetime) of publication")
    published_inferred: bool = False
    authors: list[str] = Field(default_factory=list)
    url: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code")
    language_source: Literal["detected", "given", "metadata"] | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    source_line: Span | None = None
    lead_image: str | None = None
    input: str | None = Field(default=None, description="where the article was read from")
    format: Literal["text", "html", "record"] = "text"

    def span(self, start: int, end: int) -> Span:
        """Make a :class:`Span` of ``text[start:end]``."""
        return Span(start=start, end=end, text=self.text[start:end])

    def paragraphs_with_role(self, *roles: ParagraphRole) -> list[Paragraph]:
        """Paragraphs whose role is one of ``roles``, in text order."""
        return [p for p in self.paragraphs if p.role in roles]

    @property
    def body(self) -> str:
        """Plain text of the body paragraphs, separated by blank lines."""
        return "\n\n".join(self.text[p.start : p.end] for p in self.paragraphs if p.role == "body")


class Analysis(Article):
    """An article with every analyzer's findings: the newsloupe JSON document."""

    schema_version: str = Field(default=SCHEMA_VERSION, alias="schema")
    entities: list[Entity] = Field(default_factory=list)
    # Reserved for later analyzers; each list holds offset-anchored findings.
    attributions: list[dict[str, Any]] = Field(default_factory=list)
    assertions: list[dict[str, Any]] = Field(default_factory=list)
    sourcing: dict[str, Any] | None = None
    techniques: list[dict[str, Any]] = Field(default_factory=list)
    frames: list[dict[str, Any]] = Field(default_factory=list)
    genre: dict[str, Any] | None = None
    places: list[dict[str, Any]] = Field(default_factory=list)
    dates: list[dict[str, Any]] = Field(default_factory=list)
    geo_checks: list[dict[str, Any]] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="what was skipped or degraded, and why")
    pipeline: dict[str, str] = Field(default_factory=dict, description="analyzer name -> version")

    def to_json(self, **kwargs: Any) -> str:
        """Serialise with the schema's field names (``schema``, not ``schema_version``)."""
        return self.model_dump_json(by_alias=True, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the schema's field names."""
        return self.model_dump(mode="json", by_alias=True)
