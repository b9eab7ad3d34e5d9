"""Plain-text ingestion: exact decoding, layout, clear errors."""

from __future__ import annotations

import pytest

from newsloupe import errors
from newsloupe.errors import BadInput
from newsloupe.ingest import iter_items
from newsloupe.ingest.captions import find_credit
from newsloupe.ingest.text import decode_bytes, parse_text


def test_layout_of_a_seed_like_article(fictional_fr: str) -> None:
    art = parse_text(fictional_fr, article_id="t1")
    assert art.text == fictional_fr
    assert art.title == "Lusiane : des drones survolent le port de Valmer"
    assert [c.attrs.credit for c in art.captions] == ["AFP", "Reuters"]
    assert art.source_line is not None and art.source_line.text == "SOURCE : HORIZON LIBRE"
    assert art.outlet == "Horizon Libre"
    roles = [p.label for p in art.paragraphs]
    assert roles == ["meta", "title", "caption", "caption", "body", "body", "body", "body", "boilerplate", "source"]
    # line numbers count blank lines, as SemEval's paragraph labels do
    assert [p.attrs.line for p in art.paragraphs][:4] == [1, 3, 5, 6]
    assert "Partager" not in art.body and "Reuters" not in art.body
    for p in art.paragraphs:
        assert art.text[p.start : p.end].strip() == art.text[p.start : p.end]


def test_offsets_refer_to_crlf_input_exactly() -> None:
    text = "Titre du jour\r\n\r\nPremier paragraphe.\r\n\r\nSecond paragraphe ici.\r\n"
    art = parse_text(text, article_id="crlf")
    assert art.text == text
    assert [art.text[p.start : p.end] for p in art.paragraphs] == [
        "Titre du jour",
        "Premier paragraphe.",
        "Second paragraphe ici.",
    ]
    assert [p.attrs.line for p in art.paragraphs] == [1, 3, 5]


def test_cp1252_french_is_decoded() -> None:
    raw = "Le député a évoqué la réforme : « Ça suffit », a-t-il lancé à Besançon.".encode("cp1252")
    assert decode_bytes(raw, source="x.txt").startswith("Le député a évoqué")


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", errors.E_EMPTY), (b"   \n\n ", errors.E_EMPTY), (b"\x00\x01\x02binary\x00" * 50, errors.E_BINARY)],
)
def test_bad_bytes_give_one_clear_error(data: bytes, code: str) -> None:
    with pytest.raises(BadInput) as info:
        decode_bytes(data, source="bad.txt")
    assert info.value.code == code
    assert str(info.value).startswith("bad.txt: ")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Un pont à Mossoul en 2017. ©Reuters", "Reuters"),
        ("A market in Aleppo (AFP photo)", "AFP"),
        ("Le port de Valmer. Photo : Agence Nordpresse", "Agence Nordpresse"),
        ("Une foule à Lusiane (Credit: Meridian Wire/J. Doe)", "Meridian Wire/J. Doe"),
        ("Le maire en 2019 (archives)", None),
    ],
)
def test_caption_credits(caption: str, credit: str | None) -> None:
    assert find_credit(caption) == credit


def test_batch_records_each_bad_item_and_goes_on(tmp_path) -> None:
    (tmp_path / "good.txt").write_text("Un titre\n\nUn paragraphe de texte ordinaire.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    items = list(iter_items([str(tmp_path), str(tmp_path / "missing.txt")]))
    by_name = {it.source.rsplit("/", 1)[-1]: it for it in items}
    assert by_name["good.txt"].ok
    assert by_name["empty.txt"].error.code == errors.E_EMPTY
    assert by_name["binary.txt"].error.code == errors.E_BINARY
    assert by_name["missing.txt"].error.code == errors.E_NOT_FOUND


def test_oversized_file_is_refused_before_reading(tmp_path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    (item,) = list(iter_items([str(big)]))
    assert item.error is not None and item.error.code == errors.E_TOO_LARGE


def test_a_dated_byline_dates_the_article_where_it_stands() -> None:
    # (before stop 41 "By X, Outlet, September 26, 2018" gave authors with the date in them and no publication
    # date, and one further down, as in a repost, was not read)
    art = parse_text(
        "Mill workers protest as the last factory of Elmbrook closes\n\n"
        "By Jane Quillon, Valley Courier, September 26, 2018:\n"
        "The mill closed on Tuesday. The workers protested on the street for the whole day.\n",
        article_id="byline",
    )
    assert art.published == "2018-09-26" and art.authors == ["Jane Quillon", "Valley Courier"]
    art = parse_text(
        "Another Union Town Loses Its Mill\n\n"
        "The reposting blog says the closure was planned long ago. Readers will remember the strike.\n"
        "Different rules for the mill owners.\n"
        "By Jane Quillon, Valley Courier, September 26, 2018:\n"
        "The mill closed on Tuesday. The workers protested on the street for the whole day.\n",
        article_id="repost",
    )
    assert art.published == "2018-09-26"
