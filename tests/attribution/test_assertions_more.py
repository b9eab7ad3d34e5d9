"""More unsourced-assertion triggers, on sentences written for these tests (all fictional)."""

import pytest

from newsloupe.attribution.assertions import find_assertions
from tests.attribution.conftest import analyse


def flagged(paragraphs, lang):
    parsed, atts = analyse(paragraphs, lang)
    return find_assertions(parsed.doc, parsed.article, atts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Une poignée de technocrates et de bureaucrates décide du sort de la vallée de Mirande.",
        "Comme toujours, la préfecture de Valmer a baissé la tête devant les transporteurs.",
        "Le choix est simple : ou bien nous rouvrons la ligne de Corlay, ou bien nous acceptons le déclin.",
        "Mais qui peut encore croire les promesses d'un conseil qui ment depuis dix ans ?",
        "En réalité, les administrateurs de Lusiane n'ont qu'une obsession : fermer nos écoles de village.",
        "Derrière ces prétendues consultations, le projet de Valmer n'a jamais changé d'un iota.",
        # known "by everyone": the writer's claim, no one's report (the attribution rules drop it)
        "On sait que la digue de Corlay a été bâtie sans le moindre permis.",
    ],
)
def test_french_editorial_sentences_are_flagged(sentence):
    found = flagged([sentence], "fr")
    assert len(found) == 1 and found[0]["score"] >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "The so-called reform is nothing more than a giveaway to the cronies of the Valmer council.",
        "As usual, the regulators in Corlay turned a blind eye while our farmers paid the price.",
        "Either we rebuild the Mirande bridge now, or we accept the slow death of the valley.",
        "Who can still believe a harbour board that has lied about the dredging for a decade?",
        "In reality, the Lusian ministry has never cared about the fishermen of the northern coast.",
    ],
)
def test_english_editorial_sentences_are_flagged(sentence):
    found = flagged([sentence], "en")
    assert len(found) == 1 and found[0]["score"] >= 0.5


@pytest.mark.parametrize(
    ("paragraphs", "lang"),
    [
        (
            [
                "Le conseil municipal de Valmer a voté mardi un budget de 12 millions d'euros pour la voirie.",
                "Selon notre correspondant, les travaux débuteront en mars et dureront huit mois.",
                "Le régime fiscal des associations sportives reste inchangé cette année.",
                "Le préfet a qualifié la hausse de « préoccupante » lors d'une conférence de presse.",
                "Le niveau du lac n'avait jamais été aussi bas depuis 1976, selon Météo-Lusiane.",
            ],
            "fr",
        ),
        (
            [
                "The Valmer city council approved a 12 million euro road budget on Tuesday.",
                "Work is due to start in March and will last eight months, our correspondent reports.",
                "The sanctions regime against Lusia was extended for another year on Monday.",
                'The mayor described the increase as "worrying" at a press conference.',
                "Storm Edda left 4,000 homes without power across the northern coast.",
            ],
            "en",
        ),
    ],
)
def test_neutral_reporting_is_not_flagged(paragraphs, lang):
    assert flagged(paragraphs, lang) == []


def test_negated_speech_verb_does_not_make_it_someone_elses_voice():
    found = flagged(["Ces marchands d'illusions n'ont jamais expliqué comment chauffer les écoles de Corlay."], "fr")
    assert found and any(t["category"] == "pejorative" for t in found[0]["triggers"])


def test_scare_quote_and_rhetorical_question_are_triggers():
    found = flagged(["Faut-il vraiment croire ces « experts » autoproclamés du conseil de Valmer ?"], "fr")
    cats = {t["category"] for t in found[0]["triggers"]} if found else set()
    assert {"scare_quote", "rhetorical_question"} <= cats


def test_phrase_scanner_finds_what_one_pattern_per_category_finds() -> None:
    from newsloupe.attribution.lexicon import PhraseScanner, word_regex

    phrases = {
        "doubt": ["prétendu", "prétendue", "conte de fées"],
        "intent": ["cherche à", "au service de l'étranger"],
        "absolute": ["jamais", "n'a jamais"],
    }
    text = (
        "le prétendu plan, un conte de fées qui cherche à plaire : il n'a jamais servi, jamais. "
        "l'anti-prétendu et le non-jamais ne comptent pas ; au service de l’étranger, prétendue-ment non."
    )
    scanner = PhraseScanner(phrases)
    expected = sorted(
        (m.start(), m.end(), cat)
        for cat, words in phrases.items()
        for m in word_regex(words, folded=True).finditer(text)  # type: ignore[union-attr]
    )
    found = sorted(scanner.finditer(text))
    assert found == expected
    assert [text[a:b] for a, b, _ in found] == [
        "prétendu",
        "conte de fées",
        "cherche à",
        "n'a jamais",
        "jamais",
        "au service de l’étranger",
    ]
