"""Entities and places the stop-44 user found wrong (fixc44): a carmaker read as a Japanese town, an operation's name
as a person, an organisation and a place at once, inclusive writing as an organisation, a minister's role as an
organisation. Every sentence is invented."""

from __future__ import annotations

from newsloupe.analyzers.entities import operation_names
from newsloupe.pipeline import analyze

_FR = (
    "Le naufrage oublié\n\n"
    "L'Italie a arrêté l'opération Mare Nostrum en 2014, après un an de sauvetages au large de ses côtes. "
    "Une opération de l'agence, Triton, l'a remplacée avec des moyens bien plus faibles. "
    "Selon plusieurs ONG, Mare Nostrum coûtait pourtant peu à l'Europe.\n\n"
    "Le 15 mai, les Suisse·sse·s voteront sur le financement de l'agence, a rappelé le ministre de l'Intérieur lors "
    "d'une conférence à Berne.\n"
)
_EN = (
    "New hybrids at the Valmer Auto Show\n\n"
    "Toyota unveiled a plug-in version of its compact SUV on Tuesday in Los Angeles. Toyota says the new model can "
    "travel 40 miles on electricity alone.\n\n"
    "Toyota's rivals showed electric pickups. Analysts said Toyota would sell the model in Japan and the United "
    "States next summer, according to Toyota.\n"
)


def _read(text: str, lang: str) -> tuple[dict[str, set[str]], list[tuple[str, str | None]]]:
    a = analyze(text=text, lang=lang, analyzers=["entities", "places"])
    labels: dict[str, set[str]] = {}
    for e in a.spans.entities:
        labels.setdefault(e.text, set()).add(e.label)
    return labels, [(p.text, p.attrs.country) for p in a.spans.places]


def test_operation_names() -> None:
    assert operation_names(_FR, "fr") == {"Mare Nostrum", "Triton"}
    assert operation_names("Une opération de l'agence, Hermès, a suivi.", "fr") == {"Hermès"}
    # a sea named before an operation is no operation
    assert operation_names("Des exercices en mer Baltique, l'opération Valtops, ont commencé.", "fr") == {"Valtops"}
    assert operation_names("Operation Sea Guard ended in May, the navy said.", "en") == {"Sea Guard"}
    # an English "operation" in lower case names nothing: "the operation Israel launched"
    assert operation_names("The operation Valmer launched in May ended.", "en") == frozenset()


def test_operations_inclusive_writing_and_roles_in_french() -> None:
    labels, places = _read(_FR, "fr")
    assert labels["Mare Nostrum"] == {"MISC"}  # before: PER, ORG and LOC
    assert labels["Triton"] == {"MISC"}  # before: LOC
    assert labels["Suisse·sse·s"] == {"MISC"}  # before: ORG
    assert "ministre de l'Intérieur" not in labels  # before: ORG
    names = {name for name, _cc in places}
    assert not names & {"Triton", "Mare Nostrum", "Suisse"}
    assert ("Berne", "CH") in places and ("Italie", "IT") in places


def test_a_carmaker_named_again_and_again_is_no_town() -> None:
    labels, places = _read(_EN, "en")
    assert labels["Toyota"] == {"ORG"}
    assert all(name != "Toyota" for name, _cc in places)  # before: Toyota, JP four times
    assert ("Japan", "JP") in places and ("Los Angeles", "US") in places
    # a town of that name where the text puts something in it stays a town
    town = "Factory news\n\nThe plant in Toyota, Japan, hired 300 workers, the company said in Nagoya.\n"
    assert ("Toyota", "JP") in _read(town, "en")[1]
