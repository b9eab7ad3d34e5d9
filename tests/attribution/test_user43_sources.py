"""Sources a new user saw wrong at stop 43 (brief fix43), on sentences invented for these tests (fictional
towns, foundations and people): a demonstrative « C' » before a colon is no speaker (A1), an agency named after
an elided article (« selon l'AFP ») is an outlet (A13 of stop 42)."""

from tests.attribution.conftest import by_content


def test_an_elided_c_before_a_colon_is_no_speaker(fr):
    # (before: speaker "C'", person_anonymous; the ministre named after it is the one who speaks)
    _, atts = fr(
        "C'est aussi pour la ministre Odile Ferrand une occasion de rappeler sa position : "
        "« Nous ne céderons rien sur les horaires du bac de Valmer. »"
    )
    a = by_content(atts, "Nous ne céderons rien sur les horaires du bac de Valmer.")
    assert (a["speaker"], a["source_type"]) == ("Odile Ferrand", "person_named")


def test_c_with_no_one_named_before_the_colon_leaves_the_quotation_speakerless(fr):
    # (before: speaker "C'"; no name before the colon: no speaker rather than the demonstrative)
    _, atts = fr(
        "C'est ce que rappelait la brochure distribuée à Corlay : « Les ruches du plateau ont perdu un tiers de "
        "leurs abeilles. »"
    )
    a = by_content(atts, "Les ruches du plateau ont perdu un tiers de leurs abeilles.")
    assert not (a["speaker"] or "").lower().startswith("c")


def test_a_subject_before_a_colon_still_speaks(fr):
    _, atts = fr("La maire de Corlay a tranché : « Le marché de Noël restera sur la place. »")
    assert by_content(atts, "Le marché de Noël restera sur la place.")["speaker"] == "La maire de Corlay"


def test_an_agency_after_an_elided_article_is_an_outlet(fr):
    # (before: « l'AFP » typed organization; « Reuters » without an article was already media)
    _, atts = fr(
        "Selon l'AFP, le bilan de la tempête de Valmer s'élève à douze blessés. "
        "D'après Reuters, la compagnie Bravoline a suspendu ses vols vers Tromsk."
    )
    assert {a["speaker"]: a["source_type"] for a in atts} == {"l'AFP": "media", "Reuters": "media"}


def test_an_outlet_listed_with_its_article_is_still_an_outlet(fr):
    _, atts = fr("Selon L'Express, la préfecture de Valmer a rouvert le pont dimanche.")
    assert [a["source_type"] for a in atts] == ["media"]


def test_a_thing_acting_on_an_object_is_no_source(en):
    # (before: "Ambient lighting" person_anonymous with cue "offers", "pops and explosions" unnamed_collective with
    # cue "rattled", "The water act" person_anonymous with cue "prohibited": verbs only the learned model takes)
    _, atts = en(
        "Ambient lighting offers thirty colors in the Varnel sedan.",
        "Overnight, pops and explosions rattled the harbor district of Quillport.",
        "The water act prohibited the dumping of waste into the Quill river until 1990.",
    )
    assert atts == []


def test_people_and_bodies_acting_on_an_object_still_report(en):
    _, atts = en(
        "Quillport lawmakers rejected the harbor plan on Monday.",
        "The Varnel council said the pier would reopen in May.",
    )
    assert {a["speaker"] for a in atts} == {"Quillport lawmakers", "The Varnel council"}


def test_a_document_seen_by_an_agency_stays_the_document(fr):
    # (an intermediate version typed it media and gave the agency as the speaker)
    _, atts = fr("Selon un rapport interne consulté par l'AFP, la digue de Valmer fuit depuis mars.")
    assert [a["source_type"] for a in atts] == ["document"]
