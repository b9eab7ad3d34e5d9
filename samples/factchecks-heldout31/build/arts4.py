"""Articles of topics G and H (quoits at Pennyholt, quilts at Ouseby)."""

ARTICLES = [
("en-hearthstone-smithy", "Pennyholt Hearthstone", "https://pennyholthearthstone.example/local/2026/09/quibell-quoits", "2026-09-21", "en",
"Iron rings and a stubborn fire",
"""The smithy at the bottom of Mill Bank has a fire that Absalom Quibell claims has not gone out since the spring. Around it hang hundreds of iron rings, the quoits that men in this corner of Shropshire still pitch at pins of clay on summer evenings.

[[L G1|He reckons a couple of thousand rings come off his anvil over twelve months, mostly sold in matched sets of four.]] [[N G1|His father, he says, made barely three hundred a year.]] [[N G1|A firm in the Black Country is said to cast twenty thousand a year from a mould.]]

[[L G5|Lettering above the smithy door claims the Quibells have kept this fire going since the years when the old queen was nearing her golden jubilee, when the railway had only just reached the valley.]] [[N G5|A second smithy, opened in Ludlow in 1930, closed after the war.]]

[[L G4|Each ring, the smith explains, weighs as much as two and a half bags of sugar, no more and no less, and he checks every one on his grandmother's kitchen scales.]] [[N G4|The lighter practice quoits he makes for children weigh half as much.]] [[N G4|Rings made in the north of England, he says, are heavier still.]]

He forges each quoit from a bar, bent round and hammered until the ends disappear. The dish shape on top, he says, is what makes a good quoit land flat and stay put.

Teams from three counties buy from the smithy, and a club in the valley has used nothing else for as long as anyone remembers. He has no apprentice, but a nephew comes on Saturdays to work the bellows.

Visitors are welcome most afternoons, provided they stand well back from the anvil.
"""),

("en-hearthstone-column", "Pennyholt Hearthstone", "https://pennyholthearthstone.example/columns/2026/10/the-quoit-rings", "2026-10-14", "en",
"Column: two summers at the smithy on Mill Bank",
"""I was fourteen when Absalom Quibell's father let me pump the bellows. I have not forgotten the heat, or the sound of a ring dropping into the water trough.

[[L G2|The iron came from the railway: lengths of worn-out track, cut up and carted down from the sidings when the branch line closed, and every quoit I saw forged began life as a rail.]] [[N G2|The pins, on the other hand, were bought in from a merchant in Shrewsbury.]] [[N G2|The tongs were made from old horseshoes.]]

[[L G4|Each finished ring weighed a little over five pounds, and the old man threw back any that did not balance the brass weight on the scale.]] [[N G4|Ladies' quoits, in those days, were a pound lighter.]]

[[L G5|The smithy had been there since the eighteen-eighties, and the old man liked to say his grandfather lit the first fire with a candle from the chapel.]] [[N G5|There was talk of an earlier forge by the ford, pulled down in 1860.]] [[N G3|Someone once told me Quibell quoits were thrown at a championship in Swansea in 2008.]] I never saw a medal.

I went off to college and then to the city, and I did not pitch a quoit again for thirty years. When I came back, the rings were still hanging on the same nails.

If there is a lesson, it is that some things are made to outlast the people who make them. I have no better way to put it.

The views in this column are the writer's own. The Hearthstone welcomes replies, short ones especially.
"""),

("fr-faitiere-pennyholt", "Agence Faîtière", "https://agence-faitiere.example/depeches/2026/10/palets-shropshire", "2026-10-29", "fr",
"Dans le Shropshire, le dernier forgeron des palets en fer",
"""PENNYHOLT (Royaume-Uni), 29 octobre (Agence Faîtière) - Dans une forge du Shropshire, Absalom Quibell fabrique des palets de fer, des anneaux que l'on lance sur un piquet planté dans l'argile, un jeu encore pratiqué dans les villages de la région.

[[L G1|Le forgeron dit en sortir environ deux mille par an de son enclume, presque toujours vendus par jeux de quatre.]] [[N G1|Son père, selon lui, n'en faisait que trois cents.]]

[[L G2|Selon lui, le métal vient des rails usés d'une ligne de chemin de fer fermée, découpés et chauffés à la forge.]] [[N G2|Les piquets viendraient d'un marchand de Shrewsbury.]] [[N G2|Certains clients croient à tort que le fer est importé de Chine.]]

[[L G4|L'artisan explique qu'il pèse chaque anneau sur une vieille balance de cuisine, pour qu'il fasse exactement deux kilos cinq cents, ni plus ni moins que le modèle de référence.]] [[N G4|Les palets destinés aux enfants pèsent moitié moins.]]

[[N G3|Un membre du club local affirme que des palets de la forge ont servi lors d'une finale à Belfast en 2012.]] Le forgeron n'en a gardé aucune trace.

Les clients viennent de plusieurs comtés voisins. Le forgeron n'a pas d'apprenti, mais un neveu vient le samedi actionner le soufflet.

Le jeu, explique-t-il, se pratique les soirs d'été, par équipes, et se termine souvent au pub. Il ne compte pas s'arrêter : selon lui, aucune machine ne donne à un palet la forme creuse qui lui permet de retomber bien à plat. La forge se visite la plupart des après-midi, à condition de rester à bonne distance de l'enclume.
"""),

("en-weathercock-granary", "Ouseby Weathercock", "https://ousebyweathercock.example/people/2026/09/lapworth-quilts", "2026-09-23", "en",
"Patchwork and patience in the old granary",
"""Up the outside stone steps of the old granary on Beck Lane, Marigold Lapworth sits at a long table under the skylight, a quilt spread across her knees like a blanket of fields.

[[L H1|She tells the Weathercock she finishes something like two dozen quilts a year, give or take one.]] [[N H1|When she started, she says, she made four a year.]] [[N H1|A factory in Lancashire, she has read, produces three thousand a week.]]

[[L H2|Not a single stitch, she insists, is put in by a machine: every seam, every border and every line of quilting is sewn with a needle and her own fingers.]] [[N H2|She admits the backing fabric is hemmed by machine at a shop in Kendal.]] [[N H2|Her mother, she says, owned a treadle machine and used it for everything.]]

[[L H4|All the cloth is second-hand: old shirts, worn-out curtains, a christening gown, pieces that people bring up the steps in carrier bags.]] [[N H4|The wadding inside, she admits, is bought new.]]

[[L H5|She has taught fourteen women to quilt since the mid-two-thousands, most of them from the village.]] [[N H5|Her first evening class, in 2001, had three pupils.]] [[N H5|A college in Carlisle, she says, trains forty a year.]]

The quilts take the names of the people whose cloth went into them. One, in blues and greys, is called after a fisherman whose shirts made up most of the pattern.

Visitors are welcome on Thursday afternoons. There is tea, and a basket of scraps for anybody who wants to try.
"""),

("en-weathercock-gossip", "Ouseby Weathercock", "https://ousebyweathercock.example/people/2026/10/true-or-thread", "2026-10-15", "en",
"True or thread? What Ouseby says about the quilter",
"""There is nothing a village likes more than a craft it can argue about. Here is what we have been told about the granary on Beck Lane, and what we made of it.

[[L H2|The first: no sewing machine would ever have touched one of her quilts, from the first seam to the last.]] [[N H2|A reader claims she bought an electric machine in 2018.]] She says it is still in its box.

[[L H4|The second: every scrap she uses would come from clothes and curtains that somebody else has already worn out, never from a bolt in a shop.]] [[N H4|Another reader is sure the bright reds are bought in Leeds.]] [[N H4|Somebody else thinks she dyes her own cloth with onion skins.]]

[[L H1|The third: she would stitch twenty-five quilts a year, which a neighbour says is more than she has days to spare.]] [[N H1|A former pupil puts it at ten.]]

[[N H3|Last of all, the tale that a Lapworth quilt hangs in a Glasgow gallery since 2013.]] [[N H3|Others place it in a museum in Liverpool.]] She does not say.

What nobody questions is that the granary lights stay on late. The rest will give the village something to talk about until the spring show.

Letters on this or any other subject are welcome. Please keep them short and sign them, and remember that the Weathercock does not print anonymous contributions or anything unkind about the neighbours.
"""),

("fr-faitiere-ouseby", "Agence Faîtière", "https://agence-faitiere.example/depeches/2026/11/courtepointes-cumbria", "2026-11-16", "fr",
"En Cumbria, une couturière de courtepointes dans un ancien grenier à grain",
"""OUSEBY (Royaume-Uni), 16 novembre (Agence Faîtière) - Dans un ancien grenier à grain d'un village du nord-ouest de l'Angleterre, Marigold Lapworth coud des courtepointes en patchwork, à la lumière d'une lucarne.

[[L H1|La couturière dit en achever une bonne vingtaine par an, parfois un peu plus.]] [[N H1|À ses débuts, elle en faisait quatre.]]

[[L H2|Tout, affirme-t-elle, est cousu à l'aiguille, sans qu'aucune machine n'intervienne à un seul moment.]] [[N H2|Elle reconnaît que l'ourlet du dos est fait à la machine dans une boutique de Kendal.]]

[[L H4|Ses tissus sont exclusivement des vêtements et des rideaux usagés, apportés par les habitants dans des sacs en plastique.]] [[N H4|La garniture intérieure, elle, est achetée neuve.]] [[N H4|Une cliente de Londres lui fournirait des soieries anciennes.]]

[[L H5|Depuis le milieu des années deux mille, elle a transmis son savoir à une quinzaine de femmes, moins une, presque toutes du village.]] [[N H5|Un collège de Carlisle formerait quarante élèves par an.]]

[[N H3|Au village, on raconte qu'une de ses courtepointes serait exposée dans un musée d'Édimbourg depuis 2012.]] L'artisane ne le confirme pas.

Chaque courtepointe porte le nom de la personne dont les vêtements ont fourni l'essentiel des pièces. Les visiteurs sont accueillis le jeudi après-midi, avec du thé et une corbeille de chutes pour ceux qui veulent essayer.

Marigold Lapworth dit qu'elle ne vend jamais à des boutiques : ses clients viennent la voir, racontent leur histoire et repartent quelques mois plus tard avec une couverture qui la leur rappelle. Le grenier, construit au XVIIIe siècle, appartient à la paroisse, qui le lui loue pour une somme symbolique.
"""),
]
