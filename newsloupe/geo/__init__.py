"""Geography: the offline gazetteer and GeoJSON export of places."""

from newsloupe.geo.gazetteer import Gazetteer, Place, cache_dir, get_gazetteer, norm_key

__all__ = ["Gazetteer", "Place", "cache_dir", "get_gazetteer", "norm_key"]
