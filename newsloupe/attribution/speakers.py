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

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsloupe.attribution.lexicon import norm
from newsloupe.attribution.quotes import OPENING_MARKS
from newsloupe.attribution.source_types import (
    acronym,
    classify,
    complement,
    is_media,
    listed_media,
    media_name,
    names_media,
    people_core,
    person_like,
    recipient_cut,
    reporter,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.rules import Found

_PER = ("PER", "PERSON")
_SUBJ = ("nsubj", "nsubjpass", "nsubj:pass")
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_INVERTED = re.compile(r"^[-\u2010\u2011](?:t[-\u2010\u2011])?")  # the hyphens of an inverted pronoun ("-t-on")


@dataclass
class Person:
    """A named person of the article: fullest name, mentions (token ranges) and roles."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_heads: set[str] = field(default_factory=set)
    role_words: set[str] = field(default_factory=set)  # lemmas of the roles' modifiers ("polonais", "défense")
    gender: str | None = None  # "m", "f" or unknown
    votes: dict[str, int] = field(default_factory=dict)  # gender clues: honorific 3, role 2, given name 1
    outlet: bool = False  # named after a kind of outlet ("le bihebdomadaire camerounais Sans Détour")


class People:
    """Named persons of one article and which token belongs to whom."""

    def __init__(self, d: AttributionDoc, entities: list[Any] | None = None) -> None:
        self.d = d
        self.by_token: dict[int, Person] = {}
        self.people: list[Person] = []
        self.ent_label: dict[int, str] = _entity_labels(d, entities)
        self.org_full, self.aliases = _organisations(d, entities)
        spans = self._person_spans(d, entities)
        by_name: dict[str, Person] = {}
        last_by_surname: dict[str, Person] = {}
        pending: list[tuple[int, int, str]] = []
        lex = d.lex
        votes: list[tuple[int, str]] = []  # (token, gender) of honorifics written inside a mention ("Mme X")
        # surnames several full names share ("Donald Trump", "Melania Trump"): a bare surname is the
        # first of them the article introduced, whatever another analyzer's canonical name says
        full_names: dict[str, set[str]] = {}
        for a, b, _ in spans:
            own = self._text(a, b).split()
            if len(own) >= 2:
                full_names.setdefault(_surname(own), set()).add(" ".join(own))
        for a, b, canonical in spans:
            for p in _POSSESSIVE[:2]:
                if canonical.endswith(p):
                    canonical = canonical[: -len(p)]
            own = self._text(a, b).split()
            if canonical and len(own) == 1 and len(full_names.get(_surname(own), ())) > 1:
                canonical = ""
            text = canonical or self._text(a, b)
            words = text.split()
            while len(words) > 1 and (norm(words[0]) in lex.media_names or norm(words[0]) in lex.places_as_actors):
                words = words[1:]  # a dateline before the name ("Reuters Clinton")
                canonical, text = "", " ".join(words)
            hon = lex.honorific_gender.get(norm(words[0])) if len(words) > 1 else None
            if hon:
                words = words[1:]  # "Mme Zakharova", "M. Morozov": the name without its honorific
                canonical, text = "", " ".join(words)
                votes.append((b - 1, hon))
            if len(words) == 2 and len(words[0]) == 2 and words[0][1] == "." and words[0][0].isupper():
                words = words[1:]  # "D. Trump": the initial of a name written in full elsewhere
                canonical, text = "", words[0]
            role = max((k for k in range(1, len(words) - 2) if norm(words[k]) in lex.role_nouns), default=None)
            if role is not None:
                words = words[role + 1 :]  # "Valtex Rovers DL Joe Brand": the name after the role glued to it
                canonical, text = "", " ".join(words)
            if len(words) > 1 and norm(words[-1]) in lex.title_nouns:
                continue  # "Apostolic Nuncio": a title, no name (unlike "King" or "Bishop", no one's surname)
            if any(ch.isdigit() for w in words for ch in w):
                continue  # "VARNEL X200 4Motion": a product's name, no person's
            one = words[0] if len(words) == 1 else ""
            if one and (norm(one) in lex.role_nouns or norm(one) in lex.person_nouns):
                continue  # a title alone ("Pope", "President") is a role, not a name
            if one and one in self.aliases:
                continue  # "Olaf" after "l'Office européen de lutte antifraude (Olaf)": an organisation
            if not _name_like(words, lex) or norm(one) in lex.places_as_actors or (len(one) > 1 and one.isupper()):
                continue  # a capital, a country or an acronym is no person
            surname = _surname(words)
            if len(words) >= 2:
                key = canonical or text
                person = by_name.get(key)
                if person is None:
                    person = Person(name=key)
                    by_name[key] = person
                    self.people.append(person)
                last_by_surname.setdefault(surname, person)
            else:
                person = last_by_surname.get(surname) or self.by_given_name(one, a)
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
        for i, g in votes:
            person = self.by_token.get(i)
            if person is not None:
                person.votes[g] = person.votes.get(g, 0) + 3
        for person in self.people:
            for a, b in person.mentions:
                self._roles(person, a, b)
                self._honorific(person, a)
                person.outlet = person.outlet or self._after_outlet_noun(a)
            first = norm(person.name.split()[0]) if person.name.split() else ""
            g = d.lex.first_names.get(first)
            if g:
                person.votes[g] = person.votes.get(g, 0) + 1
            if person.votes:
                best = max(person.votes.values())
                top = [g for g, v in person.votes.items() if v == best]
                person.gender = top[0] if len(top) == 1 else None
        self.by_name: dict[str, Person] = {p.name: p for p in self.people}
        self.mention_starts: list[tuple[int, int, Person]] = sorted(
            (a, b, p) for p in self.people for a, b in p.mentions
        )

    def by_given_name(self, word: str, a: int) -> Person | None:
        """The person a lone given name stands for ("Hélène affirme" after "Hélène Marchal"): the one person
        named in full before token ``a`` whose first word it is, when ``word`` is a listed given name and no
        surname. None when two or more such persons were named."""
        if not word or norm(word) not in self.d.lex.first_names:
            return None
        hits = [p for p in self.people if len(p.name.split()) >= 2 and norm(p.name.split()[0]) == norm(word)]
        hits = [p for p in hits if min(x for x, _ in p.mentions) < a]
        return hits[0] if len(hits) == 1 else None

    def _after_outlet_noun(self, a: int) -> bool:
        """The name at token ``a`` follows a kind of outlet and its qualifiers ("le magazine allemand X")."""
        d = self.d
        i = a - 1
        while i >= 0 and a - i <= 3 and d.pos[i] == "ADJ" and d.tok[i].islower():
            i -= 1
        if not (
            i >= 0 and d.pos[i] == "NOUN" and d.lem[i] in d.lex.media_nouns and d.lem[i] not in d.lex.media_person_nouns
        ):
            return False
        j = i - 1 if i > 0 and d.pos[i - 1] == "DET" else i
        # "a déclaré à la presse Jean X": the press he spoke to, not an outlet's name (stop 48)
        return not (j > 0 and d.low[j - 1] in d.lex.recipient_prepositions)

    def _honorific(self, person: Person, a: int) -> None:
        d = self.d
        i = a - 1
        if i >= 0 and d.tok[i] == ".":
            i -= 1
        if i >= 0:
            g = d.lex.honorific_gender.get(d.low[i]) or d.lex.honorific_gender.get(d.low[i] + ".")
            if g:
                person.votes[g] = person.votes.get(g, 0) + 3

    def _text(self, a: int, b: int) -> str:
        d = self.d
        # (``doc[a:b].text`` cut from the text the doc is the parse of: no Span made)
        s = d.text[d.idx[a] : d.idx[b - 1] + len(d.tok[b - 1])] if 0 <= a < b <= d.n else d.doc[a:b].text
        for p in _POSSESSIVE:
            if s.endswith(p):
                s = s[: -len(p)]
        return s.strip()

    def _person_spans(self, d: AttributionDoc, entities: list[Any] | None) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        if entities:
            for e in entities:
                if getattr(e, "label", None) != "PER":
                    continue
                span = d.expanded(e.start, e.end)
                if span is not None and span[1] > span[0]:
                    out.append((span[0], span[1], getattr(e, "canonical", "") or ""))
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
        taken = {i for a, b, _ in out for i in range(a, b)}
        grown = []
        for a, b, canonical in out:
            # "Colm O'Gorman" recognised as "Colm": the capitalised word the name's last word hangs on
            e = b
            while e < d.n and e not in taken and d.doc[e - 1].head.i == e and d.pos[e] in ("PROPN", "NOUN"):
                w = d.tok[e]
                if not (w[:1].isupper() and len(w) > 1 and not w.isupper()) or norm(w) in d.lex.role_nouns:
                    break
                e += 1
            grown.append((a, e, "" if e > b else canonical))
        # "Écoutez Paul Exemple": a listed word the recogniser glued before the name is no part of it ("Will" and
        # "Said" open real names: only the listed words are cut)
        lead = d.lex.leading_words
        out = [
            (a + 1, b, "") if b - a > 2 and d.tok[a][:1].isupper() and norm(d.tok[a]) in lead else (a, b, c)
            for a, b, c in grown
        ]
        if d.lex.mistyped_person_names:
            out = self._mistyped(d, entities, out)
        taken = {i for a, b, _ in out for i in range(a, b)}
        out.extend(self._titled(d, taken))
        taken = {i for a, b, _ in out for i in range(a, b)}
        out.extend(self._role_appositions(d, taken))
        out.sort()
        return self._headline_cut(d, out)

    def _headline_cut(self, d: AttributionDoc, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name in a Title-Case headline cut to the name the article gives the person elsewhere: the parse
        runs a headline's capitalised words into the name ("Accused Abuser X Y's Records" as the person "Abuser
        X Y", "X Y Not Recommending"); the longest run of its words that another line names as a person is
        the name. A name no other line gives is left as it is."""
        titled = [_title_case_line(d.text, d.idx[a]) for a, _, _ in out]  # (d.text: Doc.text joins every token)
        if not any(titled):  # (most articles: no name in a headline, nothing to compare)
            return out
        elsewhere = {self._text(a, b) for (a, b, _), t in zip(out, titled, strict=True) if not t and b - a >= 2}
        if not elsewhere:
            return out
        cut = []
        for (a, b, canonical), t in zip(out, titled, strict=True):
            if t and b - a >= 3 and self._text(a, b) not in elsewhere:
                best = max(
                    ((x, y) for x in range(a, b) for y in range(x + 2, b + 1) if self._text(x, y) in elsewhere),
                    key=lambda r: r[1] - r[0],
                    default=None,
                )
                if best is not None:
                    a, b, canonical = best[0], best[1], ""
            cut.append((a, b, canonical))
        return cut

    def _mistyped(
        self, d: AttributionDoc, entities: list[Any] | None, out: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Names the entity recogniser typed as a place, a body or "misc" that a reader takes for persons: a listed
        given name right before a person's name ("Nancy" a place, "Pelosi" a person), and a mention of two to four
        name-like words whose first is a listed given name ("Nancy Pelosi" a place in one sentence, a person in
        another). (Not a name whose last word is a person's surname elsewhere: firms bear their founders' names.)"""
        lex = d.lex
        taken = {i for a, b, _ in out for i in range(a, b)}
        grown: list[tuple[int, int, str]] = []
        for a, b, canonical in out:
            s = a
            k = a - 1  # a listed given name right before, spaced from it, that no person holds
            if k >= 0 and k not in taken and d.pos[k] in ("PROPN", "NOUN") and d.tok[k][:1].isupper():
                s = k if norm(d.tok[k]) in lex.first_names and d.idx[k] + len(d.tok[k]) < d.idx[a] else a
            grown.append((s, b, canonical if s == a else ""))
            taken.update(range(s, b))
        others: list[tuple[int, int]] = []
        if entities:
            for e in entities:
                if getattr(e, "label", None) in ("LOC", "ORG", "MISC"):
                    span = d.expanded(e.start, e.end)
                    if span is not None:
                        others.append(span)
        else:
            others = [(e.start, e.end) for e in d.doc.ents if e.label_ not in _PER]
        for a, b in others:
            if not 2 <= b - a <= 4 or any(i in taken for i in range(a, b)) or d.in_quote[a] >= 0:
                continue
            words = [d.tok[i] for i in range(a, b)]
            if not _name_like(words, lex) or any(len(w) > 1 and w.isupper() for w in words):
                continue
            if any(
                norm(w) in lex.places_as_actors
                or norm(w) in lex.media_names
                or w in lex.organization_name_markers
                or norm(w) in lex.organization_nouns
                or norm(w) in lex.role_nouns
                for w in words
            ):
                continue
            if norm(words[0]) in lex.first_names:
                grown.append((a, b, ""))
                taken.update(range(a, b))
        grown.sort()
        return grown

    def _role_appositions(self, d: AttributionDoc, taken: set[int]) -> list[tuple[int, int, str]]:
        """ "le ministre grec de l'Immigration Notis Mitarachi": two or three capitalised words in
        apposition after a role noun, which the entity recogniser took for an organisation or missed."""
        lex = d.lex
        out: list[tuple[int, int, str]] = []
        for i in range(d.n):
            if d.pos[i] != "NOUN" or not (d.lem[i] in lex.role_nouns or d.low[i] in lex.role_nouns):
                continue
            for c in d.doc[i].children:
                if c.i <= i or c.dep_ not in lex.dep("appos") or c.i in taken or not d.tok[c.i][:1].isupper():
                    continue
                a = b = c.i
                while b + 1 < d.n and d.doc[b + 1].head.i == c.i and d.dep[b + 1] in lex.dep("name"):
                    b += 1
                words = [d.tok[k] for k in range(a, b + 1)]
                if not 2 <= len(words) <= 3 or not _name_like(words, lex) or any(k in taken for k in range(a, b + 1)):
                    continue
                if any(w.isupper() or norm(w) in lex.places_as_actors or norm(w) in lex.media_names for w in words):
                    continue
                if any(w in lex.organization_name_markers or norm(w) in lex.organization_nouns for w in words):
                    continue
                out.append((a, b + 1, ""))
        return out

    def _titled(self, d: AttributionDoc, taken: set[int]) -> list[tuple[int, int, str]]:
        """ "President Grange": a capitalised title before a capitalised word no analyzer took for a person."""
        lex = d.lex
        out: list[tuple[int, int, str]] = []
        for i in range(1, d.n):
            w = d.tok[i]
            if i in taken or not w[:1].isupper() or d.pos[i] not in ("PROPN", "NOUN") or len(w) < 3 or w.isupper():
                continue
            t = i - 1
            if not (d.tok[t][:1].isupper() and (d.low[t] in lex.role_nouns or d.low[t] in lex.honorific_gender)):
                continue
            low = d.low[i]
            if low in lex.role_nouns or low in lex.organization_nouns or w in lex.organization_name_markers:
                continue
            if low in lex.places_as_actors or low in lex.media_names or low in lex.document_nouns:
                continue
            if i + 1 < d.n and d.tok[i + 1][:1].isupper() and d.pos[i + 1] in ("PROPN", "NOUN"):
                continue  # a longer name the analyzers did not take: leave it
            out.append((i, i + 1, ""))
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
                if h.i == head.i and complement(d, a):
                    break  # "l'avocat de X": X's lawyer, not X's title
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
        # "X, députée de la 4e circonscription, …": a role noun apposed right after the name, however parsed
        k = b
        if k + 1 < d.n and d.tok[k] == ",":
            j = k + 1
            if d.pos[j] == "DET" and j + 1 < d.n:
                j += 1
            role = (
                d.pos[j] == "NOUN" and d.tok[j].islower() and (d.lem[j] in lex.role_nouns or d.low[j] in lex.role_nouns)
            )
            if role and not _subject(d, j):  # ("Comme X, le président accuse": the next clause's subject)
                cands.append(doc[j])
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
                # "le président américain X et son homologue chinois Y": Y's role is the conjunct before Y
                joins = [k for k in range(c.i + 1, a) if d.pos[k] == "CCONJ"]
                if joins:
                    lo = joins[-1] + 1
                    nouns = [k for k in range(lo, a) if d.pos[k] == "NOUN"]
                    if not nouns:
                        continue
                    c = doc[nouns[0]]
            if lex.apposed_name_closes:  # "…-major, le colonel Y": the role from "le", not from a misparsed edge
                lo = _after_last_comma(d, lo, c.i)
            span = d.char_span(lo, hi) if hi > lo else None
            role = d.text[span[0] : span[1]] if span else doc[c.i].text
            role = _strip_det(role, lex)
            if role and role not in person.roles:
                person.roles.append(role)
            person.role_heads.add(d.lem[c.i])
            person.role_heads.add(d.low[c.i])
            k = c.i + 1  # "chef économiste de X": an économiste too ("l'économiste de X" later is the same person)
            if k < hi and d.pos[k] in ("NOUN", "ADJ") and (d.lem[k] in lex.role_nouns or d.low[k] in lex.role_nouns):
                person.role_heads.add(d.lem[k])
                person.role_heads.add(d.low[k])
            for i in range(lo, hi):
                if i != c.i and d.pos[i] in ("ADJ", "NOUN", "PROPN"):
                    person.role_words.add(d.lem[i])
            g = noun_gender(d, c.i)
            if g:
                person.votes[g] = person.votes.get(g, 0) + 2

    def person_in(self, a: int, b: int, head: int | None) -> Person | None:
        """The person named in tokens [a, b), preferring the one at ``head``."""
        if head is not None and head in self.by_token:
            return self.by_token[head]
        for i in range(a, b):
            if i in self.by_token:
                return self.by_token[i]
        return None

    def by_surname(self, surname: str) -> Person | None:
        """The person whose name ends with ``surname`` (lower-case), when only one does (full names first)."""
        if not surname:
            return None
        key = norm(surname)  # "O’Gorman" and "O'Gorman"
        hits = [p for p in self.people if norm(_surname(p.name.split())) == key]
        full = [p for p in hits if len(p.name.split()) > 1]
        if len(full) > 1:  # "Pellworth" after "Dana Pellworth" and "Mark Pellworth": the first introduced
            return min(full, key=lambda p: min((a for a, _ in p.mentions), default=self.d.n))
        hits = full or hits
        return hits[0] if len(hits) == 1 else None

    def with_role(
        self, lemma: str, before: int, mods: set[str] | None = None, gender: str | None = None
    ) -> Person | None:
        """The person holding a role headed by ``lemma``: most role words in common with ``mods``
        ("le président brésilien"), then mentioned last before token ``before``; of a compatible gender."""
        best = None
        best_key: tuple[int, int] | None = None
        heads = self.d.lex.same_role(lemma)  # "l'ancien directeur", "patron"
        for p in self.people:
            if not (heads & p.role_heads) or (gender and p.gender and p.gender != gender):
                continue
            pos = max((a for a, _ in p.mentions if a < before), default=-1)
            common = len((mods or set()) & p.role_words)
            whole = bool(mods) and common == len(mods)  # "le Premier ministre polonais": the whole role
            if (
                pos < 0
                and not whole
                and self.d.para[min(a for a, _ in p.mentions)] - self.d.para[min(before, self.d.n - 1)] > 2
            ):
                continue  # "l'ancien président": named before or just after, not a president named far on
            if mods and p.role_words and not common:
                continue  # "le président brésilien" is not "le président américain"
            key = (common, pos)
            if best_key is None or key > best_key:
                best, best_key = p, key
        return best

    def last_before(self, before: int, max_paras: int = 3, gender: str | None = None) -> Person | None:
        """The person mentioned last before token ``before`` (within a few paragraphs), of a compatible gender."""
        best = None
        for a, _, p in self.mention_starts:
            if a >= before:
                break
            if self.d.para[before] - self.d.para[a] <= max_paras and (not gender or not p.gender or p.gender == gender):
                best = p
        return best


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding character ``at`` is a short Title-Case line (a headline): four words or more,
    nearly all of them capitalised."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a : len(text) if b < 0 else b]
    if len(line) > 200:
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _name_like(words: list[str], lex) -> bool:
    """A person's name: a few capitalised words and particles ("Ursula von der Leyen"), not a headline."""
    if not words or len(words) > 5:
        return False
    if len(words) > 2 and norm(words[0].lower()) in lex.role_nouns and norm(words[1]) in lex.name_particles:
        return False  # "Président de la République", "Ministre de l'Intérieur": a title written with capitals
    for w in words:
        if lex.hyphenated_particles and "-" in w[1:]:
            first, rest = w.split("-", 1)  # "al-Obaidi", "ben-Ali": a particle joined to the name by a hyphen
            if norm(first) in lex.name_particles and rest[:1].isupper():
                continue
        if norm(w) in lex.name_particles or w[:1].isupper() or not w[:1].isalpha():
            if len(w) > 4 and w.isupper() and len(words) > 1:
                return False  # a shouting headline word ("CHOCS")
            continue
        return False
    return True


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


def _mention_range(d: AttributionDoc, f: Found) -> tuple[int, int] | None:
    if f.source is None:
        return None
    return d.expanded(f.source[0], f.source[1])


def _description(d: AttributionDoc, head: int, a: int, b: int) -> str:
    """The fullest description of a non-named source: its NP without relative clauses."""
    tok = d.doc[head]
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    if d.lex.root_noun_subjects and tok.dep_ == "ROOT" and d.pos[head] == "NOUN":
        lo, hi = a, b  # a sentence's root noun (its predicate parsed under it): the mention, not the sentence
    lo = d.after_dateline(min(lo, a), head)
    hi = max(hi, b) if d.lex.source_span == "name" else b
    while lo < hi and (d.pos[lo] in ("ADP", "PUNCT", "CCONJ", "ADV", "SPACE") or d.dep[lo] in ("case", "mark", "cc")):
        lo += 1  # "selon la Gazette" -> "la Gazette"
    lo = _past_clause_words(d, lo, head)  # "En 2021, c'est le Conseil qui …": the parse's subtree ran back
    lo = d.word_start(lo)  # "les sociaux-démocrates qui …": the whole word the tokenizer cut at its hyphen
    for c in tok.children:
        if c.dep_ in d.lex.dep("relative") and c.i > head and not _published_by(d, head, c.i, hi):
            hi = min(hi, c.left_edge.i)
    # past the mention, a description never takes in a clause: it stops where the first finite verb's clause
    # starts (the parse may make the subject noun the sentence's root and hang the cue under it, and the
    # description then ran over the cue and its content)
    hi = min(hi, d.clause_start(head, max(b, head + 1), hi))
    hi = _trim_possessive(d, lo, hi)
    while hi - 1 > head and d.pos[hi - 1] == "PRON" and d.low[hi - 1] in d.lex.object_clitics:
        hi -= 1  # "La ministre l'a accusé": the object clitic before the verb is not the description's
    if hi > b:  # "le ministre à l'AFP": the one who heard is no part of who spoke
        hi = recipient_cut(d, max(lo, b - 1), hi)
    # past the mention, stop at the first break: in "selon X, <clause>" the parse may hang the
    # clause under X, and a description never runs on into what is attributed
    for i in range(max(b, head + 1), hi):
        if d.doc[i].text in (",", ";", ":", "(", "«", "»", '"', "“", "”") or "\n" in d.doc[i].text:
            hi = i
            break
    span = d.char_span(lo, hi)
    if span is None:
        return tok.text
    return _bracket_closed(d, span)


def _published_by(d: AttributionDoc, head: int, c: int, hi: int) -> bool:
    """ "le bilan diffusé mardi par l'Institut": a document noun's participle of publishing (the language's
    ``vehicle_participles``) with its agent before ``hi`` says whose document it is; the description keeps it."""
    lex = d.lex
    if d.lem[head] not in lex.document_nouns or d.lem[c] not in lex.vehicle_participles:
        return False
    if not d.has_morph(c, "VerbForm", "Part"):
        return False
    end = min(hi, d.doc[c].right_edge.i + 1)  # (the agent in its subtree: the parse may hang it on a time noun)
    return any(d.low[k] in lex.agent_markers and d.pos[d.head[k]] in ("NOUN", "PROPN") for k in range(c + 1, end))


def _bracket_closed(d: AttributionDoc, span: tuple[int, int]) -> str:
    """The text of ``span``, its unclosed bracket closed (:meth:`AttributionDoc.bracket_closed`)."""
    start, end = d.bracket_closed(span)
    return d.text[start:end]


def _from_noun(description: str, noun: str) -> str:
    """``description`` from its head noun on ("un nouveau rapport de X" -> "rapport de X"), or all of it."""
    k = description.find(noun)
    return description[k:] if k >= 0 else description


def noun_gender(d: AttributionDoc, i: int) -> str | None:
    """Grammatical gender of the noun (or pronoun) at token ``i``: its word, its determiner, its morphology."""
    lex = d.lex
    info = lex.pronouns.get(d.low[i])
    if info and info.get("gender"):
        return info["gender"]
    g = lex.role_gender.get(d.low[i])
    if g:
        return g
    for c in d.doc[i].children:
        if c.dep_ in ("det", "case") and c.i < i:  # "le", "la", and the contracted "au", "du"
            g = lex.determiner_gender.get(d.low[c.i])
            if g:
                return g
    if d.pos[i] == "PROPN" and d.tok[i] in lex.name_gender:
        return lex.name_gender[d.tok[i]]  # "l'Allemagne", "l'OTAN", "Israël": a name's gender its article does not show
    lem = d.lem[i]
    if lem in lex.role_nouns or lem in lex.person_nouns or lem in lex.anonymous_nouns:
        return None  # a person's noun: its grammatical gender is no clue when elided ("l'écologiste")
    mg = d.doc[i].morph.get("Gender")
    if mg and d.pos[i] != "PROPN":
        return "m" if mg[0] == "Masc" else "f"
    return None


def _entity_labels(d: AttributionDoc, entities: list[Any] | None) -> dict[int, str]:
    """Token -> label (PER, ORG, LOC, MISC) of the entities analyzer's mentions."""
    out: dict[int, str] = {}
    for e in entities or ():
        label = getattr(e, "label", None)
        if label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        span = d.expanded(e.start, e.end)
        if span is not None:
            for i in range(*span):
                out[i] = label
    return out


# (on the name's own line: "Valtex Rovers\nNFL", two lines of a page's menu, are no name and its acronym)
_ACRONYM_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*([A-Z][\w&-]{1,12})[^\S\n]*\)|[^\S\n]+([A-Z][A-Z0-9&-]{1,10})\b")


def _organisations(d: AttributionDoc, entities: list[Any] | None) -> tuple[dict[int, str], dict[str, str]]:
    """Each organisation's fullest written name, by token, and its acronym ("… fraude (Olaf)") -> that name."""
    full: dict[int, str] = {}
    aliases: dict[str, str] = {}
    text = d.text
    for e in entities or ():
        if getattr(e, "label", None) != "ORG":
            continue
        end = e.end
        m = _ACRONYM_AFTER.match(text, end)
        acr = None
        if m is not None and (m.group(1) or m.group(2)[0] == text[e.start].upper()):
            # (an acronym after the name without brackets starts as the name does: "CBS Sports NFL" is no alias)
            acr = m.group(1) or m.group(2)
            end = m.end()
        name = text[e.start : end]
        if acr and len(name) > len(acr) + 4:
            aliases.setdefault(acr, name)
        span = d.expanded(e.start, e.end)
        if span is not None:
            for i in range(*span):
                if len(name) > len(full.get(i, "")):
                    full[i] = name
    return full, aliases


class _Ctx:
    """What resolution looks at besides one attribution: all of them, the people, the contents."""

    def __init__(self, d: AttributionDoc, found: list[Found], people: People) -> None:
        self.d = d
        self.found = found
        self.people = people
        spans = sorted(c for f in found for c in f.content)
        self.in_content = [False] * d.n
        k = 0
        for i, idx in enumerate(d.idx):
            while k < len(spans) and spans[k][1] <= idx:
                k += 1
            j = k
            while j < len(spans) and spans[j][0] <= idx:
                if idx < spans[j][1]:
                    self.in_content[i] = True
                    break
                j += 1
        # each content span with all the spans of its attribution's content
        self.spans = [(a, b, f.content) for f in found for a, b in f.content]
        self.done: set[int] = set()
        self.antecedents: dict[int, int] = {}  # id of an attribution whose source is a relative -> its antecedent

    @cached_property
    def media(self) -> list[tuple[int, int, str]]:
        """Outlets named after their kind (read when first needed)."""
        return _media_mentions(self.d)

    def reported(self, i: int, head: int) -> bool:
        """Token ``i`` is inside what an attribution reports and token ``head`` is not inside that report
        (a pronoun inside a long quotation may refer to a person named earlier in it, or in an earlier part
        of the same content: "The president, they said, hoped he would win")."""
        if not self.in_content[i]:
            return False
        if not self.in_content[head]:
            return True
        x, y = self.d.idx[i], self.d.idx[head]
        return any(a <= x < b and not any(c <= y < e for c, e in content) for a, b, content in self.spans)


# marks stripped from a speaker's ends: quotes.QUOTE_MARKS's characters and the single marks (‹ › ‘ ’) it leaves out
_QUOTE_MARKS = '"“”„«»‹›‘’'


def resolve_all(d: AttributionDoc, found: list[Found], people: People) -> None:
    """Fill ``speaker``, ``source_type`` and ``role`` of every attribution, in text order."""
    ctx = _Ctx(d, found, people)
    for n in range(len(found)):
        _resolve(ctx, n)
    second = d.lex.second_person
    for f in found:
        if f.speaker is not None:
            # a quotation's marks the tokenizer glued to the next word ("”“Republicans and Democrats")
            f.speaker = f.speaker.strip().strip(_QUOTE_MARKS).strip() or None
        if f.speaker is not None and f.source_type != "person_named" and _no_one(d, f.speaker):
            f.speaker, f.source_type, f.role, f.roles = None, "none", None, []
        if f.speaker is not None and second and f.source is not None:
            said = norm(d.text[f.source[0] : f.source[1]]).strip()
            if (said in second or norm(f.speaker) in second) and said != norm(f.speaker):
                # "you can feel …" taking a product named before, "Ils savent" taking an earlier "Vous": the reader
                # addressed is no one else, and no one else is the reader
                f.speaker, f.source_type, f.role, f.roles = None, "none", None, []
        if f.via is not None and 0 <= f.via < len(found) and f.speaker and found[f.via].speaker == f.speaker:
            f.via = None  # a source relayed through itself ("X (via X)") is not relayed


def _written_in_full(d: AttributionDoc, label: str) -> str | None:
    """The one name the text writes as a listed given name before the surname a transcript's label in capitals
    gives ("Omar Smith" for "SMITH:"), when no person was found for it; None when none or several."""
    surname = label[:1] + label[1:].lower()
    names = {
        f"{m.group(1)} {surname}"
        for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b", d.text)
        if norm(m.group(1)) in d.lex.first_names
    }
    return names.pop() if len(names) == 1 else None


def _named_in_full(people: People, surname: str) -> Person | None:
    """The one person the article names whose surname is ``surname`` (full names first), or None."""
    return people.by_surname(surname)


def _no_one(d: AttributionDoc, speaker: str) -> bool:
    """Whether ``speaker`` names no one: a word of ``nobody_mentions`` reached through a relative or a pronoun
    ("Toute personne qui conteste …", "those who want …"), or a cleft's opening ("Ce sont eux qui …")."""
    said = " ".join(norm(speaker).split())
    return said in d.lex.nobody_mentions or any(said.startswith(o + " ") for o in d.lex.cleft_openers)


def _trim_possessive(d: AttributionDoc, a: int, b: int) -> int:
    """The end of mention [a, b) without its possessive mark ("Brenlow’s desire": "Brenlow")."""
    while b - 1 > a and d.dep[b - 1] == "case" and d.pos[b - 1] == "PART":
        b -= 1
    return b


def _copy(f: Found, g: Found) -> None:
    f.speaker, f.source_type, f.role, f.roles = g.speaker, g.source_type, g.role, list(g.roles)


def _set_person(f: Found, p: Person) -> None:
    f.speaker, f.source_type = p.name, "person_named"
    f.role, f.roles = (p.roles[0] if p.roles else None), list(p.roles)


def _pronoun_key(d: AttributionDoc, head: int, a: int, b: int) -> str | None:
    """The pronoun entry of a mention: its head word or its whole text ("ce dernier", "l'intéressé")."""
    lex = d.lex
    low = d.low[head].lstrip("-\u2010\u2011")  # (a non-breaking hyphen too: "dit\u2011on")
    if low.startswith("t-"):
        low = low[2:]
    if low in lex.pronouns:
        return low
    base, mark, rest = low.partition("'")
    if mark and rest and base in lex.pronouns:  # "they’ll", one token: the pronoun and its clitic
        return base
    span = d.char_span(a, b)
    if span is not None:
        text = " ".join(norm(d.text[span[0] : span[1]]).split())
        if text in lex.pronouns:
            return text
    return None


def _names_no_one(d: AttributionDoc, head: int, a: int, b: int) -> bool:
    """Whether mention ``a``..``b`` is the writer naming themself outside any quotation ("This writer",
    ``writer_mentions``) or a word naming no one in particular ("no one", "anybody", ``nobody_mentions``)."""
    lex = d.lex
    if not (lex.writer_mentions or lex.nobody_mentions) or b - a > 3:
        return False
    span = d.char_span(a, b)
    text = " ".join(norm(d.text[span[0] : span[1]]).split()) if span else d.low[head]
    return text in lex.nobody_mentions or (text in lex.writer_mentions and d.in_quote[head] < 0)


def _resolve(ctx: _Ctx, n: int) -> None:
    if n in ctx.done:
        return
    ctx.done.add(n)
    d, found, people = ctx.d, ctx.found, ctx.people
    f = found[n]
    src = f.inherited_from if f.inherited_from is not None else f.follows
    if src is not None and 0 <= src < len(found):
        _resolve(ctx, src)
        _copy(f, found[src])
        return
    rng = _mention_range(d, f)
    if rng is None or f.source_tok is None:
        f.speaker, f.source_type = None, "none"
        return
    for m in range(n - 1, -1, -1) if d.lex.one_speaker_per_mention else ():
        g = found[m]  # one mention ("“A,” he wrote. “B.”"): whoever it named for the first
        if g.source_tok == f.source_tok and m in ctx.done and g.speaker:
            _copy(f, g)
            return
    a, b = rng
    b = _trim_possessive(d, a, b)
    head = f.source_tok if a <= f.source_tok < b else _head_in(d, a, b)
    lex = d.lex
    # media before persons: "Al-Sumaria News" is an outlet even when tagged as a name, but
    # "White House Press Secretary X" is a person
    named = people.person_in(a, b, head)
    title = _work_title(d, people, named, a, b)
    if title is not None:  # "his documentary Clinton Cash": the work, not a person
        f.speaker, f.source_type = title, "document"
        return
    apposed_name = None
    if named is not None and head not in people.by_token:
        first = min(i for i in range(a, b) if people.by_token.get(i) is named)
        lem = d.lem[head]
        if complement(d, first) or (
            lem in lex.document_nouns or lem in lex.organization_nouns or lem in lex.country_nouns
        ):
            if not complement(d, first) and lem in lex.organization_nouns and first > head:
                apposed_name = named.name  # "le régulateur de gaz Bundesnetzagentur": the body's own name
            named = None  # "l'avocat de X", "le rapport de X", "le gouvernement de X": not X
    # "Valtex Sports NFL Insider Joe Brand": a person named after an outlet and a role, not the outlet
    titled = named is not None and head in people.by_token and any(d.lem[i] in lex.role_nouns for i in range(a, head))
    if (
        not reporter(d, head)
        and not titled
        and (
            media_name(d, a, people_core(d, head, a, b))
            or (is_media(d, a, b, head) and not (named and head in people.by_token))
        )
    ):
        own = _outlet_name(d, head, a, b)
        k = b
        while own is None and k < min(d.n, b + 8) and d.tok[k] not in (",", ";", ":", ".", "\u00ab", '"'):
            if len(d.tok[k]) > 4 and norm(d.tok[k]).endswith(lex.media_domains):
                own = d.tok[k]  # "le site spécialisé dans le pétrole example.com": its address, past the parse
            k += 1
        f.speaker, f.source_type = own or _name_or_description(d, head, a, b), "media"
        if lex.quoted_outlet_titles and own is None and d.tok[head][:1].isupper():
            f.speaker = _quoted_title(f.speaker, lex)  # "le « Courrier de Valbrune »" -> "Courrier de Valbrune"
        if not any(d.pos[i] == "PROPN" for i in range(a, b)) and _definite(d, head, a):
            if own is None:
                # (not a name the tagger read as common nouns, "La Gazette des Monts": capitalised past its first word)
                if not any(i > a and d.tok[i][:1].isupper() for i in range(a, b)):
                    _earlier_media(ctx, n, head)  # "le journal": the outlet cited before
                return
            for noun, _i, text in ctx.media:  # "le quotidien Le Réveil rhodanien": the whole name
                if noun == head and len(text) > len(own) and text.startswith(own):
                    f.speaker = text
        return
    other = _other_and_person(d, people, head, a, b)
    if other:
        f.speaker, f.source_type = other, classify(d, head, a, b, people.ent_label)
        return
    several = _persons_joined(d, people, a, b)
    if several:
        f.speaker, f.source_type = several, "person_named"
        return
    joined = _person_and_other(d, people, head, a, b)
    if joined:
        f.speaker, f.source_type = joined, "person_named"
        return
    person = named
    word = d.tok[head]
    if person is None and word[:1].isupper() and head not in people.by_token and not (len(word) > 1 and word.isupper()):
        person = people.by_surname(d.low[head]) or people.by_given_name(word, head)
    if person is None and f.cue_kind == "colon" and b - a == 1 and word.isupper() and len(word) > 1:
        person = _named_in_full(people, d.low[head])  # a transcript's "SMITH:" after "Omar Smith" is named
        if person is None and (full := _written_in_full(d, word)):  # (a name the tagger missed: stop 49)
            f.speaker, f.source_type = full, "person_named"
            return
    if person is not None and not (d.pos[head] in ("NOUN",) and head not in people.by_token and d.plural(head)):
        if b - a == 1 and norm(d.tok[head]) == _surname(person.name.split()):
            person = _quoted_namesake(ctx, n, head, person)
        if head not in people.by_token and all(people.by_token.get(i) is not person for i in range(a, head)):
            _learn_role(d, person, head, a, min([b] + [i for i in range(head, b) if people.by_token.get(i) is person]))
        _set_person(f, person)
        if person.outlet:
            f.source_type, f.role, f.roles = "media", None, []
        return
    alias = people.aliases.get(d.tok[head])
    if alias is not None and b - a <= 3:  # "l'Olaf", "I4CE": the organisation named in full before
        f.speaker, f.source_type = alias, "organization"
        return
    # "WHO" is no relative pronoun ("J’" is no acronym)
    shout = sum(ch.isalpha() for ch in d.tok[head]) > 1 and d.tok[head].isupper()
    if (d.has_morph(head, "PronType", "Rel") or d.doc[head].tag_ in ("WP", "WDT")) and not shout:
        _relative(d, f, head, people, ctx, n)
        return
    if _names_no_one(d, head, a, b):
        f.speaker, f.source_type = None, "none"
        return
    key = None if shout else _pronoun_key(d, head, a, b)
    if key is not None:
        _pronoun(ctx, n, head, a, b, key)
        return
    poss = lex.possessives.get(d.low[head])
    owner = d.doc[head].head
    # (not "X affirme de son côté": a possessive in a prepositional phrase is its clause's subject's)
    free = f.cue_kind == "phrase" or not (owner.dep_.startswith(("obl", "nmod", "pobj")) or owner.dep_ == "prep")
    if poss is not None and free and d.pos[head] in ("DET", "PRON") and d.has_morph(head, "Poss", "Yes"):
        bound = _possessive_binder(ctx, n, owner.i)
        if bound is not None:  # "X a maintenu sa promesse selon laquelle …": X's promise
            _resolve(ctx, bound)
            _copy(f, found[bound])
            return
        _pronoun(ctx, n, head, a, b, d.low[head], poss)  # "sa déclaration selon laquelle": whose it is
        return
    apposed = _apposed_person(d, people, head, a, b)
    if apposed is not None:
        _learn_role(d, apposed, head, a, b)
        _set_person(f, apposed)
        return
    title = d.tok[head][:1].isupper() and d.lem[head] in lex.role_nouns and head == a  # "Pope admits"
    if (_definite(d, head, a) or title) and _definite_ref(ctx, n, head, a, b):
        return
    f.speaker = _with_relative(d, f, head) or _name_or_description(d, head, a, b)
    f.source_type = classify(d, head, a, b, people.ent_label)
    if f.source_type == "person_anonymous" and not _definite(d, head, a):
        later = _named_later(ctx, n, head)
        if later is not None:  # "Un député a averti … » Jeanne Valmont, députée de …, a écrit": her
            _set_person(f, later)
            return
    if f.source_type == "organization" and apposed_name:
        f.speaker = apposed_name
        return
    fuller = people.org_full.get(head)
    if f.source_type == "organization" and fuller and len(fuller) > len(f.speaker) and fuller not in f.speaker:
        f.speaker = fuller  # "l'Institut" -> "Institut des études maritimes IEM"
        if names_media(fuller, lex):
            f.source_type = "media"


def _work_title(d: AttributionDoc, people: People, named: Person | None, a: int, b: int) -> str | None:
    """The name in mention [a, b) when a work's noun stands right before it (inside the mention or not) and governs
    it or is its compound ("his documentary Clinton Cash", "le livre Jean Dupont"): the work's title; else None."""
    if named is None or not d.lex.work_nouns:
        return None
    toks = [i for i in range(a, b) if people.by_token.get(i) is named]
    if not toks or toks[0] == 0 or d.lem[toks[0] - 1] not in d.lex.work_nouns or d.pos[toks[0] - 1] != "NOUN":
        return None  # (a noun: "polls show X" is no show)
    k, first, last = toks[0] - 1, toks[0], toks[-1]
    deps = d.lex.dep("work_title")  # the name hangs on the noun by its last word (en) or its first (fr "flat:name")
    if d.doc[k].head.i in toks or any(d.doc[i].head.i == k and d.dep[i] in deps for i in (first, last)):
        span = d.char_span(first, last + 1)
        return d.text[span[0] : span[1]] if span else None
    return None


def _possessive_binder(ctx: _Ctx, n: int, noun: int) -> int | None:
    """The attribution whose source is the subject of the verb that takes ``noun`` as its object, when a third
    person possessive determines ``noun`` ("X a maintenu sa promesse selon laquelle …": the possessive is X's, as a
    reader binds it to its clause's subject); None when the verb has no such subject or no attribution has it."""
    d = ctx.d
    if d.dep[noun] not in d.lex.dep("object"):
        return None
    verb = d.head[noun]
    subjects = [c for c in d.kids[verb] if d.dep[c] in d.lex.dep("subject") and c < noun]
    if len(subjects) != 1:
        return None
    s = subjects[0]
    if d.pos[s] == "PRON" and (d.has_morph(s, "Person", "1") or d.has_morph(s, "Person", "2")):
        return None  # "je maintiens ma position": the possessive agrees with the verb's person anyway
    return next((m for m, g in enumerate(ctx.found) if m != n and g.source_tok == s), None)


def _quoted_title(text: str, lex) -> str:
    """An outlet's name written in quotation marks after its determiner ("le « X »"): the name alone; else ``text``."""
    words = text.split()
    if len(words) > 2 and norm(words[0].lower()) in lex.definite and words[1] in OPENING_MARKS:
        return " ".join(words[2:]).rstrip(' »"”').strip() or text
    return text


def _after_last_comma(d: AttributionDoc, a: int, head: int) -> int:
    """Where a role noun ``head``'s mention starting at ``a`` really starts: after the last comma before the noun
    ("…-major, le colonel Y": from "le", not from an edge the parse stretched), else ``a``."""
    return max([a] + [k + 1 for k in range(a, head) if d.tok[k] == ","])


def _learn_role(d: AttributionDoc, p: Person, head: int, a: int, b: int) -> None:
    """A role noun's mention [a, b) naming ``p`` by apposition ("le chef de X, Y", "…, a dit le porte-parole de
    X, le colonel Y."): the role is theirs from here on, so "le ministre" later is someone else and "le chef de X"
    is them again."""
    lex = d.lex
    lem = d.lem[head]
    if not lex.apposed_name_closes or d.pos[head] != "NOUN" or lem not in lex.role_nouns or lem in p.role_heads:
        return
    while b > a and (d.tok[b - 1] in (",", "(") or d.space[b - 1]):
        b -= 1
    a = _after_last_comma(d, a, head)  # "…-major, le colonel Y": from "le"
    p.role_heads.update((lem, d.low[head]))
    p.role_words.update(d.lem[i] for i in range(a, b) if i != head and d.pos[i] in ("ADJ", "NOUN", "PROPN"))
    span = d.char_span(a, b) if b > a else None
    role = _strip_det(d.text[span[0] : span[1]], lex) if span else ""
    if role and role not in p.roles:
        p.roles.append(role)


def _apposed_person(d: AttributionDoc, people: People, head: int, a: int, b: int) -> Person | None:
    """ "X, un porte-parole du ministère, a dit" / "un porte-parole du ministère, X, a dit": the person
    named in apposition, just before or after a singular noun's mention that may describe a person (a listed role
    or not: "le vieux pasteur X"), or closing the mention after its last comma ("un des proches de Y, X")."""
    lex = d.lex
    closing = _closing_name(d, people, head, a, b)
    if closing is not None:
        return closing
    if d.pos[head] != "NOUN" or d.plural(head) or not _may_name_person(d, head):
        return None
    k = a - 1
    while k >= 0 and d.space[k]:
        k -= 1
    if k > 0 and d.tok[k] == "," and (k - 1) in people.by_token and not complement(d, k - 1):
        j = k - 1
        while j > 0 and people.by_token.get(j - 1) is people.by_token[k - 1]:
            j -= 1
        before = j - 1
        if before < 0 or d.tok[before] in (".", ",", "\n") or d.space[before] or d.pos[before] in ("PUNCT", "SPACE"):
            return people.by_token[k - 1]
    k = b
    while k < d.n and d.space[k]:
        k += 1
    k = _past_parenthesis(d, k)  # "le maire de la ville de X (nord), Y,": the aside, then the name
    if lex.apposed_name_closes:
        # "l'état-major" cut at its hyphen by the tokenizer: the mention goes on to the end of the word
        while k < d.n and d.idx[k] == d.idx[k - 1] + len(d.tok[k - 1]) and ("-" in (d.tok[k][:1], d.tok[k - 1][-1:])):
            k += 1
    if lex.name_right_after_role and b < d.n and b in people.by_token and not complement(d, b):
        return people.by_token[b]  # "la déclaration du président X Y" where the parse left the name out of the mention
    if lex.apposed_name_closes and k < d.n and d.tok[k] == ",":
        # "a déclaré le porte-parole de l'état-major, le colonel X.": a title between, the name closing the sentence
        j = k + 1
        if j < d.n and d.pos[j] == "DET":
            j += 1
        while j < min(d.n, k + 5) and j not in people.by_token and d.tok[j].islower() and _title_word(d, j):
            j += 1
        if j < d.n and j in people.by_token and j > k + 1:
            p = people.by_token[j]
            while j + 1 < d.n and people.by_token.get(j + 1) is p:
                j += 1
            if _closes(d, j + 1):
                return p
        k = k if (k + 1) in people.by_token else d.n
    if k + 1 < d.n and d.tok[k] == "," and (k + 1) in people.by_token:
        p = people.by_token[k + 1]
        j = k + 1
        while j + 1 < d.n and people.by_token.get(j + 1) is p:
            j += 1
        if j + 1 < d.n and d.tok[j + 1] == ",":
            return p
        if lex.apposed_name_closes and _closes(d, j + 1):
            return p  # "…, a précisé le chef de l'administration régionale, X.": the name ends the sentence
    return None


def _may_name_person(d: AttributionDoc, head: int) -> bool:
    """Whether the singular common noun ``head`` may describe a person: any noun but a body's, an outlet's, a
    document's, a country's or a group's ("le vieux pasteur X", "le vieux marin, X,": the name beside it says who,
    whether or not the noun is a listed role)."""
    lex = d.lex
    lem = d.lem[head]
    if lem in lex.role_nouns or lem in lex.anonymous_nouns or lem in lex.person_nouns:
        return True
    # (each list asked in turn: no union of the five built at each call)
    low = d.low[head]
    others = (lex.organization_nouns, lex.media_nouns, lex.document_nouns, lex.country_nouns, lex.collective_words)
    return not any(lem in o or low in o for o in others) and person_like(d, head)


def _past_parenthesis(d: AttributionDoc, k: int) -> int:
    """Past a short aside in parentheses starting at token ``k`` ("(est)", "(nord-ouest)") or closing there (the
    parse may take the aside's words into the mention), else ``k``."""
    if k < d.n and d.tok[k] == ")" and "(" in d.tok[max(0, k - 5) : k]:
        k -= 1
        while d.tok[k] != "(":
            k -= 1
    if k >= d.n or d.tok[k] != "(":
        return k
    for j in range(k + 1, min(d.n, k + 6)):
        if d.tok[j] == ")":
            j += 1
            while j < d.n and d.space[j]:
                j += 1
            return j
    return k


def _closing_name(d: AttributionDoc, people: People, head: int, a: int, b: int) -> Person | None:
    """ "un des proches du ministre, X": the person whose name alone closes the mention after its last comma, the
    mention's head a pronoun or a noun that may describe a person (not "le groupe de X, Y")."""
    if d.pos[head] not in ("NOUN", "PRON") or (d.pos[head] == "NOUN" and not _may_name_person(d, head)):
        return None
    comma = max((k for k in range(a, b) if d.tok[k] == ","), default=-1)
    if comma <= head or comma + 1 >= b:
        return None
    p = people.by_token.get(comma + 1)
    end = b
    while end > comma + 1 and (d.space[end - 1] or d.pos[end - 1] == "PUNCT"):
        end -= 1
    if p is None or any(people.by_token.get(i) is not p for i in range(comma + 1, end)):
        return None
    return p


def _title_word(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` is a role noun, an honorific or one of their adjectives, as in "le colonel", "le général de
    brigade", "Mme"."""
    lex = d.lex
    return d.lem[i] in lex.role_nouns or d.low[i] in lex.role_nouns or d.low[i] in lex.honorific_gender


def _closes(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` ends a stretch: a comma, the end of its sentence, a line break or the end of the text."""
    j = i
    while j < d.n and d.space[j] and "\n" not in d.tok[j]:
        j += 1
    return j >= d.n or d.tok[j] in (",", ".", "!", "?", ";", ")") or "\n" in d.tok[j] or d.para[j] != d.para[i - 1]


def _persons_joined(d: AttributionDoc, people: People, a: int, b: int) -> str | None:
    """ "X et Y", "X and Y": the persons a mention joins, as one speaker, when it joins several."""
    persons: list[Person] = []
    joiner = ""
    for i in range(a, b):
        p = people.by_token.get(i)
        if p is not None and p not in persons:
            persons.append(p)
        elif d.dep[i] == "cc" and persons and not joiner:
            joiner = d.tok[i]
        elif persons and not joiner and i + 1 < b and f"{d.low[i]} {d.low[i + 1]}" in d.lex.joining_phrases:
            joiner = d.lex.joining_phrases[f"{d.low[i]} {d.low[i + 1]}"]  # "X along with Y"
    if len(persons) < 2 or not joiner:
        return None
    return ", ".join(p.name for p in persons[:-1]) + f" {joiner} " + persons[-1].name


def _person_and_other(d: AttributionDoc, people: People, head: int, a: int, b: int) -> str | None:
    """ "selon Tomasz Wrona et la Lituanie": a mention whose head is a person's name coordinated with something else (a
    body, a country, a group) speaks for both; the name written in full, the rest as the mention has it."""
    if not d.lex.person_joins_other:
        return None
    p = people.by_token.get(head)
    if p is None and d.lem[head] in d.lex.role_nouns and head + 1 < b and d.tok[head].islower():
        p = people.by_token.get(head + 1)  # "la ministre X et la préfecture": the title heads the parse
    if p is None:
        return None
    conj = [c for c in d.kids[head] if d.dep[c] in d.lex.dep("conjunct") and a <= c < b and c > head]
    if not conj or any(people.by_token.get(c) is not None for c in conj):
        return None  # several persons: ``_persons_joined``
    if not any(d.pos[k] == "CCONJ" for k in range(head, conj[0])):
        return None  # "X, la ministre": an apposition the parse took for a conjunct
    j = head
    while j + 1 < b and people.by_token.get(j + 1) is p:
        j += 1
    lo = head
    while lo - 1 >= a and people.by_token.get(lo - 1) is p:
        lo -= 1
    rest = d.char_span(j + 1, b)
    titled = all(d.pos[k] == "DET" or (d.lem[k] in d.lex.role_nouns and d.tok[k].islower()) for k in range(a, lo))
    if rest is None or not titled:
        return None  # (but "le président X et d'autres": his title before the name is his)
    return f"{p.name}{d.text[d.idx[j] + len(d.tok[j]) : rest[1]]}"


def _other_and_person(d: AttributionDoc, people: People, head: int, a: int, b: int) -> str | None:
    """ "la mairie et Hélène Marchal veulent …": a mention whose head is a body, a country or a group coordinated by
    "et" with a person's name speaks for both, as the mention has it (its head's type); not a name hung on the head
    as its complement ("le maire de X")."""
    if not d.lex.person_joins_other or head in people.by_token or d.pos[head] not in ("NOUN", "PROPN"):
        return None
    conj = [c for c in d.kids[head] if d.dep[c] in d.lex.dep("conjunct") and a <= c < b and c > head]
    if len(conj) != 1 or people.by_token.get(conj[0]) is None:
        return None
    if not d.joined_by_conjunction(head + 1, conj[0]):
        return None
    span = d.char_span(a, b)
    return d.text[span[0] : span[1]] if span else None


def _quoted_namesake(ctx: _Ctx, n: int, head: int, person: Person) -> Person:
    """ "Clinton said": of several persons with that surname, the one quoted last before, else ``person``."""
    surname = _surname(person.name.split())
    namesakes = {p.name for p in ctx.people.people if _surname(p.name.split()) == surname}
    if len(namesakes) < 2:
        return person
    for m in range(n - 1, -1, -1):
        g = ctx.found[m]
        other = g.source_type == "person_named" and g.speaker in namesakes and g.speaker != person.name
        if other and g.source_tok is not None and g.source_tok < head:
            return ctx.people.by_name.get(g.speaker or "", person)
        if g.speaker == person.name:
            break
    return person


def _several(d: AttributionDoc, g: Found) -> bool:
    """The source of ``g`` is plural or joins several ("X et Y")."""
    if g.source_tok is None:
        return False
    info = d.lex.pronouns.get(d.low[g.source_tok])
    if info:
        return info.get("number") == "plur"
    if d.plural(g.source_tok):
        return True
    if d.lex.several_at_head:
        # "le président de la commission de la sécurité et de la défense" is one: a conjunction joins sources only
        # when it joins the mention's head to another noun, not two nouns of its complement
        k = g.source_tok
        return _joins(d, g, lambda i: d.head[i] == k or d.head[d.head[i]] == k)
    return _joins(d, g)


def _stands_for_several(ctx: _Ctx, g: Found) -> bool:
    """A body's or a group's source that stands for a plural one named before ("Selon les autorités X, …. Selon
    cette même source, …": "source" is singular, what it names is not): an earlier attribution of the same speaker
    and type whose own source is plural. Persons are left to their names."""
    if g.speaker is None or g.source_type in ("person_named", "person_anonymous", "none"):
        return False
    return any(
        h is not g and h.speaker == g.speaker and h.source_type == g.source_type and _several(ctx.d, h)
        for h in ctx.found
        if h.source_tok is not None and g.source_tok is not None and h.source_tok < g.source_tok
    )


def _joins(d: AttributionDoc, g: Found, where: Callable[[int], bool] | None = None) -> bool:
    """The mention of ``g``'s source holds a coordinating conjunction ("X et Y"), one ``where`` accepts if given."""
    rng = _mention_range(d, g)
    return rng is not None and any(d.dep[i] == "cc" and (where is None or where(i)) for i in range(*rng))


def _agrees(ctx: _Ctx, g: Found, info: dict[str, Any]) -> bool:
    """Whether the attribution ``g``'s speaker can be what a pronoun described by ``info`` refers to."""
    d = ctx.d
    t = g.source_type
    gender = info.get("gender")
    several = _several(d, g) or _stands_for_several(ctx, g)
    if info.get("nonperson"):
        return t in ("organization", "media", "document") and not several
    if info.get("number") == "plur":
        if gender and d.lex.plural_pronoun_chains and g.source_tok is not None:
            # "Les éleveurs … Elles estiment", "Les infirmières … Ils estiment": a plural pronoun is not a group
            # of the other gender ("ils" stands for a group that joins both: "X et Y")
            k = g.source_tok
            own = d.lex.pronouns.get(d.low[k])
            other = own.get("gender") if own else (noun_gender(d, k) if d.plural(k) else None)
            if other and other != gender and not (gender == "m" and _joins(d, g)):
                return False
        if t == "unnamed_collective":
            return True
        if t in ("organization", "media", "document"):
            return bool(info.get("thing")) or several
        return several
    if several:
        return False
    own = d.lex.pronouns.get(d.low[g.source_tok]) if g.source_tok is not None else None
    own_gender = _pronoun_gender(d, g.source_tok, own) if own and g.source_tok is not None else None
    if gender and own_gender and own_gender != gender:
        return False  # "he said …. She declined": whoever "he" stood for is not who "she" stands for
    if t == "person_named":
        p = ctx.people.by_name.get(g.speaker or "")
        pg = p.gender if p is not None else None
        return not gender or not pg or pg == gender
    gg = None
    if g.source_tok is not None:
        k = g.source_tok
        if "Rel" in d.doc[k].morph.get("PronType"):  # "au journaliste qui lui demande": the antecedent's gender
            # (the noun it was resolved to: "la fédération des exploitants, qui réclame … Elle": the federation)
            k = (ctx.antecedents.get(id(g)) if d.lex.resolved_relative_gender else None) or _antecedent(d, k) or k
        gg = noun_gender(d, k)
    if t == "person_anonymous":
        if gender and not gg and g.source_tok is not None and _no_person_noun(d, g.source_tok):
            return False  # "The public believes … He said": "he" stands for a person, not for the public
        return not gender or not gg or gg == gender
    if t in ("organization", "media", "document") and info.get("thing"):
        return bool(gender) and gg == gender
    return False


def _no_person_noun(d: AttributionDoc, k: int) -> bool:
    """Noun ``k`` names a group in the singular (``group_singulars``: "the public", "the crowd"; an entry of two
    words, "public opinion", with the word before it, revfix47a): no antecedent of a pronoun with a gender
    ("he", "she")."""
    if d.pos[k] != "NOUN" or d.plural(k):
        return False
    groups = d.lex.group_singulars
    return d.lem[k] in groups or (k > 0 and f"{d.tok[k - 1].lower()} {d.lem[k]}" in groups)


def _subject(d: AttributionDoc, i: int) -> bool:
    dep = d.dep[i]
    return dep in d.lex.dep("subject") or dep in d.lex.dep("passive_subject") or dep in _SUBJ


def _oblique(d: AttributionDoc, a: int, b: int) -> bool:
    """Tokens [a, b) are a prepositional complement ("avec X", "de X"), not a participant of the clause."""
    for i in range(a, b):
        h = d.doc[i].head.i
        if not (a <= h < b):
            dep = d.dep[i]
            return dep.startswith(("obl", "nmod", "pobj", "iobj")) or dep in ("obj", "dobj")
    return False


def _passive_clause(d: AttributionDoc, verb: int) -> bool:
    """Verb ``verb`` heads a passive clause, with its passive auxiliary (« est contesté », "was blamed"), not a
    participle qualifying a noun (« le bateau construit par X »: X is no participant of the sentence)."""
    return any(d.dep[c] in d.lex.dep("passive_aux") for c in d.kids[verb])


def _passive_agent(d: AttributionDoc, i: int, verb: int) -> bool:
    """Token ``i`` takes an agent word (``relay_verbs.agent_words``: « par ») and hangs on a passive clause's verb
    (« le tracé est contesté par X », tagged as any complement)."""
    if not any(d.dep[c] in d.lex.dep("case") and d.low[c] in d.lex.agent_markers for c in d.kids[i]):
        return False
    return _passive_clause(d, verb)


def _subject_mention(d: AttributionDoc, a: int, b: int) -> bool:
    """Tokens [a, b) are a sentence's subject, or in apposition to it ("Le secrétaire général X a dit"), or a
    passive verb's agent, its subject in meaning (« le tracé est contesté par X »)."""
    agent = d.lex.dep("agent")
    for i in range(a, b):
        if _subject(d, i) or (d.dep[i] in agent and _passive_clause(d, d.head[i])):
            return True
        up = d.doc[i].head.i
        if not (a <= up < b) and d.pos[up] == "ADP" and d.dep[up] in agent and _passive_clause(d, d.head[up]):
            return True  # "… is contested by X": the name hangs on the agent's preposition
        if not (a <= up < b) and _passive_agent(d, i, up):
            return True
        h = d.doc[i].head.i
        if i == a and complement(d, a):
            break  # "L'avocat de X a nié": X is the subject's complement, not who speaks
        for _ in range(2):  # "Le secrétaire général d'EELV X a dit": X hangs on the subject
            if a <= h < b or d.pos[h] not in ("NOUN", "PROPN"):
                break
            if _subject(d, h):
                return True
            h = d.doc[h].head.i
    # a misparse: the name right before a finite verb ("In fine, X continuera"), not after a preposition
    k = b
    while k < d.n and k - b < 3 and (d.low[k] in d.lex.object_clitics or d.has_morph(k, "Polarity", "Neg")):
        k += 1
    before = a - 1
    return k < d.n and d.finite_verb(k) and (before < 0 or d.pos[before] not in ("ADP", "DET"))


def _pronoun_gender(d: AttributionDoc, i: int, info: dict[str, Any]) -> str | None:
    """The gender pronoun ``i`` described by ``info`` tells: none for an ``epicene_clitic`` before its verb (the
    dative « lui » of "il lui semble que", "lui a-t-il confié" names a man or a woman; "selon lui" a man)."""
    gender = info.get("gender")
    if not info.get("epicene_clitic") or d.pos[i] != "PRON":
        return gender
    if (i > 0 and d.pos[i - 1] == "ADP") or any(c.dep_ == "case" for c in d.doc[i].children):
        return gender
    h = d.doc[i].head.i
    return None if h > i and d.pos[h] in ("VERB", "AUX", "ADJ") else gender


def _pronoun(ctx: _Ctx, n: int, head: int, a: int, b: int, key: str, info: dict[str, Any] | None = None) -> None:
    d, found, people = ctx.d, ctx.found, ctx.people
    f = found[n]
    info = info if info is not None else d.lex.pronouns.get(key, {})
    number, gender = info.get("number"), _pronoun_gender(d, head, info)
    if info.get("self"):  # "on": the vague collective the word itself is
        where = _self_place(ctx, f)
        if where is not None:  # "insiste-t-on à l'Élysée", "on indique chez Renault": that body
            f.speaker, f.source_type = where
            return
        span = d.char_span(a, b)
        word = d.text[span[0] : span[1]] if span else d.tok[head]
        f.speaker = _INVERTED.sub("", word) or word  # "dit-on": "on", not "-on"
        f.source_type = "unnamed_collective"
        return
    if info.get("first") and d.in_quote[head] >= 0:
        # "je" inside a quotation: whoever the quotation is from
        pos = d.idx[head]
        outer = [m for m, g in enumerate(found) if m != n and any(x <= pos < y for x, y in g.content)]
        if outer:
            m = min(outer, key=lambda k: sum(y - x for x, y in found[k].content))
            _resolve(ctx, m)
            if found[m].speaker:
                _copy(f, found[m])
                return
    elif info.get("first") and not f.block:
        # "I remember that …" outside any quotation: the writer, never a third person named before
        f.speaker, f.source_type = None, "none"
        return
    window = 2
    # counted from the paragraph where a quotation before the pronoun opens ("“A.\nB.\nC,” he wrote"): the
    # quoted lines are the speaker's, not paragraphs between the speaker's name and the pronoun
    here = d.para[head]
    if f.quote_ids and f.content and f.content[0][0] < d.idx[head]:
        here = d.para[max(0, bisect.bisect_right(d.idx, f.content[0][0]) - 1)]
    cands: list[tuple[int, str, Any, bool]] = []  # position, kind, what, whether a person of known agreeing gender
    # the speakers of earlier attributions that agree with the pronoun ("nous", "vous" outside a quotation: the
    # writer and the readers, no one quoted before)
    mute = number == "plur" and d.lex.plural_pronoun_chains and _first_or_second(d, head) and d.in_quote[head] < 0
    for m in range(n - 1, -1, -1) if not mute else ():
        g = found[m]
        if g.speaker is None or g.source_tok is None or g.source_tok >= head:
            continue
        if here - d.para[g.source_tok] > window:
            continue
        if _agrees(ctx, g, info):
            p = people.by_name.get(g.speaker) if g.source_type == "person_named" else None
            cands.append((g.source_tok, "found", g, bool(gender and p is not None and p.gender == gender)))
    # a person named as the subject of a sentence since, outside what was reported
    if number == "sing" and not info.get("nonperson"):
        for pa, pb, p in people.mention_starts:
            if pa >= head:
                break
            if here - d.para[pa] > window or ctx.reported(pa, head):
                continue
            if (not gender or not p.gender or p.gender == gender) and _subject_mention(d, pa, pb):
                cands.append((pa, "person", p, bool(gender and p.gender == gender)))
    # an organisation, a country or a text that was the subject of a sentence since ("L'armée a … Elle a …")
    if info.get("thing") or info.get("nonperson"):
        last = max((c[0] for c in cands), default=-1)
        lo = head - 1
        while lo > 0 and d.para[head] - d.para[lo - 1] <= window and lo - 1 > last:
            lo -= 1
        for i in range(head - 1, lo - 1, -1):
            if ctx.reported(i, head) or not _subject(d, i) or i in people.by_token or d.pos[i] not in ("NOUN", "PROPN"):
                continue
            if d.plural(i) != (number == "plur"):
                continue
            if number != "plur" and any(c.dep_ == "conj" for c in d.doc[i].children):
                continue  # "la Suède et la Finlande": both, not what "elle" stands for
            if number != "plur" and (not gender or noun_gender(d, i) != gender):
                continue
            tok = d.doc[i]
            t = classify(d, i, tok.left_edge.i, tok.right_edge.i + 1, people.ent_label)
            # (or a vague group of bodies, or a group noun: "de nombreuses associations … elles", "la bourgeoisie …
            # elle")
            # (not a plural group of people, "ses experts … ils": the body named before them is who the pronoun is)
            group = t == "unnamed_collective" and (
                d.lem[i] in d.lex.organization_nouns or (d.lem[i] in d.lex.collective_words and not d.plural(i))
            )
            if (t in ("organization", "media") or group) and d.lem[i] not in d.lex.pronouns:
                cands.append((i, "np", (_name_or_description(d, i, i, i + 1), t), False))
                break
    # (also when only things were subjects before: "Le gouvernement …\n\nLe ministre a … Il rappelle": the nearer)
    if (
        number == "sing"
        and not info.get("nonperson")
        and d.lex.person_noun_antecedents
        and all(_thing_candidate(c) for c in cands)
    ):
        anon = _person_noun_subject(ctx, head, gender, window)
        if anon is not None:
            cands.append(anon)
    if number == "sing" and not info.get("nonperson"):
        # a person named earlier in the pronoun's own sentence, not as a complement, comes first
        # ("X, ancien président, se faisait menaçant : « … », a-t-il prévenu")
        start = d.sent_start[head]
        for pa, pb, p in people.mention_starts:
            if pa >= head:
                break
            if pa < start or d.para[pa] != d.para[head] or ctx.reported(pa, head) or _oblique(d, pa, pb):
                continue
            if not gender or not p.gender or p.gender == gender:
                cands.append((head - 1, "person", p, bool(gender and p.gender == gender)))
    if number == "sing" and not info.get("nonperson"):
        # a role noun subject earlier in the pronoun's sentence ("The governor, aides said, wondered
        # whether he would run"): the person holding that role
        lex = d.lex
        for i in range(d.sent_start[head], head):
            lem = d.lem[i]
            if d.pos[i] != "NOUN" or ctx.reported(i, head) or d.plural(i) or not (_subject(d, i) or d.dep[i] == "ROOT"):
                continue
            if lem not in lex.role_nouns or not _definite(d, i, d.doc[i].left_edge.i):
                continue
            g = noun_gender(d, i)
            if gender and g and g != gender:
                continue
            tok = d.doc[i]
            mods = {d.lem[k] for k in range(tok.left_edge.i, i) if d.pos[k] in ("ADJ", "NOUN", "PROPN")}
            p = people.with_role(lem, i, mods, gender)
            if p is not None:
                cands.append((i, "person", p, bool(gender and p.gender == gender)))
    bound = _relative_antecedents(d, people, head)
    if bound:  # "X, qu'il venait de qualifier de …": "il" is not X, the relative's object
        cands = [c for c in cands if id(c[2]) not in bound and not (c[1] == "found" and c[2].speaker in bound.values())]
    if cands:
        cands.sort(key=lambda c: c[0])
        pick = cands[-1]
        known = [c for c in cands if c[3]]
        thing = pick[1] == "np" or (
            pick[1] == "found" and pick[2].source_type not in ("person_named", "person_anonymous")
        )
        if number == "sing" and thing and known:
            pick = known[-1]  # "il", "elle" after a quote: a person whose gender agrees before an organisation
        if number == "plur" and d.lex.plural_pronoun_chains and pick[1] == "found" and not _several(d, pick[2]):
            # "… des internautes ont dit …, rapporte le journal X. … selon eux": a plural group before one outlet
            groups = [c for c in cands if c[1] == "found" and _several(d, c[2])]
            if groups:
                pick = groups[-1]
        question = next((c[2] for c in cands if c[1] == "found" and c[0] == pick[0] and _asks(d, c[2])), None)
        if question is not None and number == "sing" and question.content and question.content[-1][1] <= d.idx[head]:
            # "X asked Y if …. « … », he said": the reply is the one asked, not the one asking
            asked = _addressee(ctx, question)
            if asked is not None:
                _set_person(f, asked)
                return
            rest = [c for c in cands if c[0] < pick[0] and _speaker_of(c) != question.speaker]
            if rest:
                pick = rest[-1]
        if pick[1] == "found":
            _copy(f, pick[2])
        elif pick[1] in ("np", "anon"):
            f.speaker, f.source_type = pick[2]
        else:
            _set_person(f, pick[2])
        return
    if number == "sing" and not info.get("nonperson"):
        p = None
        complements, plain = set(), set()  # persons seen only as "de X" complements before the pronoun
        for pa, pb, q in people.mention_starts:
            if pa >= head:
                break
            oblique = _oblique(d, pa, pb)
            (complements if oblique else plain).add(id(q))
            if d.para[head] != d.para[pa] or ctx.reported(pa, head) or oblique or id(q) in bound:
                continue
            if not gender or not q.gender or q.gender == gender:
                p = q
        if p is None:
            p = people.last_before(head, gender=gender)
            if p is not None and id(p) in complements and id(p) not in plain and len(p.name.split()) == 1:
                # "la cave de Lurzac a perdu …, rappelle-t-elle": a one-word name only ever a complement (often a
                # place the tagger took for a person) is not who the pronoun stands for
                p = None
        if p is not None:
            _set_person(f, p)
            return
    if number == "plur" and d.lex.plural_pronoun_chains and not info.get("first") and not _first_or_second(d, head):
        np = _plural_antecedent(ctx, head, gender)
        if np is None and d.lex.plural_pronoun_nouns:
            np = _plural_person_noun(ctx, head, gender)
        if np is not None:  # "Les syndicats … Ils ont dénoncé … Ils estiment que": the plural subject they continue
            f.speaker, f.source_type = np
            return
    f.speaker = None  # an unresolved pronoun names no one
    f.source_type = "unnamed_collective" if number == "plur" or info.get("collective") else "person_anonymous"


def _relative_antecedents(d: AttributionDoc, people: People, head: int) -> dict[int, str]:
    """The persons named right before ", <relative pronoun>" when pronoun ``head`` follows it ("X, qu'il a …"):
    the relative's object, not who the subject pronoun stands for (by ``id``, with their names)."""
    if head < 3 or d.pos[head - 1] != "PRON" or d.tok[head - 2] != "," or d.in_quote[head] != d.in_quote[head - 2]:
        return {}
    return {id(p): p.name for _pa, pb, p in people.mention_starts if pb == head - 2}


def _thing_candidate(c: tuple[int, str, Any, bool]) -> bool:
    """A candidate antecedent of ``_pronoun`` that is no person (a body, a text, an outlet)."""
    return c[1] == "np" or (c[1] == "found" and c[2].source_type not in ("person_named", "person_anonymous"))


def _person_noun_subject(ctx: _Ctx, head: int, gender: str | None, window: int) -> tuple[int, str, Any, bool] | None:
    """ "Le repreneur … vend … « … », assure-t-il", no one named nor quoted before: the last singular person noun
    of the pronoun's gender that was a subject within ``window`` paragraphs, as a candidate of ``_pronoun``: the
    person it names by apposition or role when one is named, else its description (an anonymous person). A
    definite role or epithet whose holder the article does not name is left unresolved."""
    d, people = ctx.d, ctx.people
    lex = d.lex
    if not gender:
        return None
    things = lex.organization_nouns | lex.collective_words | lex.document_nouns | lex.media_nouns | lex.country_nouns
    for i in range(head - 1, -1, -1):
        if d.para[head] - d.para[i] > window:
            break
        named = d.doc[i].ent_type_ in _PER or people.ent_label.get(i) == "PER" or i in people.by_token
        if named or (d.pos[i] == "PROPN" and _subject(d, i)):
            return None  # a person named since, even one the parse or the resolution missed ("X Y, qui …, lance")
        if d.pos[i] != "NOUN" or d.plural(i) or ctx.reported(i, head) or not _subject(d, i):
            continue
        lem = d.lem[i]
        if lem in lex.pronouns or noun_gender(d, i) != gender:
            continue
        listed = lem in lex.anonymous_nouns or lem in lex.role_nouns or lem in lex.person_nouns
        if not listed and (lem in things or not person_like(d, i)):
            return None  # a thing of the pronoun's gender the subject since ("La mairie … Elle a"): maybe it
        tok = d.doc[i]
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        p = _apposed_person(d, people, i, lo, hi)
        if p is None and _definite(d, i, lo):
            mods = {d.lem[k] for k in range(lo, hi) if k != i and d.pos[k] in ("ADJ", "NOUN", "PROPN")}
            p = people.with_role(lem, i, mods - lex.role_time_words, gender)
            if p is None and lem in lex.person_nouns:
                return None  # ("le tyran": an epithet of someone the article names, not an anonymous person)
        if p is not None:
            return (i, "person", p, True)
        return (i, "anon", (_name_or_description(d, i, lo, hi), "person_anonymous"), False)
    return None


def _listed_speaker(d: AttributionDoc, i: int) -> bool:
    """Noun ``i`` is one of the language's nouns of persons, groups, bodies or outlets."""
    lex, lem = d.lex, d.lem[i]
    lists = (lex.role_nouns, lex.anonymous_nouns, lex.organization_nouns, lex.media_nouns, lex.person_nouns)
    return lem in lex.collective_words or any(lem in words for words in lists)


def _first_or_second(d: AttributionDoc, i: int) -> bool:
    return d.has_morph(i, "Person", "1") or d.has_morph(i, "Person", "2")


def _plural_antecedent(ctx: _Ctx, head: int, gender: str | None, window: int = 2) -> tuple[str, str] | None:
    """The plural noun phrase a third-person plural pronoun with no earlier source continues: the last plural
    subject before it, in its paragraph or the ``window`` before, read back through a chain of plural subject
    pronouns of the same gender ("Les éleveurs … Ils ont bloqué … Ils ont affirmé": "Les éleveurs"), outside what
    was reported. A feminine pronoun takes a feminine noun only; a subject joining several nouns counts as plural."""
    d, people = ctx.d, ctx.people
    lex = d.lex
    anchor = d.para[head]
    for i in range(head - 1, -1, -1):
        if anchor - d.para[i] > window:
            return None
        if not _subject(d, i) or ctx.reported(i, head):
            continue
        info = lex.pronouns.get(d.low[i])
        if info is not None:
            if info.get("number") == "plur" and info.get("gender") and not _first_or_second(d, i):
                if gender and info.get("gender") != gender:
                    return None  # "elles … ils": another group
                anchor = d.para[i]  # the chain goes on from that pronoun
                continue
            return None  # a singular or generic subject pronoun between: no chain through it
        if d.pos[i] not in ("NOUN", "PROPN"):
            continue
        if i in people.by_token:
            tok = d.doc[i]
            several = _persons_joined(d, people, tok.left_edge.i, tok.right_edge.i + 1)
            if several:  # "X et Y ont quitté la salle. Ils estiment": both
                return several, "person_named"
            continue
        several = d.plural(i) or any(d.dep[c] in d.lex.dep("conjunct") for c in d.kids[i])
        if not several:
            continue
        if gender == "f" and noun_gender(d, i) != "f":
            continue
        tok = d.doc[i]
        a, b = tok.left_edge.i, tok.right_edge.i + 1
        t = classify(d, i, a, b, people.ent_label)
        if t not in ("unnamed_collective", "organization", "media", "person_anonymous"):
            continue
        if d.pos[i] == "NOUN" and not (_listed_speaker(d, i) or person_like(d, i)):
            continue  # "des manœuvres", "les conséquences": things, whatever they are said to do
        return _name_or_description(d, i, a, b), t
    return None


def _plural_person_noun(ctx: _Ctx, head: int, gender: str | None) -> tuple[str, str] | None:
    """ "Le préfet a reçu les habitants … D'après eux": a plural pronoun
    no plural subject explains takes the last plural noun of persons or groups in its own sentence before it or in
    the sentence before, whatever its function (a feminine pronoun a feminine noun), outside what was reported
    and not a named person's."""
    d, people = ctx.d, ctx.people
    start = d.sent_start[head]
    if start > 0:
        start = d.sent_start[start - 1]
    for i in range(head - 1, start - 1, -1):
        if d.pos[i] != "NOUN" or not d.plural(i) or i in people.by_token or ctx.reported(i, head):
            continue
        if d.para[head] - d.para[i] > 1:
            return None
        if gender == "f" and noun_gender(d, i) != "f":
            continue
        if not (_listed_speaker(d, i) and person_like(d, i)):
            continue
        tok = d.doc[i]
        a, b = tok.left_edge.i, tok.right_edge.i + 1
        if a <= head < b:
            continue
        t = classify(d, i, a, b, people.ent_label)
        if t in ("unnamed_collective", "person_anonymous"):
            return _name_or_description(d, i, a, b), t
    return None


def _self_place(ctx: _Ctx, f: Found) -> tuple[str, str] | None:
    """(speaker, type) of the body "on" stands for when the cue says where ("à l'Élysée", "chez X")."""
    d = ctx.d
    if f.head is None or not d.lex.self_pronoun_places:
        return None
    for c in d.kids[f.head]:
        if c < f.head or d.pos[c] not in ("NOUN", "PROPN") or any(a <= d.idx[c] < b for a, b in f.content):
            continue  # (not a noun inside what is reported: "on a fait croire aux électeurs que …")
        if not any(d.dep[g] in d.lex.dep("case") and d.low[g] in d.lex.self_pronoun_places for g in d.kids[c]):
            continue
        tok = d.doc[c]
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        t = classify(d, c, lo, hi, ctx.people.ent_label)
        if t in ("organization", "media"):
            return _name_or_description(d, c, c, c + 1), t
    return None


def _asks(d: AttributionDoc, g: Found) -> bool:
    """The cue of ``g`` asks a question ("asked", "demandait")."""
    return g.head is not None and g.source_tok is not None and d.cue_lem[g.head] in d.lex.question_verbs


def _addressee(ctx: _Ctx, g: Found) -> Person | None:
    """The named person a question is put to ("asking Clinton if")."""
    d = ctx.d
    objects = d.lex.dep("object")
    for c in d.kids[g.head]:  # type: ignore[index]
        if d.dep[c] in objects or d.dep[c] in ("iobj", "dative"):
            p = ctx.people.by_token.get(c)
            if p is not None:
                return p
    return None


def _speaker_of(c: tuple[int, str, Any, bool]) -> str | None:
    """The speaker a pronoun candidate stands for."""
    if c[1] == "found":
        return c[2].speaker
    if c[1] == "person":
        return c[2].name
    return c[2][0]


def _outlet_name(d: AttributionDoc, head: int, a: int, b: int) -> str | None:
    """ "le média hongrois Exemple.hu", "le rapport du Guardian": the outlet's own name in a description."""
    if d.pos[head] == "PROPN" or d.tok[head][:1].isupper():
        return None
    lo = hi = -1
    for i in range(head + 1, b):
        w = d.tok[i]
        if w[:1].isupper() or (len(w) > 4 and norm(w).endswith(d.lex.media_domains)):
            if lo < 0:
                lo = i
            hi = i + 1
        elif lo >= 0 and d.low[i] not in d.lex.name_particles:
            break
    if lo < 0:
        return None
    for n in (4, 3, 2):  # a listed outlet's whole name ("France info"), not its capitalised words only
        if hi < lo + n <= b and norm(" ".join(d.tok[lo : lo + n])).replace("-", " ") in listed_media(d.lex):
            hi = lo + n
            break
    span = d.char_span(lo, hi)
    return d.text[span[0] : span[1]] if span else None


def _earlier_media(ctx: _Ctx, n: int, head: int) -> bool:
    """ "le journal", "la publication": the outlet cited last before, or the one outlet the article cites."""
    d, found = ctx.d, ctx.found
    if d.lem[head] in d.lex.media_person_nouns or d.plural(head) or d.lem[head] in d.lex.press_nouns:
        return False  # ("la presse chinoise": the press of a country, no one outlet)
    last: Found | None = None
    named: dict[str, Found] = {}
    for m, g in enumerate(found):
        if m == n or g.source_tok is None or g.source is None:
            continue
        rng = _mention_range(d, g)
        if rng is None or not any(d.tok[i][:1].isupper() for i in range(*rng)):
            continue
        _resolve(ctx, m)
        if g.source_type != "media" or g.speaker is None:
            continue
        if m < n and g.source_tok < head and d.para[head] - d.para[g.source_tok] <= 4:
            last = g
        named.setdefault(g.speaker, g)
    # the outlet named last before it, cited or not ("le magazine allemand Der Spiegel" … "le magazine"),
    # when nearer than the last one cited; else the one outlet the article cites
    mention = None
    for noun, i, text in ctx.media:
        if noun == head:  # its own name ("la chaîne irakienne Rafidain 24")
            mention = (i, text)
            break
        if i >= head:
            break
        if d.para[head] - d.para[i] <= 6:
            mention = (i, text)
    if mention is not None and (last is None or mention[0] > last.source_tok or mention[0] > head):  # type: ignore[operator]
        found[n].speaker, found[n].source_type = mention[1], "media"
        return True
    pick = last or (next(iter(named.values())) if len(named) == 1 else None)
    if pick is None:
        return False
    _copy(found[n], pick)
    return True


def _media_mentions(d: AttributionDoc) -> list[tuple[int, int, str]]:
    """(kind noun, name's first token, name) of every outlet named after its kind ("le bihebdomadaire
    camerounais Sans Détour", "le magazine allemand Der Spiegel", "la chaîne Rafidain 24"), in text order."""
    lex = d.lex
    out: list[tuple[int, int, str]] = []
    for i in range(d.n):
        if d.pos[i] != "NOUN" or d.lem[i] not in lex.media_nouns or d.lem[i] in lex.media_person_nouns:
            continue
        if not d.tok[i].islower():
            continue  # "Photo : Agence X", a credit
        j = i + 1
        while j < d.n and ((d.pos[j] == "ADJ" and d.tok[j][:1].islower()) or d.tok[j] in ("\u00ab", "\u201c", '"')):
            j += 1
        k = j
        while k < d.n and (
            d.tok[k][:1].isupper() or (k > j and (d.low[k] in lex.name_particles or d.tok[k].isdigit()))
        ):
            k += 1
        if k > j + 1 and k < d.n and d.low[j] in lex.definite and d.pos[k] == "ADJ" and d.tok[k].islower():
            k += 1  # "Le Réveil rhodanien"
        while k > j and d.low[k - 1] in lex.name_particles:
            k -= 1
        if k == j and i >= 3 and d.pos[i - 1] == "DET" and d.tok[i - 2] == ",":
            # "La Voix du Centre, un bihebdomadaire …": the name apposed before
            k = i - 2
            j = k
            while j > 0 and (d.tok[j - 1][:1].isupper() or d.low[j - 1] in lex.name_particles):
                j -= 1
            while j < k and d.tok[j] == d.low[j] and d.low[j] in lex.name_particles:
                j += 1
        if k > j:
            span = d.char_span(j, k)
            if span:
                out.append((i, j, d.text[span[0] : span[1]]))
    return out


def _definite_ref(ctx: _Ctx, n: int, head: int, a: int, b: int) -> bool:
    """A definite description ("le ministre", "la même source", "l'armée") resolved to what it names."""
    d, found, people = ctx.d, ctx.found, ctx.people
    lex = d.lex
    f = found[n]
    lem, low = d.lem[head], d.low[head]
    # "la même source", "cette même source": the source cited just before
    if any(d.low[i] in lex.same_markers for i in range(a, b)):
        for m in range(n - 1, -1, -1):
            g = found[m]
            if g.speaker is not None and g.source_tok is not None and g.source_tok < head:
                _copy(f, g)
                return True
    plural = d.plural(head)
    if not plural and b - a == 2 and d.low[head] in lex.ordinal_anaphors:
        p = _one_of_last_two(ctx, head, lex.ordinal_anaphors[d.low[head]])
        if p is not None:  # "MM. X et Y … Le premier estime que …": X
            _set_person(f, p)
            return True
    if plural and any(d.low[c.i] in lex.pair_words for c in d.doc[head].children):
        two = _last_two(ctx, n, head)  # "les deux hommes": the two persons just named
        if two:
            f.speaker, f.source_type = two, "person_named"
            return True
    if plural and lex.plural_role_antecedents and (lem in lex.role_nouns or low in lex.role_nouns):
        g = _joined_with_role(ctx, n, head, a, b)
        if g is not None:  # "Senator X and Governor Y … The senators said": both
            _copy(f, g)
            return True
    personal = lem in lex.role_nouns or low in lex.role_nouns or lem in lex.person_nouns or low in lex.person_nouns
    # "l'ancien journaliste", "the former reporter": a past trade describes someone named, not a reporter writing
    former = lem in lex.media_person_nouns and any(d.lem[i] in lex.role_time_words for i in range(a, head))
    personal = personal or former
    if personal and any(i in people.by_token and complement(d, i) for i in range(head + 1, b)):
        return False  # "l'avocat de X" is not X, nor anyone named before
    if personal and not plural and (lem not in lex.media_person_nouns or former):
        mods = {d.lem[i] for i in range(a, b) if i != head and d.pos[i] in ("ADJ", "NOUN", "PROPN")}
        mods -= lex.role_time_words  # "l'ancien directeur": which role, not when
        gender = noun_gender(d, head)
        p = people.with_role(lem, head, mods, gender) or people.with_role(low, head, mods, gender)
        generic = lem in lex.leader_nouns or lem in lex.person_nouns
        if p is None and mods and generic:  # "le dirigeant polonais", "le chef de la diplomatie hongroise"
            words = {m for m in mods if m not in lex.role_nouns}
            words |= {w for m in words for w in lex.role_word_equivalents.get(m, ())}
            p = _with_role_words(people, head, words, gender)
        if p is None and not (lem in lex.anonymous_nouns and lem not in lex.role_nouns):
            # "le milliardaire", "la présidente du parti": the person just named, unless another role is theirs
            strict = bool(mods) and not generic
            p = _recent_person(ctx, n, head, gender, {lem, low} if strict else None)
        anonymous = lem in lex.anonymous_nouns and lem not in lex.role_nouns
        if p is None and gender == "f" and lex.lone_woman_holds_role and not anonymous:
            p = _lone_woman(ctx, head, {lem, low})
        if p is not None:
            _set_person(f, p)
            return True
    for m in range(n - 1, -1, -1):
        g = found[m]
        if g.source_tok is None or g.speaker is None or g.source_tok >= head or g.follows is not None:
            continue
        if d.lem[g.source_tok] == lem and d.pos[g.source_tok] in ("NOUN", "PROPN"):
            if d.pos[head] == "NOUN" and d.pos[g.source_tok] == "NOUN" and d.plural(g.source_tok) != plural:
                continue  # "l'économiste" after "les économistes": one of them, not all
            if d.pos[head] == "PROPN" and not plural and _several(d, g):
                continue  # "la CGT" after "la CGT et les antifas": not both
            if lex.named_bodies_not_anaphors and _own_name(ctx, head, g):
                continue  # "la Banque centrale X" after "la banque Y": a body named in full is no anaphor
            if _other_kind(d, head, g.source_tok):
                continue  # "l'armée russe" after "l'armée américaine": another army
            _copy(f, g)
            if g.source_type == "person_anonymous" and any(d.tok[i][:1].isupper() for i in range(head + 1, b)):
                f.speaker = _description(d, head, a, b)  # "le journaliste de TF1" after "le journaliste": it names more
            elif g.source_type == "document" and g.speaker:
                mine = _description(d, head, a, b)
                theirs = _from_noun(g.speaker, d.tok[g.source_tok])
                if len(_from_noun(mine, d.tok[head])) > len(theirs) and theirs in mine:
                    f.speaker = mine  # "l'étude de X parue en mai, « Titre »" after "une étude de X": it names more
            return True
    body = lem in lex.media_nouns_body_qualified and not is_media(d, a, b, head)  # « l'agence spatiale »
    if lem in lex.media_nouns and not body and _earlier_media(ctx, n, head):
        return True
    if lem in lex.document_nouns and not plural:
        same = _same_document(d, head)
        if same is not None:  # "ce communiqué": the communiqué named just before, whoever spoke since
            owner = next(
                (g for g in found[:n] if g.speaker and g.source_tok is not None and same[1] <= g.source_tok < same[2]),
                None,
            )
            if owner is not None:
                _copy(f, owner)
            else:
                f.speaker = _description(d, same[0], same[0], same[0] + 1)
                f.source_type = "document"
            return True
        # "le texte", "le document": the text cited just before (not "la page X", named by its own name; not
        # texts cited as several: "selon les liens archivés, la page disait")
        own = any(d.pos[i] == "PROPN" for i in range(head + 1, b))
        for m in range(n - 1, -1, -1) if not own else ():
            g = found[m]
            if g.source_type != "document" or g.speaker is None or g.source_tok is None or g.source_tok >= head:
                continue
            if _several(d, g) or _stands_for_several(ctx, g):
                continue
            if d.para[head] - d.para[g.source_tok] <= 3:
                _copy(f, g)
                return True
            break
    if (
        lem in lex.organization_nouns
        or lem in lex.document_nouns
        or lem in lex.media_nouns
        or (plural and lem in lex.leader_nouns)
    ):
        # an earlier, fuller mention of the same thing ("l'armée" -> "l'armée israélienne", "les sept
        # dirigeants" -> "les dirigeants du G7")
        mine = _name_or_description(d, head, a, b)
        for i in range(head - 1, -1, -1):
            if d.para[head] - d.para[i] > 6:
                break
            if d.lem[i] != lem or d.pos[i] not in ("NOUN", "PROPN") or d.plural(i) != plural:
                continue
            if _other_kind(d, head, i) or _in_idiom(d, i):
                continue
            if lex.named_bodies_not_anaphors and any(d.dep[c] in lex.dep("conjunct") for c in d.kids[i]):
                continue  # "a réuni l'OTAN et les garde-côtes": not a fuller name of "l'OTAN"
            tok = d.doc[i]
            lo, hi = tok.left_edge.i, tok.right_edge.i + 1
            desc = _description(d, i, i, i + 1)
            if len(desc) > len(mine) and not (lo <= head < hi):
                f.speaker = desc
                f.source_type = classify(d, i, lo, hi, people.ent_label)
                return True
    kind = norm(_strip_det(_name_or_description(d, head, a, b), lex))
    if not plural and d.pos[head] == "NOUN" and (kind in lex.org_epithets or lem in lex.org_epithets):
        # "le think tank", "l'ONG": the organisation named as a source just before
        for m in range(n - 1, -1, -1):
            g = found[m]
            if g.source_tok is None or g.speaker is None or g.source_tok >= head:
                continue
            if d.para[head] - d.para[g.source_tok] > 2:
                break
            named = d.pos[g.source_tok] == "PROPN" or acronym(d, g.source_tok)
            if g.source_type == "organization" and named and not _several(d, g):
                _copy(f, g)
                return True
        body = _lone_body_named(ctx, head)
        if body is not None:  # "le directeur de l'Unicef viendra …, a annoncé l'organisation": the Unicef
            f.speaker, f.source_type = body, "organization"
            return True
    return False


def _lone_body_named(ctx: _Ctx, head: int) -> str | None:
    """The one organisation named by its name (a proper noun the entities call ORG, or an acronym) in ``head``'s
    paragraph and the one before, before ``head``, when no other (nor an outlet) is named there; else None."""
    d, people = ctx.d, ctx.people
    names: dict[str, str] = {}
    for i in range(head - 1, -1, -1):
        if d.para[head] - d.para[i] > 1:
            break
        label = people.ent_label.get(i) or d.doc[i].ent_type_
        if d.pos[i] != "PROPN" or not (label == "ORG" or (not label and acronym(d, i))):
            continue
        if i in people.by_token or is_media(d, i, i + 1, i):
            return None
        name = people.org_full.get(i) or d.tok[i]
        names.setdefault(norm(_strip_det(name, d.lex)), name)
        if len(names) > 1:
            return None
    return next(iter(names.values()), None)


def _joined_with_role(ctx: _Ctx, n: int, head: int, a: int, b: int) -> Found | None:
    """The last earlier attribution whose source joins several named persons by their names (not a pronoun standing
    for them), in the two paragraphs before ``head`` or before a pronoun of such a source since, when its words hold
    the role noun at ``head`` and each of its modifiers ("House Leader X and Senate Leader Y" for "the leaders",
    "the Democratic leaders" after "Democratic Leader Y"); else None."""
    d = ctx.d
    words = {d.lem[head], d.low[head]}
    mods = {d.low[i] for i in range(a, b) if i != head and d.pos[i] in ("ADJ", "PROPN")}
    anchor = d.para[head]
    for m in range(n - 1, -1, -1):
        g = ctx.found[m]
        if g.source_tok is None or g.speaker is None or g.source_tok >= head or g.source is None:
            continue
        if anchor - d.para[g.source_tok] > 2:
            return None
        if g.source_type != "person_named" or not _several(d, g):
            continue
        if d.low[g.source_tok] in d.lex.pronouns:
            anchor = d.para[g.source_tok]  # "they said": the chain goes on to whom it stands for
            continue
        said = {w.lower() for w in re.findall(r"\w+", d.text[g.source[0] : g.source[1]])}
        i = bisect.bisect_left(d.idx, g.source[0])
        while i < d.n and d.idx[i] < g.source[1]:
            said.add(d.lem[i])
            i += 1
        return g if words & said and mods <= said else None
    return None


def _own_name(ctx: _Ctx, head: int, g: Found) -> bool:
    """Whether the capitalised ``head`` lies in an organisation's name of several words the recogniser found
    ("la Banque centrale européenne") that the earlier source ``g``'s speaker does not hold: a body named in full."""
    d, people = ctx.d, ctx.people
    if not d.tok[head][:1].isupper() or (people.ent_label.get(head) or d.doc[head].ent_type_) != "ORG":
        return False
    full = people.org_full.get(head) or next((e.text for e in d.doc.ents if e.start <= head < e.end), "")
    return len(full.split()) > 1 and norm(full) not in norm(g.speaker or "")


def _same_document(d: AttributionDoc, head: int) -> tuple[int, int, int] | None:
    """The last earlier mention of the document noun ``head`` when ``head`` points back to it with a
    demonstrative ("ce communiqué", "cette étude"), within three paragraphs: (its head, its left edge and
    where it ends before any relative clause: "le rapport dont X a dit …" is not X's), or None. The noun
    of a fixed expression ("par rapport à", "à la lettre") names no document."""
    if not any(d.dep[c] == "det" and d.has_morph(c, "PronType", "Dem") for c in d.kids[head]):
        return None
    for i in range(head - 1, -1, -1):
        if d.para[head] - d.para[i] > 3:
            return None
        if d.lem[i] != d.lem[head] or d.pos[i] != "NOUN" or d.plural(i) or _other_kind(d, head, i):
            continue
        if _in_idiom(d, i):
            continue
        tok = d.doc[i]
        end = tok.right_edge.i + 1
        for c in d.kids[i]:
            if c > i and d.dep[c] in d.lex.dep("relative"):
                end = min(end, d.doc[c].left_edge.i)
        return i, tok.left_edge.i, end
    return None


def _in_idiom(d: AttributionDoc, i: int) -> bool:
    """Token ``i`` is a word of one of the language's fixed expressions around a document noun."""
    for words in d.lex.document_idioms:
        for p, w in enumerate(words):
            a = i - p
            if w == d.low[i] and a >= 0 and a + len(words) <= d.n and tuple(d.low[a : a + len(words)]) == words:
                return True
    return False


def _named_later(ctx: _Ctx, n: int, head: int) -> Person | None:
    """The person an indefinite role noun announces ("un député de la région", "une porte-parole de
    l'agence"): the first person named after it, within the next paragraph, when that first mention is the
    source of a later attribution, holds the same role (or a synonym: "Jeanne Valmont, députée de …") and
    agrees in gender. Anyone else named next is someone else ("un député … Paul Ferrand, ministre de …,
    a répondu": the deputy stays unnamed). Anonymous-only nouns ("une source") stay anonymous."""
    d, people = ctx.d, ctx.people
    lex = d.lex
    lem = d.lem[head]
    if d.pos[head] != "NOUN" or d.plural(head) or lem not in lex.role_nouns or lem in lex.unnamed_roles:
        return None
    gender = noun_gender(d, head)
    heads = lex.same_role(lem)
    seen = {id(p) for pa, _pb, p in people.mention_starts if pa < head}
    for pa, pb, p in people.mention_starts:
        if pa <= head or id(p) in seen:
            continue
        if d.para[pa] - d.para[head] > 1:
            return None
        seen.add(id(p))
        if gender == "f" and p.gender == "m":  # (a masculine role noun may stand for a woman: "un député")
            continue
        if not (heads & p.role_heads):
            return None  # no role, or another one: not the person the description announces
        if any(g.source_tok is not None and pa <= g.source_tok < pb for g in ctx.found[n + 1 :]):
            return p
        return None  # the first person named after it is not who speaks next
    return None


def _lone_woman(ctx: _Ctx, head: int, roles: set[str]) -> Person | None:
    """ "la directrice de l'hôpital …" that no role, speaker nor subject resolved: the one woman the article
    named before it, when it named exactly one and no one of unknown gender (a feminine role noun names a woman;
    with two, which one is left open), named in the same or the previous paragraph and holding no other role
    ("la ministre X" is not "la directrice"). A woman named in the description's own sentence is someone else
    ("X a reçu la ministre")."""
    people, d = ctx.people, ctx.d
    start = d.sent_start[head]
    women = {id(p): p for pa, _pb, p in people.mention_starts if pa < start and p.gender != "m"}
    if len(women) != 1 or any(p.gender != "m" for pa, _pb, p in people.mention_starts if start <= pa < head):
        return None  # (a person of unknown gender may be the woman)
    woman = next(iter(women.values()))
    if woman.gender != "f" or (woman.role_heads and not (roles & woman.role_heads)):
        return None
    last = max(pa for pa, _pb, p in people.mention_starts if p is woman and pa < start)
    if d.para[head] - d.para[last] > 1:
        return None  # named paragraphs before: a namesake, a guest, not the role's holder
    return woman


def _other_kind(d: AttributionDoc, head: int, earlier: int) -> bool:
    """Whether noun ``head`` has an adjective of its own and the earlier mention of the same noun another
    one ("l'armée russe" after "l'armée américaine"; but "l'armée" or "l'armée russe" again may be it)."""

    neutral = d.lex.role_time_words | d.lex.same_markers  # ("ancien", "même": no other kind)

    def adjectives(i: int) -> set[str]:
        return {d.lem[c] for c in d.kids[i] if d.pos[c] == "ADJ" and c > i and d.lem[c] not in neutral}

    mine, theirs = adjectives(head), adjectives(earlier)
    return bool(mine and theirs and not (mine & theirs))


def _recent_person(ctx: _Ctx, n: int, head: int, gender: str | None, roles: set[str] | None = None) -> Person | None:
    """The named person a role noun most likely stands for: the last speaker or subject named before, alone (not
    one of the speakers "X et Y")."""
    d, found, people = ctx.d, ctx.found, ctx.people
    best, best_pos = None, -1
    # a person named earlier in the description's own sentence is someone else
    # ("Comme son homologue américain X, le président brésilien accuse …")
    start = d.sent_start[head]
    others = {id(people.by_token[i]) for i in range(start, head) if i in people.by_token}
    pairs: list[tuple[int, int]] = []  # the mentions of several speakers ("X et Y"), skipped below too
    for m in range(n - 1, -1, -1):
        g = found[m]
        if g.source_type != "person_named" or g.source_tok is None or g.source_tok >= head:
            continue
        if id(people.by_name.get(g.speaker or "")) in others:
            continue
        if d.para[head] - d.para[g.source_tok] > 4:
            continue
        if _several(d, g):
            rng = _mention_range(d, g)
            if rng is not None:
                pairs.append(rng)
            continue
        p = people.by_name.get(g.speaker or "")
        if p is not None and roles and p.role_heads and not (roles & p.role_heads):
            continue
        if p is not None and g.source_tok > best_pos and (not gender or not p.gender or p.gender == gender):
            best, best_pos = p, g.source_tok
    for pa, pb, p in people.mention_starts:
        if pa >= head:
            break
        if pa <= best_pos or d.para[head] - d.para[pa] > 4 or ctx.in_content[pa] or id(p) in others:
            continue
        if roles and p.role_heads and not (roles & p.role_heads):
            continue
        if any(a <= pa < b for a, b in pairs):
            continue  # "X et Y affirment …": neither of them is "le président du club" after them
        if (not gender or not p.gender or p.gender == gender) and (
            _subject_mention(d, pa, pb) or _author_mention(d, pa, head)
        ):
            best, best_pos = p, pa
    return best


def _author_mention(d: AttributionDoc, a: int, head: int) -> bool:
    """The name at token ``a``, in the sentence before role noun ``head``'s or in its own, completes a document
    noun ("un rapport de X", "the report by X") or is the agent of words used (:func:`_words_used_by`): the
    document's or the words' author, whom the role noun ("La députée y écrit …") most likely stands for (not a
    statement's author named paragraphs before)."""
    s = d.sent_start[head]
    if a < (d.sent_start[s - 1] if s > 0 else 0):
        return False
    h = d.doc[a].head.i
    if h < a and d.pos[h] == "NOUN" and d.lem[h] in d.lex.document_nouns and complement(d, a):
        return True
    return _words_used_by(d, a)


def _words_used_by(d: AttributionDoc, a: int) -> bool:
    """The name at token ``a`` is the agent of a participle (``vehicle_participles``) qualifying a word noun
    (``vehicle_nouns``): « les termes employés par X », « les propos tenus par X » — X spoke them."""
    lex = d.lex
    verb = d.doc[a].head.i
    if verb >= a or d.pos[verb] != "VERB" or not d.has_morph(verb, "VerbForm", "Part"):
        return False
    if d.lem[verb] not in lex.vehicle_participles:
        return False
    if not any(d.dep[c] in lex.dep("case") and d.low[c] in lex.agent_markers for c in d.kids[a]):
        return False
    noun = d.doc[verb].head.i
    words = d.lem[noun] in lex.vehicle_nouns or d.low[noun] in lex.vehicle_nouns
    return noun < verb and d.pos[noun] == "NOUN" and words


def _one_of_last_two(ctx: _Ctx, head: int, which: int) -> Person | None:
    """The earlier (``which`` 0) or the later (1) of the two persons named last before token ``head`` within the
    paragraph before, when the ordinal's gender does not contradict the one picked."""
    d, people = ctx.d, ctx.people
    seen: list[Person] = []
    for pa, _pb, p in reversed(people.mention_starts):
        if pa >= head:
            continue
        if d.para[head] - d.para[pa] > 1:
            break
        if p not in seen:
            seen.append(p)
        if len(seen) == 2:
            pick = seen[1 - which]
            gender = noun_gender(d, head)
            return None if gender and pick.gender and pick.gender != gender else pick
    return None


def _last_two(ctx: _Ctx, n: int, head: int) -> str | None:
    """The two persons named last before token ``head`` (speakers or subjects), joined as one speaker."""
    d, people = ctx.d, ctx.people
    seen: list[Person] = []
    for pa, _pb, p in reversed(people.mention_starts):
        if pa >= head:
            continue
        if d.para[head] - d.para[pa] > 3:
            break
        if p not in seen:
            seen.append(p)
        if len(seen) == 2:
            return f"{seen[1].name} {d.lex.conjunction} {seen[0].name}"
    return None


def _with_role_words(people: People, head: int, mods: set[str], gender: str | None) -> Person | None:
    """ "le dirigeant polonais": the person last named before with a role sharing a qualifier ("polonais")."""
    best, best_key = None, (0, -1)
    for p in people.people:
        if not (mods & p.role_words) or (gender and p.gender and p.gender != gender):
            continue
        key = (len(mods & p.role_words), max((a for a, _ in p.mentions if a < head), default=-1))
        if key > best_key:  # the most qualifiers in common, then the last named
            best, best_key = p, key
    return best


def _head_in(d: AttributionDoc, a: int, b: int) -> int:
    for i in range(a, b):
        if not (a <= d.doc[i].head.i < b) or d.doc[i].head.i == i:
            return i
    return a


def _definite(d: AttributionDoc, head: int, a: int) -> bool:
    lex = d.lex
    for c in d.doc[head].children:
        if c.dep_ in ("det", "poss", "nmod:poss") and c.i < head and d.low[c.i] in lex.definite:
            return True
    return d.low[a] in lex.definite


def _with_relative(d: AttributionDoc, f: Found, head: int) -> str | None:
    """ "ceux qui ont signé le permis", "celles qui ont voté … et qui jugent": a demonstrative
    pronoun names no one without its relative clause, so the speaker keeps the first one (a clause coordinated after
    it and the attribution's content left out); None for any other head."""
    if d.pos[head] != "PRON":
        return None
    lo = head
    if d.tok[head][:1] == "-" and head > 0:
        lo = head - 1  # "ceux" "-là": one word in two tokens
    if norm("".join(d.tok[lo : head + 1])) not in d.lex.demonstrative_antecedents:
        return None
    rel = next((c for c in d.doc[head].children if c.dep_ in d.lex.dep("relative") and c.i > head), None)
    if rel is None:
        return None
    while lo > 0 and d.pos[lo - 1] in ("DET", "ADJ") and d.doc[lo - 1].head.i in (lo, head):
        lo -= 1  # "tous ceux"
    hi = rel.right_edge.i + 1
    for c in rel.children:
        if c.dep_ in d.lex.dep("conjunct") and c.i > rel.i:
            hi = min(hi, c.left_edge.i)
            hi = min([hi] + [k.i for k in c.children if k.dep_ == "cc"])
    start = f.content[0][0] if f.content else None
    while hi > head + 1 and (
        (start is not None and d.idx[hi - 1] >= start)
        or d.pos[hi - 1] in ("PUNCT", "SPACE", "SCONJ", "CCONJ", "ADP")
        or d.space[hi - 1]
    ):
        hi -= 1
    span = d.char_span(lo, hi)
    return d.text[span[0] : span[1]] if span and hi > rel.i else None


def _past_clause_words(d: AttributionDoc, a: int, head: int) -> int:
    """The start of mention [a, …) headed by ``head`` past words of the clause before it that the parse hung on it
    ("ensuite par Marc", "auquel Marc", "2021, c'est le Conseil"): after the last finite verb, auxiliary, comma,
    subordinating conjunction, relative pronoun or adverb before the head, and the prepositions that follow it
    ("par")."""
    span = d.char_span(a, head + 1)
    said = " ".join(norm(d.text[span[0] : span[1]]).split()) if span else ""
    if d.pos[head] == "PRON" or any(said.startswith(o + " ") for o in d.lex.cleft_openers):
        return a  # "Ce sont eux qui …": a cleft's opening names no one, and the check for it reads it whole
    cut = a
    for k in range(a, head):
        # (not an adverb of quantity or one qualifying an adjective or a number: "plus de 200", "très nombreux")
        adverb = (
            d.pos[k] == "ADV"
            and d.pos[d.head[k]] not in ("ADJ", "ADV", "NUM", "DET")
            and d.pos[k + 1] != "NUM"
            and norm(d.tok[k + 1]) not in d.lex.genitive
        )
        if (
            adverb
            or d.finite_verb(k)
            or d.pos[k] in ("AUX", "SCONJ")
            or d.tok[k] in (",", ";", ":")
            or d.has_morph(k, "PronType", "Rel")
        ):
            cut = k + 1
    if cut == a:
        return a
    while cut < head and (d.pos[cut] in ("ADP", "PUNCT", "SPACE", "CCONJ") or d.dep[cut] in ("case", "mark", "cc")):
        cut += 1
    return cut


def _name_or_description(d: AttributionDoc, head: int, a: int, b: int) -> str:
    a = _past_clause_words(d, a, head)
    if d.pos[head] == "PROPN" or d.tok[head][:1].isupper():
        # "Le Courrier du Lac, un hebdomadaire qui …": the name, not the apposition that describes it
        # (not a list: "L'Italie, le Danemark et les Pays-Bas")
        # (nor an informant the name relays: "According to the outlet X, a source in the ministry said")
        cut = next((k for k in range(head + 1, b - 1) if d.tok[k] == "," and d.pos[k + 1] == "DET"), b)
        noun = next((k for k in range(cut + 1, b) if d.pos[k] == "NOUN"), None)
        informant = noun is not None and d.lem[noun] in d.lex.anonymous_nouns
        if not informant and not any(d.pos[k] == "CCONJ" for k in range(cut, b)):
            b = cut
    if d.pos[head] == "PROPN":
        span = d.char_span(a, b)
        if span:
            return _bracket_closed(d, span)
    return _description(d, head, a, b)


def _antecedent(d: AttributionDoc, rel: int) -> int | None:
    """The noun just before a relative pronoun ("la marine du pays, qui", "des études publiées mardi qui"):
    past a comma, a date word, an adjective or a participle, up to the noun they qualify."""
    j = rel - 1
    while j >= 0 and (d.space[j] or d.tok[j] == "," or d.low[j] in d.lex.temporal_words):
        j -= 1
    for _ in range(3):
        if j < 0:
            return None
        if d.pos[j] in ("NOUN", "PROPN"):
            return j
        up = d.doc[j].head.i
        if d.pos[j] in ("ADJ", "VERB", "DET") and up < j and up != j:
            j = up
            continue
        return None
    return None


def _member_of(d: AttributionDoc, noun: int, rel: int) -> tuple[int, int, int] | None:
    """The subject (head, first token, end) that a plural antecedent of relative ``rel`` counts as one of: "X
    fait partie des syndicats qui", "X est l'un des élus qui", "X figure parmi les États qui" (``member_of`` in
    ``lang/<lang>/sources.json``: the words that say "one of", each with the prepositions it takes). None for any
    other antecedent."""
    heads = d.lex.member_of
    if not heads or not d.plural(noun) or not (noun < rel):
        return None
    h = d.head[noun]
    if h == noun or h > noun:
        return None
    words = [h] + [c for c in d.kids[h] if d.dep[c] in d.lex.dep("object") and c < noun]
    word = next((w for w in words if d.lem[w] in heads or d.low[w] in heads), None)
    if word is None:
        return None
    cases = heads.get(d.lem[word]) or heads.get(d.low[word])
    if not cases:
        return None
    if not any(d.dep[c] in d.lex.dep("case") and norm(d.low[c]) in cases for c in d.kids[noun]):
        return None
    subj = d.lex.dep("subject")
    for up in (h, d.head[h]):
        found = [c for c in d.kids[up] if d.dep[c] in subj and c < word and d.pos[c] in ("NOUN", "PROPN")]
        if found:
            a = d.doc[found[0]].left_edge.i
            while a < found[0] and d.pos[a] == "ADP":
                a += 1
            b = min(max(d.doc[c].right_edge.i for c in found) + 1, word)
            return found[0], a, b
        if up != h or d.head[h] == h:
            break
    return None


def _speaks(d: AttributionDoc, i: int) -> bool:
    """Whether noun ``i`` names someone or something that can say or want (a person, body, outlet, text)."""
    lex = d.lex
    lem = d.lem[i]
    return lem in lex.actor_nouns or lem in lex.document_nouns or lem in lex.country_nouns


def _described_person(d: AttributionDoc, noun: int, rel: int, people: People) -> Person | None:
    """ "…, and Ana Keel, chair of the harbour board, who urged": a person's relative pronoun (tag WP) after an
    apposition that describes the name right before it stands for that person, not for the apposition's nouns;
    None when the antecedent is no such apposition's noun or no person is named right before it."""
    if d.doc[rel].tag_ != "WP" or noun in people.by_token or d.pos[noun] not in ("NOUN", "PROPN"):
        return None
    appos, k = d.lex.dep("appos"), noun
    for _ in range(4):
        if d.dep[k] in appos or d.head[k] == k:
            break
        k = d.head[k]
    if d.dep[k] not in appos or not k <= noun < rel:
        return None
    j = d.doc[k].left_edge.i - 1
    if j < 0 or d.tok[j] != ",":
        return None
    j -= 1
    while j >= 0 and d.space[j]:
        j -= 1
    return people.by_token.get(j)


def _relative(d: AttributionDoc, f: Found, head: int, people: People, ctx: _Ctx | None = None, n: int = -1) -> None:
    """ "X, who said …" / "une armée qui estime …": the noun the relative clause hangs on."""
    verb = d.doc[head].head
    noun = verb.head
    before = _antecedent(d, head)
    if before is None and verb.dep_ == "conj" and d.pos[noun.i] in ("VERB", "AUX") and noun.i < head:
        # "X qui ont fermé … et qui prétendent …": a relative coordinated with an earlier one shares its antecedent
        rel = [c.i for c in noun.children if "Rel" in c.morph.get("PronType") or c.tag_ in ("WP", "WDT")]
        first = next((i for i in rel if i < noun.i), None)  # (before noun, itself before head: never head)
        if first is not None:
            _relative(d, f, first, people, ctx, n)
            return
    if before is not None and (noun.i == verb.i or d.pos[noun.i] not in ("NOUN", "PROPN", "PRON") or noun.i > head):
        noun = d.doc[before]  # the parse hung the clause elsewhere: the noun just before the pronoun
    if (
        before is not None
        and before != noun.i
        and d.pos[noun.i] == "NOUN"
        and not _speaks(d, noun.i)
        and (d.pos[before] == "PROPN" or _speaks(d, before))
        and any(d.tok[k] == "," for k in range(before + 1, head))
    ):
        noun = d.doc[before]  # "des patrouilles menées par la marine, qui a précisé": the navy
    if noun.i == verb.i or d.pos[noun.i] in ("VERB", "AUX"):
        # no antecedent found (a clause is nobody: "qui affirment" hung on another verb names no one)
        f.speaker, f.source_type = None, "person_anonymous"
        return
    # the verb agrees with its antecedent: "les plans de la Valdorie, qui veut" is la Valdorie
    vnum = verb.morph.get("Number")
    if vnum and noun.morph.get("Number") and vnum != noun.morph.get("Number"):
        for c in noun.children:
            if c.i > noun.i and c.dep_ in ("nmod", "conj") and c.morph.get("Number") == vnum:
                noun = c
                break
    # and a relative pronoun that shows its gender agrees in gender too: "les critiques des ministres, lesquels"
    rgen = d.lex.relative_gender.get(d.low[head])
    if rgen and d.pos[noun.i] == "NOUN" and noun_gender(d, noun.i) not in (rgen, None):
        for c in noun.children:
            if (
                noun.i < c.i < head
                and c.dep_ in ("nmod", "conj")
                and d.pos[c.i] == "NOUN"
                and noun_gender(d, c.i) in (rgen, None)
                and c.morph.get("Number") in (noun.morph.get("Number"), [])
            ):
                noun = c
                break
    if d.dep[noun.i] in d.lex.dep("predicate_nominal") and noun.head.i < noun.i:
        # "Vantor is the company that argues …": the name the predicate describes
        subj = [c.i for c in noun.head.children if d.dep[c.i] in d.lex.dep("subject") and c.i < noun.i]
        if subj and subj[0] in people.by_token:
            _set_person(f, people.by_token[subj[0]])  # "Jo Vance is the adviser who said"
            return
        if subj and d.pos[subj[0]] == "PROPN":
            # its name, the kind of source its description says ("the organisation")
            k = subj[0]
            f.speaker = _name_or_description(d, k, d.doc[k].left_edge.i, k + 1)
            f.source_type = classify(d, noun.i, noun.left_edge.i, noun.i + 1, people.ent_label)
            return
    member = _member_of(d, noun.i, head)
    if member is not None:  # "X fait partie des syndicats qui estiment …", "X est l'un des élus qui …": X
        k, a, b = member
        p = people.person_in(a, b, k)
        if p is not None and not complement(d, min(i for i in range(a, b) if people.by_token.get(i) is p)):
            _set_person(f, p)
            return
        f.speaker = _name_or_description(d, k, a, b)
        f.source_type = classify(d, k, a, b, people.ent_label)
        return
    if d.pos[noun.i] == "NOUN" and not _speaks(d, noun.i):
        # "la stratégie portuaire de la région, qui compte": a thing does not intend; its "de X" does
        for c in noun.children:
            if c.dep_ == "nmod" and noun.i < c.i < head and (d.pos[c.i] == "PROPN" or _speaks(d, c.i)):
                noun = c
                break
    described = _described_person(d, noun.i, head, people)
    if described is not None:
        _set_person(f, described)
        return
    if ctx is not None:
        ctx.antecedents[id(f)] = noun.i
    lo = noun.left_edge.i
    while lo < noun.i and d.pos[lo] == "ADP":
        lo += 1  # "de l'UE": the mention, not its preposition
    p = people.person_in(lo, max(noun.i + 1, head), noun.i)  # "au patriote Zemmour, qui …"
    if p is not None and (
        noun.i in people.by_token
        or not complement(d, min(i for i in range(lo, max(noun.i + 1, head)) if people.by_token.get(i) is p))
    ):
        f.speaker, f.source_type = p.name, "person_named"
        f.role, f.roles = (p.roles[0] if p.roles else None), list(p.roles)
        return
    word = d.tok[noun.i]
    bare = not any(d.pos[c] == "DET" for c in d.kids[noun.i])  # (not "la Marine, qui …": the navy)
    if p is None and bare and word[:1].isupper() and noun.i not in people.by_token and not word.isupper():
        p = people.by_surname(d.low[noun.i]) or people.by_given_name(word, noun.i)
        if p is not None:  # "Marine, qui entend …" after "Marine Le Pen": her, as when she is the subject
            _set_person(f, p)
            return
    several = _persons_joined(d, people, lo, verb.i)
    if several:
        f.speaker, f.source_type = several, "person_named"
        return
    first = noun.head
    if (
        d.dep[noun.i] == "conj"
        and first.i < noun.i
        and d.pos[first.i] in ("NOUN", "PROPN")
        and "Plur" in verb.morph.get("Number")
        and noun.i < head
    ):
        # "des militaires et des diplomates qui voulaient": all of them
        a = first.left_edge.i
        while a < first.i and d.pos[a] == "ADP":
            a += 1
        b = head
        while b > noun.i + 1 and (d.space[b - 1] or d.tok[b - 1] == ","):
            b -= 1
        span = d.char_span(a, b)
        if span is not None:
            f.speaker = d.text[span[0] : span[1]]
            f.source_type = classify(d, first.i, a, b, people.ent_label)
            return
    definite = ctx is not None and d.pos[noun.i] == "NOUN" and _definite(d, noun.i, lo)
    if definite and _definite_ref(ctx, n, noun.i, lo, noun.i + 1):  # type: ignore[arg-type]
        return  # "the president, who has claimed": the president named before
    f.speaker = _with_relative(d, f, noun.i) or _name_or_description(d, noun.i, lo, noun.i + 1)
    # its complements up to the pronoun type it too ("les délégués du G5, lesquels": who they are)
    f.source_type = classify(d, noun.i, lo, max(noun.i + 1, min(noun.right_edge.i + 1, head)), people.ent_label)
    fuller = people.org_full.get(noun.i)
    if f.source_type == "organization" and fuller and len(fuller) > len(f.speaker) and fuller not in f.speaker:
        f.speaker = fuller
