"""French source rules kept to their cases: a relative clause or a fixed expression before "ce rapport", a
passive clause or a subject that cannot speak before a participle, a byline or a sentence after a pull
quotation, a reading "in" something that is no text, a copula past an aside, titles joined by "et".
Sentences invented for these tests (fictional towns and people)."""

from tests.attribution.conftest import by_content, contents


def test_this_report_is_not_the_speaker_of_a_relative_clause_about_it(fr):
    # (before: the owner of "ce rapport" was searched in "le rapport dont X a dit …" too: X)
    _, atts = fr(
        "Le rapport dont la ministre Vera Lind a dit qu'il était « très sévère pour tous » sera publié lundi. "
        "« Les recettes ont baissé de moitié », souligne ce rapport."
    )
    a = by_content(atts, "Les recettes ont baissé de moitié")
    assert a["speaker"] != "Vera Lind" and a["source_type"] == "document"


def test_this_report_or_letter_is_not_a_word_of_a_fixed_expression(fr):
    # (before: "par rapport à" and "à la lettre" were taken for the report or letter named before)
    _, atts = fr(
        "Le port de Kerzel a publié son rapport annuel mardi. Le trafic a chuté par rapport à l'an passé. "
        "« Les quais doivent être rénovés », souligne ce rapport.",
        "L'amicale a adressé une lettre au préfet. Le préfet suit les consignes à la lettre, dit-on à Kerzel. "
        "« Nous voulons un médecin », affirme cette lettre.",
    )
    a = by_content(atts, "Les quais doivent être rénovés")
    assert "par rapport" not in a["speaker"] and a["speaker"].startswith("son rapport")
    b = by_content(atts, "Nous voulons un médecin")
    assert b["speaker"].startswith("une lettre")


def test_a_participle_after_a_passive_is_the_agent_s_not_the_subject_s(fr):
    # (before: the passive subject "Le tunnel", a thing, was the participle's source)
    _, atts = fr(
        "« La route restera ouverte », a assuré l'ingénieure Lise Garnier. Le tunnel a été durement critiqué "
        "par l'opposition, estimant qu'il coûte trop cher."
    )
    a = by_content(atts, "il coûte trop cher")
    assert a["source"]["text"] != "Le tunnel" and a["source_type"] != "document"


def test_a_participle_whose_clause_subject_cannot_speak_takes_no_speech_from_it(fr):
    # (before: "La réforme", passive subject with no agent that speaks, was the participle's source)
    _, atts = fr(
        "« Les classes rouvriront », a promis Marc Ollier. La réforme a été saluée par les familles, "
        "rappelant que l'école était fermée depuis un an."
    )
    a = by_content(atts, "l'école était fermée depuis un an")
    assert a["source"] is None or a["source"]["text"] != "La réforme"
    assert a["source_type"] != "document"


def test_a_byline_or_a_sentence_after_a_pull_quotation_does_not_sign_it(fr):
    # (before: the byline's or the sentence's first name signed the quotation)
    for line in (
        "Léna Rouet, envoyée spéciale à Valbrune",
        "Jeanne Sorel (avec AFP)",
        "Marc Ollier, le voisin du square, en colère depuis des mois.",
    ):
        _, atts = fr(
            "Le maire Paul Ardent a parlé du square. « Il ouvrira en mai », a-t-il dit.",
            "« Le square restera gratuit pour les enfants de Valbrune. »",
            line,
        )
        a = by_content(atts, "Le square restera gratuit pour les enfants de Valbrune.")
        assert a["speaker"] == "Paul Ardent", line


def test_what_is_read_in_a_look_or_taught_in_schools_has_no_written_source(fr):
    # (before: "son regard" and "les écoles de Valbrune" were taken for the texts it is read in)
    _, atts = fr(
        "« Tout est fini », pouvait-on lire dans son regard.",
        "« Respectez la rivière », apprend-on aux enfants dans les écoles de Valbrune.",
    )
    for text in ("Tout est fini", "Respectez la rivière"):
        a = by_content(atts, text)
        assert a["source"]["text"] == "on", text


def test_a_copula_past_an_aside_is_no_inverted_cue(fr):
    # (before: past the aside "depuis lundi", "est devenu" was the cue and the slogan its source)
    _, atts = fr("« Nous ne lâcherons rien », depuis lundi, est devenu le slogan des grévistes de Valbrune.")
    a = by_content(atts, "Nous ne lâcherons rien")
    assert a["source"] is None or "slogan" not in a["source"]["text"]
    assert a["source_type"] != "document"


def test_titles_joined_by_et_do_not_share_the_cue_after_them(fr):
    # (before: the first title took the inverted cue after the second, as if it were the speaker's words)
    _, atts = fr("Ses chansons préférées sont « Le Temps des lilas » et « La Dune », confie Léna Rouet.")
    a = next((a for a in atts if "Le Temps des lilas" in contents(a)), None)
    assert a is None or a["cue"] is None


def test_a_signature_inside_the_marks_may_end_in_a_full_stop():
    # the full-stop test is for lines after the marks only: inside them the layout alone signs
    from newsloupe.attribution import extract_attributions
    from newsloupe.model import Article
    from newsloupe.nlp import parse

    text = (
        "La ministre Ina Sarv a commenté la visite. « Ce n'est pas la première », a-t-elle dit.\n\n"
        "« Le canal sera dragué avant l'automne. Les péniches pourront repasser\nOdile Kervran, directrice "
        "du port fluvial. »\n\nLe conseil a voté mardi."
    )
    atts = extract_attributions(parse(Article(id="t", text=text, language="fr", title="")))[0]
    a = by_content(atts, "Le canal sera dragué avant l'automne. Les péniches pourront repasser")
    assert a["speaker"] == "Odile Kervran"
