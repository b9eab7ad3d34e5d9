"""Articles of topics E (longbows, Yarlhope) and F (walking sticks, Bellingrigg)."""

ARTICLES = [
    {
        "id": "en-yarlhope-bowyer",
        "url": "https://yarlhopejournal.example/news/2026/09/bowyer-opens-workshop-archery-weekend",
        "outlet": "Yarlhope Journal",
        "published": "2026-09-16",
        "language": "en",
        "title": "Yarlhope bowyer opens his workshop for archery weekend",
        "text": """Visitors queued along Orchard Row on Saturday to see inside the low brick barn where Jethro Tewsley shapes bows from rough timber. The open day, part of the village's first archery weekend, drew families from as far as Ludlow and Worcester.

[[L E1|Tewsley told the Journal he finishes about sixty longbows in a good year.]] [[N E1|In 2015, by his own account, he made forty.]] He spends the winter splitting and seasoning staves and the summer tillering them, bending each bow a little further every day on a wall-mounted rack until the limbs move evenly.

[[L E4|A poster at the range claims one of his bows can put an arrow three hundred metres downrange.]] [[N E4|Club members on Saturday shot at targets set at a hundred yards.]] The poster was made by the club, Tewsley pointed out, not by him.

[[L E5|Anyone ordering a bow today should not expect to collect it before the spring after next, he warned.]] [[N E5|Repairs, on the other hand, are usually done within a fortnight.]]

[[N E2|The strings are made from a synthetic fibre bought from a supplier in the Netherlands.]] [[N E3|A bow he made was given to a visiting Japanese archery team in 2011, and a photograph of the handover hangs in the barn.]]

Caradoc Penhale, secretary of the Yarlhope Bowmen, said the weekend had raised more than eight hundred pounds for new targets and a shelter at the field behind the church. "We want children to try it," he said. "It is not about battles, it is about standing still and breathing."

The club meets on Sunday mornings from April to October. Beginners' sessions are free, and bows are lent for the first three months.""",
    },
    {
        "id": "en-yarlhope-bowyer-claims",
        "url": "https://yarlhopejournal.example/features/2026/10/the-bowyer-the-king-and-other-tales",
        "outlet": "Yarlhope Journal",
        "published": "2026-10-09",
        "language": "en",
        "title": "The bowyer, the king and other Yarlhope tales",
        "text": """Ever since a national newspaper ran a photograph of Jethro Tewsley at his bench this summer, stories about the village bowyer have multiplied. Some come from the archery club, some from social media, and one, apparently, from the pub quiz. We asked him about them.

[[L E2|The first: every stave he works is cut from yew grown in this country, and from nothing else.]] That one he confirms, with a caveat: the yew must come from old churchyard trees or estates that have felled them for safety. [[N E2|Some laminated hunting bows on the market use Canadian maple, he added.]]

[[L E4|The second: a bow of his can loft an arrow some three hundred metres.]] He laughs. [[N E4|The club record, he points out, stands at 240 yards, set with a much heavier bow in 1998.]]

[[L E5|The third, from a post on an archers' forum: buyers wait eighteen months for a bow.]] [[N E5|A cheaper beginner's bow, made from offcuts, is ready in about three weeks.]]

[[N E3|A tale that one of his bows went to a European prince in 2015 has no source that we could find.]] "Nobody told me," he said drily. [[N E1|He did sell twelve bows abroad last year, mostly to Germany and Denmark.]]

Tewsley is not bothered by the stories. "People like a legend," he said. "As long as they come and try the thing, I don't mind what they believe." He is taking on an apprentice from the county college next year, the first in the workshop since he learned the trade himself in the 1980s.

The workshop is open by appointment on Fridays. Bows are not sold to anyone under sixteen without a parent present.""",
    },
    {
        "id": "fr-sirocco-arcs",
        "url": "https://agence-sirocco.example/depeches/2026/10/herefordshire-arc-long",
        "outlet": "Agence Sirocco",
        "published": "2026-10-27",
        "language": "fr",
        "title": "Dans le Herefordshire, un artisan fait revivre l'arc long médiéval",
        "text": """YARLHOPE (Royaume-Uni), 27 octobre (Agence Sirocco) - Dans une grange de briques au bout d'un chemin bordé de pommiers, Jethro Tewsley taille des arcs longs comme ceux qui firent la réputation des archers anglais à la fin du Moyen Âge. L'homme, la soixantaine, est l'un des derniers artisans du pays à vivre de ce métier.

[[L E1|Il dit en fabriquer une soixantaine par an, tous à la main, à l'aide de plusieurs rabots et d'une simple râpe.]] [[N E1|Une décennie plus tôt, il en produisait à peine une vingtaine, en parallèle d'un emploi de charpentier.]]

[[L E2|Chaque arc est taillé dans de l'if poussé sur le sol du royaume, jamais importé, assure l'artisan.]] [[N E2|Les flèches, elles, sont en bois de cèdre importé d'Amérique du Nord.]] Le bois est fendu, jamais scié, pour suivre le fil.

[[L E4|Selon un archer du club local, un de ses arcs expédierait une flèche à trois cents mètres.]] L'artisan se contente de hausser les sourcils. [[N E4|Le record du club, rappelle-t-il, est bien inférieur, autour de deux cent vingt mètres.]]

[[N E3|Une légende locale veut qu'un de ses arcs ait été offert à un prince européen en 2015.]] Il n'en a aucun souvenir. [[N E5|Les réparations, elles, sont faites en quelques semaines.]]

Son carnet de commandes déborde depuis qu'un journal national lui a consacré un portrait cet été. Il prendra un apprenti l'an prochain, le premier depuis qu'il a lui-même appris le métier, dans les années 1980, auprès d'un vieil artisan du Shropshire. Le club d'archerie du village, lui, compte désormais plus de cinquante membres, dont une vingtaine d'enfants.""",
    },
    {
        "id": "en-bellingrigg-sticks",
        "url": "https://bellingriggtidings.example/news/2026/09/stickmaker-show-season",
        "outlet": "Bellingrigg Tidings",
        "published": "2026-09-21",
        "language": "en",
        "title": "Bellingrigg stickmaker readies his bench for show season",
        "text": """The shed behind Ninian Coulthard's farmhouse on the Riggside road is crowded with hazel, blackthorn and holly shanks, tied in bundles and left to season for a year or more. In a corner, a row of curled horns waits in a bucket of water, softening for the press.

[[L F1|Coulthard said he turns out roughly four hundred sticks in a year, most of them plain walking sticks for shops in the county.]] [[N F1|Ten years ago he made barely a hundred, working in the evenings after the sheep.]]

[[L F4|All the shanks are cut from hazel growing in the hedges and copses of his own farm.]] [[N F4|Buffalo horn for some of the cheaper handles is bought from a supplier in India.]]

[[L F5|A handle of curled ram's horn, he says, takes him from the back end of summer to the following spring to shape and finish.]] [[N F5|A plain thumbstick, by contrast, takes him a single evening.]]

[[N F2|He won best crook at a Cumbrian show in 2019, a rosette he keeps pinned above the bench.]] [[N F3|A crook of his was presented to a retiring vicar in Alnwick in 2004.]]

Coulthard, who is sixty-eight, took up stickmaking when his father's eyesight failed and the old man needed someone to finish the orders. He now teaches evening classes at the village hall, where eleven students meet on Tuesdays through the winter.

The first big show of the season is at the end of the month. Coulthard will enter four classes, and says he is quietly confident about his ram's horn crook. Entries close on Friday; forms are available from the post office.""",
    },
    {
        "id": "en-bellingrigg-sticks-stories",
        "url": "https://bellingriggtidings.example/features/2026/10/sticks-shows-and-a-bishop",
        "outlet": "Bellingrigg Tidings",
        "published": "2026-10-14",
        "language": "en",
        "title": "Sticks, shows and a bishop: the stories about our stickmaker",
        "text": """Ninian Coulthard is, by common agreement, the best-known man in Bellingrigg who has never stood for the parish council. His walking sticks are sold as far away as London, and the stories about him travel even further. We put the most common ones to him over a mug of tea.

[[L F2|The first story is that he has won the top award at the county show every single year for eleven years.]] He confirms the run, but adds that in two of those years he was the only entrant in his class. [[N F2|He has also won the stick class at the village sheep show three times.]]

[[L F4|A story doing the rounds says that all his wood is hazel cut on his own land.]] [[N F4|The antler for his deer-horn handles, he says, comes from an estate in Scotland.]]

[[L F5|A ram's horn handle, the second story goes, takes six months of work.]] [[N F5|A horn that cracks in the press, he says, means starting again after two days.]]

[[N F3|A bishop in Hexham did carry one of his crooks, but at an agricultural show in 2011, not in a cathedral.]] [[N F1|His apprentice, a former joiner, made fifty sticks last year on her own.]]

Coulthard says he does not mind the stories as long as they are kind. "The one about me selling a stick to a film star is rubbish, though," he said. "If it were true, it would be in the shop window."

His sticks are on sale at the show, at the post office and at the tearoom by the bridge. Classes resume in January.""",
    },
    {
        "id": "fr-sirocco-cannes",
        "url": "https://agence-sirocco.example/depeches/2026/11/northumberland-cannes",
        "outlet": "Agence Sirocco",
        "published": "2026-11-02",
        "language": "fr",
        "title": "Dans le Northumberland, le façonneur de cannes de Bellingrigg",
        "text": """BELLINGRIGG (Royaume-Uni), 2 novembre (Agence Sirocco) - Dans la lande du nord de l'Angleterre, à quelques kilomètres de la frontière écossaise, un éleveur de moutons a fait d'un passe-temps familial un petit métier reconnu. Ninian Coulthard fabrique des cannes de marche et des houlettes de berger dans une remise au fond de sa cour.

[[L F1|Il façonne environ quatre cents cannes par an, vendues dans les boutiques de la région et lors des foires.]] [[N F1|En 2010, il en vendait moins de deux cents.]]

[[L F2|Au concours du comté, ses cannes raflent le premier prix sans interruption depuis onze ans, assure le club local.]] [[N F2|Il a aussi remporté un concours régional en Écosse en 2018.]]

[[L F5|Une poignée taillée dans la corne d'un bélier l'occupe de la fin de l'été jusqu'au printemps suivant.]] La corne est chauffée, pressée, limée, puis polie pendant des heures. [[N F4|Les poignées en bois de cerf, elles, viennent d'un domaine d'Écosse.]]

[[N F3|Une de ses houlettes aurait été offerte à un évêque anglican lors d'une foire agricole en 2011.]] L'intéressé confirme, sans en faire une affaire.

Le métier, explique-t-il, s'est transmis de père en fils dans sa famille depuis trois générations. Il donne désormais des cours le mardi soir à la salle municipale, devant une dizaine d'élèves, retraités pour la plupart. « Il faut de la patience, et surtout accepter de rater », dit-il en montrant une pile de cornes fendues dans un coin. Ses cannes les plus simples se vendent une quarantaine de livres ; les plus travaillées, plusieurs centaines.""",
    },
]
