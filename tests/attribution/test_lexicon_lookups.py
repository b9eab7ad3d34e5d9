"""The lexicon's fast look-ups give what the plain scans gave: role labels (``Lexicon.dep``) and
listed outlet names in a mention (``names_media``)."""

import copy
import dataclasses
import pickle

from newsloupe.attribution.lexicon import get_lexicon
from newsloupe.attribution.source_types import listed_media, names_media
from newsloupe.nlp.tokens import norm


def _scan(text, lex):
    """Every run of one to four words looked up (how ``names_media`` read a mention before)."""
    words = norm(text).replace("-", " ").split()
    names = listed_media(lex)
    return any(" ".join(words[k : k + n]) in names for n in (4, 3, 2, 1) for k in range(len(words) - n + 1))


def test_role_labels_by_look_up_and_none_for_an_unknown_role():
    lex = get_lexicon("fr")
    assert "aux" in lex.dep("aux")
    assert lex.dep("no-such-role") == frozenset()
    for other in (dataclasses.replace(lex, learned={}), pickle.loads(pickle.dumps(lex))):
        assert other.dep("subject") == lex.dep("subject")
        assert other.dep("no-such-role") == frozenset()


def test_a_deep_copy_reads_its_own_role_labels():
    # (before: the copy's ``dep`` still read the original's labels)
    lex = get_lexicon("fr")
    other = copy.deepcopy(lex)
    other.deps["subject"] = frozenset({"invented-label"})
    assert other.dep("subject") == frozenset({"invented-label"})
    assert "invented-label" not in lex.dep("subject")
    assert "nsubj" in lex.dep("subject")


def test_listed_outlet_names_found_as_the_full_scan_finds_them():
    lex = get_lexicon("fr")
    texts = [
        "le quotidien Le Figaro",
        "un reporter de France 24 à Lyon",
        "la France et ses voisins",
        "le Figaro-Magazine",
        "Paul Morvan, maire de Sainte-Aure",
        "",
    ]
    found = [names_media(t, lex) for t in texts]
    assert found == [_scan(t, lex) for t in texts]
    assert found[0] and found[1]
    assert not found[2] and not found[4] and not found[5]


def test_a_mention_asked_again_reads_as_asked_the_first_time():
    from newsloupe.attribution.doc import AttributionDoc
    from newsloupe.attribution.source_types import media_name
    from newsloupe.lab.attribution_gold import line_article
    from newsloupe.nlp import parse

    # invented: a listed outlet and a fictional town, each named twice
    text = "Le Figaro a écrit que Valmer attend. Selon Le Figaro, Valmer attend toujours."
    lex = get_lexicon("fr")
    d = AttributionDoc(parse(line_article("t", text, "fr")).doc, lex, text)
    spans = [(a, a + 2) for a in range(d.n - 1) if d.tok[a] == "Le"] + [
        (a, a + 1) for a in range(d.n) if d.tok[a] == "Valmer"
    ]
    first = [media_name(d, a, b) for a, b in spans]
    assert first == [True, True, False, False]
    assert len(d.media_memo) == 2  # one entry a text, whichever tokens write it
    assert [media_name(d, a, b) for a, b in spans] == first
    d.media_memo.clear()
    assert [media_name(d, a, b) for a, b in spans] == first
