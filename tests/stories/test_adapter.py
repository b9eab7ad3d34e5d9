"""The stories adapter on a one-line article of a million characters: its lead is clipped."""

from __future__ import annotations

from newsloupe.stories.adapter import LEAD_CHARS, event_classes, features


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


def test_event_classes_of_a_title() -> None:
    """What event a title names, by class, the same classes in both languages; follow-ups (an inquiry,
    a trial) name no event of their own; a form ending in * is a prefix, the others whole words."""
    assert event_classes("Orchard town: storm kills two pickers near the old mill", "en") == {"death", "storm"}
    assert event_classes("Verger-sur-Loue : deux cueilleurs morts sous la grêle et l'orage", "fr") == {"death", "storm"}
    assert event_classes("Bakers walk out over night shifts at the harbour bakery", "en") == {"strike"}
    assert event_classes("Grève des boulangers du port : les fournils bloqués", "fr") == {"strike", "blockade"}
    assert event_classes("Ferry skipper goes on trial as the inquiry ends", "en") == frozenset()  # follow-ups only
    assert event_classes("A mortgage for the town hall", "en") == frozenset()  # "mort" is French, "mortgage" no death
    assert event_classes("Le maire et la grêle", "de") == frozenset()  # no list for the language
    assert event_classes("Plans for a new court-house", "en") == {"plan"}  # "plans" whole word; "court" a follow-up
