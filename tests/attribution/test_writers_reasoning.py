"""French clauses that report no one else: a neuter demonstrative subject ("cela montre que …"), a thing that
shows or means ("la crue montre que …"), the generic "on" of knowing and noticing ("on sait que …"), and a phrase
cue on a first or second person ("selon moi", "pour nous" inside a quotation). Sentences invented for these tests
(fictional people and places)."""

from tests.attribution.conftest import by_content, contents


def _all_contents(atts):
    return [c for a in atts for c in contents(a)]


def test_a_demonstrative_subject_reports_nothing(fr):
    # (before: "cela" was the source of the clause, typed as an anonymous person or a collective)
    _, atts = fr(
        "Le marché de Bellerive a fermé deux mois. Cela montre que les petits producteurs de la vallée manquent "
        "de relais.",
        "Les vergers ont gelé en avril, ce qui inquiète. Cela signifie que la récolte de Sainte-Alvère sera maigre.",
    )
    assert not any("petits producteurs" in c for c in _all_contents(atts))
    assert not any("la récolte de Sainte-Alvère" in c for c in _all_contents(atts))


def test_the_generic_on_of_knowing_reports_nothing(fr):
    # (before: "On" was the source, typed as an unnamed collective)
    _, atts = fr(
        "On sait que la digue de Port-Aurel ne tiendra pas un hiver de plus.",
        "On notera que le conseil municipal de Vireloup n'a pas voté le budget.",
    )
    assert not any("la digue de Port-Aurel" in c for c in _all_contents(atts))
    assert not any("le conseil municipal de Vireloup" in c for c in _all_contents(atts))


def test_hearsay_on_and_named_speakers_still_report(fr):
    # negative: "on dit que" is hearsay the guide annotates; a person who knows or notes still speaks
    _, atts = fr(
        "On dit que le pont de Valmeyre sera rouvert en juin.",
        "La maire Odile Bressac sait que la digue de Port-Aurel ne tiendra pas un hiver de plus.",
        "Le géomètre Rémi Castagne a noté que le talus avait glissé de trois mètres.",
    )
    by_content(atts, "le pont de Valmeyre sera rouvert en juin")
    assert by_content(atts, "la digue de Port-Aurel ne tiendra pas un hiver de plus")["speaker"] == "Odile Bressac"
    assert by_content(atts, "le talus avait glissé de trois mètres")["speaker"] == "Rémi Castagne"


def test_a_demonstrative_before_a_quotation_is_left_alone(fr):
    # negative: the rule is for reported clauses; a quotation keeps whatever the other rules give it
    _, atts = fr(
        "Le pêcheur Yvon Le Gall a parlé longtemps. « La baie se vide », a-t-il dit. Cela, il le répète depuis "
        "des années."
    )
    assert by_content(atts, "La baie se vide")["speaker"] == "Yvon Le Gall"


def test_selon_moi_and_pour_nous_are_the_speakers_own_view(fr):
    # (before: "nous" / "moi" were a second source beside the speaker, typed collective or anonymous)
    _, atts = fr(
        "« Pour nous, la gare de Vireloup est un atout. Elle doit rester ouverte », a déclaré le maire Paul Ravel.",
        "Selon moi, le marché couvert de Bellerive est trop petit.",
    )
    assert not any(a["cue"] and a["cue"]["text"] in ("Pour", "Selon") for a in atts)
    assert by_content(atts, "Pour nous, la gare de Vireloup est un atout. Elle doit rester ouverte")["speaker"] == (
        "Paul Ravel"
    )


def test_selon_a_third_person_still_reports(fr):
    # negative: "selon eux", "pour la préfète" name someone else
    _, atts = fr(
        "Les riverains de Bellerive ont écrit au maire. Selon eux, le marché couvert est trop petit.",
        "Pour la préfète Anne Morel, la digue de Port-Aurel doit être rehaussée.",
    )
    by_content(atts, "le marché couvert est trop petit")
    assert by_content(atts, "la digue de Port-Aurel doit être rehaussée")["speaker"] == "Anne Morel"


def test_what_an_event_shows_is_the_writers_reasoning(fr):
    # (before: "La crue de mars" was the source, typed as an unnamed collective)
    _, atts = fr("La crue de mars montre que la digue de Port-Aurel est trop basse.")
    assert not any("la digue de Port-Aurel" in c for a in atts for c in contents(a))


def test_what_a_report_shows_is_still_its_content(fr):
    # negative: a document speaks ("le rapport montre que")
    _, atts = fr("Le rapport de la préfecture montre que la digue de Port-Aurel est trop basse.")
    a = by_content(atts, "la digue de Port-Aurel est trop basse")
    assert a["source_type"] == "document"
