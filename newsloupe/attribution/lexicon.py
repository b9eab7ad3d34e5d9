"""The attribution rules of one language, read once from its data file.

``newsloupe/lang/<lang>/attribution.json`` holds the cue rules and switches
(reporting verbs by lemma and the arguments that carry their content, phrase
cues, hedge words); ``sources.json`` beside it the words that say who a source
is and its type (pronouns, role nouns, anonymity markers, organisation, media
and document words, vague collectives);
:func:`get_lexicon` turns it into sets and tuples for fast look-ups, once per
process. Nothing language-specific lives in the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from newsloupe.lang import load_data
from newsloupe.nlp.tokens import norm


@dataclass(frozen=True)
class Phrase:
    """A phrase cue ("selon", "according to"): normalised tokens and how it is used."""

    tokens: tuple[str, ...]
    hedge: bool = False
    clause_initial: bool = False
    needs_source: bool = False
    postposed_only: bool = False
    owner: int | None = None  # "à son avis": the phrase's own token (a possessive) that is the source


class _Labels(dict[str, frozenset[str]]):
    """Dependency labels by role: a role the language does not name has none."""

    def __missing__(self, key: str) -> frozenset[str]:
        return frozenset()


@dataclass
class Lexicon:
    """Rules of one language for attribution, hedges and source types."""

    lang: str
    deps: dict[str, frozenset[str]]
    verbs: dict[str, str]
    classes: dict[str, tuple[str, ...]]
    multiword: dict[tuple[str, str], str]
    adjectives: dict[str, str]
    phrases: tuple[Phrase, ...]
    phrase_first: frozenset[str]
    clause_openers: frozenset[str]
    pronouns: dict[str, dict[str, Any]]
    definite: frozenset[str]
    role_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    collective_words: frozenset[str]
    collective_plural_only: frozenset[str]
    anonymous_plural_types: dict[str, str]
    media_nouns: frozenset[str]
    media_person_nouns: frozenset[str]
    document_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    organization_names: frozenset[str]
    media_names: frozenset[str]
    media_name_markers: frozenset[str]
    organization_name_markers: frozenset[str]
    places_as_actors: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_words: re.Pattern[str] | None
    conditional_blockers: frozenset[str]
    reported_conditional: bool
    strip_leading: frozenset[str]
    quote_marks_in_content: bool
    split_quotes: bool
    source_span: str
    orphan_quotes: bool
    nested_in_quotes: bool
    nested_quote_cues: bool
    continue_quotes: bool
    closed_quote_not_before: bool  # '“A.” She added, “B.”': a quotation that closed its sentence is not the cue's
    split_quote_paragraphs: bool  # a quotation going on in a new paragraph is an attribution of its own
    incise_subject_before: bool
    # False: a cue that is no finite verb inside another attribution's unquoted content is part of it (English)
    nested_nonfinite_cues: bool
    # True: "a strike that officials said could delay X" reports "that" | "could delay X" (English, PolNeAR)
    split_around_relative_cue: bool
    object_to_clause_end: bool
    drop_sourceless_nonfinite: bool
    # "Y est resté ferme, affirmant que …": a participle's source is the subject of the verb it hangs on
    participle_clause_subject: bool
    # subjects the parse lost, read off the surface: the bare noun phrase before a finite cue ("Une étude de
    # l'institut X recommande …"), the subject of the predicate a cue is coordinated with ("X reste confiant et
    # sait que")
    surface_subjects: bool
    # "les « … » de X": a quotation after a determiner, followed by "de" and a person's name, is that person's
    # words (not a work's title: see ``work_nouns``)
    quote_of_person: bool
    split_contents: bool  # one attribution per contiguous content (the French guide), not one with several spans
    colon_content: bool  # "X précise : …" unquoted: the rest of the sentence (or the next paragraph) is content
    # a quotation of a few words or more opened by a colon (on its line or the next) that no cue claimed is the
    # words of the clause before the colon ('X wrote: “…”', 'More from the report: “…”'), when orphan_quotes is off
    colon_quotes: bool
    # with colon_quotes, a quotation closing on ",", "?" or "!" that no cue claimed, followed by a verb and its
    # subject ('“…,” Trump barked'), is that subject's words whatever the verb
    quote_then_verb: bool
    colon_block: bool  # a main-clause cue whose sentence ends its paragraph with a colon: the next paragraph
    gap_max: int
    colon_quote_words: int = 4  # the fewest words of a quotation ``colon_quotes`` takes
    # the subject's words between a quotation and its cue do not count against ``gap_max`` ('“…,” X, one of the
    # board's oldest pilots, said': a long apposition); English (stop 40)
    quote_gap_skips_subject: bool = False
    # with colon_quotes, a quotation no cue claimed that is a whole paragraph is the words of the speaker of the
    # last attribution of the paragraph before (AP style: 'X said, … .' then '“…”' alone); English (stop 40)
    paragraph_quotes: bool = False
    object_markers: dict[str, frozenset[str]] = field(default_factory=dict)
    # "exhorter les communes à partager …", "enjoindre X de …": directive verbs whose object and the infinitive
    # after it ("à"/"de") are one content, the object included
    object_infinitive: dict[str, frozenset[str]] = field(default_factory=dict)
    # "assurer la protection de X", "garantir l'accès à Y": verbs that report a clause but whose noun object
    # is what they ensure, no content
    clause_not_object: frozenset[str] = frozenset()
    # "se prononceront concernant le financement": participles naming what a stance is about, not its content
    topic_participles: frozenset[str] = frozenset()
    # "la qualifie de « provocation »", "se disent « progressistes »": verbs that take a short quoted label
    label_verbs: frozenset[str] = frozenset()
    label_gap: frozenset[str] = frozenset()  # the words that may stand between such a verb and its label
    label_max_words: int = 0
    # "la promesse du maire de rouvrir la piscine": nouns of saying, asking, deciding or fearing that report
    # the clause they take when someone owns them (a possessive or "de X"), whatever the learned model says
    report_nouns: frozenset[str] = frozenset()
    # such a noun no one owns ("l'idée de rouvrir", "les craintes d'une pénurie"): "" no cue; "object" reports its
    # clause, or the "de X" that names no one; with ``report_noun_sources`` ("subject": the subject of the verb
    # whose object the noun is; "paragraph": the speaker of the previous report in the paragraph), the first
    # that gives a source, and no cue when none does (unless "keep" is one of them)
    report_noun_ownerless: str = ""
    report_noun_sources: tuple[str, ...] = ()
    # "continuent de réclamer", "est venu annoncer": verbs of going on, starting or coming whose infinitive, a
    # listed cue, is kept whatever the learned model's gate says (the model reads the infinitive as no report)
    aspect_verbs: frozenset[str] = frozenset()
    relay_verbs: frozenset[str] = frozenset()  # "d'après X, qui citait Y": X passes on Y's words
    agent_markers: frozenset[str] = frozenset()  # the word before a passive's agent ("cité par X")
    relay_participles: frozenset[str] = frozenset()  # "cité", "rapportées": forms of the relay verbs
    relative_relay_verbs: frozenset[str] = frozenset()  # "selon X, qui cite Y, Z" (not "qui reprend un argument")
    media_only_relays: frozenset[str] = frozenset()  # "interrogé par la radio X" (not "contacté par la police")
    habit_adverbs: frozenset[str] = frozenset()  # "qui cite souvent Y": a habit, not a relay
    vehicle_participles: frozenset[str] = frozenset()  # "les informations communiquées par X": X owns them
    temporal_words: frozenset[str] = frozenset()
    object_clitics: frozenset[str] = frozenset()  # "lui a lancé X": a clitic object before the verb, no subject
    recipient_prepositions: frozenset[str] = frozenset()  # "selon X au journal Y": Y heard it, X said it
    # "on", "il": pronouns that are only ever subjects; the tagger's person on an ambiguous verb form ("lira",
    # "croit") never makes them objects (``rules._disagrees``)
    subject_only_pronouns: frozenset[str] = frozenset()
    venue_prepositions: frozenset[str] = frozenset()  # "sur Radio X : « … »": a name where words were said
    # "« … » : c'est ce qu'écrit X": the pronoun and relative words before a cue verb whose object is the
    # quotation just before (the cue's subject written after it)
    cleft_pronouns: frozenset[str] = frozenset()
    # "X nous avait prévenus" parsed as a passive: a "passive" subject of a verb whose auxiliary is one of these
    # (and none passive) is its subject
    active_auxiliaries: frozenset[str] = frozenset()
    # "X a ordonné aux gardes de « … »": the cue classes whose quotation may follow the cue's object and one of
    # these prepositions (the infinitive or noun complement quoted)
    object_quote_classes: frozenset[str] = frozenset()
    object_quote_preps: frozenset[str] = frozenset()
    cleft_relatives: frozenset[str] = frozenset()
    cleft_copulas: frozenset[str] = frozenset()  # "être", "voilà", "voici": what opens the cleft
    hypothetical_marks: frozenset[str] = frozenset()  # "si", "quand": a wish or belief in such a clause is supposed
    comme_words: frozenset[str] = frozenset()  # "comme", "as": an incise whose clitic stands for the clause
    comme_clitics: frozenset[str] = frozenset()  # "le", "l'": what the "comme" incise's verb takes
    as_clause_words: frozenset[str] = frozenset()  # "as": "As X reported, Y." reports the clause around it
    as_clause_deps: frozenset[str] = frozenset()  # the dependencies of such a clause's verb ("advcl")
    as_clause_topics: frozenset[str] = frozenset()  # "as X went on about …": a topic's preposition, no such clause
    # "La réponse est : « … »": nouns naming what a colon introduces, no speaker as the clause's subject
    colon_topic_nouns: frozenset[str] = frozenset()
    # "A, the agency said, citing the commission": a participle whose object said A through the cue it hangs on
    citing_verbs: frozenset[str] = frozenset()
    # "— Name (@handle) July 3, 2022" on its own line after a block of text: an embedded post's signature, the block
    # its author's words (``rules._embedded_posts``); the data's ``post_signature``, whose group ``name`` is the author
    post_signature: re.Pattern[str] | None = None
    # "la date, contestée par X", "la date est contestée par X": a listed cue's past participle with an agent and no
    # content of its own reports the noun phrase it qualifies or its passive subject (``rules._passive_theme``)
    passive_themes: bool = False
    participle_negations: frozenset[str] = frozenset()  # "non rejetées par X": no report (``rules._passive_theme``)
    # "la date est contestée notamment par X", "un projet voulu par X": a passive participle's "par X" the parser
    # labelled a modifier (``obl:mod``, ``nmod``): read as its agent (``AttributionDoc``); the labels, the
    # prepositions and the nouns that are no agent ("par exemple", "par la suite")
    misread_agent_deps: frozenset[str] = frozenset()
    misread_agent_cases: frozenset[str] = frozenset()
    misread_agent_not_nouns: frozenset[str] = frozenset()
    colon_labels: frozenset[str] = frozenset()  # "Commentaire :", "Climat :": a paragraph's label, not its speaker
    # « C'est … : « … » »: demonstrative subjects that stand for no one (before a colon the speaker is looked for
    # further; anywhere else the attribution has no speaker)
    demonstrative_subjects: frozenset[str] = frozenset()
    # "Ambient lighting offers thirty colors": a cue only the learned model takes, whose subject is a thing (a
    # common noun no source list holds, no entity, nearer thing nouns than person nouns) and whose complement is
    # no clause, reports nothing (``rules._thing_acts``)
    thing_subjects_report_nothing: bool = False
    thing_subjects_listed: bool = False  # "The ball was praising …": listed cues too (stop 50)
    # "Imagine that …", "Don't forget that …": a cue in the imperative (the sentence's first verb, in its base form,
    # with no subject) addresses the reader and reports no one's words; the words that may stand before it
    # (``rules._imperative``)
    imperative_openers: frozenset[str] | None = None
    # "the stain, which implied a leak": relative pronouns that, standing for a thing, report nothing
    # (``rules._thing_antecedent``)
    thing_relatives: frozenset[str] = frozenset()
    # "the club claimed the trophy": verb lemma -> object nouns that make it a taking, not a report
    # (``rules._taking_object``)
    taking_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    # "The mayor reportedly met X": adverbs of hearsay, each a hedged cue with no source (``rules._hearsay_adverbs``)
    hearsay_adverbs: frozenset[str] = frozenset()
    # "The evidence clearly shows that …": nouns whose "report" is the writer's own verdict, no source's
    # (``rules.find_attributions``)
    verdict_subjects: frozenset[str] = frozenset()
    # "The agency maintains that …": outlet nouns that name an outlet only with one of their words in the mention
    # ("the news agency"); alone they name a body (source_types.is_media)
    media_nouns_qualified: dict[str, frozenset[str]] = field(default_factory=dict)
    # « l'Agence européenne du médicament », « l'agence spatiale »: outlet nouns that name a body when a word other
    # than these qualifies them (« l'agence », « l'agence de presse » stay outlets; source_types.is_media)
    media_nouns_body_qualified: dict[str, frozenset[str]] = field(default_factory=dict)
    # "The public believes … He said": nouns of a group in the singular that no "he"/"she" stands for
    group_singulars: frozenset[str] = frozenset()
    # « selon l'AFP »: the elided articles that may stand glued before an outlet's listed name
    elided_articles: tuple[str, ...] = ()
    not_sources: frozenset[str] = frozenset()  # "selon toute vraisemblance": words that make a phrase cue no cue
    not_after: frozenset[str] = frozenset()  # "varier selon les pays": verbs after which a phrase cue is none
    # "la déclaration de X selon laquelle …": a preposition and the relative pronouns after it that open
    # what a noun reports
    relative_cue_preps: frozenset[str] = frozenset()
    relative_cue_pronouns: frozenset[str] = frozenset()
    # "des informations selon lesquelles …" is "selon des informations, …": an antecedent that names no act of
    # saying (no report noun) and has no owner is the source, "selon lesquelles" the (hedging) cue
    relative_cue_carriers: bool = False
    # "il est considéré comme …": a verb of regarding in the passive with no agent presents a view no one owns
    agentless_predicate_hedge: bool = False
    # "a, de son côté, précisé que …" with "que" parsed as no clause's mark: the complementisers after which the
    # rest of the sentence is a clausal cue's content when the parse gave it none
    que_fallback: frozenset[str] = frozenset()
    que_fallback_blockers: frozenset[str] = frozenset()  # "ne": "n'engagent que ceux qui …" is no clause
    # "je sais ce qu'une crue fait à un village": after these lemmas "ce que" is what is known, no report
    que_fallback_not_ce: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()  # "livre", "mémoires": a quotation they open or stand before is a title
    # "Écoutez", "Listen": a word the recogniser glues before a name (lang/<lang>/entities.json, stop 45)
    leading_words: frozenset[str] = frozenset()
    # "Russes", "Occidentaux": nationality nouns (lang/<lang>/entities.json ``demonyms``, folded): "Pour les Russes, …"
    demonyms: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()  # "avoir", "être": lemmas of the auxiliaries of compound tenses
    drop_imperative: bool = False  # "Espérons que …" opening a sentence: the writer's exhortation, no report
    # a cue the model accepts whose class found no content: the arguments tried next, in order ("xcomp", "dobj",
    # "prep", "oprd", "nsubjpass"), and the prepositions whose object is then a content ("talked about X")
    last_resort_deps: tuple[str, ...] = ()
    last_resort_preps: frozenset[str] = frozenset()
    last_resort_no_object: frozenset[str] = frozenset()  # cue classes whose noun object is never a last resort
    dateline_subjects: bool = False  # "PORT ELLIS (Wire) — The harbour master asked …": the dateline is no subject
    # "The audit, based on …, named three firms" parsed with the audit as the sentence's root and the verb under
    # it: the noun is the verb's subject, its mention the noun phrase alone (rules._sources, speakers._description)
    root_noun_subjects: bool = False
    # nouns that report what their complement says, by complement ("that": "the claim that …", "to": "a pledge
    # to …", a preposition: "questions about …"): lemmas listed per complement (rules._noun_complement_cues)
    noun_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # the words that open a noun's "that" clause and its infinitive ("the claim that …", "a pledge to …")
    noun_complement_marks: dict[str, frozenset[str]] = field(default_factory=dict)
    # two attributions with one source mention ("“A,” he wrote. “B.”") have the speaker resolved for the first
    one_speaker_per_mention: bool = False
    # verbs of regarding or presenting that report the predicate a mark introduces ("considère X comme Y",
    # "X, présenté par Z comme Y"): lemmas, and the marks (rules._predicate_cues)
    predicate_verbs: frozenset[str] = frozenset()
    # "s'oppose à X", "met en garde contre X", "est favorable à X", "table sur X": the prepositions whose object is
    # the content, by cue lemma or locution noun (lexicon ``frames``; rules._prep_object)
    prep_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    prep_forms: dict[str, str] = field(default_factory=dict)  # "du" -> "de", "aux" -> "à" (frames ``case_forms``)
    # "se dit fier de X" but not "est fier de son stade": the prepositions a predicative adjective takes as its
    # content only under one of these verbs (frames ``adjective_speaking_preps``; rules._prep_object)
    adjective_speaking_preps: frozenset[str] = frozenset()
    adjective_speaking_verbs: frozenset[str] = frozenset()
    # "s'insurger", "se prononcer": verbs that are cues only with their reflexive clitic ("l'usine élève le prix")
    reflexive_only: frozenset[str] = frozenset()
    # "qualifier": verbs that are no cue with their reflexive clitic ("l'équipe s'est qualifiée pour la finale")
    not_reflexive: frozenset[str] = frozenset()
    # "X aurait quitté le pays": a compound conditional in a main clause is hearsay, the clause someone's report
    # whom the text does not name (rules._conditional_reports); the auxiliaries that build it
    conditional_auxiliaries: frozenset[str] = frozenset()
    # "roulerait", "arriveraient": endings of the conditional after its future stem in "r"; the conditional is
    # read from the verb's form, which the tagger's mood misses both ways (hedges._cnd); empty: the tag alone
    conditional_endings: tuple[str, ...] = ()
    conditional_not_verbs: frozenset[str] = frozenset()  # "aurait pu": a counterfactual, no report
    conditional_not_subjects: frozenset[str] = frozenset()  # "on aurait dit": a supposition
    # "il aurait fallu": these subject lemmas with an expletive dependent on the verb are impersonal, no report
    conditional_impersonal: frozenset[str] = frozenset()
    predicate_marks: frozenset[str] = frozenset()
    last_resort_not_xcomp: frozenset[str] = frozenset()  # "asked not to be named": passives that are no content
    narrative_infinitive: frozenset[str] = frozenset()  # "et": "Et d'ajouter que …" goes on for the last speaker
    issued_document_speaks: bool = False  # "a publié un communiqué appelant à …": the document is the source
    # "qui", "cela", "on": a governing verb's subject pronoun that lends no speaker to a non-finite cue
    nonfinite_blocking_subjects: frozenset[str] = frozenset()
    contrast_marks: frozenset[str] = frozenset()  # "tandis que", "while": a clause set against the report
    # "…, bien que …" after a reported clause: a concession the writer adds, where an indirect content ends
    concessive_marks: frozenset[str] = frozenset()
    # "Au programme : « A » « B » ou encore « C »": the words that join quotations as a list of titles
    # (``rules._title_run``)
    title_run_joiners: frozenset[str] = frozenset()
    # "refusent d'entrer dans X et préfèrent partir": an infinitive content ends before a finite verb coordinated
    # with it (the parse's slip), which goes on the cue's clause
    finite_conj_ends_infinitive: bool = False
    # "X est chargé d'annoncer que …", "X est allé jusqu'à annoncer que …": a passive's subject is the infinitive's
    passive_controls_infinitive: bool = False
    # a sentence the parse cut where no mark ends one goes on (``AttributionDoc``)
    join_unmarked_sentences: bool = False
    # "souhaite ramener X et mettre fin à Y": infinitives with no mark coordinated on the cue are one content
    bare_infinitives_coordinated: bool = False
    # "à la veille de « La Marche des fiertés »": a verbless capitalised quotation after a preposition or article
    # is a name (French typography capitalises titles), no one's words
    titles_after_articles: bool = False
    # "X a promis de Y, selon Z": a phrase cue reporting a verb cue's whole clause ends that cue's content
    phrase_ends_report: bool = False
    # "estime que X et qu'il faut Y" with the second clause hung on the cue: one content
    coordinated_que_clauses: bool = False
    # "Les éleveurs … Ils affirment que …": a plural pronoun no earlier source agrees with continues the plural
    # subject before it, through a chain of plural subject pronouns (``speakers._plural_antecedent``)
    plural_pronoun_chains: bool = False
    # "X, the party's leader, and Y, its whip, said … The leaders said": a definite plural role noun is the persons
    # of the last source joining several, whose words hold that noun and its modifiers (``speakers._definite_ref``)
    plural_role_antecedents: bool = False
    # how many times a verb no list holds must have been a cue in the learned model's training (its lemma table's
    # ``n`` × ``cue_rate``, rounded) for the model's class of it to make it a cue (0: any lemma of the table;
    # "employment ticked down" after one "ticked" cue in PolNeAR train)
    learned_lemma_min_cues: int = 0
    # "selon Tomasz Wrona et la Lituanie": a person's name coordinated with a body or a group speaks for both
    person_joins_other: bool = False
    # "…, a dit le chef de l'administration régionale, X." / "…, le colonel X.": a name apposed after a role that
    # ends the sentence, or with a title between, names who holds the role (``speakers._apposed_person``)
    apposed_name_closes: bool = False
    # "Karim al-Obaidi": a name particle joined by a hyphen to a capitalised word is part of a name
    hyphenated_particles: bool = False
    # "la fédération des exploitants, qui réclame … Elle": a relative source agrees by the noun it was resolved to
    resolved_relative_gender: bool = False
    # "le président de la commission de la sécurité et de la défense": one source; a conjunction joins sources only
    # at the mention's head (``speakers._several``)
    several_at_head: bool = False
    # "la déclaration du président tchèque Jaroslav Novotny": a name right after a role noun's mention, with no
    # punctuation between, is who holds the role, where the parse hung the name elsewhere (``speakers._apposed_person``)
    name_right_after_role: bool = False
    # "Nancy Pelosi" tagged a place or "misc" by the entity recogniser: a listed given name right before a person's
    # name, or a name of two to four words opening with a listed given name, is a person all the same
    # (``speakers.People._mistyped``)
    mistyped_person_names: bool = False
    # "Le repreneur … vend … « … », assure-t-il": "il", "elle" with no other candidate take the last singular person
    # noun of their gender that was a subject (``speakers._person_noun_subject``)
    person_noun_antecedents: bool = False
    # "la Banque centrale X" after "la banque Y", "l'OTAN" after "a réuni l'OTAN et les garde-côtes": a body named in
    # full is no anaphor of an earlier source of the same noun, and an earlier mention joined to another is no
    # fuller name of it (``speakers._definite_ref``)
    named_bodies_not_anaphors: bool = False
    # "la directrice de l'hôpital" with no holder found: the one woman the article named before it, when it
    # named only one (a feminine role noun names a woman; ``speakers._lone_woman``)
    lone_woman_holds_role: bool = False
    # "Le préfet a reçu les habitants … D'après eux": a plural pronoun no plural subject explains takes the last
    # plural noun of persons or groups in its sentence or the one before (``speakers._plural_person_noun``)
    plural_pronoun_nouns: bool = False
    # "…, qui avait publié un message, affirmant que …": a present participle after a relative clause's predicate
    # takes the relative's antecedent (``rules._participle_clause_subject``)
    participle_after_relative: bool = False
    # "« X continue … », a salué Y, fustigeant Z : « … »": a subject inside a quotation is not who speaks after a
    # colon outside it (``rules._colon_source``)
    colon_subject_outside_quotes: bool = False
    # "certains produits et des études récentes suggèrent": of a subject's conjuncts, the one that can speak when
    # the first cannot (``rules._subject``)
    speaking_conjunct: bool = False
    # "Il semblerait que …": the impersonal "il" of a verb of seeming names no one: the report has no source
    # (``rules._impersonal_il``)
    impersonal_il_no_source: frozenset[str] = frozenset()  # the pronouns ("il")
    # verbs of seeming whose impersonal subject names no one though no rule drops the report ("It seems …")
    seeming_verbs: frozenset[str] = frozenset()
    # "Il a été décidé que …", "il est précisé que …": verbs whose agentless passive with an impersonal "il" reports
    # a clause no one is named for (``rules._agentless_il_passive``)
    impersonal_passives: frozenset[str] = frozenset()
    impersonal_passive_marks: frozenset[str] = frozenset()  # "que", "de": what opens that clause
    # "is known to infect humans", "was hailed a hero": verbs whose past participle with no agent is no report
    agentless_not_cues: frozenset[str] = frozenset()
    # "ce qu'il veut dire": a cue lemma whose whole content is one of these bare words is an idiom ("means")
    idiom_contents: dict[str, frozenset[str]] = field(default_factory=dict)
    # "X told Ruptly that …": verbs whose object or dative, a listed outlet, relays the report (``rules._told_media``)
    medium_addressee_verbs: frozenset[str] = frozenset()
    # "as the league decided in May": cue classes whose "as" clause reports nothing around it (``rules._as_clause``)
    as_clause_not_classes: frozenset[str] = frozenset()
    # "le « X »": an outlet's name written in quotation marks after its article is the name alone
    # (``speakers._quoted_title``)
    quoted_outlet_titles: bool = False
    # "la presse chinoise": a media noun for the press as a whole, never resolved to one outlet cited elsewhere
    press_nouns: frozenset[str] = frozenset()
    # "ceux qui ont signé le permis … jugent": a demonstrative pronoun names a source only with its relative clause,
    # which the speaker keeps (``speakers._with_relative``)
    demonstrative_antecedents: frozenset[str] = frozenset()
    # "X demande à Y si « … »": the clause a question verb (``question_verbs``) opens with one of these marks is
    # what it asks, whether the parse hangs it as a complement or as an adverbial clause (a condition)
    question_marks: frozenset[str] = frozenset()
    # a verb the lemmatizer left as written ("demande" for "demander"): its infinitive read off these endings
    # (written ending -> infinitive ending), tried only when the lemma is the form itself
    form_endings: dict[str, str] = field(default_factory=dict)
    # a reported clause that is only quotations joined by ``quote_joiners`` ("si « A » et « B »") is those
    # quotations, one attribution each
    clause_of_joined_quotes: bool = False
    # "cela montre que …": neuter demonstratives that name no one, so a clause they "say" is no report
    mute_subjects: frozenset[str] = frozenset()
    # "n'a pas dit que …", "Nul ne sait si …": a verb cue negated (``ne`` with one of ``negation_words`` beside it,
    # or a negative subject, ``negation_subjects`` or a noun they determine) reports nothing, unless its verb
    # says the reverse once negated (``negation_keeps``: "n'a pas caché que", "n'a pas exclu que")
    negation_particles: frozenset[str] = frozenset()
    negation_words: frozenset[str] = frozenset()
    negation_subjects: frozenset[str] = frozenset()
    negation_keeps: frozenset[str] = frozenset()
    # words just after the negation word that leave a report ("pas seulement", "pas autre chose", "rien d'autre")
    negation_not_only: frozenset[str] = frozenset()
    negation_classes: frozenset[str] = frozenset()  # the cue classes a negation empties
    # "on sait que …", "on notera que …": verbs of knowing and noticing whose generic "on" is the writer's voice
    generic_on_verbs: frozenset[str] = frozenset()
    # "la crise montre que …", "une formule qui signifie que …": verbs of showing or meaning whose subject, when
    # it names no one who or nothing that can speak, gives the writer's reasoning, no report
    signifying_verbs: frozenset[str] = frozenset()
    # "la guerre a souligné l'importance de …", "ce souvenir rappelle la nécessité de …": verbs of saying that, with
    # a subject naming no one who or nothing that can speak and no "que" clause after them, mean showing
    showing_verbs: frozenset[str] = frozenset()
    # "a commenté ces propos", "a évoqué le sujet", "n'affirme pas autre chose": a verb cue whose whole content is
    # a noun phrase headed by one of these nouns names the talk or its topic, not what was said: no content
    pointer_nouns: frozenset[str] = frozenset()
    # "Il semble que …" (no one to whom it seems, indicative) and "il nous semble que …" (the writer's "nous"/"me"):
    # the writer's own hedge, no report; "il semblerait que" (the conditional) and "il lui semble que" stay
    # reports, and so does "il paraît que" (hearsay) for the verbs of ``impersonal_hearsay``
    impersonal_views: frozenset[str] = frozenset()
    impersonal_hearsay: frozenset[str] = frozenset()
    # "Je pense que …", "j'ai montré que …" outside any quotation: the writer's own voice (the guide annotates
    # what the article ascribes to a source other than itself), for cues that take no quotation
    writer_subjects: frozenset[str] = frozenset()
    # "This writer has argued", "no one knows", "one must note" outside any quotation: the writer, or no one in
    # particular; such a source names no one (``speakers._resolve``: no speaker, type "none")
    writer_mentions: frozenset[str] = frozenset()
    # "Apostolic Nuncio": role nouns that end a title and are no one's surname (not "King", "Bishop")
    title_nouns: frozenset[str] = frozenset()
    nobody_mentions: frozenset[str] = frozenset()
    # "Ce sont eux qui …": a cleft's opening read as a speaker's name names no one (``speakers.resolve_all``)
    cleft_openers: tuple[str, ...] = ()
    # "you", "vous": the reader addressed; a source that is one takes no one else's name, and a speaker never is one
    # reached through another mention (``speakers.resolve_all``)
    second_person: frozenset[str] = frozenset()
    # "Do you think the plan works?", "Why are you still waiting?" outside any quotation: a question the writer puts
    # to the reader (its subject one of these), no one's report, for cues that take no quotation
    reader_subjects: frozenset[str] = frozenset()
    # "Vous avez remarqué que …", "vous savez comment …": a verb of knowing, noticing or wanting whose subject is the
    # reader (``reader_subjects``), outside questions too: the writer addressing the reader, no one's report
    reader_verbs: frozenset[str] = frozenset()
    # "Can the same be said for X?" outside any quotation: a question whose cue has no source at all is the
    # writer's, no one's report (``rules._reader_question``)
    sourceless_questions: bool = False
    # "X a déclaré que la Russie avait obtenu …": a verb the cue model takes but no list or lemma table of the
    # model holds ("learned"), inside what an attribution with another kind of cue reports unquoted, is part of
    # that report (an event told), not a report of its own; listed cues nested there stay (the guide annotates
    # every level), and so does any cue inside a learned cue's content (that outer cue may be the false one)
    nested_learned_cues: bool = True
    # "a salué sur Twitter la décision", "a réagi devant la mairie": a complement with one of these prepositions
    # says where or to whom one spoke, not what (the first always; the second when it names an outlet or a place)
    setting_cases: frozenset[str] = frozenset()
    # "selon moi", "pour nous": the pronouns (besides any the tagger marks first or second person) after which a
    # phrase cue gives the speaker's own view, no other source
    own_view_phrases: frozenset[str] = frozenset()
    setting_cases_named: frozenset[str] = frozenset()
    learned: dict[str, Any] = field(default_factory=dict)
    # who a source is (sources.json): gender clues, person and country nouns, "la même source"
    honorific_gender: dict[str, str] = field(default_factory=dict)
    determiner_gender: dict[str, str] = field(default_factory=dict)
    role_gender: dict[str, str] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()
    same_markers: frozenset[str] = frozenset()
    ordinal_anaphors: dict[str, int] = field(default_factory=dict)  # "le premier": 0, "le second": 1 of the last two
    country_nouns: frozenset[str] = frozenset()
    quantity_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    leader_nouns: frozenset[str] = frozenset()
    # "un groupe de chercheurs": a body noun that, with people as its complement, is a vague group of them
    group_nouns: frozenset[str] = frozenset()
    # "de nombreuses associations": a vague quantifier before a plural body noun makes a vague group, not a body
    vague_quantifiers: frozenset[str] = frozenset()
    # "les démocrates": a party's members named with the definite plural, the party itself (an organisation)
    party_member_nouns: frozenset[str] = frozenset()
    # "l'Allemagne … Elle", "l'OTAN … Elle": the grammatical gender of a country's or body's name whose article is
    # elided or absent, so a pronoun can stand for it
    name_gender: dict[str, str] = field(default_factory=dict)
    # "sa déclaration", "their statement": a possessive source, resolved like a pronoun of this number/gender
    possessives: dict[str, dict[str, Any]] = field(default_factory=dict)
    # "lesquels" is masculine: the gender a relative pronoun shows, so it skips a noun of the other one
    relative_gender: dict[str, str] = field(default_factory=dict)
    # "X fait partie des syndicats qui …", "X est l'un des élus qui …": words saying "one of", with their prepositions
    member_of: dict[str, frozenset[str]] = field(default_factory=dict)
    # "X along with Y" joins two speakers as "X and Y" does: the phrase and the conjunction it stands for
    joining_phrases: dict[str, str] = field(default_factory=dict)
    # "selon les termes de X", "according to figures from X": a noun for what X said, whose X is the source
    vehicle_nouns: frozenset[str] = frozenset()
    # "les chiffres de X", "figures from X": the words that make X the owner of such a noun
    vehicle_cases: frozenset[str] = frozenset()
    # "…, a averti les habitants": verbs whose object is who is told, never who speaks (no inverted incise)
    addressee_verbs: frozenset[str] = frozenset()
    media_domains: tuple[str, ...] = ()
    pair_words: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()  # "ask": the reply that follows is the addressee's
    self_pronoun_places: frozenset[str] = frozenset()  # "insiste-t-on à l'Élysée": who "on" is
    # "« … », peut-on lire dans le communiqué": with "on", what is read in X is X's (verbs, prepositions)
    reading_verbs: frozenset[str] = frozenset()
    reading_places: frozenset[str] = frozenset()
    # "apprend-on aux enfants": a reading verb with an object of one of these prepositions teaches, reads nothing
    reading_taught: dict[str, frozenset[str]] = field(default_factory=dict)
    # "par rapport à", "à la lettre": fixed expressions whose document noun names no document (lower-case words)
    document_idioms: tuple[tuple[str, ...], ...] = ()
    # "Léa Morvan, envoyée spéciale", "(avec AFP)": words of a byline, which signs no pull quotation
    byline_words: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()  # "être", "devenir": no speech verb, even inverted after a quotation
    # "« A » et « B », dit-elle": the words between quotations that share the inverted cue after the last one
    quote_joiners: frozenset[tuple[str, ...]] = frozenset()
    # '“A,” he said, but “B.”': words that may stand between a cue and the quotation its report goes on in
    continuation_joiners: frozenset[str] = frozenset()
    # the parser's entity labels by kind ("person", "place", "outlet")
    entity_labels: dict[str, frozenset[str]] = field(default_factory=dict)
    # "le chef de la diplomatie" is the minister of foreign affairs: a role's word and the words it stands for
    role_word_equivalents: dict[str, frozenset[str]] = field(default_factory=dict)
    role_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # "directeur" -> also "patron"
    role_time_words: frozenset[str] = frozenset()  # "ancien", "former": when a role was held, not which role
    org_epithets: frozenset[str] = frozenset()  # "le think tank", "the group": the organisation named before
    unnamed_roles: frozenset[str] = frozenset()  # "un responsable", "an official": kept unnamed, no name announced
    person_suffixes: tuple[str, ...] = ()  # "-eur", "-iste": nouns of agents, persons whatever their vector
    genitive: frozenset[str] = frozenset()
    conjunction: str = "and"
    first_names: dict[str, str] = field(default_factory=dict)
    multiword_heads: frozenset[str] = field(init=False, default=frozenset())  # lemmas of ``multiword``'s keys

    def __post_init__(self) -> None:
        self.multiword_heads = frozenset(lem for lem, _ in self.multiword)
        # the rules ask for a role's labels hundreds of times an article: ``dep`` is the look-up of
        # the labels themselves (a C call), which shadows the method below on every instance
        self.deps = _Labels(self.deps)
        self.dep = self.deps.__getitem__  # type: ignore[method-assign]

    def __getstate__(self) -> dict[str, object]:
        # (``dep`` is bound to this instance's ``deps``: a copy or an unpickled lexicon binds its own)
        state = dict(self.__dict__)
        state.pop("dep", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.dep = self.deps.__getitem__  # type: ignore[method-assign]

    @cached_property
    def phrases_by_first(self) -> dict[str, tuple[Phrase, ...]]:
        """The phrase cues by their first token, each word's in the order of :attr:`phrases`."""
        out: dict[str, list[Phrase]] = {}
        for ph in self.phrases:
            out.setdefault(ph.tokens[0], []).append(ph)
        return {w: tuple(v) for w, v in out.items()}

    @cached_property
    def actor_nouns(self) -> frozenset[str]:
        """Nouns for someone who can say, want or fear: a role, a person, a body, an outlet, a vague group
        (read on first use: the loader fills the source lists after construction)."""
        return (
            self.role_nouns
            | self.anonymous_nouns
            | self.organization_nouns
            | self.media_nouns
            | self.person_nouns
            | self.collective_words
        )

    def dep(self, name: str) -> frozenset[str]:
        """The dependency labels of a role (``subject``, ``clausal``…) in this language's parser
        (none for a role it does not name). Each instance reads them through ``deps.__getitem__``."""
        return self.deps[name]

    def ent(self, kind: str) -> frozenset[str]:
        """The entity labels of a kind (``person``, ``place``, ``outlet``) in this language's parser."""
        return self.entity_labels.get(kind, frozenset())

    def same_role(self, lemma: str) -> frozenset[str]:
        """The role heads that name the same role as ``lemma``: itself and its synonyms ("directeur", "patron")."""
        return self.role_synonyms.get(lemma, frozenset()) | {lemma}


def _set(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(norm(w) for w in data.get(key, []))


def _names(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(data.get(key, []))


# One unit of an escaped word: a run of spaces, the apostrophe class, an escaped or a plain character.
_UNIT = re.compile(r"\\s\+|\['\u2019\]|\\.|.", re.S)


def _trie(alternatives: set[str]) -> str:
    """The alternation of escaped ``alternatives`` as a prefix tree ("ab(?:c|d)" for "abc|abd").

    Python's regex engine tries every branch of an alternation at every position; a tree
    shares the prefixes, which makes long word lists several times faster. The longer
    continuation is tried first, so a match is the longest word as in a longest-first list.
    """
    root: dict[str, dict] = {}
    for alt in sorted(alternatives):
        node = root
        for unit in _UNIT.findall(alt):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        kids = [unit + emit(child) for unit, child in node.items() if unit]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?"

    return emit(root)


def word_regex(words: list[str], folded: bool = False) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any of ``words`` as whole words (apostrophes unified).

    folded: match a text already lower-cased instead (``text.lower()`` when it keeps the
        length, so offsets hold): the same matches about a third faster, as the regex engine
        then compares characters without case folding.
    """
    if not words:
        return None
    alts = {re.escape(norm(w)).replace("'", "['\u2019]").replace("\\ ", r"\s+") for w in words}
    return re.compile(r"(?<![\w-])(?:" + _trie(alts) + r")(?![\w-])", 0 if folded else re.IGNORECASE)


_FIRST_RUN = re.compile(r"\w+")
_RUN_STARTS = re.compile(r"(?<![\w-])\w+")


class PhraseScanner:
    """Whole-word phrase lists of several categories, found in a lower-cased text in one pass.

    The same hits as ``word_regex(words, folded=True).finditer(low)`` for each category, but
    each category's pattern is only tried where a word starts that begins one of its phrases,
    instead of at every position of the text (a pattern that opens with a look-behind gets no
    fast scan from the regex engine).

    phrases (dict[str, list[str]]): category -> words or phrases.
    """

    def __init__(self, phrases: dict[str, list[str]]) -> None:
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.first: dict[str, list[str]] = {}  # first word-character run -> categories
        # categories with a phrase opening with another character: scanned whole (never in ``first``)
        self.anywhere: list[str] = []
        for cat, words in phrases.items():
            pat = word_regex(words, folded=True)
            if pat is None:
                continue
            self.patterns[cat] = pat
            runs = set()
            for w in words:
                m = _FIRST_RUN.match(norm(w))
                if m is None:
                    self.anywhere.append(cat)
                    break
                runs.add(m.group())
            else:
                for run in runs:
                    self.first.setdefault(run, []).append(cat)

    def finditer(self, low: str) -> list[tuple[int, int, str]]:
        """``(start, end, category)`` of every hit in ``low`` (a lower-cased text), by category then offset."""
        hits: list[tuple[int, int, str]] = []
        for cat in self.anywhere:
            hits.extend((m.start(), m.end(), cat) for m in self.patterns[cat].finditer(low))
        last: dict[str, int] = {}  # where each category's previous hit ended (hits do not overlap)
        first, patterns = self.first, self.patterns
        for w in _RUN_STARTS.finditer(low):
            cats = first.get(w.group())
            if not cats:
                continue
            at = w.start()
            for cat in cats:
                if at < last.get(cat, 0):
                    continue
                m = patterns[cat].match(low, at)
                if m is not None:
                    hits.append((at, m.end(), cat))
                    last[cat] = m.end()
        return hits


@cache
def first_names() -> dict[str, str]:
    """Given names (lower-case) and the gender they usually mark, from ``lang/common/first_names.json``."""
    data = load_data("common", "first_names") or {}
    return {norm(n): g for g in ("f", "m") for n in data.get(g, [])}


@cache
def get_lexicon(lang: str) -> Lexicon | None:
    """The attribution rules of ``lang``, or None when it has no data file."""
    data = load_data(lang, "attribution")
    if not data:
        return None
    # who a source is and its type: lang/<lang>/sources.json (keys of attribution.json as a fallback)
    data = {**data, **{k: v for k, v in load_data(lang, "sources").items() if k != "about"}}
    content = data.get("content", {})
    negated = content.get("negated_cues", {})
    phrases = tuple(
        Phrase(
            tokens=tuple(norm(t) for t in p["tokens"]),
            hedge=bool(p.get("hedge")),
            clause_initial=bool(p.get("clause_initial")),
            needs_source=bool(p.get("needs_source")),
            postposed_only=bool(p.get("postposed_only")),
            owner=p.get("owner"),
        )
        for p in data.get("phrases", [])
    )
    # Longest phrases first so "selon lui" is not read as "selon".
    phrases = tuple(sorted(phrases, key=lambda p: -len(p.tokens)))
    verbs = {norm(k): v for k, v in data.get("verbs", {}).items() if v != "none"}
    # the frames block: words written from grammar by complement frame, under the lists above (which win)
    frames = data.get("frames", {})
    for cls, words in frames.get("verbs", {}).items():
        for w in words:
            verbs.setdefault(norm(w), cls)
    adjectives = {norm(k): v for k, v in data.get("adjectives", {}).items() if v != "none"}
    for cls, words in frames.get("adjectives", {}).items():
        for w in words:
            adjectives.setdefault(norm(w), cls)
    multiword = {(norm(m["lemma"]), norm(m["child"])): m["class"] for m in data.get("multiword", [])}
    for m in frames.get("multiword", []):
        multiword.setdefault((norm(m["lemma"]), norm(m["child"])), m["class"])
    prep_frames: dict[str, set[str]] = {}
    for prep, words in frames.get("prep_objects", {}).items():
        for w in words:
            prep_frames.setdefault(norm(w), set()).add(norm(prep))
    lex = Lexicon(
        lang=lang,
        deps={k: frozenset(v) for k, v in data.get("deps", {}).items()},
        verbs=verbs,
        classes={k: tuple(v["content"]) for k, v in data.get("classes", {}).items()},
        multiword=multiword,
        adjectives=adjectives,
        phrases=phrases,
        phrase_first=frozenset(p.tokens[0] for p in phrases),
        clause_openers=_set(data, "clause_openers"),
        pronouns={norm(k): v for k, v in data.get("pronouns", {}).items()},
        definite=_set(data, "definite_determiners"),
        # "l'ex-ministre", "l'ex-chef de …": a role noun with a prefix of former office is a role noun
        role_nouns=_set(data, "role_nouns")
        | {norm(p) + r for p in data.get("role_prefixes", []) for r in _set(data, "role_nouns")},
        anonymous_nouns=_set(data, "anonymous_nouns"),
        collective_words=_set(data, "collective_words"),
        collective_plural_only=_set(data, "collective_plural_only"),
        anonymous_plural_types={norm(k): v for k, v in data.get("anonymous_plural_types", {}).items()},
        media_nouns=_set(data, "media_nouns"),
        media_person_nouns=_set(data, "media_person_nouns"),
        document_nouns=_set(data, "document_nouns"),
        organization_nouns=_set(data, "organization_nouns"),
        organization_names=_set(data, "organization_names"),
        media_names=_set(data, "media_names"),
        elided_articles=tuple(sorted(_set(data, "elided_articles"))),
        media_name_markers=_names(data, "media_name_markers"),
        organization_name_markers=_names(data, "organization_name_markers"),
        places_as_actors=_set(data, "capitals") | _set(data, "countries_as_actors"),
        hedge_verbs=_set(data, "hedge_verbs"),
        hedge_words=word_regex(data.get("hedge_words", [])),
        conditional_blockers=_set(data, "conditional_blockers"),
        reported_conditional=bool(data.get("reported_conditional")),
        strip_leading=frozenset(norm(w) for w in content.get("strip_leading", [])),
        quote_marks_in_content=bool(content.get("quote_marks_in_content")),
        split_quotes=bool(content.get("split_quotes")),
        source_span=content.get("source_span", "subtree"),
        orphan_quotes=bool(content.get("orphan_quotes")),
        nested_in_quotes=bool(content.get("nested_in_quotes", True)),
        nested_quote_cues=bool(content.get("nested_quote_cues")),
        continue_quotes=bool(content.get("continue_quotes")),
        closed_quote_not_before=bool(content.get("closed_quote_not_before")),
        split_quote_paragraphs=bool(content.get("split_quote_paragraphs")),
        incise_subject_before=bool(content.get("incise_subject_before")),
        nested_nonfinite_cues=bool(content.get("nested_nonfinite_cues", True)),
        split_around_relative_cue=bool(content.get("split_around_relative_cue")),
        object_to_clause_end=bool(content.get("object_to_clause_end")),
        drop_sourceless_nonfinite=bool(content.get("drop_sourceless_nonfinite")),
        participle_clause_subject=bool(content.get("participle_clause_subject")),
        surface_subjects=bool(content.get("surface_subjects")),
        quote_of_person=bool(content.get("quote_of_person")),
        split_contents=bool(content.get("split_contents")),
        finite_conj_ends_infinitive=bool(content.get("finite_conj_ends_infinitive")),
        passive_controls_infinitive=bool(content.get("passive_controls_infinitive")),
        join_unmarked_sentences=bool(content.get("join_unmarked_sentences")),
        bare_infinitives_coordinated=bool(content.get("bare_infinitives_coordinated")),
        titles_after_articles=bool(content.get("titles_after_articles")),
        phrase_ends_report=bool(content.get("phrase_ends_report")),
        coordinated_que_clauses=bool(content.get("coordinated_que_clauses")),
        plural_pronoun_chains=bool(content.get("plural_pronoun_chains")),
        plural_role_antecedents=bool(content.get("plural_role_antecedents")),
        learned_lemma_min_cues=int(content.get("learned_lemma_min_cues", 0)),
        person_joins_other=bool(content.get("person_joins_other")),
        apposed_name_closes=bool(content.get("apposed_name_closes")),
        hyphenated_particles=bool(content.get("hyphenated_particles")),
        resolved_relative_gender=bool(content.get("resolved_relative_gender")),
        several_at_head=bool(content.get("several_at_head")),
        name_right_after_role=bool(content.get("name_right_after_role")),
        mistyped_person_names=bool(content.get("mistyped_person_names")),
        person_noun_antecedents=bool(content.get("person_noun_antecedents")),
        named_bodies_not_anaphors=bool(content.get("named_bodies_not_anaphors")),
        lone_woman_holds_role=bool(content.get("lone_woman_holds_role")),
        plural_pronoun_nouns=bool(content.get("plural_pronoun_nouns")),
        participle_after_relative=bool(content.get("participle_after_relative")),
        colon_subject_outside_quotes=bool(content.get("colon_subject_outside_quotes")),
        speaking_conjunct=bool(content.get("speaking_conjunct")),
        impersonal_il_no_source=_set(content, "impersonal_il_no_source"),
        seeming_verbs=_set(content, "seeming_verbs"),
        impersonal_passives=_set(content, "impersonal_passives"),
        impersonal_passive_marks=_set(content, "impersonal_passive_marks"),
        agentless_not_cues=_set(content, "agentless_not_cues"),
        medium_addressee_verbs=_set(content, "medium_addressee_verbs"),
        idiom_contents={norm(k): frozenset(norm(w) for w in v) for k, v in content.get("idiom_contents", {}).items()},
        as_clause_not_classes=_set(content, "as_clause_not_classes"),
        quoted_outlet_titles=bool(content.get("quoted_outlet_titles")),
        press_nouns=frozenset(norm(w) for w in content.get("press_nouns", [])),
        demonstrative_antecedents=frozenset(norm(w) for w in content.get("demonstrative_antecedents", [])),
        question_marks=frozenset(norm(w) for w in content.get("question_marks", [])),
        form_endings=dict(content.get("form_endings", {})),
        clause_of_joined_quotes=bool(content.get("clause_of_joined_quotes")),
        colon_content=bool(content.get("colon_content")),
        colon_quotes=bool(content.get("colon_quotes")),
        quote_then_verb=bool(content.get("quote_then_verb")),
        colon_quote_words=int(content.get("colon_quote_words", 4)),
        quote_gap_skips_subject=bool(content.get("quote_gap_skips_subject")),
        paragraph_quotes=bool(content.get("paragraph_quotes")),
        colon_block=bool(content.get("colon_block")),
        gap_max=int(data.get("quote_cue_gap_max", 8)),
        object_markers={norm(k): frozenset(norm(w) for w in v) for k, v in data.get("object_markers", {}).items()},
        clause_not_object=_set(content, "clause_not_object"),
        topic_participles=_set(content, "topic_participles"),
        object_infinitive={
            norm(k): frozenset(norm(w) for w in v) for k, v in data.get("object_infinitive", {}).items()
        },
        temporal_words=_set(data, "temporal_words"),
        label_verbs=frozenset(norm(w) for w in data.get("label_quotes", {}).get("verbs", [])),
        label_gap=frozenset(norm(w) for w in data.get("label_quotes", {}).get("gap", [])),
        label_max_words=int(data.get("label_quotes", {}).get("max_words", 0)),
        report_nouns=frozenset(norm(w) for w in data.get("report_nouns", {}).get("nouns", [])),
        report_noun_ownerless=str(data.get("report_nouns", {}).get("ownerless", "")),
        report_noun_sources=tuple(data.get("report_nouns", {}).get("ownerless_sources", [])),
        aspect_verbs=_set(data, "aspect_verbs"),
        relay_verbs=frozenset(norm(w) for w in data.get("relay_verbs", {}).get("verbs", [])),
        agent_markers=frozenset(norm(w) for w in data.get("relay_verbs", {}).get("agent_words", [])),
        relay_participles=frozenset(norm(w) for w in data.get("relay_verbs", {}).get("participles", [])),
        relative_relay_verbs=frozenset(norm(w) for w in data.get("relay_verbs", {}).get("relative_verbs", [])),
        media_only_relays=frozenset(norm(w) for w in data.get("relay_verbs", {}).get("media_only", [])),
        habit_adverbs=frozenset(norm(w) for w in data.get("relay_verbs", {}).get("habit_adverbs", [])),
        vehicle_participles=frozenset(norm(w) for w in data.get("relay_verbs", {}).get("vehicle_participles", [])),
        object_clitics=_set(data, "object_clitics"),
        recipient_prepositions=_set(data, "recipient_prepositions"),
        subject_only_pronouns=_set(data, "subject_only_pronouns"),
        venue_prepositions=_set(data, "venue_prepositions"),
        cleft_pronouns=_set(data.get("cleft_report", {}), "pronouns"),
        cleft_relatives=_set(data.get("cleft_report", {}), "relatives"),
        cleft_copulas=frozenset(data.get("cleft_report", {}).get("copulas", [])),
        active_auxiliaries=_set(data, "active_auxiliaries"),
        object_quote_classes=_set(data.get("object_quote", {}), "classes"),
        object_quote_preps=_set(data.get("object_quote", {}), "prepositions"),
        not_sources=_set(data, "phrase_not_sources"),
        not_after=_set(data, "phrase_not_after"),
        colon_labels=_set(data, "colon_labels"),
        colon_topic_nouns=_set(data, "colon_topic_nouns"),
        citing_verbs=_set(data, "citing_verbs"),
        passive_themes=bool(content.get("passive_themes")),
        participle_negations=_set(content, "participle_negations"),
        misread_agent_deps=frozenset(content.get("misread_agents", {}).get("deps", [])),
        misread_agent_cases=_set(content.get("misread_agents", {}), "cases"),
        misread_agent_not_nouns=_set(content.get("misread_agents", {}), "not_nouns"),
        post_signature=re.compile(data["post_signature"], re.M) if data.get("post_signature") else None,
        demonstrative_subjects=_set(data, "demonstrative_subjects"),
        thing_subjects_report_nothing=bool(data.get("thing_subjects_report_nothing")),
        thing_subjects_listed=bool(data.get("thing_subjects_listed")),
        imperative_openers=_set(data, "imperative_openers") if "imperative_openers" in data else None,
        thing_relatives=_set(data, "thing_relatives"),
        hearsay_adverbs=_set(data, "hearsay_adverbs"),
        verdict_subjects=_set(data, "verdict_subjects"),
        taking_objects={k: frozenset(v) for k, v in data.get("taking_objects", {}).items()},
        group_singulars=_set(data, "group_singulars"),
        media_nouns_qualified={
            norm(k): frozenset(norm(w) for w in v) for k, v in data.get("media_nouns_qualified", {}).items()
        },
        media_nouns_body_qualified={
            norm(k): frozenset(norm(w) for w in v) for k, v in data.get("media_nouns_body_qualified", {}).items()
        },
        comme_words=_set(data.get("comme_incise", {}), "words"),
        comme_clitics=_set(data.get("comme_incise", {}), "clitics"),
        as_clause_words=_set(data.get("as_clause", {}), "words"),
        as_clause_deps=frozenset(data.get("as_clause", {}).get("deps", [])),
        as_clause_topics=_set(data.get("as_clause", {}), "topic_prepositions"),
        hypothetical_marks=_set(data, "hypothetical_marks"),
        relative_cue_preps=frozenset(norm(w) for w in data.get("relative_cues", {}).get("prepositions", [])),
        relative_cue_pronouns=frozenset(norm(w) for w in data.get("relative_cues", {}).get("pronouns", [])),
        relative_cue_carriers=bool(data.get("relative_cues", {}).get("carrier_sources")),
        agentless_predicate_hedge=bool(content.get("predicate_cues", {}).get("agentless_hedge")),
        que_fallback=frozenset(norm(w) for w in content.get("que_fallback", [])),
        last_resort_no_object=frozenset(content.get("last_resort", {}).get("no_object_classes", [])),
        dateline_subjects=bool(content.get("dateline_subjects")),
        root_noun_subjects=bool(content.get("root_noun_subjects")),
        noun_cues={k: frozenset(v) for k, v in content.get("noun_cues", {}).get("by_complement", {}).items()},
        noun_complement_marks={k: frozenset(v) for k, v in content.get("noun_cues", {}).get("marks", {}).items()},
        one_speaker_per_mention=bool(content.get("one_speaker_per_mention")),
        predicate_verbs=_set(content.get("predicate_cues", {}), "verbs"),
        prep_frames={k: frozenset(v) for k, v in prep_frames.items()},
        reflexive_only=_set(frames, "reflexive_only"),
        not_reflexive=_set(frames, "not_reflexive"),
        prep_forms={norm(k): norm(v) for k, v in frames.get("case_forms", {}).items()},
        adjective_speaking_preps=_set(frames.get("adjective_speaking_preps", {}), "preps"),
        adjective_speaking_verbs=_set(frames.get("adjective_speaking_preps", {}), "verbs"),
        conditional_auxiliaries=_set(content.get("conditional_reports", {}), "auxiliaries"),
        conditional_endings=tuple(sorted(data.get("conditional_forms", {}).get("endings", []), key=len, reverse=True)),
        conditional_not_verbs=_set(content.get("conditional_reports", {}), "not_verbs"),
        conditional_not_subjects=_set(content.get("conditional_reports", {}), "not_subjects"),
        conditional_impersonal=_set(content.get("conditional_reports", {}), "impersonal_subjects"),
        predicate_marks=_set(content.get("predicate_cues", {}), "marks"),
        last_resort_deps=tuple(content.get("last_resort", {}).get("deps", [])),
        last_resort_preps=frozenset(norm(w) for w in content.get("last_resort", {}).get("prepositions", [])),
        last_resort_not_xcomp=frozenset(norm(w) for w in content.get("last_resort", {}).get("not_passive_xcomp", [])),
        que_fallback_blockers=frozenset(norm(w) for w in content.get("que_fallback_blockers", [])),
        que_fallback_not_ce=frozenset(norm(w) for w in content.get("que_fallback_not_ce", [])),
        auxiliaries=_set(data, "auxiliaries"),
        work_nouns=_set(data, "work_nouns"),
        leading_words=_set(load_data(lang, "entities") or {}, "leading_words"),
        demonyms=_set(load_data(lang, "entities") or {}, "demonyms"),
        narrative_infinitive=_set(data, "narrative_infinitive"),
        drop_imperative=bool(content.get("drop_imperative")),
        issued_document_speaks=bool(data.get("issued_document_speaks")),
        nonfinite_blocking_subjects=_set(data, "nonfinite_blocking_subjects"),
        contrast_marks=_set(data, "contrast_marks"),
        concessive_marks=_set(content, "concessive_marks"),
        title_run_joiners=_set(content, "title_run_joiners"),
        mute_subjects=_set(content, "mute_subjects"),
        negation_particles=_set(negated, "particles"),
        negation_words=_set(negated, "words"),
        negation_subjects=_set(negated, "subjects"),
        negation_keeps=_set(negated, "keeps"),
        negation_not_only=_set(negated, "not_only"),
        negation_classes=_set(negated, "classes"),
        generic_on_verbs=_set(content, "generic_on_verbs"),
        signifying_verbs=_set(content, "signifying_verbs"),
        showing_verbs=_set(content, "showing_verbs"),
        pointer_nouns=_set(content, "pointer_nouns"),
        impersonal_views=_set(content.get("impersonal_views", {}), "verbs"),
        impersonal_hearsay=_set(content.get("impersonal_views", {}), "hearsay"),
        writer_subjects=_set(content, "writer_subjects"),
        writer_mentions=_set(data, "writer_mentions"),
        title_nouns=_set(data, "title_nouns"),
        nobody_mentions=_set(data, "nobody_mentions"),
        cleft_openers=tuple(sorted(_set(data, "cleft_openers"))),
        second_person=_set(data, "second_person"),
        reader_subjects=_set(content, "reader_subjects"),
        reader_verbs=_set(content, "reader_verbs"),
        sourceless_questions=bool(content.get("sourceless_questions")),
        nested_learned_cues=bool(content.get("nested_learned_cues", True)),
        setting_cases=_set(content.get("setting_cases", {}), "always"),
        own_view_phrases=_set(content, "own_view_pronouns"),
        setting_cases_named=_set(content.get("setting_cases", {}), "named"),
    )
    lex.honorific_gender = {norm(k): v for k, v in data.get("honorific_gender", {}).items()}
    lex.determiner_gender = {norm(k): v for k, v in data.get("determiner_gender", {}).items()}
    lex.role_gender = {norm(w): g for g, words in data.get("gendered_roles", {}).items() for w in words}
    lex.person_nouns = _set(data, "person_nouns")
    lex.same_markers = _set(data, "same_markers")
    lex.ordinal_anaphors = {norm(k): int(v) for k, v in data.get("ordinal_anaphors", {}).items()}
    lex.country_nouns = _set(data, "country_nouns")
    lex.quantity_words = _set(data, "quantity_words")
    lex.name_particles = _set(data, "name_particles")
    lex.leader_nouns = _set(data, "leader_nouns")
    lex.group_nouns = _set(data, "group_nouns")
    lex.vague_quantifiers = _set(data, "vague_quantifiers")
    lex.party_member_nouns = _set(data, "party_member_nouns")
    lex.name_gender = {w: g for g, words in data.get("name_gender", {}).items() if g != "about" for w in words}
    lex.possessives = {norm(k): v for k, v in data.get("possessives", {}).items()}
    lex.relative_gender = {norm(k): v for k, v in data.get("relative_gender", {}).items()}
    lex.member_of = {norm(k): frozenset(norm(w) for w in v) for k, v in data.get("member_of", {}).items()}
    lex.vehicle_nouns = _set(data, "vehicle_nouns")
    lex.vehicle_cases = _set(data, "vehicle_cases")
    lex.addressee_verbs = _set(data, "addressee_verbs")
    lex.joining_phrases = {norm(k): v for k, v in data.get("joining_phrases", {}).items()}
    lex.media_domains = tuple(norm(w) for w in data.get("media_domains", []))
    lex.pair_words = _set(data, "pair_words")
    lex.question_verbs = _set(data, "question_verbs")
    lex.self_pronoun_places = _set(data, "self_pronoun_places")
    reading = data.get("reading_verbs", {})
    lex.reading_verbs = frozenset(reading.get("verbs", []))
    lex.reading_places = frozenset(reading.get("places", []))
    lex.reading_taught = {norm(k): frozenset(norm(w) for w in v) for k, v in reading.get("taught_with", {}).items()}
    lex.document_idioms = tuple(tuple(norm(w) for w in x.split()) for x in data.get("document_idioms", []))
    lex.byline_words = _set(data, "byline_words")
    lex.copulas = _set(data, "copulas")
    lex.quote_joiners = frozenset(tuple(norm(w) for w in x.split()) for x in data.get("quote_joiners", []))
    lex.continuation_joiners = frozenset(norm(w) for w in data.get("continuation_joiners", []))
    lex.entity_labels = {k: frozenset(v) for k, v in data.get("entity_labels", {}).items()}
    lex.role_word_equivalents = {
        norm(k): frozenset(norm(w) for w in v) for k, v in data.get("role_word_equivalents", {}).items()
    }
    lex.person_suffixes = tuple(norm(w) for w in data.get("person_suffixes", []))
    lex.role_time_words = _set(data, "role_time_words")
    lex.unnamed_roles = _set(data, "unnamed_roles")
    lex.org_epithets = _set(data, "org_epithets")
    synonyms: dict[str, frozenset[str]] = {}
    for group in data.get("role_synonyms", []):
        words = frozenset(norm(x) for x in group)
        for w in words:
            synonyms[w] = synonyms.get(w, frozenset()) | words
    lex.role_synonyms = synonyms
    match = data.get("speaker_match", {})
    lex.genitive = frozenset(norm(w) for w in match.get("genitive", []))
    lex.conjunction = (match.get("conjunctions") or ["and"])[0]
    lex.first_names = first_names()
    from newsloupe.attribution.learned import load_learned

    lex.learned = load_learned(lang)
    return lex
