"""French attributions, stop 47 (branch attr47): mechanisms counted on the readable real sets b, c, e and f, on
sentences invented for these tests (fictional towns, bodies and people)."""

from tests.attribution.conftest import by_content, contents


def test_pour_certains_and_pour_d_autres_name_an_unnamed_group(fr):
    # (before: « certains », « d'autres » were read by their lemmas « certain », « autre », no source)
    _, atts = fr(
        "Pour certains, la crise de Valbrune durera encore deux ans.",
        "Pour d'autres, le port rouvrira dès le printemps.",
    )
    some = by_content(atts, "la crise de Valbrune durera encore deux ans")
    assert some["cue"]["text"] == "Pour" and some["speaker"] == "certains"
    others = by_content(atts, "le port rouvrira dès le printemps")
    assert others["cue"]["text"] == "Pour" and others["speaker"] == "d'autres"


def test_pour_and_a_people_names_it(fr):
    # (before: « les Russes » was no one, the tagger taking it for a place)
    _, atts = fr("Pour les Russes, la digue de Valbrune était le signe d'une victoire.")
    said = by_content(atts, "la digue de Valbrune était le signe d'une victoire")
    assert said["speaker"] == "les Russes"


def test_pour_and_a_thing_still_names_no_one(fr):
    _, atts = fr(
        "Pour certaines raisons, la ville de Valbrune a construit trois stades.",
        "Pour la première fois, la ville de Valbrune a fermé son port.",
    )
    assert atts == []


def test_an_adjective_phrase_apposed_to_the_source_is_not_reported(fr):
    # (before: the content opened with « bien plus nombreux, »)
    _, atts = fr("Pour d'autres, bien plus nombreux, cette digue sauvera enfin le port de Valbrune.")
    said = by_content(atts, "cette digue sauvera enfin le port de Valbrune")
    assert said["speaker"] == "d'autres"


def test_a_quotation_after_a_lead_in_set_off_by_a_comma_is_the_quotation_alone(fr):
    # (before: the content ran from the sentence's start, « À propos du riz, » included)
    _, atts = fr("À propos du riz, « il en reste assez pour tout l'hiver », dit-il, mais les prix montent.")
    said = by_content(atts, "il en reste assez pour tout l'hiver")
    assert said["cue"]["text"] == "dit-il" and said["kind"] == "direct"


def test_a_clause_running_into_its_quotation_keeps_the_clause(fr):
    # guard: no comma before the quotation, the words before it are the speaker's clause (mixed)
    _, atts = fr("Le port de Valbrune est « au bord du gouffre depuis des mois », a prévenu Hélène Marchal.")
    said = [a for a in atts if a["speaker"] == "Hélène Marchal"]
    assert said and contents(said[0]) == ["Le port de Valbrune est « au bord du gouffre depuis des mois »"]
