"""Articles of topics C (plumasserie) and D (ocarinas)."""
ARTS = [
dict(id="fr-girandole-plumes", outlet="La Girandole de Vernouzet", lang="fr", published="2026-09-18",
url="https://girandole-vernouzet.example/vie-locale/2026/09/plumasserie-escoffard-saison",
title="À Vernouzet, la plumasserie Escoffard prépare la saison des revues",
text="""Dans l'ancienne grange de la route de Bonneval, des milliers de plumes sèchent sur des fils tendus comme du linge. Roses, turquoise, d'un blanc de neige : la plumasserie Escoffard prépare la saison d'hiver des cabarets et des revues.

[[L C1|Eudoxie Escoffard l'affirme sans détour : ses plumes habilleraient les danseuses d'une bonne quinzaine de revues de music-hall de la capitale.]] [[N C1|En 1990, la maison ne travaillait que pour trois salles parisiennes, selon un ancien comptable.]] [[N C1|Un concurrent de Nogent dit servir une trentaine de cabarets en Allemagne.]] Elle sourit quand on lui demande des noms : « Secret professionnel. »

[[L C4|Chaque année, raconte la plumassière, ce sont près de deux tonnes de plumes qui passent dans ses bains de teinture.]] [[N C4|Au début des années deux mille, la maison en teignait à peine cinq cents kilos.]] [[N C4|La teinture des plumes de paon, plus délicate, ne dépasse pas quelques kilos.]]

[[L C5|Une bonne part de la production s'envolerait pour les écoles de samba de l'autre côté de l'Atlantique, où les défilés de février engloutissent des caisses entières.]] [[N C5|Le Japon ne pèse qu'un client sur dix, précise la gérante.]] [[N C5|Les opéras européens représentent environ un quart du chiffre d'affaires.]]

[[N C3|Une photo encadrée montre une chanteuse coiffée d'un chapeau de la maison lors d'un gala à Deauville en 1964.]] Personne ne se souvient exactement de qui il s'agissait.

La plumasserie emploie aujourd'hui sept personnes. Elle accueille les curieux pendant les Journées du patrimoine, et sur rendez-vous le reste de l'année. Les enfants adorent la salle des boas, où l'on peut essayer les plus longs."""),

dict(id="fr-girandole-mue", outlet="La Girandole de Vernouzet", lang="fr", published="2026-10-13",
url="https://girandole-vernouzet.example/societe/2026/10/plumes-et-polemiques",
title="Plumes et polémiques : la plumasserie répond à ses détracteurs",
text="""Une pétition en ligne, signée par quelques centaines de personnes, a relancé ce mois-ci le débat sur l'origine des plumes utilisées par les ateliers de mode. La plumasserie du village, visée à mots couverts, a choisi de répondre.

[[L C2|La direction assure que tout ce qu'elle travaille a été ramassé au sol après la mue, et qu'on n'a jamais sacrifié le moindre volatile pour elle.]] [[N C2|Les plumes d'autruche viennent d'élevages sud-africains, où elles sont coupées sur l'animal vivant, reconnaît-elle.]] [[N C2|Une partie des plumes de coq provient d'abattoirs de la Sarthe.]] Les signataires de la pétition jugent ces explications insuffisantes.

[[L C4|Dans le même courrier, la maison indique teindre environ deux mille kilos de plumes par an, ce qui en ferait l'un des principaux ateliers du pays.]] [[N C4|Un atelier de Paris, plus ancien, revendique quatre tonnes.]]

[[L C5|Elle rappelle aussi que l'essentiel de ses ventes part vers les défilés de carnaval de Rio et de São Paulo.]] [[N C5|Moins de dix pour cent du chiffre d'affaires est réalisé en France, ajoute-t-elle.]] [[N C5|Un client argentin aurait passé l'an dernier une commande record.]]

Les auteurs de la pétition, eux, réclament une traçabilité complète. La plumasserie promet de publier la liste de ses fournisseurs avant l'été.

[[N C3|Le courrier évoque enfin une robe à plumes portée à la cérémonie des César en 1982, sans plus de précisions.]] [[N C1|On y lit que la maison a perdu deux clients parisiens l'an dernier.]] Le maire, prudent, dit souhaiter « que tout le monde se parle »."""),

dict(id="en-kestrel-feathers", outlet="Kestrel Wire", lang="en", published="2026-10-05",
url="https://kestrelwire.example/features/2026/10/french-feather-workshop",
title="The French village that dresses the showgirls",
text="""VERNOUZET, France — In a converted barn on the edge of this farming village south-west of Paris, feathers hang drying on lines like washing: flamingo pink, electric blue, snow white.

[[L C1|The owner, Eudoxie Escoffard, says her workshop supplies plumes to around fourteen music-hall shows in the French capital.]] [[N C1|Two decades ago she counted barely four such clients.]] [[N C1|A competitor near Chartres says it works for some thirty cabarets abroad.]]

[[L C2|Nothing, she insists, is plucked from a living or slaughtered bird: every feather is gathered from the ground after the birds have shed them naturally.]] [[N C2|Plumes from farmed rheas are the exception, bought from ranches in Argentina.]] [[N C2|Pheasant tails come from shooting estates in Scotland, she concedes.]]

[[L C4|Her dye baths, she says, take in some two tonnes of feathers every year.]] [[N C4|In 2004 the figure was closer to half a tonne.]] [[N C4|Peacock feathers, which are not dyed, account for only a few kilos.]]

Feather work, or plumasserie, was once a trade of thousands in France. Today only a handful of workshops survive, most of them supplying fashion houses rather than the stage.

[[N C3|A framed photograph by the door is said to show a hat of hers at a film gala in Venice in 1962.]] [[N C5|Brazil's carnival schools, she says, buy mostly in January, just before the parades.]] She will not say how much of her business they represent.

The workshop employs seven people and opens to the public a few days a year. Visitors leave, almost without exception, with a stray wisp of pink caught somewhere on their coats."""),

dict(id="fr-fifre-ocarinas", outlet="Le Fifre de Rocamadeil", lang="fr", published="2026-09-24",
url="https://fifre-rocamadeil.example/vie-locale/2026/09/fabrique-pelissou-visite",
title="À Rocamadeil, la fabrique d'ocarinas chante encore",
text="""Il suffit de pousser la porte de la fabrique Pélissou pour entendre un concert improvisé : chaque pièce qui sort du four est essayée, une note après l'autre, par Odilon Pélissou lui-même.

[[L D1|Le potier avance le chiffre de cinq mille ocarinas sortis chaque année de ses mains et de celles de ses deux ouvriers.]] [[N D1|Dans les années quatre-vingt, la maison en produisait plus du double, selon les anciens.]] [[N D1|Un fabricant italien de Budrio en vend, dit-on, trente mille par an.]] « On a choisi de faire moins, mais mieux », tranche-t-il.

[[L D4|Le four à bois qui trône au fond de la cour aurait été maçonné juste avant la Grande Guerre, et il n'a jamais cessé de servir.]] [[N D4|Le four électrique, lui, a été acheté en 2003.]] [[N D4|La maison d'habitation date de 1870.]]

[[L D5|Chaque instrument est accordé à l'oreille, sans le moindre appareil électronique, assure le potier.]] [[N D5|Les flûtes de jeu destinées aux écoles sont vérifiées avec un accordeur numérique, reconnaît-il toutefois.]] Il en rit : « Mon oreille a soixante ans, l'appareil en a deux. »

[[N D2|Le vernis vient d'un fournisseur de Limoges, et les émaux colorés d'Espagne.]] [[N D3|On raconte qu'un ocarina de la maison aurait accompagné une fanfare militaire lors d'un défilé de 1954.]]

La visite est gratuite et se termine à la boutique, où les enfants peuvent souffler dans les modèles d'essai. Un atelier de modelage est proposé le samedi matin pendant les vacances scolaires. Les places partent vite : mieux vaut réserver à la boutique."""),

dict(id="fr-fifre-tribune", outlet="Le Fifre de Rocamadeil", lang="fr", published="2026-10-27",
url="https://fifre-rocamadeil.example/opinions/2026/10/tribune-ancien-tourneur-d-ocarinas",
title="Tribune : l'ocarina, ma vie de potier et les légendes du village",
text="""J'ai façonné des ocarinas chez les Pélissou pendant trente-deux ans, et je lis tant de choses à leur sujet depuis quelques mois que j'ai fini par prendre la plume. Je ne suis pas journaliste ; je suis un ancien ouvrier qui aime son métier.

[[L D2|On dit que la terre de nos ocarinas est creusée juste derrière le village, au bord du ruisseau, à quelques minutes de marche de l'atelier, et c'est exactement ce que j'ai fait toute ma vie.]] [[N D2|Pour les modèles en porcelaine, la maison achetait pourtant de la terre blanche dans le Limousin.]] [[N D2|Une carrière de Cahors fournissait aussi de l'argile pendant les années de sécheresse.]]

[[L D4|On rappelle aussi que notre four a été bâti l'année où mon grand-père est né, trois ans avant la mobilisation générale, et je l'ai vu tourner sans relâche.]] [[N D4|La cheminée a été refaite après la tempête de 1999.]]

[[L D5|On prétend encore que le patron accorde chaque pièce uniquement avec son oreille, et je l'ai vu faire des milliers de fois sans aucune machine.]] [[N D5|Les modèles d'étude, je l'avoue, étaient vérifiés avec un diapason.]]

[[N D3|On m'a souvent raconté qu'un ocarina de chez nous avait été joué dans un film tourné à Toulouse en 1957 ; je n'en ai jamais vu la preuve.]] [[N D1|On lit aussi que la maison aurait vendu dix mille pièces à un grossiste japonais ; je laisse cela aux comptables.]]

Ce métier ne mérite pas seulement des histoires. Il mérite des apprentis. Rocamadeil a une fabrique qui chante ; qu'on lui donne des jeunes pour chanter avec elle.

Euloge Cazenobe, ancien ouvrier de la fabrique Pélissou"""),

dict(id="en-kestrel-ocarinas", outlet="Kestrel Wire", lang="en", published="2026-11-03",
url="https://kestrelwire.example/features/2026/11/singing-clay-of-the-lot",
title="Singing clay: the last ocarina works of the Lot",
text="""ROCAMADEIL, France — Every instrument that leaves the Pélissou works is played before it is sold. Odilon Pélissou blows into each one, runs up and down its ten notes, and either nods or drops it into a bucket of rejects.

[[L D1|He reckons the workshop turns out about five thousand of the little clay flutes a year.]] [[N D1|In 1985 the figure was nearer twelve thousand.]] [[N D1|A factory in northern Italy is said to make thirty thousand.]]

[[L D2|The clay, he says, is dug from a bank barely a short walk from the workshop door.]] [[N D2|Glazes are bought in from Spain.]] [[N D2|White porcelain clay for the collectors' range comes from Limoges.]] He shows us the bank: a grey scar above a stream, half hidden by brambles.

[[L D4|The great wood-fired kiln in the yard dates from 1911, according to a stone set in its chimney.]] [[N D4|An electric kiln was added in 2003.]] [[N D4|The family house across the road was built in the 1870s.]]

[[N D5|Children's models are checked with a digital tuner, he admits, to save time.]] [[N D3|There is talk in the village that one of his instruments played with a radio orchestra in Brussels in 1951.]] He has never found any proof.

The ocarina is a humble instrument, but it has devoted fans. Pélissou receives letters from players in Japan and South Korea, where the instrument is taught in schools. Visits are free, and the shop sells seconds at a discount. Odd, slightly flat instruments are given away to the village school, where the music teacher has learned to work around them."""),
]
