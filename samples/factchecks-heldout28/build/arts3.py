"""Articles of topics E (globes) and F (barometers)."""
ARTS = [
dict(id="en-herald-globes", outlet="Otterstoke Herald", lang="en", published="2026-09-17",
url="https://otterstokeherald.example/news/2026/09/fettiplace-open-studio",
title="Round the world in one small room: the globemaker opens his doors",
text="""On a quiet lane behind the church in Otterstoke, a converted cider house is full of worlds. Bare plaster spheres sit on shelves, half-painted oceans dry under lamps, and a finished globe turns slowly on a brass meridian by the window.

[[L E1|Thaddeus Fettiplace told the Herald that he and his two assistants finish roughly a hundred and twenty globes a year.]] [[N E1|When he started in 2009 he managed barely a dozen.]] [[N E1|A London firm with a staff of thirty is said to make about eight hundred.]] "Each one is a small planet," he says. "You cannot hurry a planet."

[[L E4|The most lavish piece to leave the workshop, the owner says, fetched a sum that would buy a modest family car several times over.]] [[N E4|Desk globes in the shop window start at about nine hundred pounds.]] [[N E4|An antique globe he restored went for twelve thousand at auction in Bath.]]

[[L E5|Anyone ordering now, going by the tariff sheet taped beside the till, should not expect delivery before the autumn after next.]] [[N E5|Repairs, by contrast, are usually turned round in three weeks.]] [[N E5|A rival in Bristol promises delivery within six months.]]

The open studio runs every Saturday until Christmas. Visitors can try their hand at pasting a strip of printed map onto a practice ball, which is harder than it looks: the paper must be soaked, stretched and smoothed without a single wrinkle.

[[N E3|A globe of his was lent to a maritime exhibition in Plymouth in 2017, the leaflet says.]] Fettiplace seems happiest talking about coastlines. "The sea is easy. It is the islands that break your heart." Entry is free, and the tea is strong."""),

dict(id="en-herald-tales", outlet="Otterstoke Herald", lang="en", published="2026-10-15",
url="https://otterstokeherald.example/features/2026/10/globemaker-tales",
title="Tall tales and true ones: what the village says about its globemaker",
text="""Since a television crew filmed him in the spring, our globemaker has become a minor celebrity, and the stories about him have grown with his fame. We asked around, and asked him.

[[L E2|The first: that every map on his globes is pasted on by hand as a dozen tapering paper segments, each one cut and wetted at his bench.]] He nods, then qualifies: the small desk models use a different method. [[N E2|Those, he says, are printed on two hemispheres by a firm in Leicester.]] [[N E2|His largest globes, over a metre across, need twenty-four segments.]]

[[L E4|The second: that a collector paid him the price of a new car for a single piece.]] He will not name a figure. [[N E4|Most of his sales are between two and five thousand pounds.]]

[[L E5|And lastly: that the queue for a commissioned piece now stretches to a couple of years.]] [[N E5|Restoration customers wait a fortnight at most.]] "The queue is long," he says, "but people are patient, and I answer every letter."

[[N E3|The fourth story is that a globe of his stands in a museum in Copenhagen, given in 2004.]] He laughs: "I have never been to Copenhagen." [[N E1|There is also talk that he sold forty globes to a single hotel chain last year.]] That, he says, was four, and they were small.

He hopes the stories will bring in apprentices. So far, one has written. "One is a start," he says, and goes back to his islands."""),

dict(id="fr-brisevent-globes", outlet="Agence Brisevent", lang="fr", published="2026-10-09",
url="https://agence-brisevent.example/depeches/2026/10/somerset-fabricant-de-globes",
title="Dans le Somerset, un artisan fabrique encore des globes terrestres à la main",
text="""OTTERSTOKE (Royaume-Uni), 9 octobre (Agence Brisevent) — Dans une ancienne cidrerie de ce village du Somerset, Thaddeus Fettiplace fabrique des globes terrestres comme on le faisait il y a deux siècles, en collant des bandes de carte imprimée sur une sphère de plâtre.

[[L E1|L'artisan estime en terminer environ cent vingt par an, avec l'aide de deux assistants.]] [[N E1|À ses débuts, il y a dix-sept ans, il n'en achevait qu'une poignée.]] [[N E1|Un fabricant londonien en produit, selon lui, plusieurs centaines.]]

[[L E2|Sur chaque sphère, la carte est posée en fuseaux de papier découpés et humidifiés un par un, au nombre d'une douzaine, explique-t-il.]] [[N E2|Les petits modèles de bureau sont en revanche imprimés en deux hémisphères.]] [[N E2|Les plus grands globes, de plus d'un mètre, exigent deux fois plus de fuseaux.]]

[[L E4|Sa pièce la plus chère, raconte-t-il, a atteint quarante mille livres sterling, payées par un collectionneur étranger.]] [[N E4|Ses petits globes de bureau se vendent autour de neuf cents livres.]] [[N E4|Un globe ancien restauré par l'atelier a été adjugé douze mille livres à Bath.]]

L'homme ne se voit pas en artiste. « Je suis un cartographe qui colle du papier », dit-il. Il reçoit pourtant des commandes du monde entier, et la liste d'attente s'allonge.

[[N E3|Une brochure affirme qu'un de ses globes a été prêté à une exposition maritime de Plymouth en 2017.]] [[N E5|Une réparation demande en général trois semaines.]] L'atelier est ouvert au public le samedi. Les visiteurs peuvent y essayer de poser une bande de carte sur une boule d'entraînement, exercice bien plus difficile qu'il n'y paraît."""),

dict(id="en-spindrift-barometers", outlet="Skelbrough Spindrift", lang="en", published="2026-09-25",
url="https://skelbroughspindrift.example/local/2026/09/lusk-barometer-shop",
title="Fair, change or stormy: a season at the barometer shop on the quay",
text="""Step into the narrow shop on Skelbrough's harbour front and a hundred pointers seem to watch you at once. Banjo barometers, stick barometers and ship's aneroids cover every wall, most of them waiting for repair.

[[L F1|Jemima Lusk says she brings some three hundred old instruments back to life every year.]] [[N F1|Her late father, she recalls, managed about a hundred a year in the eighties.]] [[N F1|A restorer in York is said to handle nearly five hundred.]] "Most come from attics," she says. "Grandfather's barometer, stopped since 1970."

[[L F4|The shop is also, she says, the only one left in Britain still licensed to handle quicksilver.]] [[N F4|A workshop in Birmingham gave up its licence in 2013.]] [[N F4|Aneroid instruments, which contain no liquid at all, make up half her trade.]]

[[L F5|A new stick barometer, she adds, takes her a full season from the first cut of mahogany to the final polish.]] [[N F5|A simple repair can be done in a day.]] [[N F5|A banjo case with inlaid shells once kept her busy for six weeks.]]

[[N F2|The present shopfront was put in after a storm in 1953, according to a photograph by the till.]] [[N F3|A plaque on the harbour wall records a storm glass given to the fishermen's mission in 1888.]]

Lusk is the fifth generation of her family on the quay. She checks the readings every morning and chalks them on a board outside, where the crews of the coble boats stop to look before they put to sea. The shop is open from Tuesday to Saturday."""),

dict(id="en-spindrift-history", outlet="Skelbrough Spindrift", lang="en", published="2026-10-22",
url="https://skelbroughspindrift.example/history/2026/10/barometers-and-legends",
title="Barometers and legends: our readers write about the quay shop",
text="""Our piece on the barometer shop brought a heavy postbag. Here are some of the stories readers sent, with what the owner made of them.

[[L F2|One reader wrote that the shop first opened its doors in the year before the young Victoria came to the throne.]] The owner confirms it, pointing to a ledger on the counter. [[N F2|The building itself, another reader notes, was rebuilt in 1921.]] [[N F2|A branch in Whitby opened in 1880 and closed within ten years.]]

[[L F4|Another claims the shop is now the last in the country allowed to work with mercury.]] [[N F4|A reader in Leeds says his uncle's workshop held a licence until 2016.]]

[[L F5|Another insists that one of her tall mahogany barometers keeps her busy for a whole season.]] [[N F5|Repairs of cracked tubes, she points out, take a week or two.]]

[[N F3|One letter says an instrument from the shop hung in the harbour master's office from 1925.]] Nobody has been able to show us a picture. [[N F1|Another claims she once repaired forty barometers for a single stately home.]] She says it was eleven.

We also heard from a retired skipper who remembers checking the shop's chalkboard before every trip. "If Miss Lusk's board said stormy, we stayed in," he writes. "She was never wrong that I knew of."

The shop plans a small exhibition of old instruments next spring. Readers with family barometers and their stories are invited to bring them in. Please wrap any instrument carefully and carry it upright: a tilted tube is the commonest cause of a ruined evening."""),

dict(id="fr-brisevent-barometres", outlet="Agence Brisevent", lang="fr", published="2026-11-06",
url="https://agence-brisevent.example/depeches/2026/11/yorkshire-barometres",
title="Sur un port du Yorkshire, une restauratrice de baromètres garde le cap",
text="""SKELBROUGH (Royaume-Uni), 6 novembre (Agence Brisevent) — Sur le quai de ce petit port de pêche du Yorkshire, la boutique de Jemima Lusk ressemble à un musée : des dizaines de baromètres anciens tapissent les murs, attendant une nouvelle vie.

[[L F1|La restauratrice dit remettre en état quelque trois cents instruments par an, la plupart retrouvés dans des greniers.]] [[N F1|Son père, dans les années quatre-vingt, en restaurait environ cent.]] [[N F1|Un atelier d'York en traiterait près de cinq cents.]]

[[L F2|La boutique a ouvert ses portes en 1836, rappelle-t-elle en montrant un vieux registre posé sur le comptoir.]] [[N F2|La façade actuelle date de la tempête de 1953.]] [[N F2|Une succursale ouverte à Whitby au siècle suivant n'a pas survécu.]]

[[L F4|Selon elle, son atelier serait aussi le seul du royaume encore autorisé à manipuler le vif-argent.]] [[N F4|Un atelier de Birmingham a rendu son autorisation en 2013.]] [[N F4|Les baromètres anéroïdes, sans liquide, représentent la moitié de son activité.]]

La restauratrice affiche chaque matin les relevés sur un tableau noir, devant lequel les pêcheurs s'arrêtent avant de prendre la mer. « Ils me font plus confiance qu'à leur téléphone », s'amuse-t-elle.

[[N F3|Une plaque du port évoque un instrument offert à la mission des pêcheurs en 1888.]] [[N F5|Une simple réparation peut être réglée en une journée.]] La boutique est ouverte du mardi au samedi. Les clients venus de loin repartent souvent avec un petit thermomètre de cuivre, vendu au comptoir pour quelques livres, faute de pouvoir emporter les grandes pièces du mur."""),
]
