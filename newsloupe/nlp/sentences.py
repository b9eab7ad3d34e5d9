"""The sentence guard: where a sentence cannot start, said before the parser decides.

``fr_core_news_md`` and ``en_core_web_sm`` take their sentences from the parser, which
sometimes starts one where none ends: inside a hyphenated word (« kilomètres-heure »), before
a lower-case word, inside a quotation, after a title (« M. », "Mr."), at a closing quote. The
guard is a pipeline component placed before the parser; it sets ``token.is_sent_start =
False`` where a sentence cannot start, and the parser keeps these preset non-starts (a
preset start after an end and an opening quote moves a start the parser would put after the
quote). Tokens after a line break are left to the parser (headlines, captions and list items
end without punctuation). The rules are data: ``lang/common/sentences.json`` and each
language's ``sentences.json``. Offsets and tokens do not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsloupe.lang import load_common, load_data

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

GUARD_NAME = "newsloupe_sentence_guard"


@dataclass(frozen=True)
class SentenceRules:
    """The rules of one language (see ``lang/common/sentences.json``)."""

    ends: frozenset[str]
    closing: frozenset[str]
    closers: frozenset[str]
    openers: frozenset[str]
    ambiguous: frozenset[str]
    hyphens: frozenset[str]
    no_start_after: frozenset[str]
    rules: frozenset[str]
    # a token ending a sentence with its period glued to it ("5G."): the next capitalised word starts one
    glued_end: re.Pattern[str] | None = None


@cache
def sentence_rules(lang: str) -> SentenceRules:
    """The sentence rules of ``lang`` (common punctuation and the language's own words)."""
    common = load_common("sentences")
    own = load_data(lang, "sentences")
    return SentenceRules(
        ends=frozenset(common.get("ends", "")),
        closing=frozenset(common.get("closing", "")),
        closers=frozenset(common.get("ends", "") + common.get("closing", "") + common.get("clause", "")),
        openers=frozenset(common.get("openers", "")),
        ambiguous=frozenset(common.get("ambiguous_quotes", [])),
        hyphens=frozenset(common.get("hyphens", "")),
        no_start_after=frozenset(own.get("no_start_after", [])),
        rules=frozenset(common.get("rules", [])),
        glued_end=re.compile(common["glued_end"]) if common.get("glued_end") else None,
    )


@cache
def rules_fingerprint() -> str:
    """A hash of every ``sentences.json`` (common and per language): part of the pipeline version
    (:func:`newsloupe.batch.worker.pipeline_spec`), so a rule change re-parses stored articles."""
    import hashlib
    from importlib import resources

    digest = hashlib.sha1()
    root = resources.files("newsloupe.lang")
    for sub in sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")):
        path = root.joinpath(sub, "sentences.json")
        if path.is_file():
            digest.update(sub.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _made_of(text: str, chars: frozenset[str]) -> bool:
    return bool(text) and all(c in chars for c in text)


def _previous_word(doc: Doc, i: int) -> int:
    """The index of the last token before ``i`` that is not a space (-1 when none)."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j


def no_start_reason(doc: Doc, token: Token, rules: SentenceRules, quotes: list[int] | None = None) -> str | None:
    """Why ``token`` cannot start a sentence (a rule's name), or None when it can. ``quotes``:
    :func:`quote_counts` of ``doc`` (counted here when not given)."""
    if quotes is None:
        quotes = quote_counts(doc, rules)
    i = token.i
    if i == 0 or token.is_space:
        return None
    j = _previous_word(doc, i)
    if j < 0:
        return None
    prev = doc[j]
    between = _gap(doc, j, i)
    if "\n" in between or "\n" in prev.text:
        return None
    word = token.text
    if not between and (prev.text[-1] in rules.hyphens or word[0] in rules.hyphens):
        return "hyphen"
    quote_closes = word in rules.ambiguous and quotes[i] % 2 == 1
    if _made_of(word, rules.closers) or quote_closes:
        return "closer"
    if ends_sentence(doc, j, rules, quotes):
        return None
    if prev.text in rules.no_start_after:
        return "title"
    prev_opens = _made_of(prev.text, rules.openers) or (prev.text in rules.ambiguous and quotes[j] % 2 == 0)
    if prev_opens:
        return "after-opener"
    first = next((c for c in word if c.isalpha()), "")
    if first and first.islower() and word[0].isalpha():
        return "lower"
    if prev.text[-1].isalnum() and word[0].isalnum():
        return "between-words"
    return None


def ends_sentence(doc: Doc, j: int, rules: SentenceRules, quotes: list[int] | None = None) -> bool:
    """Whether token ``j`` ends a sentence: end characters, or a word ending with one (not a
    title), maybe followed by closing quotes and brackets. ``quotes``: :func:`quote_counts` of ``doc``."""
    if quotes is None:
        quotes = quote_counts(doc, rules)
    k = j
    while k >= 0:
        t = doc[k].text
        if t[-1] in rules.ends and t not in rules.no_start_after:
            return True
        closes = _made_of(t, rules.closing) or (t in rules.ambiguous and quotes[k] % 2 == 1)
        if not closes:
            return False
        k -= 1
    return False


def _gap(doc: Doc, j: int, i: int) -> str:
    """The text between tokens ``j`` and ``i`` (spaces; read from the tokens: ``doc.text`` is rebuilt at each call)."""
    return doc[j].whitespace_ + "".join(doc[k].text_with_ws for k in range(j + 1, i))


def quote_counts(doc: Doc, rules: SentenceRules) -> list[int]:
    """For each token, the ambiguous quotes before it in its line (odd: the next one closes), in
    one pass over ``doc``."""
    counts: list[int] = []
    n = 0
    for token in doc:
        counts.append(n)
        if "\n" in token.text_with_ws:
            n = 0
        else:
            n += token.text in rules.ambiguous
    return counts


def guard_sentences(doc: Doc) -> Doc:
    """Set ``is_sent_start = False`` on the tokens where no sentence can start (see the module)."""
    from spacy.attrs import SENT_START

    rules = sentence_rules(doc.lang_)
    quotes = quote_counts(doc, rules)
    # set all at once at the end: spaCy's is_sent_start setter scans the whole doc for a parse at each call
    starts = doc.to_array([SENT_START]).astype("int64")
    for token in doc:
        if not token.i:
            continue
        reason = no_start_reason(doc, token, rules, quotes)
        if reason is None and _after_glued_end(doc, token, rules):
            starts[token.i] = 1
        if reason is None or reason not in rules.rules:
            continue
        starts[token.i] = -1
        if reason == "after-opener":
            # the quote or bracket starts the sentence when a sentence ends before it
            j = _previous_word(doc, token.i)
            k = _previous_word(doc, j)
            if k >= 0 and "\n" not in _gap(doc, k, j) and ends_sentence(doc, k, rules, quotes):
                starts[j] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def _after_glued_end(doc: Doc, token: Token, rules: SentenceRules) -> bool:
    """Whether ``token`` begins with a capital letter right after a token the tokenizer glued a sentence's
    period to ("du réseau 5G. Selon lui": ``glued_end``), on the same line: a sentence starts there."""
    if rules.glued_end is None or not token.text[:1].isupper():
        return False
    j = _previous_word(doc, token.i)
    if j < 0 or "\n" in _gap(doc, j, token.i):
        return False
    prev = doc[j].text
    return prev not in rules.no_start_after and rules.glued_end.match(prev) is not None


def add_guard(nlp: Language) -> None:
    """Place the guard before the parser of ``nlp`` (a trained pipeline); no parser, no guard."""
    from spacy.language import Language

    if GUARD_NAME not in Language.factories:
        Language.component(GUARD_NAME, func=guard_sentences)
    if "parser" in nlp.pipe_names and GUARD_NAME not in nlp.pipe_names:
        nlp.add_pipe(GUARD_NAME, before="parser")
