"""How much the persuasion analyzer adds to the spaCy parse: ``newsloupe bench persuasion [--runs N] [--n N]``.

Times, for a sample article written for this benchmark, the seed article
(``../shared/gold``) and up to ``--n`` French SemEval articles when
``../shared`` is present: the spaCy parse (``newsloupe.nlp.parse``) and the
``persuasion`` analyzer on that parse (the encoder's cache of recent texts emptied
before each run). Figures are medians of ``--runs`` warm runs; model loading
(lexical files, encoder weights) is a one-off cost printed apart. The target is
persuasion <= 30 % of the parse.
"""

from __future__ import annotations

import argparse
import time

from newsloupe.lab.bench import SEED, median_time

# Written for this benchmark (an invented opinion piece).
SAMPLE_FR = (
    "Énergie : le grand mensonge des promesses vertes\n\n"
    "Depuis des années, nos dirigeants nous répètent que la transition sera indolore. Qui peut encore y croire ?\n\n"
    "Les factures explosent, les usines ferment, et pendant ce temps les mêmes experts qui se sont trompés sur tout "
    "continuent de pérorer sur les plateaux de télévision.\n\n"
    "Le ministre a déclaré mardi que le plan serait présenté au printemps, après une consultation des régions et "
    "des syndicats. Selon son entourage, le budget atteindrait douze milliards d'euros sur cinq ans.\n\n"
    "Il est temps de dire stop à cette folie. Soit nous reprenons le contrôle de notre énergie, soit nous "
    "deviendrons les esclaves de puissances étrangères.\n\n"
    "Les Français ne sont pas dupes : ils savent que ce gouvernement de technocrates méprise le peuple.\n"
)


def _articles(n: int) -> list[tuple[str, str]]:
    out = [("sample-fr", SAMPLE_FR)]
    if SEED.is_file():
        out.append(("seed", SEED.read_text(encoding="utf-8")))
    from newsloupe.lab.persuasion_data import load_semeval

    docs = load_semeval("fr") or []
    step = max(1, len(docs) // max(1, n)) if docs else 1
    out += [(f"semeval-fr-{d.id}", d.text) for d in docs[::step][:n]]
    return out


def main(argv: list[str] | None = None) -> dict[str, float]:
    from newsloupe.analyzers import get_analyzer
    from newsloupe.ingest.language import detect_language
    from newsloupe.ingest.text import parse_text
    from newsloupe.model import Analysis
    from newsloupe.nlp import Parsed, parse
    from newsloupe.persuasion.model import get_encoder, get_model

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--n", type=int, default=10, help="French SemEval articles to add when ../shared is present")
    args = ap.parse_args(argv)

    func = get_analyzer("persuasion").func
    enc = get_encoder()
    t = time.perf_counter()
    model = get_model()
    for lang in ("fr",):
        model.lexical(lang)
    if model.use_encoder():
        model.encoder_heads()
        get_encoder().encode(["warm up"])  # type: ignore[union-attr]
    print(f"one-off: model load {time.perf_counter() - t:.2f}s (encoder: {'yes' if model.use_encoder() else 'no'})")
    tot_parse = tot_pers = 0.0
    print(f"{'article':24} {'chars':>6} {'parse ms':>9} {'persuasion ms':>14} {'ratio':>6}")
    for name, text in _articles(args.n):
        article = detect_language(parse_text(text, article_id=name), given="fr")
        parse(article)  # warm
        p = median_time(lambda a=article: parse(a), args.runs)
        parsed = parse(article)
        analysis = Analysis.model_validate(article.model_dump())
        func(parsed, analysis)  # warm

        def timed(parsed: Parsed = parsed, analysis: Analysis = analysis) -> None:
            if enc is not None:  # each run embeds afresh, as a new article would
                enc.clear_cache()
            func(parsed, analysis)

        q = median_time(timed, args.runs)
        tot_parse += p
        tot_pers += q
        print(f"{name[:24]:24} {len(text):6} {p * 1000:9.1f} {q * 1000:14.1f} {q / p:6.1%}")
    ratio = tot_pers / tot_parse if tot_parse else 0.0
    print(f"total: persuasion adds {ratio:.1%} to the parse time (target <= 30%)")
    return {"parse": tot_parse, "persuasion": tot_pers, "ratio": ratio}


if __name__ == "__main__":
    main()
