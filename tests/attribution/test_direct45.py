"""French direct quotations and their speakers, stop 45 (branch frdir45): mechanisms seen on real articles no rule
was read from (the development sets b and c), on sentences invented for these tests (fictional towns, bodies and
people)."""

from tests.attribution.conftest import by_content


def test_a_quotation_then_cest_ce_quecrit_x_is_xs(fr):
    # (before: the quotation had no cue and no speaker, and « écrivent » reported the two mayors' own mention)
    _, atts = fr(
        "« Les digues tiendront tout l'hiver, et le port restera ouvert » : c'est ce qu'écrivent (ensemble) les "
        "deux maires de Valbrune.",
        "« Le quai sera refait avant l'été. » Voilà ce que dit Lucien Varda.",
    )
    wrote = by_content(atts, "Les digues tiendront tout l'hiver, et le port restera ouvert")
    assert wrote["cue"]["text"] == "écrivent" and wrote["speaker"] == "les deux maires de Valbrune"
    assert wrote["kind"] == "direct"
    assert not [a for a in atts if "les deux maires de Valbrune" in [c["text"] for c in a["content"]]]
    said = by_content(atts, "Le quai sera refait avant l'été.")
    assert said["cue"]["text"] == "dit" and said["speaker"] == "Lucien Varda"


def test_a_quotation_inside_its_clause_keeps_its_own_cue(fr):
    # the rule above takes only a quotation that opens its sentence
    _, atts = fr("Le maire a dénoncé « une trahison du port », c'est ce que pense aussi Lucien Varda.")
    assert by_content(atts, "une trahison du port")["cue"]["text"] == "a dénoncé"


def test_a_name_before_nous_avait_prevenus_is_the_speaker(fr):
    # (before: the parse made the name the sentence's root or its subject passive, and the quotation had no speaker)
    _, atts = fr(
        "Les digues seront remises en cause. Pas moins. Louise de Varenne nous avait pourtant prévenus : "
        "« Gardez l'œil sur la digue, même par beau temps. »"
    )
    said = by_content(atts, "Gardez l'œil sur la digue, même par beau temps.")
    assert said["speaker"] == "Louise de Varenne" and said["source_type"] == "person_named"


def test_a_quotation_after_an_intent_cues_object_and_de(fr):
    # (before: both quotations were uncued, their speaker the one of the paragraph before)
    _, atts = fr(
        "« Tout va mal », disait Hélène Marchal.",
        "Le maire de Valbrune est en colère. "
        "Il menace les pêcheurs de « poursuites devant tous les tribunaux du pays ». "
        "Il a ordonné aux gardes de « fermer le port avant la nuit ».",
    )
    threat = by_content(atts, "poursuites devant tous les tribunaux du pays")
    assert threat["cue"]["text"] == "menace" and threat["speaker"] == "Le maire de Valbrune"
    order = by_content(atts, "fermer le port avant la nuit")
    assert order["cue"]["text"] == "a ordonné" and order["speaker"] == "Le maire de Valbrune"


def test_a_short_label_after_an_object_stays_a_label(fr):
    # one or two quoted words after « de » are a label or a charge, not a quotation the cue reports
    _, atts = fr("Le maire a accusé les pêcheurs de « trahison ».")
    assert not [a for a in atts if a["kind"] == "direct" and a["cue"] and a["cue"]["text"] == "a accusé"]
