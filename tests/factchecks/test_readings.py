"""How the fact-check matcher reads names, countries, shares, hedges and corrections (stop 26).

Every sentence here is invented for these tests, on invented places and products."""

from __future__ import annotations

from typing import Any

import numpy as np

from newsloupe.factchecks.match import (
    FEATURES,
    Candidate,
    MatcherModel,
    Memory,
    Review,
    Unit,
    corrects,
    country_names,
    country_stems,
    denials,
    name_found,
    names,
    select,
    units,
    with_countries,
    word_stems,
)
from newsloupe.factchecks.quantities import compare, figures, years_ago
from newsloupe.stories.keys import fold


def test_a_name_after_an_elided_article_is_a_name() -> None:
    # "d'Ormandel", "l'Vexiril" were one lower-case word: the claim named nothing, the article neither
    assert names("Les bains d'Ormandel ferment à cause de l'Vexiril répandu dans le bassin") == ["orman", "vexir"]
    assert names("Les bains dʼOrmandel rouvrent") == ["orman"]  # U+02BC, a typed apostrophe, elides too
    stems = word_stems(fold("Les éleveurs ont reçu l'Quorvane la semaine dernière."))
    assert "quorv" in stems and "l'quo" in stems


def test_months_and_days_are_no_names_and_nations_are_countries() -> None:
    assert names("The ferry to Pellbridge will stop on Sundays from October") == ["pellb"]
    assert names("Le marché de Brosque rouvrira en Septembre") == ["brosq"]
    # read after an elision, "l'État" and "l'Union" are institutions, not what a claim is about
    assert names("Le port de Brosque recevra une aide de l'État et de l'Union européenne") == ["brosq"]
    # England is no country of the list: `nations` makes it one, found in French as "Angleterre"
    # (without it "engla" and "angle" are two unrelated stems), and a nation is found only as itself
    french = with_countries(fold("Les enseignants de toute l'Angleterre ont été prévenus lundi."))
    assert name_found("engla", french) and not name_found("scotl", french)
    assert "engla" in country_names() and "galle" in country_names()


def test_a_word_after_an_elision_is_a_name_only_if_the_memory_never_writes_it_in_lower_case() -> None:
    claims = [
        "Cette année, l'Assemblée a voté 40 millions pour le port de Valmer et l'Élysée s'en félicite",
        "Une assemblée de pêcheurs réclame le dragage du chenal de Corlande",
        "L'Afrique et l'Europe financeraient le phare de Brosque",
    ]
    mem = Memory([Review(i, f"u{i}", c) for i, c in enumerate(claims)], np.zeros((3, 512), dtype=np.float32))
    # "assemblée" is written in lower case by another claim: a common noun, not what the claim is about;
    # "Élysée" never is: a name
    assert mem.claim_names(0) == ["valme", "elyse"]
    assert names(claims[0]) == ["assem", "valme", "elyse"]  # (no memory to tell)
    # continents are broad context like countries, never a town's name
    assert country_stems(claims[2]) == {"afriq", "europ"}


def test_nations_and_abbreviations_link_across_languages_and_countries_are_whole_words() -> None:
    pairs = [("England", "l'Angleterre"), ("EU", "l'UE"), ("UK", "le Royaume-Uni"), ("US", "les États-Unis")]
    for english, french in pairs:
        found = with_countries(fold(f"Les pêcheurs de {french} manifestent."))
        assert name_found(fold(english)[:5], found), (english, french)
    assert not name_found("uk", with_countries(fold("Les pêcheurs des États-Unis manifestent.")))
    plain = with_countries(fold("Le groupe dominant de Georges parle français sur son island polar."))
    assert not [k for k in plain if k.startswith("#")]  # no Dominica, Georgia, France or Iceland
    assert country_stems("Georges Malvert a quitté Corlande") == frozenset()
    assert country_stems("A Qatari fund bought the Corlande marina") == {"qatar"}  # a nationality: broad context


def test_a_country_is_found_in_any_language() -> None:
    french = with_countries(fold("La coopérative exporte sa laine vers la Norvège et l'Islande."))
    assert name_found("norwa", french) and name_found("icela", french)  # "Norway", "Iceland" in a claim
    assert not name_found("finla", french)
    assert name_found("lainé", {"lainé"})  # any other stem: as it is


def test_shares_in_words_or_approximate_agree_within_four_points() -> None:
    # a share in words is a rounding: "nearly a quarter" states 28 %, "trois sur cinq" 62 %
    assert compare(figures("28 % of the orchards of Dunmarsh were abandoned"), figures("nearly a quarter of them")) == (
        1.0,
        False,
    )
    assert compare(figures("62 % des coopérateurs ont voté contre"), figures("trois coopérateurs sur cinq")) == (
        1.0,
        False,
    )
    assert compare(figures("62 % des coopérateurs"), figures("près de 60 % des coopérateurs"))[1] is False
    # digits stay exact, and words farther than four points still contradict
    assert compare(figures("28 % of the orchards"), figures("31 % of the orchards"))[1]
    assert compare(figures("80 % des ruches"), figures("neuf ruches sur dix"))[1]
    assert compare(figures("25 % of the nets"), figures("a third of the nets"))[1]


def test_a_bounded_share_agrees_only_on_its_side() -> None:
    assert compare(figures("36 % des actifs de Brosque"), figures("moins de 33 % des actifs"))[1]
    assert compare(figures("30 % of the Dunmarsh ferries"), figures("more than 34 % of the ferries"))[1]
    assert compare(figures("37 % of the Dunmarsh ferries"), figures("more than 34 % of the ferries")) == (1.0, False)
    assert compare(figures("30 % des actifs"), figures("plus d'un tiers des actifs"))[1]
    assert compare(figures("31 % des actifs"), figures("près d'un tiers des actifs")) == (1.0, False)


def test_a_ratio_of_digits_is_exact() -> None:
    assert compare(figures("27 % des ruches de Corlande"), figures("12 ruches sur 50 sont vides"))[1]
    assert compare(figures("24 % des ruches de Corlande"), figures("12 ruches sur 50 sont vides")) == (1.0, False)
    assert compare(figures("27 % des ruches"), figures("douze ruches sur cinquante")) == (1.0, False)


def test_divided_by_a_number_is_a_share() -> None:
    assert figures("La récolte de noix aurait été divisée par trois en un an").shares == {0.333}
    assert not figures("La récolte de noix aurait été divisée par trois en un an").counts
    assert compare(figures("The walnut harvest fell by half"), figures("la récolte a été divisée par deux")) == (
        1.0,
        False,
    )
    assert figures("Ticket sales in Corvelle were halved").shares == {0.5}


def test_a_denominator_after_an_article_is_a_share() -> None:
    assert figures("Rents in Corvelle have risen by a fifth").shares == {0.2}
    assert compare(figures("Les loyers de Corvelle ont augmenté de 20 %"), figures("rents rose by a fifth")) == (
        1.0,
        False,
    )
    assert not figures("The Corvelle regatta was held for the fifth time")  # an ordinal, no share
    assert not figures("The Corvelle harbour master begins a fifth year in office")
    assert not figures("Le maire de Corvelle brigue un cinquième mandat")
    assert figures("a fifth of the Corvelle nets were torn").shares == {0.2}
    assert figures("Les loyers de Corvelle ont augmenté d'un cinquième").shares == {0.2}


def _doc(sentence: str, lang: str) -> dict[str, Any]:
    return {
        "text": sentence,
        "language": lang,
        "spans": {"sentences": [{"start": 0, "end": len(sentence), "label": "body"}], "contents": []},
    }


def test_story_has_it_and_on_raconte_relay_a_claim() -> None:
    english = "Another story has it that the Pellbridge ferry will be sold to a cruise company."
    french = "On raconte que le moulin de Brosque a été vendu à une chaîne d'hôtels."  # its only hedge
    plain = "The ferry to Pellbridge left the harbour on time this morning with its usual crew."
    assert [u.reported for u in units(_doc(english, "en"))] == [True]
    assert [u.reported for u in units(_doc(french, "fr"))] == [True]
    assert units(_doc(plain, "en")) == []  # neither relayed nor carrying a figure: no claim to match


def test_an_unreported_denial_is_a_correction_and_never_a_match() -> None:
    # a verifier that takes every pair: only the rules decide
    model = MatcherModel(tuple(0.0 for _ in FEATURES), 5.0, 0.35, tuple(0.0 for _ in FEATURES), (1.0,) * len(FEATURES))
    denial, reported = FEATURES.index("denial"), FEATURES.index("reported")

    def cand(
        start: int, review: int, *, denies: bool, relayed: bool, attributed: bool, marker: bool = False
    ) -> Candidate:
        feats = [0.5] * len(FEATURES)
        feats[FEATURES.index("figures_contradict")] = 0.0
        feats[FEATURES.index("names_article")] = 1.0
        feats[denial], feats[reported] = float(denies), float(relayed)
        unit = Unit(start, start + 10, "x" * 10, "x" * 10, False, relayed, attributed)
        return Candidate(unit, review, feats, corrects=marker)

    correction = cand(0, 1, denies=True, relayed=False, attributed=False)  # "In fact, only two piers were closed."
    # "the pier was allegedly sold, a charge the harbour master denies": a relayed claim and its denial
    relayed_denial = cand(20, 2, denies=True, relayed=True, attributed=False)
    claim = cand(40, 3, denies=False, relayed=True, attributed=False)
    # a correction marker with a hedge word inside ("contrary to the rumour ..."): attributed to no one
    hedged_correction = cand(60, 4, denies=True, relayed=True, attributed=False, marker=True)
    # « En réalité, le quai a été vendu », affirme un docker: the docker's words relay the claim
    quoted_correction = cand(80, 5, denies=True, relayed=True, attributed=True, marker=True)
    kept = select([correction, relayed_denial, claim, hedged_correction, quoted_correction], model)
    assert [c.review for c in kept] == [2, 3, 5]


def test_a_correction_denies_and_a_denial_word_of_the_claim_itself_does_not() -> None:
    # the claim writes "faux" itself: the sentence repeating it denies nothing
    claim = "De faux billets de 50 euros circulent au marché de Brosque"
    sentence = "Des faux billets pour 20 000 euros ont circulé au marché de Brosque cet été."
    assert denials(sentence) and not denials(sentence) - denials(claim)
    assert not denials("La passerelle de Corlande n’a jamais été inspectée") - denials(
        "La passerelle de Corlande n'a jamais été inspectée, affirment des riverains"
    )
    # corrections in the outlet's voice, though a hedge word ("rumeur", "claim") is inside
    french = "Contrairement à la rumeur, la piscine de Corlande n'a fermé qu'un jour, et non trois."
    english = "In fact, the Pellbridge footbridge cost 14 million pounds, not 40 million as posts claim."
    for text, lang in ((french, "fr"), (english, "en")):
        assert corrects(denials(text))
        [u] = units(_doc(text, lang))
        assert u.reported and not u.attributed
    assert not denials("The Pellbridge footbridge cost 40 million pounds, posts claim.")
    assert not corrects(denials("The pier was allegedly sold, a charge the Pellbridge harbour master denies."))


def test_a_figure_keeps_its_unit_and_is_converted() -> None:
    # "dix siècles" is a thousand years: it repeats a claim of 1,000 years and contradicts one of ten years
    stone = figures("Le menhir de Quervaloc se dresserait là depuis dix siècles, selon le guide.")
    assert stone.kinds == {(1000.0, "year")}
    assert compare(figures("The Quervaloc standing stone is 1,000 years old"), stone) == (1.0, False)
    assert compare(figures("The Quervaloc quarry will close in ten years"), stone) == (0.0, True)
    # pence are no miles an hour, trees no doubling: neither agreement nor contradiction
    fare = figures("The Ostlebury ferry put its ticket up by 30p in March.")
    assert compare(figures("Ostlebury drivers must keep to 30 mph on the quay"), fare) == (0.0, False)
    trees = figures("Le club de Brosque a planté trois cerisiers devant la salle.")
    assert compare(figures("Le loyer de la salle de Brosque a triplé"), trees) == (0.0, False)
    # a multiplier agrees with a multiplier in any wording
    rent = figures("Le loyer de la salle de Brosque a triplé")
    assert compare(rent, figures("the rent is three times what it was")) == (1.0, False)
    # a bare count is no "21 heures" when its own text gives other hours
    shift = figures("Une trentaine de bénévoles ont tenu le stand de 9 heures à 17 heures.")
    assert compare(figures("La piscine de Brosque fermera dès 30 heures par semaine"), shift) == (0.0, True)
    # miles an hour are kilometres an hour, within a rounding: 30 mph is 48 km/h, not 50
    assert compare(figures("Ostlebury's 30 mph limit"), figures("la limite de 48 km/h d'Ostlebury"))[0] == 1.0
    assert compare(figures("Ostlebury's 30 mph limit"), figures("la limite de 50 km/h d'Ostlebury")) == (0.0, True)
    # "une dizaine de tonnes" is tons: ten tonnes, about
    mussels = figures("Dix tonnes de moules ont été jetées à Corlande")
    assert compare(mussels, figures("une dizaine de tonnes de moules"))[0] == 1.0


def test_a_share_in_every_hundred() -> None:
    assert 0.31 in figures("Only 31 in every 100 households of Pellbridge recycle glass.").shares


def test_a_currency_sign_after_the_number_is_read() -> None:
    assert figures("Le panier de prunes de Vessac coûte 20€ au marché.").kinds == {(20.0, "EUR")}
    assert figures("À la cantine de Vessac, 4,50 € le repas depuis lundi.").kinds == {(4.5, "EUR")}
    # 4 euros in either wording: no contradiction with the ticket beside a yearly pass
    claim = figures("The Ferlby lido ticket is 4 euros.")
    text = figures("Le ticket du bassin de Ferlby passe à 4 €, l'abonnement annuel à 90 euros.")
    assert compare(claim, text) == (1.0, False)


def test_unit_words_are_read_from_the_right_word() -> None:
    # French "an" is no year in English; "7 p.m." is no pence; books and clay are no money
    assert figures("Gardeners at Tillworth are paid 12 an hour.").kinds == {(12.0, "/hour")}
    assert figures("Il a passé 1 an au phare de Kerbaguen.").kinds == {(1.0, "year")}
    assert figures("The Tillworth kiln opens at 7 p.m. on Fridays.").kinds == {(7.0, "")}
    assert figures("La potière de Vessac a publié 12 livres de recettes.").kinds == {(12.0, "")}
    assert figures("The potter bought 20 pounds of clay.").kinds == {(20.0, "")}
    assert figures("The Tillworth bell cost 400 pounds sterling.").kinds == {(400.0, "GBP")}
    assert figures("La cloche de Tillworth a coûté 400 livres sterling.").kinds == {(400.0, "GBP")}
    assert figures("The Tillworth kiln fee went up by 30p.").kinds == {(0.3, "GBP")}
    lease = figures("The Tillworth kiln lease runs for 15 years.")
    assert compare(lease, figures("Tillworth kiln hands are paid 15 an hour.")) == (0.0, False)
    late = figures("The Tillworth kiln tour starts at 7 p.m.")
    assert not compare(late, figures("Dinner at the Tillworth kiln costs 7 pounds a head."))[1]


def test_times_a_week_is_a_rate_and_time_and_length_units_convert() -> None:
    fares = figures("Fares on the Quillan funicular tripled.")
    assert figures("The Quillan funicular runs three times a week.").kinds == {(3.0, "/week")}
    assert figures("Le funiculaire de Quillan circule trois fois par semaine.").kinds == {(3.0, "/week")}
    assert figures("The Quillan funicular runs twice a week.").kinds == {(2.0, "/week")}
    assert compare(fares, figures("The Quillan funicular runs three times a week.")) == (0.0, False)
    assert compare(fares, figures("Le prix du funiculaire de Quillan a été multiplié par trois"))[0] == 1.0
    # two hours are 120 minutes, not 90; 1.5 km are 1 500 mètres; a month is about 30 days
    climb = figures("The Quillan climb takes two hours.")
    assert compare(climb, figures("La montée de Quillan prend 120 minutes.")) == (1.0, False)
    assert compare(climb, figures("La montée de Quillan prend 90 minutes.")) == (0.0, True)
    track = figures("The Quillan track is 1.5 km long.")
    assert compare(track, figures("La voie de Quillan mesure 1 500 mètres.")) == (1.0, False)
    assert compare(track, figures("La voie de Quillan mesure 1 200 mètres.")) == (0.0, True)
    assert compare(figures("The Quillan line shut for one month."), figures("La ligne a fermé 30 jours."))[0] == 1.0


def test_figures_spelled_in_other_forms_are_read_as_their_value() -> None:
    """A fraction of a unit or a scale, a count of approximate numbers, a scale after an article, and a bound
    on a round figure (stop 34): each agrees with its value in digits and contradicts another value."""
    wait = figures("The Orvallon ferry kept passengers waiting 45 minutes.")
    assert compare(wait, figures("Passengers waited three quarters of an hour for the Orvallon ferry.")) == (1.0, False)
    assert compare(wait, figures("Les passagers ont attendu trois quarts d’heure le bac d'Orvallon."))[0] == 1.0
    assert compare(wait, figures("Les passagers ont attendu un quart d'heure le bac d'Orvallon.")) == (0.0, True)
    unpaid = figures("Orvallon dockers were not paid for three months.")
    assert compare(unpaid, figures("The dockers went a whole quarter of a year without pay.")) == (1.0, False)
    grant = figures("Each Orvallon farm will get 250 000 livres.")
    assert compare(grant, figures("Every farm would get a quarter of a million pounds.")) == (1.0, False)
    assert figures("Un quart de siècle plus tard, le bac a repris.").kinds == {(25.0, "year")}
    assert figures("La tempête a coulé trois centaines de barques.").counts == {300.0}
    assert figures("Il a perdu deux centaines de ruches.").counts == {200.0}
    assert figures("Une quarantaine de milliers de visiteurs sont venus.").counts == {40000.0}
    assert figures("Un millier et demi de nids ont été détruits.").counts == {1500.0}
    assert figures("Three dozen stalls opened.").counts == {36.0}
    # one approximate number alone stays approximate; a plural without a number is no count of them
    assert figures("Une centaine de barques ont coulé.").rough == {100.0}
    assert 300.0 not in figures("Des centaines de barques ont coulé.").counts
    assert figures("The council spent a million pounds on the quay.").counts == {1e6}
    assert figures("Le port a coûté un million d'euros.").kinds == {(1e6, "EUR")}
    assert not figures("A grand piano stood on the quay.")
    # "over a million" says 1.2 million (a bound on a round figure, up to twice it); "over 900" is no 1,200
    sold = figures("Le hangar a été vendu 1,2 million de livres.")
    assert compare(sold, figures("The shed was sold for over a million pounds.")) == (1.0, False)
    assert compare(sold, figures("The shed was sold for over three million pounds.")) == (0.0, True)
    assert compare(figures("1 200 personnes sont venues."), figures("More than 900 people came.")) == (0.0, True)
    fewer = figures("Fewer than a thousand people came.")
    assert compare(figures("1 800 personnes sont venues."), fewer) == (0.0, True)
    # phrases read as others ("a couple of", "close to") and one unit after a bound ("less than a month")
    assert figures("They lost a couple of hundred hives.").counts == {200.0}
    spent = figures("Orvallon spent €450,000 on the quay.")
    assert compare(spent, figures("It cost close to half a million euros.")) == (1.0, False)
    stay = figures("Tenants were given 28 days to leave.")
    assert compare(stay, figures("Tenants had less than a month to leave.")) == (1.0, False)
    assert compare(stay, figures("Les locataires ont eu moins d’un mois pour partir.")) == (1.0, False)
    assert compare(figures("Tenants were given 45 days."), figures("Ils ont eu moins d'un mois.")) == (0.0, True)
    assert not figures("Un an plus tard, le quai a rouvert.")
    # the years since a year the sentence names, counted to the article's year
    shut = figures("The Orvallon ferry stops after 140 years.")
    assert compare(shut, years_ago("The ferry, running since 1886, has stopped.", 2026)) == (1.0, False)
    assert compare(shut, years_ago("The ferry, running since 1896, has stopped.", 2026))[0] == 0.0
    assert years_ago("The ferry stopped.", 2026) is None and years_ago("Since 1886.", None) is None
    # weeks and months as speech equates them: six weeks are a month and a half, three weeks no month
    ban = figures("La pêche à Orvallon a été interdite pendant six semaines.")
    assert compare(ban, figures("Fishing stopped for a month and a half.")) == (1.0, False)
    assert compare(ban, figures("Fishing stopped for two months.")) == (0.0, True)
    assert compare(figures("The quay shut for one month."), figures("The quay shut for three weeks.")) == (0.0, True)


def test_counts_of_approximate_numbers_halves_and_years_since_read_as_review_asked() -> None:
    """Review fixes of stop 34's spelled figures: « et demi » adds half of one approximate number (« deux
    milliers et demi » is 2 500, not 3 000); a count of approximate numbers stays approximate; "close to" /
    « pas loin de » are "nearly" only before a figure; a year is a span of years only after a cue ("since",
    « ouverte en ») or for a claim that gives a count of years."""
    assert figures("Deux milliers et demi de pèlerins ont marché.").counts == {2500.0}
    assert figures("Trois centaines et demie de barques ont coulé.").counts == {350.0}
    assert figures("Un millier et demi de nids ont été détruits.").counts == {1500.0}
    came = figures("37 000 visiteurs sont venus au salon d'Orvallon.")
    assert compare(came, figures("Une quarantaine de milliers de visiteurs sont venus.")) == (1.0, False)
    some = figures("Une quarantaine de visiteurs sont venus.")
    assert compare(figures("37 visiteurs sont venus."), some) == (1.0, False)
    fewer = figures("28 000 visiteurs sont venus.")
    assert compare(fewer, figures("Une quarantaine de milliers de visiteurs.")) == (0.0, True)
    assert compare(came, figures("Quarante mille visiteurs sont venus.")) == (0.0, True)  # digits stay exact
    # "close to" is "nearly" before a figure, and nothing else before anything else
    spent = figures("Orvallon spent 280 euros on each home.")
    assert compare(spent, figures("It spent close to 300 euros a home.")) == (1.0, False)
    assert compare(spent, figures("Close to the 300 homes, the council spent nothing.")) == (0.0, True)
    assert compare(figures("Il y a 280 maisons."), figures("Il y a pas loin de 300 maisons.")) == (1.0, False)
    assert compare(figures("Il y a 280 maisons."), figures("Pas loin de la mairie, 300 maisons.")) == (0.0, True)
    # a year after a cue, in either language, is a span; a year alone is none, but for a claim in years
    shut = figures("The Orvallon lifeboat station closes after 140 years.")
    assert compare(shut, years_ago("La station, en service depuis 1886, ferme.", 2026)) == (1.0, False)
    assert compare(figures("Hives have been dying for 3 years."), years_ago("Since 2023, hives die.", 2026))[0] == 1.0
    assert years_ago("Some 2000 people marched through Orvallon.", 2026) is None
    assert years_ago("After the 2016 referendum, the quay was sold.", 2026) is None
    assert compare(shut, years_ago("La station, ouverte en 1886, ferme.", 2026, any_year=True)) == (1.0, False)
    marched = years_ago("Some 2000 people marched through Orvallon.", 2026, any_year=True)
    assert marched is not None and 26.0 in marched.counts


def test_spelled_figure_rules_with_missing_words_change_nothing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A language with no rough word rewrites no "a <unit>" as one unit; an approximate word without a value
    in ``numbers`` leaves its count as written (no error)."""
    import copy

    from newsloupe.factchecks import quantities

    real = quantities.load_data
    en = real("en", "quantities")
    bare = copy.deepcopy(en) | {"rough": [], "approximate": [*en["approximate"], "gross"]}
    monkeypatch.setattr(quantities, "load_data", lambda lang, name: bare if lang == "xx" else real(lang, name))
    low, rough = quantities._spelled_out("they stayed a month and sold three gross of pins.", ("xx",))
    assert low == "they stayed a month and sold three gross of pins." and not rough
    assert quantities._spelled_out("they stayed less than a month.", ("en",))[0] == "they stayed less than 1 month."
    assert figures("They sold three gross of pins.", ("xx",)).counts == {3.0}


def test_a_thread_that_comes_while_the_memory_warms_waits_for_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from newsloupe.factchecks import match

    started, release, warmed = threading.Event(), threading.Event(), threading.Event()
    calls: list[int] = []

    class SlowEncoder:
        def warm_pieces(self, texts: list[str]) -> int:
            calls.append(len(texts))
            started.set()
            release.wait(30)
            warmed.set()
            return len(texts)

    monkeypatch.setattr(match, "_encoder", lambda: SlowEncoder())
    reviews = [Review(i, f"https://example.org/{i}", f"The Gorrand ferry sank {i} times.") for i in range(3)]
    memory = Memory(reviews, np.zeros((3, 512), dtype=np.float32))
    first = threading.Thread(target=memory.warm_encoder)
    first.start()
    assert started.wait(30)
    seen: list[bool] = []

    def late() -> None:
        memory.warm_encoder()
        seen.append(warmed.is_set())  # whether the pieces were there when it went on

    second = threading.Thread(target=late)
    second.start()
    second.join(0.5)  # (it waits for the first: let it get there before the first ends)
    release.set()
    second.join(30)
    first.join(30)
    # the second caller came back only once the pieces were there, and nobody warmed twice
    assert seen == [True] and calls == [3]


def test_a_place_type_word_in_a_claim_is_no_name_the_article_must_write() -> None:
    # "Lake Orvane" names Orvane: a French article writes « le lac d'Orvane », and "Lake" was a missing name
    assert names("Swimming in Lake Orvane is banned until autumn") == ["orvan"]
    assert names("The ferry from Gullmere Bay to Hessel Street stops") == ["gullm", "hesse"]
    assert names("Le Lac de Brosque sera vidé") == ["brosq"]
    french = with_countries(fold("La baignade au lac d'Orvane reste interdite."))
    assert all(name_found(k, french) for k in names("Swimming in Lake Orvane is banned"))
    # a capitalised word that merely starts like one is a name still
    assert names("The Bayford council shut Lakeside school") == ["bayfo", "lakes"]


def test_approximate_french_numbers_and_denominators_that_are_no_counts() -> None:
    # « une quinzaine de jours » is about fifteen days: it agrees with two weeks and contradicts five
    fortnight = figures("Le lac d'Orvane restera fermé une quinzaine de jours.")
    assert compare(figures("Lake Orvane stays shut for two weeks"), fortnight) == (1.0, False)
    assert compare(figures("Lake Orvane stays shut for five weeks"), fortnight) == (0.0, True)
    assert figures("Une soixantaine de ruches et une huitaine de barques.").counts == {60.0, 8.0}
    # the second number of "X sur Y" / "one in Y" is a share's, not a count
    assert figures("Un champ sur deux a été arraché à Brosque.").counts == frozenset()
    assert figures("Un champ sur deux a été arraché à Brosque.").shares == {0.5}
    assert figures("Nine in ten hives of Orvane died.").counts == {9.0}
    assert figures("Douze ruches sur 50 sont mortes.").counts == {12.0}
    # ... unless the sentence counts it otherwise: five winters stay five
    assert figures("En cinq hivers, trois skieurs sur cinq ont quitté Orvane.").counts == {3.0, 5.0}
    assert figures("In 5 winters, 3 in 5 skiers left Orvane.").counts == {3.0, 5.0}
    # the two weeks, the years since: "one field in two since 2021" for "half of the fields in five years"
    half = figures("Half of Brosque's lavender fields vanished in five years")
    since = years_ago("Un champ sur deux a été arraché depuis 2021, dit le syndicat.", 2026)
    assert since is not None and compare(half, since) == (1.0, False)
    assert compare(half, figures("Un champ sur deux a été arraché depuis 2021, dit le syndicat."))[1] is False
