#!/usr/bin/env python3
"""Consistency check for stories-check30 (written outside the repo) (standard library only).

Articles, stories and claims are consistent, every claim recurs in paraphrase only (no run of
5 words shared by two of its occurrences), the syndicated near-copy is a near-copy, the relay names
the outlet it relays, every claim occurrence and near miss sits at exactly one character offset
of its article (title + blank line + text), the dates cover about six weeks, no name is
shared with the sibling corpora (both ways) and no run of 10 words is taken from them.

Run: python3 check.py   (exit 1 on any error)
"""
import datetime
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
import os
# The sibling corpora are read from the samples/ folder this one sits in; when it sits outside
# the repository, from /work/main/samples (NEWSLOUPE_SAMPLES overrides both).
if os.environ.get("NEWSLOUPE_SAMPLES"):
    SAMPLES = Path(os.environ["NEWSLOUPE_SAMPLES"])
elif (HERE.parent / "stories-check29" / "corpus.jsonl").exists():
    SAMPLES = HERE.parent
else:
    SAMPLES = Path("/work/main/samples")
KEYS = {"id", "url", "outlet", "published", "title", "text", "language"}

# The sibling corpora written before this one. Their outlets (read from their corpus.jsonl)
# and the invented names below must not be reused here, and the invented names of this corpus
# (OWN_NAMES) must not occur in them: the check runs both ways.
SIBLINGS = ["stories", "stories-check", "stories-check2", "stories-check3", "stories-check4",
            "stories-check5", "stories-check6", "stories-check7", "stories-dev7",
            "stories-check8", "stories-check9", "stories-check10", "stories-check11",
            "stories-check12", "stories-check13", "stories-check14", "stories-check15",
            "stories-check16", "stories-check17", "stories-check18",
            "stories-check19", "stories-check20", "stories-check21",
            "stories-check22", "stories-check23", "stories-check24",
            "stories-check25", "stories-check26", "stories-check27",
            "stories-check28", "stories-check29"]
FORBIDDEN_OUTLETS = [
    # samples/stories and samples/stories-check
    "Agence Nordpresse", "Capital Dispatch", "Dockside Review", "Dépêche Sahel Info",
    "EastLine TV", "Eastline TV", "Gazette du Médoc", "Harbour Ledger", "Harbourline Post",
    "Horizon Libre", "Journal des provinces", "L'Hebdo des Deux Rives", "L'Éveil citoyen",
    "La Tribune de Carthage", "La Vigie Républicaine", "La Vigie républicaine",
    "Le Courrier de Garonne", "Le Courrier du Nil", "Le Courrier du Val",
    "Le Journal des Provinces", "Le Phare de l'Estuaire", "Le Quotidien du Levant",
    "Le Veilleur numérique", "Meridian Wire", "Pulse Health News", "Radio Alizés Info",
    "Sentinel Daily Online", "Teranga Matin", "The Baltic Ledger", "The Calloway Standard",
    "The Nile Observer", "The Northbridge Herald", "TruthCompass",
    "Vox Orientis (service français)", "Vox Orientis",
    # samples/stories-check2
    "Abidjan Soir", "Agence Francolune", "Contre-Courant Info", "Costa Chronicle",
    "L'Écho des Marais", "La Gazette mosane", "Le Fanal du Saguenay", "Le Temps présent",
    "Northway Press", "OpenEyes Report", "The Evening Blaze", "The Morning Clarion",
    "The Weekly Lantern",
    # samples/stories-check3
    "Agence Sextant", "Pelham Wire", "La Feuille du Vivarais", "Le Signal du Soir",
    "The Fundy Tribune", "L'Étoile du Golfe", "Skerry Post", "The Harwell Review",
    "Guadalquivir Today", "L'Écho lémanique", "Détroit Infos", "Sans Filtre Info",
    "The Daily Rattle", "Le Carnet du Dimanche",
    # samples/stories-check4
    "Agence Azimut", "Corbel Wire", "Le Réveil du Causse", "La Boussole",
    "La Voix de la Mauricie", "The Laurentian Courier", "The Tayside Beacon",
    "Adriatic Newsroom", "Atlantic Isles Herald", "The Sunday Klaxon", "Le Regard hebdo",
    "Conscience Libre Info", "North Sea Courant", "The Brașov Bulletin",
    # samples/stories-check5
    "Agence Alcyon", "Tallis Wire", "L'Estafette", "La Gazette du Val d'Amour", "Wouri Matin",
    "The Broads Courier", "Rozafa Dispatch", "Le Petit Grand-Duché", "Grand Duchy Today",
    "The Daily Scorcher", "The Weekday Post", "Contrepoint hebdo", "Dossiers Tabous",
    # samples/stories-check6
    "Agence Cardinale", "Ostler Wire", "Le Trait d'Union", "The Albion Record", "Maurienne Hebdo",
    "The Alnmoor Packet", "L'Aube de l'Ouémé", "Gulf of Guinea Monitor", "Le Héraut des Vosges",
    "Le Carbet Matin", "The Kelderby Gleaner", "The Daily Bellow", "Le Billet du jeudi",
    "Les Coulisses Interdites",
    # samples/stories-dev7
    "Agence Ombelle", "L'Horizon quotidien", "L'Écho de la Blaise", "La Tribune du Jorat",
    "Le Messager des Hautes-Vosges", "Marlow Wire", "Slow Roads Magazine", "Swiss Lakes Post",
    "The Albion Times", "The Fellside Gazette", "The Radnor Lamp",
    # samples/stories-check7
    "Agence Pervenche",
    "Halyard Wire",
    "Le Goéland du Léon",
    "Le Vent d'Autan",
    "Le Fil du Jour",
    "The Westminster Examiner",
    "The Penwith Pilot",
    "Midi Vanille",
    "Mascarene Daily",
    "Les Nouvelles du Lagon",
    "The Daily Foghorn",
    "Chronique de l'Estran",
    "Les Vérités Enfouies",
    "Le Piton Express",
    "The Severnside Echo",
    "Le Pont du Rhin",
    "La Voix du Lauragais",
    # samples/stories-check8
    "Agence Tramontane", "Bowline Wire", "Le Clairon de Paris", "The Britannia Chronicle",
    "La Presse du Val de Saire", "The Skelbrough Mercury", "Nive Matin", "Le Beffroi du Nord",
    "L'Aiguille Hebdo", "The Kentish Lookout", "The Daily Clanger", "Billets de la Rhune",
    "Les Rideaux Tirés", "Atlas Matin", "The Tyrrhenian Post", "Northern Lights Gazette",
    # samples/stories-check9
    "Agence Sémaphore",
    "Garland Wire",
    "L'Observateur du Pont-Neuf",
    "The Kingsway Journal",
    "Le Sillon de la Seudre",
    "The Wolds Observer",
    "The Daily Gawp",
    "Carnets de l'Éperon",
    "Zone Grise Info",
    "La Vigie de Penhoët",
    "Alpe Adria Herald",
    "La Garrigue Libre",
    "Le Buron",
    "Le Quercynois",
    "The Strathdon Bugle",
    "Le Guetteur d'Opale",
    "The Medway Tidings",
    "Cismonte Soir",
    "Mêlée Ouverte",
]
# Invented names (places, people, companies, products) of the sibling corpora.
FORBIDDEN_WORDS = [
    "Tuileries-Basses", "Garonne Eau Claire", "Havenbond", "Vexira", "Halvorsen",
    "Dąbrowski", "Wolska", "Tessera Maritime", "Nordhav", "Molo Levante", "Sampierdarena",
    "Lotte Vermeer", "Hélène Castaing", "Sabine Loustau", "Kattegat", "Ben Arfa",
    "Cormeilles", "Hanteville", "Berthiaume", "Castelnouvel", "Kilcorrig", "Sant Vicent",
    "Lagune-Ébrié", "Trois-Pins", "Valorex", "Transloire", "Riverains des Grèves",
    "Black Lamprey", "Murtal", "PayLagune", "Norlith", "Eau-Vive", "Pembury",
    "Jazz en Meuse", "Le Bihan", "Duparc", "Bensalah", "Coadou", "Tessier", "Quennell",
    "Wéry", "Lambotte", "Vandormael", "Verhoest", "Hanquet", "Degrelle", "Elias Brandt",
    "Ribelles", "Lucía Pardo", "Ferrús", "Carrasco", "Graham Poole", "Konaté",
    "Ouattara-Diby", "Kouadio-Brou", "Lassina Bamba", "Gnagne", "Simard-Ouellet",
    "Marc-André Fortier", "Bouchard-Lessard", "Denis Gagnon", "Étienne Marceau",
    "Sophie Lavigne", "Tremblay-Dufour", "Chantal Roy", "Kearney", "Savary", "Castagné",
    "Baudouy", "Lucas Aymeric", "Conrad Vell", "Ferrandi", "Benvenuti", "Hany Selim",
    "Claire Vasseur", "Holmgaard", "Sangaré", "Aminata Sarr", "Gerace",
    # samples/stories-check3
    'Montferrage',
    'Auzène',
    'Pierre-Grosse',
    'Hydrelec Vivarais',
    "Saint-Alban-d'Auzène",
    'Auzène Vigilance',
    'Restauval Sud',
    'école des Tilleuls',
    'Heron Point',
    'Pointe-aux-Hérons',
    'Great Heron',
    'Grand-Héron',
    'Cormorant Shoal',
    'haut-fond des Cormorans',
    'Baymar',
    'Sølvfjord Havbruk',
    'Korsvågen',
    'Fri Laks',
    'Casa-Museo Valdelomar',
    'Aguilera Vidal',
    'The Orange Seller',
    "La Marchande d'oranges",
    'Diario de Triana',
    'Chèvrelande',
    'Lémapharm',
    'Berthoud-Maillefer',
    'Enchères du Mont-Blanc',
    'Gilles Chabanis',
    'Corinne Astruc-Delmas',
    'Mireille Sabatou',
    'Laetitia Marcou',
    'Fabien Rouvière',
    'Hervé Lapeyre',
    'Lance Thibodeau',
    'Colleen Arsenault',
    'Danielle Cormier',
    'Rémi Haché',
    'Gérald Savoie',
    'Gemma Pratley',
    'Judith Landry',
    'Armand Chiasson',
    'Paul-Émile Doucet',
    'Heather Ingersoll',
    'Marit Gjesdal',
    'Eirik Brattvold',
    'Ingrid Holm-Sæther',
    'Jonas Vik',
    'Solveig Aarnes',
    'Tor-Henning Lie',
    'Pilar Echevarne',
    'Rafael Montiel',
    'Carmen Larios',
    'Ignacio Berrocal',
    'Nathalie Rochat-Vuilleumier',
    'Claude Morerod',
    'Véronique Dubuis-Farel',
    'Anouar Lahlou',
    'Leila Bennani',
    # samples/stories-check4
    "Vaurelhac", "Roc de la Guinelle", "Pech-Arnal", "Carrières Malvezin", "Régis Malvezin",
    "Odile Farguettes", "Noyeraies du Célé", "Jean-Marc Issaly", "Thomas Lavergne",
    "Jean Lavergne", "Place Fontbrune", "Immeubles Sorel-Drouin", "Maryse Cloutier-Vachon",
    "Anne-Sophie Lemay-Beaulac", "Kinlochry", "Tayvale Council", "Fiona Dalgarno",
    "Kirsty Menmuir", "Euan Farquharson", "Lorna Gilchrist", "Hamish Urquhart",
    "Alasdair Cruickshank", "Craiglair", "Morag Pitcaithly", "Oleificio Marzullo",
    "Nicola Marzullo", "Giuliana Sciacovelli", "Vito Angiuli", "Rocco Pinto Dell'Aquila",
    "Valea Mierlei", "Hotel Cerbul Alb", "Didier Vuarnet", "Hidronorte", "Yurena Perdomo",
    "Óscar Delgado Mesa", "Natalia Armas Quintero", "Stellar Kestrel", "Kestrel Car Lines",
    # samples/stories-check5
    "Verchamps-sur-Loue", "Prés-Longs", "Entrepôts Jacquemin-Roz", "Loue Vivante",
    "Verchamps Solidarité", "Fennington St Mary", "Hollowmere Farms",
    "Farm and Food Workers Federation", "Couvoirs de l'Arguenon", "Arène du Plateau",
    "Lumen Events", "Néobal", "Kalaja Residence", "Drini Ndërtim", "Caisse Solidaire du Littoral",
    "CASOL", "Sylvie Bourgeon-Ravier", "Gérard Michaud-Vuillet", "Alain Roz", "Bertrand Lesueur",
    "Amandine Coulon-Teyssier", "Jacques Prost-Rigoulet", "Jacqueline Perrot-Goux",
    "Marcelle Grandvaux", "Luc Béjean", "Douglas Averill", "Helen Waterfield",
    "Yannick Le Floc'h-Daniel", "Kayleigh Dunmore", "Ruth Embleton", "Kevin Theisen-Marques",
    "Patrick Wenandy", "Mirela Hoxholli", "Arben Kolaneci", "Elira Dushaj", "Gentian Shpata",
    "Hilaire Ebongue-Mbarga", "Solange Nkotto", "Roger Ndjock-Essomba", "Célestin Mbappè-Ngando",
    # samples/stories-check6
    "Orcelles-en-Maurienne", "Plan-Cerise", "Brackenmouth", "Keld Burn", "Carrow Bank",
    "Morning Tern", "Rambervaux", "Anse-Caïmans", "crique Morpho", "Calliope-2", "Kelderby",
    "Brickfield Lane", "Hartley Dye Works", "Tenter Fields", "Nubiform", "Eau Commune Maurienne",
    "Haldane Offshore", "Sobenor", "Aster Orbital", "Lysander Sports Partners",
    "Denise Favre-Jorioz", "Bastien Rubod-Tissot", "Élodie Ramus-Veyrat", "Karim Lesterlin",
    "Sandrine Villemagne", "Martine Anselme", "Priya Alcock", "Gareth Penhallow",
    "Dougie Trewhitt", "Brenda Lowther", "Sheila Armstrong-Tait", "Colin Rutherford",
    "Neil Fenwick-Dodd", "Sylvain Hounkpè", "Armand Quenum-Ahlonsou", "Tossou-Kpadé",
    "Cossi Dossou-Agbo", "Félicité Agossa", "Ludovic Sarrail", "Oriol-Kessler",
    "Coutelier-Aubry", "Christelle Haumonté", "Nadal-Seignon", "Rodrigue Sabayo",
    "Gervais Théodore", "Marchetti-Laval", "Maximilian Orsak", "Philip Whitworth",
    "Janet Holroyd", "Gary Lumb", "Ruth Openshaw", "Imran Siddall",
    # samples/stories-dev7 (names read from its titles)
    "Vaubrecourt-les-Forges", "Vaubrecourt", "Maréchal-Deville", "Cartonnages Thiébault",
    "Ashby Fellside", "Kirkgate Primary", "Hallière", "Colnot", "Copeaux d'Hiver", "Hallebrune",
    "Llyn Felin", "Llanfelin", "Cadrans Jaquier", "Sorvilliers", "Mont-Perron",
    # samples/stories-check7
    "Plouzévenec",
    "Porz-Gwenn",
    "Kernévez",
    "Kerhuel",
    "Gouel an Aod",
    "Porthkennick",
    "Trevarrick Sands",
    "Wheal Trevose",
    "St Piran's Hall",
    "Saint-Aurèle-sur-Dore",
    "Bébélune",
    "Castelmoulis",
    "Aurelia Rhenana",
    "Andranofotsy-Nord",
    "Ampahana",
    "Pointe-Wiri",
    "Nekuré",
    "Wé-Nekuré",
    "Filaos-Bleus",
    "Sauvegarde de l'anse de Porz-Gwenn",
    "Kernow Deep Metals",
    "Porthkennick Against the Mine",
    "Laiteries Bellecombe",
    "Toitures Occitanes Marquès",
    "Lorelei River Voyages",
    "Tambatra Vanille",
    "Nickel Austral Calédonie",
    "Mangroves Vivantes",
    "Grounded Now",
    "Pêcheries du Sud-Réunion",
    "Avel Du",
    "Gwendal Kerbrat",
    "Maryvonne Quéméner-Abgrall",
    "Laurent Destremau-Pallier",
    "Annaïg Le Roux-Kerdraon",
    "Mathilde Sévérac-Lannuzel",
    "Yvon Caradec-Merrien",
    "Loïc Tréguer-Nédélec",
    "Fañch Morvan-Le Goff",
    "Craig Nankervis",
    "Graham Tregunna-Hext",
    "Tamsin Rowe-Penhaligon",
    "Adrian Polglase",
    "Pauline Jago",
    "Derek Hosking",
    "Jenna Curnow",
    "Lowenna Trethowan-Bligh",
    "Mark Pengelly",
    "Arnaud Bellecombe-Rivière",
    "Béatrice Monteil-Fargues",
    "Didier Escande-Royo",
    "Jean-Louis Marquès",
    "Bernard Salgues-Pujol",
    "Thierry Daguzan-Roques",
    "Matthias Reinholt-Aebi",
    "Linda Hargreaves-Moss",
    "Dominic Ashworth-Pike",
    "Jean-Aimé Randrianasolo-Fidy",
    "Fidèle Razafindrakoto-Bemiray",
    "Voahangy Rakotomalala-Ny Aina",
    "Wassissi Néaoutyine-Waka",
    "Kerry Vowles",
    "Solène Marchadier",
    "Stacey Cadogan",
    "Robert Fanshawe-Lyle",
    "Ollie Brightwater-Hale",
    "Jean-Claude Payet-Grondin",
    "Johan Técher-Maillot",
    # samples/stories-check8
        "Sainte-Ysolde-sur-Saire", "Hougue-Noire", "Petit Ysoldien", "Skelbrough", "Kraken",
    "Urdazpe", "Ibarrondo", "Etxegorri", "Berquesaut", "Mont-Quennebert", "Hrafnsvík",
    "Aiguillettes", "Ighil n'Tazart", "Margaret Heseltine-Moor",
    "Fathom Leisure", "Cages Ouvertes", "Eldhraun Orka", "Coteaux d'Urdazpe",
    "Urdazpeko Pilota Elkartea", "Ciel d'Ocre Montgolfières", "Skelbrough Silver Band",
    "Gisèle Anfray-Lecanu", "Bertrand Vauquelin-Dusaussey", "Jean-Baptiste Hamelin-Pottier",
    "Cyrille Lemoigne-Fossard", "Odile Lecaplain-Marie", "Lorraine Dinsdale",
    "Barry Cawthorne-Ridge", "Denise Holtby-Marsh", "Howard Pickersgill-Bate",
    "Naveen Ashcroft-Lund", "Anne Heseltine-Moor", "Darren Ellerby", "Gillian Pashby",
    "Maite Arrosagaray-Lohitz", "Battitt Iriart-Borda", "Peio Etxeberri-Lasarte",
    "Mixel Harismendy-Oçafrain", "Agnès Sorhouet-Barreix", "Olivier Descamps-Verlinde",
    "Véronique Lefebvre-Daulmerie", "Frédérique Wattebled-Hu", "Tumba", "Kibo",
    "Sigrún Jökulsdóttir", "Katrín Ósk Valdimarsdóttir", "Ari Bjarnason", "Helga Steinsdóttir",
    "Arnaud Tairraz-Besson", "Sébastien Couttet-Ravanel", "Ellie Kinsella-Ward", "Tom Rushworth",
    "Sam Ibbotson", "Mick Brabazon", "Gavin Tolhurst", "Élise Marchand-Tellier",
    "Hicham Belkadi-Ouazzani", "Rachel Featherstone", "Jonathan Featherstone", "Pauline Ackroyd",
    "Gianfranco Pittau-Serra",
    # samples/stories-check9
    # places and things
    "Aubrelac-sur-Seudre", "Aubrelac", "Pas-de-Vigne", "Croix-Bénite", "Hollerby",
    "Corveline Sundew", "Corveline Sorrel", "Belopeč", "Mourèze-les-Cades", "Montarcou-d'Aubrac",
    "Inverdroch", "Font-Sourde", "Saint-Cirq-des-Ombres", "Vallerossa-di-Moriani",
    # companies and groups
    "Régaz Atlantique", "Lhéritier-Vaussanges", "Corveline Shipping", "Clean Wolds Shore",
    "Fenlink Coaches", "Žičnice Belopeč", "Avant-Garde Lomagne XV", "Hollerby Academy",
    "Medway Rail Users' Forum",
    # people
    "Sylvaine Mauduit-Graveron", "Lucien Berthomé-Rivaud", "Sandrine Pouvreau-Gaillot",
    "Thierry Bouyer-Lantaigne", "Anne-Laure Chevrier-Massé", "Grégoire Lhéritier-Vaussanges",
    "Clémence Astaing-Morel", "Hugh Parfitt-Lowe", "Maureen Kettleborough", "Dean Spilsby-Hart",
    "Simon Threlkeld-Mayo", "Kayla Brudenell", "Lee Moxby", "Pieter Oudekerk",
    "Steven Guérin-Ollivaud", "Jasmine Oakes", "Graham Sowerby-Nunn", "Mathilde Rabussier",
    "Nigel Fotherby", "Jernej Pogačnik-Vidmar", "Matej Zorman-Kocjan",
    "Rey-Maucourt", "Mojca Strnad-Ferk", "Aleš Vrhunc-Golob", "Primož Kaučič-Ambrož",
    "Vadim Orlenko-Tsarev", "Maëlle Castanier-Roux", "Inès Arnoult-Kaci", "Francis Teisseire-Puech",
    "Rhiannon Catterall", "Mark Eddowes-Kerr", "Helen Marchbank-Dyce", "Dale Ormerod",
    "Anita Lasseter-Goode", "Raymond Bessière-Layral", "Jean-Pierre Couderc-Malaval",
    "Christophe Vigouroux-Tallon", "Josiane Vaissade-Roumiguière", "Théo Bastide",
    "Fraser Loudon-Baird", "Morag Innes-Calder", "Alistair Pendry", "Kieran Mossop",
    "Romain Delbos-Carrère", "Véronique Lacarrière-Bos", "Harriet Coombe-Nailsworth",
    "Julian Coombe-Nailsworth", "Ghjuvan Petru Santucci-Albertini", "Callum Brereton-Yates",
    "Francis Lagardère-Dupuy", "Stéphane Marsolan-Ribes",
    # samples/stories-check10 (its own list of invented names)

    # outlets
    "Agence Passerelle", "Lanyard Wire", "Le Quotidien des Arcades", "The Ludgate Courier",
    "La Gabare", "The East Suffolk Tidesman", "Funchal Weekly", "La Lanterne limousine",
    "The Potteries Kiln", "Le Paillon", "Riviera English Times", "The Carfax Review",
    "La Marée de Chausey", "The Islander Gazette", "L'Œil Ouvert Info",
    "La Gazette des Pierres Dorées", "Chronique du Pré-Carré", "The Fenland Spoke",
    "The Lab Notebook", "The Daily Yap",
    # places and things
    "Montbrizac-sur-Dordogne", "Montbrizac", "Kessingmouth", "Saltings House",
    "Levada do Pico Velado", "Pico Velado", "Ribeira das Corujas", "St Aldric's College",
    "Valmorand", "Valmorand Psalter", "Bel-Ormeau", "trémazolide", "Aviron montbrizacois",
    "Kessingmouth Footlights",
    # companies and groups
    "Brisquet Ingénierie", "Pellinore Estates", "Meadowlark Care", "Trilhos Atlânticos",
    "Fenwright Homewares", "Fenwright", "Porcelaines Vauzelle-Marsac", "Vauzelle-Marsac",
    "Transports Dumontel-Rivoire", "Oncotrame", "Armoric Therapeutics",
    # people
    "Owen Prothero-Vance", "Pascal Delteil-Rouffignac", "Édith Laborderie-Cazenave",
    "Gilles Fontanaud-Mérigot", "Yolande Peyrebrune-Astié", "Bruno Chastanet-Lafaye",
    "Odette Faurelle-Bastit", "Guy Marcillac-Reynal", "Mireille Sarlandie-Coustou",
    "Fernand Lasvergnas-Pujol", "Gavin Thirkettle", "Sunita Brackley-Oduya",
    "Marcus Pellinore-Quayle", "Bernadette Ollerenshaw-Fry", "Dean Sallows",
    "Lorraine Pettigrew-Vane", "Crispin Haddow-Lusk", "Ron Keable", "Agathe Morvillier-Daunat",
    "Rui Fontelas-Barreto", "Lúcia Abrantes-Meireles", "Nadine Puybaraud-Sellier",
    "Joël Bourdelas-Mounier", "Rupert Ashdown-Kemble", "Priyanka Holloway-Reith",
    "Mélissa Tordjmann-Ravel", "Trevor Minchin-Ayles", "Damien Castellucci-Borel",
    "Felicity Rawcliffe-Dunn", "Bénédicte Aubriot-Falguière", "Anselme Crévecoeur-Lantz",
    "Maxence Delorme-Ivanoff", "Gaëtan Leprévost-Hulin", "Harriet Le Cornu-Vibert",
    "Mike Gallichan-Hervé", "Colin Dumaresq-Pike", "Armand Piégay-Mornand",
    "Solène Bouvard-Gélin", "Shona Garrity-Blake", "Oluwaseun Marwick",
    "Yves-Marie Kerlaouen-Dantec", "Hannah Pryce-Ellory",
]
# Invented names of samples/stories-check11 (its own list: outlets, places, people, companies).
CHECK11_NAMES = [
    # outlets
    "Agence Équinoxe", "Tidewater Wire", "L'Heure de Paris", "The Holborn Standard",
    "Le Réveil drômois", "Les Humeurs du Mardi", "Aldgate Business Review", "The Downsman",
    "The Daily Holler", "Le Galet dieppois", "La Tarine", "Snowline Times",
    "La Gazette des Étangs", "The Paddock Gazette", "Voiles & Houle", "The Solent Log",
    "Le Petit Morbihannais", "Le Mistral gardois", "Antiquity Now", "L'Iroise Hebdo",
    "The Tamar Crier",
    # places and things
    "Castelvézan", "Wyreham", "Wyreham Gap", "Marram Court", "Le Crêt-Vorin", "Crêt-Vorin",
    "Mouette Blanche", "Laminaire", "Astra Cordelia", "Fieldfare", "Course des Alizés",
    "Belle de Commelles", "Quiet Harbour", "Clinique équine des Aigles", "Saint-Valéry II",
    "Morwenna Rose", "Léocadie", "parking des Tanneurs", "Altiva Grand Roc",
    # companies and groups
    "Pemberton & Lusk", "Fabre-Castellan", "Ashcombe Housing Group", "Hallam Fordyce Partnership",
    "Trans-Caux Ferries", "Skylark Connect", "Kestrelmoor Investments", "Altiva Hôtels",
    "Chalets Blanchemont", "Kennetside School", "Chantiers Lorvaux", "Lorvaux",
    # people
    "Murielle Bouchardy-Laffont", "Thibault Carrier-Mounès", "Roselyne Achard-Vernet",
    "Fiona Ashgrove-Tate", "Ophélie Gresse-Dumaine", "Kévin Gresse", "Hélène Fabre-Castellan",
    "Alastair Whitcombe-Rae", "Jean-Noël Arnaudon-Ribes", "Lucienne Morénas-Aubert",
    "Mathis Ravoux-Deleuze", "Nadia Holcroft-Benn", "Tina Loveridge-Parr", "Gordon Bexley-Whyte",
    "Des Kitteridge", "Marsha Edgecombe-Lyall", "Reg Tuppence-Hurd", "Imogen Threlfall-Cross",
    "Régis Lemonnier-Bréhat", "Kieran Mallory-Hext", "Gwenaël Troadec-Brunet",
    "Armelle Dufresnoy-Catel", "Lukas Brenner", "Pam Whitlock", "Yves Auzou-Lecœur",
    "Declan Farrow-Maitland", "Gillian Arbuthnot-Slade", "Jordan Mermoz-Chabert",
    "Noémie Bozonnet-Revil", "Sophie Kilbride", "Laura Pennington-Oakes", "Andrew Foxley-Rigg",
    "Bertrand Chevallaz-Morin", "Jean-Rémi Perrier-Gonthier", "Pascal Jacquemoud-Rey",
    "Arnaud Vasselin-Motte", "Oliver Stanbridge-Mowat", "Philippine Darrieux-Sauvan",
    "Hélène Marquet-Vallin", "Maëlys Guernalec-Fauvel", "Lorenzo Baldacci-Ferro",
    "Toby Rendlesham-Cole", "Erwan Quillévéré-Madec", "Clotilde Sabatier-Roumanille",
    "Fabrice Teissonnière-Gal", "Laurent Cabanis-Ferrier", "Karima Benchetrit-Oller",
    "Jeanine Le Gall-Mérour", "Kenny Trebilcock-Rowe",
]
FORBIDDEN_WORDS += CHECK11_NAMES
# Invented names of this corpus (outlets, places, people, companies, things).
# Invented names of samples/stories-check12 (its own list: outlets, places, people, companies).
CHECK12_NAMES = [
    # outlets
    "Agence Orion", "Fairlead Wire", "Le Grand Matin", "The Chancery Herald", "Le Morvandiau",
    "The Swale Messenger", "Propos d'un lundi", "The Morvan Post", "The Dorset Quill",
    "Le Phare du Calvados", "The Counting House", "L'Atelier économique", "L'Isard", "The Couloir",
    "The Daily Squawk", "Pass & Plate", "Notes from the Verge", "Traboules Matin",
    "The Wensum Gazette", "La Criée marseillaise", "La Nouvelle Vienne", "Le Pavé rouennais",
    "Splits & Strides",
    # places and things
    "Bains-la-Vernée", "Thermes de la Vernée", "Chesilcombe", "Chesilcombe Undercliff",
    "Hennock Point", "Pla-d'Arrens", "Coume de l'Ours", "étang de la Peyrade", "Pointe-aux-Moines",
    "Pastonbury Gallery", "Wherries at Dusk", "Maison Orgeval", "Comptoir Orgeval",
    "Marathon des Quais", "Docks-Saint-Gervais", "Wherry Lane Books", "Vernée en commun",
    # companies and groups
    "Groupe Marescot", "Marescot", "Thistlebrook Cycles", "Thistlebrook", "Oare Valley Coaches",
    "Chesilcombe Harbour Trust", "Hallamshire Ski Mountaineers", "Faversham Pool Trust",
    # people
    "Hugues Pernot-Lachaize", "Delphine Aubertin-Sagnes", "Fabrice Montcharmont",
    "Yolaine Brossard-Thévenet", "Sébastien Quiquerez-Lamy", "Armand Marescot-Villiers",
    "Valerie Hatherleigh-Cope", "Hatherleigh-Cope", "Sheila Pomfrett", "Maryvonne Tissandier",
    "Mickaël Berthonneau-Ravaud", "Rosalind Aytoun-Blake", "Fabienne Lachaume-Pradel",
    "Malcolm Ridgeway-Sand", "Maud Levasseur-Quintin", "Hugo Pennycott", "Fenella Strode-Makepeace",
    "Ros Ablewhite", "Kit Maudsley", "Ned Spurrier-Gault", "Rhodri Bellamy-Fisk",
    "Edwin Lowick-Thorne", "Abigail Fincham-Tate", "Rosamund Alcester-Bray",
    "Yannis Sarkissian-Roux", "Fairweather-Cobb", "Pierre-Alain Escudié-Marty",
    "Ian Dewhirst-Lowe", "Karen Oddie", "Rob Tennant-Shaw", "Xavier Bergès-Soula",
    "Josette Caujolle-Barrau", "Bastien Orgeval-Thuret", "Imelda Crossthwaite",
    "Kilian Maupertuis-Roy", "Ewan Stockdale-Frith", "Romuald Hébert-Delaunay",
    "Grégory Tancrède-Lemaire", "Ange-Marie Castellani-Brun", "Bernard Stiles",
    "Pat Oldroyd-Sims", "Cyprien Lemercier-Vautrin",
]
FORBIDDEN_WORDS += CHECK12_NAMES
# Invented names of this corpus (outlets, places, people, companies, things).
# Invented names of samples/stories-check13 (its own list).
CHECK13_NAMES = [
    # outlets
    "Le Haut-Doubs libre", "The Bloomsbury Gazette", "Le Quotidien de la Cité", "Second Thoughts",
    "The Franche-Comté Forum", "Les Lunettes de Marianne", "Le Fil laitier", "The Dairy Round",
    "The Lindsey Bellman", "Agence Boréale", "Le Boulonnais", "The Daily Bray", "The Stour Weekly",
    "La Sentinelle calaisienne", "Waggle Weekly", "Le Vellave", "Rank & File Chess",
    "Le Courlis du Finistère", "The Manifest", "The Roseland Recorder", "Le Cers",
    "The Holding Pattern", "La Cantalienne", "Capstan Wire", "L'Écho de la Vézère",
    "The Dordogne Dispatch",
    # places and things
    "Montgrésy", "Fruitière de Montgrésy", "plateau des Essarts", "Brinkhaven", "Vergonne",
    "Open international de Vergonne", "Vergonne Open", "Tasman Lark", "Plouguivel", "Porz-Bihan",
    "Porthcollow", "Saint-Clair-d'Orbieu", "Sarrebrune", "Lascombes-le-Vieux", "Lussac-la-Bastide",
    "Puymarteau", "Rind & Rafter", "Curd & Crust Awards", "Grèves vivantes", "Voltaris",
    # companies and groups
    "Laiteries Brévannes", "Brévannes", "Hollin & Gage", "Wolds & Coast Buses", "Cabrol Mobilités",
    "Ravensworth Shipping", "Wrenair", "Cockpit Alliance", "Atlântida Air",
    "Société hydroélectrique de la Haute-Brune",
    # people
    "Anne-Claude Pourchet-Mougin", "Lionel Vuillemin-Tissot", "Ronald Ebbage-Kerr",
    "Mathilde Roncheval-Guyot", "Sylvie Jeunet-Borne", "Joseph Cuenot-Marguet",
    "Olivier Brévannes-Lacroix", "Priti Halloran-Webb", "Damien Grosperrin-Vuillet",
    "Ian Threapleton", "Brenda Sowden", "Royston Garbutt-Hale", "Marian Oxtoby-Finch",
    "Clive Mannering", "Doreen Pask", "Harry Blewitt", "Karen Whitlow-Amis", "Shirley Tompsett",
    "Laure Delattre-Wimille", "Wayne Cattermole-Birch", "Adaeze Blackmore", "Lorraine Chappell",
    "Gail Underhay", "Jasper Quennington-Lowe", "Florian Dessaigne-Royer",
    "Marie-Hélène Fournival", "Raymond Chapuis-Lavalette", "Ghislaine Roche-Malartre",
    "Annick Le Duigou-Pennec", "Hester Pascoe-Rundle", "Hélène Bardou-Castel",
    "Deborah Linfoot-Ames", "Marthe Vidalenc-Bros", "Jean-Baptiste Fauchier-Moissac",
    "Neil Dyson-Whitlow", "Gideon Farthingale-Rowe", "Odile Chassagne-Rey",
    "Colette Marsaguet-Peyrot", "Philippe Lacoste-Baudry",
]
FORBIDDEN_WORDS += CHECK13_NAMES
# Invented names of samples/stories-check14 (its own list).
CHECK14_NAMES = [
    # outlets
    "La Voix du Sidobre", "Le Carrefour quotidien", "Tarn Talk", "Les Cahiers du mercredi",
    "The Brackenholt Advertiser", "Agence Lucarne", "The Daily Blare", "The Scarrowby Coble",
    "The Clerkenwell Post", "Le Marin lorientais", "La Loire nivernaise", "Square Mile Monitor",
    "The Vitrine", "La Charente en clair", "The Charente Post", "Le Cévenol du soir",
    "Tollgate Wire", "The Ryedale Almanac", "Le Bilan hebdo", "Margin Notes",
    "Tunnel Vision Travel",
    # places and things
    "Montclavel", "Lacaune-les-Prés", "collège des Caussels", "stade des Castanhers", "Brackenholt",
    "Brackenholt Academy", "Scarrowby", "Gull Nab", "Gull Nab Holiday Park", "Nab Lane",
    "Cowbar Steps", "Kornôg", "Ambrevaux", "Cristallerie d'Ambrevaux", "Libellule", "Bruèges",
    "Roque-Haute", "Juillac-la-Tour", "Friends of Scarrowby Pier",
    # companies and groups
    "Massol Constructions", "Hallikeld Geotechnical", "Marrowfield Holdings", "Marrowfield",
    "Hydro-Cévennes", "Vauclair Capital", "Straitline Rail", "Straitline", "Kerroc'h",
    # people
    "Maïté Barrau-Linsolas", "Gérard Cabrié-Soulages", "Coralie Estève", "Chloe Ashmead",
    "Helen Marsden-Clough", "Lisa Greenhalgh", "Sophie Azaïs-Granier", "Thierry Massol-Vergnes",
    "Nathalie Ferret-Bouisset", "Jacques Enjalbert-Rieux", "Kévin Roucayrol", "Didier Roucayrol-Py",
    "Jamie Haworth-Lund", "Martin Entwhistle-Hogg", "Shazia Rahman-Booth", "Trevor Ackworth-Dale",
    "Pauline Storr", "Graham Fewster-Bell", "Ken Rudsdale", "Imogen Saltonstall", "Alan Ruswarp",
    "Dave Chapelow", "Gwenola Kerroc'h-Le Dantec", "Yannick Guillerm-Tanguy", "Stuart Maltby-Cole",
    "Maisie Thwaite", "Janet Overfield", "Bill Hardisty", "Émile Vauquier",
    "Claire Mounier-Destrées", "Christian Moreau-Lapalus", "Hugo Palliser-Wynne",
    "Patrick Gaudry-Millot", "Oliver Tansley-Marsh", "Hélène Sauzay-Roblin",
    "Julien Ferrandon-Lacoste", "Sylvie Tréhout-Marcel", "Régine Dufaure-Mallet",
    "Laurent Chassériaud-Bel", "Sandrine Lagarde-Ouvrard", "Gordon Pellew", "Maureen Pellew",
    "Alan Frickley", "Rosie and Phil Dunstall-Hay", "Josiane Pellet-Aubanel", "Simon and Kate Rigby",
    "Jean-Louis Farguiel", "Bertrand Sabatou-Vielzeuf", "Marcel Teulon-Arnal", "Aisha Bramhall",
    "Fabrice Lhomond",
]
FORBIDDEN_WORDS += CHECK14_NAMES
# Invented names of samples/stories-check15 (its own list).
CHECK15_NAMES = [
    # outlets
    "Agence Hermine", "Postern Wire", "Le Matin des Halles", "The Aldwych Record",
    "Le Guetteur marchois", "Creuse Courier", "The Fen Reporter", "Le Flamant du soir",
    "Le Courrier salinier", "Languedoc Letter", "The Far Post", "Crampons", "Sidelong",
    "Contre-jour", "La Vilaine du jour", "Later Life Weekly", "Le Tuffeau", "The Cellar Book",
    "Marges & Marchés", "The Ledger Line", "Sillons", "Encore Weekly", "The Daily Racket",
    "Lugdunum Soir",
    # places and things
    "Fressignac", "Puy-Gazel", "Mas-Bru", "Les Vergnes", "Thornmarsh", "Thornmarsh General Hospital",
    "Sleyne", "Fenby Sluice", "Skelling Drove", "Mill Road", "Port-Vérande", "étang de Vérande",
    "Halcyon Days", "Joute vérandaise", "Cleveholme", "Marlpit Lane", "Kiln End", "Spennywood",
    "Le Clos-Morvan", "Saint-Jouan-des-Landes", "Locmeltro", "Montrigaud-sur-Cher",
    "Coteaux de Montrigaud", "Nuits d'Ardoise", "Saint-Fiacre-des-Ardoises",
    "Fressignac English Singers",
    # companies and groups
    "Granits Lordavy", "Sources du Gazel", "Thornmarsh and Sleyne Valley Hospitals Trust",
    "Sleyne Fens Internal Drainage Board", "Brightwell Biscuits", "Brightwell", "Solbrèze",
    "Nautilia Ports", "Cleveholme Town", "Hexworth Rovers", "Hexworth",
    # people
    "Bernard Chaumeil-Vergnaud", "Armelle Tardivaud-Pouly", "Franck Lordavy-Mazeau",
    "Fiona Wakelam", "Rob Wakelam", "Derek Hollinshead", "Didier Malaurie-Fargeot",
    "Catherine Ossédat-Brun", "Marjorie Tebbit-Lowe", "Rachel Osgathorpe",
    "Joanna Prewett-Hale", "Sharon Lilley-Croft", "Neville Harrop", "Doug Fairbrass",
    "Kerry Fendick", "Tracey Gedney-Walsh", "Wes and Donna Pinchbeck", "Barry Quadling",
    "Jean-Pierre Castagnol-Rieu", "Nadège Sauvaire-Bonnafous", "Clive Mottershead",
    "Sue Mottershead", "Fabien Lagrèze-Moutou", "Pauline Ashcombe-Rudd",
    "Marius Cabanel-Triadou", "Lilou Sabatier", "Olivier Dambreville-Sauret",
    "Kath Ridley-Moss", "Steve Gorman-Pike", "Jordan Ellwood", "Sam Pattinson",
    "Ellie Stobbart", "Dean Coatsworth", "Sophie Le Hénaff-Barbot", "Marc-Antoine Guyomard-Lys",
    "Nadia Kerboul", "Helen Ashbury", "Margaret Ashbury", "Hervé Karadec-Puyol",
    "Guy Perrachon-Deléaz", "Julie Maurel-Anjou", "Antoine Brissonnet-Pellé", "Tim Wedderburn",
]
FORBIDDEN_WORDS += CHECK15_NAMES
# Invented names of this corpus (outlets, places, people, companies, things).
# Invented names of samples/stories-check16 (its own list).
CHECK16_NAMES = [
    # outlets
    "Agence Campanule", "Le Quotidien du Parvis", "L'Écho du Loir", "Le Causse du matin",
    "Passe-Treize", "Le Fil gascon", "Plume sèche", "Bilan & Comptoir", "Tréteaux & Cimaises",
    "La Clarté périgourdine", "La Corde à droite", "Cobblestone Wire", "The Temple Bar Times", "The Furness Tide",
    "Lot Lately", "The Gascon Letter", "Touchline Thirteen", "The Daily Jeer", "The Offcut Column",
    "Board & Pulp", "The Haulage Desk", "The Green Room Review", "The Loir Valley Post",
    "The Wreake Weekly",
    # places and things
    "Chaudeval", "Maubrac", "Luzech-Bas", "Le Lumière", "Selsthwaite", "Marine Terrace", "Coble Row",
    "Shore Lane", "Ravensby", "Crow's Nest", "Annie Scarth", "St Bega's", "Golden Batter",
    "Saltcote Park", "Hullbridge Knights", "Roquenaud XIII", "Saint-Estève-la-Salanque",
    "Cérasac", "Lorvignac", "Sermoise-la-Haute", "Coppelstock", "Fontcaude-des-Vergers",
    "Kettleby Cross", "Castelsarde", "Prix des Aubépines", "Belle Ondine",
    # companies and groups
    "Rostagne", "Transports Maubrac", "Kroonveld Logistiek", "Kroonveld",
    "Selsthwaite and Kirkbeck Borough Council", "Save Our Seafront", "Selsthwaite Mariners",
    "Caisse mutuelle des vignerons de Cérasac", "Patrimoine de Sermoise",
    "Hartwell-Pryor Foundation", "Vergers de la Séoune", "PackBuy",
    "Friends of Kettleby Cross Library", "Bouvreuil-Ménard",
    # people
    "Sylvie Hurtebise", "Geneviève Lantheaume-Buisson", "Arnaud Rostagne-Villiard",
    "Mickaël Dorgeret-Pouzin", "Yannick Berjonneau-Fosse", "Jacques Vaugrenard-Piel",
    "Hilary Cranleigh-Boyd", "Martine Ploquin-Daveau", "Fiona Daltrey-Marsh",
    "Owen Treharne-Lacey", "Jean-Claude Malvésy-Terral", "Serge Lacapelle-Ourcq",
    "Penny Askwith-Doyle", "Thibaut Maubrac", "Pierre Maubrac", "Christophe Rouquayrol-Mas",
    "Sanne Oudevliet", "Nadia Cassagnes-Ferrand", "Graham Tilsey-Marr", "Walter Gosforth-Bell",
    "Erwan Le Quintrec", "Maureen Haverigg-Tate", "Lynne Ormside", "Terry Bootle-Lamb",
    "Kirsty Nevinson", "Edna Scarrow-Wilde", "Kyle Penrice", "Sunil Mehrotra-Platt",
    "Julien Esparrou", "Keith Stainton-Rigg", "Darren Lowick", "Ged Pilkington",
    "Bev Coulderton", "Ryan Dowthwaite", "Gilles Taurinya-Bosc", "Jean-Marie Sentenac-Lahille",
    "Hélène Barbazan-Dutour", "Rodolphe Castéra-Vignaux", "Pierrette Lasseube-Gaye",
    "Nick Fawdington", "Sandrine Faujanet-Roux", "Bruno Teyssandier-Moll",
    "Becky Tolland-Hughes", "Alain Carennac-Soubie", "Ghislaine Vautrey-Bonnel",
    "Bernard Sauvigny-Trélat", "Dessalles-Marny", "Miriam Hartwell-Pryor",
    "Patrick Escoubet-Laval", "Lucette Daubas-Merle", "Derek Nuttall-Greaves",
    "Ruth Ashwell-Dunn", "Harriet Lomax-Vine", "Val Ingleby-Hurst", "Aidan Morrisey-Tull",
    "Françoise Lanusse-Ribaut",
]
FORBIDDEN_WORDS += CHECK16_NAMES
# Invented names of this corpus (outlets, places, people, companies, things).
# Invented names of samples/stories-check17 (its own list).
CHECK17_NAMES = [
    # outlets
    "Agence Ricochet", "Le Journal de l'Hexagone", "La Gazette du Pertuis", "La Voix du Ségala",
    "Le Vercors du soir", "L'Océan vendéen", "Capital & Terroir", "Coin de table", "Tribune Foot",
    "Le Souffleur", "Santé Territoires", "Anvil Wire", "The Moorgate Times", "The Oyster Coast News",
    "The Butcher's Block", "Aveyron Abroad", "The Wharfe Herald", "Non-League Notebook",
    "Alpine Expat", "The Witham Weekly", "The Ward Round", "The Daily Natter",
    "The Coquet Chronicle", "The Soapbox Letter",
    # places and things
    "Saint-Gorlan", "Conches", "Saint-Vivien", "Brugayrac", "Dunsterby", "Mill Meadow",
    "Courvenel", "Pas-de-l'Âne", "Festival des Remparts", "Open Season", "Tobberwick",
    "Hexley", "Cressholme", "Holme Fen", "Lestrande", "Rochebise",
    "quai des Sardiniers", "Elsdonhope", "Ségala Trail", "Hôtel des Cerisiers", "St Guthlac's",
    # companies and groups
    "Salaisons Brugayrac", "Gruppo Salvetti", "Salvetti", "Groupe Vasquel", "Vasquel",
    "Dunsterby Town", "Dunsterby Town Supporters' Trust", "Rough Ferry", "Witham & Ancholme Water",
    "Byways and Bypasses Forum", "Pélagie", "Channel Crossing Association",
    "Amis de la Rochebise", "Dunsterby Silver Prize Band",
    # people
    "Régine Castagnède-Moulin", "Colin Verrall-Stott",
    "Thierry Auboiron-Lascaux", "Loïc Quéraud-Bessette", "Marc Doussinet-Fleury",
    "Émile Brugayrac", "Hervé Brugayrac-Sénac", "Sandrine Vialaret-Cros", "Didier Cambefort-Ladoux",
    "Gareth Pennock-Hythe", "Aurélie Méjanel-Puech", "Francis Auriac-Bonnefous",
    "Lucy Harnwell-Birch", "Rachel Oddington-Frost", "Mathieu Albouy-Carrié",
    "Roy Featherby-Nash", "Olivier Vasquel-Roche", "Stella Hinchcliffe-Rowe",
    "Craig Sutcliffe-Doran", "Dave Oxenhope", "Jacqueline Vasquel", "Sian Brearley-Hoyle",
    "Gary Mellor-Crabtree", "Jean-Luc Pradeilhes-Vinay", "Laure Sauvebœuf-Tinel",
    "Emma Pelling-Shaw", "Odile Fressonnet-Dubac", "Bernard Chavanon-Rieux",
    "Nell Carraway-Pugh", "Tom Gedling-Price", "Gilbert Arnaudas-Plantier",
    "Pat Ingoldby-Marsh", "Amrit Solbury-Kane", "Jade Roddick", "Alison Hepple-Grant",
    "Ray Bolam-Thew", "Miriam Ashbrook-Tye", "Wendy Charlton-Ridley", "Maureen Ellerker-Swift",
    "Philip Danby-Royce", "Mireille Gaborit-Sennet", "Albert Chauvineau",
    "Carole Maudet-Pairaud", "Jean-Yves Raffegeau-Morin", "Hugues Lamothe-Ardouin",
    "Manon Guibert-Raffin", "Didier Guibert", "Franck Aymerigot-Sallé",
]
FORBIDDEN_WORDS += CHECK17_NAMES
# Invented names of samples/stories-check18 (its own list).
CHECK18_NAMES = [
    # outlets
    "Albret Matin", "Agence Sittelle", "Le Petit Gascon", "Contre-Allée", "Forges & Marchés",
    "Le Pic du Livradois", "Échappée", "Le National du Soir", "La Voix des Gardons",
    "Cap Finistère Hebdo", "Essai transformé", "Tribune Soignante", "Vineyard & Valley Post",
    "The Haldon Courier", "Lodestar Wire", "The Midwifery Letter", "Edge & Handle", "Uzège Expat",
    "The Daily Hooter", "Setlist Weekly", "The Westgate Journal",
    # places and things
    "Saint-Ourlin", "Pesquié", "Dartleigh Quay", "Estuary Birth Centre", "Brunel Field",
    "Valbrunière", "Malbosc", "Men Glaz", "Ronde des Causses", "Gravel des Garrigues",
    "Salon des Lames", "Grand Chai", "Salt on the Lintel", "Quay Cup", "Cigalo",
    # companies and groups
    "Lafitau-Duthil", "Foncière Baradat", "Aquabâti", "Coutellerie Vernassac", "Halberd Brands",
    "Haldon Vale NHS Trust", "Brise-Vent", "Énergies du Malbosc", "Avenir Albret XV",
    "Haldon Rovers", "The Marram Hollows", "Estuary Crossings Ltd",
    "Dartleigh Quay Twinning Association",
    # people
    "Gérard Sabathé-Moulis", "Nadège Pouymayou-Sarrat", "Fabrice Lafitau-Duthil", "Jo Tremlett-Ayre",
    "Guilhem Bertranet-Lasserre", "Roland Sempé-Darrigade", "Alain Carrère-Loubens",
    "Karima Benhaddou-Vitrac", "Monique Lacoste-Barrère", "Harriet Vosper-Lake",
    "Alan Prideaux-Fenn", "Tilly Gullett-Pine", "Walter Gullett", "Clive Hooper-Dunn",
    "Martin Eggesford-Hale", "Joanne Pellow-Strand", "Kerry-Ann Tozer-Bright",
    "Sam Widdicombe-Rowe", "Brian Lusty-Chard", "Peter Marwood-Snell", "Baptiste Ougarde-Larrieu",
    "Gareth Loveys-Pardoe", "Nigel Voysey-Crane", "Lorna Bidgood-Yeo", "Martin Chave",
    "Agathe Vernassac-Chomette", "Patrice Barge-Fournioux", "Dwight Kettering-Shaw",
    "Léa Chabrier-Vidal", "Erwan Quillivic-Daoulas", "Maëlys Courbeyrette-Anglade",
    "Serge Montcalmy-Ribot", "Ciara Boskenna-Hart", "Jory Pascoe-Lind",
    "Jean-Marc Lacampagne-Sus", "Denise Roumajon-Teissier", "Paul Arnassan-Bouzigues",
    "Thibaut Sauzet-Caumel", "Hannah Pryor-Weston", "Koen Verstraeten-Daal",
]
FORBIDDEN_WORDS += CHECK18_NAMES
# Invented names of samples/stories-check19 (its own list).
CHECK19_NAMES = [
    # outlets
    "Agence Martinet", "La Sioule Libre", "L'Écho bourbonnais", "Le Gannatois", "Le Jour de France",
    "Chroniques d'usine", "Fours & Filières", "Casaque & Toque", "Cure & Santé",
    "Pâtures & Troupeaux", "Larkspur Wire", "The Corvedon Clarion", "Bourbonnais Living",
    "The Marches Gazette", "The Cheapside Chronicle", "The Furlong Post", "The Slush Pile",
    "The Hedgerow Column", "The Daily Whoop", "Spa Breaks Journal", "Turbine Talk",
    # places and things
    "Chantelauze", "Châtel-Sources", "Barberolles", "Corvedon", "Hoarstone Ridge", "Corve Arms",
    "Corvedon Blue", "Brume de Sioule", "Ledwyche Lad", "La Verrière aux hirondelles",
    "The Swallow House", "Sioule-et-Limagne",
    # companies and groups
    "Verrerie Falgoux-Brassac", "Lindqvarn", "Autocars Delarbre-Mathonat",
    "Compagnie thermale de Châtel-Sources", "Corve Vale Creamery", "South Marches Council",
    "Ventaria", "Keep Hoarstone Wild", "Éditions du Gué-Rouge",
    # people
    "Gisèle Monnerie-Dufaud", "Didier Aubignat-Ferroux", "Anders Rydholm-Berg",
    "Séverine Thuret-Malcoiffe", "Martine Gourbeyre-Sauvat", "Aurélie Crouzier-Bazin",
    "Hélène Vernadet-Fouquet", "Maurice Tixier-Gandon", "Jérôme Mazuel-Vidalenche",
    "Romain Chirol-Védrine", "Ben Asterton-Kyle", "Chloe Marbury", "Philippe Ravoire-Desgranges",
    "Marc Bouchardon-Vigier", "Yann Pérignat-Loubeyre", "Jean-Noël Bardiaux-Combes",
    "Gareth Wenlock-Pugh", "Nick Aston-Munslow", "Poppy Lingen", "Judith Marston-Hebb",
    "Eileen Shuker-Downes", "Tony Bearcroft-Lee", "Simon Bitterley-Wood", "Rhys Cleobury-Vance",
    "Malcolm Ditton-Rees", "Camille Lachenal-Borie", "Priscilla Tenbury-Hale",
    "Lison Tardivel-Aubrac", "Alain Tardivel", "Jean-Baptiste Chaumerliac-Prade",
    "Harry Fewtrell-Scott", "Clémence Bourdarias-Vial", "Gwenllian Pryce-Morrow",
    "Agnès Loubaresse-Pons",
]
FORBIDDEN_WORDS += CHECK19_NAMES
# Invented names of samples/stories-check20 (its own list).
CHECK20_NAMES = [
    # outlets
    "Agence Grisard", "Le Carillon mosan", "The Ardennes Anglophone", "Salle d'attente",
    "Le Courrier de la République", "The Peakland Post", "Calverdale Courant", "Billets d'ardoise",
    "Spindle Wire", "L'Hebdo de la Pointe", "The Daily Bawl", "Ciel & Cailloux", "The Stile",
    "The Blackfriars Times", "Backline", "Contre-Chant", "Comptoirs & Chiffres",
    "La Gazette des Rièzes", "The Cask Report", "Provenance Weekly", "Fireball Watch",
    "The Night Shift",
    # places and things
    "Revinchamp", "Les Hautes-Rièzes", "pont des Haleurs", "Calverdale", "Calverdale Edge",
    "Haddlestone Hall", "The Lead Miners' Supper", "Josiah Thwaitby", "Bois-Sorbier",
    "Jackdaw Pot", "Belle de Meuse", "Nuits de l'Ardoise", "Lamps Under the Moor",
    # companies and groups
    "Edgeway Buses", "Brackwater Brewing", "Brasserie de la Hulotte", "Cuisines Lantier",
    "Calverdale Estate", "Ardoise Vive", "The Tor Lanterns", "Vent de Semois",
    # people
    "Brigitte Rousselot-Vanpé", "Yves Tiquet-Moreaux", "Joost van Leemput", "Harriet Blaydon",
    "Frédéric Ancelot-Sirvin", "Tessa Glossop-Rowe", "Nadine Collard-Husson",
    "Thierry Lambinet-Colard", "Véronique Hurtaud-Brion", "Monique Ravenel-Doize",
    "Hervé Brulard-Massin", "Sarah Mellor-Brandreth", "Edmund Fairholme-Tate",
    "Graham Rushup-Hale", "Kevin Allcard", "Jess Ashford-Barlow", "Annette Brocklehurst-Vine",
    "Ryan Doxey", "Dev Hathersage-Lowe", "Piers Ollerton", "Ian Nettleworth",
    "Mathieu Pirson-Lefèvre", "Élodie Gaspard-Renaudin", "Rollo Banfield-Pike",
    "Jean-Pierre Hocquet-Delahaye", "Camille Dethier-Vaudry", "Neville Prestbury",
    "Gilbert Jacquemart", "Lou Hadfield-Crane", "Sébastien Wauthier-Noël",
    "Aurélien Cugnot-Bayard", "Fiona Mellstock", "Denis Warnimont", "Marc-Henri Sohier",
    "Martin Quarnford",
]
FORBIDDEN_WORDS += CHECK20_NAMES
# Invented names of samples/stories-check21 (its own list).
CHECK21_NAMES = [
    # outlets
    "Agence Cortal", "La Voix du Thaurion", "Le Petit Vallonnais", "L'Horloge",
    "Berger d'aujourd'hui", "Feuilles de chêne", "Tissages & Métiers", "Le Braquet",
    "Le Relais de Guéret", "La Lettre des filières", "Le Chalutier", "Creuse Connection",
    "The Athelbridge Advertiser", "Pour & Press", "Tether Wire", "The Levels Gazette",
    "The Strand Ledger", "The Daily Yowl", "Rewild Review", "The Ha-Ha", "Chainstay",
    # places and things
    "Vallonnes-sur-Creuse", "Vallonnes", "Combes-Rouges", "Mazière-Haute", "Puy-Bernard",
    "Puy-Chabrol", "Athelbridge", "Saltmoor", "Saltmoor Lane", "Marsh Close", "Cadbury Drove",
    "L'Arbre aux oiseleurs", "The Fowlers' Tree", "Boucles de Vallonnes", "Levels Brut",
    # companies and groups
    "Tannerie Brudieux", "Harrowmead Cider", "Harrowmead", "Pommeraie Import",
    "Brandon & Lisle", "Ballons du Thaurion", "Athelbridge Wheelers", "Athel Moor Drainage Board",
    "Wessex & Mendip Bank", "atelier Vergnolle",
    # people
    "Francine Aumasson-Trébuchet", "Josiane Meyzaud-Laplanche", "Joëlle Nouaille-Cotin",
    "Arnaud Brudieux-Lafarge", "Didier Lafarge-Soumagne", "Claire Mossop-Ditton",
    "Pascal Chaumeil-Fayard", "Hugh Danbury-Wyke", "Oswin Crake-Lidiard",
    "Sandrine Vergnolle-Peyrat", "Bernard Tixeront-Malval", "Manon Grancher-Delpy",
    "Tom Pennard-Ashe", "Gareth Yeovil-Marsh", "Kévin Rebeyrolle-Bost", "Rémi Goursolle-Bast",
    "Gilles Parrain-Desthieux", "Nathalie Bourdeix-Chanet", "Judith Cossington-Vale",
    "Olivier Castagnède-Rieu", "Ludovic Sermaise-Quéré", "Dawn Trull-Haskins",
    "Celia Brannock-Hythe", "Roger Pillinger-Stowe", "Philippa Wraxall-Dene",
    "Hamish Tuckey-Brent", "Marion Halse-Withycombe", "Aidan Foxcote-Rhee",
    "Alan Cheddon-Moss", "Rosemary Benfield-Crouch", "Maëva Lascaux-Durbin",
    "Yannick Brevet-Lucas", "Ruth Athelney-Cole",
]
FORBIDDEN_WORDS += CHECK21_NAMES
# Invented names of samples/stories-check22 (its own list).
CHECK22_NAMES = [
    # outlets
    "Agence Presslin", "L'Écho du Cézallier", "Le Guetteur de Broussac", "La Semaine d'Allanche",
    "Le Méridien", "Plume et Pavé", "Terroirs & Fromages", "Le Rail libre", "Estives",
    "Pierres & Tuyaux", "Le Routier libre", "Cantal Calling", "Fellside Wire",
    "The Harnthwaite Clarion", "The Eden Valley Star", "The Fleetgate Herald", "The Daily Clamour",
    "Turnstone Review", "Curd & Rind", "Branchline Bulletin", "Fell Notes",
    # places and things
    "Broussac-sur-Rhue", "Les Frachères", "Bessounade", "Crégude", "plage de la Vernhe",
    "place de la Bascule", "Bleu des Frachères", "Harnthwaite", "Lowgate", "High Scarrow",
    "Kelder Fell", "Kelder Horseshoe", "St Cuthwin", "Nuits du piano à bretelles",
    # companies and groups
    "Fromagerie Vézoulès", "Distillerie Aubrespy", "Pennycress Fine Foods", "Scarrow Stone",
    "Scarrow Quarry", "Cars Lacapelle", "Fellrider Buses", "Hautes-Terres", "atelier Sabatou",
    # people
    "Hélène Vézoulès-Carrier", "Martine Escoubès-Lavergne", "Thierry Cassagnes-Rouffiac",
    "Tabitha Holroyd-Venn", "Fabien Sauvagnac-Roudil", "Céline Mazerolles-Teyssier",
    "Loïc Fabrègue-Manhès", "Patrice Aubrespy-Rongier", "Jean-Marc Lavialle-Tournemire",
    "Baptiste Sabatou-Vernhes", "Simon Airey-Lamplugh", "Joan Ritson-Hebblethwaite",
    "Neil Garthwaite-Bell", "Gwen Dalzell-Pattinson", "Odile Chabridon-Laroque",
    "Alastair Mounsey-Troughton", "Pauline Sandwith-Orr", "Anne-Laure Delrieu-Salvage",
    "Kerry Blamire-Nutt", "Sophie Tyson-Raine", "Julien Roumiguière-Bos",
    "Colin Fearon-Braithwaite", "Graham Lonsdale-Pears", "Doreen Musgrave-Hind",
    "Serge Lascombe-Viallard", "Grégoire Lestrade-Maury", "Owen Tebay-Marr",
    "Miriam Sowerby-Lund",
]
FORBIDDEN_WORDS += CHECK22_NAMES
# Invented names of samples/stories-check23 (its own list).
CHECK23_NAMES = [
    # outlets
    "Agence Ferlane", "L'Éclaireur du Haut-Doubs", "La Gazette d'Orgelans", "La Semaine du Saugeais",
    "L'Arpenteur", "Le Lutrin", "Caves & Croûtes", "Rivières vivantes", "Le Peloton libre",
    "Le Cadran", "Doubs Dispatch", "Marrowgate Wire", "The Cressbury Bellman",
    "The Severn Marches Mail", "The Aldwych Register", "The Daily Hoot", "Hedgerow Post",
    "Rind & Wheel", "Pedal Lines", "School Trips Today",
    # places and things
    "Orgelans-sur-Loue", "Chaux-Brûlée", "Mardol Bank", "Coalpit Lane", "Cressbury",
    "Ronde des Sapins", "Fête du décolletage", "The Limes", "Wherry Inn", "Combe-Noire",
    # companies and groups
    "Décolletage Mourgeon", "Fruitière des Combettes", "Hollins & Pyke", "Brightlea Care",
    "Cressbury Wheelers", "Helvemec",
    # people
    "Josette Bréchignac-Vuillemin", "Régis Cuenot-Matthey", "Alain Mourgeon-Boillod",
    "Sylvie Tournier-Grappe", "Gérard Pobelle-Vernier", "Hervé Jacquemet-Sirot",
    "Marcel Girardot-Baverel", "Peter Lydbury-Hart", "Gail Ashford-Mellor",
    "Harriet Venables-Stott", "Neville Pyke-Worrall", "Corinne Faivre-Rognon",
    "Kath Morville-Dean", "Dennis Upton-Creed", "Janet Orrell-Kay", "Liz Pennerley-Cope",
    "Tom Bagley-Searle", "Pascal Monnier-Grosjean", "Daniel Roussel-Marguet",
    "Urs Tanner-Bolliger", "Thibaut Vercel-Roz",
]
FORBIDDEN_WORDS += CHECK23_NAMES
# Invented names of samples/stories-check24 (its own list).
CHECK24_NAMES = [
    # outlets
    "Agence Estrade", "Le Fanion de Bigorre", "La Gazette de Bazerque",
    "La Semaine des Quatre-Vallées", "L'Équerre", "La Pierre taillée", "Eaux & Cures", "Le Perron",
    "Le Traileur", "Transhumances", "Bigorre Bulletin", "Chalkline Wire", "The Mordbury Crier",
    "The Sarsen Courier", "The Ludgate Chronicle", "The Daily Screech", "Longbarrow Notes",
    "Wellspring Trade", "Coach & Tour Today", "Uplands Runner",
    # places and things
    "Bazerque-sur-Neste", "Lesponne-Haut", "Hourquette-Blanche", "Pic de Hourquette", "Serrelongue",
    "Pas de l'Escalette", "Mordbury", "Wodensbury Long Barrow", "Coldwell St Mary",
    "St Aldhelm's Primary", "Kingsdown School", "Trail des Crêtes de Bazerque",
    "Foire aux agneaux", "Mordbury Spring Fair", "White Horse Guardians",
    # companies and groups
    "Marbrerie Lascazères", "Marmi Valcorsa", "Thermes de Bazerque", "Autocars Pédebernade",
    "Ridgeway Rough Rides", "Union sportive de Bazerque", "Mordbury Rugby Club",
    # people
    "Odette Baylac-Castéran", "Jean-Paul Larrouy-Soubie", "Francis Lascazères-Dupuy",
    "Maïté Abadie-Cazenave", "Nadia Soulé-Bordères", "Pierrot Cabarrou-Lanne",
    "Serge Duthu-Pambrun", "Laurent Mengelatte-Ferran", "Sylvie Capdevielle-Marque",
    "Enrico Baldessin-Moro", "Thierry Pujo-Menjouet", "Brian Everleigh-Stow",
    "Marian Coldharbour-Fenn", "Gordon Imber-Lacey", "Rob Yatesbury-Hale", "Helen Overton-Price",
    "Craig Bulford-Dane", "Jake Sutcombe-Reid", "Lisa Hartnell-Box",
]
FORBIDDEN_WORDS += CHECK24_NAMES
# Invented names of samples/stories-check25 (its own list).
CHECK25_NAMES = [
    # outlets
    "Agence Brévanne", "L'Écho de la Puisaye", "Le Montcorbinois", "La Quinzaine de l'Ouanne",
    "Le Grand Angle", "Terre & Feu", "La Louche", "Le Contrevent", "Le Dérailleur", "L'Hameçon",
    "Puisaye Post", "Fosseway Wire", "The Windlecombe Warbler", "The Wold Gazetteer",
    "The Strand Despatch", "The Daily Blurt", "Drystone Notes", "School Kitchen Weekly",
    "Skyward Leisure", "Ridge & Furrow",
    # places and things
    "Montcorbin-sur-Ouanne", "Bourdinière", "Champlevrault", "chemin des Brûlis", "Windlecombe",
    "St Kenelm's", "Hazelcombe Farm", "Windlecombe Grammar", "Foire aux potiers",
    "Ronde de Montcorbin", "Windlecombe Food and Wool Festival", "Lurcy-sur-Vrille",
    # companies and groups
    "Poteries Vaudrenet", "Kaltenbrunn Keramik", "Pellerin Restauration", "Cotswold Skyrides",
    "Windlecombe Wheelers",
    # people
    "Geneviève Rabotin-Sauvage", "Hubert Chaumereuil-Piat", "Gaspard Vaudrenet-Massé",
    "Lionel Bourgoin-Chatelus", "Marie-Laure Gâteblé-Rigaud", "Marie-Thérèse Villiers-Gendrot",
    "Colette Brinon-Desvignes", "Matthias Oberhauser-Lenk", "Didier Pouillot-Ferrand",
    "Nigel Ampney-Slade", "Stuart Quenington-Bell", "Owen Sapperton-Lyle", "Ben Kemble-Yarrow",
    "Margaret Coln-Whitby", "Rosalind Haresfield-Cope", "Fiona Bibury-Hatch",
    "Derek Ablington-Rowe", "Priya Eastleach-Moss", "Jill Duntisbourne-Reeve",
]
FORBIDDEN_WORDS += CHECK25_NAMES
# Invented names of samples/stories-check26 (its own list).
CHECK26_NAMES = [
    # outlets
    "Agence Colombier", "La Herse percheronne", "Le Boisgencien", "La Feuille de l'Huisne",
    "L'Heure pleine", "Cidre & Poiré", "Le Pavois", "Crinière", "Foulée libre",
    "The Perche Pages", "Lynchgate Wire", "The Severn & Teme Herald", "The Pendlecote Pennant",
    "The Portcullis Times", "The Daily Squeal", "Towpath Notes", "Feather & Fetlock",
    "Hill & Cairn", "School Run Monthly", "Cider Press Weekly",
    # places and things
    "Boisgency-au-Perche", "Pendlecote", "Méranne", "Saint-Lhomer", "Hautes-Fosses",
    "Pilonnière", "Trail des Lanternes", "Ravenshaw Knap", "Farrowgate", "Pendlecote Cut",
    "Quarrydown Orchard", "Chantry Vale School", "Pendlecote Perry and Apple Fair",
    "Marigold Lass",
    # companies and groups
    "Cidrerie Lherminier", "Grupo Lagarejo", "Autocars Guérinel", "Beacon Soaring Club",
    "Severn Waterways Trust", "Pendlecote Harriers", "Syndicat d'eau de la Méranne",
    # people
    "Armelle Fougerolles-Dutertre", "Jean-Baptiste Courtemanche-Lory", "Thibault Lherminier-Gosset",
    "Odile Marchepied-Aunay", "Stéphane Guérinel", "Françoise Lecorneur-Blot",
    "Yannick Bouquerel-Hays", "Gonzague de Préaux-Vallin", "Bernard Loisail-Perrin",
    "Ander Goikoetxea-Marín", "Clive Ombersley-Hart", "Gavin Hanley-Croft",
    "Lewis Birtsmorton-Pryce", "Tom Eckington-Voss", "Sandra Kempsey-Noakes",
    "Neil Wichenford-Platt", "Philippa Hallam-Byrne", "Helen Callow-Stanway",
]
FORBIDDEN_WORDS += CHECK26_NAMES
# Invented names of samples/stories-check27 (its own list).
CHECK27_NAMES = [
    # outlets
    "Agence Sittelle", "La Brande", "Le Vaulmeyracois", "Le Bulletin des Mille Sources",
    "La Grand-Voile", "Le Lutrin", "Aubier", "La Sacoche", "Fête & Foule", "The Millevaches Post",
    "Holloway Wire", "The Trowbarrow Bellman", "The Exmoor & Quantock Courier",
    "The Steadfast Times", "The Daily Bray", "Branch Line Notes", "Hoof & Heather",
    "Minibus Matters", "Sawdust & Grain", "Spoke & Chain",
    # places and things
    "Vaulmeyrac", "Trowbarrow", "Sourdanne", "Gorsolle", "Croix-Blanche", "Chabrignac",
    "Ronde des Mille Sources", "fête des Myrtilles", "Pennycott Curve", "Hawkridge Halt",
    "Sheercombe", "Withycombe Common", "camping des Bruyères",
    # companies and groups
    "Scierie Peyrissac", "Kuusikko Timber", "Transports Lachaud-Ribière",
    "Brockwell Riding Stables", "Trowbarrow & Barle Valley Railway", "Trowbarrow Wheelers",
    "Trowbarrow Walkers",
    # people
    "Fabrice Peyrissac-Lanot", "Solange Mazeyrie-Brudieux", "Aurélien Chassagnac-Veyssière",
    "Honorine Bournazel-Faye", "Ludovic Lachaud", "Yvon Cheyroux-Malaval",
    "Aino Lehtovaara-Kivi", "Maëlys Bordas", "Pascale Ventadour-Roux", "Martin Selworthy-Crane",
    "Dan Wiveliscombe-Hurst", "Alison Cutcombe-Ryder", "Gillian Wootton-Hayes",
    "Janet Exford-Malin", "Sam Timberscombe-Ashe",
]
FORBIDDEN_WORDS += CHECK27_NAMES
# Invented names of samples/stories-check28 (its own list).
CHECK28_NAMES = [
    # outlets
    "Agence Chocard", "La Draye", "Le Fontclusien", "Le Petit Mélèze", "Le Tocsin",
    "L'Écritoire", "Câble & Pylône", "Truite & Torrent", "Le Trousseau", "Névé",
    "The Queyras Messenger", "Lapwing Wire", "The Welnhithe Crier", "The Isle & Ouse Gazette",
    "The National Courant", "The Daily Ogle", "Shire Hall Notes", "Bed & Board Weekly",
    "Blade & Rink", "Furrow & Fen",
    # places and things
    "Fontcluse", "Welnhithe", "Mélézine", "Aupillon", "Pré-Clos", "Lauzière", "Bouquetin Blanc",
    "carnaval des Sonnailles", "Cobble Drove", "Old Wenney", "Scallow End", "Skerrow",
    "Wennel Washes", "Washes Fair", "Sallowholt Farm",
    # companies and groups
    "Fontcluse Neige", "Valsecca", "Gostelow Coaches", "Welnhithe Academy",
    "Welnhithe and Scallow Internal Drainage Board", "Welnhithe Fen Skating Club",
    "Friends of Welnhithe Library",
    # people
    "Ghislaine Roustan-Eymard", "Thierry Barnéoud-Fine", "Patrice Chabrand-Rey",
    "Régine Faure-Vallonne", "Gérard Richaud-Combe", "Mathis Blanc-Garcin",
    "Anaïs Jouve-Pellegrin", "Lorenzo Bertolino-Sesia", "Lætitia Arnaud-Sigaud",
    "Hazel Drewitt-Sowerby", "Percy Moulton-Gedge", "Rosamund Fordham-Leys", "Owen Tydd-Marsham",
    "Nigel Haddenham-Pryor", "Brenda Coveney-Hale", "Barry Outwell-Teague", "Craig Pidley",
    "Ruth Elsworth",
]
FORBIDDEN_WORDS += CHECK28_NAMES
# Invented names of samples/stories-check29 (its own list).
CHECK29_NAMES = [
    # outlets
    "Agence Brocard", "La Hêtraie", "Le Vennecois", "La Rainette", "Le Heurtoir", "Sciure & Grume",
    "Le Buvard", "Gaule & Fario", "Traque & Battue", "Le Cartable", "Merlin Wire",
    "The Thrapwell Tattler", "The Oakham & Vale Echo", "The Sologne Herald", "The Sovereign Post",
    "The Daily Guff", "Parish Pump Review", "Churn & Curd", "Night Shift Health", "Span & Arch",
    # places and things
    "Vennecy-en-Sologne", "Vennecy", "Thrapwell", "étang du Pommoy", "Pommoy", "Rouillère",
    "Sallow Brook", "Tallowford Bridge", "Tallowford", "Memorial Hospital", "Save Our Memorial",
    # companies and groups
    "Scierie Brizet", "Kesby Creamery", "Thrapwell and Vale Health Trust",
    # people
    "Odile Charbonnat-Lazare", "Bastien Perraudin-Sivry", "Jean-Yves Brizet-Lormes",
    "Armand Guillemot-Vaux", "Régis Tamisier-Bouhy", "Hubert Dampierre-Sauzay",
    "Clémence Rabouin-Mézy", "Moira Abbeydore-Slade", "Graham Abbeydore-Slade",
    "Trevor Hallingford-Bayne", "Duncan Mordiford-Lee", "Ellis Pendlebrook",
    "Gwen Arrowsmith-Deakin", "Lorna Cottesby-Fry", "Martin Glaston-Reeve", "Diane Morcott-Heald",
    "Ruth Kilthorpe-Ames", "Simon Barrowden-Hythe", "Peter Langham-Wise",
]
FORBIDDEN_WORDS += CHECK29_NAMES
# Invented names of this corpus (outlets, places, people, companies, things).
OWN_NAMES = [
    # outlets
    "Agence Véronne", "Le Vaucressien", "La Sabotière", "Le Mirador", "Caillé & Croûte",
    "Le Porte-Plume", "Bitume & Borne", "Le Tableau Noir", "La Haie Vive", "Toison & Houlette",
    "Curlew Wire", "The Abercleddy Bell", "The West Wales Beacon", "The Albion Ledger",
    "The Daily Gobble", "Town Hall Gallery", "Ferry & Quay", "Chalkface Weekly", "Foldyard",
    "Sandbag Review",
    # places and things
    "Vaucressy", "Crolière", "Saint-Médard", "rue du Calvaire", "Abercleddy", "Afon Cleddy",
    "Quay Street", "Llanhowel", "Memorial Institute", "Kittiwake Star", "Crolier",
    # companies and groups
    "Fromagerie Haudrecourt", "Abercleddy Harbour Trust", "Keep Abercleddy School",
    "Harbour First",
    # people
    "Josiane Vermandel-Hocquet", "Fabrice Lenglart-Moyet", "Hugues Haudrecourt-Delval",
    "Aurélien Caudron-Nivelle", "Karine Boutteville-Sarrazin", "Dominique Fourdrain-Lesage",
    "Romain Lefrancq-Dutoit", "Owain Pendinas-Lloyd", "Rhodri Cawdor-Evans",
    "Bethan Trefgarne-Hughes", "Siân Penrhos-Mathias", "Gareth Llewellin-Rees",
    "Huw Carnedd-Wyatt", "Megan Cilgwyn-Harries", "Dai Morfa-Phillips", "Eleri Rhosgoch-Bevan",
    "Nia Cwmderwen-Price", "Tomos Garnwen-Ellis", "Glyn Trewent-Bowen",
]
# The syndicated near-copy: Curlew Wire's dispatch on the grounding at Abercleddy, reprinted by
# The West Wales Beacon (credit kept, new headline, the last paragraph cut, one paragraph extended).
SYNDICATED = [("c30-en-curlew-coaster-aground", "c30-en-beacon-coaster-reprint")]
# The Abercleddy Bell relays Le Vaucressien's report that the road had not been salted.
RELAYED = [("c30-fr-vaucressien-car-scolaire", "c30-en-bell-bus-ice")]
# A claim whose first occurrence (in date order) sits in the lede, the first paragraph of the text.
LEDE = [("c30-fr-vaucressien-car-scolaire", "road-not-salted")]
# Claims stated in a headline (the whole title is the span, offset 0).
TITLE_CLAIMS = [("c30-en-gobble-wolf-headline", "wolf-known-since-october"),
                ("c30-fr-toison-loup-question", "wolf-known-since-october"),
                ("c30-en-sandbag-pump-question", "flood-pump-broken")]
# The pairs above name articles without their date-order number (-nn), resolved below.
# Stories that must be carried in both languages (the others are single-language on purpose).
MIN_BILINGUAL_STORIES = 11
# Paraphrase rule: two occurrences of one claim may not share a run of this many words.
MAX_SHARED_RUN = 5
# No run of this many words may be taken from a sibling corpus.
COPY_RUN = 10
errors = []


def err(msg):
    errors.append(msg)


def fold(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\(.*?\)", "", s)
    s = re.sub(r"^(the|le|la|les|l')\s*", "", s.strip())
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


articles = []
with open(HERE / "corpus.jsonl", encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            a = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"corpus line {n}: bad JSON ({e})")
            continue
        if set(a) != KEYS:
            err(f"corpus line {n}: keys {sorted(a)} != {sorted(KEYS)}")
        articles.append(a)

ids = [a.get("id") for a in articles]
for i, c in Counter(ids).items():
    if c > 1:
        err(f"duplicate article id {i}")
by_id = {a["id"]: a for a in articles if "id" in a}


def resolve(base):
    """The full id (base + "-nn") of the article whose id without its number is `base`."""
    hits = [i for i in by_id if re.fullmatch(re.escape(base) + r"-\d\d", i)]
    if len(hits) != 1:
        err(f"no unique article for {base!r} ({hits})")
        return base
    return hits[0]


SYNDICATED = [(resolve(x), resolve(y)) for x, y in SYNDICATED]
RELAYED = [(resolve(x), resolve(y)) for x, y in RELAYED]
LEDE = [(resolve(x), c) for x, c in LEDE]
TITLE_CLAIMS = [(resolve(x), c) for x, c in TITLE_CLAIMS]

sibling_texts = {}
sibling_outlets = set(FORBIDDEN_OUTLETS)
# Every other samples/stories* folder with a corpus counts as a sibling too.
for extra_dir in sorted(SAMPLES.glob("stories*")):
    if (extra_dir.name not in SIBLINGS and extra_dir.resolve() != HERE
            and (extra_dir / "corpus.jsonl").exists()):
        SIBLINGS.append(extra_dir.name)
for sib in SIBLINGS:
    path = SAMPLES / sib / "corpus.jsonl"
    if not path.exists():
        err(f"sibling corpus {path} is missing")
        continue
    chunks = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            s = json.loads(line)
            sibling_outlets.add(s["outlet"])
            chunks.append(s["outlet"] + "\n" + s["title"] + "\n" + s["text"])
    for extra in ("gold.json", "README.md"):
        if (SAMPLES / sib / extra).exists():
            chunks.append((SAMPLES / sib / extra).read_text(encoding="utf-8"))
    sibling_texts[sib] = "\n".join(chunks)


def has_name(name, text):
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


own_text = "\n".join(a.get("outlet", "") + "\n" + a.get("title", "") + "\n" + a.get("text", "")
                     for a in articles)
for name in OWN_NAMES:
    if not has_name(name, own_text):
        err(f"OWN_NAMES entry {name!r} does not occur in this corpus")
    for sib, text in sibling_texts.items():
        if has_name(name, text):
            err(f"name {name!r} of this corpus also occurs in samples/{sib}")

forbidden = {fold(o) for o in sibling_outlets}
for a in articles:
    if fold(a.get("outlet", "")) in forbidden:
        err(f"{a['id']}: outlet {a['outlet']!r} is reused from samples/")
    if not re.fullmatch(r"https://[a-z0-9-]+\.example/[\w-]+", a.get("url", "")):
        err(f"{a['id']}: url {a.get('url')!r} not on a .example domain")
    if not re.fullmatch(r"202[67]-\d\d-\d\d", a.get("published", "")):
        err(f"{a['id']}: bad date {a.get('published')!r}")
    if a.get("language") not in ("fr", "en"):
        err(f"{a['id']}: bad language {a.get('language')!r}")
    full = a.get("title", "") + "\n\n" + a.get("text", "")
    for w in FORBIDDEN_WORDS + sorted(sibling_outlets):
        if has_name(w, full):
            err(f"{a['id']}: contains name {w!r} from samples/")
    nw = len(a.get("text", "").split())
    if not 150 <= nw <= 500:
        err(f"{a['id']}: {nw} words, outside 150-500")

gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
if set(gold) != {"stories", "claims", "near_misses"}:
    err(f"gold keys {sorted(gold)}")

seen = Counter()
for sid, s in gold["stories"].items():
    if set(s) != {"label", "articles"}:
        err(f"story {sid}: keys {sorted(s)}")
    for aid in s["articles"]:
        seen[aid] += 1
        if aid not in by_id:
            err(f"story {sid}: unknown article {aid}")
for aid in by_id:
    if seen[aid] != 1:
        err(f"article {aid} is in {seen[aid]} gold stories (must be exactly 1)")
story_of = {aid: sid for sid, s in gold["stories"].items() for aid in s["articles"]}


def tokens(text):
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


def runs(text, n):
    w = tokens(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def count_in(aid, text):
    a = by_id.get(aid)
    if a is None:
        return -1
    return (a["title"] + "\n\n" + a["text"]).count(text)


offsets_ok = 0


def check_offset(aid, text, what):
    """The span's character offset in title + "\n\n" + text: unique, and the slice there is the span."""
    global offsets_ok
    a = by_id.get(aid)
    if a is None:
        return
    full = a["title"] + "\n\n" + a["text"]
    start = full.find(text)
    if start < 0 or full.find(text, start + 1) >= 0 or full[start:start + len(text)] != text:
        err(f"{what} in {aid}: no unique character offset")
        return
    # A gold span is a whole sentence (or sentences): it starts a sentence and ends one.
    before = full[:start].rstrip(" ")
    if before and before[-1] not in ".!?»\"”\n":
        err(f"{what} in {aid}: span at offset {start} does not start a sentence")
    if text.rstrip()[-1] not in ".!?»\"”" and not (start == 0 and text == a["title"]):
        err(f"{what} in {aid}: span at offset {start} does not end a sentence")
    offsets_ok += 1


n_occ = 0
kinds = Counter()
hedged = 0
cross_lang = 0
fr_en_pairs = 0
other_lang = 0
multi_story = 0
for cid, c in gold["claims"].items():
    if set(c) != {"label", "occurrences"}:
        err(f"claim {cid}: keys {sorted(c)}")
    langs, stories, arts = set(), set(), set()
    for o in c["occurrences"]:
        n_occ += 1
        if set(o) != {"article", "text", "kind", "hedged", "source"}:
            err(f"claim {cid}: occurrence keys {sorted(o)}")
        k = count_in(o["article"], o["text"])
        check_offset(o["article"], o["text"], f"claim {cid}")
        if k != 1:
            err(f"claim {cid}: text found {k} times in {o['article']}: {o['text'][:60]!r}")
        if o["kind"] not in ("attributed", "unsourced"):
            err(f"claim {cid}: bad kind {o['kind']!r}")
        if o["kind"] == "unsourced" and o["source"]:
            err(f"claim {cid}: unsourced occurrence with a source in {o['article']}")
        if o["source"] and o["article"] in by_id and o["source"] not in by_id[o["article"]]["text"]:
            err(f"claim {cid}: source {o['source']!r} not in {o['article']}")
        if not isinstance(o["hedged"], bool):
            err(f"claim {cid}: hedged must be a boolean")
        kinds[o["kind"]] += 1
        hedged += o["hedged"]
        if o["article"] in by_id:
            langs.add(by_id[o["article"]]["language"])
            stories.add(story_of.get(o["article"]))
            arts.add(o["article"])
    if not 3 <= len(arts) <= 8 or not 3 <= len(c["occurrences"]) <= 8:
        err(f"claim {cid}: {len(c['occurrences'])} occurrences in {len(arts)} articles (want 3-8)")
    occ = c["occurrences"]
    for i in range(len(occ)):
        for j in range(i + 1, len(occ)):
            shared = runs(occ[i]["text"], MAX_SHARED_RUN) & runs(occ[j]["text"], MAX_SHARED_RUN)
            if shared:
                err(f"claim {cid}: occurrences in {occ[i]['article']} and {occ[j]['article']} "
                    f"share the words {' '.join(sorted(shared)[0])!r} (paraphrase only)")
    cross_lang += len(langs) == 2
    ol = [by_id[o["article"]]["language"] for o in occ if o["article"] in by_id]
    fr_en_pairs += ol.count("fr") * ol.count("en")
    other_lang += sum(1 for x in ol if ol and x != ol[0])
    multi_story += len(stories) >= 2
    print(f"  claim {cid}: {len(c['occurrences'])} occurrences, {len(arts)} articles, "
          f"languages {'/'.join(sorted(langs))}, {len(stories)} stories")

for nm in gold["near_misses"]:
    if set(nm) != {"article", "text", "close_to"}:
        err(f"near miss keys {sorted(nm)}")
    check_offset(nm["article"], nm["text"], f"near miss of {nm['close_to']}")
    if count_in(nm["article"], nm["text"]) != 1:
        err(f"near miss not found exactly once in {nm['article']}: {nm['text'][:60]!r}")
    if nm["close_to"] not in gold["claims"]:
        err(f"near miss close_to unknown claim {nm['close_to']}")
    for c in gold["claims"].values():
        for o in c["occurrences"]:
            if o["article"] == nm["article"] and (o["text"] in nm["text"] or nm["text"] in o["text"]):
                err(f"near miss overlaps an occurrence in {nm['article']}")

langs = Counter(a["language"] for a in articles)
words = [len(a["text"].split()) for a in articles]
outlets = {fold(a["outlet"]) for a in articles}
sizes = sorted((len(s["articles"]) for s in gold["stories"].values()), reverse=True)
singles = sum(1 for n in sizes if n == 1)
dates = sorted(a["published"] for a in articles)
bilingual = 0
for sid, s in gold["stories"].items():
    ls = {by_id[x]["language"] for x in s["articles"] if x in by_id}
    bilingual += len(s["articles"]) > 1 and len(ls) == 2
if bilingual < MIN_BILINGUAL_STORIES:
    err(f"only {bilingual} multi-article stories in both languages (want {MIN_BILINGUAL_STORIES})")
print(f"multi-article stories in both languages: {bilingual}")
# Claims stated in a headline: the occurrence is the whole title.
for aid, cid in TITLE_CLAIMS:
    occ = [o for o in gold["claims"].get(cid, {}).get("occurrences", []) if o["article"] == aid]
    if aid not in by_id or not any(o["text"] == by_id[aid]["title"] for o in occ):
        err(f"claim {cid}: no occurrence in {aid} is its headline")
    else:
        print(f"headline: the title of {aid} is an occurrence of {cid}")
questions = sum(1 for c in gold["claims"].values() for o in c["occurrences"] if o["text"].rstrip().endswith("?"))
print(f"occurrences put as a question: {questions}")
if questions < 2:
    err("want at least 2 claim occurrences put as a question")

for x, y in SYNDICATED:
    if x in by_id and y in by_id:
        r = difflib.SequenceMatcher(None, by_id[x]["text"].split(), by_id[y]["text"].split()).ratio()
        print(f"syndicated copy {y} of {x}: word similarity {r:.2f}")
        if not 0.85 <= r < 1.0 or by_id[x]["title"] == by_id[y]["title"] or by_id[x]["outlet"] == by_id[y]["outlet"]:
            err(f"{y} is not a slightly edited copy of {x} by another outlet (similarity {r:.2f})")
        if story_of.get(x) != story_of.get(y):
            err(f"syndicated pair {x} / {y} is split across stories")
# The relay: an outlet reporting another outlet's revelation, naming it (same story).
for src_id, relay_id in RELAYED:
    if src_id in by_id and relay_id in by_id:
        if by_id[src_id]["outlet"] not in by_id[relay_id]["text"]:
            err(f"{relay_id} does not name {by_id[src_id]['outlet']!r}, whose report it relays")
        if story_of.get(src_id) != story_of.get(relay_id) or by_id[src_id]["language"] == by_id[relay_id]["language"]:
            err(f"relay pair {src_id} / {relay_id} split across stories or in one language")
        print(f"relay: {relay_id} relays {by_id[src_id]['outlet']} ({src_id})")
    else:
        err(f"relay pair {src_id} / {relay_id} not in the corpus")
for aid, cid in LEDE:
    occ = [o for o in gold["claims"].get(cid, {}).get("occurrences", [])]
    first = min(occ, key=lambda o: by_id[o["article"]]["published"]) if occ else None
    if first is None or first["article"] != aid:
        err(f"claim {cid}: first occurrence is not in {aid}")
    elif aid in by_id and first["text"] not in by_id[aid]["text"].split("\n\n")[0]:
        err(f"claim {cid}: occurrence in {aid} is not in the lede")
    else:
        print(f"lede: the first occurrence of {cid} opens {aid}")
pairs = set(SYNDICATED)
for i, a in enumerate(articles):
    for b in articles[i + 1:]:
        if (a["id"], b["id"]) in pairs or (b["id"], a["id"]) in pairs or a["language"] != b["language"]:
            continue
        sm = difflib.SequenceMatcher(None, a["text"].split(), b["text"].split())
        if sm.quick_ratio() > 0.5 and sm.ratio() > 0.5:
            err(f"{a['id']} and {b['id']} are too similar ({sm.ratio():.2f}) and not declared")
spans = []
for sid, s in gold["stories"].items():
    ds = sorted(by_id[x]["published"] for x in s["articles"] if x in by_id)
    if len(ds) > 1:
        d = (datetime.date.fromisoformat(ds[-1]) - datetime.date.fromisoformat(ds[0])).days
        spans.append(d)
        if d > 16:
            err(f"story {sid}: spread over {d} days (more than 16)")
print(f"multi-article stories spread over {sorted(spans)} days")

print(f"articles: {len(articles)} ({langs['fr']} fr, {langs['en']} en), "
      f"{min(words)}-{max(words)} words, dates {dates[0]} - {dates[-1]}")
print(f"outlets: {len(outlets)}")
print(f"stories: {len(sizes)} ({len(sizes) - singles} multi-article, sizes "
      f"{[n for n in sizes if n > 1]}; {singles} singletons)")
print(f"claims: {len(gold['claims'])}, occurrences: {n_occ} ({kinds['attributed']} attributed, "
      f"{kinds['unsourced']} unsourced, {hedged} hedged); cross-language claims: {cross_lang}; "
      f"claims in 2+ stories: {multi_story}")
print(f"cross-language occurrences: {other_lang} in the other language than the claim's first "
      f"occurrence (in gold order); {fr_en_pairs} French-English occurrence pairs")
print(f"near misses: {len(gold['near_misses'])}")
print(f"character offsets verified: {offsets_ok} spans (claim occurrences and near misses)")
# No sentence taken from a sibling corpus: no run of COPY_RUN words in common.
sibling_runs = set()
for text in sibling_texts.values():
    sibling_runs |= runs(text, COPY_RUN)
for a in articles:
    common = runs(a["title"] + "\n\n" + a["text"], COPY_RUN) & sibling_runs
    if common:
        err(f"{a['id']}: shares {' '.join(sorted(common)[0])!r} with a sibling corpus")
print(f"paraphrase rule: no {MAX_SHARED_RUN}-word run shared within a claim; "
      f"copy rule: no {COPY_RUN}-word run shared with {len(sibling_texts)} sibling corpora")

if cross_lang < 6:
    err("fewer than 6 cross-language claims")
if multi_story < 3:
    err("fewer than 3 claims recurring in two stories")
if not 6 <= len(gold["claims"]) <= 10 or n_occ < 20:
    err("want 6-10 claims and at least 20 occurrences")
if len(gold["near_misses"]) < 8:
    err("want at least 8 near misses")
if not 40 <= len(articles) <= 48:
    err(f"{len(articles)} articles (want 40-48)")
if len(outlets) < 20:
    err(f"{len(outlets)} outlets (want 20 or more)")
if abs(langs["fr"] - langs["en"]) > 4:
    err("languages unbalanced")
if not 12 <= len(sizes) - singles <= 16:
    err(f"{len(sizes) - singles} multi-article stories (want 12-16)")
if not 6 <= singles <= 8:
    err(f"{singles} singletons (want 6-8)")
if not any(8 <= d <= 15 for d in spans):
    err("no story followed over 8-15 days")
d0, d1 = dates[0], dates[-1]
if not 35 <= (datetime.date.fromisoformat(d1) - datetime.date.fromisoformat(d0)).days <= 49:
    err(f"dates {d0} - {d1} do not cover about six weeks")
if kinds["unsourced"] < 3 or kinds["attributed"] < 3 or hedged < 3 or n_occ - hedged < 3:
    err("want at least 3 attributed, 3 unsourced, 3 hedged and 3 unhedged occurrences")
if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
