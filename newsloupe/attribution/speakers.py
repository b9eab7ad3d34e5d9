"""Who a source is: pronouns, roles and short names resolved to the fullest mention.

A light coreference for sources only, in text order:

* a person's mentions share the fullest name written for them ("Mosleh" ->
  "Qassem Mosleh"), taken from ``analysis.entities`` when the entities
  analyzer ran, else from the parse's own named entities;
* roles come from appositions and titles ("le commandant des Hachd …, Qassem
  Mosleh", "le général de brigade Yahya Rassoul", "spokeswoman Melezia
  Figueroa"), so "le commandant irakien" later names Qassem Mosleh;
* a pronoun ("il", "-t-il", "he", "they") takes the speaker of the closest
  earlier attribution that agrees with it, or the last person named;
* a definite description ("cette source de sécurité", "the spokesman") takes
  the earlier source with the same head noun.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsloupe.attribution.lexicon import norm
from newsloupe.attribution.source_types import classify, is_media

if TYPE_CHECKING:
    from newsloupe.attribution.rules import Found, _Doc

_PER = ("PER", "PERSON")
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


@dataclass
class Person:
    """A named person of the article: fullest name, mentions (token ranges) and roles."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_heads: set[str] = field(default_factory=set)


class People:
    """Named persons of one article and which token belongs to whom."""

    def __init__(self, d: _Doc, entities: list[Any] | None = None) -> None:
        self.d = d
        self.by_token: dict[int, Person] = {}
        self.people: list[Person] = []
        spans = self._person_spans(d, entities)
        by_name: dict[str, Person] = {}
        last_by_surname: dict[str, Person] = {}
        pending: list[tuple[int, int, str]] = []
        for a, b, canonical in spans:
            text = canonical or self._text(a, b)
            words = text.split()
            surname = _surname(words)
            if canonical or len(words) >= 2:
                key = canonical or text
                person = by_name.get(key)
                if person is None:
                    person = Person(name=key)
                    by_name[key] = person
                    self.people.append(person)
                last_by_surname[surname] = person
            else:
                person = last_by_surname.get(surname)
                if person is None:
                    pending.append((a, b, surname))
                    continue
            person.mentions.append((a, b))
            for i in range(a, b):
                self.by_token[i] = person
        # a short mention before its full name: the first later person with that surname
        for a, b, surname in pending:
            person = next((p for p in self.people if _surname(p.name.split()) == surname), None)
            if person is None:
                person = Person(name=self._text(a, b))
                self.people.append(person)
            person.mentions.append((a, b))
            for i in range(a, b):
                self.by_token[i] = person
        for person in self.people:
            for a, b in person.mentions:
                self._roles(person, a, b)

    def _text(self, a: int, b: int) -> str:
        doc = self.d.doc
        s = doc[a:b].text
        for p in _POSSESSIVE:
            if s.endswith(p):
                s = s[: -len(p)]
        return s.strip()

    def _person_spans(self, d: _Doc, entities: list[Any] | None) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        if entities:
            for e in entities:
                if getattr(e, "label", None) != "PER":
                    continue
                span = d.doc.char_span(e.start, e.end, alignment_mode="expand")
                if span is not None and len(span):
                    out.append((span.start, span.end, getattr(e, "canonical", "") or ""))
        else:
            for e in d.doc.ents:
                if e.label_ in _PER:
                    a, b = e.start, e.end
                    while b > a and (
                        d.doc[b - 1].is_punct or d.doc[b - 1].is_space or d.low[b - 1] in ("'s", "\u2019s")
                    ):
                        b -= 1
                    if b > a:
                        out.append((a, b, ""))
        out.sort()
        return out

    def _roles(self, person: Person, a: int, b: int) -> None:
        d = self.d
        lex = d.lex
        doc = d.doc
        head = next((doc[i] for i in range(a, b) if not (a <= doc[i].head.i < b) or doc[i].head.i == i), doc[a])
        cands = []
        # "le commandant …, Qassem Mosleh" / "le général de brigade Yahya Rassoul" / "President Obama"
        h = head
        for _ in range(3):
            if h.head is h:
                break
            up = h.head
            if d.pos[up.i] in ("NOUN",) and (
                h.dep_ in lex.dep("appos") or (h.dep_ in ("nmod", "flat:name", "appos", "compound") and up.i < h.i)
            ):
                cands.append(up)
                h = up
                continue
            break
        if head.dep_ in lex.dep("subject") and head.head is not head:
            # an apposition parsed as a second subject: "Le commandant …, Armand Vescal, a dit"
            for c in head.head.children:
                if c.dep_ == head.dep_ and c.i < head.i and d.pos[c.i] == "NOUN":
                    cands.append(c)
        for c in head.children:
            if d.pos[c.i] == "NOUN" and (
                c.dep_ in lex.dep("appos") or (c.dep_ in ("compound", "nmod", "amod") and c.i < head.i)
            ):
                cands.append(c)
        # English pre-modifiers: "Stein spokeswoman Melezia Figueroa", "Sen. Bernie Sanders"
        for i in range(a - 1, max(-1, a - 4), -1):
            if d.lem[i] in lex.role_nouns or d.low[i] in lex.role_nouns:
                cands.append(doc[i])
            elif d.pos[i] not in ("PROPN", "ADJ", "NOUN"):
                break
        for c in cands:
            if (
                d.lem[c.i] not in lex.role_nouns
                and d.low[c.i] not in lex.role_nouns
                and d.lem[c.i] not in lex.anonymous_nouns
            ):
                continue
            lo, hi = c.left_edge.i, c.right_edge.i + 1
            if lo <= a < hi:  # the name is inside the role NP: cut the role before it
                hi = a
            span = d.char_span(lo, hi) if hi > lo else None
            role = d.text[span[0] : span[1]] if span else doc[c.i].text
            role = _strip_det(role, lex)
            if role and role not in person.roles:
                person.roles.append(role)
            person.role_heads.add(d.lem[c.i])
            person.role_heads.add(d.low[c.i])

    def person_in(self, a: int, b: int, head: int | None) -> Person | None:
        """The person named in tokens [a, b), preferring the one at ``head``."""
        if head is not None and head in self.by_token:
            return self.by_token[head]
        for i in range(a, b):
            if i in self.by_token:
                return self.by_token[i]
        return None

    def by_surname(self, surname: str) -> Person | None:
        """The person whose full name ends with ``surname`` (lower-case), when only one does."""
        if not surname:
            return None
        hits = [p for p in self.people if len(p.name.split()) > 1 and _surname(p.name.split()) == surname]
        return hits[0] if len(hits) == 1 else None

    def with_role(self, lemma: str, before: int) -> Person | None:
        """The person with a role headed by ``lemma`` mentioned last before token ``before``."""
        best = None
        best_pos = -1
        for p in self.people:
            if lemma not in p.role_heads:
                continue
            pos = max((a for a, _ in p.mentions if a < before), default=-1)
            if pos > best_pos:
                best, best_pos = p, pos
        return best

    def last_before(self, before: int, max_paras: int = 3) -> Person | None:
        """The person mentioned last before token ``before`` (within a few paragraphs)."""
        best = None
        best_pos = -1
        for p in self.people:
            for a, _ in p.mentions:
                if best_pos < a < before and self.d.para[before] - self.d.para[a] <= max_paras:
                    best, best_pos = p, a
        return best


def _surname(words: list[str]) -> str:
    if not words:
        return ""
    w = words[-1]
    for p in _POSSESSIVE:
        if w.endswith(p) and len(w) > len(p):
            w = w[: -len(p)]
    return w.lower()


def _strip_det(text: str, lex) -> str:
    words = text.split()
    while words and norm(words[0]).rstrip("'") in {w.rstrip("'") for w in lex.definite} | {"un", "une", "a", "an"}:
        words = words[1:]
    out = " ".join(words)
    if out[:2].lower() in ("l'", "l\u2019"):
        out = out[2:]
    return out.strip(" ,")


def _mention_range(d: _Doc, f: Found) -> tuple[int, int] | None:
    if f.source is None:
        return None
    span = d.doc.char_span(f.source[0], f.source[1], alignment_mode="expand")
    if span is None:
        return None
    return span.start, span.end


def _description(d: _Doc, head: int, a: int, b: int) -> str:
    """The fullest description of a non-named source: its NP without relative clauses."""
    tok = d.doc[head]
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    lo = min(lo, a)
    hi = max(hi, b) if d.lex.source_span == "name" else b
    while lo < hi and (d.pos[lo] in ("ADP", "PUNCT", "CCONJ", "ADV", "SPACE") or d.dep[lo] in ("case", "mark", "cc")):
        lo += 1  # "selon la Gazette" -> "la Gazette"
    for c in tok.children:
        if c.dep_ in d.lex.dep("relative") and c.i > head:
            hi = min(hi, c.left_edge.i)
    # past the mention, stop at the first break: in "selon X, <clause>" the parse may hang the
    # clause under X, and a description never runs on into what is attributed
    for i in range(max(b, head + 1), hi):
        if d.doc[i].text in (",", ";", ":", "(", "«", "»", '"', "“", "”") or "\n" in d.doc[i].text:
            hi = i
            break
    span = d.char_span(lo, hi)
    if span is None:
        return tok.text
    return d.text[span[0] : span[1]]


def _gender(d: _Doc, i: int) -> str | None:
    g = d.doc[i].morph.get("Gender")
    if g:
        return "m" if g[0] == "Masc" else "f"
    return None


def resolve_all(d: _Doc, found: list[Found], people: People) -> None:
    """Fill ``speaker``, ``source_type`` and ``role`` of every attribution, in text order."""
    done: set[int] = set()
    for n in range(len(found)):
        _resolve(d, found, n, people, done)


def _resolve(d: _Doc, found: list[Found], n: int, people: People, done: set[int]) -> None:
    if n in done:
        return
    done.add(n)
    f = found[n]
    src = f.inherited_from if f.inherited_from is not None else f.follows
    if src is not None and 0 <= src < len(found):
        _resolve(d, found, src, people, done)
        g = found[src]
        f.speaker, f.source_type, f.role, f.roles = g.speaker, g.source_type, g.role, list(g.roles)
        return
    rng = _mention_range(d, f)
    if rng is None or f.source_tok is None:
        f.speaker, f.source_type = None, "none"
        return
    a, b = rng
    head = f.source_tok if a <= f.source_tok < b else _head_in(d, a, b)
    # media before persons: "Al-Sumaria News" is an outlet even when tagged as a name
    if is_media(d, a, b, head) and not (people.person_in(a, b, head) and d.lem[head] in d.lex.media_person_nouns):
        f.speaker, f.source_type = _name_or_description(d, head, a, b), "media"
        return
    person = people.person_in(a, b, head) or people.by_surname(d.low[head] if d.pos[head] == "PROPN" else "")
    if person is not None:
        f.speaker, f.source_type = person.name, "person_named"
        f.role, f.roles = (person.roles[0] if person.roles else None), list(person.roles)
        return
    if "Rel" in d.doc[head].morph.get("PronType") or d.doc[head].tag_ in ("WP", "WDT"):
        _relative(d, f, head, people)
        return
    low = d.low[head].lstrip("-")
    if low.startswith("t-"):
        low = low[2:]
    lex = d.lex
    if low in lex.pronouns:
        _pronoun(d, found, n, head, low, people)
        return
    lem = d.lem[head]
    if _definite(d, head, a):
        if lem in lex.role_nouns or d.low[head] in lex.role_nouns:
            p = people.with_role(lem, head) or people.with_role(d.low[head], head)
            if p is not None:
                f.speaker, f.source_type = p.name, "person_named"
                f.role, f.roles = (p.roles[0] if p.roles else None), list(p.roles)
                return
        for m in range(n - 1, -1, -1):
            g = found[m]
            if g.source_tok is None or g.speaker is None or g.source_tok >= head:
                continue
            if d.lem[g.source_tok] == lem and d.pos[g.source_tok] in ("NOUN", "PROPN"):
                f.speaker, f.source_type, f.role, f.roles = g.speaker, g.source_type, g.role, list(g.roles)
                return
    f.speaker = _name_or_description(d, head, a, b)
    f.source_type = classify(d, head, a, b)


def _head_in(d: _Doc, a: int, b: int) -> int:
    for i in range(a, b):
        if not (a <= d.doc[i].head.i < b) or d.doc[i].head.i == i:
            return i
    return a


def _definite(d: _Doc, head: int, a: int) -> bool:
    lex = d.lex
    for c in d.doc[head].children:
        if c.dep_ in ("det", "poss", "nmod:poss") and c.i < head and d.low[c.i] in lex.definite:
            return True
    return d.low[a] in lex.definite


def _name_or_description(d: _Doc, head: int, a: int, b: int) -> str:
    if d.pos[head] == "PROPN":
        span = d.char_span(a, b)
        if span:
            return d.text[span[0] : span[1]]
    return _description(d, head, a, b)


def _relative(d: _Doc, f: Found, head: int, people: People) -> None:
    """ "X, who said …" / "une armée qui estime …": the noun the relative clause hangs on."""
    verb = d.doc[head].head
    noun = verb.head
    if noun is verb:
        f.speaker, f.source_type = None, "person_anonymous"
        return
    p = people.person_in(noun.left_edge.i, noun.i + 1, noun.i)
    if p is not None:
        f.speaker, f.source_type = p.name, "person_named"
        f.role, f.roles = (p.roles[0] if p.roles else None), list(p.roles)
        return
    f.speaker = _description(d, noun.i, noun.i, noun.i + 1)
    f.source_type = classify(d, noun.i, noun.left_edge.i, noun.i + 1)


def _pronoun(d: _Doc, found: list[Found], n: int, head: int, low: str, people: People) -> None:
    f = found[n]
    lex = d.lex
    info = lex.pronouns.get(low, {})
    number = info.get("number")
    gender = info.get("gender")
    nonperson = info.get("nonperson")
    for m in range(n - 1, -1, -1):
        g = found[m]
        if g.speaker is None or g.source_tok is None or g.source_tok >= head:
            continue
        if d.para[head] - d.para[g.source_tok] > 3:
            break
        if nonperson:
            ok = g.source_type in ("organization", "media", "document")
        elif number == "plur":
            ok = g.source_type in ("unnamed_collective", "organization") or (
                g.source_type == "person_anonymous" and "Plur" in d.doc[g.source_tok].morph.get("Number")
            )
        else:
            ok = g.source_type in ("person_named", "person_anonymous") and "Plur" not in d.doc[g.source_tok].morph.get(
                "Number"
            )
            if ok and gender and g.source_type == "person_anonymous":
                gg = _gender(d, g.source_tok)
                ok = gg is None or gg == gender
        if ok:
            f.speaker, f.source_type, f.role, f.roles = g.speaker, g.source_type, g.role, list(g.roles)
            return
    if number == "sing" and not nonperson:
        p = people.last_before(head)
        if p is not None:
            f.speaker, f.source_type = p.name, "person_named"
            f.role, f.roles = (p.roles[0] if p.roles else None), list(p.roles)
            return
    f.speaker = None  # an unresolved pronoun names no one
    f.source_type = "unnamed_collective" if number == "plur" or info.get("collective") else "person_anonymous"
