"""The stop-49 user's attribution faults (issue 12, fixattr49): a scare quote's « de X » is not X's words when an
inverted cue names who says them, a relative's object is not the subject pronoun after it, a negated subject of a
modal, a dateline in lowercase, a verbless quoted sentence before an incise, an object relative, « vouloir dire »,
soft hyphens in a speaker, a one-word answer in marks, an outlet told, an acronym that writes, page furniture.
Invented text and people."""

from __future__ import annotations

from typing import Any

from newsloupe.attribution import quote_only_attributions
from newsloupe.ingest.html import is_boilerplate_line
from tests.attribution.conftest import analyse, contents


def _fr(*paras: str) -> list[dict[str, Any]]:
    return analyse(list(paras), "fr")[1]


def _cue(atts: list[dict[str, Any]], cue: str) -> list[dict[str, Any]]:
    return [a for a in atts if a["cue"] and a["cue"]["text"] == cue]


def test_a_scare_quote_of_x_followed_by_an_inverted_cue_is_not_x_s_words() -> None:
    atts = _fr("La mairie subventionne la « croisade absurde et ruineuse » de Gaspard Vellin, dit la rumeur.")
    assert [a["speaker"] for a in atts if a["speaker"] and "Vellin" in a["speaker"]] == []
    said = _cue(atts, "dit")
    assert said and said[0]["speaker"] == "la rumeur"


def test_a_scare_quote_of_x_alone_stays_x_s_words() -> None:
    atts = _fr("Tout le monde a ri des « promesses en l'air » de Gaspard Vellin.")
    owned = _cue(atts, "de")
    assert [a["speaker"] for a in owned] in ([], ["Gaspard Vellin"])  # (the determiner rule, unchanged)


def test_the_relative_s_object_is_not_the_subject_pronoun_after_it() -> None:
    atts = _fr(
        "Hugo Marnier déclarait que Gaspard Vellin, qu'il venait de qualifier de « tyran », ne pouvait pas rester."
    )
    called = _cue(atts, "qualifier")
    assert called and called[0]["speaker"] == "Hugo Marnier"


def test_a_negated_subject_of_a_modal_reports_nothing() -> None:
    assert _cue(_fr("Mais personne ne peut affirmer que la digue tiendra."), "affirmer") == []
    kept = _cue(_fr("Le maire peut affirmer que la digue tiendra."), "affirmer")
    assert kept and kept[0]["speaker"] == "Le maire"


def test_a_dateline_in_lowercase_is_cut_from_the_speaker() -> None:
    atts = _fr("Valence, Espagne – Le maire de la ville, en poste depuis deux ans, a annoncé que le pont est ouvert.")
    said = _cue(atts, "a annoncé")
    assert said and said[0]["speaker"].startswith("Le maire de la ville")
    assert said[0]["source_type"] == "person_anonymous"


def test_a_verbless_quoted_sentence_before_an_incise_is_the_incise_s_report() -> None:
    atts = _fr(
        "La commission précise que rien ne changera. Hors de question d'un second « grand soir », observe un élu."
    )
    seen = _cue(atts, "observe")
    assert seen and seen[0]["speaker"] == "un élu"
    assert contents(seen[0])[0].startswith("Hors de question")


def test_an_object_relative_cue_reports_nothing() -> None:
    atts = _fr("Le seul résultat que souhaite le syndicat est une « fermeture totale » de l'usine.")
    assert _cue(atts, "souhaite") == []


def test_vouloir_dire_is_no_wish() -> None:
    assert _cue(_fr("Ce qu'il veut dire, c'est que la ville doit payer."), "veut") == []
    assert _cue(_fr("Le maire veut partir demain."), "veut")


def test_a_noun_in_the_content_is_no_place_of_on() -> None:
    atts = _fr("Depuis des mois, on a fait croire aux habitants que sans un nouveau stade, le club ne survivra pas.")
    made = _cue(atts, "a fait croire")
    assert made and made[0]["speaker"] == "on"


def test_a_soft_hyphen_leaves_the_speaker() -> None:
    atts = _fr("Selon le \u00administre de la Pêche, la taxe sera levée.")
    said = _cue(atts, "Selon")
    assert said and said[0]["speaker"] == "le ministre de la Pêche"
    assert "\u00ad" in said[0]["source"]["text"]  # (the span keeps the text as written)


def test_a_one_word_answer_in_marks_after_a_speech_verb() -> None:
    said = _cue(_fr("Le maire a déclaré « non »."), "a déclaré")
    assert said and contents(said[0]) == ["non"] and said[0]["kind"] == "direct"


def test_an_outlet_told_is_the_report_s_via() -> None:
    _p, atts = analyse(["A nurse at the clinic told Reuters that the ward was full."], "en")
    told = _cue(atts, "told")
    assert told and told[0]["speaker"] == "A nurse at the clinic"
    via = told[0]["via"]
    assert via is not None and via["text"] == "Reuters" and via["source_type"] == "media"
    _p, atts = analyse(["The mayor told Anna Morel that the bridge would reopen."], "en")
    told = _cue(atts, "told")
    assert told and told[0]["via"] is None


def test_an_acronym_that_writes_is_an_outlet() -> None:
    ru = quote_only_attributions("Запад совершил ошибку, пишет FP.", lang="ru")
    pl = quote_only_attributions("Zachód popełnił błąd, pisze FP.", lang="pl")
    assert [(a["speaker"], a["source_type"]) for a in ru] == [("FP", "media")]
    assert [(a["speaker"], a["source_type"]) for a in pl] == [("FP", "media")]


def test_a_related_story_teaser_and_a_share_line_are_furniture() -> None:
    assert is_boilerplate_line("Also on example.com Ministers of the coalition threatened with arrest as talks fail")
    assert is_boilerplate_line("Like this story? Share it with a friend!")
    assert not is_boilerplate_line("Also on Monday, the minister said the road would close.")
