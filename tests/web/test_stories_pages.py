"""Stories, claims and the source graph through real HTTP (API and pages) on the analysed samples."""

from __future__ import annotations

from typing import Any


def _biggest_story(client: Any) -> dict[str, Any]:
    r = client.get("/api/stories?per_page=200")
    assert r.status_code == 200
    stories = r.json()["stories"]
    assert stories and all(s["articles"] for s in stories)
    return max(stories, key=lambda s: (len(s["articles"]), -s["story"]))


def test_story_api_and_timeline_page(client: Any) -> None:
    top = _biggest_story(client)
    r = client.get(f"/api/stories/{top['story']}")
    doc = r.json()
    assert r.status_code == 200 and doc["ok"] and doc["articles"] == top["articles"]
    assert {"items", "claims", "graph"} <= set(doc)
    page = client.get(f"/stories/{top['story']}?lang=en")
    assert page.status_code == 200
    html = page.text
    assert 'id="timeline"' in html and "<svg" in html
    assert f"· {len(doc['articles'])} articles</p>" in html  # not "2 Articles"
    assert html.count('class="mark') == sum(1 for it in doc["items"] if it["published"])
    assert f'href="/api/stories/{top["story"]}"' in html
    listing = client.get("/stories?lang=fr")
    assert listing.status_code == 200 and "Sujets" in listing.text


def test_claims_api_and_claim_page(client: Any) -> None:
    r = client.get("/api/claims?min_articles=1&per_page=200")
    claims = r.json()["claims"]
    assert r.status_code == 200 and claims
    cid = claims[0]["claim"]
    doc = client.get(f"/api/claims/{cid}").json()
    assert len(doc["occurrences"]) >= 2
    occ = doc["occurrences"][0]
    art = client.get(f"/api/articles/{occ['article_id']}").json()
    assert art["analysis"]["text"][occ["start"] : occ["end"]] == occ["text"]
    page = client.get(f"/claims/{cid}?lang=en")
    assert page.status_code == 200
    assert page.text.count('<li class="occurrence') == len(doc["occurrences"])
    assert page.text.count("first-seen") == 1
    listing = client.get("/claims?lang=en")
    assert listing.status_code == 200 and "read them as leads" in listing.text
    assert "read them as leads" in page.text  # the claim page says it too
    recurring = client.get("/api/claims").json()["claims"]  # found in two articles: the article panel lists them
    assert recurring
    first = recurring[0]["occurrences"][0]
    art_page = client.get(f"/articles/{first['article_id']}?lang=en")
    assert f'href="/claims/{recurring[0]["claim"]}"' in art_page.text
    assert "read them as leads" in art_page.text  # the article's panel says it as the CLI does


def test_graph_and_article_links(client: Any) -> None:
    g = client.get("/api/graph").json()
    assert g["ok"] and g["edges"] and all(e["count"] >= 1 for e in g["edges"])
    page = client.get("/graph?lang=en")
    assert page.status_code == 200 and page.text.count('<line class="edge"') == min(40, len(g["edges"]))
    top = _biggest_story(client)
    aid = client.get(f"/api/stories/{top['story']}").json()["items"][0]["id"]
    art = client.get(f"/articles/{aid}")
    assert f'href="/stories/{top["story"]}"' in art.text


def test_unknown_story_and_claim_are_404_in_the_error_shape(client: Any) -> None:
    for url in ("/api/stories/999999", "/api/claims/999999"):
        r = client.get(url)
        assert r.status_code == 404
        body = r.json()
        assert body["ok"] is False and body["status"] == 404 and body["errors"]
    assert client.get("/stories/999999").status_code == 404
