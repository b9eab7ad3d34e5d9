"""French speakers as a reader resolves them, stop 42 (branch frspk42): a user's faults of stop 41 and the general
mechanisms behind them, on sentences invented for these tests (fictional towns, bodies, outlets and people)."""

from tests.attribution.conftest import by_cue, contents


def test_an_adverbial_between_the_auxiliary_and_its_participle_keeps_the_subject(fr):
    # (before: the parse hung "assuré" on "côté", and the attribution had no source)
    _, atts = fr(
        "Le maire de Morvelle, Lucien Varda, a de son côté assuré que la digue « tiendrait ».",
        "La ministre des Rivières a pour sa part estimé que le pont de Sarpont resterait fermé.",
    )
    assured = by_cue(atts, "assuré")
    assert assured["speaker"] == "Lucien Varda" and assured["source_type"] == "person_named"
    estimated = [a for a in atts if a["cue"] and a["cue"]["text"].endswith("estimé")]
    assert [a["speaker"] for a in estimated] == ["La ministre des Rivières"]


def test_a_quotation_before_an_incise_is_what_is_said_not_who_says_it(fr):
    # (before: « Quelle honte » was the subject of "a encore écrit", and the speaker)
    _, atts = fr(
        "« Ne partez pas », a lancé un internaute de Valbrune. « Quelle honte », a encore écrit un autre.",
    )
    other = by_cue(atts, "a encore écrit")
    assert contents(other) == ["Quelle honte"]
    assert other["speaker"] == "un autre" and other["source_type"] == "person_anonymous"


def test_a_pronoun_after_a_role_noun_whose_holder_is_not_named(fr):
    # (before: "Il" and "lui" named no one; with a body as subject further back, that body)
    _, atts = fr(
        "Le gouvernement de Valdor veut rassurer les riverains",
        "Le ministre a présenté mardi un texte sur les digues. Il rappelle que les travaux dureront deux ans.",
    )
    reminds = by_cue(atts, "rappelle")
    assert reminds["speaker"] == "Le ministre" and reminds["source_type"] == "person_anonymous"
    _, atts = fr("Le préfet de Morvelle a réuni la presse. Selon lui, la décrue ne commencerait pas avant vendredi.")
    assert by_cue(atts, "Selon")["speaker"] == "Le préfet de Morvelle"


def test_an_outlet_named_in_common_nouns_is_its_own_speaker(fr):
    # (before: "La Gazette des Monts", tagged as common nouns, was taken for "the outlet cited" and got the
    # later outlet's name, with its apposition and relative clause)
    _, atts = fr(
        "Le projet déplaît, écrit La Gazette des Monts. Cette position est partagée par Le Courrier du Lac, "
        "un hebdomadaire qui a titré : « Pour quoi faire ? ». Le journal affirme que le maire a menti.",
    )
    assert by_cue(atts, "écrit")["speaker"] == "La Gazette des Monts"
    lies = by_cue(atts, "affirme")
    assert lies["speaker"] == "Le Courrier du Lac" and lies["source_type"] == "media"


def test_a_list_of_countries_is_not_cut_at_its_first_comma(fr):
    _, atts = fr("La Morvellie, le Valdor, l'Ostrie et les Îles Basses ont annoncé qu'elles fermeraient leurs ports.")
    announced = [a for a in atts if a["cue"] and "annoncé" in a["cue"]["text"]]
    assert announced and announced[0]["speaker"].startswith("La Morvellie, le Valdor")
