"""POST /api/analyze on hostile bodies: every request gets an analysis or the one error shape."""

from __future__ import annotations

import pytest

from tests.web.conftest import FICTIONAL_EN
from tests.web.test_api import assert_error


def test_text_with_a_lone_surrogate_is_analysed(make_client, db_copy) -> None:
    client = make_client(db_copy)
    body = '{"text": ' + '"Lone \\ud800 surrogate.\\n\\n' + FICTIONAL_EN.replace("\n", "\\n").replace('"', '\\"') + '"}'
    resp = client.post("/api/analyze", content=body.encode(), headers={"content-type": "application/json"})
    assert resp.status_code == 201, resp.text
    assert resp.json()["analysis"]["text"].startswith("Lone \ufffd surrogate.")


@pytest.mark.parametrize("body", [{"text": 12}, {"html": ["x"]}, {}, {"text": "x", "url": "http://127.0.0.1:1/"}])
def test_wrong_types_are_one_error(make_client, db_copy, body) -> None:
    assert_error(make_client(db_copy).post("/api/analyze", json=body), 422, "NL-E010")


def test_an_exception_in_ingestion_is_an_error_naming_the_input(make_client, db_copy, monkeypatch) -> None:
    import newsloupe.web.loupe as app_mod

    def broken(sub, *, allow_private):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(app_mod, "to_article", broken)
    doc = assert_error(make_client(db_copy).post("/api/analyze", json={"text": FICTIONAL_EN}), 500, "NL-E014")
    assert "RuntimeError: reader bug" in doc["error"]
    assert doc["errors"][0]["input"] == "the submitted article"


def test_an_exception_in_the_parse_is_an_error_and_the_server_goes_on(make_client, db_copy, monkeypatch) -> None:
    import newsloupe.nlp as nlp_mod

    client = make_client(db_copy)
    real = nlp_mod._pipe

    def flaky(nlp, pieces):  # spaCy's calls (an analysis parses through nlp.parse_many)
        if any("Ostrel" in p for p in pieces):
            raise ValueError("parser bug")
        return real(nlp, pieces)

    monkeypatch.setattr(nlp_mod, "_pipe", flaky)
    doc = assert_error(client.post("/api/analyze", json={"text": FICTIONAL_EN + "\nOstrel.\n"}), 500, "NL-E014")
    assert "ValueError: parser bug" in doc["error"] and doc["errors"][0]["input"] == "pasted text"
    ok = client.post("/api/analyze", json={"text": FICTIONAL_EN + "\nMirande.\n"})
    assert ok.status_code == 201, ok.text
