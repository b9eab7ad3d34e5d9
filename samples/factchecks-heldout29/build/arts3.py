"""Articles on topics E (snow globes, Pudsbury) and F (decoy ducks, Quarrendon)."""
A = []

A.append(dict(id="en-reckoner-globes", url="https://pudsburyreckoner.example/news/2026/09/rundle-snow-globes",
 outlet="Pudsbury Reckoner", published="2026-09-22", language="en",
 title="Winter all year round in a Pudsbury back yard",
 text="""
Behind the old forge on Pudsbury's Tallow Lane, it snows every day of the year. Shelves of glass domes line the walls of Obadiah Rundle's workshop, and each one, when shaken, fills with a slow white storm.

[[L E-p1|Rundle told the Reckoner that he and two helpers finish about six thousand of the little domes in a year.]] [[N E-p1|When he started in a garden shed, in 2004, he made a few hundred.]] [[N E-p1|A factory near Birmingham is said to make that many in a single week.]] He is not tempted to grow. "Every one is shaken by me before it leaves," he says.

[[L E-o1|The snow itself, he says, is nothing more than eggshell, dried in the oven and crushed to a fine powder in an old coffee grinder.]] [[N E-o1|Older pieces used flakes of bone china from broken cups.]] [[N E-o1|Cheaper domes in the shop window, he admits, contain plastic glitter.]]

The figures inside are his favourite part: tiny robins, village churches, a fox asleep under a hedge. He carves them at the bench by the window, with a magnifying lamp pulled close.

[[L E-o2|The most anyone has paid for one of his pieces, according to a framed catalogue page by the door, was a sale room bid worth a good second-hand car.]] [[N E-o2|Most of his domes sell for between thirty and ninety pounds.]] [[N E-o2|A Victorian paperweight he restored fetched eight hundred at an auction in Salisbury.]]

[[N E-pd|A leaflet in the shop says a globe of his went to the Falkland Islands with a naval crew in 2008.]] He says he cannot remember that one.

The workshop is open on Saturdays through December. Children may shake anything on the lower shelf, and quite a lot of things on the higher ones.
"""))

A.append(dict(id="en-reckoner-tales", url="https://pudsburyreckoner.example/features/2026/10/snow-globe-tales",
 outlet="Pudsbury Reckoner", published="2026-10-20", language="en",
 title="The snow globe man: what is true and what is tinsel",
 text="""
Our snow globe maker has become a local celebrity since a breakfast television crew filmed him last winter, and the stories have grown with every retelling. We took them to the workshop.

[[L E-p2|The first: that the little scene inside each dome is whittled out of one solid block of linden, with no glued parts at all.]] He nods and hands us a robin to inspect. [[N E-p2|The bases, he points out, are turned from oak offcuts supplied by a joiner in Devizes.]] [[N E-p2|Some of the larger village scenes, he admits, are built from several pieces of pear wood.]]

[[L E-o1|The second: that the swirling snow is made from ground-up eggshells, saved by half the cafés in town.]] [[N E-o1|One customer was convinced it was sugar.]] That, he says, would make a sticky mess.

[[L E-o2|The third: that a collector once paid three and a half thousand pounds for one of his domes at an auction.]] He will not confirm the price. [[N E-o2|The highest price he will admit to is four hundred pounds, for a piece commissioned for a wedding.]]

And lastly: that he refuses to sell through shops at all. Not quite, he says, but he chooses them carefully. [[N E-p1|A rumour that he sold twenty thousand to a department store in London is firmly denied.]]

[[N E-pd|There is also talk of a dome given to an Antarctic expedition in 1997.]] He laughs: he was still at school.

He hopes the stories will bring in an apprentice. So far one has applied, a retired dentist with steady hands.
"""))

A.append(dict(id="fr-pertuis-boules", url="https://agence-pertuis.example/depeches/2026/11/boules-a-neige-pudsbury",
 outlet="Agence Pertuis", published="2026-11-06", language="fr",
 title="Au Royaume-Uni, un artisan fait neiger toute l'année",
 text="""
PUDSBURY (Royaume-Uni), 6 novembre (Agence Pertuis) - Dans un bourg du Wiltshire, un ancien ébéniste fabrique des boules à neige à la main, une à une, dans un atelier derrière une vieille forge.

[[L E-p1|Obadiah Rundle affirme en fabriquer environ six mille par an avec deux aides.]] [[N E-p1|Il en faisait à peine quelques centaines à ses débuts, en 2004.]] [[N E-p1|Une usine chinoise produirait le même nombre en une journée.]]

[[L E-p2|Le petit décor de chaque boule, un rouge-gorge ou une église de village, est sculpté dans un seul morceau de tilleul, assure l'artisan.]] [[N E-p2|Les socles, eux, sont tournés dans des chutes de chêne fournies par un menuisier voisin.]] [[N E-p2|Les grandes scènes de Noël sont assemblées à partir de plusieurs pièces de poirier.]]

L'artisan ne vend qu'à sa boutique et à quelques galeries. Les prix vont de trente à quatre-vingt-dix livres pour les modèles courants.

[[L E-o1|La neige qui tourbillonne dans l'eau serait faite de coquilles d'œuf séchées au four puis réduites en poudre dans un vieux moulin à café.]] [[N E-o1|Les modèles bon marché de la vitrine contiennent, eux, des paillettes de plastique.]] [[N E-o1|Les plus anciennes boules utilisaient des éclats de porcelaine.]]

[[N E-o2|Une boule restaurée par ses soins s'est vendue huit cents livres lors d'une vente à Salisbury.]] L'artisan refuse de commenter les prix plus élevés qu'on lui prête.

[[N E-pd|Selon un dépliant de la boutique, une de ses boules aurait accompagné l'équipage d'un navire militaire vers les îles Malouines en 2008.]] Il dit ne pas s'en souvenir.

L'atelier reste ouvert le samedi jusqu'à Noël, et les enfants ont le droit de secouer tout ce qui se trouve sur l'étagère du bas.
"""))

A.append(dict(id="en-lugger-decoys", url="https://quarrendonlugger.example/news/2026/09/wetherick-decoys",
 outlet="Quarrendon Lugger", published="2026-09-24", language="en",
 title="On Quarrendon's sea front, the wooden ducks are waiting",
 text="""
The shed at the end of Quarrendon's coble landing smells of linseed oil and salt. Rows of wooden ducks stare from the shelves with glass eyes: wigeon, teal, eider, a single haughty goose.

[[L F-p1|Lavinia Wetherick says she carves around four hundred of the birds every year.]] [[N F-p1|Her father, who ran the shed before her, managed about a hundred and fifty.]] [[N F-p1|A carver in Suffolk is said to finish a thousand a year with a copying lathe.]] She does everything by hand, with a drawknife and a set of gouges.

[[L F-o1|A single bird, she explains, takes her the best part of a working week, from rough block to the last feather painted on the back.]] [[N F-o1|A simple painted teal for the gift shop takes an afternoon.]] [[N F-o1|Restoring an old decoy can take three weeks.]]

Most of her birds go to collectors, a few to wildfowlers who still float them on the marsh, and a growing number to people who simply like a duck on the mantelpiece.

[[L F-o2|The shed, a painted board above the door proclaims, has been making decoys since the early nineteen-twenties.]] [[N F-o2|The board itself was painted in 1987.]] [[N F-o2|A second shed, on the harbour, opened in 1951 and closed in the seventies.]]

[[N F-pd|The parish newsletter once reported that one of her birds won a prize at a show in Philadelphia in 2012.]] She says she has never entered an American show.

The shed opens on weekend afternoons in winter. Visitors are welcome to watch, but are warned that the gouges are sharp and the carver is not chatty before noon.
"""))

A.append(dict(id="en-lugger-letters", url="https://quarrendonlugger.example/letters/2026/10/decoy-letters",
 outlet="Quarrendon Lugger", published="2026-10-22", language="en",
 title="Letters: our decoy carver, her wood and her ducks",
 text="""
Our piece on the decoy shed last month brought in more letters than the bypass. Here is a selection, with the carver's replies.

[[L F-p2|One reader writes that every duck in the shed begins life as a piece of wreck timber or a log washed up on the beach below the village.]] The carver confirms it, and adds that she walks the tide line every morning. [[N F-p2|Another reader is sure she buys seasoned cedar from a timber yard in Newcastle.]] [[N F-p2|The glass eyes, she admits, come from a supplier in Germany.]]

[[L F-o1|A retired wildfowler tells us that a good decoy cannot be hurried and takes almost a week of carving and painting.]] [[N F-o1|He remembers his uncle turning one out in a single evening, in 1958.]]

[[L F-o2|Another insists the shed has been turning out wooden birds for just over a century, since a few years after the Great War.]] [[N F-o2|A third is sure it opened in Victorian times, which the carver denies.]]

One correspondent wonders whether the carver ever takes a holiday. "Not in winter," she replies. [[N F-p1|He also claims she sold two thousand to a garden centre chain, which she denies.]]

[[N F-pd|A last letter says one of her eiders was judged best in its class at a carving contest in Boston in 2019.]] She has no record of it.

Letters to the Lugger are welcome by post or at the newsagent's counter, and we print as many as we can fit, even the grumpy ones.
"""))

A.append(dict(id="fr-pertuis-appelants", url="https://agence-pertuis.example/depeches/2026/11/appelants-quarrendon",
 outlet="Agence Pertuis", published="2026-11-10", language="fr",
 title="Sur la côte anglaise, une sculptrice d'appelants fidèle au bois flotté",
 text="""
QUARRENDON (Royaume-Uni), 10 novembre (Agence Pertuis) - Dans une cabane de bois au bout de la cale, une femme sculpte des canards. Pas des jouets : des appelants, ces leurres que les chasseurs posaient sur l'eau pour attirer les oiseaux sauvages.

[[L F-p1|Lavinia Wetherick dit en sculpter environ quatre cents par an, seule, avec une plane et des gouges.]] [[N F-p1|Son père n'en sortait qu'une centaine.]] [[N F-p1|Un concurrent du Suffolk en produirait un millier grâce à un tour à copier.]]

[[L F-p2|Tous ses oiseaux, raconte-t-elle, naissent de morceaux de bois rejetés par la mer et ramassés sur la plage au pied du village.]] [[N F-p2|Les yeux de verre, en revanche, viennent d'un fournisseur allemand.]] [[N F-p2|Ses socles de présentation sont en chêne acheté dans une scierie.]]

La plupart de ses canards partent chez des collectionneurs. Quelques chasseurs les posent encore sur les marais, au petit matin.

[[L F-o2|La cabane, selon un panneau peint au-dessus de la porte, fabrique des appelants depuis 1923.]] [[N F-o2|Le panneau lui-même date de 1987.]] [[N F-o2|Une seconde cabane, ouverte sur le port en 1951, a fermé dans les années soixante-dix.]]

[[N F-pd|Le bulletin paroissial a affirmé qu'un de ses canards avait remporté un prix dans un concours de Philadelphie en 2012.]] Elle assure n'avoir jamais participé à un concours américain.

Elle vend aussi, sur commande, des oiseaux de bois destinés aux cheminées des maisons du village. La cabane est ouverte le week-end en hiver. Les visiteurs peuvent regarder travailler la sculptrice, à condition de ne pas lui parler avant midi.
"""))
