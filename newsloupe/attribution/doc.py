"""The attribution package's working document type (:class:`AttributionDoc`)."""

from __future__ import annotations

import bisect
import unicodedata
from operator import itemgetter
from typing import TYPE_CHECKING

from newsloupe.attribution.quotes import find_quotes
from newsloupe.nlp.tokens import morph_values, sentence_bounds, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsloupe.attribution.lexicon import Lexicon

DASHES = ("\u2015", "\u2014", "\u2013", "-", "--")  # a dateline's, or a signature's ("― Name")
# what may end a sentence: its marks, closing quotation marks and brackets, a colon
_SENT_MARKS = set(".!?…:;)]»\"\u201d'")
_OPENERS = {"\u00ab", "\u201c", "\u2014", "\u2013", "-", "("}
_FIRST = itemgetter(0)
_PUNCT_TRIM = set(".,;:!?…—–-()[]/\u00a0 ") | {"\u00bb", "\u00ab", '"', "\u201c", "\u201d", "''", "``"}


def _shows(tok: str) -> bool:
    """Whether a token shows anything: not only spaces and format marks (U+200F, U+200B, U+FEFF)."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in tok)


class AttributionDoc:
    """The attribution package's working document: one article's parse as per-token arrays.

    Built once per article by :func:`~newsloupe.attribution.rules.find_attributions` and read by
    the rules, the speaker resolution, the hedges, the source types and the learned cue model.

    doc (Doc): the spaCy parse of the whole article.
    lex (Lexicon): the language's cue lexicon.
    text (str | None): the article text when known (``Doc.text`` joins every token).
    """

    def __init__(self, doc: Doc, lex: Lexicon, text: str | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text if text is None else text  # (Doc.text joins every token: pass it when known)
        n = len(doc)
        self.n = n
        # the token fields come from one doc.to_array (no Token objects), shared with other analyzers
        every = find_quotes(self.text, nested=True)
        self.quotes = quotes = [q for q in every if q.depth == 0]
        self.nested_quotes = [q for q in every if q.depth > 0]  # quotations inside quotations
        self.in_quote = [-1] * n  # token -> quote index (tokens inside a quotation, marks included)
        self.para = [0] * n  # paragraph number of each token (a token holding a blank line ends one)
        tt = token_table(doc)
        self.low, self.lem, self.pos, self.dep, self.space = tt.low, tt.lem, tt.pos, tt.dep, tt.space
        self.tok = tt.tok  # token texts
        self.idx = idxs = tt.idx  # token start offsets
        self.head, self.kids = tt.head, tt.kids  # syntactic head and children (indices)
        self.tokens = tt
        self.media_memo: dict[str, bool] = {}  # text of a mention -> whether it names an outlet (source_types)
        self.morphs: dict[int, dict[str, str]] = {}  # hash of a token's features -> them (:meth:`morph`)
        if lex.misread_agent_deps:
            self.dep = self._agents_read(tt.dep)
        # the lemmas a cue is looked up by: a verb the lemmatizer left as written read off its ending (the
        # learned model's features keep the parser's lemmas)
        self.relemmatized: set[int] = set()
        self.cue_lem = self._verbs_as_infinitives(tt.lem) if lex.form_endings else self.lem
        qi, p = 0, 0
        visible = False  # whether the paragraph so far shows anything (a line of only U+200F is none)
        in_quote, para, space, tok, nq = self.in_quote, self.para, tt.space, tt.tok, len(quotes)
        for i, idx in enumerate(idxs):
            while qi < nq and quotes[qi].end <= idx:
                qi += 1
            if qi < nq and quotes[qi].start <= idx < quotes[qi].end:
                in_quote[i] = qi
            para[i] = p
            if space[i] and "\n" in tok[i]:
                p += visible
                visible = False
            elif not visible:
                visible = _shows(tok[i])
        self.sent_start = [0] * n
        self.sent_end = [0] * n  # exclusive
        # head token -> tokens [a, b) of a bare noun phrase the parse cut in pieces, read as one mention
        self.bare_np: dict[int, tuple[int, int]] = {}
        self.impersonal: set[int] = set()  # cue tokens whose subject is an impersonal "il": no source to look for
        sents = [(a, b) for a, b, _, _ in sentence_bounds(doc)]
        if lex.join_unmarked_sentences:
            sents = self._joined(sents)
        for a, b in sents:
            self.sent_start[a:b] = [a] * (b - a)
            self.sent_end[a:b] = [b] * (b - a)

    def _agents_read(self, dep: list[str]) -> list[str]:
        """The dependency labels, with a passive participle's "par X" the parser labelled a modifier ("la date
        est contestée notamment par X", "un projet voulu par X") read as its agent (``lex.misread_agent_deps``;
        a copy: the token table is shared)."""
        lex, out = self.lex, None
        label = next(iter(sorted(lex.dep("agent"))), None)
        if label is None:
            return dep
        for c in range(self.n):
            h = self.head[c]
            if dep[c] not in lex.misread_agent_deps or h >= c or self.pos[c] not in ("NOUN", "PROPN", "PRON"):
                continue
            if self.lem[c] in lex.misread_agent_not_nouns or self.has_morph(c, "PronType", "Rel"):
                continue
            if not any(
                g < c and dep[g] in lex.dep("case") and self.low[g] in lex.misread_agent_cases for g in self.kids[c]
            ):
                continue
            if self.pos[h] not in ("VERB", "ADJ") or not self.has_morph(h, "VerbForm", "Part"):
                continue
            if not self.has_morph(h, "Tense", "Past") or any(dep[g] in lex.dep("agent") for g in self.kids[h]):
                continue
            passive = any(dep[g] in lex.dep("passive_aux") for g in self.kids[h])
            bare = dep[h] in ("acl", "conj", "advcl") and not any(dep[g].startswith("aux") for g in self.kids[h])
            if passive or bare:
                out = list(dep) if out is None else out
                out[c] = label
        return dep if out is None else out

    def _verbs_as_infinitives(self, lem: list[str]) -> list[str]:
        """The lemmas, with a listed cue verb the lemmatizer left as written ("demande" for "demander")
        read as its infinitive by ``lex.form_endings`` (a copy: the token table is shared)."""
        lex, out = self.lex, None
        for i, form in enumerate(self.low):
            if self.pos[i] != "VERB" or lem[i] != form or form in lex.verbs or form in lex.adjectives:
                continue
            if not any(self.dep[c] in lex.dep("clausal") or self._asks_if(c) for c in self.kids[i] if c > i):
                continue  # only a verb that governs a clause after it ("demande si …", "montre que …") is no noun
            for end, inf in sorted(lex.form_endings.items(), key=lambda e: -len(e[0])):
                cand = form[: len(form) - len(end)] + inf
                if form.endswith(end) and len(form) > len(end) + 2 and cand in lex.verbs:
                    out = out or list(lem)
                    out[i] = cand
                    self.relemmatized.add(i)
                    break
        return out or lem

    def _asks_if(self, c: int) -> bool:
        """Token ``c`` heads an adverbial clause opened by a question mark ("si")."""
        lex = self.lex
        return self.dep[c] == "advcl" and any(
            self.dep[g] in lex.dep("mark") and self.low[g] in lex.question_marks for g in self.kids[c]
        )

    def _joined(self, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The parse's sentences with those it cut where no mark ends one joined again ("la frontière polono-
        ukrainienne cessera …" cut at the hyphen): a sentence goes on unless its last visible token ends a
        sentence (". ! ? …", a closing quotation or bracket, a colon) or a line break follows it."""
        out: list[tuple[int, int]] = []
        for a, b in sents:
            if out:
                pa, pb = out[-1]
                k = pb - 1
                brk = False
                while k >= pa and (self.space[k] or not _shows(self.tok[k]) or self.tok[k] in _OPENERS):
                    brk = brk or "\n" in self.tok[k]
                    k -= 1  # (past an opening quotation mark or dash the parse left at the end)
                m = a
                while m < b and (self.space[m] or not _shows(self.tok[m])):
                    brk = brk or "\n" in self.tok[m]
                    m += 1
                last = self.tok[k] if k >= pa else "."
                if not brk and last[-1:] not in _SENT_MARKS and self.para[pa] == self.para[min(b, self.n) - 1]:
                    out[-1] = (pa, b)
                    continue
            out.append((a, b))
        return out

    # -- spans -------------------------------------------------------------

    def char_span(self, a: int, b: int) -> tuple[int, int] | None:
        """Characters of tokens [a, b), trimmed of punctuation and spaces at both ends."""
        while a < b and (self.space[a] or self.tok[a] in _PUNCT_TRIM):
            a += 1
        while b > a and (self.space[b - 1] or self.tok[b - 1] in _PUNCT_TRIM):
            b -= 1
        if b <= a:
            return None
        return self.idx[a], self.idx[b - 1] + len(self.tok[b - 1])

    def bracket_closed(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` with the closing bracket right after it when it opens one it does not close ("les hauts
        fonctionnaires (républicains)": the trimming of a mention's edges took it off)."""
        inner = self.text[span[0] : span[1]]
        if self.text[span[1] : span[1] + 1] == ")" and inner.count("(") > inner.count(")"):
            return span[0], span[1] + 1
        return span

    def token_at_char(self, char: int) -> int:
        """The token whose characters or trailing whitespace hold offset ``char``, -1 when none (spaCy's
        ``token_by_char``: tokens tile the text, token ``i`` running to where token ``i + 1`` starts)."""
        i = bisect.bisect_right(self.idx, char) - 1
        if i < 0:
            return -1
        if i + 1 < self.n:
            return i if char < self.idx[i + 1] else -1
        last = self.doc[i]
        return i if char < last.idx + len(last.text_with_ws) else -1

    def expanded(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens [a, b) of ``doc.char_span(start, end, alignment_mode="expand")``, None where it gives None,
        read off the token offsets with no ``Span`` made (a range spaCy refuses goes through spaCy, which raises)."""
        a = self.token_at_char(start)
        if a < 0:
            return None
        b = self.token_at_char(end - 1)
        if b < 0:
            return None
        if start == self.idx[a] + len(self.tok[a]):  # (in the first token's trailing whitespace: the next one)
            a += 1
        b += 1
        if a > b:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else (span.start, span.end)
        return a, b

    def skip_space(self, i: int, step: int = 1) -> int:
        """The first token from ``i`` on (``step`` 1) or back (``step`` -1) that is no whitespace:
        -1 or ``n`` past the text's edge."""
        n, space = self.n, self.space
        while 0 <= i < n and space[i]:
            i += step
        return i

    def word_end(self, i: int) -> int:
        """Token ``i``, or the last token of the word it starts when the tokenizer split a hyphenated word
        ("co-chair", "ex-wife" cut at the hyphen): a mention ends with its whole last word."""
        tok, idx, in_quote = self.tok, self.idx, self.in_quote
        while (
            i + 2 < self.n
            and tok[i + 1] == "-"
            and idx[i] + len(tok[i]) == idx[i + 1]
            and idx[i + 1] + 1 == idx[i + 2]
            and tok[i + 2].isalpha()
            and in_quote[i + 2] == in_quote[i]
        ):
            i += 2
        return i

    def word_start(self, a: int) -> int:
        """Token ``a``, or the first token of the word it ends when the tokenizer split a hyphenated word
        ("sociaux-démocrates", "celles-là" cut at the hyphen): a mention starts with its whole first word."""
        tok, idx, in_quote = self.tok, self.idx, self.in_quote
        while (
            a >= 2
            and tok[a - 1] == "-"
            and idx[a - 2] + len(tok[a - 2]) == idx[a - 1]
            and idx[a - 1] + 1 == idx[a]
            and tok[a - 2].isalpha()
            and in_quote[a - 2] == in_quote[a]
        ):
            a -= 2
        return a

    def after_dateline(self, a: int, head: int) -> int:
        """Where a mention [a, …) headed by token ``head`` starts once a dateline the parse hung on it is left
        out ("NORTHCOTE - A coalition of …" -> "A coalition of …")."""
        for k in range(a + 1, head):
            if self.tok[k] in DASHES and all(self.tok[x].isupper() or not self.tok[x].isalpha() for x in range(a, k)):
                return k + 1
        return a

    def joined_by_conjunction(self, a: int, b: int) -> bool:
        """Whether the words of tokens [a, b) are a coordinating conjunction and determiners only ("et", "et la"):
        what stands between two coordinated mentions ("Lucien Varda et la ligue", "la mairie et Hélène Marchal")."""
        between = [k for k in range(a, b) if not self.space[k]]
        return (
            bool(between) and self.pos[between[0]] == "CCONJ" and all(self.pos[k] in ("CCONJ", "DET") for k in between)
        )

    def strip_mark(self, a: int, b: int) -> int:
        """Skip leading complementisers the language leaves out of content ("que")."""
        strip = self.lex.strip_leading
        while a < b and (
            self.space[a]
            or (
                self.low[a] in strip
                and self.dep[a] in self.lex.dep("mark") | {"mark", "case", "advmod", "obj", "fixed"}
            )
        ):
            a += 1
        return a

    def quote_content(self, qi: int) -> tuple[int, int]:
        """Characters of quotation ``qi``'s content (its marks included when the language says so)."""
        q = self.quotes[qi]
        if self.lex.quote_marks_in_content:
            return q.start, q.end
        return q.inner_start, q.inner_end

    def morph(self, i: int) -> dict[str, str]:
        """Token ``i``'s morphological features (``{"VerbForm": "Fin", …}``, several values joined by "|")."""
        h = self.tokens.morph[i]
        v = self.morphs.get(h)
        if v is None:
            v = self.morphs[h] = morph_values(self.doc, h)
        return v

    def clause_start(self, head: int, lo: int, hi: int) -> int:
        """Where the first clause with a finite verb in ``[lo, hi)`` starts: the first word of that verb's clause
        ("que", "qui", "selon lesquelles") when it is not before ``lo``, else the verb; ``hi`` when there is none
        or when ``head`` is no noun (a pronoun or a clitic heading a broken parse: « C'est … »).
        A speaker's description headed by noun ``head`` runs to there at most (``speakers._description``): it
        never takes in a clause (its own cue, its content) that the parse hung under it."""
        if self.pos[head] not in ("NOUN", "PROPN"):
            return hi
        for i in range(lo, hi):
            if not self.has_morph(i, "VerbForm", "Fin") or (
                self.tok[i][:1].isupper() and not self.doc[i].is_sent_start
            ):
                continue  # (a capital inside a sentence: a name the tagger took for a verb, "Reçep")
            verb = self.doc[i]
            clause = verb.head if verb.dep_ in self.lex.dep("aux") else verb
            start = min(clause.left_edge.i, i)
            return start if start >= lo else i
        return hi

    def question_sentence(self, i: int) -> bool:
        """Whether the parse's sentence holding token ``i`` (``doc[i].sent``, not joined as ``sent_start`` may be)
        ends with a question mark once trailing whitespace is left out: ``doc[i].sent.text.rstrip().endswith("?")``
        read off the token texts, with no ``Span`` nor ``Token`` made."""
        bounds = sentence_bounds(self.doc)
        a, b = bounds[bisect.bisect_right(bounds, i, key=_FIRST) - 1][:2]
        tok = self.tok
        for k in range(b - 1, a - 1, -1):
            s = tok[k].rstrip()
            if s:
                return s[-1] == "?"
        return False

    def has_morph(self, i: int, feature: str, value: str) -> bool:
        """Whether token ``i`` has ``value`` among its values of ``feature`` (``value in token.morph.get(feature)``)."""
        return value in self.morph(i).get(feature, "").split("|")

    def plural(self, i: int) -> bool:
        """Whether token ``i`` is plural: by its morphology, or its tag in English's parser ("NNS", "NNPS")."""
        return self.has_morph(i, "Number", "Plur") or self.doc[i].tag_ in ("NNS", "NNPS")

    def finite_verb(self, i: int) -> bool:
        """Whether token ``i`` is a finite verb or auxiliary."""
        return self.pos[i] in ("VERB", "AUX") and self.has_morph(i, "VerbForm", "Fin")

    def children(self, i: int, deps: frozenset[str]) -> list[Token]:
        """The children of token ``i`` whose dependency label is in ``deps``."""
        return [c for c in self.doc[i].children if c.dep_ in deps]
