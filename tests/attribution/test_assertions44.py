"""Stop 44: accusation predicates, certainty markers and embedded posts (invented sentences)."""

import pytest

from newsloupe.attribution.assertions import find_assertions, get_rules
from tests.attribution.conftest import analyse


def flagged(paragraphs, lang):
    parsed, atts = analyse(paragraphs, lang)
    return find_assertions(parsed.doc, parsed.article, atts)


@pytest.mark.parametrize(
    ("sentence", "lang", "category"),
    [
        ("Par ce blocus, le conseil de Valmer cherche à punir les pêcheurs de Corlay.", "fr", "accusation"),
        ("Avec ce décret, la préfecture de Lusiane cherche à museler les maires de la vallée.", "fr", "accusation"),
        ("With this levy, the Valmer council seeks to punish the fishermen of Corlay.", "en", "accusation"),
        ("With this decree, the Lusian prefecture seeks to muzzle the mayors of the valley.", "en", "accusation"),
    ],
)
def test_accusation_predicates_in_the_outlet_voice_are_flagged(sentence, lang, category):
    found = flagged([sentence], lang)
    assert len(found) == 1
    assert category in {t["category"] for t in found[0]["triggers"]}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Bien sûr, le conseil de Valmer a encore trahi les habitants de la vallée.", "fr"),
        ("There is no question that the Corlay board betrayed the fishermen of the valley.", "en"),
    ],
)
def test_certainty_markers_with_a_judgement_are_flagged(sentence, lang):
    found = flagged([sentence], lang)
    assert len(found) == 1 and "certainty" in {t["category"] for t in found[0]["triggers"]}


def test_a_lone_accusation_verb_in_plain_reporting_is_not_flagged():
    # one weak trigger stays under the threshold
    assert flagged(["The court fined the Valmer harbour board for misleading the port inspectors in 2019."], "en") == []


@pytest.mark.parametrize(
    ("post", "lang"),
    [
        (
            "The Valmer council betrayed us again, the so-called reform is a scam pic.twitter.com/AbC123 — "
            "Ana Lusi (@analusi) March 3, 2021",
            "en",
        ),
        (
            "Honteux, le conseil de Valmer a encore trahi les pêcheurs dans une mascarade pic.twitter.com/AbC123 — "
            "Ana Lusi (@analusi) 3 mars 2021",
            "fr",
        ),
    ],
)
def test_an_embedded_post_is_not_the_outlet_voice(post, lang):
    assert flagged([post], lang) == []
    # the same words without the post's link and signature are the outlet's
    words = post.split(" pic.twitter.com")[0] + "."
    assert len(flagged([words], lang)) == 1


def test_both_languages_list_the_post_patterns():
    for lang in ("fr", "en"):
        rules = get_rules(lang)
        assert rules is not None and rules.skip_lines is not None
        assert rules.skip_lines.search("a scam https://t.co/xYz") is not None
        assert rules.skip_lines.search("The council met on March 3, 2021 in Valmer.") is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "After ten years, the valley has learned that the so-called reforms always come with a price.",
            "en",
        ),
        (
            "Après dix ans de fermetures, la vallée a compris que les promesses de Valmer sont une honteuse mascarade.",
            "fr",
        ),
    ],
)
def test_a_factive_cue_leaves_its_content_in_the_outlet_voice(sentence, lang):
    found = flagged([sentence], lang)
    assert len(found) == 1 and found[0]["score"] >= 0.5


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The harbour board's new plan for the Corlay docks is absurd.", "en"),
        ("Le nouveau plan du conseil de Valmer pour les quais de Corlay est absurde.", "fr"),
    ],
)
def test_an_evaluative_word_as_the_predicate_is_a_judgement(sentence, lang):
    found = flagged([sentence], lang)
    assert len(found) == 1
    assert {t["category"] for t in found[0]["triggers"]} == {"evaluative", "judgement"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("An absurd rumour about the Corlay docks circulated in Valmer on Tuesday morning.", "en"),
        ("Une rumeur absurde sur les quais de Corlay a circulé mardi matin à Valmer.", "fr"),
    ],
)
def test_an_evaluative_word_as_an_attribute_is_no_judgement(sentence, lang):
    assert flagged([sentence], lang) == []


def test_speech_the_outlet_foresees_is_its_own_voice():
    # (the reading "will call" is a cue covering most of the sentence: without the rule nothing is flagged)
    sentence = "The fishermen of Corlay and Valmer will call it what it is: a betrayal."
    found = flagged([sentence], "en")
    assert len(found) == 1 and found[0]["score"] >= 0.5


def test_a_report_of_past_speech_still_covers_its_sentence():
    sentence = "The fishermen of Corlay and Valmer called it what it is: a betrayal."
    assert flagged([sentence], "en") == []
