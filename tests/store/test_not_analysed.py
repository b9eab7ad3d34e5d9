"""Figures resting on the attribution rules are unknown, not 0, in languages they do not read
(stop 36): outlet profiles, `stats`, the time series and its default outlets, gaps between months."""

from __future__ import annotations

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.lang import ATTRIBUTION_LANGUAGES, SPACY_LANGUAGES, load_data
from newsloupe.store import Store
from newsloupe.store.stats import outlet_profiles
from newsloupe.web.charts import line_chart
from newsloupe.web.queries import month_range, time_series
from tests.store.helpers import article, fake_result

runner = CliRunner()
# Invented outlets: one French, one German with more articles (so the largest by count).
FR, DE = "Le Héraut de Valmer", "Der Bote von Ostrel"
QUOTED = [{"speaker": None, "source_type": "none", "content": "ein Satz ohne Quelle hier"}]
SOURCED = [
    {"speaker": "Léa Dorsaz", "source_type": "person_named", "content": "le pont rouvrira"},
    {"speaker": None, "source_type": "person_anonymous", "content": "le chantier a pris du retard"},
]
ASSERTION = [{"start": 0, "end": 5, "text": "Le co", "score": 0.9}]


def _fill(store: Store) -> None:
    for i, (outlet, lang, published) in enumerate(
        [
            (FR, "fr", "2021-01-12"),
            (FR, "fr", "2021-04-03"),
            (DE, "de", "2021-02-10"),
            (DE, "de", "2021-02-11"),
            (DE, "de", "2021-03-01"),
        ]
    ):
        aid = store.add_article(article(i, outlet=outlet, language=lang, published=published)).id
        found = {"attributions": SOURCED, "assertions": ASSERTION} if lang == "fr" else {"attributions": QUOTED}
        store.save_result(fake_result(store, aid, **found))


def test_attribution_languages_are_those_with_a_model_and_rules() -> None:
    with_rules = {lang for lang in SPACY_LANGUAGES if load_data(lang, "attribution")}
    assert set(ATTRIBUTION_LANGUAGES) == with_rules == {"fr", "en"}


def test_profiles_say_not_analysed_rather_than_zero(tmp_path) -> None:
    with Store(tmp_path / "s.db") as s:
        _fill(s)
        profiles = {p["outlet"]: p for p in outlet_profiles(s.reader())}
    de, fr = profiles[DE], profiles[FR]
    assert de["analysed"] == 3 and de["attribution_analysed"] == 0
    assert (de["anonymous_share"], de["unsourced_per_article"], de["attributions_per_article"]) == (None, None, None)
    assert fr["attribution_analysed"] == 2
    assert fr["anonymous_share"] == 0.5 and fr["attributions_per_article"] == 2.0
    assert fr["unsourced_per_article"] is not None
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    assert "–: not analysed" in res.stdout


def test_time_series_defaults_to_outlets_with_data_and_shows_gaps(tmp_path) -> None:
    with Store(tmp_path / "s.db") as s:
        _fill(s)
        conn = s.reader()
        anon = time_series(conn, "anonymous_share")
        unsourced = time_series(conn, "unsourced_per_article")
        articles = time_series(conn, "articles")
        forced = time_series(conn, "unsourced_per_article", outlets=[DE])
        forced_articles = time_series(conn, "articles", outlets=[DE])
    # the German outlet has more articles but no sourcing figure: not among the default ones
    assert list(anon["series"]) == [FR] and list(unsourced["series"]) == [FR]
    assert anon["series"][FR] == {"2021-01": 0.5, "2021-04": 0.5}
    # every month between the first and the last, the empty ones included
    assert anon["months"] == ["2021-01", "2021-02", "2021-03", "2021-04"]
    assert set(articles["series"]) == {FR, DE}
    # a sourcing point counts the articles its rules read: the German outlet has none (revfix47b)
    assert forced["series"] == {DE: {}} and forced["counts"][DE] == {}
    assert forced_articles["counts"][DE] == {"2021-02": 2, "2021-03": 1}
    chart = line_chart(anon["months"], anon["series"], percent=True)
    # the two points are not joined across the two empty months: two moves, no line
    assert chart["lines"][0]["path"].count("M") == 2 and "L" not in chart["lines"][0]["path"]
    joined = line_chart(["2021-01", "2021-02"], {FR: {"2021-01": 0.1, "2021-02": 0.2}}, percent=True)
    assert joined["lines"][0]["path"].count("L") == 1


def test_month_range() -> None:
    assert month_range(["2020-11", "2021-02"]) == ["2020-11", "2020-12", "2021-01", "2021-02"]
    assert month_range(["2021-05"]) == ["2021-05"]
    assert month_range(["1900-01", "2021-01"]) == ["1900-01", "2021-01"]  # too wide: only the months with data


def test_the_text_report_says_not_analysed(tmp_path) -> None:
    import io

    from rich.console import Console

    from newsloupe.model import Analysis, Sourcing
    from newsloupe.render import render_analysis

    def report(lang: str) -> str:
        out = io.StringIO()
        a = Analysis.model_validate({**article(1, language=lang).model_dump(mode="json"), "sourcing": Sourcing()})
        render_analysis(a, Console(file=out, width=200))
        return out.getvalue()

    assert "unsourced assertions: – (not analysed" in report("pl")
    assert "unsourced assertions: 0" in report("fr")


def test_the_article_panel_says_not_analysed() -> None:
    from newsloupe.web.i18n import Translator
    from newsloupe.web.views.article import panel

    sourcing = {"attributions": 2, "anonymous_share": 0.0, "hedged_share": 0.0, "unsourced_assertions": 0}
    assert panel({"language": "ru", "text": "x", "sourcing": sourcing}, Translator("en"))["sourcing_analysed"] is False
    assert panel({"language": "fr", "text": "x", "sourcing": sourcing}, Translator("en"))["sourcing_analysed"] is True


def test_a_weak_lead_is_no_claim_already_checked(tmp_path) -> None:
    # the stop-49 user saw "Already fact-checked: 1" for an outlet whose one match was a lead its article made
    check = {"start": 0, "end": 5, "text": "Le co", "url": "https://verif.example/1", "reviewer": "Vérif", "score": 0.9}
    with Store(tmp_path / "s.db") as s:
        for i, checks in enumerate(
            [[check], [{**check, "through_article": True, "url": "https://verif.example/2", "score": 0.6}]]
        ):
            aid = s.add_article(article(i, outlet=FR if i == 0 else DE, language="fr", published="2021-01-12")).id
            s.save_result(fake_result(s, aid, attributions=SOURCED, fact_checks=checks))
        profiles = {p["outlet"]: p for p in outlet_profiles(s.reader())}
    assert (profiles[FR]["fact_checked"], profiles[FR]["fact_checked_articles"]) == (1, 1)
    assert (profiles[DE]["fact_checked"], profiles[DE]["fact_checked_articles"]) == (0, 0)
