"""Fact-check matching (issue 16): figures across paraphrases, the matcher on the fictional
gold set (cross-validated), and matches through run, export, analyze --db, search and the API."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsloupe.factchecks.hook import stored_matches
from newsloupe.factchecks.match import load_memory, search
from newsloupe.factchecks.memory import import_sources
from newsloupe.factchecks.quantities import compare, figures, quantities
from newsloupe.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "factchecks"
MEMORY = SAMPLE / "memory"
SOURCES = ["reviews.jsonl", "reviews.json", "datafeed.json", "search-api.json", "pages"]
ARTICLES = ["fr-courrier-valdrome-recours", "fr-vigie-northmoor-confiance", "fr-courrier-fete-pain"]


def test_figures_written_in_words_or_digits_compare() -> None:
    assert quantities("neuf chars sur dix engagés") >= {0.9}
    assert quantities("L'armée a perdu 90 % de ses chars") == {0.9}
    assert quantities("plus de 12 000 d'entre eux") == {12000.0}
    assert 2e9 in quantities("une facture de deux milliards d'euros")
    assert quantities("net migration has trebled") == {3.0}
    assert quantities("Summer 2026 was hot") == frozenset()  # a year is not a figure
    assert figures("soixante pour cent de plus").shares == {0.6} == figures("sixty percent more").shares
    assert figures("les trois quarts de son eau").shares == {0.75} == figures("three quarters of its water").shares
    assert figures("quatre dix-millièmes de l'air").shares == {0.0004} == figures("0,04 % de l'air").shares
    # 70 % is not 80 %, and 67 is not 70: a same-topic sentence with other figures contradicts
    assert compare(figures("réduit de 80 % les hospitalisations des plus de 75 ans"), figures("70% effective"))[1]
    assert compare(figures("le départ à 67 ans"), figures("people aged 70 to 74"))[1]
    assert compare(figures("Plus de 12 000 morts ont voté"), figures("12,000 dead residents")) == (1.0, False)
    # numbers of several words are one number; "un sur cinq" is a share
    assert figures("one hundred and twelve per cent").shares == {1.12} == figures("112 percent").shares
    assert quantities("deux cent trente mille personnes") == {230000.0}
    assert quantities("trois cent quatre-vingt-dix-neuf") == quantities("399") == {399.0}
    assert quantities("vingt et un morts") == quantities("twenty-one dead") == {21.0}
    assert figures("quatre-vingt-dix pour cent").shares == {0.9}
    assert quantities("des centaines de manifestants") == {100.0}  # an approximate word stands alone
    assert figures("un patient sur cinq").shares == {0.2} == figures("20 percent of patients").shares
    # "cents" multiplies as "cent" does; a number before a hyphen counts; a year is no denominator
    assert quantities("douze cents brebis") == quantities("1,200 sheep") == {1200.0}
    assert quantities("mille cinq cents emplois") == {1500.0}
    assert quantities("ten-hour shifts") == quantities("des journées de 10 heures") == {10.0}
    assert figures("1,200 sheep in 2025") == figures("1 200 brebis")
    assert quantities("quatre-vingt-dix pour cent") == {0.9}  # a number of hyphenated words stays one
    # an approximation or a bound agrees with counts within 15 %: "près d'un millier" is no contradiction of
    # "plus de 900", but an exact 212 still contradicts it, and two exact counts keep their 0.5 %
    assert figures("près d'un millier de maisons").rough == {1000.0}
    assert figures("forty-odd drones").rough == figures("more than 40 drones").rough == {40.0}
    assert figures("40 drones").rough == frozenset()
    assert compare(figures("Plus de 900 maisons fissurées"), figures("près d'un millier d'habitations")) == (1.0, False)
    assert compare(figures("Plus de 900 maisons fissurées"), figures("212 dossiers déposés"))[1]
    assert compare(figures("900 maisons"), figures("1 000 maisons"))[1]
    # a bound agrees only on its side: "plus de 1 000" is no 880, "moins de 900" no 1 030, "au moins" bounds below
    assert compare(figures("plus de 1 000 maisons"), figures("880 maisons"))[1]
    assert compare(figures("moins de 900 maisons"), figures("1 030 maisons"))[1]
    assert compare(figures("au moins 900 maisons"), figures("850 maisons"))[1]
    assert compare(figures("pas moins de 900 maisons"), figures("1 000 maisons")) == (1.0, False)
    assert compare(figures("fewer than 1,000 homes"), figures("about 950 homes")) == (1.0, False)
    assert compare(figures("no more than 900 homes"), figures("1,000 homes"))[1]


def test_amounts_with_their_cents_or_a_half_and_compound_tens_in_words() -> None:
    """Number words in paraphrases: "quatre-vingts" is 80; money written with its cents after the word,
    a half after a unit and nights are read, so a paraphrase in words meets the figure of its claim."""
    from newsloupe.factchecks.quantities import agree_figures, compare, figures

    assert figures("Les apiculteurs ont perdu quatre-vingts ruches cet hiver.").kinds == frozenset({(80.0, "")})
    assert figures("Le bac vers l'île de Morvande coûte désormais deux euros quarante.").kinds == frozenset(
        {(2.4, "EUR")}
    )
    assert figures("A return ticket to Morvande now costs two euros forty.").kinds == frozenset({(2.4, "EUR")})
    assert figures("Le ticket coûte un euro cinq.").kinds == frozenset({(1.05, "EUR")})
    claim = figures("A ferry ticket to Morvande costs €2.40")
    assert agree_figures(claim, figures("Le bac vers Morvande coûte deux euros quarante, affirme une affiche."))
    assert compare(claim, figures("Le bac vers Morvande coûte deux euros quatre-vingts, dit-on."))[1]
    # another figure follows the amount: "10 euros 20 fois" is no 10.20 euros, nor "un euro, soixante personnes"
    assert figures("Il a payé 10 euros 20 fois de suite.").kinds == frozenset({(10.0, "EUR"), (20.0, "×")})
    assert figures("Un euro, soixante personnes et trois chiens.").kinds == frozenset({(60.0, ""), (3.0, "")})
    # the word one ("one resident", "l'une des cabanes") agrees with another one and contradicts nothing
    one = figures("Des rôdeurs ont emporté l'une des cabanes du marais de Brévoux.")
    assert one.loose_one and agree_figures(figures("One of the Brévoux marsh huts was stolen"), one)
    assert not compare(figures("The Brévoux marsh lost 40 huts in a storm"), figures("One resident said so."))[1]
    assert compare(figures("The Brévoux marsh lost 40 huts in a storm"), figures("It lost 12 huts."))[1]
    # a half after a unit; "an hour and a half" is 90 minutes
    assert figures("Entry now costs more than a euro and a half.").at_least == frozenset({1.5})
    assert agree_figures(figures("The crossing to Morvande takes 90 minutes"), figures("It lasts an hour and a half."))
    assert figures("La traversée dure deux heures et demie.").kinds == frozenset({(2.5, "hour")})
    # nights are days: "120 nights a year" ~ "quatre mois par an"
    assert agree_figures(
        figures("The Morvande campsite may open 120 nights a year"),
        figures("Le camping de Morvande ne pourrait ouvrir que quatre mois par an."),
    )


@pytest.fixture(scope="module")
def gold_sets() -> dict[str, Any]:
    """The thirty-one fictional gold sets, analysed once for the tests of this module."""
    from newsloupe.lab.factchecks_eval import load_gold

    return {
        "sample": load_gold(SAMPLE),
        **{
            f"heldout{n}": load_gold(ROOT / "samples" / f"factchecks-heldout{n}")
            for n in (
                "",
                "2",
                "3",
                "4",
                "5",
                "6",
                "7",
                "8",
                "9",
                "10",
                "11",
                "12",
                "13",
                "14",
                "15",
                "16",
                "17",
                "18",
                "19",
                "20",
                "21",
                "22",
                "23",
                "24",
                "25",
                "26",
                "27",
                "28",
                "29",
                "30",
            )
        },
    }


def test_matcher_reaches_the_issue_figures_on_the_fictional_gold_set(gold_sets: dict[str, Any]) -> None:
    from newsloupe.lab.factchecks_eval import evaluate

    r = evaluate(gold_sets["sample"], folds=5)  # the verifier never scores an article it was trained on
    assert r["links"] == 41 and r["cross_language_links"] == 17 and r["cross_validated"]
    assert r["precision"] >= 0.9 and r["recall"] >= 0.8, (r["precision"], r["recall"])
    assert r["cross_language_found"] >= 8
    assert r["near_misses_matched"] <= 2 and r["no_claim_matches"] <= 1


def test_matching_leaves_out_the_pairs_about_elsewhere_before_their_features(gold_sets: dict[str, Any]) -> None:
    """Matching computes no features for the pairs whose claim is about elsewhere (``select`` never keeps them)
    unless the claim is the sentence's nearest by ELSEWHERE_MIN_MARGIN (matcher 66, fc48: such a pair may be a
    match): the other pairs keep the same features to the bit, and the same matches come out, on three gold sets."""
    from newsloupe.factchecks.match import (
        ELSEWHERE_MIN_MARGIN,
        FEATURES,
        candidates,
        match_analysis,
        matcher_model,
        select,
    )

    margin = FEATURES.index("margin")

    model = matcher_model()
    full_pairs = kept_pairs = matched = 0
    for name in ("sample", "heldout", "heldout11"):
        gs = gold_sets[name]
        for doc in gs.docs.values():
            full = candidates(doc, gs.memory)
            kept = candidates(doc, gs.memory, elsewhere_too=False)
            assert [(c.unit, c.review, c.features, c.elsewhere_near) for c in kept] == [
                (c.unit, c.review, c.features, c.elsewhere_near)
                for c in full
                if not c.elsewhere or c.features[margin] >= ELSEWHERE_MIN_MARGIN
            ]
            assert all(c.features[margin] >= ELSEWHERE_MIN_MARGIN for c in kept if c.elsewhere)
            assert [(c.unit.start, c.review) for c in select(kept, model)] == [
                (c.unit.start, c.review) for c in select(full, model)
            ]
            full_pairs += len(full)
            kept_pairs += len(kept)
            matched += len(match_analysis(doc, gs.memory))
    assert 0 < kept_pairs < full_pairs and matched > 0


@pytest.fixture(scope="module")
def matched_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the memory imported and three articles analysed by `run`."""
    from newsloupe.batch import run
    from newsloupe.store.ingest import ingest

    tmp = tmp_path_factory.mktemp("fc")
    recs = [json.loads(x) for x in (SAMPLE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    path = tmp / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs if r["id"] in ARTICLES))
    db = tmp / "fc.db"
    with Store(db) as store:
        import_sources(store.conn, [str(MEMORY / s) for s in SOURCES])
        ingest(store, [str(path)])
        report = run(store, workers=0)
        assert report.counts["ok"] == 3
    return db


def test_run_matches_each_analysis_before_it_is_written(matched_db: Path) -> None:
    with Store(matched_db) as store:
        found = stored_matches(store.conn)
        texts = {r[0]: r[1] for r in store.conn.execute("SELECT doc_id, text FROM articles")}
    assert {m["article"] for m in found} == {"fr-courrier-valdrome-recours", "fr-vigie-northmoor-confiance"}
    for m in found:  # offsets into the stored text, every field of the finding
        assert texts[m["article"]][m["start"] : m["end"]] == m["text"]
        assert m["url"].startswith("https://") and m["reviewer"] and m["claim_reviewed"] and 0.35 <= m["score"] <= 1
    urls = {m["url"] for m in found}
    assert "https://verifienet.example/verif/2026/03/valdrome-morts-votants/" in urls
    # a French article stating English reviews' claims (Northmoor County's mail-in ballots)
    assert any(m["article"] == "fr-vigie-northmoor-confiance" and "claimwatch" in m["url"] for m in found)


def test_export_keeps_the_matches_and_they_follow_the_schema(matched_db: Path, tmp_path: Path) -> None:
    import jsonschema

    from newsloupe.cli import app

    out = tmp_path / "export.jsonl"
    res = CliRunner().invoke(app, ["export", "--format", "jsonl", "--db", str(matched_db), "--out", str(out)])
    assert res.exit_code == 0, res.output
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    schema = json.loads((ROOT / "schema" / "analysis.schema.json").read_text(encoding="utf-8"))
    for doc in docs:
        jsonschema.validate(doc, schema)
    by_id = {d["id"]: d for d in docs}
    assert by_id["fr-courrier-fete-pain"]["fact_checks"] == []
    assert len(by_id["fr-courrier-valdrome-recours"]["fact_checks"]) >= 2


def test_a_new_import_reaches_the_stored_analyses(matched_db: Path, tmp_path: Path) -> None:
    import shutil

    from newsloupe.batch import run
    from newsloupe.factchecks.hook import stale

    db = tmp_path / "copy.db"
    shutil.copy(matched_db, db)
    review = json.loads((MEMORY / "reviews.jsonl").read_text(encoding="utf-8").splitlines()[0])
    review["url"] = "https://verifienet.example/verif/2026/04/fete-du-pain-record/"
    review["claimReviewed"] = "La fête du pain de Valdrôme a réuni un million de visiteurs en une journée"
    feed = tmp_path / "new.jsonl"
    feed.write_text(json.dumps(review, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(db) as store:
        before = len(stored_matches(store.conn))
        assert import_sources(store.conn, [str(feed)]).imported == 1
        assert stale(store.conn)
        run(store, workers=0)  # nothing to analyse: the stored analyses are matched again
        assert not stale(store.conn)
        assert len(stored_matches(store.conn)) >= before


def test_factchecks_match_tells_where_it_is_on_stderr(matched_db: Path, tmp_path: Path) -> None:
    """`factchecks match` said nothing until it ended (stop 40's user report B4: 2 min 22 s with no line): it says
    what it matches, then how many analyses are done out of how many, on stderr (stdout keeps its one summary)."""
    import shutil

    from newsloupe.cli import app

    db = tmp_path / "copy.db"
    shutil.copy(matched_db, db)
    res = CliRunner().invoke(app, ["factchecks", "match", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("3 analyses matched") and "matched 3/3" not in res.stdout
    assert re.search(r"matching 3 stored analyses against \d+ review\(s\)", res.stderr)
    assert "matched 1/3 analyses" in res.stderr and "matched 3/3 analyses" in res.stderr
    quiet = CliRunner().invoke(app, ["factchecks", "match", "--db", str(db), "--no-progress"])
    assert quiet.exit_code == 0 and "matched 3/3" not in quiet.stderr


def test_a_new_matcher_reaches_the_stored_analyses(matched_db: Path, tmp_path: Path) -> None:
    import shutil

    from newsloupe.batch import run
    from newsloupe.factchecks.hook import matched_key, stale
    from newsloupe.factchecks.match import matcher_version

    db = tmp_path / "copy.db"
    shutil.copy(matched_db, db)
    with Store(db) as store:
        assert not stale(store.conn)
        key = json.loads(matched_key(store.conn) or "[]")
        assert key[-1] == matcher_version()
        # the analyses were matched by an older matcher (another code version or verifier),
        # their matches lost: the next run matches them again
        with store.conn:
            store.conn.execute(
                "UPDATE fact_check_state SET value = ? WHERE key = 'matched'", (json.dumps([*key[:-1], "26-old"]),)
            )
            store.conn.execute("UPDATE analyses SET json = json_set(json, '$.fact_checks', json('[]'))")
        assert stale(store.conn)
        assert stored_matches(store.conn) == []
        run(store, workers=0)
        assert not stale(store.conn)
        assert len(stored_matches(store.conn)) >= 2


def test_analyses_a_run_matched_are_not_matched_again(matched_db: Path, tmp_path: Path) -> None:
    import shutil

    from newsloupe.factchecks.hook import FactChecksHook, stale

    db = tmp_path / "copy.db"
    shutil.copy(matched_db, db)
    review = json.loads((MEMORY / "reviews.jsonl").read_text(encoding="utf-8").splitlines()[0])
    review["url"] = "https://verifienet.example/verif/2026/04/une-autre-verification/"
    feed = tmp_path / "new.jsonl"
    feed.write_text(json.dumps(review, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(db) as store:
        import_sources(store.conn, [str(feed)])
        rows = store.conn.execute("SELECT article_id, pipeline_version, json FROM analyses").fetchall()
        matched = [r for r in rows if json.loads(r[2])["fact_checks"]]
        assert len(matched) >= 2
        # a run saves one analysis (matched against the new memory as it is saved), marked so
        # the end of the run can tell it from the rest: emptied here, it must stay as saved
        aid, version, text = matched[0]
        hook = FactChecksHook(store.conn, str(db))
        assert hook.was_stale
        saved = hook.before_save({"article_id": aid, "pipeline_version": version, "analysis": text})
        doc = {**json.loads(saved["analysis"]), "fact_checks": []}
        with store.conn:
            store.conn.execute(
                "UPDATE analyses SET json = ? WHERE article_id = ? AND pipeline_version = ?",
                (json.dumps(doc), aid, version),
            )
        hook.finish()
        assert not stale(store.conn)
        after = {
            r[0]: json.loads(r[1])["fact_checks"]
            for r in store.conn.execute("SELECT article_id, json FROM analyses").fetchall()
        }
    assert after[aid] == []  # not matched a second time
    assert all(after[r[0]] for r in matched[1:])  # the older ones were


def test_no_memory_no_matching(tmp_path: Path) -> None:
    from newsloupe.factchecks.hook import FactChecksHook

    with Store(tmp_path / "empty.db") as store:
        assert load_memory(store.conn) is None
        hook = FactChecksHook(store.conn)
        result = {"analysis": json.dumps({"text": "x"}), "article_id": 1}
        assert hook.memory is None and hook.before_save(result) is result


def test_search_analyze_db_and_the_api(matched_db: Path, tmp_path: Path) -> None:
    from newsloupe.cli import app
    from newsloupe.web import Settings, create_app
    from tests.web.conftest import Client

    with Store(matched_db) as store:
        memory = load_memory(store.conn, path=str(matched_db))
    # an English sentence finds the French review first; a French paraphrase is a match
    best = search("A viral video says the Vireva vaccine makes women sterile.", memory, k=3)
    assert best[0]["url"] == "https://verifienet.example/verif/2026/02/vireva-sterilite/"
    assert len(best) == 3 and best[0]["similarity"] >= best[1]["similarity"]
    (top,) = search("Selon une vidéo, le Vireva rendrait les femmes stériles.", memory, k=1)
    assert top["url"].endswith("/vireva-sterilite/") and top["match"] and top["rating"] == "false"

    rec = next(
        json.loads(x)
        for x in (SAMPLE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        if json.loads(x)["id"] == "en-meridian-valdrome-recount"
    )
    article = tmp_path / "recount.txt"
    article.write_text(rec["title"] + "\n\n" + rec["text"], encoding="utf-8")
    res = CliRunner().invoke(app, ["analyze", str(article), "--db", str(matched_db), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc: dict[str, Any] = json.loads(res.stdout)
    assert any(m["url"].endswith("/valdrome-morts-votants/") for m in doc["fact_checks"])

    client = Client(create_app(Settings.load(environ={}, db=str(matched_db), workers=0)))
    try:
        r = client.post("/api/factchecks/match", json={"text": "Plus de 12 000 morts auraient voté à Valdrôme."})
        body = r.json()
        assert r.status_code == 200 and body["mode"] == "sentence" and body["memory"] == 130
        assert body["results"][0]["url"].endswith("/valdrome-morts-votants/") and body["results"][0]["match"]
        with Store(matched_db) as store:
            found = stored_matches(store.conn)
        # a plain match carries the review's verdict; a lead only its article makes is marked without it (fixfc46)
        assert found
        for m in found:
            html = client.get(f"/articles/{m['article_id']}").text
            assert 'class="factcheck' in html and 'id="factchecked"' in html
            mark = "fc-lead" if m["through_article"] else f"verdict-{m['rating'] or 'unknown'}"
            assert mark in html, (m["through_article"], m["rating"])
        corpus = client.get("/corpus").text
        assert "Already fact-checked" in corpus or "Déjà vérifiées" in corpus
    finally:
        client.close()


def test_each_gold_set_scored_by_a_verifier_fitted_on_the_others(gold_sets: dict[str, Any]) -> None:
    """`eval factchecks` over the thirty-one gold sets with `--apart`, the measure closest to an unseen set:
    each set scored by a verifier fitted on the thirty others (the shipped one is fitted on all thirty-one).
    Recall stays below the issue's 0.80 on the sets written apart; this guards what there is
    (six sets: stop 24 0.902 / 0.671, stop 25 0.898 / 0.679, stop 26 0.920 / 0.699, its review fixes 0.915 /
    0.699; eight sets: stop 25 0.883 / 0.635, stop 26 0.900 / 0.669, review fixes 0.900 / 0.672, heldout6
    0.917 / 0.440 -> 0.941 / 0.640, heldout7 0.692 / 0.360 -> 0.765 / 0.520; nine sets: stop 26's code
    0.891 / 0.670 with heldout8 0.771 / 0.794, stop 27's figure units 0.915 / 0.688 with heldout8 0.879 / 0.853;
    ten sets: stop 27's code 0.904 (246/272) / 0.660 with heldout9 0.758 / 0.581, stop 28's number words,
    questions and outlet names 0.910 (264/290) / 0.708 with heldout9 0.800 / 0.744; eleven sets: stop 29's code
    0.900 (288/320) / 0.684 with heldout10 0.794 / 0.562, stop 30's relayed claims and figure candidates
    0.910 (314/345) / 0.746 with heldout10 0.833 / 0.729, its review fixes (a narrower `relayed`) 0.915 (312/341) /
    0.741 with heldout10 0.833 / 0.729; twelve sets: stop 31 0.921 (350/380) / 0.742 with heldout11, unseen
    until then, 1.000 / 0.725; with stop 31's French relative-clause rule, attributions 20, 0.921 (349/379) / 0.739;
    thirteen sets: stop 32 0.911 (379/416) / 0.715 with heldout12, unseen at stop 31 with 0.846 / 0.569, the same
    apart. A thirteenth set in every fit moves the twelve by a link or two: heldout5 0.596 -> 0.574 (one link),
    heldout10 0.833 / 0.729 -> 0.818 / 0.750, the twelve 349 -> 346 of 472; no matching code changed;
    fourteen sets: stop 33 0.911 (420/461) / 0.706 with heldout13, unseen at stop 32 with 0.932 / 0.631, the same
    apart; the fourteenth set in each fit moves the thirteen 380 -> 379 of 530: samples 0.854 -> 0.878, heldout4
    0.500 -> 0.477, heldout12 0.846 / 0.569 -> 0.821 / 0.552; heldout13 adds a match in an article without a
    claim; stop 33's attributions 27-28 (French content extents, English speakers) move the contents the matcher
    reads: 0.909 (419/461) / 0.704, one link fewer; heldout13 0.955 -> 0.932, one more false match;
    fifteen sets: stop 34 0.916 (459/501) / 0.703 with heldout14, unseen at stop 33 with 0.930 / 0.690, the same
    apart; the fifteenth set in each fit leaves the fourteen at 419 of 595, three false matches fewer, heldout5
    0.574 -> 0.553 (one link), heldout12 0.821 / 0.552 -> 0.868 / 0.569; figures spelled in other forms
    ("three quarters of an hour", « trois centaines », "a million pounds", "over a million" for 1.2 million),
    weeks and months loosely equated, matcher code 34: 0.920 (473/514) / 0.724, heldout12 0.884 / 0.655, heldout14
    0.936 / 0.759; "a couple of", "close to", "less than a month", the years since a year the sentence names:
    0.921 (479/520) / 0.734, heldout5 0.574, heldout12 0.889 / 0.690, heldout13 0.957 / 0.692; its review fixes
    (a year a span only after a cue such as "since" or for a claim in years; one training row of samples, "58 %
    ... en 2025" for "40 % au 1er février", no longer agrees): 0.921 (478/519) / 0.732, heldout5 0.574 -> 0.553,
    one link, as before stop 34's figures)."""
    from newsloupe.lab.factchecks_eval import evaluate, fit

    names = list(gold_sets)
    got = {n: evaluate(gold_sets[n], folds=0, model=fit([gold_sets[o] for o in names if o != n])) for n in names}
    links = [41, 36, 36, 42, 44, 47, 25, 25, 34, 43, 48, 51, 58, 65, 58, 69, 74, 66, 71, 70, 74, 72, 73, 72, 73]
    links += [72, 72, 72, 72, 72, 72]
    assert [got[n]["links"] for n in names] == links
    right, predicted = sum(r["right"] for r in got.values()), sum(r["predicted"] for r in got.values())
    found = sum(round(r["recall"] * r["links"]) for r in got.values())
    # sixteen sets: heldout15, unseen at stop 34 with 0.939 / 0.667, reads the same apart; its 69 links take the
    # sum's recall 0.732 -> 0.727 (the fifteen 479 of 653 with it in the fits) and bring two near misses
    # place-type words no names, « quinzaine », "X sur Y" no count Y, the years since for a claim in years (matcher
    # code 36): 0.923 (530/574) / 0.734, heldout12 0.894 / 0.724, heldout15 0.941 / 0.696; stop 35's sentence guard
    # (no sentence starts inside « kilomètres-heure », at a closing quote…): 0.930 (531/571) / 0.735; a link fewer
    # in heldout4 and heldout10 (0.844 / 0.792 -> 0.841 / 0.771), one more in heldout5, heldout8 and heldout15
    # seventeen sets: heldout16, unseen at stop 35 with 0.898 (53/59) / 0.716, reads 0.914 (53/58) / 0.716 apart;
    # with it in the fits, the seventeen 0.927 (586/632) / 0.736 (matcher code 38) and five near misses more;
    # a sentence about another place said to be elsewhere refused (matcher code 39): 0.932 (587/630) / 0.737,
    # heldout16 0.964 (54/56) / 0.730, three of its near misses no longer matched
    # eighteen sets: heldout17, unseen at stop 36 with 0.828 (48/58) / 0.727, reads the same apart; with it in the
    # fits, the eighteen 0.926 (629/679) / 0.730 (matcher code 40), six near misses more; the seventeen lose 6
    # links with heldout17 in the fits (587 -> 581 of 796), one each in heldout5, heldout12 and heldout16;
    # matcher code 41: a figure moved the other way, another month, day or year, a part granted in a confirming
    # voice refused, a claim's year counted back ("il y a trois ans" for "in 2023"): 0.940 (638/679) / 0.740;
    # matcher 42 (a confirming voice refused only beside a contrast) and attributions 47, refitted: 0.938 (637/679)
    # / 0.739 (one heldout16 near miss matched again, one link fewer from the attributions)
    # nineteen sets: heldout18, unseen at stop 37 with 0.862 (56/65) / 0.789, reads the same apart; with it in the
    # fits, the nineteen 0.934 (690/739) / 0.740 (matcher code 42); the eighteen lose 3 links (637 -> 634 of 862)
    # and 2 false matches, heldout5, heldout13 and heldout15 one link each; matcher 43: a sentence dated by a year
    # the claim cannot be of, or telling of a similar thing, refused: 0.938 (692/738) / 0.742 (heldout18 0.906
    # (58/64) / 0.817 after its errors were read: both guards were written from them and move no other set; its
    # fair unseen figure is 0.862 (56/65) / 0.789); matcher 45 (review fixes): the same figures, and with both
    # guards off 0.934 (690/739) / 0.740
    # twenty sets: heldout19, unseen at stop 38 with 0.843 (43/51) / 0.614, reads the same apart; with it in the
    # fits, the twenty 0.933 (733/786) / 0.731 (matcher code 45); the nineteen 692/738 -> 690/735 of 933 (heldout3,
    # heldout12 and heldout13 one link fewer, heldout5 one more, heldout14 and heldout17 one false match fewer)
    # twenty-one sets: heldout20, unseen at stop 39 with 0.867 (52/60) / 0.703, reads the same apart; with it in
    # the fits, the twenty-one 0.928 (787/848) / 0.731 (matcher code 48); the twenty 733/785 -> 735/788 of 1003
    # twenty-two sets: heldout21, unseen at stop 40 with 0.808 (42/52) / 0.583, reads the same apart; with it in
    # the fits, the twenty-two 0.921 (831/902) / 0.723 (matcher code 51); the twenty-one 787/848 -> 789/850 of 1077;
    # matcher 52 (a claim's year told in relative time, "next year" for "in 2027": a figure both give): 0.923
    # (838/908) / 0.729, heldout21 0.842 (48/57) / 0.667, the twenty-one others 790/851
    # twenty-three sets: heldout22, unseen at stop 41 with 0.912 (52/57) / 0.712, reads the same apart; with it in
    # the fits, the twenty-three 0.923 (892/966) / 0.730 (matcher code 53); the twenty-two stay at 840/909 of 1149
    # (heldout17 one link fewer, another set one more)
    # twenty-four sets: heldout23, unseen at stop 42 with 0.865 (45/52) / 0.625, reads the same apart; with it in
    # the fits, the twenty-four 0.922 (935/1014) / 0.723 (matcher code 56); the twenty-three others 892/965 ->
    # 890/962 of 1222 (stop 42's merge refit read 892/965 on the twenty-three); matcher 57 (a claim's year told as a
    # century, a share in words within 5 points): 0.923 (939/1017) / 0.726, heldout23 0.873 (48/55) / 0.667, the
    # twenty-three others 891/962 (heldout4 one link more, heldout8 one match without a claim fewer)
    # twenty-five sets: heldout24, unseen at stop 43 with 0.953 (41/43) / 0.562, reads the same apart; with it in
    # the fits, the twenty-five 0.918 (978/1065) / 0.715 (matcher code 57); the twenty-four others 939/1017 ->
    # 937/1022 of 1294; matcher 58 (a claim's year counted back agrees roughly, presentation and advertising verbs
    # and "a story … that" claim carriers): 0.918 (986/1074) / 0.721, the twenty-four others 944/1030, heldout24
    # 0.955 (42/44) / 0.575
    # 0.918 (983/1071) / 0.719 on stop 44's final code (revfix44's and assert44's attribution and assertion changes
    # move the candidate sentences: two links fewer than the merge's 985/1073)
    # twenty-six sets: heldout25, unseen at stop 44 with 0.918 (45/49) / 0.625, reads the same apart; with it in
    # the fits, the twenty-six 0.919 (1029/1120) / 0.715 (matcher code 59); the twenty-five others 983/1071 ->
    # 984/1071 of 1367; matcher 60 (a claim's span start within a century the sentence starts its span from, "a
    # fortnight" as two weeks, reporting incises and source phrases as claim carriers): 0.921 (1032/1120) / 0.717,
    # the twenty-five others 0.921 (985/1069) / 0.721, heldout25 0.922 (47/51) / 0.653
    # twenty-seven sets: heldout26, unseen at stop 45 with 0.977 (43/44) / 0.597, reads the same apart; with it in
    # the fits, the twenty-seven 0.917 (1075/1172) / 0.711 (matcher code 62); the twenty-six others 1032/1120 ->
    # 1032/1128 of 1439 (eight false matches more, no link moved: heldout17 four, heldout20 two, heldout9 and
    # heldout18 one each)
    # twenty-eight sets: heldout27, unseen at stop 46 with 0.872 (41/47) / 0.569, reads the same apart; with it in
    # the fits, the twenty-eight 0.914 (1123/1228) / 0.709 (matcher code 65); the twenty-seven others 1084/1181 ->
    # 1082/1181 of 1511 (heldout8, heldout9 and heldout14 one link fewer, heldout12 one more; false matches one more
    # in heldout9, heldout12, heldout17 and heldout22, one fewer in heldout8, heldout18 and heldout23)
    # twenty-nine sets: heldout28, unseen at stop 47 with 0.970 (32/33) / 0.444, reads the same apart; with it in
    # the fits, the twenty-nine 0.917 (1155/1259) / 0.698 (matcher code 65); the twenty-eight others 1123/1228 ->
    # 1123/1226 of 1583 (heldout5, heldout16 and heldout18 one link more, heldout7, heldout17 and heldout25 one
    # fewer; false matches two fewer in heldout17, one fewer in heldout20, one more in heldout7); matcher 66 (a claim
    # about what the article never names, the sentence's nearest by a margin of 0.1 and scored from 0.8, is a match):
    # 0.918 (1160/1264) / 0.701, one link more in heldout7, heldout22, heldout26, heldout27 and heldout28
    # thirty sets: heldout29, unseen at stop 48 with 0.884 (38/43) / 0.528, reads the same apart; with it in the
    # fits, the thirty 0.916 (1199/1309) / 0.694 (matcher code 67); the twenty-nine others 1160/1264 -> 1161/1266
    # of 1655 (heldout2, heldout20 and heldout21 one link more, heldout10 and heldout16 one fewer; one false match
    # more in heldout12); matcher 68 (fc49: a maker the article names by its role alone, `Candidate.by_role`): 0.916
    # (1210/1321) / 0.701, heldout26 three links more, heldout27 one, heldout28 three, heldout29 four; one false match
    # more in heldout29 (a near miss told of the same maker)
    # thirty-one sets: heldout30, unseen at stop 49 with 0.900 (36/40) / 0.500, reads the same apart; with it in the
    # fits, the thirty-one 0.914 (1249/1366) / 0.694 (matcher code 68); the thirty others 1210/1321 -> 1213/1326 of
    # 1727 (heldout3, heldout7, heldout25 and heldout26 one link more, the sample set one fewer; false matches one
    # more in heldout2, heldout5 and heldout29, one fewer in heldout19); matcher 69 (fc50: a bound on a round figure
    # from ten, "more than a thousand", « une bonne dizaine », decades in English words): 0.913 (1253/1372) / 0.696,
    # heldout30 six links more, heldout29 one; heldout4, heldout26 and heldout28 one fewer; false matches one more in
    # heldout21, heldout22 and heldout26, one fewer in heldout29; at stop 50's merge (matcher 70 with fcreal50's
    # negated subjects and country-only leads, attributions 124 with fixen50's English rules; the verifier's refit
    # the same): 0.913 (1247/1366) / 0.693, six links fewer
    assert right / predicted >= 0.912 and found / 1799 >= 0.693, (right, predicted, found)
    # heldout7 0.833 (15/18) -> 0.778 (14/18) once heldout28 is in the fits (no matching code changed); 0.789 (15/19)
    # with matcher 66
    assert all(got[n]["precision"] >= 0.78 for n in names), [got[n]["precision"] for n in names]
    # heldout3 0.786 -> 0.714 at stop 30: relayed sentences on the same topic take three of its reviews from their
    # gold sentences ("une question divise encore" for the earthquake's cause), against 26 links won elsewhere
    # heldout5 0.574 -> 0.553 (one link) at stop 34's review fixes: the fits move with one corrected training row
    # heldout3 0.714 -> 0.690 and heldout12 0.889 -> 0.872 (one link, one false match) once heldout15 is in the fits
    # heldout5 0.553 -> 0.532 (one link) once heldout17 is in the fits (no matching code changed)
    # heldout5 0.532 -> 0.511 (one link) once heldout18 is in the fits (no matching code changed)
    assert got["heldout3"]["recall"] >= 0.69 and got["heldout5"]["recall"] >= 0.51
    assert got["heldout6"]["recall"] >= 0.76 and got["heldout7"]["recall"] >= 0.52
    assert got["heldout8"]["precision"] >= 0.85 and got["heldout8"]["recall"] >= 0.85
    assert got["heldout9"]["precision"] >= 0.79 and got["heldout9"]["recall"] >= 0.81
    assert got["heldout10"]["precision"] >= 0.81 and got["heldout10"]["recall"] >= 0.77
    assert got["heldout11"]["precision"] >= 0.95 and got["heldout11"]["recall"] >= 0.74
    # heldout12 0.894 -> 0.875 (one false match) once heldout16 is in the fits (no matching code changed)
    # heldout12 0.724 -> 0.707 and heldout16 0.730 -> 0.716 (one link each) once heldout17 is in the fits;
    # matcher code 41: heldout12 0.935 / 0.741, heldout16 0.982 / 0.743, heldout17 0.907 / 0.742
    # attributions 48 (the French cue model retrained, its cut 0.45): heldout12 0.741 -> 0.724 (one link fewer)
    # heldout12 0.933 (42/45) -> 0.915 (43/47) / 0.724 -> 0.741 once heldout21 is in the fits (no matching code changed)
    # heldout12 0.913 (42/46) -> 0.896 (43/48) / 0.741 once heldout27 is in the fits (no matching code changed)
    # heldout12 0.896 (43/48) -> 0.878 (43/49) once heldout29 is in the fits (no matching code changed)
    assert got["heldout12"]["precision"] >= 0.87 and got["heldout12"]["recall"] >= 0.72
    # heldout13 0.692 -> 0.677 and heldout15 0.696 -> 0.681 (one link each) once heldout18 is in the fits (no
    # matching code changed)
    assert got["heldout13"]["precision"] >= 0.95 and got["heldout13"]["recall"] >= 0.67
    # heldout14 0.759 (44/58) -> 0.741 (43/58) once heldout27 is in the fits (no matching code changed)
    assert got["heldout14"]["precision"] >= 0.93 and got["heldout14"]["recall"] >= 0.74
    # heldout15 (0.94 before) 0.925 (49/53, one false match more) once heldout24 is in the fits (no matching code
    # changed)
    assert got["heldout15"]["precision"] >= 0.92 and got["heldout15"]["recall"] >= 0.68
    # matcher code 42 (fixb37): a confirming voice is refused only beside a contrast ("mais", "but"): heldout16
    # 0.982 -> 0.965 (one near miss written without one matched again), the eighteen 0.940 -> 0.938 (638/680)
    # attributions 48 (the French cue model retrained, its cut 0.45): heldout16 0.965 / 0.743 -> 0.947 / 0.730 (one
    # link lost, one false match), heldout12 one link fewer; the eighteen the same, 0.938 (637/679) / 0.739
    assert got["heldout16"]["precision"] >= 0.94 and got["heldout16"]["recall"] >= 0.72
    # heldout17 0.742 -> 0.727 (49 -> 48 of 66 links) once heldout22 is in the fits (no matching code changed);
    # precision 0.889 (one false match more) at stop 44's merge refit (matcher 59, attributions 93)
    # heldout17 0.941 (48/51) -> 0.873 (48/55) once heldout26 is in the fits (no matching code changed)
    # heldout17 0.873 (48/55) / 0.727 -> 0.904 (47/52) / 0.712 once heldout28 is in the fits (no matching code changed)
    # heldout17 0.902 (46/51) / 0.697 at stop 50's merge (matcher 70, attributions 124)
    assert got["heldout17"]["precision"] >= 0.87 and got["heldout17"]["recall"] >= 0.69
    # heldout18: after its errors were read (unseen at stop 37: 0.862 / 0.789); 0.908 (59/65) / 0.831 -> 0.892
    # (58/65) / 0.817 with matcher 58 (one link fewer)
    # heldout18 0.894 (59/66) -> 0.881 (59/67) once heldout26 is in the fits (no matching code changed)
    assert got["heldout18"]["precision"] >= 0.88 and got["heldout18"]["recall"] >= 0.81
    # heldout19: unseen at stop 38, read once with the shipped verifier (matcher 45) at 0.843 (43/51) / 0.614 (the
    # stop's starting code 0.840 / 0.600); the same apart, a development set from stop 39
    assert got["heldout19"]["precision"] >= 0.84 and got["heldout19"]["recall"] >= 0.61
    # heldout20: unseen at stop 39, read once with the shipped verifier (matcher 48) at 0.867 (52/60) / 0.703 (the
    # stop's starting code the same); the same apart, a development set from stop 40
    assert got["heldout20"]["precision"] >= 0.86 and got["heldout20"]["recall"] >= 0.70
    # heldout21: unseen at stop 40, read once with the shipped verifier (matcher 51) at 0.808 (42/52) / 0.583 (the
    # stop's starting code the same); the same apart, a development set from stop 41
    assert got["heldout21"]["precision"] >= 0.80 and got["heldout21"]["recall"] >= 0.58
    # heldout22: unseen at stop 41, read once with the shipped verifier (matcher 53) at 0.912 (52/57) / 0.712 (the
    # stop's starting code, matcher 51: 0.925 (49/53) / 0.671); the same apart, a development set from stop 42
    # heldout22 0.918 (56/61) -> 0.903 (56/62) once heldout27 is in the fits (no matching code changed)
    # heldout22 0.905 (57/63) -> 0.891 (57/64) with matcher 69 (a sentence on "its first thousand members")
    assert got["heldout22"]["precision"] >= 0.89 and got["heldout22"]["recall"] >= 0.71
    # heldout23: unseen at stop 42, read once with the shipped verifier (matcher 56) at 0.865 (45/52) / 0.625 (the
    # stop's starting code, matcher 53, the same); the same apart, a development set from stop 43; matcher 57 (its
    # misses read: two years told as a century, « près des trois quarts » for 70 %): 0.873 (48/55) / 0.667
    # heldout23 0.870 (47/54) / 0.653 at stop 50's merge (matcher 70, attributions 124)
    assert got["heldout23"]["precision"] >= 0.87 and got["heldout23"]["recall"] >= 0.65
    # heldout24: unseen at stop 43, read once with the shipped verifier (matcher 57) at 0.953 (41/43) / 0.562 (the
    # stop's starting code, matcher 56: 0.976 (41/42) / 0.562); the same apart, a development set from stop 44;
    # matcher 58 (its misses read): 0.955 (42/44) / 0.575
    assert got["heldout24"]["precision"] >= 0.95 and got["heldout24"]["recall"] >= 0.57
    # heldout25: unseen at stop 44, read once with the shipped verifier (matcher 59) at 0.918 (45/49) / 0.625 (the
    # stop's starting code, matcher 57, the same); the same apart, a development set from stop 45; matcher 60 (its
    # misses read): 0.922 (47/51) / 0.653; 0.920 (46/50) / 0.639 once heldout28 is in the fits (no matching code
    # changed)
    assert got["heldout25"]["precision"] >= 0.92 and got["heldout25"]["recall"] >= 0.63
    # heldout26: unseen at stop 45, read once with the shipped verifier (matcher 61) at 0.977 (43/44) / 0.597 (the
    # stop's starting code, matcher 59: 0.976 (40/41) / 0.556); the same apart, a development set from stop 46
    # matcher 66 (fc48, a claim about what the article never names): 0.978 (44/45) / 0.611; matcher 68 (fc49, a
    # maker named by its role alone): 0.979 (47/48) / 0.653; 0.980 (48/49) / 0.667 once heldout30 is in the fits;
    # matcher 69 (fc50): 0.959 (47/49) / 0.653 (« plusieurs millions » for 2 million lost, "the 1950s" matched
    # for a claim of 1953 about another thing)
    assert got["heldout26"]["precision"] >= 0.95 and got["heldout26"]["recall"] >= 0.65
    # heldout27: unseen at stop 46, read once with the shipped verifier (matcher 65) at 0.872 (41/47) / 0.569 (the
    # stop's starting code, matcher 62: 0.857 (36/42) / 0.500); the same apart, a development set from stop 47
    # matcher 66 (fc48, a claim about what the article never names): 0.875 (42/48) / 0.583
    assert got["heldout27"]["precision"] >= 0.87 and got["heldout27"]["recall"] >= 0.58
    # heldout28: unseen at stop 47, read once with the shipped verifier (matcher 65) at 0.970 (32/33) / 0.444 (the
    # stop's starting code the same); the same apart, a development set from stop 48
    # matcher 66 (fc48, a claim about what the article never names): 0.971 (33/34) / 0.458; matcher 68 (fc49, a
    # maker named by its role alone): 0.973 (36/37) / 0.500; matcher 69 (fc50): 0.972 (35/36) / 0.486 (« une bonne
    # quinzaine », a lower bound of 15, no longer says 14)
    assert got["heldout28"]["precision"] >= 0.97 and got["heldout28"]["recall"] >= 0.48
    # heldout29: unseen at stop 48, read once with the shipped verifier (matcher 67) at 0.884 (38/43) / 0.528 (the
    # stop's starting code, matcher 65, the same); the same apart, a development set from stop 49; matcher 68 (fc49,
    # its misses read: a maker named by its role alone): 0.875 (42/48) / 0.583; 0.857 (42/49) once heldout30 is in
    # the fits (no matching code changed)
    assert got["heldout29"]["precision"] >= 0.85 and got["heldout29"]["recall"] >= 0.58
    # heldout30: unseen at stop 49, read once with the shipped verifier (matcher 68) at 0.900 (36/40) / 0.500 (the
    # stop's starting code, matcher 67: 0.892 (33/37) / 0.458); the same apart, a development set from stop 50;
    # matcher 69 (fc50, its misses read: bounds on round figures, English decades in words): 0.913 (42/46) / 0.583
    assert got["heldout30"]["precision"] >= 0.91 and got["heldout30"]["recall"] >= 0.58
    # heldout8's "three times as many patients" for waiting times that tripled; heldout9's "many residents say
    # they were never consulted" for a claim about the mayor; heldout15's bottling plant "across the ridge" for a
    # spring pumped dry, its funicular "opened in 1884" for the oldest water-powered one; heldout16's boats waiting
    # "further up the canal" and the same happening at another place it does not say is elsewhere
    # heldout17's six (a rise for a fall, another month, the same span in another year, a shed elsewhere, ...):
    # 14 with matcher code 40, 7 with 41 (heldout17 none, heldout16 one), 8 with 42 (heldout16's part granted in a
    # confirming voice without a contrast word: refused only beside one since fixb37)
    # heldout18 (in the fits at stop 38) brings its 8 near misses matched and one match without a claim (the
    # eighteen others then make one fewer: 6 in all); matcher 43 (the same figure told of another year, « en
    # 2019 » for a claim of September, or of a similar thing): heldout18's 8 -> 5, 13 in all; heldout19 (in the
    # fits at stop 39) brings its 4, 17 in all; heldout20 (in the fits at stop 40) its 6, 23 in all; heldout21 (in
    # the fits at stop 41) its 7, heldout19 one fewer: 29 in all; matcher 52: 28; heldout22 (in the fits at stop 42)
    # its 4, the twenty-two others 27: 31 in all; heldout23 (in the fits at stop 43) its 3, the twenty-three
    # others 29: 32 in all; heldout24 (in the fits at stop 44) none, the twenty-four others 34 (matcher 57), 35
    # with matcher 58 (one fewer in heldout19, one more in heldout20 and in heldout23); heldout25 (in the fits at stop
    # 45) its 1, 35 in all (matcher 59); 33 with matcher 60 (heldout20 two fewer)
    # heldout26 (in the fits at stop 46) its 1, the twenty-six others 35 (heldout20 two more): 36 in all (matcher 62)
    # heldout27 (in the fits at stop 47) its 2, the twenty-seven others 35 (heldout23 one fewer): 37 in all (matcher 65)
    # heldout28 (in the fits at stop 48) its 1, the twenty-eight others 36 (heldout20 one fewer): 37 in all
    # heldout29 (in the fits at stop 49) its 4, the twenty-nine others 37: 41 in all; 42 with matcher 68 (heldout29
    # one more: a claim on a maker named by role told of another museum); heldout30 (in the fits at stop 50) its 4,
    # the thirty others 43 (heldout2 one more): 47 in all; 48 with matcher 69 (heldout21 one more)
    assert sum(r["near_misses_matched"] for r in got.values()) <= 48
    # 7 with attributions 48 (heldout16's false match above: a French attribution the retrained cue model changes)
    # 8 once heldout24 is in the fits (heldout24 none; no matching code changed); 9 at stop 44's merge refit (matcher
    # 59, attributions 93); 9 with heldout25 in the fits at stop 45 (heldout25 one, the twenty-five others 8)
    # 11 with heldout26 in the fits at stop 46 (heldout26 none; heldout9 and heldout17 one more each); 11 with
    # heldout27 in the fits at stop 47 (heldout27 none); 10 with heldout28 in the fits at stop 48 (heldout28 none,
    # heldout17 one fewer); 10 with heldout29 in the fits at stop 49 (heldout29 none); 10 with heldout30 in the fits
    # at stop 50 (heldout30 none)
    assert sum(r["no_claim_matches"] for r in got.values()) <= 11


def test_cross_validation_over_the_six_gold_sets(gold_sets: dict[str, Any]) -> None:
    """`eval factchecks` over the six older gold sets with `--cv 5`: each article scored by a verifier
    fitted on the other folds' articles of all six sets (stop 24: 0.912 / 0.671; stop 26: 0.914 / 0.695;
    its review fixes: 0.905 / 0.699; stop 27's figure units: 0.920 / 0.703)."""
    from newsloupe.lab.factchecks_eval import evaluate

    later = ("heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13")
    later += ("heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21")
    later += ("heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29")
    later += ("heldout30",)
    sets = [g for n, g in gold_sets.items() if n not in later]
    rs = [evaluate(g, folds=5, also=[o for o in sets if o is not g]) for g in sets]
    assert all(r["cross_validated"] for r in rs) and sum(r["links"] for r in rs) == 246
    right, predicted = sum(r["right"] for r in rs), sum(r["predicted"] for r in rs)
    found = sum(round(r["recall"] * r["links"]) for r in rs)
    assert right / predicted >= 0.9 and found / 246 >= 0.69, (right, predicted, found)
    assert all(r["precision"] >= 0.85 for r in rs), [r["precision"] for r in rs]
    assert sum(r["near_misses_matched"] for r in rs) <= 1 and sum(r["no_claim_matches"] for r in rs) <= 3


def test_units_take_hedged_sentences_and_the_whole_sentence_around_a_short_content() -> None:
    from newsloupe.factchecks.match import units

    text = (
        "Sur un forum, on lit que « Brise-Lames » aurait vendu le port de Valdrome à une flotte étrangère. "
        "Le pont de Corlande présenterait des fissures, dit-on, et pourrait céder. "
        "Le maire a inauguré la nouvelle salle des fêtes du quartier nord hier."
    )
    a = text.index("« Brise")
    b = text.index("Le pont")
    c = text.index("Le maire")
    doc = {
        "text": text,
        "language": "fr",
        "spans": {
            "sentences": [
                {"start": 0, "end": b - 1, "label": "body"},
                {"start": b, "end": c - 1, "label": "body"},
                {"start": c, "end": len(text), "label": "body"},
            ],
            # an attribution that took the quoted name for its content
            "contents": [{"start": a, "end": a + len("« Brise-Lames »"), "label": "direct"}],
        },
    }
    got = units(doc)
    assert [u.start for u in got] == [0, b]  # the third sentence is neither reported, hedged nor a figure
    assert got[0].content == got[0].text  # three words of content are not the claim: the sentence is
    assert got[1].reported  # "présenterait", "dit-on": hedged without an attribution


def test_a_question_carries_the_claim_it_asks_about() -> None:
    """A question ("la passerelle sera-t-elle démontée ?") states the claim it asks about, with
    no attribution, hedge or figure; a plain sentence beside it without any of them is still no unit."""
    from newsloupe.factchecks.match import units

    one = "La passerelle de Vendrelle sera-t-elle vraiment démontée avant les premières neiges ?"
    two = "Les promeneurs traversent la rivière chaque dimanche matin depuis le printemps."
    three = "Will the Vendrelle footbridge really be taken down before the first snow?\u201d"
    text = f"{one} {two} {three}"
    b, c = len(one) + 1, len(one) + len(two) + 2
    doc = {
        "text": text,
        "language": "fr",
        "spans": {
            "sentences": [
                {"start": 0, "end": b - 1, "label": "body"},
                {"start": b, "end": c - 1, "label": "body"},
                {"start": c, "end": len(text), "label": "body"},
            ]
        },
    }
    got = units(doc)
    assert [u.start for u in got] == [0, c] and all(u.reported for u in got)
    # "one post had the ferry sinking": a relayed story told without a verb of saying
    one = "One version, shared by a cycling club on its page, had the footbridge sold for scrap metal."
    two = "The footbridge was painted green in the spring by volunteers from the village."
    doc = {
        "text": f"{one} {two}",
        "language": "en",
        "spans": {
            "sentences": [
                {"start": 0, "end": len(one), "label": "body"},
                {"start": len(one) + 1, "end": len(one) + len(two) + 1, "label": "body"},
            ]
        },
    }
    got = units(doc)
    assert [u.start for u in got] == [0] and got[0].reported


def _two_sentences(one: str, two: str, *, first_asserted: bool = False) -> dict[str, Any]:
    """A French analysis document of two sentences, the second hedged (the first asserted if asked)."""
    text = f"{one} {two}"
    spans: dict[str, Any] = {
        "sentences": [
            {"start": 0, "end": len(one), "label": "body"},
            {"start": len(one) + 1, "end": len(text), "label": "body"},
        ],
        "contents": [],
        "hedges": [{"start": len(one) + 1, "end": len(text), "label": "hedge"}],
    }
    if first_asserted:
        spans["assertions"] = [{"start": 0, "end": len(one), "label": "assertion"}]
    return {"text": text, "language": "fr", "spans": spans}


def test_a_claim_about_a_town_or_product_the_article_never_names_is_refused() -> None:
    """In a large memory, lookalike claims about other towns and products share a figure with
    many sentences; a claim is refused when the article names none of its own names, but a
    country (in any language: "Italy" ~ "l'Italie") is no such name."""
    from newsloupe.factchecks.match import Memory, Review, candidates, embed

    claims = [
        (
            "https://fictional.example/fluvenix",
            "Le vaccin Fluvenix provoque des pertes de mémoire chez 61 % des patients",
        ),
        ("https://fictional.example/italy", "Half a million migrants landed in Italy in 2025"),
    ]
    memory = Memory([Review(i, u, c) for i, (u, c) in enumerate(claims)], embed([c for _, c in claims]))
    one = "Selon le ministère, la couverture vaccinale a atteint 61 % des patients âgés."
    two = "Selon lui, l'Italie aurait vu débarquer sur ses côtes un demi-million de migrants en 2025."
    doc = _two_sentences(one, two, first_asserted=True)
    got = {memory.reviews[c.review].url: c.elsewhere for c in candidates(doc, memory, min_similarity=-1.0)}
    assert got["https://fictional.example/fluvenix"] is True
    assert got["https://fictional.example/italy"] is False


def test_a_town_spelt_in_another_language_is_the_same_town() -> None:
    """A French article writes « Mossoul », « Varsovie », « Alep »; English claims write Mosul, Warsaw, Aleppo (the
    5-letter stems differ): through the gazetteer's spellings the claim is about a town the article names, while a
    claim about another town stays about elsewhere."""
    from newsloupe.factchecks.match import Memory, Review, candidates, embed, name_places, place_tokens

    assert place_tokens("Des renforts à Mossoul") == place_tokens("Reinforcements in Mosul") != set()
    assert place_tokens("Varsovie") & place_tokens("Warsaw")
    assert place_tokens("Velmorande et Grippax") == set()  # invented names are no known places
    assert set(name_places("Two bridges closed in Tel Aviv")) == {"tel", "aviv"}  # a two-word name, both stems
    claims = [
        ("https://fictional.example/aleppo", "A third bakery reopened in Aleppo this week, its owners say"),
        ("https://fictional.example/basra", "A third bakery reopened in Basra this week, its owners say"),
    ]
    memory = Memory([Review(i, u, c, language="en") for i, (u, c) in enumerate(claims)], embed([c for _, c in claims]))
    one = "Le quartier a retrouvé un peu de vie, à Alep."
    two = "Selon ses propriétaires, une troisième boulangerie y aurait rouvert cette semaine."
    doc = _two_sentences(one, two)
    got = {memory.reviews[c.review].url: c for c in candidates(doc, memory, min_similarity=-1.0)}
    assert got["https://fictional.example/aleppo"].elsewhere is False
    assert got["https://fictional.example/basra"].elsewhere is True


def test_a_local_paper_names_its_town_by_its_own_name() -> None:
    """A local paper ("The Brennock Herald") seldom writes "Brennock": a claim about the town is no claim about
    elsewhere there, while the same article from another outlet still refuses it."""
    from newsloupe.factchecks.match import FEATURES, Memory, Review, candidates, embed

    claim = "The Brennock sinkhole swallowed forty houses in one night"
    memory = Memory([Review(0, "https://fictional.example/brennock", claim)], embed([claim]))
    one = "Engineers closed the lane on Monday."
    two = "Residents are being told that forty houses vanished into the hole overnight, reportedly."
    doc = _two_sentences(one, two)
    doc["language"] = "en"
    found = FEATURES.index("names_article")
    for outlet, elsewhere in (("The Brennock Herald", False), ("Coastal Daily", True)):
        got = candidates({**doc, "outlet": outlet}, memory, min_similarity=-1.0)
        assert got and all(c.elsewhere is elsewhere for c in got), outlet
        # the verifier's names_article reads the outlet's name too
        assert all(c.features[found] == (0.0 if elsewhere else 1.0) for c in got), outlet


def test_a_claim_opening_with_its_only_name_is_refused_where_the_name_is_absent() -> None:
    """A claim's first word is a name when other claims of the memory write it as one (capitalised,
    not first) and none in lower case: "Drevonia" opens the first claim, "Les" does not count."""
    from newsloupe.factchecks.match import Memory, Review, candidates, embed

    claims = [
        ("https://fictional.example/drevonia-60", "Drevonia mobilise désormais les hommes jusqu'à 60 ans"),
        ("https://fictional.example/drevonia-army", "L'armée de Drevonia a perdu la moitié de ses chars"),
        ("https://fictional.example/jobs", "Les chantiers navals vont créer 60 emplois cette année"),
    ]
    memory = Memory([Review(i, u, c) for i, (u, c) in enumerate(claims)], embed([c for _, c in claims]))
    assert [memory.first_name(i) for i in range(3)] == ["drevo", None, None]
    one = "Le gouvernement mobilise désormais les hommes jusqu'à 60 ans, selon un décret publié hier."
    doc = {
        "text": one,
        "language": "fr",
        "spans": {"sentences": [{"start": 0, "end": len(one), "label": "body"}], "assertions": []},
    }
    got = {memory.reviews[c.review].url: c.elsewhere for c in candidates(doc, memory, min_similarity=-1.0)}
    assert got["https://fictional.example/drevonia-60"] is True  # the article never names Drevonia
    assert got["https://fictional.example/jobs"] is False
    doc["text"] = one.replace("Le gouvernement", "Drevonia")
    got = {memory.reviews[c.review].url: c.elsewhere for c in candidates(doc, memory, min_similarity=-1.0)}
    assert got["https://fictional.example/drevonia-60"] is False


def test_a_large_memory_finds_by_rare_words_what_its_inverted_file_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The inverted file scans a few groups of claims per sentence and can miss the nearest
    claim; the claims sharing the most rare words, names and numbers with the sentence are
    scored exactly beside it (so the best cosine found is never lower)."""
    from newsloupe.factchecks import match
    from newsloupe.lab.factchecks_synth import synth_reviews

    claims = [r["claimReviewed"] for r in synth_reviews(400, 7)]
    memory = match.Memory(
        [match.Review(i, f"https://fictional.example/{i}", c) for i, c in enumerate(claims)], match.embed(claims)
    )
    queries = [" ".join(c.split()[len(c.split()) // 3 :]) for c in claims[:40]]  # the end of each claim
    qv = match.embed(queries)
    monkeypatch.setattr(match, "COARSE_FROM", 100)
    monkeypatch.setattr(match, "PROBES", 1)  # one group of about twenty claims: misses
    ivf, ivf_sims = memory.search(qv, k=3)
    both, both_sims = memory.search(qv, k=3, texts=queries)
    assert (both_sims[:, 0] >= ivf_sims[:, 0] - 1e-6).all()  # exact scores of more claims: never worse
    assert sum(n in ivf[n] for n in range(len(queries))) <= sum(n in both[n] for n in range(len(queries)))
    assert sum(n in both[n] for n in range(len(queries))) >= 38
    # the lexicon: accents and digit groups folded, words in every claim weigh nothing
    top = match.Lexicon.build(["Le pont de Vélmora a coûté 12 000 euros", "Le pont de Corlande est fermé"])
    assert top.top(["Velmora's bridge cost 12,000 euros"], 1)[0].tolist() == [0]
    assert top.weight[top.ids["pont"]] == 0


def test_claims_about_what_the_article_names_reach_a_sentence_without_the_names() -> None:
    """A sentence may state a claim without its names ("l'ouvrage" for the dam named earlier):
    the claims sharing the article's rare names (whole names, the same in every language:
    "Corvalle" is not "Corvallis") are verified against their nearest sentence; a compound name
    names its parts ("Haut-Corvalle" names "Corvalle")."""
    from newsloupe.factchecks.match import Lexicon, Memory, Review, candidates, embed

    claims = [
        ("https://fictional.example/crack", "The Corvalle dam has a crack and could burst at any moment"),
        ("https://fictional.example/cost", "Le barrage de Corvalle a coûté 40 millions d'euros"),
        ("https://fictional.example/bridge", "The Corvallis bridge will close for repairs in the spring"),
        ("https://fictional.example/bread", "Bakers in Tamsworth mix sawdust into their bread"),
    ]
    memory = Memory([Review(i, u, c) for i, (u, c) in enumerate(claims)], embed([c for _, c in claims]))
    lexicon = Lexicon.build([c for _, c in claims])
    assert sorted(lexicon.top(["Le lac de Corvalle"], 5, names_only=True)[0].tolist()) == [0, 1]
    one = "Le barrage du Haut-Corvalle retient l'eau de toute la vallée depuis des décennies."
    two = "Une vidéo très partagée affirme que l'ouvrage serait fissuré et pourrait céder à tout moment."
    doc = _two_sentences(one, two)
    # only the second sentence may state a claim; no claim is among its nearest from cosine 0.99, and
    # the cost of the dam is too far from it (below cosine 0.1)
    got = candidates(doc, memory, min_similarity=0.99)
    assert [(c.unit.start, memory.reviews[c.review].url) for c in got] == [
        (len(one) + 1, "https://fictional.example/crack")
    ]
    assert not any(c.elsewhere for c in got)  # "Haut-Corvalle" names "Corvalle"
    assert candidates(doc, memory, min_similarity=0.99, article_claims=0) == []


def test_eval_apart_needs_two_folders() -> None:
    from newsloupe.cli import app

    res = CliRunner().invoke(app, ["eval", "factchecks", str(SAMPLE), "--apart"])
    assert res.exit_code == 1
    assert "--apart needs two gold folders" in res.output


def test_eval_forward_needs_two_folders_and_not_apart() -> None:
    from newsloupe.cli import app

    res = CliRunner().invoke(app, ["eval", "factchecks", str(SAMPLE), "--forward"])
    assert res.exit_code == 1
    assert "--forward needs two gold folders" in res.output
    res = CliRunner().invoke(app, ["eval", "factchecks", str(SAMPLE), str(SAMPLE), "--forward", "--apart"])
    assert res.exit_code == 1
    assert "without --apart" in res.output


def test_forward_validation_scores_each_set_with_the_sets_written_before_it(gold_sets: dict[str, Any]) -> None:
    """`eval factchecks … --forward` (stop 40, fcprec40): each set after the first scored by a verifier fitted on
    the sets before it, as the next unseen set is read. Over heldout15-heldout19: 0.910 (254/279) / 0.726, against
    0.919 (251/273) apart for the same five sets (fitted on later sets too): the newest sets read lower mostly
    because they are harder (two to three times the near misses of the older ones), not from later sets in the fits.
    """
    from newsloupe.lab.factchecks_eval import evaluate, fit, forward

    names = list(gold_sets)
    sets = [gold_sets[n] for n in names]
    got = dict(zip(names[1:], forward(sets), strict=True))
    assert "sample" not in got and all(not r["cross_validated"] for r in got.values())
    # the second set's verifier is the one fitted on the first alone
    assert got["heldout"] == evaluate(sets[1], folds=0, model=fit(sets[:1]))
    last = [got[f"heldout{k}"] for k in range(15, 20)]
    right, predicted = sum(r["right"] for r in last), sum(r["predicted"] for r in last)
    found = sum(round(r["recall"] * r["links"]) for r in last)
    assert right / predicted >= 0.90 and found >= 253, (right, predicted, found)
    # heldout19's forward verifier is fitted on the nineteen sets written before it (stop 38's shipped one: 0.843,
    # 43/51), heldout20's on the twenty before it (stop 39's shipped one: 0.867, 52/60) and heldout21's on the
    # twenty-one before it (stop 40's shipped one: 0.808, 42/52), heldout22's on the twenty-two before it (stop
    # 41's shipped one: 0.912, 52/57), heldout23's on the twenty-three before it (stop 42's shipped one: 0.865, 45/52)
    assert got["heldout19"]["precision"] >= 0.84 and got["heldout20"]["precision"] >= 0.86
    assert got["heldout21"]["precision"] >= 0.80 and got["heldout21"]["recall"] >= 0.58
    assert got["heldout22"]["precision"] >= 0.91 and got["heldout22"]["recall"] >= 0.71
    assert got["heldout23"]["precision"] >= 0.86 and got["heldout23"]["recall"] >= 0.62
    # heldout24's on the twenty-four before it (stop 43's shipped one: 0.953, 41/43; matcher 58: 0.955, 42/44; stop 50's
    # merge, matcher 70 and attributions 124: 0.935, 43/46)
    assert got["heldout24"]["precision"] >= 0.93 and got["heldout24"]["recall"] >= 0.57
    # heldout25's on the twenty-five before it (stop 44's shipped one: 0.918, 45/49; matcher 60: 0.922, 47/51)
    # (recall 0.639 at stop 50's merge: matcher 70, attributions 124)
    assert got["heldout25"]["precision"] >= 0.92 and got["heldout25"]["recall"] >= 0.63
    # heldout26's on the twenty-six before it (stop 45's shipped one: 0.977, 43/44)
    assert got["heldout26"]["precision"] >= 0.97 and got["heldout26"]["recall"] >= 0.59
    # heldout27's on the twenty-seven before it (stop 46's shipped one: 0.872, 41/47)
    assert got["heldout27"]["precision"] >= 0.87 and got["heldout27"]["recall"] >= 0.56
    # heldout28's on the twenty-eight before it (stop 47's shipped one: 0.970, 32/33; matcher 68: 0.973, 36/37)
    assert got["heldout28"]["precision"] >= 0.97 and got["heldout28"]["recall"] >= 0.50
    # heldout29's on the twenty-nine before it (stop 48's shipped one: 0.884, 38/43; matcher 68: 0.875, 42/48)
    assert got["heldout29"]["precision"] >= 0.87 and got["heldout29"]["recall"] >= 0.58
    # heldout30's on the thirty before it (stop 49's shipped one: 0.900, 36/40; matcher 69: 0.913, 42/46)
    assert got["heldout30"]["precision"] >= 0.91 and got["heldout30"]["recall"] >= 0.58


def test_rare_words_and_token_vectors_carry_a_paraphrase_without_names_or_figures() -> None:
    """The two features of stop 24: the claim's wording covered with each subword weighed by its
    rarity among the memory's claims, and the cosine of the mean input-token vectors (aligned
    across languages). A French paraphrase of an English claim scores higher on both than a
    sentence on the same subject that states something else."""
    from newsloupe.factchecks.match import FEATURES, Memory, Review, candidates, embed

    claims = [
        ("https://fictional.example/bees", "Beekeepers in Tormelle feed their hives with sugar syrup in winter"),
        ("https://fictional.example/ferry", "The ferry to Orlan Island will stop running on Sundays"),
        ("https://fictional.example/bread", "The new bakery on the square sells bread made from cricket flour"),
    ]
    memory = Memory([Review(i, u, c, language="en") for i, (u, c) in enumerate(claims)], embed([c for _, c in claims]))
    idf = memory.idf()
    common = memory.claim_rarity(0)
    assert len(common) and float(common.max()) > float(common.min())  # "the" is left out, rarer subwords weigh more
    assert idf.min() >= 1.0
    para = "Selon lui, les apiculteurs nourriraient leurs ruches avec du sirop de sucre pendant l'hiver."
    other = "Selon lui, les apiculteurs auraient perdu la moitié de leurs abeilles à cause du froid."
    doc = _two_sentences(para, other, first_asserted=True)
    got = {
        (c.unit.text, memory.reviews[c.review].url): c.features
        for c in candidates(doc, memory, min_similarity=-1.0, article_claims=0)
    }
    rare, tok = FEATURES.index("coverage_rare"), FEATURES.index("token_cos")
    yes, no = got[(para, "https://fictional.example/bees")], got[(other, "https://fictional.example/bees")]
    assert yes[rare] > no[rare] and yes[tok] > no[tok], (yes[rare], no[rare], yes[tok], no[tok])


def test_a_pair_whose_figures_contradict_is_never_a_match() -> None:
    """The same topic with other figures ("70 %" for "80 %", both shares) is a near-miss, whatever
    the verifier's probability: the figures' contradiction refuses it."""
    from newsloupe.factchecks.match import FEATURES, Candidate, MatcherModel, Unit, select

    always = MatcherModel((0.0,) * len(FEATURES), 10.0, 0.35, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES))
    unit = Unit(0, 60, "Le vaccin Orvix protégerait 70 % des patients de plus de 75 ans.", "", False, True)
    feats = [0.0] * len(FEATURES)
    feats[FEATURES.index("names_article")] = 1.0
    same = Candidate(unit, 0, list(feats))
    feats[FEATURES.index("figures_contradict")] = 1.0
    # the other review on a sentence of its own, so that only the contradiction can refuse it
    alone = Unit(61, 120, "Selon la rumeur, le vaccin Orvix protégerait 80 % des patients.", "", False, True)
    other = Candidate(alone, 1, feats)
    got = select([same, other], always)
    assert [c.review for c in got] == [0] and other.score > 0.99
    assert select([other], always) == []
    feats[FEATURES.index("figures_contradict")] = 0.0
    assert [c.review for c in select([Candidate(alone, 1, feats)], always)] == [1]  # without it, a match


def test_the_matcher_version_follows_its_code_verifier_and_word_lists(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from newsloupe.factchecks import match

    match.matcher_version.cache_clear()
    start = match.matcher_version()
    seen = {start}

    def changed() -> str:
        match.matcher_version.cache_clear()
        version = match.matcher_version()
        assert version not in seen
        seen.add(version)
        return version

    # a word list changed (a copy of the language folder with one more unit word)
    lang = tmp_path / "lang"
    shutil.copytree(match._LANG_DIR, lang)
    units = json.loads((lang / "en" / "quantities.json").read_text(encoding="utf-8"))
    units["units"]["furlongs"] = ["km", 0.2012]
    (lang / "en" / "quantities.json").write_text(json.dumps(units), encoding="utf-8")
    monkeypatch.setattr(match, "_LANG_DIR", lang)
    changed()
    # a refitted verifier
    model = tmp_path / "matcher.json"
    verifier = json.loads(match.MODEL_PATH.read_text(encoding="utf-8"))
    verifier["threshold"] = 0.4 if verifier.get("threshold") != 0.4 else 0.45
    model.write_text(json.dumps(verifier), encoding="utf-8")
    monkeypatch.setattr(match, "MODEL_PATH", model)
    changed()
    # a code fix in the figure reader, with no version bump
    source = tmp_path / "quantities.py"
    source.write_text(match._MATCHER_SOURCES[1].read_text(encoding="utf-8") + "\n# a fix\n", encoding="utf-8")
    monkeypatch.setattr(match, "_MATCHER_SOURCES", (match._MATCHER_SOURCES[0], source))
    assert changed().startswith(match.MATCHER_CODE_VERSION + "-")
    monkeypatch.undo()
    match.matcher_version.cache_clear()
    assert match.matcher_version() == start


def test_a_claim_in_years_tries_the_years_since_a_sentence_names_even_when_a_share_agrees() -> None:
    """ "One field in two since 2021" for "half of the fields in five years" (in 2026): the share agrees, and the
    claim's five years are read from the year the sentence names, not left uncovered."""
    from newsloupe.factchecks.match import FEATURES, Memory, Review, candidates, embed

    claim = "La moitié des champs de lavande de Brosque ont disparu en cinq ans"
    memory = Memory([Review(0, "https://fictional.example/brosque", claim)], embed([claim]))
    one = "Le marché de Brosque ouvre samedi."
    two = "Un champ de lavande sur deux aurait disparu depuis 2021 à Brosque, selon le syndicat."
    doc = {**_two_sentences(one, two), "published": "2026-06-01"}
    got = [c for c in candidates(doc, memory, min_similarity=-1.0) if two in c.unit.text]
    assert got, [c.unit.text for c in candidates(doc, memory, min_similarity=-1.0)]
    feats = dict(zip(FEATURES, got[0].features, strict=True))
    assert feats["figures_agree"] == 1.0 and feats["figures_cover"] == 1.0 and feats["figures_contradict"] == 0.0


def test_a_sentence_about_a_nearby_place_states_no_claim_about_the_article_place() -> None:
    """A claim about Lindowre; a sentence that tells the same kind of happening at another place it says is
    elsewhere ("at nearby Varnesse", « la commune voisine de Varnesse », "two miles away") and names no place of
    the claim is refused (`other_place`); the same sentence at Lindowre, or naming another place without saying
    it is elsewhere (where the speaker lives, a street of the town), is not."""
    from newsloupe.factchecks.match import Memory, Review, candidates, embed, place_stems, select

    assert place_stems("At nearby Varnesse, nine hives were lost.", "en") == {"varne"}
    assert place_stems("Une fuite près du pont de Varnesse.", "fr") == {"varne"}
    assert place_stems("The leak was found by Varnesse Bridge.", "en") == {"varne"}
    assert place_stems("Nine hives were lost in June, says Tom Gaddle.", "en") == set()
    claim = "Les apiculteurs de Lindowre ont perdu quarante ruches en une nuit"
    memory = Memory([Review(0, "https://fictional.example/lindowre-ruches", claim, language="fr")], embed([claim]))
    first = "Les frelons sont arrivés à Lindowre au début de l'été."
    cases = {
        "Dans la commune voisine de Varnesse, quarante ruches auraient été perdues en une nuit.": True,
        "À deux kilomètres de là, à Varnesse, quarante ruches auraient été perdues en une nuit.": True,
        "À Lindowre comme dans la commune voisine, quarante ruches auraient été perdues en une nuit.": False,
        "Selon un apiculteur de Varnesse, quarante ruches auraient été perdues en une nuit.": False,
    }
    for two, refused in cases.items():
        doc = _two_sentences(first, two)
        text = doc["text"]  # the article's place entities, as the parse tags them
        doc["spans"]["entities"] = [
            {"start": m.start(), "end": m.end(), "label": "LOC"} for m in re.finditer("Lindowre|Varnesse", text)
        ]
        got = [c for c in candidates(doc, memory, min_similarity=-1.0) if c.unit.text == two]
        assert got and all(c.other_place is refused for c in got), two
        if refused:  # never kept, whatever its score
            assert not any(c.unit.text == two for c in select(got, _always()))


def _always() -> Any:
    from newsloupe.factchecks.match import FEATURES, MatcherModel

    n = len(FEATURES)
    return MatcherModel((0.0,) * n, 10.0, 0.35, (0.0,) * n, (1.0,) * n)


def test_a_claims_year_told_in_relative_time_is_a_figure_both_give() -> None:
    """Stop 41 (fc41): a claim's year told relative to the article's ("next year" for "in 2027" in an article of
    2026, « l'été dernier » for "July 2025", "the late 1990s" for 1998) counts as a figure the sentence gives; a
    year outside the span, or no article year, gives none (invented sentences)."""
    from newsloupe.factchecks.match import relative_years, years_told

    claim = "The Ostrevel ferry will stop running in 2027"
    assert years_told(claim, "The Ostrevel ferry is said to stop running for good next year.", 2026) == {2027}
    assert years_told(claim, "Le bac d'Ostrevel cesserait de naviguer l'an prochain, dit-on.", 2026) == {2027}
    assert years_told(claim, "On dit que le bac s'arrêtera d'ici un peu plus d'un an.", 2026) == {2027}
    assert years_told(claim, "The ferry is said to stop within two years.", 2026) == {2027}
    assert years_told(claim, "The ferry is said to stop running next year.", 2029) == frozenset()
    assert years_told(claim, "The ferry is said to stop running next year.", None) == frozenset()
    assert years_told(claim, "The ferry stopped running last year, a post claims.", 2026) == frozenset()
    crash = "A glider crashed onto the Ostrevel dunes in July 2025"
    assert years_told(crash, "Une vidéo montrait un planeur tombé sur les dunes l'été dernier.", 2026) == {2025}
    assert years_told(crash, "A clip said to show a glider falling onto the dunes last July spread online.", 2026)
    assert relative_years("The Ostrevel mill closed in the late 1990s, they say.", 2026) == ((1990, 1999),)
    assert relative_years("Le moulin aurait fermé à la fin des années quatre-vingt.", 2026) == ((1980, 1989),)
    assert relative_years("The mill will close before the decade is out, a post claims.", 2026) == ((2026, 2029),)
    assert relative_years("The Ostrevel mill is said to have closed long ago.", 2026) == ()


def test_a_claim_about_what_the_article_never_names_matches_only_a_sentence_plainly_about_it() -> None:
    """An article may name its subject by its role alone ("our telescope maker"): a claim naming the maker is
    about elsewhere (`Candidate.elsewhere`), refused unless the claim is the sentence's nearest by
    ELSEWHERE_MIN_MARGIN, the sentence names nothing else and the verifier scores the pair from
    ELSEWHERE_MIN_SCORE (fc48)."""
    from dataclasses import replace

    from newsloupe.factchecks.match import (
        ELSEWHERE_MIN_SCORE,
        Memory,
        Review,
        candidates,
        embed,
        match_analysis,
        refusal,
    )

    claims = [
        ("https://fictional.example/lenses", "Every Quillbrook telescope is fitted with 14 lenses polished by hand"),
        ("https://fictional.example/ferry", "The Varnholt ferry carries 300 passengers a day in summer"),
        ("https://fictional.example/bread", "Bakers in Tamsworth mix sawdust into their bread"),
    ]
    memory = Memory([Review(i, u, c) for i, (u, c) in enumerate(claims)], embed([c for _, c in claims]))
    one = "The village has known our telescope maker for forty years."
    two = "He says every telescope he sells is fitted with fourteen lenses, each polished by hand."
    doc = _two_sentences(one, two)
    doc["language"] = "en"
    got = [c for c in candidates(doc, memory, elsewhere_too=False) if c.review == 0 and c.unit.text == two]
    assert len(got) == 1 and got[0].elsewhere and got[0].elsewhere_near
    away = "the claim names people, towns or products the sentence does not"
    assert refusal(replace(got[0], score=ELSEWHERE_MIN_SCORE)) is None
    assert refusal(replace(got[0], score=ELSEWHERE_MIN_SCORE - 0.1)) == away
    assert refusal(replace(got[0], score=0.99, elsewhere_near=False)) == away
    # the claims the sentence is not plainly about are not verified at all when matching
    assert all(c.review == 0 for c in candidates(doc, memory, elsewhere_too=False) if c.elsewhere)
    # the article's finding: the sentence, read alone too (the pair is scored from 0.8 there as well)
    assert [(m["url"], m["start"]) for m in match_analysis(doc, memory)] == [(claims[0][0], len(one) + 1)]
    # a sentence naming another subject ("Brackwell", a name the claim does not write) is about that one
    other = "Down at Brackwell, every telescope sold is fitted with fourteen lenses, each polished by hand."
    doc = _two_sentences(one, other)
    doc["language"] = "en"
    got = [c for c in candidates(doc, memory, elsewhere_too=False) if c.review == 0 and c.unit.text == other]
    assert got and all(c.elsewhere and not c.elsewhere_near for c in got)
    assert match_analysis(doc, memory) == []


def _hedged_sentences(*texts: str) -> dict[str, Any]:
    """An English analysis document of hedged sentences."""
    sents, pos = [], 0
    for t in texts:
        sents.append({"start": pos, "end": pos + len(t), "label": "body"})
        pos += len(t) + 1
    hedges = [dict(s, label="hedge") for s in sents]
    return {"text": " ".join(texts), "language": "en", "spans": {"sentences": sents, "contents": [], "hedges": hedges}}


def test_an_article_naming_its_maker_by_role_alone_states_the_claims_about_that_maker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fresh sets tell the stories about a maker they name by role only ("our maker"): when the nearest claims of
    ROLE_MIN_SENTENCES sentences name one and the same absent maker, one of them plainly, the maker is the article's
    subject (`Candidate.by_role`, fc49): its claims are no claims about elsewhere and their names count as the
    article's; an article on a fête, far from every claim, names no subject by role."""
    import newsloupe.factchecks.match as fc
    from newsloupe.factchecks.match import Memory, Review, candidates, embed, match_analysis

    claims = [
        ("https://fictional.example/lenses", "Every Quillbrook telescope is fitted with 14 lenses polished by hand"),
        ("https://fictional.example/brass", "Quillbrook telescopes are made from brass salvaged from old ships"),
        (
            "https://fictional.example/chile",
            "A Quillbrook telescope was sold to an observatory abroad for 9,000 pounds",
        ),
        ("https://fictional.example/ferry", "The Varnholt ferry carries 300 passengers a day in summer"),
        ("https://fictional.example/bread", "Bakers in Tamsworth mix sawdust into their bread"),
    ]
    memory = Memory([Review(i, u, c) for i, (u, c) in enumerate(claims)], embed([c for _, c in claims]))
    doc = _hedged_sentences(
        "The first rumour: every telescope our maker sells is fitted with fourteen lenses, each polished by hand.",
        "The second: that the tubes are made from brass salvaged from old sailing ships in the harbour.",
        "The third: that an observatory abroad paid nine thousand pounds for one of his telescopes.",
        "He laughs at most of it and goes back to his bench, where a new tube waits for its eyepiece.",
    )
    got = candidates(doc, memory, elsewhere_too=False)
    assert got and all(c.by_role and not c.elsewhere for c in got)
    assert all(
        c.scored[fc.FEATURES.index("names_missing")] == 0.0 < c.features[fc.FEATURES.index("names_missing")]
        for c in got
    )
    assert [m["url"].rpartition("/")[2] for m in match_analysis(doc, memory)] == ["lenses", "brass", "chile"]
    # with the rule off the same pairs are claims about elsewhere
    monkeypatch.setattr(fc, "ROLE_MIN_SENTENCES", 0)
    assert all(c.elsewhere and not c.by_role for c in candidates(doc, memory))
    monkeypatch.undo()
    fete = _hedged_sentences(
        "The village fete drew a large crowd on Saturday, with a brass band playing on the green until dusk.",
        "Children raced across the field with spoons and eggs while their parents queued for tea and scones.",
        "A marrow weighing more than thirty pounds won first prize in the produce tent, its grower said.",
        "The organisers thanked the volunteers and said the takings would go to the church roof appeal.",
    )
    assert not any(c.by_role for c in candidates(fete, memory))


def test_the_set_read_once_unseen_at_stop_50_keeps_its_figures() -> None:
    """samples/factchecks-heldout31 (invented; unseen at stop 50, read once with the shipped verifier (matcher 70,
    refitted on thirty-one sets) at precision 0.895 (34/38), recall 0.453; the stop's starting code (matcher 68,
    thirty sets) 0.912 (31/34) / 0.413; not yet in the verifier's fits): the figures do not fall below that read."""
    from newsloupe.lab.factchecks_eval import evaluate, load_gold

    r = evaluate(load_gold(ROOT / "samples" / "factchecks-heldout31"), folds=0)
    assert r["links"] == 75 and r["cross_language_links"] == 46
    assert r["precision"] >= 0.89 and r["recall"] >= 0.45, (r["precision"], r["recall"])
    assert r["near_misses_matched"] == 0 and r["no_claim_matches"] == 0
