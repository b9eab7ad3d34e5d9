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


class Finding(BaseModel):
    """Base of analyzer findings: typed fields, extra keys allowed, read like a mapping.

    ``finding["start"]`` and ``finding.get("speaker")`` work as on the dicts analyzers
    return; the pipeline validates those dicts into these models.
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None

    def __setitem__(self, key: str, value: Any) -> None:
        setattr(self, key, value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in type(self).model_fields or key in (self.model_extra or {}))

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, or ``default`` when the finding has no such key."""
        return getattr(self, key, default) if key in self else default

    def keys(self) -> list[str]:
        """The keys present (declared fields and extra keys)."""
        return [*type(self).model_fields, *(self.model_extra or {})]


class TextSpan(Finding):
    """A span of the article text inside a finding."""

    start: int
    end: int
    text: str


SourceType = Literal[
    "person_named", "person_anonymous", "organization", "media", "document", "unnamed_collective", "none"
]


class Relay(TextSpan):
    """The outlet (or source) through which an attributed source is relayed ("Selon X, une source a dit …")."""

    speaker: str | None = None
    source_type: SourceType | None = None


class Attribution(Finding):
    """Content ascribed to a source: who (source, speaker, type), the cue, the content, hedging."""

    id: str | None = None
    source: TextSpan | None = None
    speaker: str | None = None
    source_type: SourceType = "none"
    role: str | None = None
    roles: list[str] = Field(default_factory=list)
    cue: TextSpan | None = None
    content: list[TextSpan] = Field(default_factory=list)
    kind: Literal["direct", "indirect", "mixed"] = "indirect"
    hedged: bool = False
    hedge_cues: list[str] = Field(default_factory=list)
    hedge_spans: list[TextSpan] = Field(default_factory=list)
    via: Relay | None = None


class Trigger(TextSpan):
    """A word or phrase that made a sentence an unsourced assertion."""

    category: str


class Assertion(TextSpan):
    """A sentence in the outlet's own voice making a contestable claim with no source."""

    score: float
    triggers: list[Trigger] = Field(default_factory=list)


class Technique(Finding):
    """A persuasion technique (SemEval-2023 Task 3) in a paragraph, with its evidence span."""

    label: str
    category: str | None = None
    paragraph: int = Field(description="1-based line number of the paragraph in text")
    start: int
    end: int
    score: float
    evidence: str


class Frame(Finding):
    """A frame (SemEval-2023 Task 3) predicted present."""

    label: str
    score: float


class Genre(Finding):
    """The article's genre: reporting, opinion or satire."""

    label: Literal["reporting", "opinion", "satire"]
    scores: dict[str, float] = Field(default_factory=dict)


class Place(TextSpan):
    """A place mention resolved against the gazetteer."""

    name: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: Literal["country", "region", "city", "other"] | None = None
    confidence: float | None = None


class DateMention(TextSpan):
    """A date expression normalised to ISO (absolute, or relative to ``relative_to``)."""

    value: str | None = None
    resolution: str | None = None
    relative_to: str | None = None


class GeoCheck(TextSpan):
    """A geographic description checked against the gazetteer ("Mossoul, à l'ouest de l'Irak")."""

    check: str
    consistent: bool
    evidence: str | None = None


class Sourcing(Finding):
    """Per-article sourcing summary: who is given voice, how much rests on anonymous sources."""

    attributions: int = 0
    counts_by_type: dict[str, int] = Field(default_factory=dict)
    anonymous_share: float = 0.0
    hedged_share: float = 0.0
    unsourced_assertions: int = 0
    named_speakers: list[dict[str, Any]] = Field(default_factory=list)


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
    notes: list[str] = Field(default_factory=list, description="what was skipped or degraded, and why")

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

    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_assignment=True)

    schema_version: str = Field(default=SCHEMA_VERSION, alias="schema")
    entities: list[Entity] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    assertions: list[Assertion] = Field(default_factory=list)
    sourcing: Sourcing | None = None
    techniques: list[Technique] = Field(default_factory=list)
    frames: list[Frame] = Field(default_factory=list)
    genre: Genre | None = None
    places: list[Place] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    geo_checks: list[GeoCheck] = Field(default_factory=list)
    pipeline: dict[str, str] = Field(default_factory=dict, description="analyzer name -> version")

    def to_json(self, **kwargs: Any) -> str:
        """Serialise with the schema's field names (``schema``, not ``schema_version``)."""
        return self.model_dump_json(by_alias=True, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the schema's field names."""
        return self.model_dump(mode="json", by_alias=True)
