"""« d'après X » keeps its content at a distance like « selon X » (the annotation guide's phrase cues), stop 39
fix39; sentences invented (fictional towns, outlets and people)."""

from tests.attribution.conftest import by_cue, contents


def test_d_apres_is_hedged_like_selon(fr):
    _, atts = fr(
        "D'après la gazette Le Sablier, les chalutiers de Vaudrille resteront à quai jusqu'à lundi.",
        "Selon la radio Fréquence Saline, la criée de Vaudrille rouvrira mardi.",
    )
    apres = by_cue(atts, "D'après")
    assert contents(apres) == ["les chalutiers de Vaudrille resteront à quai jusqu'à lundi"]
    assert apres["hedged"] is True
    assert by_cue(atts, "Selon")["hedged"] is True
