"""French attributions, stop 48 (branch attr48): direct quotations missed on the readable real sets b, c, e, f and
i, by mechanism, on sentences invented for these tests (fictional towns and people)."""

from tests.attribution.conftest import by_content, contents


def test_a_quotation_right_after_a_comme_incise_and_a_comma_is_the_quotation_alone(fr):
    # (before: the content ran on past the closing mark to the end of the sentence, a mixed report)
    _, atts = fr(
        "Parce que, comme l'a dit l'ingénieure Claire Dumoulin, « une digue sans entretien finit toujours par "
        "céder », le quai de Valbrune s'effondrera un jour."
    )
    said = by_content(atts, "une digue sans entretien finit toujours par céder")
    assert said["kind"] == "direct" and said["speaker"] == "Claire Dumoulin"


def test_a_quotation_a_clause_goes_on_from_after_a_comme_incise_keeps_the_clause(fr):
    # guard: the quotation is the subject of a clause that goes on after it (no punctuation after its mark)
    _, atts = fr("Comme l'a dit le géographe Paul Verdier, « la digue » est un mot qui fait peur aux marins.")
    said = [a for a in atts if a["speaker"] == "Paul Verdier"]
    assert said and said[0]["kind"] == "mixed"
    assert "est un mot qui fait peur aux marins" in contents(said[0])[0]


def test_a_quoted_que_clause_stops_before_a_relative_clause_after_it(fr):
    # (before: the relative clause after the closing mark was taken as part of what was said)
    _, atts = fr(
        "Elle soutient les habitants qui affirment que « le quai va s'effondrer », qui manifestent chaque samedi "
        "devant la mairie de Valbrune."
    )
    said = by_content(atts, "le quai va s'effondrer")
    assert said["kind"] == "direct" and said["cue"]["text"] == "affirment"


def test_a_quoted_noun_a_relative_qualifies_keeps_the_clause(fr):
    # guard: the quotation holds no verb, the relative qualifies it and the reported clause goes on
    _, atts = fr("Les habitants affirment que « le quai », qui date de 1890, va s'effondrer.")
    said = [a for a in atts if a["cue"] and a["cue"]["text"] == "affirment"]
    assert said and contents(said[0])[0].endswith("va s'effondrer")
