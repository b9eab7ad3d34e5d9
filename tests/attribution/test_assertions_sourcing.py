"""Unsourced assertions and the sourcing summary, on sentences written for these tests."""

from newsloupe.attribution.assertions import find_assertions
from newsloupe.attribution.sourcing import format_summary, summarize
from tests.attribution.conftest import analyse


def test_accusation_in_outlet_voice_is_flagged_and_neutral_fact_is_not():
    parsed, atts = analyse(
        [
            "La marine de Lusiane a escorté trois cargos dans le port de Valmer mardi.",
            "Le ministre Paul Dorsaz a déclaré que l’enquête avançait.",
            "Les Valmériens, dont l’objectif est de contrôler le port, soutiennent les pirates pour affaiblir "
            "la région.",
        ],
        "fr",
    )
    found = find_assertions(parsed.doc, parsed.article, atts)
    assert len(found) == 1
    a = found[0]
    assert a["text"].startswith("Les Valmériens")
    cats = {t["category"] for t in a["triggers"]}
    assert "intent" in cats and cats & {"accusation", "support_claim"}
    assert 0.5 <= a["score"] <= 1.0


def test_attributed_sentence_is_not_an_assertion():
    parsed, atts = analyse(["Un responsable affirme que les pirates sont des criminels sans scrupules."], "fr")
    assert find_assertions(parsed.doc, parsed.article, atts) == []


def test_english_assertion():
    parsed, atts = analyse(
        ["The corrupt elites always lie to voters because they want to keep their grip on the harbour."], "en"
    )
    found = find_assertions(parsed.doc, parsed.article, atts)
    assert found and found[0]["score"] >= 0.5


def test_summary_counts_and_shares():
    _parsed, atts = analyse(
        [
            "Selon la Gazette de Lusiane, un responsable local a affirmé que les drones auraient décollé du port.",
            "Le ministre Paul Dorsaz a déclaré que l’enquête avançait.",
        ],
        "fr",
    )
    s = summarize(atts, [])
    assert s["attributions"] == 3
    assert s["counts_by_type"]["media"] == 1 and s["counts_by_type"]["person_anonymous"] == 1
    assert 0 < s["anonymous_share"] < 1
    assert s["hedged"] == 2
    assert s["relaying_media"] == ["la Gazette de Lusiane"]
    assert [x["name"] for x in s["named_speakers"]] == ["Paul Dorsaz"]
    assert format_summary(s)[0].startswith("Sourcing: 3 attributions")


def test_empty_summary():
    s = summarize([], [])
    assert s["attributions"] == 0 and s["anonymous_share"] == 0.0 and s["named_speakers"] == []
