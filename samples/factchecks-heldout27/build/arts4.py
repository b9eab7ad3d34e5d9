"""Articles of topics G (Windsor chairs, Fernhampstead) and H (letterpress, Thurlmere)."""

ARTICLES = [
    {
        "id": "en-fernhampstead-chairs",
        "url": "https://fernhampsteadgazette.example/news/2026/09/chairmaker-open-workshop",
        "outlet": "Fernhampstead Gazette",
        "published": "2026-09-24",
        "language": "en",
        "title": "Chairmaker's open workshop draws crowds to Beech End",
        "text": """More than three hundred people made their way down the track to Beech End on Sunday for Keturah Honeysett's open workshop, the first since before the pandemic. Children queued to try the pole lathe while their parents ran their hands over the curved backs of finished chairs.

[[L G1|She told the Gazette she finishes around thirty-five chairs a year, working mostly alone.]] [[N G1|In 2016, the year she took over from her uncle, she made just eighteen.]]

[[L G4|A painted board over the door says the family has turned chair legs in this village since the year of Gladstone's second victory at the polls.]] [[N G4|The present workshop, a former cart shed, was only bought in 1927.]]

[[L G5|A single chair, according to the price list pinned by the door, costs two and a half thousand pounds.]] [[N G5|A child's stool, made from the offcuts, sells for 180 pounds.]] Honeysett says most buyers are not collectors but couples furnishing a kitchen "for the rest of their lives".

[[N G3|A pair of her chairs were bought for a Cambridge college library in 2015, and a photograph of them hangs by the lathe.]] [[N G2|Her rocking chairs do get a few brass screws, she admits, where the rockers meet the legs.]]

The seats are carved from single planks of elm, the legs turned from beech felled in the woods above the village and the bows steamed from ash. Honeysett uses a drawknife, a travisher and an adze, and a bandsaw "only when nobody is looking".

She is looking for an apprentice and has applied for support from a heritage crafts fund. The workshop opens again for visitors on the first Sunday in December, when there will be mulled apple juice and a raffle in aid of the village school.""",
    },
    {
        "id": "en-fernhampstead-column",
        "url": "https://fernhampsteadgazette.example/columns/2026/10/what-the-chairmaker-taught-me",
        "outlet": "Fernhampstead Gazette",
        "published": "2026-10-22",
        "language": "en",
        "title": "Column: What the chairmaker taught me about rumours",
        "text": """I spent two years as a very bad apprentice in the Honeysett workshop when I left school, long before Keturah took it over, and I still cannot walk past the door without stopping. So it has been strange, these past months, to hear the place discussed in the post office queue as if it were a film set.

First, the part I can vouch for. [[L G2|Her chairs hold together with nothing but wedged joints and glue; in two years I never once saw a piece of metal go into one.]] [[N G2|The old workbenches, on the other hand, are held together with more bolts than I could count.]]

[[L G4|Older neighbours say the family has made chairs in this village since the later years of Queen Victoria's reign, and the parish records I have seen bear that out.]] [[N G4|The family's first shop in the high street closed in 1911, when the railway took the trade to High Wycombe.]]

[[L G5|One reader wrote to me to say that a chair of hers sells for two and a half thousand pounds.]] I do not know the price, and I did not ask: some things one does not ask a neighbour. [[N G5|Her stools, I have seen, fetch a few hundred at the auction house in Aylesbury.]]

[[N G3|Another reader claimed that a set of her chairs went to a London embassy in 2014.]] Rumours in a village travel faster than invoices. [[N G1|What I do know is that she trains two students a year from the furniture college.]]

The truth about the workshop is less exciting and more impressive than the rumours. It is a woman, a lathe, a steam box and a great deal of patience. If you want to honour it, do not repeat stories. Buy a chair, or at least sit in one.

Wilfred Oakapple taught woodwork at the village school for thirty-one years.""",
    },
    {
        "id": "fr-sirocco-chaises",
        "url": "https://agence-sirocco.example/depeches/2026/11/buckinghamshire-chaise-windsor",
        "outlet": "Agence Sirocco",
        "published": "2026-11-09",
        "language": "fr",
        "title": "Dans le Buckinghamshire, une chaisière perpétue la chaise Windsor",
        "text": """FERNHAMPSTEAD (Royaume-Uni), 9 novembre (Agence Sirocco) - Au bout d'un chemin creux, dans un village de briques et de silex à une heure de Londres, Keturah Honeysett fabrique des chaises Windsor, ces sièges à dossier en arceau nés dans les forêts de hêtres de la région au XVIIIe siècle.

[[L G1|Elle en achève environ trente-cinq par an, presque toujours seule dans son atelier.]] [[N G1|En 2016, elle n'en avait fabriqué que dix-huit.]]

[[L G2|Aucune vis, aucun clou : tout tient par des tenons serrés et des coins de bois enfoncés au maillet, affirme l'artisane.]] [[N G2|Ses fauteuils à bascule reçoivent tout de même quelques vis de laiton.]]

[[L G5|Une seule chaise se négocie autour de deux mille cinq cents livres, selon la liste de prix affichée à l'entrée.]] [[N G5|Un tabouret d'enfant coûte moins de deux cents livres.]]

[[N G3|Un jeu de chaises aurait été commandé pour une ambassade à Londres en 2014, selon une rumeur locale.]] [[N G4|L'atelier actuel, une ancienne remise à charrettes, n'a été acheté qu'en 1927.]]

Le siège est creusé dans une planche d'orme, les pieds tournés dans du hêtre, l'arceau cintré à la vapeur dans du frêne. L'artisane travaille au tour à perche et à la plane, comme ses ancêtres.

Elle cherche aujourd'hui un apprenti et a sollicité un fonds d'aide aux métiers d'art menacés. « Une chaise qu'on transmet à ses petits-enfants, c'est le contraire d'un objet jetable », résume-t-elle. Ses commandes, qui viennent surtout de jeunes couples, dépassent désormais sa capacité de production.""",
    },
    {
        "id": "en-thurlmere-press",
        "url": "https://thurlmerelantern.example/news/2026/09/grimshaw-press-wedding-season",
        "outlet": "Thurlmere Lantern",
        "published": "2026-09-28",
        "language": "en",
        "title": "Thurlmere printer busy as wedding season stretches into autumn",
        "text": """The clatter of the old presses can be heard from the market place these days, as the Grimshaw Press works through a backlog of autumn weddings. Tabitha Grimshaw, who took over the shop on Staithe Lane from her father, says couples are booking later and asking for more.

[[L H1|The shop's brochure speaks of ninety thousand wedding invitations printed in an average year.]] [[N H1|Christmas cards account for a further eight thousand orders.]] Grimshaw says the real figure depends on how many guests people invite, "and that has gone up".

[[L H4|Every line, she says, is still composed letter by letter from trays of metal type, with no computer in sight.]] [[N H4|Business cards, on the other hand, are now printed from polymer plates made in Norwich.]]

[[L H5|The paper, according to the shop's website, is all made from recycled cotton rag.]] [[N H5|The envelopes are bought from a wholesaler in Peterborough.]]

[[N H2|A second, smaller press was bought at a farm auction in 1952.]] [[N H3|The shop printed programmes for a county cricket final in 1971, and one is framed behind the counter.]]

Grimshaw has two part-time compositors and a Saturday apprentice from the high school. She says the work is slow but satisfying: "You can feel a letterpress card with your thumb. You can't say that about an email."

The shop is open to visitors on Thursday afternoons, when children can set their own name in wooden letters and take the print home. Groups of more than six are asked to book in advance by telephone.""",
    },
    {
        "id": "en-thurlmere-press-fables",
        "url": "https://thurlmerelantern.example/features/2026/10/fact-and-fable-grimshaw-press",
        "outlet": "Thurlmere Lantern",
        "published": "2026-10-19",
        "language": "en",
        "title": "Fact and fable at the Grimshaw Press",
        "text": """Every small town has a building that attracts stories, and in Thurlmere it is the narrow print shop on Staithe Lane. Since the Grimshaw Press appeared in a television programme about traditional crafts, visitors have arrived with a list of things they have read online. We sat down with Tabitha Grimshaw to go through them.

[[L H2|First, the big press: the story goes that it was built in the year of the last public hanging in England.]] Grimshaw has no paperwork to prove it either way. [[N H2|The treadle press by the window, she says, dates from 1902.]]

[[L H4|Second, that every word leaving the shop is set by hand in lead.]] That one she is happy to confirm. [[N H4|Large posters for the village hall are printed from wooden letters, not lead.]]

[[L H5|Third, that she prints on nothing but recycled cotton paper.]] [[N H5|Some customers, she says, bring their own handmade paper from a mill in Kent.]]

[[N H3|Tickets for a Norwich City cup tie in 1959 were printed here, the shop's ledger shows.]] [[N H1|Orders for invitations fell by a third in 2020, when weddings were postponed.]]

Grimshaw is relaxed about the stories. "The press doesn't care what people say about it," she said. "It just wants oiling."

She is planning an exhibition of a century of wedding invitations printed in the shop, drawn from the sample books her grandfather kept. It opens at the library in February and will later travel to the museum in King's Lynn, where a working press will be set up in the foyer.""",
    },
    {
        "id": "fr-sirocco-imprimerie",
        "url": "https://agence-sirocco.example/depeches/2026/11/norfolk-imprimerie-plomb",
        "outlet": "Agence Sirocco",
        "published": "2026-11-12",
        "language": "fr",
        "title": "Dans le Norfolk, une imprimerie fidèle au plomb",
        "text": """THURLMERE (Royaume-Uni), 12 novembre (Agence Sirocco) - Dans une ruelle d'une petite ville du Norfolk, à quelques kilomètres de la mer du Nord, une imprimerie de poche continue de travailler comme au temps des journaux composés à la main. Tabitha Grimshaw y a succédé à son père, et à son grand-père avant lui.

[[L H1|L'atelier imprime chaque année quelque quatre-vingt-dix mille faire-part de mariage, selon sa brochure.]] [[N H1|Les cartes de vœux représentent environ huit mille commandes supplémentaires.]]

[[L H2|La grande presse de l'atelier aurait été construite sous le règne de Victoria, l'année même où Disraeli devenait pour la première fois Premier ministre.]] [[N H2|Une presse plus petite a été achetée lors d'une vente aux enchères en 1952.]]

[[L H4|Chaque texte y est encore assemblé lettre après lettre, avec des caractères en plomb rangés dans de vieilles casses de bois.]] [[N H5|Les enveloppes, elles, sont achetées chez un grossiste de Peterborough.]]

[[N H3|Une vieille affiche prétend que l'atelier a imprimé le programme d'une finale de rugby en 1973.]] L'imprimeuse n'en a retrouvé aucune trace dans ses registres.

L'atelier emploie deux typographes à temps partiel et accueille un apprenti le samedi. Les clients, surtout des jeunes couples, viennent parfois de Londres pour choisir leurs caractères. « On peut sentir une carte imprimée au plomb sous le pouce. Essayez donc avec un courriel », sourit l'imprimeuse.

Le jeudi après-midi, les enfants de la ville peuvent composer leur prénom en lettres de bois et repartir avec leur tirage. Une exposition consacrée à un siècle de faire-part doit ouvrir en février à la bibliothèque municipale.""",
    },
]
