"""A caption that is only a credit ("Image via X", "Photo by X") has no words of its own to compare with the body:
no relation is judged, where stop 49 called it "unrelated" (the stop-50 user's fault 12). The page is invented."""

from __future__ import annotations

from newsloupe.analyzers.captions import credit_only
from newsloupe.lang import load_common
from newsloupe.pipeline import analyze

_PAGE = """<html><head><title>Harrowby market reopens</title></head><body><article>
<h1>Harrowby market reopens after the floods</h1>
<figure><img src="a.jpg"><figcaption>Image via Harrowby Picture Agency</figcaption></figure>
<p>The covered market of Harrowby reopened on Tuesday after three weeks of repairs, the mayor said.</p>
<p>Traders said the floods had cost them two months of sales, and the council promised a fund.</p>
<figure><img src="b.jpg"><figcaption>Traders unload crates at the covered market of Harrowby.</figcaption></figure>
<p>The fund will open in March, according to the council's treasurer.</p>
</article></body></html>"""


def test_a_credit_alone_gets_no_relation() -> None:
    caps = {c.text: c.attrs for c in analyze(html=_PAGE).captions}
    credit = caps["Image via Harrowby Picture Agency"]
    assert credit.relation is None and "credit line" in credit.reasons[0]
    assert caps["Traders unload crates at the covered market of Harrowby."].relation == "related"


def test_credit_shapes() -> None:
    cfg = load_common("caption_checks")
    assert credit_only("Photo by Ann Lee", cfg) and credit_only("Image Source: Ann Lee / Harrowby Post", cfg)
    assert not credit_only("Photo: firemen at work in Harrowby", cfg)
    assert not credit_only("Photo of the mayor in Harrowby", cfg)


def test_a_credit_with_an_initial_is_a_credit() -> None:
    cfg = load_common("caption_checks")
    assert credit_only("Photo by A. Lee", cfg) and credit_only("Photo: Harrowby Press.", cfg)
