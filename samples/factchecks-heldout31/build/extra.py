"""Closing paragraphs with no claim, added to articles that fell a few words short of 250."""

EXTRA = {
    "en-kerf-pralognet": "The village lies at the end of a narrow valley road that is often closed after heavy snow. Local people say the quiet of those days is the best time for work, and the sledge maker agrees with them.",
    "fr-faitiere-haddlecombe": "Le sculpteur reçoit les visiteurs dans un atelier chauffé par un vieux poêle, au milieu des copeaux, et leur propose toujours une tasse de thé.",
    "en-dresser-gossip": "The shop itself has changed little since it stopped selling stamps. The brass scales are still on the counter, and the carver uses them to weigh the parcels she sends off.",
    "fr-faitiere-llanfechrwyd": "Le village, au fond d'une vallée étroite, compte plus de brebis que d'habitants et voit passer l'été des marcheurs en nombre. La sculptrice dit qu'elle n'imagine pas travailler ailleurs, et qu'elle a refusé plusieurs fois de déménager en ville.",
    "en-weathercock-gossip": "The granary itself dates from the days when the village had a mill. Its steps are worn hollow in the middle, and visitors are asked to hold the rail.",
    "en-weathercock-sheepdogs": "Next year's trials are planned for the same field, weather permitting, and the committee hopes to add a novice class for young handlers from the local farms.",
}
