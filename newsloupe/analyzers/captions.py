"""Captions: each picture caption's language, entities, places and dates, and how it relates to the story.

``relation`` is one of:

- ``unrelated``: the caption shares no entity, place or topic with the body
  (a caption about a Washington rally on a story about Iraq);
- ``file_photo``: the topic matches but the place or the date differs (a
  2017 photo of Mosul on a 2019 story about Fallujah), or the caption says
  it is an archive picture, or all it shares is one name the body repeats,
  no person and no place (the league's name on a stock photo of another game);
- ``related``: otherwise.

The topic is measured by what caption and body share (entities, places, the
countries of non-metonymic places) plus a multilingual sentence-embedding
similarity between the caption and the title + lead (Universal Sentence
Encoder, numpy-only, loaded once on first use). ``reasons`` say which
evidence decided. The direction checks of :mod:`newsloupe.geo.checks` run here
too, over captions and body (``geo_checks``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from datetime import date
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from newsloupe.analyzers import analyzer
from newsloupe.analyzers.dates import date_ahead
from newsloupe.analyzers.entities import fold
from newsloupe.geo.checks import direction_checks
from newsloupe.lang import SUPPORTED_LANGUAGES, load_common, load_data
from newsloupe.nlp.encoder import get_encoder

if TYPE_CHECKING:
    from newsloupe.model import Analysis, Caption, Entity
    from newsloupe.nlp import Parsed

_BODY_ROLES = ("title", "body")


def similarity(a: str, b: str) -> float | None:
    """Cosine similarity of two short texts in any of the encoder's 16 languages; None without the encoder."""
    enc = get_encoder()
    if enc is None or not a.strip() or not b.strip():
        return None
    return enc.similarity(a, b)


def _language(text: str) -> str | None:
    from newsloupe.ingest.language import classify

    lang, _ = classify(text, restricted=True)
    return lang if lang in SUPPORTED_LANGUAGES else None


def _credit_bounds(cap: Caption) -> tuple[int, int]:
    """Where the caption's own words lie in its text: (start, end) offsets, its credit left out ("(AFP photo)" at
    the end, "© Ann Lee" at the start)."""
    text = cap.text
    lo, hi = 0, len(text)
    if cap.attrs.credit:
        head = text.find(cap.attrs.credit)
        # only after "©" (a leading credit's one form): "Reuters journalists wait …" opens with its own words
        if head >= 0 and text.lstrip().startswith("©") and not text[:head].strip(" ©(\u00a0"):
            lo = head + len(cap.attrs.credit)  # "© Ann Lee Firemen at work…": the credit written first
        else:
            idx = text.rfind(cap.attrs.credit)
            if idx > 0:
                hi = idx
    while lo < hi and text[lo] in " ©)/-–—|:\u00a0":
        lo += 1
    body = text[lo:hi].rstrip(" ©(/-–—|:").removesuffix("Photo").removesuffix("photo").rstrip(" ©(/-–—|:")
    return lo, lo + len(body)


def _strip_credit(cap: Caption) -> str:
    """The caption without its credit ("(AFP photo)", "©Reuters", "© Ann Lee" written first)."""
    lo, hi = _credit_bounds(cap)
    return cap.text[lo:hi]


_NAME_WORD = re.compile(r"[\w’'-]+")


def _title_phrases(title: str, caption: str, stop: frozenset[str]) -> list[str]:
    """Runs of two or more words of the title that the caption writes too, none of them a function word, one
    of four letters or more ("bubonic plague", "Doobie Brothers"): the story's subject named under the picture."""
    pairs = set(pairwise(_NAME_WORD.findall(caption.lower())))
    out: list[str] = []
    run: list[str] = []
    for a, b in pairwise([*_NAME_WORD.findall(title.lower()), "", ""]):
        ok = (a, b) in pairs and a not in stop and b not in stop and max(len(a), len(b)) >= 4 and not a.isdigit()
        if ok:
            run = run or [a]
            run.append(b)
        elif run:
            out.append(" ".join(run))
            run = []
    return list(dict.fromkeys(out))


@cache
def _function_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of a language (function words), lower-cased; empty when it has none."""
    try:
        from spacy.util import get_lang_class

        return frozenset(w.lower() for w in get_lang_class(lang).Defaults.stop_words)
    except (ImportError, KeyError, AttributeError):
        return frozenset()


@cache
def _weekdays() -> frozenset[str]:
    """The weekday names of every supported language, lower-cased."""
    return frozenset(
        w.lower() for lang in SUPPORTED_LANGUAGES for w in (load_data(lang, "dates") or {}).get("weekdays", {})
    )


def _words(text: str) -> set[str]:
    return {w.strip(",.").lower() for w in text.split()}


class _Body:
    """What the title and body of an article hold, for comparison with a caption."""

    def __init__(self, analysis: Analysis, lead_chars: int, parsed: Parsed | None = None) -> None:
        spans = [(p.start, p.end) for p in analysis.paragraphs if p.label in _BODY_ROLES]
        if not spans:
            caps = [(c.start, c.end) for c in analysis.captions]
            spans = [(0, len(analysis.text))] if not caps else []
            pos = 0
            for s, e in sorted(caps):
                spans.append((pos, s))
                pos = e
            spans.append((pos, len(analysis.text)))

        # The spans are disjoint: the one holding a start, if any, is the last one starting at or
        # before it (by bisection: a text of thousands of lines has thousands of captions).
        live = sorted((s, e) for s, e in spans if e > s)
        starts = [s for s, _ in live]

        def inside(start: int) -> bool:
            i = bisect.bisect_right(starts, start) - 1
            return i >= 0 and start < live[i][1]

        self.mentions = Counter(
            fold(_canonical(e)) for e in analysis.spans.entities if e.label != "LOC" and inside(e.start)
        )
        # the names of the body's people and bodies as written ("Doobie Brothers"), to find them in a caption NER
        # cut otherwise ("Ann Lee Doobie Brothers" read as one person)
        # (people and organisations only, none a place's name: places are compared as places)
        place_names = {fold(analysis.text[p.start : p.end]) for p in analysis.spans.places}
        self.names = {
            e.text: (_canonical(e), e.label)
            for e in analysis.spans.entities
            if e.label in ("PER", "ORG")
            and inside(e.start)
            and len(e.text) >= 4
            and e.text[:1].isupper()
            and fold(e.text) not in place_names
        }
        title = next((p for p in analysis.paragraphs if p.label == "title"), None)
        self.title = analysis.text[title.start : title.end] if title is not None else ""
        # the people and bodies the title names: one alone is the story's subject ("The Velmora Quartet tour …")
        self.title_names = (
            {
                fold(_canonical(e))
                for e in analysis.spans.entities
                if e.label != "LOC" and title.start <= e.start < title.end
            }
            if title is not None
            else set()
        )
        self.language = analysis.language or "en"
        self.entities = set(self.mentions)
        self.surnames = {
            fold(_canonical(e)).split()[-1]
            for e in analysis.spans.entities
            if e.label == "PER" and inside(e.start) and fold(_canonical(e))
        }
        self.places = [p for p in analysis.spans.places if inside(p.start) and not p.attrs.metonymic]
        self.place_keys = {(p.attrs.name, p.attrs.country) for p in self.places if p.attrs.kind != "country"}
        self.areas = {p.attrs.admin1_code for p in self.places if p.attrs.kind == "region"} - {None}
        self.countries = Counter(p.attrs.country for p in self.places if p.attrs.country)
        texts, size = [], 0
        for s, e in spans:
            if size >= lead_chars:
                break
            texts.append(analysis.text[s:e])
            size += e - s
        self.lead = " ".join(texts)[: lead_chars * 2]
        self.published = _parse(analysis.published)
        # with no publication date, the latest day the body writes with a weekday that fits (the story's own
        # days: « vendredi 25 janvier ») is a lower bound of it: a photo dated long before is a file photo; a day
        # in a future clause (« le scrutin aura lieu vendredi 25 janvier ») is no such bound (dates' date_ahead)
        self.story_day = max(
            (
                day
                for d in analysis.spans.dates
                if inside(d.start)
                and d.attrs
                and d.attrs.resolution == "day"
                and (d.attrs.year_from == "weekday" or (d.attrs.year_from is None and _weekdays() & _words(d.text)))
                and not (d.attrs.note or "").startswith("the weekday written does not match")
                and (day := _parse(d.attrs.value))
                and not (parsed is not None and date_ahead(parsed, analysis, d.start, d.end))
            ),
            default=None,
        )
        self._analysis = analysis
        self._indexes: dict[str, _Within] = {}

    def index(self, name: str) -> _Within:
        """The spans of group ``analysis.spans.<name>`` lying within a span, found by bisection."""
        if name not in self._indexes:
            self._indexes[name] = _Within(getattr(self._analysis.spans, name))
        return self._indexes[name]


class _Within:
    """``[f for f in findings if lo <= f.start and f.end <= hi]`` (in their order), by bisection."""

    def __init__(self, findings: list[Any]) -> None:
        self.findings = findings
        self.order = sorted(range(len(findings)), key=lambda i: findings[i].start)
        self.starts = [findings[i].start for i in self.order]

    def __call__(self, lo: int, hi: int) -> list[Any]:
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        return [self.findings[i] for i in sorted(i for i in self.order[a:b] if self.findings[i].end <= hi)]


def _parse(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _canonical(e: Entity) -> str:
    return e.attrs.canonical if e.attrs is not None else e.text


def credit_only(text: str, cfg: dict[str, Any]) -> bool:
    """Whether a caption is only a credit: a credit word, then a name ("Image via Getty Images", "Photo by A. Lee",
    "Image Source: X / Y"), not a sentence ("Photo: firemen at work")."""
    m = re.match(cfg["credit_only"], text.strip())
    joins = set(cfg["credit_joins"])
    return m is not None and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in joins for w in m["rest"].split()
    )


def _relation(cap: Caption, analysis: Analysis, body: _Body, cfg: dict[str, Any]) -> dict[str, Any]:
    start, end = cap.start, cap.end
    if credit_only(cap.text, cfg):
        return {  # "Image via Getty Images": a credit, no caption of its own to judge
            "relation": None,
            "reasons": ["a credit line with no caption of its own: no relation to judge"],
            "entities": [],
            "places": [],
            "dates": [],
        }
    lo, hi = _credit_bounds(cap)
    ents = body.index("entities")(start + lo, start + hi)
    places = body.index("places")(start, end)
    dates = body.index("dates")(start, end)
    clean = _strip_credit(cap)
    reasons: list[str] = []
    w = cfg["weights"]

    shared_ents = sorted(
        {
            _canonical(e)
            for e in ents
            if e.label != "LOC"
            and (
                fold(_canonical(e)) in body.entities
                or (
                    e.label == "PER"
                    and fold(_canonical(e)).split()[-1:]
                    and fold(_canonical(e)).split()[-1] in body.surnames
                )
            )
        }
    )
    # a name of the body written in the caption, whatever NER made of it there
    written = {
        canon: label
        for name, (canon, label) in body.names.items()
        if canon not in shared_ents and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", clean)
    }
    shared_ents = sorted({*shared_ents, *written})
    phrases = _title_phrases(body.title, clean, _function_words(body.language)) if body.title else []
    cap_local = [p for p in places if p.attrs.kind != "country"]
    shared_places = sorted({p.attrs.name for p in cap_local if (p.attrs.name, p.attrs.country) in body.place_keys})
    nearby = sorted(
        {p.attrs.name for p in cap_local if p.attrs.name not in shared_places and p.attrs.admin1_code in body.areas}
    )
    shared_countries = sorted({p.attrs.country for p in places if p.attrs.country in body.countries})
    sim = similarity(clean, body.lead)
    score = (
        (sim or 0.0)
        + w["entity"] * bool(shared_ents)
        + w["place"] * bool(shared_places)
        + w["nearby"] * bool(nearby)
        + w["country"] * bool(shared_countries)
        + w.get("title_phrase", 0.0) * bool(phrases and not shared_ents)
    )

    if shared_ents:
        reasons.append(f"shares entities with the body: {', '.join(shared_ents)}")
    if shared_places:
        reasons.append(f"shares places with the body: {', '.join(shared_places)}")
    if nearby:
        reasons.append(f"{', '.join(nearby)} lies in a region the body names")
    if shared_countries:
        reasons.append(f"same country as the body's places: {', '.join(shared_countries)}")
    if phrases:
        reasons.append(f"repeats the title's words: {', '.join(phrases)}")
    if not (shared_ents or shared_places or nearby or shared_countries or phrases):
        reasons.append("shares no entity, place or country with the body")
    if sim is not None:
        reasons.append(f"topic similarity with the title and lead: {sim:.2f}")
    topic = score >= cfg["topic_threshold"]

    cue = next((c for c in cfg["file_photo_cues"] if c.lower() in cap.text.lower()), None)
    differs: list[str] = []
    after: list[str] = []  # a photo dated after publication: noted whatever the relation (no file photo)
    if cap_local and not shared_places:
        names = ", ".join(sorted({p.attrs.name for p in cap_local}))
        body_names = ", ".join(sorted({p.attrs.name for p in body.places if p.attrs.kind != "country"})[:6]) or "none"
        differs.append(f"place differs: {names} not named in the body (body places: {body_names})")
    if body.published:
        for d in dates:
            cap_day = _parse(d.attrs.value) if d.attrs.resolution == "day" else None
            if cap_day and (body.published - cap_day).days > cfg["file_photo_days"]:
                differs.append(
                    f"date differs: {d.attrs.value} is {(body.published - cap_day).days} days before "
                    f"publication ({body.published.isoformat()})"
                )
            elif cap_day and (cap_day - body.published).days > cfg["after_publication_days"]:
                after.append(
                    f"date after publication: {d.attrs.value} is {(cap_day - body.published).days} days after "
                    f"publication ({body.published.isoformat()}{', inferred' if analysis.published_inferred else ''})"
                )
            elif d.attrs.resolution == "year" and d.attrs.value != str(body.published.year):
                differs.append(f"date differs: {d.attrs.value}, published {body.published.year}")
    elif body.story_day:
        for d in dates:
            cap_day = _parse(d.attrs.value) if d.attrs.resolution == "day" else None
            if cap_day and (body.story_day - cap_day).days > cfg["file_photo_days"]:
                differs.append(
                    f"date differs: {d.attrs.value} is {(body.story_day - cap_day).days} days before "
                    f"{body.story_day.isoformat()}, the latest day of the story the body writes (no publication date)"
                )
    if cue:
        differs.append(f"the caption says {cue!r}")
    # One shared name, no person, no place, and the body repeats it: the topic's generic word ("NFL" on a
    # stock photo of another game), not a particular of this story: a generic picture, not a related one.
    shared_people = {_canonical(e) for e in ents if e.label == "PER" and _canonical(e) in shared_ents}
    shared_people |= {canon for canon, label in written.items() if label == "PER"}  # a person NER cut (review 46a)
    if (
        len(shared_ents) == 1
        and not (shared_people or shared_places or nearby)
        and body.mentions[fold(shared_ents[0])] >= cfg["generic_name_mentions"]
        # (unless it is the one name the title gives: the band's photo on a story about the band)
        and body.title_names != {fold(shared_ents[0])}
    ):
        differs.append(
            f"shares only {shared_ents[0]}, a name the body repeats, with no person or place of its story: "
            "a generic picture of the topic"
        )

    if not topic and not (cue and score >= cfg["topic_threshold"] * 0.6):
        relation = "unrelated"
        reasons.append(f"topic score {score:.2f} below {cfg['topic_threshold']}")
    elif differs:
        relation = "file_photo"
        reasons.extend(differs)
    else:
        relation = "related"
    reasons.extend(after)
    return {
        "relation": relation,
        "reasons": reasons,
        "entities": list(dict.fromkeys(_canonical(e) for e in ents)),
        "places": list(dict.fromkeys(p.attrs.name for p in places)),
        "dates": list(dict.fromkeys(d.attrs.value for d in dates if d.attrs.value)),
    }


def check_captions(analysis: Analysis, parsed: Parsed | None = None) -> list[Caption]:
    """Each caption of ``analysis`` with language, entities, places, dates, relation and reasons.

    analysis (Analysis): with entities, places, dates and ``published`` set.
    parsed (Parsed | None): the parse, to leave the body's days in a future clause out of the story's days.
    RETURNS (list[Caption]): updated copies, in order.
    """
    cfg = load_common("caption_checks")
    body = _Body(analysis, cfg.get("lead_chars", 400), parsed)
    out = []
    for cap in analysis.captions:
        update = _relation(cap, analysis, body, cfg)
        if cap.attrs.language is None:
            update["language"] = _language(_strip_credit(cap))
        out.append(cap.model_copy(update={"attrs": cap.attrs.model_copy(update=update)}))
    return out


@analyzer("captions", "10", requires=("entities", "places", "dates"), assigns=("captions", "geo_checks"))
def captions(parsed: Parsed, analysis: Analysis) -> dict[str, Any]:
    """Caption language, contents and relation to the story; geographic consistency checks."""
    return {"captions": check_captions(analysis, parsed), "geo_checks": direction_checks(analysis)}
