"""A run of quotations after a label's colon, joined as a list, names titles (sessions, films, talks): no one's
words. A speaker's colon before quotations that hold statements keeps them his. Sentences invented for these
tests (fictional places, festivals and people)."""

from tests.attribution.conftest import contents


def test_a_run_of_titles_after_a_label_colon_is_no_ones_words(fr):
    # (before: each title of three words or more was a quotation with no source)
    _, atts = fr(
        "Parmi les ateliers du salon de Brumecourt : « Tailler les vieux pommiers » "
        "« Qui mange les cerises du verger ? » ou encore « Les abeilles des toits plats »."
    )
    said = [c for a in atts for c in contents(a)]
    assert not any("pommiers" in c or "cerises" in c or "abeilles" in c for c in said), said


def test_quotations_after_a_speakers_colon_stay_his_words(fr):
    # negative: statements with a finite verb, joined by « et », after a cue's colon
    _, atts = fr(
        "Le maire de Brumecourt, Octave Lerlin, a tranché : « Le salon restera gratuit » et "
        "« Les exposants paieront moins cette année »."
    )
    said = [c for a in atts for c in contents(a)]
    assert "Le salon restera gratuit" in said, said
    assert "Les exposants paieront moins cette année" in said, said
