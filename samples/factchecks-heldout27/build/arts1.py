"""Articles of topics A (briar pipes, Bormeillan) and B (fans, Saint-Herbelot). Gold sentences are marked
[[L KEY|...]] (link to review KEY) and [[N KEY|...]] (near-miss on the topic of review KEY)."""

ARTICLES = [
    {
        "id": "fr-tambourin-pipes",
        "url": "https://tambourin-bormeillan.example/vie-locale/2026/09/fabrique-sauvaire-visites",
        "outlet": "Le Tambourin de Bormeillan",
        "published": "2026-09-15",
        "language": "fr",
        "title": "À Bormeillan, la fabrique de pipes rouvre ses ateliers aux curieux",
        "text": """Au bout du chemin des Lièges, l'odeur de bois chaud et de cire annonce l'atelier bien avant la grille. Depuis le début du mois, la maison Sauvaire accueille de nouveau les visiteurs trois matinées par semaine, après une longue période de travaux sur la toiture et les fenêtres du grand hangar.

« On ne vend pas seulement un objet, on vend du temps », résume Léonce Sauvaire, quatrième du nom à tenir les tours. [[L A1|Selon la brochure remise à l'accueil, il sortirait chaque année de l'atelier quelque vingt mille pipes.]] [[N A1|En 1990, la maison n'en livrait guère plus de huit mille, rappelle un ancien contremaître.]] [[N A1|Un concurrent installé du côté de Cogolin en revendique pour sa part trente-cinq mille.]] Le patron sourit quand on lui parle de chiffres : « Une bonne année, une mauvaise année, c'est le bois qui décide. »

Dans la réserve, les ébauchons s'empilent dans des sacs de jute qui portent encore le nom d'anciens clients. [[L A5|Chaque morceau de racine, assure le pipier, patiente un lustre entier sous le hangar avant d'approcher la moindre lame.]] [[N A5|Les ébauchons destinés à la gamme d'entrée, eux, ne sèchent que quelques mois dans un séchoir chauffé.]] [[N A2|Les tuyaux en ébonite sont achetés chez un fournisseur allemand, reconnaît-il volontiers.]]

[[L A4|Une plaque de laiton vissée au-dessus de la porte rappelle que l'arrière-grand-père a ouvert la maison sous la présidence de Félix Faure.]] [[N A4|Le bâtiment actuel, lui, ne date que de 1924, après l'incendie qui avait ravagé la première fabrique.]] [[N A3|Une vitrine présente une pipe qui aurait été offerte à un ministre italien de passage en 1961.]] « Personne n'a jamais retrouvé la lettre de remerciement », glisse le guide avec un clin d'œil.

Les visites ont lieu le lundi, le mercredi et le samedi à dix heures. Elles durent une heure et se terminent à la boutique, où un polisseur montre comment on fait briller le fourneau à la cire de carnauba. Le tarif est de cinq euros ; l'entrée reste libre pour les enfants du canton et pour les membres du club des anciens.""",
    },
    {
        "id": "fr-tambourin-tribune-pipes",
        "url": "https://tambourin-bormeillan.example/opinions/2026/10/tribune-ancien-tourneur",
        "outlet": "Le Tambourin de Bormeillan",
        "published": "2026-10-06",
        "language": "fr",
        "title": "Tribune : ce que j'ai vu en quarante ans devant un tour à pipes",
        "text": """Je suis entré chez les Sauvaire à seize ans, j'en suis sorti à cinquante-six, et je lis depuis le printemps tellement d'affirmations au sujet de la fabrique que je prends la plume, ce que je n'avais jamais osé faire. On me pardonnera d'être un peu long : un tourneur à la retraite a du temps, et il a des souvenirs.

Je veux d'abord rendre justice à ce qui est vrai. [[L A2|On raconte que toute la bruyère de nos pipes est arrachée dans les collines boisées qui dominent le village, et c'était vrai de mon temps : nous n'avons jamais acheté une racine ailleurs.]] [[N A2|Aujourd'hui, je le sais, une partie des ébauchons arrive de Corse pour les modèles les moins chers.]] Je ne m'en offusque pas ; il faut bien vivre.

[[L A5|On dit aussi que chaque souche attend d'avoir vu passer autant d'étés qu'une main compte de doigts avant d'être travaillée, et je veux bien le croire pour les pièces de collection.]] [[N A5|De mon temps, c'était plutôt deux ans, et personne ne s'en plaignait au moment de fumer.]] Quant aux chiffres de production qu'on affiche aujourd'hui à l'accueil, je laisse les comptables compter : j'ai toujours eu du mal avec les additions.

[[L A4|On lit encore que la fabrique a vu le jour dans les toutes dernières années du XIXe siècle, et les registres que j'ai tenus entre mes mains le confirment.]] [[N A4|La boutique de la place, elle, n'a ouvert qu'en 1936, l'année des premiers congés payés.]]

[[N A3|On m'a souvent répété qu'un cardinal de passage à Fréjus avait reçu une de nos pipes en 1972 ; je n'en ai jamais vu la moindre trace.]] Ces histoires font sourire les clients et ne font de mal à personne, mais elles n'apprennent rien du métier.

Ce métier mérite mieux que des légendes. Il mérite des apprentis. La maison n'en a accueilli qu'un seul cette année, et c'est bien trop peu pour transmettre ce que mes mains ont appris.

Isidore Vigneaux, ancien tourneur de la maison Sauvaire""",
    },
    {
        "id": "en-grainandgauge-pipes",
        "url": "https://grainandgauge.example/workshops/2026/10/briar-in-the-var-hills",
        "outlet": "Grain & Gauge",
        "published": "2026-10-20",
        "language": "en",
        "title": "In the hills of the Var, a family still turns briar by hand",
        "text": """The road to Bormeillan climbs through cork oaks and scrub before the village appears, pressed against a ridge. At the bottom of a lane, in a long stone shed, the Sauvaire family has been shaping tobacco pipes for four generations, and the lathes still turn to the rhythm of a single leather belt.

Léonce Sauvaire, who runs the business with his sister, walks visitors past heaps of rough blocks that look more like firewood than luxury goods. [[L A2|Every bowl, the family says, begins as a burl dug from the scrubland on the slopes above the village and never from anywhere else.]] [[N A2|The mouthpieces are cut from acrylic rod bought from a supplier in northern Italy.]]

[[L A1|The firm's catalogue puts its output at some twenty thousand pipes a year.]] [[N A1|In the 1970s, a framed payroll shows, the workshop employed twenty-two turners.]] [[N A1|A larger maker in the Jura produces several times as many, mostly for export.]] Sauvaire shrugs at the comparison: "They make pipes. We make pipes one at a time."

[[L A4|The business dates from 1897, when his great-grandfather set up two lathes in a former olive press.]] [[N A4|The present workshop was rebuilt in 1924 after a fire.]] [[N A3|A photograph by the till shows a pipe being handed to a visiting Danish trade minister in 1958.]] Nobody in the family can say who took it.

[[N A5|Cheaper blocks, Sauvaire concedes, are dried in a matter of weeks by a supplier in Corsica.]] His own best wood sits on slatted shelves in the loft, where the summer heat does the work slowly.

Visitors can book a morning tour through the village tourist office. A small shop sells seconds at half price, and a bench by the door is reserved for anyone who wants to watch a bowl take shape. Bring a jumper: the shed is cool even in August.""",
    },
    {
        "id": "fr-pavois-eventails",
        "url": "https://pavois-saint-herbelot.example/economie/2026/09/quentrel-saison-des-fetes",
        "outlet": "Le Pavois de Saint-Herbelot",
        "published": "2026-09-18",
        "language": "fr",
        "title": "Chez Quentrel, les éventails se préparent déjà pour les fêtes",
        "text": """Dans la grande salle au parquet ciré de la rue des Plisseuses, les tables sont couvertes de soie, de nacre et de papier gaufré. À trois mois de Noël, la maison Quentrel tourne à plein régime, et les commandes des grands magasins s'accumulent sur le bureau du rez-de-chaussée.

[[L B1|L'atelier compte désormais une douzaine de petites mains spécialisées, affirme Apolline Quentrel, qui a repris l'affaire de sa tante.]] [[N B1|En 2010, elles n'étaient encore que quatre à se partager le travail.]] [[N B3|Un modèle simple en papier plissé, explique-t-elle, se monte en une seule journée.]]

[[L B4|Selon la gérante, l'essentiel de ce qui sort de l'atelier finit dans les vitrines de collectionneurs américains.]] [[N B4|Le Japon, autrefois premier client, ne représente plus qu'un acheteur sur dix.]] La maison vend aussi à des compagnies de danse et à des costumiers de cinéma, mais ces commandes restent rares.

[[L B5|Une rumeur tenace veut que la maison quitte le village pour s'installer dans la capitale dès l'an prochain.]] La patronne hausse les épaules : « On vient de refaire le toit. Vous croyez qu'on refait un toit pour partir ? » [[N B5|Un dépôt ouvert à Senlis en 2019 a bien fermé deux ans plus tard, faute de clients.]]

[[N B2|Un éventail de la maison a été prêté à une troupe de Compiègne pour un spectacle en 1952, rappelle une affiche jaunie dans l'escalier.]] Les archives de la famille, conservées dans des boîtes à chaussures, restent à classer.

L'atelier ouvrira ses portes au public le premier week-end de décembre. Les visiteurs pourront y voir le montage des brins et la peinture à la main des feuilles. Une vente de pièces légèrement défectueuses est prévue au profit de l'école de musique.""",
    },
    {
        "id": "fr-pavois-eventails-rumeurs",
        "url": "https://pavois-saint-herbelot.example/societe/2026/10/eventails-vrai-faux",
        "outlet": "Le Pavois de Saint-Herbelot",
        "published": "2026-10-13",
        "language": "fr",
        "title": "Éventails Quentrel : nous avons trié le vrai du faux",
        "text": """Depuis que la maison d'éventails a fait l'objet d'un reportage télévisé au printemps, les affirmations circulent sur les réseaux et au comptoir du café de la place. Nous avons posé les questions à la direction, aux anciens ouvriers et aux archives municipales.

[[L B3|Première affirmation qui circule : chaque pièce qui sort de l'atelier représenterait l'équivalent d'une semaine de bureau entière.]] [[N B3|Un éventail de mariage brodé peut en réalité exiger jusqu'à trois cents heures, précise la direction.]] Entre les deux, il y a toute une gamme, et la moyenne ne veut pas dire grand-chose.

[[L B4|Deuxième affirmation : sept éventails sur dix traverseraient l'Atlantique pour rejoindre des collections privées.]] [[N B4|Les ventes en ligne, elles, représentent le tiers du chiffre d'affaires.]] Le comptable de la maison refuse de détailler davantage.

[[L B5|Troisième rumeur, la plus inquiétante pour le village : la maison partirait s'installer à Paris en 2027.]] [[N B5|En 2027, la maison fêtera surtout ses cent ans, et une exposition est déjà prévue à la salle des fêtes.]] « Personne ne part, nous restons ici », répète Apolline Quentrel, agacée.

[[N B2|Enfin, un éventail de la maison aurait figuré dans une exposition coloniale en 1931 : aucune trace n'en subsiste dans les archives.]] La confusion viendrait d'un concurrent lyonnais, suggère un historien local.

[[N B1|Quant au personnel, quatre apprenties sont actuellement en formation, en alternance avec un lycée professionnel de Beauvais.]] Elles apprennent d'abord à plier, puis à monter, et seulement au bout d'un an à peindre.

La mairie, elle, se félicite de voir le nom du village circuler jusqu'à New York. Un panneau touristique devrait être installé à l'entrée de la commune au printemps, à côté de celui qui signale déjà l'église classée.""",
    },
    {
        "id": "en-grainandgauge-fans",
        "url": "https://grainandgauge.example/workshops/2026/11/the-fan-makers-of-saint-herbelot",
        "outlet": "Grain & Gauge",
        "published": "2026-11-03",
        "language": "en",
        "title": "The fan makers of Saint-Herbelot",
        "text": """An hour north of Paris, in a village of brick houses and beet fields, a narrow street still smells of glue and lacquer. This is where the Quentrel house has folded silk and paper into fans for nearly a century, and where Apolline Quentrel now presides over a workshop that looks much as it did in her grandmother's day.

[[L B1|The house now keeps a dozen trained fan makers at its benches, the owner says.]] [[N B1|In 1960, according to a staff photograph in the hall, it employed forty people.]] Most of the current team are women from the surrounding villages, and two of them are sisters.

[[L B3|A single fan, from the first cut of the guards to the last fold of silk, takes the best part of a working week, she explains.]] [[N B3|Repairs to an old fan can take as little as an afternoon.]] Sticks are cut from bone, horn substitutes and pearwood, then pierced with a tiny drill that hums like an insect.

[[L B4|Most of the fans, perhaps seven in ten, end up with American collectors, according to the owner.]] [[N B4|A Belgian department store takes a few hundred every Christmas.]]

[[N B2|A fan made for a Belgian opera singer in 1938 hangs in a frame in the hallway.]] [[N B5|The firm opened a small showroom in Lille in 2022, which is still trading.]] Asked about talk of a move, she points at the new roof.

The workshop offers guided visits by appointment, and a two-day course on pleating for those who want to try. Prices for the simplest paper fans start at thirty euros; the embroidered pieces are sold only on commission, and the waiting list is long.""",
    },
]
