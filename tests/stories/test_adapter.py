"""The stories adapter on a one-line article of a million characters: its lead is clipped."""

from __future__ import annotations

from newsloupe.lang import load_data
from newsloupe.stories.adapter import (
    LEAD_CHARS,
    calendar_words,
    content_words,
    different_events,
    event_classes,
    features,
    is_country_word,
    masked_lead,
    names,
    nationality_words,
    no_comment_line,
    title_words,
)
from tests.stories.docs import body_doc


def test_a_giant_one_line_article_has_a_short_lead() -> None:
    text = " ".join(f"Le port numéro {i} rouvrira demain selon la mairie." for i in range(20_000))
    doc = {
        "text": text,
        "title": "",
        "language": "fr",
        "paragraphs": [{"start": 0, "end": len(text), "line": 1, "role": "body"}],
        "spans": {},
        "attributions": [],
    }
    f = features(doc)
    assert len(text) > 1_000_000
    assert 0 < len(f.lead) <= LEAD_CHARS and text.startswith(f.lead.lstrip("\n"))
    assert not f.lead.endswith(" ")  # cut at a word boundary


def _doc(text: str, language: str) -> dict:
    return {
        "text": text,
        "title": "",
        "language": language,
        "paragraphs": [{"start": 0, "end": len(text), "line": 1, "role": "body"}],
        "spans": {},
        "attributions": [],
    }


def test_a_claim_reported_through_a_noun_is_its_content() -> None:
    text = (
        "Nurses in Port Aldwen have struggled with false claims, shared widely in chat groups, "
        "that the new ferry timetable was written by a foreign shipping firm. "
        "The harbour office opened a new waiting room on Monday for all passengers."
    )
    first, second = features(_doc(text, "en")).statements
    assert first.text == "the new ferry timetable was written by a foreign shipping firm."
    assert text[first.start : first.end] == first.text
    assert (first.kind, first.hedged) == ("attributed", True)
    assert second.kind == "unsourced" and second.text.startswith("The harbour office")


def test_denied_reports_that_x_is_x() -> None:
    text = (
        "The ferry company's director denied reports circulating in chat groups "
        "that the Port Aldwen crossing had been sold to a foreign fund."
    )
    (st,) = features(_doc(text, "en")).statements
    assert st.text == "the Port Aldwen crossing had been sold to a foreign fund."
    assert text[st.start : st.end] == st.text
    assert (st.kind, st.hedged) == ("attributed", True)


def test_a_common_knowledge_lead_is_left_out_of_the_statement() -> None:
    """« On sait que X » in the outlet's voice: the statement is X (as the content of a report would be), unsourced."""
    for text, lang, claim in (
        ("On sait que la digue de Port Aldwen a été bâtie sans le moindre permis en 2019.", "fr", "la digue"),
        ("Everyone knows that the Port Aldwen dyke was built without any permit in 2019.", "en", "the Port"),
    ):
        (st,) = features(_doc(text, lang)).statements
        assert st.start == text.index(claim) and text[st.start : st.end] == st.text
        assert st.kind == "unsourced" and not st.hedged


def test_a_source_frame_no_attribution_read_is_left_out_of_the_statement() -> None:
    """An "According to X, Y" left in the outlet's voice (the attributions read no report in it): the statement is
    Y, attributed to X, so that X's words are not in the claim's vector."""
    for text, lang, source, claim in (
        (
            "According to two lock keepers who worked on the canal that night, the Port Aldwen sluice gate was "
            "left open for six hours.",
            "en",
            "two lock keepers who worked on the canal that night",
            "the Port Aldwen",
        ),
        (
            "Selon des éclusiers qui travaillaient sur le canal cette nuit-là, la vanne de Port Aldwen est restée "
            "ouverte six heures.",
            "fr",
            "des éclusiers qui travaillaient sur le canal cette nuit-là",
            "la vanne",
        ),
    ):
        (st,) = features(_doc(text, lang)).statements
        assert st.start == text.index(claim) and text[st.start : st.end] == st.text
        assert (st.kind, st.source) == ("attributed", source)


def test_a_source_frame_of_no_ones_word_keeps_the_sentence() -> None:
    """« Selon moi » (the writer), « Selon toute vraisemblance » (a hedge), « Selon la saison » ("depending on"),
    "According to our count": no source; the sentence stays whole, in the outlet's voice (before: each was
    split, its words a source). A name or a noun of someone who speaks still frames."""
    for text, lang in (
        ("Selon moi, la maire de Port Aldwen a eu tort de fermer la digue avant l'hiver.", "fr"),
        ("Selon toute vraisemblance, la digue de Port Aldwen rouvrira au printemps pour les pêcheurs.", "fr"),
        ("Selon la saison, les bateaux de Port Aldwen rentrent au port entre six et huit heures.", "fr"),
        ("According to our count, the Port Aldwen sluice gate was left open for six hours that night.", "en"),
    ):
        (st,) = features(_doc(text, lang)).statements
        assert (st.start, st.kind, st.source) == (0, "unsourced", None)
    for text, lang, source in (
        ("According to US officials, the Port Aldwen sluice gate was left open for six hours.", "en", "US officials"),
        (
            "Selon les pompiers de Brenac, la vanne de Port Aldwen est restée ouverte six heures.",
            "fr",
            "les pompiers de Brenac",
        ),
    ):
        (st,) = features(_doc(text, lang)).statements
        assert (st.kind, st.source) == ("attributed", source)


def test_a_source_frame_before_too_short_a_remainder_keeps_the_sentence() -> None:
    """A frame with too little after its comma ("Selon le maire, rien de plus.") is no claim of its own: the sentence
    stays whole, in the outlet's voice, as before."""
    text = "Selon le maire de Port Aldwen, rien de plus."
    (st,) = features(_doc(text, "fr")).statements
    assert (st.start, st.kind, st.source) == (0, "unsourced", None)


def test_a_common_knowledge_clause_is_one_statement_reported_or_asserted() -> None:
    """« On sait que X. »: whether the attributions make X a report of « On » (its content, which stops
    before the full stop) or leave the sentence to the writer, the statement is the same X, to the
    character, so its vector and the article's story do not turn on how the clause was typed."""
    text = "On sait que le tracteur de la coopérative de Port Aldwen passait devant le préau à midi."
    (mine,) = features(_doc(text, "fr")).statements
    reported = _doc(text, "fr")
    content = text[text.index("le tracteur") : text.index(" à midi") + len(" à midi")]
    reported["spans"] = {"contents": [_span(text, content)]}
    reported["attributions"] = [{"source_type": "unnamed_collective", "speaker": "On", "content": [0], "hedged": False}]
    (theirs,) = features(reported).statements
    assert theirs.kind == "attributed" and mine.kind == "unsourced"
    assert (
        (mine.start, mine.end, mine.text)
        == (theirs.start, theirs.end, theirs.text)
        == (
            text.index("le tracteur"),
            len(text) - 1,
            content,
        )
    )


def test_the_french_conditional_marks_an_outlet_voice_sentence_hedged() -> None:
    text = "La digue de Port Aldwen aurait été minée par des plongeurs venus du large la semaine dernière."
    (st,) = features(_doc(text, "fr")).statements
    assert st.kind == "unsourced" and st.hedged
    counterfactual = "La rupture de la digue de Port Aldwen aurait pu être évitée par des travaux avant novembre."
    (st,) = features(_doc(counterfactual, "fr")).statements
    assert st.kind == "unsourced" and not st.hedged


def test_the_conditional_of_reported_speech_leaves_the_attribution_decide() -> None:
    # « a annoncé que … serait fermée »: the future in the past, not an allegation
    text = "Le maire de Port Aldwen a annoncé que la piscine municipale serait fermée pendant tout le mois d'août."
    doc = _doc(text, "fr")
    doc["spans"] = {"contents": [_span(text, text[text.index("la piscine") :])]}
    doc["attributions"] = [{"source_type": "named_person", "speaker": "le maire", "content": [0], "hedged": False}]
    (st,) = features(doc).statements
    assert st.kind == "attributed" and not st.hedged
    doc["attributions"][0]["hedged"] = True  # « selon des pêcheurs, … aurait été minée »: the analyzer says so
    (st,) = features(doc).statements
    assert st.hedged


def test_reports_as_a_verb_is_no_claim_cue() -> None:
    text = "The statistics office of Port Aldwen reports that the harbour handled more containers than last year."
    (st,) = features(_doc(text, "en")).statements
    assert st.kind == "unsourced" and st.text.startswith("The statistics office")


def test_french_claim_nouns_need_a_complement_connector() -> None:
    text = (
        "Des rumeurs, relayées sur les réseaux sociaux, selon lesquelles le marché de Valbrune "
        "serait vendu à un fonds étranger circulent depuis lundi. "
        "Les accusations qu'il a rejetées mardi portaient sur trois contrats du port de Valbrune."
    )
    first, second = features(_doc(text, "fr")).statements
    assert first.text.startswith("le marché de Valbrune serait vendu") and first.kind == "attributed"
    assert second.text.startswith("Les accusations") and second.kind == "unsourced"


def test_a_claim_reported_beside_an_attributed_content() -> None:
    text = (
        "Engineers found no fault in the pumps, the harbour office said, "
        "dismissing rumours that divers had cut the hoses."
    )
    content = text.index("Engineers found no fault in the pumps")
    doc = _doc(text, "en")
    doc["attributions"] = [
        {
            "source": None,
            "speaker": "the harbour office",
            "source_type": "organization",
            "hedged": False,
            "content": [0],
        }
    ]
    doc["spans"] = {"contents": [{"start": content, "end": content + 37, "text": text[content : content + 37]}]}
    statements = features(doc).statements
    assert [st.text for st in statements] == [
        "Engineers found no fault in the pumps",
        "divers had cut the hoses.",
    ]
    assert statements[1].kind == "attributed" and statements[1].hedged


def _span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def test_a_relayed_report_is_one_statement_its_claim() -> None:
    text = (
        "Selon la capitainerie, des pêcheurs affirment que la digue de Port Aldwen aurait été minée par des plongeurs."
    )
    outer = text[text.index("des pêcheurs") :]
    inner = "la digue de Port Aldwen aurait été minée par des plongeurs."
    doc = _doc(text, "fr")
    doc["spans"] = {"contents": [_span(text, outer), _span(text, inner)]}
    doc["attributions"] = [
        {"id": "a1", "source_type": "organization", "speaker": "la capitainerie", "content": [0]},
        {
            "id": "a2",
            "via": "a1",
            "source_type": "anonymous",
            "speaker": "des pêcheurs",
            "hedged": True,
            "content": [1],
        },
    ]
    assert [st.text for st in features(doc).statements] == [inner]


def test_a_content_keeps_its_core_when_a_verb_inside_it_is_read_as_a_relay() -> None:
    text = (
        "Le syndic de Brévanne a affirmé que la coopérative avait stocké des fûts de solvant dans le hangar "
        "qu'elle avait promis de vider avant la fin du mois."
    )
    outer = text[text.index("la coopérative") : -1]
    inner = "de vider avant la fin du mois"
    doc = _doc(text, "fr")
    doc["spans"] = {"contents": [_span(text, outer), _span(text, inner)]}
    doc["attributions"] = [
        {"id": "a1", "source_type": "official", "speaker": "Le syndic de Brévanne", "content": [0]},
        {"id": "a2", "via": "a1", "source_type": "organization", "speaker": "elle", "content": [1]},
    ]
    statements = features(doc).statements
    assert [st.text for st in statements] == [outer, inner]  # the relayed tail is under 0.3 of the content
    assert [st.relays for st in statements] == [True, False]  # the story match reads the tail, not the content


def test_a_short_remark_on_a_report_does_not_replace_it() -> None:
    text = "Des élus imputent la fermeture du port aux quotas européens, un discours jugé « excessif » par la mairie."
    outer = "la fermeture du port aux quotas européens, un discours jugé « excessif »"
    doc = _doc(text, "fr")
    doc["spans"] = {"contents": [_span(text, outer), _span(text, "excessif")]}
    doc["attributions"] = [
        {"id": "a1", "source_type": "person", "speaker": "Des élus", "content": [0]},
        {"id": "a2", "via": "a1", "source_type": "organization", "speaker": "la mairie", "content": [1]},
    ]
    assert [st.text for st in features(doc).statements] == ["la fermeture du port aux quotas européens"]


def test_a_content_too_short_to_be_a_claim_leaves_its_sentence() -> None:
    text = "This is how the harbour lobby clears land for its warehouses: with a bulldozer at night."
    doc = _doc(text, "en")
    doc["spans"] = {"contents": [_span(text, "land for its warehouses")]}
    doc["attributions"] = [{"id": "a1", "source_type": "organization", "speaker": "the harbour lobby", "content": [0]}]
    (statement,) = features(doc).statements
    assert statement.text == text


def test_a_comment_on_the_reported_claim_is_left_out() -> None:
    text = (
        "Des riverains affirment que le phare de Port Aldwen aurait été éteint volontairement, "
        "ce que la capitainerie conteste. "
        "Posts claim the lighthouse was switched off on purpose, a theory the harbour office rejects."
    )
    fr_claim = "le phare de Port Aldwen aurait été éteint volontairement, ce que la capitainerie conteste"
    en_claim = "the lighthouse was switched off on purpose, a theory the harbour office rejects."
    for language, claim in (("fr", fr_claim), ("en", en_claim)):
        doc = _doc(text, language)
        doc["spans"] = {"contents": [_span(text, claim)]}
        doc["attributions"] = [{"id": "a1", "source_type": "anonymous", "speaker": "x", "content": [0]}]
        (first,) = [st for st in features(doc).statements if st.start == text.index(claim)]
        assert first.text == claim.split(",")[0]
        assert text[first.start : first.end] == first.text


def _report(text: str, language: str, contents: list[str], source: str, cue: str, *others: str) -> dict:
    """An analysis of ``text`` with one report (``contents`` from ``source`` through ``cue``) and, for each of
    ``others``, one more report whose cue it is (its content too short to be a statement)."""
    doc = _doc(text, language)
    doc["spans"] = {
        "contents": [_span(text, c) for c in contents] + [_span(text, o) for o in others],
        "sources": [_span(text, source)],
        "cues": [_span(text, cue)] + [_span(text, o) for o in others],
    }
    doc["attributions"] = [
        {"id": "a1", "source": 0, "cue": 0, "source_type": "organization", "content": list(range(len(contents)))}
    ] + [{"id": f"b{i}", "cue": i + 1, "content": [len(contents) + i]} for i in range(len(others))]
    return doc


def test_a_content_split_by_an_incise_that_reports_it_is_one_statement() -> None:
    """ "X, officials said, Y": the two parts of one report's content are one statement, its span from the first
    to the second, its text without the incise; not when the second is a clause about the source."""
    text = "The old ferry slipway at Port Aldwen, harbour officials said on Monday, would be closed for the winter."
    first, second = "The old ferry slipway at Port Aldwen", "would be closed for the winter"
    (st,) = features(_report(text, "en", [first, second], "harbour officials", "said")).statements
    assert st.text == f"{first} {second}"
    assert (st.start, st.end) == (0, text.index(second) + len(second))
    assert st.kind == "attributed"
    text = "The dry dock was sold for a token sum, according to the Port Aldwen trust, which owns the shipyard site."
    part, about = "The dry dock was sold for a token sum", "which owns the shipyard site"
    statements = features(_report(text, "en", [part, about], "the Port Aldwen trust", "according to")).statements
    assert [st.text for st in statements] == [part]  # the relative clause is about the trust (4 words: no claim)
    text = "Le vieux quai de Port Aldwen, a indiqué lundi la capitainerie, sera fermé pendant tout l'hiver."
    first, second = "Le vieux quai de Port Aldwen", "sera fermé pendant tout l'hiver"
    (st,) = features(_report(text, "fr", [first, second], "la capitainerie", "a indiqué")).statements
    assert st.text == f"{first} {second}" and st.start == 0 and text[st.end - len(second) : st.end] == second


def test_a_content_cut_short_before_a_clause_of_its_claim_carries_on() -> None:
    """A content cut before « puisqu'… » or "because…" carries on to its sentence's end (the report's own cue
    after it excepted); not through a coordinator ("and…"), nor through a remark on it."""
    text = (
        "Le délégué affirme que la coopérative ne rouvrira pas le pressoir de Port Aldwen, "
        "puisqu’elle compte vendre le bâtiment avant l'été."
    )
    content = "la coopérative ne rouvrira pas le pressoir de Port Aldwen"
    (st,) = features(_report(text, "fr", [content], "Le délégué", "affirme")).statements
    assert st.text == text[text.index(content) : -1] and st.text.endswith("avant l'été")
    assert text[st.start : st.end] == st.text
    text = (
        "The harbour board was warned that the north pier was no longer safe for walkers, and the survey "
        "was never shown to councillors, the trust said."
    )
    content = "the north pier was no longer safe for walkers"
    (st,) = features(_report(text, "en", [content], "the trust", "said")).statements
    assert st.text == content  # "and" carries no claim on (the outlet's narration as often)
    text = "The trust said the north pier was no longer safe for walkers and asked the board to close it at once."
    (st,) = features(_report(text, "en", [content], "The trust", "said", "asked")).statements
    assert st.text == content  # "asked" reports something else
    text = "The trust said the north pier was no longer safe for walkers, a view the board shared in private."
    (st,) = features(_report(text, "en", [content], "The trust", "said")).statements
    assert st.text == content  # no continuation: the rest is a remark on it


def test_event_classes_of_a_title() -> None:
    """What event a title names, by class, the same classes in both languages; follow-ups (an inquiry,
    a trial) name no event of their own; a form ending in * is a prefix, the others whole words."""
    assert event_classes("Orchard town: storm kills two pickers near the old mill", "en") == {"death", "storm"}
    assert event_classes("Verger-sur-Loue : deux cueilleurs morts sous la grêle et l'orage", "fr") == {"death", "storm"}
    assert event_classes("Bakers walk out over night shifts at the harbour bakery", "en") == {"strike"}
    assert event_classes("Grève des boulangers du port : les fournils bloqués", "fr") == {"strike", "blockade"}
    assert event_classes("Ferry skipper goes on trial as the inquiry ends", "en") == frozenset()  # follow-ups only
    assert event_classes("Mortagne : la foire aux fromages", "fr") == {"event"}  # « mort » a whole word
    assert event_classes("Incendie à Lindau", "fr") == {"fire"}
    assert event_classes("Incendie à Lindau", "de") == frozenset()  # no list for the language
    assert event_classes("Plans for a new court-house", "en") == {"plan"}  # "plans" whole word; "court" a follow-up
    # a title is read on its first 500 characters
    assert event_classes("Orchard town notes: " + "the quiet lanes, " * 40 + "and a fire", "en") == frozenset()
    assert event_classes("Orchard town notes: " + "the quiet lanes, " * 20 + "and a fire", "en") == {"fire"}


def test_event_words_of_every_form_of_a_verb_and_of_killing() -> None:
    """A closure verb in its present, infinitive and future forms as in its participle (« ferme » as
    « fermé »; « la ferme », « une ferme » the farm name none), a homicide or a murder a death (stop 33)."""
    assert event_classes("Le transporteur ferme son dépôt de Quimperlé", "fr") == {"closure"}
    assert event_classes("Les deux boulangeries ferment leurs portes le lundi", "fr") == {"closure"}
    assert event_classes("La mairie va fermer la piscine de Kerlann", "fr") == {"closure"}
    assert event_classes("Le dépôt de Quimperlé fermé depuis lundi", "fr") == {"closure"}
    assert event_classes("La ferme des Tilleuls vend ses pommes au marché", "fr") == frozenset()
    assert event_classes("Vivre dans une ferme au bord du lac", "fr") == frozenset()
    assert event_classes("Portes ouvertes à la ferme de Kerlann", "fr") == frozenset()
    assert event_classes("Enquête pour homicide après une rixe à Kerlann", "fr") == {"death"}
    assert event_classes("Un meurtre au port de Kerlann", "fr") == {"death"}
    assert event_classes("Dunmarsh grocer's murder: a neighbour questioned", "en") == {"death"}
    assert event_classes("Police treat Dunmarsh death as homicide", "en") == {"death"}


def test_an_event_word_made_a_modifier_by_a_hyphen() -> None:
    """An event word a hyphen joins to a modifier ("flood-hit", "storm-damaged", "post-flood", « l'après-crue »)
    tells a circumstance of what the title is about, not its event: the title's classes are its other event
    words' (a closure, not a flood), its modifiers' only when it names no other event (stop 36)."""
    assert event_classes("Owners shut flood-hit bakery in Dunmarsh", "en") == {"closure"}
    assert event_classes("Owners shut bakery after Dunmarsh flood", "en") == {"closure", "flood"}  # no compound
    assert event_classes("Storm-damaged pier to close for a year", "en") == {"closure"}
    assert event_classes("Post-flood clean-up: volunteers strike over unpaid hours", "en") == {"strike"}
    assert event_classes("Flood-hit Dunmarsh waits for its insurers", "en") == {"flood"}  # no other event
    assert event_classes("Flood hits Dunmarsh", "en") == {"flood"}  # a verb, no compound
    assert event_classes("Kerlann : l'après-crue, la fermeture de l'usine", "fr") == {"closure"}
    assert event_classes("Kerlann : l'usine ferme après la crue", "fr") == {"closure", "flood"}
    flood = event_classes("Dunmarsh flood: pumps switched off", "en")
    assert different_events(flood, event_classes("Owners shut flood-hit bakery in Dunmarsh", "en"))
    assert not different_events(flood, event_classes("Owners shut bakery after Dunmarsh flood", "en"))


def test_different_events_of_two_titles() -> None:
    """Two titles name different events when both name one, they share no class, and no class of one is
    paired with one of the other (``related``): a death or a stay in hospital after an outbreak, a
    contamination read as a spill, are the outbreak's story (stop 33)."""
    outbreak = event_classes("Food poisoning outbreak at Dunmarsh school canteen", "en")
    death = event_classes("Toddler dies in Dunmarsh hospital", "en")
    assert outbreak == {"outbreak"} and death == {"death"}
    assert not different_events(outbreak, death)
    assert not different_events(event_classes("Un enfant contaminé à la cantine de Kerlann", "fr"), outbreak)
    assert not different_events(event_classes("Trois enfants hospitalisés à Kerlann", "fr"), outbreak)
    fire = event_classes("Barn fire near Dunmarsh", "en")
    assert fire == {"fire"} and different_events(death, fire)
    assert not different_events(death, event_classes("Dunmarsh mourns its grocer", "en"))  # no class
    assert not different_events(death, event_classes("Second death after the Dunmarsh fire", "en"))  # shared


def test_event_words_inside_other_words_and_names() -> None:
    """A prefix is written only where no other word starts with it (the other forms are listed), a word
    a prefix would still take is excluded (``event_exclusions``), and a capitalised word that does not
    open the title or a sentence of it is a name, not an event."""
    for title, lang in (
        ("Quai des Brumes : les panneaux de signalisation repeints", "fr"),  # panne*
        ("Le stade des Grèves accueille la finale régionale de volley", "fr"),  # a place
        ("Plongée à La Réunion : un club de Saint-Pierre a vingt ans", "fr"),  # the island
        ("Une réforme cruelle pour les petits vergers", "fr"),  # crue
        ("Un noyer centenaire abattu place du marché", "fr"),  # noyé
        ("Le suspense reste entier pour la kermesse de Val-Ribot", "fr"),  # suspendu
        ("Des propos incendiaires au conseil de quartier", "fr"),  # incendie
        ("Trawler fleet returns to Saltmere harbour after the winter", "en"),  # flee
        ("Protestant chapel in Dunmarsh gets a new organ", "en"),  # protest
        ("Survey demonstrates rising demand for allotments", "en"),  # demonstration
        ("Airport shuttle bus to run every ten minutes", "en"),  # shut
        ("Burnside shopkeepers ask for more parking", "en"),  # burn
        ("Hoteliers in Killmore fear a quiet winter", "en"),  # kill, and a name
        ("Sickle-cell clinic gets a second room", "en"),  # sick
        ("A concerted effort to tidy the riverbank", "en"),  # concert
        ("Seasoned adviser joins the orchard board", "en"),  # season
    ):
        assert event_classes(title, lang) == frozenset(), title
    assert event_classes("Fire crews fight moorland blaze near Burnside", "en") == {"fire"}
    assert event_classes("Dunmarsh counts the cost: Storm tears off roofs", "en") == {"price", "storm"}  # after ':'
    # a capitalised event word that titles the name right after it names the event (stop 33)
    assert event_classes("Dunmarsh counts the cost of Storm Quenneval", "en") == {"price", "storm"}
    assert event_classes("Les rafales de la Tempête Quenneval sur Ouessant", "fr") == {"storm"}
    # a space between them only: joined by a hyphen or a slash, the capitalised word is part of a name
    assert event_classes("Dunmarsh counts the cost of Storm-Quenneval", "en") == {"price"}
    assert event_classes("Dunmarsh counts the cost of Storm/Quenneval", "en") == {"price"}
    assert event_classes("Hoteliers of Killmore Bay fear a quiet winter", "en") == frozenset()  # no event word
    # a title in headline case: capitals tell nothing of names
    assert event_classes("Dunmarsh Library To Close After Roof Collapse", "en") == {"closure", "collapse"}


def test_event_words_in_other_senses() -> None:
    """A word read in another sense in a phrase (``event_phrases``: « feu vert » is a decision, « plan
    d'eau » no event) or a word too often of another sense (« vol » a flight as often as a theft, the
    singular « barrage » a dam) read only in its phrases."""
    for title, lang in (
        ("Les riverains pris entre deux feux dans le conflit du moulin", "fr"),
        ("Le barrage de la Dourbie a cinquante ans", "fr"),
        ("Des pommes importées ont inondé le marché de Pézilhac", "fr"),
        ("Cantine de Lurbe : le tribunal saisi du dossier", "fr"),
        ("Un plan d'eau aménagé à Vérignac pour l'été", "fr"),
        ("Le prix Goncourt des lycéens décerné à Rennes", "fr"),
        ("Le nouveau rond-point a permis de fluidifier la circulation", "fr"),
        ("Le maire rappelle les règles du marché de nuit", "fr"),
        ("Le corps enseignant du collège en formation", "fr"),
        ("La fuite des cerveaux inquiète les universités bretonnes", "fr"),
        ("Vol Brest-Nice annulé : les passagers dédommagés", "fr"),
        ("En cas de pluie, la kermesse se tiendra au gymnase", "fr"),
        ("Tractor engines seize in the cold snap", "en"),
        ("Credit union offers a savings scheme to apprentices", "en"),
        ("Bakery chain closes in on its rival", "en"),
        ("Poll body publishes new ward boundaries", "en"),
        ("Apartment block in Tollbury gets a rooftop garden", "en"),
    ):
        assert event_classes(title, lang) == frozenset(), title
    assert event_classes("Feu vert pour la nouvelle halle de Montrivel", "fr") == {"decision"}
    for lang in ("en", "fr"):  # a phrase names one of the classes or none
        data = load_data(lang, "stories")
        assert data["event_phrases"] and set(data["event_phrases"].values()) <= {None, *data["event_words"]}
    assert event_classes("Vol à main armée dans une bijouterie de Vérignac", "fr") == {"theft"}
    assert event_classes("Tollbury council to vote in March on the new library", "en") == {"decision"}  # a month
    assert event_classes("Villagers block the quarry road", "en") == {"blockade"}
    assert event_classes("Les éleveurs dressent des barrages routiers", "fr") == {"blockade"}


def test_event_word_inflections() -> None:
    """The inflections of a form are listed; a hyphen, an apostrophe (straight or curly) or a space
    between the words of a form alike; a capital without its accent as with it."""
    for title, lang, classes in (
        ("Two die in Saltmere crash", "en", {"death", "crash"}),
        ("Teachers striking again in Dunmarsh", "en", {"strike"}),
        ("Dock workers stage a walk-out", "en", {"strike"}),
        ("Thieves rob a village post office", "en", {"theft"}),
        ("Masked pair steal a lorry of cheese", "en", {"theft"}),
        ("Governors meet parents over uniforms", "en", {"meeting"}),
        ("Dunmarsh library to close in June", "en", {"closure"}),
        ("Council is closing two youth centres", "en", {"closure"}),
        ("Banning cars from the market square", "en", {"closure"}),
        ("Goats escaping from the city farm again", "en", {"escape"}),
        ("Vingt enfants intoxiqués à la cantine de Lurbe", "fr", {"outbreak"}),
        ("Ces carrefours qui tuent : le département réagit", "fr", {"death"}),
        ("Face aux flammes, le hameau fuit vers la côte", "fr", {"fire", "evacuation"}),
        ("Les maires du canton se réunissent à Vérignac", "fr", {"meeting"}),
        ("Vague de suppressions d’emplois chez un fabricant de jouets", "fr", {"jobs"}),
        ("EVACUES DE NUIT, LES HABITANTS DE LA RUE DES TANNEURS", "fr", {"evacuation"}),
        ("Eboulement sur la route de Lurbe", "fr", {"collapse"}),
    ):
        assert event_classes(title, lang) == classes, title
    assert event_classes("Ferme de Kerlo : les poules en plein air", "fr") == frozenset()  # « fermé » keeps its accent


def test_a_country_name_anchors_no_story() -> None:
    """A country's name written in the body retrieves candidates but is no evidence of a story: its
    ``name:`` word is weak (the cross-language bonus needs a stronger anchor), a town's is not."""
    text = "Les lamas de Quillabamba-Haute ont fugué jeudi, raconte la gazette du Pérou aux éleveurs de Corvenne."
    doc = {
        "text": text,
        "title": "",
        "language": "fr",
        "paragraphs": [{"start": 0, "end": len(text), "role": "body"}],
        "places": [
            {"text": "Pérou", "name": "Peru", "country": "PE", "lat": -10.0, "lon": -76.0, "kind": "country"},
            {"text": "Corvenne", "name": "Corvenne", "country": "FR", "lat": 47.31, "lon": 2.12, "kind": "city"},
        ],
        "entities": [],
        "attributions": [],
    }
    f = features(doc)
    assert {"perou", "corvenne", "quillabamba-haute"} <= set(f.names)
    assert "name:perou" in f.weak and "place:PE|-10.0|-76.0" in f.weak
    assert "name:corvenne" not in f.weak and "name:quillabamba-haute" not in f.weak
    assert "place:FR|47.3|2.1" in f.keys and "place:FR|47.3|2.1" not in f.weak


def test_a_country_word_is_weak_whatever_the_article_made_of_it() -> None:
    """A word that names a country or a continent in the gazetteer (in any of its languages) is weak
    whether or not this article resolved a country place for it ("Air France" is no place); the words of
    a place with no country that the article resolved ("mer du Nord") are weak too, a town's name is not."""
    assert is_country_word("france") and is_country_word("deutschland") and is_country_word("afrique")
    assert not is_country_word("tarnaville") and not is_country_word("nord")
    text = (
        "Un vol spécial d'Air France a déposé jeudi les luthiers de Tarnaville au festival, "
        "puis la troupe a rejoint la mer du Nord et les ateliers de Vasselonne, en Afrique du Sud."
    )
    doc = {
        "text": text,
        "title": "",
        "language": "fr",
        "paragraphs": [{"start": 0, "end": len(text), "role": "body"}],
        "places": [{"text": "mer du Nord", "name": "North Sea", "lat": 55.0, "lon": 3.0, "kind": "other"}],
        "entities": [],
        "attributions": [],
    }
    f = features(doc)
    assert {"france", "tarnaville", "nord", "afrique", "vasselonne"} <= set(f.names)
    assert {"name:france", "name:afrique", "name:nord"} <= f.weak
    assert not {"name:tarnaville", "name:vasselonne"} & f.weak


def test_an_elided_name_is_a_name() -> None:
    """« d'Orbessan », « l’Ardoisière », « qu'Elvira »: the capitalised word after a French elision is a name."""
    text = "Le maire d'Orbessan a visité l’Ardoisière, puis a dit qu'Elvira Montcalde viendrait."
    assert names(text, [(0, len(text))]) == {"orbessan": 1, "ardoisiere": 1, "elvira": 1, "montcalde": 1}


def test_a_weekday_or_a_nationality_is_a_weak_name() -> None:
    """A weekday, a month ("Thursday", "March": the language's ``dates.json``) and a nationality ("French":
    ``places.json`` demonyms) are capitalised in English and shared by articles of one week or on events
    abroad: names that retrieve but anchor nothing, as a country's; a village's name anchors."""
    text = "On Thursday the French crew left Quillbury, and in March the Welsh team followed them to Quillbury."
    f = features(body_doc(text, "en"))
    assert {"thursday", "french", "march", "welsh", "quillbury"} <= set(f.names)
    assert {"name:thursday", "name:french", "name:march", "name:welsh"} <= f.weak
    assert "name:quillbury" not in f.weak
    assert calendar_words("xx") == frozenset()  # a language without dates.json: no calendar word


def test_plural_nationalities_are_weak_and_compass_words_are_not() -> None:
    """Plural demonyms ("Iranians", "Germans": places.json lists some, the others take an "s") are weak;
    "Northern", "Southern" are no nationality ("Southern Water" is a name)."""
    text = (
        "Two Iranians and an Israeli walker left Quillbury. Later the Americans, the Czechs and the Germans"
        " met the Syrian envoy, and Southern Water and Northern Rail said so."
    )
    f = features(body_doc(text, "en"))
    weak = {"name:" + w for w in ("iranians", "israeli", "americans", "czechs", "germans", "syrian")}
    assert weak <= f.weak, weak - f.weak
    assert not {"name:southern", "name:northern", "name:quillbury"} & f.weak
    assert {"austrians", "norwegians", "kenyans"} <= nationality_words()  # plurals places.json does not list
    places = {w for ws in load_data("en", "places")["demonyms"].values() for w in ws}
    assert not places & set(load_data("en", "stories")["nationality_words"])  # no word listed twice


def test_french_nationality_nouns_are_weak() -> None:
    """French writes nationality nouns capitalised ("les Français", "trois Britanniques": places.json
    demonyms inflected, entities.json demonyms) and months and weekdays in lower case: a capitalised
    "Mars" or "Juin" mid-sentence is a name, and a town's people ("les Quillburiens") anchor."""
    text = (
        "Deux Français et trois Britanniques ont disparu près de Quillbury. Selon la mairie, les Allemands"
        " et les Occidentaux sont partis, puis Juin Varenne et les Quillburiens ont fêté Mars."
    )
    f = features(body_doc(text, "fr"))
    assert {"name:francais", "name:britanniques", "name:allemands", "name:occidentaux"} <= f.weak
    assert not {"name:juin", "name:mars", "name:quillburiens", "name:quillbury", "name:varenne"} & f.weak
    assert calendar_words("fr") == frozenset()


def test_a_month_in_a_name_is_a_name() -> None:
    """An English month written every time as part of a name ("Councillor April Dunmore", "Anna June")
    stays a name; the same month as a date ("in April") is weak."""
    named = "The plan of Councillor April Dunmore was praised by Anna June at the hall."
    dated = "The plan was praised in April by the councillors, who voted in June."
    assert not {"name:april", "name:june"} & features(body_doc(named, "en")).weak
    assert {"name:april", "name:june"} <= features(body_doc(dated, "en")).weak


def test_the_words_of_a_title_folded_as_names() -> None:
    """Which names the title repeats: its words folded as the body's names are (accents, case, a French
    elision, an English possessive), so that « d'Orbessan » and "Orbessan's" are the name "orbessan"."""
    assert title_words("Storm Léocadie batters Orbessan's pier") == {"storm", "leocadie", "batters", "orbessan", "pier"}
    assert "orbessan" in title_words("La tempête Léocadie frappe le port d'Orbessan")
    text = "The gale reached the pier of Orbessan on Monday."
    assert set(names(text, [(0, len(text))])) & title_words("Storm hits Orbessan's pier") == {"orbessan"}


def test_the_lead_with_its_particulars_blanked() -> None:
    """What is left of a lead once its names, places, people and organisations are blanked says what
    happened: the words of the event stay, the town and the mayor go, whatever their case in the title;
    a French elision stays before the blank."""
    text = "The mayor of Pelbrook, Adela Trelawn, resigned after the Varnley quarry deal came to light."
    doc = {**body_doc(text), "title": "Pelbrook mayor resigns over Varnley quarry deal"}
    doc["entities"] = [{"label": "PER", "text": "Adela Trelawn"}]
    left = masked_lead(features(doc))
    assert "resigns" in left and "quarry deal came to light" in left
    for name in ("Pelbrook", "Varnley", "Trelawn", "Adela"):
        assert name not in left, left
    fr = "Le maire d'Orbessan, élu depuis douze ans, a quitté ses fonctions lundi soir."
    doc = {**body_doc(fr, "fr"), "title": "Le maire d'Orbessan démissionne"}
    assert masked_lead(features(doc)).startswith("Le maire d' démissionne")


def test_only_the_particulars_as_written_are_blanked() -> None:
    """A word of a name is blanked where it is written capitalised, as the article's spans write it, not
    wherever it appears: "fire" stays in a title when the body names a fire service, « poste » when it
    names La Poste. In a language without ``capitalised_names`` (German-like, its nouns all capitalised)
    only the places' and entities' words go, not every capitalised noun of the body."""
    text = "Crews of the Quillbury Fire Service put out the blaze before dawn, the operator of the depot said."
    doc = {**body_doc(text), "title": "Bus fire at depot"}
    doc["entities"] = [{"label": "ORG", "text": "Quillbury Fire Service", "start": 13, "end": 35}]
    left = masked_lead(features(doc))
    assert left.startswith("Bus fire at depot Crews of the put out the blaze"), left
    fr = "La Poste de Varnac a fermé ses guichets jeudi : les agents réclament des renforts depuis l'été."
    doc = {**body_doc(fr, "fr"), "title": "Grève à la poste de Varnac"}
    doc["entities"] = [{"label": "ORG", "text": "La Poste", "start": 0, "end": 8}]
    doc["places"] = [{"text": "Varnac", "start": 12, "end": 18, "kind": "city", "country": "FR"}]
    left = masked_lead(features(doc, outlet="Le Courrier"))
    assert left.startswith("Grève à la poste de de a fermé ses guichets"), left  # « La » of the span too
    de = "Der Bürgermeister von Quillbach trat am Abend zurück, nachdem der Stadtrat die Bilanz geprüft hatte."
    doc = {**body_doc(de, "de"), "title": "Bürgermeister von Quillbach tritt zurück"}
    doc["places"] = [{"text": "Quillbach", "start": 22, "end": 31, "kind": "city", "country": "DE"}]
    feats = features(doc)
    assert {"burgermeister", "stadtrat", "bilanz"} <= set(feats.names)  # capitalised as every German noun
    left = masked_lead(feats)
    assert left.startswith("Bürgermeister von tritt zurück Der Bürgermeister von trat am Abend"), left
    assert "Stadtrat die Bilanz" in left and "Quillbach" not in left


def test_a_lead_made_of_a_name_keeps_no_content_word() -> None:
    """A title made of a name alone, blanked, leaves nothing that says a happening: fewer content words
    than ``masked_min_words`` (stop words and words under three letters do not count)."""
    doc = {**body_doc(""), "title": "Quillbury.", "paragraphs": []}
    doc["places"] = [{"text": "Quillbury", "kind": "city", "country": "GB"}]
    left = masked_lead(features(doc))
    assert left == "." and content_words(left, "en") == 0
    assert content_words("Bus fire at the depot", "en") == 3  # "at", "the": stop words
    assert content_words("Le maire d' démissionne", "fr") == 2


def test_a_joined_statement_keeps_the_offsets_of_its_parts() -> None:
    """A content joined through its incise: ``parts`` are the article spans of its two texts (the first without
    its trailing comma), ``text`` their texts joined by a space. A comment cut in the first part ends the
    statement there in the article too (the end does not overshoot by the incise's length)."""
    text = "The slipway at Port Aldwen, harbour officials said on Monday, would be closed for the winter."
    first, second = "The slipway at Port Aldwen,", "would be closed for the winter"
    (st,) = features(_report(text, "en", [first, second], "harbour officials", "said")).statements
    assert st.parts == [(0, len(first) - 1), (text.index(second), text.index(second) + len(second))]
    assert (
        st.text
        == " ".join(text[a:b] for a, b in st.parts)
        == "The slipway at Port Aldwen would be closed for the winter"
    )
    assert (st.start, st.end) == (st.parts[0][0], st.parts[-1][1])
    text = (
        "The slipway at Port Aldwen is rotten through, a claim the owners reject, harbour officials said "
        "on Monday, and must close before the first storms."
    )
    first, second = (
        "The slipway at Port Aldwen is rotten through, a claim the owners reject",
        "and must close before the first storms",
    )
    (st,) = features(_report(text, "en", [first, second], "harbour officials", "said")).statements
    assert st.text == "The slipway at Port Aldwen is rotten through"
    assert st.end == text.index(", a claim") and text[st.start : st.end] == st.text and st.parts == []


def test_and_carries_no_claim_on_into_the_outlets_narration() -> None:
    """ "X, and Y" after a report: Y is as often the outlet's own narration, so the statement is X alone, in
    both languages, whether or not the report's cue follows; a subordinate clause still carries it on."""
    content = "the north pier was no longer safe for walkers"
    text = "The trust said the north pier was no longer safe for walkers, and the council closed it on Friday."
    (st,) = features(_report(text, "en", [content], "The trust", "said")).statements
    assert st.text == content and text[st.start : st.end] == content
    text = "The trust said the north pier was no longer safe for walkers but the council kept it open all week."
    (st,) = features(_report(text, "en", [content], "The trust", "said")).statements
    assert st.text == content
    contenu = "le vieux quai de Port Aldwen n'est plus sûr"
    text = (
        "La fondation affirme que le vieux quai de Port Aldwen n'est plus sûr, et le maire a convoqué le conseil lundi."
    )
    (st,) = features(_report(text, "fr", [contenu], "La fondation", "affirme")).statements
    assert st.text == contenu
    text = "La fondation affirme que le vieux quai de Port Aldwen n'est plus sûr, parce que la houle a creusé la digue."
    (st,) = features(_report(text, "fr", [contenu], "La fondation", "affirme")).statements
    assert st.text == contenu + ", parce que la houle a creusé la digue"
    assert text[st.start : st.end] == st.text


def test_no_word_both_carries_a_claim_on_and_cuts_it_back() -> None:
    """A phrase that opens a comment (``comment_phrases``, « ce qui ») is no continuation of the claim: in both
    lists, every carry-on through it would be cut back."""
    for language in ("en", "fr"):
        data = load_data(language, "stories")
        assert data["statement_continuations"]
        assert not set(data["statement_continuations"]) & set(data.get("comment_phrases") or [])
    text = "La fondation affirme que le vieux quai sera fermé tout l'hiver, ce qui privera les pêcheurs de leur abri."
    contenu = "le vieux quai sera fermé tout l'hiver"
    (st,) = features(_report(text, "fr", [contenu], "La fondation", "affirme")).statements
    assert st.text == contenu


def test_a_sentence_of_a_language_without_attribution_rules_is_in_no_known_voice() -> None:
    """Stop 36: in German (quotations by punctuation only) a sentence outside quotations is of kind
    "unknown", not the outlet's own voice; a quotation stays attributed."""
    text = (
        "Der Hafen von Ostrel wird im nächsten Frühjahr für sechs Wochen geschlossen. "
        "Die Bürgermeisterin sagte am Montag: „Wir haben keine andere Wahl gehabt, das wissen hier alle.“"
    )
    doc = _doc(text, "de")
    quote = "Wir haben keine andere Wahl gehabt, das wissen hier alle."
    doc["spans"] = {"contents": [_span(text, quote)]}
    doc["attributions"] = [{"source_type": "none", "speaker": None, "content": [0], "hedged": False}]
    kinds = {st.text[:10]: st.kind for st in features(doc).statements}
    assert kinds == {"Der Hafen ": "unknown", "Wir haben ": "attributed"}
    (mine,) = features(_doc("Der Hafen von Ostrel wird im Frühjahr für sechs Wochen geschlossen.", "en")).statements
    assert mine.kind == "unsourced"  # the same sentence where the rules run: the outlet's own voice


def test_a_statement_is_not_cut_after_a_month_abbreviation() -> None:
    """The claims' sentences (``sentence_split``) are not cut after an abbreviation of a language's
    ``no_start_after`` ("an Aug. 25-26 visit"): a user's claim was cut after "Aug." (stop 40)."""
    from newsloupe.stories.adapter import sentences

    text = "The council posted its notice before an Aug. 25-26 visit to Dorvane. It was brief. Mgr. Varn left."
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == [
        "The council posted its notice before an Aug. 25-26 visit to Dorvane.",
        "It was brief.",
        "Mgr. Varn left.",
    ]


def _titled(title: str, body: str, language: str) -> dict:
    """A stored analysis of a title paragraph and one body paragraph (``title + "\\n\\n" + body``)."""
    text = f"{title}\n\n{body}"
    return {
        "text": text,
        "title": title,
        "language": language,
        "paragraphs": [
            {"start": 0, "end": len(title), "line": 1, "role": "title"},
            {"start": len(title) + 2, "end": len(text), "line": 3, "role": "body"},
        ],
        "spans": {},
        "attributions": [],
    }


def test_a_title_that_asks_or_shouts_is_a_statement_read_by_claims_only() -> None:
    """A question title (« X était-il connu ? », "Did X know?") and a headline in capitals say a claim, as a
    sentence does: a statement at the title's span, in the outlet's voice, hedged when a question, read by
    claims only (``relays``: out of the story match), the shouted one embedded in sentence case (stop 41)."""
    body = "Le conseil municipal de Port Aldwen se réunira jeudi soir pour examiner le dossier de la digue."
    for title, lang, hedged, said in (
        (
            "Port Aldwen : la fissure de la digue était-elle connue depuis l'hiver ?",
            "fr",
            True,
            "Port Aldwen : la fissure de la digue était-elle connue depuis l'hiver ?",
        ),
        (
            "Did the Port Aldwen harbour office know of the crack last winter?",
            "en",
            True,
            "Did the Port Aldwen harbour office know of the crack last winter?",
        ),
        (
            "FERRY SKIPPER SLEPT THROUGH SIX ALARMS AT PORT ALDWEN",
            "en",
            False,
            "Ferry skipper slept through six alarms at port aldwen",
        ),
    ):
        doc = _titled(title, body, lang)
        first = features(doc).statements[0]
        assert (first.start, first.end) == (0, len(title)), first
        assert (first.text, first.kind, first.hedged, first.relays) == (said, "unsourced", hedged, True)


def test_a_title_that_names_its_story_is_no_statement() -> None:
    """A title in sentence case that does not ask ("Harbour wall cracks at Port Aldwen") names its story: as a
    statement it would join the story's theme claims (stop 39's trial); so would a short question or a short
    shout ("WHY?")."""
    body = "The harbour office of Port Aldwen said on Monday that the sea wall would be closed for a month."
    for title in ("Harbour wall cracks at Port Aldwen after the storm", "Port Aldwen: why?", "PORT ALDWEN SHUT"):
        starts = [st.start for st in features(_titled(title, body, "en")).statements]
        assert starts and 0 not in starts, (title, starts)


def test_a_report_in_a_caption_and_a_refusal_to_comment_are_no_claims() -> None:
    """Page furniture states no claim (user47): a report read in a caption paragraph ("Above: …. Image Credit: X",
    the caption's label read as a speaker) and a line refusing comment make no statement; the body's report
    beside them does (CODE_VERSION 39.17)."""
    caption = "Above: A ferry of the Brelande line in the harbour of Port Aldwen. Image Credit: Brelande"
    body = "The harbour office said the new ferry timetable would start on Monday for all passengers."
    refusal = "A spokesperson for the Brelande line declined to comment on the timetable."
    text = f"{caption}\n{body}\n{refusal}"
    doc = _doc(text, "en")
    doc["paragraphs"] = [
        {"start": 0, "end": len(caption), "line": 1, "role": "caption"},
        {"start": len(caption) + 1, "end": len(caption) + 1 + len(body), "line": 2, "role": "body"},
        {"start": len(caption) + len(body) + 2, "end": len(text), "line": 3, "role": "body"},
    ]
    in_caption = caption[len("Above: ") :]
    reported = body[body.index("the new ferry") :]
    doc["spans"] = {"contents": [_span(text, in_caption), _span(text, reported)]}
    doc["attributions"] = [
        {"source_type": "person_named", "speaker": "Above", "content": [0], "hedged": False},
        {"source_type": "organization", "speaker": "The harbour office", "content": [1], "hedged": False},
    ]
    texts = [st.text for st in features(doc).statements]
    assert texts == [reported]
    assert no_comment_line(refusal, "en") and not no_comment_line(body, "en")
    assert no_comment_line("Le maire de Valmer n'a pas souhaité réagir à ces accusations.", "fr")


def test_no_comment_bare_phrase_only_ends_a_statement() -> None:
    """A bare "no comment" / « pas de commentaire » is a refusal only where they end the statement (revfix47b)."""
    assert not no_comment_line("The new law leaves no comment period for residents of the valley.", "en")
    assert no_comment_line("Asked about the ferry fees, the harbour master said no comment.", "en")
    assert not no_comment_line("Il n'y a pas de commentaire possible sur ce chiffre, dit-il.", "fr")
    assert no_comment_line("Interrogé sur le chantier, le maire de Valmer : « Pas de commentaire. »", "fr")
    from newsloupe.stories import adapter

    assert hasattr(adapter._comment, "cache_info") and hasattr(adapter._no_comment, "cache_info")
