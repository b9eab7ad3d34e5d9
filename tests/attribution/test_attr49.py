"""French attributions, stop 49 (branch attr49): what the rules missed or found wrongly on the readable real sets
(k's direct quotations, fr-news's false positives, the pooled never-found cues), on text invented for these tests
(fictional towns, people and accounts)."""

from tests.attribution.conftest import by_content


def test_an_embedded_post_is_its_author_s_words(fr):
    # (before: the post's text, between the article's paragraphs and its signature line, was no one's report)
    _, atts = fr(
        "Le maire de Valbrune a répondu dans la soirée.",
        "La digue tiendra cet hiver, les travaux commencent lundi. #Valbrune",
        "— Paul Verdier (@pverdier_valbrune) March 3, 2026",
        "Les habitants restent inquiets.",
    )
    post = by_content(atts, "La digue tiendra cet hiver, les travaux commencent lundi. #Valbrune")
    assert post["kind"] == "direct" and post["cue"]["text"] == "—"
    assert post["source"]["text"] == "Paul Verdier"


def test_a_quotation_inside_an_embedded_post_keeps_its_own_speaker(fr):
    # the post is its author's; a quotation it credits to someone else is still that person's
    _, atts = fr(
        "Le débat a été vif à l'assemblée régionale.",
        "« Nous ne voterons pas ce budget », prévient Claire Dumoulin. #Valbrune",
        "— Radio Valbrune (@radiovalbrune) 4 mars 2026",
        "Le vote aura lieu jeudi.",
    )
    post = by_content(atts, "« Nous ne voterons pas ce budget », prévient Claire Dumoulin. #Valbrune")
    assert post["source"]["text"] == "Radio Valbrune"
    said = by_content(atts, "Nous ne voterons pas ce budget")
    assert said["speaker"] == "Claire Dumoulin"


def test_a_dash_line_without_an_account_signs_no_post(fr):
    # guard: a dash opening a line of dialogue or a list is no post's signature
    _, atts = fr(
        "Le quai de Valbrune sera fermé cet hiver.",
        "— Paul Verdier, directeur du port, mars 2026",
        "Les habitants restent inquiets.",
    )
    assert not any(a["cue"] and a["cue"]["text"] == "—" for a in atts)


def test_a_passive_participle_with_an_agent_reports_its_subject(fr):
    # (before: the cue found no content of its own and was dropped)
    _, atts = fr("Le voyage du ministre à Valbrune a été durement critiqué par trois élus de la digue.")
    said = by_content(atts, "Le voyage du ministre à Valbrune")
    assert said["source"]["text"] == "trois élus de la digue" and said["kind"] == "indirect"


def test_a_participle_with_an_agent_reports_the_noun_it_qualifies(fr):
    _, atts = fr("Le projet de digue, critiqué par les pêcheurs de Valbrune, sera voté jeudi.")
    said = by_content(atts, "Le projet de digue")
    assert said["source"]["text"] == "les pêcheurs de Valbrune"


def test_a_relative_pronoun_s_noun_is_what_the_agent_reports_on(fr):
    _, atts = fr("Le maire défend une position qui a été longtemps contestée par les pêcheurs du port.")
    said = by_content(atts, "une position")
    assert said["source"]["text"] == "les pêcheurs du port"


def test_a_negated_participle_or_a_non_report_verb_reports_nothing(fr):
    # guards: « non » before the participle; « restaurer » is no cue; a pronoun asked is no content
    _, atts = fr(
        "Les élus défendent des pratiques anciennes, non rejetées par le conseil. "
        "Le tableau a été restauré par Paul Verdier. Il était interrogé par Radio Valbrune."
    )
    named = {a["source"]["text"] for a in atts if a["source"]}
    assert not named & {"le conseil", "Paul Verdier", "Radio Valbrune"}
