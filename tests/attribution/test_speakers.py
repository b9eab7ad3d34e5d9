"""Speakers resolved as a reader would, and source types, on sentences written for these tests (fictional)."""

from tests.attribution.conftest import by_cue


def test_pronoun_takes_the_man_just_named_not_the_woman_before(fr):
    _, atts = fr(
        "La maire de Valmer, Lise Morvan, a inauguré mardi le nouveau port de plaisance.",
        "Le capitaine Armand Vescal a rejoint la cérémonie en fin de matinée.",
        "« Les quais ne sont pas encore sûrs », a-t-il averti devant les journalistes.",
    )
    a = by_cue(atts, "a-t-il averti")
    assert a["speaker"] == "Armand Vescal" and a["source_type"] == "person_named"


def test_role_noun_short_name_and_ce_dernier(fr):
    _, atts = fr(
        "La porte-parole du ministère de la Mer, Odile Ferrand, a confirmé jeudi l’accord.",
        "La porte-parole a ajouté que les pêcheurs seraient indemnisés.",
    )
    assert by_cue(atts, "a ajouté")["speaker"] == "Odile Ferrand"
    _, atts = fr(
        "Le député Armand Vescal a déposé un amendement.", "M. Vescal a expliqué que le texte protégerait les dunes."
    )
    assert by_cue(atts, "a expliqué")["speaker"] == "Armand Vescal"
    _, atts = fr(
        "Le ministre Paul Dorsaz a rencontré la maire Jeanne Ortis.", "Ce dernier a affirmé que le port rouvrirait."
    )
    a = by_cue(atts, "a affirmé")
    assert a["source"]["text"] == "Ce dernier" and a["speaker"] == "Paul Dorsaz"


def test_feminine_pronoun_takes_an_organisation(fr):
    _, atts = fr("L’armée lusanienne a bombardé la côte mardi.", "Elle a affirmé que ses cibles étaient militaires.")
    a = by_cue(atts, "a affirmé")
    assert a["speaker"] == "L’armée lusanienne" and a["source_type"] == "organization"


def test_french_source_types(fr):
    _, atts = fr(
        "Moscou a affirmé que les navires quitteraient le port.",
        "Le rapport de l’institut conclut que les dunes reculent.",
        "Des experts estiment que la digue ne tiendra pas.",
        "Le gouvernement a annoncé que la digue serait renforcée.",
        "On raconte que le phare sera vendu.",
        "Selon le quotidien Le Monde, la vente aurait été conclue.",
    )
    types = {cue: by_cue(atts, cue)["source_type"] for cue in ("a affirmé", "conclut", "estiment", "a annoncé")}
    assert types == {
        "a affirmé": "organization",  # a capital standing for its government
        "conclut": "document",
        "estiment": "unnamed_collective",
        "a annoncé": "organization",
    }
    on = by_cue(atts, "raconte")
    assert on["speaker"] == "On" and on["source_type"] == "unnamed_collective"
    assert by_cue(atts, "Selon")["source_type"] == "media"


def test_english_pronoun_and_short_name(en):
    _, atts = en(
        "Mayor Hollis Grange opened the harbour on Tuesday.",
        "Captain Armand Vescal joined the ceremony later.",
        '"The docks are not safe yet," he warned reporters.',
    )
    assert by_cue(atts, "warned")["speaker"] == "Armand Vescal"
    _, atts = en("Senator Dana Pellworth voted against the bill.", "Pellworth said the bill would hurt fishermen.")
    a = by_cue(atts, "said")
    assert a["speaker"] == "Dana Pellworth" and a["source_type"] == "person_named"


def test_two_persons_and_an_outlet_by_its_name(fr):
    _, atts = fr(
        "Le ministre Paul Dorsaz a reçu mardi le maire Armand Vescal à Valmer.",
        "Les deux hommes ont affirmé que le port serait agrandi.",
    )
    a = by_cue(atts, "ont affirmé")
    assert a["speaker"] == "Paul Dorsaz et Armand Vescal" and a["source_type"] == "person_named"
    _, atts = fr("« Les quais sont dangereux », a écrit le quotidien Lusinfo.")
    a = by_cue(atts, "a écrit")
    assert a["speaker"] == "Lusinfo" and a["source_type"] == "media"


def test_postposed_subject_after_adverbials_and_dash(fr):
    _, atts = fr(
        "« Le port rouvrira au printemps », a insisté à Valmer le ministre de la Mer Paul Dorsaz, en souriant.",
        "« Les quais sont sûrs », précise l’un des auteurs de l’étude, Armand Vescal.",
    )
    assert by_cue(atts, "a insisté")["speaker"] == "Paul Dorsaz"
    assert by_cue(atts, "précise")["speaker"] == "Armand Vescal"


def test_subject_of_a_coordinated_verb_and_object_clitics(fr):
    _, atts = fr(
        "Le ministre Paul Dorsaz a rencontré les pêcheurs et a assuré que le port rouvrirait.",
        "La maire Lise Morvan a reçu le ministre.",
        "« Ne cédez rien », lui a lancé L. Morvan.",
    )
    assert by_cue(atts, "a assuré")["speaker"] == "Paul Dorsaz"
    a = by_cue(atts, "a lancé")
    assert a["source"]["text"] == "L. Morvan" and a["speaker"] == "Lise Morvan"


def test_person_apposed_to_an_indefinite_role(fr):
    _, atts = fr(
        "Interrogé lundi, Armand Vescal, un porte-parole du ministère lusanien de la Mer, "
        "a affirmé que le port était sûr."
    )
    a = by_cue(atts, "a affirmé")
    assert a["speaker"] == "Armand Vescal" and a["source_type"] == "person_named"


def test_quotation_then_selon(fr):
    _, atts = fr("« Le port rouvrira au printemps », selon Paul Dorsaz.")
    a = by_cue(atts, "selon")
    assert a["speaker"] == "Paul Dorsaz" and a["content"][0]["text"] == "Le port rouvrira au printemps"
    assert len(atts) == 1  # the quotation is not a second, uncued attribution


def test_bare_surname_is_the_first_full_name(en):
    _, atts = en(
        "Senator Dana Pellworth met voters in Valmer on Monday.",
        "Her husband, Mark Pellworth, joined her later.",
        "Pellworth said the port would reopen in the spring.",
    )
    assert by_cue(atts, "said")["speaker"] == "Dana Pellworth"


def test_abstract_noun_is_an_unnamed_collective(fr):
    _, atts = fr("La théorie économique veut que les ports prospèrent avec le commerce.")
    a = by_cue(atts, "veut")
    assert a["source_type"] == "unnamed_collective"
