#!/usr/bin/env python3
"""Consistency check of the thirty-second fictional held-out fact-check set (factchecks-heldout31).

Run from anywhere: ``python3 check.py`` in this folder. Standard library only.
Prints the counts and exits non-zero on any problem.

Adapted from the check.py of samples/factchecks-heldout30 (itself adapted from heldout29's). Checks: every line of memory/reviews.jsonl
parses and carries the fields the README announces; review URLs are unique and fictional; each
checker has one language and its wordings and rating values follow the scale of the README; the
ratings cover the five common values; no date lies after 2026-12-08 (the day the set was written:
the importer refuses future dates); articles parse, have the expected fields and are 250-600 words;
every gold text is found verbatim exactly once in ``title + "\n\n" + text`` of its article, and
its ``start``/``end`` character offsets point at exactly that text; it never contains the review's
own wording and shares no run of five words with it; every gold review URL names a review of the
memory; ``cross_language`` agrees with the languages; no-claim articles have no link or near-miss;
no name of samples/factchecks and its thirty held-out sets (-heldout to -heldout30) is reused (a
fixed list of their names searched here, plus the topic words of factchecks-heldout4 to -heldout30
as whole words), and no invented name or topic word of this set occurs in those thirty-one folders
(searched in the samples/ folder next to this one, or /work/main/samples when this folder sits
outside the repository; all thirty-one must be present); no article and no claim shares a run of ten
words with those folders (no copied sentence; runs of eight words are counted and reported too);
every claim article is published after the reviews it states; the counts are met.
"""

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEM = HERE / "memory"
SAMPLES = HERE.parent  # the samples/ folder this one sits in
SAMPLES_DEFAULT = Path("/work/main/samples")  # where it was written, outside the repository
if not (SAMPLES / "factchecks").is_dir():
    SAMPLES = SAMPLES_DEFAULT
SIBLINGS = tuple(SAMPLES / n for n in ("factchecks", "factchecks-heldout", "factchecks-heldout2", "factchecks-heldout3",
                                      "factchecks-heldout4", "factchecks-heldout5", "factchecks-heldout6",
                                      "factchecks-heldout7", "factchecks-heldout8", "factchecks-heldout9",
                                      "factchecks-heldout10", "factchecks-heldout11",
                                      "factchecks-heldout12", "factchecks-heldout13",
                                      "factchecks-heldout14", "factchecks-heldout15",
                                      "factchecks-heldout16", "factchecks-heldout17",
                                      "factchecks-heldout18", "factchecks-heldout19",
                                      "factchecks-heldout20", "factchecks-heldout21",
                                      "factchecks-heldout22", "factchecks-heldout23",
                                      "factchecks-heldout24", "factchecks-heldout25",
                                      "factchecks-heldout26", "factchecks-heldout27",
                                      "factchecks-heldout28", "factchecks-heldout29",
                                      "factchecks-heldout30"))
problems: list[str] = []
RUN = 10  # no run of this many words may be shared with an earlier set
copied_runs: dict = {}

# invented names of the thirty earlier sets that must not appear here
FORBIDDEN = (
    # samples/factchecks
    "Vireva", "Valdrôme", "Port-Ventel", "ventelois", "Kastrel", "Velmora", "Harrowmouth", "Northmoor", "Primavel",
    "Grippax", "Brightbasket", "Aldermoor", "Solvik", "Drevna", "Vérifié.net", "Œil du Vrai", "Contre-Vérité",
    "FactLantern", "Claimwatch", "Northgate", "Checkpoint Sud",
    # samples/factchecks-heldout
    "Le Tamis", "Démêlé", "Truthbeam", "Ledgerline", "Orvanne", "Castelbrune", "Sainte-Aulne", "Wexcombe",
    "Glenhollow", "Sorbière", "Brûlades", "Caddon", "Dalmirra", "Terevo", "Tétravonil", "Corvexin", "Morrow fever",
    "Banque Oriel", "Ashgrove", "Tutorix", "Presse Continentale", "Cri du Terroir", "Midi Finance", "Flambeau du Sud",
    "Contrepoint Libre", "Continental Wire", "City Ledger", "Medline", "Plain Truth Post", "Millbeck",
    # samples/factchecks-heldout2
    "Au Crible", "Vérimètre", "Plumbline", "Sifting Room", "Valsène", "Hebdo Horizon", "Tocsin des Campagnes",
    "Voix de Lauvézac", "Agence Méridienne", "Northstar Wire", "Weekly Compass", "Kellsborough", "Harlstead",
    "Candid Citizen", "Lescaure", "Saint-Jorvan", "Aubrevent", "Vernaude", "col de la Sèdre", "Lauvézac",
    "Ardoisières", "Ardoisia", "Serrebrune", "Lanvéric", "Valmorin", "Vauclérac", "Quénavel", "Port-Davézan",
    "Oxwold", "Saltmarsh", "Burnstow", "Quenbury", "Fenwell", "fièvre ambrée", "amber fever", "Solvane", "Dorlac",
    "Chirpa", "Northern Games", "Jeux du Nord", "Vigi-Conso", "Pélissier", "Cazalis", "Soulié", "Varoquier",
    "Roscoe", "Qadir", "Loubet", "Tallis", "Skelwith", "Berthelin", "Dreux", "Marcou", "Ydier", "Felling",
    "Le Duff", "Castagnède", "Roumagnac", "Esquirol", "Ferradou", "Lacassagne", "Malbosc", "Ellery", "Marchbank",
    "Okonedo", "Draycott", "Brightwell",
    # samples/factchecks-heldout3
    "Étamine", "Le Sextant", "Touchstone", "Fairweigh", "Courrier de Mornessac", "Verdanne Infos", "Réveil des Cimes",
    "Midi Lagunes", "Agence Littorale de Presse", "Cahier des Arts", "Ketterby Advertiser", "Tarnbridge Mercury",
    "Stubborn Pen", "Classroom Bulletin", "Fellside Times", "Crossway", "Mornessac", "Calorys", "Verdanne",
    "Aubertin", "Sévrine", "Val-Cendre", "Caronnet", "Saumarède", "Lhermas", "Grau-Vieux", "Ketterby", "Hensworth",
    "Corrow", "Tarnbridge", "Dunmoss", "Netherby", "Brantmoor", "Helixcore", "Pendlecote", "Wraxby", "Hollinsfold",
    "Castillac", "Ferrandier", "Marbaud", "Lavandière au héron", "Upper Dale", "Lou Castanhal",
    "Vachier", "Rastouil", "Fontanier", "Sarrazac", "Pradalès", "Larrouy", "Pennock", "Threlfall", "Deborah Ince",
    "Mallinder", "Harwick", "Landsworth", "Farrant", "Boissonnade", "Mossop", "Delpuech", "Hurlock", "Quercy",
    "Morvillers", "Castaing", "Ortolan", "Fourcroy", "Aymerich", "Tranter", "Combaluzier", "Teyssèdre", "Esparron",
    "Oldroyd", "Thwaite", "Brierley",
    # samples/factchecks-heldout4
    "Contre-Jour", "Faits & Gestes", "faitsetgestes", "Keelwise", "Tallymark",
    "Voix de l'Ourdèze", "Éveil de Montévrac", "Gazette du Causse Blanc", "Vaudrenne Matin", "Journal des Aires",
    "Agence Rose des Vents", "Pellingford Observer", "Quarnby & District Echo", "Ottersby Clarion", "Westrey Tidings",
    "Eastholme Evening Star", "Cobalt Wire",
    "Ourdèze", "Sauvagnac", "Truitelle", "Montévrac", "Tanneurs", "Vernède", "Sarrigues", "Vaudrenne", "Grand-Pré",
    "Aurignan", "Carreiron", "Bastide Neuve", "Pellingford", "Kiln Row", "Fallowmere", "Quarnby", "Hob Lane",
    "Eastholme", "Mill Green", "Ottersby", "Brigg Road", "Calder Park", "Westrey", "Harbourline", "Ourdèze Vivante",
    "Des racines, pas des rails", "Sarrigues Gourmand", "Vaudrenne en colère", "Aurignan Patrimoine",
    "Pellingford Matters", "Quarnby Alerts", "Eastholme Harriers", "Ottersby Uncovered", "Save Westrey Pier",
    "Gaubert", "Coustès", "Vialaret", "Moustier", "Ferrière", "Lafarguette", "Couderc", "Rouquayrol", "Marcenac",
    "Sicardon", "Pellegrin", "Baudéan", "Taverner", "Coldicott", "Aldersey", "Tamsin", "Lathwell", "Pask",
    "Chloe Marsden", "Ibrahim Salko", "Keaveney", "Bhattacharjee", "Hepworth", "Lee Marchant", "Dale Rudge",
    "Martin Coyle", "Trelawny", "Auzolle", "Los Cabridets", "Ramondenc", "Mourgues", "Dewsbury", "McAvoy",
    "Harry Fenton", "Geoff Ainsworth", "pinboard-x", "townforum", "photogram", "streamly",
    # samples/factchecks-heldout5
    "Équerre", "Pièce à Conviction", "pieceaconviction", "Dipstick", "Sounding Line", "soundingline",
    "Semeur de Lhérissac", "Bonnefons Hebdo", "Lanterne de Mazérac", "Phare de Kerbrézan", "Agence Trois-Rivières",
    "Larkspur Wire", "Cradlebury Courier", "Dunholt Evening Lamp", "Gullhaven Breeze", "Thornleigh Herald",
    "Fieldnotes Weekly", "Lhérissac", "Pré-Bas", "Ciel Ouvert", "Bonnefons", "Mazérac", "Combettes", "Granulats Vernhes",
    "Sarpoulet", "Auberge du Moulin", "Kerbrézan", "Cradlebury", "Holly & Ivy", "Wenlow", "Thornleigh", "St Ethelred",
    "Dunholt", "Fair Finish", "Keystone Homes", "Gullhaven", "Skyline Leisure", "Tournemire", "Malzieu", "Cabanis",
    "Lagardelle", "Rieutord", "Vernhes", "Lestrade", "Trémeur", "Whitlow", "Rupert Oakley", "Pettifer", "Crowhurst",
    "Oduya", "Brayfield", "Callum Reddin", "Wendy Marlowe", "Mabbott", "Ashdown", "Amelia Frost", "Howard Pell",
    "reelhub", "natterbox", "snapwall", "parishboard",
    # samples/factchecks-heldout6
    "Décortiqué", "decortique", "Grain de Sel", "graindesel", "Whetstone", "Litmus Desk", "litmusdesk",
    "Clairon de Vauréjac", "Tidewell Press Agency", "Terres d'Estive", "Upland Farmer Weekly", "Petit Lascombellois",
    "Pemberridge Post", "Hartsfold Gazette", "Sérignols Matin", "Languedoc Letter", "Cobbleford Chronicle",
    "Agence Quatre-Saisons", "Clapperboard Weekly", "Réverbère de Roquebazel",
    "Vauréjac", "Lascombelle", "Fonsalade", "Puech-Arnal", "Stonecrop", "Pemberridge", "Hartsfold", "Cordwain",
    "St Aldric", "Sérignols", "Pountil", "Cobbleford", "Wendle", "Weir Lane", "Roquebazel", "Mail-Haut", "Hollybank",
    "Ovidane", "Vétorane", "Vauréjac Debout", "Recyclor Garrigues", "Wendle Valley Trust", "Greyfriars Pictures",
    "The Salt Road", "Pennyfold", "Boule sérignolaise", "Moutons sous surveillance", "Paysans libres", "Non à la fusion",
    "Two Villages, Two Voices", "Sérignols Autrement", "Le Vrai Coût du Vélo", "Nature sans filtre",
    "Pierres de Roquebazel", "chinwag", "buzzline",
    "Arnaudet", "Lavergnat", "Sauzet", "Solange Bardou", "Tom Heathcote", "Caussanel", "Salvetat", "Sabatou",
    "Brambling", "Marcillac", "Mike Dunstable", "Derek Mallory", "Roudil", "Gordon Platt", "Helen Ashby",
    "Damon Creel", "Alison Veck", "Escudié", "Teulat", "Aliès", "Combarnous", "Vidalenc", "Montbazin",
    "Jean-Claude Vergnes", "Gwen Tapley", "Ellie Vance",
    # samples/factchecks-heldout7
    "Trébuchet", "trebuchet", "Pèse-Mots", "pesemots", "Spirit Level", "spiritlevel", "Caliper Check", "calipercheck",
    "Vigie de Montaurèze", "Stillmere Wire", "La Bogue", "labogue", "Orchard & Grove Weekly", "Crieur de Brassenac",
    "Backline Monthly", "Écho d'Aiguevive", "Ravensholt Beacon", "Le Cartable", "Elmscar Courier", "Thistlebury Herald",
    "Agence Boussole", "Osterby & Downs Gazette", "Montaurèze", "Arnesque", "Coudoulet", "Sylvépur", "Agrinelle",
    "Valcroze", "Brassenac", "Échos des Granges", "Ardillons", "Aiguevive", "Ravensholt", "Elmscar", "Save Our Book Van",
    "Thistlebury", "Lanterdown", "Osterby", "Corrievale", "Friends of the Horse", "Larnagol", "Voix du Ruisseau",
    "quipline", "gossipr", "Falgayrac", "Peyrusse", "Castanié", "Bouscatel", "Lanusse", "Couzinié", "Baylac",
    "Fenwright", "Gary Tolland", "Sue Hamblin", "Pottinger", "Pauline Gresty", "Gatterley", "Margaret Ambley",
    "Thrushwood", "Odile Cammas", "Garrigou", "Bastien Rouquette", "Fabrègues", "Julien Escande", "Diane Holroyd",
    "Alan Crabtree", "Keith Marwood",
    # samples/factchecks-heldout8
    "Juste Mesure", "justemesure", "Contre-Épreuve", "contre-epreuve", "Crosshatch", "Backsight",
    "Courrier de Sauvelade", "Halyard Wire", "Estafette de Lugagnac", "Crossbench Weekly", "Cresswick Standard",
    "Agence Aiguillage", "Brindlecombe Packet", "Semaine maraîchère", "Trait d'Union d'Aubessan", "Larder & Press",
    "Marlbeck Herald", "Terre Ferme", "Wrenford Bugle", "Gazette des Tilleuls", "Cigale de Vabrezac",
    "Sauvelade", "Sauvelade en alerte", "Montcalvel", "Saint-Ambrun", "Lugagnac", "lotissement des Aiguilles",
    "Cresswick", "Holloway Rise", "Cresswick Warm Homes Action", "Air pur Cresswick", "Brindlecombe", "Lower Tithe Farm",
    "Aubessan", "Bonnes Tables", "Marlbeck", "Marlbeck Moss", "Moor Lane", "Wrenford", "Wrenford Buses", "St Botolph",
    "Vabrezac", "Vabrezac sans piqûres", "quaypost", "chuchoteur", "tubestream", "petitionhub", "bonnestables", "verdeblog",
    "Vidalou", "Escoubès", "Lavernhe", "Cabrillac", "Soubiran", "Germaine Auriol", "Estrabaut", "Campmas", "Carrade",
    "Mathalou", "Oyelaran", "Bernadette Quayle", "Dennis Arkwright", "Priya Holdsworth", "Gwendolyn Pike", "Pomfrey",
    "Sethuraman", "Ghislaine Peyrolles", "Rosalind Tattersall", "Colin Featherstone", "Maisie Doughty",
    "Joan Prendergast", "Montagnol", "Julian Ashcombe", "Gareth Pryce", "Aileen Corrigan", "Clémence Rouanet",
    "Marius Estève", "Dorothy Fairclough", "Steven Colclough", "Margaret Hinchliffe", "Lavaysse", "Nadine Portalès",
    "Laurent Bessière", "Josette Rauzier", "Ollerenshaw", "Yasmin Okafor", "Dave Ruddock",
    # samples/factchecks-heldout9
    "Bon Aloi", "bonaloi", "L'Aune", "laune-verif", "Gimlet", "Tareweight",
    "Grelot de Sermazière", "Ward & Round", "wardandround", "Sallowfield Pennant", "Agence Réticule", "Rigole de Puyvalat",
    "Parapet Review", "Lucarne de Montrigoux", "Mainsail Wire", "Carillon de Roussignac", "Proving Drawer",
    "Pebbleworth Tideline", "Littoraux", "Mascaret d'Arbéluze", "Contrevent", "Quillingham Reporter",
    "Sermazière", "Parents solidaires de Sermazière", "Sermazière Infos", "Paul-Froment", "Sallowfield", "Wheatsheaf",
    "Keep Sallowfield Green", "Lyde Road", "St Anne's Hall", "Puyvalat", "Puyvalat sans verre", "Heliade",
    "Saint-Fulcran", "Montrigoux", "Montrigoux se réveille", "Clos-Fleuri", "Passerelles Sud", "Roussignac",
    "Le pain qui ment", "Lagrèze", "Les Amis du Four", "Pebbleworth", "Pebbleworth Cliff Residents", "Gorse Close",
    "Arbéluze", "Arbéluze à l'année", "Zubiague", "Quillingham", "Lenbrook", "Lenbrook Drainage Board",
    "Quillingham Flood Action", "À Tue-Tête", "papotage", "gatherboard", "clipstack", "tablegrade",
    "Pechméja", "Bouyssou", "Moira Tennant", "Rajesh Collinge", "Serge Gardelle", "Castéran", "Claire Vaysset",
    "Espitalier", "Edna Cottrill", "Peio Etxeberri", "Okwuosa", "Josiane Delbosc", "Mathis Carrère",
    "Marie-Hélène Vergé", "Rességuier", "Laure Fabrié", "Didier Lacombe", "Marcelle Cantagrel", "Samira Haddou",
    "Terry Pratt", "Clive Ormerod", "Valerie Brough", "Howard Lumsden", "Isla Fairbrother", "Malcolm Threadgold",
    "Julie Fontvieille",
    # samples/factchecks-heldout10
    "Bémol", "bemol-verif", "Garde-Fou", "gardefou", "Cross-Grain", "crossgrain", "Square Peg", "squarepeg",
    "Sonneur de Saint-Aurèle", "Fieldfare Monthly", "Cranmoor Sentinel", "Agence Fanal", "La Palombe", "Poultry & Plate",
    "Bramcaster Echo", "Outre-Manche Hebdo", "Courrier de Fontclaire", "Continental Grocer", "Scarrow Islander",
    "Valprune Matin", "Halberd Wire", "Kelder Valley Times", "Traverses",
    "Saint-Aurèle-des-Bois", "Saint-Aurèle en direct", "Lavalade", "CountrysideUncut", "Linnet House", "Cranmoor",
    "Fellgate", "Fellgate Tenants' Voice", "Fellgate Solidarity", "Heron Court", "Actu Monde Direct", "Lembeyrac",
    "Grand-Barail", "Lartigue-Basse", "Landes Alerte Santé", "Bramcaster", "Bramcaster Deserves Better",
    "Bramcaster Watch", "Sheaf Street", "Cooper Lane", "Fontclaire", "Fontclaire debout", "Gaudrel", "Croquelins",
    "Scarrow", "Scarrow Link", "Scarrow Islanders for Fair Fares", "Felsham", "Inchbeg", "Valprune", "Valprune d'abord",
    "Pélisserie", "Parents des Glycines", "Kelder", "Kelderbrook", "Kelderbrook Parkway", "Harnby", "Dunsley",
    "Whinfell", "Save the Kelder Line", "Rail Outre-Manche", "babillard", "yapline", "flickreel", "noticeloop",
    "Coustalat", "Brisbourne", "Hélène Dubarry", "Peyrègne", "Juliette Armengaud", "Sylvie Bernadou", "Émile Gaudrel",
    "Olivier Texier", "Fiona Gilchrist", "Karim Benhaddou", "Bernard Lhomme", "Margaret Owens", "Jean-Pierre Laffitte",
    "Nicolas Labarthe", "Mathieu Cazenave", "Nadia Oumaziz", "Marc Delmas", "Sandra Keighley", "Jordan Pickles",
    "Ewan McLeish", "Ailsa Brennan", "Douglas Ferrie", "Peter Ackroyd",
    # samples/factchecks-heldout11
    "Décodoir", "decodoir", "Rectifié", "rectifie-info", "Hard Count", "hardcount", "Lodestar", "lodestar-facts",
    "Le Cep de Verdaillac", "Cork & Cask Weekly", "corkandcask", "Hallowby Courant", "Le Détroit", "ledetroit-hebdo",
    "Le Veilleur de Castelvieil", "Tessel Wire", "Tollmarsh Register", "Agence Ricochet", "Le Sylvain", "lesylvain",
    "Timber & Bough", "Pellbury Bellman", "Le Guetteur de Montbarral", "Wimbrook Weekly",
    "Verdaillac", "Verdaillac sans filtre", "Tuquets", "Bruzac", "Hallowby", "Hallowby Water", "Skirl", "Skirl Dippers",
    "Mill Stair", "Marley Bridge", "Tenter Row", "Wenby", "Castelvieil", "Castelvieil sans barreaux", "Castelvieillois",
    "Sérac", "Tollmarsh", "Hobb's Wood", "Quiet Skies Tollmarsh", "Eastwold", "Combefroide", "Rouvelle",
    "Forêts en deuil", "Pellbury", "Brookhay", "Brookhay Parents Together", "Montbarral", "Fluorétec", "Ganèse",
    "Eau claire Montbarral", "Wimbrook", "Fix Wimbrook Roads", "Tanner's Hill", "Ashcot",
    "piaillerie", "chatterpost", "reelroll", "ruche-info",
    "Ghislain Marrot", "Odette Carbasse", "Josette Larrieu", "Nell Aspinall", "Régine Fabas", "Thierry Saubion",
    "Gavin Threlkeld", "Aurélien Grosdidier", "Lucie Vautrin", "Rachel Dunnock", "Sabine Ferrat", "Patrice Gaillardou",
    "Barry Stitch",
    # samples/factchecks-heldout12
    "Recoupé", "recoupe.example", "Alambic", "alambic-verif", "Fine Print", "fineprint-checks", "Sightline",
    "sightline-facts",
    "L'Écume de Plouguézec", "lecume-plouguezec", "Shoreward Review", "shorewardreview", "Hatherby Lantern",
    "hatherbylantern", "Le Crampon", "lecrampon", "Le Torrent de l'Arvèze", "letorrent-arveze", "Gannet Wire",
    "gannetwire", "Brennock Evening Record", "brennockrecord", "Agence Girouette", "agence-girouette",
    "Le Tambour de Puylagarde", "letambour-puylagarde", "Hive & Comb Monthly", "hiveandcomb", "Stenbury Chronicle",
    "stenburychronicle", "Le Marin de Port-Sabrine", "lemarin-portsabrine", "Greythorpe Gazette", "greythorpegazette",
    "Jardins & Friches", "jardinsetfriches",
    "Plouguézec", "Porz-Kerlann", "Baie propre Plouguézec", "Plouguézec à marée basse", "Kermorvan", "Lanvern",
    "Beg an Avel", "Hatherby", "Hatherby Rovers", "Ropery", "Rovers Supporters' Trust", "Cradock & Lisle",
    "Lindley Athletic", "Arvèze", "Chaudeval", "Rocher Blanc", "col de Brame", "Ribières", "Pas de l'Ours",
    "Rouvrez l'Arvèze", "Pré-Chaud", "Brennock", "Brennock University", "Brennock College", "Puylagarde", "Pechbrunel",
    "Stenbury", "Larchfield House", "Silverbirch Care Homes", "Justice for Larchfield", "Port-Sabrine",
    "Port-Sabrine en colère", "Cap-Lauzière", "Mireio", "Greythorpe", "Mallow Fields", "Hawthorn Close", "Lark Lane",
    "Rootbound", "Crow Lane", "St Hild's Primary", "Elm Lodge",
    "jacasse", "blabbr", "clipcast", "forumville",
    "Stuart Kilbane", "Dean Oakshott", "Lewis Mabry", "Mireille Ribaute", "Hervé Castagnol", "Alison Threapwood",
    "Priyanka Osei", "Jean-Marc Daubèze", "Corinne Sabathé", "Janet Crossley", "Tom Adeyemi", "Lionel Aragou",
    "Marcel Tixador", "Sandra Wetherall", "Goulven Trébaol", "Erwan Penhoat", "Théo Bessonnat", "Josiane Vergnol",
    "Antoine Ravanel", "Gilbert Roux", "Frank Dolloway", "Maureen Scholey", "Ruby Akande", "Derek Holme",
    "Gwen Carradine", "Chloe Barraclough", "Amira Haddad", "Lorna Pickup",

    # samples/factchecks-heldout13
    "Contre-Pied", "contrepied-verif", "Tire-Ligne", "tire-ligne.example", "Fathomline", "Cairnmark", "cairnmark-facts",
    "La Herse d'Hardencourt", "laherse-hardencourt", "Le Silex de Marsalès", "lesilex-marsales", "Le Sonnailler",
    "lesonnailler", "Le Piolet de Sarvanne", "lepiolet-sarvanne", "Agence Balise", "agence-balise", "Mousse & Houblon",
    "mousseethoublon", "Terres & Troupeaux", "terresettroupeaux", "Corncrake Wire", "corncrakewire", "Flint & Ochre",
    "flintandochre", "Crag & Col Monthly", "cragandcol", "Tregarrow Packet", "tregarrowpacket", "Stourleigh Weekly Post",
    "stourleighpost", "Hurlstone Messenger", "hurlstonemessenger", "Pinchbury Recorder", "pinchburyrecorder",
    "Hardencourt", "Valembert", "Bréancourt", "Marsalès", "Tessonne", "Sauvons la Tessonne", "Aspéroles", "Cap de Bouc",
    "Sarvanne", "Pointe Vieille", "Aiguillettes", "Col Rouge", "Course des Crêtes", "Tregarrow", "Polwenna", "Carn Du",
    "Coastal Lifeboat Association", "Pegden", "Stourleigh", "Harlan Ridge", "Wharf Street", "Drayman's Rest",
    "Canal Lane", "Hurlstone", "Badger Watch", "Pinchbury", "Northway Bank", "Holme Mutual", "Sheep Street",
    "palabre", "bavardo", "quillfeed", "kestrelcast",
    "Martine Delepierre", "Hubert Caudron", "Sébastien Wattebled", "Aurélie Mazeyrie", "Jean-Paul Lascoux",
    "Yannick Bourdeix", "Baptiste Estaque", "Clara Maurette", "Quentin Perrollaz", "Élodie Tairraz", "Denis Ravanat",
    "Keir Trenoweth", "Jory Penhallow", "Morwenna Carne", "Neil Hebblewhite", "Frank Meakin", "Sandra Whitmore",
    "Roger Tapscott", "Imogen Reddaway", "Angela Dimmock", "Graham Toller", "Edith Mabey",

    # samples/factchecks-heldout14
    "Au Pied de la Lettre", "aupieddelalettre", "La Sonde", "lasonde-verif", "Trigpoint", "Checkrail", "checkrail-facts",
    "Le Parqueur", "leparqueur-lorbeille", "La Draille de Lestrival", "ladraille-lestrival", "Le Lutrin de Vaulcourt",
    "lelutrin-vaulcourt", "Le Charivari de Puyrenard", "lecharivari-puyrenard", "Agence Sémaphore", "agence-semaphore",
    "Marées & Criées", "mareesetcriees", "Plover Wire", "ploverwire", "Low End Monthly", "lowendmonthly",
    "Lintel & Nave", "lintelandnave", "Amblestow Crier", "amblestowcrier", "Brixhope Harbour News",
    "brixhopeharbournews", "Ettleby Vale Gleaner", "ettlebygleaner", "Scarbeck Wayfarer", "scarbeckwayfarer",
    "Lorbeille", "Mangeurs d'Iode", "pointe de l'Éguille", "île aux Courlis", "Saint-Vivien", "Lisette", "Chaillevent",
    "Lorbeille d'Hier", "Lestrival", "Lozère Infos Libres", "Vaulcourt", "Sainte-Ombeline", "Ardanel",
    "Grange-aux-Moines", "Vaulcourt Demain", "prieuré de Chassagne", "Côte aux Loups", "Puyrenard", "Puyrenard Vigilance",
    "Lavardens-le-Haut", "Amblestow", "Kelbridge", "Pearlgate", "Riverside estate", "Bridge Row", "Patients' Forum",
    "Brixhope", "Seabed Watch", "Ettleby", "EastGrid", "Against Pylons", "Scarbeck", "Mossgill", "Gillbrae",
    "Scarbeck Quarry Action", "Hagg Scar", "Scarbeck Pike",
    "causette", "tattlebox",
    "Gaëlle Rabaudy", "Loïc Perraudeau", "Annick Gauvrit", "Marcel Jouanneau", "Simone Rouvière", "Fabien Chapduc",
    "Philippe Gauthey", "Jean-Baptiste Morlot", "Dwight Kessler", "Maxence Delorme", "Inès Carbonnel", "Gérard Nuzillat",
    "Lucien Sabadie", "Colette Sarrant", "Pascale Duthil", "Josiane Barrère", "Bev Oddie", "Terry Gaskin", "Joan Wragg",
    "Hamish Corley", "Colin Fairweather", "Poppy Sherratt", "Linda Gossage", "Nathan Yeo", "Kirsty Loveday",
    "Alfie Trevenna", "Jenny Hocking", "Rosemary Tilbrook", "Harvey Quilter", "Adrian Plumtree", "Ken Rawsthorne",
    "Sheila Capstick", "Owen Bleasdale", "Tom Alderson", "Hannah Metcalfe", "Marjorie Dinsdale",

    # samples/factchecks-heldout15
    "Le Fil à Plomb", "filaplomb", "Sans Fard", "sansfard-verif", "Straightedge", "straightedge-facts", "Spotlamp",
    "La Plume de Vendrannes", "laplume-vendrannes", "L'Essor de Pierrefeuille", "lessor-pierrefeuille",
    "Le Bastidon de Valgelade", "lebastidon-valgelade", "La Calade de Vielmanne", "lacalade-vielmanne",
    "Agence Éperon", "agence-eperon", "Vent Arrière", "ventarriere-mag", "Le Cintre", "lecintre-revue",
    "Kittiwake Wire", "kittiwakewire", "Apex & Armco", "apexandarmco", "Accord & Absolute", "accordandabsolute",
    "Cullerby Spyglass", "cullerbyspyglass", "Marrowby Shrimper", "marrowbyshrimper", "Dunstowe Gazetteer",
    "dunstowegazetteer", "Coltersby Times & Echo", "coltersbytimesecho",
    "Vendrannes", "Pradelune", "Vaurette", "Pierrefeuille", "Moulin-Brûlé", "Valgelade", "Sautel", "Vielmanne",
    "Vielmannais", "Bellegrade", "Mas-Vieil", "Cullerby", "Hobthrush Bay", "Marrowby", "Dunstowe", "Skelmer",
    "Aldren Star", "Haltburn", "Coltersby", "Lowbarrow", "Hexley Colliery Welfare", "Brugeron", "Gallimore",
    "Pattes et Museaux", "Vielmanne Autrement", "Cullerby Libre", "Save Our Empire", "Skelmer Shore Volunteers",
    "Marrowby Animal Welfare Group", "Northumbrian Wildlife Rescue", "À Travers Champs",
    "jaspine", "hootlet",
    "Nadège Ferrandon", "Guy Estivals", "Josette Lamazière", "Thierry Malaprade", "Roland Vezinet",
    "Fernand Cabrolier", "Annie Rouchès", "Albane Queyrel", "Jean-Louis Magnaval", "Hervé Ambrosino",
    "Mireille Santoni", "Bastien Rocheblave", "Sandrine Calmettes", "Alain Combrexelle", "Benoît Larribe",
    "Gordon Heddle", "Malcolm Rudd", "Pat Lindqvist", "Niall Fenby", "Ray Gallimore", "Eileen Sowerby",
    "Dennis Brackwell", "Maggie Thursfield", "Sue Ormondroyd", "Keith Partington", "Lucette Barrachin",
    "Marcel Pouyade", "Émilie Delcros", "Léon Chastagnol", "Hubert Fialon", "Clémentine Orsini", "Loïc Barbaroux",
    "Isla Pennywick", "Brian Lomas", "Stanley Gorrie", "Margaret Hewson", "Liam Tattersfield", "Connor Pilling",
    "Dean Whalley", "Gary Holden", "Bill Rigby",

    # samples/factchecks-heldout16
    "Le Compas", "lecompas-verif", "Sur Pièces", "surpieces", "Bellwether", "bellwether-facts", "Chalkline",
    "La Gazette d'Escoussac", "gazette-escoussac", "L'Écluse de Port-Mérac", "ecluse-portmerac", "Le Fanion de Trévalan",
    "fanion-trevalan", "Le Belvédère d'Aubressol", "belvedere-aubressol", "Agence Estran", "agence-estran",
    "Péniches & Canaux", "peniches-canaux", "Lame & Carre", "lameetcarre", "Aldhythe Lookout", "aldhythelookout",
    "Kesterton Chronicle", "kestertonchronicle", "Cawdell Evening Post", "cawdelleveningpost", "Cheverden Beacon",
    "cheverdenbeacon", "Fulmar Wire", "fulmarwire", "Tidewater Angler", "tidewaterangler", "Good Plate Monthly",
    "goodplatemonthly", "Thermal Riders", "thermalriders",
    "Escoussac", "Roquenaute", "Ailes des Causses", "Vézonne", "Port-Mérac", "Garlaude", "Garlaude Vivante", "Aubiers",
    "Trévalan", "Œillets de Trévalan", "Guérinec", "Aubressol", "Pré-Long", "Chabrières", "Fennick",
    "Aldhythe", "Coquet Skerry", "Longstone Rock", "Friends of Fennick", "Kesterton", "Bradnell", "Bradnell Canal Trust",
    "Wharfside Road", "Hollow Bank", "Tamford", "Cawdell", "Keep Cawdell Skating", "Cawdell Comets", "Bretby",
    "Cheverden", "Cheverden Taxpayers' Forum", "Cheverden Uncut", "Highcrest Pyrotechnics",
    "potinet", "flapboard",
    "Raymond Issanchou", "Christiane Delmur", "Fabrice Aldebert", "Jean-Yves Labourdette", "Armelle Quéméner",
    "Hervé Le Goaziou", "Bernard Chabrand", "Mathilde Roustan", "Rob Tindale", "Hazel Crowther", "Mick Abberley",
    "Sunita Varley", "Paula Brindley", "Amber Nuttall", "Roy Attwater", "Jo Pettigrew", "Loïc Trémel", "Marcel Odoul",
    "Ellen Rudge", "Walter Hebburn", "Alan Firth", "Margaret Oakes", "Ruby Flint", "Sharon Pike",

    # samples/factchecks-heldout17
    "Le Sablier", "lesablier-verif", "Droit au Fait", "droitaufait", "Gauge Room", "gaugeroom", "Truecourse",
    "truecourse-facts",
    "Le Rieuclar Hebdo", "lerieuclar-hebdo", "Le Sillon beauceron", "lesillon-beauceron", "La Feuille de Montbaulin",
    "lafeuille-montbaulin", "L'Étrier normand", "letrier-normand", "Agence Nordet", "agence-nordet", "Voies & Vapeur",
    "voiesetvapeur", "Ridgeline Traveller", "ridgelinetraveller", "Pigment & Wall", "pigmentandwall",
    "Skillet Quarterly", "skilletquarterly", "Paddock & Rein", "paddockandrein", "Gressby Standard", "gressbystandard",
    "Hodcombe Warbler", "hodcombewarbler", "Lythdale Courier", "lythdalecourier", "Sutterby Weald Messenger",
    "sutterbyweald",
    "Arbouzac", "Rieuclar", "Pont-de-Laure", "Pont-Vieux", "Courvillers", "Courvillers Transparence", "Montbaulin",
    "Combe Sèche", "Mesnil-Garance", "Saint-Évron", "Gressby", "Lound", "Wrangby", "Gressby Boat Owners' Association",
    "Hodcombe", "Upper Hodcombe", "Nettle Tump", "Brenmoor", "Brenmoor & Lyth", "Lythdale", "Haddow Moor",
    "Haddow Moor Commoners", "Dunlin", "Kettlewick", "Low Garth", "Little Sutterby", "Sutterby Watch",
    "jasette", "chirrup",
    "Gilles Rouvayrol", "Mathieu Salençon", "Maryse Volpilhac", "Julien Mazoyer", "Inès Barbazan", "Annick Foucherolle",
    "Benoît Charvaux", "Odile Perrusset", "Léa Chambrun", "Yvon Hamelot", "Claire de Vaubourg", "Jill Maplethorpe",
    "Dennis Cawthorne", "Ellie Fairburn", "Alan Pritchett", "Mervyn Tuffley", "Giles Ampney", "Diana Rowcliffe",
    "Kasia Wronska", "Joan Hadley", "Sarah Cole", "Neville Haigh", "Becky Raistrick", "Margaret Kilburn", "Jean Dinsley",
    "Roger Dimsdale", "Ollie Stannard", "Pamela Wickens",
    # samples/factchecks-heldout18
    "Le Fin Mot", "lefinmot-verif", "Preuve à l'Appui", "preuvealappui", "Weighbridge", "weighbridge-checks",
    "Second Look", "secondlook-facts",
    "Le Réveil de Vauchignol", "reveil-vauchignol", "La Gentiane de Montfaucelle", "lagentiane-montfaucelle",
    "L'Angevin de Chavresse", "angevin-chavresse", "Le Beffroi de Flémencourt", "beffroi-flemencourt", "Agence Boréale",
    "agence-boreale", "Buis & Charmille", "buisetcharmille", "Maquettes & Modèles", "maquettesetmodeles", "Slow Wheels",
    "slowwheels", "Proof & Pour", "proofandpour", "Painted Ponies", "paintedponies", "Flea & Find", "fleaandfind",
    "Colnbury Chronicle", "colnburychronicle", "High Peak Herald", "highpeakherald", "Eden Valley Mercury",
    "edenvalleymercury", "Wrayhaven Beacon", "wrayhavenbeacon",
    "Vauchignol", "Lessart-la-Vieille", "Sagnette", "Puy-Mirande", "Chaumeix", "Rails et Bruyères", "Montfaucelle",
    "Vuillermet", "Crêt-Fourchu", "chemin des Gouilles", "Chavresse", "Chavressois", "Flémencourt", "Flémencourt Propre",
    "Batisse", "Wadney", "Wadney Hard", "Colnbury", "Fingle Creek", "Tidewatch", "Tarrowby", "Tarrowby Hall Trust",
    "Pennistow", "Corn Dolly", "Hartwell Taverns", "Save the Dolly", "Pennistow Past", "Wrayhaven", "Fore Street", "Marjorie Ellen",
    "ragotin", "chitterly",
    "Solène Martinat", "Lucien Bourdarias", "Régis Malvaud", "Armand Vuillermet", "Hélène Cuenot", "Didier Pouvreau",
    "Claudine Hérault", "Gérard Mauduit", "Jean-Marc Vandewalle", "Sabine Delattre", "Gary Wilmshurst",
    "Ken Laxton", "Diane Cuthbertson", "Owen Maddock", "Heather Lund", "Marion Cundy", "Albert Cundy",
    "Marcel Dufaure", "Bernard Laplanche", "Justine Monnier", "Martine Devos", "Tony Rivett", "Duncan Airey",
    "Alice Stott", "Bev Colley",
    # samples/factchecks-heldout19
    "Au Juste", "aujuste-verif", "Pierre de Touche", "pierredetouche", "Tallyman", "tallyman-checks",
    "Set Square", "setsquare-facts",
    "L'Écho de Chamblezac", "echo-chamblezac", "Le Courrier d'Aubrelles", "courrier-aubrelles", "La Gazette de Vernissac",
    "gazette-vernissac", "La Lanterne de Lormiac", "lanterne-lormiac", "Agence Ponant", "agence-ponant",
    "Fontaines & Potagers", "fontainesetpotagers", "Tower & Tenor", "towerandtenor", "Loom & Shuttle", "loomandshuttle",
    "Strings & Sawdust", "stringsandsawdust", "Starfield Journeys", "starfieldjourneys", "Kelsford Packet",
    "kelsfordpacket", "Pellowick Observer", "pellowickobserver", "Alderbourne Gazette", "alderbournegazette",
    "Glanmere Advertiser", "glanmereadvertiser",
    "Chamblezac", "Bérardier", "Aubrelles", "Vernissac", "Lormiac", "Kelsford", "Pellowick", "Pellowick Mill Trust",
    "Pellowick Ratepayers", "Pellowick Wildlife Watch", "Alderbourne", "Broadwater", "Glanmere",
    "Glanmere Bridge Action Group", "Glanmere Then and Now",
    "jaserie", "nattergram",
    "Odile Bérardier", "Étienne Cabrignac", "Yvette Arnaudon", "Lucie Vergnolle", "Aimé Cazalens", "Bernard Fraysse",
    "Agnès Lhermet", "Colm Hardacre", "Rosie Penfold", "Reg Tillotson", "Gwen Hatherley", "Martin Keble",
    "Sheila Brannock", "Hervé Champeix", "Roland Pestourie", "Nadège Pradier", "Tom Quillan", "Nadia Fairlie",
    "Brenda Saltonstall", "Ian Catterick",
    # samples/factchecks-heldout20
    "Au Cordeau", "aucordeau", "Fil d'Ariane", "fildariane-verif", "Yardstick", "yardstick-checks", "Level Best",
    "levelbest-facts",
    "La Voix de Castelmoirac", "voix-castelmoirac", "L'Éclaireur de Nérizac", "eclaireur-nerizac", "Le Messager de Fontbérou",
    "messager-fontberou", "Le Journal de Montescaut", "journal-montescaut", "Agence Noroît", "agence-noroit",
    "Patrimoine & Métiers", "patrimoineetmetiers", "Edge & Handle", "edgeandhandle", "Lead & Light", "leadandlight",
    "Quire & Deckle", "quireanddeckle", "Petal & Frond", "petalandfrond", "Tiller & Towpath", "tillerandtowpath",
    "Brine & Board", "brineandboard", "Thurlingham Mercury", "thurlinghammercury", "Larkwell Standard",
    "larkwellstandard", "Saltreach Tide", "saltreachtide", "Tarnwick Courier", "tarnwickcourier",
    "Castelmoirac", "Vaissade", "Roudet", "Nérizac", "Mazelier", "rue du Puits-Vieux", "Fontbérou", "Montescaut",
    "Thurlingham", "Thurlingham Windmill Trust", "Larkwell", "Larkwell Lift Trust", "Saltreach", "Dunwoody",
    "Saltreach Fisherlasses", "Tarnwick", "Tarnwick Heritage Trail", "Puy-Grand",
    "caquet", "chattermill",
    "Clarisse Vaissade", "Firmin Lachazette", "Hugues Mazelier", "Sidonie Cayrol", "Paulin Estabel", "Hilary Donkin",
    "Walter Sayer", "Ivor Pennycook", "Dilys Armitage", "Gus Tordoff", "Kathleen Dunwoody", "Lionel Gedge",
    "Mireille Sabrevois", "Jérôme Aubazac", "Derek Fulcher", "Margaret Oddy", "Stan Oakhurst", "Poppy Hewlett",
    "Rachel Tennick", "Moira Balderston",
    # samples/factchecks-heldout21
    "Tranchefil", "tranchefil-verif", "Le Vernier", "levernier-verif", "Trysquare", "trysquare-checks", "Fairlead",
    "fairlead-facts",
    "La Sentinelle de Bressigny", "sentinelle-bressigny", "Les Nouvelles de Mirevaux", "nouvelles-mirevaux",
    "Le Petit Gélisien", "petit-gelisien", "Le Ponton de Varnèze", "ponton-varneze", "Bêtes & Prés", "betesetpres",
    "Agence Galerne", "agence-galerne", "Pantry & Spice", "pantryandspice", "Rosin & Bow", "rosinandbow",
    "The Smallholder's Lantern", "smallholderslantern", "Float & Fly", "floatandfly", "Ailes & Hélices", "ailesethelices",
    "Skenmouth Breaker", "skenmouthbreaker", "Quayhurst Promenade", "quayhurstpromenade", "Sand & Sixpence",
    "sandandsixpence", "Penvoran Lamp", "penvoranlamp", "Deep Level", "deeplevel", "Thrapwell Clarion",
    "thrapwellclarion",
    "Bressigny", "Perrenot", "rue des Tonneliers", "Saulcy-le-Haut", "Mirevaux", "Ravinel", "rue des Chanvriers",
    "Sarrebourg-sur-Meuse", "Sainte-Gélise", "Bousquétou", "Puylaroque-Basse", "Varnèze", "Hydro-Club de Varnèze",
    "Varnèze au calme", "Sainte-Croix-des-Barrages", "Cazaubon-les-Étangs", "Skenmouth", "Skimline", "Quayhurst",
    "Pargeter", "Blackmere", "Penvoran", "Wheal Cowlyn", "Thrapwell", "Thrapwell Airship Heritage Trust",
    "cancanier", "gabblewire",
    "Mathilde Perrenot", "Anselme Gruet", "Basile Ravinel", "Agathe Thiéblemont", "Raymonde Lasbordes",
    "Gaspard Ribollet", "Nicole Durbessay", "Trevor Haddington", "Fenella Crane", "Lorna Pargeter", "Ned Hollis",
    "Kenan Polglaze", "Demelza Rowe", "Gerald Ashplant", "Maud Kittering", "Josette Margueritat", "Pauline Ferbach",
    "Peter Lanyard", "Bryony Fell", "Hedley Trewin",
    # samples/factchecks-heldout22
    "Pied-de-Roi", "piedderoi-verif", "Contremarque", "contremarque-verif", "Whipstaff", "whipstaff-checks",
    "Dovetail Desk", "dovetaildesk",
    "Le Héraut de Vaulmignac", "heraut-vaulmignac", "Le Grillon de Saint-Olbrac", "grillon-saintolbrac",
    "Le Névé de Lescunac", "neve-lescunac", "Le Falot de Vrignolles", "falot-vrignolles", "Agence Tramontane",
    "agence-tramontane", "Glisse & Houle", "glisseethoule", "Sugar & Crumb", "sugarandcrumb", "Pressed & Poured",
    "pressedandpoured", "Cog & Gradient", "cogandgradient", "Kiln & Glaze", "kilnandglaze", "Threlby Gazette",
    "threlbygazette", "Rudmoor Echo", "rudmoorecho", "Brintlow Record", "brintlowrecord", "Ockendale Bugle",
    "ockendalebugle",
    "Vaulmignac", "Vassadel", "Montségur", "Saint-Olbrac", "Couffignal", "Lafeuillade-Basse", "Lescunac", "Sarrecave",
    "Hount", "Vrignolles", "Ravoux", "Threlby", "Mawdsley", "Beckside Road", "Coldbarrow", "Rudmoor", "Marsh Lane",
    "Brintlow", "Ockendale",
    "babilloire", "chirpstack",
    "Albéric Vassadel", "Séverin Couffignal", "Gisèle Parazols", "Arnaud Lacoustille", "Léonie Chambonnet",
    "Cedric Mawdsley", "Jonty Pelham", "Nadia Brockhurst", "Verity Kellow", "Winifred Gaddesby", "Ruth Ambrey",
    # samples/factchecks-heldout23
    "Mirliton", "mirliton-verif", "Bouterolle", "Fettle", "fettle-checks", "Keelson Desk", "keelsondesk",
    "Le Cigalon de Gaubrac", "cigalon-gaubrac", "La Comtoise de Salvézou", "comtoise-salvezou", "Le Clapotis de Lanvézac",
    "clapotis-lanvezac", "Le Tocsin de Montferrès", "tocsin-montferres", "Agence Mistralet", "agence-mistralet",
    "Demeures & Jardins", "demeuresetjardins", "Clay & Crib", "claycrib", "Escapement", "Paddle & Funnel",
    "paddlefunnel", "Thread & Needle", "threadneedle", "Hollinsby Herald", "hollinsbyherald", "Cradwell Sentinel",
    "cradwellsentinel", "Sparrowford Chronicle", "sparrowfordchronicle", "Tolverstow Post", "tolverstowpost",
    "Gaubrac", "Aubaret", "rue des Tourneurs", "Salvézou", "Bouvatier", "Lanvézac", "Montferrès",
    "Vauchelet", "Hollinsby", "Quaile", "Mill Brow", "Brackley Moor", "Cradwell", "Sparrowford",
    "Skerth Drain", "Tolverstow", "Harlingrave", "Granettes", "Épinette",
    "jacassin", "yakkety",
    "Honorine Aubaret", "Marius Estoublon", "Jean-Clair Bouvatier", "Régis Tholomier", "Édith Vauchelet",
    "Ambrose Quaile", "Priscilla Hatherall", "Oswin Thackray", "Lettice Ormsby", "Marjorie Tillotson",
    # samples/factchecks-heldout24
    "Gabarit", "gabarit-verif", "Niveau d'Eau", "niveaudeau", "Plimsoll", "plimsoll-checks", "Plumb Desk", "plumbdesk",
    "Le Sonnaillier de Cabrièges", "sonnaillier-cabrieges", "Le Makila de Larrebieta", "makila-larrebieta",
    "L'Ami de Rothwiller", "ami-rothwiller", "Le Vigilant de Vézaurac", "vigilant-vezaurac", "Agence Pibale",
    "agence-pibale", "Spool & Cocoon", "spoolandcocoon", "Bean & Bar", "beanandbar", "Pipes & Stops", "pipesandstops",
    "Rib & Runner", "ribandrunner", "Boiseries & Cordes", "boiseriesetcordes", "Pelcombe Observer", "pelcombeobserver",
    "Skelthorpe Mercury", "skelthorpemercury", "Calverdine Dispatch", "calverdinedispatch", "Llanfrechog Journal",
    "llanfrechogjournal",
    "Cabrièges", "Bastidette", "Larrebieta", "Etxaburu", "Rothwiller", "Haberstock", "Vézaurac", "Vigouroux",
    "Pelcombe", "Quenington", "Skelthorpe", "Dobbie's", "Calverdine", "Ludgrove", "Llanfrechog", "Prydderch",
    "rue Larrondoa", "Pightle Lane", "Hollow Bridge",
    "papotine", "yammerly",
    "Aurore Chabassut", "Fernand Cazalbou", "Maïté Etxaburu", "Lucien Haberstock", "Bernadette Vigouroux",
    "Rufus Quenington", "Gwendolen Dobbie", "Barnaby Crask", "Ezra Ludgrove", "Hester Pymble", "Eirlys Prydderch",
    "Idris Bevanor", "Amelia Thorogood", "Poppy Lister",
    # samples/factchecks-heldout25
    "Trusquin", "trusquin.example", "Varlope", "varlope.example", "Bradawl", "bradawl-checks", "Holdfast", "holdfastdesk",
    "L'Olivette d'Auribel", "olivette-auribel", "Le Rouergat de Combenègre", "rouergat-combenegre",
    "Le Goéland de Kervenoc", "goeland-kervenoc", "L'Aiguillon d'Esparvel", "aiguillon-esparvel", "Agence Grésil",
    "agence-gresil", "Lather & Lye", "latherandlye", "Stitch & Hide", "stitchandhide", "Tin & Tide", "tinandtide",
    "Brim & Band", "brimandband", "Fil & Copeau", "filetcopeau", "Cwmteifyn Lantern", "cwmteifynlantern",
    "Dunnerby Almanac", "dunnerbyalmanac", "Orrinsford Gazette", "orrinsfordgazette", "Wittlesham Pilot",
    "wittleshampilot",
    "Auribel", "Aillaud", "Combenègre", "Salgues", "Kervenoc", "Le Bihannic", "Esparvel", "Pradines", "Cwmteifyn",
    "Tudwal", "Dunnerby", "Pennefather", "Orrinsford", "Hedgeley", "Wittlesham", "Askew",
    "bavardine", "gabbleshop",
    "Séraphine Aillaud", "Jules Ravanas", "Ernestine Salgues", "Yann Le Bihannic", "Lucette Pradines", "Armand Souquet",
    "Owain Tudwal", "Josiah Pennefather", "Mavis Ibbotson", "Tobias Hedgeley", "Edmund Lowrie", "Rowena Askew",
    "Caleb Mundy",
    # samples/factchecks-heldout26
    "Bédane", "bedane.example", "Serre-Joint", "serre-joint.example", "Mallet", "mallet-checks", "Spokewise",
    "spokewise.example",
    "Le Fanal de Castelfrénal", "fanal-castelfrenal", "Le Réveil de Montcharlieu", "reveil-montcharlieu",
    "Le Mistral de Baumerolles", "mistral-baumerolles", "Le Gave d'Arrieulat", "gave-arrieulat", "Agence Brumaire",
    "agence-brumaire", "Bench & Bevel", "benchandbevel", "Ploverline", "Huxcombe Courier", "huxcombecourier",
    "Cuddesworth Chronicle", "cuddesworthchronicle", "Kelthorn Advertiser", "kelthornadvertiser", "Orfingham Beacon",
    "orfinghambeacon",
    "Castelfrénal", "Béraudy", "Montcharlieu", "Mougenot", "Baumerolles", "Rastègue", "Arrieulat", "Larrègue",
    "Huxcombe", "Venning", "Cuddesworth", "Prowse", "Kelthorn", "Gillanders", "Orfingham", "Pilbeam",
    "blabberbox", "prattlebay",
    "Hortense Béraudy", "Clotilde Mougenot", "Lucien Faivre", "Honoré Rastègue", "Onésime Pradelou",
    "Pantxika Larrègue", "Silas Venning", "Ezekiel Prowse", "Keziah", "Morag Gillanders", "Dorcas Pilbeam",
    # samples/factchecks-heldout27
    "Pointeau", "pointeau.example", "Riflard", "riflard.example", "Scorper", "scorper-checks", "Froe Desk",
    "froedesk.example",
    "Le Tambourin de Bormeillan", "tambourin-bormeillan", "Le Pavois de Saint-Herbelot", "pavois-saint-herbelot",
    "La Sardane de Castanyols", "sardane-castanyols", "Le Feuillardier de Vaurillac", "feuillardier-vaurillac",
    "Agence Sirocco", "agence-sirocco", "Grain & Gauge", "grainandgauge", "Moorhen Wire", "moorhenwire",
    "Yarlhope Journal", "yarlhopejournal", "Bellingrigg Tidings", "bellingriggtidings", "Fernhampstead Gazette",
    "fernhampsteadgazette", "Thurlmere Lantern", "thurlmerelantern",
    "Bormeillan", "Sauvaire", "Saint-Herbelot", "Quentrel", "Castanyols", "Figuerol", "Vaurillac", "Chassagnol",
    "Yarlhope", "Tewsley", "Bellingrigg", "Coulthard", "Fernhampstead", "Honeysett", "Thurlmere", "Grimshaw",
    "tattlenest", "murmurly",
    "Léonce Sauvaire", "Isidore Vigneaux", "Ambroise Tallavignes", "Apolline Quentrel", "Montserrat Figuerol",
    "Baptistin Chassagnol", "Jethro Tewsley", "Caradoc Penhale", "Ninian Coulthard", "Keturah Honeysett",
    "Wilfred Oakapple", "Tabitha Grimshaw", "Rosalie Casimir", "Eulalie Prosper", "Prosper Gambrill",
    "Marguerite Orrell",
    # samples/factchecks-heldout28
    "Bluteau", "bluteau.example", "Sasseur", "sasseur-verif", "Plumb Bob", "plumbbob-checks", "Awlmark Desk",
    "awlmark.example",
    "Le Lumignon d'Aubriac", "lumignon-aubriac", "Le Fuseau de Chambrevieille", "fuseau-chambrevieille",
    "La Girandole de Vernouzet", "girandole-vernouzet", "Le Fifre de Rocamadeil", "fifre-rocamadeil",
    "Agence Brisevent", "agence-brisevent", "Tinderbox Weekly", "tinderboxweekly", "Kestrel Wire", "kestrelwire",
    "Otterstoke Herald", "otterstokeherald", "Skelbrough Spindrift", "skelbroughspindrift", "Ashenwold Prism",
    "ashenwoldprism", "Harrowmere Weekly", "harrowmereweekly",
    "Aubriac-sur-Lende", "Tanquerel", "Chambrevieille", "Mazeyrat", "Vernouzet", "Escoffard", "Rocamadeil", "Pélissou",
    "Otterstoke", "Fettiplace", "Skelbrough", "Lusk", "Ashenwold", "Brackenbury", "Harrowmere", "Quennell",
    "gabblehub", "jabberloft",
    "Clodomir Tanquerel", "Philomène Mazeyrat", "Eudoxie Escoffard", "Odilon Pélissou", "Euloge Cazenobe",
    "Thaddeus Fettiplace", "Jemima Lusk", "Barnabas Brackenbury", "Percival Ockleton", "Araminta Quennell",
    # samples/factchecks-heldout29
    "Sérançoir", "serancoir.example", "Ébauchoir", "ebauchoir-verif", "Mortise", "mortise-checks", "Scraper Desk",
    "scraperdesk.example",
    "Le Toton de Brussanges", "toton-brussanges", "Le Sceau de Roquenval", "sceau-roquenval",
    "La Manivelle de Mirandolles", "manivelle-mirandolles", "Le Plioir de Pontcharmel", "plioir-pontcharmel",
    "Agence Pertuis", "agence-pertuis", "Marlinspike Monthly", "marlinspikemonthly", "Merlin Wire", "merlinwire",
    "Pudsbury Reckoner", "pudsburyreckoner", "Quarrendon Lugger", "quarrendonlugger", "Gorsebeck Trumpeter",
    "gorsebecktrumpeter", "Polgarrow Pinnace", "polgarrowpinnace",
    "Brussanges", "Ruchebois", "Roquenval", "Lauzeral", "Mirandolles", "Cornubert", "Pontcharmel", "Fontbonnet",
    "Pudsbury", "Rundle", "Quarrendon", "Wetherick", "Gorsebeck", "Pybus", "Polgarrow", "Nankivell",
    "chitterbox", "blatherdeck",
    "Hilarion Ruchebois", "Hyacinthe Lauzeral", "Cunégonde Cornubert", "Ferréol Fontbonnet", "Zéphirin Peyrolade",
    "Obadiah Rundle", "Lavinia Wetherick", "Cornelius Pybus", "Gideon Tamsworth", "Thomasina Nankivell",
    # samples/factchecks-heldout30
    "Guimbarde", "guimbarde.example", "Feuilleret", "feuilleret-verif", "Chamfer", "chamfer-checks", "Rebate Desk",
    "rebatedesk.example",
    "Le Soufflet de Vaudrichard", "soufflet-vaudrichard", "La Crécelle de Sarmejac", "crecelle-sarmejac",
    "La Bigorne de Ferrandoux", "bigorne-ferrandoux", "Le Souffleur de Montsauvel", "souffleur-montsauvel",
    "Agence Croisille", "agence-croisille", "Ferrule Gazette", "ferrulegazette", "Sprocket Wire", "sprocketwire",
    "Thrushcombe Courier", "thrushcombecourier", "Brindlegate Bandolier", "brindlegatebandolier", "Mallowby Lantern",
    "mallowbylantern", "Stannerbrook Ripple", "stannerbrookripple",
    "Vaudrichard", "Vaucanelle", "Sarmejac", "Sarrobert", "Ferrandoux", "Picoulet", "Montsauvel", "Montvernier",
    "Thrushcombe", "Tollemarsh", "Brindlegate", "Halliwick", "Mallowby", "Peverley", "Stannerbrook", "Kinnersley",
    "yammerpost", "natterpost",
    "Théodule Vaucanelle", "Ambroisine Sarrobert", "Gratien Picoulet", "Euphrasie Montvernier",
    "Zebedee Tollemarsh", "Lemuel Halliwick", "Ebenezer Peverley", "Zillah Kinnersley",
)

# topic words of samples/factchecks-heldout4 to -heldout30: none may occur here (whole words, case-insensitive)
FORBIDDEN_TOPIC_WORDS = (
    "truites", "pisciculture", "fish farm", "fish kill", "tramway", "truffe", "truffes", "truffle",
    "téléphérique", "cable car", "mosaïque", "mosaic", "sinkhole", "lynx", "marathon", "jackpot", "lottery",
    "jetée", "pier",
    "montgolfière", "hot-air balloon", "punaises de lit", "bedbugs", "dinosaure", "dinosaures", "dinosaur",
    "cèpes", "amanites", "mushroom", "mushrooms", "requin", "requins", "shark", "sharks", "marché de Noël",
    "Christmas market", "détectoriste", "hoard", "clocher", "steeple", "hippodrome", "racecourse", "grande roue",
    "Ferris wheel",
    "horodateurs", "Ovidane", "fièvre des sabots gris", "grey-hoof", "lido", "légionelles", "legionella",
    "cycle lane", "piste cyclable", "déchetterie", "recycling centre", "castors", "beavers", "tournage",
    "merger", "commune nouvelle",
    "lampadaires", "éclairage public", "streetlights", "tavelure", "purple scab", "fongicide", "thermes", "arsenic",
    "phone bans", "pochettes", "asthma", "bibliobus", "mobile library", "library van", "beach huts", "cabines de plage",
    "hill figure",
    # samples/factchecks-heldout8
    "urgences", "heat network", "réseau de chaleur", "district heating", "pickers", "saisonniers", "polytunnels",
    "huile d'olive", "olive oil", "tourbière", "rewetting", "sphagnum", "20 mph", "moustique tigre", "tiger mosquito",
    "dengue", "chikungunya", "démoustication",
    # samples/factchecks-heldout9
    "coqueluche", "whooping cough", "neighbourhood plan", "parc solaire", "solar farm", "solar panels",
    "asylum-seeking", "asylum centre", "baguette", "baguettes", "surgelées", "coastal erosion", "trait de côte",
    "enrochement", "rock armour", "locations touristiques", "short-term letting", "holiday flat", "sluice gates",
    # samples/factchecks-heldout10
    "sanglier", "sangliers", "wild boar", "grippe aviaire", "bird flu", "foie gras", "palmipèdes", "council tax",
    "cladding", "e-bike", "vélo électrique", "biscuiterie", "sablés", "dératisation", "leptospirose", "leptospirosis",
    # samples/factchecks-heldout11
    "grêlons", "hailstorm", "canons anti-grêle", "anti-hail", "sewage", "centre pénitentiaire", "mega-prison",
    "second runway", "deuxième piste", "scolytes", "bark beetle", "épicéas", "spruce", "RAAC", "crumbling concrete",
    "PFAS", "polluants éternels", "forever chemicals", "nids-de-poule", "nid-de-poule",
    # samples/factchecks-heldout12
    "algues vertes", "sea lettuce", "ulves", "éboulement", "rockfall", "vice-chancellor", "frelons asiatiques",
    "Asian hornet", "knotweed", "renouée", "marina", "port de plaisance",

    # samples/factchecks-heldout13
    "sucrerie", "sugar plant", "painted cave", "moisissures", "blaireaux", "badger", "glacier", "crevasse",
    "brasserie", "brewery", "bank branch", "brown bear", "tuberculose bovine", "plantigrade", "cash machine",

    # samples/factchecks-heldout14
    "huîtres", "ostréiculteurs", "rave-party", "free party", "abbaye", "abbey", "cloître", "religieuses", "dentiste",
    "dental practice", "scallops", "dredges", "pylons", "pylône", "pylônes", "rave",

    # samples/factchecks-heldout15
    "cyanobactéries", "cyanobacteria", "rallye", "lavande", "lavender", "lavandin", "camions-citernes",
    "funiculaire", "cliff lift", "ânes", "ânesse", "donkeys", "plastic pellets", "granulés de plastique",
    "pantomime", "theatre", "donkey", "tanker", "seals", "phoques", "porte-conteneurs", "leafhopper", "cicadelle",

    # samples/factchecks-heldout16
    "vautours", "vultures", "vulture", "civelles", "glass eels", "paludiers", "fleur de sel", "parapente",
    "parapentiste", "paragliding", "paraglider", "puffins", "narrowboats", "patinoire", "bonfire",

    # samples/factchecks-heldout17
    "passerelle himalayenne", "château d'eau", "water tower", "escargotière", "héliciculteur", "snail", "snails",
    "haras", "étalons", "stallions", "pont tournant", "swing bridge", "course au fromage", "cheese-rolling", "scorebooks",

    # samples/factchecks-heldout18
    "vélorail", "draisine", "draisines", "rail-bike", "rail-bikes", "absinthe", "thuyone", "thujone", "wormwood",
    "carrousel", "carousel", "causeway", "route submersible", "hedge maze", "labyrinthe", "model village",
    "village miniature",

    # samples/factchecks-heldout19
    "fonderie", "foundry", "tapisserie", "tapestry", "marionnettes", "puppet", "castelet", "planétarium",
    "planetarium", "chain ferry", "bac à chaîne", "tide mill", "moulin à marée", "watercress", "cresson",
    "toll bridge", "pont à péage",

    # samples/factchecks-heldout20
    "coutellerie", "cutlery", "vitraux", "stained glass", "moulin à papier", "paper mill", "jardin botanique",
    "botanical garden", "windmill", "moulin à vent", "boat lift", "ascenseur à bateaux", "smokehouse", "fumoir",
    "ropewalk", "corderie",

    # samples/factchecks-heldout21
    "moutarderie", "mustard mill", "lutherie", "luthier", "violin", "autruches", "ostrich", "hydravions", "seaplane",
    "hovercraft", "aéroglisseur", "waxworks", "musée de cire", "tin mine", "mine d'étain", "airship", "dirigeables",

    # samples/factchecks-heldout22
    "nougaterie", "nougat", "huilerie", "crémaillère", "rack railway", "faïencerie", "pencil factory",
    "fabrique de crayons", "wave pool", "piscine à vagues", "camera obscura", "chambre obscure", "shell grotto",
    "grotte aux coquillages",

    # samples/factchecks-heldout23
    "santons", "santonnière", "horlogerie", "bateau à aubes", "paddle steamer", "boutonnerie", "button factory",
    "toy factory", "fabrique de jouets", "roller rink", "patins à roulettes", "pumping station", "beam engine",
    "machine à balancier", "ice house", "glacière",

    # samples/factchecks-heldout24
    "magnanerie", "vers à soie", "silk farm", "silkworm", "chocolaterie", "chocolate factory", "facteur d'orgues",
    "organ builder", "fabrique de parapluies", "umbrella factory", "cricket bats", "battes de cricket",
    "sticks of rock", "sucre d'orge", "snuff mill", "tabac à priser", "harp", "harpes",

    # samples/factchecks-heldout25
    "savonnerie", "soap works", "ganterie", "glove maker", "conserverie", "cannery", "chapellerie", "hat factory",
    "coracle", "coracles", "brosserie", "brush works", "bagpipe", "cornemuses", "saffron", "safran",

    # samples/factchecks-heldout26
    "marqueterie", "marquetry", "boîtes à musique", "music boxes", "cartes à jouer", "playing cards", "bérets",
    "berets", "thatcher", "chaumier", "wheelwright", "charron", "sundials", "cadrans solaires", "sail loft",
    "voilerie",
    # samples/factchecks-heldout27
    "pipes de bruyère", "pipier", "éventails", "éventailliste", "hand fans", "bouchonnerie", "cork stoppers",
    "parchemin", "parcheminerie", "parchment", "bowyer", "longbows", "stickmaker", "walking sticks", "chairmaker",
    "Windsor chairs", "letterpress",
    # samples/factchecks-heldout28
    "ciergerie", "cirier", "dentelle aux fuseaux", "dentellières", "bobbin lace", "plumasserie", "plumassière",
    "ocarinas", "globemaker", "gores", "barometers", "baromètres", "kaleidoscopes", "kaléidoscopes", "salmon flies",
    "mouches à saumon", "fly-tier",
    # samples/factchecks-heldout29
    "tournerie", "toupies", "cire à cacheter", "sealing wax", "automates", "automata", "papier marbré",
    "marbled paper", "marbreur", "snow globes", "boules à neige", "decoy ducks", "appelants", "quill pens",
    "plumes d'oie", "lobster pots", "casiers à homards",
    # samples/factchecks-heldout30
    "truites", "pisciculture", "fish farm", "fish kill", "tramway", "truffe", "truffes", "truffle",
    "téléphérique", "cable car", "mosaïque", "mosaic", "sinkhole", "lynx", "marathon", "jackpot", "lottery",
    "jetée", "pier",
    "montgolfière", "hot-air balloon", "punaises de lit", "bedbugs", "dinosaure", "dinosaures", "dinosaur",
    "cèpes", "amanites", "mushroom", "mushrooms", "requin", "requins", "shark", "sharks", "marché de Noël",
    "Christmas market", "détectoriste", "hoard", "clocher", "steeple", "hippodrome", "racecourse", "grande roue",
    "Ferris wheel",
    "horodateurs", "Ovidane", "fièvre des sabots gris", "grey-hoof", "lido", "légionelles", "legionella",
    "cycle lane", "piste cyclable", "déchetterie", "recycling centre", "castors", "beavers", "tournage",
    "merger", "commune nouvelle",
    "lampadaires", "éclairage public", "streetlights", "tavelure", "purple scab", "fongicide", "thermes", "arsenic",
    "phone bans", "pochettes", "asthma", "bibliobus", "mobile library", "library van", "beach huts", "cabines de plage",
    "hill figure",
    # samples/factchecks-heldout8
    "urgences", "heat network", "réseau de chaleur", "district heating", "pickers", "saisonniers", "polytunnels",
    "huile d'olive", "olive oil", "tourbière", "rewetting", "sphagnum", "20 mph", "moustique tigre", "tiger mosquito",
    "dengue", "chikungunya", "démoustication",
    # samples/factchecks-heldout9
    "coqueluche", "whooping cough", "neighbourhood plan", "parc solaire", "solar farm", "solar panels",
    "asylum-seeking", "asylum centre", "baguette", "baguettes", "surgelées", "coastal erosion", "trait de côte",
    "enrochement", "rock armour", "locations touristiques", "short-term letting", "holiday flat", "sluice gates",
    # samples/factchecks-heldout10
    "sanglier", "sangliers", "wild boar", "grippe aviaire", "bird flu", "foie gras", "palmipèdes", "council tax",
    "cladding", "e-bike", "vélo électrique", "biscuiterie", "sablés", "dératisation", "leptospirose", "leptospirosis",
    # samples/factchecks-heldout11
    "grêlons", "hailstorm", "canons anti-grêle", "anti-hail", "sewage", "centre pénitentiaire", "mega-prison",
    "second runway", "deuxième piste", "scolytes", "bark beetle", "épicéas", "spruce", "RAAC", "crumbling concrete",
    "PFAS", "polluants éternels", "forever chemicals", "nids-de-poule", "nid-de-poule",
    # samples/factchecks-heldout12
    "algues vertes", "sea lettuce", "ulves", "éboulement", "rockfall", "vice-chancellor", "frelons asiatiques",
    "Asian hornet", "knotweed", "renouée", "marina", "port de plaisance",

    # samples/factchecks-heldout13
    "sucrerie", "sugar plant", "painted cave", "moisissures", "blaireaux", "badger", "glacier", "crevasse",
    "brasserie", "brewery", "bank branch", "brown bear", "tuberculose bovine", "plantigrade", "cash machine",

    # samples/factchecks-heldout14
    "huîtres", "ostréiculteurs", "rave-party", "free party", "abbaye", "abbey", "cloître", "religieuses", "dentiste",
    "dental practice", "scallops", "dredges", "pylons", "pylône", "pylônes", "rave",

    # samples/factchecks-heldout15
    "cyanobactéries", "cyanobacteria", "rallye", "lavande", "lavender", "lavandin", "camions-citernes",
    "funiculaire", "cliff lift", "ânes", "ânesse", "donkeys", "plastic pellets", "granulés de plastique",
    "pantomime", "theatre", "donkey", "tanker", "seals", "phoques", "porte-conteneurs", "leafhopper", "cicadelle",

    # samples/factchecks-heldout16
    "vautours", "vultures", "vulture", "civelles", "glass eels", "paludiers", "fleur de sel", "parapente",
    "parapentiste", "paragliding", "paraglider", "puffins", "narrowboats", "patinoire", "bonfire",

    # samples/factchecks-heldout17
    "passerelle himalayenne", "château d'eau", "water tower", "escargotière", "héliciculteur", "snail", "snails",
    "haras", "étalons", "stallions", "pont tournant", "swing bridge", "course au fromage", "cheese-rolling", "scorebooks",

    # samples/factchecks-heldout18
    "vélorail", "draisine", "draisines", "rail-bike", "rail-bikes", "absinthe", "thuyone", "thujone", "wormwood",
    "carrousel", "carousel", "causeway", "route submersible", "hedge maze", "labyrinthe", "model village",
    "village miniature",

    # samples/factchecks-heldout19
    "fonderie", "foundry", "tapisserie", "tapestry", "marionnettes", "puppet", "castelet", "planétarium",
    "planetarium", "chain ferry", "bac à chaîne", "tide mill", "moulin à marée", "watercress", "cresson",
    "toll bridge", "pont à péage",

    # samples/factchecks-heldout20
    "coutellerie", "cutlery", "vitraux", "stained glass", "moulin à papier", "paper mill", "jardin botanique",
    "botanical garden", "windmill", "moulin à vent", "boat lift", "ascenseur à bateaux", "smokehouse", "fumoir",
    "ropewalk", "corderie",

    # samples/factchecks-heldout21
    "moutarderie", "mustard mill", "lutherie", "luthier", "violin", "autruches", "ostrich", "hydravions", "seaplane",
    "hovercraft", "aéroglisseur", "waxworks", "musée de cire", "tin mine", "mine d'étain", "airship", "dirigeables",

    # samples/factchecks-heldout22
    "nougaterie", "nougat", "huilerie", "crémaillère", "rack railway", "faïencerie", "pencil factory",
    "fabrique de crayons", "wave pool", "piscine à vagues", "camera obscura", "chambre obscure", "shell grotto",
    "grotte aux coquillages",

    # samples/factchecks-heldout23
    "santons", "santonnière", "horlogerie", "bateau à aubes", "paddle steamer", "boutonnerie", "button factory",
    "toy factory", "fabrique de jouets", "roller rink", "patins à roulettes", "pumping station", "beam engine",
    "machine à balancier", "ice house", "glacière",

    # samples/factchecks-heldout24
    "magnanerie", "vers à soie", "silk farm", "silkworm", "chocolaterie", "chocolate factory", "facteur d'orgues",
    "organ builder", "fabrique de parapluies", "umbrella factory", "cricket bats", "battes de cricket",
    "sticks of rock", "sucre d'orge", "snuff mill", "tabac à priser", "harp", "harpes",

    # samples/factchecks-heldout25
    "savonnerie", "soap works", "ganterie", "glove maker", "conserverie", "cannery", "chapellerie", "hat factory",
    "coracle", "coracles", "brosserie", "brush works", "bagpipe", "cornemuses", "saffron", "safran",

    # samples/factchecks-heldout26
    "marqueterie", "marquetry", "boîtes à musique", "music boxes", "cartes à jouer", "playing cards", "bérets",
    "berets", "thatcher", "chaumier", "wheelwright", "charron", "sundials", "cadrans solaires", "sail loft",
    "voilerie",
    # samples/factchecks-heldout27
    "pipes de bruyère", "pipier", "éventails", "éventailliste", "hand fans", "bouchonnerie", "cork stoppers",
    "parchemin", "parcheminerie", "parchment", "bowyer", "longbows", "stickmaker", "walking sticks", "chairmaker",
    "Windsor chairs", "letterpress",
    # samples/factchecks-heldout28
    "ciergerie", "cirier", "dentelle aux fuseaux", "dentellières", "bobbin lace", "plumasserie", "plumassière",
    "ocarinas", "globemaker", "gores", "barometers", "baromètres", "kaleidoscopes", "kaléidoscopes", "salmon flies",
    "mouches à saumon", "fly-tier",
    # samples/factchecks-heldout29
    "tournerie", "toupies", "cire à cacheter", "sealing wax", "automates", "automata", "papier marbré",
    "marbled paper", "marbreur", "snow globes", "boules à neige", "decoy ducks", "appelants", "quill pens",
    "plumes d'oie", "lobster pots", "casiers à homards",
)

# invented names of this set; none may occur in the thirty-one earlier sets
INVENTED = (
    "Taraudeuse", "taraudeuse.example", "Serfouette", "serfouette-verif", "Burnisher Desk", "burnisherdesk.example",
    "Rasp Review", "rasp-review.example",
    "La Vrillette de Lavernèze", "vrillette-lavernese", "Le Bouvet de Brouchazel", "bouvet-brouchazel",
    "La Rouanne de Saint-Ortaillac", "rouanne-saint-ortaillac", "Le Martinet de Pralognet", "martinet-pralognet",
    "Agence Faîtière", "agence-faitiere", "Gimbal Monthly", "gimbalmonthly", "Kerf Wire", "kerfwire",
    "Haddlecombe Warbler", "haddlecombewarbler", "Llanfechrwyd Dresser", "llanfechrwyddresser",
    "Pennyholt Hearthstone", "pennyholthearthstone", "Ouseby Weathercock", "ousebyweathercock",
    "Lavernèze", "Fabrègoul", "Brouchazel", "Coustalou", "Saint-Ortaillac", "Bérotzy", "Pralognet", "Chabrevoux",
    "Haddlecombe", "Wimbush", "Llanfechrwyd", "Prothero", "Pennyholt", "Quibell", "Ouseby", "Lapworth",
    "yatterbox", "gossipwell",
    "Isaure Fabrègoul", "Eudes Coustalou", "Aristide Bérotzy", "Séverine Chabrevoux",
    "Hezekiah Wimbush", "Gwenllian Prothero", "Absalom Quibell", "Marigold Lapworth",
)

# topic words of this set: none may occur in the thirty-one earlier sets (whole words, case-insensitive)
TOPIC_WORDS = (
    "échasses", "stilts", "boussoles", "compasses", "mandolines", "mandolins", "luges", "sledges",
    "jeux d'échecs", "chess sets", "cuillères d'amour", "lovespoons", "palets", "quoits", "courtepointes", "quilts",
)

# checker -> (language, worstRating, bestRating, {wording: ratingValue})
SCALES = {
    "Taraudeuse": ("fr", 0, 4, {"Chimère": 0, "Erroné": 0, "Gonflé": 1, "Sorti de son contexte": 1, "Moitié vrai": 2,
                               "Impossible à trancher": 2, "Globalement juste": 3, "Exact": 4}),
    "Serfouette": ("fr", 1, 10, {"Fable": 1, "Démenti": 1, "Forcé": 4, "Raccourci": 4, "Nuancé": 5, "Non établi": 5,
                                "Solide": 8, "Confirmé": 10}),
    "Burnisher Desk": ("en", -2, 2, {"Baseless": -2, "Incorrect": -2, "Spun": -1, "Lacks context": -1,
                                    "Mixed bag": 0, "Unconfirmed": 0, "Mostly so": 1, "Correct": 2}),
    "Rasp Review": ("en", 0, 100, {"Fabricated": 0, "Wrong": 0, "Stretched": 30, "Skewed": 30, "Half true": 50,
                                  "Unproven": 50, "Mostly accurate": 80, "Accurate": 100}),
}
# expected common scale of each wording (README)
COMMON = {
    "false": ("Chimère", "Erroné", "Fable", "Démenti", "Baseless", "Incorrect", "Fabricated", "Wrong"),
    "misleading": ("Gonflé", "Sorti de son contexte", "Forcé", "Raccourci", "Spun", "Lacks context", "Stretched",
                   "Skewed"),
    "mixed": ("Moitié vrai", "Nuancé", "Mixed bag", "Half true"),
    "true": ("Globalement juste", "Exact", "Solide", "Confirmé", "Mostly so", "Correct", "Mostly accurate",
             "Accurate"),
    "unverifiable": ("Impossible à trancher", "Non établi", "Unconfirmed", "Unproven"),
}
WORDING_TO_COMMON = {w: c for c, ws in COMMON.items() for w in ws}


def problem(msg: str) -> None:
    problems.append(msg)


def is_type(obj, name: str) -> bool:
    t = obj.get("@type") if isinstance(obj, dict) else None
    return t == name or (isinstance(t, list) and name in t)


def valid_date(s) -> bool:
    if not isinstance(s, str):
        return False
    try:
        d = date.fromisoformat(s[:10])
    except ValueError:
        return False
    return date(2025, 1, 1) <= d <= date(2026, 12, 8)  # the day the set was written


def check_review(cr: dict, where: str) -> None:
    if not is_type(cr, "ClaimReview"):
        problem(f"{where}: @type is not ClaimReview")
    if cr.get("@context") not in ("https://schema.org", "http://schema.org"):
        problem(f"{where}: @context {cr.get('@context')!r}")
    url = cr.get("url")
    if not (isinstance(url, str) and re.match(r"^https://[a-z0-9-]+\.example/", url)):
        problem(f"{where}: url {url!r} is not a fictional https://<checker>.example/ URL")
    if not isinstance(cr.get("claimReviewed"), str) or not cr["claimReviewed"].strip():
        problem(f"{where}: claimReviewed missing or not a string")
    rr = cr.get("reviewRating") or {}
    for k in ("ratingValue", "bestRating", "worstRating", "alternateName"):
        if k not in rr:
            problem(f"{where}: reviewRating.{k} missing")
    if rr.get("@type") != "Rating":
        problem(f"{where}: reviewRating @type is not Rating")
    try:
        if not float(rr["worstRating"]) <= float(rr["ratingValue"]) <= float(rr["bestRating"]):
            problem(f"{where}: ratingValue out of [worstRating, bestRating]")
    except (KeyError, TypeError, ValueError):
        problem(f"{where}: rating values not numeric")
    author = cr.get("author") or {}
    if not (is_type(author, "Organization") and author.get("name") and author.get("url")):
        problem(f"{where}: author is not an Organization with name and url")
    scale = SCALES.get(author.get("name"))
    if scale is None:
        problem(f"{where}: unknown fact-checker {author.get('name')!r}")
    else:
        lang, worst, best, wordings = scale
        if cr.get("inLanguage") != lang:
            problem(f"{where}: {author['name']} writes in {lang}, not {cr.get('inLanguage')!r}")
        wording = rr.get("alternateName")
        try:
            if wording not in wordings:
                problem(f"{where}: wording {wording!r} not in the scale of {author['name']}")
            elif float(rr["ratingValue"]) != wordings[wording]:
                problem(f"{where}: {wording!r} should have ratingValue {wordings[wording]}")
            if (float(rr["worstRating"]), float(rr["bestRating"])) != (worst, best):
                problem(f"{where}: scale of {author['name']} is {worst}-{best}")
        except (KeyError, TypeError, ValueError):
            pass
        if wording not in WORDING_TO_COMMON:
            problem(f"{where}: wording {wording!r} has no common value in the README")
    item = cr.get("itemReviewed") or {}
    if not (
        is_type(item, "Claim") and (item.get("author") or {}).get("name") and valid_date(item.get("datePublished"))
    ):
        problem(f"{where}: itemReviewed is not a Claim with author.name and datePublished")
    if not valid_date(cr.get("datePublished")):
        problem(f"{where}: datePublished {cr.get('datePublished')!r} invalid")
    elif valid_date(item.get("datePublished")) and item["datePublished"][:10] > cr["datePublished"][:10]:
        problem(f"{where}: claim published after its review")
    if cr.get("inLanguage") not in ("fr", "en"):
        problem(f"{where}: inLanguage {cr.get('inLanguage')!r} not fr/en")


def load_memory() -> tuple[dict, Counter, Counter]:
    """Return {url: review}, the number of reviews per fact-checker and per common rating."""
    reviews: dict[str, dict] = {}
    reviewers: Counter = Counter()
    common: Counter = Counter()
    for n, line in enumerate((MEM / "reviews.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        where = f"reviews.jsonl:{n}"
        try:
            cr = json.loads(line)
        except json.JSONDecodeError as e:
            problem(f"{where}: {e}")
            continue
        if not isinstance(cr, dict):
            problem(f"{where}: not a JSON object")
            continue
        check_review(cr, where)
        url = cr.get("url")
        if url in reviews:
            problem(f"{where}: duplicate review url {url}")
        reviews[url] = cr
        reviewers[(cr.get("author") or {}).get("name")] += 1
        common[WORDING_TO_COMMON.get((cr.get("reviewRating") or {}).get("alternateName"))] += 1
    return reviews, reviewers, common


def shingles(text: str, n: int = 5) -> set:
    """Return the runs of ``n`` consecutive lower-cased words of ``text``."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


# number words (fr, en) -> value, to tell whether a link shares a figure with its review in any form
NUMBER_WORDS = {
    "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6,
    "seven": 7, "sept": 7, "eight": 8, "huit": 8, "nine": 9, "neuf": 9, "ten": 10, "dix": 10, "twelve": 12,
    "douze": 12, "dozen": 12, "douzaine": 12, "twenty": 20, "vingt": 20, "thirty": 30, "trente": 30, "forty": 40,
    "quarante": 40, "fifty": 50, "cinquante": 50, "hundred": 100, "cent": 100, "thousand": 1000, "mille": 1000,
    "million": 10**6, "millions": 10**6, "half": 0.5, "moitié": 0.5, "third": 1 / 3, "tiers": 1 / 3,
    "trimestre": 3, "trebled": 3, "tripled": 3, "doublé": 2, "doubled": 2,
    "quinze": 15, "fifteen": 15, "sixty": 60, "soixante": 60, "ninety": 90, "fifth": 0.2, "cinquième": 0.2,
    "quadruple": 4, "quadrupled": 4, "millénaires": 1000, "millennia": 1000,
    "decade": 10, "décennie": 10, "trio": 3, "twice": 2, "tenth": 0.1, "dixième": 0.1, "quatorze": 14, "cents": 100,
    "triple": 3, "triplé": 3, "seventy": 70, "soixante-dix": 70, "quarter": 0.25, "quart": 0.25,
    "eighty": 80, "vingts": 20, "hundreds": 100, "fortnight": 14,
    "decades": 10, "décennies": 10, "soixantaine": 60, "vingtaine": 20, "centenaire": 100, "semestre": 6,
    "fifths": 0.2, "milliers": 1000, "thousands": 1000,
    "centaines": 100, "millier": 1000, "quarantaine": 40, "fourteen": 14, "quinzaine": 15, "douzaines": 12,
    "eleven": 11, "onze": 11, "cinquantaine": 50, "trentaine": 30, "dizaine": 10, "dizaines": 10, "cinquièmes": 0.2, "quarts": 0.25, "demi": 0.5, "demie": 0.5, "eighteen": 18, "dix-huit": 18, "eighty": 80, "quatre-vingts": 80,
}


def figures(text: str) -> set:
    vals = {float(x.replace(",", ".")) for x in re.findall(r"\d+(?:[.,]\d+)?", text.replace("\u202f", "").replace(" 000", "000"))}
    vals |= {float(NUMBER_WORDS[w]) for w in re.findall(r"\w+", text.lower()) if w in NUMBER_WORDS}
    return vals


def names(text: str) -> set:
    """Capitalised words of ``text`` other than its first word (lower-cased)."""
    words = re.findall(r"[\w'-]+", text)
    return {w.lower().split("'")[-1] for w in words[1:] if w[:1].isupper() and len(w) > 2}


def bare_link(claim: str, sentence: str) -> bool:
    """True when the sentence shares no figure (in any form) and no capitalised name with the review's claim."""
    if figures(claim) and figures(sentence):
        return False
    low = sentence.lower()
    return not any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", low) for n in names(claim))


def sibling_text() -> str:
    parts = []
    for folder in SIBLINGS:
        if folder.is_dir():
            for f in sorted(folder.rglob("*")):
                if f.is_file() and f.suffix in (".json", ".jsonl", ".html", ".md", ".py"):
                    parts.append(f.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts).lower()


def main() -> int:
    reviews, reviewers, common = load_memory()

    articles = {}
    for n, line in enumerate((HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        a = json.loads(line)
        for k in ("id", "url", "outlet", "published", "title", "text", "language"):
            if not isinstance(a.get(k), str) or not a[k]:
                problem(f"articles.jsonl:{n}: field {k} missing")
        if a["id"] in articles:
            problem(f"articles.jsonl:{n}: duplicate id {a['id']}")
        if not re.match(r"^https://[a-z0-9-]+\.example/", a["url"]):
            problem(f"articles.jsonl:{n}: url is not fictional")
        if a["language"] not in ("fr", "en"):
            problem(f"articles.jsonl:{n}: language {a['language']}")
        if not valid_date(a["published"]):
            problem(f"articles.jsonl:{n}: published invalid")
        words = len((a["title"] + " " + a["text"]).split())
        if not 250 <= words <= 600:
            problem(f"articles.jsonl:{n}: {a['id']} has {words} words (250-600 expected)")
        articles[a["id"]] = a
    if len({a["url"] for a in articles.values()}) != len(articles):
        problem("articles.jsonl: duplicate article url")

    everything = (MEM / "reviews.jsonl").read_text(encoding="utf-8") + (HERE / "articles.jsonl").read_text(
        encoding="utf-8"
    ) + (HERE / "gold.json").read_text(encoding="utf-8")
    for name in FORBIDDEN:
        if name.lower() in everything.lower():
            problem(f"name {name!r} of an earlier set reused")
    for word in FORBIDDEN_TOPIC_WORDS:
        if re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", everything.lower()):
            problem(f"topic word {word!r} of factchecks-heldout4 to -heldout30 reused")
    for name in INVENTED:
        if name.lower() not in everything.lower():
            problem(f"invented name {name!r} listed in check.py but not used")
    for folder in SIBLINGS:
        if not folder.is_dir():
            problem(f"earlier set {folder} not found: the names cannot be checked against it")
    siblings = sibling_text()
    for name in INVENTED:
        if name.lower() in siblings:
            problem(f"invented name {name!r} also occurs in an earlier set")
    if siblings:
        # no sentence copied from an earlier set: no run of RUN (ten) words shared with them; runs of eight are reported
        sib_words = re.findall(r"\w+", siblings)
        for n in (RUN, 8):
            sib_runs = {tuple(sib_words[i : i + n]) for i in range(len(sib_words) - n + 1)}
            shared_runs = 0
            for a in articles.values():
                own = shingles(a["title"] + "\n\n" + a["text"], n)
                shared_runs += len(own & sib_runs)
                if n == RUN and own & sib_runs:
                    problem(f"{a['id']}: shares a run of {n} words with an earlier set: {' '.join(sorted(own & sib_runs)[0])!r}")
            for cr in reviews.values():
                own = shingles(cr["claimReviewed"], n)
                shared_runs += len(own & sib_runs)
                if n == RUN and own & sib_runs:
                    problem(f"review {cr['url']}: claim shares a run of {n} words with an earlier set")
            copied_runs[n] = shared_runs
    for word in TOPIC_WORDS:
        pattern = re.compile(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)")
        if not pattern.search(everything.lower()):
            problem(f"topic word {word!r} listed in check.py but not used")
        if siblings and pattern.search(siblings):
            problem(f"topic word {word!r} also occurs in an earlier set")

    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    if set(gold) != {"links", "near_misses", "no_claim_articles"}:
        problem(f"gold.json: keys {sorted(gold)}")
    link_articles, nm_articles = set(), set()
    for kind, key in (("links", "review"), ("near_misses", "topic_of")):
        for i, g in enumerate(gold[kind]):
            where = f"gold {kind}[{i}] ({g.get('article')})"
            a = articles.get(g["article"])
            if a is None:
                problem(f"{where}: unknown article")
                continue
            full = a["title"] + "\n\n" + a["text"]
            count = full.count(g["text"])
            if count != 1:
                problem(f"{where}: text found {count} times in the article: {g['text'][:60]!r}")
            start, end = g.get("start"), g.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and full[start:end] == g["text"]):
                problem(f"{where}: offsets {start}-{end} do not point at the text in title + \\n\\n + text")
            if g[key] not in reviews:
                problem(f"{where}: {key} {g[key]} is not a review of the memory")
                continue
            claim = reviews[g[key]]["claimReviewed"]
            if claim.lower() in g["text"].lower():
                problem(f"{where}: the sentence repeats the review's wording instead of paraphrasing it")
            shared = shingles(claim) & shingles(g["text"])
            if shared:
                problem(f"{where}: the sentence copies words of the review: {' '.join(sorted(shared)[0])!r}")
            if kind == "links":
                cross = reviews[g[key]]["inLanguage"] != a["language"]
                if cross != g["cross_language"]:
                    problem(f"{where}: cross_language should be {cross}")
                link_articles.add(g["article"])
            else:
                nm_articles.add(g["article"])
    for aid in gold["no_claim_articles"]:
        if aid not in articles:
            problem(f"gold no_claim_articles: unknown article {aid}")
        if aid in link_articles or aid in nm_articles:
            problem(f"gold no_claim_articles: {aid} has gold links or near-misses")
    for g in gold["links"]:
        a, cr = articles.get(g["article"]), reviews.get(g["review"])
        if a and cr and a["published"] < cr["datePublished"][:10]:
            problem(f"gold link ({g['article']}): article published before the review it states ({cr['url']})")
    link_keys = [(g["article"], g["text"]) for g in gold["links"]]
    if len(set(link_keys)) != len(link_keys):
        problem("gold: duplicate link")
    for g in gold["near_misses"]:
        if (g["article"], g["text"]) in set(link_keys):
            problem(f"gold: near-miss text of {g['article']} is also a link text")
        if any(g["article"] == h["article"] and (g["text"] in h["text"] or h["text"] in g["text"])
               for h in gold["links"]):
            problem(f"gold: near-miss of {g['article']} overlaps a link sentence")

    langs = Counter(cr["inLanguage"] for cr in reviews.values())
    art_langs = Counter(a["language"] for a in articles.values())
    nc_langs = Counter(articles[a]["language"] for a in gold["no_claim_articles"] if a in articles)
    n_cross = sum(g["cross_language"] for g in gold["links"])
    n_cross_fr_en = sum(g["cross_language"] and articles[g["article"]]["language"] == "fr" for g in gold["links"])
    bare = [g for g in gold["links"] if g["review"] in reviews and bare_link(reviews[g["review"]]["claimReviewed"], g["text"])]
    exact = [
        ("reviews", len(reviews), 40),
        ("French reviews", langs["fr"], 20),
        ("English reviews", langs["en"], 20),
        ("fact-checkers", len(reviewers), 4),
        ("articles", len(articles), 30),
        ("French articles", art_langs["fr"], 15),
        ("English articles", art_langs["en"], 15),
        ("no-claim articles", len(gold["no_claim_articles"]), 6),
    ]
    for name, value, want in exact:
        if value != want:
            problem(f"{name}: {value}, expected {want}")
    for name, n in reviewers.items():
        if n != 10:
            problem(f"{name} has {n} reviews, expected 10")
    minimums = [
        ("links", len(gold["links"]), 65),
        ("links sharing no figure and no name with their review", len(bare), 30),
        ("cross-language links", n_cross, 30),
        ("cross-language links from French articles", n_cross_fr_en, 8),
        ("cross-language links from English articles", n_cross - n_cross_fr_en, 8),
        ("near-misses", len(gold["near_misses"]), 60),
        ("opinion columns", sum("tribune" in a["title"].lower() or "/opinions/" in a["url"] or "/columns/" in a["url"]
                                for a in articles.values()), 2),
        ("French no-claim articles", nc_langs["fr"], 1),
        ("English no-claim articles", nc_langs["en"], 1),
    ] + [(f"'{c}' reviews", common[c], 4) for c in COMMON]
    for name, value, low in minimums:
        if value < low:
            problem(f"too few {name}: {value} < {low}")
    claim_articles = set(articles) - set(gold["no_claim_articles"])
    if claim_articles - link_articles:
        problem(f"articles neither linked nor no-claim: {sorted(claim_articles - link_articles)}")

    print(f"memory: {len(reviews)} reviews ({langs['fr']} fr, {langs['en']} en) by {len(reviewers)} fact-checkers")
    print("  per checker: " + ", ".join(f"{k} {v}" for k, v in sorted(reviewers.items())))
    print("  common ratings: " + ", ".join(f"{c} {common[c]}" for c in COMMON))
    print(f"articles: {len(articles)} ({art_langs['fr']} fr, {art_langs['en']} en)")
    print(
        f"gold: {len(gold['links'])} links to {len({g['review'] for g in gold['links']})} distinct reviews "
        f"in {len(link_articles)} articles ({n_cross} cross-language: {n_cross_fr_en} fr article -> en review, "
        f"{n_cross - n_cross_fr_en} en article -> fr review), "
        f"{len(gold['near_misses'])} near-misses in {len(nm_articles)} articles, "
        f"{len(gold['no_claim_articles'])} no-claim articles"
    )
    print(f"  {len(bare)} links share no figure and no capitalised name with their review "
          f"({sum(g['cross_language'] for g in bare)} of them cross-language)")
    print(f"  runs shared with the earlier sets: {copied_runs.get(RUN, 0)} of {RUN} words, {copied_runs.get(8, 0)} of 8 words")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
