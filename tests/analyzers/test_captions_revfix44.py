"""Captions, the stop-44 review's finding on the story's days (revfix44): every sentence invented."""

from __future__ import annotations

from newsloupe.pipeline import analyze

ANALYZERS = ["entities", "places", "dates", "captions"]


def _reasons(sentence: str) -> list[str]:
    text = (
        "Morvelle vote pour son maire\n\nDes électeurs de Morvelle devant la mairie, le 2 décembre 2029. ©Agence\n\n"
        f"Les électeurs de Morvelle éliront leur maire au début de l'année. {sentence}, a annoncé la préfecture de "
        "Morvelle.\n\nLes candidats de Morvelle ont déposé leurs listes à la mairie.\n"
    )
    analysis = analyze(text=text, lang="fr", analyzers=ANALYZERS)
    assert analysis.published is None
    (caption,) = analysis.captions
    return caption.attrs.reasons


def test_a_day_in_a_future_clause_is_no_day_of_the_story() -> None:
    # (before the review the planned day became the story's latest day, and a photo of the campaign 54 days
    # before it a file photo)
    reasons = _reasons("Le scrutin aura lieu vendredi 25 janvier 2030")
    assert not any(r.startswith("date differs") for r in reasons)
    # a past day of the story still is one
    reasons = _reasons("Le conseil a fixé la liste des bureaux vendredi 25 janvier 2030")
    assert any(r.startswith("date differs: 2029-12-02 is 54 days before 2030-01-25") for r in reasons)
