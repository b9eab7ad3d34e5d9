"""French attributions, stop 48 (branch attr48): direct quotations missed on the readable real sets b, c, e, f and
i, by mechanism, on sentences invented for these tests (fictional towns and people)."""

from tests.attribution.conftest import by_content, contents


def test_a_quotation_right_after_a_comme_incise_and_a_comma_is_the_quotation_alone(fr):
    # (before: the content ran on past the closing mark to the end of the sentence, a mixed report)
    _, atts = fr(
        "Puisque, comme l'a dit le géographe Paul Verdier, « si vous fermez le port, vous fermez la ville », "
        "si les habitants ne réagissent pas, la digue tombera."
    )
    said = by_content(atts, "si vous fermez le port, vous fermez la ville")
    assert said["kind"] == "direct" and said["speaker"] == "Paul Verdier"


def test_a_quotation_a_clause_goes_on_from_after_a_comme_incise_keeps_the_clause(fr):
    # guard: the quotation is the subject of a clause that goes on after it (no punctuation after its mark)
    _, atts = fr("Comme l'a dit le géographe Paul Verdier, « la digue » est un mot qui fait peur aux marins.")
    said = [a for a in atts if a["speaker"] == "Paul Verdier"]
    assert said and said[0]["kind"] == "mixed"
    assert "est un mot qui fait peur aux marins" in contents(said[0])[0]


def test_a_quoted_que_clause_stops_before_a_relative_clause_after_it(fr):
    # (before: « ceux qui crient que « … », qui défilent … » took the relatives after the quotation as said)
    _, atts = fr(
        "Il a voté pour le parti de ceux qui crient que « la digue est perdue », qui défilent aux côtés des "
        "pêcheurs, et de celui qui se vante d'avoir vendu le port !"
    )
    said = by_content(atts, "la digue est perdue")
    assert said["kind"] == "direct" and said["cue"]["text"] == "crient"


def test_a_quoted_noun_a_relative_qualifies_keeps_the_clause(fr):
    # guard: the quotation holds no verb, the relative qualifies it and the reported clause goes on
    _, atts = fr("Les marins disent que « la digue », qui a coûté cher, est perdue.")
    said = [a for a in atts if a["cue"] and a["cue"]["text"] == "disent"]
    assert said and contents(said[0])[0].endswith("est perdue")
