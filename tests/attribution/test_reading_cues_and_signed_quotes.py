"""French source extraction: what is read in a text is that text's, quotations joined by
"et" share the inverted cue after them, a participle clause is its own clause's subject's. Sentences invented
for these tests (fictional towns, clubs, bodies and people)."""

from tests.attribution.conftest import by_content, contents


def test_a_quotation_read_in_a_press_release_is_the_press_release_s(fr):
    # (before: "peut-on" was not taken for an inverted cue, and "on" would not have named the release)
    _, atts = fr(
        "Le club d'aviron de Mirecourt a publié un bilan lundi. « Les régates reprendront en juin », peut-on "
        "lire dans le communiqué du club."
    )
    a = by_content(atts, "Les régates reprendront en juin")
    assert a["source"]["text"] == "le communiqué du club"
    assert a["source_type"] == "document"


def test_quotations_joined_by_et_share_the_inverted_cue_after_them(fr):
    # (before: the first quotation had no source; a bracketed aside after the second hid the cue too)
    _, atts = fr(
        "La mairie de Bressolles a diffusé une note. « Les marchés restent ouverts » et « les bus circulent » "
        "(sauf le dimanche), pouvait-on lire dans ce texte.",
        "« Le stade sera couvert » et « la piste refaite », assure Léa Fontanel, adjointe aux sports.",
    )
    for text in ("Les marchés restent ouverts", "les bus circulent"):
        a = by_content(atts, text)
        assert a["source"]["text"] == "ce texte" and a["source_type"] == "document"
    for text in ("Le stade sera couvert", "la piste refaite"):
        a = by_content(atts, text)
        assert a["speaker"] == "Léa Fontanel" and a["source_type"] == "person_named"


def test_on_reading_nowhere_stays_a_vague_collective(fr):
    # "on" with a cue that is no reading verb, or with nowhere it reads, keeps its own reading
    _, atts = fr("« Les vendanges seront tardives », dit-on dans les caves de Solvignac.")
    a = by_content(atts, "Les vendanges seront tardives")
    assert a["source"]["text"] == "on"
    assert a["source_type"] != "document"


def test_a_participle_clause_is_the_speech_of_its_own_clause_s_subject(fr):
    # (before: the participle took the nearest cue before it, the town of the concessive clause)
    _, atts = fr(
        "Bien que Lyon juge cela risqué, la fédération de rugby est restée ferme sur le calendrier, affirmant "
        "même que les matchs auront lieu."
    )
    a = by_content(atts, "les matchs auront lieu")
    assert a["source"]["text"] == "la fédération de rugby"
    assert a["source_type"] == "organization"


def test_a_participle_after_an_incise_stays_with_the_incise_s_speaker(fr):
    # the incise between the clause and the participle names who goes on (not the reported clause's subject)
    _, atts = fr(
        "Le marché couvert de Pontrieux fermera plus tôt cet hiver, a annoncé jeudi Odile Kervran, "
        "précisant que « les étals resteront chauffés »."
    )
    a = by_content(atts, "les étals resteront chauffés")
    assert a["speaker"] == "Odile Kervran" and a["source_type"] == "person_named"


def test_an_inverted_cue_past_a_verbless_aside_names_the_quotation_s_speaker(fr):
    # (before: the aside hid the cue and the quotation took the speaker before it by continuation)
    _, atts = fr(
        "Lina Vosges a visité le port. « Les docks seront rénovés avant l'été. Les grues seront changées », tout "
        "en marchant sur les quais, a déclaré en mai le directeur Marc Olier."
    )
    a = next(a for a in atts if contents(a)[0].startswith("Les docks seront rénovés"))
    assert a["speaker"] == "Marc Olier" and a["cue"]["text"] == "a déclaré"


def test_this_communique_is_the_communique_named_before_not_the_last_document_cited(fr):
    # (before: "ce communiqué" took the speaker of the last document source, the firemen's report)
    _, atts = fr(
        "La préfecture du Haut-Vallon a publié un communiqué sur la crue. Selon un rapport des pompiers, deux "
        "routes sont fermées. « Les secours sont sur place », pouvait-on lire plus bas dans ce communiqué."
    )
    a = by_content(atts, "Les secours sont sur place")
    assert a["source"]["text"] == "ce communiqué"
    assert a["speaker"] == "un communiqué sur la crue" and a["source_type"] == "document"


def _raw(text):
    """Attributions of a French text taken as it is (line breaks inside paragraphs kept)."""
    from newsloupe.attribution import extract_attributions
    from newsloupe.model import Article
    from newsloupe.nlp import parse

    return extract_attributions(parse(Article(id="t", text=text, language="fr", title="")))[0]


def test_a_pull_quotation_signed_on_its_last_line_is_the_signer_s(fr):
    # (before: the quotation took the speaker of the attribution before it by continuation)
    _, atts = fr(
        "Le maire Paul Ardent a parlé du parc. « Il ouvrira en mai », a-t-il dit.",
        "« Nous ne vendrons jamais la forêt de Brume. »",
        "Léa Morvan, présidente du collectif",
    )
    a = by_content(atts, "Nous ne vendrons jamais la forêt de Brume.")
    assert a["speaker"] == "Léa Morvan" and a["source_type"] == "person_named"
    atts = _raw(
        "La ministre Ina Sarv a commenté la visite. « Ce n'est pas la première », a-t-elle dit.\n\n"
        "« Le canal sera dragué avant l'automne. Les péniches pourront repasser\nOdile Kervran, directrice "
        "du port fluvial »\n\nLe conseil a voté mardi."
    )
    b = by_content(atts, "Le canal sera dragué avant l'automne. Les péniches pourront repasser")
    assert b["speaker"] == "Odile Kervran"


def test_a_name_line_with_a_verb_after_a_quotation_is_no_signature(fr):
    # a sentence about someone after a pull quotation does not sign it
    _, atts = fr(
        "Le maire Paul Ardent a parlé du parc. « Il ouvrira en mai », a-t-il dit.",
        "« Nous ne vendrons jamais la forêt de Brume. »",
        "Léa Morvan quitte alors la salle, sans un mot.",
    )
    a = by_content(atts, "Nous ne vendrons jamais la forêt de Brume.")
    assert a["speaker"] == "Paul Ardent"
