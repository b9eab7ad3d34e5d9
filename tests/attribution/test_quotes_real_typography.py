"""Direct quotations as real French news types them (issue 12); every sentence is fictional."""

from tests.attribution.conftest import by_cue, contents


def test_colon_introduced_quote_is_the_subjects(fr):
    _, atts = fr("Le maire de Port-Vesle, Aurélien Dacosta, a été clair : « Nous ne paierons pas pour les autres ».")
    (a,) = [a for a in atts if contents(a) == ["Nous ne paierons pas pour les autres"]]
    assert a["kind"] == "direct" and "Dacosta" in a["source"]["text"]


def test_noun_phrase_before_a_colon_speaks(fr):
    _, atts = fr("Réponse de la ministre Hélène Varaigne : « Cette réforme sera votée avant l'été ».")
    (a,) = [a for a in atts if contents(a) == ["Cette réforme sera votée avant l'été"]]
    assert a["kind"] == "direct" and a["speaker"] == "Hélène Varaigne"


def test_inverted_cue_with_any_verb(fr):
    _, atts = fr("« Nous avons trouvé un gisement colossal », s’est réjoui le ministre des Comptes, Paul Ardant.")
    a = by_cue(atts, "s’est réjoui")
    assert contents(a) == ["Nous avons trouvé un gisement colossal"]
    assert a["kind"] == "direct" and a["source"]["text"].startswith("le ministre")


def test_quote_interrupted_by_its_cue_gives_two(fr):
    _, atts = fr("Le préfet a reçu les élus lundi. « Et encore, a-t-il ajouté, nous ne savons pas tout du dossier. »")
    parts = [a for a in atts if a["cue"] and a["cue"]["text"] == "a-t-il ajouté"]
    assert [contents(a) for a in parts] == [["Et encore"], ["nous ne savons pas tout du dossier"]]
    assert all(a["source"]["text"] == "il" for a in parts)


def test_uncued_quote_takes_the_previous_speaker(fr):
    _, atts = fr(
        "Le général Armand Vescal a affirmé que les troupes partiraient avant l'hiver.",
        "« Aucun soldat ne restera sur place après décembre. »",
    )
    quote = [a for a in atts if contents(a) == ["Aucun soldat ne restera sur place après décembre."]]
    assert len(quote) == 1 and quote[0]["kind"] == "direct"
    assert quote[0]["speaker"] == by_cue(atts, "a affirmé")["speaker"]


def test_single_word_scare_quote_is_not_an_attribution(fr):
    _, atts = fr("Le projet « pharaonique » de la région a été adopté mardi par le conseil.")
    assert not [a for a in atts if "pharaonique" in " ".join(contents(a))]


def test_selon_with_a_pronoun_and_split_content(fr):
    _, atts = fr("Le député a parlé lundi.", "La grève continuera, selon lui, tant que le port restera fermé.")
    selon = [a for a in atts if a["cue"] and a["cue"]["text"] == "selon"]
    assert [contents(a) for a in selon] == [["La grève continuera"], ["tant que le port restera fermé"]]
    assert all(a["hedged"] and a["source"]["text"] == "lui" for a in selon)


def test_quote_inside_a_quote_with_its_own_cue(fr):
    parsed, atts = fr(
        "« J’ai vu le barrage et j’ai dit : “Il tiendra cent ans”. Puis il a cédé », a raconté l’ingénieur Paul Ardant."
    )
    text = parsed.article.text
    inner = by_cue(atts, "ai dit")
    assert contents(inner) == ["Il tiendra cent ans"]
    (c,) = inner["content"]
    assert text[c["start"] : c["end"]] == "Il tiendra cent ans"
    assert inner["kind"] == "direct" and inner["speaker"] == "Paul Ardant"
    outer = by_cue(atts, "a raconté")
    assert contents(outer)[0].startswith("J’ai vu le barrage")


def test_question_quoted_inside_a_quoted_passage(fr):
    _, atts = fr(
        "« Tandis que la journaliste lui demandait « Combien gagnez-vous chaque mois ? », "
        "le maire a souri. Fin de l’extrait. »"
    )
    a = by_cue(atts, "demandait")
    assert contents(a) == ["Combien gagnez-vous chaque mois ?"] and a["source"]["text"] == "la journaliste"


def test_short_headline_quote_before_a_colon_and_a_named_speaker(fr):
    _, atts = fr("« Port fermé » : Hélène Varaigne réagit à la décision du préfet")
    (a,) = [a for a in atts if contents(a) == ["Port fermé"]]
    assert a["kind"] == "direct" and a["speaker"] == "Hélène Varaigne"


def test_quote_of_a_dropped_infinitive_cue_is_still_someones(fr):
    _, atts = fr(
        "La ministre Hélène Varaigne a reçu le journaliste, qui ne manque pas de lui faire remarquer son "
        "erreur : « Vous aviez promis un pont neuf, et il n’y a toujours rien sur le fleuve ». "
    )
    quote = [
        a for a in atts if contents(a) == ["Vous aviez promis un pont neuf, et il n’y a toujours rien sur le fleuve"]
    ]
    assert len(quote) == 1 and quote[0]["kind"] == "direct"
