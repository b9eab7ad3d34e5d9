"""The stop-46 user's API faults (the lead's branch lead46): /api/stories and /api/claims page as /api/articles
does, the article list gives the id the commands print."""

from __future__ import annotations

from typing import Any


def test_stories_and_claims_come_a_page_at_a_time_with_their_total(client: Any) -> None:
    every = client.get("/api/stories?per_page=200").json()
    assert every["total"] == len(every["stories"]) >= 3
    first = client.get("/api/stories?per_page=2").json()
    second = client.get("/api/stories?per_page=2&page=2").json()
    assert (first["page"], first["per_page"], first["total"]) == (1, 2, every["total"])
    assert [s["story"] for s in first["stories"] + second["stories"]] == [s["story"] for s in every["stories"][:4]]
    claims = client.get("/api/claims?min_articles=1&per_page=200").json()
    one = client.get("/api/claims?min_articles=1&per_page=1&page=2").json()
    assert claims["total"] == len(claims["claims"]) >= 2
    assert [c["claim"] for c in one["claims"]] == [claims["claims"][1]["claim"]] and one["total"] == claims["total"]
    past = client.get(f"/api/claims?min_articles=1&per_page=50&page={claims['total'] + 1}").json()
    assert past["claims"] == [] and past["total"] == claims["total"]
    assert client.get("/api/stories?per_page=0").status_code == 422


def test_the_article_list_gives_the_id_the_commands_print(client: Any) -> None:
    rows = client.get("/api/articles?per_page=5").json()["articles"]
    assert len(rows) == 5 and all(r["doc_id"] for r in rows)
    one = client.get(f"/api/articles/{rows[0]['doc_id']}").json()
    assert one["id"] == rows[0]["id"] and one["article"]["doc_id"] == rows[0]["doc_id"]
