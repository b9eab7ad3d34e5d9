"""Genre decision (stop 45, fixd45): English's prior shift toward reporting, no shift elsewhere, and a near tie
shown as uncertain on the article page."""

from __future__ import annotations

import numpy as np

from newsloupe.persuasion.model import decide_genre, genre_rules
from newsloupe.web.views.article import genre_near_tie


def test_english_reporting_is_weighted_up_french_is_not() -> None:
    assert genre_rules("en")["class_weights"]["reporting"] > 1.0
    assert genre_rules("fr") == {}
    pg = np.array([0.25, 0.70, 0.05])  # a SemEval-prior English head: opinion by default
    en = decide_genre(pg, "en")
    assert en["label"] == "reporting"
    assert abs(sum(en["scores"].values()) - 1.0) < 1e-3
    assert decide_genre(pg, "fr")["label"] == "opinion"
    assert decide_genre(np.array([0.05, 0.93, 0.02]), "en")["label"] == "opinion"  # a clear opinion stays one


def test_a_near_tie_is_uncertain() -> None:
    assert genre_near_tie({"reporting": 0.30, "opinion": 0.33, "satire": 0.37})
    assert not genre_near_tie({"reporting": 0.10, "opinion": 0.80, "satire": 0.10})
    assert not genre_near_tie({})
