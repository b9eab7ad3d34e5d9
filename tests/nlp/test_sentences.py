"""The sentence guard: no sentence starts where none can (a hyphen, a lower-case word, a title, a closing quote)."""

from __future__ import annotations

from newsloupe.lab.attribution_gold import line_article
from newsloupe.nlp import get_nlp, parse
from newsloupe.nlp.sentences import GUARD_NAME, no_start_reason, sentence_rules

# Written for newsloupe's tests: every name and event is fictional.
HYPHENS = (
    "Le train de Valmer roulait à 300 kilomètres-heure quand le conducteur a freiné. "
    "Les camions-citernes du Royaume-Uni sont arrivés vers midi. M. Dorsaz a parlé."
)


def _sentences(text: str, lang: str = "fr") -> list[str]:
    doc = parse(line_article("t", text, lang)).doc
    return [s.text.strip() for s in doc.sents]


def test_the_guard_sits_before_the_parser() -> None:
    for lang in ("fr", "en"):
        names = get_nlp(lang).pipe_names
        assert names.index(GUARD_NAME) == names.index("parser") - 1


def test_no_sentence_starts_inside_a_hyphenated_word() -> None:
    nlp = get_nlp("fr")
    with nlp.select_pipes(disable=[GUARD_NAME]):  # the parser alone cuts "kilomètres-heure" and "camions-citernes"
        unguarded = [s.text for s in nlp(HYPHENS).sents]
    assert len(unguarded) > 3
    assert _sentences(HYPHENS) == [
        "Le train de Valmer roulait à 300 kilomètres-heure quand le conducteur a freiné.",
        "Les camions-citernes du Royaume-Uni sont arrivés vers midi.",
        "M. Dorsaz a parlé.",
    ]


def test_real_ends_and_line_breaks_still_start_sentences() -> None:
    text = (
        "Incendie au port de Valmer\n"
        "Le feu a pris vers minuit. « Nous avons tout perdu. » Les pompiers sont restés jusqu'au matin.\n"
        "photo : la Gazette de Lusiane\n"
    )
    doc = parse(line_article("t", text, "fr")).doc
    assert doc.text == text
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts == ["Incendie", "Le", "«", "Les", "photo"]


def test_the_rules_say_why() -> None:
    nlp = get_nlp("fr")
    rules = sentence_rules("fr")
    doc = nlp("Selon M. Dorsaz, le port « reste fermé. » Il a ajouté que la Nouvelle-Lusiane attendait.")
    reasons = {t.text: no_start_reason(doc, t, rules) for t in doc}
    assert reasons["Dorsaz"] == "title"
    assert reasons["reste"] == "after-opener"
    assert reasons["»"] == "closer"
    assert reasons["Il"] is None
    assert reasons["port"] == "lower"
    en = get_nlp("en")
    doc = en('Sen. Varga said "we are ready." They left.')
    reasons = {t.i: no_start_reason(doc, t, sentence_rules("en")) for t in doc}
    assert reasons[1] == "title"  # Varga
    assert reasons[3] is None  # the opening quote
    assert reasons[4] == "after-opener"  # we
    assert reasons[8] == "closer"  # the closing quote
    assert reasons[9] is None  # They
    assert [s.text for s in doc.sents] == ['Sen. Varga said "we are ready."', "They left."]


def test_a_quote_opened_after_an_end_starts_the_sentence() -> None:
    text = "Mr. Varga spoke at noon. ''The fund grew fast,'' he declared. ''Even today, the road is long,'' he said."
    en = get_nlp("en")
    with en.select_pipes(disable=[GUARD_NAME]):  # the parser alone starts after the quotes
        assert "''" in [s[-1].text for s in en(text).sents][:-1]
    assert _sentences(text, "en") == [
        "Mr. Varga spoke at noon.",
        "''The fund grew fast,'' he declared.",
        "''Even today, the road is long,'' he said.",
    ]
    fr = "« Nous rentrerons », a-t-elle assuré. « Moi, je rentre. Je retrouve ma ferme », a-t-elle poursuivi."
    nlp = get_nlp("fr")
    with nlp.select_pipes(disable=[GUARD_NAME]):  # the parser alone starts after the second opening quote
        assert [s[0].text for s in nlp(fr).sents] == ["«", "Moi", "Je"]
    assert [s[0].text for s in parse(line_article("t", fr, "fr")).doc.sents] == ["«", "«", "Je"]


def test_the_rules_are_part_of_the_pipeline_version() -> None:
    from newsloupe.batch.worker import pipeline_spec
    from newsloupe.nlp.sentences import rules_fingerprint

    assert len(rules_fingerprint()) == 12
    assert pipeline_spec(("entities",))["sentence_rules"] == rules_fingerprint()


def test_straight_quotes_are_counted_once_per_line() -> None:
    from newsloupe.nlp.sentences import quote_counts

    en = get_nlp("en")
    rules = sentence_rules("en")
    doc = en.make_doc('Ms. Orla said "rain." Then "snow."\nA "third" line.')
    counts = dict(zip((t.i for t in doc), quote_counts(doc, rules), strict=True))
    assert [(t.text, counts[t.i]) for t in doc if t.text == '"'] == [
        ('"', 0),
        ('"', 1),
        ('"', 2),
        ('"', 3),
        ('"', 0),
        ('"', 1),
    ]
    assert counts[doc[-1].i] == 2  # the final period, after the second line's two quotes
    closing = [t for t in doc if t.text == '"'][1]
    assert no_start_reason(doc, closing, rules) == "closer"
    assert no_start_reason(doc, closing, rules, quote_counts(doc, rules)) == "closer"


def test_the_lab_counts_starts_and_skips_an_empty_set(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsloupe.lab import sentence_starts

    sets = {"empty": [], "one": [("a", HYPHENS, "fr")]}
    monkeypatch.setattr(sentence_starts, "_sets", lambda factchecks=False: sets)
    lines = sentence_starts.count()
    assert lines[0] == "empty: no articles"
    assert lines[1] == "one: 1 articles, 1 with other sentences"
    assert lines[3].startswith("  starts with the guard:    2 ")


def test_sentence_bounds_are_the_parse_sentences_read_once() -> None:
    from newsloupe.nlp.tokens import sentence_bounds

    doc = parse(line_article("t", HYPHENS, "fr")).doc
    bounds = sentence_bounds(doc)
    assert bounds == [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    assert len(bounds) == 3
    assert sentence_bounds(doc) is bounds  # kept with the doc: the analyzers that read them share one list


def test_a_period_glued_to_a_code_ends_the_sentence_and_a_month_abbreviation_does_not() -> None:
    """ "du réseau 5G. Selon lui" (the tokenizer glues the period to "5G", the parser went on): a capitalised word
    after such a token starts a sentence (``glued_end``); "an Aug. 25-26 visit" is one sentence (the month
    abbreviations of ``no_start_after``), and so is "Gen. Varn" (a title)."""
    assert _sentences("Le ministre a parlé du réseau 5G. Selon lui, il est sûr.") == [
        "Le ministre a parlé du réseau 5G.",
        "Selon lui, il est sûr.",
    ]
    assert _sentences("The mayor praised the 5G. Critics of the Varn mast say it is unsafe.", "en") == [
        "The mayor praised the 5G.",
        "Critics of the Varn mast say it is unsafe.",
    ]
    assert sentence_rules("en").no_start_after >= {"Aug.", "Sept.", "Oct.", "Dec."}
    one = "The vote in Dorvane was moved to Sept. 3 after Gen. Varn spoke to the council."
    assert _sentences(one, "en") == [one]
