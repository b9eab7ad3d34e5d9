"""The six articles without any reviewed claim."""
ARTS = [
dict(id="fr-lumignon-fete", outlet="Le Lumignon d'Aubriac", lang="fr", published="2026-07-14",
url="https://lumignon-aubriac.example/vie-locale/2026/07/fete-de-la-lende",
title="Aubriac-sur-Lende a fêté sa rivière sous un ciel clément",
text="""Il faisait beau, enfin, pour la fête de la Lende. Après deux éditions gâchées par l'orage, les organisateurs avaient presque oublié ce que c'était que de servir des crêpes sans bâche au-dessus de la tête.

Dès le matin, la course de radeaux a réuni une vingtaine d'équipages, certains construits avec des bidons, d'autres avec des palettes et beaucoup d'optimisme. L'équipe des pompiers, costumée en pirates, a remporté l'épreuve pour la troisième année consécutive, sous les huées amicales du comité des fêtes.

À midi, l'aligot géant a nourri plus de quatre cents convives sous les platanes de la place. Les bénévoles avaient commencé à tourner la tomme dès six heures. « Il faut des bras, et de la patience », résume la présidente de l'association, les manches encore couvertes de purée.

L'après-midi, les enfants ont pris d'assaut le concours de pêche, où l'on attrapait surtout des herbes. Un petit garçon de six ans a tout de même sorti une truite fario, aussitôt relâchée sous les applaudissements.

Le soir, le bal a rassemblé toutes les générations. L'orchestre, venu de Marvejols, a joué jusqu'à une heure du matin, entre valses, rock et quelques bourrées que les anciens ont dansées avec un sérieux remarquable.

Le comité des fêtes remercie les commerçants, les agriculteurs qui ont prêté leurs tracteurs et la municipalité. L'édition suivante est déjà en préparation, avec, promet-on, un nouveau parcours pour les radeaux et davantage de tables à l'ombre. Les photos de la journée sont visibles au café de la place."""),

dict(id="fr-fuseau-velo", outlet="Le Fuseau de Chambrevieille", lang="fr", published="2026-06-21",
url="https://fuseau-chambrevieille.example/sport/2026/06/grimpee-cycliste",
title="La grimpée cycliste de Chambrevieille a tenu toutes ses promesses",
text="""Ils étaient cent douze au départ, dimanche matin, sur la place du Foirail, pour la vingtième grimpée cycliste de Chambrevieille. Neuf kilomètres d'ascension, des lacets serrés et, au sommet, la vue sur les volcans éteints qui récompense ceux qui y parviennent.

La victoire est revenue à un jeune coureur de Saint-Flour, arrivé au sommet en vingt-six minutes tout juste, tout près du record de l'épreuve. Chez les femmes, une habituée de la course, infirmière à Brioude, s'est imposée pour la deuxième fois.

Mais la grimpée est aussi une fête populaire. Tout au long de la montée, les habitants avaient installé des chaises devant leur porte pour encourager les concurrents. Certains agitaient des cloches de vache, d'autres des casseroles. Un accordéoniste s'était posté au virage le plus raide, où il a joué sans interruption pendant près de deux heures.

Les enfants avaient leur propre course, sur une boucle d'un kilomètre autour de l'école. Tous sont repartis avec une médaille et un goûter offert par la boulangerie de la rue Haute.

Les organisateurs se félicitent d'une participation record et de l'absence de chute sérieuse. Seul incident : une crevaison dans la descente pour le doyen de l'épreuve, âgé de soixante-dix-neuf ans, qui a terminé à pied, sous une ovation.

Le club cycliste cherche des bénévoles pour l'édition prochaine, notamment pour la sécurité aux carrefours. Les personnes intéressées peuvent se faire connaître en mairie. Un gilet jaune et un sandwich leur seront offerts pour la matinée."""),

dict(id="fr-fifre-feux", outlet="Le Fifre de Rocamadeil", lang="fr", published="2026-08-17",
url="https://fifre-rocamadeil.example/vie-locale/2026/08/feu-d-artifice-sur-la-riviere",
title="Le feu d'artifice sur la rivière a illuminé la nuit de Rocamadeil",
text="""La foule des grands soirs s'était massée samedi sur les berges pour le feu d'artifice du quinze août, reporté de deux jours à cause du vent. Familles, touristes hollandais et habitants des hameaux voisins avaient apporté couvertures et glacières dès le début de la soirée.

Le spectacle, tiré depuis une barge ancrée au milieu de la rivière, a duré vingt minutes. Les artificiers, venus de Figeac, avaient choisi cette année un thème autour des étoiles, avec des gerbes dorées qui se reflétaient dans l'eau et un bouquet final salué par de longs applaudissements.

Avant le feu, la fanfare municipale avait animé les quais, et le club de canoë avait organisé une descente aux flambeaux, très photographiée. Une quarantaine d'embarcations ont glissé en silence sous le vieux pont, éclairées par des torches.

Les buvettes, tenues par le comité des fêtes et l'association des parents d'élèves, ont été prises d'assaut. Les bénéfices serviront à payer le voyage de fin d'année des écoliers.

La gendarmerie n'a signalé aucun incident, hormis quelques difficultés de stationnement à la sortie du village. Le maire a remercié les bénévoles qui ont assuré la circulation et le nettoyage des berges dès le lendemain matin, avant même l'ouverture du marché.

Pour l'an prochain, la commune envisage d'installer un écran géant sur la place, afin que les personnes âgées puissent suivre le spectacle sans descendre jusqu'à la rivière. Les habitants sont invités à donner leur avis en mairie, où un cahier est ouvert jusqu'à la fin du mois."""),

dict(id="en-herald-cheese", outlet="Otterstoke Herald", lang="en", published="2026-06-27",
url="https://otterstokeherald.example/news/2026/06/cheese-and-cider-show",
title="Sunshine and Cheddar at the Otterstoke cheese and cider show",
text="""The sun shone on Otterstoke's cheese and cider show on Saturday, and so, by mid-afternoon, did most of the faces in the beer tent. More than two thousand visitors passed through the gates of Home Farm, the biggest crowd since the show moved there.

The cheese tent was, as ever, the centre of attention. Judges worked their way through more than a hundred entries, tasting, sniffing and frowning in silence while the makers pretended not to watch. The supreme champion was a clothbound Cheddar from a farm on the edge of the Levels, aged for nearly two years.

In the cider classes, a small producer from the next valley took the top prize with a dry cider that one judge described as "like biting an apple in October". The winner, a retired postman who presses his fruit in a converted stable, said he would celebrate with a glass of his own.

Children's events included a sheep show, a welly-throwing contest and a tug of rope between the two primary schools, which ended in a draw and a great deal of mud. The village band played on the green all afternoon, and the Women's Institute sold out of cakes by three o'clock.

The organisers thanked the farmers who lent fields for parking, and the volunteers who spent Sunday morning picking up litter. Profits will go to the village hall roof fund, which is now within sight of its target.

Next year's show is already booked for the last Saturday in June."""),

dict(id="en-spindrift-lifeboat", outlet="Skelbrough Spindrift", lang="en", published="2026-08-10",
url="https://skelbroughspindrift.example/local/2026/08/lifeboat-day",
title="Crowds line the harbour for Skelbrough's lifeboat day",
text="""Skelbrough's harbour was packed on Saturday for the annual lifeboat day, with visitors queuing along the quay to climb aboard the all-weather boat and meet the volunteer crew.

The highlight, as always, was the afternoon demonstration. A rescue helicopter from the coastguard base lowered a winchman onto the deck of the lifeboat as it rolled in the swell outside the harbour mouth, while the crowd along the harbour wall held its breath. The inshore boat then showed how it recovers a casualty from the water, using a volunteer in a bright orange dry suit.

On the quay, stalls sold crab sandwiches, home-made fudge and knitted jumpers, and the fishermen's choir sang sea shanties from the back of a flatbed lorry. Children queued for face painting and for the chance to wear a crew helmet, which most of them found far too big.

The day raised more than eleven thousand pounds, a record, according to the station's fundraising team. The money will go towards new training equipment and the upkeep of the boathouse.

The coxswain, a local fisherman who has served on the crew for twenty-two years, thanked the town for its support. "We go out in all weathers because people here look after us," he said. "Days like this remind us why."

The station is looking for new volunteers, both for the crew and for the shop. No experience of the sea is needed, only time and a sense of humour, the coxswain added."""),

dict(id="en-weekly-cricket", outlet="Harrowmere Weekly", lang="en", published="2026-07-20",
url="https://harrowmereweekly.example/sport/2026/07/village-cricket-derby",
title="Harrowmere edge the river derby in a tense finish",
text="""Harrowmere's cricketers won the annual river derby against their neighbours from downstream on Sunday, scraping home by two wickets with three balls to spare watched by several hundred spectators on the village green.

Batting first, the visitors made a useful total, built around a patient half-century from their opening batsman, who survived two dropped catches and a direct hit on the helmet. Harrowmere's bowlers fought back late on, with the club's sixteen-year-old leg-spinner taking four wickets in his first derby.

The chase looked comfortable until a collapse in the middle order left the home side needing thirty from the last four overs. It fell to the wicketkeeper and the club chairman, aged fifty-eight, to see them home. The winning runs came from an edge that flew past the slips and down the slope towards the river, where a small boy retrieved the ball from the reeds.

The teas, as usual, were judged by many to be the real contest. The home side's sandwiches and lemon drizzle cake won warm praise from the visiting captain, who said his team would have to "raise their game in the kitchen" next year.

The trophy, a battered silver jug, returns to the Harrowmere pavilion after three years away. The club thanks the farmer who mowed the outfield and everyone who helped carry the benches back to the church hall afterwards.

The second eleven play at home next Sunday. Spectators are welcome, and the bar opens at noon."""),
]
