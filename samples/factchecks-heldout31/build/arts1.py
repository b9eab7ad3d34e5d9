"""Articles of topics A and B (stilts at Lavernèze, compasses at Brouchazel). Gold marked [[L KEY|...]] / [[N KEY|...]]."""

ARTICLES = [
("fr-vrillette-atelier", "La Vrillette de Lavernèze", "https://vrillette-lavernese.example/pays/2026/09/atelier-fabregoul", "2026-09-15", "fr",
"Sous les pins, l'atelier qui fait marcher le village plus haut",
"""Au bout du chemin des Résiniers, l'ancienne cabane de gemmage sent encore la sève. C'est là qu'Isaure Fabrègoul rabote, ponce et cheville depuis bientôt vingt ans, entourée de perches appuyées contre tous les murs.

[[L A1|L'artisane affirme qu'il sort de son établi quelque chose comme deux cent cinquante paires chaque année, des plus modestes aux plus spectaculaires.]] [[N A1|Au début, raconte-t-elle, elle n'en livrait qu'une quarantaine par saison.]] [[N A1|Un atelier concurrent installé près de Mont-de-Marsan en produirait, paraît-il, le triple.]]

Les modèles d'enfant arrivent à hauteur de genou, guère plus. [[L A4|Les plus grands, en revanche, hissent celui qui les chausse à la hauteur d'une bonne porte de grange, et il faut une échelle pour y monter.]] [[N A4|Ceux des bergers d'autrefois, rappelle-t-elle, ne dépassaient pas un mètre cinquante.]]

Sur une étagère, une boîte en fer garde des photographies aux bords dentelés. [[L A5|D'après la famille, c'est le grand-père qui a ouvert l'atelier au village, dans les années vingt, et personne ne l'a laissé tomber depuis.]] [[N A5|Un cousin aurait tenté d'ouvrir une succursale à Dax en 1961, sans succès.]] Isaure Fabrègoul sourit quand on lui demande si elle compte transmettre à son tour : sa fille, dit-elle, préfère le football.

Les commandes viennent de troupes de rue, de fêtes de village et de quelques collectionneurs. Chaque paire est essayée dans la cour avant de partir, par l'artisane elle-même, qui fait trois tours de cour sans se tenir à rien. Les voisins ne lèvent même plus la tête.

L'atelier ouvre ses portes un samedi par mois, sur rendez-vous. Les enfants de l'école y ont appris l'an dernier à tenir debout sur des modèles bas, et quelques parents, moins agiles, ont fini assis dans les aiguilles de pin, sous les rires de la classe entière.
"""),

("fr-vrillette-rumeurs", "La Vrillette de Lavernèze", "https://vrillette-lavernese.example/pays/2026/10/vrai-faux-echasses", "2026-10-06", "fr",
"Vrai ou faux : ce que l'on colporte sur les échasses du chemin des Résiniers",
"""Au marché du jeudi comme au comptoir du bar-tabac, l'atelier Fabrègoul fait parler. Nous avons rassemblé ce qui circule, sans toujours pouvoir conclure.

[[L A2|Premier bruit qui court : le bois viendrait tout entier des parcelles de résineux qui appartiennent à la commune, coupé à quelques kilomètres de l'établi.]] [[N A2|Un lecteur soutient que les perches arrivent en réalité d'une scierie des Vosges.]] [[N A2|Un autre assure que les sangles de cuir sont achetées en Espagne.]] L'artisane, elle, dit simplement qu'elle connaît chacun de ses arbres.

[[L A5|Deuxième rumeur : on fabriquerait des échasses dans cette famille, et ici même, depuis près d'un siècle sans une seule interruption.]] [[N A5|Une voisine croit au contraire que la cabane est restée fermée de 1940 à 1946.]] Personne n'a retrouvé de registre pour trancher.

[[L A4|Troisième affirmation : avec le plus haut de ses modèles, on regarderait par-dessus le mur du cimetière, à plus du double de la taille d'un enfant.]] [[N A4|Un ancien du club de rugby jure qu'une paire de trois mètres attend, démontée, dans la remise.]] L'artisane hausse les épaules.

[[N A3|Dernière légende : des échasses de l'atelier auraient défilé au carnaval de Bayonne en 1992.]] Là non plus, aucune trace dans les carnets de commandes.

Une chose au moins est certaine : les perches sèchent contre le mur de la cabane, les gamins viennent s'y percher le samedi et le carnet de commandes est plein jusqu'au printemps. Quant aux légendes, elles ont de beaux jours devant elles, entre le marché et le bar-tabac.

La rédaction remercie les lecteurs qui ont envoyé leurs souvenirs et leurs photographies. Certaines seront exposées à la médiathèque à partir du 20 octobre, dans la petite salle du premier étage, à côté des cartes anciennes de la forêt.
"""),

("en-gimbal-laverneze", "Gimbal Monthly", "https://gimbalmonthly.example/features/2026/10/stilts-of-the-pine-country", "2026-10-21", "en",
"Walking tall in the pine country",
"""The south-west of France has a long memory of people walking above the sand on wooden legs. In a shed at the end of a pine track outside Lavernèze, one woman keeps the craft busy.

[[L A1|Isaure Fabrègoul reckons a quarter of a thousand pairs leave her bench in a normal year, each one tried out in the yard before it is wrapped.]] [[N A1|Her first season, she says, she made barely thirty.]] [[N A1|A maker in the Pyrenees is said to turn out a thousand pairs a year with machines.]]

[[L A2|She insists the timber is maritime pine cut from the woods owned by the village itself, and she can point out the stumps.]] [[N A2|The leather straps, on the other hand, come from a tannery near Toulouse.]] [[N A2|Some of her oldest customers remember acacia being used instead, back in the 1970s.]]

[[L A4|Her tallest model puts the walker's feet at roughly the height of a tall man's head, which is why nobody is allowed to try it without a spotter.]] [[N A4|The children's pairs stand no higher than a knee.]]

She stops when asked about a parade in Biarritz. [[N A3|A neighbour once told a visiting journalist that a Fabrègoul pair led a carnival procession in Bordeaux in 1990.]] She has no record of it.

Most orders come from festival committees, school PE teachers and, lately, a wedding planner who wanted the best man to arrive on stilts. Prices start at the cost of a decent pair of walking boots.

The workshop is open one Saturday a month by appointment. Visitors are handed a low pair and a steady shoulder, and most of them manage a few steps before stepping off into the pine needles, laughing.

Gimbal Monthly visited in September. Next month: a compass maker in the Cantal.
"""),

("fr-bouvet-buron", "Le Bouvet de Brouchazel", "https://bouvet-brouchazel.example/vallee/2026/09/buron-coustalou", "2026-09-17", "fr",
"Dans l'ancien buron, des aiguilles qui montrent toutes le même chemin",
"""On monte au buron de la Croix-Haute par un chemin de vaches. Dans cette cabane de pierre où l'on faisait jadis le fromage d'estive, Eudes Coustalou a installé ses loupes, ses pinces et une longue table couverte de cadrans.

[[L B1|À l'en croire, quatre centaines d'instruments complets quittent l'établi chaque année, expédiés dans des boîtes de bois ciré.]] [[N B1|Vers 2010, il n'en assemblait encore qu'une soixantaine.]] [[N B1|Un fabricant jurassien, à ce qu'on dit, en vendrait dix fois plus.]]

[[L B4|L'artisan jure que ses cadrans ne s'écartent jamais du nord véritable de plus d'une graduation, même après des années de service.]] [[N B4|Les modèles de poche bon marché, dit-il, dérivent souvent de cinq degrés ou davantage.]]

[[L B5|Il estime que plus des deux tiers de sa production finissent à bord de bateaux, chez des plaisanciers et des pêcheurs.]] [[N B5|Les randonneurs, eux, ne lui achèteraient qu'un modèle sur dix.]] [[N B5|Une commande d'une école de voile bretonne, en 2021, a failli le déborder.]]

La lumière passe mal par les petites fenêtres, et l'artisan travaille sous une lampe d'horloger. Il montre le montage d'une aiguille, posée sur un pivot de rubis pas plus gros qu'une tête d'épingle, puis referme le boîtier d'un geste sec.

L'hiver, la neige coupe parfois le chemin pendant plusieurs jours. Eudes Coustalou dort alors au buron, sur un lit de camp, et dit n'avoir jamais autant travaillé que pendant ces semaines-là.

Le buron se visite l'été, le mercredi après-midi. On y voit aussi la vieille presse à fromage, que l'artisan a gardée par respect pour ceux qui l'ont précédé, et un baromètre dont il refuse de dire l'âge.
"""),

("fr-bouvet-courrier", "Le Bouvet de Brouchazel", "https://bouvet-brouchazel.example/courrier/2026/10/boussoles", "2026-10-08", "fr",
"Courrier des lecteurs : les boussoles du buron",
"""Notre portrait d'Eudes Coustalou, le mois dernier, nous a valu un courrier abondant. En voici une sélection.

[[L B2|Une lectrice du bourg écrit : « On m'a toujours dit qu'il frotte chaque aiguille contre un caillou noir ramassé dans la montagne, une roche qui attire le fer d'elle-même, sans pile ni bobine. »]] [[N B2|Un lecteur de Salers pense au contraire qu'il utilise un gros aimant électrique acheté en Allemagne.]] Eudes Coustalou ne dit ni oui ni non.

[[L B5|Un ancien marin de Concarneau nous écrit : « À bord, tout le monde en avait une ; d'après lui, ce sont les gens de mer qui lui prennent l'essentiel de ses instruments. »]] [[N B5|Une randonneuse affirme que les guides de montagne en achètent la moitié.]]

[[L B4|Un lecteur retraité s'émerveille : « Je l'ai comparée à un appareil de géomètre, l'écart tenait à peine dans l'épaisseur d'un trait. »]] [[N B4|Un autre prétend que l'écart atteint trois degrés par temps d'orage.]] [[N B4|Un troisième raconte que son modèle de 1995 n'a jamais eu besoin d'être réglé.]]

[[N B3|Enfin, un lecteur croit se souvenir qu'une boussole du buron serait partie en Islande avec des alpinistes en 2004.]] Nous n'avons trouvé aucune trace de cette expédition.

Merci à toutes et à tous. Le courrier continue d'arriver, et nous en publierons une suite si la matière le permet. Eudes Coustalou nous a demandé de préciser qu'il ne répond pas au téléphone pendant la traite : il n'a pas de vaches, mais il aime dire cela aux curieux.

Vos lettres peuvent être confiées à la boulangerie de la place, qui nous les apporte le vendredi avec le pain du journal, ou envoyées par courriel. Une lettre sans signature finit à la corbeille.
"""),

("en-gimbal-brouchazel", "Gimbal Monthly", "https://gimbalmonthly.example/features/2026/11/the-compass-maker-of-the-cantal", "2026-11-04", "en",
"The compass maker in the cheese hut",
"""Eudes Coustalou's workshop is a stone hut in the high pastures of the Cantal, where shepherds once made cheese all summer. Today the shelves hold brass bezels and tiny glass domes.

[[L B1|He says four hundred finished instruments go out of the hut every year, each in its own waxed wooden box.]] [[N B1|In his first winter up here he finished just eleven.]]

[[L B2|According to the maker, each needle is stroked by hand along a natural lodestone, a lump of magnetic rock he keeps in a velvet-lined drawer.]] [[N B2|The needles themselves are cut from Swedish steel.]] [[N B2|The liquid that damps them is a light oil bought in Lyon.]]

[[L B4|A plate by the door promises that the needle never strays from true north by more than a single mark on the dial.]] [[N B4|Cheap plastic models, he says, can be out by ten degrees.]] [[N B4|His first batch in 2008, he admits, drifted by two.]]

There is talk in the valley of a Coustalou compass on the Greenland ice. He shrugs at that one. [[N B3|A walker we met on the path was sure one had gone to the Antarctic with a French team in 2001.]]

The workshop takes about three weeks to fill an order, longer in winter when snow closes the track. Customers sometimes walk up to collect in person, and leave with a cup of coffee, a lecture on declination and a compass that points where it should.

Gimbal Monthly visited in October. The hut can be visited on summer Wednesdays; bring boots.
"""),
]
