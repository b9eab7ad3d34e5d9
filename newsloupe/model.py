"""The article model: one text, standoff spans pointing into it.

Like spaCy's ``Doc``/``Span``/``doc.spans``: an :class:`Article` owns the
immutable ``text`` (for a ``.txt`` input, exactly the decoded file), and every
finding is a :class:`Span` (start, end, label, optional score, typed
attributes) of character offsets into that text, kept in named groups on
``article.spans`` (layout: paragraphs, captions; findings: entities, quotes,
cues, sources, contents, hedges, assertions, techniques, places, dates). Structured findings (an :class:`Attribution`, a
:class:`GeoCheck`) refer to their spans by index into a group instead of
copying offsets or text. The ``text`` of a span is derived from the offsets
(``article.text[start:end]``, a test enforces it) for readers of the JSON.

Every key is declared (``extra="forbid"``). The JSON schema generated from
:class:`Analysis` is committed as ``schema/analysis.schema.json``; bump
:data:`SCHEMA_VERSION` on any change (and add a store migration).
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from newsloupe.labels import SourceType

SCHEMA_VERSION = "2.2"

ParagraphRole = Literal["title", "caption", "body", "source", "boilerplate", "meta"]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
AttrsT = TypeVar("AttrsT")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model, Generic[AttrsT]):
    """A typed stretch of the article text, like spaCy's ``Span``.

    ``text`` is derived: it always equals ``article.text[start:end]``. ``attrs``
    holds the typed attributes of the span's group (``Span[PlaceAttrs]``), or
    None for groups without attributes (``Span[None]``).
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = ""
    score: float | None = None
    text: str = Field(default="", description="text[start:end], derived from the offsets")
    attrs: AttrsT | None = None


def make_paragraph(
    text: str, start: int, end: int, line: int, role: ParagraphRole = "body", language: str | None = None
) -> Span[ParagraphAttrs]:
    """A paragraph of ``text`` (label: its role).

    RETURNS (Span[ParagraphAttrs]): its ``text`` derived from the offsets.
    """
    return Span[ParagraphAttrs](
        start=start, end=end, label=role, text=text[start:end], attrs=ParagraphAttrs(line=line, language=language)
    )


def make_caption(text: str, start: int, end: int, credit: str | None = None) -> Span[CaptionAttrs]:
    """A picture caption of ``text`` (label ``caption``), with its credit.

    RETURNS (Span[CaptionAttrs]): its ``text`` derived from the offsets.
    """
    return Span[CaptionAttrs](
        start=start, end=end, label="caption", text=text[start:end], attrs=CaptionAttrs(credit=credit)
    )


def make_span(
    text: str, start: int, end: int, label: str = "", *, score: float | None = None, attrs: Any = None
) -> Span[Any]:
    """A span of ``text[start:end]`` (its ``text`` derived from the offsets).

    RETURNS (Span): parametrised by the type of ``attrs`` (``Span[None]`` without).
    """
    kind = type(attrs)
    cls = _SPAN_CLASSES.get(kind)
    if cls is None:  # (pydantic's own look-up of a parametrised class costs ~25 µs a span)
        cls = _SPAN_CLASSES[kind] = Span[kind] if attrs is not None else Span[None]  # type: ignore[valid-type]
    return cls(start=start, end=end, label=label, score=score, text=text[start:end], attrs=attrs)


_SPAN_CLASSES: dict[type, Any] = {}


class ParagraphAttrs(_Model):
    """Attributes of a paragraph: a non-blank line of the text (as in SemEval); its label is its role.

    ``line`` is the 1-based line number of its first character in ``text``
    (blank lines counted), as in SemEval-2023 Task 3 paragraph labels.
    """

    line: int
    language: str | None = None


class CaptionAttrs(_Model):
    """Attributes of a picture caption (label ``caption``): its credit ("AFP", "Reuters") when one is
    given, and what the caption-consistency analyzer found (issue 5)."""

    credit: str | None = None
    language: str | None = None
    relation: Literal["related", "file_photo", "unrelated"] | None = None
    reasons: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list, description="canonical names of entities in the caption")
    places: list[str] = Field(default_factory=list, description="resolved place names in the caption")
    dates: list[str] = Field(default_factory=list, description="ISO values of dates in the caption")


class EntityAttrs(_Model):
    """Attributes of an entity mention (label PER, ORG, LOC or MISC)."""

    canonical: str = Field(description="shared by all mentions of one entity")


class PlaceAttrs(_Model):
    """Attributes of a place mention resolved against the gazetteer (label ``place``)."""

    name: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    admin1_code: str | None = Field(default=None, description="ISO 3166-2 code of admin1")
    lat: float | None = None
    lon: float | None = None
    kind: Literal["country", "region", "city", "other"] | None = None
    confidence: float | None = None
    source: Literal["ner", "pattern", "gazetteer"] | None = Field(default=None, description="what found the mention")
    metonymic: bool = Field(default=False, description="the place stands for its government or institutions")


class DateAttrs(_Model):
    """Attributes of a date expression (label ``date``), normalised to ISO."""

    value: str | None = None
    resolution: str | None = None
    relative_to: str | None = None
    year_from: Literal["publication", "context", "weekday", "unknown"] | None = Field(
        default=None,
        description="where a date written without a year took its year from; unknown: nowhere (value --MM-DD or --MM)",
    )
    approximate: bool = False
    inferred: bool = Field(default=False, description="counted from an inferred publication date")
    note: str | None = None


class AssertionAttrs(_Model):
    """Attributes of an unsourced assertion (label ``assertion``, score): its trigger words."""

    triggers: list[Span[None]] = Field(default_factory=list, description="label: the trigger's category")


class TechniqueAttrs(_Model):
    """Attributes of a persuasion technique (label: the technique; score): its category and paragraph."""

    category: str | None = None
    paragraph: int = Field(description="1-based line number of the paragraph in text")


class QuoteAttrs(_Model):
    """Attributes of a quotation found by punctuation (label ``quote``; marks included in the span)."""

    closed: bool = Field(default=True, description="False when the closing mark is missing")
    attributed: bool = Field(default=False, description="its words are the content of an attribution with a source")


class SpanGroups(_Model):
    """Named groups of spans, as spaCy's ``doc.spans``; spans of different groups may overlap.

    ``paragraphs`` and ``captions`` are the article's layout (set at ingestion; the captions
    analyzer fills the captions' findings); the other groups are analyzers' findings.
    """

    paragraphs: list[Span[ParagraphAttrs]] = Field(
        default_factory=list, description="non-blank lines of the text (label: the role)"
    )
    captions: list[Span[CaptionAttrs]] = Field(default_factory=list, description="picture captions")

    entities: list[Span[EntityAttrs]] = Field(default_factory=list)
    cues: list[Span[None]] = Field(default_factory=list, description="reporting cues of attributions")
    sources: list[Span[None]] = Field(default_factory=list, description="sources of attributions (label: type)")
    contents: list[Span[None]] = Field(
        default_factory=list, description="attributed content (label: direct, indirect or mixed)"
    )
    hedges: list[Span[None]] = Field(default_factory=list, description="hedging cues of attributions")
    quotes: list[Span[QuoteAttrs]] = Field(default_factory=list, description="quotations found by punctuation")
    assertions: list[Span[AssertionAttrs]] = Field(default_factory=list)
    techniques: list[Span[TechniqueAttrs]] = Field(default_factory=list)
    places: list[Span[PlaceAttrs]] = Field(default_factory=list)
    dates: list[Span[DateAttrs]] = Field(default_factory=list)
    sentences: list[Span[None]] = Field(
        default_factory=list, description="sentences of the parse (label: the paragraph's role)"
    )


class FactCheckMatch(_Model):
    """A sentence that states a claim a fact-checker has reviewed (the fact-check memory).

    Offsets are into the article text; ``url`` is the review's URL.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(default="", description="text[start:end], derived from the offsets")
    url: str
    reviewer: str | None = None
    rating: Literal["false", "misleading", "mixed", "true", "unverifiable"] | None = Field(
        default=None, description="the common scale, mapped from the reviewer's wording"
    )
    rating_text: str | None = Field(default=None, description="the reviewer's own wording")
    claim_reviewed: str
    review_date: str | None = None
    score: float = Field(ge=0.0, le=1.0, description="the matcher's probability that the sentence states the claim")
    alone_score: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="the probability for the sentence read alone, as `factchecks search` reads it (None: the review "
        "is not among its nearest)",
    )
    through_article: bool = Field(
        default=False,
        description="the sentence alone is no match: its article (the claim's names elsewhere in it) made it one",
    )


class Attribution(_Model):
    """Content ascribed to a source: who (speaker, type, roles), how (kind, hedging), and its spans.

    ``source``, ``cue``, ``content`` and ``hedges`` are indices into the groups
    of the same names in ``analysis.spans``; ``via`` is the id of the
    attribution whose source relays this one ("Selon X, une source a dit …").
    """

    id: str
    source: int | None = Field(default=None, description="index into spans.sources")
    cue: int | None = Field(default=None, description="index into spans.cues")
    content: list[int] = Field(default_factory=list, description="indices into spans.contents")
    hedges: list[int] = Field(default_factory=list, description="indices into spans.hedges")
    speaker: str | None = None
    source_type: SourceType = "none"
    role: str | None = None
    roles: list[str] = Field(default_factory=list)
    kind: Literal["direct", "indirect", "mixed"] = "indirect"
    hedged: bool = False
    via: str | None = Field(default=None, description="id of the relaying attribution")


class Frame(_Model):
    """A frame (SemEval-2023 Task 3) predicted present."""

    label: str
    score: float


class Genre(_Model):
    """The article's genre: reporting, opinion or satire."""

    label: Literal["reporting", "opinion", "satire"]
    scores: dict[str, float] = Field(default_factory=dict)


class GeoCheck(_Model):
    """A geographic description ("Lyon, à l'ouest de la France") checked against the gazetteer.

    ``place`` and ``reference`` are indices into ``spans.places``: the place described and the
    one it is described from; the phrase runs from the first's start to the second's end.
    """

    check: str
    place: int = Field(description="index into spans.places of the place described")
    reference: int = Field(description="index into spans.places of the place it is described from")
    consistent: bool
    claimed: str | None = Field(default=None, description="the direction as written")
    actual: str | None = Field(default=None, description="the direction measured on the gazetteer")
    bearing: int | None = Field(default=None, description="degrees from the reference's centre")
    distance_km: int | None = None
    where: Literal["body", "caption"] | None = None
    evidence: str | None = None


class NamedSpeaker(_Model):
    """A named person given voice, with the roles the article gives them."""

    name: str
    role: str | None = None
    roles: list[str] = Field(default_factory=list)
    attributions: int = 0


class Sourcing(_Model):
    """Per-article sourcing summary: who is given voice, how much rests on anonymous sources."""

    attributions: int = 0
    counts_by_type: dict[str, int] = Field(default_factory=dict)
    counts_by_kind: dict[str, int] = Field(default_factory=dict)
    anonymous_share: float = 0.0
    unidentified_share: float = 0.0
    hedged: int = 0
    hedged_share: float = 0.0
    relayed: int = 0
    relaying_media: list[str] = Field(default_factory=list)
    unsourced_assertions: int = 0
    named_speakers: list[NamedSpeaker] = Field(default_factory=list)


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
    spans: SpanGroups = Field(default_factory=SpanGroups)
    source_line: Span[None] | None = None
    lead_image: str | None = None
    input: str | None = Field(default=None, description="where the article was read from")
    format: Literal["text", "html", "record"] = "text"
    notes: list[str] = Field(default_factory=list, description="what was skipped or degraded, and why")

    def span(self, start: int, end: int, label: str = "") -> Span[None]:
        """Make a :class:`Span` of ``text[start:end]``."""
        return make_span(self.text, start, end, label)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs (``spans.paragraphs``), in text order."""
        return self.spans.paragraphs

    @property
    def captions(self) -> list[Caption]:
        """The picture captions (``spans.captions``), in text order."""
        return self.spans.captions

    def with_layout(self, paragraphs: list[Paragraph] | None = None, captions: list[Caption] | None = None) -> Any:
        """A copy with its paragraphs and/or captions replaced (the other groups kept).

        RETURNS (Article): of the same class as ``self``.
        """
        update = {k: v for k, v in (("paragraphs", paragraphs), ("captions", captions)) if v is not None}
        return self.model_copy(update={"spans": self.spans.model_copy(update=update)})

    def paragraphs_with_role(self, *roles: ParagraphRole) -> list[Paragraph]:
        """Paragraphs whose role (label) is one of ``roles``, in text order."""
        return [p for p in self.paragraphs if p.label in roles]

    @property
    def body(self) -> str:
        """Plain text of the body paragraphs, separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs if p.label == "body")


class AnalyzerFailure(_Model):
    """An analyzer that raised on this article: its findings are missing, the others' are kept."""

    analyzer: str = Field(description="the analyzer's registry name")
    code: str = Field(description="the NL-E error code (newsloupe/errors.py)")
    message: str = Field(description="the exception type and message (cut at 300 characters)")

    def note(self) -> str:
        """The human-readable line of this failure (as in ``notes`` and the store's ``reason``)."""
        return f"analyzer {self.analyzer!r} failed: {self.message}"


class Analysis(Article):
    """An article with every analyzer's findings: the newsloupe JSON document."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_assignment=True)

    schema_version: str = Field(default=SCHEMA_VERSION, alias="schema")
    attributions: list[Attribution] = Field(default_factory=list)
    sourcing: Sourcing | None = None
    frames: list[Frame] = Field(default_factory=list)
    genre: Genre | None = None
    geo_checks: list[GeoCheck] = Field(default_factory=list)
    fact_checks: list[FactCheckMatch] = Field(
        default_factory=list, description="sentences matched to reviewed claims (with a fact-check memory)"
    )
    pipeline: dict[str, str] = Field(default_factory=dict, description="analyzer name -> version")
    failures: list[AnalyzerFailure] = Field(
        default_factory=list, description="analyzers that raised on this article (each also has a line in notes)"
    )

    def assign(self, name: str, value: Any) -> None:
        """Set what an analyzer assigns: a span group (``spans.<name>``) or a field of the analysis.

        name (str): a :class:`SpanGroups` field ("places") or an :class:`Analysis` field ("sourcing").
        value: the typed findings.
        """
        self.assign_all({name: value})

    def assign_all(self, values: dict[str, Any]) -> None:
        """:meth:`assign` each of ``values`` (field name -> typed findings), the span groups in one copy."""
        groups = {k: v for k, v in values.items() if k in SpanGroups.model_fields}
        if groups:
            self.spans = self.spans.model_copy(update=groups)
        for name, value in values.items():
            if name not in groups:
                setattr(self, name, value)

    def to_json(self, **kwargs: Any) -> str:
        """Serialise with the schema's field names (``schema``, not ``schema_version``)."""
        return self.model_dump_json(by_alias=True, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the schema's field names."""
        return self.model_dump(mode="json", by_alias=True)


# Names for the parametrised spans of each group (one Span type; these are only aliases).
Entity = Span[EntityAttrs]
Place = Span[PlaceAttrs]
DateMention = Span[DateAttrs]
Assertion = Span[AssertionAttrs]
Technique = Span[TechniqueAttrs]
Quotation = Span[QuoteAttrs]
Paragraph = Span[ParagraphAttrs]
Caption = Span[CaptionAttrs]


def json_spans(doc: dict[str, Any], group: str) -> list[dict[str, Any]]:
    """The spans of ``group`` in an analysis JSON document, each with its ``attrs`` merged in.

    For readers of the JSON (store, export, web): ``{start, end, label, score, text, **attrs}``.
    doc (dict): an analysis document (``Analysis.to_dict()``).
    group (str): a :class:`SpanGroups` field ("places", "entities", …).
    RETURNS (list[dict]): in the group's order (indices match the document's).
    """
    spans = (doc.get("spans") or {}).get(group) or []
    return [{**{k: v for k, v in s.items() if k != "attrs"}, **(s.get("attrs") or {})} for s in spans]
