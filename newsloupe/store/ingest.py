"""Fill a store from sources: each article stored once, near duplicates grouped.

Every input item gets one counted outcome, as in story-indexer: ``new``,
``same-url`` or ``same-content`` (already stored: not stored twice), or the
error's kebab-case reason (recorded in ``ingest_errors``, shown by
``newsloupe errors``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from newsloupe import errors
from newsloupe.errors import NewsloupeError
from newsloupe.ingest import Item, dropped_partial_date
from newsloupe.ingest.feeds import iter_sources
from newsloupe.model import Article
from newsloupe.store.store import Store


@dataclass
class IngestReport:
    """Counts of one ingest: statuses (``new``, ``same-url``…, error reasons) and new near-duplicates."""

    counts: Counter[str] = field(default_factory=Counter)
    near_duplicates: int = 0
    errors: list[NewsloupeError] = field(default_factory=list)
    outlets_set: int = 0  # articles already stored that took ``--outlet`` (they had none)
    outlet_names: set[str] = field(default_factory=set)  # the outlets those took, as stored
    # (source, outlet kept): articles already stored with another outlet, which they keep
    outlets_kept: list[tuple[str, str]] = field(default_factory=list)
    # (source, outlet): articles read that name an outlet of their own other than ``--outlet``, which they keep
    outlets_own: list[tuple[str, str]] = field(default_factory=list)
    # (source, published): new articles whose publication date is after the day they were stored (a date in the
    # future, or a wrong one: said, not silent; the stop-46 user's fault 16)
    future: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """Items that could not be ingested."""
        return len(self.errors)


def guess_language(article: Article) -> str | None:
    """The language column before any run, for search filters: the run's own identification
    (:func:`newsloupe.ingest.language.identify`, so ``search`` and ``run`` say the same; a text the run
    refuses as clearly Spanish is filed under ``es``); a record's ``language`` wins. The stored
    article keeps what its input said."""
    if article.language:
        return article.language
    from newsloupe.ingest.language import identify

    try:
        lang, _how, refused = identify(article)
    except Exception:  # identification is a convenience here; the run decides
        return None
    return refused or lang


def published_future(published: str | None, today: str | None = None) -> bool:
    """Whether an ISO publication date (or datetime) falls after ``today`` (UTC, ``YYYY-MM-DD``; default the
    current day) by more than a day (a time zone ahead of UTC is no future); a year or a month alone ("2099",
    "2099-03") when it begins after tomorrow's year or month."""
    if not published:
        return False
    partial = re.fullmatch(r"\d{4}(-\d{2})?", published) is not None
    if len(published) < 10 and not partial:
        return False
    limit = today or datetime.now(UTC).date().isoformat()
    try:
        limit = (datetime.fromisoformat(limit) + timedelta(days=1)).date().isoformat()
    except ValueError:
        return False
    if partial:
        return published > limit[: len(published)]
    return published[:10] > limit


def ingest(
    store: Store,
    sources: Iterable[str],
    *,
    fetch_links: bool = False,
    allow_private: bool = False,
    near_duplicates: bool = True,
    on_item: Callable[[Item, str], None] | None = None,
    lang: str | None = None,
    outlet: str | None = None,
) -> IngestReport:
    """Read ``sources`` and store every new article.

    store (Store): the target store.
    sources: folders, files (txt, html, json/jsonl/csv, WARC, RSS/Atom), ``-`` or URLs.
    fetch_links (bool): download feed entries that hold only a teaser.
    near_duplicates (bool): group near duplicates with MinHash (a little slower).
    on_item: called with each item and its status (for progress and error lines).
    lang (str | None): the language of every article read (as ``analyze --lang``: the run does not
        detect it; a reduced-analysis language such as ``es`` too); an article already stored gets it
        as well (``run --retry-errors`` analyses again one that failed on its language).
    outlet (str | None): the outlet of every article read that names none itself (a folder of .txt files of one
        outlet); a record's or a page's own outlet wins; an article already stored without an outlet gets it
        (``outlets_set``), one stored with another keeps its own (``outlets_kept``: said, not silent).
    RETURNS (IngestReport): counts per status; ``future`` the new articles published after today.
    """
    report = IngestReport()
    index = store.near_duplicates() if near_duplicates else None
    for item in iter_sources(sources, fetch_links=fetch_links, allow_private=allow_private):
        err: NewsloupeError | None = None
        if item.article is None:
            err = item.error or NewsloupeError("no article", input=item.source)
        else:
            art = item.article if item.article.input else item.article.model_copy(update={"input": item.source})
            if lang:
                art = art.model_copy(update={"language": lang, "language_source": "given"})
            if outlet and not art.outlet:
                art = art.model_copy(update={"outlet": outlet})
            try:
                added = store.add_article(art, near=index, language=guess_language(art))
                if lang and added.status != "new":
                    store.set_language(added.id, lang)
                if outlet and added.status == "new" and art.outlet and art.outlet.casefold() != outlet.casefold():
                    report.outlets_own.append((item.source, art.outlet))  # said, not silent (the stop-48 user)
                if outlet and added.status != "new" and added.id is not None:
                    done, name = store.set_outlet(added.id, art.outlet or outlet)
                    if done == "set":  # (not "same": an article that had this outlet already is no change)
                        report.outlets_set += 1
                        report.outlet_names.add(name or outlet)
                    elif done == "kept":
                        report.outlets_kept.append((item.source, name or ""))
            except Exception as exc:  # a bug costs this article, not the ingest
                err = errors.internal(exc, input=item.source, stage="storing")
            else:
                status = added.status
                if added.status == "new" and added.dup_group is not None:
                    report.near_duplicates += 1
                if added.status == "new":
                    # (a year or a month alone, "2099-03", is dropped from the record but still said)
                    given = art.published or dropped_partial_date(art.notes)
                    if published_future(given):
                        report.future.append((item.source, str(given)))
        if err is not None:
            store.record_ingest_error(item.source, err)
            report.errors.append(err)
            status = err.reason
            item = Item(item.source, error=err)
        report.counts[status] += 1
        if on_item:
            on_item(item, status)
    return report
