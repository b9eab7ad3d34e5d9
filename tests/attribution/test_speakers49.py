"""Speakers on unseen real French articles and the stop-48 user's faults, stop 49 (issue 12): a cue coordinated
with a verb whose subject the tagger misread (a name as a common noun, a nominal adjective as the relative's
antecedent), the writer's aside to the reader (« comme vous pouvez le voir »), a role noun standing for the
person whose words were just cited. Invented text and people."""

from __future__ import annotations

from newsloupe.attribution.doc import AttributionDoc
from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.attribution.rules import reader_aside
from tests.attribution.conftest import analyse


def _by_content(text: str, words: str) -> dict:
    _parsed, atts = analyse(text.split("\n\n"), "fr")
    hits = [a for a in atts if any(words in c["text"] for c in a["content"])]
    assert hits, [c["text"] for a in atts for c in a["content"]]
    return hits[0]


def test_a_coordinated_cue_shares_a_name_tagged_as_a_noun() -> None:
    text = (
        "Emmanuel Macron a présenté son budget lundi.\n\n"
        "Interrogé sur les 50 milliards de déficit creusés depuis quatre ans, Macron assume et affirme avoir "
        "protégé des usines et des salaires."
    )
    a = _by_content(text, "avoir protégé des usines")
    assert (a["speaker"], a["source_type"]) == ("Emmanuel Macron", "person_named")


def test_a_coordinated_cue_after_a_relative_on_a_nominal_adjective() -> None:
    text = (
        "Évidemment, il reste toujours quelques obstinés qui peinent à accepter le rapport sur la pêche "
        "côtière et voudraient pouvoir y ajouter encore quelques réserves."
    )
    a = _by_content(text, "y ajouter encore quelques réserves")
    assert (a["speaker"], a["source_type"]) == ("quelques obstinés", "unnamed_collective")


def _aside(text: str, verb: str, subject: str) -> bool:
    parsed, _atts = analyse([text], "fr")
    d = AttributionDoc(parsed.doc, get_lexicon("fr"), parsed.article.text)
    v = next(i for i in range(d.n) if d.tok[i] == verb)
    return reader_aside(d, v, next(i for i in range(d.n) if d.tok[i] == subject))


def test_the_writers_aside_to_the_reader_speaks_for_no_one() -> None:
    assert _aside("Le port a changé de visage, comme vous pouvez le voir sur la carte.", "pouvez", "vous")
    # guards: a third person, or no « comme », is someone who may speak
    assert not _aside("Le port a changé de visage, comme elle peut le voir sur la carte.", "peut", "elle")
    assert not _aside("Vous pouvez voir que le port a changé de visage.", "pouvez", "Vous")


def test_a_role_noun_stands_for_the_person_whose_words_were_cited() -> None:
    text = (
        "Le chroniqueur Paul Arnaud souligne que « les voisins du pays vivent dans la crainte ».\n\n"
        "Les termes employés par Jean Dufresne font souvent polémique. Il y a un mois, "
        "le chef de la grande république avait qualifié son rival de « menteur »."
    )
    a = _by_content(text, "son rival de")
    assert a["speaker"] == "Jean Dufresne"


def test_a_role_noun_does_not_stand_for_the_maker_of_a_thing() -> None:
    text = (
        "Le chroniqueur Paul Arnaud souligne que « les voisins du pays vivent dans la crainte ».\n\n"
        "Les bateaux construits par Jean Dufresne font souvent polémique. Il y a un "
        "mois, le chef de la grande république avait qualifié son rival de « menteur »."
    )
    a = _by_content(text, "son rival de")
    assert a["speaker"] != "Jean Dufresne"


def test_a_participle_after_whom_the_speaker_told_goes_on_with_the_speaker() -> None:
    text = (
        "« J’espère que les électeurs choisiront la stabilité », a confié Viktor Orban à un journaliste de LCI "
        "présent à Madrid, ajoutant : « Elle est très respectée chez nous »."
    )
    a = _by_content(text, "très respectée chez nous")
    assert (a["speaker"], a["source_type"]) == ("Viktor Orban", "person_named")
