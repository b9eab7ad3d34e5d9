"""French speakers as a reader resolves them (stop 40, a new user's cases). An outlet named in « » right before
its cue ("le « Courrier de Valbrune » reconnaît que …") is the source, of type media, and what it says is the
clause after the cue, not the words before it; it is not a person named in an earlier paragraph. A quotation
inside an earlier cue's reported clause is not a later cue's quotation. A role given to a name after a
coordination ("le maire X et son adjoint Y") is the last conjunct's, and "le numéro un" keeps its numeral and
adjective. Sentences invented for these tests (fictional people, places and papers)."""

from tests.attribution.conftest import by_cue, contents

_EDITORIAL = (
    "Si dans un éditorial publié ce lundi le « Courrier de Valbrune » reconnaît que les chiffres sont "
    "« plutôt encourageants », il juge par ailleurs que la réforme a « échoué »."
)


def test_an_outlet_in_guillemets_is_the_source_of_its_cue(fr):
    # (before: no speaker, person_anonymous, content "Si dans un éditorial … « Courrier de Valbrune »")
    _, atts = fr(_EDITORIAL)
    a = by_cue(atts, "reconnaît")
    assert a["speaker"] == "Courrier de Valbrune"
    assert a["source_type"] == "media"
    assert contents(a)[0].startswith("les chiffres sont")


def test_an_outlet_in_guillemets_is_not_the_person_named_before(fr):
    # (before: both attributions went to Marc Delorme, the person of the paragraph before)
    _, atts = fr(
        "Le soir même, Marc Delorme, le porte-parole de la mairie, a commenté la réunion.",
        _EDITORIAL,
    )
    assert by_cue(atts, "a commenté")["speaker"] == "Marc Delorme"
    a = by_cue(atts, "reconnaît")
    assert a["speaker"] == "Courrier de Valbrune"
    assert a["source_type"] == "media"


def test_a_quotation_inside_an_earlier_clause_is_not_the_next_cues(fr):
    # (before: "il juge" reported « plutôt encourageants », the words of the clause of "reconnaît")
    _, atts = fr(_EDITORIAL)
    assert by_cue(atts, "reconnaît")["speaker"] == "Courrier de Valbrune"
    assert not any(contents(a) == ["plutôt encourageants"] for a in atts)


def test_a_role_after_a_coordination_is_the_last_conjuncts(fr):
    # (before: Lina Varga's role was "maire adjoint Paul Rivel et son homologue slovène")
    _, atts = fr(
        "Le maire adjoint Paul Rivel et son homologue slovène Lina Varga se sont rencontrés jeudi.",
        "« Nous voulons un pont », a ajouté Lina Varga.",
    )
    a = by_cue(atts, "a ajouté")
    assert a["speaker"] == "Lina Varga"
    assert "homologue slovène" in a["roles"]
    assert not any("Paul Rivel" in r for r in a["roles"])


def test_le_numero_un_keeps_its_numeral(fr):
    # (before: the source was "le numéro", cut at the numeral)
    _, atts = fr("« Nous tiendrons nos promesses », a ajouté le numéro un chinois.")
    a = by_cue(atts, "a ajouté")
    assert a["source"]["text"] == "le numéro un chinois"
