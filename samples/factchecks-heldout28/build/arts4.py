"""Articles of topics G (kaleidoscopes) and H (salmon flies)."""
ARTS = [
dict(id="en-prism-kaleidoscopes", outlet="Ashenwold Prism", lang="en", published="2026-09-21",
url="https://ashenwoldprism.example/news/2026/09/brackenbury-open-workshop",
title="Colours in a tube: the kaleidoscope workshop throws open its doors",
text="""Children queued down Tanner's Row in Ashenwold on Saturday for a look inside the workshop of Barnabas Brackenbury, where brass tubes, mirrors and trays of coloured glass cover every bench.

[[L G1|Brackenbury told the Prism that his small team sells about two thousand kaleidoscopes a year, mostly by post.]] [[N G1|In his first year, 1998, he sold fewer than fifty.]] [[N G1|A factory in China makes millions of plastic ones, he notes, without bitterness.]] "Mine are for looking at for a lifetime," he says.

[[L G4|Hanging from the rafters is what he calls the largest instrument of its kind on the continent, a tube as long as a family saloon car.]] [[N G4|His smallest model, a pocket piece, is barely the length of a finger.]] [[N G4|A German maker once built a walk-in version, but it was taken down in 2012.]]

[[L G5|According to his website, the instruments are shipped to customers in dozens of countries.]] [[N G5|A single American shop took three hundred last Christmas.]] [[N G5|Shipping to Australia, he admits, costs more than the smallest model.]]

[[N G2|The mirrors are cut from sheet glass bought in Stoke, he explains.]] [[N G3|A framed poster claims one of his pieces appeared on a television quiz in 2005.]]

The open day ended with a competition for the best pattern drawn by a child. The winner, aged seven, took home a kaleidoscope of her own. Visitors are welcome in the workshop one Saturday a month, usually the first. Booking is not needed, but the owner asks groups of more than ten to telephone ahead, as the room is small."""),

dict(id="en-prism-column", outlet="Ashenwold Prism", lang="en", published="2026-10-19",
url="https://ashenwoldprism.example/columns/2026/10/what-i-learned-at-the-bench",
title="Column: what two summers at the kaleidoscope bench taught me",
text="""Forty years ago, before I became a teacher of physics, I spent two summers sweeping floors and cutting mirrors for Barnabas Brackenbury's father. I read a great deal about the workshop now, so I will add my own memories.

[[L G2|The glass, in those days, came out of the leaded windows of chapels and churches that were being pulled down, and I carried crates of it myself from the demolition yards.]] [[N G2|The clear glass for the mirrors was bought new from a merchant in Wolverhampton.]] [[N G2|Some coloured beads came from a bead shop in Birmingham, I remember.]]

[[L G4|People say the long tube in the rafters is the biggest in Europe, and I believe it, having helped hang the first version.]] [[N G4|The old one was only half the length.]]

[[L G5|I hear his pieces now go to customers in more than forty nations; in my time, a parcel to Wales was an adventure.]] [[N G5|The father's first export, I recall, was a single box to Ireland in 1979.]]

[[N G3|There is a story that a kaleidoscope of ours was used in a pop video in 1984; I never saw it.]] [[N G1|There is another that the workshop once sold five hundred in a single week; I doubt it.]]

What I learned there was patience, and how light bends. I taught it to teenagers for thirty years. If a child looks into one of those tubes today and asks why the colours repeat, then somebody is doing something right.

Percival Ockleton, retired physics teacher"""),

dict(id="fr-brisevent-kaleidoscopes", outlet="Agence Brisevent", lang="fr", published="2026-10-11",
url="https://agence-brisevent.example/depeches/2026/10/shropshire-kaleidoscopes",
title="Dans le Shropshire, un artisan fait tourner les couleurs du monde",
text="""ASHENWOLD (Royaume-Uni), 11 octobre (Agence Brisevent) — Dans son atelier du Shropshire, Barnabas Brackenbury assemble à la main des kaléidoscopes en laiton, en bois et en verre, qu'il expédie ensuite aux quatre coins de la planète.

[[L G1|L'artisan affirme en vendre environ deux mille par an, surtout par correspondance.]] [[N G1|Lors de sa première année, en 1998, il en avait écoulé moins de cinquante.]] [[N G1|Un fabricant chinois en produit des millions, en plastique.]]

[[L G2|Tout le verre coloré qu'il utilise proviendrait des verrières colorées d'églises et de chapelles démolies, récupérés dans les chantiers de la région.]] [[N G2|Le verre des miroirs est acheté neuf chez un grossiste de Stoke.]] [[N G2|Des perles colorées viennent d'un fournisseur tchèque.]]

[[L G4|Sous la charpente trône un instrument long de quatre mètres, présenté comme le plus grand de tout le continent.]] [[N G4|Son plus petit modèle tient dans une poche.]] [[N G4|Un fabricant allemand avait construit un kaléidoscope dans lequel on pouvait entrer, démonté en 2012.]]

L'artisan, ancien vitrier, parle de son métier comme d'une affaire de patience : « Le miroir doit être parfait. Une poussière, et le motif est raté. »

[[N G3|Une affiche encadrée prétend qu'une de ses pièces est apparue dans un jeu télévisé en 2005.]] [[N G5|Une boutique américaine lui en a commandé trois cents à Noël dernier.]] L'atelier se visite un samedi par mois, en général le premier. Les enfants y dessinent volontiers leurs propres motifs, que l'artisan affiche ensuite au mur de la boutique, entre deux étagères de tubes en laiton en attente de miroirs."""),

dict(id="en-weekly-flies", outlet="Harrowmere Weekly", lang="en", published="2026-09-29",
url="https://harrowmereweekly.example/news/2026/09/quennell-fly-tying-season",
title="Feathers, silk and patience: a season at the fly-tier's bench",
text="""On the window ledge of a cottage above the river at Harrowmere, a row of salmon flies catches the morning light: jungle cock, golden pheasant, silver tinsel, each one no longer than a thumb joint.

[[L H1|Araminta Quennell says she dresses some eight thousand flies in a year, most of them for anglers who fish the rivers of the West Country.]] [[N H1|Twenty years ago, she recalls, she tied fewer than three thousand.]] [[N H1|A supplier in Kenya is said to ship millions of cheap flies to British tackle shops.]]

[[L H4|A classic full-dress pattern, she says, keeps her at the vice from breakfast until the middle of the afternoon.]] [[N H4|A simple nymph takes her less than ten minutes.]] [[N H4|A framed display fly she made for a wedding took two whole days.]]

[[L H5|She has also, the angling club says, taught a couple of hundred and fifty pupils to tie over the years.]] [[N H5|This winter's evening class has just nine places.]] [[N H5|A school in Exeter runs a similar course for twenty students.]]

[[N H2|A photograph in the club house shows a twenty-pound salmon caught on one of her flies on the Taw in 2003.]] [[N H3|She has sent framed flies to collectors in Norway and Canada.]]

She ties at an old oak desk, under a lamp that once belonged to her grandfather. Nothing is wasted: offcuts of feather go into a tin for the children who come to her classes. The club shop on the quay sells her flies from Thursday to Sunday."""),

dict(id="en-weekly-fables", outlet="Harrowmere Weekly", lang="en", published="2026-10-26",
url="https://harrowmereweekly.example/features/2026/10/fly-tier-fact-and-fable",
title="Fact and fable at the fly-tier's cottage",
text="""Harrowmere has always loved a fishing story, and our fly-tier attracts more than most. We sat down with her to sort them out.

[[L H2|The second story goes that one of her flies accounted for a thirty-pound fish on a famous Scottish river in the mid-nineties.]] She laughs. She has never fished in Scotland, she says, and nobody has ever sent her a photograph. [[N H2|A twelve-pound sea trout on the Dart in 2011 is the largest catch she can vouch for.]]

[[L H4|The first story is that a single traditional salmon pattern takes her most of a working day.]] That one she confirms. [[N H4|Trout flies, she points out, are a matter of minutes.]]

[[L H5|Lastly, it is said that she has passed her craft on to a small army of pupils over the years.]] [[N H5|She counts twelve who went on to sell their own flies.]] She keeps their names in a notebook.

[[N H1|There is talk that she tied two thousand flies for a single tackle shop in London last year.]] It was three hundred, and a small shop.

[[N H3|And a reader insists that a frame of her flies hangs in an angling museum in Bergen.]] She has never heard of it. "I would love to see that museum," she says.

Fishing stories are a local currency, and she is happy to let them circulate, so long as nobody buys a fly expecting miracles. "The fish decides," she says. "Always the fish." The evening class starts again in January. Beginners are asked to bring a good lamp, reading glasses if they need them, and no illusions about their first attempts."""),

dict(id="fr-brisevent-mouches", outlet="Agence Brisevent", lang="fr", published="2026-11-10",
url="https://agence-brisevent.example/depeches/2026/11/devon-mouches-a-saumon",
title="Dans le Devon, une monteuse de mouches à saumon perpétue un art patient",
text="""HARROWMERE (Royaume-Uni), 10 novembre (Agence Brisevent) — Dans un cottage qui domine la rivière, Araminta Quennell monte à la main des mouches de pêche, plumes de faisan doré et fils de soie, pour les pêcheurs de saumon du sud-ouest de l'Angleterre.

[[L H1|La monteuse dit en fabriquer quelque huit mille chaque année.]] [[N H1|Il y a vingt ans, elle en montait moins de trois mille.]] [[N H1|Des fournisseurs du Kenya expédient des millions de mouches bon marché vers les magasins britanniques.]]

[[L H2|Une de ses créations aurait permis de sortir un saumon de trente livres d'une célèbre rivière écossaise en 1994, raconte-t-on au club de pêche.]] [[N H2|La plus grosse prise dont elle puisse témoigner est une truite de mer de douze livres, en 2011.]] [[N H2|Un saumon de vingt livres a été pris sur la Taw en 2003 avec l'une de ses mouches.]]

[[L H4|Une mouche à saumon montée selon les règles anciennes lui demande environ six heures de travail.]] [[N H4|Une simple nymphe se termine en moins de dix minutes.]] [[N H4|Une mouche d'exposition montée pour un mariage lui a pris deux journées entières.]]

Elle travaille sur un vieux bureau de chêne, sous la lampe de son grand-père. Rien ne se perd : les chutes de plumes vont aux enfants de ses cours du soir.

[[N H3|Elle a envoyé des cadres de mouches à des collectionneurs en Norvège et au Canada.]] [[N H5|Le cours du soir de cet hiver ne compte que neuf places.]] « Le poisson décide, toujours le poisson », conclut-elle en riant."""),
]
