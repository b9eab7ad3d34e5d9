"""Submissions through the API and the form: the forced language, refusals that store nothing,
error messages worded for the web (the UI's language, no CLI flag). Invented text throughout."""

from __future__ import annotations

import gzip
import sqlite3

import pytest

from newsloupe.errors import BadInput
from newsloupe.ingest import gunzip
from newsloupe.ingest.url import check_url
from newsloupe.lang import ENCODER_ONLY_LANGUAGES, load_data
from newsloupe.web.i18n import Translator
from newsloupe.web.messages import api_message, ui_message
from tests.web.conftest import FICTIONAL_EN
from tests.web.test_api import assert_error

# Invented Spanish news text: newsloupe gives Spanish only the reduced analysis.
SPANISH = (
    "El puerto de Valmer cierra por la huelga\n"
    "\n"
    "Los estibadores del puerto de Valmer dejaron de trabajar el jueves por la mañana, según el sindicato "
    "de los puertos, que pide un aumento de los salarios para todos los trabajadores de la ciudad.\n"
    "\n"
    "El gobierno dijo que las negociaciones empezarán de nuevo el lunes en Madrid con los representantes "
    "de las empresas y de los trabajadores del puerto.\n"
)


def _count(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_the_api_honours_lang_and_a_refusal_stores_nothing(make_client, db_copy) -> None:
    client = make_client(db_copy)
    before = _count(db_copy)
    doc = assert_error(client.post("/api/analyze", json={"text": SPANISH}), 400, "NL-E006")
    assert '"lang": "es"' in doc["error"] and "--lang" not in doc["error"]
    assert doc["errors"][0]["message"] == doc["error"]
    assert _count(db_copy) == before  # the refused text is not stored
    resp = client.post("/api/analyze", json={"text": SPANISH, "lang": "es"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["analysis"]["language"] == "es" and body["analysis"]["language_source"] == "given"
    assert body["article"]["language"] == "es"
    assert _count(db_copy) == before + 1


def test_the_api_lang_forces_a_supported_language_too(make_client, db_copy) -> None:
    resp = make_client(db_copy).post("/api/analyze", json={"text": FICTIONAL_EN, "lang": "fr"})
    assert resp.status_code == 201, resp.text
    assert resp.json()["analysis"]["language"] == "fr"


def test_an_empty_text_and_truncated_json_say_what_is_wrong(make_client, db_copy) -> None:
    client = make_client(db_copy)
    doc = assert_error(client.post("/api/analyze", json={"text": ""}), 422, "NL-E010")
    assert "the text is empty" in doc["error"]
    bad = client.post("/api/analyze", content=b'{"text": "Le po', headers={"content-type": "application/json"})
    doc = assert_error(bad, 422, "NL-E010")
    assert doc["error"].startswith("the request body is not valid JSON (at character")
    assert doc["errors"][0]["field"] is None


def test_the_form_offers_the_reduced_languages_and_words_errors_in_the_ui_language(make_client, db_copy) -> None:
    client = make_client(db_copy)
    home = client.get("/?lang=fr").text
    assert '<option value="es"' in home and "espagnol" in home and '<option value="zh"' in home
    # (no reduced language has date patterns: the group does not promise dates)
    assert '<optgroup label="Analyse réduite (lieux, affirmations déjà vérifiées)">' in home
    assert not [code for code in ENCODER_ONLY_LANGUAGES if load_data(code, "dates")]
    before = _count(db_copy)
    fr = client.post("/analyse?lang=fr", data={"text": SPANISH}, headers={"origin": "http://127.0.0.1"})
    assert fr.status_code == 400
    assert "choisissez « espagnol »" in fr.text and "--lang" not in fr.text
    assert "Erreur</strong>\u00a0: le texte semble" in fr.text
    en = client.post("/analyse?lang=en", data={"text": ""}, headers={"origin": "http://127.0.0.1"})
    assert "Error</strong>: the text is empty" in en.text
    assert _count(db_copy) == before
    ok = client.post(
        "/analyse?lang=fr", data={"text": SPANISH, "language": "es"}, headers={"origin": "http://127.0.0.1"}
    )
    assert ok.status_code == 303, ok.text
    assert _count(db_copy) == before + 1


def test_a_private_url_is_refused_without_naming_a_cli_flag(make_client, db_copy) -> None:
    client = make_client(db_copy)
    doc = assert_error(client.post("/api/analyze", json={"url": "http://127.0.0.1:1/page"}), 400, "NL-E008")
    assert "non-public address 127.0.0.1" in doc["error"] and "--allow-private" not in doc["error"]
    page = client.post(
        "/analyse?lang=fr", data={"url": "http://127.0.0.1:1/page"}, headers={"origin": "http://127.0.0.1"}
    )
    assert page.status_code == 400
    assert "adresse non publique (127.0.0.1)" in page.text and "--allow-private" not in page.text


def test_a_text_of_symbols_is_refused_in_the_ui_language(make_client, db_copy) -> None:
    client = make_client(db_copy)
    symbols = "[[ ]] {{ }} 12 // 34 ## " * 200
    fr = client.post("/analyse?lang=fr", data={"text": symbols}, headers={"origin": "http://127.0.0.1"})
    assert fr.status_code == 400
    assert "le texte ne contient presque aucun mot" in fr.text and "almost no words" not in fr.text
    doc = assert_error(client.post("/api/analyze", json={"text": symbols}), 400, "NL-E005")
    assert doc["error"].startswith("the text holds almost no words (0 letters in 4800 characters)")


def test_size_and_fetch_errors_are_worded_for_the_web(monkeypatch) -> None:
    monkeypatch.setenv("NEWSLOUPE_MAX_BYTES", "100")
    with pytest.raises(BadInput) as big:
        gunzip(gzip.compress(b"Le conseil de Brelande a vote. " * 20), source="page.html.gz")
    assert "NEWSLOUPE_MAX_BYTES" in big.value.message  # the CLI's wording names the setting
    assert ui_message(big.value, Translator("fr")) == "le fichier ou la page dépasse la taille que ce serveur accepte."
    assert api_message(big.value) == "the input is larger than this server accepts"
    with pytest.raises(BadInput) as bad_url:
        check_url("ftp://example.invalid/")
    assert ui_message(bad_url.value, Translator("fr")).startswith("la page de cette adresse n'a pas pu être récupérée")
    assert api_message(bad_url.value) == f"cannot fetch the URL: {bad_url.value.message}"


def test_an_empty_upload_names_the_file_in_the_ui_language(make_client, db_copy) -> None:
    """An empty or blank file chosen in the form is refused naming it (it was told "the text is empty: paste an
    article…", as if no file were chosen: a user's fault at stops 39 and 40)."""
    client = make_client(db_copy)
    before = _count(db_copy)
    origin = {"origin": "http://127.0.0.1"}
    fr = client.post("/analyse?lang=fr", files={"file": ("vide.txt", b"", "text/plain")}, headers=origin)
    assert fr.status_code == 400
    assert "le fichier « vide.txt » est vide" in fr.text
    en = client.post("/analyse?lang=en", files={"file": ("blank.txt", b"  \n ", "text/plain")}, headers=origin)
    assert en.status_code == 400 and "the file &#39;blank.txt&#39; is empty" in en.text
    assert _count(db_copy) == before


def test_a_bad_search_filter_is_a_4xx_worded_in_the_ui_language(make_client, db_copy) -> None:
    """`/search?since=2022-13` on the French UI: a French message and 422, with or without a query (it was the
    English message of the API with HTTP 200); the API keeps its English message."""
    client = make_client(db_copy)
    for path in ("/search?since=2022-13&lang=fr", "/search?q=port&since=2022-13&lang=fr"):
        page = client.get(path)
        assert page.status_code == 422, path
        assert "« 2022-13 » n&#39;est pas une date acceptée pour « since »" in page.text, path
        assert "is not allowed" not in page.text
    en = client.get("/search?q=port&technique=bogus&lang=en")
    assert en.status_code == 422 and "&#39;bogus&#39; is not a value technique accepts: choose one of" in en.text
    assert client.get("/search?lang=fr").status_code == 200
    doc = assert_error(client.get("/api/search?q=port&since=2022-13"), 422, "NL-E010")
    assert "is not allowed" in doc["error"]
