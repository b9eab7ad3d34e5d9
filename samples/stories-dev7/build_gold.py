#!/usr/bin/env python3
"""Writes gold.json for stories-dev7."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
def S(label, *arts): return {"label": label, "articles": list(arts)}
def O(article, text, kind, hedged, source): return {"article": article, "text": text, "kind": kind, "hedged": hedged, "source": source}
stories = {
 "vaubrecourt-foundry-fire": S("night fire at the Fonderies Maréchal-Deville moulding hall in Vaubrecourt-les-Forges (Haute-Marne), then the inquiry",
   "d7-fr-ombelle-vaubrecourt-incendie-01", "d7-fr-echoblaise-vaubrecourt-incendie-02", "d7-en-marlow-vaubrecourt-fire-03",
   "d7-fr-echoblaise-vaubrecourt-enquete-04", "d7-en-albion-vaubrecourt-foundry-05"),
 "vaubrecourt-carton-strike": S("week-long pay strike at Cartonnages Thiébault in Vaubrecourt-les-Forges, ended with a 4% rise",
   "d7-fr-echoblaise-vaubrecourt-greve-01", "d7-fr-ombelle-vaubrecourt-greve-02", "d7-en-marlow-vaubrecourt-strike-03"),
 "ashby-bypass": S("county council approves the Ashby Fellside bypass (Cumbria) over the Hollin Moss curlew protest, then a legal challenge",
   "d7-en-fellside-ashby-bypass-01", "d7-en-albion-ashby-bypass-02", "d7-fr-ombelle-cumbria-contournement-03", "d7-en-fellside-ashby-review-04"),
 "ashby-school-closure": S("council votes to close Kirkgate Primary School in Ashby Fellside",
   "d7-en-fellside-ashby-school-01", "d7-en-marlow-cumbria-school-02", "d7-fr-ombelle-cumbria-ecole-03"),
 "hallebrune-sawmill-trial": S("trial and fine of the Hallebrune sawmill manager for polluting the Hallière stream (Vosges)",
   "d7-fr-messager-hallebrune-proces-01", "d7-fr-horizon-vosges-scierie-02", "d7-en-marlow-vosges-sawmill-03"),
 "hallebrune-wood-festival": S("the Copeaux d'Hiver chainsaw sculpture festival at Hallebrune",
   "d7-fr-messager-hallebrune-festival-01", "d7-en-slowroads-hallebrune-festival-02", "d7-fr-ombelle-vosges-sculpteurs-03"),
 "llanfelin-water": S("cryptosporidium in the Llyn Felin reservoir, boil-water notice for 6,000 homes in Llanfelin (Powys)",
   "d7-en-radnor-llanfelin-water-01", "d7-en-marlow-wales-water-02", "d7-fr-ombelle-galles-eau-03"),
 "sorvilliers-gold-heist": S("armed theft of 40 kg of gold at Cadrans Jaquier in Sorvilliers (Vaud), then two arrests in Lyon",
   "d7-fr-tribunejorat-sorvilliers-braquage-01", "d7-en-swisslakes-sorvilliers-heist-02", "d7-en-swisslakes-sorvilliers-arrests-03"),
 "single-vaubrecourt-station": S("Vaubrecourt-les-Forges buys its old railway station (mentions the foundry fire)",
   "d7-fr-echoblaise-vaubrecourt-gare-01"),
 "single-llanfelin-ward": S("Llanfelin community hospital to close its overnight ward (mentions the water outbreak)",
   "d7-en-radnor-llanfelin-ward-01"),
 "single-sorvilliers-wind-vote": S("Sorvilliers voters reject the Mont-Perron wind farm (mentions the heist)",
   "d7-fr-tribunejorat-sorvilliers-eoliennes-01"),
}
claims = {
 "foundry-sprinklers": {"label": "the sprinklers (automatic fire-suppression) of the Maréchal-Deville moulding hall had been switched off for months before the fire", "occurrences": [
   O("d7-fr-ombelle-vaubrecourt-incendie-01", "Selon un délégué syndical, Karim Belhoucine, le système d'extinction automatique du bâtiment de moulage aurait été coupé depuis le printemps pour des travaux jamais terminés", "attributed", True, "Karim Belhoucine"),
   O("d7-fr-echoblaise-vaubrecourt-incendie-02", "Selon un délégué syndical, Karim Belhoucine, depuis le printemps le système d'extinction automatique du bâtiment de moulage aurait été coupé pour des travaux jamais terminés", "attributed", True, "Karim Belhoucine"),
   O("d7-en-marlow-vaubrecourt-fire-03", "Karim Belhoucine, a union representative at the plant, said the sprinklers in the moulding hall had been disabled months ago during renovation work and never switched back on.", "attributed", False, "Karim Belhoucine"),
   O("d7-en-albion-vaubrecourt-foundry-05", "According to workers interviewed by the prosecutor's office, the fire-suppression system had been out of action since April", "attributed", True, "workers interviewed by the prosecutor's office"),
   O("d7-fr-echoblaise-vaubrecourt-greve-01", "Les grévistes de Cartonnages Thiébault rappellent que, d'après leurs collègues de la fonderie, les extincteurs automatiques y étaient débranchés depuis des mois", "attributed", True, "leurs collègues de la fonderie"),
 ]},
 "hollin-moss-drained": {"label": "the Ashby Fellside bypass would drain (dry out) the Hollin Moss bog and its curlew breeding ground", "occurrences": [
   O("d7-en-fellside-ashby-bypass-01", "Campaigners from Save Hollin Moss say the new road would drain the peat bog where up to forty pairs of curlews nest each spring.", "attributed", False, "Save Hollin Moss"),
   O("d7-en-albion-ashby-bypass-02", "Opponents claim the 3.2-mile route would dry out Hollin Moss, one of the last lowland breeding grounds for curlew in the county.", "attributed", True, "Opponents"),
   O("d7-fr-ombelle-cumbria-contournement-03", "Selon les opposants, le tracé assécherait la tourbière de Hollin Moss, où nichent chaque printemps des dizaines de couples de courlis", "attributed", True, "les opposants"),
   O("d7-en-fellside-ashby-review-04", "argues that the council ignored evidence that the scheme would lower the water table under the bog and wipe out its curlew colony", "attributed", True, "Save Hollin Moss"),
   O("d7-en-fellside-ashby-school-01", "Parent Lisa Dunnerdale, who also campaigns against the bypass, said the road would finish off Hollin Moss and its curlews", "attributed", False, "Lisa Dunnerdale"),
 ]},
 "llyn-felin-slurry": {"label": "slurry spread at a dairy farm (Cefn Rhos) above Llyn Felin washed the parasite into Llanfelin's water", "occurrences": [
   O("d7-en-radnor-llanfelin-water-01", "Several residents blame slurry spread on fields at Cefn Rhos farm, above the reservoir, in the days before the heavy rain.", "attributed", True, "Several residents"),
   O("d7-en-marlow-wales-water-02", "Mawddach Water denied reports that run-off from a dairy farm upstream had carried the parasite into Llyn Felin", "attributed", True, ""),
   O("d7-fr-ombelle-galles-eau-03", "D'après des riverains, du lisier épandu par une exploitation laitière voisine aurait été lessivé par les pluies jusque dans le lac.", "attributed", True, "des riverains"),
   O("d7-en-radnor-llanfelin-ward-01", "Councillor Rhian Bevan-Morgan said slurry from Cefn Rhos farm had poisoned the town's water only last month", "attributed", False, "Rhian Bevan-Morgan"),
 ]},
}
near_misses = [
 {"article": "d7-fr-echoblaise-vaubrecourt-enquete-04", "text": "a refusé de commenter l'état des installations de sécurité avant l'enquête", "close_to": "foundry-sprinklers"},
 {"article": "d7-en-albion-vaubrecourt-foundry-05", "text": "the company had failed a fire inspection in 2024 over blocked emergency exits", "close_to": "foundry-sprinklers"},
 {"article": "d7-en-albion-ashby-bypass-02", "text": "The route would pass within 200 metres of the moss at its closest point.", "close_to": "hollin-moss-drained"},
 {"article": "d7-en-marlow-wales-water-02", "text": "A storm dropped 70mm of rain on the catchment in 36 hours last weekend.", "close_to": "llyn-felin-slurry"},
 {"article": "d7-fr-ombelle-galles-eau-03", "text": "L'agence de l'environnement galloise a ouvert une enquête et prélevé des échantillons sur les terres agricoles autour de la retenue.", "close_to": "llyn-felin-slurry"},
]
(HERE / "gold.json").write_text(json.dumps({"stories": stories, "claims": claims, "near_misses": near_misses}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
