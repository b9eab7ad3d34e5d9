"""The article page's "Recurring claims in this article" shows the article's own sentence of each claim, linked
to the claim, not the claim's first occurrence in another article (user s42, section 2; fixb42; invented text)."""

from __future__ import annotations

from pathlib import Path

from newsloupe.store import Store
from newsloupe.store.stories import article_links

TEXTS = {
    "gazette": "The mill of Varnel will close in June, the mayor said.",
    "courrier": "Le moulin de Varnel fermera en juin, selon le maire.",
}


def test_the_panel_shows_this_articles_own_sentence_of_the_claim(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = store.conn
        for n, (doc, text) in enumerate(TEXTS.items(), start=1):
            c.execute(
                "INSERT INTO articles(id, doc_id, content_hash, text, meta, ingested_at) VALUES (?, ?, ?, ?, '{}', ?)",
                (n, doc, f"h{n}", text, "2031-05-04"),
            )
        # the claim's text is its first occurrence: the English article's sentence
        c.execute("INSERT INTO claims(id, first_occurrence, text) VALUES (5, 1, ?)", (TEXTS["gazette"],))
        for n, text in enumerate(TEXTS.values(), start=1):
            c.execute(
                'INSERT INTO statements(article_id, claim_id, start, "end", text, kind, vec)'
                " VALUES (?, 5, 0, ?, ?, ?, ?)",
                (n, len(text), text, "unsourced", b""),
            )
        c.commit()
        french = article_links(c, 2)["claims"]
        english = article_links(c, 1)["claims"]
    assert [x["id"] for x in french] == [5]
    assert french[0]["text"] == TEXTS["courrier"] and french[0]["claim_text"] == TEXTS["gazette"]
    assert english[0]["text"] == TEXTS["gazette"]
