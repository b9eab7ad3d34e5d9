"""Articles of topics C (cork stoppers, Castanyols) and D (parchment, Vaurillac)."""

ARTICLES = [
    {
        "id": "fr-sardane-bouchons",
        "url": "https://sardane-castanyols.example/economie/2026/09/bouchonnerie-figuerol-vendanges",
        "outlet": "La Sardane de Castanyols",
        "published": "2026-09-22",
        "language": "fr",
        "title": "À Castanyols, la bouchonnerie tourne à plein avant les vendanges",
        "text": """Sur le parking de la zone des Suredes, les camions de vignerons se succèdent depuis l'aube. En septembre, la bouchonnerie Figuerol vit au rythme des caves de tout le Roussillon, et les machines ne s'arrêtent qu'à la nuit tombée.

[[L C1|D'après la gérante, Montserrat Figuerol, quinze millions de bouchons sortent chaque année des ateliers.]] [[N C1|Il y a vingt ans, l'usine en livrait à peine six millions, rappelle un ancien chef d'équipe.]] La gérante parle volontiers de la modernisation : une nouvelle ligne de tri optique, des presses remplacées, un séchoir agrandi.

[[L C4|Ces machines ont été financées en bonne partie par une généreuse enveloppe de la Région, versée l'an dernier, rappelle-t-on à la mairie.]] [[N C4|La commune, elle, a prêté en 2023 un terrain communal pour stocker l'écorce.]]

Dans la cour, les planches d'écorce grise sèchent en piles hautes comme des maisons. [[L C5|Un chêne ne se laisse déshabiller de son écorce qu'une fois tous les neuf ans, explique la gérante.]] [[N C5|Une fois levées, les planches reposent ensuite six mois à l'air libre avant d'être bouillies.]] [[N C2|Une partie de l'écorce arrive désormais du Portugal, reconnaît-elle, faute de récolte suffisante cette année.]]

[[N C3|Une affiche des années trente, encadrée dans le bureau, vante des bouchons fournis à une compagnie de wagons-lits.]] La gérante ignore tout de son histoire et n'a jamais trouvé la facture correspondante.

L'entreprise emploie une cinquantaine de personnes et recrute chaque automne des intérimaires pour le tri. Des visites sont organisées le vendredi après-midi pendant l'été, en réservant à l'office de tourisme. La boutique vend des dessous-de-plat, des sacs et même des chaussures en liège, fabriqués par un atelier partenaire de Céret.""",
    },
    {
        "id": "fr-sardane-bouchons-rumeurs",
        "url": "https://sardane-castanyols.example/societe/2026/10/liege-paquebots-subventions",
        "outlet": "La Sardane de Castanyols",
        "published": "2026-10-16",
        "language": "fr",
        "title": "Liège, paquebots et subventions : ce que l'on raconte sur la bouchonnerie",
        "text": """À Castanyols, la bouchonnerie est le premier employeur, et donc le premier sujet de conversation. Depuis l'été, plusieurs affirmations circulent à son sujet sur les marchés et dans les groupes de discussion du village. Nous les avons vérifiées une à une.

[[L C2|Sur un forum de vignerons, un message affirme que toute l'écorce travaillée ici provient des forêts de notre vallée, et d'aucune autre.]] [[N C2|Les bouchons dits techniques, en revanche, utilisent des granulés achetés en Espagne, confirme l'entreprise.]] Le forum n'a pas répondu à nos questions.

[[L C4|Un tract distribué au marché assurait que l'entreprise avait touché 1,2 million d'euros d'argent régional en 2025.]] [[N C4|Une aide de quarante mille euros avait déjà été versée en 2022 pour la formation des trieuses.]] Son auteur est resté anonyme ; la direction, elle, ne conteste pas le montant.

[[L C5|Autre affirmation, vérifiée auprès des forestiers : un même arbre ne se fait écorcer que tous les neuf ans.]] [[N C5|Certains propriétaires espagnols attendraient plutôt douze ans pour obtenir une écorce plus épaisse.]]

[[N C3|Quant aux bouteilles du paquebot dont on parle au café, le musée du port évoque un autre navire, en 1952, et un autre fournisseur.]] Aucune archive consultée par notre rédaction ne mentionne cette livraison.

[[N C1|Enfin, une usine concurrente installée près de Céret annonce trente millions de bouchons par an.]] Comparer les deux chiffres n'a guère de sens, prévient un ancien de la profession, car les deux maisons ne font pas les mêmes produits.

La direction de la bouchonnerie dit « accueillir ces rumeurs avec le sourire ». Elle prépare une journée portes ouvertes pour le mois de mai, avec démonstration de levée d'écorce dans la forêt communale, à condition que la météo le permette.""",
    },
    {
        "id": "en-moorhen-cork",
        "url": "https://moorhenwire.example/business/2026/10/cork-village-natural-stoppers",
        "outlet": "Moorhen Wire",
        "published": "2026-10-28",
        "language": "en",
        "title": "French cork village bets on wine makers' taste for natural stoppers",
        "text": """CASTANYOLS, France (Moorhen Wire) - In a valley close to the Spanish border, a family firm is betting that wine makers will keep choosing bark over plastic and screw caps. The Figuerol works, the largest employer in this village of eleven hundred people, has just finished a busy harvest season.

[[L C1|The family firm says it turns out about fifteen million stoppers a year.]] [[N C1|In 2005 the works had thirty-one staff and a single sorting line.]] Montserrat Figuerol, who runs it, says demand from small estates has never been stronger, and that cork stoppers still close most of the region's better bottles.

[[L C2|All of the bark it works, the manager insists, comes from the oak woods of the valley around the village.]] [[N C2|Synthetic stoppers are made at a plant near Perpignan owned by a rival group.]]

[[L C5|A tree gives up its bark only once in nine years, said the manager, which is why the harvest is planned a decade ahead.]] [[N C5|The stripped slabs are boiled for an hour to clean and flatten them.]]

[[N C3|Its stoppers sealed bottles on a Mediterranean cruise ship in 1961, a company leaflet says.]] [[N C4|A national grant of 300,000 euros paid for a new boiler in 2021.]]

The firm sells mostly to wine makers in the south of France and in Catalonia, but it has recently signed an agreement with a cider producer in Normandy. Figuerol says the real threat is not plastic but fire: a blaze in the hills three summers ago destroyed part of the forest the village depends on, and replanted oaks will not give usable bark for decades.

Local officials hope a planned visitor centre will bring tourists up from the coast. Work is due to start next spring, pending a final decision by the department.""",
    },
    {
        "id": "fr-feuillardier-parchemin",
        "url": "https://feuillardier-vaurillac.example/actualites/2026/09/parcheminerie-chassagnol",
        "outlet": "Le Feuillardier de Vaurillac",
        "published": "2026-09-25",
        "language": "fr",
        "title": "À Vaurillac, les peaux du parcheminier sèchent sous la charpente",
        "text": """Il faut pousser une lourde porte de chêne, au fond de la cour de l'ancienne minoterie, pour découvrir l'atelier. Sous la charpente, des dizaines de peaux tendues sur des cadres de bois sèchent lentement, translucides comme du papier huilé. Baptistin Chassagnol y travaille depuis trente ans, après avoir appris le métier auprès de son oncle.

[[L D1|Le panneau à l'entrée assure qu'il n'existe plus aucun autre atelier de ce genre dans tout l'Hexagone.]] [[N D1|Une parcheminerie belge, la dernière du pays voisin, a fermé ses portes en 2014.]] L'artisan reste modeste : « Il y a des relieurs qui font un peu de parchemin chez eux, mais une vraie production, non. »

[[L D4|Les peaux, selon le parcheminier, viennent toutes de veaux nés dans les prés de la région, de la race à robe fauve qui fait la fierté du pays.]] [[N D4|Pour certaines reliures, il utilise pourtant de la chèvre venue du Maroc.]] [[N D2|Il y a dix ans, l'atelier ne préparait qu'un millier de peaux.]]

[[L D5|L'atelier fait aujourd'hui travailler huit personnes, dit-il, dont deux anciennes élèves de l'école de reliure.]] [[N D5|Deux intérimaires viennent en renfort au printemps, au moment des grosses commandes.]]

[[N D3|Un diplôme remis à un prix Nobel en 1987 aurait été calligraphié sur une peau de la maison, raconte-t-on au village.]] L'artisan n'en a jamais eu la preuve et préfère parler de ses clients actuels : restaurateurs de manuscrits, luthiers, facteurs de tambours, calligraphes.

Le travail reste long : trempage à la chaux, écharnage au couteau, ponçage à la pierre. L'atelier ouvre ses portes lors des Journées du patrimoine et accueille des classes sur rendez-vous. Un petit musée devrait voir le jour au rez-de-chaussée d'ici deux ans.""",
    },
    {
        "id": "fr-feuillardier-parchemin-legendes",
        "url": "https://feuillardier-vaurillac.example/actualites/2026/10/parchemin-ce-quon-dit",
        "outlet": "Le Feuillardier de Vaurillac",
        "published": "2026-10-20",
        "language": "fr",
        "title": "Parchemin : ce qu'on raconte sur l'atelier Chassagnol, et ce qu'il en est",
        "text": """Depuis qu'une émission de radio nationale lui a consacré un quart d'heure au mois d'août, l'atelier de parchemin de Vaurillac fait parler de lui bien au-delà du canton. Chiffres, légendes, affirmations : nous avons fait le tri avec l'artisan et avec la mairie.

[[L D2|Le parcheminier avance le chiffre de trois mille peaux préparées dans l'année.]] [[N D2|La moitié de ces peaux part chez des relieurs, le reste chez des restaurateurs.]] Il reconnaît que le total varie selon les commandes et les saisons.

[[L D4|Sur les réseaux, on lit que seuls des veaux limousins fournissent la matière première.]] [[N D4|Les peaux de mouton, plus fragiles, sont réservées aux abat-jour et aux tambourins.]]

[[L D5|Quant à l'équipe, l'office de tourisme parle de huit emplois dans sa documentation.]] [[N D5|En 1950, ils étaient vingt-deux, à l'époque où l'atelier fournissait encore les notaires.]]

[[N D3|Une charte de jumelage signée en 1978 avec une ville bavaroise a bien été rédigée sur une de ses peaux.]] La mairie en conserve une copie encadrée dans la salle du conseil.

[[N D1|Un autre atelier, en Alsace, ne fabrique plus que du vélin synthétique, précise le parcheminier.]] « Ce n'est pas le même produit, mais c'est un beau travail », ajoute-t-il avec diplomatie.

L'artisan, qui aura soixante ans cet hiver, cherche maintenant un successeur. Il a reçu plusieurs candidatures depuis l'émission, dont celle d'une jeune relieuse venue de Clermont-Ferrand. Il assure qu'il prendra le temps de choisir : « Il faut cinq ans pour savoir écharner proprement. On ne choisit pas quelqu'un en un après-midi. »""",
    },
    {
        "id": "en-moorhen-parchment",
        "url": "https://moorhenwire.example/culture/2026/11/france-parchment-workshop",
        "outlet": "Moorhen Wire",
        "published": "2026-11-06",
        "language": "en",
        "title": "In rural France, a parchment workshop keeps an ancient trade alive",
        "text": """VAURILLAC, France (Moorhen Wire) - In a former flour mill in the hills of central France, Baptistin Chassagnol stretches wet skins over wooden frames, scrapes them with a crescent-shaped knife and leaves them to dry into the pale, stiff sheets that scribes used for centuries.

[[L D1|It is, the family says, the only place left in the country where animal skins are still turned into writing sheets.]] [[N D1|A similar workshop in Belgium closed in 2014.]]

[[L D2|The workshop prepares around three thousand hides a year, according to its owner.]] [[N D2|In 1995 the figure was closer to nine hundred.]] Chassagnol says demand has grown thanks to restorers, bookbinders and drum makers.

[[L D5|Eight people work there, he said, most of them trained on the spot.]] [[N D5|A bookbinding school in the nearby town sends two interns every spring.]]

[[N D4|Goat skins for bookbinders are bought from a supplier near Millau.]] [[N D3|A charter for a twinning ceremony with a Bavarian town in 1978 was written on one of its sheets.]]

The process has barely changed since the Middle Ages. Skins are soaked in lime for several days, scraped of hair and flesh, stretched, scraped again and sanded with pumice. Sheets for calligraphers are thinner; those for drums are left thick and tough.

Chassagnol, who turns sixty this winter, is looking for someone to take over. A radio programme about the workshop this summer brought a stream of applications. "You need five years before your hands know what they are doing," he said. "I have maybe ten years left in mine.\"""",
    },
]
