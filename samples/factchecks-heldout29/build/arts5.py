"""The six articles without a reviewed claim."""
A = []

A.append(dict(id="fr-toton-fete", url="https://toton-brussanges.example/vie-locale/2026/07/fete-des-myrtilles",
 outlet="Le Toton de Brussanges", published="2026-07-20", language="fr",
 title="La fête des myrtilles a rempli la place de Brussanges",
 text="""
Grand ciel bleu dimanche pour la fête des myrtilles, organisée par le comité des fêtes autour de l'église et dans les ruelles qui descendent vers le lavoir. Dès huit heures, les exposants déballaient leurs cagettes sous les tilleuls.

Les producteurs de la montagne avaient apporté des fruits cueillis la veille, vendus au poids ou déjà transformés en confitures, en sirops et en tartes. Le stand des anciens de l'école, tenu par une poignée de bénévoles en tablier, a été dévalisé avant midi, au point qu'il a fallu envoyer une voiture chercher des tartes de réserve chez un boulanger du canton.

L'après-midi, les enfants se sont affrontés dans le traditionnel concours de cueillette, chronométré par le garde champêtre. Les plus jeunes ont surtout mangé leur récolte, au grand amusement des parents. La fanfare de la vallée a ensuite animé le défilé des chars fleuris, décorés de branches de sapin et de papier crépon violet.

Le président du comité des fêtes s'est réjoui de l'affluence, la plus forte depuis plusieurs années selon lui. Il a remercié les bénévoles, les commerçants qui ont prêté tables et barnums, et les services techniques de la commune pour le montage de la scène.

Un bal en plein air a clos la journée, animé par un accordéoniste venu de Remiremont, puis par une soupe aux myrtilles servie à la lueur des lampions. Le comité lance déjà un appel aux bonnes volontés pour l'édition suivante, et promet davantage de tables à l'ombre pour les aînés.

Les photos de la journée sont affichées dans la vitrine de la mairie pendant trois semaines.
"""))

A.append(dict(id="fr-sceau-course", url="https://sceau-roquenval.example/sports/2026/06/course-des-coteaux",
 outlet="Le Sceau de Roquenval", published="2026-06-15", language="fr",
 title="Course des coteaux : chaleur et bonne humeur à Roquenval",
 text="""
La course des coteaux a réuni samedi matin une belle foule de coureurs sur les chemins qui serpentent entre les vignes autour de Roquenval. Le départ a été donné devant la halle, sous un ciel déjà lourd.

Deux parcours étaient proposés : une boucle courte, accessible aux familles et aux marcheurs, et un tracé plus exigeant qui grimpait jusqu'à la chapelle du coteau avant de redescendre vers le lavoir. Les ravitaillements, tenus par les parents d'élèves, proposaient de l'eau, des quartiers d'orange et des croustades maison.

Sur le grand parcours, c'est un jeune Auscitain qui l'a emporté, qui a devancé de peu un habitué de l'épreuve. Côté féminin, une professeure d'éducation physique du collège voisin s'est imposée avec une belle avance, avant de repartir aussitôt encourager ses élèves sur la boucle courte.

La chaleur a compliqué la tâche des organisateurs, qui avaient prévu des points d'arrosage supplémentaires. Les secouristes ne sont intervenus que pour quelques ampoules et une cheville tordue, sans gravité.

À l'arrivée, un repas champêtre attendait participants et bénévoles sous la halle. Le club organisateur a remis un chèque à l'association qui entretient les chemins de randonnée de la commune, et remercié les viticulteurs qui avaient ouvert leurs parcelles au passage des coureurs.

Le maire a salué une épreuve « qui fait aimer le village autant que le sport ». Les classements complets sont affichés à la mairie et sur le panneau de la halle, et les inscriptions pour la prochaine édition ouvriront au printemps.
"""))

A.append(dict(id="fr-plioir-marche", url="https://plioir-pontcharmel.example/vie-locale/2026/08/marche-nocturne",
 outlet="Le Plioir de Pontcharmel", published="2026-08-12", language="fr",
 title="Le marché nocturne de Pontcharmel a fait le plein",
 text="""
Les terrasses n'ont pas désempli vendredi soir à Pontcharmel, où le marché nocturne de l'été a attiré habitants et vacanciers le long des quais de la rivière, illuminés de guirlandes.

Une quarantaine d'exposants avaient répondu présent : producteurs de châtaignes et de miel, fromagers, potiers, vendeurs de bijoux et de savons. Plusieurs stands proposaient de quoi dîner sur place, des crêpes à la farine de châtaigne aux grillades servies sur des tables de bois installées près du pont.

Les enfants ont pu profiter d'un atelier de maquillage et d'un spectacle de jonglerie donné par une compagnie de la vallée, tandis qu'un groupe de musique traditionnelle faisait danser les plus hardis sur la place.

Les organisateurs, membres de l'association des commerçants, se sont félicités d'une soirée sans incident malgré l'affluence. Le stationnement, difficile en début de soirée, a été facilité par l'ouverture d'un pré prêté par un agriculteur à l'entrée du bourg.

Quelques exposants regrettaient toutefois la chaleur, qui a fait fondre les réserves de glace plus vite que prévu. Un commerçant a dû aller chercher des pains de glace dans le village voisin, en pleine soirée.

Un dernier marché nocturne est prévu à la fin du mois, avec un feu d'artifice tiré depuis la berge si la sécheresse ne l'interdit pas. La mairie rappelle que les barbecues restent proscrits sur les quais et que les chiens doivent être tenus en laisse. Les bénévoles qui souhaitent aider au montage des stands peuvent laisser leur nom à l'accueil de l'office de tourisme.
"""))

A.append(dict(id="en-reckoner-show", url="https://pudsburyreckoner.example/news/2026/08/pudsbury-flower-show",
 outlet="Pudsbury Reckoner", published="2026-08-18", language="en",
 title="Marrows, dahlias and a dog in a hat: Pudsbury flower show",
 text="""
The marquee on the recreation ground was full to bursting on Saturday for Pudsbury's annual flower and produce show, which this year went ahead under grey skies but, to the relief of the committee, without rain.

Competition in the vegetable classes was fierce. The heaviest marrow was wheeled in on a sack trolley and caused a small crowd to gather around the scales, while the judges of the onion class took so long over their decision that tea had to be brought to them at the table.

The dahlia tent was, as ever, a blaze of colour, and several exhibitors grumbled good-naturedly about the dry spring. The children's section, with its miniature gardens in seed trays and its animals made from vegetables, drew some of the biggest smiles of the day.

Outside, the dog show attracted a record entry. The prize for the dog the judges would most like to take home went to an elderly spaniel wearing a straw hat, who accepted his rosette with dignity and then lay down in the shade for the rest of the afternoon.

The Women's Institute sold out of scones by three o'clock, and the tombola raised money for the village hall roof. The brass band played until the marquee came down.

The show secretary thanked the many volunteers who set up the tables and stewarded the car park, and reminded growers that next year's schedule will be available from the post office in the spring. Anyone who left a cake tin behind can collect it from the village hall on Tuesday evening.
"""))

A.append(dict(id="en-lugger-regatta", url="https://quarrendonlugger.example/news/2026/07/quarrendon-regatta",
 outlet="Quarrendon Lugger", published="2026-07-27", language="en",
 title="Coble race and crab catching: a breezy Quarrendon regatta",
 text="""
A brisk north-easterly kept spectators wrapped up but the crews happy at Quarrendon's summer regatta on Sunday, the highlight of the village calendar.

The coble race, rowed out to the harbour mouth and home again, went to the neighbouring village's crew, who overtook the home boat on the final stretch amid loud groans from the sea wall. The home crew promised revenge next summer and bought the winners a round at the inn, as tradition demands.

On the harbour wall, the crab catching competition drew dozens of children with buckets, lines and bacon. The winning bucket was counted twice by the stewards before the prize was handed over, and every crab was returned to the water afterwards.

The raft race provided the usual chaos. One raft, built from oil drums and a garden gate, sank within sight of the start, to great applause. Another, crewed by the lifeguards, finished first but was disqualified for using an outboard motor hidden under a tarpaulin.

The inshore lifeboat gave a demonstration in the afternoon, and a fish supper was served on the green in the evening. Organisers said the collection buckets had done well for the village hall fund.

The regatta committee thanked the harbour master for closing the landing to traffic, the volunteers who marshalled the races and the bakery for the free buns. Photographs of the day can be seen in the window of the post office until the end of August, and copies can be ordered at the counter.
"""))

A.append(dict(id="en-pinnace-gig", url="https://polgarrowpinnace.example/news/2026/08/gig-rowing-weekend",
 outlet="Polgarrow Pinnace", published="2026-08-24", language="en",
 title="Gig crews fill Polgarrow harbour for rowing weekend",
 text="""
Polgarrow's harbour was crowded with long wooden rowing boats over the weekend as gig clubs from across the county came for the annual rowing races.

Saturday's women's races were held in calm water and bright sunshine. The home club's veterans crew took second place in their race after a close finish, and the club captain said she could not have asked more of them. The junior crews raced on Sunday morning, with a good turnout of first-timers in borrowed life jackets.

By Sunday afternoon the wind had freshened, and the men's final was rowed through a lively chop that soaked crews and spectators on the harbour wall alike. A crew from further up the coast won narrowly, after overtaking the leaders at the last turning buoy.

Ashore, the gig club ran a barbecue and a cake stall, and the chapel hall offered tea and a warm corner for those who had been drenched. Shops and cafés said trade had rarely been so brisk this summer, and the car park on the hill was full by ten o'clock on both mornings.

The harbour master thanked the club members who had laid out the course and staffed the safety boats. He reminded visitors that the slipway must be kept clear for fishing boats at all times, even on race days.

The club, which is seeking new members of all ages, trains on Tuesday and Thursday evenings. No experience is needed, only a willingness to get wet, and the club has spare oars and kit for beginners.
"""))
