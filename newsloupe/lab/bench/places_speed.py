"""How much places and dates add to the spaCy parse: ``python -m newsloupe.lab.bench.places_speed [--runs N]``.

Times, on a sample article written for this benchmark and on the seed article
when ``../shared/gold`` is present: the spaCy parse (``newsloupe.nlp.parse``,
which also parses foreign-language captions), then the ``places`` and
``dates`` analyzers on that parse (entities computed once, not counted). Each
figure is the median of ``--runs`` warm runs; the one-off costs (gazetteer
build or open, first lookups) are printed apart. The target is places + dates
<= 15 % of the parse.
"""

from __future__ import annotations

import argparse
import time

from newsloupe.analyzers import get_analyzer
from newsloupe.geo.gazetteer import gazetteer_path, get_gazetteer
from newsloupe.ingest.language import detect_language
from newsloupe.ingest.text import parse_text
from newsloupe.lab.bench import SEED, median_time
from newsloupe.model import Analysis, Article
from newsloupe.nlp import parse

# Written for this benchmark (fictional events, real place names).
SAMPLE_FR = (
    "Sahel : Bamako et Niamey renforcent leur coopération\n\n"
    "Des soldats maliens patrouillent près de Gao, dans le nord du Mali, le 3 mars 2023. (AFP photo)\n\n"
    "Les ministres de la Défense du Mali et du Niger se sont retrouvés mardi à Niamey pour signer un accord "
    "de coopération militaire, a annoncé la présidence nigérienne.\n\n"
    "Selon un communiqué, les deux pays prévoient des patrouilles conjointes dans la région de Tillabéri et "
    "autour de Ménaka, où plusieurs attaques ont eu lieu la semaine dernière.\n\n"
    "Il y a trois jours, le gouvernement malien avait accusé Paris de soutenir des groupes armés, ce que le "
    "Quai d'Orsay a démenti. La France a retiré ses derniers soldats du Mali en août 2022.\n\n"
    "À Ouagadougou, les autorités du Burkina Faso ont salué l'accord. Une réunion est prévue à Abidjan, en "
    "Côte d'Ivoire, le 12 avril, puis à Dakar avant la fin de l'année.\n\n"
    "Partager cet article\n"
)


def bench_article(name: str, article: Article, runs: int) -> dict[str, float]:
    """Time the parse and the places + dates analyzers on one article; print and return the figures."""
    article = detect_language(article)
    parsed = parse(article)
    analysis = Analysis.model_validate(article.model_dump())
    entities = get_analyzer("entities").func(parsed, analysis)
    analysis.spans = analysis.spans.model_copy(update=entities)
    places, dates = get_analyzer("places").func, get_analyzer("dates").func
    t = time.perf_counter()
    places(parsed, analysis)
    first = time.perf_counter() - t
    t_parse = median_time(lambda: parse(article), runs)
    gaz = get_gazetteer()

    def places_cold() -> None:
        gaz.clear_cache()  # as for an article whose names the process has not looked up yet
        places(parsed, analysis)

    t_places = median_time(places_cold, runs)
    t_warm = median_time(lambda: places(parsed, analysis), runs)
    t_dates = median_time(lambda: dates(parsed, analysis), runs)
    share = (t_places + t_dates) / t_parse
    found = places(parsed, analysis)["places"]
    print(f"{name}: {len(article.text)} chars, {len(found)} places")
    print(f"  spaCy parse      {t_parse * 1000:8.1f} ms")
    print(
        f"  places           {t_places * 1000:8.1f} ms   (names cached: {t_warm * 1000:.1f} ms; "
        f"first call {first * 1000:.1f} ms)"
    )
    print(f"  dates            {t_dates * 1000:8.1f} ms")
    print(f"  places + dates = {share:.1%} of the parse ({'ok' if share <= 0.15 else 'OVER'} the 15% budget)")
    return {"parse": t_parse, "places": t_places, "dates": t_dates, "share": share}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; RETURNS the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="warm runs per figure (median)")
    args = ap.parse_args(argv)
    path = gazetteer_path()
    verb = "opened" if path.exists() else "built"
    t = time.perf_counter()
    get_gazetteer()
    print(f"gazetteer {verb} in {time.perf_counter() - t:.2f} s: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    bench_article("sample", parse_text(SAMPLE_FR, article_id="sample"), args.runs)
    if SEED.exists():
        bench_article("seed", parse_text(SEED.read_text(encoding="utf-8"), article_id="seed"), args.runs)
    else:
        print("seed: ../shared/gold not here, skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
