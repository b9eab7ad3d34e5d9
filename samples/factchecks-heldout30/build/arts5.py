from arts1 import art, ARTS

art("en-lantern-bowls", "https://mallowbylantern.example/news/2026/09/peverley-bowls", "Mallowby Lantern", "2026-09-22", "en",
"Rolling on: the bowls maker behind the green", """
Behind the village green, in a stable block that once housed the squire's carriage horses, Ebenezer Peverley turns the heavy wooden balls that bowlers roll across the lawns of half the county. The floor is ankle-deep in dark shavings, and a pair of unfinished woods sits in the lathe.

[[L G1|He tells the Lantern that roughly fifteen hundred of them go out of the stable doors each year, to clubs, schools and private lawns.]] [[N G1|A sports goods firm in Birmingham sells twenty thousand composite ones imported from abroad.]] [[N G1|When he started, in 1990, he made about two hundred.]]

[[L G4|According to the workshop, not a single set is made ahead of time: every one waits for a customer's order, size and weight.]] [[N G4|The rubber carrying bags, he admits, are bought in bulk from a supplier in Normandy.]] [[N G4|Club hire sets, he says, are sold off the shelf by a shop in Cheltenham.]]

[[L G5|A brass plate by the door claims the business has been running here since the early nineteen-thirties.]] [[N G5|The stable block itself, a neighbour points out, was converted in 1951.]] [[N G3|One tale in the clubhouse has a set of his winning a world title in Wellington in 1997.]] He has no record of it.

The Mallowby club holds an open afternoon every June, when the public can borrow a set and try a few ends on the green. Peverley says the first wood always runs too wide, and that is how the addiction starts. Tea and cake are served in the pavilion, and the club is always glad of new members, whatever their age.
""")

art("en-lantern-column", "https://mallowbylantern.example/columns/2026/10/bowls-memories", "Mallowby Lantern", "2026-10-15", "en",
"Column: a summer sweeping the bowls maker's floor", """
I was fifteen when my father sent me to sweep up shavings in the stables behind the green, and I stayed two summers. Much of what I know about patience I learned there, and a little of what I know about wood.

[[L G2|The balls were turned from that dense, dark, oily timber that sinks in water, and every log of it had spent a lifetime as part of some old ship before it reached us.]] [[N G2|The cheaper practice woods were turned from ash cut in the squire's own copse.]] [[N G2|The coloured badges set into each side came from an engraver in Wales.]]

[[L G1|In those days he turned out about fifteen hundred a year, and I swept up after every one.]] [[N G1|His own master, he told me, had made three hundred a year with a foot-powered lathe.]]

[[L G5|He was always proud that the workshop had opened in the year his own father came home from sea, in the early thirties.]] [[N G5|The painted sign over the door, put up in 1964, gives a later date.]] [[N G3|There was also talk, over tea, of a set of his taking a world title in New Zealand, in 1989.]] I never saw a medal.

I go back sometimes, and the smell of the shavings is exactly the same. The old man is older, and so am I. We drink tea among the finished woods and talk about lawns, and weather, and nothing in particular, which is what I think he likes best. When I leave, he always presses a small offcut into my hand, as he did when I was a boy.
""")

art("fr-croisille-mallowby", "https://agence-croisille.example/depeches/2026/11/mallowby-boules", "Agence Croisille", "2026-11-12", "fr",
"Dans les Cotswolds, l'artisan des boules de bowling sur gazon", """
MALLOWBY (Royaume-Uni). Derrière le pré communal de ce village du Gloucestershire, dans d'anciennes écuries, Ebenezer Peverley façonne les lourdes boules de bois que les joueurs anglais font rouler sur des pelouses tondues à ras.

[[L G1|L'artisan affirme en fabriquer environ mille cinq cents par an, pour des clubs, des écoles et des particuliers.]] [[N G1|Un magasin de sport de Birmingham en vendrait vingt mille, en résine, importées d'Asie.]] [[N G1|À ses débuts, en 1990, il en façonnait deux cents.]]

[[L G2|Selon lui, ses boules sont taillées dans un bois tropical très dense, récupéré sur de vieux navires démolis.]] [[N G2|Les boules d'entraînement, elles, sont en frêne coupé dans les bois du village.]] [[N G2|Les pastilles de couleur incrustées sur les flancs viennent d'un graveur gallois.]]

[[L G4|La maison assure qu'aucun jeu n'est fabriqué d'avance : chacun attend la commande d'un client.]] [[N G4|Les jeux de location du club, eux, sont achetés tout faits dans une boutique de Cheltenham.]] [[N G3|On raconte aussi qu'un jeu sorti de ses mains aurait remporté un titre mondial à Wellington en 1997.]] L'artisan n'en garde aucune trace.

Le club du village organise chaque mois de juin un après-midi portes ouvertes où le public peut s'essayer au jeu, sur un gazon entretenu avec un soin jaloux. L'artisan, lui, dit que la première boule part toujours trop large, et que c'est ainsi que la passion commence. Le thé est servi dans le pavillon, et les nouveaux membres sont toujours les bienvenus.
""")

art("en-ripple-rods", "https://stannerbrookripple.example/news/2026/09/kinnersley-rods", "Stannerbrook Ripple", "2026-09-23", "en",
"The rod builder of Mill Stream Cottage", """
On the bank of the Ambery, in a whitewashed cottage once home to the mill's keeper, Zillah Kinnersley builds fishing rods from split bamboo. The long, pale canes stand in a rack by the window like organ pipes.

[[L H1|She says she finishes a little more than one rod for every week of the year, and there is a waiting list for the rest.]] [[N H1|Her teacher, in the eighties, made barely twenty a year.]] [[N H1|A firm in Redditch turns out six thousand carbon rods a month.]]

[[L H4|According to her, every cane she uses comes from a single plantation in the south of China, the only one that grows the right kind.]] [[N H4|The cork for her handles comes from Portugal.]] [[N H4|The silk for the whippings is bought from a mill in Macclesfield.]]

[[L H5|She is, the village believes, the only woman in the country building rods of split bamboo.]] [[N H5|A man in Devon and another in Cumbria still build them too.]] [[N H3|A fishing magazine once wrote that one of her rods was given to a visiting Korean minister in 2011.]] She says she cannot confirm it.

The Ambery is a quiet chalk stream, and anglers come from far away to fish it. Some of them, she says, stop at the cottage to watch her planing the strips, and a few go home with a rod on order. The cottage is not open to the public, but she will answer the door if you knock politely.
""")

art("en-ripple-gossip", "https://stannerbrookripple.example/news/2026/10/rod-gossip", "Stannerbrook Ripple", "2026-10-16", "en",
"Riverbank gossip: what they say about the rod builder", """
Along the Ambery, anglers have a lot of time to talk, and much of the talk is about the cottage by the mill. We wrote down what we heard.

[[L H2|First rumour: a single rod, from the raw cane to the final coat of varnish, would take her about three working weeks, something like a hundred and twenty hours.]] [[N H2|A retired bailiff claims it is closer to a fortnight.]] [[N H2|Another angler thinks the varnishing alone takes a month.]]

[[L H4|Second rumour: all of her bamboo would come from one and the same grove, somewhere far away in southern China.]] [[N H4|Some say she bought a whole shipment from Vietnam in 2003.]] She does not say.

[[L H5|Third rumour: no other woman in England builds this kind of rod.]] [[N H5|A fly dresser from Hampshire says there was one in Dorset until 2015.]] [[N H3|Fourth: one of her rods was presented to a Chinese envoy at a London dinner in 2005.]] She has no record of it.

The rest we leave to the anglers, who will go on debating it on the bank between bites. The fishing club's annual dinner is in November, and the rod builder has been invited to give a short talk about her craft, which will be the first she has ever given.
""")

art("fr-croisille-stannerbrook", "https://agence-croisille.example/depeches/2026/11/stannerbrook-cannes", "Agence Croisille", "2026-11-16", "fr",
"Dans le Hampshire, une fabricante de cannes à pêche en bambou", """
STANNERBROOK (Royaume-Uni). Au bord de la Ambery, petite rivière du Hampshire, Zillah Kinnersley fabrique des cannes à pêche en bambou refendu dans l'ancienne maison du meunier.

[[L H1|L'artisane dit en terminer environ soixante par an, et une liste d'attente s'allonge pour les autres.]] [[N H1|Son professeur, dans les années quatre-vingt, n'en faisait qu'une vingtaine.]] [[N H1|Une usine de Redditch produirait six mille cannes en carbone par mois.]]

[[L H2|Selon elle, chaque canne demande environ cent vingt heures de travail, du bambou brut au dernier vernis.]] [[N H2|Un ancien garde-pêche affirme qu'il faut plutôt une quinzaine de jours.]] [[N H2|Le vernissage seul prendrait un mois, selon un pêcheur.]]

[[L H5|Elle serait la seule femme du pays à pratiquer ce métier.]] [[N H5|Un homme du Devon et un autre de Cumbria fabriquent encore de telles cannes.]] [[N H3|Un magazine de pêche a écrit qu'une de ses cannes avait été offerte à un ministre coréen en visite en 2011.]] Elle dit ne pas pouvoir le confirmer.

La Ambery est une rivière calme, et les pêcheurs viennent de loin pour y lancer leurs mouches. Certains passent devant la maison pour voir l'artisane raboter ses lamelles de bambou, et quelques-uns repartent avec une commande.
""")

# six articles with no reviewed claim
art("fr-soufflet-fete", "https://soufflet-vaudrichard.example/vie-locale/2026/09/fete-du-bief", "Le Soufflet de Vaudrichard", "2026-09-02", "fr",
"La fête du Bief a fait le plein", """
Dimanche, le soleil a accompagné la fête du Bief du matin jusqu'au soir. Dès neuf heures, les exposants s'installaient le long du canal, entre le lavoir et le pont de pierre.

Les enfants ont pris d'assaut les structures gonflables installées près de l'école, tandis que les plus grands se disputaient le concours de pêche dans le bief. Le premier prix, un panier garni offert par l'épicerie, est revenu à une fillette de neuf ans, fière de sa prise.

À midi, le comité des fêtes servait une saucisse aux lentilles sous le grand chapiteau. Plus de trois cents repas ont été servis, un record selon les bénévoles, qui avaient préparé les légumes la veille au soir. L'après-midi, la fanfare du canton a défilé dans la grand-rue, suivie d'un cortège de vélos décorés.

Le maire a remercié les bénévoles, sans qui, a-t-il dit, rien ne serait possible. Il a aussi annoncé la réfection prochaine du lavoir, dont la charpente menace de céder. Les travaux devraient commencer au printemps, si les subventions du département arrivent à temps.

En fin de journée, un concert de musique folklorique a réuni une centaine de personnes sur la place. Quelques couples ont dansé jusqu'à la tombée de la nuit, avant que le feu d'artifice, tiré depuis la prairie de l'autre côté du canal, ne vienne clore la journée sous les applaudissements.

Les organisateurs espèrent renouveler l'expérience en septembre prochain et cherchent des volontaires, car il manque toujours des bras pour monter et démonter le chapiteau.
""")

art("fr-bigorne-course", "https://bigorne-ferrandoux.example/sports/2026/09/ronde-des-sommets", "La Bigorne de Ferrandoux", "2026-09-06", "fr",
"Ronde des sommets : un départ sous la brume", """
Ils étaient cent quarante au départ, samedi matin, devant la salle polyvalente, pour la douzième édition de la Ronde des sommets. La brume, tenace, n'a levé qu'au passage du premier col.

Le parcours, long de dix-huit kilomètres, emprunte d'anciens chemins muletiers et traverse trois hameaux où les habitants avaient installé des tables de ravitaillement. Les coureurs ont apprécié les tartes aux myrtilles servies au deuxième poste, au point que certains s'y sont attardés plus que de raison.

Chez les hommes, un jeune coureur de Tulle s'est imposé avec près de quatre minutes d'avance. Chez les femmes, une habituée de l'épreuve, licenciée au club de la vallée, a remporté sa troisième victoire en cinq ans. Les organisateurs ont salué la présence de nombreux débutants, venus parfois en famille.

Une randonnée non chronométrée était proposée en parallèle, et une soixantaine de marcheurs l'ont suivie à leur rythme. Les enfants, eux, disposaient d'un petit circuit autour du stade, où chacun a reçu une médaille à l'arrivée.

La remise des prix s'est déroulée sous le préau de l'école, autour d'un apéritif offert par la municipalité. Le président du club a remercié les signaleurs bénévoles, postés aux carrefours depuis l'aube, ainsi que les propriétaires qui autorisent le passage sur leurs terres.

Pour la prochaine édition, le club songe à allonger le tracé jusqu'au vieux pont du moulin. Les inscriptions ouvriront au printemps.
""")

art("fr-souffleur-marche", "https://souffleur-montsauvel.example/vie-locale/2026/08/marche-de-nuit", "Le Souffleur de Montsauvel", "2026-09-04", "fr",
"Le marché nocturne a illuminé la place des Tilleuls", """
Vendredi soir, la place des Tilleuls s'est parée de guirlandes pour le dernier marché nocturne de la saison. Une quarantaine d'exposants avaient répondu à l'invitation de l'association des commerçants.

Fromages du plateau, miel de montagne, lentilles vertes et charcuteries se disputaient les étals, aux côtés de quelques potiers et d'une vannière venue de la vallée voisine. Les files d'attente se sont vite allongées devant la crêperie improvisée des parents de l'école, dont la recette financera la sortie scolaire de juin.

Un groupe de musiciens a animé la soirée, installé sur le perron de la mairie. Les morceaux traditionnels ont attiré quelques danseurs, d'abord timides, puis de plus en plus nombreux à mesure que la nuit tombait.

Les organisateurs se félicitent d'une fréquentation en hausse, malgré un orage annoncé qui n'est finalement jamais venu. Ils regrettent toutefois le manque de places de stationnement, et demandent à la commune d'ouvrir le pré communal les soirs de marché.

Le maire a promis d'étudier la question. Il a rappelé que la commune prévoit de refaire le revêtement de la place l'an prochain, ce qui pourrait obliger à déplacer le marché pendant quelques semaines.

Rendez-vous est pris pour l'été prochain, avec, promettent les commerçants, davantage d'exposants et peut-être un bal en clôture. Les bénévoles qui souhaitent aider à l'organisation peuvent se faire connaître à la mairie.
""")

art("en-courier-show", "https://thrushcombecourier.example/news/2026/09/harvest-show", "Thrushcombe Courier", "2026-09-03", "en",
"Marrows and mayhem at the harvest show", """
The village hall was packed on Saturday for the annual harvest show, and the judges had their work cut out. Entries were up on last year in almost every class, from onions to jam.

The heaviest marrow went to a newcomer from the council houses, who admitted she had grown it mostly by accident, having forgotten to pick it in July. The longest runner bean, measured with due ceremony by the vicar, fell short of last year's winner by a whisker.

In the baking tent, competition was fierce. The Victoria sponge class attracted nineteen entries, and the judges were seen returning for second helpings before announcing the winner, a retired postman who had never entered before. The children's class, a decorated biscuit, produced some remarkable faces.

Outside, the dog show drew a large crowd. The prize for the dog the judge would least expected to see awarded, the sleepiest dog, went to an old spaniel who dozed through every round. A tug-of-war between the pub and the cricket club ended in a disputed draw when the rope broke.

The organisers thanked the volunteers who set up the trestle tables and made the tea, and announced that the proceeds would go to repairing the hall roof. The total raised will be announced at the next parish meeting.

The show returns on the same weekend in twelve months, with a new class for the best homemade chutney.
""")

art("en-lantern-fair", "https://mallowbylantern.example/news/2026/09/michaelmas-fair", "Mallowby Lantern", "2026-09-05", "en",
"Sunshine and sheepdogs at the Michaelmas fair", """
Mallowby's Michaelmas fair enjoyed its best weather in years on Sunday, and the green was crowded from mid-morning. Stalls selling cheese, honey, wool and cider ringed the duck pond, and the queue for the hog roast stretched past the war memorial.

The sheepdog trials in the top meadow drew the biggest crowd of the day. A young collie from a farm on the Stroud road won the open class with a faultless run, to warm applause from the spectators lining the hedge. Her handler, who is only seventeen, said she had been training the dog since it was a puppy.

Children enjoyed the pony rides and the coconut shy, and the morris dancers performed twice, once before lunch and once, rather less steadily, after it. The brass band played on the bandstand all afternoon.

The organisers said the fair had raised a record sum for the village school, which hopes to replace its ageing minibus. They thanked the farmers who lent the meadow and the volunteers who picked up litter into the evening.

A few residents complained about cars parked on the verges, and the parish council has promised to look into a park-and-walk scheme from the village hall for next year.

The fair will return next September. Anyone willing to run a stall or help with the setting up is asked to contact the parish clerk.
""")

art("en-ripple-regatta", "https://stannerbrookripple.example/news/2026/09/duck-race", "Stannerbrook Ripple", "2026-09-07", "en",
"Plastic ducks and a soggy vicar at the river fete", """
The annual river fete at Stannerbrook drew hundreds of visitors on Saturday, and the weather, after a grey start, turned warm and bright by lunchtime.

The highlight, as always, was the duck race. Around a thousand yellow plastic ducks were tipped into the Ambery at the mill bridge and floated, with varying enthusiasm, down to the finishing net by the ford. The winning duck belonged to a nine-year-old from the primary school, who took home a day pass for the whole family to a zoo.

The raft race was livelier still. Teams from the pub, the fire station and the Women's Institute paddled home-made craft along the same stretch, and the vicar's team capsized twice, to the delight of the crowd on the bank. Nobody was hurt, though the vicar was seen wringing out his hat.

Elsewhere on the meadow, there were pony rides, a tombola, a cake stall and a display of vintage tractors. The village band played through the afternoon, and a barbecue run by the scouts sold out before five o'clock.

The organisers thanked the landowners who opened their meadow and the volunteers who fished the ducks out of the river. All proceeds go to the village hall fund, which is saving for a new kitchen.

The fete returns next September. Organisers say new raft crews are always welcome.
""")
