"""The attribution speed benchmark runs (``newsloupe bench attribution``)."""


def test_speed_benchmark_runs():
    from newsloupe.lab.bench.attribution_speed import run

    r = run(limit=2)
    assert r["articles"] == 2 and r["parse_seconds"] > 0 and r["ratio"] >= 0
