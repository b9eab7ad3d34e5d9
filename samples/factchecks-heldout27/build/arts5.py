"""The six articles without any reviewed claim (same towns and outlets as the reviewed topics)."""

ARTICLES = [
    {
        "id": "fr-pavois-brocante",
        "url": "https://pavois-saint-herbelot.example/vie-locale/2026/06/grande-brocante-printemps",
        "outlet": "Le Pavois de Saint-Herbelot",
        "published": "2026-06-14",
        "language": "fr",
        "title": "Saint-Herbelot : la grande brocante a fait le plein malgré l'averse",
        "text": """Il a fallu sortir les bâches dès huit heures du matin, dimanche, quand un gros nuage noir s'est arrêté juste au-dessus de la place de l'église. Mais l'averse n'a duré qu'un quart d'heure, et la grande brocante de printemps de Saint-Herbelot a retrouvé ses couleurs et ses chineurs avant même l'heure du café.

Cette année, près de deux cent trente exposants s'étaient inscrits auprès du comité des fêtes, un record selon sa présidente, Rosalie Casimir. Les emplacements s'étendaient de la rue du Moulin jusqu'au terrain de football, où les enfants tenaient leurs propres stands de jouets et de bandes dessinées.

On y trouvait de tout : des services de table dépareillés, des outils de jardin, des vinyles, des cartes postales anciennes du village et même une vieille mobylette bleue, vendue en moins d'une heure à un collectionneur venu de Creil. « Les gens ne cherchent plus seulement des bonnes affaires, ils cherchent des souvenirs », observe un habitué.

La buvette, tenue par les parents d'élèves, a servi plus de six cents crêpes. Les bénéfices financeront une classe de découverte en Normandie pour les élèves de CM2. Le club de gymnastique proposait de son côté une démonstration sur le parvis de la mairie, très applaudie.

La municipalité avait fermé la rue principale à la circulation de six heures à dix-neuf heures. Quelques riverains se sont plaints du bruit des camionnettes au petit matin, mais la plupart des habitants ont joué le jeu.

Le comité des fêtes donne rendez-vous aux chineurs en septembre pour une seconde édition, plus modeste, consacrée aux livres et aux vêtements. Les inscriptions ouvriront à la mi-août à la mairie.""",
    },
    {
        "id": "fr-sardane-cerises",
        "url": "https://sardane-castanyols.example/vie-locale/2026/06/fete-de-la-cerise",
        "outlet": "La Sardane de Castanyols",
        "published": "2026-06-02",
        "language": "fr",
        "title": "Castanyols fête ses cerises sous un grand soleil",
        "text": """La place de la Font était noire de monde samedi pour la vingt-deuxième fête de la cerise de Castanyols. Dès dix heures, les producteurs de la vallée avaient installé leurs cagettes rouges et brillantes sous les platanes, et les premières barquettes s'arrachaient avant même l'ouverture officielle.

La récolte s'annonce belle cette année, après deux printemps gâchés par le gel. « Les arbres sont chargés, les fruits sont sucrés, on n'a pas à se plaindre », se réjouit Eulalie Prosper, qui cultive trois hectares de vergers sur les hauteurs du village avec son frère.

Le concours du noyau craché a, comme chaque année, attiré les foules. Le vainqueur, un adolescent de Prats, a envoyé son noyau à plus de onze mètres, sous les applaudissements d'une tribune improvisée sur les marches de la mairie. Chez les adultes, la victoire est revenue à un boulanger de la commune, déjà titré il y a deux ans.

Les cuisiniers de l'association des aînés proposaient des clafoutis, des confitures et une soupe de cerises au vin doux qui a eu beaucoup de succès. Une chorale catalane a chanté en fin d'après-midi, avant le bal du soir, animé par un orchestre de Perpignan jusqu'à une heure du matin.

Le maire a profité de l'inauguration pour annoncer la rénovation prochaine de la halle couverte, dont la charpente donne des signes de fatigue. Le chantier s'ouvrira après les vendanges pour une demi-année environ ; le marché du jeudi sera déplacé sur le parking de l'école en attendant.

Les organisateurs remercient les bénévoles, une soixantaine cette année, ainsi que les pompiers, présents toute la journée en cas de coup de chaleur.""",
    },
    {
        "id": "fr-feuillardier-etoiles",
        "url": "https://feuillardier-vaurillac.example/loisirs/2026/08/nuit-des-etoiles",
        "outlet": "Le Feuillardier de Vaurillac",
        "published": "2026-08-18",
        "language": "fr",
        "title": "Vaurillac : une nuit à compter les étoiles filantes",
        "text": """Ils étaient plus de cent cinquante, allongés sur des couvertures dans le pré du Puy-Haut, à scruter le ciel samedi soir. Pour sa troisième édition, la nuit des étoiles de Vaurillac a bénéficié d'un ciel parfaitement dégagé, chose rare ces dernières années à la mi-août.

Le club d'astronomie amateur de la vallée avait installé six télescopes en bordure du champ. Les enfants faisaient la queue pour observer les anneaux de Saturne et les cratères de la Lune, pendant que les animateurs expliquaient, lampe rouge à la main, comment repérer les constellations de l'été.

Vers minuit, le spectacle a commencé : des dizaines d'étoiles filantes ont traversé le ciel, arrachant des cris de joie aux plus jeunes. « On en a compté quarante-deux en une heure », affirme fièrement Ursule Delphine, dix ans, venue avec ses grands-parents depuis Tulle.

La commune avait accepté d'éteindre l'éclairage des rues du bourg de vingt-trois heures à trois heures du matin pour faciliter les observations. Plusieurs habitants ont salué l'initiative et demandé qu'elle soit renouvelée plus souvent, au moins une fois par mois.

Le comité des fêtes servait de la soupe chaude et des tisanes, bienvenues quand la fraîcheur est tombée sur le plateau. Les recettes serviront à financer l'achat d'un nouveau télescope pour le club, qui accueille désormais une vingtaine de membres.

Les organisateurs espèrent obtenir l'an prochain le label de village étoilé, qui récompense les communes engagées contre la pollution lumineuse. Un dossier doit être déposé à l'automne auprès de l'association nationale chargée de l'attribuer.""",
    },
    {
        "id": "en-yarlhope-scarecrows",
        "url": "https://yarlhopejournal.example/news/2026/07/scarecrow-festival",
        "outlet": "Yarlhope Journal",
        "published": "2026-07-12",
        "language": "en",
        "title": "Scarecrows take over Yarlhope for a week",
        "text": """Yarlhope has been invaded. For the seventh summer running, dozens of straw figures have appeared on garden walls, benches and front doorsteps across the village, and visitors have been following a paper trail to find them all.

This year's theme was "famous faces", and residents rose to the challenge. There is a straw astronaut on the roof of the bus shelter, a tennis player outside the doctor's surgery and a remarkably convincing weather presenter pointing at a hand-drawn map by the war memorial. A scarecrow dressed as a vicar was placed, perhaps inevitably, on a chair outside the church.

Organiser Prosper Gambrill said sixty-three scarecrows had been entered, up from forty last year. Trail maps cost two pounds from the village shop, and the money raised will go towards repairing the playground fence and buying new equipment for the toddlers' group.

The winner, chosen by a panel of pupils from the primary school, was a family on Mill Hill whose straw ballerina balanced on one leg on a garden gate for five windy days without falling over. "We used a lot of wire," admitted the father. "And a lot of prayer."

The festival ended on Saturday with a tea party on the green, where the village band played and a local baker handed out scones shaped like little straw hats. Several scarecrows will be auctioned off next week; the astronaut is reported to have attracted the most interest.

Next year's theme will be announced at the harvest supper in September.""",
    },
    {
        "id": "en-bellingrigg-sheepdogs",
        "url": "https://bellingriggtidings.example/news/2026/08/sheepdog-trials",
        "outlet": "Bellingrigg Tidings",
        "published": "2026-08-09",
        "language": "en",
        "title": "Young handler takes top honours at Bellingrigg sheepdog trials",
        "text": """A nineteen-year-old shepherd from the upper valley stole the show at the Bellingrigg sheepdog trials on Saturday, beating handlers with decades more experience to win the open class with a four-year-old bitch called Fly.

More than forty dogs ran over the course on the haugh beside the river, a demanding stretch of rough grass with a tight gate and a pen set awkwardly close to a dry-stone wall. Conditions were difficult: a gusty wind blew down the valley all afternoon, and several experienced dogs lost their sheep at the first turn.

The winner, Marguerite Orrell, said she had only started entering trials two years ago. "Fly does the hard work. I just try not to shout too much," she said, as her dog lay panting under the judges' trailer. Her grandfather, who farmed the same hill for fifty years, watched from the bank.

The nursery class, for younger dogs, was won by a collie from just over the Scottish border. A special prize for the best local handler went to a retired postman who has run dogs at the trials since the 1970s.

Spectators enjoyed tea and home baking from the Women's Institute tent, and children were kept busy with a duck-herding demonstration that ended, to general delight, with the ducks escaping into the river.

The committee thanked the landowner and the volunteers who marked out the course. Next year's trials will be held on the second Saturday of August, and entries will open in the spring.""",
    },
    {
        "id": "en-thurlmere-regatta",
        "url": "https://thurlmerelantern.example/news/2026/07/regatta-sunshine",
        "outlet": "Thurlmere Lantern",
        "published": "2026-07-26",
        "language": "en",
        "title": "Sunshine and a capsize at the Thurlmere regatta",
        "text": """The broad below Thurlmere was crowded with sails on Saturday for the town's annual regatta, held in bright sunshine and a steady breeze that kept the racing lively from the first gun to the last.

More than ninety boats took part across eleven classes, from tiny children's dinghies to the old wooden cruisers that have been sailing on these waters for generations. The club's commodore said the entry was the biggest since the regatta resumed after a break of several years.

The most dramatic moment came in the afternoon, when a two-person dinghy capsized close to the bank in front of the clubhouse. Both sailors were quickly back aboard, soaked but laughing, and went on to finish the race to loud cheers from the lawn.

The main trophy, a silver cup first awarded before the First World War, was won by a retired engineer and his granddaughter sailing a varnished dinghy he built himself in his garage. "She steers, I bail," he said.

On shore, the rowing races for children and a tug of war between teams from the Swan and the Ferry Inn drew large crowds. The lifeboat crew gave a demonstration off the staithe, while a brass band kept everyone entertained on the green until the prize-giving at six.

Organisers thanked the volunteers who ran the safety boats and the river authority for its help. Proceeds will go towards a new slipway and a training boat for young sailors, and the club hopes to run free taster sessions next summer.""",
    },
]
