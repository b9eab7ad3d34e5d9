"""French attributions, stop 50 (branch attr50): what the rules missed or found wrongly on the readable real sets
(a passive's agent the parser labelled a modifier, the reader addressed as « vous »), on text invented for these
tests (fictional towns and people)."""

from newsloupe.attribution.doc import AttributionDoc
from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.attribution.rules import Found, find_attributions
from newsloupe.ingest.layout import Part, build_article
from newsloupe.nlp import parse
from tests.attribution.conftest import analyse


def _misread(sentence: str, word: str, label: str = "obl:mod") -> tuple[AttributionDoc, list[Found]]:
    """``sentence`` parsed, the dependency label of ``word`` set to ``label`` (as the parser gives it on some real
    sentences), then read by the rules: (the working document, the attributions found)."""
    parsed = parse(build_article("t", [Part("body", sentence)], language="fr"))
    doc = parsed.doc
    doc.user_data.clear()  # (the token table is built again from the labels set below)
    hits = [t for t in doc if t.text == word]
    assert hits, word
    hits[0].dep_ = label
    found, d = find_attributions(doc, get_lexicon("fr"), parsed.article.text)
    return d, found


def test_a_passive_s_par_modifier_is_read_as_its_agent():
    # « par X » after a passive participle labelled a modifier (obl:mod: « est contestée notamment par X » in a
    # real article): read as the agent, the passive theme its content (before: no source, no content)
    sentence = "Mais la date du 12 mai est contestée notamment par Claire Dumoulin."
    d, found = _misread(sentence, "Claire")
    assert d.dep[d.tok.index("Claire")] == "obl:agent"
    (f,) = found
    assert sentence[f.content[0][0] : f.content[0][1]] == "la date du 12 mai"
    assert sentence[f.source[0] : f.source[1]] == "Claire Dumoulin"


def test_a_bare_participle_s_par_modifier_is_read_as_its_agent():
    # « un projet voulu par X » with « par X » labelled nmod: the agent of the participle qualifying the noun
    d, _ = _misread("Le maire défend un projet de digue décidé par le conseil régional.", "conseil", "nmod")
    assert d.dep[d.tok.index("conseil")] == "obl:agent"


def test_par_example_is_no_agent():
    # guard: « par exemple » after a passive participle names no one
    d, _ = _misread("La réforme a été critiquée par exemple à Valbrune.", "exemple")
    assert d.dep[d.tok.index("exemple")] == "obl:mod"


def test_an_active_participle_s_par_keeps_its_label():
    # guard: « a voyagé par le train »: a tense auxiliary, no passive, no agent
    d, _ = _misread("Paul Verdier a voyagé par le train de nuit jusqu'à Valbrune.", "train")
    assert d.dep[d.tok.index("train")] == "obl:mod"


def test_the_reader_s_vous_with_a_verb_of_noticing_reports_nothing():
    # (before: « Vous » the source of what the reader noticed)
    _, atts = analyse(["Vous avez remarqué que le maire de Valbrune a changé d'avis sur la digue."], "fr")
    assert not atts


def test_the_reader_s_vous_with_a_verb_of_asking_still_reports():
    # guard: « vous nous demandez si … » (the outlet answering its readers' question) is the readers' question
    _, atts = analyse(["Vous nous demandez si la digue de Valbrune tiendra cet hiver."], "fr")
    assert [a["source"]["text"] for a in atts] == ["Vous"]
