"""The stories and claims pages link the JSON that lists what they show (review 46a): the stories of several
articles and the recurring claims, as many as one page of the API holds, not only its first 50."""

from __future__ import annotations

import html
import re
from typing import Any

from newsloupe.web.deps import MAX_PER_PAGE, paged


def _twin(page_html: str) -> str:
    found = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)"', page_html)
    assert found is not None
    return html.unescape(found.group(1))


def test_the_stories_page_links_the_stories_it_lists(client: Any) -> None:
    page = client.get("/stories?lang=en")
    twin = _twin(page.text)
    assert twin == f"/api/stories?min_articles=2&per_page={MAX_PER_PAGE}"
    doc = client.get(twin).json()
    assert doc["stories"] and all(len(s["articles"]) >= 2 for s in doc["stories"])
    assert all(f'href="/stories/{s["story"]}"' in page.text for s in doc["stories"])


def test_the_claims_page_links_the_claims_it_lists(client: Any) -> None:
    page = client.get("/claims?lang=en")
    twin = _twin(page.text)
    assert twin == f"/api/claims?per_page={MAX_PER_PAGE}"
    doc = client.get(twin).json()
    assert doc["claims"] and doc["total"] == len(doc["claims"])
    assert all(f'href="/claims/{c["claim"]}"' in page.text for c in doc["claims"])


def test_one_page_of_a_list() -> None:
    ids = list(range(1, 8))
    assert paged(ids, 1, 3) == [1, 2, 3]
    assert paged(ids, 3, 3) == [7]
    assert paged(ids, 4, 3) == []
