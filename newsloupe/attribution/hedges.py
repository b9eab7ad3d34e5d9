"""Distance and uncertainty marks on an attribution.

An attribution is hedged when its cue keeps the content at a distance
("selon", "à en croire", "according to", "prétend", "claimed"), when French
reports it in the conditional ("les militaires auraient circulé", "il aurait
déclaré"; spaCy's ``Mood=Cnd``, or the verb's form where spaCy reads an
imperfect: "roulerait"), or when a hedge word stands in its content or
next to its cue ("présumé", "allegedly", "reportedly", "sans preuve").

The French conditional is a hedge only where it is not a hypothetical ("si …")
and not a future seen from the past ("il a dit qu'il viendrait"): a compound
conditional ("auraient circulé"), a conditional cue, or a conditional after a
present-tense cue or a phrase cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.rules import Found


def _cnd(d: AttributionDoc, tok: Token) -> bool:
    """Whether ``tok`` is a conditional. Where the language lists the conditional's endings, by its form: a stem in
    "r" before one of them that is not the imperfect's stem ("roulerait": "rouler", not "roul" of "roulait"),
    tagged conditional or imperfect (the tagger reads many conditionals of regular verbs as imperfects, and tags
    some presents and imperfects conditional: « veulent », « espérait »). Elsewhere by the tag alone."""
    i = tok.i  # (its features read from the doc's table: no MorphAnalysis made)
    tagged = d.has_morph(i, "Mood", "Cnd")
    endings = d.lex.conditional_endings
    if not endings:
        return tagged
    if not d.has_morph(i, "VerbForm", "Fin") or not (tagged or d.has_morph(i, "Tense", "Imp")):
        return False
    low, lem = tok.lower_, tok.lemma_.lower()
    for e in endings:
        if low.endswith(e):
            stem = low[: -len(e)]
            if not stem.endswith("r"):
                return False
            # an imperfect of a verb in -rer or -rir (« déclarait », « courait »); a lemma the tagger left as the
            # form tells nothing
            return stem != lem[:-2] and (tagged or lem != low)
    return False


def _verb_group(d: AttributionDoc, tok: Token) -> list[Token]:
    return [tok] + [c for c in tok.children if c.dep_ in d.lex.dep("aux")]


def _conditional(d: AttributionDoc, tok: Token) -> Token | None:
    """The conditional-mood word of a verb group, if any."""
    for t in _verb_group(d, tok):
        if _cnd(d, t):
            return t
    return None


def _blocked(d: AttributionDoc, tok: Token) -> bool:
    """A hypothetical: the clause has an "si"/"if" condition."""
    blockers = d.lex.conditional_blockers
    for c in tok.children:
        if c.dep_ in ("advcl", "mark") and (
            d.low[c.i] in blockers or any(d.low[g.i] in blockers for g in c.children if g.dep_ in d.lex.dep("mark"))
        ):
            return True
    return False


def _present_cue(d: AttributionDoc, tok: Token) -> bool:
    if any(c.dep_ in d.lex.dep("aux") for c in tok.children):
        return False
    return d.has_morph(tok.i, "Tense", "Pres") and d.has_morph(tok.i, "VerbForm", "Fin")


def hedge_cues(
    d: AttributionDoc, f: Found, word_hits: list[tuple[int, int]], others: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Character spans of the words that hedge attribution ``f`` (empty when it is not hedged)."""
    lex = d.lex
    cues: list[tuple[int, int]] = []
    if f.cue is not None and ((f.cue_kind == "phrase" and f.phrase_hedge) or f.cue_hedge):
        cues.append(f.cue)
    head = d.doc[f.head] if f.head is not None else None
    cue_hedged = head is not None and (
        d.lem[head.i] in lex.hedge_verbs or (lex.reported_conditional and _conditional(d, head) is not None)
    )
    if cue_hedged and f.cue_kind in ("verb", "adj") and f.cue is not None:
        cues.append(f.cue)
    if lex.reported_conditional:
        roots: list[Token] = []
        if f.content_root is not None:
            roots.append(d.doc[f.content_root])
        elif f.cue_kind == "phrase" or not f.quote_ids:
            # the clause a phrase cue, an incise or a noun reports ("X aurait refusé, a affirmé Y")
            for a, b in f.content:
                span = d.doc.char_span(a, b, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    # clause roots of the content: verbs whose head lies outside it
                    if t.pos_ in ("VERB", "AUX", "ADJ") and (t.head.i == t.i or not span.start <= t.head.i < span.end):
                        roots.append(t)
        for root in roots:
            c = _conditional(d, root)
            if c is None or _blocked(d, root):
                continue
            # "auraient circulé" (a conditional tense auxiliary), not "serait publié" (a passive)
            compound = (
                c is not root and c.dep_ not in ("aux:pass", "auxpass") and d.has_morph(root.i, "VerbForm", "Part")
            )
            if compound or f.cue_kind == "phrase" or (head is not None and _present_cue(d, head)):
                group = _verb_group(d, root)
                a = min(t.idx for t in group)
                b = max(t.idx + len(t.text) for t in group)
                cues.append((a, b))
    if word_hits:
        lo = hi = None
        if f.cue is not None:
            lo, hi = f.cue[0] - 30, f.cue[1] + 30
        for a, b in word_hits:
            inside = any(x <= a and b <= y for x, y in f.content)
            near = lo is not None and lo <= a and b <= hi and not any(x <= a and b <= y for x, y in others)  # type: ignore[operator]
            if inside or near:
                cues.append((a, b))
    out: list[tuple[int, int]] = []
    for c in sorted(set(cues)):
        if c not in out:
            out.append(c)
    return out


def word_hits(d: AttributionDoc) -> list[tuple[int, int]]:
    """Positions of the language's hedge words in the text (one regex pass)."""
    pat = d.lex.hedge_words
    if pat is None:
        return []
    return [(m.start(), m.end()) for m in pat.finditer(d.text)]
