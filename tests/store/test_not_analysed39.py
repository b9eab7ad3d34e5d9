"""A language without attribution rules: the text report shows quotations, never a source-type table (fix39, B3)."""

from __future__ import annotations

import io

from rich.console import Console

from newsloupe.pipeline import analyze
from newsloupe.render import render_analysis

TEXT = (
    "Neue Brücke in Brelande\n\n"
    "„Die Brücke wird im Frühjahr fertig, das verspreche ich den Bürgern von Brelande“, sagte der Bürgermeister. "
    "Die Arbeiten sollten schneller gehen, meinen viele Anwohner.\n"
)


def test_a_german_report_does_not_claim_sources_it_did_not_analyse() -> None:
    analysis = analyze(text=TEXT, lang="de", analyzers=["entities", "attributions", "assertions", "sourcing"])
    assert analysis.attributions  # the quotation is found by punctuation
    out = io.StringIO()
    render_analysis(analysis, Console(file=out, width=200))
    report = out.getvalue()
    assert "Quotations found by punctuation only" in report and "not analysed" in report
    assert "Attributions" not in report.replace("no attribution rules", "")
    sourcing = report[report.index("Sourcing") : report.index("Quotations found")]
    assert "none" not in sourcing and "– (not analysed)" in sourcing
