#!/usr/bin/env python3
"""Build corpus.jsonl and gold.json from the annotated sources src/*.txt (standard library only).

Source format: an article starts with a line
    ### <id> | <outlet> | <published> | <language> | <story>
then the title line, a blank line, and paragraphs separated by blank lines.
Claim occurrences are marked {C:<claim>|<a or u>|<h or n>|<source>}sentence{/}
(a = attributed, u = unsourced; h = hedged, n = not hedged; source empty when unsourced),
near misses {N:<claim>}sentence{/}. The markers are removed from the text, so that every gold
sentence is verbatim by construction.
"""
import json
import unicodedata
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

STORIES = {
    "ysolde-mussel-poisoning": "some 60 people fall ill after eating mussels at the village fair of Sainte-Ysolde-sur-Saire (Manche); harvesting banned",
    "ysolde-marina-vote": "Sainte-Ysolde-sur-Saire council approves the long-planned 180-berth marina extension in a stormy session, five days after the fair",
    "skelbrough-ride-accident": "a fairground ride breaks apart on Skelbrough seafront (North Yorkshire), eleven people hurt",
    "skelbrough-winter-gardens": "Skelbrough council approves the lease of the Winter Gardens to Fathom Leisure, four days after the ride accident",
    "urdazpe-spraying": "schoolchildren of Urdazpe (Pyrénées-Atlantiques) taken ill after a vineyard was sprayed next to the school; column",
    "urdazpe-hail": "a hailstorm wrecks the Urdazpe vineyards days before the harvest; the cooperative asks for disaster status",
    "berquesaut-chimp-escape": "three chimpanzees escape from the Mont-Quennebert zoo at Berquesaut (Nord); recaptured; inquiry (12 days)",
    "iceland-eruption": "a fissure eruption forces the evacuation of the fishing village of Hrafnsvík (Iceland); wire copy, reprint, conspiracy piece",
    "chamonix-climbers": "three British climbers rescued from the Aiguillettes glacier above Chamonix after a night in a crevasse",
    "dover-border-outage": "a failure of the French border computer system at Dover causes 20 km of lorry queues",
    "marrakech-balloon": "a hot-air balloon carrying tourists crash-lands near Marrakech, nine hurt",
    "sardinia-sand-fine": "a French family fined for taking sand and shells from a Sardinian beach",
    "single-ysolde-regattas": "the Saint-Michel regattas of Sainte-Ysolde-sur-Saire held despite the shellfish ban",
    "single-skelbrough-lifeboat": "Skelbrough lifeboat station names its new all-weather lifeboat",
    "single-urdazpe-fronton": "the Urdazpe pelota court reopens after renovation",
    "single-iceland-tourism": "Iceland's tourist board reports a record September despite the eruption",
}

CLAIMS = {
    "mussels-sewage": "the mussels were contaminated by raw sewage from the Hougue-Noire treatment plant, which overflowed in the storm before the fair",
    "prefect-ignored-warnings": "the prefect had been warned repeatedly that the Hougue-Noire plant was saturated and did nothing",
    "ride-no-inspection": "the Kraken ride had not had its compulsory annual safety inspection this year",
    "mayor-campaign-funds": "the owner of Fathom Leisure helped pay for the council leader's election campaign",
    "spray-banned-product": "the spray used next to the school contained a pesticide banned in France",
    "chimps-freed-by-activists": "animal-rights activists opened the enclosure and let the chimpanzees out",
    "zoo-keeper-cuts": "the zoo had cut its keeper staff sharply in the last two years",
    "eruption-geothermal-drilling": "the eruption was set off by the geothermal company's deep drilling",
}

MARK = re.compile(r"\{C:([^|}]+)\|([au])\|([hn])\|([^}]*)\}(.*?)\{/\}|\{N:([^}]+)\}(.*?)\{/\}", re.S)


def main():
    articles, occ, near = [], {c: [] for c in CLAIMS}, []
    members = {s: [] for s in STORIES}
    for path in sorted(HERE.glob("*.txt")):
        blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
        for block in blocks:
            head, _, body = block.partition("\n")
            aid, outlet, date, lang, story = [x.strip() for x in head.split("|")]
            title, _, text = body.strip().partition("\n\n")
            paras = [re.sub(r"\s*\n\s*", " ", p).strip() for p in text.strip().split("\n\n")]
            raw = title.strip() + "\n\n" + "\n\n".join(paras)

            def repl(m):
                if m.group(1):
                    occ[m.group(1)].append({"article": aid, "text": m.group(5), "kind":
                                            "attributed" if m.group(2) == "a" else "unsourced",
                                            "hedged": m.group(3) == "h", "source": m.group(4)})
                    return m.group(5)
                near.append({"article": aid, "text": m.group(7), "close_to": m.group(6)})
                return m.group(7)

            clean = MARK.sub(repl, raw)
            assert "{" not in clean and "}" not in clean, aid
            t, _, x = clean.partition("\n\n")
            articles.append({"id": aid, "url": f"https://{re.sub(r'[^a-z]', '', unicodedata.normalize('NFKD', outlet).encode('ascii', 'ignore').decode().lower())}.example/{aid}",
                             "outlet": outlet, "published": date, "title": t, "text": x,
                             "language": lang})
            members[story].append(aid)
    articles.sort(key=lambda a: (a["published"], a["id"]))
    with open(OUT / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold = {"stories": {s: {"label": STORIES[s], "articles": members[s]} for s in STORIES},
            "claims": {c: {"label": CLAIMS[c], "occurrences": occ[c]} for c in CLAIMS},
            "near_misses": near}
    (OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(articles), "articles written")


if __name__ == "__main__":
    main()
