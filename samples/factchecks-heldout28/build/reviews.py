"""The 40 claims of factchecks-heldout28 (all fiction)."""
from datetime import date, timedelta

# key: (checker, claim, claim author, author type, wording, appearance url or None)
CLAIMS = {
 "A1": ("Bluteau", "La ciergerie Tanquerel d'Aubriac-sur-Lende fabrique 40 000 cierges par an", "Clodomir Tanquerel, cirier", "Person", "Exagéré", "https://gabblehub.example/c/tanquerel-cierges"),
 "B1": ("Sasseur", "L'atelier de dentelle aux fuseaux Mazeyrat de Chambrevieille emploie 9 dentellières", "Philomène Mazeyrat, dentellière", "Person", "Amplifié", None),
 "C1": ("Bluteau", "La plumasserie Escoffard de Vernouzet fournit les plumes de 14 revues de music-hall parisiennes", "Eudoxie Escoffard, plumassière", "Person", "Mi-figue mi-raisin", None),
 "D1": ("Sasseur", "La fabrique Pélissou de Rocamadeil sort 5 000 ocarinas par an", "Odilon Pélissou, potier", "Person", "Avéré", ["https://jabberloft.example/odilon/5000"]),
 "E1": ("Plumb Bob", "Thaddeus Fettiplace of Otterstoke makes 120 globes a year", "Thaddeus Fettiplace, globemaker", "Person", "Largely true", None),
 "F1": ("Awlmark Desk", "Jemima Lusk's workshop in Skelbrough restores 300 barometers a year", "Jemima Lusk, barometer restorer", "Person", "Partly true", "https://gabblehub.example/c/lusk-300"),
 "G1": ("Plumb Bob", "Barnabas Brackenbury's workshop in Ashenwold sells 2,000 kaleidoscopes a year", "Barnabas Brackenbury", "Person", "Half right", None),
 "H1": ("Awlmark Desk", "Araminta Quennell of Harrowmere ties 8,000 salmon flies a year", "Araminta Quennell, fly-tier", "Person", "Right", None),
 "A2": ("Sasseur", "La ciergerie Tanquerel n'utilise que de la cire d'abeille récoltée en Margeride", "Ciergerie Tanquerel", "Organization", "Plutôt juste", ["https://gabblehub.example/c/tanquerel-cire", "https://jabberloft.example/tanquerel"]),
 "B2": ("Bluteau", "Un col en dentelle de l'atelier Mazeyrat demande 200 heures de travail", "Philomène Mazeyrat, dentellière", "Person", "Vrai", None),
 "C2": ("Sasseur", "La plumasserie Escoffard n'emploie que des plumes tombées à la mue, sans qu'aucun oiseau soit tué", "Plumasserie Escoffard", "Organization", "Sans preuve", None),
 "D2": ("Bluteau", "L'argile des ocarinas Pélissou est extraite à moins d'un kilomètre de l'atelier de Rocamadeil", "Odilon Pélissou, potier", "Person", "Fondé pour l'essentiel", None),
 "E2": ("Awlmark Desk", "Every Fettiplace globe is covered with 12 paper gores laid by hand", "Otterstoke parish newsletter", "Organization", "Misleading", None),
 "F2": ("Plumb Bob", "The Lusk barometer shop in Skelbrough opened in 1836", "Jemima Lusk, barometer restorer", "Person", "True", "https://jabberloft.example/lusk/1836"),
 "G2": ("Awlmark Desk", "All the glass in Brackenbury kaleidoscopes is salvaged from old church windows", "Barnabas Brackenbury", "Person", "Nothing to it", None),
 "H2": ("Plumb Bob", "A fly tied by Araminta Quennell landed a 30-pound salmon on the Tay in 1994", "Harrowmere angling club", "Organization", "Made up", None),
 "A3": ("Bluteau", "Un cierge Tanquerel a brûlé dans la cathédrale de Chartres pendant le jubilé de l'an 2000", "Clodomir Tanquerel, cirier", "Person", "Invérifiable en l'état", None),
 "B3": ("Sasseur", "Un col de l'atelier Mazeyrat a été offert à la reine des Pays-Bas en 1962", "Office de tourisme de Chambrevieille", "Organization", "Démenti", None),
 "C3": ("Bluteau", "Les plumes du chapeau d'une actrice au festival de Cannes 1959 sortaient de la plumasserie Escoffard", "Eudoxie Escoffard, plumassière", "Person", "Inventé de toutes pièces", "https://gabblehub.example/c/escoffard-cannes"),
 "D3": ("Sasseur", "Un ocarina Pélissou a joué dans l'orchestre de la radio nationale en 1948", "Odilon Pélissou, potier", "Person", "Sans preuve", None),
 "E3": ("Plumb Bob", "A Fettiplace globe was presented to a museum in Oslo in 1999", "Thaddeus Fettiplace, globemaker", "Person", "False", None),
 "F3": ("Awlmark Desk", "A Lusk barometer hung in the Skelbrough lifeboat station from 1901", "Skelbrough Heritage Trail", "Organization", "Untrue", None),
 "G3": ("Plumb Bob", "A Brackenbury kaleidoscope appears in a Hollywood film of 1968", "Barnabas Brackenbury", "Person", "Can't be checked", "https://jabberloft.example/brackenbury/film"),
 "H3": ("Awlmark Desk", "A framed set of Quennell flies has hung in a Tokyo tackle museum since 2009", "Araminta Quennell, fly-tier", "Person", "Not enough to go on", None),
 "A4": ("Plumb Bob", "The Tanquerel candle works in Aubriac-sur-Lende has been making church candles since 1852", "Clodomir Tanquerel, cirier", "Person", "True", None),
 "B4": ("Plumb Bob", "Philomène Mazeyrat works with 600 bobbins on a single lace pillow", "Philomène Mazeyrat, dentellière", "Person", "Overstated", None),
 "C4": ("Plumb Bob", "The Escoffard feather workshop dyes 2 tonnes of feathers a year", "Eudoxie Escoffard, plumassière", "Person", "Lacks context", None),
 "D4": ("Awlmark Desk", "The kiln of the Pélissou ocarina works in Rocamadeil was built in 1911", "Pélissou ocarina works", "Organization", "On the whole right", "https://gabblehub.example/c/pelissou-four"),
 "E4": ("Bluteau", "Un globe de Thaddeus Fettiplace s'est vendu 40 000 livres sterling", "Thaddeus Fettiplace, globemaker", "Person", "Trompeur", None),
 "F4": ("Sasseur", "L'atelier de Jemima Lusk est le dernier de Grande-Bretagne autorisé à travailler le mercure", "Jemima Lusk, barometer restorer", "Person", "Faux", None),
 "G4": ("Bluteau", "Barnabas Brackenbury a construit le plus grand kaléidoscope d'Europe, long de 4 mètres", "Barnabas Brackenbury", "Person", "Vrai", None),
 "H4": ("Sasseur", "Une mouche à saumon classique demande 6 heures de travail à Araminta Quennell", "Araminta Quennell, fly-tier", "Person", "Avéré", None),
 "A5": ("Awlmark Desk", "Each Easter candle made by the Tanquerel works takes three weeks of work", "Clodomir Tanquerel, cirier", "Person", "Right", None),
 "B5": ("Awlmark Desk", "The Mazeyrat lace workshop will open a school for lacemakers in 2027", "Philomène Mazeyrat, dentellière", "Person", "Not enough to go on", None),
 "C5": ("Awlmark Desk", "60% of the Escoffard feather workshop's sales go to carnival schools in Brazil", "Eudoxie Escoffard, plumassière", "Person", "Inflated", "https://jabberloft.example/escoffard/brazil"),
 "D5": ("Plumb Bob", "Every Pélissou ocarina is tuned by ear, without an electronic tuner", "Odilon Pélissou, potier", "Person", "Can't be checked", None),
 "E5": ("Sasseur", "Il faut attendre 2 ans pour obtenir un globe de Thaddeus Fettiplace", "Thaddeus Fettiplace, globemaker", "Person", "Tronqué", None),
 "F5": ("Bluteau", "Un baromètre à colonne de l'atelier Lusk demande 3 mois de travail", "Jemima Lusk, barometer restorer", "Person", "Contredit par les faits", ["https://gabblehub.example/c/lusk-colonne"]),
 "G5": ("Sasseur", "Les kaléidoscopes de Barnabas Brackenbury partent dans 45 pays", "Barnabas Brackenbury", "Person", "Vrai en partie", None),
 "H5": ("Bluteau", "Araminta Quennell a formé 250 élèves au montage de mouches", "Araminta Quennell, fly-tier", "Person", "Invérifiable en l'état", None),
}
ORDER = list(CLAIMS)  # date order, topics interleaved

SLUGS = {
 "A1": "aubriac-tanquerel-40000-cierges", "B1": "chambrevieille-mazeyrat-9-dentellieres", "C1": "vernouzet-escoffard-14-revues",
 "D1": "rocamadeil-pelissou-5000-ocarinas", "E1": "fettiplace-120-globes", "F1": "lusk-300-barometers", "G1": "brackenbury-2000-kaleidoscopes",
 "H1": "quennell-8000-flies", "A2": "tanquerel-cire-margeride", "B2": "mazeyrat-col-200-heures", "C2": "escoffard-plumes-mue",
 "D2": "pelissou-argile-un-kilometre", "E2": "fettiplace-12-gores", "F2": "lusk-shop-1836", "G2": "brackenbury-church-glass",
 "H2": "quennell-tay-salmon-1994", "A3": "tanquerel-chartres-jubile", "B3": "mazeyrat-reine-pays-bas-1962", "C3": "escoffard-cannes-1959",
 "D3": "pelissou-orchestre-radio-1948", "E3": "fettiplace-oslo-museum-1999", "F3": "lusk-lifeboat-1901", "G3": "brackenbury-hollywood-1968",
 "H3": "quennell-tokyo-museum", "A4": "tanquerel-since-1852", "B4": "mazeyrat-600-bobbins", "C4": "escoffard-2-tonnes",
 "D4": "pelissou-kiln-1911", "E4": "fettiplace-globe-40000-livres", "F4": "lusk-dernier-mercure", "G4": "brackenbury-plus-grand-kaleidoscope",
 "H4": "quennell-mouche-6-heures", "A5": "tanquerel-easter-candle-three-weeks", "B5": "mazeyrat-lace-school-2027", "C5": "escoffard-brazil-60",
 "D5": "pelissou-tuned-by-ear", "E5": "fettiplace-attente-2-ans", "F5": "lusk-colonne-3-mois", "G5": "brackenbury-45-pays", "H5": "quennell-250-eleves",
}

SCALES = {
 "Bluteau": (1, 5, {"Inventé de toutes pièces": 1, "Contredit par les faits": 1, "Exagéré": 2, "Trompeur": 2, "Mi-figue mi-raisin": 3,
                    "Invérifiable en l'état": 3, "Fondé pour l'essentiel": 4, "Vrai": 5}),
 "Sasseur": (0, 10, {"Faux": 0, "Démenti": 0, "Amplifié": 3, "Tronqué": 3, "Vrai en partie": 5, "Sans preuve": 5, "Plutôt juste": 8, "Avéré": 10}),
 "Plumb Bob": (1, 7, {"False": 1, "Made up": 1, "Overstated": 3, "Lacks context": 3, "Half right": 4, "Can't be checked": 4,
                      "Largely true": 6, "True": 7}),
 "Awlmark Desk": (0, 5, {"Untrue": 0.0, "Nothing to it": 0.0, "Inflated": 1.5, "Misleading": 1.5, "Partly true": 2.5,
                         "Not enough to go on": 2.5, "On the whole right": 4.0, "Right": 5.0}),
}
EXPLAIN = {"Untrue": "Records contradict the claim.", "Nothing to it": "No evidence at all supports it.",
           "Inflated": "The real figure is markedly lower.", "Misleading": "True in part, but leaves out what changes its meaning.",
           "Partly true": "Some of it holds, some does not.", "Not enough to go on": "Neither proof nor disproof could be found.",
           "On the whole right": "Correct in substance, with minor inaccuracies.", "Right": "Documents confirm it."}


def build():
    out = {}
    start = date(2026, 1, 8)
    for i, key in enumerate(ORDER):
        checker, claim, who, wtype, wording, appearance = CLAIMS[key]
        d = start + timedelta(days=6 * i)
        cd = d - timedelta(days=3 + i % 4)
        worst, best, vals = SCALES[checker]
        v = vals[wording]
        slug = SLUGS[key]
        lang = "fr" if checker in ("Bluteau", "Sasseur") else "en"
        item = {"@type": "Claim", "author": {"@type": wtype, "name": who}}
        if checker == "Bluteau":
            cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": f"https://bluteau.example/verifications/{slug}",
                  "headline": f"{claim} ? Ce que nous avons trouvé", "claimReviewed": claim}
            item["datePublished"] = cd.isoformat()
            if appearance:
                item["appearance"] = {"@type": "CreativeWork", "url": appearance if isinstance(appearance, str) else appearance[0]}
            cr.update({"itemReviewed": item, "author": {"@type": "Organization", "name": "Bluteau", "url": "https://bluteau.example/"},
                       "reviewRating": {"@type": "Rating", "ratingValue": v, "bestRating": best, "worstRating": worst, "alternateName": wording},
                       "datePublished": d.isoformat(), "inLanguage": lang})
        elif checker == "Sasseur":
            off = "+02:00" if date(2026, 3, 29) <= d < date(2026, 10, 25) else "+01:00"
            cr = {"@context": "http://schema.org", "@type": "ClaimReview", "url": f"https://sasseur-verif.example/{d.year}/{d.month:02d}/{slug}",
                  "claimReviewed": claim}
            item["datePublished"] = cd.isoformat() + "T20:15:00" + off
            if appearance:
                item["appearance"] = [{"@type": "CreativeWork", "url": u} for u in (appearance if isinstance(appearance, list) else [appearance])]
            cr.update({"itemReviewed": item, "author": {"@type": "Organization", "name": "Sasseur", "url": "https://sasseur-verif.example/",
                                                        "sameAs": ["https://gabblehub.example/sasseur", "https://jabberloft.example/sasseur"]},
                       "reviewRating": {"@type": "Rating", "ratingValue": str(v), "bestRating": str(best), "worstRating": str(worst), "alternateName": wording},
                       "datePublished": d.isoformat() + "T07:45:00" + off, "inLanguage": lang})
        elif checker == "Plumb Bob":
            cr = {"@context": "https://schema.org", "@type": ["ClaimReview"], "url": f"https://plumbbob-checks.example/findings/{slug}.html",
                  "claimReviewed": claim}
            item["datePublished"] = cd.isoformat()
            if appearance:
                item["appearance"] = {"@type": "CreativeWork", "url": appearance if isinstance(appearance, str) else appearance[0]}
            cr.update({"itemReviewed": item, "author": {"@type": "Organization", "name": "Plumb Bob", "url": "https://plumbbob-checks.example/",
                                                        "logo": "https://plumbbob-checks.example/img/logo.png"},
                       "reviewRating": {"@type": "Rating", "ratingValue": v, "bestRating": best, "worstRating": worst, "alternateName": wording},
                       "datePublished": d.isoformat(), "inLanguage": lang})
        else:
            cr = {"@context": "https://schema.org", "@type": "ClaimReview", "url": f"https://awlmark.example/verdicts/{slug}/",
                  "claimReviewed": claim}
            item["datePublished"] = cd.isoformat() + "T16:00:00Z"
            if appearance:
                item["appearance"] = {"@type": "CreativeWork", "url": appearance if isinstance(appearance, str) else appearance[0]}
            cr.update({"itemReviewed": item, "author": {"@type": "Organization", "name": "Awlmark Desk", "url": "https://awlmark.example/",
                                                        "logo": {"@type": "ImageObject", "url": "https://awlmark.example/logo.svg"}},
                       "reviewRating": {"@type": "Rating", "ratingValue": v, "bestRating": float(best), "worstRating": float(worst),
                                        "alternateName": wording, "ratingExplanation": EXPLAIN[wording]},
                       "datePublished": d.isoformat() + "T09:30:00Z", "inLanguage": lang})
        out[key] = cr
    return out
