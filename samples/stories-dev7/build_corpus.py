#!/usr/bin/env python3
"""Writes corpus.jsonl for stories-dev7 (all fiction)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
DOM = {"Agence Ombelle": "agenceombelle", "Marlow Wire": "marlowwire", "L'Écho de la Blaise": "echodelablaise",
       "Le Messager des Hautes-Vosges": "messagerhautesvosges", "L'Horizon quotidien": "horizonquotidien",
       "The Fellside Gazette": "fellsidegazette", "The Albion Times": "albiontimes", "The Radnor Lamp": "radnorlamp",
       "La Tribune du Jorat": "tribunedujorat", "Swiss Lakes Post": "swisslakespost", "Slow Roads Magazine": "slowroadsmag"}
A = []
def art(id, outlet, date, title, *paras):
    A.append({"id": id, "url": f"https://{DOM[outlet]}.example/{id}", "outlet": outlet, "published": date,
              "title": title, "text": "\n\n".join(paras), "language": id.split("-")[1]})

# ---------------- Vaubrecourt (Haute-Marne): foundry fire
WIRE_FIRE = [
 "VAUBRECOURT-LES-FORGES (Haute-Marne) - Un violent incendie a détruit dans la nuit de lundi à mardi le bâtiment de moulage des Fonderies Maréchal-Deville, principal employeur de Vaubrecourt-les-Forges, commune de 2 300 habitants proche de Saint-Dizier, a indiqué la préfecture.",
 "Le feu s'est déclaré vers 2 h 30 dans un atelier désert. Quatre-vingts pompiers ont lutté pendant six heures pour protéger les cuves de gaz voisines. Deux agents de maintenance, légèrement intoxiqués par les fumées, ont été hospitalisés à Saint-Dizier.",
 "« L'usine, c'est le cœur de la commune, 140 familles en vivent », a déclaré la maire, Édith Garnier-Vautrin, arrivée sur place dans la nuit. Le préfet de la Haute-Marne, Pascal Oudinot-Ferrand, a annoncé une cellule d'appui aux salariés.",
 "Selon un délégué syndical, Karim Belhoucine, le système d'extinction automatique du bâtiment de moulage aurait été coupé depuis le printemps pour des travaux jamais terminés. La direction n'avait pas répondu mardi midi.",
 "Le député de la circonscription, Romain Lescuyer, a demandé une inspection de tous les sites classés du département. Des prélèvements de l'air ont été effectués par précaution dans les rues proches.",
]
art("d7-fr-ombelle-vaubrecourt-incendie-01", "Agence Ombelle", "2026-11-03",
    "Haute-Marne : la fonderie de Vaubrecourt-les-Forges ravagée par un incendie nocturne", *WIRE_FIRE)
rep = list(WIRE_FIRE[:4])
rep[1] = rep[1].replace("Quatre-vingts pompiers ont lutté", "Quatre-vingts sapeurs-pompiers ont combattu")
rep[2] = rep[2].replace("arrivée sur place dans la nuit", "venue sur place dans la nuit")
rep[3] = rep[3].replace("Selon un délégué syndical, Karim Belhoucine, le système", "Selon un délégué syndical, Karim Belhoucine, depuis le printemps le système").replace(" aurait été coupé depuis le printemps pour", " aurait été coupé pour")
rep.append("Le député de la circonscription, Romain Lescuyer, a demandé une inspection de tous les sites classés du département. (Avec Agence Ombelle)")
art("d7-fr-echoblaise-vaubrecourt-incendie-02", "L'Écho de la Blaise", "2026-11-03",
    "Nuit de feu aux Fonderies : Vaubrecourt retient son souffle", *rep)
art("d7-en-marlow-vaubrecourt-fire-03", "Marlow Wire", "2026-11-03",
    "Blaze guts moulding hall at French foundry, two workers treated for smoke",
    "PARIS - Fire tore through the moulding hall of a foundry in the small town of Vaubrecourt-les-Forges in north-eastern France overnight, leaving two maintenance staff in hospital with smoke inhalation, local authorities said on Tuesday.",
    "Around eighty firefighters spent six hours keeping the flames away from gas tanks next to Fonderies Maréchal-Deville, which casts brake parts for lorries and employs 140 people in a town of 2,300.",
    "Karim Belhoucine, a union representative at the plant, said the sprinklers in the moulding hall had been disabled months ago during renovation work and never switched back on.",
    "The company, owned by the same family since 1952, did not respond to requests for comment. Mayor Édith Garnier-Vautrin said the plant was \"the heart of the town\" and urged the owners to rebuild rather than move production to their second site in Poland.",
    "The region's prefect, Pascal Oudinot-Ferrand, said air samples taken in nearby streets showed no danger to residents. The cause of the fire was not yet known, and the local prosecutor said an investigation would be opened once the site was safe.")
art("d7-fr-echoblaise-vaubrecourt-enquete-04", "L'Écho de la Blaise", "2026-11-06",
    "Fonderies Maréchal-Deville : une armoire électrique en cause, 140 salariés au chômage partiel",
    "VAUBRECOURT-LES-FORGES - Trois jours après l'incendie qui a réduit en cendres l'atelier de moulage, les enquêteurs privilégient la piste d'un court-circuit dans une armoire électrique, a fait savoir vendredi le parquet de Chaumont, qui a ouvert une enquête pour mise en danger d'autrui.",
    "Les 140 salariés ont été placés en chômage partiel jusqu'à la fin de l'année. Réunis jeudi soir à la salle des fêtes, beaucoup ont interrogé le directeur sur l'avenir du site.",
    "Le directeur, Henri Vauchelet, a refusé de commenter l'état des installations de sécurité avant l'enquête, mais a assuré que l'entreprise reconstruirait l'atelier « ici, à Vaubrecourt ».",
    "La maire, Édith Garnier-Vautrin, a obtenu que le conseil départemental étudie une aide d'urgence. Le préfet Pascal Oudinot-Ferrand doit réunir la semaine prochaine les assureurs, la direction et les représentants du personnel.",
    "Les deux agents de maintenance hospitalisés mardi sont rentrés chez eux. Le chemin de halage le long de la Blaise, fermé par précaution, a rouvert jeudi.")
art("d7-en-albion-vaubrecourt-foundry-05", "The Albion Times", "2026-11-10",
    "French prosecutors widen inquiry into foundry fire as insurers count the cost",
    "Prosecutors in Chaumont have widened their investigation into last week's fire at a foundry in Vaubrecourt-les-Forges, a town in the Haute-Marne whose 140 foundry jobs now hang on an insurance settlement.",
    "According to workers interviewed by the prosecutor's office, the fire-suppression system had been out of action since April, when contractors began replacing pipes in the roof and left the job half done.",
    "Investigators still believe an electrical fault started the blaze. They are also looking at why the company had failed a fire inspection in 2024 over blocked emergency exits, a finding it says was fixed within a month.",
    "Henri Vauchelet, the plant's director, told reporters on Monday that the moulding hall would be rebuilt within eighteen months. Local MP Romain Lescuyer said he would press the government to make sprinkler checks annual at all high-risk industrial sites.",
    "For now, the town waits. \"Everybody here has a brother or a cousin at the foundry,\" said café owner Mireille Gaudry-Noël, who has seen her lunch trade halve since the fire.")
# ---------------- Vaubrecourt: strike at Cartonnages Thiébault
art("d7-fr-echoblaise-vaubrecourt-greve-01", "L'Écho de la Blaise", "2026-11-10",
    "Cartonnages Thiébault : les ouvriers en grève pour les salaires",
    "VAUBRECOURT-LES-FORGES - Une semaine après l'incendie de la fonderie, c'est l'autre grande entreprise de la commune qui s'arrête. Depuis mardi matin, 85 des 110 salariés de Cartonnages Thiébault, qui fabrique des emballages pour l'agroalimentaire, bloquent l'entrée de l'usine de la route de Joinville.",
    "Ils réclament une hausse de 6 % des salaires et la fin des horaires de nuit imposés depuis septembre. « On fait tourner les machines pour deux, avec le salaire d'un », résume la déléguée Nadège Poirson.",
    "Les grévistes de Cartonnages Thiébault rappellent que, d'après leurs collègues de la fonderie, les extincteurs automatiques y étaient débranchés depuis des mois, et disent craindre la même négligence chez eux.",
    "La présidente, Agnès Thiébault-Roussel, propose 2,5 % et juge la demande « hors de portée » face au prix du carton recyclé.",
    "La maire, Édith Garnier-Vautrin, s'est rendue sur le piquet de grève en fin de matinée et a proposé la salle du conseil pour une médiation. Le député Romain Lescuyer a apporté son soutien aux salariés.")
art("d7-fr-ombelle-vaubrecourt-greve-02", "Agence Ombelle", "2026-11-12",
    "Haute-Marne : la grève s'installe chez un fabricant d'emballages de Vaubrecourt-les-Forges",
    "VAUBRECOURT-LES-FORGES (Haute-Marne) - La grève des ouvriers de Cartonnages Thiébault est entrée jeudi dans son troisième jour, sans accord sur les salaires, alors que la petite commune industrielle se remet à peine de l'incendie de sa fonderie.",
    "Une première réunion de médiation, organisée mercredi soir en mairie à l'initiative de la maire, Édith Garnier-Vautrin, a tourné court au bout de deux heures. La direction maintient son offre de 2,5 %, les grévistes demandent 6 %.",
    "Quelque 40 camions de livraison attendaient jeudi sur le parking d'une zone commerciale voisine. Un client, un laitier de la Meuse, a fait savoir qu'il chercherait un autre fournisseur si la production ne reprenait pas lundi.",
    "« Nous ne signerons rien qui mette l'entreprise en danger », a déclaré la présidente, Agnès Thiébault-Roussel. La déléguée Nadège Poirson a répondu que les salariés « tiendront autant qu'il le faudra ».",
    "Le préfet de la Haute-Marne, Pascal Oudinot-Ferrand, a proposé de désigner un médiateur de l'inspection du travail. Une collecte de soutien a réuni plus de 9 000 euros en deux jours.")
art("d7-en-marlow-vaubrecourt-strike-03", "Marlow Wire", "2026-11-17",
    "Packaging workers end week-long strike in French town hit by foundry blaze",
    "PARIS - Workers at a packaging plant in Vaubrecourt-les-Forges, the French town where a foundry fire put 140 people on short time this month, voted on Tuesday to return to work after a week-long stoppage, accepting a 4% pay rise.",
    "The deal at Cartonnages Thiébault was brokered by a labour inspector appointed by the prefect, Pascal Oudinot-Ferrand. It also ends compulsory night shifts from January, one of the main demands of the 85 strikers.",
    "\"It is not the six per cent we asked for, but nobody will work nights against their will,\" said union delegate Nadège Poirson after the show of hands outside the gates.",
    "Company president Agnès Thiébault-Roussel said the rise would cost about 380,000 euros a year and that two large customers had been kept waiting but not lost.",
    "Mayor Édith Garnier-Vautrin, who hosted the first round of talks at the town hall, said the town had \"had enough bad news for one autumn\". Production lines were expected to restart on Wednesday morning.")
# ---------------- Vaubrecourt singleton: station
art("d7-fr-echoblaise-vaubrecourt-gare-01", "L'Écho de la Blaise", "2026-11-24",
    "Vaubrecourt rachète son ancienne gare pour en faire une maison des associations",
    "VAUBRECOURT-LES-FORGES - Fermée aux voyageurs depuis 1989, la gare de Vaubrecourt va changer de vie. Le conseil municipal a voté lundi soir, par 17 voix contre 2, le rachat du bâtiment et de sa halle à marchandises pour 95 000 euros.",
    "La maire, Édith Garnier-Vautrin, veut y installer d'ici 2028 une maison des associations, une salle de répétition pour l'harmonie municipale et un local pour le club de tennis de table, aujourd'hui hébergé dans un préfabriqué.",
    "Le coût des travaux est estimé à 1,2 million d'euros. La commune compte sur la dotation de l'État pour les petites villes et sur une aide de la région ; le député Romain Lescuyer a promis d'appuyer le dossier.",
    "L'opposition a jugé le calendrier mal choisi, alors que la commune a dû débloquer une aide d'urgence après l'incendie de la fonderie et que les recettes fiscales de 2027 restent incertaines.",
    "La toiture de la halle, percée par endroits, sera bâchée cet hiver. Une réunion publique est prévue le 12 décembre à la salle des fêtes.")
# ---------------- Ashby Fellside (Cumbria): bypass
art("d7-en-fellside-ashby-bypass-01", "The Fellside Gazette", "2026-10-27",
    "Bypass decision day looms for Ashby Fellside as both sides dig in",
    "County councillors will decide on Thursday whether to approve the long-awaited Ashby Fellside bypass, a 3.2-mile road that would take quarry lorries out of the town's narrow Market Street.",
    "Council leader Maureen Ellerby has backed the £68 million scheme, saying residents have waited forty years for relief from traffic. Around 300 heavy lorries a day pass the primary school and the market cross.",
    "Campaigners from Save Hollin Moss say the new road would drain the peat bog where up to forty pairs of curlews nest each spring. Their chair, retired ecologist Colin Haverthwaite, has gathered 4,100 signatures against the route.",
    "The town's MP, Gareth Penrhyn-Todd, has declined to take sides, saying only that he wants \"a decision that lasts\". Planning officers have recommended approval, subject to a habitat management plan.",
    "A protest is planned outside County Hall from 9am on Thursday. The Fellside Gazette will report live from the meeting, which is also streamed on the council's website.")
art("d7-en-albion-ashby-bypass-02", "The Albion Times", "2026-10-30",
    "Cumbrian councillors approve £68m bypass despite curlew protest",
    "A Cumbrian council has voted to build a £68 million bypass around the market town of Ashby Fellside, ending four decades of argument but setting up a fresh fight with conservationists.",
    "The scheme was approved by 31 votes to 22 late on Thursday after a five-hour debate, as about 200 protesters waited in the rain outside.",
    "Opponents claim the 3.2-mile route would dry out Hollin Moss, one of the last lowland breeding grounds for curlew in the county. The route would pass within 200 metres of the moss at its closest point.",
    "Council leader Maureen Ellerby told the chamber the town's children \"deserve to walk to school without breathing diesel\". Colin Haverthwaite, who chairs the Save Hollin Moss group, said his members would consider legal action.",
    "Work could start in 2028 if government funding is confirmed. The local MP, Gareth Penrhyn-Todd, said he would now lobby ministers for the money, arguing the vote had settled the question locally.")
art("d7-fr-ombelle-cumbria-contournement-03", "Agence Ombelle", "2026-10-30",
    "Angleterre : feu vert à une rocade contestée, des défenseurs des courlis vent debout",
    "LONDRES - Les élus du comté de Cumbria, dans le nord-ouest de l'Angleterre, ont approuvé jeudi soir la construction d'une route de contournement de 5 kilomètres autour de la bourgade d'Ashby Fellside, traversée chaque jour par quelque 300 camions venus des carrières voisines.",
    "Le projet, évalué à 68 millions de livres, a été adopté par 31 voix contre 22, au terme de cinq heures de débats.",
    "Selon les opposants, le tracé assécherait la tourbière de Hollin Moss, où nichent chaque printemps des dizaines de couples de courlis, un oiseau en fort déclin au Royaume-Uni. Leur collectif envisage un recours.",
    "La présidente du conseil, Maureen Ellerby, défend un projet attendu « depuis quarante ans » par les habitants, qui se plaignent du bruit et de la pollution dans la rue principale.",
    "Le financement dépend encore d'une subvention de l'État. Le député local, Gareth Penrhyn-Todd, a indiqué qu'il plaiderait le dossier auprès du gouvernement. Les travaux ne commenceraient pas avant 2028.")
art("d7-en-fellside-ashby-review-04", "The Fellside Gazette", "2026-11-05",
    "Moss campaigners launch legal challenge to bypass vote",
    "Opponents of the Ashby Fellside bypass have started legal proceedings to overturn last week's council vote, just seven days after the scheme was approved.",
    "A letter sent to County Hall on Wednesday by solicitors for Save Hollin Moss argues that the council ignored evidence that the scheme would lower the water table under the bog and wipe out its curlew colony. It gives the council fourteen days to reconsider before the group applies for a judicial review.",
    "The group has raised £18,500 towards its costs through an online appeal. Chair Colin Haverthwaite said donations had come \"from every village in the valley and from birdwatchers as far away as Kent\".",
    "Council leader Maureen Ellerby said she was confident the decision was lawful and that the delay would only make the road more expensive. MP Gareth Penrhyn-Todd said he hoped the matter could be settled quickly.",
    "Quarry operator Brackwell Stone, whose lorries would use the new road, said it would not comment on the legal action.")
# ---------------- Ashby Fellside: school closure
art("d7-en-fellside-ashby-school-01", "The Fellside Gazette", "2026-11-17",
    "Parents fight to save Kirkgate Primary ahead of closure vote",
    "Parents at Kirkgate Primary School in Ashby Fellside will hand a petition to County Hall on Thursday, when councillors vote on plans to close the 140-year-old school next summer and move its 61 pupils to a larger school across town.",
    "The council says Kirkgate has 40 empty places and a roof that would cost £900,000 to replace. Headteacher Janice Orrell-Banks said staff had been told to \"prepare for the worst\".",
    "Parent Lisa Dunnerdale, who also campaigns against the bypass, said the road would finish off Hollin Moss and its curlews, and that closing the school would take the life out of the old town at the same time.",
    "Council leader Maureen Ellerby said the decision was \"painful but unavoidable\" because of falling birth rates in the valley. MP Gareth Penrhyn-Todd has asked the council to delay the vote until a survey of the roof is complete.",
    "The petition has 1,650 names. Parents plan to walk their children from Kirkgate to County Hall on Thursday morning.")
art("d7-en-marlow-cumbria-school-02", "Marlow Wire", "2026-11-19",
    "English council votes to shut Victorian village school as pupil numbers fall",
    "LONDON - Councillors in Cumbria, north-west England, voted on Thursday to close Kirkgate Primary School in the town of Ashby Fellside next July, despite a petition signed by more than 1,600 people.",
    "The 61 pupils will move to Fellbeck Primary, a mile and a half away, where the council will add two classrooms. Falling birth rates mean one in four primary places in the area is now empty, officials said.",
    "About 80 parents and children crowded the public gallery. Council leader Maureen Ellerby said closing schools was \"the worst part of this job\" but that the budget left no choice.",
    "Headteacher Janice Orrell-Banks said families would need free transport and help to settle their children. The council has promised a bus service for pupils living more than a mile from the new school.",
    "The vote was 29 to 24. Local MP Gareth Penrhyn-Todd, who had asked for a delay, said he was disappointed and would ask the education department to review the decision.")
art("d7-fr-ombelle-cumbria-ecole-03", "Agence Ombelle", "2026-11-20",
    "Angleterre : une école de village condamnée malgré la mobilisation des parents",
    "LONDRES - L'école primaire de Kirkgate, ouverte en 1886 à Ashby Fellside, petite ville du nord-ouest de l'Angleterre, fermera ses portes en juillet. Les élus du comté de Cumbria l'ont décidé jeudi par 29 voix contre 24.",
    "Les 61 élèves seront accueillis dans une autre école de la ville, à environ deux kilomètres. Le conseil invoque la baisse de la natalité et le coût de la réfection de la toiture, évalué à 900 000 livres.",
    "Une pétition de plus de 1 600 signatures avait été remise le matin même par des parents venus à pied avec leurs enfants. « On nous a pris la route, maintenant on nous prend l'école », a lancé une mère de famille dans la tribune du public.",
    "La présidente du conseil, Maureen Ellerby, a parlé d'une décision « douloureuse ». La directrice, Janice Orrell-Banks, réclame un transport scolaire gratuit pour toutes les familles.",
    "Le député Gareth Penrhyn-Todd a demandé au ministère de l'Éducation de réexaminer le dossier.")
# ---------------- Hallebrune (Vosges): sawmill trial
art("d7-fr-messager-hallebrune-proces-01", "Le Messager des Hautes-Vosges", "2026-11-12",
    "Pollution de la Hallière : le patron de la scierie Colnot devant le tribunal",
    "ÉPINAL - Bernard Colnot-Hurlin, 61 ans, gérant de la scierie familiale de Hallebrune, a comparu jeudi devant le tribunal correctionnel d'Épinal pour avoir laissé s'écouler pendant deux ans des eaux chargées de tanins et d'écorces dans le ruisseau de la Hallière.",
    "L'Office français de la biodiversité avait constaté en juin 2025 une mortalité de truites sur près de trois kilomètres. L'entreprise, qui emploie 34 personnes, a depuis construit un bassin de décantation.",
    "« J'ai tardé, je le reconnais, mais je n'ai jamais voulu abîmer la rivière où j'ai appris à pêcher », a déclaré le prévenu à la barre.",
    "Le maire de Hallebrune, Jean-Luc Mougenot-Ferry, cité comme témoin, a décrit un employeur « indispensable » à la commune. L'association de pêche, partie civile, réclame 60 000 euros de dommages.",
    "Le procureur a requis 80 000 euros d'amende, dont la moitié avec sursis. Le jugement sera rendu le 26 novembre. La défense a plaidé la relaxe partielle.")
art("d7-fr-horizon-vosges-scierie-02", "L'Horizon quotidien", "2026-11-13",
    "Dans les Vosges, le procès d'une scierie qui divise un village",
    "Ils étaient une soixantaine, jeudi, sur les bancs du tribunal d'Épinal. Des salariés de la scierie Colnot, venus soutenir leur patron, et des pêcheurs de Hallebrune, venus réclamer justice pour le ruisseau de la Hallière, où des centaines de truites sont mortes en 2025.",
    "Bernard Colnot-Hurlin, qui dirige l'entreprise fondée par son grand-père, est poursuivi pour pollution des eaux. Les analyses ont montré des rejets de tanins dix fois supérieurs aux seuils autorisés.",
    "Dans ce village de 900 habitants, tout le monde connaît tout le monde. Le maire, Jean-Luc Mougenot-Ferry, a pris soin de ne défendre que « les emplois ». La préfète des Vosges, Claire-Anne Desbuisson, avait signé dès 2024 une mise en demeure restée sans effet pendant un an.",
    "La députée Lucie Thomassin-Perrin plaide pour un fonds d'aide aux petites scieries qui doivent moderniser leurs installations. Le jugement est attendu le 26 novembre. D'ici là, la scierie continue de tourner, et les pêcheurs de compter les truites.")
art("d7-en-marlow-vosges-sawmill-03", "Marlow Wire", "2026-11-26",
    "French sawmill boss fined over trout deaths in mountain stream",
    "PARIS - A court in eastern France on Thursday fined the manager of a family sawmill 60,000 euros, half of it suspended, for letting tannin-laden water pour into a trout stream in the Vosges mountains for two years.",
    "Bernard Colnot-Hurlin, 61, who runs the sawmill in the village of Hallebrune, was also ordered to pay 35,000 euros in damages to the local angling association and to fund the restocking of the Hallière stream.",
    "Inspectors found hundreds of dead trout along nearly three kilometres of the stream in June 2025. The company has since built a settling pond.",
    "Mayor Jean-Luc Mougenot-Ferry said the village was relieved the firm, which employs 34 people, could keep operating. The anglers' lawyer said the sentence \"sends a message to every mill in the valley\".",
    "Colnot-Hurlin's lawyer said his client would not appeal. The sawmill's timber is also used by the chainsaw sculptors of Hallebrune's annual wood festival, held last weekend.")
# ---------------- Hallebrune: festival
art("d7-fr-messager-hallebrune-festival-01", "Le Messager des Hautes-Vosges", "2026-11-19",
    "Les Copeaux d'Hiver : 40 sculpteurs attendus ce week-end à Hallebrune",
    "HALLEBRUNE - Le bruit des tronçonneuses va résonner trois jours durant dans le village. La douzième édition des Copeaux d'Hiver, festival de sculpture sur bois, s'ouvre vendredi avec quarante artistes venus de neuf pays.",
    "Chaque sculpteur dispose de 54 heures pour transformer une grume de sapin ou de douglas en œuvre monumentale. Le thème de cette année, « Les bêtes de la forêt », promet ours, lynx et grands tétras.",
    "Le maire, Jean-Luc Mougenot-Ferry, attend près de 15 000 visiteurs, soit plus de quinze fois la population de la commune. Des navettes gratuites relieront Hallebrune aux gares de Remiremont et de Gérardmer.",
    "Les grumes ont été fournies, comme chaque année, par la scierie Colnot, dont le gérant attend le jugement de son procès pour pollution. Les organisateurs ont tenu à maintenir ce partenariat.",
    "Les œuvres seront vendues aux enchères dimanche à 16 heures au profit de l'école du village. La préfète Claire-Anne Desbuisson doit inaugurer le festival vendredi à 11 heures.")
art("d7-en-slowroads-hallebrune-festival-02", "Slow Roads Magazine", "2026-11-20",
    "Chainsaws and mulled wine: a winter weekend in the Vosges",
    "There are quieter ways to spend a November weekend than standing in a field in the Vosges while forty people attack tree trunks with chainsaws. There are few better ones.",
    "The Copeaux d'Hiver festival in Hallebrune, a village of 900 people tucked into a valley south of Gérardmer, turns twelve this year. Sculptors from Finland, Japan, Canada and six other countries get 54 hours each to turn a fir log into something you would happily put in your garden.",
    "Mayor Jean-Luc Mougenot-Ferry, who seems to shake every visitor's hand, says the village's population multiplies by fifteen for the weekend. Parking is in the fields; wear boots.",
    "Food stalls sell smoked trout, blueberry tart and vin chaud, and the local brass band plays between sessions. On Sunday afternoon the finished pieces are auctioned for the village school.",
    "Getting there: free shuttle buses run from the stations at Remiremont and Gérardmer. Rooms in the valley are scarce, so book early or stay in Épinal.")
art("d7-fr-ombelle-vosges-sculpteurs-03", "Agence Ombelle", "2026-11-22",
    "Vosges : affluence record pour le festival de sculpture à la tronçonneuse de Hallebrune",
    "HALLEBRUNE (Vosges) - Quelque 18 000 visiteurs se sont pressés ce week-end à Hallebrune, village de 900 âmes, pour la douzième édition des Copeaux d'Hiver, un record, ont indiqué dimanche les organisateurs.",
    "Le prix du jury a été attribué à une sculptrice finlandaise, Aino Rautavaara, pour un grand tétras de 2,40 mètres taillé dans un tronc de douglas. Le prix du public est revenu à un artisan d'Épinal.",
    "La vente aux enchères des 40 œuvres a rapporté 61 000 euros, qui financeront une classe de découverte et le renouvellement du mobilier de l'école communale.",
    "« Le village a montré qu'il savait accueillir le monde », s'est félicité le maire, Jean-Luc Mougenot-Ferry. La préfète des Vosges, Claire-Anne Desbuisson, a salué une organisation « sans le moindre incident » malgré la neige tombée samedi.",
    "La gendarmerie a signalé des embouteillages importants sur la route de Gérardmer samedi après-midi. Les organisateurs envisagent d'étendre le festival à quatre jours en 2027.")
# ---------------- Llanfelin (Powys): water
art("d7-en-radnor-llanfelin-water-01", "The Radnor Lamp", "2026-10-28",
    "Boil water notice for 6,000 homes after parasite found in Llyn Felin",
    "Around 6,000 homes in Llanfelin and three neighbouring villages have been told to boil their tap water after tests found cryptosporidium in supplies from the Llyn Felin reservoir.",
    "Mawddach Water said the notice, issued on Tuesday evening, would stay in place until further notice. Bottled water is being handed out at the leisure centre and at the Market Hall car park.",
    "At least eleven people have reported stomach illness to their GP, according to the local health board, which has asked anyone with diarrhoea lasting more than two days to stay home.",
    "Several residents blame slurry spread on fields at Cefn Rhos farm, above the reservoir, in the days before the heavy rain. The farm's owner, Emyr Prydderch-Lloyd, could not be reached.",
    "Town mayor Glenys Pritchard-Rowe said the shelves of the town's two shops had been emptied within an hour. MP Dafydd Elwyn-Price said he would ask the water company to explain why its treatment had not stopped the parasite.")
art("d7-en-marlow-wales-water-02", "Marlow Wire", "2026-10-30",
    "Welsh town's water outbreak grows to 27 cases as supplier rules out leak",
    "LONDON - Twenty-seven people in and around Llanfelin, a market town in mid-Wales, have now fallen ill with cryptosporidiosis, health officials said on Friday, as 6,000 households entered a fourth day of boiling their drinking water.",
    "Mawddach Water denied reports that run-off from a dairy farm upstream had carried the parasite into Llyn Felin, saying it was too early to name any source. It said its pipes and treatment works showed no sign of damage.",
    "A storm dropped 70mm of rain on the catchment in 36 hours last weekend. Two children were briefly admitted to hospital in Hereford and have since gone home.",
    "Powys councillor Rhian Bevan-Morgan said families were spending up to 15 pounds a week on bottled water and called for compensation.",
    "The company has said customers will receive a credit on their bills. It expects to lift the notice only after two weeks of clean samples. Schools in the town remain open.")
art("d7-fr-ombelle-galles-eau-03", "Agence Ombelle", "2026-11-02",
    "Pays de Galles : 6 000 foyers privés d'eau potable, le parasite toujours présent",
    "LONDRES - Les habitants de Llanfelin, petite ville du centre du pays de Galles, doivent faire bouillir leur eau depuis une semaine, après la découverte d'un parasite intestinal, le cryptosporidium, dans le lac de retenue qui les alimente.",
    "Trente et une personnes ont été malades, selon les autorités sanitaires galloises, qui ont fait état lundi d'un premier échantillon négatif à la sortie de l'usine de traitement.",
    "D'après des riverains, du lisier épandu par une exploitation laitière voisine aurait été lessivé par les pluies jusque dans le lac. L'agence de l'environnement galloise a ouvert une enquête et prélevé des échantillons sur les terres agricoles autour de la retenue.",
    "La maire de la ville, Glenys Pritchard-Rowe, a réclamé des distributions d'eau supplémentaires pour les personnes âgées. Le député Dafydd Elwyn-Price veut une commission d'enquête parlementaire sur la protection des captages.",
    "Le distributeur, Mawddach Water, promet un dédommagement à tous les foyers concernés.")
art("d7-en-radnor-llanfelin-ward-01", "The Radnor Lamp", "2026-11-25",
    "Llanfelin hospital to shut overnight beds from January",
    "The overnight ward at Llanfelin Community Hospital will close in January, the health board confirmed on Tuesday, leaving patients who need a bed after 8pm facing a 40-minute drive to Newtown or Llandrindod Wells.",
    "The board says it has been unable to recruit night nurses for the twelve-bed ward despite three rounds of advertising. Day clinics, the minor injuries unit and the x-ray service will stay open.",
    "More than 400 people packed the Market Hall on Tuesday night. Councillor Rhian Bevan-Morgan said slurry from Cefn Rhos farm had poisoned the town's water only last month and that the outbreak had shown how badly the town needed local beds.",
    "Town mayor Glenys Pritchard-Rowe said the closure was \"the wrong decision at the wrong time\". MP Dafydd Elwyn-Price said he had written to the Welsh health secretary asking for the ward to be kept open until a staffing plan was agreed.",
    "The health board will hold a consultation on the hospital's future in the spring.")
# ---------------- Sorvilliers (Vaud): heist
art("d7-fr-tribunejorat-sorvilliers-braquage-01", "La Tribune du Jorat", "2026-11-17",
    "Braquage nocturne chez Cadrans Jaquier à Sorvilliers : 40 kilos d'or emportés",
    "SORVILLIERS (VD) - Un commando de quatre hommes armés a dérobé dans la nuit de lundi à mardi environ 40 kilos d'or et de platine dans les locaux de Cadrans Jaquier SA, fabricant de cadrans pour l'horlogerie de luxe installé à l'entrée du village, a indiqué la police cantonale vaudoise.",
    "Les malfaiteurs ont ligoté le gardien, un homme de 58 ans, avant de forcer la salle des métaux à l'aide d'une disqueuse. Ils ont pris la fuite vers 3 h 40 à bord de deux berlines, en direction de la frontière française. Le butin est estimé à plus de 3 millions de francs.",
    "Le syndic, Marc-Olivier Bettex-Rochat, s'est dit « sous le choc ». « Chez nous, on ne ferme pas toujours sa porte à clé », a-t-il confié.",
    "La préfète du district, Nicole Chappaz-Grin, a annoncé des patrouilles renforcées. Le conseiller national Yves Pahud-Cornaz demande davantage de contrôles aux postes frontière secondaires.",
    "Le gardien, choqué, a été pris en charge par les services médicaux. Cadrans Jaquier emploie 75 personnes.")
art("d7-en-swisslakes-sorvilliers-heist-02", "Swiss Lakes Post", "2026-11-18",
    "Gang ties up guard and escapes with 40kg of gold from Vaud dial maker",
    "Police in the canton of Vaud are hunting four armed men who tied up a night guard and cut their way into the precious-metals room of a watch-dial maker in the village of Sorvilliers early on Tuesday.",
    "The gang took about 40 kilograms of gold and platinum from Cadrans Jaquier, worth more than three million francs, and drove off in two saloon cars towards France shortly before 4am.",
    "The 58-year-old guard was shaken but unhurt. Police said the men spoke French and appeared to know the building well.",
    "Sorvilliers' mayor, Marc-Olivier Bettex-Rochat, said the village of 1,100 people was \"not used to this kind of thing\". French police have been asked to check vehicles at border crossings in the Jura.",
    "The company, which supplies dials to several Geneva brands, said production would resume on Wednesday and that its stock was insured. Staff have been offered counselling, and police have appealed for witnesses who saw two dark saloon cars on the road to Yverdon.")
art("d7-en-swisslakes-sorvilliers-arrests-03", "Swiss Lakes Post", "2026-11-27",
    "Two held in Lyon over Sorvilliers gold raid, part of haul recovered",
    "French police have arrested two men in Lyon in connection with last week's raid on the Cadrans Jaquier dial factory in Sorvilliers, Vaud police said on Friday, and recovered around 11 kilograms of the stolen gold.",
    "The men, aged 29 and 34, were detained in a garage in the city's eastern suburbs where part of the metal had already been melted into small bars. One of them had worked for a cleaning company with a contract at the factory until last spring.",
    "Switzerland will seek their extradition. Two other suspects are still being sought.",
    "Mayor Marc-Olivier Bettex-Rochat said residents were relieved, and that the night guard had returned to work on Monday. National councillor Yves Pahud-Cornaz welcomed what he called exemplary cooperation between the Swiss and French police.",
    "Cadrans Jaquier said it would install a new alarm linked directly to the police. The remaining gold, police believe, may already have left France.")
art("d7-fr-tribunejorat-sorvilliers-eoliennes-01", "La Tribune du Jorat", "2026-11-30",
    "Sorvilliers dit non au parc éolien du Mont-Perron",
    "SORVILLIERS (VD) - Les citoyens de Sorvilliers ont rejeté dimanche, par 412 voix contre 357, le plan d'affectation qui devait permettre la construction de cinq éoliennes sur la crête du Mont-Perron, au-dessus du village. La participation a atteint 71 %.",
    "Le projet, porté par la société Ventura Jorat, devait produire l'équivalent de la consommation de 9 000 ménages. Ses opposants dénonçaient des machines de 200 mètres de haut visibles depuis tout le Gros-de-Vaud et une menace pour les milans royaux qui nichent dans la forêt.",
    "Le syndic, Marc-Olivier Bettex-Rochat, favorable au projet, a pris acte du résultat. « Le village a parlé, clairement », a-t-il déclaré, en rappelant que la commune perdra une redevance annuelle de 180 000 francs.",
    "Le village, encore marqué par le braquage de Cadrans Jaquier il y a deux semaines, a connu une campagne tendue. Des affiches ont été arrachées des deux côtés.",
    "La préfète Nicole Chappaz-Grin a annoncé qu'aucun recours n'avait été déposé contre le scrutin.")

with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as fh:
    for a in A:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
for a in A:
    print(a["id"], a["language"], len(a["text"].split()))
