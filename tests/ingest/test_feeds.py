"""WARC files and RSS/Atom feeds as corpus sources; `newsloupe ingest` over mixed folders."""

from __future__ import annotations

import io
from pathlib import Path

from typer.testing import CliRunner

from newsloupe.cli import app
from newsloupe.ingest.feeds import html_fragment_text, iter_feed, iter_sources, iter_warc
from newsloupe.store import Store

runner = CliRunner()

# Written for these tests: every name and event is invented.
PARAS = [
    "Le conseil régional de Lusiane a adopté mardi un plan de douze millions d'euros pour rouvrir la ligne "
    "ferroviaire entre Valmer et Corlette, fermée depuis quinze ans.",
    "« Cette ligne, c'est le désenclavement de toute la vallée », a déclaré la présidente Maren Quarrie devant "
    "les élus, qui ont voté le texte à une large majorité.",
    "Les premiers trains pourraient circuler à l'automne prochain, selon la direction régionale, qui doit encore "
    "remplacer trois ponts et moderniser la signalisation sur l'ensemble du tracé.",
]
PAGE = (
    "<html><head><title>Lusiane rouvre la ligne Valmer-Corlette</title>"
    '<meta property="og:site_name" content="Info Lusiane"></head><body><article>'
    "<h1>Lusiane rouvre la ligne Valmer-Corlette</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAS)
    + "</article></body></html>"
)


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for uri, status, ctype, body in (
            ("https://info-lusiane.example/ligne", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
            ("https://info-lusiane.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
            ("https://info-lusiane.example/old", "301 Moved Permanently", "text/html", b"<html></html>"),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le Phare du Couchant</title><link>https://phare.example/</link>
<item><title>Lusiane rouvre la ligne</title><link>https://phare.example/ligne?utm_source=rss</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
<content:encoded><![CDATA[{"".join(f"<p>{p}</p>" for p in PARAS)}]]></content:encoded></item>
<item><title>Brève</title><link>https://phare.example/breve</link>
<description>Deux lignes seulement.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Info Lusiane</title>
<entry><title>Corlette attend ses trains</title><link href="https://info-lusiane.example/trains"/>
<updated>2024-03-06T08:00:00Z</updated><author><name>Jonas Pellerin</name></author>
<content type="html">{"".join(f"&lt;p&gt;{p.replace('Valmer', 'Brisanne')}&lt;/p&gt;" for p in PARAS)}</content></entry>
</feed>"""


def test_warc_keeps_html_responses(tmp_path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    items = list(iter_warc(path))
    assert len(items) == 1 and items[0].ok
    art = items[0].article
    assert art.url == "https://info-lusiane.example/ligne"
    assert "Maren Quarrie" in art.text and art.title and "Valmer-Corlette" in art.title


def test_rss_entries_with_content_and_teasers() -> None:
    items = list(iter_feed(RSS.encode(), source="phare.rss"))
    assert [i.ok for i in items] == [True, False]
    art = items[0].article
    assert art.outlet == "Le Phare du Couchant" and art.published == "2024-03-05"
    assert art.url == "https://phare.example/ligne?utm_source=rss"
    assert art.text.startswith("Lusiane rouvre la ligne\n\n") and PARAS[1] in art.text
    assert "--fetch-links" in str(items[1].error) and items[1].error.reason == "no-text"


def test_atom_entry() -> None:
    (item,) = iter_feed(ATOM.encode(), source="info.atom")
    assert item.ok and item.article.authors == ["Jonas Pellerin"] and "Brisanne" in item.article.text


def test_html_fragment_text() -> None:
    assert html_fragment_text("<p>Un.</p><div><p>Deux <b>gras</b>.</p></div>") == "Un.\n\nDeux gras."
    assert html_fragment_text("Texte brut") == "Texte brut"


def test_ingest_a_mixed_folder_stores_each_article_once(tmp_path) -> None:
    src = tmp_path / "src"
    (src / "feeds").mkdir(parents=True)
    _warc(src / "crawl.warc.gz")
    (src / "feeds" / "phare.xml").write_text(RSS, encoding="utf-8")
    (src / "feeds" / "info.atom").write_text(ATOM, encoding="utf-8")
    (src / "page.html").write_text(PAGE, encoding="utf-8")  # the WARC's page again, without URL
    (src / "notes.xml").write_text("<notes><n>pas un flux</n></notes>", encoding="utf-8")
    assert sum(1 for i in iter_sources([str(src)]) if i.ok) == 4
    db = tmp_path / "mixed.db"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert res.exit_code == 1  # the teaser and the non-feed .xml are recorded errors
    assert "2 error(s)" in res.output
    with Store(db) as s:
        rows = s.conn.execute("SELECT url, outlet, dup_group FROM articles ORDER BY id").fetchall()
        errors = dict(s.conn.execute("SELECT source, status FROM ingest_errors"))
    # The HTML page is the WARC page again (same text): stored once. The RSS and Atom
    # copies of the story are near duplicates of it: stored, grouped.
    assert len(rows) == 3
    assert len({r[2] for r in rows}) == 1 and rows[0][2] is not None
    assert sorted(errors.values()) == ["bad-format", "no-text"]
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert "0 new article(s), 4 already stored" in res.output


def test_feed_and_article_urls_on_loopback(tmp_path) -> None:
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            host = f"http://127.0.0.1:{self.server.server_port}"
            if self.path == "/feed":
                body = RSS.replace("https://phare.example/breve", f"{host}/page").encode()
                ctype = "application/rss+xml"
            else:
                body, ctype = PAGE.encode(), "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        items = list(iter_sources([f"{base}/feed"], allow_private=True))
        assert [i.ok for i in items] == [True, False]  # the teaser is not downloaded by default
        items = list(iter_sources([f"{base}/feed", f"{base}/other"], allow_private=True, fetch_links=True))
        assert [i.ok for i in items] == [True, True, True]
        fetched = items[1].article
        assert fetched.url == f"{base}/page" and fetched.title == "Lusiane rouvre la ligne Valmer-Corlette"
        assert items[2].article.url == f"{base}/other"
        assert not next(iter(iter_sources([f"{base}/feed"]))).ok  # loopback refused without --allow-private
    finally:
        server.shutdown()
