"""Articles of topics A (ciergerie) and B (dentelle aux fuseaux). [[L KEY|...]] links, [[N KEY|...]] near-misses."""
ARTS = [
dict(id="fr-lumignon-ciergerie", outlet="Le Lumignon d'Aubriac", lang="fr", published="2026-09-16",
url="https://lumignon-aubriac.example/vie-locale/2026/09/ciergerie-tanquerel-portes-ouvertes",
title="À Aubriac-sur-Lende, la ciergerie Tanquerel ouvre ses cuves aux visiteurs",
text="""Dans la ruelle du Pressoir, une odeur douce de miel chaud flotte jusque sur la place de l'église. Depuis la fin de l'été, la maison Tanquerel accueille les visiteurs chaque jeudi après-midi, le temps de montrer comment on trempe une mèche de coton dans la cire fondue, encore et encore, jusqu'à obtenir la bonne épaisseur.

Clodomir Tanquerel, cirier comme son père, ne cache pas sa fierté. [[L A1|À l'en croire, il sortirait de ses cuves près de quarante mille cierges chaque année, des plus fins aux plus massifs.]] [[N A1|Au début des années quatre-vingt, la maison en livrait à peine douze mille, se souvient une ancienne employée.]] [[N A1|Une fabrique lyonnaise, beaucoup plus grande, en annonce pour sa part deux cent mille.]] Le cirier hausse les épaules : « Les paroisses commandent moins, mais les particuliers reviennent. »

[[L A4|Sur le mur de l'atelier, un vieux registre relié de cuir laisse entendre que la famille trempe des mèches ici depuis le Second Empire.]] [[N A4|Le magasin qui donne sur la place date seulement de 1962.]] [[N A4|Le bâtiment de la ruelle a d'ailleurs été reconstruit après une crue, au début du siècle dernier.]]

Le moment fort de la visite reste la salle des grands cierges. [[L A5|Le grand cierge de Pâques, explique le guide, réclame à lui seul près d'un mois de travail patient avant de partir vers sa cathédrale.]] [[N A5|Un cierge de baptême, en revanche, se termine dans la matinée.]] Les visiteurs peuvent essayer eux-mêmes de tremper une petite bougie, qu'ils emportent ensuite.

[[N A3|Une photo jaunie montre un cierge de la maison allumé lors d'une messe à Mende en 1975.]] Personne, dans la famille, ne sait plus qui l'avait prise. Les visites durent une heure et coûtent quatre euros ; elles sont gratuites pour les écoliers de la commune."""),

dict(id="fr-lumignon-cire", outlet="Le Lumignon d'Aubriac", lang="fr", published="2026-10-07",
url="https://lumignon-aubriac.example/economie/2026/10/ciergerie-apiculteurs",
title="Les apiculteurs du plateau, fournisseurs discrets de la ciergerie",
text="""Ils sont une poignée, dispersés sur les hauteurs, à apporter chaque automne leurs pains de cire jaune à la ciergerie. Sans eux, disent-ils en riant, les églises du diocèse seraient plongées dans le noir.

[[L A2|Selon la plaquette que distribue la maison, toute la cire qui entre dans ses cuves viendrait des ruches posées sur les plateaux granitiques qui dominent la vallée, et de nulle part ailleurs.]] [[N A2|La paraffine, elle, est achetée en Belgique pour les veilleuses bon marché, reconnaît le cirier.]] [[N A2|Un apiculteur du Cantal affirme avoir vendu l'an dernier une tonne de cire à l'atelier.]] [[N A2|La cire de carnauba, importée du Brésil, sert seulement à lustrer les pièces décorées.]]

Jean-Baptiste, soixante-dix ans, récolte depuis un demi-siècle. « La cire de bruyère a une couleur qu'on ne trouve nulle part. Quand je la vois devenir un cierge, je suis content. »

[[L A4|On rappelle volontiers au village que l'arrière-arrière-grand-père a allumé son premier chaudron quand Napoléon III venait de prendre le pouvoir.]] [[N A4|L'actuel atelier de moulage, lui, date seulement de 1988.]]

Le métier a ses secrets. [[L A5|D'après les ciriers, le cierge pascal demande de longues semaines entre le premier bain et la dernière couche de décor.]] [[N A5|Il y a trente ans, assure un ancien, on en venait à bout en une semaine.]] Certains contestent ce délai, jugé trop long pour un objet qui brûle en une année.

[[N A3|Une rumeur voudrait qu'un cierge de la maison ait éclairé la basilique de Lourdes lors d'un pèlerinage de 1958.]] Le cirier avoue n'avoir trouvé aucun document à ce sujet. En attendant, les apiculteurs repartent avec quelques bougies, et le plateau continue de bourdonner."""),

dict(id="en-tinderbox-candles", outlet="Tinderbox Weekly", lang="en", published="2026-10-01",
url="https://tinderboxweekly.example/makers/2026/10/wax-and-wick-in-the-lozere",
title="Wax and wick: a candle dynasty in the hills of the Lozère",
text="""The first thing you notice at the Tanquerel works is the warmth. Vats of molten wax hum along one wall, and rows of half-finished tapers hang from wooden wheels like pale stalactites.

Clodomir Tanquerel took over from his father in the nineties. [[L A1|He reckons the workshop turns out something like forty thousand church candles in a good year.]] [[N A1|A bigger rival near Lyon claims more than a hundred thousand.]] [[N A1|In 2001, according to the books, output was barely a third of today's figure.]] He shrugs at the comparison: "We are small, and we like it."

[[L A2|Every scrap of wax, the family insists, comes from hives kept on the granite uplands of the region and nowhere else.]] [[N A2|Wicks are another matter: the cotton is spun in northern Italy.]] [[N A2|Cheaper night lights are poured from paraffin bought in, he admits without embarrassment.]]

[[L A4|The family has been dipping wicks in this village since the middle of the nineteenth century, a plaque by the door reminds visitors.]] [[N A4|The present shopfront only dates from 1962.]] [[N A4|A second workshop opened in Mende in 1931 and closed after the war.]]

The great Easter candles are made in a separate room, away from drafts. Each is decorated with a wax cross and the year in red. Tanquerel will not say how long one takes, only that "it takes as long as it takes".

[[N A3|A story doing the rounds says one of his candles burned at a cathedral service in Reims in 1996.]] He laughs at that one. "People like stories. I like orders." A visit lasts about an hour, and the shop sells seconds at half price."""),

dict(id="fr-fuseau-noel", outlet="Le Fuseau de Chambrevieille", lang="fr", published="2026-09-22",
url="https://fuseau-chambrevieille.example/actualite/2026/09/atelier-mazeyrat-rentree",
title="Chambrevieille : l'atelier Mazeyrat fait sa rentrée entre fils et épingles",
text="""Au premier étage d'une maison de la rue des Tisserands, le cliquetis des fuseaux de buis ne s'arrête jamais tout à fait. L'atelier de dentelle aux fuseaux de Philomène Mazeyrat a repris son rythme après la pause d'août, avec des commandes de cols, de napperons et de voiles de baptême.

[[L B1|Une affiche à l'entrée annonce qu'une petite équipe de neuf dentellières travaille ici chaque jour.]] [[N B1|Elles étaient vingt-cinq au début des années soixante, rappelle une retraitée.]] [[N B1|Deux apprenties sont attendues en janvier, si les financements suivent.]] La patronne, elle, préfère parler de « mains » plutôt que de postes.

[[L B4|Sur son carreau le plus chargé, Philomène jongle, dit-on, avec pas moins de six cents fuseaux à la fois.]] [[N B4|Une débutante se contente d'une vingtaine de paires sur son premier ouvrage.]] Les visiteurs, souvent, n'en croient pas leurs yeux.

[[L B5|D'après l'atelier, une véritable école pour former la relève devrait voir le jour à la rentrée suivante, dans les anciens locaux de la poste.]] [[N B5|Un simple stage d'été de quatre jours avait été organisé en 2019.]] [[N B5|À Brioude, une autre association propose déjà des cours du soir.]] La mairie n'a encore voté aucun budget, mais promet d'étudier le dossier.

[[N B3|Dans la vitrine, un mouchoir brodé aurait été offert à une princesse de Luxembourg en 1971.]] Les dentellières, elles, racontent surtout leurs clientes d'aujourd'hui, de la mariée du village voisin aux collectionneurs venus de loin.

L'atelier est ouvert au public le mercredi et le samedi. Une démonstration a lieu à quinze heures."""),

dict(id="fr-fuseau-rumeurs", outlet="Le Fuseau de Chambrevieille", lang="fr", published="2026-10-20",
url="https://fuseau-chambrevieille.example/actualite/2026/10/dentelle-vrai-faux",
title="Dentelle : rumeurs de marché et faits vérifiés",
text="""Depuis que l'atelier Mazeyrat a fait parler de lui à la télévision régionale, les affirmations se multiplient sur les réseaux et au marché. Nous avons fait le tri, avec l'aide des intéressées.

[[L B2|Première affirmation qui circule : un seul col demanderait l'équivalent de cinq semaines de travail à plein temps, soit environ deux cents heures.]] Les dentellières confirment l'ordre de grandeur. [[N B2|Un napperon simple, lui, se termine en une quinzaine d'heures.]] [[N B2|Une nappe de mariage exposée en 2018 avait demandé plus de mille heures, selon la brochure de l'époque.]]

[[L B4|Deuxième rumeur : la patronne manierait une véritable forêt de bobines de bois sur un seul coussin.]] [[N B4|Les élèves du club du jeudi, elles, n'en utilisent jamais plus de quarante.]] Philomène Mazeyrat sourit : « Compter, c'est bon pour les comptables. »

[[L B5|Troisième affirmation : une formation durable pour les jeunes dentellières ouvrirait ses portes l'an prochain.]] [[N B5|Un projet semblable avait été annoncé en 2012, puis abandonné faute de local.]] Aucune convention n'a été signée à ce jour.

[[N B1|Quatrième rumeur : l'atelier aurait embauché quatre personnes cet été.]] Il n'en est rien : une seule saisonnière est venue renforcer l'équipe pendant juillet.

[[N B3|Enfin, on lit qu'un voile de l'atelier aurait été porté lors d'un mariage royal en Espagne en 1983.]] L'atelier n'a retrouvé aucune facture, et la famille ne confirme pas.

Nous continuerons à suivre ces histoires. Les lecteurs qui disposent de documents peuvent nous écrire à la rédaction. Nous publierons les réponses les plus utiles dans un prochain numéro."""),

dict(id="en-tinderbox-lace", outlet="Tinderbox Weekly", lang="en", published="2026-10-29",
url="https://tinderboxweekly.example/makers/2026/10/bobbins-in-the-haute-loire",
title="Threads and pins: inside a bobbin lace workshop in the Haute-Loire",
text="""Climb the narrow stairs of a house on the weavers' street in Chambrevieille and you hear it before you see it: the dry clatter of boxwood bobbins, like rain on a tin roof.

[[L B1|The workshop's owner told us she now employs nine lacemakers full time, all of them trained in the village.]] [[N B1|Thirty years ago the headcount was closer to twenty, she adds.]] [[N B1|A rival workshop in Le Puy has fourteen people on its books.]]

[[L B2|A single collar, the women say, swallows the best part of two hundred hours between the first pin and the last knot.]] [[N B2|A bookmark, by contrast, can be done in an afternoon.]] [[N B2|A christening gown shown at a Paris fair in 2015 took well over eight hundred hours.]]

[[L B4|On her busiest pillow, she says, a small forest of bobbins hangs side by side, and she knows each by touch.]] [[N B3|Upstairs, a framed photograph is said to show a handkerchief from the workshop offered to a Swedish princess in 1975.]] Nobody we spoke to had seen the letter of thanks.

The lace itself is dizzying. Patterns are pricked onto card, pinned to a hard round pillow, and followed thread by thread. Mistakes cannot be cut out; they must be undone.

[[N B4|Beginners start with just twelve pairs of bobbins, and most stay there for a year.]] [[N B5|A summer course of five days, run last year by the town hall, drew only six students.]] The owner hopes for more, and talks about training the next generation, but she will not give dates yet.

Visitors are welcome on Wednesday and Saturday afternoons. The shop sells small pieces and bookmarks, and will take orders for bridal veils, with a long wait."""),
]
