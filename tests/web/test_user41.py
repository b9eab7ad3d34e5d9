"""A new user's faults on the pages (stop 41), through real HTTP: the count of unsourced assertions was printed as a
fact ("Unsourced assertions 0") while the reading finds only some of them (README: English 6/18); every place that
shows the count now says it comes from a partial reading, in French and in English."""

from __future__ import annotations

import html
import re
from typing import Any

# Invented: a short English report whose every statement is attributed.
QUOTED_EN = (
    "Ferry service to Orlanne resumes\n\n"
    "The ferry to Orlanne will run again on Monday, the Tessary harbour office said on Friday.\n\n"
    '"The new hull passed every test," said Mira Delvane, the office\'s director.\n'
)

HINTS = {
    "en": ("partial reading", "A low count, even 0, does not mean the article has none."),
    "fr": ("lecture partielle", "Un compte faible, même 0, ne veut pas dire que l'article n'en a pas."),
}


def test_the_unsourced_count_says_it_comes_from_a_partial_reading(client: Any) -> None:
    resp = client.post("/api/analyze", json={"text": QUOTED_EN})
    assert resp.status_code in (200, 201), resp.text
    aid = resp.json()["id"]
    for lang, (short, sentence) in HINTS.items():
        page = client.get(f"/articles/{aid}?lang={lang}")
        assert page.status_code == 200
        text = html.unescape(page.text)
        # the sourcing panel's count, with its hint beside it (and the whole sentence on hover)
        row = re.search(r"<li><span>[^<]*</span><strong title=\"([^\"]*)\">(\d+) <small[^>]*>\(([^)]*)\)</small>", text)
        assert row is not None, lang
        assert row.group(1).endswith(sentence) and row.group(3) == short
        # the section listing them says it too, even when it lists none
        section = text[text.index('id="assertions"') :]
        section = section[: section.index("</section>")]
        assert sentence in section
        for url in ("/articles", "/corpus", "/corpus/chart?metric=unsourced_per_article"):
            other = client.get(f"{url}{'&' if '?' in url else '?'}lang={lang}")
            assert other.status_code == 200 and sentence in html.unescape(other.text), (url, lang)
