#!/usr/bin/env python3
"""Builds corpus.jsonl and gold.json from the annotated sources in src/ (standard library only)."""
import json, re, unicodedata
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
STORIES = {
    "plouzevenec-jogger-death": "a jogger found dead on the algae-covered cove of Porz-Gwenn at Plouzévenec (Finistère); post-mortem inconclusive ten days later",
    "plouzevenec-piggery-permit": "the public inquiry into the Kerhuel pig farm expansion closes at Plouzévenec; campaigners say the prefect signed the permit early",
    "porthkennick-sinkhole": "a sinkhole swallows caravans at Trevarrick Sands holiday park, Porthkennick (Cornwall); 300 holidaymakers evacuated",
    "porthkennick-mine-meeting": "stormy public meeting on Kernow Deep Metals' plan to reopen the Wheal Trevose tin mine at Porthkennick",
    "bellecombe-formula-recall": "Laiteries Bellecombe recalls Bébélune infant formula after Cronobacter infections; recall widened, searches and emails (13 days)",
    "castelmoulis-roofer-death": "a roofer dies on a roof in the heatwave at Castelmoulis near Toulouse; inquiry, union accusations",
    "strasbourg-cruise-outbreak": "norovirus outbreak on the river cruise boat Aurelia Rhenana, held at Strasbourg",
    "sambava-vanilla-seizure": "4.3 tonnes of prematurely picked vanilla seized in a warehouse at Andranofotsy-Nord near Sambava (Madagascar); opposition targets the governor",
    "sava-farmers-blockade": "vanilla farmers block the Sambava-Antalaha road to demand a minimum price",
    "noumea-acid-leak": "sulphuric acid leak at the Pointe-Wiri nickel plant (New Caledonia) kills fish in Nekuré Bay; unit shut",
    "bristol-airport-drone": "drone sightings close Bristol Airport for five hours on a Friday night",
    "reunion-shark-attack": "a surfer seriously injured by a shark at the Anse des Filaos-Bleus, Saint-Leu (Réunion)",
    "single-plouzevenec-festival": "the Gouel an Aod festival at Plouzévenec (mentions the jogger's death)",
    "single-porthkennick-harbour": "Porthkennick harbour dredging delayed (mentions the sinkhole)",
    "single-toulouse-heat-plan": "Haute-Garonne prefecture's heat plan for building sites (mentions the roofer's death)",
    "single-vanilla-market-outlook": "outlook for Madagascar's 2026 vanilla crop and prices (mentions the seizure and the blockade)",
    "single-reunion-surf-season": "surf schools of western Réunion between record bookings and worry (mentions the shark attack)",
}
CLAIMS = {
    "jogger-algae-gas": "the jogger was killed by the hydrogen sulphide gas given off by the rotting green algae",
    "prefect-permit-before-enquiry": "the prefect signed the permit for the Kerhuel pig farm expansion before the public inquiry had closed",
    "sinkhole-drilling": "the sinkhole was caused by Kernow Deep Metals' exploration drilling on the headland",
    "formula-company-knew": "Bellecombe knew the bacterium was in its plant weeks before the recall and kept producing",
    "roofer-kept-working": "the roofer's crew was ordered to keep working through the heat alert",
    "vanilla-governor-kin": "the warehouse where the vanilla was seized belongs to the governor's brother-in-law / family",
    "cruise-oysters": "the outbreak started with the oysters served at the gala dinner at Speyer",
    "drone-activists": "the drone that closed Bristol Airport was flown by climate activists",
    "shark-fish-waste": "fish waste dumped at sea by the Saint-Leu cannery attracts the sharks to the shore",
}


def domain(outlet):
    s = unicodedata.normalize("NFKD", outlet).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^(the|les|le|la|l')\s*", "", s)
    return re.sub(r"[^a-z0-9]+", "", s)


MARK = re.compile(r"\{\{(C|N):([^}]*)\}\}(.*?)\{\{/\}\}", re.S)
articles, stories, claims, near = [], {k: [] for k in STORIES}, {k: [] for k in CLAIMS}, []
for f in sorted(SRC.glob("*.txt")):
    for block in f.read_text(encoding="utf-8").split("### ")[1:]:
        head, rest = block.split("\n", 1)
        aid, outlet, _, date, lang, story = [x.strip() for x in head.split("|")]
        title, body = rest.split("\n", 1)
        body = body.strip()
        marks = MARK.findall(title) + MARK.findall(body)
        text = MARK.sub(lambda m: m.group(3), body)
        title = MARK.sub(lambda m: m.group(3), title)
        assert "{{" not in text and "}}" not in text, aid
        for kind, spec, sent in marks:
            if kind == "C":
                cid, k, h, src = spec.split("|")
                claims[cid].append({"article": aid, "text": sent,
                                    "kind": {"a": "attributed", "u": "unsourced"}[k],
                                    "hedged": h == "y", "source": src})
            else:
                near.append({"article": aid, "text": sent, "close_to": spec})
        articles.append({"id": aid, "url": f"https://{domain(outlet)}.example/{aid}",
                         "outlet": outlet, "published": date, "title": title.strip(),
                         "text": text, "language": lang})
        stories[story].append(aid)
articles.sort(key=lambda a: (a["published"], a["id"]))
with open(OUT / "corpus.jsonl", "w", encoding="utf-8") as fh:
    for a in articles:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
gold = {"stories": {k: {"label": STORIES[k], "articles": v} for k, v in stories.items()},
        "claims": {k: {"label": CLAIMS[k], "occurrences": v} for k, v in claims.items()},
        "near_misses": near}
(OUT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(articles), "articles")
