"""French speakers as a reader resolves them, stop 43 (branch frspk43): mechanisms seen on unseen real articles
(frdev43), on sentences invented for these tests (fictional towns, bodies and people)."""

from tests.attribution.conftest import by_cue


def test_a_name_after_a_short_aside_in_parentheses(fr):
    # (before: the aside « (nord) » hid the apposed name, and the role stayed anonymous)
    _, atts = fr(
        "Le conseil a voté mardi.",
        "« Nous ne céderons rien », a tonné mardi le maire de la ville de Valbrune (nord), "
        "Aurélien Marchetti, qui réunira son conseil jeudi.",
    )
    wrote = by_cue(atts, "a tonné")
    assert wrote["speaker"] == "Aurélien Marchetti" and wrote["source_type"] == "person_named"


def test_a_name_closing_a_description_after_its_last_comma(fr):
    # (before: the first name in the mention was a complement, « auprès de Varda », and the whole description was the
    # speaker, typed anonymous)
    _, atts = fr(
        "Un des armateurs les mieux introduits auprès de Varda, Ivan Petrovine, a déclaré jeudi redouter « la fin "
        "des ports libres ».",
    )
    declared = by_cue(atts, "a déclaré")
    assert declared["speaker"] == "Ivan Petrovine" and declared["source_type"] == "person_named"


def test_a_capitalised_title_is_no_persons_name(fr):
    # (before: « Président de la République » was a person, and the later role noun resolved to that title)
    _, atts = fr(
        "Lucien Varda a reçu mardi le roi de Morvellie.",
        "Pendant le dîner, le Président de la République a parlé longuement des digues.",
        "Le président de la République a assuré qu'il tenait « avant tout à la paix » avec la Morvellie.",
    )
    assert by_cue(atts, "a assuré")["speaker"] == "Lucien Varda"


def test_a_colon_ending_its_paragraph_announces_the_quotation_that_opens_the_next(fr):
    # (before: the paragraph break hid the colon; the quotation had no speaker)
    _, atts = fr(
        "Valbrune lève ses barrières. Selon le gouverneur Lucien Varda :",
        "« Les barrières ne servaient plus à rien depuis que la digue tient. »",
        "Cette position est plus sage.",
    )
    said = [a for a in atts if a["content"][0]["text"].startswith("Les barrières")]
    assert said and said[0]["speaker"] == "Lucien Varda" and said[0]["source_type"] == "person_named"
    # a sentence that quotes words itself goes on with their speaker, not with its subject
    _, atts = fr(
        "« Le 3 mai, Valbrune dira non », annonce le syndicat des dockers.",
        "Pour eux, Varda « trompe les marins depuis des années », tout comme :",
        "« Ses promesses sur les quais et ses chiffres sur la pêche ne valent rien. »",
    )
    spread = [a for a in atts if a["content"][0]["text"].startswith("Ses promesses")]
    assert spread and spread[0]["speaker"] == "le syndicat des dockers"
