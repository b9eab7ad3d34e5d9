"""The six articles with no reviewed claim."""

ARTICLES = [
("fr-bouvet-estive", "Le Bouvet de Brouchazel", "https://bouvet-brouchazel.example/vallee/2026/09/fete-estive", "2026-09-02", "fr",
"Fête de l'estive : les troupeaux ont traversé le bourg sous le soleil",
"""Il faisait déjà chaud à huit heures, samedi, quand les premières cloches ont résonné au bas de la rue principale. Comme chaque fin d'été, les troupeaux redescendaient des pâturages d'altitude, et le bourg s'était mis sur son trente et un pour les accueillir.

Les vaches, couronnées de fleurs en papier et de branches de sapin, ont mis près d'une heure à traverser la place. Les enfants couraient devant, les chiens derrière, et les anciens comptaient les bêtes à voix haute en se trompant à chaque fois.

Sous la halle, les producteurs de la vallée proposaient fromages, miel et charcuterie. Le stand de la paroisse vendait des parts de tarte aux myrtilles, parties en moins d'une heure. Une fanfare venue de la vallée voisine a joué tout l'après-midi, avec un enthousiasme que la chaleur n'a pas entamé.

Le concours de la plus belle génisse a été remporté par une jeune éleveuse installée depuis deux ans seulement, ce qui a fait sourire plus d'un vieux paysan. Le jury, composé de trois anciens du canton, a dit avoir hésité longtemps.

En fin de journée, un bal en plein air a réuni plusieurs centaines de personnes sur la place, jusqu'à ce qu'un orage bref mais violent disperse tout le monde sous les arcades.

Le comité d'organisation remercie les bénévoles, les éleveurs et la commune pour le prêt des barrières. Il cherche déjà des volontaires pour l'an prochain, en particulier pour la buvette et le nettoyage du dimanche matin, tâches qui trouvent toujours moins de candidats que la dégustation.
"""),

("fr-rouanne-brocante", "La Rouanne de Saint-Ortaillac", "https://rouanne-saint-ortaillac.example/vie-locale/2026/09/vide-greniers", "2026-09-04", "fr",
"Vide-greniers : la route d'Auch envahie par les chineurs",
"""Dès l'aube, dimanche, les voitures se garaient en file le long de la route d'Auch. Le vide-greniers annuel du comité des fêtes a attiré cette année plus d'exposants que jamais, au point qu'il a fallu ouvrir le pré de la mairie pour les derniers arrivés.

On y trouvait de tout : des piles d'assiettes dépareillées, des outils de jardin rouillés, des disques de variétés, des poupées aux yeux fixes et même une baignoire en fonte, restée invendue malgré les efforts de son propriétaire.

Les chineurs professionnels étaient là avant le lever du soleil, lampe frontale sur le front, à l'affût des bonnes affaires. Les familles sont arrivées plus tard, avec les poussettes et les chiens, et ont surtout fréquenté la buvette et le stand de crêpes.

Une collégienne du village a vendu tous ses anciens livres en une matinée et a annoncé fièrement qu'elle allait s'acheter un vélo. Son voisin d'emplacement, un retraité, a passé la journée à racheter aux autres ce qu'il avait vendu la veille à son beau-frère.

Vers midi, une averse a fait fuir une partie des visiteurs, mais le soleil est revenu rapidement et la foule avec lui. Le comité estime que plus de deux mille personnes sont passées dans la journée.

Les bénéfices de la buvette serviront à financer la sortie de fin d'année des écoliers. Les organisateurs rappellent que les emplacements non débarrassés le soir sont facturés, et remercient les exposants qui ont emporté leurs invendus plutôt que de les abandonner au bord du fossé.
"""),

("fr-martinet-alpage", "Le Martinet de Pralognet", "https://martinet-pralognet.example/village/2026/09/fete-alpage", "2026-09-06", "fr",
"La fête de l'alpage a rassemblé tout le village au col",
"""Il fallait monter à pied, ou en navette pour les moins vaillants, jusqu'au replat du col où se tenait dimanche la fête de l'alpage. Plusieurs centaines de personnes ont fait le déplacement, malgré un ciel incertain au petit matin.

Les bergers ont présenté leurs chiens au travail, rassemblant un petit troupeau de brebis récalcitrantes sous les applaudissements. Un jeune chien, visiblement débutant, a préféré poursuivre un papillon, ce qui lui a valu l'ovation la plus nourrie de la journée.

Au chaudron, la polenta et les diots ont été servis dès onze heures. Les musiciens d'une harmonie voisine ont joué sous une bâche tendue entre deux poteaux, tandis que les enfants s'initiaient à la traite sur une vache en bois prêtée par l'école.

L'après-midi, la course des alpagistes a vu une trentaine de coureurs gravir la pente raide jusqu'à la croix, puis redescendre en glissant dans l'herbe mouillée. Le vainqueur, un facteur du canton, a mis un peu plus de vingt minutes.

Le brouillard est tombé vers seize heures, et chacun a entamé la descente sans traîner. Les derniers bénévoles ont replié les tables à la lueur des lampes de poche.

Le comité des fêtes remercie l'office de tourisme, les bergers et la commune. La recette de la buvette ira à l'entretien du sentier, abîmé par les orages du printemps. Il reste par ailleurs, à la mairie, une veste polaire bleue et un appareil photo oubliés sur place, que leurs propriétaires peuvent venir récupérer.
"""),

("en-warbler-flowershow", "Haddlecombe Warbler", "https://haddlecombewarbler.example/village/2026/09/flower-show", "2026-09-03", "en",
"Dahlias, damsons and a runaway goat at the flower show",
"""The village hall was full to the doors on Saturday for the annual flower and produce show, which the organisers say drew more entries than in any year they can remember.

The dahlias were magnificent, as usual, and the judges took nearly an hour over the class for the single best bloom. The honours went to a retired postman who has been growing them in his back garden for as long as anybody can recall, and who said only that the slugs had been kind this summer.

In the produce tent, the longest runner bean measured close to the length of a child's arm. A jar of damson jam won the preserves class for the third year running, and its maker declined, politely, to share the recipe.

The children's classes drew their usual crop of vegetable animals. A courgette crocodile with peas for eyes was the judges' favourite, narrowly ahead of a potato hedgehog bristling with cocktail sticks.

The afternoon was briefly interrupted when a goat from the pet corner slipped its collar and made for the cake stall. It was caught by the vicar, to warm applause, before it could do any real damage to the Victoria sponges.

Tea and scones kept the queue at the hatch long all day, and the tombola paid for a fresh coat of green on the hall's front door.

The show committee thanks everyone who entered, judged, baked or simply came along. Entry forms for next year will be available in the post office from the spring, and the committee would welcome new volunteers to help put up the tables.
"""),

("en-hearthstone-scarecrows", "Pennyholt Hearthstone", "https://pennyholthearthstone.example/local/2026/09/scarecrow-trail", "2026-09-05", "en",
"Scarecrows take over the village for a weekend",
"""For one weekend every September, Pennyholt belongs to the scarecrows. This year more than forty of them turned up in front gardens, on garden walls and, in one case, perched up by the chimney of the old school reading a newspaper.

Visitors followed a trail map sold at the shop, ticking off each figure and voting for their favourite. The themes ranged widely. There was a scarecrow vicar in the churchyard, a scarecrow postwoman leaning on a real bicycle, and a family of scarecrows having a picnic on the green, complete with plastic sandwiches.

The winner, by a clear margin, was a scarecrow astronaut made by the primary school, with a goldfish bowl for a helmet and tinfoil for a spacesuit. The children received their prize, a box of books for the classroom, on Sunday afternoon.

Money from the trail will go towards mending the hall roof, where buckets have stood under drips for two winters. The organisers said the total was the best they had ever managed, helped by a cake stall outside the chapel that sold out before lunch.

There were a few mishaps. A strong wind on Saturday night toppled the scarecrow footballer outside the pub, and a dog made off with the hat of the scarecrow farmer on Mill Bank.

The organisers thank everyone who took part, and ask residents to take their scarecrows down by next weekend. Any straw can be left at the allotments, where it will be put to good use over the winter.
"""),

("en-weathercock-sheepdogs", "Ouseby Weathercock", "https://ousebyweathercock.example/people/2026/09/sheepdog-trials", "2026-09-07", "en",
"Mist, whistles and a clear round at the sheepdog trials",
"""The valley was still half hidden in mist when the first handler stepped up to the post on Saturday morning. By noon the sun had burnt it off, and a good crowd had gathered along the wall above the trial field.

Handlers came from across the north of England and the Scottish borders. Each had a set time to send a dog out round a small group of ewes, bring them down the field, steer them through two gates and pen them at the bottom, using only a whistle and, now and then, a raised voice.

The sheep, as ever, had their own opinions. Several runs ended with the ewes scattering towards the beck, and one handler retired with good grace after her dog decided to lie down in the shade.

First place in the open went to a hill farmer from over the fell, whose young bitch was running only her second trial. The crowd cheered her clean pen, the only one of the afternoon.

The refreshment tent did a steady trade in bacon rolls and tea, and a stall run by the young farmers sold out of fudge well before the last run.

The organisers thank the landowner for the use of the field and the volunteers who directed cars through the village. The field will be back to grazing by Monday, and the sheep, they note, are unlikely to have noticed any of it.
"""),
]
