"""Fact-check memory import (issue 16): every ClaimReview source of samples/factchecks/memory,
the malformed lines' outcomes, re-import, URL safety, the CLI, GET /api/factchecks and /factchecks."""

from __future__ import annotations

import http.server
import json
import re
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsloupe import errors
from newsloupe.factchecks.claimreview import common_rating, parse_html
from newsloupe.factchecks.memory import count, failures, import_sources, review_by_url, reviews
from newsloupe.lab.factchecks_synth import synth_reviews
from newsloupe.store import Store

MEMORY = Path(__file__).resolve().parents[2] / "samples" / "factchecks" / "memory"
SOURCES = {
    "reviews.jsonl": 87,
    "reviews.json": 10,
    "datafeed.json": 12,
    "search-api.json": 13,
    "pages": 8,
}
# The README's expected mapping of each wording to the common scale.
COMMON = {
    "false": ("Faux", "False", "Incorrect", "Pants on fire", "Infondé", "Détourné"),
    "misleading": ("Trompeur", "Misleading", "Mostly false", "Exagéré", "Manque de contexte", "Needs context"),
    "mixed": ("Half true", "Vrai mais…"),
    "true": ("Vrai", "True", "Correct", "Plutôt vrai", "Mostly true"),
    "unverifiable": ("Sans preuve", "Unproven", "Unsupported", "Non vérifiable"),
}
WORDING = {w: label for label, words in COMMON.items() for w in words}


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "memory.db") as s:
        yield s


@pytest.fixture(scope="module")
def full_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the five clean sources imported (130 reviews)."""
    path = tmp_path_factory.mktemp("fc") / "full.db"
    with Store(path) as s:
        report = import_sources(s.conn, [str(MEMORY / name) for name in SOURCES])
    assert (report.imported, report.failed, report.duplicates) == (130, 0, 0)
    return path


@pytest.mark.parametrize("name", list(SOURCES))
def test_each_source_imports_its_reviews(store: Store, name: str) -> None:
    report = import_sources(store.conn, [str(MEMORY / name)])
    assert (report.imported, report.failed, report.duplicates, report.ignored) == (SOURCES[name], 0, 0, 0)
    rows = reviews(store.conn, limit=500)
    assert len(rows) == count(store.conn) == SOURCES[name]
    for r in rows:
        assert r["url"].startswith("https://") and r["claim_reviewed"].strip()
        assert r["reviewer"] and r["language"] in ("fr", "en")
        assert r["rating"] == WORDING[r["rating_text"]], r
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["review_date"])
        assert name.split(".")[0] in r["source"]


def test_all_sources_give_130_distinct_reviews(full_db: Path) -> None:
    with Store(full_db) as s:
        rows = reviews(s.conn, limit=1000)
    assert len(rows) == 130 and len({r["url"] for r in rows}) == 130
    assert Counter(r["language"] for r in rows) == {"fr": 66, "en": 64}
    assert len({r["reviewer"] for r in rows}) == 7
    assert all(r["rating"] == WORDING[r["rating_text"]] for r in rows)


def test_named_reviews_keep_every_field(full_db: Path) -> None:
    with Store(full_db) as s:
        graph = review_by_url(s.conn, "https://oeilduvrai.example/articles/meteo-france-cartes-rouges")
        api = review_by_url(s.conn, "https://checkpointsud.example/en/valdrome-logiciel-frere")
        strings = review_by_url(s.conn, "https://contreverite.example/2025/11/21/hpv-loire-deces.html")
        feed = review_by_url(s.conn, "https://verifienet.example/verif/2025/09/bouclier-100-milliards/")
        zoned = review_by_url(s.conn, "https://claimwatch.example/rulings/2026/northmoor-machines-flipped/")
        two = review_by_url(s.conn, "https://checkpointsud.example/fr/port-ventel-grues-espion")
    assert graph is not None and api is not None and strings is not None and feed is not None
    assert zoned is not None and two is not None
    # @graph page: the author is an @id reference to the graph's Organization node.
    assert (graph["reviewer"], graph["reviewer_url"]) == ("L'Œil du Vrai", "https://oeilduvrai.example/")
    assert (graph["rating"], graph["rating_text"], graph["rating_value"]) == ("false", "Faux", 1.0)
    assert (graph["claim_author"], graph["claim_date"], graph["review_date"]) == (
        "Publications Facebook",
        "2026-07-24",
        "2026-07-27",
    )
    assert graph["appearances"] == ["https://social-a.example/posts/1470168"] and graph["language"] == "fr"
    # Search API: text, claimant, claimDate on the claim; textualRating, languageCode, publisher.
    assert api["claim_reviewed"] == "The software used to tally the Valdrôme results belongs to the mayor's brother"
    assert (api["reviewer"], api["rating"], api["rating_text"], api["rating_value"]) == (
        "Checkpoint Sud",
        "false",
        "False",
        None,
    )
    assert (api["claim_author"], api["claim_date"], api["review_date"], api["language"]) == (
        "Posts on X",
        "2026-03-24",
        "2026-03-27",
        "en",
    )
    # Contre-Vérité writes its numbers as strings.
    assert (strings["rating_value"], strings["best_rating"], strings["worst_rating"]) == (0.0, 4.0, 0.0)
    assert (feed["reviewer"], feed["rating"], feed["claim_author"]) == (
        "Vérifié.net",
        "misleading",
        "Économiste Paul Verdier",
    )
    # A date-time with a time zone keeps its own calendar date.
    assert (zoned["review_date"], zoned["rating"], zoned["claim_author"]) == ("2026-11-09", "false", "Derek Hollins")
    assert (two["rating"], two["rating_text"]) == ("unverifiable", "Non vérifiable")
    assert "script 3" in two["source"]


def test_malformed_lines_have_the_expected_outcomes(store: Store) -> None:
    expected = json.loads((MEMORY / "malformed-expected.json").read_text(encoding="utf-8"))
    import_sources(store.conn, [str(MEMORY / "reviews.jsonl")])
    report = import_sources(store.conn, [str(MEMORY / "malformed.jsonl")])
    by = {
        o: {e["line"] for e in expected if e["outcome"] == o} for o in ("skipped", "duplicate", "imported", "ignored")
    }
    assert {int(f.item.split()[1]) for f in report.failures} == by["skipped"]
    assert {int(d.item.split()[1]) for d in report.duplicate_items} == by["duplicate"]
    assert (report.imported, report.failed, report.duplicates, report.ignored) == (6, 15, 2, 1)
    rows = [r for r in reviews(store.conn, limit=500) if "malformed.jsonl" in r["source"]]
    assert {int(r["source"].rsplit("line ", 1)[1].rstrip(")")) for r in rows} == by["imported"]
    codes = {int(f.item.split()[1]): f.code for f in report.failures}
    assert codes[5] == errors.E_FORMAT and codes[11] == codes[12] == errors.E_URL
    assert {c for n, c in codes.items() if n not in (5, 11, 12)} == {errors.E_RECORD}
    reasons = {int(f.item.split()[1]): f.reason for f in report.failures}
    assert "missing url" in reasons[1] and "reviewRating" in reasons[2] and "NewsArticle" in reasons[6]
    assert "2026-02-30" in reasons[8] and "future" in reasons[23] and "empty" in reasons[10]
    assert all(f.source == str(MEMORY / "malformed.jsonl") for f in report.failures)
    recorded = failures(store.conn)
    assert sorted(int(f["item"].split()[1]) for f in recorded) == sorted(by["skipped"])
    # Line 7 is a duplicate: the first review (and its rating) is kept.
    first = review_by_url(store.conn, "https://verifienet.example/verif/2026/03/valdrome-morts-votants/")
    assert first is not None and "reviews.jsonl" in first["source"] and first["rating"] != "true"
    wording_only = review_by_url(store.conn, "https://verifienet.example/verif/2026/11/note-texte-seul/")
    assert wording_only is not None and (wording_only["rating"], wording_only["rating_value"]) == ("false", None)
    plain = review_by_url(store.conn, "https://verifienet.example/verif/2026/11/auteur-texte/")
    no_item = review_by_url(store.conn, "https://verifienet.example/verif/2026/11/sans-claim-objet/")
    guessed = review_by_url(store.conn, "https://factlantern.example/checks/hollins-rally-crowd")
    markup = review_by_url(store.conn, "https://verifienet.example/verif/2026/11/balisage-html/")
    assert plain is not None and plain["reviewer"] == "Vérifié.net"
    assert no_item is not None and (no_item["claim_author"], no_item["claim_date"]) == (None, None)
    assert guessed is not None and guessed["language"] == "en"
    # Markup in a claim is stripped at import (tags, script content, entities): text for matching and search.
    assert markup is not None and markup["claim_reviewed"] == "Le maire a interdit les barbecues dans tous les jardins"


def test_a_second_import_imports_nothing(store: Store) -> None:
    sources = [str(MEMORY / name) for name in SOURCES]
    import_sources(store.conn, sources)
    again = import_sources(store.conn, sources)
    assert (again.imported, again.duplicates, again.read) == (0, 130, 130)
    assert count(store.conn) == 130


def test_a_thousand_items_with_five_percent_malformed(store: Store, tmp_path: Path) -> None:
    good = list(synth_reviews(950, seed=3))
    broken = [
        lambda d: {k: v for k, v in d.items() if k != "url"},
        lambda d: {**d, "claimReviewed": ""},
        lambda d: {**d, "datePublished": "2025-13-40"},
        lambda d: {**d, "url": "ftp://files.example/x"},
        lambda d: {k: v for k, v in d.items() if k != "reviewRating"},
    ]
    lines, bad_lines = [], set()
    for i in range(1000):
        if i % 20 == 7:
            doc = broken[len(bad_lines) % len(broken)](next(synth_reviews(1, seed=1000 + i)))
            bad_lines.add(i + 1)
            lines.append(json.dumps(doc, ensure_ascii=False) if len(bad_lines) % 10 else "{not json")
        else:
            lines.append(json.dumps(good.pop(), ensure_ascii=False))
    path = tmp_path / "thousand.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_sources(store.conn, [str(path)])
    assert len(bad_lines) == 50
    assert (report.read, report.imported, report.failed) == (1000, 950, 50)
    assert {int(f.item.split()[1]) for f in report.failures} == bad_lines
    assert len(failures(store.conn)) == 50 and count(store.conn) == 950


def test_rating_wordings_ignore_case_and_accents_numbers_only_without_wording() -> None:
    assert common_rating("FAUX") == common_rating("pants on fire!") == "false"
    assert common_rating("plutot vrai") == "true" and common_rating("Vrai mais...") == "mixed"
    assert common_rating("Non verifiable") == "unverifiable" and common_rating("  Trompeur ") == "misleading"
    assert common_rating(None, 1, 5, 1) == "false" and common_rating(None, 5, 5, 1) == "true"
    assert common_rating(None, 4, 4, 0) == "true" and common_rating(None, 3, 5, 1) == "mixed"
    assert common_rating(None, 9, 5, 1) is None  # outside worst..best
    assert common_rating("Une formule inconnue", 1, 5, 1) is None  # the wording decides


def test_pages_with_bad_scripts_record_them_and_go_on() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "ClaimReview", oops</script>'
        '<script>var x = {"@type": "ClaimReview"};</script>'
        '<script type="application/ld+json">[{"@context": "https://schema.org", "@type": "ClaimReview",'
        ' "url": "https://invented-checker.example/a", "claimReviewed": "Le lac de Miraval est asséché",'
        ' "reviewRating": {"@type": "Rating", "alternateName": "Faux"}, "inLanguage": "fr-FR"}]</script>'
        "</head><body><p>Page fictive.</p></body></html>"
    )
    out = list(parse_html(page.encode(), "page.html"))
    assert [type(o).__name__ for o in out] == ["Failure", "Review"]
    assert out[0].item == "script 1" and out[0].code == errors.E_FORMAT
    assert out[1].language == "fr" and out[1].rating == "false" and out[1].source == "page.html (script 2)"
    (none,) = list(parse_html(b"<html><body><p>Rien ici.</p></body></html>", "empty.html"))
    assert none.item is None and "no ClaimReview" in none.reason


def test_hostile_items_are_one_failure_each_or_kept_as_inert_text(store: Store, tmp_path: Path) -> None:
    def review(i: int, **kw: Any) -> dict[str, Any]:
        base = {
            "@type": "ClaimReview",
            "url": f"https://invented-checker.example/h{i}",
            "claimReviewed": "Le pont de Miraval a été vendu",
            "reviewRating": {"alternateName": "Faux"},
            "inLanguage": "fr",
        }
        return {**base, **kw}

    lines = [
        json.dumps(review(1, claimReviewed="Le pont \ud800 de Miraval\u0000 a été vendu")),
        json.dumps(review(2, reviewRating={"ratingValue": 1})).replace(
            '"ratingValue": 1', '"ratingValue": 1' + "0" * 400
        ),
        "[" * 100_000 + "]" * 100_000,
        json.dumps(review(4, reviewRating={"ratingValue": "beaucoup"})),
        json.dumps(review(5)),
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe not utf-8\n")
    report = import_sources(store.conn, [str(path)])
    items = {f.item: f for f in report.failures}
    assert set(items) == {"line 2", "line 3", "line 4", "line 6"}
    assert items["line 6"].code == errors.E_DECODE and items["line 3"].code == errors.E_FORMAT
    assert "not a number" in items["line 2"].reason and "not a number" in items["line 4"].reason
    assert report.imported == 2
    kept = review_by_url(store.conn, "https://invented-checker.example/h1")
    assert kept is not None and "\ufffd" in kept["claim_reviewed"] and "\x00" in kept["claim_reviewed"]


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = (MEMORY / "pages" / "verifienet-vireva-sterilite.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_pages_by_url_follow_the_private_address_rules(store: Store) -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/verif/vireva"
    try:
        refused = import_sources(store.conn, [url])
        assert (refused.sources, refused.imported, refused.failed) == (0, 0, 1)
        assert refused.failures[0].code == errors.E_URL_PRIVATE and refused.failures[0].source == url
        allowed = import_sources(store.conn, [url], allow_private=True)
    finally:
        server.shutdown()
    assert (allowed.sources, allowed.imported) == (1, 1)
    (row,) = reviews(store.conn)
    assert row["source"] == f"{url} (script 1)" and row["reviewer"] == "Vérifié.net"
    assert failures(store.conn) == []  # the refused attempt's failure is replaced by the import that worked


def test_cli_import_and_list(tmp_path: Path) -> None:
    from newsloupe.cli import app

    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    res = runner.invoke(
        app, ["factchecks", "import", str(MEMORY / "reviews.jsonl"), str(MEMORY / "malformed.jsonl"), "--db", db]
    )
    assert res.exit_code == 0, res.output
    assert "93 imported, 2 duplicate(s), 15 failed (NL-E007 x2, NL-E010 x1, NL-E011 x12), 1 ignored" in res.stdout
    skipped = [x for x in res.stderr.splitlines() if x.startswith("skipped:")]
    assert len(skipped) == 15 and all("malformed.jsonl (line " in x for x in skipped)
    res = runner.invoke(
        app, ["factchecks", "list", "--db", db, "--format", "json", "--rating", "misleading", "--lang", "en"]
    )
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert rows and all(r["rating"] == "misleading" and r["language"] == "en" for r in rows)
    res = runner.invoke(app, ["factchecks", "list", "--db", db, "--reviewer", "contre-vérité", "--limit", "3"])
    lines = res.stdout.splitlines()
    assert res.exit_code == 0 and len(lines) == 3 and all("Contre-Vérité" in x for x in lines)
    res = runner.invoke(app, ["factchecks", "import", str(tmp_path / "absent.json"), "--db", db])
    assert res.exit_code == 1 and "0 imported" in res.stdout and "absent.json: no such file [NL-E009]" in res.stderr


def test_api_and_page_over_http(full_db: Path, tmp_path: Path) -> None:
    import shutil

    from newsloupe.web import Settings, create_app
    from tests.web.conftest import Client

    db = tmp_path / "web.db"
    shutil.copy(full_db, db)
    with Store(db) as s:
        import_sources(s.conn, [str(MEMORY / "malformed.jsonl")])
    client = Client(create_app(Settings.load(environ={}, db=str(db), workers=0)))
    try:
        r = client.get("/api/factchecks?per_page=20&page=2")
        doc: dict[str, Any] = r.json()
        assert r.status_code == 200 and doc["ok"] and doc["total"] == 136 and len(doc["factchecks"]) == 20
        r = client.get("/api/factchecks", params={"rating": "false", "lang": "en", "reviewer": "claimwatch"})
        rows = r.json()["factchecks"]
        assert rows and all((x["rating"], x["language"], x["reviewer"]) == ("false", "en", "Claimwatch") for x in rows)
        hits = client.get("/api/factchecks", params={"q": "electricite"}).json()["factchecks"]
        assert hits and all("lectricit" in x["claim_reviewed"] for x in hits)
        bad = client.get("/api/factchecks?rating=pants")
        assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "query.rating"
        page = client.get("/factchecks", params={"q": "barbecues", "lang": "en"})
        assert page.status_code == 200
        assert "Le maire a interdit les barbecues dans tous les jardins" in page.text
        assert "alert(1)" not in page.text and "<script>alert" not in page.text
        assert 'class="badge verdict verdict-false"' in page.text
        assert 'href="https://verifienet.example/verif/2026/11/balisage-html/"' in page.text
        full = client.get("/factchecks?lang=fr")
        assert full.status_code == 200 and full.text.count('<tr class="review">') == 50
        assert "javascript:" not in full.text
    finally:
        client.close()


def _page(claim: str, *, charset: bool) -> bytes:
    """An invented fact-check page (UTF-8 bytes), with or without a declared charset."""
    doc = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://invented-checker.example/2026/pont-levis",
        "author": {"@type": "Organization", "name": "Vérif Équipe <i>test</i>"},
        "claimReviewed": claim,
        "reviewRating": {"alternateName": "Faux"},
        "inLanguage": "fr",
    }
    meta = '<meta charset="utf-8">' if charset else ""
    page = f'<!doctype html><html><head>{meta}<title>Vérifié</title><script type="application/ld+json">'
    return (page + json.dumps(doc, ensure_ascii=False) + "</script></head><body><p>é</p></body></html>").encode()


def test_a_utf8_page_without_charset_reads_as_the_article_ingest_reads_it(tmp_path: Path) -> None:
    from newsloupe.ingest.html import decode_html

    claim = "Le pont-levis de Quérande a été démonté pièce à pièce"
    raw = _page(claim, charset=False)
    assert "Vérifié" in decode_html(raw)
    (got,) = list(parse_html(raw, "page"))
    assert got.claim_reviewed == claim and got.reviewer == "Vérif Équipe test"  # type: ignore[union-attr]
    latin = _page(claim, charset=False).decode().encode("cp1252")
    (got_latin,) = list(parse_html(latin, "page"))
    assert got_latin.claim_reviewed == claim  # type: ignore[union-attr]
    (got_xml,) = list(parse_html(b'<?xml version="1.0" encoding="utf-8"?>\n' + raw, "page"))
    assert got_xml.claim_reviewed == claim  # type: ignore[union-attr]


def test_a_utf8_page_declaring_latin1_keeps_its_accents() -> None:
    # review fix of stop 38 (fixa38): "QuÃ©rande" before
    page = _page("Le pont-levis de Quérande a été vendu", charset=False).replace(
        b"<head>", b'<head><meta charset="iso-8859-1">'
    )
    (got,) = list(parse_html(page, "page"))
    assert got.claim_reviewed == "Le pont-levis de Quérande a été vendu"  # type: ignore[union-attr]


def test_markup_in_a_claim_is_stripped_and_an_older_import_is_renormalised(store: Store, tmp_path: Path) -> None:
    from newsloupe.factchecks.claimreview import plain_text

    assert plain_text("Le <b>pont</b> &amp; la tour <script>x()</script>sont &lt;i&gt;vendus&lt;/i&gt;") == (
        "Le pont & la tour sont vendus"
    )
    assert plain_text("si a < b et b > c") == "si a < b et b > c"
    page = tmp_path / "p.html"
    page.write_bytes(_page("Le pont-levis de <b>Quérande</b> a été <img src=x onerror=f()>démonté", charset=False))
    only = tmp_path / "only.jsonl"
    only.write_text(
        json.dumps(
            {
                "@type": "ClaimReview",
                "url": "https://x.example/a",
                "claimReviewed": "<br>",
                "reviewRating": {"alternateName": "Faux"},
            }
        )
        + "\n",
        encoding="utf-8",
    )
    bad = import_sources(store.conn, [str(only)])
    assert bad.failed == 1 and "only markup" in bad.failures[0].reason
    # As an import before stop 38 stored it: markup kept, UTF-8 read as Latin-1.
    old = "Le pont-levis de <b>Quérande</b> a été <img src=x onerror=f()>démonté".encode().decode("cp1252")
    store.conn.execute(
        "INSERT INTO fact_checks(url, claim_reviewed, reviewer, imported_at) VALUES (?, ?, ?, ?)",
        ("https://invented-checker.example/2026/pont-levis", old, "VÃ©rif", "2026-01-01T00:00:00Z"),
    )
    store.conn.commit()
    from newsloupe.factchecks.match import memory_key

    before = memory_key(store.conn)
    report = import_sources(store.conn, [str(page)])
    assert (report.imported, report.duplicates, report.updated) == (0, 1, 1)
    # the rewrite changes the memory's key (count and largest id stay): a long-lived process reloads it
    after = memory_key(store.conn)
    assert after[:2] == before[:2] and after != before
    row = review_by_url(store.conn, "https://invented-checker.example/2026/pont-levis")
    assert row is not None and row["claim_reviewed"] == "Le pont-levis de Quérande a été démonté"
    assert row["reviewer"] == "Vérif Équipe test"
    hits = reviews(store.conn, q="Querande demonte")
    assert [h["url"] for h in hits] == ["https://invented-checker.example/2026/pont-levis"]
    again = import_sources(store.conn, [str(page)])
    assert (again.duplicates, again.updated) == (1, 0)
    assert memory_key(store.conn) == after
