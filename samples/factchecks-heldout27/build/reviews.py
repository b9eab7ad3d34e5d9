"""The 40 fictional ClaimReview items of factchecks-heldout27 (all invented)."""

from datetime import date, timedelta

# key: (checker, slug, claim, claim author (type, name), wording, appearance url or None)
CLAIMS = {
    # A. Sauvaire briar pipe works, Bormeillan (Var)
    "A1": ("Pointeau", "bormeillan-sauvaire-20000-pipes",
           "La fabrique de pipes Sauvaire de Bormeillan tourne 20 000 pipes de bruyère par an",
           ("Person", "Léonce Sauvaire, pipier"), "Grossi", "https://tattlenest.example/p/sauvaire-pipes-annee"),
    "A2": ("Riflard", "sauvaire-souches-maures",
           "Les pipes Sauvaire sont taillées uniquement dans des souches de bruyère du massif des Maures",
           ("Organization", "Pipes Sauvaire"), "Sorti de son contexte", None),
    "A3": ("Pointeau", "sauvaire-roi-de-suede-1954",
           "Une pipe Sauvaire a été offerte au roi de Suède lors de sa visite à Toulon en 1954",
           ("Person", "Ambroise Tallavignes, conseiller municipal"), "Pure invention", None),
    "A4": ("Scorper", "sauvaire-founded-1897",
           "The Sauvaire pipe works in Bormeillan was founded in 1897",
           ("Organization", "Pipes Sauvaire"), "Correct", None),
    "A5": ("Froe Desk", "sauvaire-root-five-years",
           "Sauvaire leaves every briar root to dry for five years before it is turned into a pipe",
           ("Person", "Léonce Sauvaire"), "Some truth in it", "https://murmurly.example/v/briar-drying"),
    # B. Quentrel fan house, Saint-Herbelot (Oise)
    "B1": ("Riflard", "saint-herbelot-quentrel-12-eventaillistes",
           "La maison d'éventails Quentrel de Saint-Herbelot emploie 12 éventaillistes",
           ("Person", "Apolline Quentrel, éventailliste"), "Confirmé", None),
    "B2": ("Riflard", "quentrel-opera-1925",
           "Les danseuses de l'Opéra de Paris ont porté des éventails Quentrel en 1925",
           ("Organization", "Maison Quentrel"), "Infondé", "https://tattlenest.example/p/quentrel-opera"),
    "B3": ("Pointeau", "quentrel-40-heures",
           "Chaque éventail de la maison Quentrel demande 40 heures de travail",
           ("Person", "Apolline Quentrel"), "Ni vrai ni faux", None),
    "B4": ("Froe Desk", "quentrel-70-percent-us",
           "Quentrel sells 70% of its hand fans to collectors in the United States",
           ("Person", "Apolline Quentrel"), "Skewed", None),
    "B5": ("Scorper", "quentrel-leaving-for-paris-2027",
           "The Quentrel fan house will leave Saint-Herbelot for Paris in 2027",
           ("Organization", "murmurly user"), "Unproven", "https://murmurly.example/v/quentrel-move"),
    # C. Figuerol cork works, Castanyols (Pyrénées-Orientales)
    "C1": ("Riflard", "castanyols-figuerol-15-millions",
           "La bouchonnerie Figuerol de Castanyols produit 15 millions de bouchons de liège par an",
           ("Person", "Montserrat Figuerol, gérante"), "Enjolivé", None),
    "C2": ("Pointeau", "figuerol-chenes-vallespir",
           "La bouchonnerie Figuerol n'utilise que le liège des chênes du Vallespir",
           ("Organization", "Bouchonnerie Figuerol"), "Hors contexte", "https://tattlenest.example/p/figuerol-vallespir"),
    "C3": ("Riflard", "figuerol-paquebot-normandie-1935",
           "Des bouchons Figuerol fermaient les bouteilles servies à bord du paquebot Normandie en 1935",
           ("Organization", "Bouchonnerie Figuerol"), "Pas vérifiable", None),
    "C4": ("Scorper", "figuerol-regional-aid-2025",
           "The Figuerol cork works received 1.2 million euros of regional aid in 2025",
           ("Person", "Ambroise Tallavignes"), "Broadly accurate", None),
    "C5": ("Froe Desk", "figuerol-oaks-nine-years",
           "The cork used by Figuerol is stripped from each oak only once every nine years",
           ("Person", "Montserrat Figuerol"), "Accurate", None),
    # D. Chassagnol parchment works, Vaurillac (Corrèze)
    "D1": ("Pointeau", "vaurillac-chassagnol-derniere",
           "La parcheminerie Chassagnol de Vaurillac est la dernière parcheminerie de France",
           ("Person", "Baptistin Chassagnol, parcheminier"), "Globalement exact", None),
    "D2": ("Riflard", "chassagnol-3000-peaux",
           "La parcheminerie Chassagnol prépare 3 000 peaux par an",
           ("Person", "Baptistin Chassagnol"), "Solide dans les grandes lignes", None),
    "D3": ("Pointeau", "chassagnol-traite-elysee-1963",
           "Un traité signé à l'Élysée en 1963 a été rédigé sur un parchemin Chassagnol",
           ("Organization", "Office de tourisme de Vaurillac"), "Impossible à trancher", None),
    "D4": ("Froe Desk", "chassagnol-limousin-calves",
           "Chassagnol parchment is made only from the skins of Limousin calves",
           ("Organization", "Parcheminerie Chassagnol"), "Not so", "https://murmurly.example/v/chassagnol-calves"),
    "D5": ("Scorper", "chassagnol-8-employees",
           "The Chassagnol parchment works in Vaurillac employs 8 people",
           ("Person", "Baptistin Chassagnol"), "Stretched", None),
    # E. Jethro Tewsley, bowyer, Yarlhope (Herefordshire)
    "E1": ("Scorper", "yarlhope-tewsley-60-longbows",
           "Yarlhope bowyer Jethro Tewsley makes 60 longbows a year",
           ("Person", "Jethro Tewsley, bowyer"), "Cherry-picked", None),
    "E2": ("Froe Desk", "tewsley-english-yew-only",
           "Jethro Tewsley's longbows are cut only from English yew",
           ("Person", "Jethro Tewsley"), "Mostly sound", "https://murmurly.example/v/tewsley-yew"),
    "E3": ("Scorper", "tewsley-bhutan-2008",
           "A Tewsley longbow was presented to the King of Bhutan in 2008",
           ("Organization", "Yarlhope Bowmen"), "Fabricated", None),
    "E4": ("Pointeau", "tewsley-arc-300-metres",
           "Un arc long de Jethro Tewsley peut tirer une flèche à 300 mètres",
           ("Person", "Caradoc Penhale, archer"), "Faux sur toute la ligne", None),
    "E5": ("Riflard", "tewsley-attente-18-mois",
           "Il faut attendre 18 mois pour obtenir un arc de Jethro Tewsley",
           ("Person", "Jethro Tewsley"), "Partagé", None),
    # F. Ninian Coulthard, stickmaker, Bellingrigg (Northumberland)
    "F1": ("Froe Desk", "bellingrigg-coulthard-400-sticks",
           "Bellingrigg stickmaker Ninian Coulthard makes 400 walking sticks a year",
           ("Person", "Ninian Coulthard, stickmaker"), "Embellished", None),
    "F2": ("Scorper", "coulthard-11-years-top-prize",
           "Ninian Coulthard's sticks have taken the top prize at the county show for 11 years running",
           ("Organization", "Bellingrigg Stick Dressers"), "Mixed bag", "https://tattlenest.example/p/coulthard-prize"),
    "F3": ("Froe Desk", "coulthard-crook-durham-1997",
           "A Coulthard shepherd's crook was carried by a bishop in Durham Cathedral in 1997",
           ("Person", "Ninian Coulthard"), "No way to know", None),
    "F4": ("Riflard", "coulthard-noisetier-ses-terres",
           "Les cannes de Ninian Coulthard sont taillées dans du noisetier coupé sur ses propres terres",
           ("Person", "Ninian Coulthard"), "Confirmé", None),
    "F5": ("Pointeau", "coulthard-corne-belier-6-mois",
           "Une canne à poignée en corne de bélier de Ninian Coulthard demande 6 mois de travail",
           ("Person", "Ninian Coulthard"), "Exact", None),
    # G. Keturah Honeysett, Windsor chairmaker, Fernhampstead (Buckinghamshire)
    "G1": ("Scorper", "fernhampstead-honeysett-35-chairs",
           "Fernhampstead chairmaker Keturah Honeysett makes 35 Windsor chairs a year",
           ("Person", "Keturah Honeysett, chairmaker"), "Correct", None),
    "G2": ("Froe Desk", "honeysett-no-screw-no-nail",
           "Keturah Honeysett's chairs are put together without a single screw or nail",
           ("Organization", "Honeysett Chairs"), "Accurate", "https://murmurly.example/v/honeysett-joints"),
    "G3": ("Scorper", "honeysett-downing-street-2012",
           "Honeysett chairs were ordered for 10 Downing Street in 2012",
           ("Organization", "Fernhampstead Village Society"), "Wrong", None),
    "G4": ("Pointeau", "honeysett-chaises-depuis-1880",
           "La famille Honeysett fabrique des chaises à Fernhampstead depuis 1880",
           ("Organization", "Honeysett Chairs"), "Globalement exact", None),
    "G5": ("Riflard", "honeysett-chaise-2500-livres",
           "Une chaise Windsor de Keturah Honeysett se vend 2 500 livres sterling",
           ("Person", "Keturah Honeysett"), "Erroné", "https://tattlenest.example/p/honeysett-prix"),
    # H. Grimshaw Press, letterpress printer, Thurlmere (Norfolk)
    "H1": ("Froe Desk", "thurlmere-grimshaw-90000-invitations",
           "The Grimshaw Press in Thurlmere prints 90,000 wedding invitations a year",
           ("Person", "Tabitha Grimshaw, printer"), "Mostly sound", None),
    "H2": ("Scorper", "grimshaw-press-built-1868",
           "The main press at Tabitha Grimshaw's print shop was built in 1868",
           ("Person", "Tabitha Grimshaw"), "Unproven", None),
    "H3": ("Froe Desk", "grimshaw-world-cup-1966",
           "The Grimshaw Press printed the programmes for the 1966 World Cup final",
           ("Organization", "Thurlmere Heritage Group"), "Baseless", "https://murmurly.example/v/grimshaw-1966"),
    "H4": ("Riflard", "grimshaw-caracteres-plomb",
           "L'imprimerie Grimshaw de Thurlmere compose tous ses textes à la main, en caractères de plomb",
           ("Organization", "Grimshaw Press"), "Solide dans les grandes lignes", None),
    "H5": ("Pointeau", "grimshaw-papier-coton-recycle",
           "L'imprimerie Grimshaw n'imprime que sur du papier de coton recyclé",
           ("Person", "Tabitha Grimshaw"), "Impossible à trancher", None),
}

SCALES = {
    "Pointeau": {"Pure invention": 1, "Faux sur toute la ligne": 1, "Grossi": 2, "Hors contexte": 2,
                 "Ni vrai ni faux": 3, "Impossible à trancher": 3, "Globalement exact": 5, "Exact": 6},
    "Riflard": {"Infondé": 0, "Erroné": 0, "Enjolivé": 25, "Sorti de son contexte": 25, "Partagé": 50,
                "Pas vérifiable": 50, "Solide dans les grandes lignes": 75, "Confirmé": 100},
    "Scorper": {"Fabricated": 1, "Wrong": 1, "Stretched": 4, "Cherry-picked": 4, "Mixed bag": 5, "Unproven": 5,
                "Broadly accurate": 8, "Correct": 10},
    "Froe Desk": {"Baseless": 0.0, "Not so": 0.0, "Embellished": 1.5, "Skewed": 1.5, "Some truth in it": 2.0,
                  "No way to know": 2.0, "Mostly sound": 3.0, "Accurate": 4.0},
}
EXPLAIN = {
    "Baseless": "Nothing we found supports the claim.", "Not so": "The records contradict it.",
    "Embellished": "There is a true core, but the claim enlarges it.",
    "Skewed": "The figure leaves out the part that changes its meaning.",
    "Some truth in it": "Part of the claim holds, part does not.",
    "No way to know": "No document allows a verdict either way.",
    "Mostly sound": "The claim holds apart from a minor detail.", "Accurate": "The claim is correct.",
}

START = date(2026, 1, 9)
ORDER = [f"{t}{r}" for r in range(1, 6) for t in "ABCDEFGH"]


def build() -> list[dict]:
    out = []
    for i, key in enumerate(ORDER):
        checker, slug, claim, (atype, aname), wording, appearance = CLAIMS[key]
        d = START + timedelta(days=6 * i)
        cd = d - timedelta(days=3 + i % 4)
        value = SCALES[checker][wording]
        item = {"@type": "Claim", "author": {"@type": atype, "name": aname}}
        if checker == "Pointeau":
            cr = {"@context": "https://schema.org", "@type": "ClaimReview",
                  "url": f"https://pointeau.example/verifs/{slug}",
                  "headline": f"{claim} ? Notre vérification",
                  "claimReviewed": claim}
            item["datePublished"] = cd.isoformat()
            if appearance:
                item["appearance"] = {"@type": "CreativeWork", "url": appearance}
            cr["itemReviewed"] = item
            cr["author"] = {"@type": "Organization", "name": "Pointeau", "url": "https://pointeau.example/"}
            cr["reviewRating"] = {"@type": "Rating", "ratingValue": value, "bestRating": 6, "worstRating": 1,
                                  "alternateName": wording}
            cr["datePublished"] = d.isoformat()
            cr["inLanguage"] = "fr"
        elif checker == "Riflard":
            off = "+01:00" if d.month < 4 or d.month > 10 else "+02:00"
            cr = {"@context": "http://schema.org", "@type": "ClaimReview",
                  "url": f"https://riflard.example/{d.year}/{d.month:02d}/{slug}",
                  "claimReviewed": claim}
            item["datePublished"] = f"{cd.isoformat()}T18:45:00{off}"
            if appearance:
                item["appearance"] = [{"@type": "CreativeWork", "url": appearance}]
            cr["itemReviewed"] = item
            cr["author"] = {"@type": "Organization", "name": "Riflard", "url": "https://riflard.example/",
                            "sameAs": ["https://tattlenest.example/riflard", "https://murmurly.example/riflard"]}
            cr["reviewRating"] = {"@type": "Rating", "ratingValue": str(value), "bestRating": "100",
                                  "worstRating": "0", "alternateName": wording}
            cr["datePublished"] = f"{d.isoformat()}T08:30:00{off}"
            cr["inLanguage"] = "fr"
        elif checker == "Scorper":
            cr = {"@context": "https://schema.org", "@type": ["ClaimReview"],
                  "url": f"https://scorper-checks.example/verdicts/{slug}.html",
                  "claimReviewed": claim}
            item["datePublished"] = cd.isoformat()
            if appearance:
                item["appearance"] = {"@type": "CreativeWork", "url": appearance}
            cr["itemReviewed"] = item
            cr["author"] = {"@type": "Organization", "name": "Scorper", "url": "https://scorper-checks.example/",
                            "logo": "https://scorper-checks.example/logo.png"}
            cr["reviewRating"] = {"@type": "Rating", "ratingValue": value, "bestRating": 10, "worstRating": 1,
                                  "alternateName": wording}
            cr["datePublished"] = d.isoformat()
            cr["inLanguage"] = "en"
        else:
            cr = {"@context": "https://schema.org", "@type": "ClaimReview",
                  "url": f"https://froedesk.example/rulings/{slug}/",
                  "claimReviewed": claim}
            item["datePublished"] = f"{cd.isoformat()}T16:00:00Z"
            if appearance:
                item["appearance"] = {"@type": "CreativeWork", "url": appearance}
            cr["itemReviewed"] = item
            cr["author"] = {"@type": "Organization", "name": "Froe Desk", "url": "https://froedesk.example/",
                            "logo": {"@type": "ImageObject", "url": "https://froedesk.example/mark.svg",
                                     "width": 120, "height": 120}}
            cr["reviewRating"] = {"@type": "Rating", "ratingValue": value, "bestRating": 4.0, "worstRating": 0.0,
                                  "alternateName": wording, "ratingExplanation": EXPLAIN[wording]}
            cr["datePublished"] = f"{d.isoformat()}T10:20:00Z"
            cr["inLanguage"] = "en"
        out.append((key, cr))
    return out
