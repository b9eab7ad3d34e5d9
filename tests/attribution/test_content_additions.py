"""Where an indirect content ends when the writer adds to it (issue 12, stop 33): an incise relaying the report
(", rapporte X") is not part of what was said; a verb before "selon" whose complement follows it frames the
report; a passive's subject speaks through its infinitive ("X est chargé d'annoncer que …"). Sentences invented
for these tests (fictional people, places and outlets)."""

from tests.attribution.conftest import by_cue, contents


def test_an_incise_relaying_the_report_closes_it(fr):
    # (before: the mayor's content ran on to ", rapporte le journal Le Courrier de Mirande")
    _, atts = fr(
        "La maire Clara Vidal a assuré vouloir rouvrir la piscine de Vireloup dès juin, rapporte le journal Le"
        " Courrier de Mirande."
    )
    assert contents(by_cue(atts, "a assuré")) == ["vouloir rouvrir la piscine de Vireloup dès juin"]
    assert by_cue(atts, "rapporte")["speaker"] == "Le Courrier de Mirande"


def test_a_verb_framing_the_complement_after_selon_is_not_reported(fr):
    # (before: "Le club de Vireloup doit" was a second content of "selon")
    _, atts = fr("Le club de Vireloup doit, selon son président Marc Tellier, recruter trois joueurs avant l'été.")
    selon = [contents(a) for a in atts if a["cue"] and a["cue"]["text"] == "selon"]
    assert selon == [["recruter trois joueurs avant l'été"]]


def test_a_passive_subject_speaks_through_its_infinitive(fr):
    # (before: no attribution, the infinitive's source not found and a source-less infinitive dropped;
    # the parse reads "est allé" as a passive too)
    _, atts = fr(
        "Le maire Paul Ravel est allé jusqu'à annoncer que la piscine de Vireloup fermerait en mai.",
        "La préfète Anne Morel est chargée d'annoncer que le pont de Vireloup restera fermé.",
    )
    assert by_cue(atts, "annoncer")["speaker"] == "Paul Ravel"
    assert [a["speaker"] for a in atts if contents(a) == ["le pont de Vireloup restera fermé"]] == ["Anne Morel"]


def test_a_source_after_selon_ends_at_the_dash_closing_its_incise(fr):
    # (before: the source ran on past the dash: "une porte-parole des gendarmes - ont souvent été fermés …")
    _, atts = fr(
        "Les abords du lac de Vireloup - un périmètre d'environ 3 km sur 2 km, selon une porte-parole des"
        " gendarmes - ont souvent été fermés au public."
    )
    selon = by_cue(atts, "selon")
    assert contents(selon) == ["un périmètre d'environ 3 km sur 2 km"]
    assert selon["speaker"] == "une porte-parole des gendarmes"


def test_a_sentence_the_parse_cut_at_a_hyphen_is_read_whole(fr):
    # a sample article (fictional) whose first sentence the parse cuts after "camions-": the deputies' report
    # is the whole clause before the incise (before: it started at "citernes")
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "samples" / "articles" / "corpus.jsonl"
    record = next(r for r in map(json.loads, corpus.open(encoding="utf-8")) if r["id"].endswith("kirkouk-petrole"))
    first = record["text"].split("\n\n")[0]
    _, atts = fr(first)
    assert contents(by_cue(atts, "ont affirmé"))[0].startswith("Des dizaines de camions-citernes chargés de brut")


def test_a_capitalised_quotation_after_a_preposition_is_a_name(fr):
    # (before: each title was someone's words, a direct quotation of no one)
    _, atts = fr(
        "La maire Clara Vidal a défilé dimanche à Vireloup, à la veille de « La Grande Parade du port », puis a défendu"
        " son budget.",
        "Invitée dans « Le Grand Débat » sur Radio Mirande, la maire Clara Vidal a défendu le budget de la commune.",
    )
    assert not [a for a in atts if a["kind"] == "direct"]


def test_a_quoted_qualifier_after_a_cue_stays_its_speakers(fr):
    # negative: after "de" on a reporting verb's object the quotation is what the speaker calls it
    _, atts = fr("La maire Clara Vidal a qualifié le projet de « Désastre annoncé » lors du conseil.")
    assert by_cue(atts, "a qualifié")["speaker"] == "Clara Vidal"


def test_a_possessive_phrase_closing_the_sentence_reports_it_without_a_comma(fr):
    # (before: nothing; only "Y, à leurs yeux." reported Y)
    _, atts = fr("Les élus de Vireloup défendent la rocade. Ce chantier reste parfaitement légitime à leurs yeux.")
    assert contents(by_cue(atts, "à leurs yeux")) == ["Ce chantier reste parfaitement légitime"]


def test_a_closing_selon_is_not_part_of_the_infinitive_it_reports(fr):
    # (before: "verser deux millions aux sinistrés, selon un communiqué de la mairie")
    _, atts = fr(
        "Les dirigeants de Vireloup ont promis de verser deux millions aux sinistrés, selon un communiqué de la mairie."
    )
    assert contents(by_cue(atts, "ont promis")) == ["verser deux millions aux sinistrés"]
    assert contents(by_cue(atts, "selon")) == [
        "Les dirigeants de Vireloup ont promis de verser deux millions aux sinistrés"
    ]


def test_a_contrast_after_a_comma_is_the_writers(fr):
    # (before: ", alors que les travaux ne sont pas terminés" was part of the mayor's report)
    _, atts = fr(
        "La maire Clara Vidal a affirmé que la piscine rouvrirait en juin, alors que les travaux ne sont pas terminés."
    )
    assert contents(by_cue(atts, "a affirmé")) == ["la piscine rouvrirait en juin"]


def test_a_que_clause_the_parse_coordinates_with_the_cue_is_reported_too(fr):
    # (before: "le pont est dangereux" alone)
    _, atts = fr("La préfète Anne Morel estime que le pont est dangereux et qu'il faut le fermer.")
    assert contents(by_cue(atts, "estime")) == ["le pont est dangereux et qu'il faut le fermer"]
